// A capture whose subject is the word a group's armed men are called by
// (مقاتلوه، مقاتلو الحركة، "its fighters": a `fighters_noun` cue) was made
// by a non-state party: a state force read as the taker from elsewhere is
// the holder (actor 2), and the event is Non-state actor overtakes
// territory. Fighters told as a state force's backers leave it the taker.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "tests/testutil.h"

namespace marsad {
namespace {

class FightersTakersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FightersTakersTest, ArabicFightersOfAnUnnamedGroupTakeFromTheArmy) {
  Doc doc = test::ExtractAt("قال فصيل متمرد في بيان إن مقاتليه سيطروا يوم الجمعة على موقع عسكري للجيش التشادي قرب مدينة فايا.",
                            2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "سيطروا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "tcd.mil");
}

TEST_F(FightersTakersTest, ArabicNamedGroupAfterTheFightersNounIsTheTaker) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش في أفريقيا الوسطى أنه استعاد بلدة بوكا يوم السبت، وكان مقاتلو ائتلاف الوطنيين من أجل التغيير قد "
      "سيطروا عليها الأربعاء الماضي.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "سيطروا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "caf.cpc");
  const Event* back = test::ExpectEvent(doc, "استعاد");
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(back->acled_sub_event_type, "Government regains territory");
}

TEST_F(FightersTakersTest, ArabicFightersBackingTheArmyLeaveItTheTaker) {
  Doc doc = test::ExtractAt("قالت وزارة الدفاع الصومالية إن قوات الجيش بالتعاون مع مقاتلي العشائر استعادت يوم الاثنين قرية قرب بلدوين.",
                            2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "استعادت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.sna");
}

