// How English wire reports are written: datelines, references back to an
// event already told, infinitives, names in capitals. Sentences are our own.
#include <gtest/gtest.h>

#include <utility>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

std::string PlaceName(const Doc& doc, const Event& e) {
  return e.place >= 0 ? doc.places[e.place].location.name : "";
}

size_t CountAcled(const Doc& doc) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type != "none";
  return n;
}

class EnglishEventsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EnglishEventsTest, DatelineDayIsNotTheEventDay) {
  // Filed on a Wednesday about a Monday strike: the dateline's day is the filing day.
  Doc doc = test::ExtractAt(
      "date 2024-03-13\nALEPPO, March 13 (Wire) - A Russian air strike hit a bakery in Idlib on Monday, killing "
      "five people, rescuers said.",
      2024, 3, 13);
  test::MaybeDump(doc);
  const Event* e = For(doc, "air strike");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2024-03-11");
  EXPECT_EQ(PlaceName(doc, *e), "Idlib");
}

TEST_F(EnglishEventsTest, DatelinePlaceOnlyAsALastResort) {
  Doc doc = test::ExtractAt(
      "date 2024-03-13\nBEIRUT, March 13 (Wire) - Gunmen shot dead a shopkeeper in Tripoli on Tuesday, police said.",
      2024, 3, 13);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Tripoli");
}

// "Iraq's army" names whose army it is; "at Mosul's market" is where.
TEST_F(EnglishEventsTest, PossessivePlaceIsAnOwnerUnlessAfterAPreposition) {
  Doc owner = test::ExtractAt(
      "date 2024-05-02\nBEIRUT, May 2 (Wire) - Iraq's army arrested three smugglers on Wednesday, officials said.", 2024, 5, 2);
  test::MaybeDump(owner);
  const Event* e = For(owner, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(owner, *e), "Iraq");
  Doc where = test::ExtractAt(
      "date 2024-05-02\nBEIRUT, May 2 (Wire) - A car bomb exploded at Mosul's main market on Wednesday, police said.", 2024, 5, 2);
  test::MaybeDump(where);
  const Event* b = For(where, "car bomb");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(PlaceName(where, *b), "Mosul");
}

// "struck 30 targets", "before they reached their targets": in reports the
// word is the plural noun, what was aimed at, never an attack of its own.
TEST_F(EnglishEventsTest, TargetsIsTheNounOfWhatWasAimedAt) {
  Doc doc = test::ExtractAt(
      "KASSALA (Local outlet) - Rapid Support Forces drones struck a fuel depot in Kassala on Monday, the state "
      "government said.\nThe army said its air defences brought down five more drones over Gedaref before they "
      "reached their targets.",
      2024, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "targets"), nullptr);
  EXPECT_NE(For(doc, "drones struck"), nullptr);
}

TEST_F(EnglishEventsTest, ExplosionsHeardAreTheFightingOfTheirSentence) {
  Doc doc = test::ExtractAt(
      "KHARTOUM (Local outlet) - Heavy gunfire and explosions were heard in Omdurman on Tuesday as Sudanese army "
      "troops battled the Rapid Support Forces, residents said.",
      2024, 3, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
  EXPECT_NE(For(doc, "battled"), nullptr);
}

TEST_F(EnglishEventsTest, WhatAStrikeDestroyedIsTheStrike) {
  Doc doc = test::ExtractAt(
      "KADUNA (Local outlet) - An air strike by the Nigerian Air Force near Birnin Gwari on Monday destroyed two "
      "pickup trucks and a fuel store used by bandits, the air force said.",
      2024, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Looting/property destruction");
}

TEST_F(EnglishEventsTest, ParticipleAfterAPrepositionDescribesANoun) {
  Doc doc = test::ExtractAt(
      "KIDAL (Local outlet) - The army said it had retaken the camp near Kidal on Sunday, and state television "
      "showed soldiers standing among burned pickup trucks.",
      2024, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "burned"), nullptr);
}

// Troops sent or deployed are a movement (PLOVER MOBILIZE), not an event
// ACLED codes; the clash that follows is.
TEST_F(EnglishEventsTest, TroopsDeployedAreNoAcledEvent) {
  Doc doc = test::ExtractAt(
      "KASSALA (Local outlet) - The army deployed hundreds of troops and sent reinforcements to Kassala on Monday, "
      "residents said.",
      2024, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 0u);
}

TEST_F(EnglishEventsTest, BombMakersAndBombSquadsAreNoBlast) {
  Doc doc = test::ExtractAt(
      "MARAWI (Local outlet) - Police arrested a suspected bomb maker in Marawi on Monday and the bomb squad "
      "searched a drone workshop nearby, officials said.",
      2024, 3, 12);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Explosions/Remote violence");
  EXPECT_NE(For(doc, "arrested"), nullptr);
}

TEST_F(EnglishEventsTest, AirRaidAlertsAreNoStrike) {
  // A warning of strikes is no strike: "air raid alerts", "air raid sirens".
  Doc doc = test::ExtractAt(
      "KHARKIV (Local outlet) - Air raid sirens sounded across Kharkiv on Monday night, officials said. "
      "Residents were told to go to shelters during air raid alerts.",
      2024, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 0u);
  Doc strike = test::ExtractAt(
      "KHARKIV (Local outlet) - An air raid on Kharkiv on Monday night killed two people, officials said.",
      2024, 3, 12);
  EXPECT_EQ(CountAcled(strike), 1u);
}

TEST_F(EnglishEventsTest, TheStrikeLaterIsTheSameStrike) {
  Doc doc = test::ExtractAt(
      "An Israeli air strike on a house in Rafah killed four people on Sunday, medics said. Neighbours said the "
      "strike flattened the building.",
      2024, 5, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
}

TEST_F(EnglishEventsTest, NegatedClaimDoesNotNegateTheAttackItNames) {
  Doc doc = test::ExtractAt(
      "A car bomb exploded near a market in Kirkuk on Friday, killing six people. No group has claimed the "
      "bombing so far.",
      2024, 6, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "negated");
}

TEST_F(EnglishEventsTest, SuchAttacksAndSimilarKillingsAreNoEvents) {
  Doc doc = test::ExtractAt(
      "Militants ambushed an army patrol near Bannu on Tuesday, the military said. Officials have warned for months "
      "that such attacks were rising, and similar ambushes were reported across the province last year.",
      2024, 7, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
  EXPECT_NE(For(doc, "ambushed"), nullptr);
}

TEST_F(EnglishEventsTest, ReferenceWithoutEventToReferToIsBackground) {
  Doc doc = test::ExtractAt(
      "Troops arrested nine men in Jenin on Monday, the army said. The army would not comment on the demolitions.",
      2024, 9, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "demolitions"), nullptr);
  EXPECT_NE(For(doc, "arrested"), nullptr);
}

TEST_F(EnglishEventsTest, DeadliestSinceDoesNotDateTheNewEvent) {
  Doc doc = test::ExtractAt(
      "A suicide bomber killed nine people at a checkpoint in Mosul on Saturday. It was the deadliest bombing in "
      "the city since a truck bomb killed 20 people there in March 2019.",
      2024, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "suicide bomber");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
  EXPECT_EQ(For(doc, "bombing"), nullptr);  // the same bombing, not a new one
}

TEST_F(EnglishEventsTest, ComparedNounAfterAnActIsThatAct) {
  Doc doc = test::ExtractAt(
      "Jets bombed a market in Maarat al-Numan on Thursday, residents said, in the most serious attack on Idlib "
      "province this year.",
      2024, 3, 9);
  test::MaybeDump(doc);
  ASSERT_NE(For(doc, "bombed"), nullptr);
  EXPECT_EQ(For(doc, "attack"), nullptr);  // the bombing compared, no second event
}

TEST_F(EnglishEventsTest, ComparedNounAfterAKillingTakesTheKillingsDayAndPlace) {
  Doc doc = test::ExtractAt(
      "Gunmen killed 12 farmers near Maiduguri on Tuesday, residents said, in one of the bloodiest attacks in "
      "Borno state this year.\nThey also burned several houses.",
      2024, 3, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacks");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2024-03-05");  // Tuesday, not "this year"
  EXPECT_EQ(PlaceName(doc, *e), "Maiduguri");
  const Event* burned = For(doc, "burned");
  ASSERT_NE(burned, nullptr);
  ASSERT_GE(burned->date, 0);
  EXPECT_EQ(doc.dates[burned->date].value, "2024-03-05");  // carried from the killing
}

TEST_F(EnglishEventsTest, InfinitiveIsThePurposeOfTheActOfItsSentence) {
  Doc doc = test::ExtractAt("Police fired tear gas in Karachi on Friday to disperse hundreds of protesters.", 2024, 5, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "disperse"), nullptr);
  EXPECT_NE(For(doc, "tear gas"), nullptr);
}

TEST_F(EnglishEventsTest, InfinitiveAloneIsAPlan) {
  Doc doc = test::ExtractAt("The fighters now have ten days to withdraw from Daraa, the governor said.", 2024, 5, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "withdraw");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(EnglishEventsTest, InfinitiveKeepsItsTollOnTheHost) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed a convoy near Kidal on Monday and then tried to storm a nearby camp, killing seven soldiers.",
      2024, 5, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "storm"), nullptr);
  const Event* e = For(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 7);
}

// An irregular past joined by "and" after a to-infinitive is a deed told
// as done, not the infinitive's second term.
TEST_F(EnglishEventsTest, IrregularPastAfterAnInfinitiveIsADeed) {
  Doc doc = test::ExtractAt(
      "Rebels came to the village of Kotido on Monday to steal cattle and shot three herders.", 2024, 5, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "intent");
}

TEST_F(EnglishEventsTest, EventWordInsideACapitalisedNameIsNoEvent) {
  Doc doc = test::ExtractAt(
      "The inspectors said the shells broke the Chemical Weapons Convention signed by both countries.", 2024, 5, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "chemical weapons"), nullptr);
}

TEST_F(EnglishEventsTest, TitleCaseHeadlineKeepsItsEventWords) {
  Doc doc = test::ExtractAt("Israeli Airstrike Kills Four In Rafah", 2024, 5, 4);
  test::MaybeDump(doc);
  EXPECT_NE(For(doc, "airstrike"), nullptr);
}

TEST_F(EnglishEventsTest, StormingTakesTheKindOfItsSentence) {
  Doc doc = test::ExtractAt(
      "Armed men stormed a farming village near Nyala on Friday, shooting at least 12 residents.", 2024, 5, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
}

TEST_F(EnglishEventsTest, YearsOfFightingAreBackground) {
  Doc doc = test::ExtractAt(
      "Rebels shelled an army post near Kidal on Monday. The truce had ended two years of fighting in the north.",
      2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "fighting"), nullptr);
  EXPECT_NE(For(doc, "shelled"), nullptr);
}

TEST_F(EnglishEventsTest, ATruceIsAStateTheAgreementAnAct) {
  Doc doc = test::ExtractAt(
      "Officials said a truce was unlikely before spring. In March the two sides reached a ceasefire in Doha.", 2024,
      5, 8);
  test::MaybeDump(doc);
  const Event* state = For(doc, "truce");
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->acled_event_type, "none");  // PLOVER only
  const Event* act = For(doc, "reached a ceasefire");
  ASSERT_NE(act, nullptr);
  EXPECT_EQ(act->acled_sub_event_type, "Agreement");
}

TEST_F(EnglishEventsTest, ACrowdThatBurnsPropertyRiotsOnce) {
  Doc doc = test::ExtractAt(
      "A crowd of rioters beat a man in a market in Kano on Friday and burned his shop, police said.", 2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].acled_event_type, "Riots");
}

TEST_F(EnglishEventsTest, TheForceDispersingVillagersIsActorTwo) {
  Doc doc = test::ExtractAt(
      "Israeli troops fired tear gas at villagers protesting near Nablus on Friday, medics said.", 2024, 5, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "tear gas");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Protest with intervention");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.protesters");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "isr.idf");
}

TEST_F(EnglishEventsTest, GunfireHeardLaterIsTheClashToldBefore) {
  Doc doc = test::ExtractAt(
      "Two militias fought with rifles and mortars in Misrata overnight, killing three fighters. On Wednesday "
      "officials met the militia leaders. Residents said bursts of gunfire could still be heard at dawn.",
      2024, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
}

TEST_F(EnglishEventsTest, FireOnARiotingCrowdIsPartOfTheRiot) {
  Doc doc = test::ExtractAt(
      "In Hebron, soldiers opened fire on stone-throwing youths on Saturday, killing two of them, medics said.",
      2024, 5, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_sub_event_type, "Violent demonstration");
  EXPECT_EQ(test::ActorId(doc, e.actor1), "gen.rioters");
  EXPECT_EQ(test::ActorId(doc, e.actor2), "isr.idf");
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best.value_or(-1), 2);
}

TEST_F(EnglishEventsTest, AnAgeIsNotAToll) {
  Doc doc = test::ExtractAt("Gunmen shot dead a 17-year-old shepherd near Kidal on Monday, residents said.", 2024, 5, 15);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(doc.events[0].fatalities.has_value() && doc.events[0].fatalities->best == 17);
}

TEST_F(EnglishEventsTest, APartysOwnTollIsItsClaimAboutTheAttack) {
  Doc doc = test::ExtractAt(
      "A landmine hit a police truck near Baidoa on Tuesday, killing two officers, a local official said. "
      "Al-Shabaab said on its website that it had killed nine policemen, a figure that could not be verified.",
      2024, 5, 15);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best.value_or(-1), 2);
  EXPECT_EQ(e.fatalities->high.value_or(-1), 9);
}

TEST_F(EnglishEventsTest, ASeaNamedBeforeTheTownGivesWayToIt) {
  Doc doc = test::ExtractAt(
      "A missile struck a warehouse in the Red Sea port of Hodeidah on Sunday, residents said.", 2024, 5, 15);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Al Hudaydah");
}

