// An act named right after a frame preposition (في إطار دمج الفصائل: "as
// part of the integration of the factions") is a noun whatever row matched
// it, and what the act before was part of, not an event of its own.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

size_t CountSub(const Doc& doc, const std::string& sub) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

class FramedActsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FramedActsTest, IntegrationRightAfterTheFrameIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nتسلّمت قوات الأمن العام أمس الحواجز والمقرات في مدينة إدلب، في إطار دمج الفصائل في وزارة "
      "الدفاع.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 0u);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 1u);
}

}  // namespace
}  // namespace marsad
