// Rocket launchers seized are arms seized, as rifles are: a disrupted weapons
// use, no ground taken; a town seized after firing rockets stays a capture.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SeizedLaunchersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SeizedLaunchersTest, LaunchersSeizedAreDisruptedWeaponsUse) {
  Doc doc = test::ExtractAt(
      "date 2026-10-10\nBEIRUT (Reuters) - The army said it had seized three rocket launchers hidden in a barn near "
      "Baalbek on Friday.",
      2026, 10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(test::CountType(doc, "Battles"), 0u);
}

TEST_F(SeizedLaunchersTest, ATownSeizedAfterRocketFireStaysACapture) {
  Doc doc = test::ExtractAt(
      "date 2026-10-10\nGOMA (Reuters) - Rebels seized the town of Rutshuru after firing rockets at the barracks on "
      "Friday.",
      2026, 10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

// The same for every confiscating verb: "recovered" reaches no rockets
// fired before the town was retaken.
TEST_F(SeizedLaunchersTest, ATownRecoveredAfterRocketFireIsNoArmsSeized) {
  Doc doc = test::ExtractAt(
      "date 2026-10-10\nGOMA (Reuters) - Government troops recovered the town of Rutshuru after firing rockets at "
      "rebel positions on Friday.",
      2026, 10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

}  // namespace
}  // namespace marsad