TEST_F(EnglishEventsTest, PluralsThatSumUpManyActsAreBackground) {
  Doc doc = test::ExtractAt(
      "Militiamen shelled a police post in Kirkuk on Thursday, officials said. The militias have carried out "
      "more than 60 attacks on the police since March, and the government answered with a series of raids. "
      "Residents complain of frequent abductions.",
      2024, 7, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
  EXPECT_NE(For(doc, "shelled"), nullptr);
}

TEST_F(EnglishEventsTest, AWarsRunningTotalIsNoEventsToll) {
  Doc doc = test::ExtractAt(
      "Shelling hit a clinic in Kharkiv on Monday, local officials said. The invasion has killed more than 10,000 "
      "civilians, according to UN monitors.",
      2024, 7, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shelling");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->fatalities.has_value());
}

TEST_F(EnglishEventsTest, WhoSpeaksOfAnEventIsNotItsActor) {
  // The strike's own sentence names no actor; the later sentence's subject
  // only speaks of it and must not become its actor 1 as written there.
  Doc doc = test::ExtractAt(
      "A strike on a house in the village of Jiyeh in south Lebanon killed nine people on Monday, the health "
      "ministry said. The United Nations human rights office called for an investigation into the strike.",
      2024, 7, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_LT(doc.events[0].actor1.actor, 0);
}

TEST_F(EnglishEventsTest, MarchingCaptivesIsNoProtest) {
  Doc doc = test::ExtractAt(
      "Bandits seized 20 travellers near Zaria on Sunday and marched them into the forest, police said.", 2024, 7, 5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Protests");
}

TEST_F(EnglishEventsTest, WithdrawingAfterAnAttackIsNoTransferOfTerritory) {
  Doc doc = test::ExtractAt(
      "Gunmen raided a village near Gao on Monday, burning homes before withdrawing, residents said. In June the "
      "army withdrew from Tessalit.",
      2024, 7, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "withdrawing"), nullptr);
  EXPECT_NE(For(doc, "withdrew"), nullptr);
}

TEST_F(EnglishEventsTest, InterceptedWeaponsAreTheInterception) {
  Doc doc = test::ExtractAt(
      "The army said a ballistic missile fired at Dnipro was intercepted overnight.", 2024, 7, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Disrupted weapons use");
}

// "Brought down" is a felling: drones brought down were intercepted, a
// building brought down was destroyed, and a government brought down is
// no event of the fighting at all.
TEST_F(EnglishEventsTest, BroughtDownDronesWereIntercepted) {
  Doc doc = test::ExtractAt(
      "The navy said its frigates brought down three hostile drones over the Red Sea on Friday.", 2024, 7, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Disrupted weapons use");
  Doc fell = test::ExtractAt(
      "Bulldozers brought down a row of shops in the old market of Hebron on Friday.", 2024, 7, 5);
  test::MaybeDump(fell);
  ASSERT_EQ(CountAcled(fell), 1u);
  EXPECT_EQ(fell.events[0].acled_sub_event_type, "Looting/property destruction");
}

// A vow to go on with a campaign over a whole region ("would keep shelling
// army barracks across the province") names no new act;
// the same words told as done are the event, and a vowed advance on a
// town keeps its objective as intent.
TEST_F(EnglishEventsTest, VowToKeepStrikingIsNoEvent) {
  Doc doc = test::ExtractAt(
      "Rebels ambushed an army convoy near Goma on Monday. Their spokesman said they would keep shelling "
      "army barracks across the province.",
      2024, 7, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "shelling"), nullptr);
  EXPECT_NE(For(doc, "ambushed"), nullptr);
  Doc done = test::ExtractAt("Rebels kept shelling the army barracks in Goma for three hours on Monday.", 2024, 7, 5);
  test::MaybeDump(done);
  EXPECT_NE(For(done, "shelling"), nullptr);
  Doc advance = test::ExtractAt(
      "The rebel commander said his men would keep advancing until they captured Goma.", 2024, 7, 5);
  test::MaybeDump(advance);
  EXPECT_GE(CountAcled(advance), 1u);
}

// A vow to go on at a place its clause names right after the act ("would
// keep raiding X", "keep attacking posts in X") is a threat aimed there:
// intent at that place. Without a place of its own it is aimed where the
// report's acts are (the newer gold sets code it there, as intent).
TEST_F(EnglishEventsTest, VowToKeepAttackingANamedTownIsIntent) {
  Doc doc = test::ExtractAt(
      "date 2026-04-09\nThe rebel group said in a statement that it would keep attacking police stations in Bannu.",
      2026, 4, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacking");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  EXPECT_EQ(e->acled_event_type, "Battles");
  Doc aimless = test::ExtractAt(
      "date 2026-04-09\nRebels ambushed a convoy near Bannu on Monday. The rebel group said it would keep attacking "
      "the police until its demands were met.",
      2026, 4, 9);
  test::MaybeDump(aimless);
  const Event* aim = For(aimless, "attacking");
  ASSERT_NE(aim, nullptr);
  EXPECT_EQ(aim->status, "intent");
}

// The act a condition names after a threatened act is what would set the
// threat off, no event; a condition with no threat before it names none
// either (no gold file codes the act of a conditional clause).
TEST_F(EnglishEventsTest, ConditionOfAThreatIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-04-09\nThe rebels said they would shell the airport in Goma if the army kept bombing their positions.",
      2026, 4, 9);
  test::MaybeDump(doc);
  EXPECT_NE(For(doc, "shell"), nullptr);
  EXPECT_EQ(For(doc, "bombing"), nullptr);
  Doc alone = test::ExtractAt(
      "date 2026-04-09\nIf the army attacks Goma again, the rebels said, residents will flee.", 2026, 4, 9);
  test::MaybeDump(alone);
  EXPECT_EQ(For(alone, "attacks"), nullptr);
  Doc arabic = test::ExtractAt(
      "date 2026-04-09\nوتوعدت الحركة بقصف مطار مدينة غوما إذا استمرت الغارات على مواقعها.", 2026, 4, 9);
  test::MaybeDump(arabic);
  size_t strikes = 0;
  for (const Event& e : arabic.events) strikes += e.acled_event_type == "Explosions/Remote violence";
  EXPECT_EQ(strikes, 1u);
}

// "a fire that burned through the night": a fire's burning, told after a
// strike, is how the strike went on, no arson of its own.
TEST_F(EnglishEventsTest, AFireThatBurnedIsNoArson) {
  Doc doc = test::ExtractAt(
      "date 2026-04-09\nA drone struck a fuel depot in Kosti on Monday, starting a fire that burned for hours.", 2026,
      4, 9);
  test::MaybeDump(doc);
  EXPECT_NE(For(doc, "struck"), nullptr);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
}

TEST_F(EnglishEventsTest, SetSomethingOnFireIsOnePhrase) {
  Doc doc = test::ExtractAt("Rioters set two police cars on fire in Kisumu on Tuesday.", 2024, 7, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.norm(doc.triggers[doc.events[0].trigger].span), "set two police cars on fire");
  EXPECT_EQ(doc.events[0].acled_event_type, "Riots");
}

TEST_F(EnglishEventsTest, ASubordinateClauseHasItsOwnSubject) {
  Doc doc = test::ExtractAt(
      "Police arrested 30 people in Lagos on Monday after protesters set a bank ablaze, officials said.", 2024, 7, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "set a bank ablaze");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Riots");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.rioters");
}

TEST_F(EnglishEventsTest, DetailsInTheNextSentenceAreTheSameEvent) {
  Doc doc = test::ExtractAt(
      "Gunmen looted shops and burned a clinic in a village near Zamfara's capital Gusau on Sunday, residents said. "
      "The attackers also torched several homes before fleeing, one witness said.",
      2024, 7, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "torched"), nullptr);
}

TEST_F(EnglishEventsTest, AYearBeforeAnEventNounDatesThatNounOnly) {
  Doc doc = test::ExtractAt(
      "The abduction of 12 traders near Kidal on Sunday recalled the March 2019 massacre in Ogossagou.", 2024, 7, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "abduction");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(EnglishEventsTest, APlaceNamedWithoutAPrepositionLocatesNothing) {
  Doc doc = test::ExtractAt(
      "The group said on its Andalus channel that the fighters were safe. Later a grenade was thrown at a "
      "checkpoint, wounding two guards.",
      2024, 7, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_NE(PlaceName(doc, e), "Andalus");
}

TEST_F(EnglishEventsTest, PresentPerfectSpeaksOfTheReportsDay) {
  Doc doc = test::ExtractAt(
      "A mob killed a man in a market in Kano on Saturday, police said. No arrests have been made, a spokesman "
      "added.",
      2024, 7, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date, -1);  // the publication day, not Saturday
}

// Reported speech shifts the perfect back ("had yet been"): "yet" still
// speaks of the time of the report.
TEST_F(EnglishEventsTest, YetInReportedSpeechSpeaksOfTheReportsDay) {
  Doc doc = test::ExtractAt(
      "Gunmen shot dead a trader near Kano on Saturday, residents said. The police said nobody had yet been arrested.",
      2024, 7, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date, -1);  // the publication day, not Saturday
}

TEST_F(EnglishEventsTest, CarriedDayIsTheEventsNotTheBackgrounds) {
  Doc doc = test::ExtractAt(
      "Soldiers demolished six homes in the village of Aqraba on Monday, despite a truce that took effect on "
      "June 30. Residents said troops also bulldozed an olive grove.",
      2024, 7, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "bulldozed");
  const Event* first = For(doc, "demolished");
  ASSERT_NE(first, nullptr);
  // Either merged into the demolition or dated like it, never June 30.
  if (e != nullptr) {
    ASSERT_GE(e->date, 0);
    EXPECT_EQ(doc.dates[e->date].value, "2024-07-08");
  }
}

TEST_F(EnglishEventsTest, ADenialOfTheActJustToldIsThatAct) {
  Doc doc = test::ExtractAt(
      "Witnesses said militiamen abducted four aid workers in Kadugli on Tuesday. The militia denied abducting "
      "anyone.",
      2024, 7, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].status, "reported");
}

TEST_F(EnglishEventsTest, GunmenWhoDetainPeopleAbductThem) {
  Doc doc = test::ExtractAt("Gunmen detained 14 villagers near Katsina on Friday, residents said.", 2024, 7, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Abduction/forced disappearance");
}

TEST_F(EnglishEventsTest, AParticipleBeforeItsNounIsAnAdjective) {
  Doc doc = test::ExtractAt(
      "Aid trucks reached the besieged town of Babanusa on Friday, the World Food Programme said.", 2024, 7, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 0u);
}

TEST_F(EnglishEventsTest, WhatCouldHappenIsNoEvent) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked a convoy near Gao on Monday. Aid groups warned that the violence could spark reprisal "
      "killings across the region.",
      2024, 7, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "killings"), nullptr);
}

TEST_F(EnglishEventsTest, MayHaveKilledIsAHedgedEvent) {
  Doc doc = test::ExtractAt("An air strike may have killed 12 people in Sinjar on Monday, a monitor said.", 2024, 7, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
}

TEST_F(EnglishEventsTest, WeaponsUsedInTheAttackToldBeforeAreItsMeans) {
  Doc doc = test::ExtractAt(
      "DERA ISMAIL KHAN, Feb 3 (Wire) - Militants attacked a checkpoint in Tank district overnight, killing four "
      "policemen, officials said. An officer said the attackers used hand grenades.",
      2024, 2, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
}

TEST_F(EnglishEventsTest, TheReferencePlacesAnEventTheLeadPlacedByItsDateline) {
  Doc doc = test::ExtractAt(
      "date 2024-02-03\nPESHAWAR, Feb 3 (Wire) - Gunmen attacked a police post overnight, killing three officers, "
      "police said. The attack took place in Lakki Marwat, an official said.",
      2024, 2, 3);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Lakki");  // the gazetteer's name
}

// "The blast took place near X" places the lead as "in X" does; a dateline
// with no dash, its agency in brackets after the day ("Raipur, Nov 14
// (PTI) …"), is a dateline all the same.
TEST_F(EnglishEventsTest, TheReferenceNearATownPlacesTheLeadPlacedByItsDateline) {
  Doc doc = test::ExtractAt(
      "date 2026-11-14\nRAIPUR (Wire) - Maoists triggered an IED blast in a forest area on Thursday, killing two "
      "policemen, officials said.\nThe blast took place near Dantewada, a senior officer said.",
      2026, 11, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Dantewada");
  Doc pti = test::ExtractAt(
      "date 2026-11-14\nRaipur, Nov 14 (PTI) Maoists triggered an IED blast in a forest area on Thursday, "
      "killing two policemen, officials said.\nThe blast took place in Dantewada, a senior officer said.",
      2026, 11, 14);
  test::MaybeDump(pti);
  ASSERT_EQ(CountAcled(pti), 1u);
  EXPECT_EQ(PlaceName(pti, pti.events[0]), "Dantewada");
}

TEST_F(EnglishEventsTest, SentencesGoingOnAboutADatelineLeadStayAtItsTown) {
  // The lead's only place is its dateline town; two placeless sentences go on
  // about its bombing before the report turns to another town.
  Doc doc = test::ExtractAt(
      "date 2026-11-28\nGAO - Two soldiers were killed when their truck ran over an improvised explosive device "
      "on Friday morning, the army said. The regional commander said the attack bore the hallmarks of jihadists "
      "operating from across the border. No arrests have been made over the bombing.\nIn Mopti, gunmen raided a "
      "village on Thursday night, killing four herders.",
      2026, 11, 28);
  test::MaybeDump(doc);
  const Event* bomb = For(doc, "improvised explosive device");
  ASSERT_NE(bomb, nullptr);
  EXPECT_EQ(PlaceName(doc, *bomb), "Gao");
  const Event* raid = For(doc, "raided");
  ASSERT_NE(raid, nullptr);
  EXPECT_EQ(PlaceName(doc, *raid), "Mopti");
}

TEST_F(EnglishEventsTest, ARelationAfterTheEventWordBeatsAFrontedTown) {
  // "near X" after the event word says where as surely as "in X" does; the
  // fronted town only set the scene.
  Doc doc = test::ExtractAt(
      "date 2026-03-06\nIn Maiduguri, Boko Haram fighters stormed a farming village near Konduga on Wednesday, "
      "killing six farmers, residents said.",
      2026, 3, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "stormed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Konduga");
}

TEST_F(EnglishEventsTest, TheTownARoadLeadsToRanksBelowTheScene) {
  // "the road to X" names where the road goes: the fronted town is the scene.
  Doc fronted = test::ExtractAt(
      "date 2026-04-14\nIn Maiduguri, angry traders blocked the road to Konduga with burning tyres on Monday and "
      "clashed with police, witnesses said.",
      2026, 4, 14);
  test::MaybeDump(fronted);
  const Event* e = For(fronted, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(fronted, *e), "Maiduguri");
  // Told alone, the road is near its town.
  Doc alone = test::ExtractAt(
      "date 2026-04-14\nOn the road to Konduga, gunmen stopped a bus on Monday and abducted six passengers, "
      "relatives said.",
      2026, 4, 14);
  test::MaybeDump(alone);
  const Event* a = For(alone, "abducted");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(alone, *a), "Konduga");
}

TEST_F(EnglishEventsTest, ARiotsCrowdIsActorOneEvenWhenTheForceIsToldFirst) {
  Doc doc = test::ExtractAt(
      "Police fired tear gas at opposition supporters in Conakry on Thursday. Protesters threw stones at the "
      "police, witnesses said.",
      2024, 7, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_event_type, "Riots");
  EXPECT_EQ(test::ActorId(doc, e.actor1), "gen.rioters");
}

TEST_F(EnglishEventsTest, AGenericWordWithNothingToReferToAfterTheLeadIsAPolicy) {
  Doc doc = test::ExtractAt(
      "A drone strike killed two fighters in a car near Qusayr on Monday, a monitor said. The army says it is "
      "targeting smuggling networks and will press on.",
      2024, 7, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "targeting"), nullptr);
  EXPECT_NE(For(doc, "drone strike"), nullptr);
}

TEST_F(EnglishEventsTest, AProjectileThatHitsIsTheAttack) {
  Doc doc = test::ExtractAt("Two rockets hit an army base near Kirkuk on Sunday, officials said.", 2024, 7, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Shelling/artillery/missile attack");
}

TEST_F(EnglishEventsTest, WhatASinceClauseTellsIsBackground) {
  Doc doc = test::ExtractAt(
      "Army jets bombed rebel positions near Loikaw on Monday, the worst raids since rebels overran the town of "
      "Hpasawng.",
      2024, 7, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "overran");
  if (e != nullptr) { EXPECT_EQ(e->status, "historical"); }
  const Event* news = For(doc, "bombed");
  ASSERT_NE(news, nullptr);
  EXPECT_EQ(news->status, "reported");
}

TEST_F(EnglishEventsTest, CiviliansWhoFleeGiveUpNoTerritory) {
  Doc doc = test::ExtractAt("Thousands of residents fled across the border into Chad, officials said.", 2024, 7, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "fled"), nullptr);
}

TEST_F(EnglishEventsTest, AVerbThatKillsCountsItsObjectAsTheDead) {
  Doc doc = test::ExtractAt("Soldiers shot dead at least four protesters in Bamenda on Friday.", 2024, 7, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->low.value_or(-1), 4);
}

TEST_F(EnglishEventsTest, AWeaponAsSubjectTellsTheKindOfAttack) {
  Doc doc = test::ExtractAt("Russian drones attacked the port of Izmail overnight, officials said.", 2024, 7, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Air/drone strike");
}

TEST_F(EnglishEventsTest, TheSubordinateSubjectBeatsANamedActorOfTheMainClause) {
  Doc doc = test::ExtractAt(
      "Nigerian police arrested 40 people in Kano on Monday after demonstrators set a police station ablaze.", 2024,
      7, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "set a police station ablaze");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.rioters");
  const Event* arrest = For(doc, "arrested");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(test::ActorId(doc, arrest->actor1), "nga.police");
}

TEST_F(EnglishEventsTest, OneVictimToldWithTheArticle) {
  Doc doc = test::ExtractAt("A roadside bomb hit a minibus near Jalalabad on Friday, killing a 12-year-old girl.", 2024,
                            7, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 1);
  Doc many = test::ExtractAt("Shelling hit a market in Donetsk on Friday, killing a number of people.", 2024, 7, 12);
  ASSERT_FALSE(many.events.empty());
  EXPECT_FALSE(many.events[0].fatalities.has_value());
}

TEST_F(EnglishEventsTest, ARiotStaysARiotWhenItsCrowdIsShotAt) {
  Doc doc = test::ExtractAt(
      "Police opened fire with live ammunition on rioters who had torched a bank in Bamako on Friday, killing two.",
      2024, 7, 12);
  test::MaybeDump(doc);
  bool riot = false;
  for (const Event& e : doc.events) riot = riot || e.acled_event_type == "Riots";
  EXPECT_TRUE(riot);
}

TEST_F(EnglishEventsTest, WhatSomeoneUrgesIsNoAct) {
  Doc doc = test::ExtractAt(
      "A drone strike hit a fuel depot in Rostov on Monday, officials said. The governor urged Moscow to send "
      "more air defence units and to shell the border villages.",
      2024, 7, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "shell"), nullptr);
  EXPECT_NE(For(doc, "drone strike"), nullptr);
}

// ACLED codes every event with an actor 1: a bomb no one is named for is an
// unidentified armed group's; people arrested with no group named are
// civilians, and a named group in the sentence is whom the arrest took.
TEST_F(EnglishEventsTest, UnnamedBomberAndArrested) {
  Doc doc = test::ExtractAt(
      "date 2023-05-10\nA roadside bomb exploded near a checkpoint in Mosul on Tuesday, wounding two passers-by. "
      "Iraqi police arrested three men in Mosul on Wednesday.",
      2023, 5, 10);
  test::MaybeDump(doc);
  const Event* bomb = For(doc, "roadside bomb");
  ASSERT_NE(bomb, nullptr);
  EXPECT_EQ(test::ActorId(doc, bomb->actor1), "gen.unidentified_armed_group");
  const Event* arrest = For(doc, "arrested");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(test::ActorId(doc, arrest->actor2), "gen.civilians");
  Doc named = test::ExtractAt(
      "date 2023-05-10\nIraqi police arrested four Islamic State members in Mosul on Wednesday.", 2023, 5, 10);
  const Event* taken = For(named, "arrested");
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(test::ActorId(named, taken->actor2), "isis");
}

// Another state's drone downed over a country, no interceptor named: the
// country it was downed over stopped it.
TEST_F(EnglishEventsTest, WeaponDownedOverACountryStoppedByItsForces) {
  Doc doc = test::ExtractAt(
      "date 2024-05-10\nNine drones launched by Ukraine were shot down over Kursk on Friday, the regional governor said.",
      2024, 5, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot down");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Disrupted weapons use");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "rus.mil");
  EXPECT_EQ(test::ActorId(doc, e->actor2).substr(0, 4), "ukr.");
}

// An interception's actor 2 is whose weapon was stopped: who launched it,
// or the weapon's nationality, not a country the sentence names as a place.
TEST_F(EnglishEventsTest, InterceptedWeaponBelongsToActor2) {
  Doc doc = test::ExtractAt(
      "date 2024-02-03\nUkrainian air defences shot down 14 of 16 drones launched by Russia overnight, the air force said.",
      2024, 2, 3);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_sub_event_type, "Disrupted weapons use");
  EXPECT_EQ(test::ActorId(doc, e.actor2).substr(0, 4), "rus.");
  Doc passive = test::ExtractAt(
      "date 2024-02-03\nThe Israeli military said two rockets were intercepted before crossing into Israeli airspace. "
      "Hezbollah said it had fired the rockets at a base.",
      2024, 2, 3);
  test::MaybeDump(passive);
  const Event* p = For(passive, "intercepted");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(test::ActorId(passive, p->actor1), "isr.idf");
  EXPECT_NE(test::ActorId(passive, p->actor2), "isr.idf");
}

// A headline sums up the body: its event words are no events of their own,
// and the dateline under it still says only where the report was filed.
TEST_F(EnglishEventsTest, AHeadlineTellsNoEventOfItsOwn) {
  Doc doc = test::ExtractAt(
      "date 2024-06-05\nRebels storm army post as talks falter\nAMMAN, June 5 (Wire) - Rebel fighters attacked an "
      "army post in Daraa on Tuesday, killing four soldiers, a monitor said.\nThe talks in Geneva are due to resume "
      "next week.",
      2024, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "storm"), nullptr);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Dar'a");
  // A first line that ends in a full stop is the lead, not a headline.
  Doc lead = test::ExtractAt(
      "date 2024-06-05\nRebel fighters stormed an army post in Daraa on Tuesday.\nFour soldiers were killed, a "
      "monitor said.",
      2024, 6, 5);
  EXPECT_NE(For(lead, "stormed"), nullptr);
}

