// What someone urges is no act told (EnglishRequested), but only within its
// own sentence: the next sentence's act stays.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class RequestSentenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(RequestSentenceTest, AnAppealDoesNotReachTheNextSentence) {
  Doc doc = test::ExtractAt(
      "The rebels urged traders to keep their shops open.\n"
      "Military aircraft bombed Lashio on Saturday night, killing four civilians, rescuers said.",
      2025, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("bombed"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
}

TEST_F(RequestSentenceTest, TheUrgedActIsNoEvent) {
  Doc doc = test::ExtractAt("The governor urged the army to bomb rebel positions near Lashio on Saturday.", 2025, 3, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("bomb")), nullptr);
}

}  // namespace
}  // namespace marsad
