#include "text/quotes.h"

#include <gtest/gtest.h>

#include "tests/testutil.h"

namespace marsad {
namespace {

struct QuoteView {
  std::string text, intro;
  bool closed, after_colon;
};

std::vector<QuoteView> Quotes(const std::string& text) {
  Doc doc = test::Analyze(text);
  std::vector<QuoteView> out;
  for (const auto& q : doc.quotes)
    out.push_back({std::string(doc.OriginalText(q.span)), std::string(doc.OriginalText(doc.SpanOf(q.intro))),
                   q.closed, q.after_colon});
  return out;
}

TEST(Quotes, Guillemets) {
  auto q = Quotes("وقال المتحدث باسم الدفاع المدني «لا يزال العشرات تحت الأنقاض» في المدينة.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "لا يزال العشرات تحت الأنقاض");
  EXPECT_EQ(q[0].intro, "وقال المتحدث باسم الدفاع المدني");
  EXPECT_FALSE(q[0].after_colon);
}

TEST(Quotes, CurlyAndStraightDoubleQuotes) {
  auto q = Quotes("He said “we will stay” and added: \"the road is closed\".");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "we will stay");
  EXPECT_EQ(q[1].text, "the road is closed");
  EXPECT_TRUE(q[1].after_colon);
  EXPECT_EQ(q[1].intro, "He said “we will stay” and added");
}

TEST(Quotes, ColonQuoteRunsOverSentenceEnds) {
  auto q = Quotes("وقال شاهد عيان: \"سمعنا انفجارين. ثم هرب الجميع.\" وانقطع الاتصال.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "سمعنا انفجارين. ثم هرب الجميع.");
  EXPECT_EQ(q[0].intro, "وقال شاهد عيان");
  EXPECT_TRUE(q[0].after_colon);
  EXPECT_TRUE(q[0].closed);
}

TEST(Quotes, UnclosedQuoteAfterColonRunsToParagraphEnd) {
  Doc doc = test::Analyze("وقال القائد: «سنواصل التقدم. لن نتوقف\nفقرة أخرى.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_FALSE(doc.quotes[0].closed);
  EXPECT_EQ(doc.OriginalText(doc.quotes[0].span), "سنواصل التقدم. لن نتوقف");
}

TEST(Quotes, ApostrophesAreNotQuotes) {
  auto q = Quotes("The soldiers' families said they don't know, citing the Qur'an.");
  EXPECT_TRUE(q.empty());
}

TEST(Quotes, SingleQuotes) {
  auto q = Quotes("Officials called it 'a limited operation' on Tuesday.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "a limited operation");
}

TEST(Quotes, StrayStraightQuoteIsWarnedNotQuoted) {
  Doc doc = test::Analyze("The price was 5\" wide and \"rising");
  EXPECT_TRUE(doc.quotes.empty());
  bool warned = false;
  for (const auto& w : doc.warnings) warned |= w.find("[W020]") != std::string::npos;
  EXPECT_TRUE(warned);
}

// The seed's quotes: the army statement, the quoted airport name, the captive
// soldier, the opposition's video message, the BBC source (over two
// sentences) and the IRGC commander (over two sentences).
TEST(Quotes, Seed) {
  auto seed = test::ReadSeed();
  if (!seed) GTEST_SKIP() << "seed not found at " << test::SeedPath();
  Doc doc = test::Analyze(*seed);
  ASSERT_EQ(doc.quotes.size(), 6u);
  auto text = [&](int i) { return std::string(doc.OriginalText(doc.quotes[i].span)); };
  auto intro = [&](int i) { return std::string(doc.OriginalText(doc.SpanOf(doc.quotes[i].intro))); };
  auto starts = [](const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; };
  auto ends = [](const std::string& s, const std::string& p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
  };
  EXPECT_TRUE(starts(text(0), "مقتل العشرات من قواتنا")) << text(0);
  EXPECT_TRUE(ends(text(0), "أنحاء المدينة")) << text(0);
  EXPECT_EQ(intro(0), "واعترف الجيش السوري في بيان رسمي");
  EXPECT_EQ(text(1), "أبو الضهور");
  EXPECT_FALSE(doc.quotes[1].after_colon);
  EXPECT_EQ(text(2), "والله جابوني رغماً عني، والله أجبروني");
  EXPECT_TRUE(ends(intro(2), "ويقول")) << intro(2);
  EXPECT_EQ(text(3), "مستمرون إلى منطقة حماة بعون الله");
  EXPECT_TRUE(ends(intro(3), "أعلنوا فيها")) << intro(3);
  EXPECT_TRUE(starts(text(4), "لم يكن هناك قتال")) << text(4);
  EXPECT_TRUE(ends(text(4), "من قبل قط.")) << text(4);
  EXPECT_EQ(intro(4), "وقال مصدر لبي بي سي");
  EXPECT_TRUE(starts(text(5), "من خسر اليوم في غزة")) << text(5);
  EXPECT_TRUE(ends(text(5), "ضد الشعب السوري")) << text(5);
  EXPECT_EQ(intro(5), "قائد الحرس الثوري الإيراني حسين سلامي");
  for (int i : {0, 2, 3, 4, 5}) {
    EXPECT_TRUE(doc.quotes[i].after_colon) << i;
    EXPECT_TRUE(doc.quotes[i].closed) << i;
  }
  // The spans are byte offsets into the original text.
  for (const auto& q : doc.quotes) {
    Span o = doc.ToOriginal(q.span);
    EXPECT_EQ(seed->substr(o.begin, o.size()), std::string(doc.OriginalText(q.span)));
  }
}

}  // namespace
}  // namespace marsad
