// The outlet in guillemets or brackets right after an Arabic dateline's dash
// (طرابلس – «ليبيا اليوم»:) filed the report: the country in its name is no
// party to it. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DatelineOutletTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DatelineOutletTest, TheCountryInTheOutletsNameIsNoActor) {
  Doc doc = test::ExtractAt(
      "مصراتة – «ليبيا الجديدة»: قتل ثلاثة أشخاص وأصيب خمسة آخرون في انفجار عبوة ناسفة قرب سوق مصراتة مساء "
      "الأحد.",
      2026, 4, 6);
  test::MaybeDump(doc);
  EXPECT_FALSE(test::Named(doc, "lby.state"));
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    EXPECT_NE(test::ActorId(doc, e.actor1), "lby.state");
    EXPECT_NE(test::ActorId(doc, e.actor2), "lby.state");
  }
}

TEST_F(DatelineOutletTest, SoInBracketsAfterATwoWordTown) {
  Doc doc = test::ExtractAt(
      "جالو الجديدة - (الصومال اليوم) قتل مسلحون مجهولون شخصين في هجوم على مقهى في بلدوين مساء الأحد.", 2026, 4, 6);
  test::MaybeDump(doc);
  EXPECT_FALSE(test::Named(doc, "som.state"));
}

TEST_F(DatelineOutletTest, ACountryRightAfterTheDashWithoutMarksStaysAnActor) {
  Doc doc = test::ExtractAt(
      "بلدوين – الصومال تتهم حركة الشباب بقتل ثلاثة مدنيين في هجوم على مقهى في بلدوين مساء الأحد.", 2026, 4, 6);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "som.state"));
}

TEST_F(DatelineOutletTest, AQuotedCountryInsideASentenceStaysAnActor) {
  Doc doc = test::ExtractAt(
      "قال مسؤولون في مقديشو يوم الأحد إن «الصومال» اتهمت حركة الشباب بقتل ثلاثة مدنيين في بلدوين.", 2026, 4, 6);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "som.state"));
}

}  // namespace
}  // namespace marsad
