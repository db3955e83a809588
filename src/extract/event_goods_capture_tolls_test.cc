// A capture of goods is no event (DropMannerWithout): the dead read for it
// are those of the fighting told before it in its sentence
// (event_not_events.cc). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class GoodsCaptureTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(GoodsCaptureTollTest, DeadBeforeRecoveredCattleStayWithTheClash) {
  Doc doc = test::ExtractAt(
      "اشتبك الجنود مع لصوص الماشية قرب مدينة كوتيدو مساء الأحد، ما أسفر عن مقتل ثلاثة منهم واستعادة 80 رأساً من الأبقار.",
      2025, 4, 12);
  test::MaybeDump(doc);
  const Event* clash = test::EventFor(doc, "اشتبك");
  ASSERT_NE(clash, nullptr);
  ASSERT_TRUE(clash->fatalities.has_value());
  EXPECT_EQ(clash->fatalities->best, std::optional<double>(3.0));
}

}  // namespace
}  // namespace marsad
