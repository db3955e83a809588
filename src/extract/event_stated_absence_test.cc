// An event the text itself negates ("no arrests have been made", "there was
// no fighting"), with no one's denial, states an absence: it is no retelling
// of an act of its kind told before, which took others or was fought
// elsewhere. A party's denial ("denied that any clashes took place") still
// disputes the act told before.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class StatedAbsenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

using test::CountWithStatus;

TEST_F(StatedAbsenceTest, NoArrestsOverAKillingAreNoEarlierArrestRetold) {
  Doc doc = test::ExtractAt(
      "Gunmen shot dead four people at a bar in Kisumu on Saturday, police said.\n"
      "Police arrested 12 suspected gang members in Nakuru on Sunday.\n"
      "No arrests have been made over the bar killings.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Arrests", "negated"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 2u);
  // No one was taken where and when the killing was.
  const Event* none = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests" && e.status == "negated") none = &e;
  ASSERT_NE(none, nullptr);
  const PlaceMention* p = test::PlaceOf(doc, none);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Kisumu");
  const Event* killing = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(none->date, killing->date);
}

TEST_F(StatedAbsenceTest, NoArrestsOverTheBombingAreNotOverTheDroneStrikeToldSince) {
  // No one is arrested over an air or drone strike: "the bombing" is the
  // suicide bombing told first, not the drone strike told in between.
  Doc doc = test::ExtractAt(
      "A suicide bomber blew himself up at a police checkpoint in Bannu on Friday, killing three policemen.\n"
      "Hours later, a drone struck a house in Mir Ali, killing two children, residents said.\n"
      "No arrests have been made over the bombing, police said.",
      2026, 11, 24);
  test::MaybeDump(doc);
  const Event* none = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests" && e.status == "negated") none = &e;
  ASSERT_NE(none, nullptr);
  const PlaceMention* p = test::PlaceOf(doc, none);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Bannu");
}

TEST_F(StatedAbsenceTest, NoArrestsWithNoActNamedKeepTheirPlace) {
  // Nothing the arrest is told of: it stays where the report placed it.
  Doc doc = test::ExtractAt(
      "Police arrested 12 suspected gang members in Nakuru on Sunday.\n"
      "In Kisumu, no arrests have been made so far.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Arrests", "negated"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 2u);
}

TEST_F(StatedAbsenceTest, NoFightingInsideTheCampsIsASecondNegatedClash) {
  Doc doc = test::ExtractAt(
      "Chadian soldiers clashed with gunmen near the border town of Adre on Tuesday, the army said.\n"
      "The army said there had been no fighting inside the refugee camps around the town.",
      2026, 11, 26);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 2u);
  EXPECT_EQ(CountWithStatus(doc, "Armed clash", "negated"), 1u);
}

TEST_F(StatedAbsenceTest, AnEnglishDenialStillDisputesTheToldClash) {
  Doc doc = test::ExtractAt(
      "Chadian soldiers clashed with gunmen near the border town of Adre on Tuesday, residents said.\n"
      "The army denied that any clashes had taken place.",
      2026, 11, 26);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(CountWithStatus(doc, "Armed clash", "negated"), 0u);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "detained no one": a negation right after a verb is the verb's object and
// denies that act, not the event word told after it.
TEST_F(StatedAbsenceTest, DetainedNoOneNegatesTheDetentionNotTheSitInAfterIt) {
  Doc doc = test::ExtractAt("Police detained no one after the sit-in outside the town hall in Homs on Monday.", 2026,
                            11, 24);
  test::MaybeDump(doc);
  const Event* arrest = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->status, "negated");
  const Event* sit_in = test::FirstOfSub(doc, "Peaceful protest");
  ASSERT_NE(sit_in, nullptr);
  EXPECT_EQ(sit_in->status, "reported");
}

TEST_F(StatedAbsenceTest, NoOneBeforeTheVerbStillNegatesIt) {
  Doc doc = test::ExtractAt("Residents held a sit-in in Homs on Monday, and no one was detained.", 2026, 11, 24);
  test::MaybeDump(doc);
  const Event* arrest = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->status, "negated");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

TEST_F(StatedAbsenceTest, AProtestThatDidNotTakePlaceIsNegated) {
  Doc doc = test::ExtractAt(
      "A march planned in Kut did not take place after tribal elders reached an understanding with the council.", 2026,
      11, 24);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Peaceful protest");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
}

TEST_F(StatedAbsenceTest, BareNoArrestsAreOfTheLatestViolentAct) {
  // "No arrests have been made" names no act: it is of the ambush, the
  // latest violent act, not of the burning told in between elsewhere; its
  // day stays the report's (the present perfect speaks of now).
  Doc doc = test::ExtractAt(
      "GARISSA - Militants ambushed an army convoy near Garissa on Thursday, killing three soldiers.\n"
      "Hours later they burned two shops in Ijara after ordering the owners out, residents said.\n"
      "No arrests have been made, the police commander said.",
      2026, 11, 21);
  test::MaybeDump(doc);
  const Event* none = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests" && e.status == "negated") none = &e;
  ASSERT_NE(none, nullptr);
  const PlaceMention* p = test::PlaceOf(doc, none);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Garissa");
  EXPECT_LT(none->date, 0);
}

TEST_F(StatedAbsenceTest, BareNoArrestsAfterAMarchAreOfTheMarch) {
  // The march is the latest act told before the bare denial: no one was
  // taken there, not at the fight told before it elsewhere.
  Doc doc = test::ExtractAt(
      "date 2026-11-21\nRUMBEK, South Sudan - Soldiers clashed with cattle raiders near Yirol on Friday, killing four "
      "of them.\n"
      "In Rumbek, about 200 traders marched to the county offices on Saturday to protest against new taxes.\n"
      "Police said the march had been peaceful and that no one had been arrested.",
      2026, 11, 21);
  test::MaybeDump(doc);
  const Event* none = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests" && e.status == "negated") none = &e;
  ASSERT_NE(none, nullptr);
  const PlaceMention* p = test::PlaceOf(doc, none);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Rumbek");
}

// "… no arrests had yet been made over the kidnapping": the act of that very
// kind told last (an abduction), not a later act of the same broad type
// told between (a beating, read as an attack on civilians before it is
// retyped a mob's), is the one no one was arrested over: at its place.
TEST_F(StatedAbsenceTest, NoArrestsOverTheKidnappingAreAtTheKidnapping) {
  Doc doc = test::ExtractAt(
      "KADUNA - Gunmen kidnapped 14 worshippers from a church in Kajuru on Sunday, police said.\n"
      "In Zaria, a mob beat a suspected thief to death on Monday, residents said.\n"
      "Police said no arrests had yet been made over the kidnapping.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* none = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(none, nullptr);
  const PlaceMention* p = test::PlaceOf(doc, none);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Kajuru");
}

}  // namespace
}  // namespace marsad
