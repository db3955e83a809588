// The terms of a deal or plan told ahead after على أن ("on condition that":
// اتفاق …، على أن تُفرج السلطات لاحقاً عن موقوفين) are what is to be done, no
// event of their own (data/ar/event_cues.tsv, `not_event` of scope next).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TermsAheadTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};


TEST_F(TermsAheadTest, ReleaseAgreedToComeIsNoRelease) {
  Doc doc = test::ExtractAt(
      "وتوصل وجهاء من مدينة جاسم ولجنة أمنية حكومية مساء أمس إلى اتفاق يقضي بوقف إطلاق النار، على أن تُفرج السلطات "
      "لاحقاً عن خمسة موقوفين من أبناء المدينة.",
      2026, 11, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Agreement"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Other"), 0u);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(TermsAheadTest, ReleaseToldAsDoneStays) {
  Doc doc = test::ExtractAt("وأفرجت السلطات مساء أمس عن خمسة موقوفين من أبناء مدينة جاسم بعد وساطة من وجهاء المدينة.",
                            2026, 11, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Other"), 1u);
}

}  // namespace
}  // namespace marsad
