// A party's claim counts the enemy it fought: the civilians of the neutral
// count set against it are dead on top of the claim, so the toll's high bound
// is the claim plus them (event_unit.cc CiviliansBesideFighters); the
// civilian item of a coordinated list is the toll's civilian subset
// (event_tolls.cc CoordinatedCount). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ClaimTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ClaimTollTest, CivilianItemOfAListIsTheCivilianSubset) {
  Doc doc = test::ExtractAt(
      "A suicide bomber rammed a car into an army post in Baidoa on Monday, killing at least five soldiers and three "
      "civilians, a police officer said.",
      2026, 11, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 8.0);
  ASSERT_TRUE(e.civilian_fatalities.has_value());
  EXPECT_EQ(e.civilian_fatalities->best, 3.0);
}

TEST_F(ClaimTollTest, ClaimAboutTroopsAddsTheCivilians) {
  Doc doc = test::ExtractAt(
      "A suicide bomber rammed a car into an army post in Baidoa on Monday, killing at least five soldiers and three "
      "civilians, a police officer said.\nThe militants said in a statement that their fighters had killed 30 troops "
      "in the attack.",
      2026, 11, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 8.0);
  ASSERT_TRUE(e.fatalities->high.has_value());
  EXPECT_EQ(*e.fatalities->high, 33.0);
}

// The claim of the security forces' dead leaves the attackers' dead of the
// neutral count on top of it.
TEST_F(ClaimTollTest, ClaimAboutPoliceAddsTheAttackers) {
  Doc doc = test::ExtractAt(
      "Militants attacked a checkpoint in Khash on Friday night, sparking a gunbattle that killed five police "
      "officers and two assailants, state media reported.\nThe group said in a statement that it had killed "
      "\"more than twenty\" members of the security forces.",
      2026, 11, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 7.0);
  ASSERT_TRUE(e.fatalities->high.has_value());
  EXPECT_EQ(*e.fatalities->high, 23.0);
}

// "وزعمت الجماعة أنها قتلت 30 جندياً": the soldiers counted right after the
// claim's figure are its dead, not the subject of its verb; the claim is of
// the bombing told before (event_folds.cc FoldClaimedTolls), its high bound.
TEST_F(ClaimTollTest, ArabicClaimOfCountedSoldiersRaisesTheHigh) {
  Doc doc = test::ExtractAt(
      "فجّر انتحاري من حركة الشباب سيارة مفخخة عند معسكر للجيش الصومالي في مدينة بلدوين صباح اليوم، ما أدى "
      "إلى مقتل أربعة جنود.\nوزعمت الحركة في بيان على موقعها أنها قتلت 30 جندياً.",
      2026, 10, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_sub_event_type, "Suicide bomb");
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 4.0);
  ASSERT_TRUE(e.fatalities->high.has_value());
  EXPECT_EQ(*e.fatalities->high, 30.0);
}

// A doer right after the killing verb with no count before it (حشد من
// السكان) is no counted dead: the mob's killing stays its own event, not the
// unverified abduction told before.
TEST_F(ClaimTollTest, UncountedSubjectAfterTheVerbKeepsItsEvent) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون قرية قرب مدينة مويدا ليل الجمعة وأحرقوا منازل.\nوأفادت أنباء غير مؤكدة بأن المسلحين خطفوا "
      "عدداً من النساء.\nوفي مدينة مويدا، قتل حشد من السكان رجلاً اتهموه بالسرقة مساء السبت.",
      2026, 10, 14);
  test::MaybeDump(doc);
  bool mob = false;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Mob violence") mob = true;
  EXPECT_TRUE(mob);
}

// "…، فيما زعمت الحركة أنها قتلت 25 جندياً": the claimed count told after a
// speech verb in the sentence of the toll is the party's count of those dead,
// the high bound of the event carrying them — not the toll of a generic
// word of it told nearer (استهدف), left as an attack of its own
// (event_tolls.cc AttachCasualty).
TEST_F(ClaimTollTest, ArabicClaimInTheTollSentenceIsItsHigh) {
  Doc doc = test::ExtractAt(
      "قُتل خمسة جنود على الأقل في هجوم انتحاري بسيارة مفخخة استهدف معسكراً للجيش في مدينة بلدوين، فيما زعمت "
      "حركة الشباب أنها قتلت 25 جندياً.",
      2026, 10, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_sub_event_type, "Suicide bomb");
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 5.0);
  ASSERT_TRUE(e.fatalities->high.has_value());
  EXPECT_EQ(*e.fatalities->high, 25.0);
}

