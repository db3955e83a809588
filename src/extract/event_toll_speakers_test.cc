// A speaker named after a comma ("..., a local official said") tells the
// toll and is no further victim in a list of singular victims
// (event_tolls.cc SpeakerPhrase). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TollSpeakerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TollSpeakerTest, SpeakerAfterASingularWoundedIsNoVictim) {
  Doc doc = test::ExtractAt("Gunmen killed three farmers near Gao on Sunday and wounded a fourth, a local official said.",
                            2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.injuries.has_value());
  EXPECT_EQ(e.injuries->best, 1.0);
}

TEST_F(TollSpeakerTest, SpeakerAfterAListOfSingularDeadIsNoVictim) {
  Doc doc = test::ExtractAt(
      "A car bomb in Mogadishu on Sunday killed a policeman, a teacher and a shopkeeper, a hospital official told "
      "reporters.",
      2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

// The list itself still counts when no speaker closes it.
TEST_F(TollSpeakerTest, ListWithoutSpeakerStillCountsEachVictim) {
  Doc doc = test::ExtractAt("A car bomb in Mogadishu on Sunday killed a policeman, a teacher and a shopkeeper.", 2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

// Witnesses counting the dead after a party's own figure give another count
// of the same dead: the lower is the toll, the party's the high bound
// (event_tolls.cc AttachCasualty, witness attribution between two figures).
TEST_F(TollSpeakerTest, WitnessCountAfterAPartysFigureIsAnotherCountOfTheSameDead) {
  Doc doc = test::ExtractAt(
      "Troops said they had repelled the attack on Kidal on Monday and killed 30 fighters; residents said they had "
      "seen at least 9 bodies.",
      2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event* with_toll = nullptr;
  for (const Event& e : doc.events)
    if (e.fatalities) with_toll = &e;
  ASSERT_NE(with_toll, nullptr);
  EXPECT_EQ(with_toll->fatalities->low, 9.0);
  EXPECT_EQ(with_toll->fatalities->high, 30.0);
}

// "X put its own losses at N": X's own count of the dead another speaker
// counted before, not more dead.
TEST_F(TollSpeakerTest, PartyPuttingItsLossesAtAFigureGivesAnotherCount) {
  Doc doc = test::ExtractAt(
      "The rebels said their fighters had killed 25 soldiers in the fighting near Kidal on Monday, while the army put "
      "its own losses at three dead.",
      2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event* with_toll = nullptr;
  for (const Event& e : doc.events)
    if (e.fatalities) with_toll = &e;
  ASSERT_NE(with_toll, nullptr);
  EXPECT_EQ(with_toll->fatalities->low, 3.0);
  EXPECT_EQ(with_toll->fatalities->high, 25.0);
}

// Two tolls of one sentence with no speaker between them still add up.
TEST_F(TollSpeakerTest, TwoTollsWithNoSpeakerBetweenAddUp) {
  Doc doc = test::ExtractAt(
      "Troops repelled the attack on Kidal on Monday and killed 30 fighters, and 4 soldiers were killed.", 2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event* with_toll = nullptr;
  for (const Event& e : doc.events)
    if (e.fatalities) with_toll = &e;
  ASSERT_NE(with_toll, nullptr);
  EXPECT_EQ(with_toll->fatalities->best, 34.0);
}

// An open "at least" toll stays open unless a party claims more: a party
// telling its own deed (أعلن التنظيم أنه قتل) claims it, so its figure is the
// high bound (event_unit.cc ToldAsClaim, own_forces).
TEST_F(TollSpeakerTest, PartyTellingItsOwnKillingRaisesAnOpenTollsHigh) {
  Doc doc = test::ExtractAt(
      "قُتل ما لا يقل عن 12 جندياً ليل الأحد في هجوم شنّه مقاتلون من تنظيم الدولة الإسلامية في غرب أفريقيا على "
      "قاعدة عسكرية في بلدة دامبوا.\nوأعلن التنظيم في بيان أنه قتل 35 جندياً.",
      2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->low, 12.0);
  EXPECT_EQ(doc.events[0].fatalities->best, 12.0);
  EXPECT_EQ(doc.events[0].fatalities->high, 35.0);
}

// "killing both" at the clause's end: the pronoun alone is the two told
// before (event_tolls.cc EnglishDefiniteVictims).
TEST_F(TollSpeakerTest, BothStandingAloneCountsTwo) {
  Doc doc = test::ExtractAt("A roadside bomb went off beside two farmers near Gao on Sunday, killing both.", 2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
}

// "claimed to have killed N": a perfect infinitive is one past deed, no
// running total, so the claim is the high bound of the toll counted before it
// in the sentence (event_tolls.cc PresentPerfect).
TEST_F(TollSpeakerTest, ClaimedToHaveKilledIsTheHighBound) {
  Doc doc = test::ExtractAt(
      "The fighting near Djibo on Saturday killed at least 12 soldiers, while the group claimed to have killed more "
      "than 50 soldiers.",
      2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->low, 12.0);
  EXPECT_EQ(doc.events[0].fatalities->best, 12.0);
  EXPECT_EQ(doc.events[0].fatalities->high, 51.0);
}

// "The war has killed 40,000" stays a running total.
TEST_F(TollSpeakerTest, HasKilledStaysARunningTotal) {
  Doc doc = test::ExtractAt("Gunmen attacked a village near Djibo on Saturday. The conflict has killed 4,000 people.", 2026,
                            11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(doc.events[0].fatalities.has_value());
}

// A party's claim of the soldiers it killed raises no bound of the civilians
// killed in the event told before it (event_unit.cc Absorb).
TEST_F(TollSpeakerTest, ClaimOfSoldiersKilledIsNoBoundOfCiviliansKilled) {
  Doc doc = test::ExtractAt(
      "Islamic State fighters beheaded two fishermen near Mucojo on Saturday, a relative said.\nIslamic State "
      "claimed to have killed 15 soldiers.",
      2026, 11, 2);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Violence against civilians" && e.fatalities) {
      EXPECT_EQ(e.fatalities->best, 2.0);
      EXPECT_EQ(e.fatalities->high, 2.0);
    }
}

}  // namespace
}  // namespace marsad
