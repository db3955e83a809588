// English "fired on", "fired at", "fired upon": a shooting word whose target
// follows the preposition. Its kind is told by the target as for "opened
// fire" (a crowd protesting, a post of the forces, passengers); a day or a
// count after the preposition ("fired on Friday", "fired at least 40
// shells") and a heavy weapon or aircraft as the one firing ("rockets fired
// at the city") name no gunfire at anyone. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FiredOnTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FiredOnTest, FireOnACrowdProtestingIsExcessiveForce) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nBOUAR, Central African Republic (AFP) - Gendarmes fired on farmers protesting against a land "
      "tax in Bouar on Friday, killing two of them, witnesses said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "fired on");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Excessive force against protesters");
}

TEST_F(FiredOnTest, FireAtAWatchtowerIsAnArmedClash) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nNABLUS (AFP) - Gunmen fired at an army watchtower near Nablus late on Thursday, the military "
      "said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "fired at");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

TEST_F(FiredOnTest, FireOnPassengersIsAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nBOUAR, Central African Republic (AFP) - Militiamen fired on a minibus near Bouar on Thursday, "
      "killing three passengers, police said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "fired on");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

TEST_F(FiredOnTest, PassiveFireOnFarmersIsAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nNABLUS (AFP) - Three farmers were fired on by soldiers near Nablus on Thursday, the health "
      "ministry said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "were fired on");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isr.idf");
}

TEST_F(FiredOnTest, ACountAfterAtIsNoTarget) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nPESHAWAR (AFP) - Border troops fired at least 30 mortar shells into the valley on Thursday, "
      "officials said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, "fired at"), nullptr);
}

TEST_F(FiredOnTest, ADayAfterOnIsNoTarget) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nBOUAR, Central African Republic (AFP) - Shots were fired on Thursday evening near the market "
      "in Bouar, residents said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, "fired on"), nullptr);
}

TEST_F(FiredOnTest, RocketsFiredAtACityAreNoGunfire) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nMOSCOW (Reuters) - Air defences intercepted 12 rockets fired at Belgorod overnight, the "
      "defence ministry said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, "fired at"), nullptr);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

// A drone, an aircraft, that fires on people makes its own strike: it is
// kept, of the drone's kind; only a heavy weapon or counted projectiles
// fired at a place are no gunfire.
TEST_F(FiredOnTest, ADroneFiredOnPeopleIsItsStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nGAZA (AFP) - An Israeli drone fired on fishermen off Khan Younis on Thursday, wounding two, "
      "medics said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "fired on");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
}

// "fire on" and "fires on" are the noun far more than the verb: a blaze
// on a floor or on farmland is no shooting.
TEST_F(FiredOnTest, AFireOnAFloorIsNoShooting) {
  for (const char* text :
       {"date 2026-05-08\nNAIROBI (AFP) - A fire on the third floor of a hotel in Nairobi killed two guests on "
        "Thursday, police said.",
        "date 2026-05-08\nDODOMA (AFP) - Fires on farmland near Dodoma destroyed maize crops on Thursday, officials "
        "said."}) {
    Doc doc = test::ExtractAt(text, 2026, 5, 8);
    test::MaybeDump(doc);
    EXPECT_EQ(test::CountSub(doc, "Attack"), 0u) << text;
    EXPECT_EQ(test::EventFor(doc, "fire on"), nullptr) << text;
    EXPECT_EQ(test::EventFor(doc, "Fires on"), nullptr) << text;
  }
}

}  // namespace
}  // namespace marsad