// "the town of X in Y province": Y says where X is; the event is at X.
TEST_F(EnglishEventsTest, APlaceAfterInLocatesThePlaceBeforeIt) {
  Doc doc = test::ExtractAt(
      "date 2024-06-05\nArmy troops seized full control of the town of Saraqib in Idlib province on Tuesday, state media "
      "said.",
      2024, 6, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Saraqib");
  Doc comma = test::ExtractAt(
      "date 2024-06-05\nResidents of Saraqib, in Idlib province, beat two men to death on Tuesday.", 2024, 6, 5);
  test::MaybeDump(comma);
  ASSERT_FALSE(comma.events.empty());
  EXPECT_EQ(PlaceName(comma, comma.events[0]), "Saraqib");
}


// Towns reports name that the GeoNames extract lacks are authored
// (data/geo/facilities.tsv): an event there is placed there, not at the
// country or the capital.
TEST_F(EnglishEventsTest, AuthoredTownsPlaceTheirEvents) {
  Doc pk = test::ExtractAt("A suicide bomber struck a checkpoint in Mir Ali, Pakistan, on Thursday.", 2024, 6, 7);
  test::MaybeDump(pk);
  ASSERT_FALSE(pk.events.empty());
  EXPECT_EQ(PlaceName(pk, pk.events[0]), "Mir Ali");
  Doc mm = test::ExtractAt("Junta jets bombed a village near Buthidaung in Myanmar on Friday.", 2024, 6, 7);
  test::MaybeDump(mm);
  ASSERT_FALSE(mm.events.empty());
  EXPECT_EQ(PlaceName(mm, mm.events[0]), "Buthidaung");
}


// A quotation that says what such acts are speaks of a kind of act.
TEST_F(EnglishEventsTest, AQuotedGeneralStatementIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2024-06-07\nSoldiers shot dead two farmers near Gao on Tuesday, residents said.\n\"Shelling farming "
      "villages is a war crime,\" said a rights researcher.",
      2024, 6, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "shelling"), nullptr);
  EXPECT_NE(For(doc, "shot dead"), nullptr);
  // A witness telling what happened is no general statement.
  Doc told = test::ExtractAt(
      "date 2024-06-07\n\"Shells hit our street in Gao at dawn,\" a resident said.", 2024, 6, 7);
  test::MaybeDump(told);
  EXPECT_FALSE(told.events.empty());
}


// The side that left a town, told in a later sentence of the same town and
// day, is the other side of its capture: one change of hands.
TEST_F(EnglishEventsTest, AWithdrawalToldAfterTheCaptureIsTheCapture) {
  Doc doc = test::ExtractAt(
      "date 2024-06-07\nGovernment forces seized the town of Saraqib in Idlib province on Thursday, state media said.\n"
      "A monitor said the rebels had pulled out of the town on Thursday.",
      2024, 6, 7);
  test::MaybeDump(doc);
  size_t territory = 0;
  for (const Event& e : doc.events)
    territory += e.acled_event_type == "Battles" || e.acled_sub_event_type == "Non-violent transfer of territory";
  EXPECT_EQ(territory, 1u);
}


// A place coordinated after another takes the first one's preposition:
// "against Washington and London" names governments, not where.
TEST_F(EnglishEventsTest, ACoordinatedPlaceTakesTheFirstPreposition) {
  Doc doc = test::ExtractAt(
      "date 2024-06-07\nCrowds rallied in Sanaa on Friday, chanting against Washington and London.\nOn Saturday "
      "warplanes struck a port.",
      2024, 6, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(doc, *e), "London");
}


// "arrested five men in a dawn raid": the raid is how the arrests were made.
TEST_F(EnglishEventsTest, ARaidThatMadeArrestsIsTheArrests) {
  Doc doc = test::ExtractAt(
      "date 2024-06-07\nPolice arrested five men suspected of smuggling arms in a dawn raid in Mosul on Thursday.", 2024,
      6, 7);
  test::MaybeDump(doc);
  size_t acled = 0;
  for (const Event& e : doc.events) acled += e.acled_event_type != "none";
  EXPECT_EQ(acled, 1u);
}


// A siege told with the capture or battle it led to is how that battle went.
TEST_F(EnglishEventsTest, ASiegeToldWithItsBattleIsThatBattle) {
  Doc doc = test::ExtractAt(
      "date 2024-06-07\nRebels captured the army base in Kidal on Thursday after a weeks-long siege, a spokesman said.",
      2024, 6, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "siege"), nullptr);
  EXPECT_NE(For(doc, "captured"), nullptr);
}


// Force used to break up a crowd is a protest with intervention.
TEST_F(EnglishEventsTest, ForceToBreakUpACrowdIsAnIntervention) {
  Doc doc = test::ExtractAt(
      "date 2024-06-07\nPolice beat students with batons to break up a protest outside the university in Khartoum on "
      "Thursday.",
      2024, 6, 7);
  test::MaybeDump(doc);
  size_t acled = 0;
  for (const Event& e : doc.events) {
    if (e.acled_event_type == "none") continue;
    ++acled;
    EXPECT_EQ(e.acled_sub_event_type, "Protest with intervention");
  }
  EXPECT_EQ(acled, 1u);
}

// Euphemisms and set phrases of killing count their dead; the "claimed" of
// "claimed the lives of" hedges nothing.
TEST_F(EnglishEventsTest, EuphemismsOfKillingCountTheDead) {
  Doc lives = test::ExtractAt("A car bomb in Mogadishu on Monday claimed the lives of seven people, police said.", 2024, 3, 5);
  test::MaybeDump(lives);
  ASSERT_EQ(CountAcled(lives), 1u);
  ASSERT_TRUE(lives.events[0].fatalities);
  EXPECT_EQ(lives.events[0].fatalities->best, 7);
  EXPECT_EQ(lives.events[0].status, "reported");
  Doc neutralised = test::ExtractAt("Troops neutralised two gunmen near Peshawar on Sunday, officials said.", 2024, 3, 5);
  test::MaybeDump(neutralised);
  ASSERT_EQ(CountAcled(neutralised), 1u);
  ASSERT_TRUE(neutralised.events[0].fatalities);
  EXPECT_EQ(neutralised.events[0].fatalities->best, 2);
}

// A bomb that hits a force has it as actor 2: the named force after the
// trigger beats the generic noun of the wounded, and a source is no target.
TEST_F(EnglishEventsTest, ForceHitByBombIsActor2) {
  Doc doc = test::ExtractAt(
      "date 2023-03-02\nA roadside bomb hit a convoy of the Popular Mobilization Forces near Baiji on Wednesday, "
      "wounding two fighters.",
      2023, 3, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "roadside bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "irq.pmf");
}

// Who fired is told by the weapon's adjective ("Ukrainian artillery") or
// by whom a strike is blamed on; the blamed side is actor 1, not a target.
TEST_F(EnglishEventsTest, WeaponAdjectiveAndBlameNameActor1) {
  Doc doc = test::ExtractAt("date 2022-11-21\nUkrainian artillery shelled a fuel depot near Donetsk on Sunday, a local official said.",
                            2022, 11, 21);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "ukr.mil");
  Doc blamed = test::ExtractAt(
      "date 2022-11-21\nThe Syrian Democratic Forces said on Sunday that shelling villagers blamed on Turkish forces killed "
      "four civilians near Qamishli.",
      2022, 11, 21);
  test::MaybeDump(blamed);
  const Event* b = For(blamed, "shelling");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(test::ActorId(blamed, b->actor1), "tur.mil");
  EXPECT_NE(test::ActorId(blamed, b->actor2), "tur.mil");
}

// A non-violent transfer is coded with the side that takes the place over
// as actor 1 (events-dev conventions): "X handed over the base to Y" is Y's.
TEST_F(EnglishEventsTest, HandoverIsTheReceiversEvent) {
  Doc doc = test::ExtractAt(
      "date 2019-10-15\nThe Syrian Democratic Forces handed over positions near Manbij to Russian forces on Monday.",
      2019, 10, 15);
  test::MaybeDump(doc);
  const Event* e = For(doc, "handed over");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "rus.mil");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "syr.sdf");
}

// "Militants" in a report on a pro-government militia are its enemies:
// they are not renamed as the report's main (militia) actor.
TEST_F(EnglishEventsTest, MilitantsAreNotTheMilitiaTheyAttack) {
  Doc doc = test::ExtractAt(
      "date 2022-04-12\nMilitants attacked a post of the Popular Mobilization Forces near Baiji on Monday, the Popular "
      "Mobilization Forces said. The Popular Mobilization Forces sent reinforcements.",
      2022, 4, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "irq.pmf");
}

// A report on a pro-government militia that names one insurgency: the
// militants who attack the militia are that insurgency, the militia being
// their enemy and no rival candidate.
TEST_F(EnglishEventsTest, MilitantsBesideAProGovernmentMilitiaAreTheInsurgency) {
  Doc doc = test::ExtractAt(
      "date 2024-02-06\nMilitants attacked a checkpoint of the Volunteers for the Defence of the Homeland near Titao on "
      "Sunday, killing six volunteers. The Volunteers for the Defence of the Homeland said reinforcements arrived. "
      "JNIM is active in the area.",
      2024, 2, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mli.jnim");
}

// Militants struck from the air in a report on one insurgency are that
// insurgency, though the strike's target is found late in the pipeline.
TEST_F(EnglishEventsTest, MilitantsStruckFromTheAirAreTheInsurgency) {
  Doc doc = test::ExtractAt(
      "date 2023-09-12\nBoko Haram fighters raided a village near Bama on Sunday. Nigerian jets then struck camps in "
      "the Sambisa forest, killing several militants, the air force said on Monday.",
      2023, 9, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "nga.boko_haram");
}

// Two insurgencies named: "militants" could be either, and stay generic.
TEST_F(EnglishEventsTest, MilitantsBetweenTwoInsurgenciesStayGeneric) {
  Doc doc = test::ExtractAt(
      "date 2024-02-06\nMilitants attacked a checkpoint of the Volunteers for the Defence of the Homeland near Titao on "
      "Sunday. Both JNIM and the Islamic State Sahel Province operate in the area.",
      2024, 2, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.militants");
}

// The other side of a battle no event names is the enemy group the report
// names, not the generic noun it repeats ("militants").
TEST_F(EnglishEventsTest, LikelyOpponentIsTheNamedGroup) {
  Doc doc = test::ExtractAt(
      "date 2019-08-21\nSyrian government forces seized full control of the town of Kafr Nabl on Tuesday. Militants had "
      "held it for years, and militants fled north. Hayat Tahrir al-Sham controls most of Idlib.",
      2019, 8, 21);
  test::MaybeDump(doc);
  const Event* e = For(doc, "seized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "syr.hts");
}

// "leaving N X dead and M Y wounded": each participle takes the count told
// before it, not the one after it.
TEST_F(EnglishEventsTest, PostposedDeadAndWoundedTakeTheirOwnCounts) {
  Doc doc = test::ExtractAt(
      "date 2023-03-08\nPolice exchanged fire with bandits in a market of Kano on Tuesday, leaving four armed robbers "
      "dead and three officers wounded, a police spokesman said.",
      2023, 3, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "exchanged fire");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 4);
  ASSERT_TRUE(e->injuries.has_value());
  EXPECT_EQ(e->injuries->best.value_or(-1), 3);
}

// Victims joined by "and" after the count are counted with it.
TEST_F(EnglishEventsTest, CoordinatedVictimsAddUp) {
  Doc doc = test::ExtractAt(
      "date 2021-06-02\nA roadside bomb struck a patrol near Gao on Tuesday, killing three soldiers and two "
      "interpreters, the army said.",
      2021, 6, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->low.value_or(-1), 5);
  EXPECT_EQ(e.fatalities->best.value_or(-1), 5);
}

// A group's claim of "the attack" is about the attack told before; its own
// larger figure raises that event's high bound instead of making a second
// event.
TEST_F(EnglishEventsTest, ClaimedAttackIsTheEarlierOne) {
  Doc doc = test::ExtractAt(
      "date 2020-10-21\nGunmen ambushed an army convoy near Djibo on Monday, killing 12 soldiers, officials said.\n"
      "Islamic State West Africa Province claimed the attack on Tuesday, saying its fighters had killed 40 soldiers.",
      2020, 10, 21);
  test::MaybeDump(doc);
  size_t violent = 0;
  for (const Event& e : doc.events) violent += e.acled_event_type == "Battles";
  EXPECT_EQ(violent, 1u);
  const Event* e = For(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 12);
  EXPECT_EQ(e->fatalities->high.value_or(-1), 40);
}

// "nobody was hurt" says the event before had no casualties.
TEST_F(EnglishEventsTest, NobodyHurtIsAZeroToll) {
  Doc doc = test::ExtractAt(
      "date 2022-02-10\nA grenade was thrown at a police station in Bannu on Wednesday night; nobody was hurt, police said.",
      2022, 2, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best.value_or(-1), 0);
}

// "between 12 and 15 people": the low and high of the toll, no best.
TEST_F(EnglishEventsTest, RangeOfDeadIsLowAndHigh) {
  Doc doc = test::ExtractAt(
      "date 2019-04-03\nGunmen attacked a village near Mopti on Tuesday, killing between 12 and 15 people, local "
      "officials said.",
      2019, 4, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  EXPECT_EQ(test::Figures(e.fatalities), "12/-/15");
}

// "no casualties were reported" after an interception is said of the attack
// whose rockets were stopped; the interception itself has no toll.
TEST_F(EnglishEventsTest, ZeroTollGoesToTheAttackNotItsInterception) {
  Doc doc = test::ExtractAt(
      "date 2024-03-05\nHezbollah fired a barrage of rockets at Metula on Monday evening.\nMost of the rockets were "
      "intercepted by air defences, and no casualties were reported.",
      2024, 3, 5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type == "Disrupted weapons use") { EXPECT_FALSE(e.fatalities.has_value()); }
    if (e.acled_event_type == "Explosions/Remote violence") {
      ASSERT_TRUE(e.fatalities.has_value());
      EXPECT_EQ(e.fatalities->best.value_or(-1), 0);
    }
  }
}

// "no injuries": the report tells of the injured only, so the dead stay
// untold — no toll of zero.
TEST_F(EnglishEventsTest, NoInjuriesLeavesTheDeadUntold) {
  Doc doc = test::ExtractAt(
      "date 2022-05-10\nA crowd of youths stormed the town hall of Kisumu on Tuesday, smashing its windows; the "
      "police said there were no injuries.",
      2022, 5, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value());
}

// "there were no casualties": the negation "there were no" and the cue "no
// casualties" share a word; both are read, and the toll is zero.
TEST_F(EnglishEventsTest, NoCasualtiesAfterThereWereNoIsAZeroToll) {
  Doc doc = test::ExtractAt(
      "date 2023-04-02\nA drone hit a grain silo in Odesa on Saturday night, officials said. There were no casualties.",
      2023, 4, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 0);
}

// "caused damage but no injuries" tells of the injured only: the dead are
// left untold, as English reports' coders leave them (a zero toll needs "no
// casualties", "no one was hurt"), while "no casualties" is still a zero.
TEST_F(EnglishEventsTest, DamageButNoInjuriesLeavesTheDeadUntold) {
  Doc doc = test::ExtractAt(
      "date 2023-04-02\nA bomb exploded outside a bank in Quetta on Saturday, causing damage but no injuries.", 2023,
      4, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(doc.events[0].fatalities.has_value());
  Doc none = test::ExtractAt(
      "date 2023-04-02\nA bomb exploded outside a bank in Quetta on Saturday, causing damage but no casualties.", 2023,
      4, 2);
  test::MaybeDump(none);
  ASSERT_FALSE(none.events.empty());
  ASSERT_TRUE(none.events[0].fatalities.has_value());
  EXPECT_EQ(none.events[0].fatalities->best.value_or(-1), 0);
}

// "seized five herders and shot them dead": the pronoun stands for the
// count told before it, and that count is the toll.
TEST_F(EnglishEventsTest, ThemAfterAKillingVerbTakesTheEarlierCount) {
  Doc doc = test::ExtractAt(
      "date 2021-07-08\nBandits seized five herders near Zurmi on Tuesday and shot them dead, villagers said.", 2021, 7,
      8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 5);
}

// "was publicly shot dead", "were summarily shot dead": an adverb between
// the auxiliary and a lethal verb leaves it passive, and its subject the dead.
TEST_F(EnglishEventsTest, AdverbInALethalPassiveKeepsItsSubjectTheDead) {
  Doc one = test::ExtractAt(
      "date 2021-07-08\nA village chief was publicly shot dead by gunmen in Kismayo on Tuesday, elders said.", 2021, 7,
      8);
  test::MaybeDump(one);
  const Event* e = For(one, "shot dead");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 1);
  Doc four = test::ExtractAt(
      "date 2021-07-08\nFour prisoners were summarily shot dead by guards in Kismayo on Tuesday, elders said.", 2021,
      7, 8);
  test::MaybeDump(four);
  e = For(four, "shot dead");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 4);
}

// "killed four people and wounded 12": "wounded" with its own count after it
// is a verb, so "four people" stays the dead's count, not the wounded's.
TEST_F(EnglishEventsTest, WoundedWithItsOwnCountLeavesTheDeadTheirs) {
  Doc doc = test::ExtractAt(
      "date 2023-04-02\nRussian missile strikes on a village near Sumy killed four people and wounded 12 on Saturday.",
      2023, 4, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 4);
  ASSERT_TRUE(doc.events[0].injuries.has_value());
  EXPECT_EQ(doc.events[0].injuries->best.value_or(-1), 12);
}

// "beat three suspected thieves to death": the outcome after the object
// makes the verb lethal, and its object the dead.
TEST_F(EnglishEventsTest, ToDeathAfterTheObjectCountsTheDead) {
  Doc doc = test::ExtractAt(
      "date 2021-11-16\nA mob beat three suspected thieves to death in a market in Kaduna on Monday, police said.",
      2021, 11, 16);
  test::MaybeDump(doc);
  const Event* e = For(doc, "beat");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 3);
}

