// The event builder keeps each word's cue rows for its document
// (Builder::WordCue, event_index.cc): what a word is asked about once is
// answered the same way every time, and nothing of one document's words
// carries into the next. Sentences are our own.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "extract/event_builder.h"
#include "extract/event_lexicon.h"
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


// WordCueMemo answers as EventLexicon::WordCue does, for every word and
// every cue type the tables know (and one they do not), whichever is asked
// first; after Reset a document's words are read afresh.
class WordCueMemoAnswersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lex = EventLexicon::Load(test::DataDir());
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    lex_ = std::move(lex).value();
    std::set<std::string> seen;
    for (const CueRow& row : lex_->cues)
      if (seen.insert(row.type).second) types_.push_back(row.type);
    types_.push_back("no_such_cue_type");
    ASSERT_GT(types_.size(), 20u);
  }
  // Asks every word of `doc` every type, in the order given, twice.
  void ExpectSame(const Doc& doc, events_internal::WordCueMemo* memo, bool reversed) {
    ASSERT_FALSE(doc.lex_words.empty());
    std::vector<std::string> types = types_;
    if (reversed) types.assign(types_.rbegin(), types_.rend());
    size_t found = 0;
    for (int round = 0; round < 2; ++round)
      for (size_t w = 0; w < doc.lex_words.size(); ++w)
        for (const std::string& type : types) {
          const CueRow* want = lex_->WordCue(doc.lex_words[w], type);
          EXPECT_EQ(memo->Find(*lex_, doc.lex_words[w], w, type), want) << "word " << w << " type " << type;
          found += want != nullptr;
        }
    EXPECT_GT(found, 0u);
  }
  std::shared_ptr<const EventLexicon> lex_;
  std::vector<std::string> types_;
};

TEST_F(WordCueMemoAnswersTest, SameRowsAsTheLexiconForEveryType) {
  events_internal::WordCueMemo memo;
  const Doc ar = test::ExtractAt(kArabic, 2025, 3, 2);
  memo.Reset(ar.lex_words.size());
  ExpectSame(ar, &memo, false);
  const Doc en = test::ExtractAt(kEnglish, 2025, 3, 2);
  memo.Reset(en.lex_words.size());
  ExpectSame(en, &memo, true);
}

TEST_F(WordCueMemoAnswersTest, ResetForgetsTheWordsOfTheDocumentBefore) {
  events_internal::WordCueMemo memo;
  const Doc en = test::ExtractAt(kEnglish, 2025, 3, 2);
  memo.Reset(en.lex_words.size());
  ExpectSame(en, &memo, false);
  // Other words at the same positions: the rows of the first document's
  // words must not answer for them.
  const Doc ar = test::ExtractAt(kArabic, 2025, 3, 2);
  memo.Reset(ar.lex_words.size());
  EXPECT_EQ(memo.size(), ar.lex_words.size());
  ExpectSame(ar, &memo, true);
}

}  // namespace
}  // namespace marsad
