// A vow to go on with a campaign (keep, continue) that names no place is a
// threat aimed where the report's acts are: an intent event there, of its
// own, not a reference back to the deed told before it. One whose only aim
// is a country or a region named after it, or that is the condition of
// another threat, names no event. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class VowsToGoOnTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(VowsToGoOnTest, ABombardmentVowedToGoOnIsAPlanOfItsOwn) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nArtillery shelled the outskirts of Zakho on Friday morning, the mayor said. The army said it "
      "would keep up the bombardment until the fighters were disarmed.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Shelling/artillery/missile attack", "reported"), 1u);
  const Event* vow = test::EventFor(doc, "bombardment");
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->status, "intent");
  EXPECT_EQ(vow->acled_sub_event_type, "Shelling/artillery/missile attack");
}

TEST_F(VowsToGoOnTest, AttacksVowedWithNoPlaceAreIntentWhereTheReportIs) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nGunmen ambushed a police patrol near Tank on Thursday, killing two officers. The group said in a "
      "statement that it would keep attacking police in the tribal districts.",
      2026, 5, 9);
  test::MaybeDump(doc);
  const Event* vow = test::EventFor(doc, "attacking");
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->status, "intent");
  EXPECT_EQ(vow->acled_event_type, "Battles");
}

TEST_F(VowsToGoOnTest, AVowAimedAtACountryOrARegionIsNoEvent) {
  Doc country = test::ExtractAt(
      "date 2026-05-09\nGunmen ambushed a police patrol near Tank on Thursday. The group vowed to keep attacking "
      "Pakistan until its demands were met.",
      2026, 5, 9);
  test::MaybeDump(country);
  EXPECT_EQ(test::EventFor(country, "attacking"), nullptr);
  Doc region = test::ExtractAt(
      "date 2026-05-09\nGunmen ambushed a police patrol near Tank on Thursday. The group vowed to keep attacking "
      "police throughout the province.",
      2026, 5, 9);
  test::MaybeDump(region);
  EXPECT_EQ(test::EventFor(region, "attacking"), nullptr);
}

// A town named after the cue is no country or region: the vow is aimed
// there, a threat ACLED codes as intent.
TEST_F(VowsToGoOnTest, AVowAimedAtATownIsIntent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nGunmen ambushed a police patrol near Tank on Thursday. The group vowed to keep attacking "
      "police in Dera Ismail Khan.",
      2026, 5, 9);
  test::MaybeDump(doc);
  const Event* vow = test::EventFor(doc, "attacking");
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->status, "intent");
}

TEST_F(VowsToGoOnTest, ACampaignNamedAsAConditionIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nThe rebels said they would hit oil terminals if the coalition keeps up its air raids.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, "air raids"), nullptr);
}

// Rockets told fired in the passive ("no rockets had been fired from the
// area") are a rocket attack, here denied: a negated event of its own.
TEST_F(VowsToGoOnTest, RocketsDeniedFiredInThePassiveAreANegatedAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nAn Israeli drone hit a car near Tyre on Friday, killing a man. The Lebanese army said no "
      "rockets had been fired from the area.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Shelling/artillery/missile attack", "negated"), 1u);
  Doc told = test::ExtractAt("date 2026-05-09\nTwo rockets were launched from southern Lebanon on Friday.", 2026, 5, 9);
  test::MaybeDump(told);
  EXPECT_EQ(test::CountWithStatus(told, "Shelling/artillery/missile attack", "reported"), 1u);
}

// A threat is typed as the act threatened: an attack vowed on goods trucks
// is one on civilians (their drivers), as the same attack told done is.
TEST_F(VowsToGoOnTest, AnAttackThreatenedOnGoodsTrucksIsOnCivilians) {
  Doc trucks = test::ExtractAt(
      "date 2026-05-09\nThe militants warned that they would attack any truck carrying goods to Baidoa.", 2026, 5, 9);
  test::MaybeDump(trucks);
  EXPECT_EQ(test::CountWithStatus(trucks, "Attack", "intent"), 1u);
  EXPECT_EQ(test::CountSub(trucks, "Armed clash"), 0u);
}

// "were reported to have raped": an act told as hearsay is hedged.
TEST_F(VowsToGoOnTest, AnActReportedToHaveHappenedIsHedged) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nMilitiamen were reported to have raped three women in a village near Kindu on Friday.", 2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Sexual violence", "hedged"), 1u);
}

