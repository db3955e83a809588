// A since-date in a later clause than a toll (after a comma: the source's
// relative clause, وفق منظمة سجلت نزوح ألفي شخص منذ منتصف الشهر; "…, despite
// the truce in force since October") counts what that clause tells, not the dead:
// the toll is the event's own, dated by the event's day, no running total.
// Before the toll or in its own clause the since-date still runs it.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class LaterSinceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// Published Wednesday 2024-12-04: Sunday is 2024-12-01.
TEST_F(LaterSinceTest, ArabicSinceDateOfTheSourcesClauseDatesNoToll) {
  Doc doc = test::ExtractAt(
      "وأطلق مسلحون النار على رعاة في قرية قرب الدندر يوم الأحد، فقُتل ثلاثة منهم، وفق ما أفادت به منظمة "
      "إغاثية سجلت نزوح نحو ألفي شخص من المنطقة منذ منتصف تشرين الثاني.",
      2024, 12, 4);
  const Event* e = test::EventFor(doc, NormalizeKey("أطلق"));
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->cumulative);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2024-12-01");
}

// Published Wednesday 2024-12-04: Monday is 2024-12-02.
TEST_F(LaterSinceTest, EnglishSinceDateOfALaterClauseDatesNoToll) {
  Doc doc = test::ExtractAt(
      "A drone strike on a car near Tyre killed two men on Monday, the health ministry said, despite the truce in "
      "force since October.",
      2024, 12, 4);
  const Event* e = test::EventFor(doc, NormalizeKey("strike"));
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->cumulative);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2024-12-02");
}

// In the toll's own clause the since-date runs the toll, as before.
TEST_F(LaterSinceTest, ArabicSinceDateOfTheTollsClauseRunsIt) {
  Doc doc = test::ExtractAt(
      "ارتفعت حصيلة المواجهات بين الجيش ومسلحين في ريف الدندر إلى 14 قتيلاً منذ الاثنين، وفق مصادر طبية.",
      2024, 12, 4);
  const Event* e = test::EventFor(doc, NormalizeKey("المواجهات"));
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->cumulative);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2024-12-02");
}

}  // namespace
}  // namespace marsad
