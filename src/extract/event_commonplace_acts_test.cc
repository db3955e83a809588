// An event noun that a predicate of habit says is common ("have become
// common", "are rife": `not_event` cues of kind `commonplace`,
// data/en/event_cues.tsv; event_not_events.cc NotEventCueCovers) names a
// kind of act the region knows, no event. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class CommonplaceActsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CommonplaceActsTest, AbductionsSaidToHaveBecomeCommonAreNoEvent) {
  Doc doc = test::ExtractAt(
      "Gunmen abducted 12 farmers near Kagara on Sunday, police said. In Mokwa, a mob beat two men to death on Monday. "
      "Mass abductions from schools and highways have become common in the state over the past two years.",
      2026, 11, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(CommonplaceActsTest, KidnappingsSaidToBeRifeAreNoEvent) {
  Doc doc = test::ExtractAt("In Mokwa, a mob beat two men to death on Monday. Kidnappings for ransom are rife in the state.",
                            2026, 11, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(CommonplaceActsTest, AnAbductionToldStays) {
  Doc doc = test::ExtractAt("Gunmen abducted 12 farmers near Kagara on Sunday, the police said.", 2026, 11, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(CommonplaceActsTest, SingularActSaidToBeCommonIsNoEvent) {
  Doc doc = test::ExtractAt("In Mokwa, a mob beat two men to death on Monday. Kidnapping for ransom is common in the district, "
                            "residents said.",
                            2026, 11, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
}

}  // namespace
}  // namespace marsad
