// "دهم الجيش الأحياء عقب الاشتباكات": a definite event word after a word of
// sequence (عقب، بعد، إثر) points back to the event of its kind told before;
// it is no second event. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventToldBeforeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventToldBeforeTest, AfterTheClashesIsTheClashToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوفي مدينة الهرمل، اندلعت اشتباكات بالأسلحة الرشاشة بين عائلتين مساء الأحد، أسفرت عن مقتل شخصين.\n"
      "وأعلن الجيش اللبناني أنه دهم أحياء في المدينة عقب الاشتباكات وأوقف أربعة مطلوبين.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

}  // namespace
}  // namespace marsad
