// A handing-over word right before من ("تسلّم من X قاعدتها", "received
// from X") is told by the side that received the ground: the entry of a
// handover, and a withdrawal told after it in its sentence (بعد انسحاب …)
// is how the ground came to it — one change of hands.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class ReceivedHandoversTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ReceivedHandoversTest, ReceivedFromAfterAWithdrawalIsOneHandover) {
  Doc doc = test::ExtractAt(
      "وقال الجيش إنه تسلّم من القوة المشتركة متعددة الجنسيات ثكنة في ديفا بعد انسحاب الوحدة التشادية منها "
      "الأسبوع الماضي.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
  const Event* e = test::ExpectEvent(doc, "تسلّم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("انسحاب")), nullptr);
}

// "Withdrew from" names the place left: the withdrawal stays no entry.
TEST_F(ReceivedHandoversTest, WithdrawalFromAPlaceIsNoReceiving) {
  Doc doc = test::ExtractAt("انسحبت الوحدة التشادية من ثكنتها في ديفا الأسبوع الماضي.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "انسحبت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
}

}  // namespace
}  // namespace marsad
