// An attack foiled (negated by a `foiled` cue: أحبط، "foiled") and the fight
// of its sentence that foiled it are one event that happened, as the fight
// tells it (event_unit.cc MergeDuplicates): the clash is kept, not dropped
// with the averted attempt. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FoiledByFightTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FoiledByFightTest, ArabicInfiltrationFoiledInAClashIsTheClash) {
  Doc doc = test::ExtractAt(
      "أعلنت قيادة العمليات المشتركة إحباط محاولة تسلل لمجموعة مسلحة باتجاه قضاء الرطبة ليل أمس، موضحة أن قوات "
      "حرس الحدود اشتبكت مع المتسللين.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "negated"), 0u);
}

TEST_F(FoiledByFightTest, ArabicAttackFoiledWithoutAFightStaysNoEvent) {
  Doc doc = test::ExtractAt("أعلنت قيادة العمليات المشتركة إحباط محاولة تسلل لمسلحين قرب قضاء الرطبة فجر اليوم.", 2026,
                            11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

}  // namespace
}  // namespace marsad
