// The event builder keeps each word's cue rows for its document
// (Builder::WordCue, event_index.cc): what a word is asked about once is
// answered the same way every time, and nothing of one document's words
// carries into the next. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class WordCueMemoTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// Weapon, settlement, subordinator and victim words, each of which the
// builder's rules ask about several cue types.
constexpr const char* kArabic =
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف بطائرة مسيرة استهدف قرية الحميدية في ريف حماة الشمالي، "
    "بعد أن شنت فصائل مسلحة هجوماً على نقطة عسكرية قرب البلدة.";
constexpr const char* kEnglish =
    "Two soldiers were killed when a roadside bomb struck their patrol near the village of Tal Abyad, "
    "after gunmen attacked a checkpoint in the town on Monday.";

TEST_F(WordCueMemoTest, ADocumentReadAgainAfterAnotherGivesTheSameEvents) {
  const std::string first = test::Dump(test::ExtractAt(kArabic, 2025, 3, 2));
  const std::string other = test::Dump(test::ExtractAt(kEnglish, 2025, 3, 2));
  EXPECT_EQ(test::Dump(test::ExtractAt(kArabic, 2025, 3, 2)), first);
  EXPECT_EQ(test::Dump(test::ExtractAt(kEnglish, 2025, 3, 2)), other);
  EXPECT_NE(first, other);
}

TEST_F(WordCueMemoTest, ARepeatedSentenceGetsTheSameReadingAtEachPlace) {
  // The same words at two places of one document: each place's words have
  // their own rows, so both sentences yield their events alike.
  const Doc once = test::ExtractAt(kEnglish, 2025, 3, 2);
  const Doc twice = test::ExtractAt(std::string(kEnglish) + "\n\n" + kEnglish, 2025, 3, 2);
  ASSERT_FALSE(once.events.empty());
  EXPECT_GE(twice.events.size(), once.events.size());
}

}  // namespace
}  // namespace marsad
