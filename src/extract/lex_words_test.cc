#include "extract/lex_words.h"

#include <gtest/gtest.h>

#include "extract/event_lexicon.h"
#include "extract/extract_testutil.h"
#include "tests/testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

bool SameWord(const LexWord& a, const LexWord& b) {
  return a.first == b.first && a.end == b.end && a.is_word == b.is_word && a.number == b.number &&
         a.clause_break == b.clause_break && a.quote_mark == b.quote_mark && a.text() == b.text() &&
         a.variants == b.variants && a.article_bytes == b.article_bytes;
}

// Our own sentences: clitics, the article and لل, a hyphenated Latin name,
// numbers and punctuation.
constexpr const char* kText =
    "وقال المتحدث إن القوات والفصائل تقدمت للمدينة، وبالقرب من al-Bab قُتل 12 شخصاً. "
    "Officials in Deir ez-Zor said the convoy's route was closed; \"no one passed\".";

TEST(LexWords, ThePipelineKeepsTheWordsOfTheWholeDocument) {
  Doc doc = test::Extract(kText);
  const std::vector<LexWord> built = BuildLexWords(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  ASSERT_EQ(doc.lex_words.size(), built.size());
  ASSERT_FALSE(built.empty());
  for (size_t i = 0; i < built.size(); ++i) EXPECT_TRUE(SameWord(doc.lex_words[i], built[i])) << i;
}

// The indirect-speech finder reads a window of tokens as a slice of
// doc.lex_words when both edges fall between words: that slice must be what
// building the window's words afresh gives.
TEST(LexWords, AWindowBetweenWordsIsASliceOfTheDocumentsWords) {
  Doc doc = test::Extract(kText);
  const std::vector<LexWord>& all = doc.lex_words;
  ASSERT_GT(all.size(), 10u);
  for (size_t b = 0; b < all.size(); ++b)
    for (size_t e = b + 1; e <= all.size(); ++e) {
      const uint32_t tb = all[b].first;
      const uint32_t te = e < all.size() ? all[e].first : static_cast<uint32_t>(doc.tokens.size());
      const std::vector<LexWord> window = BuildLexWords(doc, tb, te);
      ASSERT_EQ(window.size(), e - b) << b << ".." << e;
      for (size_t k = 0; k < window.size(); ++k) EXPECT_TRUE(SameWord(window[k], all[b + k])) << b << ".." << e;
    }
}

// A word's text is its first variant, not a copy: it must stay the whole
// word's norm text however many clitic and letter variants follow it, and
// after the words are moved (a short word's keys live inside the LexWord).
TEST(LexWords, TextIsTheWholeWordAfterItsVariantsAndAfterAMove) {
  Doc doc = test::Extract("وبالمدينتين قال: لا.");
  std::vector<LexWord> words = BuildLexWords(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  ASSERT_GE(words.size(), 4u);
  std::vector<std::string> expected;
  for (const LexWord& w : words) expected.emplace_back(doc.norm(doc.SpanOf(TokenRange{w.first, w.end})));
  EXPECT_GT(words[0].variants.size(), 2u);  // the clitic-stripped forms of وبالمدينتين
  std::vector<LexWord> moved = std::move(words);
  moved.reserve(moved.capacity() * 2);  // every word moved into new storage
  for (size_t i = 0; i < moved.size(); ++i) {
    EXPECT_EQ(moved[i].text(), expected[i]) << i;
    EXPECT_EQ(moved[i].text(), moved[i].variants[0]) << i;
  }
}

}  // namespace
}  // namespace marsad