// A new event word between the speech verb and the toll (اشتبكوا … وقتلوا)
// tells another act: its dead are its own.
TEST_F(ClaimTollTest, ClaimOfAnotherActKeepsItsToll) {
  Doc doc = test::ExtractAt(
      "قُتل ثلاثة جنود في هجوم انتحاري استهدف حاجزاً قرب مدينة بلدوين، وقالت الحركة إن مقاتليها اشتبكوا مع "
      "الجيش في قرية قريبة وقتلوا 15 جندياً.",
      2026, 10, 14);
  test::MaybeDump(doc);
  const Event* clash = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash") clash = &e;
  ASSERT_NE(clash, nullptr);
  ASSERT_TRUE(clash->fatalities.has_value());
  EXPECT_EQ(clash->fatalities->best, 15.0);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
  EXPECT_FALSE(doc.events[0].fatalities->high.has_value() && *doc.events[0].fatalities->high > 3.0);
}

// "فيما زعمت الحركة أن الهجوم أوقع 14 قتيلاً": a toll word after a definite
// generic word referring back (الهجوم) is the party's count of the dead told
// before the speech verb — that event's high bound, not an attack of its own.
TEST_F(ClaimTollTest, ArabicClaimThroughTheAttackIsItsHigh) {
  Doc doc = test::ExtractAt(
      "وفي مدينة جوهر، فجّر انتحاري نفسه عند بوابة معسكر للجيش صباح اليوم، فقُتل خمسة جنود، فيما زعمت حركة الشباب "
      "في بيان أن الهجوم أوقع 14 قتيلاً في صفوف الجيش.",
      2026, 10, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 5.0);
  ASSERT_TRUE(e.fatalities->high.has_value());
  EXPECT_EQ(*e.fatalities->high, 14.0);
}

// A party never counts its own dead as those it killed: the soldiers counted
// first are the army's, so the attackers it says it killed (a noun of no
// side) are dead on top of them (event_unit.cc KilledByTheDeadsOwnSide).
TEST_F(ClaimTollTest, ArmyClaimOfAttackersAddsToItsSoldiersArabic) {
  Doc doc = test::ExtractAt(
      "قُتل خمسة جنود فجر الأحد في هجوم شنّه مسلحون على حاجز للجيش قرب بلدة ميناكا.\n"
      "وقال الجيش في بيان إنه قتل 12 من المهاجمين خلال صدّ الهجوم.",
      2026, 11, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 5.0);
  ASSERT_TRUE(e.fatalities->high.has_value());
  EXPECT_EQ(*e.fatalities->high, 17.0);
}

TEST_F(ClaimTollTest, ArmyClaimOfAttackersAddsToItsSoldiersEnglish) {
  Doc doc = test::ExtractAt(
      "Six soldiers were killed when gunmen attacked an army base near Diffa on Sunday.\n"
      "The army said it killed 14 of the attackers.",
      2026, 11, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 6.0);
  ASSERT_TRUE(e.fatalities->high.has_value());
  EXPECT_EQ(*e.fatalities->high, 20.0);
}

// "… and killed 15 of them. Al-Shabaab claimed it had killed 9 soldiers":
// the count's pronoun (منهم، "of them") is of the group named last before it,
// the claimant's side; the claim names the other side's dead, on top of the
// count: the high bound is both (event_unit.cc KilledByTheDeadsOwnSide).
TEST_F(ClaimTollTest, ArabicCountOfThemAndTheClaimedSoldiersAddUp) {
  Doc doc = test::ExtractAt(
      "date 2026-10-06\nالصومال\nقال الجيش إن قواته صدّت صباح الإثنين هجوماً شنّه مقاتلو حركة الشباب على معسكر في "
      "بلدة بارديري، وقتلت 11 منهم.\nفي المقابل، زعمت الحركة أنها قتلت تسعة جنود خلال الهجوم.",
      2026, 10, 6);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.fatalities) e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 11.0);
  EXPECT_EQ(e->fatalities->high, 20.0);
}

TEST_F(ClaimTollTest, EnglishCountOfThemAndTheClaimedSoldiersAddUp) {
  Doc doc = test::ExtractAt(
      "date 2026-10-06\nSomalia\nThe Somali army said its forces repelled an attack launched by al-Shabaab fighters on "
      "a camp in the town of Bardere on Monday and killed 15 of them.\nAl-Shabaab claimed it had killed 9 soldiers "
      "during the attack.",
      2026, 10, 6);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.fatalities) e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 15.0);
  EXPECT_EQ(e->fatalities->high, 24.0);
}

