// A gas named by its kind (غازات كيميائية، "toxic substances", mustard gas)
// is a chemical weapon's word like the agents already listed; used in an
// attack, the attack is the chemical weapon event. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class NamedGasesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(NamedGasesTest, ArabicChemicalGasesInAnAttackAreTheChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "واتهمت الحركة الجيش بأنه استخدم غازات كيميائية في هجوم على مواقعها قرب مدينة الدلنج يوم الجمعة.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(NamedGasesTest, ArabicMustardGasIsAChemicalWeapon) {
  Doc doc = test::ExtractAt("قصف التنظيم بلدة قرب كركوك بقذائف تحتوي على غاز الخردل عام 2016.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
}

TEST_F(NamedGasesTest, EnglishToxicSubstancesInStrikesAreTheChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "The rebels accused the army of using toxic substances in air strikes on the town of Kadugli on Saturday.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
}

TEST_F(NamedGasesTest, EnglishGrenadesWithTearGasDroppedOnPositionsAreOneChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "Near Sumy, soldiers said the enemy dropped grenades with tear gas on their trenches on Saturday.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 0u);
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type != "none";
  EXPECT_EQ(n, 1u);  // no attack on civilians by the tear gas
}

}  // namespace
}  // namespace marsad
