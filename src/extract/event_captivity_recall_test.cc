// Captivity told in other words: a release in the sentence after the
// abduction, "let go" and "regained their freedom", captives led "away",
// and more kinds of people seized. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class CaptivityRecallTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CaptivityRecallTest, ReleaseInTheSentenceAfterTheAbductionIsARelease) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nArmed men kidnapped six traders on the road near Zinder on Tuesday, a local official said. "
      "Three of them were let go on Thursday, the official added.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 1u);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
}

TEST_F(CaptivityRecallTest, ReleaseTwoSentencesAfterTheAbductionIsARelease) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nGunmen abducted a pharmacist in Sabha on Monday, his brother said. "
      "\"We have not slept since,\" he said. The pharmacist was freed late on Wednesday.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
}

TEST_F(CaptivityRecallTest, ReleaseWithNoCaptivityToldStaysNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nPolice in Kisumu questioned two men about a warehouse fire on Monday. "
      "Both were let go on Tuesday for lack of evidence.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 0u);
}

TEST_F(CaptivityRecallTest, CaptivityLongBeforeDoesNotMakeAReleaseOfABailedSuspect) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nGunmen kidnapped a teacher near Jos in March, residents said. The town has been calm since. "
      "Schools reopened last week. A man held over a market brawl was let go on bail on Tuesday.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 0u);
}

TEST_F(CaptivityRecallTest, RegainedTheirFreedomAfterAnAbductionIsARelease) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nNine fishermen abducted off the coast near Bakassi in April regained their freedom on "
      "Friday, their union said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
  EXPECT_EQ(CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(CaptivityRecallTest, ArmedMenTakingPeopleAwayAbductThem) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nGunmen stopped a minibus near Gusau on Sunday and took four passengers away, residents said.",
      2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(CaptivityRecallTest, TakingTheInjuredAwayIsNoAbduction) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nNeighbours took the injured boy away to a clinic in Gusau on Sunday.", 2026, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(CaptivityRecallTest, PilgrimsAndDriversSeizedArePeopleTaken) {
  Doc pilgrims = test::ExtractAt(
      "date 2026-05-08\nSuspected militants seized eleven pilgrims on a road outside Bauchi on Friday.", 2026, 5, 8);
  test::MaybeDump(pilgrims);
  EXPECT_EQ(CountSub(pilgrims, "Abduction/forced disappearance"), 1u);
  EXPECT_EQ(CountSub(pilgrims, "Non-state actor overtakes territory"), 0u);
  Doc drivers = test::ExtractAt(
      "date 2026-05-08\nBandits seized 9 lorry drivers near Kaura Namoda on Thursday, police said.", 2026, 5, 8);
  test::MaybeDump(drivers);
  EXPECT_EQ(CountSub(drivers, "Abduction/forced disappearance"), 1u);
  EXPECT_EQ(CountSub(drivers, "Non-state actor overtakes territory"), 0u);
}

}  // namespace
}  // namespace marsad
