#include "text/tokenize.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "marsad/doc.h"
#include "text/normalize.h"
#include "tests/testutil.h"

namespace marsad {
namespace {

const Tokenizer& TheTokenizer() {
  static const Tokenizer* tok = [] {
    auto r = Tokenizer::Create(test::DataDir());
    if (!r.ok()) {
      std::fprintf(stderr, "cannot build the tokenizer: %s\n", r.status().message().c_str());
      std::abort();
    }
    return r.value().release();
  }();
  return *tok;
}

Doc Tokenize(const std::string& text) {
  Doc doc(text);
  Status st = TheTokenizer().Run(doc);
  EXPECT_TRUE(st.ok()) << st.message();
  return doc;
}

std::vector<std::string> Texts(const Doc& doc) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.TokenText(i));
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Every non-whitespace byte of norm() lies in exactly one token, tokens are
// non-empty and in increasing order, and no token contains whitespace.
void ExpectTiling(const Doc& doc) {
  const std::string& s = doc.norm();
  std::vector<int> cover(s.size(), 0);
  uint32_t prev_end = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    Span sp = doc.tokens[i].span;
    ASSERT_LT(sp.begin, sp.end) << "empty token " << i;
    ASSERT_LE(sp.end, s.size());
    ASSERT_GE(sp.begin, prev_end) << "token " << i << " overlaps or goes backwards";
    prev_end = sp.end;
    for (uint32_t b = sp.begin; b < sp.end; ++b) {
      ++cover[b];
      ASSERT_FALSE(IsSpace(s[b])) << "whitespace inside token " << i;
    }
  }
  for (size_t b = 0; b < s.size(); ++b) {
    if (!IsSpace(s[b])) {
      ASSERT_EQ(cover[b], 1) << "byte " << b << " of norm() is in no token";
    }
  }
}

TEST(Tokenizer, TilesMixedText) {
  Doc doc = Tokenize(
      "وقال مصدر محلي إن القوات سيطرت على بلدتين، وبالمدينة 1,200 نازح (3.5%) «فرّوا»؟\n"
      "The U.S. army said... see https://example.org/a?b=1. و16 غارة؛ كفرناها…");
  ExpectTiling(doc);
  EXPECT_EQ(doc.lang, "ar");
}

TEST(Tokenizer, TilesTheSeedDocument) {
  auto seed = test::ReadSeed();
  if (!seed) GTEST_SKIP() << "seed document not found at " << test::SeedPath();
  Doc doc = Tokenize(*seed);
  ExpectTiling(doc);
  EXPECT_GT(doc.tokens.size(), 50u);
}

TEST(Tokenizer, TilesHostileBytes) {
  std::string text = "a\xff\xfe" "b \x01\x02 حلب\xd8 ،،\t\t1.2.3 ... %%";
  text.push_back('\0');
  text += "ـــ";
  ExpectTiling(Tokenize(text));
}

TEST(Tokenizer, NamesStayWhole) {
  Doc doc = Tokenize("بغداد بيروت فلسطين وزير كفرناها لبنان بنش");
  std::vector<std::string> want;
  for (const char* w : {"بغداد", "بيروت", "فلسطين", "وزير", "كفرناها", "لبنان", "بنش"})
    want.push_back(NormalizeKey(w));
  EXPECT_EQ(Texts(doc), want);
  for (const Token& t : doc.tokens) EXPECT_EQ(t.piece, Piece::kWhole);
}

TEST(Tokenizer, CliticPiecesShareTheirWord) {
  Doc doc = Tokenize("قال وبالمدينة");
  ASSERT_EQ(doc.tokens.size(), 5u);
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"قال", "و", "ب", "ال", "مدينه"}));
  EXPECT_EQ(doc.tokens[0].piece, Piece::kWhole);
  EXPECT_EQ(doc.tokens[1].piece, Piece::kProclitic);
  EXPECT_EQ(doc.tokens[2].piece, Piece::kProclitic);
  EXPECT_EQ(doc.tokens[3].piece, Piece::kProclitic);
  EXPECT_EQ(doc.tokens[4].piece, Piece::kStem);
  EXPECT_TRUE(doc.tokens[1].space_before);
  for (int i = 2; i <= 4; ++i) EXPECT_FALSE(doc.tokens[i].space_before) << i;
  for (int i = 1; i <= 4; ++i) {
    EXPECT_EQ(doc.tokens[i].word, 1u) << i;
    EXPECT_EQ(doc.tokens[i].script, Script::kArabic);
    EXPECT_EQ(doc.tokens[i].kind, TokenKind::kWord);
  }
}

TEST(Tokenizer, CliticCombinations) {
  auto pieces = [](const char* w) { return Texts(Tokenize(w)); };
  using V = std::vector<std::string>;
  EXPECT_EQ(pieces("فللجيش"), (V{"ف", "لل", "جيش"}));
  EXPECT_EQ(pieces("وسيقاتلون"), (V{"و", "س", "يقاتلون"}));
  EXPECT_EQ(pieces("بحلب"), (V{"ب", "حلب"}));
  EXPECT_EQ(pieces("وحلب"), (V{"و", "حلب"}));
  EXPECT_EQ(pieces("لإدلب"), (V{"ل", "ادلب"}));
  EXPECT_EQ(pieces("مدينتهم"), (V{"مدينت", "هم"}));
  EXPECT_EQ(pieces("قواتنا"), (V{"قوات", "نا"}));
  EXPECT_EQ(pieces("والبغداديون"), (V{"و", "ال", "بغداديون"}));
}

