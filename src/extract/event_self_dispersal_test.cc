// A crowd that "dispersed without incident" went home of its own accord: an
// English dispersal verb with no object, not passive, tells no intervention
// (event_unit.cc MergeCrowdEvents). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SelfDispersalTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SelfDispersalTest, CrowdDispersingPeacefullyStaysAPeacefulProtest) {
  Doc doc = test::ExtractAt(
      "Several hundred teachers marched to the education ministry in Nairobi on Monday and dispersed peacefully in the "
      "afternoon.",
      2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Peaceful protest");
}

TEST_F(SelfDispersalTest, CrowdDispersedByPoliceIsAnIntervention) {
  Doc doc = test::ExtractAt(
      "Several hundred teachers marched to the education ministry in Nairobi on Monday and were dispersed by police in the "
      "afternoon.",
      2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Protest with intervention");
}

}  // namespace
}  // namespace marsad
