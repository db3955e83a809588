// Who does it decides the type. An Arabic assault noun's genitive is its doer
// (اعتداء مستوطنين على مزارعين: settlers' assault, an attack on civilians,
// even with stones and clubs — armed settlers are no mob); people told before
// an Arabic attack verb in the plural (إن العشرات من أهالي القرية هاجموا
// منازل) are its doers, a crowd: mob violence.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class TypeDoersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TypeDoersTest, SettlersAssaultWithClubsIsAnAttackOnCivilians) {
  Doc doc = test::ExtractAt(
      "أصيب ثلاثة مزارعين صباح اليوم إثر اعتداء مستوطنين عليهم بالهراوات في بلدة ترمسعيا.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 0u);
}

TEST_F(TypeDoersTest, ResidentsBeforeAPluralAttackVerbAreAMob) {
  Doc doc = test::ExtractAt("قالت مصادر محلية إن العشرات من أهالي قرية دلجا هاجموا منازل أسر قبطية مساء السبت.",
                            2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(TypeDoersTest, GunmenBeforeAPluralAttackVerbAreNoMob) {
  Doc doc = test::ExtractAt("قالت مصادر محلية إن مسلحين هاجموا منازل في قرية دلجا مساء السبت.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 0u);
}

// An aircraft named with its model before a destruction verb (طائرات عراقية
// من طراز إف-16 دمرت وكراً) is the verb's subject: an air strike, not the
// property destruction of hands that burn and loot.
TEST_F(TypeDoersTest, AircraftWithItsModelDestroyingIsAnAirStrike) {
  Doc doc = test::ExtractAt("قال بيان عسكري إن طائرات عراقية من طراز إف-16 دمرت مخبأ للمسلحين في جبال حمرين.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
}

TEST_F(TypeDoersTest, ModelPhraseAfterANonAircraftChangesNothing) {
  Doc doc = test::ExtractAt("قال شهود إن جرافات من طراز كاتربيلر دمرت منازل في قرية المغير.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

// A new post (مركزاً جديداً) set up by an armed party is a base established;
// one a ministry sets up is none.
TEST_F(TypeDoersTest, ArmyUnitsSettingUpANewPostEstablishABase) {
  Doc doc = test::ExtractAt("أعلن الجيش أن وحداته أقامت مركزاً جديداً قرب الحدود في بلدة عرسال.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(TypeDoersTest, AMinistrysNewCentreIsNoBase) {
  Doc doc = test::ExtractAt("أعلنت وزارة الصحة أنها أقامت مركزاً جديداً لعلاج الأطفال في بلدة عرسال.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 0u);
}

// People taken whose bodies the sentence tells found after the taking
// ("detained three men ... and their bodies were found the next day") were
// killed by those who took them: an attack on civilians, not an arrest.
TEST_F(TypeDoersTest, DetainedMenFoundDeadWereKilled) {
  Doc doc = test::ExtractAt(
      "Villagers said soldiers detained four herders at a well near Djibo on Monday and that their bodies were found on Tuesday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
}

TEST_F(TypeDoersTest, DetainedMenAfterBodiesFoundStayAnArrest) {
  Doc doc = test::ExtractAt(
      "Police detained four suspects in Djibo on Monday after the bodies of two traders were found near the market.", 2026,
      11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

// Residents of a village placed by a bearing ("south of X") or "near X"
// before a beating verb are its doers: a mob.
TEST_F(TypeDoersTest, ResidentsOfAVillageSouthOfATownBeatingAreAMob) {
  Doc doc = test::ExtractAt(
      "Residents of a village south of Moroto beat to death a man suspected of stealing goats on Saturday, police said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(TypeDoersTest, ResidentsNearATownBeatingAreAMob) {
  Doc doc = test::ExtractAt("Residents near Moroto beat a man suspected of stealing goats on Saturday, police said.", 2026,
                            11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
}

}  // namespace
}  // namespace marsad
