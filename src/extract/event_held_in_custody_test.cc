// People told as still held (قيد الاحتجاز، رهن الاعتقال "in custody") are a
// state of those arrested before, no arrest of its own (data/ar/event_cues.tsv,
// `not_event` phrases of scope next). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class HeldInCustodyTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};


TEST_F(HeldInCustodyTest, OthersStillInCustodyAreNoArrest) {
  Doc doc = test::ExtractAt(
      "وأعلنت الشرطة في مدينة المكلا الإفراج عن سبعة من الموقوفين في الاحتجاجات، فيما لا يزال أربعة آخرون قيد الاحتجاز.",
      2026, 11, 28);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
}

TEST_F(HeldInCustodyTest, AnArrestToldBeforeTheyAreHeldStays) {
  Doc doc = test::ExtractAt("اعتقلت الشرطة ثلاثة شبان في مدينة المكلا مساء أمس، ولا يزالون رهن الاعتقال.", 2026, 11, 28);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

}  // namespace
}  // namespace marsad