TEST_F(FightersTakersTest, EnglishItsFightersTookAnArmyOutpost) {
  Doc doc = test::ExtractAt(
      "The Chadian army said it had shelled rebel positions near Faya. The rebel council said its fighters took control of "
      "an army outpost north of Faya on Saturday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "took control");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "tcd.mil");
}

TEST_F(FightersTakersTest, EnglishFightersBackingGovernmentForcesLeaveThemTheTaker) {
  Doc doc = test::ExtractAt("Somali government forces backed by clan fighters recaptured the town of Adale on Monday.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "recaptured");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.sna");
}

// Registry rows: the armed forces with no nationality are the event
// country's army, as الجيش.
TEST_F(FightersTakersTest, ArabicArmedForcesAloneAreTheCountrysArmy) {
  Doc doc = test::ExtractAt("أعلنت وزارة الدفاع في أفريقيا الوسطى أن القوات المسلحة استعادت يوم الأحد بلدة بيراو.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "استعادت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(test::CodedId(doc, e->actor1), "caf.mil");
}

// 'The army would "retake X"': the quote opens on the capture word, so
// the army before the opening mark is its subject.
TEST_F(FightersTakersTest, EnglishSubjectBeforeAQuotedPledgeToRetake) {
  Doc doc = test::ExtractAt("The defence minister said the army would \"retake Tessalit at any cost\".", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "retake");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(test::CodedId(doc, e->actor1), "mli.mil");
}

// "Local forces, backed by the army, retook": an unnamed subject backed by
// a state force took the ground back on the government's side; the
// insurgents who took it the week before (carried over as the doer) are
// the holders.
TEST_F(FightersTakersTest, ArabicStateBackedSubjectRegains) {
  Doc doc = test::ExtractAt(
      "سيطرت حركة الشباب الأسبوع الماضي على قريتين قرب بلدوين.\nوأعلنت إدارة الإقليم أن قوات محلية، بدعم من الجيش "
      "الوطني، استعادت السيطرة على القريتين يوم الاثنين.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "استعادت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.sna");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "som.shabaab");
}

TEST_F(FightersTakersTest, EnglishStateBackedSubjectRegains) {
  Doc doc = test::ExtractAt(
      "Al-Shabaab seized two villages near Beledweyne last week.\nLocal forces, backed by the army, retook the villages on "
      "Monday, the regional administration said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "retook");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "som.shabaab");
}

}  // namespace
// A capture verb joined by و/"and" to a verb of the fighters noun's clause
// that made no event of its own shares its subject: the fighters took the
// ground, not the army told before. With no party named, the capture may
// fold into the first one told; if it stands, it is no government regaining.
void ExpectNoStateRegain(const Doc& doc, std::string_view trigger) {
  const std::string key = NormalizeKey(trigger);
  for (const Event& e : doc.events) {
    if (doc.norm(doc.triggers[e.trigger].span).find(key) == std::string_view::npos) continue;
    EXPECT_NE(e.acled_sub_event_type, "Government regains territory") << trigger;
    EXPECT_NE(test::ActorId(doc, e.actor1), "tcd.mil") << trigger;
  }
}

TEST_F(FightersTakersTest, ArabicJoinedCaptureAfterTheFightersOwnVerb) {
  Doc doc = test::ExtractAt(
      "قصف الجيش التشادي مواقع للمتمردين قرب فايا يوم الجمعة. وقالت مصادر محلية إن المقاتلين دخلوا القرية من الجهة "
      "الشمالية، وسيطروا على مركز الشرطة.",
      2026, 11, 20);
  test::MaybeDump(doc);
  ExpectNoStateRegain(doc, "وسيطروا");
}

TEST_F(FightersTakersTest, EnglishJoinedCaptureAfterTheFightersOwnVerb) {
  Doc doc = test::ExtractAt(
      "The Chadian army shelled rebel positions near Faya on Friday. Residents said the fighters reached the village from "
      "the north and seized the police station.",
      2026, 11, 20);
  test::MaybeDump(doc);
  ExpectNoStateRegain(doc, "seized");
}

TEST_F(FightersTakersTest, ArabicFightersAsTheObjectLeaveTheArmyTheTaker) {
  Doc doc = test::ExtractAt(
      "قالت وزارة الدفاع التشادية إن الجيش طرد المقاتلين من القرية قرب فايا يوم الجمعة، وسيطر على مركز الشرطة.",
      2026, 11, 20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Non-state actor overtakes territory" || e.acled_sub_event_type == "Government regains territory")
      EXPECT_EQ(e.acled_sub_event_type, "Government regains territory");
}

// A quoted "we advanced" with no speaker the lexicon knows takes the
// report's main actor as its guessed doer, and with it the government's
// side; the quote retells the capture told before and folds into it.
TEST_F(FightersTakersTest, ArabicQuotedCaptureWithAGuessedDoerRetellsTheTake) {
  Doc doc = test::ExtractAt(
      "أعلنت جماعة مسلحة متمردة سيطرتها على بلدة قرب فايا فجر اليوم، بعد اشتباكات مع القوات الحكومية. وقال مصدر "
      "عسكري إن الجيش التشادي أرسل تعزيزات إلى المنطقة.\n\nوقال قيادي في إحدى الجماعات لوسائل إعلام محلية: «تقدّمنا "
      "مستمر، والبلدة باتت تحت سيطرتنا الكاملة».",
      2026, 11, 20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    EXPECT_NE(e.acled_sub_event_type, "Government regains territory");
  const Event* e = test::ExpectEvent(doc, "سيطرتها");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
}

// A party that opens a clause after a complementizer is the subject of its
// verb (no event here: وصلوا، "reached"); a capture joined to that verb is
// that party's, not the army's of the strike told before in the sentence.
TEST_F(FightersTakersTest, ArabicJoinedCaptureSharesTheSubjectAfterTheComplementizer) {
  Doc doc = test::ExtractAt(
      "قصف الجيش التشادي قرية قرب فايا يوم الجمعة، وقال سكان إن مسلحين وصلوا القرية من الجهة الشمالية، وسيطروا على "
      "مركز الشرطة.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "وسيطروا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
  EXPECT_NE(test::ActorId(doc, e->actor1), "tcd.mil");
}

TEST_F(FightersTakersTest, EnglishJoinedCaptureSharesTheSubjectAfterThat) {
  Doc doc = test::ExtractAt(
      "The Chadian army shelled a village near Faya on Friday, and residents said that gunmen reached the village from "
      "the north, and seized the police station.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "seized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
  EXPECT_NE(test::ActorId(doc, e->actor1), "tcd.mil");
}

}  // namespace marsad