// "killing two fighters of the Syrian Democratic Forces and a passer-by": a
// force's name after the count's noun is one word of the way to the "and"
// that joins more victims (event_tolls.cc CoordinatedCount).
TEST_F(ClaimTollTest, EnglishVictimJoinedPastAForceNameIsCounted) {
  Doc doc = test::ExtractAt(
      "date 2026-10-06\nSyria\nA drone struck a pickup truck outside Manbij on Sunday, killing three fighters of the "
      "Syrian Democratic Forces and a shepherd, a war monitor said.",
      2026, 10, 6);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.fatalities) e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 4.0);
}

TEST_F(ClaimTollTest, ArabicCountJoinedPastAForceNameIsCounted) {
  Doc doc = test::ExtractAt(
      "date 2026-10-06\nسوريا\nقصفت طائرة مسيّرة شاحنة صغيرة قرب منبج يوم الأحد، ما أدى إلى مقتل ثلاثة من مقاتلي "
      "قوات سوريا الديمقراطية وراعيين اثنين.",
      2026, 10, 6);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.fatalities) e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 5.0);
}

// "three soldiers and seven of the attackers": the attackers' dead are no
// soldiers the attackers claim to have killed, so they are added on top of
// the claim for the high bound (10 counted, 20 claimed: 10/10/27).
TEST_F(ClaimTollTest, ArabicAttackersDeadAreOnTopOfTheirClaim) {
  Doc doc = test::ExtractAt(
      "date 2026-11-03\nأعلن الجيش أن مسلحين هاجموا معسكراً للجيش في بلدة كيدال ليل الأحد، وأن الاشتباكات أسفرت عن مقتل "
      "ثلاثة جنود وسبعة من المهاجمين.\nوقالت الجماعة في بيان إن مقاتليها قتلوا 20 جندياً.",
      2026, 11, 3);
  test::MaybeDump(doc);
  const Event* fight = nullptr;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best == 10.0) fight = &e;
  ASSERT_NE(fight, nullptr);
  ASSERT_TRUE(fight->fatalities->high.has_value());
  EXPECT_EQ(*fight->fatalities->high, 27.0);
}

TEST_F(ClaimTollTest, EnglishAttackersDeadAreOnTopOfTheirClaim) {
  Doc doc = test::ExtractAt(
      "date 2026-11-03\nMilitants attacked an army camp in Kidal on Sunday night, and three soldiers and seven of the "
      "attackers were killed in the fighting, the army said.\nThe group said in a statement that its fighters had "
      "killed 20 soldiers.",
      2026, 11, 3);
  test::MaybeDump(doc);
  const Event* fight = nullptr;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best == 10.0) fight = &e;
  ASSERT_NE(fight, nullptr);
  ASSERT_TRUE(fight->fatalities->high.has_value());
  EXPECT_EQ(*fight->fatalities->high, 27.0);
}

// "killed 15 during the raid": the phrase after the claim's figure names the
// raid, not whom the figure counts; a claim of no noun is of the state's
// forces, so the two attackers are added on top of it, not the policemen.
TEST_F(ClaimTollTest, EnglishClaimDuringTheRaidCountsNoAttackers) {
  Doc doc = test::ExtractAt(
      "date 2026-11-03\nGunmen raided a police station in Tillaberi on Sunday night, and six police officers and two "
      "of the attackers were killed, the interior ministry said.\nThe group said in a statement that its fighters "
      "had killed 15 during the raid.",
      2026, 11, 3);
  test::MaybeDump(doc);
  const Event* raid = nullptr;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best == 8.0) raid = &e;
  ASSERT_NE(raid, nullptr);
  ASSERT_TRUE(raid->fatalities->high.has_value());
  EXPECT_EQ(*raid->fatalities->high, 17.0);
}

// The same when the party claims the attack first and its killing is folded
// into the fight (تبنت الجماعة الهجوم وقالت إن مقاتليها قتلوا 20 جندياً).
TEST_F(ClaimTollTest, ArabicAttackersDeadAreOnTopOfTheClaimOfTheAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-11-03\nأعلن الجيش أن مسلحين هاجموا معسكراً للجيش في بلدة كيدال ليل الأحد، وأن الاشتباكات أسفرت عن مقتل "
      "ثلاثة جنود وسبعة من المهاجمين.\nوتبنّت الجماعة الهجوم، وقالت في بيان إن مقاتليها قتلوا 20 جندياً.",
      2026, 11, 3);
  test::MaybeDump(doc);
  const Event* fight = nullptr;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best == 10.0) fight = &e;
  ASSERT_NE(fight, nullptr);
  ASSERT_TRUE(fight->fatalities->high.has_value());
  EXPECT_EQ(*fight->fatalities->high, 27.0);
}

