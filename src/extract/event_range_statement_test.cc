// A statement that covers a range of days (a weekly tally, من 10 إلى 16
// نوفمبر) and goes on (وأضافت الحصيلة أن …) tells more acts of the range:
// they take its first day, not the one day its last act was told on; a
// weekday told in the range's sentence falls inside it. Sentences are our own
// wording; published Saturday 2024-11-30.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventRangeStatementTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

std::string DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  if (!e || e->date < 0) return "";
  return doc.dates[e->date].value;
}

constexpr const char* kTally =
    "أعلنت وزارة الدفاع في حصيلتها الأسبوعية للفترة من 10 إلى 16 نوفمبر أن وحدات الجيش اشتبكت مع مسلحين قرب "
    "برج باجي مختار يوم الثلاثاء.\n";

TEST_F(EventRangeStatementTest, StatementGoingOnTakesTheRange) {
  Doc doc = test::ExtractAt(std::string(kTally) + "وأضافت الحصيلة أن مفارز أخرى أوقفت 20 مهرباً في تمنراست.", 2024,
                            11, 30);
  EXPECT_EQ(DayOf(doc, "اشتبكت"), "2024-11-12");
  EXPECT_EQ(DayOf(doc, "أوقفت"), "2024-11-10");
}

// A new scene, not the statement going on, does not take the range.
TEST_F(EventRangeStatementTest, NewSceneDoesNotTakeTheRange) {
  Doc doc = test::ExtractAt(std::string(kTally) + "وفي تمنراست، أوقفت الشرطة 20 مهرباً.", 2024, 11, 30);
  EXPECT_NE(DayOf(doc, "أوقفت"), "2024-11-10");
}

// A range running into the next month (من 26 نوفمبر إلى 2 ديسمبر) told in the
// lead, then a sentence with an act of a day inside it: a later sentence the
// statement goes on with (كما …) tells more acts of the tally, dated by the
// range's first day, not by the last act's day or the report's.
constexpr const char* kLongTally =
    "أعلنت وزارة الدفاع في حصيلة نشرتها اليوم أن وحدات الجيش أوقفت في الفترة من 26 نوفمبر إلى 2 ديسمبر تسعة "
    "مهربين في عمليات متفرقة.\n"
    "وفي ولاية تمنراست، دمّرت مفرزة للجيش يوم 28 نوفمبر مخبأً للأسلحة.\n";

TEST_F(EventRangeStatementTest, StatementGoingOnTakesARangeToldSentencesBefore) {
  Doc doc = test::ExtractAt(std::string(kLongTally) +
                                "كما أحبطت وحدات حرس الحدود محاولة تهريب قرب عين قزام إثر اشتباك مع مهربين مسلحين.",
                            2024, 12, 4);
  EXPECT_EQ(DayOf(doc, "اشتباك"), "2024-11-26");
}

// When the act told in between is of a day outside the range, the tally was
// left: the range dates nothing more.
TEST_F(EventRangeStatementTest, RangeLeftByALaterDayDatesNothingMore) {
  Doc doc = test::ExtractAt(
      "أعلنت وزارة الدفاع في حصيلة نشرتها اليوم أن وحدات الجيش أوقفت في الفترة من 26 نوفمبر إلى 2 ديسمبر تسعة "
      "مهربين في عمليات متفرقة.\n"
      "وفي ولاية تمنراست، دمّرت مفرزة للجيش يوم 3 ديسمبر مخبأً للأسلحة.\n"
      "كما أحبطت وحدات حرس الحدود محاولة تهريب قرب عين قزام إثر اشتباك مع مهربين مسلحين.",
      2024, 12, 4);
  EXPECT_NE(DayOf(doc, "اشتباك"), "2024-11-26");
}

}  // namespace
}  // namespace marsad
