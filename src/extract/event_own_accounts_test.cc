// A party's statement after the news that its own forces did the deed just
// told ("The group said its fighters had killed 14 soldiers") is its
// account of that event, not a second one; a deed of another place, or by
// a party that was neither side of the event told, stays its own event.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

size_t CountType(const Doc& doc, const std::string& type) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type == type;
  return n;
}

class OwnAccountsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OwnAccountsTest, ClaimantsOwnTollOfTheRaidIsThatRaid) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nGunmen stormed an army post in Menaka on Monday, killing six soldiers, officials said.\n"
      "The group said in a statement on Tuesday that its fighters had killed 14 soldiers.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Battles") + CountType(doc, "Violence against civilians"), 1u);
}

TEST_F(OwnAccountsTest, ArmySayingItRepelledTheAssaultRetellsTheFighting) {
  Doc doc = test::ExtractAt(
      "date 2026-05-02\nSoldiers and rebels fought for three hours in Goma on Friday, residents said.\n"
      "The army said its troops had repelled the assault and killed dozens of rebels.",
      2026, 5, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Battles"), 1u);
}

TEST_F(OwnAccountsTest, StrikerSayingItTargetedADepotRetellsTheStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-07-14\nIsraeli air strikes hit two villages near Tyre on Sunday, killing four people, the health "
      "ministry said.\nThree of the dead were killed in Tyre, the ministry said, and the Israeli military said it "
      "had targeted Hezbollah rocket launchers.",
      2026, 7, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
}

TEST_F(OwnAccountsTest, OwnDeedAtAnotherTownIsAnotherEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-02-20\nSoldiers clashed with rebels in Kidal on Thursday, residents said.\n"
      "The rebels said their fighters had attacked an army camp in Tessalit.",
      2026, 2, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Battles"), 2u);
}

TEST_F(OwnAccountsTest, ThirdPartysFightIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-04-08\nMilitiamen from the CODECO group attacked a village near Bunia on Tuesday, killing 11 "
      "civilians, local officials said.\nThe UN mission said its peacekeepers had exchanged fire with the assailants.",
      2026, 4, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
}

TEST_F(OwnAccountsTest, AnotherTargetIsAnotherStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-07-14\nIsraeli air strikes hit two villages near Tyre on Sunday, killing four people, the health "
      "ministry said.\nThree of the dead were killed in Tyre, the ministry said, and the Israeli military said it "
      "had targeted another launcher in Tyre.",
      2026, 7, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

TEST_F(OwnAccountsTest, StruckPartyFiringBackIsAnotherEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-08-03\nIsraeli drones struck a car in the village of Aitaroun on Saturday, killing one man, "
      "the agency said.\nHezbollah said its fighters had fired rockets at an Israeli barracks near Aitaroun.",
      2026, 8, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

// A force's own channel tells of its forces in the first person, with no
// verb of saying: "our" next to the deed, or after a preposition as its
// target, makes the deed its word (claimed); the strike on a city it tells
// in the same words, with no "our", stays reported.
std::string StatusOfFirst(const Doc& doc, const std::string& type) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == type) return e.status;
  return "<no event>";
}

TEST_F(OwnAccountsTest, OurDefendersRepellingAnAssaultIsTheirClaim) {
  Doc doc = test::ExtractAt("date 2026-03-10\nNear Pokrovsk, our defenders repelled four enemy assaults on Monday.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(StatusOfFirst(doc, "Battles"), "claimed");
}

TEST_F(OwnAccountsTest, GasDroppedOnOurPositionsIsTheirClaim) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nRussian drones dropped munitions with chemical agents on our positions near Lyman on Monday.", 2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().status, "claimed");
}

TEST_F(OwnAccountsTest, AStrikeOnTheCityWithNoOurStaysReported) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nOvernight Russian drones struck a residential building in Sumy, injuring four people.", 2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().status, "reported");
}

TEST_F(OwnAccountsTest, OurInAWitnessQuoteIsNoChannelsVoice) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nSoldiers shelled our houses in Sumy on Monday, a resident said.", 2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_NE(e.status, "claimed");
}

// "The group said it would attack police in X" after an attack there is a
// threat of more, not the group's account of the attack told: two events.
TEST_F(OwnAccountsTest, AThreatAfterTheDeedIsNoAccountOfIt) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nMilitants attacked a police post in Bannu on Sunday, killing two officers, police said.\n"
      "The group said it would attack police in Bannu again.",
      2026, 3, 10);
  test::MaybeDump(doc);
  size_t intents = 0, done = 0;
  for (const Event& e : doc.events) {
    if (e.acled_event_type != "Battles") continue;
    (e.status == "intent" ? intents : done) += 1;
  }
  EXPECT_EQ(intents, 1u);
  EXPECT_EQ(done, 1u);
}

// A party's statement dated before the day of the event told before it
// cannot retell that event: its deed is an earlier one of its own.
TEST_F(OwnAccountsTest, ArabicStatementDatedBeforeTheFallenShellsIsAnEarlierShelling) {
  Doc doc = test::ExtractAt(
      "date 2026-03-07\nسقطت أربع قذائف صباح أمس الجمعة قرب مدينة تندوف من دون أن تسفر عن إصابات، حسب مصدر محلي.\n"
      "وكانت الجبهة قد أعلنت في بيان يوم الثلاثاء أن وحداتها قصفت مواقع للجيش شرقي مدينة تندوف.",
      2026, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

TEST_F(OwnAccountsTest, EnglishStatementDatedBeforeTheShellingIsAnEarlierShelling) {
  Doc doc = test::ExtractAt(
      "date 2026-03-07\nRebels shelled an army camp near Kidal on Friday, wounding three soldiers, officials said.\n"
      "The group had said on Tuesday that its fighters shelled army positions near Kidal.",
      2026, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

// Told after the event, the same statement is the party's account of it.
TEST_F(OwnAccountsTest, EnglishStatementDatedAfterTheShellingRetellsIt) {
  Doc doc = test::ExtractAt(
      "date 2026-03-07\nRebels shelled an army camp near Kidal on Tuesday, wounding three soldiers, officials said.\n"
      "The group said on Friday that its fighters shelled army positions near Kidal.",
      2026, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
}

}  // namespace
}  // namespace marsad