// Dead told first in their sentence, before a capture the attackers claim
// ("… six soldiers were killed, while the militants claimed they had seized
// the base"), are the dead of the fight told in the sentence before, not of
// the capture.
static const Event* OfSubType(const Doc& doc, const char* sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(ClaimTollTest, DeadToldBeforeAClaimedCaptureAreTheFightsBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-10-29\nMilitants attacked an army base near Baidoa before dawn on Tuesday, officials said.\nThe "
      "officials said at least six soldiers were killed, while the militants claimed they had briefly seized the base.",
      2026, 10, 29);
  test::MaybeDump(doc);
  const Event* fight = OfSubType(doc, "Armed clash");
  const Event* capture = OfSubType(doc, "Non-state actor overtakes territory");
  ASSERT_NE(fight, nullptr);
  ASSERT_NE(capture, nullptr);
  ASSERT_TRUE(fight->fatalities.has_value());
  EXPECT_EQ(fight->fatalities->best, 6.0);
  EXPECT_FALSE(capture->fatalities.has_value());
}

TEST_F(ClaimTollTest, ArabicDeadToldBeforeAClaimedCaptureAreTheFightsBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-10-29\nهاجم مسلحون قاعدة للجيش قرب مدينة بيدوا فجر الثلاثاء، بحسب مسؤولين.\nوقال المسؤولون إن ستة "
      "جنود قتلوا، فيما زعم المسلحون أنهم سيطروا على القاعدة لساعات.",
      2026, 10, 29);
  test::MaybeDump(doc);
  const Event* fight = OfSubType(doc, "Armed clash");
  const Event* capture = OfSubType(doc, "Non-state actor overtakes territory");
  ASSERT_NE(fight, nullptr);
  ASSERT_NE(capture, nullptr);
  ASSERT_TRUE(fight->fatalities.has_value());
  EXPECT_EQ(fight->fatalities->best, 6.0);
  EXPECT_FALSE(capture->fatalities.has_value());
}

// The town named again in the second sentence ("near Kismayo", "in
// Kismayo") is the same place: the dead still go to the fight.
TEST_F(ClaimTollTest, DeadBeforeAClaimedCaptureInTheTownNamedAgain) {
  Doc doc = test::ExtractAt(
      "date 2026-10-29\nMilitants attacked an army base near Kismayo before dawn on Wednesday, residents said.\nResidents "
      "said four soldiers were killed in Kismayo, while the militants claimed they had briefly seized the base.",
      2026, 10, 29);
  test::MaybeDump(doc);
  const Event* fight = OfSubType(doc, "Armed clash");
  const Event* capture = OfSubType(doc, "Non-state actor overtakes territory");
  ASSERT_NE(fight, nullptr);
  ASSERT_NE(capture, nullptr);
  ASSERT_TRUE(fight->fatalities.has_value());
  EXPECT_EQ(fight->fatalities->best, 4.0);
  EXPECT_FALSE(capture->fatalities.has_value());
}

// A capture told before its dead keeps them ("seized the base, killing six").
TEST_F(ClaimTollTest, DeadToldAfterTheCaptureStayItsOwn) {
  Doc doc = test::ExtractAt(
      "date 2026-10-29\nMilitants attacked an army base near Baidoa before dawn on Tuesday, officials said.\nThe "
      "militants later seized the base, killing six soldiers, the officials said.",
      2026, 10, 29);
  test::MaybeDump(doc);
  const Event* capture = OfSubType(doc, "Non-state actor overtakes territory");
  ASSERT_NE(capture, nullptr);
  ASSERT_TRUE(capture->fatalities.has_value());
  EXPECT_EQ(capture->fatalities->best, 6.0);
}

// "… were killed in the gunfight along with four soldiers": victims joined
// by "along with" a few words after the toll word died with those counted.
TEST_F(ClaimTollTest, EnglishVictimsAlongWithAreCounted) {
  Doc doc = test::ExtractAt(
      "date 2026-12-05\nGunmen attacked a police post in Tank on Friday, and officials said five attackers were killed "
      "in the ensuing gunfight along with three policemen.",
      2026, 12, 5);
  test::MaybeDump(doc);
  bool found = false;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best) {
      found = true;
      EXPECT_EQ(*e.fatalities->best, 8.0) << e.acled_sub_event_type;
    }
  EXPECT_TRUE(found);
}

TEST_F(ClaimTollTest, EnglishTheBomberAlongWithIsCounted) {
  Doc doc = test::ExtractAt(
      "date 2026-12-05\nA suicide bomber attacked a checkpoint in Bannu on Friday, and police said two soldiers were "
      "killed along with the bomber.",
      2026, 12, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

}  // namespace
}  // namespace marsad