// "beat to death a herder": the outcome right after the verb, before its
// object, makes the verb lethal and the object in the singular one dead.
TEST_F(EnglishEventsTest, ToDeathBeforeTheObjectCountsOneDead) {
  Doc doc = test::ExtractAt(
      "date 2022-03-09\nA crowd beat to death a herder suspected of stealing goats near Maiduguri on Tuesday.", 2022,
      3, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "beat");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 1);
}

// "villagers who had been beaten": the pluperfect of a relative clause is
// told against its main clause's past, not background to the news.
TEST_F(EnglishEventsTest, PluperfectInARelativeClauseIsNotBackground) {
  Doc doc = test::ExtractAt(
      "date 2024-07-11\nOn Wednesday, doctors at the hospital in Bunia treated nine villagers who had been beaten by "
      "militiamen in Djugu on Tuesday.",
      2024, 7, 11);
  test::MaybeDump(doc);
  const Event* e = For(doc, "beaten");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// What one side accuses the other of is no act told; "the accused" who were
// arrested are people, and their arrest is.
TEST_F(EnglishEventsTest, WhatASideIsAccusedOfIsNoEventTold) {
  Doc doc = test::ExtractAt("The two sides accused each other of shelling residential districts of Kadugli on Sunday.",
                            2024, 5, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "shelling"), nullptr);
  Doc arrests = test::ExtractAt("Police said 12 accused have been arrested in Kadugli since Sunday.", 2024, 5, 20);
  test::MaybeDump(arrests);
  EXPECT_NE(For(arrests, "arrested"), nullptr);
}

// "attack drones" names a kind of drone: shot down, they are the
// interception's weapons, no armed clash of their own.
TEST_F(EnglishEventsTest, AttackDronesAreAKindOfDrone) {
  Doc doc = test::ExtractAt(
      "Air defences shot down 15 of 17 attack drones over Kharkiv Oblast overnight, the air force said on Monday.", 2024,
      5, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Disrupted weapons use");
}

// A raid told with the arrests it made, and no violence, is the arrest.
TEST_F(EnglishEventsTest, ARaidThatDetainsPeopleIsTheArrest) {
  Doc doc = test::ExtractAt("Police rounded up a dozen people during a raid on a market in Mosul on Sunday, officials said.",
                            2024, 5, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Arrests");
}

// "claimed the attack on Sunday": the day is the claim's; the attack is the
// ambush told before, on its own day.
TEST_F(EnglishEventsTest, TheDayOfAClaimIsNotTheDayOfTheAct) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed a police convoy near Kidal on Saturday, killing six officers, a local official said. The Group "
      "for the Support of Islam and Muslims claimed the attack on Sunday.",
      2024, 5, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_GE(doc.events[0].date, 0);
  EXPECT_EQ(doc.dates[doc.events[0].date].value, "2024-05-18");
}

TEST_F(EnglishEventsTest, SettlersAttackingAVillageAttackCivilians) {
  Doc doc = test::ExtractAt("Dozens of settlers attacked the village of Sinjil near Ramallah on Sunday night, residents said.",
                            2024, 5, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Violence against civilians");
}

// The people a shelling kills are civilians unless the report says they
// fought; shops looted are civilian property.
TEST_F(EnglishEventsTest, UnnamedVictimsOfShellingAndLootingAreCivilians) {
  Doc doc = test::ExtractAt(
      "date 2024-05-02\nKHARKIV, May 2 (Wire) - Artillery shelled a suburb of Kharkiv on Wednesday, killing an "
      "elderly woman, officials said.",
      2024, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
  Doc loot = test::ExtractAt(
      "date 2024-05-02\nKANO, May 2 (Wire) - Gunmen looted shops in a village near Kano on Wednesday, residents said.",
      2024, 5, 2);
  test::MaybeDump(loot);
  const Event* l = For(loot, "looted");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(test::ActorId(loot, l->actor2), "gen.civilians");
}

// In a report about one rebel group, "militants" are that group, but
// "gunmen" who raid a village are attackers nobody named: unidentified.
TEST_F(EnglishEventsTest, UnnamedGunmenStayUnidentified) {
  Doc doc = test::ExtractAt(
      "date 2024-07-10\nGOMA, July 10 (Wire) - M23 rebels seized the town of Kanyabayonga on Monday, the army said. "
      "On Tuesday gunmen looted shops in a village near Rutshuru, residents said.",
      2024, 7, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "looted");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(test::ActorId(doc, e->actor1).starts_with("gen.unidentified"));
}

// A group at home in one country that fights in another, with no army
// named, fights the army of the country where the fighting is.
TEST_F(EnglishEventsTest, CrossBorderGroupFightsTheArmyOfThePlace) {
  Doc doc = test::ExtractAt(
      "date 2025-05-12\nOUAGADOUGOU, May 12 (Wire) - JNIM fighters seized a military base in Djibo on Sunday after "
      "hours of fighting, local sources said.",
      2025, 5, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "seized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "bfa.mil");
}

// Civilians never commit violence against civilians in ACLED's coding:
// villagers who beat a man to death together are a mob, coded rioters.
TEST_F(EnglishEventsTest, VillagersWhoBeatAManToDeathAreAMob) {
  Doc doc = test::ExtractAt(
      "date 2024-06-03\nJOS, June 3 (Wire) - Villagers beat a suspected cattle thief to death near Jos on Sunday, "
      "police said.",
      2024, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "beat");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Mob violence");
  EXPECT_EQ(e->actor1.identity.id, "gen.rioters");
}

// Angry youths are a mob, and "stoned ... to death" is their attack.
TEST_F(EnglishEventsTest, AngryYouthsStoningAManAreAMob) {
  Doc doc = test::ExtractAt(
      "date 2024-06-03\nKANO, June 3 (Wire) - Angry youths stoned a trader to death in a market in Kano on Sunday, "
      "witnesses said.",
      2024, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "stoned");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Mob violence");
}

// Missiles fired by a drone or a jet make an air/drone strike (ACLED: the
// aircraft decides), whatever number stands between verb and weapon.
TEST_F(EnglishEventsTest, MissilesFiredByADroneAreAnAirStrike) {
  Doc doc = test::ExtractAt(
      "date 2024-06-03\nTYRE, June 3 (Wire) - An Israeli drone fired three missiles at a motorcycle near Tyre on "
      "Sunday, killing its rider, the agency said.",
      2024, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "fired");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
}

// Looters who ransack a warehouse are looting, not demonstrating.
TEST_F(EnglishEventsTest, LootersRansackingAreLooting) {
  Doc doc = test::ExtractAt(
      "date 2024-06-03\nGOMA, June 3 (Wire) - Looters ransacked a food warehouse in Goma on Sunday, the agency said.",
      2024, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ransacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Looting/property destruction");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.rioters");
}

// "Blew up" with no object is the explosion itself; with one, the
// demolition of what it names.
TEST_F(EnglishEventsTest, BlewUpWithoutAnObjectIsAnExplosion) {
  Doc doc = test::ExtractAt(
      "date 2024-06-03\nPESHAWAR, June 3 (Wire) - A car laden with explosives blew up outside a market in Peshawar on "
      "Sunday, wounding nine people, police said.",
      2024, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "blew up");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Remote explosive/landmine/IED");
  Doc demolition = test::ExtractAt(
      "date 2024-06-03\nJENIN, June 3 (Wire) - Soldiers blew up two houses in a village near Jenin on Sunday, residents "
      "said.",
      2024, 6, 3);
  test::MaybeDump(demolition);
  const Event* d = For(demolition, "blew up");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->acled_sub_event_type, "Looting/property destruction");
}

// ACLED codes roads blocked with barricades or burning tyres as a violent
// demonstration (Riots), not a peaceful protest.
TEST_F(EnglishEventsTest, RoadblocksOfProtestersAreAViolentDemonstration) {
  Doc doc = test::ExtractAt(
      "date 2023-05-10\nAngry residents blocked roads with burning tyres in Port Harcourt on Tuesday to protest against "
      "fuel shortages.",
      2023, 5, 10);
  test::MaybeDump(doc);
  bool riot = false;
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_sub_event_type, "Peaceful protest");
    riot |= e.acled_sub_event_type == "Violent demonstration";
  }
  EXPECT_TRUE(riot);
}

// "a strike in the occupied West Bank … near the town of Tubas": the
// preposition's object is a region; the town of it the sentence names is
// where the event is coded.
TEST_F(EnglishEventsTest, TownInsideTheRegionOfThePrepositionWins) {
  Doc doc = test::ExtractAt(
      "date 2024-03-05\nRAMALLAH - Israeli aircraft carried out an air strike in the occupied West Bank on Tuesday, "
      "killing two men near the town of Tubas, medics said.",
      2024, 3, 5);
  test::MaybeDump(doc);
  const PlaceMention* place = test::PlaceOf(doc, For(doc, "air strike"));
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->location.name, "Tubas");
}

// "In North Darfur, …" fronts a province, which sets no town: the town the
// sentence names still places the event (and keeps its toll).
TEST_F(EnglishEventsTest, FrontedProvinceLeavesTheTownToTheSentence) {
  Doc doc = test::ExtractAt(
      "date 2024-07-02\nIn North Darfur, fighters shelled a market in El Fasher on Monday, killing four people, medics "
      "said.",
      2024, 7, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "El Fasher");
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 4);
}

// "rockets fired from X": X is the launch site; the shelling is not coded
// there.
TEST_F(EnglishEventsTest, LaunchSiteIsNotTheEventsPlace) {
  Doc doc = test::ExtractAt(
      "date 2024-03-12\nTYRE, Lebanon - Israeli jets struck a house in the village of Khiam on Monday, killing two "
      "people, the agency said. Hezbollah said its fighters shelled an Israeli position with rockets fired from Bint "
      "Jbeil.",
      2024, 3, 12);
  test::MaybeDump(doc);
  const PlaceMention* place = test::PlaceOf(doc, For(doc, "shelled"));
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(std::string(doc.OriginalText(place->span)).find("Bint"), std::string::npos);
}

// "a visitor from Lahore" tells where a person comes from: a later
// sentence that names no place stays with the town of the event.
TEST_F(EnglishEventsTest, APersonsHomeTownIsNoFallbackPlace) {
  Doc doc = test::ExtractAt(
      "date 2024-06-22\nQUETTA - A mob beat a man outside a police station in Sibi on Friday evening; the victim, a "
      "visitor from Lahore, was badly hurt.\nPolice said 12 people have been arrested so far.",
      2024, 6, 22);
  test::MaybeDump(doc);
  const PlaceMention* place = test::PlaceOf(doc, For(doc, "been arrested"));
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->location.name, "Sibi");
}

// "fired rockets at the city, striking a school", "The shells ... struck
// a market": a strike verb after the weapon told says what the weapon
// hit, the same attack, not an air strike of its own.
TEST_F(EnglishEventsTest, StrikingWhatTheShellsHitIsTheShelling) {
  Doc doc = test::ExtractAt(
      "date 2025-02-04\nODESA - Russian forces fired artillery shells at Kherson on Monday, striking a bakery and "
      "wounding four people, the regional governor said.\nThe shells, fired from across the river, struck the central "
      "market in the morning, he added.",
      2025, 2, 4);
  test::MaybeDump(doc);
  size_t remote = 0;
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_sub_event_type, "Air/drone strike") << doc.OriginalText(doc.triggers[e.trigger].span);
    remote += e.acled_event_type == "Explosions/Remote violence";
  }
  EXPECT_EQ(remote, 1u);
}

// "We heard shooting, then blasts near the market": a witness's account
// of the attack of the lead, not a second attack.
TEST_F(EnglishEventsTest, WhatAWitnessHeardIsTheAttackToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2024-11-05\nNIAMEY - Gunmen attacked an army post in Tillaberi on Monday, killing six soldiers, the defence "
      "ministry said.\n\"We heard shooting at dawn, then loud explosions near the post,\" a resident said.",
      2024, 11, 5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    EXPECT_NE(e.acled_event_type, "Explosions/Remote violence") << doc.OriginalText(doc.triggers[e.trigger].span);
}

// A city named in a quoted phrase of praise is a figure of speech: the next
// sentence's shelling, of hamlets it does not name, is not placed there.
TEST_F(EnglishEventsTest, PlaceInAQuotedPhraseIsNoFallbackPlace) {
  Doc doc = test::ExtractAt(
      "date 2024-05-14\nTYRE, Lebanon - A drone struck a van near Tyre on Monday night, killing two men whom the "
      "movement hailed as \"heroes on the path to Haifa,\" the state news agency said.\nArtillery also shelled "
      "the edges of two border hamlets during the day, the agency said.",
      2024, 5, 14);
  test::MaybeDump(doc);
  bool shelling = false;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Shelling/artillery/missile attack") continue;
    shelling = true;
    ASSERT_GE(e.place, 0);
    EXPECT_NE(doc.places[e.place].location.name, "Haifa") << doc.OriginalText(doc.triggers[e.trigger].span);
  }
  EXPECT_TRUE(shelling);
}

// A count in digits between the verb and its object noun does not hide the
// object: the crowd shot at is protesters, so the shooting is force
// against protesters, not an attack on civilians.
TEST_F(EnglishEventsTest, DigitCountBeforeTheObjectKeepsTheObject) {
  Doc doc = test::ExtractAt(
      "date 2024-02-09\nDHAKA - Police shot dead at least 14 protesters in the river port of Narayanganj on "
      "Thursday, doctors said.",
      2024, 2, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Excessive force against protesters");
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 14);
}

// Protesters are unarmed: killing them is no armed clash.
TEST_F(EnglishEventsTest, NoBattleIsFoughtWithProtesters) {
  Doc doc = test::ExtractAt(
      "date 2024-02-09\nDHAKA - Riot police killed three protesters in Narayanganj on Thursday, doctors said.", 2024,
      2, 9);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Battles") << doc.OriginalText(doc.triggers[e.trigger].span);
}

// ACLED names students, journalists or aid workers who are harmed
// Civilians; the group is only its associated actor.
TEST_F(EnglishEventsTest, UnarmedGroupsAreCodedCivilians) {
  Doc doc = test::ExtractAt(
      "date 2024-06-03\nMAIDUGURI - Gunmen abducted 20 students from a school in Kankara on Sunday, police said.",
      2024, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  EXPECT_EQ(e.actor2.identity.id, "gen.civilians");
}

// "A farmer was killed": a passive toll in the singular counts one dead;
// "no one was killed" counts none.
TEST_F(EnglishEventsTest, SingularPassiveTollCountsOne) {
  Doc doc = test::ExtractAt(
      "date 2024-07-16\nGAO - Militants attacked a market in Ansongo on Monday. A trader was killed, residents said.",
      2024, 7, 16);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 1);
  Doc none = test::ExtractAt(
      "date 2024-07-16\nGAO - Militants attacked a market in Ansongo on Monday. No one was killed, residents said.",
      2024, 7, 16);
  test::MaybeDump(none);
  const Event* n = For(none, "attacked");
  ASSERT_NE(n, nullptr);
  if (n->fatalities) {
    EXPECT_EQ(n->fatalities->best, 0);
  }
}

// Tear-gas shells are fired to disperse a crowd: no shelling, whether the
// gapped "fired ... shells" could reach over them or not.
TEST_F(EnglishEventsTest, TearGasShellsAreNoShelling) {
  Doc doc = test::ExtractAt(
      "date 2024-09-03\nGUWAHATI - Police fired tear-gas shells at students marching on the secretariat in Imphal "
      "on Monday, officials said.",
      2024, 9, 3);
  test::MaybeDump(doc);
  bool intervention = false;
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_sub_event_type, "Shelling/artillery/missile attack") << doc.OriginalText(doc.triggers[e.trigger].span);
    intervention |= e.acled_event_type == "Protests";
  }
  EXPECT_TRUE(intervention);
}

// "shot dead a farmer": a verb that kills counts its singular object as one
// dead, and each singular victim joined to it by a comma or "and".
TEST_F(EnglishEventsTest, LethalVerbCountsItsSingularObjects) {
  Doc one = test::ExtractAt(
      "date 2024-04-09\nKABUL - Gunmen shot dead a teacher in Kandahar on Monday, police said.", 2024, 4, 9);
  test::MaybeDump(one);
  const Event* e = For(one, "shot dead");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 1);
  Doc three = test::ExtractAt(
      "date 2024-04-09\nKABUL - Gunmen shot dead a farmer, his brother and their neighbour in Kandahar on Monday, "
      "police said.",
      2024, 4, 9);
  test::MaybeDump(three);
  const Event* f = For(three, "shot dead");
  ASSERT_NE(f, nullptr);
  ASSERT_TRUE(f->fatalities.has_value());
  EXPECT_EQ(f->fatalities->best, 3);
}

