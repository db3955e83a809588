// Rioters who attack — a fight word, with no protest told in their sentence
// and no armed party as their target — are a mob (ACLED mob violence), not
// a demonstration turned violent (RefineByActorTypes). A crowd told
// protesting stays a violent demonstration. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class MobAttacksTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(MobAttacksTest, ArabicCrowdAttackingACarIsAMob) {
  Doc doc = test::ExtractAt("هاجم حشد غاضب من الشبان في مدينة كادونا سيارة كانت تقل رجلين يوم السبت.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 0u);
}

TEST_F(MobAttacksTest, ArabicCrowdProtestingStaysADemonstration) {
  Doc doc = test::ExtractAt("هاجم حشد غاضب مبنى البلدية في مدينة كادونا يوم السبت احتجاجاً على انقطاع الكهرباء.", 2025, 4,
                            16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
}

TEST_F(MobAttacksTest, EnglishMobAttackingABusIsAMob) {
  Doc doc = test::ExtractAt("An angry mob attacked a bus carrying farm workers in Kaduna on Saturday.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
}

// People a mob seizes and then beats are the victims of its mob violence,
// no abduction beside it; gunmen who seize and beat men still abduct them.
TEST_F(MobAttacksTest, MenAMobSeizesAndBeatsAreItsVictimsNotAbductees) {
  Doc doc = test::ExtractAt(
      "date 2026-06-02\nOn Monday an angry crowd seized three men accused of stealing goats, beat them and set them "
      "on fire, witnesses said.",
      2026, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
  Doc gunmen = test::ExtractAt(
      "date 2026-06-02\nOn Monday gunmen seized three traders on the road and beat them, witnesses said.", 2026, 6, 2);
  test::MaybeDump(gunmen);
  EXPECT_EQ(test::CountSub(gunmen, "Abduction/forced disappearance"), 1u);
}

// A body burned after the killing is what the killing did to its victim, no
// property destruction of its own; homes burned stay a looting.
TEST_F(MobAttacksTest, ABodyBurnedAfterTheKillingIsNoPropertyDestroyed) {
  for (const char* text :
       {"date 2026-06-02\nقتل حشد من السكان رجلاً يُشتبه في انتمائه إلى عصابة قرب سوق مدينة كيسومو صباح اليوم، وأحرقوا "
        "جثته، وفق الشرطة.",
        "date 2026-06-02\nA mob in Kisumu beat a man accused of theft to death on Monday and burned his body."}) {
    Doc doc = test::ExtractAt(text, 2026, 6, 2);
    test::MaybeDump(doc);
    EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u) << text;
    EXPECT_GE(doc.events.size(), 1u) << text;
  }
  Doc homes = test::ExtractAt(
      "date 2026-06-02\nGunmen killed three villagers near Kisumu on Monday and burned their homes.", 2026, 6, 2);
  test::MaybeDump(homes);
  EXPECT_EQ(test::CountSub(homes, "Looting/property destruction"), 1u);
}

TEST_F(MobAttacksTest, ArabicCrowdDraggingAManAwayIsAMob) {
  // اقتاد حشد غاضب رجلاً: a crowd that seizes a person is a mob, no abduction.
  Doc doc = test::ExtractAt(
      "وفي بلدة أبشة، هاجم حشد غاضب مساء الجمعة مخفراً للدرك واقتاد منه شاباً متهماً بسرقة ماشية، بحسب شهود.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Mob violence"), nullptr);
  EXPECT_EQ(test::FirstOfSub(doc, "Abduction/forced disappearance"), nullptr);
}

}  // namespace
}  // namespace marsad
