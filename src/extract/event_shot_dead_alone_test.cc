// "was shot dead" names its weapon: with no doer told it is still a killing
// (an Attack) when its sentence tells a scene of its own (a place or a day);
// told right after another event, it stays that event's toll.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class ShotDeadAloneTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ShotDeadAloneTest, ShotDeadOnItsOwnSceneIsAnAttack) {
  Doc doc = test::ExtractAt("In Kaduna, a shopkeeper was shot dead outside his store late on Friday, police said.", 2025, 3, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1);
}

TEST_F(ShotDeadAloneTest, ShotDeadAfterAnAttackIsItsToll) {
  Doc doc = test::ExtractAt("Gunmen attacked a bus near Kaduna on Friday. Three passengers were shot dead.", 2025, 3, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3);
}

TEST_F(ShotDeadAloneTest, ASoldierShotDeadIsNoAttackOnCivilians) {
  Doc doc = test::ExtractAt("A soldier was shot dead in Kaduna on Friday, the army said.", 2025, 3, 9);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Attack");
}

}  // namespace
}  // namespace marsad
