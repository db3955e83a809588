// A force destroying a hideout or a lab and seizing arms there, the two
// verbs joined by "and" (و), is one operation: the disrupted weapons use,
// no property destruction beside it (FoldSeizedWeapons). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RaidDestructionTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(RaidDestructionTest, EnglishDestroyedLabAndSeizedArmsIsOneOperation) {
  Doc doc = test::ExtractAt(
      "Soldiers destroyed a drug laboratory near Tumaco on Monday and seized 20 rifles and a box of grenades, the army "
      "said.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(RaidDestructionTest, ArabicDestroyedTunnelAndSeizedAmmunitionIsOneOperation) {
  Doc doc = test::ExtractAt("دمّرت قوات حرس الحدود فتحة نفق قرب مدينة رفح يوم الاثنين، وضبطت كمية من الذخائر.", 2025, 4,
                            16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(RaidDestructionTest, EnglishBurningByOthersStays) {
  Doc doc = test::ExtractAt("Gunmen burned ten houses in a village near Tumaco on Monday.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

TEST_F(RaidDestructionTest, EnglishFindToldAsAParticipleAfterACommaIsTheSameOperation) {
  Doc doc = test::ExtractAt(
      "Troops found and destroyed three caves used by the rebels as depots near Tumaco on Monday, seizing 12 rifles "
      "and a quantity of ammunition, the army said.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

// A participle that is not the find's word, after a comma, joins nothing:
// homes burned by gunmen, "killing" told after them, stay a destruction.
TEST_F(RaidDestructionTest, EnglishParticipleOfAnotherActJoinsNoFind) {
  Doc doc = test::ExtractAt("Gunmen burned ten houses in a village near Tumaco on Monday, killing two farmers.", 2025, 4,
                            16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

}  // namespace
}  // namespace marsad
