// English trigger rows (data/en/event_triggers.tsv) for deeds the lexicon
// read wrongly or not at all: a strike of work named by its kind or its
// strikers, people led off to an unknown place, and the present and
// participle forms of burning, a road blocked by a crowd (a protest;
// by an armed party, none: needs=unarmed), an armed party that moves
// into ground (a transfer without battle). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EnglishTriggerRowsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EnglishTriggerRowsTest, SilentStrikeIsAProtestNotAnAirStrike) {
  Doc doc = test::ExtractAt("Residents of Kassala stayed at home on Tuesday in a silent strike against the new tax.", 2026,
                            3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
}

TEST_F(EnglishTriggerRowsTest, StrikeByWorkersIsAStoppageOfWork) {
  Doc doc = test::ExtractAt("Police in Mombasa on Monday dispersed a strike by workers at a cement plant.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(EnglishTriggerRowsTest, ShutterDownStrikeIsAProtest) {
  Doc doc = test::ExtractAt("Shopkeepers in Gilgit observed a shutter-down strike on Friday over power cuts.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
}

TEST_F(EnglishTriggerRowsTest, TakenToAnUnknownLocationIsAForcedDisappearance) {
  Doc doc = test::ExtractAt(
      "Masked men seized three journalists in Mosul on Sunday and took them to an unknown location, colleagues said.", 2026,
      3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(EnglishTriggerRowsTest, PassiveTakenToUnknownLocationsIsAForcedDisappearance) {
  Doc doc = test::ExtractAt("Twelve farmers were taken to unknown locations by soldiers near Gao on Monday, relatives said.",
                            2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(EnglishTriggerRowsTest, ArmedMenBurningHomesIsADeedOfItsOwn) {
  Doc doc = test::ExtractAt(
      "ADF fighters killed five farmers near Beni on Sunday, burning dozens of houses before they withdrew, officials "
      "said.",
      2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

TEST_F(EnglishTriggerRowsTest, VowToBurnIsAPlannedBurning) {
  Doc doc = test::ExtractAt("Al-Shabaab said its fighters would burn any lorry carrying goods to Baidoa.",
                            2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

TEST_F(EnglishTriggerRowsTest, BurningTyresStaysTheCrowdsRiot) {
  Doc doc = test::ExtractAt("Protesters blocked the main road in Kisumu on Monday, burning tyres.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
}

TEST_F(EnglishTriggerRowsTest, CrowdBlockingARoadIsAPeacefulProtest) {
  Doc doc = test::ExtractAt("Hundreds of farmers blocked the main road into Kano on Monday to demand compensation.", 2026, 3,
                            12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 0u);
}

TEST_F(EnglishTriggerRowsTest, RoadBlockedWithBurningTyresStaysARiot) {
  Doc doc = test::ExtractAt("Angry youths blocked the highway outside Kano with burning tyres on Monday.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_GE(test::CountSub(doc, "Violent demonstration"), 1u);
}

TEST_F(EnglishTriggerRowsTest, ArmedMenBlockingAHighwayAreNoProtest) {
  Doc doc = test::ExtractAt("Gunmen blocked the highway near Kano on Monday and checked the passengers of every bus.", 2026,
                            3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

TEST_F(EnglishTriggerRowsTest, ArmedPartyMovingIntoGroundLeftTakesItWithoutBattle) {
  Doc doc = test::ExtractAt("Al-Shabaab fighters moved into a village near Baidoa on Sunday after government troops left it.",
                            2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 1u);
}

TEST_F(EnglishTriggerRowsTest, FamiliesMovingIntoASchoolTakeNoGround) {
  Doc doc = test::ExtractAt("Displaced families moved into a school in Baidoa on Sunday.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 0u);
}

TEST_F(EnglishTriggerRowsTest, TroopsMovingInToSeparateFightersTakeNoGround) {
  Doc doc = test::ExtractAt(
      "Two clans exchanged fire in a village near Baidoa on Sunday before army units moved in to separate them.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 0u);
}

TEST_F(EnglishTriggerRowsTest, ATradeThatWillStrikeStopsWork) {
  Doc doc = test::ExtractAt("The union said bakers and drivers would strike in Mombasa on Friday unless wages rose.", 2026, 3,
                            12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(EnglishTriggerRowsTest, JoiningTheStrikeIsAStoppageOfWork) {
  Doc doc = test::ExtractAt("Teachers in Mombasa joined the strike on Monday, and unions vowed to end the strike only after talks.",
                            2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(EnglishTriggerRowsTest, AnArmyThatWillStrikeStillStrikes) {
  Doc doc = test::ExtractAt("The army said its warplanes would strike rebel positions near Mombasa on Monday.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

// "raiding", the -ing form of raid as "storming" and "attacking" are:
// "would keep raiding" is a raid vowed.
TEST_F(EnglishTriggerRowsTest, KeepRaidingIsAnIntendedRaid) {
  Doc doc = test::ExtractAt(
      "JENIN, West Bank - Israeli troops stormed Qabatiya on Monday and detained four men, the army said.\nThe "
      "military said it would keep raiding Qabatiya.",
      2026, 3, 12);
  test::MaybeDump(doc);
  size_t intended = 0;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Battles" && e.status == "intent") ++intended;
  EXPECT_EQ(intended, 1u);
}

}  // namespace
}  // namespace marsad
