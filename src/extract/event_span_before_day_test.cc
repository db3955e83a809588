// A count of years or months back (منذ عامين) right before an event's word,
// with a day of the clause told right after it: the count measures the words
// before (how long a feud has lasted), the day dates the act. Sentences are
// our own wording; published Saturday 2024-11-30.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventSpanBeforeDayTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

struct Dated {
  std::string day, status;
};

Dated Of(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  if (!e) return {};
  return {e->date < 0 ? "" : doc.dates[e->date].value, e->status};
}

TEST_F(EventSpanBeforeDayTest, FeudOfYearsThenDealYesterday) {
  Doc doc = test::ExtractAt(
      "وفي مدينة الرمادي، وقّع شيوخ قبيلتين متنازعتين منذ ثلاثة أعوام اتفاق صلح أمس بحضور المحافظ.", 2024, 11,
      30);
  const Dated d = Of(doc, "اتفاق");
  EXPECT_EQ(d.day, "2024-11-29");
  EXPECT_EQ(d.status, "reported");
}

TEST_F(EventSpanBeforeDayTest, FeudOfMonthsThenDealOnADay) {
  Doc doc = test::ExtractAt(
      "وفي بلدة الفلوجة، وقّع ممثلو عائلتين متخاصمتين منذ شهرين اتفاق صلح الخميس لإنهاء النزاع.", 2024, 11,
      30);
  const Dated d = Of(doc, "اتفاق");
  EXPECT_EQ(d.day, "2024-11-28");
  EXPECT_EQ(d.status, "reported");
}

// With no day of its own after the event's word, the count back dates the
// act (three years ago).
TEST_F(EventSpanBeforeDayTest, CountBackAloneStillDates) {
  Doc doc = test::ExtractAt(
      "وفي مدينة الرمادي، وقّع شيوخ قبيلتين متنازعتين منذ ثلاثة أعوام اتفاق صلح بحضور المحافظ.", 2024, 11, 30);
  const Dated d = Of(doc, "اتفاق");
  EXPECT_EQ(d.day.substr(0, 4), "2021");
  EXPECT_EQ(d.status, "historical");
}

}  // namespace
}  // namespace marsad
