// "X repelled an attack by Y": the attackers of a repelled assault are
// ACLED's actor 1, those who repelled it actor 2 (data/en/event_cues.tsv,
// `onslaught`). Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventRepelledAttackersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// The attackers named before the noun ("a Houthi attack"): theirs is the fight.
TEST_F(EventRepelledAttackersTest, AdjectiveBeforeTheNounNamesTheAttackers) {
  Doc doc = test::ExtractAt(
      "Government troops repelled a Houthi attack on their trenches near the town of Harib late on Sunday.", 2025, 3,
      7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.houthis");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "yem.army");
}

// The attackers named after "by": the same, in another country's words.
TEST_F(EventRepelledAttackersTest, AgentAfterByNamesTheAttackers) {
  Doc doc = test::ExtractAt(
      "Police in Bannu repulsed an attack by Tehreek-i-Taliban Pakistan militants on a checkpoint on Monday night.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "pak.ttp");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "pak.police");
}

// The party after the noun's "on" is the side attacked, not the attackers:
// with no attackers named the repellers stay actor 1.
TEST_F(EventRepelledAttackersTest, SideAttackedIsNoAttacker) {
  Doc doc = test::ExtractAt("Soldiers repelled an attack on a police station in Bannu late on Monday.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "pak.mil");
}

// The attackers named by "by" after the object attacked ("an attack on a
// checkpoint by militants", "an assault against their camp by ..."): the
// agent is the attacker, the object's "on/against" no exception.
TEST_F(EventRepelledAttackersTest, AgentAfterTheObjectAttackedNamesTheAttackers) {
  Doc doc = test::ExtractAt("Police repelled an assault on a checkpoint by militants in Mogadishu late on Sunday.", 2025,
                            3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.shabaab");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "som.police");
  Doc doc2 = test::ExtractAt(
      "Soldiers repelled an attack against their camp by al-Shabaab fighters near Baidoa on Sunday.", 2025, 3, 7);
  test::MaybeDump(doc2);
  const Event* e2 = test::FirstOfSub(doc2, "Armed clash");
  ASSERT_NE(e2, nullptr);
  EXPECT_EQ(test::CodedId(doc2, e2->actor1), "som.shabaab");
}

// A participle that tells who holds the object attacked ("a post guarded by
// police", `holder_participle`) names no attacker with its "by": the holders
// are the side attacked, the repellers stay actor 1.
TEST_F(EventRepelledAttackersTest, HoldersOfTheObjectAttackedAreNoAttackers) {
  for (const char* text : {"Soldiers repelled an assault on a post guarded by police near Bannu late on Friday.",
                           "Troops repelled an attack on a roadblock manned by policemen near Bannu on Friday."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 7);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Armed clash");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(test::CodedId(doc, e->actor1), "pak.mil") << text;
  }
}

// A counted tally ("repelled 14 assaults") is the defenders' account of
// many fights and keeps its order; a repelling word with no attack noun
// after it keeps its subject as actor 1 too.
TEST_F(EventRepelledAttackersTest, CountedAssaultsKeepTheDefendersFirst) {
  Doc doc = test::ExtractAt("Government troops repelled 14 Houthi assaults near the town of Harib on Sunday.", 2025, 3,
                            7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.army");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// The Islamic State's Central Africa Province (eastern DR Congo, since April
// 2019): its own channel's "soldiers of the Caliphate" there are its
// fighters, as is "the Islamic State" of a report from Congo; elsewhere
// they stay the Islamic State.
TEST(EventProvinceFightersTest, SoldiersOfTheCaliphateInCongoAreTheCentralAfricaProvince) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt(
      "Soldiers of the Caliphate ambushed a patrol of the Congolese army near Beni in North Kivu on Tuesday, killing "
      "three soldiers.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "isis.central_africa");
  Doc named = test::ExtractAt(
      "Fighters of the Islamic State Central Africa Province attacked a village near Beni on Monday, killing six "
      "farmers.",
      2025, 3, 7);
  test::MaybeDump(named);
  const Event* n = test::FirstOfSub(named, "Attack");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(test::CodedId(named, n->actor1), "isis.central_africa");
  Doc iraq = test::ExtractAt("Soldiers of the Caliphate stormed a village near Mosul on Tuesday, killing three farmers.",
                             2025, 3, 7);
  test::MaybeDump(iraq);
  const Event* q = test::FirstOfSub(iraq, "Attack");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(test::CodedId(iraq, q->actor1), "isis");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Jaish-e-Mohammed (Kashmir's JeM, founded in 2000): men of the group taken
// are the group; "JeM" names it only in India and Pakistan, Sudan's JEM
// stays the Justice and Equality Movement.
TEST(EventKashmirGroupsTest, JaishEMohammedIsAGroupOfItsOwn) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt(
      "Police arrested three overground workers of the Jaish-e-Mohammed near Srinagar on Monday.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "pak.jem");
  Doc abbr = test::ExtractAt("JeM militants attacked an army camp near Srinagar on Monday.", 2025, 3, 7);
  test::MaybeDump(abbr);
  const Event* a = test::FirstOfSub(abbr, "Armed clash");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::CodedId(abbr, a->actor1), "pak.jem");
  Doc sudan = test::ExtractAt("JEM fighters attacked an army base near El Fasher on Monday.", 2025, 3, 7);
  test::MaybeDump(sudan);
  const Event* s = test::FirstOfSub(sudan, "Armed clash");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(test::CodedId(sudan, s->actor1), "sdn.jem");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "overran a Jubaland forces base": the party naming the place taken by
// force held it, actor 2 — not another party the report names later.
TEST(EventTakenPlaceHoldersTest, PartyNamingTheBaseOverrunHeldIt) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt(
      "Al-Shabaab fighters overran a Jubaland forces base near Afmadow on Sunday.\n"
      "Residents said US forces later carried out an air strike west of the town.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "som.jubaland");
  EXPECT_FALSE(e->actor2.implicit);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "the home of a Basij commander": a source noun after a name told as the
// owner of a thing is the person the house belongs to, no speaker — the
// party he belongs to is the one attacked, even in a sentence that reports
// speech.
TEST(EventOwnersPartyTest, HomeOfAPartysCommanderIsThatPartys) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt(
      "A grenade was hurled into the yard of the home of a Basij commander in Zahedan on Friday night, causing damage "
      "but no injuries, a rights group said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Grenade");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "irn.basij");
}

// The head before "of" must be a thing owned: "the account of a Hamas
// spokesman" is the spokesman's word — Hamas is the source, no party of the
// raid it tells of.
TEST(EventOwnersPartyTest, AccountOfAPartysSpokesmanIsItsWord) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt(
      "Soldiers stormed a village near Tulkarm on Wednesday, according to the account of a Hamas spokesman.", 2025, 3, 7);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    EXPECT_NE(test::CodedId(doc, e.actor1), "pse.hamas");
    EXPECT_NE(test::CodedId(doc, e.actor2), "pse.hamas");
  }
}

}  // namespace
}  // namespace marsad
