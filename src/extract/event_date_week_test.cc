// Which week a weekday of an event falls in, and which day an event told
// without one takes. Sentences are our own wording; published Saturday
// 2024-11-30 (Thursday is the 28th, Sunday the 24th).
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventDateWeekTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

std::string DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  if (!e || e->date < 0) return "";
  return doc.dates[e->date].value;
}

// A town whose name begins with what reads as the future س (سنار، سنجار)
// puts no weekday after it in the coming week: the shelling was last
// Thursday, not next.
TEST_F(EventDateWeekTest, TownNameIsNoFutureVerb) {
  Doc sennar = test::ExtractAt("قصفت مدفعية الجيش مواقع للمسلحين جنوب مدينة سنار يوم الخميس.", 2024, 11, 30);
  EXPECT_EQ(DayOf(sennar, "قصفت"), "2024-11-28");
  Doc sinjar = test::ExtractAt("وفي قضاء سنجار، اعتقلت قوات الأمن ثلاثة مطلوبين يوم الأحد.", 2024, 11, 30);
  EXPECT_EQ(DayOf(sinjar, "اعتقلت"), "2024-11-24");
  // A verb with the future س still looks ahead: the sit-in is planned.
  Doc planned = test::ExtractAt("سيعتصم المعلمون في سنار يوم الخميس.", 2024, 11, 30);
  for (const Event& e : planned.events)
    if (e.date >= 0) EXPECT_NE(planned.dates[e.date].value, "2024-11-28");
}

}  // namespace
}  // namespace marsad
