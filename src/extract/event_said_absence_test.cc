// English negated and accused acts (s6ennegation): "said that no clashes
// took place" is a stated absence, not a reference to clashes told before
// (triggers.cc IsDefinite); "have been accused by the UN of rape" is the
// content of an accusation, no event (event_not_events.cc
// NotEventCueCovers, passive `not_event` rows). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SaidAbsenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SaidAbsenceTest, SaidThatNoClashesIsANegatedClash) {
  Doc doc = test::ExtractAt(
      "The governor toured the market of Zliten on Tuesday.\n"
      "The interior ministry said that no clashes had taken place inside the town.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "negated"), 1u);
}

TEST_F(SaidAbsenceTest, AffirmsThatNoFightingAfterAnArsonIsANegatedClash) {
  Doc doc = test::ExtractAt(
      "Unknown men burned a police car in Zliten on Monday night.\n"
      "The ministry affirms that no fighting took place in the town and urges residents to stay calm.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "negated"), 1u);
}

TEST_F(SaidAbsenceTest, ThatDeadlyAttackStaysAReference) {
  // "that" right before an adjective and the noun still determines it.
  Doc doc = test::ExtractAt(
      "Gunmen killed three farmers near Gusau on Monday.\n"
      "Residents said that deadly attack was the third this month.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
}

TEST_F(SaidAbsenceTest, AccusedByAnAgencyOfRapeIsNoEvent) {
  Doc doc = test::ExtractAt(
      "Soldiers of both armies have been accused by Amnesty International of widespread rape in Darfur since 2023.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Sexual violence"), 0u);
}

TEST_F(SaidAbsenceTest, AccusedByResidentsOfADatedShellingIsTold) {
  Doc doc = test::ExtractAt("Soldiers were accused by residents of shelling the market in Nyala on Monday.", 2026, 11,
                            24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "threatened to burn down": a threat word between the act told before and
// the infinitive governs it (event_folds.cc FoldInfinitives).
TEST_F(SaidAbsenceTest, ThreatInAClaimSentenceKeepsTheThreatenedBurning) {
  Doc doc = test::ExtractAt(
      "Gunmen kidnapped a village chief in Ndop on Friday.\n"
      "A militia claimed the kidnapping in an audio message, in which a commander threatened to burn down any market "
      "that opens on Mondays.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Looting/property destruction", "intent"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(SaidAbsenceTest, ThreatLeftAfterADatedDeedIsDatedOnPublication) {
  Doc doc = test::ExtractAt(
      "Rebels burned three lorries near Bambari on Sunday night and left leaflets threatening to kill anyone who "
      "drives on the road.",
      2026, 11, 24);
  test::MaybeDump(doc);
  const Event* threat = nullptr;
  for (const Event& e : doc.events)
    if (e.status == "intent") threat = &e;
  ASSERT_NE(threat, nullptr);
  EXPECT_EQ(threat->acled_sub_event_type, "Attack");
  EXPECT_EQ(threat->date, -1);  // the publication day
}

TEST_F(SaidAbsenceTest, VowAfterADeedKeepsTheVowedAdvance) {
  Doc doc = test::ExtractAt("The rebels released 20 captured policemen on Friday and vowed to push on towards Lashio.",
                            2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Non-state actor overtakes territory", "intent"), 1u);
}

// "had not taken part in the fighting": a negated verb of taking part
// denies the act it names; the speaker's side's own negated clash, not the
// fight told before nor an untold word (`participation` cues).
TEST_F(SaidAbsenceTest, ArmyDenyingItsPartInTheFightingIsItsOwnNegatedClash) {
  Doc doc = test::ExtractAt(
      "BOGOTA (Wire) - At least four people were killed on Monday in fighting between two armed groups near the "
      "town of Tibu, officials said.\n"
      "The army said its soldiers had not taken part in the fighting.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 2u);
  const Event* none = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash" && e.status == "negated") none = &e;
  ASSERT_NE(none, nullptr);
  ASSERT_GE(none->actor1.actor, 0);
  EXPECT_EQ(doc.actors[none->actor1.actor].acled_inter, "State forces");
  // Where the fighting it denies a part in was, not the dateline's town.
  const PlaceMention* p = test::PlaceOf(doc, none);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Tibu");
}

TEST_F(SaidAbsenceTest, DidNotTakePartInAnyClashesIsNegated) {
  Doc doc = test::ExtractAt("The army said its soldiers did not take part in any clashes in Tibu on Monday.", 2026,
                            11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "negated"), 1u);
}

}  // namespace
}  // namespace marsad
