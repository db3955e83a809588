// Event words once missing whole families of forms: projectiles named by
// their rounds, weapons recovered or collected by a force, positions set
// up or taken up; and a killing told beside a seizure. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class UnextractedFamiliesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(UnextractedFamiliesTest, EnglishMortarRoundsAreShelling) {
  Doc doc = test::ExtractAt("date 2026-06-03\nInsurgents fired three mortar rounds at the police station in Kismayo on Monday.",
                            2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(UnextractedFamiliesTest, ArabicProjectileIsShellingAndOneEventWithItsStrike) {
  Doc alone = test::ExtractAt("date 2026-06-03\nسقط مقذوف على سوق شعبي في بلدة الخوخة مساء الاثنين.", 2026, 6, 3);
  test::MaybeDump(alone);
  EXPECT_EQ(CountSub(alone, "Shelling/artillery/missile attack"), 1u);
  // A projectile told with the shelling that fired it is that shelling.
  Doc with_shelling = test::ExtractAt(
      "date 2026-06-03\nقصفت القوات مدفعياً قرية الحسينية مساء الاثنين، وسقط مقذوف قرب مدرسة القرية.", 2026, 6, 3);
  test::MaybeDump(with_shelling);
  EXPECT_EQ(CountSub(with_shelling, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(UnextractedFamiliesTest, WeaponsRecoveredOrCollectedByAForceAreDisruptedWeaponsUse) {
  Doc en = test::ExtractAt(
      "date 2026-06-03\nPolice confiscated 40 pistols and a box of grenades during a search in Maiduguri on Tuesday.",
      2026, 6, 3);
  test::MaybeDump(en);
  EXPECT_EQ(CountSub(en, "Disrupted weapons use"), 1u);
  Doc ar = test::ExtractAt("date 2026-06-03\nجمعت قوات الجيش 120 قطعة سلاح من سكان مدينة كادقلي خلال الأسبوع الماضي.",
                           2026, 6, 3);
  test::MaybeDump(ar);
  EXPECT_EQ(CountSub(ar, "Disrupted weapons use"), 1u);
}

TEST_F(UnextractedFamiliesTest, RecoveringBodiesOrSettingUpACommitteeIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nRescuers recovered the bodies of four fishermen near Mombasa on Monday. "
      "The governor set up a committee to study the floods.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
  EXPECT_EQ(CountSub(doc, "Headquarters or base established"), 0u);
}

TEST_F(UnextractedFamiliesTest, PositionsSetUpOrTakenUpAreABaseEstablished) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nTurkish troops set up two new outposts near Tel Tamer on Sunday. "
      "Government forces took up positions around the airport of Juba on Monday.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Headquarters or base established"), 2u);
}

TEST_F(UnextractedFamiliesTest, KillingToldBesideASeizureIsAClashOfItsOwn) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nSoldiers killed three militants and recovered their rifles in the hills near Tebessa on Monday.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 1u);
}

TEST_F(UnextractedFamiliesTest, ArabicPostsAndHeadquartersSetUpAreABaseEstablished) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nأنشأت قوات الدعم مركزاً أمنياً قرب بلدة أم روابة يوم الأحد. "
      "وأقام المتمردون مقر قيادة في بلدة كاودا الأسبوع الماضي.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Headquarters or base established"), 2u);
  // A health centre is no post.
  Doc clinic = test::ExtractAt("date 2026-06-03\nأنشأت منظمة خيرية مركزاً صحياً في بلدة كاودا يوم الأحد.", 2026, 6, 3);
  test::MaybeDump(clinic);
  EXPECT_EQ(CountSub(clinic, "Headquarters or base established"), 0u);
}

