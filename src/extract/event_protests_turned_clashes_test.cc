// A protest that "turned into clashes with police" (تحولت الاحتجاجات إلى
// مواجهات) is the crowd's own violence: one violent demonstration with the
// force as actor 2, no armed clash and no protest with intervention beside it
// (AttemptsAreFighting, `turned_into` cues). So is a fight both sides wage
// with protesters as a side (`mutual_fight` lemmas, RefineByActorTypes):
// force that only falls on them stays excessive force. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ProtestsTurnedClashesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ProtestsTurnedClashesTest, ArabicProtestTurnedIntoClashesIsOneRiot) {
  Doc doc = test::ExtractAt(
      "كانو (نيجيريا) – أغلق عشرات التجار الطريق في مدينة كانو أمس احتجاجاً على رفع الرسوم، قبل أن تتحول "
      "الاحتجاجات إلى مواجهات مع قوات الأمن التي استخدمت الغاز المسيل للدموع.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 0u);
}

TEST_F(ProtestsTurnedClashesTest, EnglishProtestTurnedIntoClashesIsOneRiot) {
  Doc doc = test::ExtractAt(
      "KANO, Nigeria - Hundreds of traders marched in Kano on Monday against new market fees, and the protest "
      "turned into clashes with police, who fired tear gas.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

// No crowd word as the subject: a front that turned into clashes stays a battle.
TEST_F(ProtestsTurnedClashesTest, ArabicFrontTurnedIntoClashesStaysABattle) {
  Doc doc = test::ExtractAt(
      "تحولت المنطقة الحدودية قرب مدينة كانو أمس إلى مواجهات عنيفة بين الجيش ومسلحين من جماعة بوكو حرام.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

TEST_F(ProtestsTurnedClashesTest, ArabicClashesBetweenPoliceAndProtestersAreARiot) {
  Doc doc = test::ExtractAt("كانو (نيجيريا) – اندلعت مواجهات بين الشرطة ومحتجين في مدينة كانو مساء الأحد.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 0u);
}

TEST_F(ProtestsTurnedClashesTest, EnglishClashesBetweenPoliceAndProtestersAreARiot) {
  Doc doc = test::ExtractAt("KANO, Nigeria - Clashes broke out between police and protesters in Kano on Sunday evening.",
                            2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 0u);
}

// Police who shot protesters fought no one: excessive force.
TEST_F(ProtestsTurnedClashesTest, EnglishPoliceKillingProtestersStayExcessiveForce) {
  Doc doc = test::ExtractAt("KANO, Nigeria - Police opened fire on protesters in Kano on Sunday, killing two.", 2025, 4,
                            16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 0u);
}

}  // namespace
}  // namespace marsad