// "was reportedly shot dead by X": an adverb between the auxiliary and the
// participle leaves the verb passive, and its by-phrase is the doer.
TEST_F(EnglishEventsTest, PassiveByPhraseIsTheDoer) {
  Doc doc = test::ExtractAt(
      "date 2024-04-09\nMOGADISHU - A trader accused of working for the army was reportedly shot dead by al-Shabaab "
      "fighters in Jowhar on Monday, his cousin said.",
      2024, 4, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_NE(test::ActorId(doc, e->actor2), "som.shabaab");
  EXPECT_NE(test::ActorId(doc, e->actor2), "som.sna");
}

// "accused of spying for the army": the army after the preposition is not
// the one accused, so it does not become the doer of the deed that follows.
TEST_F(EnglishEventsTest, AccusationObjectIsRightAfterTheVerb) {
  Doc doc = test::ExtractAt(
      "date 2024-04-09\nMOGADISHU - A trader accused of working for the army was shot dead by al-Shabaab fighters "
      "in Jowhar on Monday, his cousin said.",
      2024, 4, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
}

// A toll word told in the passive with its doer in a by-phrase is an event
// of its own, like one with its doer as subject; with no armed party as its
// subject, a person was attacked.
TEST_F(EnglishEventsTest, PassiveTollWithByPhraseIsAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2024-04-09\nKABUL - A nurse was shot dead by gunmen in Kunduz on Monday, officials said.", 2024, 4, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  EXPECT_FALSE(doc.events[0].actor1.implicit);
}

// "The deaths came hours after protesters in X stormed ...": a noun after a
// toll word but across "after" is the subject of its own clause, not a
// victim, and a crowd that storms a building riots.
TEST_F(EnglishEventsTest, NoVictimAcrossASubordinator) {
  Doc doc = test::ExtractAt(
      "date 2024-02-09\nBAGHDAD - The deaths came hours after protesters in Karbala stormed a government office on "
      "Thursday, officials said.",
      2024, 2, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "stormed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Riots");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.rioters");
}

// "Air defences" names a weapon, not an interception: struck as a target
// ("strikes on air defence sites") they intercept nothing; when they do,
// the verb ("downed", "shot down") tells it.
TEST_F(EnglishEventsTest, AirDefencesAloneInterceptNothing) {
  Doc doc = test::ExtractAt(
      "date 2024-12-10\nBEIRUT - Israeli warplanes struck air defence sites near Homs overnight, a war monitor said.",
      2024, 12, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Disrupted weapons use");
  Doc downed = test::ExtractAt(
      "date 2024-12-10\nKYIV - Air defences shot down 12 drones over Kharkiv overnight, the air force said.", 2024, 12, 10);
  test::MaybeDump(downed);
  const Event* e = For(downed, "shot down");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Disrupted weapons use");
}

// "release" and "freed" are no events of their own: a report or a gas is
// released, a release is demanded, inmates freed in a raid belong to it.
TEST_F(EnglishEventsTest, ReleaseIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2024-05-08\nNAIROBI - A rights group said in a report released on Tuesday that gunmen had demanded a "
      "large sum for the release of nine traders held near Garissa.",
      2024, 5, 8);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Other") << doc.OriginalText(doc.triggers[e.trigger].span);
}

// "offensive" names a campaign of many events, not one ACLED event: the
// report's own clashes and strikes carry the days and places.
TEST_F(EnglishEventsTest, OffensiveIsACampaignNotAnEvent) {
  Doc doc = test::ExtractAt(
      "date 2024-06-12\nKHARTOUM - The army's offensive around the capital has strained relief convoys for weeks, "
      "aid agencies said on Tuesday.",
      2024, 6, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 0u);
}

// "Several shops were looted": an English passive that leaves the doer of
// violence unnamed does not know it; the report's main actor is not meant.
TEST_F(EnglishEventsTest, UnnamedDoerOfAPassiveIsUnidentified) {
  Doc doc = test::ExtractAt(
      "date 2024-06-12\nGOMA - M23 rebels shelled the outskirts of Sake on Monday, and on Tuesday several shops in "
      "Goma were looted, residents said.",
      2024, 6, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "looted");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

// A drone that drops a charge, or carries one, strikes from the air.
TEST_F(EnglishEventsTest, DronesDroppingChargesAreAirStrikes) {
  Doc doc = test::ExtractAt(
      "date 2024-07-02\nBOGOTA - Rebels used drones to drop explosives on a police post in Cauca on Monday, "
      "officials said.",
      2024, 7, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "drones to drop");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
  Doc carried = test::ExtractAt(
      "date 2024-07-02\nBOGOTA - Police used explosive drones against a rebel camp in Cauca on Monday, officials said.",
      2024, 7, 2);
  test::MaybeDump(carried);
  bool strike = false;
  for (const Event& f : carried.events) strike |= f.acled_sub_event_type == "Air/drone strike";
  EXPECT_TRUE(strike);
}

// A sentence that names no place goes on at the town the report has
// already named, not at the place the next sentence turns to.
TEST_F(EnglishEventsTest, PlacelessSentenceKeepsTheTownNamedBefore) {
  Doc doc = test::ExtractAt(
      "date 2024-05-14\nBEIRUT - Israeli jets struck a house in Tyre on Monday, killing two people, officials said.\n"
      "Rescuers searched the rubble for hours.\n"
      "Gunmen later shot dead a farmer overnight.\n"
      "Separately, the army shelled farmland near Khiam on Tuesday.",
      2024, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tyre");
}

// "Officials in X said that …": X is where the statement came from, not
// where the event it reports happened.
TEST_F(EnglishEventsTest, PlaceOfTheStatementIsNotThePlaceOfItsEvent) {
  Doc doc = test::ExtractAt(
      "date 2024-05-14\nOfficials in Kabul said on Monday that a roadside bomb killed three soldiers near Kandahar.", 2024,
      5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "roadside bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kandahar");
}

// English may leave the complementizer out: "doctors in X told reporters
// gunmen …" still puts X in the speaker's phrase, not at the event.
TEST_F(EnglishEventsTest, SpeakersPlaceWithoutThatIsNotTheEventsPlace) {
  Doc doc = test::ExtractAt(
      "date 2024-05-14\nDoctors in Quetta said gunmen had attacked a bus near the town of Turbat on Tuesday.", 2024, 5,
      14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Turbat");
}

// "the capital" after the event word of a sentence that names its town
// says what the event is about; the town stays the scene.
TEST_F(EnglishEventsTest, CapitalAfterTheEventWordDoesNotMoveIt) {
  Doc doc = test::ExtractAt(
      "date 2024-05-04\nBAGHDAD, May 4 - Thousands of people protested in Basra's main square on Friday to demand that "
      "the militias leave the capital.",
      2024, 5, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "protested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Basrah");
}

// Mediators are named by where they come from: "elders from X and Y" puts
// neither X nor Y at the truce; the sentence goes on at the town before.
TEST_F(EnglishEventsTest, MediatorsHomeTownsAreNotTheScene) {
  Doc doc = test::ExtractAt(
      "date 2024-05-04\nClashes between two militias erupted in Timbuktu on Thursday. The fighting stopped on Friday "
      "after a ceasefire brokered by elders from Gao and Kidal.",
      2024, 5, 4);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(PlaceName(doc, e), "Kidal");
  for (const Event& e : doc.events) EXPECT_NE(PlaceName(doc, e), "Gao");
  const Event* e = For(doc, "ceasefire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Timbuktu");
}

// Only states fly warplanes: a drone strike told with no doer is the
// military the report names (a named force over the police), else the
// army of the country struck; a second strike is the first one's doer.
TEST_F(EnglishEventsTest, UnnamedAirStrikeIsTheReportsAirPower) {
  Doc doc = test::ExtractAt(
      "date 2024-02-06\nADDIS ABABA - A drone strike on a market in Bahir Dar killed 12 people on Monday, a nurse "
      "said. The Ethiopian army has fought Fano militiamen across the region since last year, and police "
      "closed the roads.",
      2024, 2, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "eth.mil");
  Doc second = test::ExtractAt(
      "date 2024-02-06\nKABUL - Pakistani jets bombed a village in Khost on Monday, residents said. A second air "
      "strike hit a nearby school on Tuesday, killing four children, a teacher said.",
      2024, 2, 6);
  test::MaybeDump(second);
  const Event* f = For(second, "air strike");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->actor1.identity.id, "pak.mil");
}

// "Fighters" in a report whose one named armed group is an identity militia
// fighting the state (Fano) are its fighters, as for a rebel group.
TEST_F(EnglishEventsTest, GenericFightersOfTheOneNamedMilitia) {
  Doc doc = test::ExtractAt(
      "date 2024-02-08\nADDIS ABABA - Fighters seized the town of Debre Tabor on Tuesday, residents said. The Fano "
      "militia has battled federal troops in Amhara for months, and Fano commanders said the militia would hold the "
      "town.",
      2024, 2, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "seized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "eth.fano");
}

// ACLED codes no dead on a strategic development: the bodies in a grave
// found, or a toll told beside a looting, are no toll of that event.
TEST_F(EnglishEventsTest, StrategicDevelopmentsCountNoDead) {
  Doc doc = test::ExtractAt(
      "date 2024-05-14\nMAPUTO - Villagers found a mass grave with eleven bodies near Macomia on Sunday, a local "
      "official said.",
      2024, 5, 14);
  test::MaybeDump(doc);
  const Event* grave = For(doc, "mass grave");
  ASSERT_NE(grave, nullptr);
  EXPECT_EQ(grave->acled_event_type, "Strategic developments");
  EXPECT_EQ(test::Figures(grave->fatalities), "none");
}

// A jailbreak (inmates escaped from a prison, broke out of a jail) is a
// strategic development; a bare "escaped" (escaped unhurt) is none.
TEST_F(EnglishEventsTest, InmatesEscapingAPrisonIsAJailbreak) {
  Doc doc = test::ExtractAt(
      "date 2024-06-10\nAbout forty inmates escaped from the central prison in Kaduna on Sunday night, prison "
      "officials said.",
      2024, 6, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "escaped");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Strategic developments");
  EXPECT_EQ(e->acled_sub_event_type, "Other");
  Doc noun = test::ExtractAt("date 2024-06-10\nA jailbreak in Kaduna on Sunday freed dozens of inmates, officials said.",
                             2024, 6, 10);
  test::MaybeDump(noun);
  EXPECT_NE(For(noun, "jailbreak"), nullptr);
  Doc unhurt = test::ExtractAt(
      "date 2024-06-10\nThe driver escaped unhurt when his car overturned near Kaduna on Sunday, officials said.", 2024,
      6, 10);
  test::MaybeDump(unhurt);
  EXPECT_EQ(test::CountSub(unhurt, "Other"), 0u);
}

// "killing 12 people and displacing about 3,000": a count after "and" and
// another verb counts the displaced, not more dead.
TEST_F(EnglishEventsTest, CountOfAnotherDeedIsNoMoreDead) {
  Doc doc = test::ExtractAt(
      "date 2024-04-03\nKHARTOUM - Gunmen attacked the village of Kutum on Tuesday, killing 12 people and displacing "
      "about 3,000 residents, officials said.",
      2024, 4, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "12/12/12");
}

// "Several dozen" is dozens: 20 to 99, no best figure.
TEST_F(EnglishEventsTest, SeveralDozenDeadAreDozens) {
  Doc doc = test::ExtractAt(
      "date 2024-04-03\nBAMAKO - Gunmen attacked an army post near Gao on Tuesday, killing several dozen soldiers, "
      "a security source said.",
      2024, 4, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "20/-/99");
}

// "A village chief and three of his guards were shot dead": the chief is
// dead too, four in all.
TEST_F(EnglishEventsTest, NamedVictimAndCountAddUp) {
  Doc doc = test::ExtractAt(
      "date 2024-04-03\nBAMAKO - A village chief and three of his guards were shot dead in an ambush near Gao on "
      "Monday, residents said.",
      2024, 4, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ambush");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "4/4/4");
}

// "killing three patients and a doctor": a victim in the singular joined by
// "and" to the count is one more dead.
TEST_F(EnglishEventsTest, SingularVictimJoinedToTheCountAddsOne) {
  Doc doc = test::ExtractAt(
      "date 2024-04-03\nKHARTOUM - Militia gunners shelled a clinic in Kutum on Monday, killing three patients and a "
      "doctor, medics said.",
      2024, 4, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "4/4/4");
}

// "eight of those killed were fighters" names part of a toll told before:
// no second toll of its own.
TEST_F(EnglishEventsTest, CountOfThoseKilledIsPartOfTheToll) {
  Doc doc = test::ExtractAt(
      "date 2024-04-03\nGAZA - Warplanes struck a school in Khan Younis on Tuesday, killing at least 30 people, "
      "medics said. The army said its jets had carried out a precise strike on fighters inside the school, and that "
      "eight of those killed were militants.",
      2024, 4, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_NE(test::Figures(e.fatalities), "8/8/8");
}

// Actors of South Sudan, Cameroon and Manipur are registered: a named
// movement keeps its ACLED name, and "the army" of a country without an
// umbrella name is coded as that country's military.
TEST_F(EnglishEventsTest, RegisteredActorsOfSouthSudanCameroonAndIndia) {
  Doc doc = test::ExtractAt(
      "date 2025-02-11\nJUBA (Wire) - Fighters of the SPLA-IO attacked an army base in Nasir on Monday, "
      "a local official said.",
      2025, 2, 11);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("attacked"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "ssd.splm_io");
  Doc cmr = test::ExtractAt(
      "date 2024-06-03\nBAMENDA, Cameroon (Wire) - Ambazonian separatists ambushed soldiers near Bamenda on "
      "Sunday, killing three of them, the army said.",
      2024, 6, 3);
  test::MaybeDump(cmr);
  const Event* a = test::EventFor(cmr, NormalizeKey("ambushed"));
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(cmr, a->actor1), "cmr.ambazonia");
  EXPECT_EQ(a->actor2.identity.id, "cmr.mil");
  Doc ind = test::ExtractAt(
      "date 2024-09-02\nIMPHAL (Wire) - Suspected Kuki militants attacked a village in Imphal West district on "
      "Sunday, killing two residents, police said.",
      2024, 9, 2);
  test::MaybeDump(ind);
  ASSERT_FALSE(ind.events.empty());
  EXPECT_EQ(test::ActorId(ind, ind.events[0].actor1), "ind.kuki");
}

// Any verb told to its lethal end kills its one victim in the singular ("beat
// a 40-year-old driver to death"); without the outcome it kills no one.
TEST_F(EnglishEventsTest, BeatenToDeathSingularVictimIsOneDead) {
  Doc doc = test::ExtractAt(
      "date 2024-04-02\nKANO (Wire) - A mob beat a 40-year-old driver to death near the central market on Monday, "
      "police said.",
      2024, 4, 2);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("beat"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "1/1/1");
  Doc alive = test::ExtractAt(
      "date 2024-04-02\nKANO (Wire) - Soldiers beat a driver near the central market on Monday, witnesses said.",
      2024, 4, 2);
  test::MaybeDump(alive);
  for (const Event& x : alive.events) EXPECT_FALSE(x.fatalities.has_value());
}

// "X said its fighters …": the speaker's own forces are the doer.
TEST_F(EnglishEventsTest, ItsFightersAfterTheSpeakerAreTheSpeakers) {
  Doc doc = test::ExtractAt(
      "date 2024-02-12\nBAMAKO (Wire) - The Coordination of Azawad Movements said its fighters had clashed with "
      "the army near Anefis on Sunday.",
      2024, 2, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("clashed"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mli.cma");
}

// "between 7 and 11 soldiers killed": the count nearest the toll word is the
// second of a range, and the toll is the range.
TEST_F(EnglishEventsTest, SecondCountOfARangeIsTheRange) {
  Doc doc = test::ExtractAt(
      "date 2024-05-30\nOUAGADOUGOU (Wire) - Gunmen ambushed a convoy near Djibo on Tuesday; security sources put the "
      "losses at between 7 and 11 soldiers killed.",
      2024, 5, 30);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("ambushed"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "7/-/11");
}

// Subjects joined by "and" before an English verb: the first is the doer
// ("soldiers and police detained"), and a verb of both sides takes the
// second as the other ("the army and the RSF clashed").
TEST_F(EnglishEventsTest, FirstOfJoinedSubjectsIsTheDoer) {
  Doc doc = test::ExtractAt(
      "date 2024-03-09\nKHARTOUM (Wire) - The army and the RSF clashed in Omdurman on Friday, residents said.",
      2024, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("clashed"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id.empty() ? test::ActorId(doc, e->actor1) : e->actor1.identity.id, "sdn.saf");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "sdn.rsf");
}

// Wire copy calls Yemen's recognised government "the Saudi-backed government".
TEST_F(EnglishEventsTest, SaudiBackedGovernmentIsYemens) {
  Doc doc = test::ExtractAt(
      "date 2024-04-02\nMUSCAT (Wire) - Yemen's Saudi-backed government and the Houthis agreed on Monday to swap "
      "prisoners, mediators said.",
      2024, 4, 2);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("agreed"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.gov");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "yem.houthis");
}

// "Rebel groups" are Syria's armed opposition only in Syria.
TEST_F(EnglishEventsTest, RebelGroupsOutsideSyriaAreNoSyrianOpposition) {
  Doc doc = test::ExtractAt(
      "date 2024-02-12\nBAMAKO (Wire) - Rebel groups attacked an army post near Kidal on Sunday, a local official "
      "said.",
      2024, 2, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("attacked"));
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "syr.opposition");
}

// The speaker before an apposition of common nouns ("X (…), an alliance of
// former rebel groups, said its fighters …") is the one whose fighters
// fought; "its fighters" after the verb is never the speaker itself.
TEST_F(EnglishEventsTest, SpeakerBeforeAnAppositionOwnsItsFighters) {
  Doc doc = test::ExtractAt(
      "date 2024-02-12\nBAMAKO (Wire) - The Coordination of Azawad Movements (CMA), an alliance of former rebel "
      "groups, said its fighters had clashed with the army near Anefis on Sunday.",
      2024, 2, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("clashed"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mli.cma");
}

// The part of a toll named after "including" and its count are victims: a
// bomb that killed soldiers among others struck the army.
TEST_F(EnglishEventsTest, VictimsNamedAfterIncludingAreTheTarget) {
  Doc doc = test::ExtractAt(
      "date 2024-05-30\nMOGADISHU (Wire) - A roadside bomb hit a minibus near Afgoye on Tuesday, killing six people, "
      "including three soldiers, police said.",
      2024, 5, 30);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("roadside bomb"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "som.sna");
}

// A force's adjective on its own positions names the force hit; on the
// weapon it names the striker.
TEST_F(EnglishEventsTest, AdjectiveOnPositionsIsTheTarget) {
  Doc doc = test::ExtractAt(
      "date 2024-07-08\nKYIV (Wire) - Russian artillery shelled Ukrainian positions near Vovchansk on Sunday, "
      "the general staff said.",
      2024, 7, 8);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("shelled"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "rus.mil");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "ukr.mil");
}

// "Russia's defence ministry" is the Russian Defence Ministry: the speaker
// whose air defences downed the drones.
TEST_F(EnglishEventsTest, CountryPossessiveDefenceMinistryIsTheMilitary) {
  Doc doc = test::ExtractAt(
      "date 2024-08-19\nMOSCOW (Wire) - Russia's defence ministry said its air defences had destroyed 11 drones "
      "over the Belgorod region on Sunday night.",
      2024, 8, 19);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("destroyed"));
  ASSERT_NE(e, nullptr);
  // "air defences" is read as the army (gen.army), coded as Russia's there.
  const std::string id = test::ActorId(doc, e->actor1);
  EXPECT_TRUE(id == "rus.mil" || (id == "gen.army" && e->actor1.identity.id == "rus.mil"))
      << id << " / " << e->actor1.identity.id;
}

// A truce that names one party or none, brokered by a third, is made by the
// two sides of the report's fighting; the broker is no party to it.
TEST_F(EnglishEventsTest, ATruceWithoutNamedPartiesIsBetweenTheFightingSides) {
  Doc doc = test::ExtractAt(
      "Gunmen of the 444 Brigade fought the Radaa force in Tripoli on Monday night. On Tuesday a ceasefire was "
      "agreed following mediation by the Souq al-Juma Social Council.",
      2024, 5, 8);
  test::MaybeDump(doc);
  const Event* truce = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Agreement") truce = &e;
  ASSERT_NE(truce, nullptr);
  const std::string a1 = test::ActorId(doc, truce->actor1), a2 = test::ActorId(doc, truce->actor2);
  EXPECT_NE(a1, "lby.souq_juma_council");
  EXPECT_NE(a2, "lby.souq_juma_council");
  EXPECT_TRUE((a1 == "lby.444" && a2 == "lby.rada") || (a1 == "lby.rada" && a2 == "lby.444")) << a1 << " / " << a2;
}

// A name in parentheses is no clause of its own: the toll after it is the
// toll of the fighting before it. A number in parentheses (an age) is none.
TEST_F(EnglishEventsTest, ATollReadsAcrossANameInParentheses) {
  Doc doc = test::ExtractAt(
      "The death toll from fighting in Tripoli between the 444 Brigade and the Special Deterrence Force (Radaa) "
      "has climbed to 31, medics said on Thursday.",
      2024, 5, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "fighting");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "31/31/31");
}

// A blast told with no doer takes the one its sentence says laid the mine.
TEST_F(EnglishEventsTest, TheLayerOfAMineIsTheBlastsActor) {
  Doc doc = test::ExtractAt(
      "Three farmers were killed by a landmine near Hays on Friday, a relative said, blaming mines laid by the "
      "Houthis.",
      2024, 5, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "landmine");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.houthis");
}

// Rockets a group says it fired across the border, which the army of the
// state they fell in also tells of, are not the group's word alone.
TEST_F(EnglishEventsTest, FireAcrossABorderToldByTheTargetStateIsReported) {
  Doc doc = test::ExtractAt(
      "Hezbollah said its fighters fired a barrage of rockets at the northern city of Safed on Sunday. The "
      "Israeli military said "
      "about 20 projectiles crossed from Lebanon and most were intercepted.",
      2024, 5, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "barrage");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
  Doc alone = test::ExtractAt(
      "Hezbollah said its fighters fired a barrage of rockets at the northern city of Safed on Sunday.", 2024, 5, 8);
  test::MaybeDump(alone);
  const Event* f = For(alone, "barrage");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->status, "claimed");
}

// The dead of a strike whom an armed group mourns as its own make that
// group the strike's target, not civilians.
TEST_F(EnglishEventsTest, DeadMournedByAGroupAreItsMembers) {
  Doc doc = test::ExtractAt(
      "An Israeli drone fired a missile at a motorcycle near Nabatieh on Friday, killing its two riders, whom "
      "Hezbollah later mourned as martyrs.",
      2024, 5, 8);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_event_type == "Explosions/Remote violence") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "lbn.hezbollah");
}

// "Without a shot being fired" says in itself that no fight was fought: the
// town taken in its sentence changed hands peacefully, and its "shot" is no
// shooting.
TEST_F(EnglishEventsTest, ATownTakenWithoutAShotChangedHandsPeacefully) {
  Doc doc = test::ExtractAt(
      "Al-Shabaab fighters took control of Bulo Burde on Tuesday without a shot being fired after government "
      "troops left the area, residents said.",
      2024, 3, 6);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_event_type, "Battles");
    EXPECT_NE(e.acled_sub_event_type, "Attack");
  }
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Non-violent transfer of territory");
}

// The named source of a report ("the UN said") is no doer of the deed its
// statement tells of unnamed gunmen.
TEST_F(EnglishEventsTest, TheSourceIsNotTheGunmenItTellsOf) {
  Doc doc = test::ExtractAt("The United Nations said gunmen attacked a displacement camp near Bunia on Monday.", 2025, 2,
                            12);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_NE(test::ActorId(doc, doc.events[0].actor1), "un.un");
  EXPECT_NE(doc.events[0].status, "claimed");
}

// "The ministry said Russian forces had fired ...": the source opens the
// clause, the group named after it is the doer; a group named after a verb
// of the source's own ("said it had detained X members in raids") is not.
TEST_F(EnglishEventsTest, TheDoerIsNamedAfterTheSourceThatTellsOfIt) {
  Doc doc = test::ExtractAt(
      "The Ukrainian defence ministry said Russian troops had used mortar shells against a checkpoint near Kupiansk on "
      "Tuesday.",
      2024, 6, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "rus.mil");
}

// A capture verb whose object is people took persons, not ground: an
// abduction by gunmen or rebels, an arrest by state forces; a town seized
// stays territory taken.
TEST_F(EnglishEventsTest, PeopleSeizedAreAbductedNotTerritoryTaken) {
  Doc doc = test::ExtractAt(
      "date 2025-02-06\nBOGOTA, Feb 6 (Wire) - Gunmen seized two farmers and a teacher near Tame on Wednesday, "
      "relatives said. Rebels seized the town of Saravena on Tuesday, officials said.",
      2025, 2, 6);
  test::MaybeDump(doc);
  ASSERT_GE(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Abduction/forced disappearance");
  EXPECT_EQ(doc.events[0].acled_event_type, "Violence against civilians");
  EXPECT_EQ(doc.events.back().acled_event_type, "Battles");
  Doc passive = test::ExtractAt(
      "date 2025-02-06\nNAIROBI, Feb 6 (Wire) - Four activists were seized by masked men in Nairobi on Monday, "
      "a rights group said.",
      2025, 2, 6);
  test::MaybeDump(passive);
  ASSERT_EQ(passive.events.size(), 1u);
  EXPECT_EQ(passive.events[0].acled_sub_event_type, "Abduction/forced disappearance");
  // Things seized are no capture at all.
  Doc goods = test::ExtractAt(
      "date 2025-02-06\nNAIROBI, Feb 6 (Wire) - Rifles and ammunition were seized in Garissa on Monday, police said.",
      2025, 2, 6);
  test::MaybeDump(goods);
  for (const Event& e : goods.events) EXPECT_NE(e.acled_event_type, "Battles");
}

// "a strike near X in Y": the "in" the event word's slot finds lies past
// the event's own place and only says where that place is; the town, not
// the country, is where the strike was — with or without a dateline.
TEST_F(EnglishEventsTest, InAfterANearPlaceLocatesThatPlace) {
  for (const char* text :
       {"date 2024-06-05\nA drone strike close to Taiz in Yemen killed four fishermen on Tuesday, medics said.",
        "date 2024-06-05\nADEN, June 5 (Wire) - A drone strike close to Taiz in Yemen killed four fishermen on Tuesday, "
        "medics said."}) {
    Doc doc = test::ExtractAt(text, 2024, 6, 5);
    test::MaybeDump(doc);
    const Event* e = For(doc, "drone strike");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(PlaceName(doc, *e), "Taiz") << text;
  }
}

// People who beat someone are a mob also when where they live stands
// between them and the verb.
TEST_F(EnglishEventsTest, BeatersNamedWithTheirTownAreAMob) {
  for (const char* text : {"date 2024-06-05\nResidents of Mosul beat a suspected thief to death on Monday, police said.",
                           "date 2024-06-05\nVillagers in Tal Afar, in Nineveh province, beat a suspected thief to "
                           "death on Monday, police said."}) {
    Doc doc = test::ExtractAt(text, 2024, 6, 5);
    test::MaybeDump(doc);
    const Event* e = For(doc, "beat");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(e->acled_sub_event_type, "Mob violence") << text;
  }
}

// A stoppage of work or traffic is no strike from the air.
TEST_F(EnglishEventsTest, LabourStrikeIsNoAirStrike) {
  Doc doc = test::ExtractAt(
      "date 2024-06-05\nBus drivers staged a strike in Mosul on Sunday, and a taxi strike shut markets in Basra on "
      "Monday.",
      2024, 6, 5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Air/drone strike");
  EXPECT_EQ(CountAcled(doc), 0u);
}

// Unarmed occupations (traders, farmers, fishermen, passengers) killed by
// an armed group are civilians: the killing is an attack, not a clash.
TEST_F(EnglishEventsTest, KilledTradersAndFarmersAreCivilians) {
  for (const char* text : {"Bandits killed nine traders at a cattle market near Gusau on Friday.",
                           "Militants killed five farmers working their fields near Maiduguri on Friday.",
                           "Gunmen killed four passengers on a bus outside Kaduna on Friday."}) {
    Doc doc = test::ExtractAt(text, 2025, 4, 6);
    test::MaybeDump(doc);
    const Event* e = For(doc, "killed");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(e->acled_sub_event_type, "Attack") << text;
    EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians") << text;
  }
}

// "has fought X since <year>": a state that has lasted years, with no day of
// its own, is background and no event; the attack of the main clause is.
TEST_F(EnglishEventsTest, FightingSinceAnOldYearIsNoEvent) {
  Doc doc = test::ExtractAt(
      "The rebel movement, which has fought the government since 2009, ambushed an army patrol near Kismayo on "
      "Tuesday.",
      2025, 9, 4);
  test::MaybeDump(doc);
  const Event* fought = For(doc, "fought");
  if (fought != nullptr) {
    EXPECT_EQ(fought->status, "historical");
  }
  const Event* ambush = For(doc, "ambushed");
  ASSERT_NE(ambush, nullptr);
  EXPECT_EQ(ambush->status, "reported");
  for (const Event& e : doc.events)
    if (e.acled_event_type != "none") {
      EXPECT_NE(doc.TokenText(doc.triggers[e.trigger].tokens.begin), "fought");
    }
}

// "drove X out of <town>": a side forced from a town — the government's
// retaking, or a non-state capture when the driver is no state force; with
// no one named between ("driven out of their homes") people were displaced,
// no territory changed hands.
TEST_F(EnglishEventsTest, DrivingASideOutOfATownIsATakeover) {
  Doc army = test::ExtractAt("The army said it had driven the rebels out of Gondar on Sunday.", 2025, 9, 9);
  test::MaybeDump(army);
  const Event* e = For(army, "driven");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(PlaceName(army, *e), "Gondar");
  Doc homes = test::ExtractAt("Thousands of families were driven out of their homes near Gondar on Sunday.", 2025, 9, 9);
  test::MaybeDump(homes);
  EXPECT_EQ(CountAcled(homes), 0u);
}

// The passive with its taker after "by" ("the rebels were driven out of
// <town> by the army"): the side named first lost the town, the side after
// "by" took it — the government's retaking when that is a state force, a
// non-state capture otherwise. Homes emptied by gunmen are no town taken.
TEST_F(EnglishEventsTest, DrivenOutOfATownByATakerIsATakeover) {
  Doc army = test::ExtractAt("The rebels were driven out of Gondar by government troops in March 2019.", 2025, 9, 9);
  test::MaybeDump(army);
  const Event* e = For(army, "driven out of");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(PlaceName(army, *e), "Gondar");
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(army.dates[e->date].value, "2019-03");
  Doc militia = test::ExtractAt("Army units were driven out of Gondar by Fano militiamen on Sunday.", 2025, 9, 9);
  test::MaybeDump(militia);
  const Event* m = For(militia, "driven out of");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->acled_sub_event_type, "Non-state actor overtakes territory");
  // The side driven out must be an armed party: a crowd or civilians driven
  // or chased out by the police lose no town.
  for (const char* text : {"Demonstrators were chased out of Kisumu by riot police on Friday.",
                           "Traders were driven out of Kisumu by soldiers on Friday."}) {
    Doc crowd = test::ExtractAt(text, 2025, 9, 9);
    test::MaybeDump(crowd);
    for (const Event& o : crowd.events) EXPECT_NE(o.acled_event_type, "Battles") << text;
  }
  Doc reporters = test::ExtractAt("Reporters were expelled from Kisumu by the army on Friday.", 2025, 9, 9);
  test::MaybeDump(reporters);
  for (const Event& o : reporters.events) {
    EXPECT_NE(o.acled_event_type, "Battles");
    EXPECT_NE(o.acled_sub_event_type, "Arrests");
  }
  Doc homes = test::ExtractAt("Hundreds of families were driven out of their homes by gunmen near Gondar on Sunday.", 2025, 9, 9);
  test::MaybeDump(homes);
  EXPECT_EQ(CountAcled(homes), 0u);
}

// "drove an explosives-laden truck into the gate": a vehicle bomb driven or
// crashed into its target is the driver's own death, a suicide bombing as
// "rammed" is; one parked and set off stays a remote explosive.
TEST_F(EnglishEventsTest, ExplosivesLadenVehicleDrivenIntoATargetIsASuicideBombing) {
  Doc driven = test::ExtractAt("Gunmen drove an explosives-laden truck into the gate of a police station in Bannu on Monday.",
                               2025, 9, 9);
  test::MaybeDump(driven);
  const Event* e = For(driven, "drove an explosives-laden truck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Suicide bomb");
  Doc crashed = test::ExtractAt("An attacker crashed an explosive-laden car into an army checkpoint near Bannu on Monday.",
                                2025, 9, 9);
  test::MaybeDump(crashed);
  const Event* c = For(crashed, "crashed an explosive-laden car");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->acled_sub_event_type, "Suicide bomb");
  Doc parked = test::ExtractAt("An explosives-laden car parked near a market in Bannu went off on Monday, police said.", 2025, 9, 9);
  test::MaybeDump(parked);
  const Event* p = For(parked, "explosives-laden car");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->acled_sub_event_type, "Remote explosive/landmine/IED");
}

// "a tribal feud that left three dead": a feud between tribes or clans told
// as news is their armed fighting, an armed clash, as نزاع عشائري is.
TEST_F(EnglishEventsTest, ATribalFeudThatKilledIsAnArmedClash) {
  Doc doc = test::ExtractAt("Three men were killed on Tuesday in a tribal feud in a village near Amarah, police said.", 2025, 9,
                            10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "tribal feud");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
  // A feud talked of or settled is no fight (needs=armed): no armed party,
  // no toll told in it.
  for (const char* text : {"Village elders met on Monday to end a clan feud over water rights near Wajir.",
                           "A clan feud over grazing land has divided two villages near Wajir for years."}) {
    Doc none = test::ExtractAt(text, 2025, 9, 10);
    test::MaybeDump(none);
    for (const Event& o : none.events)
      if (o.acled_event_type == "Battles") ADD_FAILURE() << text << ": " << none.norm(none.triggers[o.trigger].span);
  }
}

// "No one was killed in a clan feud": a toll denied by a negation of several
// words (no one) tells of no fight, as the one-word "no" or لم does; the
// casualty word is found where it starts (a passive "was killed" too).
TEST_F(EnglishEventsTest, AFeudNoOneWasKilledInIsNoClash) {
  for (const char* text : {"No one was killed in a clan feud near Garissa on Friday.",
                           "No one was killed in a clan feud near Garissa on Friday, the county commissioner said.",
                           "Nobody was hurt in a clan feud near Garissa on Friday."}) {
    Doc none = test::ExtractAt(text, 2025, 9, 10);
    test::MaybeDump(none);
    for (const Event& o : none.events)
      if (o.acled_event_type == "Battles") ADD_FAILURE() << text << ": " << none.norm(none.triggers[o.trigger].span);
  }
  Doc doc = test::ExtractAt("Four herders were killed in a clan feud near Garissa on Friday.", 2025, 9, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "clan feud");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

// "by the militants" in a report that names no Islamic State: the article
// does not hide the generic militants (the alias "the militants" falls back
// to them), so the taker is named and the town is taken by a non-state side.
TEST_F(EnglishEventsTest, TheMilitantsWithNoIslamicStateAreMilitants) {
  for (const char* text : {"Policemen were driven out of Ansongo by the militants on Thursday.",
                           "The militants drove policemen out of Ansongo on Thursday."}) {
    Doc doc = test::ExtractAt(text, 2025, 9, 10);
    test::MaybeDump(doc);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    const Event& e = doc.events[0];
    EXPECT_EQ(e.acled_sub_event_type, "Non-state actor overtakes territory") << text;
    ASSERT_GE(e.actor1.actor, 0) << text;
    EXPECT_EQ(doc.actors[e.actor1.actor].id, "gen.militants") << text;
  }
}

// "a man accused of a shooting attack": the act a person is accused of is
// a reference, no event; the demolition of his home is.
TEST_F(EnglishEventsTest, ActAPersonIsAccusedOfIsNoEvent) {
  for (const char* text : {"Troops bulldozed the house of a young man accused of a shooting attack near Jenin, his "
                           "family said.",
                           "In Tulkarm, the army blew up the apartment of a prisoner accused of a stabbing attack, "
                           "neighbours said."}) {
    Doc doc = test::ExtractAt(text, 2025, 5, 14);
    test::MaybeDump(doc);
    for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Attack") << text;
  }
}

// A killing word whose victims are a named armed party ("gunned down five
// Naxalites") is fighting between two armed sides, an armed clash; Indian
// reports' Maoists are the CPI (Maoist).
TEST_F(EnglishEventsTest, GunningDownANamedArmedPartyIsAClash) {
  Doc doc = test::ExtractAt(
      "date 2025-02-12\nRAIPUR (PTI) - Police commandos gunned down five Naxalites in a forest near Bijapur on "
      "Tuesday, officials said.",
      2025, 2, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "gunned down");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "ind.maoists");
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

// An assault opened with a suicide blast, then "the fighting": the blast and
// a clash; with the assault told as its own clash, the fighting is that one.
TEST_F(EnglishEventsTest, FightingAfterAnOpeningBlastIsAClash) {
  Doc doc = test::ExtractAt(
      "date 2025-06-12\nNIAMEY, June 12 (Wire) - Militants attacked an army post in Tillaberi on Tuesday, opening "
      "the assault with a suicide car bomb at the gate, officials said.\nThe fighting went on for three hours and "
      "killed 12 soldiers.",
      2025, 6, 12);
  test::MaybeDump(doc);
  const Event* blast = For(doc, "suicide car bomb");
  ASSERT_NE(blast, nullptr);
  EXPECT_EQ(blast->acled_sub_event_type, "Suicide bomb");
  const Event* clash = For(doc, "fighting");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(clash->acled_sub_event_type, "Armed clash");
  EXPECT_EQ(PlaceName(doc, *clash), "Tillaberi");

  Doc stormed = test::ExtractAt(
      "date 2025-06-12\nNIAMEY, June 12 (Wire) - A suicide bomber blew up a truck at the gate of an army post in "
      "Tillaberi on Tuesday, and gunmen stormed the post, officials said.\nFour soldiers died in the fighting that "
      "followed.",
      2025, 6, 12);
  test::MaybeDump(stormed);
  size_t clashes = 0;
  for (const Event& e : stormed.events) clashes += e.acled_sub_event_type == "Armed clash";
  EXPECT_EQ(clashes, 1u);
}

// "hostages seized near the border in March were freed": a participle right
// after a noun with a finite verb later in its clause is a reduced relative
// clause; it tells who, not an event. The same participle as a clause's own
// verb, or as a headline with no finite verb after it, stays an event.
TEST_F(EnglishEventsTest, ReducedRelativeParticipleIsNoEvent) {
  Doc rel = test::ExtractAt(
      "date 2025-06-09\nFour herders kidnapped on the road to Tahoua were found dead on Sunday, the mayor said.", 2025, 6,
      9);
  test::MaybeDump(rel);
  EXPECT_EQ(For(rel, "kidnapped"), nullptr);

  Doc died = test::ExtractAt(
      "date 2025-06-09\nA fisherman wounded by gunfire near Lake Chad died in hospital in Maiduguri on "
      "Sunday, relatives said.",
      2025, 6, 9);
  test::MaybeDump(died);
  EXPECT_EQ(For(died, "wounded"), nullptr);

  // With a date of its own the participle tells a background event.
  Doc dated = test::ExtractAt(
      "date 2025-06-09\nThe bodies of four herders kidnapped near Tahoua on 12 April were found on Sunday, the mayor "
      "said.",
      2025, 6, 9);
  test::MaybeDump(dated);
  EXPECT_NE(For(dated, "kidnapped"), nullptr);

  Doc verb = test::ExtractAt(
      "date 2025-06-09\nGunmen kidnapped four herders near Tahoua on Sunday, the mayor said.", 2025, 6, 9);
  test::MaybeDump(verb);
  EXPECT_NE(For(verb, "kidnapped"), nullptr);

  // Set off by commas, the verb right after the closing comma.
  Doc aside = test::ExtractAt(
      "date 2025-06-09\nThe market, looted by bandits near Tahoua, was reopened by traders on Sunday.", 2025, 6, 9);
  test::MaybeDump(aside);
  EXPECT_EQ(For(aside, "looted"), nullptr);
  Doc aside_verb = test::ExtractAt(
      "date 2025-06-09\nBandits, armed with rifles, looted the market near Tahoua on Sunday, the mayor said.", 2025,
      6, 9);
  test::MaybeDump(aside_verb);
  EXPECT_NE(For(aside_verb, "looted"), nullptr);

  // A verb with its object, then a relative clause with a finite verb of
  // its own ("sites the group has used"), stays the verb.
  Doc object_relative = test::ExtractAt(
      "date 2025-06-09\nWarplanes struck sites the rebels have used as depots near Tahoua on Sunday, the army said.",
      2025, 6, 9);
  test::MaybeDump(object_relative);
  EXPECT_NE(For(object_relative, "struck"), nullptr);

  // "and" ends the clause the verb is sought in.
  Doc coordinated = test::ExtractAt(
      "date 2025-06-09\nBandits struck near Tahoua and four herders were killed, the mayor said.", 2025, 6, 9);
  test::MaybeDump(coordinated);
  EXPECT_NE(For(coordinated, "struck"), nullptr);

  // Captives told by the participle are what makes the release one.
  Doc freed = test::ExtractAt(
      "date 2025-06-09\nFour herders kidnapped near Tahoua were freed on Sunday, the mayor said.", 2025, 6, 9);
  test::MaybeDump(freed);
  EXPECT_NE(For(freed, "were freed"), nullptr);
}

// "The toll from the strikes has risen": the definite strikes a toll is
// counted from were told before (or are summed over days), no strike of
// their own.
TEST_F(EnglishEventsTest, TollFromTheStrikesIsNoStrikeOfItsOwn) {
  Doc doc = test::ExtractAt(
      "An air strike hit a market in Idlib on Monday, killing five people, rescuers said. The toll from the month's "
      "strikes in the province has now risen to more than 40, the rescuers said.",
      2024, 3, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
}

// Crowd-control munitions (sound or stun grenades, flash-bangs, pepper
// spray) used to break up a crowd are the dispersal, not a grenade attack
// beside it.
TEST_F(EnglishEventsTest, SoundGrenadesOfADispersalAreNoExplosion) {
  Doc doc = test::ExtractAt(
      "In Lahore, police used batons and sound grenades on Monday to disperse hundreds of nurses who tried to march to "
      "the governor's house.",
      2024, 3, 13);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Explosions/Remote violence");
  ASSERT_NE(For(doc, "sound grenades"), nullptr);
  EXPECT_EQ(For(doc, "sound grenades")->acled_sub_event_type, "Protest with intervention");
}

// A generic verb with a subject and a day of its own ("said it had struck
// a commander near Khiam on Friday") is an act of that day, not the
// shelling told before it, whose day ("hours later") was carried over from
// the lead's Saturday.
TEST_F(EnglishEventsTest, GenericVerbOnADayOfItsOwnIsNoRetelling) {
  Doc doc = test::ExtractAt(
      "date 2024-03-10\nNABATIEH, Lebanon (Wire) - An Israeli drone strike on a car killed a man in Nabatieh on "
      "Saturday, the state news agency said. Hours later, Israeli artillery shelled the outskirts of Marjayoun, the "
      "agency added. The Israeli military said it had struck a Hezbollah commander near Khiam on Friday.",
      2024, 3, 10);
  test::MaybeDump(doc);
  const Event* struck = For(doc, "struck");
  ASSERT_NE(struck, nullptr);
  ASSERT_GE(struck->date, 0);
  EXPECT_EQ(doc.dates[struck->date].value, "2024-03-08");
  EXPECT_EQ(PlaceName(doc, *struck), "Khiam");
}

// "threw rocks and a petrol bomb at police": the singular firebomb is the
// crowd's riot, as the plural is, no bomb attack told beside it.
TEST_F(EnglishEventsTest, APetrolBombThrownByACrowdIsItsRiot) {
  Doc doc = test::ExtractAt(
      "Dozens of youths threw rocks and a petrol bomb at police outside the town hall in Mitrovica on Friday, injuring "
      "two officers, police said.",
      2024, 3, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Explosions/Remote violence");
  size_t riots = 0;
  for (const Event& e : doc.events) riots += e.acled_event_type == "Riots";
  EXPECT_EQ(riots, 1u);
}

}  // namespace
TEST_F(EnglishEventsTest, WhoCondemnsAnActIsNotItsDoer) {
  Doc doc = test::ExtractAt(
      "The United Nations condemned the kidnapping of 25 farmers by gunmen near Gusau, Zamfara State, on Sunday.", 2024, 4, 2);
  test::MaybeDump(doc);
  bool seen = false;
  for (const Event& e : doc.events) {
    if (e.acled_event_type != "Violence against civilians") continue;
    seen = true;
    EXPECT_NE(test::ActorId(doc, e.actor1), "un.un");
  }
  EXPECT_TRUE(seen);
}

TEST_F(EnglishEventsTest, APartysLaterDenialLeavesTheReportedDeedReported) {
  Doc doc = test::ExtractAt(
      "Witnesses said soldiers burned a dozen shops in the main market of Bamenda on Friday; the army denied that its "
      "troops had burned anything.",
      2024, 5, 4);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].status, "reported");
}

TEST_F(EnglishEventsTest, AChemicalAttackAgainstFightersByAnArmy) {
  // "against" names the side hit, "by" the side that used the agent.
  Doc doc = test::ExtractAt("Medics in Douma reported a chemical attack against rebel fighters by Syrian army units on Sunday.",
                            2018, 4, 9);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Chemical weapon");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "syr.saa");
  EXPECT_NE(test::ActorId(doc, doc.events[0].actor2), "syr.saa");
}

// A call for another march names a march planned, and the weekday after it
// is the coming one: intent, dated on the publication day (a Saturday here).
TEST_F(EnglishEventsTest, ACallForAnotherMarchIsAPlanOnTheReportsDay) {
  Doc doc = test::ExtractAt(
      "Thousands of teachers marched in Mombasa on Thursday over unpaid wages. Their union has called for another march "
      "in Mombasa on Tuesday.",
      2024, 11, 30);
  test::MaybeDump(doc);
  int plans = 0;
  for (const Event& e : doc.events) {
    if (e.status != "intent") continue;
    ++plans;
    EXPECT_EQ(e.acled_event_type, "Protests");
    EXPECT_EQ(e.date, -1);
    EXPECT_EQ(e.time_basis, "published");
  }
  EXPECT_EQ(plans, 1);
}


// An English subordinate clause has its own time: "after ... kidnapped on
// 3 March" dates the kidnapping, not the riot before "after"; "before
// pulling out on Thursday" dates the pulling out, not the raid.
TEST_F(EnglishEventsTest, ADateAcrossASubordinatorDatesItsOwnClause) {
  Doc doc = test::ExtractAt(
      "date 2024-03-12\nRioters burned a police post in Kano on Sunday night after the bodies of four traders "
      "kidnapped from a market in Zaria on 3 March were found.",
      2024, 3, 12);
  test::MaybeDump(doc);
  int kidnaps = 0;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Abduction/forced disappearance") continue;
    ++kidnaps;
    ASSERT_GE(e.date, 0);
    EXPECT_EQ(doc.dates[e.date].value, "2024-03-03");
  }
  EXPECT_EQ(kidnaps, 1);
}