TEST_F(UnextractedFamiliesTest, EnglishHeadquartersEstablishedIsABaseEstablished) {
  Doc doc = test::ExtractAt("date 2026-06-03\nThe militia established a new command post in a school in Beni on Friday.",
                            2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(UnextractedFamiliesTest, GroundEnteredWithoutAFightAfterAWithdrawalIsOneHandover) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nThe rebels pulled out of Kalehe on Sunday and government troops moved into the town without a "
      "fight the next morning.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 1u);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(UnextractedFamiliesTest, ChildrenAndBodiesHandedOverAreReleases) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nThe militia handed 31 children over to the Red Cross in Yambio on Monday. "
      "Separately, the army handed over the bodies of six fighters to their clan in Beledweyne on Tuesday.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 2u);
  // Figures released about children are no release of people.
  Doc report = test::ExtractAt("date 2026-06-03\nThe agency released new figures on children out of school in Yambio.",
                               2026, 6, 3);
  test::MaybeDump(report);
  EXPECT_EQ(report.events.size(), 0u);
}

TEST_F(UnextractedFamiliesTest, PactSignedIsAnAgreement) {
  Doc doc = test::ExtractAt("date 2026-06-03\nThe two clans signed a peace pact in Galkayo on Thursday.", 2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Agreement"), 1u);
}

TEST_F(UnextractedFamiliesTest, ArabicPluralTakersOfGroundAreAHandover) {
  Doc doc = test::ExtractAt("date 2026-06-03\nقال الأهالي إن عناصر الشرطة تسلّموا المقرات الحكومية في بلدة الصنمين يوم الأحد.",
                            2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 1u);
}

TEST_F(UnextractedFamiliesTest, BansInBothLanguagesAndEveryCaseAreAChangeOfActivity) {
  Doc ar = test::ExtractAt("date 2026-06-03\nوفرض المحافظ حظراً على التظاهر في مدينة كسلا لمدة أسبوع.", 2026, 6, 3);
  test::MaybeDump(ar);
  EXPECT_EQ(CountSub(ar, "Change to group/activity"), 1u);
  Doc en = test::ExtractAt("date 2026-06-03\nThe county prohibited public meetings in Eldoret for a month on Monday.", 2026, 6,
                           3);
  test::MaybeDump(en);
  EXPECT_EQ(CountSub(en, "Change to group/activity"), 1u);
}

TEST_F(UnextractedFamiliesTest, ArabicArmedFrictionIsAClashAndItsDenialIsNegated) {
  Doc doc = test::ExtractAt("date 2026-06-03\nونفى الجيش وقوع أي احتكاك مسلح مع قوات الحدود قرب بلدة القائم أمس.", 2026, 6,
                            3);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(doc.events[0].status, "negated");
}

TEST_F(UnextractedFamiliesTest, StonesThrownInEveryTenseAndWindowsSmashedAreRioting) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nA crowd had hurled bottles at a police van in Jalalabad on Sunday. "
      "In Karakol, youths smashed the windows of the district office on Monday.",
      2026, 6, 3);
  test::MaybeDump(doc);
  int riots = 0;
  for (const Event& e : doc.events) riots += e.acled_event_type == "Riots";
  EXPECT_EQ(riots, 2);
  // A figure of speech with the same verb is no riot.
  Doc idiom = test::ExtractAt("date 2026-06-03\nThe mayor threw his support behind the rock festival in Karakol.", 2026, 6,
                              3);
  test::MaybeDump(idiom);
  EXPECT_EQ(idiom.events.size(), 0u);
}

TEST_F(UnextractedFamiliesTest, AnEncounterWithSecurityForcesIsAClash) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nTwo insurgents were killed in an encounter with police in Bijapur district on Saturday.", 2026, 6,
      3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 1u);
}

TEST_F(UnextractedFamiliesTest, ArabicPluralOfArrestNounIsAnArrestAndItsDenialNegated) {
  Doc doc = test::ExtractAt("date 2026-06-03\nوقال مصدر أمني إنه لم تُسجَّل أي توقيفات في بلدة بنت جبيل حتى مساء أمس.", 2026, 6,
                            3);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(doc.events[0].status, "negated");
}

}  // namespace
}  // namespace marsad
