// Which event of a sentence a toll belongs to, and words that tell a toll:
// force on protesters and a mob's beating kill like other violent acts, an
// English ", killing …" participle tells what the act before it did, Arabic
// قضى على is a statement's verb of killing, and لم + the jussive negates a
// result verb as دون أن does. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventTollTargetsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventTollTargetsTest, DeadOfFiringOnProtestersAreNotTheGrievanceEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-11-14\nPolice fired live ammunition at fishermen protesting a fishing ban in Kosti on Saturday, "
      "killing one man, relatives said.",
      2026, 11, 14);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Excessive force against protesters");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "1/1/1");
  for (const Event& other : doc.events)
    if (&other != e) EXPECT_FALSE(other.fatalities) << other.acled_sub_event_type;
}

TEST_F(EventTollTargetsTest, ParticipleTollGoesToTheActBeforeItNotADenialAfter) {
  Doc doc = test::ExtractAt(
      "date 2026-11-18\nIn Kosti, soldiers opened fire on a crowd protesting peacefully outside the governor's "
      "office on Sunday, killing one man, residents said, though police denied using live rounds.",
      2026, 11, 18);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "opened fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "1/1/1");
}

TEST_F(EventTollTargetsTest, ArabicFinishedOffIsAVerbOfKilling) {
  Doc doc = test::ExtractAt(
      "أعلنت وزارة الدفاع في بيان أن وحدات الجيش قضت على أربعة إرهابيين في كمين قرب مدينة باتنة ليل الأربعاء.",
      2026, 11, 13);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::FirstTollBest(doc), 4.0);
}

TEST_F(EventTollTargetsTest, ArabicJussiveNegationOfTheResultIsAZeroToll) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش أن طائرة مسيّرة تابعة له استهدفت فجر الأربعاء قوارب للتهريب قرب مدينة الخمس، مؤكداً أن الضربة "
      "لم توقع ضحايا.",
      2026, 11, 13);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "0/0/0");
}

}  // namespace
}  // namespace marsad
