// A plan governs the acts joined to its object too ("would hold a sit-in and
// a march"): an event word after a `coordinator` that ends the event word
// before it shares that word's intent. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class JoinedPlansTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(JoinedPlansTest, ASitInAndAMarchPlannedAreBothIntent) {
  Doc doc = test::ExtractAt(
      "Union leaders said they would hold a sit-in and a march outside the governor's office in Kano on Monday.", 2025, 6,
      3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(e.status, "intent") << e.acled_sub_event_type;
}

TEST_F(JoinedPlansTest, AGeneralStrikeAndAProtestPlannedAreIntent) {
  Doc doc = test::ExtractAt(
      "Union leaders said they would hold a general strike and a protest outside the governor's office in Kano on Monday.",
      2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(e.status, "intent") << e.acled_sub_event_type;
}

// Held, not planned: the joined act is as reported as the first.
TEST_F(JoinedPlansTest, ASitInAndAMarchHeldAreReported) {
  Doc doc = test::ExtractAt("Union leaders held a sit-in and a march outside the governor's office in Kano on Monday.", 2025,
                            6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(e.status, "reported") << e.acled_sub_event_type;
}

}  // namespace
}  // namespace marsad
