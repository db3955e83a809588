// A present-tense act held for weeks, months or years — وتحاصر القوات المدينة
// منذ أشهر، "the rebels have besieged the town for months" — is a state that
// goes on, background to the news, and no event. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class StandingStateTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(StandingStateTest, ArabicImperfectHeldForMonthsIsBackground) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nقتل سبعة مدنيين في قصف مدفعي على مدينة كادقلي أمس الأحد.\n"
      "وتحاصر الحركة المسلحة مدينة كادقلي منذ أشهر.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 0u);
  EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(StandingStateTest, EnglishPerfectHeldForMonthsIsBackground) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nShelling killed seven civilians in Kadugli on Sunday.\n"
      "The rebels have besieged Kadugli for months.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 0u);
  EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(StandingStateTest, ArabicPresentVerbHoldingTheNounIsBackground) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nقتل سبعة مدنيين في قصف مدفعي على مدينة كادقلي أمس الأحد.\n"
      "وتفرض الحركة المسلحة حصاراً على مدينة كادقلي منذ أشهر.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 0u);
}

// The same siege told as begun on a day is news.
TEST_F(StandingStateTest, SiegeBegunOnADayStaysAnEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nقتل سبعة مدنيين في قصف مدفعي على مدينة كادقلي أمس الأحد.\n"
      "وفرضت الحركة المسلحة حصاراً على مدينة كادقلي يوم السبت.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 1u);
}

}  // namespace
}  // namespace marsad