TEST(Tokenizer, EncliticIsMarked) {
  Doc doc = Tokenize("وقواتهم");
  ASSERT_EQ(doc.tokens.size(), 3u);
  EXPECT_EQ(doc.tokens[0].piece, Piece::kProclitic);
  EXPECT_EQ(doc.tokens[1].piece, Piece::kStem);
  EXPECT_EQ(doc.tokens[2].piece, Piece::kEnclitic);
  EXPECT_EQ(doc.TokenText(2), "هم");
}

TEST(Tokenizer, WholeWordsStayWhole) {
  for (const char* w : {"وزير", "ولد", "بيان", "كتاب", "فيلم", "باب", "سيد", "وحدة", "لجنة"}) {
    Doc doc = Tokenize(w);
    ASSERT_EQ(doc.tokens.size(), 1u) << w;
    EXPECT_EQ(doc.tokens[0].piece, Piece::kWhole) << w;
  }
}

TEST(Tokenizer, PiecesMapBackToOriginalBytesThroughDiacritics) {
  const std::string word = "وَبِالمَدِينَةِ";
  Doc doc = Tokenize("في " + word + ".");
  ASSERT_EQ(doc.tokens.size(), 6u);  // في و ب ال مدينه .
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"في", "و", "ب", "ال", "مدينه", "."}));
  std::string rebuilt;
  for (int i = 1; i <= 4; ++i) {
    std::string_view orig = doc.OriginalText(doc.tokens[i].span);
    // Each piece's original bytes normalise back to the piece.
    EXPECT_EQ(NormalizeKey(orig), doc.TokenText(i)) << i;
    rebuilt += orig;
  }
  EXPECT_EQ(rebuilt, word);
  // The pieces' original spans are adjacent and cover the word.
  for (int i = 1; i < 4; ++i)
    EXPECT_EQ(doc.ToOriginal(doc.tokens[i].span).end, doc.ToOriginal(doc.tokens[i + 1].span).begin);
}

TEST(Tokenizer, EnglishWordsNumbersAndUrls) {
  Doc doc = Tokenize("The U.S. army said 1,200 people (3.5%) fled, see https://example.org/a?b=1.");
  using V = std::vector<std::string>;
  // "U.S." stays letter, stop, letter, stop: the sentence splitter decides
  // about abbreviations from its own list.
  EXPECT_EQ(Texts(doc), (V{"the", "u", ".", "s", ".", "army", "said", "1,200", "people", "(", "3.5",
                           "%", ")", "fled", ",", "see", "https://example.org/a?b=1", "."}));
  EXPECT_EQ(doc.tokens[7].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[10].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[11].kind, TokenKind::kSymbol);
  EXPECT_EQ(doc.tokens[16].kind, TokenKind::kUrl);
  EXPECT_EQ(doc.tokens[0].script, Script::kLatin);
  EXPECT_EQ(doc.lang, "en");
}

TEST(Tokenizer, NumbersWithSeparatorsAndDates) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Texts(Tokenize("١٢٬٥٠٠ و2٫5 2024/11/27 3.")),
            (V{"12٬500", "و", "2٫5", "2024", "/", "11", "/", "27", "3", "."}));
  Doc doc = Tokenize("قتل ٣٠ شخصاً");
  EXPECT_EQ(doc.TokenText(1), "30");
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kNumber);
}

TEST(Tokenizer, LatinWordsKeepTrailingDigits) {
  EXPECT_EQ(Texts(Tokenize("F16 t4")), (std::vector<std::string>{"f16", "t4"}));
}

TEST(Tokenizer, ArabicPunctuation) {
  Doc doc = Tokenize("حلب، حمص؛ ماذا؟ «قال» انتهى…");
  using V = std::vector<std::string>;
  EXPECT_EQ(Texts(doc), (V{"حلب", "،", "حمص", "؛", "ماذا", "؟", "«", "قال", "»", "انتهي", "…"}));
  for (size_t i : {1u, 3u, 5u, 6u, 8u, 10u}) EXPECT_EQ(doc.tokens[i].kind, TokenKind::kPunct) << i;
}

TEST(Tokenizer, ArabicLetterGluedToDigits) {
  Doc doc = Tokenize("قتل و16 مدنيا");
  using V = std::vector<std::string>;
  EXPECT_EQ(Texts(doc), (V{"قتل", "و", "16", "مدنيا"}));
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[1].word, doc.tokens[2].word);
  EXPECT_FALSE(doc.tokens[2].space_before);
}

TEST(Tokenizer, WordIndexAndLineBreaks) {
  Doc doc = Tokenize("حلب\n\nو حمص");
  ASSERT_EQ(doc.tokens.size(), 3u);
  EXPECT_EQ(doc.tokens[1].breaks_before, 2);
  EXPECT_EQ(doc.tokens[2].word, 2u);
}

TEST(Tokenizer, EmptyAndSpaceOnlyText) {
  EXPECT_TRUE(Tokenize("").tokens.empty());
  Doc doc = Tokenize("  \n\t ");
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_EQ(doc.lang, "und");
}

}  // namespace
}  // namespace marsad
