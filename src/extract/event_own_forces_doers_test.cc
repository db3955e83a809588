// The doer of a deed a party tells of its own men (قواته، مقاتليها, "its
// fighters"), a fight told from the side fired on, a country's air
// defences in Arabic, القاعدة as the base told before, and a name in
// quotation marks as a subject. Sentences are our own wording.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventOwnForcesDoersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// A named group that says its fighters attacked a police station attacked
// it: the police whose post was hit are the other side, not the doer the
// clause lacks, though the police speak of their own men in the same
// sentence.
TEST_F(EventOwnForcesDoersTest, SpeakersFightersAreItsOwn) {
  Doc doc = test::ExtractAt(
      "أعلنت «حركة الشباب» أن مقاتليها هاجموا مركزاً للشرطة في مدينة بلعد ليل الأربعاء، بينما قالت الشرطة "
      "الصومالية إن اثنين من عناصرها قُتلوا.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هاجموا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  // The speaker's words are the evidence, not a guess from the report's main actor.
  EXPECT_FALSE(e->actor1.implicit);
  EXPECT_GE(e->actor1.actor, 0);
}

// A doer named by name in the deed's own clause stays: only the party's own
// men are the speaker's.
TEST_F(EventOwnForcesDoersTest, NamedDoerOfTheClauseStays) {
  Doc doc = test::ExtractAt(
      "وقالت حركة الشباب في بيان إن الجيش الصومالي قصف مواقعها قرب بلدة عدن يابال يوم الأحد.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.sna");
}

// الدفاعات الجوية، المضادات الأرضية: a country's air defences over its own
// sky are its army, as "air defences" are in English.
TEST_F(EventOwnForcesDoersTest, ArabicAirDefencesAreTheArmy) {
  Doc doc = test::ExtractAt("أسقطت الدفاعات الجوية طائرة مسيّرة مفخخة فوق مدينة كركوك فجر الأحد.", 2026, 3, 9);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].actor1.identity.id, "irq.army");
  Doc ground = test::ExtractAt("تصدّت المضادات الأرضية لثلاث مسيّرات في سماء مدينة كركوك فجر الأحد.", 2026, 3, 9);
  test::MaybeDump(ground);
  ASSERT_FALSE(ground.events.empty());
  EXPECT_EQ(ground.events[0].actor1.identity.id, "irq.army");
}

