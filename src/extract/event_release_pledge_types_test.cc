// Sub-event types decided by the words around the event word: a former
// policeman killed is a civilian attacked, and a drone that kills makes a
// drone strike; captives let go (يُفرج عنهم، "ordered the release of") are a
// release, a release only demanded, set as a condition or scheduled none;
// chiefs who sign a pledge make an agreement; boats seized are goods, no
// ground; a bombardment protested against is the crowd's topic. Sentences
// are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ReleasePledgeTypesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ReleasePledgeTypesTest, AFormerPoliceOfficerShotDeadIsAnAttack) {
  Doc doc = test::ExtractAt("Gunmen shot dead a former police officer outside his home in Homs on Tuesday.", 2026, 11, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(ReleasePledgeTypesTest, AServingPoliceOfficerShotDeadStaysAClash) {
  Doc doc = test::ExtractAt("Gunmen shot dead a police officer outside his home in Homs on Tuesday.", 2026, 11, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

TEST_F(ReleasePledgeTypesTest, TheArabicPassiveReleaseIsARelease) {
  Doc doc = test::ExtractAt("خطف مسلحون ثلاثة تجار قرب مدينة غاو يوم الاثنين، قبل أن يُفرج عنهم مساء الأربعاء.", 2026, 11,
                            20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "يُفرج");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");
}

TEST_F(ReleasePledgeTypesTest, AReleaseSetAsAConditionIsNone) {
  Doc doc = test::ExtractAt("وهدد ذوو المعتقلين بالاعتصام أمام مقر المحافظة في مدينة غاو إن لم يُفرج عنهم.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Other"), 0u);
}

TEST_F(ReleasePledgeTypesTest, AScheduledReleaseIsNone) {
  Doc doc = test::ExtractAt("ومن المقرر أن تفرج الحركة عن عشرة أسرى آخرين في مدينة غاو يوم السبت المقبل.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Other"), 0u);
}

TEST_F(ReleasePledgeTypesTest, ACourtOrderingTheReleaseOfDetainees) {
  Doc doc = test::ExtractAt("A court in Mosul ordered the release of 20 detainees held without trial on Monday.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ordered the release of");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");
}

TEST_F(ReleasePledgeTypesTest, DemandingTheReleaseIsNoRelease) {
  Doc doc = test::ExtractAt("Hundreds of relatives marched in Mosul on Monday to demand the release of 20 detainees.", 2026, 11,
                            20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Other"), 0u);
}

TEST_F(ReleasePledgeTypesTest, ChiefsSigningAPledgeMakeAnAgreement) {
  Doc doc = test::ExtractAt("On Tuesday, community chiefs from two counties signed a pledge in Malakal to end cattle raids.", 2026,
                            11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "signed a pledge");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Agreement");
}

TEST_F(ReleasePledgeTypesTest, BoatsSeizedAreNoTerritory) {
  Doc doc = test::ExtractAt("Coastguard units seized three fishing boats off Zuwara on Wednesday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(ReleasePledgeTypesTest, ExplosiveChargesSeizedAreWeaponsUseDisrupted) {
  Doc doc = test::ExtractAt("Police seized 40 explosive charges in a house in Mosul on Monday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(ReleasePledgeTypesTest, TheBombardmentProtestedAgainstIsTheCrowdsTopic) {
  Doc doc = test::ExtractAt("Hundreds of villagers in Sidakan protested on Tuesday against the bombardment.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

TEST_F(ReleasePledgeTypesTest, ABombardmentToldIsStillAShelling) {
  Doc doc = test::ExtractAt("The bombardment of Sidakan by Iranian artillery lasted three hours on Tuesday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(ReleasePledgeTypesTest, ADroneThatKillsIsADroneStrike) {
  Doc doc = test::ExtractAt("Near Sidakan, a Turkish drone killed two suspected PKK fighters in a car on Thursday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(ReleasePledgeTypesTest, GunmenWhoKillFightersStillClash) {
  Doc doc = test::ExtractAt("Near Sidakan, Turkish troops killed two suspected PKK fighters on Thursday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(ReleasePledgeTypesTest, AFamilyIsNoCapture) {
  Doc doc = test::ExtractAt("وقال مصدر طبي إن قذيفة سقطت على منزل في مدينة صبراتة أمس وأصابت أربعة من أفراد أسرة واحدة.", 2026, 11,
                            20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(ReleasePledgeTypesTest, CapturingHimIsStillACaptureWord) {
  Doc doc = test::ExtractAt("وأعلنت الجماعة أن مقاتليها تمكنوا من أسره قرب مدينة صبراتة أمس.", 2026, 11, 20);
  test::MaybeDump(doc);
  bool capture = false;
  for (const TriggerMention& t : doc.triggers) capture = capture || t.lemma == "أسر";
  EXPECT_TRUE(capture);
}

TEST_F(ReleasePledgeTypesTest, ASuicideBomberBeforeTheVerbMakesASuicideBombing) {
  Doc doc = test::ExtractAt("قالت وزارة الدفاع إن انتحارياً فجّر سيارة مفخخة صباح الخميس عند مدخل ثكنة قرب مدينة والام.", 2026, 11,
                            28);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Suicide bomb"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
}

TEST_F(ReleasePledgeTypesTest, StrikesCarriedOutAreAnAirStrike) {
  Doc doc = test::ExtractAt("وقال الجيش إن سلاح الجو نفّذ صباح السبت ضربات على معسكرات للمسلحين قرب مدينة أرغونغو.", 2026, 11, 28);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

TEST_F(ReleasePledgeTypesTest, ACrowdBurningHousesBelongingToAPeopleIsAMob) {
  Doc doc = test::ExtractAt("A crowd attacked and set fire to two houses belonging to Coptic Christians near Minya on Sunday.", 2026,
                            11, 22);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 0u);
}

}  // namespace
}  // namespace marsad