// على الأرجح ("most likely"): the act of its clause is told as likely, hedged.
TEST_F(VowsToGoOnTest, AnArabicActToldAsMostLikelyIsHedged) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nوقالت مصادر محلية إن طائرة مسيّرة قصفت على الأرجح شاحنة قرب مدينة كيدال يوم الجمعة.", 2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Air/drone strike", "hedged"), 1u);
}

// "fired live bullets to disperse the crowd": the lethal force is the act
// told, not a purpose of one (intent); live bullets are live rounds.
TEST_F(VowsToGoOnTest, LiveBulletsFiredToDisperseAreForceTold) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nOn Friday police fired live bullets to disperse residents who had blocked the road in Moroto, "
      "killing a man, witnesses said.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Excessive force against protesters", "intent"), 0u);
  EXPECT_EQ(test::CountWithStatus(doc, "Excessive force against protesters", "reported"), 1u);
}


// A campaign whose act noun is the subject of a future "continue" ("the
// attacks would continue", عملياتها ستتواصل) is vowed to go on: an intent
// event of its own, at the place it names, not the deed told before it.
TEST_F(VowsToGoOnTest, AttacksSaidToContinueAreIntent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nFighters shelled an army post near Kufra on Friday, the group said. Its spokesman said the "
      "attacks would continue until the troops withdrew.",
      2026, 5, 9);
  test::MaybeDump(doc);
  const Event* vow = test::EventFor(doc, "attacks would continue");
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->status, "intent");
  // Said of a deed already done, "continue" tells no plan.
  Doc done = test::ExtractAt(
      "date 2026-05-09\nFighters shelled an army post near Kufra on Friday and the attacks continued into the night.",
      2026, 5, 9);
  test::MaybeDump(done);
  EXPECT_EQ(test::CountWithStatus(done, "Armed clash", "intent"), 0u);
}

TEST_F(VowsToGoOnTest, ArabicOperationsSaidToGoOnAreIntentAtTheirPlace) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nوقال المتحدث باسم الجيش إن «عمليات التمشيط ستتواصل في مدينة الكفرة حتى القضاء على آخر "
      "مسلح».",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 1u);
  Doc rescue = test::ExtractAt(
      "date 2026-05-09\nوقال الدفاع المدني إن عمليات البحث عن المفقودين ستتواصل في مدينة الكفرة.", 2026, 5, 9);
  test::MaybeDump(rescue);
  EXPECT_EQ(test::CountWithStatus(rescue, "Armed clash", "intent"), 0u);
}


// "will continue offensive operations against X in A and B until they are
// dismantled": the campaign vowed is intent at each place; the act after
// "until" is the goal it states, no event. Told of a deed, "until" leaves
// the act after it alone.
TEST_F(VowsToGoOnTest, OperationsVowedUntilAGoalAreIntentAndTheGoalIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nThe army said it will continue offensive operations against the rebel camps in Argelia and "
      "Balboa until they are dismantled.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 2u);
  EXPECT_EQ(test::EventFor(doc, "dismantled"), nullptr);
  Doc held = test::ExtractAt(
      "date 2026-05-09\nRebels shelled Argelia for a week until troops recaptured the town on Friday.", 2026, 5, 9);
  test::MaybeDump(held);
  EXPECT_EQ(test::CountWithStatus(held, "Government regains territory", "reported"), 1u);
}


// حتى names a goal, no act told (سنواصل العمليات حتى تفكيك المقار); a town
// to take after it (لن نتوقف حتى نحرر مدينة X) is where the vow is aimed:
// that taking is intent.
TEST_F(VowsToGoOnTest, ArabicTownToTakeAfterHattaIsTheVowsAim) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nوقال قائد ميداني في الجيش: «لن نتوقف حتى نحرر مدينة حرض من قبضة الميليشيا».", 2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Government regains territory", "intent") +
                test::CountWithStatus(doc, "Non-state actor overtakes territory", "intent"),
            1u);
  Doc goal = test::ExtractAt(
      "date 2026-05-09\nوقال قائد ميداني في الجيش: «سنواصل العمليات حتى تفكيك مقار الميليشيا في حرض».", 2026, 5, 9);
  test::MaybeDump(goal);
  EXPECT_EQ(test::EventFor(goal, "تفكيك"), nullptr);
}


