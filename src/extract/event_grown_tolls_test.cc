// A toll told as grown since an event was first told ("ارتفعت حصيلة
// القتلى إلى …", "the death toll rose to …": a `cumulative` cue of kind
// rise) is that event's toll now, not a running total nor a second event.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class GrownTollsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OnlyClashWithToll(const Doc& doc) {
  const Event* found = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash" && e.fatalities) {
      if (found) return nullptr;
      found = &e;
    }
  return found;
}

TEST_F(GrownTollsTest, ArabicGrownTollReplacesTheFirstCount) {
  Doc doc = test::ExtractAt(
      "date 2026-09-10\nاليمن: تحديث\nاندلعت مواجهات بين مسلحين قبليين في بلدة رداع مساء الإثنين، وأسفرت عن مقتل أربعة "
      "أشخاص.\nوارتفعت حصيلة القتلى إلى سبعة أشخاص بعد وفاة ثلاثة جرحى في المستشفى.",
      2026, 9, 10);
  test::MaybeDump(doc);
  const Event* e = OnlyClashWithToll(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 7.0);
  EXPECT_FALSE(e->cumulative);
}

TEST_F(GrownTollsTest, ArabicGrownTollOfTheDefiniteEventWordIsTheFirstEvents) {
  Doc doc = test::ExtractAt(
      "date 2026-09-10\nاليمن: تحديث\nاندلعت اشتباكات بين مسلحين قبليين في بلدة رداع مساء الإثنين، وأسفرت عن مقتل أربعة "
      "أشخاص.\nوارتفعت حصيلة قتلى الاشتباكات منذ مساء الإثنين إلى سبعة أشخاص، بحسب مصدر طبي.",
      2026, 9, 10);
  test::MaybeDump(doc);
  const Event* e = OnlyClashWithToll(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 7.0);
}

TEST_F(GrownTollsTest, EnglishDeathTollRoseReplacesTheFirstCount) {
  Doc doc = test::ExtractAt(
      "date 2026-09-10\nYemen update\nFighting erupted between tribal gunmen in the town of Rada on Monday evening, "
      "killing four people.\nThe death toll rose to seven on Tuesday after three wounded men died in hospital, a "
      "doctor said.",
      2026, 9, 10);
  test::MaybeDump(doc);
  const Event* e = OnlyClashWithToll(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 7.0);
}

TEST_F(GrownTollsTest, ArabicSmallerFigureLeavesTheToll) {
  Doc doc = test::ExtractAt(
      "date 2026-09-10\nاليمن: تحديث\nاندلعت مواجهات بين مسلحين قبليين في بلدة رداع مساء الإثنين، وأسفرت عن مقتل أربعة "
      "أشخاص.\nوارتفعت حصيلة القتلى إلى اثنين.",
      2026, 9, 10);
  test::MaybeDump(doc);
  const Event* e = OnlyClashWithToll(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 4.0);
}

// A definite clash noun five sentences after the only clash told names that
// clash, however far: one clash, with the grown toll.
TEST_F(GrownTollsTest, ArabicDefiniteClashesFarLaterAreTheFirstClash) {
  Doc doc = test::ExtractAt(
      "date 2026-09-12\nالزاوية – «وكالة محلية»: اندلعت اشتباكات بالأسلحة الخفيفة بين مجموعتين مسلحتين في الأحياء "
      "الشرقية لمدينة الزاوية ليل الخميس، وأسفرت عن مقتل شخصين على الأقل.\nوقال مصدر في مستشفى الزاوية إن السكان "
      "لزموا منازلهم طوال الليل.\nوأغلقت المدارس أبوابها في وسط المدينة صباح الجمعة.\nوطالب أعيان المدينة الطرفين "
      "بالتهدئة وتغليب لغة الحوار.\nوقال عضو في المجلس البلدي إن الهدوء عاد إلى الأحياء الشرقية.\nوارتفعت حصيلة "
      "قتلى الاشتباكات منذ ليل الخميس إلى أربعة أشخاص بعد وفاة جريحين صباح اليوم، بحسب المصدر نفسه.",
      2026, 9, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 1u);
  const Event* e = OnlyClashWithToll(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 4.0);
}

// So far back, a definite noun with a day of its own tells another event
// of the kind, not the one told first.
TEST_F(GrownTollsTest, FarDefiniteClashesWithTheirOwnDayAreAnotherClash) {
  Doc doc = test::ExtractAt(
      "date 2026-09-12\nClashes erupted between two armed groups in the eastern districts of Zawiya on Thursday night, "
      "killing two people.\nResidents stayed indoors through the night.\nSchools closed in the city centre.\nLocal "
      "elders called for calm.\nA council member said calm had returned.\nThe clashes in Zawiya in March 2021 "
      "killed 40 people.",
      2026, 9, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 2u);
}

}  // namespace
}  // namespace marsad