TEST_F(EnglishEventsTest, ADateAfterBeforeIsNotTheMainClausesDay) {
  Doc doc = test::ExtractAt(
      "date 2024-03-12\nGunmen overran the town of Gao on Monday, occupying it for two days before pulling out on "
      "Thursday, residents said.",
      2024, 3, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    if (e.acled_event_type != "Battles") continue;
    ASSERT_GE(e.date, 0);
    EXPECT_EQ(doc.dates[e.date].value, "2024-03-11");
  }
}

// Bombing by a group with no aircraft is a bomb set off, not an air strike;
// the same verb with an air force as its doer stays an air strike.
TEST_F(EnglishEventsTest, ARebelBombingIsARemoteExplosiveNotAnAirStrike) {
  Doc doc = test::ExtractAt("Al-Shabaab fighters bombed a telecom mast near Baidoa on Tuesday, police said.", 2024, 7, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "bombed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Remote explosive/landmine/IED");

  Doc air = test::ExtractAt("Sudanese army warplanes bombed a cattle market near Nyala on Tuesday, residents said.", 2024, 7,
                            12);
  test::MaybeDump(air);
  const Event* s = For(air, "bombed");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->acled_sub_event_type, "Air/drone strike");
}

// A country right before "border" ("towards the Chad border") is the other
// side of a border: a sentence that names only it goes on at the town before.
TEST_F(EnglishEventsTest, CountryBeforeBorderIsTheOtherSide) {
  Doc doc = test::ExtractAt(
      "NDJAMENA, May 4 (Wire) - Gunmen raided a cattle market near Geneina on Friday, killing nine herders, "
      "elders said.\nThe raiders also kidnapped four boys before riding off towards the Chad border, the "
      "elders said.",
      2024, 5, 4);
  test::MaybeDump(doc);
  const Event* k = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Abduction/forced disappearance") k = &e;
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(PlaceName(doc, *k), "Geneina");
}


