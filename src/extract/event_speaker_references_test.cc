// "The army said its jets struck rebel positions. The rebels said the
// strikes killed three children": the speaker of an English reference that
// opens what it says tells of the event, it is not the doer; the reference
// joins the event it names and brings its dead (event_unit.cc,
// ResolveCoreference). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SpeakerReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SpeakerReferenceTest, OtherSideTellsTheDeadOfTheStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-11-27\nThe army said its jets struck rebel positions near Rutshuru on Friday. The rebels said the "
      "strikes killed three children.",
      2026, 11, 27);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Explosions/Remote violence"), 1u);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "3/3/3");
}

}  // namespace
}  // namespace marsad