// A fight told from the side fired on, its attacker unnamed, was fought by
// an unidentified armed group, not by the party the report names most.
TEST_F(EventOwnForcesDoersTest, PassiveFightHasAnUnidentifiedAttacker) {
  Doc doc = test::ExtractAt(
      "date 2026-03-09\nMOGADISHU, March 9 (Wire) - Somali army troops came under fire near Balad on Sunday, "
      "a day after the army said it had cleared the area of fighters. The army's commander said the troops "
      "returned fire and the army lost no men.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "came under fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

// القاعدة after the report named a base (قاعدة عسكرية) is that base, not
// al-Qaeda: the group is named تنظيم القاعدة and stays an actor.
TEST_F(EventOwnForcesDoersTest, TheBaseToldBeforeIsNoGroup) {
  Doc doc = test::ExtractAt(
      "أطلق مسلحون قذائف على قاعدة عسكرية قرب مدينة مأرب فجر الأحد، وسقطت قذيفة داخل القاعدة دون إصابات.", 2026, 3, 9);
  test::MaybeDump(doc);
  for (const ActorMention& m : doc.actors) EXPECT_NE(m.id, "al_qaeda") << doc.norm(m.span);
  Doc group = test::ExtractAt("تبنى تنظيم القاعدة الهجوم على قاعدة عسكرية قرب مدينة مأرب فجر الأحد.", 2026, 3, 9);
  test::MaybeDump(group);
  EXPECT_TRUE(std::any_of(group.actors.begin(), group.actors.end(), [](const ActorMention& m) { return m.id == "al_qaeda"; }));
}

// A name set alone in quotation marks is no one's words: as the subject
// before its verb («حركة الشباب» كانت قد سيطرت) it is the doer, not the
// party the report names most.
TEST_F(EventOwnForcesDoersTest, QuotedNameIsTheSubject) {
  Doc doc = test::ExtractAt(
      "قال الجيش الكيني إنه اعتقل خمسة مشتبه بهم قرب مانديرا يوم الأحد، وإن الجيش الكيني عزز مواقعه هناك. "
      "ويذكر أن «حركة الشباب» كانت قد سيطرت على بلدة قريبة عام 2008.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "سيطرت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_FALSE(e->actor1.implicit);
}

// A verb joined by "and" to the deed the speaker's troops do right after
// their noun shares that subject: the party named in the first deed's words
// is what they fought off, not who took the village, and the ground taken
// back by a state's troops is a government regaining it.
TEST_F(EventOwnForcesDoersTest, CoordinatedDeedOfOwnTroops) {
  Doc doc = test::ExtractAt(
      "The Sudanese army said its troops had repelled a Rapid Support Forces assault on Kadugli on Friday, "
      "and on Saturday recaptured the village of Kaiga, east of the town.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "recaptured");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.saf");
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
}

// A party named right before the second verb is its own subject: the
// coordination gives the speaker's troops no deed of another's.
TEST_F(EventOwnForcesDoersTest, SecondVerbWithItsOwnSubjectKeepsIt) {
  Doc doc = test::ExtractAt(
      "The Sudanese army said its troops had shelled positions near Kadugli on Friday, and the Rapid Support "
      "Forces captured the village of Kaiga.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "captured");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
}

// A threat joined by و with no subject of its own is the threat of the
// party named before the sentence's first verb, and the ground it vows to
// take back is its to take: the government's troops named in between, whose
// withdrawal is told, are the other side.
TEST_F(EventOwnForcesDoersTest, ThreatJoinedByWawKeepsTheFirstSubject) {
  Doc doc = test::ExtractAt(
      "وكانت حركة الشباب قد سيطرت على بلدة عيل بور في مارس 2024 بعد انسحاب القوات الحكومية منها، وتوعدت في "
      "بيانها أمس باستعادة القرى «خلال أيام».",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "باستعادة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
}

// A movement's army wing speaking by its own name (the SPLA-IO) is the
// movement: its forces' capture is a non-state actor's.
TEST_F(EventOwnForcesDoersTest, ArmyWingOfAMovementSpeaksForIt) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش الشعبي لتحرير السودان في المعارضة أن قواته سيطرت صباح الخميس على قاعدة عسكرية قرب بلدة نزارا.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "سيطرت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "ssd.splm_io");
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
}

// Mozambique's Defence and Security Forces (FDS) by their communiqué name:
// the state's forces, who regain the town their backers helped retake.
TEST_F(EventOwnForcesDoersTest, MozambicanDefenceAndSecurityForcesRegain) {
  Doc doc = test::ExtractAt(
      "وأعلنت قوات الدفاع والأمن الموزمبيقية، بدعم من القوات الرواندية، أنها استعادت السيطرة الكاملة على بلدة "
      "ماكوميا مساء الأحد.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "استعادت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "moz.mil");
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
}

// Freeing hostages or getting back a herd after a clash takes no ground:
// the clash stays a clash, and no capture of territory is told.
TEST_F(EventOwnForcesDoersTest, FreedHostagesAndCattleAreNoGround) {
  for (const char* text :
       {"وقال الجيش الكاميروني إن جنوده اشتبكوا مع عصابة خطف قرب بلدة نغاونديري يوم الاثنين وحرّروا رهينتين.",
        "وقال الجيش الكاميروني إن جنوده اشتبكوا مع لصوص ماشية قرب بلدة نغاونديري يوم الاثنين واستعادوا 120 رأساً."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 9);
    test::MaybeDump(doc);
    EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u) << text;
    EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u) << text;
    EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u) << text;
  }
}

}  // namespace
}  // namespace marsad
