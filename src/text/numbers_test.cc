// Tests for the NumberReader stage (src/text/numbers.h, doc/numbers.md).
// Sentences are written for these tests; the seed is read from disk.
#include "text/numbers.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "tests/testutil.h"

namespace marsad {
namespace {

using test::Analyze;

// The mention whose original text is exactly `text`, or nullptr.
const NumberMention* Find(const Doc& doc, std::string_view text) {
  for (const auto& n : doc.numbers)
    if (doc.OriginalText(n.span) == text) return &n;
  return nullptr;
}

std::vector<std::string> Texts(const Doc& doc) {
  std::vector<std::string> out;
  for (const auto& n : doc.numbers) out.emplace_back(doc.OriginalText(n.span));
  return out;
}

// Checks one mention: its span text, figure and noun. std::nullopt means
// "must be unset".
void ExpectMention(const Doc& doc, std::string_view text, std::optional<double> value,
                   std::optional<double> low, std::optional<double> high, std::string_view unit,
                   bool approx = false, bool vague = false,
                   NumberMention::Kind kind = NumberMention::Kind::kCardinal) {
  const NumberMention* n = Find(doc, text);
  ASSERT_NE(n, nullptr) << "no number mention '" << text
                        << "'; found: " << ::testing::PrintToString(Texts(doc));
  EXPECT_EQ(n->value, value) << text;
  EXPECT_EQ(n->low, low) << text;
  EXPECT_EQ(n->high, high) << text;
  EXPECT_EQ(n->unit, unit) << text;
  if (!unit.empty()) {
    EXPECT_EQ(doc.norm(n->unit_span), unit) << text;
  } else {
    EXPECT_TRUE(n->unit_span.empty()) << text;
  }
  EXPECT_EQ(n->approx, approx) << text;
  EXPECT_EQ(n->vague, vague) << text;
  EXPECT_EQ(n->kind, kind) << text;
}

constexpr auto kPercent = NumberMention::Kind::kPercent;
constexpr std::nullopt_t kNull = std::nullopt;

// ---------------------------------------------------------------- the seed

TEST(NumbersSeedTest, ExactlyTheReportedFigures) {
  auto seed = test::ReadSeed();
  if (!seed) GTEST_SKIP() << "seed not found at " << test::SeedPath();
  Doc doc = Analyze(*seed);
  ExpectMention(doc, "حوالي 70%", 70, kNull, kNull, "", /*approx=*/true, false, kPercent);
  ExpectMention(doc, "16", 16, kNull, kNull, "قريه");
  ExpectMention(doc, "العشرات", kNull, 20, 99, "قوات", false, /*vague=*/true);
  ExpectMention(doc, "أكثر من 300", kNull, 301, kNull, "شخص");
  ExpectMention(doc, "أكثر من 20", kNull, 21, kNull, "مدنيا");
  // Nothing else: not the year after منذ عام, not the header date, not the URL.
  EXPECT_EQ(doc.numbers.size(), 5u) << ::testing::PrintToString(Texts(doc));
  for (const auto& n : doc.numbers) {
    EXPECT_NE(n.value, 2016.0);
    EXPECT_NE(n.value, 2024.0);
    EXPECT_NE(n.value, 11.0);
  }
}

// ---------------------------------------------------------------- digits

TEST(NumbersWordsTest, ADualNounCountsTwo) {
  Doc doc = Analyze("قتل جنديان وأصيب شرطيين بجروح في الهجوم.");
  ExpectMention(doc, "جنديان", 2, kNull, kNull, "جنديان");
  ExpectMention(doc, "شرطيين", 2, kNull, kNull, "شرطيين");
  // A sound plural is spelled like its dual: no count.
  Doc plural = Analyze("قتل مدنيين في القصف.");
  EXPECT_TRUE(plural.numbers.empty()) << ::testing::PrintToString(Texts(plural));
}

// A bound after a dual bounds it as one after a count's noun does: two or
// more, the span still the noun.
TEST(NumbersWordsTest, ABoundAfterADualIsItsFloor) {
  Doc doc = Analyze("قتل حارسان على الأقل وأصيب شرطيين في الهجوم.");
  ExpectMention(doc, "حارسان", kNull, 2, kNull, "حارسان");
  ExpectMention(doc, "شرطيين", 2, kNull, kNull, "شرطيين");
}

TEST(NumbersDigitsTest, TheYearBeforeANounIsNoCount) {
  Doc doc = Analyze("the worst attack since the 2014 kidnapping of 276 schoolgirls");
  ASSERT_EQ(doc.numbers.size(), 1u) << ::testing::PrintToString(Texts(doc));
  EXPECT_EQ(doc.numbers[0].value, 276.0);
}

TEST(NumbersDigitsTest, SeparatorsInAllScripts) {
  Doc doc = Analyze("وصلت 1,200 أسرة و١٢٬٥٠٠ خيمة و۳ شاحنات ونقل 2٫5 طن و3.5 طن آخر و4,5 لتر");
  ExpectMention(doc, "1,200", 1200, kNull, kNull, "اسره");
  ExpectMention(doc, "١٢٬٥٠٠", 12500, kNull, kNull, "خيمه");
  ExpectMention(doc, "۳", 3, kNull, kNull, "شاحنات");
  ExpectMention(doc, "2٫5", 2.5, kNull, kNull, "طن");
  ExpectMention(doc, "3.5", 3.5, kNull, kNull, "طن");
  // A comma not followed by exactly three digits is a decimal comma.
  ExpectMention(doc, "4,5", 4.5, kNull, kNull, "لتر");
}

TEST(NumbersDigitsTest, EnglishGroupsAndDecimals) {
  Doc doc =
      Analyze("Officials counted 1,250,000 voters and 0.75 tonnes; 1.200.000 is also grouped.");
  ExpectMention(doc, "1,250,000", 1250000, kNull, kNull, "voters");
  ExpectMention(doc, "0.75", 0.75, kNull, kNull, "tonnes");
  ExpectMention(doc, "1.200.000", 1200000, kNull, kNull, "");
}

TEST(NumbersDigitsTest, DigitsWithScaleWord) {
  Doc doc = Analyze("نزح 3 آلاف شخص وتضرر 2.5 مليون آخرين، و40 ألفا نازحون");
  ExpectMention(doc, "3 آلاف", 3000, kNull, kNull, "شخص");
  ExpectMention(doc, "2.5 مليون", 2500000, kNull, kNull, "اخرين");
  ExpectMention(doc, "40 ألفا", 40000, kNull, kNull, "نازحون");
  // A word glued to ب is a new phrase, not the counted noun.
  ExpectMention(Analyze("بقي 40 بلا مأوى"), "40", 40, kNull, kNull, "");
  Doc en = Analyze("Aid reached 1.2 million people and 3 thousand families.");
  ExpectMention(en, "1.2 million", 1200000, kNull, kNull, "people");
  ExpectMention(en, "3 thousand", 3000, kNull, kNull, "families");
}

TEST(NumbersDigitsTest, DateTimeAndYearPatternsAreNotQuantities) {
  Doc doc = Analyze(
      "اجتمعوا في 27-11-2024 ثم في 2024/11/27 و2024-11-27 عند الساعة 10:30 "
      "منذ عام 2016 وفي العام 2011 وفي 3 ديسمبر وفي سنة 1982 وفي نوفمبر 2023 وسنة 2019م");
  EXPECT_TRUE(doc.numbers.empty()) << ::testing::PrintToString(Texts(doc));
  Doc en = Analyze("Since 2015, and in 2016, on 4 March and in May 2020, at 10:30, on 2020/01/02.");
  EXPECT_TRUE(en.numbers.empty()) << ::testing::PrintToString(Texts(en));
}

TEST(NumbersDigitsTest, YearLikeFigureWithoutYearContextIsACount) {
  Doc doc = Analyze("أصيب 2016 شخصا في الاشتباكات");
  ExpectMention(doc, "2016", 2016, kNull, kNull, "شخصا");
}

TEST(NumbersDigitsTest, HeaderDateIsMetadata) {
  Doc doc = Analyze("date 2024-11\nقتل 4 أشخاص");
  ASSERT_EQ(doc.numbers.size(), 1u) << ::testing::PrintToString(Texts(doc));
  ExpectMention(doc, "4", 4, kNull, kNull, "اشخاص");
}

TEST(NumbersDigitsTest, DashedRangeOfCounts) {
  Doc doc = Analyze("قتل 20-30 شخصا");
  ExpectMention(doc, "20-30", kNull, 20, 30, "شخصا");
}

TEST(NumbersDigitsTest, LongDigitRunsAreIdsNotQuantities) {
  Doc doc = Analyze("رقم الحساب 12345678901234567890 محذوف");
  EXPECT_TRUE(doc.numbers.empty()) << ::testing::PrintToString(Texts(doc));
}

// ---------------------------------------------------------------- Arabic words

TEST(NumbersArabicWordsTest, OnesInGenderAndCase) {
  Doc doc = Analyze("رأينا ثلاثة رجال و أربع نساء ثم شاهدنا اثنين منهم واثنتان أخريان وواحدة فقط");
  ExpectMention(doc, "ثلاثة", 3, kNull, kNull, "رجال");
  ExpectMention(doc, "أربع", 4, kNull, kNull, "نساء");
  ExpectMention(doc, "اثنين", 2, kNull, kNull, "");  // منهم is a pronoun, not a noun
  ExpectMention(doc, "اثنتان", 2, kNull, kNull, "اخريان");
  ExpectMention(doc, "واحدة", 1, kNull, kNull, "");
}

TEST(NumbersArabicWordsTest, TeensTensAndCompounds) {
  Doc doc = Analyze(
      "سقط أحد عشر صاروخا ثم خمسة عشر آخرون، وقتل خمسة وعشرون مسلحا "
      "وأصيب سبعة وثلاثين جنديا و تسعون مدنيا");
  ExpectMention(doc, "أحد عشر", 11, kNull, kNull, "صاروخا");
  ExpectMention(doc, "خمسة عشر", 15, kNull, kNull, "اخرون");
  ExpectMention(doc, "خمسة وعشرون", 25, kNull, kNull, "مسلحا");
  ExpectMention(doc, "سبعة وثلاثين", 37, kNull, kNull, "جنديا");
  ExpectMention(doc, "تسعون", 90, kNull, kNull, "مدنيا");
}

TEST(NumbersArabicWordsTest, HundredsInBothSpellings) {
  Doc doc = Analyze(
      "وصل مئة جندي ثم مائتا عنصر ثم ثلاثمائة وخمسون آلية ثم أربعمئة طن "
      "ثم ست مئة كيس ثم مئتين وعشرين صندوقا");
  ExpectMention(doc, "مئة", 100, kNull, kNull, "جندي");
  ExpectMention(doc, "مائتا", 200, kNull, kNull, "عنصر");
  ExpectMention(doc, "ثلاثمائة وخمسون", 350, kNull, kNull, "اليه");
  ExpectMention(doc, "أربعمئة", 400, kNull, kNull, "طن");
  ExpectMention(doc, "ست مئة", 600, kNull, kNull, "كيس");
  ExpectMention(doc, "مئتين وعشرين", 220, kNull, kNull, "صندوقا");
}

TEST(NumbersArabicWordsTest, ThousandsAndMillions) {
  Doc doc = Analyze(
      "عاد ألف لاجئ، ونزح ألفان آخران، ثم ثلاثة آلاف وخمسمئة عائلة، "
      "وتأثر مليون طفل ومليونا شخص وثلاثة ملايين نسمة ومليار دولار");
  ExpectMention(doc, "ألف", 1000, kNull, kNull, "لاجي");
  ExpectMention(doc, "ألفان", 2000, kNull, kNull, "اخران");
  ExpectMention(doc, "ثلاثة آلاف وخمسمئة", 3500, kNull, kNull, "عايله");
  ExpectMention(doc, "مليون", 1000000, kNull, kNull, "طفل");
  ExpectMention(doc, "ثلاثة ملايين", 3000000, kNull, kNull, "نسمه");
  ExpectMention(doc, "مليار", 1e9, kNull, kNull, "دولار");
}

TEST(NumbersArabicWordsTest, TheConjunctionIsNotPartOfTheSpan) {
  Doc doc = Analyze("احترقت و16 سيارة وخمسة منازل");
  ExpectMention(doc, "16", 16, kNull, kNull, "سياره");
  ExpectMention(doc, "خمسة", 5, kNull, kNull, "منازل");
}

// The glued prefixes are tried by their first letter (و، ف، ب، ل and the
// pairs they begin): a number word behind each letter, and behind a pair.
TEST(NumbersArabicWordsTest, EveryGluedPrefixLetterIsStripped) {
  Doc doc = Analyze("أصيب فثلاثة جنود وقصفت القوات بخمسة صواريخ وانتهت لسبعة مدنيين فبتسعة أيام");
  ExpectMention(doc, "ثلاثة", 3, kNull, kNull, "جنود");
  ExpectMention(doc, "خمسة", 5, kNull, kNull, "صواريخ");
  ExpectMention(doc, "سبعة", 7, kNull, kNull, "مدنيين");
  const NumberMention* nine = Find(doc, "تسعة");
  ASSERT_NE(nine, nullptr) << ::testing::PrintToString(Texts(doc));
  EXPECT_EQ(nine->value, 9);
}

TEST(NumbersArabicWordsTest, WordsOutsideNumbersAreIgnored) {
  // أحد alone ("one of"), نحو as "towards", العديد and ordinals are not figures.
  Doc doc = Analyze("تقدم أحد الجنود نحو المدينة للمرة الأولى مع العديد من الآليات يوم الاثنين");
  EXPECT_TRUE(doc.numbers.empty()) << ::testing::PrintToString(Texts(doc));
}

// ---------------------------------------------------------------- vague

TEST(NumbersVagueTest, ArabicRanges) {
  Doc doc = Analyze(
      "أصيب العشرات، وفر المئات من السكان، ونزح عشرات الآلاف من الأسر، "
      "وتضرر مئات الآلاف، وتهدمت آلاف المنازل، وبقي بضعة جنود وعدة مئات من العناصر");
  ExpectMention(doc, "العشرات", kNull, 20, 99, "", false, true);
  ExpectMention(doc, "المئات", kNull, 200, 999, "سكان", false, true);
  ExpectMention(doc, "عشرات الآلاف", kNull, 20000, 99999, "اسر", false, true);
  ExpectMention(doc, "مئات الآلاف", kNull, 200000, 999999, "", false, true);
  ExpectMention(doc, "آلاف", kNull, 2000, 9999, "منازل", false, true);
  ExpectMention(doc, "بضعة", kNull, 3, 9, "جنود", false, true);
  ExpectMention(doc, "عدة مئات", kNull, 300, 999, "عناصر", false, true);
}

TEST(NumbersVagueTest, EnglishRanges) {
  Doc doc = Analyze(
      "Dozens of soldiers, scores of the wounded, hundreds of families, thousands "
      "fled and tens of thousands of people waited; several hundred.");
  ExpectMention(doc, "Dozens", kNull, 20, 99, "soldiers", false, true);
  ExpectMention(doc, "scores", kNull, 20, kNull, "wounded", false, true);
  ExpectMention(doc, "hundreds", kNull, 200, 999, "families", false, true);
  ExpectMention(doc, "thousands", kNull, 2000, 9999, "", false, true);
  ExpectMention(doc, "tens of thousands", kNull, 20000, 99999, "people", false, true);
  ExpectMention(doc, "several hundred", kNull, 300, 999, "", false, true);
}

// "scores of" sets a floor of one score and no ceiling, alone or under a bound.
TEST(NumbersVagueTest, ScoresHaveNoCeiling) {
  Doc doc = Analyze(
      "Gunmen torched scores of huts in the valley, and more than scores of herders fled.");
  ExpectMention(doc, "scores", kNull, 20, kNull, "huts", false, true);
  ExpectMention(doc, "more than scores", kNull, 20, kNull, "herders", false, true);
}

// ---------------------------------------------------------------- approx and bounds

TEST(NumbersModifiersTest, ArabicApproximations) {
  Doc doc = Analyze(
      "قتل حوالي 40 شخصا، ونزح نحو ألفي مدني، وقرابة 15 عائلة، وزهاء مئة جندي، "
      "وما يقارب 60 طفلا، وما يقرب من 70 امرأة، و80 رجلا تقريبا، وبنحو 9 أطنان");
  ExpectMention(doc, "حوالي 40", 40, kNull, kNull, "شخصا", true);
  ExpectMention(doc, "نحو ألفي", 2000, kNull, kNull, "مدني", true);
  ExpectMention(doc, "قرابة 15", 15, kNull, kNull, "عايله", true);
  ExpectMention(doc, "زهاء مئة", 100, kNull, kNull, "جندي", true);
  ExpectMention(doc, "ما يقارب 60", 60, kNull, kNull, "طفلا", true);
  ExpectMention(doc, "ما يقرب من 70", 70, kNull, kNull, "امراه", true);
  // تقريبا after the noun counts, but the span stays on the figure.
  ExpectMention(doc, "80", 80, kNull, kNull, "رجلا", true);
  ExpectMention(doc, "نحو 9", 9, kNull, kNull, "اطنان", true);
  Doc after = Analyze("تضرر 30 تقريباً من المباني");
  ExpectMention(after, "30 تقريباً", 30, kNull, kNull, "مباني", true);
}

TEST(NumbersModifiersTest, EnglishApproximations) {
  Doc doc = Analyze(
      "About 40 people, around 50 homes, approximately 60 cars, nearly 70 shops, "
      "some 80 trucks and roughly 90 tents.");
  ExpectMention(doc, "About 40", 40, kNull, kNull, "people", true);
  ExpectMention(doc, "around 50", 50, kNull, kNull, "homes", true);
  ExpectMention(doc, "approximately 60", 60, kNull, kNull, "cars", true);
  ExpectMention(doc, "nearly 70", 70, kNull, kNull, "shops", true);
  ExpectMention(doc, "some 80", 80, kNull, kNull, "trucks", true);
  ExpectMention(doc, "roughly 90", 90, kNull, kNull, "tents", true);
}

TEST(NumbersModifiersTest, ArabicBounds) {
  Doc doc = Analyze(
      "قتل أكثر من 300 مقاتل، وأزيد من 50 مدنيا، وما لا يقل عن 12 طفلا، "
      "و7 مسعفين على الأقل، وأقل من 10 صحفيين، وما يصل إلى 40 مسلحا");
  ExpectMention(doc, "أكثر من 300", kNull, 301, kNull, "مقاتل");
  ExpectMention(doc, "أزيد من 50", kNull, 51, kNull, "مدنيا");
  ExpectMention(doc, "ما لا يقل عن 12", kNull, 12, kNull, "طفلا");
  ExpectMention(doc, "7", kNull, 7, kNull, "مسعفين");  // على الأقل after the noun
  ExpectMention(doc, "أقل من 10", kNull, kNull, 9, "صحفيين");
  ExpectMention(doc, "ما يصل إلى 40", kNull, kNull, 40, "مسلحا");
  Doc before = Analyze("قتل على الأقل 8 جنود و9 على الأقل من الشرطة");
  ExpectMention(before, "على الأقل 8", kNull, 8, kNull, "جنود");
  ExpectMention(before, "9 على الأقل", kNull, 9, kNull, "شرطه");
}

// A bound after a second noun joined by و to the count's noun bounds the
// count the pair shares; without it the count stays exact.
TEST(NumbersModifiersTest, ArabicBoundAfterAJoinedNoun) {
  Doc doc = Analyze("قتل 9 جنود ومسعف على الأقل في الهجوم.");
  ExpectMention(doc, "9", kNull, 9, kNull, "جنود");
  Doc exact = Analyze("قتل 9 جنود ومسعف في الهجوم على الأقل.");
  ExpectMention(exact, "9", 9, kNull, kNull, "جنود");
  Doc wounded = Analyze("قتل 9 جنود وأصيب 20 على الأقل.");
  ExpectMention(wounded, "9", 9, kNull, kNull, "جنود");
}

// A bound after a plural relative adjective of the count's noun, or after a
// partitive with a pronoun standing for the noun, bounds the count; a bound
// after any other word does not.
TEST(NumbersModifiersTest, ArabicBoundAfterAnAdjectiveOrAPartitivePronoun) {
  Doc adj = Analyze("قتل 5 عمال مصريين على الأقل في الحريق.");
  ExpectMention(adj, "5", kNull, 5, kNull, "عمال");
  Doc pron = Analyze("فتح مسلحون النار على حافلة ركاب فقتلوا أربعة منهم على الأقل.");
  ExpectMention(pron, "أربعة", kNull, 4, kNull, "");
  Doc other = Analyze("قتل 5 عمال أمس على الأقل.");
  ExpectMention(other, "5", 5, kNull, kNull, "عمال");
  Doc noun = Analyze("قتل 5 عمال مزارعين في الحريق.");
  ExpectMention(noun, "5", 5, kNull, kNull, "عمال");
}

TEST(NumbersModifiersTest, EnglishBounds) {
  Doc doc = Analyze(
      "More than 300 people, over 20 civilians, at least 12 children, "
      "15 medics at least, less than 10 reporters, fewer than 5 homes and up to 40 fighters.");
  ExpectMention(doc, "More than 300", kNull, 301, kNull, "people");
  ExpectMention(doc, "over 20", kNull, 21, kNull, "civilians");
  ExpectMention(doc, "at least 12", kNull, 12, kNull, "children");
  ExpectMention(doc, "15", kNull, 15, kNull, "medics");
  ExpectMention(doc, "less than 10", kNull, kNull, 9, "reporters");
  ExpectMention(doc, "fewer than 5", kNull, kNull, 4, "homes");
  ExpectMention(doc, "up to 40", kNull, kNull, 40, "fighters");
}

TEST(NumbersModifiersTest, BoundOnAWordFigure) {
  Doc doc = Analyze("أكثر من ثلاثة آلاف لاجئ و more than a dozen villages");
  ExpectMention(doc, "أكثر من ثلاثة آلاف", kNull, 3001, kNull, "لاجي");
  ExpectMention(doc, "more than a dozen", kNull, 13, kNull, "villages");
}

TEST(NumbersModifiersTest, ModifierWithoutFigureIsNothing) {
  Doc doc = Analyze("تقدمت القوات نحو المدينة أكثر من المتوقع. Troops moved around the town.");
  EXPECT_TRUE(doc.numbers.empty()) << ::testing::PrintToString(Texts(doc));
}

// ---------------------------------------------------------------- percent

TEST(NumbersPercentTest, ArabicForms) {
  Doc doc = Analyze(
      "سيطروا على 70% من الأرض و 45 % من القرى و٦٠٪ من الطرق و30 بالمئة من المباني "
      "و25 بالمائة و15 في المئة و10 في المائة وسبعين بالمئة من السكان");
  ExpectMention(doc, "70%", 70, kNull, kNull, "", false, false, kPercent);
  ExpectMention(doc, "45 %", 45, kNull, kNull, "", false, false, kPercent);
  ExpectMention(doc, "٦٠٪", 60, kNull, kNull, "", false, false, kPercent);
  ExpectMention(doc, "30 بالمئة", 30, kNull, kNull, "", false, false, kPercent);
  ExpectMention(doc, "25 بالمائة", 25, kNull, kNull, "", false, false, kPercent);
  ExpectMention(doc, "15 في المئة", 15, kNull, kNull, "", false, false, kPercent);
  ExpectMention(doc, "10 في المائة", 10, kNull, kNull, "", false, false, kPercent);
  ExpectMention(doc, "سبعين بالمئة", 70, kNull, kNull, "", false, false, kPercent);
}

TEST(NumbersPercentTest, EnglishForms) {
  Doc doc = Analyze(
      "About 70% of the city, 40 percent of roads, seventy per cent of homes and "
      "more than 50% of the area.");
  ExpectMention(doc, "About 70%", 70, kNull, kNull, "", true, false, kPercent);
  ExpectMention(doc, "40 percent", 40, kNull, kNull, "", false, false, kPercent);
  ExpectMention(doc, "seventy per cent", 70, kNull, kNull, "", false, false, kPercent);
  // A share has no "next whole number": the bound stays at the figure.
  ExpectMention(doc, "more than 50%", kNull, 50, kNull, "", false, false, kPercent);
}

// ---------------------------------------------------------------- English words

TEST(NumbersEnglishWordsTest, CardinalWords) {
  Doc doc = Analyze(
      "Three people died; two hundred and fifty soldiers, twenty-five trucks, "
      "nineteen tents, a dozen villages, a hundred homes, one million two hundred "
      "thousand voters and five and six.");
  ExpectMention(doc, "Three", 3, kNull, kNull, "people");
  ExpectMention(doc, "two hundred and fifty", 250, kNull, kNull, "soldiers");
  ExpectMention(doc, "twenty-five", 25, kNull, kNull, "trucks");
  ExpectMention(doc, "nineteen", 19, kNull, kNull, "tents");
  ExpectMention(doc, "a dozen", 12, kNull, kNull, "villages");
  ExpectMention(doc, "a hundred", 100, kNull, kNull, "homes");
  ExpectMention(doc, "one million two hundred thousand", 1200000, kNull, kNull, "voters");
  // A list is two figures, not eleven.
  ExpectMention(doc, "five", 5, kNull, kNull, "");
  ExpectMention(doc, "six", 6, kNull, kNull, "");
}

// ---------------------------------------------------------------- nouns

TEST(NumbersUnitTest, NounRules) {
  Doc doc = Analyze("قتل 5 في القصف و6 بالمدينة و7 من جنودهم و8 من القتلى و9 أيار");
  ExpectMention(doc, "5", 5, kNull, kNull, "");      // a preposition is not a noun
  ExpectMention(doc, "6", 6, kNull, kNull, "");      // nor a word with ب
  ExpectMention(doc, "7", 7, kNull, kNull, "جنود");  // من + possessive ending dropped
  ExpectMention(doc, "8", 8, kNull, kNull, "قتلي");  // من + article dropped
  EXPECT_EQ(Find(doc, "9"), nullptr);                // a day of a month
}

TEST(NumbersUnitTest, NounOnNextLineIsNotTaken) {
  Doc doc = Analyze("the total was 40\nvillages were hit");
  ExpectMention(doc, "40", 40, kNull, kNull, "");
}

// ---------------------------------------------------------------- invariants

TEST(NumbersInvariantTest, SpansAndBoundsAreConsistent) {
  Doc doc = Analyze(
      "أكثر من 300 شخص و3 آلاف و about 70% and dozens of them, 1,200; 20-30 and "
      "عشرات الآلاف من الناس وما لا يقل عن خمسين");
  ASSERT_GE(doc.numbers.size(), 6u);
  uint32_t last_end = 0;
  for (const auto& n : doc.numbers) {
    EXPECT_LE(n.span.end, doc.norm().size());
    EXPECT_LE(last_end, n.span.begin) << "mentions overlap or are unsorted";
    last_end = n.span.end;
    EXPECT_FALSE(n.tokens.empty());
    EXPECT_LE(doc.tokens[n.tokens.begin].span.begin, n.span.begin);
    EXPECT_GE(doc.tokens[n.tokens.end - 1].span.end, n.span.end);
    if (n.low && n.high) {
      EXPECT_LE(*n.low, *n.high);
    }
    if (!n.unit_span.empty()) {
      EXPECT_LE(n.span.end, n.unit_span.begin);
    }
    EXPECT_TRUE(n.value || n.low || n.high);
  }
}

// ---------------------------------------------------------------- data files

class NumbersDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("marsad_numbers_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_ / "ar");
    std::filesystem::create_directories(dir_ / "en");
    std::filesystem::copy_file(test::DataDir() + "/en/numbers.tsv", dir_ / "en/numbers.tsv",
                               std::filesystem::copy_options::overwrite_existing);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void WriteAr(const std::string& body) {
    std::ofstream(dir_ / "ar/numbers.tsv")
        << "#format numbers v1\nphrase\trole\tvalue\tlow\thigh\twhere\n"
        << body;
  }
  Status Load() {
    auto r = NumberReader::Create(dir_.string());
    return r.ok() ? Status::OK() : r.status();
  }
  std::filesystem::path dir_;
};

TEST_F(NumbersDataTest, ShippedFilesLoad) {
  auto r = NumberReader::Create(test::DataDir());
  EXPECT_TRUE(r.ok()) << r.status().message();
}

TEST_F(NumbersDataTest, MalformedRowsNameFileAndLine) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"خمسة\tnum\n", "positive value"},
      {"خمسة\tnum\tfive\n", "positive value"},
      {"خمسة\tnumber\t5\n", "unknown role"},
      {"عدة\tvague\n", "needs low"},
      {"عدة\tvague\t\t\t9\n", "low must be a number"},
      {"عدة\tvague\t\t9\t3\n", "greater than high"},
      {"حوالي\tapprox\t\t\t\tsometimes\n", "where must be"},
      {"خمسة\tnum\t5\t\t\tbefore\n", "takes no where"},
      {"و ف\tprefix\n", "one word"},
      {"خمسة\tnum\t5\nخمسة\tnum\t6\n", "different role"},
      {"\tnum\t5\n", "empty phrase"},
  };
  for (const auto& [body, what] : cases) {
    WriteAr(body);
    Status st = Load();
    ASSERT_FALSE(st.ok()) << body;
    EXPECT_NE(st.message().find("ar/numbers.tsv:"), std::string::npos) << st.message();
    EXPECT_NE(st.message().find(what), std::string::npos) << st.message();
  }
  WriteAr("\n# comment\nخمسة\tnum\t5\n\nخمسة\tnum\t6\n");
  Status st = Load();
  EXPECT_NE(st.message().find("numbers.tsv:7:"), std::string::npos) << st.message();
}

