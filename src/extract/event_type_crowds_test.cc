// Which type a crowd's scene takes. Tear gas, water cannon or rubber bullets
// fired at a counted crowd ("at hundreds of teachers", على مئات الطلاب) break
// up a protest even when no protest word is told: a protest with
// intervention, not an attack on civilians (fired at residents in a raid, with
// no crowd, they stay an attack). A crowd's march that sets fire to vehicles
// on its way ("setting fire to two police vehicles") is a violent
// demonstration.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class TypeCrowdsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TypeCrowdsTest, TearGasAtHundredsOfWorkersIsAProtestWithIntervention) {
  Doc doc = test::ExtractAt(
      "In Cali, riot police fired tear gas at hundreds of nurses who stood outside the ministry on Monday over unpaid wages.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(TypeCrowdsTest, TearGasAtDozensOfStudentsIsAProtestWithIntervention) {
  Doc doc = test::ExtractAt("Police fired tear gas at dozens of students in Medellin on Monday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(TypeCrowdsTest, TearGasAtResidentsInARaidStaysAnAttack) {
  Doc doc = test::ExtractAt(
      "Soldiers raided the village of Burqa on Monday and fired tear gas at residents, witnesses said.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 0u);
}

TEST_F(TypeCrowdsTest, TearGasAtTwoMenIsNoCrowd) {
  Doc doc = test::ExtractAt("Police fired tear gas at two men in Medellin on Monday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 0u);
}

TEST_F(TypeCrowdsTest, MarchSettingFireToVehiclesIsAViolentDemonstration) {
  Doc doc = test::ExtractAt(
      "Angry residents marched on the town hall in Goma on Monday, setting fire to three police vehicles on the way.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

// People named as the subject of an English burning verb (an adverb may
// stand between: "residents later set fire") are its doers; in the sentence
// of their protest or riot they are a violent demonstration.
TEST_F(TypeCrowdsTest, ResidentsBurningBusesInProtestAreAViolentDemonstration) {
  Doc doc = test::ExtractAt(
      "Residents later set fire to two buses on a nearby avenue in Recife on Monday in protest at the killings.", 2026,
      11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

TEST_F(TypeCrowdsTest, GunmenBurningBusesStayPropertyDestruction) {
  Doc doc = test::ExtractAt("Gunmen set fire to two buses on a nearby avenue in Recife on Monday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

// "blockaded": an armed party cutting off a road is a change to its
// activity; a crowd blockading a road protests (a `closure` lemma).
TEST_F(TypeCrowdsTest, ArmedGroupBlockadingARoadIsAChangeOfActivity) {
  Doc doc = test::ExtractAt("JNIM fighters have blockaded the road between Djibo and Ouahigouya since September.", 2026,
                            11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

TEST_F(TypeCrowdsTest, ProtestersBlockadingARoadProtest) {
  Doc doc = test::ExtractAt("Hundreds of protesters blockaded the main road into Djibo on Monday over power cuts.", 2026,
                            11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 0u);
}

// Force that beats a crowd and kills or wounds no one counted breaks the
// protest up: a protest with intervention; beating protesters to death is
// excessive force.
TEST_F(TypeCrowdsTest, PoliceBeatingProtestersWithBatonsIsAnIntervention) {
  Doc doc = test::ExtractAt(
      "Police fired tear gas and beat protesters with batons to break up a crowd outside the court in Minya on Monday.", 2026,
      11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 0u);
}

TEST_F(TypeCrowdsTest, PoliceBeatingAProtesterToDeathIsExcessiveForce) {
  Doc doc = test::ExtractAt("Police beat a protester to death during a march in Minya on Monday.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 1u);
}

// A count of minutes or metres after the means ("for 30 minutes", لمدة 30
// دقيقة) is no crowd: with none told, the gas is force on civilians.
TEST_F(TypeCrowdsTest, ACountOfMinutesOrMetresIsNoCrowd) {
  for (const char* text : {"Police fired tear gas for 30 minutes in a neighbourhood of Kisumu on Sunday.",
                           "Police fired tear gas at 40 metres from a market in Kisumu on Sunday.",
                           "أطلقت الشرطة الغاز المسيل للدموع لمدة 30 دقيقة في حي الشاطئ بمدينة غزة مساء الأحد."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 12);
    test::MaybeDump(doc);
    EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 0u) << text;
    EXPECT_EQ(test::CountSub(doc, "Attack"), 1u) << text;
  }
}

}  // namespace
}  // namespace marsad
