// A storming whose subject is the bomber or the bomb of an explosion told in
// its clause (اقتحم انتحاري يقود سيارة مفخخة بوابة القاعدة) is how the bomb
// reached its target: one event, the bombing (FoldFallingWeapons). Gunmen
// storming a place are a battle of their own. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class BomberStormingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(BomberStormingTest, ArabicBomberStormingIsTheBombing) {
  Doc doc = test::ExtractAt(
      "قُتل خمسة جنود عندما اقتحم انتحاري يقود سيارة مفخخة بوابة معسكر للجيش في مدينة بلدوين صباح الثلاثاء.", 2025, 4,
      16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Suicide bomb"), 1u);
}

TEST_F(BomberStormingTest, ArabicCarBombStormingIsTheBombing) {
  Doc doc = test::ExtractAt("اقتحمت سيارة مفخخة يقودها انتحاري مدخل ثكنة عسكرية في مدينة بلدوين فجر الثلاثاء.", 2025,
                            4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Suicide bomb"), 1u);
}

TEST_F(BomberStormingTest, ArabicGunmenStormingAfterTheBlastStays) {
  Doc doc = test::ExtractAt("اقتحم مسلحون ثكنة عسكرية في مدينة بلدوين فجر الثلاثاء وفجّروا سيارة مفخخة عند بوابتها.",
                            2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

}  // namespace
}  // namespace marsad
