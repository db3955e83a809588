// Drones or missiles a force "repelled" (تصدّى ل، صدّ) were stopped in flight:
// an interception (disrupted weapons use), not a clash with those who
// launched them; told with their downing, one event. Repelling fighters
// stays a clash. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

size_t CountSub(const Doc& doc, const std::string& sub) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

class RepelledProjectilesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(RepelledProjectilesTest, ArabicDronesRepelledAndDownedAreOneInterception) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nوقال الجيش إن الدفاعات الجوية تصدت لخمس مسيرات في سماء مدينة كوستي وأسقطتها قبل وصولها.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(RepelledProjectilesTest, ArabicMissilesRepelledAloneAreAnInterception) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nأعلنت وزارة الدفاع أن منظومات الدفاع تصدت لصواريخ أطلقت نحو مدينة الحديدة فجر اليوم.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(RepelledProjectilesTest, EnglishDronesRepelledAndShotDownAreOneInterception) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nAir defences repelled four drones over the city of Kursk on Tuesday and shot them down, "
      "the governor said.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(RepelledProjectilesTest, RepelledFightersStayAClash) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nتصدت القوات لهجوم شنه مسلحون على بلدة الدبة فجر اليوم.", 2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
  Doc en = test::ExtractAt(
      "date 2025-06-03\nSoldiers repelled an assault by gunmen on an army post near Gao on Tuesday.", 2025, 6, 3);
  test::MaybeDump(en);
  EXPECT_EQ(CountSub(en, "Disrupted weapons use"), 0u);
}

TEST_F(RepelledProjectilesTest, AttackRepelledWithItsRocketsStaysAClash) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nصدت القوات هجوما بالصواريخ شنه مسلحون على بلدة الدبة فجر اليوم.", 2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(RepelledProjectilesTest, ShotThemDownIsAnInterceptionNotAShooting) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nAir defences spotted two drones over the city of Belgorod on Monday and shot them down, "
      "the regional governor said.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Attack"), 0u);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
}

}  // namespace
}  // namespace marsad
