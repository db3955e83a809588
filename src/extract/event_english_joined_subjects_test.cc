// A plural passive toll whose subject is singular person phrases joined by
// "and" has as many dead as phrases (event_tolls.cc EnglishJoinedSubjects).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EnglishJoinedSubjectsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EnglishJoinedSubjectsTest, TwoPhrasesKilledWhenAnAttackHappened) {
  Doc doc = test::ExtractAt(
      "A 20-year-old student and a 50-year-old trader were shot dead when gunmen opened fire on a bus stop in Kaduna "
      "on Monday.",
      2025, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(EnglishJoinedSubjectsTest, PossessiveOpensTheSecondPhrase) {
  Doc doc = test::ExtractAt("A farmer and his son were shot dead by gunmen in Katsina on Monday, police said.", 2025, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(EnglishJoinedSubjectsTest, ThreePhrasesInAList) {
  Doc doc = test::ExtractAt(
      "A soldier, a policeman and a customs officer were killed when militants attacked a border post near Kidal on "
      "Monday.",
      2025, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(3.0));
}

TEST_F(EnglishJoinedSubjectsTest, PluralHeadIsLeftToTheCounts) {
  Doc doc = test::ExtractAt(
      "A soldier and three civilians were killed when militants attacked a border post near Kidal on Monday.", 2025, 6,
      2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(4.0));
}

}  // namespace
}  // namespace marsad
