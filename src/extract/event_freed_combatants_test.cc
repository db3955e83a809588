// Soldiers or policemen freed by the group that held them are their
// force's (actor 2), not civilians, and the body they were handed to is only
// the go-between; civilians freed stay Civilians. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FreedCombatantsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Release(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Other" && e.plover_mode == "release") return &e;
  return nullptr;
}

TEST_F(FreedCombatantsTest, SoldiersFreedByRebelsAreTheArmys) {
  Doc doc = test::ExtractAt(
      "BOGOTA, March 4 (Reuters) - Rebels released three soldiers they had held for two months near the town of "
      "Arauca on Tuesday, a church commission said.",
      2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "col.mil") << e->actor2.identity.id;
}

TEST_F(FreedCombatantsTest, CapturedSoldiersHandedToAMediatorAreStillTheArmys) {
  Doc doc = test::ExtractAt(
      "LAGOS, June 9 (AFP) - The insurgents handed over seven captured soldiers to the Red Cross near Maiduguri "
      "on Sunday, the army said.",
      2026, 6, 9);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "nga.mil") << e->actor2.identity.id;
}

TEST_F(FreedCombatantsTest, GovernmentFightersFreedAreTheGovernmentForces) {
  Doc doc = test::ExtractAt(
      "MAPUTO, May 2 (AFP) - The militants freed 15 detained government fighters near Mocimboa da Praia on "
      "Friday, residents said.",
      2026, 5, 2);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "moz.mil") << e->actor2.identity.id;
}

TEST_F(FreedCombatantsTest, FreedCiviliansStayCivilians) {
  Doc doc = test::ExtractAt(
      "LAGOS, June 9 (AFP) - Gunmen released 12 hostages they had held for a week near Maiduguri on Sunday, "
      "police said.",
      2026, 6, 9);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "gen.civilians") << e->actor2.identity.id;
}

// The army that receives them is only the go-between: the policemen freed
// are actor 2.
TEST_F(FreedCombatantsTest, FreedPolicemenOutrankTheForceReceivingThem) {
  Doc doc = test::ExtractAt(
      "MANILA, Feb 3 (AFP) - The rebels handed over five captured policemen to the army near Davao on Monday, "
      "officials said.",
      2026, 2, 3);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "phl.police") << e->actor2.identity.id;
}

}  // namespace
}  // namespace marsad
