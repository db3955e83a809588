// Fire aimed at a site only state forces hold ("opened fire at an army
// checkpoint", `state_site` cues) with no person named as hit is a clash
// with the forces there, not an attack on civilians; fire at passenger
// vehicles stays an attack. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

const Event* Shooting(const Doc& doc) { return test::EventFor(doc, "opened fire"); }

class FireAtForcesSiteTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FireAtForcesSiteTest, FireAtAnArmyPostIsAnArmedClash) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nMAIDUGURI, Nigeria (Reuters) - Gunmen opened fire at an army post near Konduga on Thursday, "
      "wounding nobody, the military said.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = Shooting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

TEST_F(FireAtForcesSiteTest, FireAtPassengerVehiclesStaysAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nMAIDUGURI, Nigeria (Reuters) - Gunmen opened fire on a convoy of passenger vehicles near "
      "Konduga on Thursday, police said.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = Shooting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

TEST_F(FireAtForcesSiteTest, ForcesFiringAtTheirOwnPostFightNoOne) {
  // The country's own soldiers firing at one of its posts are no clash
  // with its army: they would be their own opponent.
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nMAIDUGURI, Nigeria (Reuters) - Nigerian soldiers opened fire at an army post near Konduga on "
      "Thursday, residents said.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = Shooting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->acled_sub_event_type, "Armed clash");
  if (e->actor1.actor >= 0)
    EXPECT_NE(test::ActorId(doc, e->actor1), e->actor2.implicit_id);
}

}  // namespace
}  // namespace marsad