// A town to storm after حتى (حتى اقتحام مدينة X، لن تتوقف حتى تقتحم مدينة
// X) is a taking aimed at as much as one to free: the storming is recoded
// as the vowed capture before the goal rule looks, and stays.
TEST_F(VowsToGoOnTest, TownToStormAfterHattaIsTheVowsAim) {
  Doc noun = test::ExtractAt(
      "date 2026-05-09\nتعهدت قوات الدعم السريع بمواصلة القتال حتى اقتحام مدينة الأبيض.", 2026, 5, 9);
  test::MaybeDump(noun);
  EXPECT_EQ(test::CountWithStatus(noun, "Non-state actor overtakes territory", "intent"), 1u);
  Doc verb = test::ExtractAt(
      "date 2026-05-09\nوقال قائد في قوات الدعم السريع إن قواته لن تتوقف حتى تقتحم مدينة الأبيض.", 2026, 5, 9);
  test::MaybeDump(verb);
  EXPECT_EQ(test::CountWithStatus(verb, "Non-state actor overtakes territory", "intent"), 1u);
  // Positions to storm are no town: the goal names no act.
  Doc posts = test::ExtractAt(
      "date 2026-05-09\nتعهدت قوات الدعم السريع بمواصلة القتال حتى اقتحام مواقع الجيش.", 2026, 5, 9);
  test::MaybeDump(posts);
  EXPECT_EQ(test::EventFor(posts, "اقتحام"), nullptr);
}


// A vow of more ("would carry out more attacks on police posts") goes on
// with the campaign as keep does: intent where the report's acts are. A
// hunt vowed to go on ("would keep pursuing the gunmen in X", سنلاحق فلول
// التنظيم في جبال X) is a fight threatened there.
TEST_F(VowsToGoOnTest, MoreAttacksAndAHuntVowedAreIntent) {
  Doc more = test::ExtractAt(
      "date 2026-05-09\nGunmen killed two policemen near Turbat on Friday. The group warned it would carry out more "
      "attacks on police posts.",
      2026, 5, 9);
  test::MaybeDump(more);
  const Event* vow = test::EventFor(more, "attacks");
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->status, "intent");
  Doc hunt = test::ExtractAt(
      "date 2026-05-09\nSoldiers shot dead a gunman in Jenin on Friday. The army said it would keep pursuing the "
      "gunmen in Jenin.",
      2026, 5, 9);
  test::MaybeDump(hunt);
  EXPECT_EQ(test::CountWithStatus(hunt, "Armed clash", "intent"), 1u);
  Doc ar = test::ExtractAt(
      "date 2026-05-09\nوقال قائد عمليات المحافظة: «سنلاحق فلول داعش في جبال حمرين حتى آخر مخبأ».", 2026, 5, 9);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountWithStatus(ar, "Armed clash", "intent"), 1u);
}


// "would launch an operation to clear the hills of militants": the base
// form after a future is a campaign planned, an intent Armed clash.
TEST_F(VowsToGoOnTest, AnOperationToBeLaunchedIsIntent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nThe army said it would launch an operation to clear the hills east of Tikrit of militants.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 1u);
}


// "would respond with force to any attempt to cross": force threatened,
// intent.
TEST_F(VowsToGoOnTest, ForceThreatenedInResponseIsIntent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nGunmen fired on a border post near Ruwaished on Friday. The army said it would respond with "
      "force to any attempt to cross the border.",
      2026, 5, 9);
  test::MaybeDump(doc);
  const Event* vow = test::EventFor(doc, "respond with force");
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->status, "intent");
}


// "nobody knew if there would be a second blast": a fear of what may come,
// no event; the blast told stays.
TEST_F(VowsToGoOnTest, ABlastFearedToComeIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nA car bomb exploded at a checkpoint in Kismayo on Friday. \"Everyone ran, nobody knew if there "
      "would be a second blast,\" a trader said.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Remote explosive/landmine/IED", "intent"), 0u);
  EXPECT_EQ(test::EventFor(doc, "blast"), nullptr);
}


// "said it was ready to strike launch sites if the fire continued": an act
// held ready is intent, not the speaker's account of a deed.
TEST_F(VowsToGoOnTest, AStrikeHeldReadyIsIntent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nThe army said it was ready to bomb launch sites near Khiam if the rocket fire continued.", 2026,
      5, 9);
  test::MaybeDump(doc);
  const Event* ready = test::EventFor(doc, "bomb");
  ASSERT_NE(ready, nullptr);
  EXPECT_EQ(ready->status, "intent");
}

}  // namespace
}  // namespace marsad
