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

}  // namespace
}  // namespace marsad
