// English names of unnamed forces: a city's or province's security
// directorate is its police command; "outlaws" are an armed group nobody
// names. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventNamedForcesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventNamedForcesTest, SecurityDirectorateIsThePolice) {
  Doc doc = test::ExtractAt(
      "Forces of the Basra Security Directorate exchanged fire with armed smugglers in Zubair on Monday, killing one "
      "of them.",
      2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "exchanged fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "irq.police");
}

TEST_F(EventNamedForcesTest, OutlawsAreAnUnidentifiedArmedGroup) {
  Doc doc = test::ExtractAt("Outlaws set fire to a police car in Ajdabiya on Sunday night, causing only damage.", 2026,
                            5, 11);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "set fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.unidentified_armed_group");
}

TEST_F(EventNamedForcesTest, DacoitsInPakistanAreItsRiverineGangs) {
  Doc doc = test::ExtractAt("Dacoits abducted three farmers near Sukkur on Monday night, police said.", 2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "abducted");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "pak.dacoits");
}

TEST_F(EventNamedForcesTest, DacoitsElsewhereAreNotPakistans) {
  Doc doc = test::ExtractAt("Dacoits abducted three farmers near Jhansi on Monday night, police said.", 2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "abducted");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor1), "pak.dacoits");
}

TEST_F(EventNamedForcesTest, TehreekELabbaikSupportersRiotUnderItsName) {
  Doc doc = test::ExtractAt(
      "Supporters of the Tehreek-e-Labbaik Pakistan torched two buses and pelted police with stones in Rawalpindi on "
      "Friday.",
      2026, 5, 15);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "pak.tlp"));
  const Event* e = test::EventFor(doc, "pelted");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "pak.tlp");
}

TEST_F(EventNamedForcesTest, ArabicTehreekELabbaik) {
  Doc doc = test::ExtractAt("رشق أنصار حركة لبيك باكستان الشرطة بالحجارة في مدينة راولبندي يوم الجمعة.", 2026, 5, 15);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "pak.tlp"));
}

}  // namespace
}  // namespace marsad
