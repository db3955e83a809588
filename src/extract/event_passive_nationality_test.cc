// "were killed by Turkish air strikes": a nationality right after an English
// "by" qualifies the agent of the toll (its strikes, its shells), so it is
// the doer of the strike, not one of its victims; the report's main actor
// (here the police, named more often) does not take its place. Sentences
// are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PassiveNationalityTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PassiveNationalityTest, KilledByTurkishAirStrikesIsTheTurkishArmy) {
  Doc doc = test::ExtractAt(
      "Police detained six people in Silopi on Sunday. Police also dispersed a crowd in Cizre. On Monday two "
      "shepherds were killed by Turkish air strikes near Uludere.",
      2026, 11, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "air strikes");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "tur.mil");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians");
}

TEST_F(PassiveNationalityTest, SoldiersKilledInAnAttackStayVictims) {
  Doc doc = test::ExtractAt("Gunmen killed two Turkish soldiers near Uludere on Monday.", 2026, 11, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_NE(test::CodedId(doc, doc.events[0].actor1), "tur.mil");
}

// Shahed drones over Ukraine are Russia's (a weapon's name read as the
// nationality adjective, country:UKR); elsewhere the name says nothing.
TEST_F(PassiveNationalityTest, ShahedDronesOverUkraineAreRussian) {
  Doc doc = test::ExtractAt(
      "KYIV, Nov 18 - Overnight, Shahed drones hit a warehouse in Shostka, wounding two workers, the State Border "
      "Guard Service said.",
      2026, 11, 18);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::CodedId(doc, doc.events[0].actor1), "rus.mil");
}

TEST_F(PassiveNationalityTest, ShahedDronesElsewhereAreNotRussian) {
  Doc doc = test::ExtractAt("SANAA, Nov 18 - Shahed drones hit a depot near Marib, wounding two workers.", 2026, 11, 18);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_NE(test::CodedId(doc, doc.events[0].actor1), "rus.mil");
}

// "The Houthis said their air defences shot down a drone": the speaker's own
// force (an `own_forces` cue), not the army of the country the generic "air
// defences" would name.
TEST_F(PassiveNationalityTest, TheirAirDefencesAreTheSpeakers) {
  Doc doc = test::ExtractAt(
      "SANAA - Government forces shelled Houthi positions near Abs on Friday. The Houthis said their air defences "
      "shot down a reconnaissance drone over Abs on Saturday.",
      2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot down");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.houthis");
}

}  // namespace
}  // namespace marsad
