// Tolls told by a pronoun or by a force member's noun (s6tollsdates):
// an Arabic toll noun with the plural pronoun (ما أدى إلى مقتلهم) counts
// those numbered before it in its sentence, as a killing verb with it does
// (event_tolls.cc, PluralPronounOn); منتسب، a member of a force, is one
// victim (`one_victim`, data/ar/event_cues.tsv), as are ranks (نقيب، عريف)
// and the Maghrebi عون. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PronounTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PronounTollTest, TollNounWithPluralPronounCountsThoseBefore) {
  Doc doc = test::ExtractAt(
      "وأفاد شهود بأن طائرة مسيّرة استهدفت مساء الأحد شاحنة تقل خمسة مزارعين قرب مدينة مأرب، ما أدى إلى مقتلهم جميعاً.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(5.0));
}

TEST_F(PronounTollTest, MemberOfAForceIsOneVictim) {
  Doc doc = test::ExtractAt(
      "وفي قضاء بلد، انفجرت عبوة ناسفة مساء الثلاثاء بعجلة تابعة للشرطة، ما أدى إلى استشهاد منتسب وإصابة آخر.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
}

TEST_F(PronounTollTest, MemberKilledBeforeTheClash) {
  Doc doc = test::ExtractAt("قُتل منتسب في الشرطة وأصيب آخر في اشتباك مع مسلحين قرب مدينة الكوت فجر الاثنين.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
}

TEST_F(PronounTollTest, RankOfAForceIsOneVictim) {
  Doc doc = test::ExtractAt("قُتل نقيب في الجيش وأصيب جنديان في هجوم شنه مسلحون على حاجز قرب مدينة العريش مساء الاثنين.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
}

// A rank or post noun heading a civil body (`civil_institution`: نقيب
// المحامين, the head of the bar; عميد الكلية, a college's dean) is still
// one victim, but a civilian, not a man of a force.
TEST_F(PronounTollTest, HeadOfACivilBodyIsOneCivilianVictim) {
  Doc doc = test::ExtractAt("قُتل نقيب المحامين برصاص مسلحين مجهولين أمام منزله في مدينة الحلة مساء الأربعاء.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].civilian_fatalities.has_value());
  EXPECT_EQ(doc.events[0].civilian_fatalities->best, std::optional<double>(1.0));
}

TEST_F(PronounTollTest, DeanOfACollegeIsOneCivilianVictim) {
  Doc doc = test::ExtractAt("وقُتل عميد كلية الزراعة بانفجار عبوة ناسفة زرعت في سيارته قرب مدينة بعقوبة صباح الخميس.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].civilian_fatalities.has_value());
  EXPECT_EQ(doc.events[0].civilian_fatalities->best, std::optional<double>(1.0));
}

// A force's word right after the body (`force_institution`: الكلية
// الحربية, a military academy; المستشفى العسكري) makes its head no civilian.
TEST_F(PronounTollTest, HeadOfAForceBodyIsNoCivilian) {
  for (const char* text : {"قُتل عميد الكلية الحربية برصاص مسلحين مجهولين قرب منزله في مدينة حماة مساء السبت.",
                           "قُتل مدير المستشفى العسكري بانفجار عبوة ناسفة زرعت في سيارته قرب مدينة الموصل صباح الأحد.",
                           "قُتل عميد كلية الشرطة برصاص مسلحين مجهولين قرب منزله في مدينة حماة مساء السبت."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0)) << text;
    ASSERT_FALSE(doc.events.empty()) << text;
    EXPECT_FALSE(doc.events[0].civilian_fatalities.has_value()) << text;
  }
}

// The rank alone, or before its force, stays no civilian.
TEST_F(PronounTollTest, RankBeforeItsForceIsNoCivilian) {
  Doc doc = test::ExtractAt("قُتل عميد في الشرطة بانفجار عبوة ناسفة زرعت في سيارته قرب مدينة بعقوبة صباح الخميس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(doc.events[0].civilian_fatalities.has_value());
}

TEST_F(PronounTollTest, MaghrebiAgentIsOneVictim) {
  Doc doc = test::ExtractAt("وفي مدينة سوسة، أسفر هجوم بسكين على دورية أمنية مساء الثلاثاء عن مقتل عون أمن.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
}

}  // namespace
}  // namespace marsad
