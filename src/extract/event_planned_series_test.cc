// A series of acts planned ("would hold daily rallies in X and Y") is a plan
// told: `intent`, one event at each place it names. A series already held
// ("have staged daily rallies") is summed up as background, no event
// (DropUnanchoredReferences, SummaryPlural). Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

int CountProtests(const Doc& doc, const std::string& status) {
  int n = 0;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Protests" && e.status == status) ++n;
  return n;
}

class PlannedSeriesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PlannedSeriesTest, DailyRalliesPlannedAtTwoTowns) {
  Doc doc = test::ExtractAt(
      "date 2026-06-10\nThe teachers' union said it would hold daily rallies in Hakkari and Van until the wage "
      "cut is reversed.",
      2026, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountProtests(doc, "intent"), 2);
}

TEST_F(PlannedSeriesTest, DailyRalliesHeldAreBackground) {
  Doc doc = test::ExtractAt(
      "date 2026-06-10\nTeachers in Hakkari have staged daily rallies against the wage cut.", 2026, 6, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountProtests(doc, "intent") + CountProtests(doc, "reported"), 0);
}

}  // namespace
}  // namespace marsad
