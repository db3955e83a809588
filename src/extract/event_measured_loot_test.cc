// A capture verb whose object, past على, is led by a rough count and its
// measure (`object_lead` cues: نحو، حوالي، طناً، كميات) before a property
// `goods` cue (استولوا على نحو 30 طناً من المواد الغذائية) took property —
// looting, here one with the looting told before it — no ground taken; a
// count of villages taken stays a capture. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class MeasuredLootTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(MeasuredLootTest, TonsOfFoodSeizedAreLoot) {
  Doc doc = test::ExtractAt(
      "وفي بلدة كتم، نهب مسلحون مجهولون مخزناً للإغاثة يوم الأحد واستولوا على نحو 30 طناً من المواد الغذائية.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

TEST_F(MeasuredLootTest, VillagesTakenStayACapture) {
  Doc doc = test::ExtractAt("وسيطر مسلحو الحركة على عدد من القرى قرب بلدة كتم يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 1u);
}

}  // namespace
}  // namespace marsad
