// A weapon named by its state is a party's mention ("Russian drones"), and
// its noun also opens an impact phrase ("drones hit"): the phrase is the
// strike, the state's forces its doer.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class StateWeaponImpactTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(StateWeaponImpactTest, StateDronesHitIsADroneStrike) {
  Doc doc = test::ExtractAt("Russian drones hit a school in Kharkiv overnight into Sunday, wounding two guards.", 2025, 3, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Air/drone strike");
}

TEST_F(StateWeaponImpactTest, StateMissilesHitIsAMissileAttack) {
  Doc doc = test::ExtractAt("Russian missiles hit a power plant in Kharkiv on Sunday, officials said.", 2025, 3, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Shelling/artillery/missile attack");
}

TEST_F(StateWeaponImpactTest, ThePartyNameAloneIsNoEvent) {
  Doc doc = test::ExtractAt("Russian drones were seen over Kharkiv on Sunday, officials said.", 2025, 3, 9);
  test::MaybeDump(doc);
  EXPECT_TRUE(doc.events.empty());
}

}  // namespace
}  // namespace marsad
