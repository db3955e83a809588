// "arrested for sharing videos of protests online": a bare event word right
// after a `depiction` cue (videos of, footage of, images of …) is what was
// shown, no act the report tells; a protest told as such stays. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DepictedScenesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DepictedScenesTest, VideosOfProtestsAreNoProtest) {
  Doc doc = test::ExtractAt(
      "Police in Bukan arrested nine young men on Sunday for sharing videos of protests online, a rights group said.", 2026,
      3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

TEST_F(DepictedScenesTest, AProtestToldAsSuchStays) {
  Doc doc = test::ExtractAt("Hundreds of students held protests in Bukan on Sunday against the closure of their college.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
}

}  // namespace
}  // namespace marsad
