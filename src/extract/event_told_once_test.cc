// Acts told once, whose words recur as something else: the predicate after
// an Arabic noun cue with the article (event_not_events.cc
// NotEventCueCovers), the act those held were involved in (`not_event`
// cues تورط، متورطون، "involved in"), and an Arabic definite noun in the
// object of a later verb whose day is that verb's (event_unit.cc
// DateOfTheVerbBefore; English the day before the verb, and the doer of
// that verb is not the noun's, DoerOfAnotherAct); a ban on protests
// (حظر جميع المسيرات) is a change to group activity, the protests banned
// none; a bare Arabic verb after an indefinite attack describes it
// (UnmarkedRelativeHead); control held before, inside a `former_holder`
// cue (كانت الحركة تسيطر عليهما), is no capture. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ToldOnceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ToldOnceTest, ArabicVerbAfterTheDefiniteGangsIsTold) {
  Doc doc = test::ExtractAt("قالت منظمة حقوقية إن أفراد العصابات اغتصبوا خمس نساء في بلدة جاكمل يوم الأحد.", 2025, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Sexual violence"), 1u);
}

TEST_F(ToldOnceTest, ArabicIndefiniteGangsOfKidnappingStayAName) {
  // عصابات الخطف: the construct names the gangs by what they do.
  Doc doc = test::ExtractAt("حذرت الشرطة من نشاط عصابات الخطف في مدينة جاكمل يوم الأحد.", 2025, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(ToldOnceTest, ArabicComplementAfterDefiniteAdjectiveStaysBackground) {
  // الخاضعة لسيطرة: control held, no capture, though the adjective has the article.
  Doc doc = test::ExtractAt("توعد قائد ميداني باستعادة القرى الخاضعة لسيطرة المتمردين قرب مدينة جاكمل.", 2025, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(ToldOnceTest, ArabicRiotTheArrestedWereInvolvedInIsNoSecondRiot) {
  Doc doc = test::ExtractAt(
      "رشق شبان غاضبون قوات الأمن بالحجارة وأحرقوا إطارات في مدينة تطوان يوم الأحد.\n"
      "وأعلنت الشرطة اليوم الاثنين توقيف تسعة أشخاص في تطوان قالت إنهم متورطون في أعمال التخريب.",
      2025, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(ToldOnceTest, EnglishVandalismTheArrestedWereInvolvedInIsNoSecondRiot) {
  Doc doc = test::ExtractAt(
      "Youths threw stones at police and burned tyres in Tetouan on Sunday.\n"
      "Police said on Monday they had arrested nine people involved in vandalism in Tetouan.",
      2025, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(ToldOnceTest, ArabicProtestWhoseOrganisersWereArrestedNextDayIsOneProtest) {
  Doc doc = test::ExtractAt(
      "تظاهر مئات من أهالي مدينة طبرق مساء أمس الأحد للمطالبة بتحسين الخدمات.\n"
      "وقال ناشطون إن الأمن اعتقل أربعة من منظمي التظاهرة فجر اليوم الاثنين.",
      2025, 6, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(ToldOnceTest, ArabicBanOnAllMarchesIsAChangeNotAProtest) {
  Doc doc = test::ExtractAt("أعلنت وزارة الداخلية حظر جميع المسيرات في مدينة طبرق حتى إشعار آخر.", 2025, 6, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

TEST_F(ToldOnceTest, ArabicAuthoritiesBanningProtestsByVerbIsAChange) {
  Doc doc = test::ExtractAt("منعت السلطات المحلية التظاهرات في مدينة طبرق يوم الأحد.", 2025, 6, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

TEST_F(ToldOnceTest, EnglishRaidersWhoKillHerdersAreAnArmedGroupsAttack) {
  // A toll word is an event by its named doer: "raiders" must be one.
  Doc doc = test::ExtractAt("Armed raiders killed three herders and drove off 200 goats near Lokori on Monday, police said.",
                            2025, 6, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

TEST_F(ToldOnceTest, EnglishShootingNamedInALaterArrestIsTheShootingToldBefore) {
  Doc doc = test::ExtractAt(
      "Three people were shot dead when gunmen opened fire on a bus in Umlazi, south of Durban, on Thursday evening, "
      "police said.\n"
      "Police said on Friday they had arrested a 31-year-old suspect in a raid in Durban and seized two rifles believed "
      "to have been used in the shooting.",
      2025, 6, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(ToldOnceTest, ArabicBareVerbDescribingAnIndefiniteAttackIsThatAttack) {
  // هجوم … استهدف: a relative clause on an indefinite noun needs no الذي.
  Doc doc = test::ExtractAt(
      "قُتل شخصان جراء هجوم شنّته القوات الروسية بطائرات مسيّرة على مدينة خيرسون ليلة الأحد، استهدف محطة للكهرباء.",
      2025, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

TEST_F(ToldOnceTest, ArabicVerbWithItsOwnDoerAfterAnAttackIsAnotherAct) {
  Doc doc = test::ExtractAt(
      "قُتل شخصان جراء هجوم بطائرات مسيّرة على مدينة خيرسون ليلة الأحد، وقصف الجيش الأوكراني مواقع روسية قرب المدينة.",
      2025, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
}

TEST_F(ToldOnceTest, ArabicControlHeldBeforeARecaptureIsNoCapture) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش أن قواته استعادت يوم الأحد قريتين قرب مدينة بلدوين كانت حركة الشباب تسيطر عليهما.", 2025, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

// A fight told as one between two sides (بين … و), then a party named
// nowhere after بين hitting back: that party's own clash, not the same
// fight retold (event_unit.cc FightBetweenOthers). One of the sides telling
// that it hit back retells the fight.
constexpr const char* kFightBetweenTwo =
    "اندلعت اشتباكات بالأسلحة الرشاشة والقذائف الصاروخية، مساء الأحد، بين عناصر من حركة «فتح» ومجموعة "
    "مسلحة في مخيم البداوي قرب مدينة طرابلس، ما أدى إلى مقتل عنصرين.\n";

TEST_F(ToldOnceTest, ArabicThirdPartyAnsweringFireIsItsOwnClash) {
  Doc doc = test::ExtractAt(std::string(kFightBetweenTwo) +
                                "وأعلن الجيش اللبناني أن وحدة منه ردّت على مصادر النيران التي طالت مركزاً له عند مدخل المخيم.",
                            2026, 12, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 2u);
}

TEST_F(ToldOnceTest, ArabicSideOfTheFightAnsweringFireRetellsIt) {
  Doc doc = test::ExtractAt(std::string(kFightBetweenTwo) + "وأعلنت حركة «فتح» أن عناصرها ردّت على مصادر النيران عند مدخل المخيم.",
                            2026, 12, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

// English: the third party's own account of hitting back (its units, an
// `own_forces` doer) is no account of the fight between the others
// (event_folds.cc OneSideOf).
constexpr const char* kEnglishFightBetweenTwo =
    "Clashes with machine guns and rockets broke out on Sunday night between Fatah members and a hardline "
    "group in the Beddawi camp near Tripoli, killing two.\n";

TEST_F(ToldOnceTest, EnglishThirdPartyReturningFireIsItsOwnClash) {
  Doc doc = test::ExtractAt(std::string(kEnglishFightBetweenTwo) +
                                "The Lebanese army said one of its units returned fire on the source of the shooting at the camp entrance.",
                            2026, 12, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 2u);
}

TEST_F(ToldOnceTest, EnglishSideOfTheFightReturningFireRetellsIt) {
  Doc doc = test::ExtractAt(std::string(kEnglishFightBetweenTwo) +
                                "Fatah said its fighters returned fire on the source of the shooting at the camp entrance.",
                            2026, 12, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

}  // namespace
}  // namespace marsad
