// Arabic victims told by a pronoun or by a noun with its pronoun: a singular
// person noun with a possessive (مقتل سائقها) is one dead, the dual pronoun
// on a toll word or killing verb (مقتلهما، فقتلوهما، وضربهما حتى الموت) two;
// a defective noun's oblique dual (راعيين) counts two unmarked
// (event_tolls.cc VictimNounCue, DualPronounOn, LethalActOneVictim,
// DualVictimCue). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PossessedVictimTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PossessedVictimTest, NounWithItsPossessivePronounIsOne) {
  Doc doc = test::ExtractAt(
      "انفجرت عبوة ناسفة بشاحنة صغيرة على طريق قرب مدينة كركوك صباح الخميس، ما أدى إلى مقتل سائقها.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
}

TEST_F(PossessedVictimTest, PossessedNounAndHisCompanionAreTwo) {
  Doc doc = test::ExtractAt(
      "انفجرت عبوة ناسفة بشاحنة صغيرة على طريق قرب مدينة كركوك صباح الخميس، ما أدى إلى مقتل سائقها ومساعده.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(PossessedVictimTest, ObliqueDualOfADefectiveNounIsTwoUnmarked) {
  Doc doc = test::ExtractAt("أطلق مسلحون النار على قرية قرب مدينة تدمر يوم الجمعة، ما أدى إلى مقتل راعيين.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(PossessedVictimTest, BareObliqueOfANisbaNounIsAPluralNotTwo) {
  Doc doc = test::ExtractAt("قتل مسلحون مجهولون صحفيين في هجوم على مكتب قناة محلية في مدينة كركوك يوم الخميس.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(PossessedVictimTest, DualPronounOnTheTollNounIsTwo) {
  Doc doc = test::ExtractAt("أطلق مسلحون النار على شابين في بلدة الخالص مساء الأحد، ما أدى إلى مقتلهما.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(PossessedVictimTest, DualObjectPronounOnAKillingVerbIsTwo) {
  Doc doc = test::ExtractAt("أطلق مسلحون النار على شابين في بلدة الخالص، فقتلوهما.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(PossessedVictimTest, BeatenToDeathWithADualPronounIsTwo) {
  Doc doc = test::ExtractAt(
      "في مدينة الخالص، هاجم حشد غاضب رجلين يشتبه في سرقتهما أغناماً مساء الأحد، وضربهما حتى الموت قبل وصول الشرطة.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

TEST_F(PossessedVictimTest, PorterShotAtTheBorderIsOne) {
  Doc doc = test::ExtractAt(
      "أطلق عناصر من حرس الحدود النار على مجموعة من العتالين قرب مدينة كركوك فجر الثلاثاء، ما أدى إلى مقتل عتال وإصابة "
      "اثنين آخرين.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
}

// قطعوا رأسي رجلين "cut off the two heads of two men": the dual construct
// of the beheading word, plain or with its doer in the gap, kills the two.
TEST_F(PossessedVictimTest, BeheadingToldByTheDualOfHeadKillsTheCounted) {
  for (const char* text : {"هاجم مسلحون قرية قرب مدينة ماكوميا ليل الأحد، وقطعوا رأسي رجلين وأحرقوا عشرات المنازل.",
                           "قطع مسلحون رأسي مزارعين اثنين في حقولهم قرب مدينة ماكوميا يوم الأحد."}) {
    Doc doc = test::ExtractAt(text, 2025, 4, 12);
    test::MaybeDump(doc);
    EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0)) << text;
  }
}

}  // namespace
}  // namespace marsad
