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

// A verb that does not kill by itself ("beat", "shot") is lethal when an
// outcome word follows its object within three words, in its clause
// (DeathAfter, over the words where such a cue starts).
TEST_F(EventLethalAdverbTest, OutcomeAfterTheObjectMakesAVerbLethal) {
  Doc counted = test::ExtractAt("Gunmen shot three guards dead near Kaduna on Friday, police said.", 2026, 7, 1);
  test::MaybeDump(counted);
  const Event* e = test::ExpectEvent(counted, "shot");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "3/3/3");
  Doc one = test::ExtractAt("Gunmen shot a farmer dead near Kaduna on Friday, police said.", 2026, 7, 1);
  test::MaybeDump(one);
  e = test::ExpectEvent(one, "shot");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "1/1/1");
}

}  // namespace
}  // namespace marsad
