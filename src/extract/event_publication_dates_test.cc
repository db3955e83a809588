// The day a report or statement came out ("تقرير صدر اليوم", "a report
// published on Friday") dates the report, never the events it tells.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

using test::DayOf;

class PublicationDatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// Published Saturday 2024-11-30: Wednesday is the 27th, Friday the 29th.
TEST_F(PublicationDatesTest, ArabicReleaseDayDoesNotDateTheToldEvent) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون قرية قرب كركوك يوم الأربعاء. وقالت منظمة حقوقية في تقرير صدر أمس إن المسلحين خطفوا عشرة مزارعين.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "هاجم"), "2024-11-27");
  EXPECT_EQ(DayOf(doc, "خطفوا"), "2024-11-27");
}

TEST_F(PublicationDatesTest, EnglishPublishedDayDoesNotDateTheToldEvent) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked a village near Kirkuk on Wednesday. A report published on Friday said the gunmen abducted "
      "ten farmers.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "attacked"), "2024-11-27");
  EXPECT_EQ(DayOf(doc, "abducted"), "2024-11-27");
}

// With no other day told, the event stands on the report's day, not on the
// statement's.
TEST_F(PublicationDatesTest, ArabicStatementDayAloneLeavesThePublicationDay) {
  Doc doc = test::ExtractAt("وقالت الشرطة في بيان نشرته أمس إن مسلحين خطفوا عشرة مزارعين قرب كركوك.", 2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "خطفوا"), "");
}

// A day not right after the verb still dates what was done.
TEST_F(PublicationDatesTest, ADayAfterItsOwnVerbStillDatesTheEvent) {
  Doc doc = test::ExtractAt("Police said in a statement that gunmen abducted ten farmers near Kirkuk on Friday.", 2024,
                            11, 30);
  EXPECT_EQ(DayOf(doc, "abducted"), "2024-11-29");
}

// "Police said no arrests had been made": a denial's "had" is the
// backshifted perfect of the report's time, so the arrests that were not
// made have the report's day, not the day of the attack told before; a
// "had" with no denial keeps the day carried. Published Saturday 2024-11-30.
TEST_F(PublicationDatesTest, DeniedPastPerfectHasTheReportsDay) {
  Doc denied = test::ExtractAt(
      "Gunmen shot dead a shopkeeper in Kaduna on Wednesday. A bomb exploded at a market in Zaria on Thursday. "
      "Police said no arrests had been made.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(denied, "shot dead"), "2024-11-27");
  EXPECT_EQ(DayOf(denied, "arrests"), "");
  Doc scene = test::ExtractAt(
      "Gunmen shot dead a shopkeeper in Kaduna on Wednesday. Witnesses said troops had not entered the market.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(scene, "entered"), "2024-11-27");
}

}  // namespace
}  // namespace marsad
