// An English death told after a lead-up phrase ("a day after", "days
// after", "in the wake of") in a protest's sentence is what the crowd came
// out after, not a death its protest met: the march stays peaceful and
// carries no toll. "a day after" is a date as well, and still a lead-up.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DeathsLedUpToTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeathsLedUpToTest, AMarchADayAfterAKillingIsPeaceful) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nMORELIA (AP) - Hundreds of avocado growers marched in Tancitaro on Thursday, a day after "
      "the head of their cooperative was shot dead outside his office.",
      2026, 5, 8);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "marched");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_FALSE(e->fatalities.has_value());
}

TEST_F(DeathsLedUpToTest, DaysAfterToo) {
  Doc doc = test::ExtractAt(
      "date 2026-05-08\nMORELIA (AP) - Hundreds of avocado growers marched in Tancitaro on Thursday, days after "
      "their leader was shot dead.",
      2026, 5, 8);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "marched");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
}

}  // namespace
}  // namespace marsad
