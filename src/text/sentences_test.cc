#include "text/sentences.h"

#include <gtest/gtest.h>

#include "tests/testutil.h"

namespace marsad {
namespace {

std::vector<std::string> SentenceTexts(const Doc& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.OriginalText(s.span));
  return out;
}

TEST(Sentences, ArabicPunctuation) {
  Doc doc = test::Analyze("وصلت القافلة إلى المدينة. هل انتهى القصف؟ نعم! ثم ماذا…");
  EXPECT_EQ(SentenceTexts(doc), (std::vector<std::string>{"وصلت القافلة إلى المدينة.",
                                                          "هل انتهى القصف؟", "نعم!", "ثم ماذا…"}));
}

TEST(Sentences, CommaSemicolonAndColonDoNotEndASentence) {
  Doc doc = test::Analyze("قال المتحدث: سقطت قذائف، وأصيب مدنيون؛ ثم توقف القصف.");
  EXPECT_EQ(doc.sentences.size(), 1u);
}

TEST(Sentences, NewlineEndsAParagraph) {
  Doc doc = test::Analyze("عاجل\nسقطت قذيفة على السوق\n\nEnglish line two.");
  ASSERT_EQ(doc.paragraphs.size(), 3u);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[2].paragraph, 2u);
  EXPECT_EQ(doc.OriginalText(doc.sentences[1].span), "سقطت قذيفة على السوق");
}

TEST(Sentences, EnglishAbbreviationsAndInitials) {
  Doc doc = test::Analyze("Mr. Haddad met U.S. envoys on Monday. Talks resumed at 3.5 hours in.");
  EXPECT_EQ(SentenceTexts(doc), (std::vector<std::string>{"Mr. Haddad met U.S. envoys on Monday.",
                                                          "Talks resumed at 3.5 hours in."}));
}

TEST(Sentences, ArabicDoctorAbbreviation) {
  Doc doc = test::Analyze("قال د. سامر إن المستشفى ممتلئ. وأضاف أن الوضع صعب.");
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(Sentences, ClosingQuoteStaysWithItsSentence) {
  Doc doc = test::Analyze("قال: \"انتهى الأمر.\" ثم غادر.");
  EXPECT_EQ(SentenceTexts(doc), (std::vector<std::string>{"قال: \"انتهى الأمر.\"", "ثم غادر."}));
}

TEST(Sentences, LowercaseAfterStopContinues) {
  Doc doc = test::Analyze("The convoy left at approx. noon and returned.");
  EXPECT_EQ(doc.sentences.size(), 1u);
}

TEST(Sentences, MetadataIsNotASentence) {
  Doc doc = test::Analyze(" date 2024-11 سقطت قذيفة. https://x.com/i/web/status/1862651953437643168");
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.OriginalText(doc.sentences[0].span), "سقطت قذيفة.");
}

TEST(Sentences, SeedHasNineteenSentencesInSixParagraphs) {
  auto seed = test::ReadSeed();
  if (!seed) GTEST_SKIP() << "seed not found at " << test::SeedPath();
  Doc doc = test::Analyze(*seed);
  EXPECT_EQ(doc.paragraphs.size(), 6u);
  ASSERT_EQ(doc.sentences.size(), 19u);
  EXPECT_EQ(doc.OriginalText(doc.sentences[14].span), "وهذا لم يحدث من قبل قط.\"");
  for (const auto& s : doc.sentences) {
    Span o = doc.ToOriginal(s.span);
    EXPECT_LE(o.end, doc.original().size());
  }
}

}  // namespace
}  // namespace marsad
