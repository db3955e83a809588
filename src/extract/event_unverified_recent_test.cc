// A deed of last month that the report says cannot be verified is news
// still being established (`hedged`), not background; a deed of long ago so
// told stays background. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class UnverifiedRecentTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(UnverifiedRecentTest, UnverifiableDeedOfLastMonthIsHedged) {
  Doc doc = test::ExtractAt(
      "date 2026-06-20\nوأفادت تقارير لم يتسنَّ التحقق منها بأن مسلحين أحرقوا عشرات المنازل في بلدة كوتوبالونغ الشهر "
      "الماضي.",
      2026, 6, 20);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().status, "hedged");
}

TEST_F(UnverifiedRecentTest, UnverifiableDeedOfYearsAgoIsBackground) {
  Doc doc = test::ExtractAt(
      "date 2026-06-20\nوأفادت تقارير لم يتسنَّ التحقق منها بأن مسلحين أحرقوا عشرات المنازل في بلدة كوتوبالونغ في "
      "آذار 2023.",
      2026, 6, 20);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().status, "historical");
}

TEST_F(UnverifiedRecentTest, LaterDoubtOfWhatFollowsLeavesAnEarlierDeedUndoubted) {
  // The doubt opens a clause of its own after the burning and says what
  // follows it: the burning of last month is told plainly, background as
  // without the doubt, and the arrest it introduces is hedged.
  Doc doc = test::ExtractAt(
      "date 2026-06-20\nأحرق مسلحون عشرات المنازل في بلدة كوتوبالونغ الشهر الماضي، وأفادت تقارير لم يتسنَّ التحقق "
      "منها بأن الجيش اعتقل خمسة منهم.",
      2026, 6, 20);
  test::MaybeDump(doc);
  const Event* burning = test::FirstOfSub(doc, "Looting/property destruction");
  ASSERT_NE(burning, nullptr);
  EXPECT_EQ(burning->status, "historical");
  const Event* arrest = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->status, "hedged");
}

}  // namespace
}  // namespace marsad
