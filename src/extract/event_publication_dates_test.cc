// The day a report or statement came out ("تقرير صدر اليوم", "a report
// published on Friday") dates the report, never the events it tells.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class PublicationDatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// The day an event carries ("" when the report's own day).
std::string DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  if (!e || e->date < 0) return "";
  return doc.dates[e->date].value;
}

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

}  // namespace
}  // namespace marsad
