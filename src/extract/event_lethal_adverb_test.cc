// An English verb that itself kills may carry an adverb ("summarily
// executed", "publicly executed"): its object is still the dead. Sentences
// are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventLethalAdverbTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventLethalAdverbTest, SummarilyExecutedCountsItsObject) {
  Doc doc = test::ExtractAt(
      "date 2026-07-01\nSoldiers summarily executed at least 9 villagers near Djibo on Monday, a rights group "
      "said.",
      2026, 7, 1);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "summarily executed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "9/9/-");
}

}  // namespace
}  // namespace marsad
