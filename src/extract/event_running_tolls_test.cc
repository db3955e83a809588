// A plural event noun inside a present-perfect toll that runs since a time
// ("have been killed by drone strikes since the truce") is the cause of a
// running total, no event; a toll since a recent weekday stays the report's
// fighting. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventRunningTollsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventRunningTollsTest, StrikesSinceATruceInARunningTollAreNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-04-10\nKHARTOUM (AFP) - Paramilitary fighters shelled a market in El Obeid on Thursday, killing six "
      "people, medics said. The health ministry says more than 900 civilians have been killed by Sudanese strikes "
      "since the truce.",
      2026, 4, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::ExpectEvent(doc, "shelled"), nullptr);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Air/drone strike");
}

TEST_F(EventRunningTollsTest, RaidsSinceAMonthInARunningTollAreNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-04-10\nGunmen abducted nine travellers near Katsina on Tuesday, police said. Dozens of villagers "
      "have died in bandit raids since February, a local lawmaker said.",
      2026, 4, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_EQ(e.sentence, 0u) << e.acled_sub_event_type;
}

TEST_F(EventRunningTollsTest, ClashesSinceARecentWeekdayStayTheReportsFighting) {
  Doc doc = test::ExtractAt(
      "date 2026-04-10\nDozens of people have been killed in clashes since Tuesday in the town of Kadugli, "
      "officials said.",
      2026, 4, 10);
  test::MaybeDump(doc);
  EXPECT_FALSE(doc.events.empty());
}

}  // namespace
}  // namespace marsad
