// A crowd that "pelted" a building or the police "with stones" (gapped
// trigger rows "pelted ... with stones / rocks / bricks / bottles") riots, as
// one that threw stones does; and a past verb after a span counted with
// "of" ("three months of unpaid salaries pelted ...") is the clause's own
// verb, not an activity the span sums up ("a year of fighting" still is).
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PeltedCrowdsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PeltedCrowdsTest, PeltingABuildingWithStonesIsARiot) {
  Doc doc = test::ExtractAt(
      "In Kirkuk, hundreds of nurses protesting over unpaid wages pelted the governorate building with rocks on Monday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

TEST_F(PeltedCrowdsTest, APastVerbAfterMonthsOfSomethingIsItsClausesVerb) {
  Doc doc = test::ExtractAt(
      "In Kirkuk, hundreds of nurses protesting over four months of unpaid wages pelted the governorate building with "
      "stones on Monday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
}

TEST_F(PeltedCrowdsTest, AYearOfFightingThatKilledIsStillBackground) {
  Doc doc = test::ExtractAt(
      "The truce signed in March ended three years of war in the north that killed thousands of people, officials said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

}  // namespace
}  // namespace marsad
