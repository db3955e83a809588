// An Arabic plural past verb with an object pronoun drops the alif of the
// plural (اختطفوا + ه = اختطفوه): the abduction verbs are listed in that form
// too. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class PluralPronounTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// Led away after the abduction told in its sentence: the same event, not a
// second one.
TEST_F(PluralPronounTest, LedAwayAfterAbductionIsOneEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nاختطف مسلحون ثلاثة تجار على طريق قرب مدينة زحلة مساء الثلاثاء واقتادوهم إلى جهة مجهولة.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(PluralPronounTest, KidnappedTheTwoIsAbduction) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nأفادت مصادر محلية بأن مسلحين خطفوهما على طريق قرب مدينة زحلة مساء الثلاثاء.", 2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(PluralPronounTest, AbductedThemIsAbduction) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nقال سكان إن عناصر من العصابة اختطفوهم قرب قرية في ولاية زمفارا يوم الثلاثاء.", 2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 1u);
}

// Led away alone (no abduction word before it): the plural with its object
// pronoun is the abduction itself.
TEST_F(PluralPronounTest, LedHimAwayAloneIsAbduction) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nقال شهود إن مسلحين ملثمين اقتادوه من منزله في بلدة قرب مدينة زحلة مساء الثلاثاء.", 2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 1u);
}

// The captives taken back by a pronoun, their committee named between (its
// doer read afresh would be another party): still one abduction.
TEST_F(PluralPronounTest, LedThemAwayAfterTheirCommitteeIsOneEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nوفي بلدة قرب مدينة زحلة، خطف مسلحون الأسبوع الماضي ثلاثة من أعضاء لجنة المقاومة في البلدة "
      "واقتادوهم إلى جهة غير معلومة.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 1u);
}

}  // namespace
}  // namespace marsad
