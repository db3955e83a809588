// A person noun in the dual counts two dead without a dual row of its own in
// numbers.tsv (event_tolls.cc DualVictimCue); a definite dual or a bare -ين
// (also the sound plural) does not. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DualVictimTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DualVictimTest, NominativeDualOfADefectiveNounIsTwo) {
  Doc doc = test::ExtractAt("قُتل راعيان وأصيب ثالث بانفجار لغم أرضي قرب بلدة تدمر صباح الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(DualVictimTest, PassiveKillingWithADualSubjectIsTwo) {
  Doc doc = test::ExtractAt("قُتل مزارعان برصاص مسلحين مجهولين قرب بلدة درعا يوم الأحد، وفق مصادر محلية.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(DualVictimTest, ObliqueDualMarkedWithAFathaIsTwo) {
  Doc doc = test::ExtractAt("قتل مسلحون مجهولون مهندسَين تركيَّين قرب مدينة كركوك يوم الخميس، وفق مصدر أمني.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(DualVictimTest, BareObliqueEndingIsAPluralNotTwo) {
  Doc doc = test::ExtractAt("قتل مسلحون مجهولون مهندسين في هجوم على موقع للبناء قرب مدينة كركوك يوم الخميس.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(DualVictimTest, FeminineDualCountsTwo) {
  Doc doc = test::ExtractAt("قُتلت موظفتان بقصف مدفعي استهدف مستشفى في مدينة الفاشر مساء السبت.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

// "Without causing casualties": the negated toll family, not one spelling.
TEST_F(DualVictimTest, EnglishWithoutCausingCasualtiesIsZero) {
  Doc doc = test::ExtractAt(
      "In Sirte, a car bomb exploded outside a courthouse on Friday evening without causing casualties, the police said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(0.0));
}

// Injuries alone denied leave the dead untold.
TEST_F(DualVictimTest, EnglishWithNoInjuriesReportedLeavesTheDeadUntold) {
  Doc doc = test::ExtractAt(
      "About 20 rockets fired from Gaza landed near Sderot on Monday, with no injuries reported, the army said.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstTollBest(doc), std::optional<double>(0.0));
}

}  // namespace
}  // namespace marsad
