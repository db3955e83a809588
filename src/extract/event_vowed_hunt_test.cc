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

// The goal's toll word ("until the last one is neutralised") is no dead of
// the vowed hunt: an act told only as meant carries no toll.
TEST_F(VowedHuntTest, AVowedHuntCarriesNoTollOfItsGoal) {
  Doc doc = test::ExtractAt(
      "date 2025-07-02\nThe minister said troops will continue to track down the rebels in Bamenda until the last one "
      "is neutralised.",
      2025, 7, 2);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 1u);
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
}

// A threat told after a past massacre whose deed was not read as an event
// takes none of its dead; the earlier killing keeps its own.
TEST_F(VowedHuntTest, AThreatenedAttackTakesNoTollOfTheSentenceAfter) {
  Doc doc = test::ExtractAt(
      "date 2025-07-02\nGunmen killed two farmers near Garissa on Tuesday, police said. The militants threatened to "
      "attack the new police post. In 2015 the same group killed about 40 people in the town.",
      2025, 7, 2);
  test::MaybeDump(doc);
  size_t intents = 0;
  for (const Event& e : doc.events) {
    if (e.status != "intent") continue;
    ++intents;
    EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
  }
  EXPECT_EQ(intents, 1u);
  const Event* killing = test::EventFor(doc, NormalizeKey("killed"));
  ASSERT_NE(killing, nullptr);
  ASSERT_TRUE(killing->fatalities.has_value());
  EXPECT_EQ(killing->fatalities->best, 2.0);
}

}  // namespace
}  // namespace marsad
