// Storming and raid words beside the event they serve. A storming with no
// armed side named against it is the way in to the killing, arrest, seizure
// or crackdown its sentence tells, not a battle of its own; "in raids" right
// after an arrest tells how the arrest was made. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventStormingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventStormingTest, StormingBeforeAnArrestIsNoClash) {
  Doc ar = test::ExtractAt("اقتحمت قوات الأمن قرية الزهراء فجر الثلاثاء واعتقلت ستة شبان من سكانها.", 2026, 3, 10);
  test::MaybeDump(ar);
  EXPECT_NE(test::FirstOfSub(ar, "Arrests"), nullptr);
  EXPECT_EQ(test::FirstOfSub(ar, "Armed clash"), nullptr);
}

TEST_F(EventStormingTest, ArrestsInRaidsAreOneEvent) {
  Doc doc = test::ExtractAt("Police arrested twelve suspected smugglers in raids across Kidal on Tuesday.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Arrests"), nullptr);
  EXPECT_EQ(test::FirstOfSub(doc, "Armed clash"), nullptr);
}

TEST_F(EventStormingTest, StormingMetByFightersStaysAClash) {
  Doc doc = test::ExtractAt(
      "Soldiers stormed a rebel base near Kidal on Tuesday and clashed with the fighters for hours.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Armed clash"), nullptr);
}

}  // namespace
}  // namespace marsad
