// A vehicle that "ran over" or "drove over" a mine, an explosive device or
// a roadside bomb set it off (gapped trigger rows of the lemma "ran over a
// mine"): one Remote explosive/landmine/IED event with the toll, not a
// ramming attack beside it; a driver who ran over a person still rams.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class MineRunOverTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(MineRunOverTest, AVehicleThatRanOverADeviceIsOneBlast) {
  Doc doc = test::ExtractAt(
      "Four soldiers were killed when their vehicle ran over an improvised explosive device near Mandera on Monday.", 2026,
      3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
  Doc mine = test::ExtractAt("Two soldiers were wounded when their patrol vehicle ran over a mine on the road to Elwak.",
                             2026, 3, 10);
  test::MaybeDump(mine);
  EXPECT_EQ(test::CountSub(mine, "Attack"), 0u);
  EXPECT_EQ(test::CountSub(mine, "Remote explosive/landmine/IED"), 1u);
}

TEST_F(MineRunOverTest, RunningOverAPersonIsStillAnAttack) {
  Doc doc = test::ExtractAt("A settler ran over a Palestinian man near Hebron on Monday.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
}

}  // namespace
}  // namespace marsad
