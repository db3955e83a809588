// A hunt vowed to go on ("will continue to track down the rebels", "keep
// hunting down") is an intent Armed clash, as "keep pursuing" is; the act
// told after "until" and a short subject ("until the last one is
// neutralised") is the vow's goal, no event. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class VowedHuntTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(VowedHuntTest, AHuntVowedToGoOnIsIntentAndItsGoalIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-07-02\nThe governor said the army will continue to track down the bandits in the forests of Zamfara until the "
      "last one is neutralised.",
      2025, 7, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 1u);
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("neutralised")), nullptr);
  size_t happened = 0;
  for (const Event& e : doc.events) happened += e.status == "reported" || e.status == "claimed";
  EXPECT_EQ(happened, 0u);
}

TEST_F(VowedHuntTest, KeepHuntingDownIsIntent) {
  Doc doc = test::ExtractAt("date 2025-07-02\nPolice vowed to keep hunting down the kidnappers in Kaduna State.", 2025, 7, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 1u);
}

}  // namespace
}  // namespace marsad
