// An English doubt inside a relative clause whose antecedent is a later
// event word ("a truce that was reportedly signed") doubts that event, not
// the act told before it in the same clause. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class RelativeDoubtTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OfSubType(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(RelativeDoubtTest, TheTakeoverBeforeADoubtedTruceIsReported) {
  Doc doc = test::ExtractAt(
      "SDF fighters took over three tribal checkpoints in Hajin without a fight on Tuesday after elders agreed to a truce "
      "that was reportedly brokered by the coalition.",
      2025, 2, 12);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Non-violent transfer of territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(RelativeDoubtTest, ADoubtOfTheTakeoverItselfHedgesIt) {
  Doc doc = test::ExtractAt(
      "SDF fighters reportedly took over three tribal checkpoints in Hajin without a fight on Tuesday after elders agreed to a truce.",
      2025, 2, 12);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Non-violent transfer of territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

}  // namespace
}  // namespace marsad
