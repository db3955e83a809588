// Arabic fire exchanged with the sides in the gap (تبادل فيه الطرفان إطلاق
// النار، تبادلت القوات والمسلحون إطلاق النار) is an armed clash between two
// armed sides, never one-sided fire on civilians; and a definite event noun
// followed by an Arabic `sequel` cue (الهجوم يأتي بعد …) names the event
// told before, whose day is not that of the fight it is related to.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventExchangedFireTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventExchangedFireTest, SidesInTheGapMakeAClash) {
  for (const char* text : {"اندلع خلاف بين عائلتين في قرية الحمرا قرب الزبير يوم الاثنين، تبادل فيه الطرفان إطلاق "
                           "النار، ما أسفر عن مقتل شخص.",
                           "وتبادلت قوات الأمن ومسلحون مجهولون مساء الأحد إطلاق النار قرب الموصل، بحسب مصدر أمني."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    EXPECT_NE(test::FirstOfSub(doc, "Armed clash"), nullptr) << text;
    EXPECT_EQ(test::FirstOfSub(doc, "Attack"), nullptr) << text;
  }
}

TEST_F(EventExchangedFireTest, TheAttackThatComesAfterAFeudKeepsItsDay) {
  Doc doc = test::ExtractAt(
      "date 2026-03-14\nأُلقيت قنبلة يدوية على منزل أحد الوجهاء في حي الجمهورية بالبصرة فجر اليوم السبت، من دون "
      "إصابات. وقال مصدر في الشرطة إن الهجوم يأتي بعد نزاع اندلع الأسبوع الماضي بين عائلتين في البصرة، تبادل فيه "
      "الطرفان إطلاق النار.",
      2026, 3, 14);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Armed clash"), nullptr);
  const Event* grenade = test::FirstOfSub(doc, "Grenade");
  ASSERT_NE(grenade, nullptr);
  ASSERT_GE(grenade->date, 0);
  EXPECT_EQ(doc.dates[grenade->date].value, "2026-03-14");
}

TEST_F(EventExchangedFireTest, ATickerOfUnpunctuatedLinesHasNoHeadline) {
  // Breaking-news lines, none closed by a full stop: the first is one item
  // among them, its attack no headline's summary of the next line's burning.
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nعاجل | هجوم لمسلحين فجر اليوم على قرية قرب بلدة كادي ومقتل 12 مدنياً\n"
      "مصادر محلية: المهاجمون أحرقوا السوق قبل انسحابهم\n"
      "الجيش يعلن إرسال تعزيزات إلى المنطقة\n",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Attack"), nullptr);
  // A headline over a prose body stays a headline: no event of its own.
  Doc headed = test::ExtractAt(
      "date 2026-03-10\nمسلحون يقتلون 12 مدنياً في هجوم على قرية\n"
      "قال مسؤولون إن مسلحين هاجموا قرية قرب بلدة كادي فجر اليوم.\n"
      "وأضافوا أن المهاجمين أحرقوا السوق.\n",
      2026, 3, 10);
  test::MaybeDump(headed);
  for (const Event& e : headed.events) EXPECT_GT(e.sentence, 0u);
}

}  // namespace
}  // namespace marsad
