// An English verb in the past tense inside the terms of a deal (under
// which, providing for) tells what was done under it — an event; a term
// told with "would", "will" or "to" is no event.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DoneTermsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DoneTermsTest, HandoverDoneUnderADealIsAnEvent) {
  Doc doc = test::ExtractAt(
      "Local mediators brokered a truce in Sabha on Sunday under which the tribal militia handed over three "
      "checkpoints on the airport road to the army.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "handed over");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
}

TEST_F(DoneTermsTest, HandoverThatWouldFollowIsOnlyATerm) {
  Doc doc = test::ExtractAt(
      "Local mediators brokered a truce in Sabha on Sunday under which the tribal militia would hand over three "
      "checkpoints on the airport road to the army.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("hand over")), nullptr);
}

}  // namespace
}  // namespace marsad
