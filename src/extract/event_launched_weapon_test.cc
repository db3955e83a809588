// A generic impact verb whose subject is a weapon told with where it was
// launched from ("rockets fired from southern Lebanon struck the town"):
// the weapon, not the place ending the subject, types the event.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class LaunchedWeaponTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(LaunchedWeaponTest, RocketsFiredFromStruckIsShelling) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nHAIFA, June 3 - Two rockets fired from southern Lebanon struck the town of Nahariya on "
      "Tuesday evening, wounding one man, medics said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 1u);
  EXPECT_EQ(CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(LaunchedWeaponTest, DronesLaunchedFromStruckIsAirStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nODESA, June 3 - Drones launched from occupied Crimea struck the port of Izmail on "
      "Tuesday night, the governor said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

}  // namespace
}  // namespace marsad
