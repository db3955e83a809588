// "فجّر حزامه الناسف": a bomber who blew up his own explosive belt is a
// suicide bombing, not a remote explosive. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;
using test::CountType;

class OwnBeltTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OwnBeltTest, HisOwnBeltIsSuicideBomb) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nقالت قيادة العمليات إن انتحارياً فجّر حزامه الناسف عند مدخل سوق في مدينة بعقوبة صباح الثلاثاء.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Suicide bomb"), 1u);
  EXPECT_EQ(CountSub(doc, "Remote explosive/landmine/IED"), 0u);
}

TEST_F(OwnBeltTest, HerOwnBeltIsSuicideBomb) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nأفادت الشرطة بأن امرأة فجّرت حزامها الناسف قرب حاجز في مدينة مايدوغوري مساء الثلاثاء.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Suicide bomb"), 1u);
  EXPECT_EQ(CountSub(doc, "Remote explosive/landmine/IED"), 0u);
}

}  // namespace
}  // namespace marsad
