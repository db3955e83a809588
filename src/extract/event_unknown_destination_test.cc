// People arrested and then led where no one knows ("took them to an unknown
// destination": an `unknown_destination` cue, data/en/event_cues.tsv;
// events.cc) were made to disappear: one forced disappearance, no arrest
// beside it. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class UnknownDestinationTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(UnknownDestinationTest, DetainedAndTakenToAnUnknownDestinationIsOneDisappearance) {
  Doc doc = test::ExtractAt(
      "Soldiers detained two farmers near Yatta on Sunday and took them to an unknown destination, relatives said.", 2026,
      11, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
}

TEST_F(UnknownDestinationTest, AnArrestBesideAnotherAbductionStays) {
  Doc doc = test::ExtractAt("Police arrested two farmers near Yatta on Sunday. Gunmen abducted a trader in Hebron.", 2026, 11,
                            9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

}  // namespace
}  // namespace marsad