TEST_F(NumbersDataTest, EntriesAreNormalisedAndMultiWordPhrasesWork) {
  // Written with ة and أ; text arrives as ه and ا after normalisation.
  WriteAr("خَمْسَة\tnum\t5\nأكثر بكثير من\tmore_than\nسرية\tmult\t120\n");
  auto r = NumberReader::Create(dir_.string());
  ASSERT_TRUE(r.ok()) << r.status().message();
  Doc doc("قتل أكثر بكثير من خمسة جنود واختفت خمسة سرية");
  ASSERT_TRUE(test::TextLayer().stages()[0]->Run(doc).ok());  // tokens
  ASSERT_TRUE(test::TextLayer().stages()[1]->Run(doc).ok());  // metadata
  ASSERT_TRUE((*r)->Run(doc).ok());
  ExpectMention(doc, "أكثر بكثير من خمسة", kNull, 6, kNull, "جنود");
  ExpectMention(doc, "خمسة سرية", 600, kNull, kNull, "");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {
// Regression: "March 3" in an English dateline was read as the figure 3.
TEST(NumbersDateContextTest, DayAfterAnEnglishMonthIsNoFigure) {
  Doc doc = test::Analyze("BEIRUT, March 3 - Three people were killed.");
  for (const auto& n : doc.numbers) EXPECT_NE(doc.OriginalText(n.span), "3");
  ASSERT_EQ(doc.numbers.size(), 1u);
  EXPECT_EQ(doc.OriginalText(doc.numbers[0].span), "Three");
}
}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Phrases are matched word by word, longest first: a longer phrase that
// begins with a shorter one wins, the shorter one stands where the longer is
// not written out, and a line break ends a phrase.
TEST(NumbersPhraseTest, LongestPhraseGrownWordByWord) {
  Doc doc = Analyze("Police detained a few dozen students; only a few farmers stayed.");
  ExpectMention(doc, "a few dozen", kNull, 20, 99, "students", false, true);
  ExpectMention(doc, "a few", kNull, 3, 9, "farmers", false, true);
  Doc bound = Analyze("The militia held no more than 30 hostages and no fewer than 12 trucks.");
  ExpectMention(bound, "no more than 30", kNull, kNull, 30, "hostages");
  ExpectMention(bound, "no fewer than 12", kNull, 12, kNull, "trucks");
  Doc ar = Analyze("اعتقلت الشرطة ما لا يقل عن 50 طالبا وما لا يزيد على 7 صحفيين.");
  ExpectMention(ar, "ما لا يقل عن 50", kNull, 50, kNull, "طالبا");
  ExpectMention(ar, "ما لا يزيد على 7", kNull, kNull, 7, "صحفيين");
  Doc broken = Analyze("Rescuers found a few\ndozen bodies.");
  EXPECT_EQ(Find(broken, "a few dozen"), nullptr);
}

}  // namespace
}  // namespace marsad