// An authority forbidding movement or gatherings over an area is a change to
// activity; "banned" before a name is an adjective and tells of no event.
TEST_F(EnglishEventsTest, BanOnActivityIsAChangeOfActivity) {
  Doc doc = test::ExtractAt(
      "Provincial authorities on Monday imposed a ban on motorbike traffic in Gao until further notice, officials said.",
      2024, 6, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ban on");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Change to group/activity");
  EXPECT_EQ(PlaceName(doc, *e), "Gao");

  Doc emergency = test::ExtractAt("The government declared a state of emergency in Mopti on Friday.", 2024, 6, 9);
  test::MaybeDump(emergency);
  const Event* s = For(emergency, "state of emergency");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->acled_sub_event_type, "Change to group/activity");

  Doc adjective = test::ExtractAt("The banned movement said on Friday that it would hold talks in Gao.", 2024, 6, 9);
  test::MaybeDump(adjective);
  for (const Event& x : adjective.events) EXPECT_NE(x.acled_sub_event_type, "Change to group/activity");
}

// A glide or guided bomb is dropped from an aircraft: an air strike, not the
// planted device a bare "bomb" is.
TEST_F(EnglishEventsTest, GlideBombIsAnAirStrike) {
  Doc doc = test::ExtractAt("A guided bomb hit a school in Kharkiv on Tuesday, wounding six people, officials said.",
                            2024, 6, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "guided bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
}

// A strike that runs for days, or that someone called, is a stoppage of work:
// the riot told on one of its days is the event, not a strike from the air.
TEST_F(EnglishEventsTest, DayOfAStrikeIsAWorkStoppage) {
  Doc doc = test::ExtractAt(
      "In Kisumu, youths burned tyres on Wednesday on the second day of a strike against bread prices, police said.",
      2024, 6, 6);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Explosions/Remote violence");
  Doc called = test::ExtractAt("Shops in Kisumu stayed shut on Monday during a transport strike called by unions.", 2024, 6, 6);
  test::MaybeDump(called);
  for (const Event& e : called.events) EXPECT_NE(e.acled_event_type, "Explosions/Remote violence");
}

// A gathering a blast hit is its target: one explosion, no protest that day.
// Bombs thrown by hand are grenades, not an air strike.
TEST_F(EnglishEventsTest, RallyHitByABlastIsItsTarget) {
  Doc doc = test::ExtractAt(
      "Masked men threw crude bombs at an opposition rally in Sylhet on Sunday, wounding a dozen people, witnesses said.",
      2024, 6, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_sub_event_type, "Grenade");
  EXPECT_EQ(PlaceName(doc, e), "Sylhet");
}

// "IRBID (Petra) -": the bracketed word of a dateline is the filing agency,
// even when a place bears its name; no event is coded there.
TEST_F(EnglishEventsTest, AgencyInDatelineBracketsIsNoPlace) {
  Doc doc = test::ExtractAt(
      "date 2025-03-06\nIRBID (Petra) - Police arrested six men in a raid on a warehouse on Tuesday, the interior "
      "ministry said.",
      2025, 3, 6);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  for (const Event& e : doc.events) EXPECT_NE(PlaceName(doc, e), "Wadi Musa");
}

// "seized large quantities of cannabis", "seized a cache of rifles": a
// measure or lot of goods after a capture verb is things taken, no territory.
TEST_F(EnglishEventsTest, SeizedQuantitiesAndCachesAreNoTerritory) {
  Doc doc = test::ExtractAt(
      "date 2025-03-06\nCustoms officers seized large quantities of cannabis near Zinder on Tuesday. Troops also "
      "seized a cache of rifles in Agadez on Wednesday.",
      2025, 3, 6);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_sub_event_type, "Non-state actor overtakes territory");
    EXPECT_NE(e.acled_sub_event_type, "Government regains territory");
  }
}

// "In Idlib, … bombed the town of Kafr Nabl": a town given with its
// settlement noun and "of" is where the event was, not the scene set first.
TEST_F(EnglishEventsTest, TownOfXBeatsTheFrontedScene) {
  Doc doc = test::ExtractAt(
      "date 2024-03-13\nIn Idlib, rescuers said Russian jets had bombed the town of Kafr Nabl on Monday, killing three "
      "people.",
      2024, 3, 13);
  test::MaybeDump(doc);
  const Event* e = For(doc, "bombed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kafranbel");
}

// "amid rumours of gunfire": what is only rumoured is no event told.
TEST_F(EnglishEventsTest, RumouredGunfireIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-02-08\nShops in Kirkuk closed early on Friday amid rumours of gunfire near the citadel, police said.",
      2025, 2, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 0u);
}

// Residents who attack or fight, even with their town set off by commas
// and a relation ("Residents of X, south of Y, attacked"), are a mob:
// civilians fight no battle.
TEST_F(EnglishEventsTest, ResidentsWhoAttackOrFightAreAMob) {
  for (const char* text :
       {"date 2025-02-08\nResidents of Zarzis attacked a camp of migrants on Sunday night, burning tents, a rights "
        "group said.",
        "date 2025-02-08\nResidents of Zarzis, south of Medenine, attacked a camp of migrants on Sunday night, a "
        "rights group said.",
        "date 2025-02-08\nArab and Kurdish residents of Hawija fought with stones and sticks over a plot of land on "
        "Tuesday, leaving five people injured."}) {
    Doc doc = test::ExtractAt(text, 2025, 2, 8);
    test::MaybeDump(doc);
    ASSERT_EQ(CountAcled(doc), 1u) << text;
    EXPECT_EQ(doc.events[0].acled_sub_event_type, "Mob violence") << text;
  }
}

