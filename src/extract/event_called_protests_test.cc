// A protest named after an Arabic call verb (ودعت النقابات إلى إضراب) is
// called for, not held: `intent`. One told before the verb (مسيرة دعت إليها
// نقابة) was held. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

const Event* FirstProtest(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Protests") return &e;
  return nullptr;
}

class CalledProtestsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CalledProtestsTest, StrikeCalledForIsIntent) {
  Doc doc = test::ExtractAt(
      "date 2026-02-03\nودعت نقابات المعلمين في عمّان إلى إضراب عام في المدارس يومي الأحد والاثنين.", 2026, 2, 3);
  test::MaybeDump(doc);
  const Event* e = FirstProtest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(CalledProtestsTest, ListedProtestsAreAllCalledFor) {
  Doc doc = test::ExtractAt(
      "date 2026-02-03\nودعت لجان الأحياء في أم درمان إلى إضراب شامل وعصيان مدني يوم الخميس.", 2026, 2, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Protests") { EXPECT_EQ(e.status, "intent"); }
}

TEST_F(CalledProtestsTest, ProtestHeldAtTheCallIsReported) {
  Doc doc = test::ExtractAt(
      "date 2026-02-03\nتظاهر مئات الطلاب أمس أمام مبنى الجامعة في مدينة صفاقس في مسيرة دعت إليها نقابة الطلبة.",
      2026, 2, 3);
  test::MaybeDump(doc);
  const Event* e = FirstProtest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

}  // namespace
}  // namespace marsad
