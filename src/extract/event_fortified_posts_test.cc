// English wordings of a base established (data/en/event_triggers.tsv):
// troops fortifying a post or position ("began fortifying a new post"),
// and a move forward told before it in its sentence (`approach_move`,
// data/en/event_cues.tsv; events.cc), which is how the force reached the
// post: one base, no takeover beside it. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FortifiedPostsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FortifiedPostsTest, TroopsFortifyingAPostSetUpABase) {
  Doc doc = test::ExtractAt("Army troops on Monday began fortifying a new post on a hill outside Kadugli, residents said.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(FortifiedPostsTest, AnAdvanceToTheFortifiedPostIsNoTakeover) {
  Doc doc = test::ExtractAt(
      "A column of army troops advanced to a ridge east of Kadugli on Tuesday and began fortifying a new post there, "
      "residents said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(FortifiedPostsTest, AMilitaryPostFortifiedByAnUnnamedForceIsABase) {
  Doc doc = test::ExtractAt("At dawn, a foreign force began fortifying a new military post on a ridge outside Kadugli.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(FortifiedPostsTest, AnAdvanceWithNoPostSetUpStays) {
  Doc doc = test::ExtractAt("Rebel fighters advanced into the town of Kadugli on Tuesday, residents said.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 1u);
}

}  // namespace
}  // namespace marsad
