// A speaker named after a comma ("..., a local official said") tells the
// toll and is no further victim in a list of singular victims
// (event_tolls.cc SpeakerPhrase). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TollSpeakerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TollSpeakerTest, SpeakerAfterASingularWoundedIsNoVictim) {
  Doc doc = test::ExtractAt("Gunmen killed three farmers near Gao on Sunday and wounded a fourth, a local official said.",
                            2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.injuries.has_value());
  EXPECT_EQ(e.injuries->best, 1.0);
}

TEST_F(TollSpeakerTest, SpeakerAfterAListOfSingularDeadIsNoVictim) {
  Doc doc = test::ExtractAt(
      "A car bomb in Mogadishu on Sunday killed a policeman, a teacher and a shopkeeper, a hospital official told "
      "reporters.",
      2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

// The list itself still counts when no speaker closes it.
TEST_F(TollSpeakerTest, ListWithoutSpeakerStillCountsEachVictim) {
  Doc doc = test::ExtractAt("A car bomb in Mogadishu on Sunday killed a policeman, a teacher and a shopkeeper.", 2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

}  // namespace
}  // namespace marsad