// "handed over 12 captured soldiers": a participle after a count, before a
// common noun, describes the noun; no capture is told. A year before the
// verb ("in 2016 captured Komanda") leaves it a verb.
TEST_F(EnglishEventsTest, ParticipleAfterACountIsAnAdjective) {
  Doc doc = test::ExtractAt(
      "date 2025-02-08\nThe rebels handed over 12 captured soldiers to the Red Cross in Bunia on Tuesday, the ICRC "
      "said.",
      2025, 2, 8);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Non-state actor overtakes territory");
  Doc year = test::ExtractAt(
      "date 2025-02-08\nThe militia, which in 2016 captured Komanda, attacked an army post near Bunia on Tuesday.",
      2025, 2, 8);
  test::MaybeDump(year);
  EXPECT_NE(For(year, "captured"), nullptr);
}

// "freed 12 detained soldiers": captives named by a participle are released.
TEST_F(EnglishEventsTest, FreedDetainedFightersIsARelease) {
  Doc doc = test::ExtractAt(
      "date 2025-02-08\nThe rebels freed 12 detained soldiers in Bunia on Tuesday in a goodwill gesture, the ICRC "
      "said.",
      2025, 2, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "freed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");
}

// "traders abducted in May were freed on Friday": the participle tells who
// was released and when they were taken; the release is the event, dated by
// its own day. Released suspects are no captives.
TEST_F(EnglishEventsTest, CaptivesTakenEarlierAreReleasedOnTheirOwnDay) {
  Doc doc = test::ExtractAt(
      "date 2025-06-09\nNine traders abducted by bandits near Gusau in May were freed on Friday after elders paid "
      "a ransom, their union said.",
      2025, 6, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "were freed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2025-06-06");
  EXPECT_EQ(For(doc, "abducted"), nullptr);

  Doc bail = test::ExtractAt(
      "date 2025-06-09\nTwo journalists were released on bail in Kano on Friday, their lawyer said.", 2025, 6, 9);
  test::MaybeDump(bail);
  EXPECT_EQ(For(bail, "were released"), nullptr);

  Doc told = test::ExtractAt(
      "date 2025-06-09\nGunmen abducted nine traders near Gusau on Thursday, who were freed on Friday after a "
      "ransom was paid, police said.",
      2025, 6, 9);
  test::MaybeDump(told);
  EXPECT_NE(For(told, "abducted"), nullptr);
  EXPECT_NE(For(told, "were freed"), nullptr);
}

// "the hostages were freed": the noun itself says they were held, so the bare
// passive is a release with no abduction word; "prisoners" and "suspects"
// freed by a court say nothing of captors.
TEST_F(EnglishEventsTest, HeldCaptivesAsSubjectAreReleased) {
  Doc doc = test::ExtractAt(
      "date 2025-03-04\nThe seven hostages were released near Timbuktu on Monday, a local official said.", 2025, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "were released");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");

  Doc pow = test::ExtractAt("date 2025-03-04\nForty POWs were freed on Sunday, the ministry said.", 2025, 3, 4);
  test::MaybeDump(pow);
  EXPECT_NE(For(pow, "were freed"), nullptr);

  Doc court = test::ExtractAt(
      "date 2025-03-04\nTwelve prisoners were released by a court in Mopti on Monday, lawyers said.", 2025, 3, 4);
  test::MaybeDump(court);
  EXPECT_EQ(For(court, "were released"), nullptr);

  Doc far = test::ExtractAt(
      "date 2025-03-04\nThe talks on the hostages stalled, and two suspects were released on bail on Monday.", 2025, 3, 4);
  test::MaybeDump(far);
  EXPECT_EQ(For(far, "were released"), nullptr);
}

// "handed over 30 detained fighters to the ICRC": the gapped release form is
// as long as the plain "handed over" (of a town) and says more; it wins.
TEST_F(EnglishEventsTest, HandingOverCapturedFightersIsARelease) {
  Doc doc = test::ExtractAt(
      "date 2025-06-09\nThe army handed over 30 captured rebel fighters to the Red Cross in Bukavu on Friday.", 2025,
      6, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "handed over");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");
}

// "The 45-year-old driver died": the age describes the one who died; a
// death told in an after-clause is the cause of the main act, not its toll.
TEST_F(EnglishEventsTest, AgedSubjectWhoDiedIsOneDeadButNotAfterAfter) {
  Doc doc = test::ExtractAt(
      "date 2025-06-09\nA roadside bomb hit a minibus near Herat on Friday. The 52-year-old driver died in "
      "hospital, police said.",
      2025, 6, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "roadside bomb");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 1);

  Doc riot = test::ExtractAt(
      "date 2025-06-09\nIn Sfax, youths threw stones at police on Sunday after a 23-year-old fisherman died in "
      "custody, residents said.",
      2025, 6, 9);
  test::MaybeDump(riot);
  for (const Event& r : riot.events) EXPECT_FALSE(r.fatalities.has_value());
}

// "Kidnappers freed a village chief": the captors name the captivity.
TEST_F(EnglishEventsTest, KidnappersFreeingSomeoneIsARelease) {
  Doc doc = test::ExtractAt(
      "date 2025-06-09\nKidnappers freed a pastor near Jos on Saturday, a church official said.", 2025, 6, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "kidnappers freed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");
}

// "blocked the main highway on Wednesday to protest a rise": the protest
// word gives the purpose of the crowd's deed, no protest still to come.
TEST_F(EnglishEventsTest, ProtestOfPurposeIsNoIntentBesideTheDeed) {
  Doc doc = test::ExtractAt(
      "date 2025-02-08\nIn Zarqa, hundreds of drivers blocked the main highway on Wednesday to protest a rise in fuel "
      "prices, and police fired tear gas after some of them hurled stones at patrol cars.",
      2025, 2, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountAcled(doc), 1u);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "intent");
}

// "protested against a ban on street vending": the measure protested is the
// crowd's grievance, no second event that day.
TEST_F(EnglishEventsTest, MeasureProtestedAgainstIsTheGrievance) {
  Doc doc = test::ExtractAt(
      "date 2025-02-08\nIn Garoua, hundreds of traders protested on Friday against a ban on street vending after dark.",
      2025, 2, 8);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Protests");
}

// "marched … to denounce the raids": the plural noun with its article is the
// crowd's grievance (the raids told before), no armed clash of that day; the
// singular after "a" stays the raid told ("during a raid on").
TEST_F(EnglishEventsTest, RaidsDenouncedByMarchersAreTheGrievance) {
  Doc doc = test::ExtractAt(
      "date 2025-02-08\nHundreds of people marched through Jenin on Friday evening to denounce the raids, witnesses said.",
      2025, 2, 8);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Protests");
}

TEST_F(EnglishEventsTest, RaidAfterTheIndefiniteArticleStaysTheRaid) {
  Doc doc = test::ExtractAt(
      "date 2025-02-08\nPolice killed four suspected gang members during a raid on a slum in Port-au-Prince on Friday.",
      2025, 2, 8);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Battles");
}

// The grievance may come after where and when the crowd gathered.
TEST_F(EnglishEventsTest, MeasureProtestedAgainstAfterPlaceAndDayIsTheGrievance) {
  Doc doc = test::ExtractAt(
      "date 2025-02-08\nDozens of bus drivers protested outside the transport ministry in Kampala on Friday against a "
      "ban on night travel.",
      2025, 2, 8);
  test::MaybeDump(doc);
  ASSERT_EQ(CountAcled(doc), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Protests");
}

// "leaving five militants and two soldiers dead": the count right before a
// postposed toll word joined by "and" to another count: both are the dead.
// A range before it ("between 12 and 20") stays a range.
TEST_F(EnglishEventsTest, CountsJoinedBeforeAPostposedTollAreSummed) {
  Doc doc = test::ExtractAt(
      "Soldiers clashed with militants in the hills outside Gao on Sunday, leaving five militants and two soldiers "
      "dead, the army said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 7);
  Doc range = test::ExtractAt("Fighting between two clans near Gao on Sunday left between 12 and 20 people dead.", 2026, 3, 10);
  test::MaybeDump(range);
  ASSERT_EQ(range.events.size(), 1u);
  ASSERT_TRUE(range.events[0].fatalities.has_value());
  EXPECT_EQ(range.events[0].fatalities->low.value_or(-1), 12);
  EXPECT_EQ(range.events[0].fatalities->high.value_or(-1), 20);
}

// "killing a farmer and his son", "killing a woman and her two children":
// victims joined to one told with the article, by a possessive, are dead too;
// a wounding joined by "and" is not.
TEST_F(EnglishEventsTest, VictimsJoinedToOneByAPossessiveAreCounted) {
  const std::pair<const char*, int> cases[] = {
      {"A roadside bomb tore through a car near Gao on Monday, killing a farmer and his son, police said.", 2},
      {"In Gao, a mortar shell hit a house on Sunday, killing a woman and her two children, local medics said.", 3},
      {"A roadside bomb tore through a bus near Gao on Monday, killing a soldier and wounding three passengers.", 1}};
  for (const auto& [text, dead] : cases) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), dead) << text;
  }
}

// "the driver died at the scene": "died" after a singular subject opened by
// an article is one dead; after a plural head it counts no one.
TEST_F(EnglishEventsTest, OneWhoDiedAfterAStrikeIsOneDead) {
  Doc doc = test::ExtractAt("In Gao, a drone hit a car on Sunday and the driver died at the scene.", 2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 1);
  Doc plural = test::ExtractAt("In Gao, a drone hit a bus on Sunday and the passengers died at the scene.", 2026, 3, 10);
  test::MaybeDump(plural);
  ASSERT_EQ(plural.events.size(), 1u);
  EXPECT_FALSE(plural.events[0].fatalities.has_value() && plural.events[0].fatalities->best == 1);
}


// A weapon as the subject of a destruction verb is the strike that
// destroyed: an air or drone strike, or a shelling — not property
// destruction. A crowd that destroys is still property destruction.
TEST_F(EnglishEventsTest, WeaponThatDestroysIsTheStrike) {
  Doc air = test::ExtractAt("A navy drone later destroyed three fishing boats near Kismayo on Friday, officials said.",
                            2025, 6, 14);
  test::MaybeDump(air);
  const Event* a = For(air, "destroyed");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->acled_sub_event_type, "Air/drone strike");
  Doc shells = test::ExtractAt("Artillery shells destroyed a school in Kadugli on Friday, residents said.", 2025, 6, 14);
  ASSERT_EQ(CountAcled(shells), 1u);
  EXPECT_EQ(shells.events[0].acled_sub_event_type, "Shelling/artillery/missile attack");
  Doc crowd = test::ExtractAt("Angry villagers destroyed a police post in Kadugli on Friday, residents said.", 2025, 6, 14);
  const Event* c = For(crowd, "destroyed");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->acled_event_type, "Explosions/Remote violence");
}


// Papers handed over (a petition, a memorandum) are no transfer of
// territory; a town handed over still is.
TEST_F(EnglishEventsTest, PetitionHandedOverIsNoTransferOfTerritory) {
  Doc doc = test::ExtractAt("Nurses marched to the county offices in Kisumu on Tuesday and handed over a petition to the governor.",
                            2025, 6, 11);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory");
  Doc town = test::ExtractAt("The militia handed over the town of Kadugli to the army on Tuesday, officials said.", 2025, 6, 11);
  bool transfer = false;
  for (const Event& e : town.events) transfer |= e.acled_sub_event_type == "Non-violent transfer of territory";
  EXPECT_TRUE(transfer);
}


// Ground taken "under the deal" or "under a truce" changed hands by
// agreement: a non-violent transfer of territory, not a capture in battle.
TEST_F(EnglishEventsTest, GroundTakenUnderAnAgreementChangesHandsPeacefully) {
  Doc doc = test::ExtractAt("Under the truce, army units took over two hilltop posts outside Kadugli on Sunday, officials said.",
                            2025, 6, 11);
  test::MaybeDump(doc);
  const Event* e = For(doc, "took over");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
  Doc fought = test::ExtractAt("Rebels took over two hilltop posts outside Kadugli on Sunday after heavy fighting, officials said.",
                               2025, 6, 11);
  const Event* f = For(fought, "took over");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->acled_sub_event_type, "Non-violent transfer of territory");
}

// A denial told in the sentence of the act is that act: one event, with the
// status of its first telling.
TEST_F(EnglishEventsTest, DenialInTheSentenceOfTheActIsThatAct) {
  Doc denied = test::ExtractAt(
      "date 2025-04-10\nVillagers said gunmen abducted 12 people near Gao on Tuesday, but the group said it had "
      "not kidnapped anyone.",
      2025, 4, 10);
  test::MaybeDump(denied);
  ASSERT_EQ(denied.events.size(), 1u);
  EXPECT_EQ(denied.events[0].status, "reported");
  Doc negated_first = test::ExtractAt(
      "date 2025-04-10\nThe army said its troops had not clashed with rebels near Gao on Tuesday, denying reports "
      "of an exchange of fire there.",
      2025, 4, 10);
  test::MaybeDump(negated_first);
  ASSERT_EQ(negated_first.events.size(), 1u);
  EXPECT_EQ(negated_first.events[0].status, "negated");
}

// "killed ... and torched ... in a raid": the violent noun after the
// circumstance word carries the toll, so it is the one event; the burning is
// what it did, not a property-destruction event with the killing lost.
TEST_F(EnglishEventsTest, DeadlyRaidThatBurnedIsOneAttack) {
  Doc doc = test::ExtractAt(
      "date 2025-03-06\nGunmen killed nine herders and torched scores of huts in an attack on a hamlet near Gusau on "
      "Monday, police said.",
      2025, 3, 6);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_NE(doc.events[0].acled_event_type, "Strategic developments");
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  Doc burned = test::ExtractAt(
      "date 2025-03-06\nGunmen torched scores of huts in an attack on a hamlet near Gusau on Monday, police said.", 2025,
      3, 6);
  test::MaybeDump(burned);
  ASSERT_EQ(burned.events.size(), 1u);
  EXPECT_EQ(burned.events[0].acled_sub_event_type, "Looting/property destruction");
}

// Shots into the air with no crowd near are aimed at no one: no event of
// their own; before a crowd they are force used to disperse it.
TEST_F(EnglishEventsTest, ShotsIntoTheAirWithNoCrowdAreNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-06\nKidnappers seized six travellers near Funtua on Sunday. They shot into the air and drove "
      "them into the forest, a relative said.",
      2025, 3, 6);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Protests");
  Doc crowd = test::ExtractAt(
      "date 2025-03-06\nHundreds of traders marched on the governor's office in Funtua on Sunday, and police shot into "
      "the air to disperse them.",
      2025, 3, 6);
  test::MaybeDump(crowd);
  bool intervention = false;
  for (const Event& e : crowd.events) intervention |= e.acled_sub_event_type == "Protest with intervention";
  EXPECT_TRUE(intervention);
}

// "in March 2019 … eight months later": a count of months after its
// clause's act dates it by that month counted from the event told before;
// an act of another clause does not take it.
TEST_F(EnglishEventsTest, MonthsLaterCountFromTheEventToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-03-06\nTroops clashed with insurgents near Mosul on Monday.\nThe region saw heavy fighting with the "
      "militia, which captured Tal Afar in March 2019 before the army recaptured the town eight months later.",
      2025, 3, 6);
  test::MaybeDump(doc);
  const Event* back = For(doc, "recaptured");
  ASSERT_NE(back, nullptr);
  ASSERT_GE(back->date, 0);
  EXPECT_EQ(doc.dates[back->date].value, "2019-11");
  const Event* taken = For(doc, "captured");
  ASSERT_NE(taken, nullptr);
  ASSERT_GE(taken->date, 0);
  EXPECT_EQ(doc.dates[taken->date].value, "2019-03");
}

// "The fighting stopped on Wednesday": a definite reference that ends the
// fighting told before is that fighting, not a clash of its own day.
TEST_F(EnglishEventsTest, FightingThatStoppedIsTheFightingToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-03-06\nClashes broke out in Gharyan on Monday between two rival brigades, killing three fighters, a "
      "hospital said.\nThe fighting stopped on Wednesday after tribal elders intervened.",
      2025, 3, 6);
  test::MaybeDump(doc);
  int battles = 0;
  for (const Event& e : doc.events) battles += e.acled_event_type == "Battles";
  EXPECT_EQ(battles, 1);
}

// People rounded up to be made to fight are abducted, whoever took them;
// a round-up with no such purpose by state forces stays an arrest.
TEST_F(EnglishEventsTest, RoundUpForConscriptionIsAnAbduction) {
  Doc doc = test::ExtractAt(
      "date 2025-03-06\nSoldiers rounded up about forty young men at a bus station in Lashio on Monday for forced "
      "conscription, residents said.",
      2025, 3, 6);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Abduction/forced disappearance");
  Doc plain = test::ExtractAt(
      "date 2025-03-06\nSoldiers rounded up about forty young men at a bus station in Lashio on Monday, residents said.",
      2025, 3, 6);
  test::MaybeDump(plain);
  ASSERT_EQ(plain.events.size(), 1u);
  EXPECT_EQ(plain.events[0].acled_sub_event_type, "Arrests");
}

// A sea or region told before "port of", "town of" only says where the town
// after it lies, even when the event word's place slot took the sea.
TEST_F(EnglishEventsTest, ASeaBeforeThePortOfATownFilledNoSlot) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nA drone struck a grain warehouse in the Red Sea port of Hodeidah on Tuesday, port workers "
      "said.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "drone struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Al Hudaydah");
}

// "the road from A to B" is told from A: the event is there, though B is the
// bigger town and the one the report already named.
TEST_F(EnglishEventsTest, TheRoadFromATownIsAtThatTown) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nMilitants attacked a police station in Tikrit on Monday, officials said.\nA roadside bomb "
      "hit a police convoy on the road from Baiji to Tikrit on Tuesday, wounding two officers.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "roadside bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Bayji");
}

// "in the same mountains" goes back to the town the mountains were told
// near, not to the last town named in between.
TEST_F(EnglishEventsTest, TheSameMountainsAreNearTheTownToldWithThem) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nInsurgents ambushed an army patrol in the Hamrin mountains near Tuz Khurmatu on Sunday, "
      "killing a soldier.\nA roadside bomb hit a police convoy on the road from Baiji to Tikrit on Monday, wounding "
      "two officers.\nTroops blew up a weapons cache in a cave in the same mountains on Tuesday, the army said.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "blew up");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tuz Khurmatu");
}

}  // namespace marsad
