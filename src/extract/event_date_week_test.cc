// Which week a weekday of an event falls in, and which day an event told
// without one takes. Sentences are our own wording; published Saturday
// 2024-11-30 (Thursday is the 28th, Sunday the 24th).
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

using test::DayOf;

class EventDateWeekTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// A town whose name begins with what reads as the future س (سنار، سنجار)
// puts no weekday after it in the coming week: the shelling was last
// Thursday, not next.
TEST_F(EventDateWeekTest, TownNameIsNoFutureVerb) {
  Doc sennar = test::ExtractAt("قصفت مدفعية الجيش مواقع للمسلحين جنوب مدينة سنار يوم الخميس.", 2024, 11, 30);
  EXPECT_EQ(DayOf(sennar, "قصفت"), "2024-11-28");
  Doc sinjar = test::ExtractAt("وفي قضاء سنجار، اعتقلت قوات الأمن ثلاثة مطلوبين يوم الأحد.", 2024, 11, 30);
  EXPECT_EQ(DayOf(sinjar, "اعتقلت"), "2024-11-24");
  // A verb with the future س still looks ahead: the sit-in is planned.
  Doc planned = test::ExtractAt("سيعتصم المعلمون في سنار يوم الخميس.", 2024, 11, 30);
  for (const Event& e : planned.events)
    if (e.date >= 0) { EXPECT_NE(planned.dates[e.date].value, "2024-11-28"); }
}

// "would" tells what is to come from a past saying: a plain weekday after it
// is the coming one, so the march is planned, and the event told after it
// with no day of its own does not take last Thursday from it.
TEST_F(EventDateWeekTest, WouldPutsAPlainWeekdayAhead) {
  Doc doc = test::ExtractAt(
      "Hundreds of teachers rallied outside the education ministry in Amman on Wednesday. One of the organisers "
      "said the teachers would march to parliament on Thursday.",
      2024, 11, 30);
  bool ahead = false;
  for (const DateMention& d : doc.dates) ahead |= d.value == "2024-12-05";
  EXPECT_TRUE(ahead);
  const Event* march = test::EventFor(doc, NormalizeKey("march"));
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(march->status, "intent");
}

// "the 2019 uprising, when security forces killed …": a when-clause after a
// noun an old date names, set off by a comma, tells that old event, not the
// news of the day before it.
TEST_F(EventDateWeekTest, WhenClauseAfterANounAnOldDateNames) {
  Doc doc = test::ExtractAt(
      "Riot police fired tear gas at students in Basra on Tuesday. The city was a centre of the October 2019 "
      "protest movement, when security forces shot dead dozens of demonstrators.",
      2024, 11, 30);
  const Event* old = test::EventFor(doc, NormalizeKey("shot dead"));
  ASSERT_NE(old, nullptr);
  ASSERT_GE(old->date, 0);
  EXPECT_EQ(doc.dates[old->date].value, "2019-10");
  EXPECT_EQ(old->status, "historical");
  // A when-clause after today's news keeps the news's day.
  Doc news = test::ExtractAt("Gunmen attacked a checkpoint near Kirkuk on Wednesday, when most of the soldiers were asleep.",
                             2024, 11, 30);
  EXPECT_EQ(DayOf(news, "attacked"), "2024-11-27");
}

// "died on Friday of wounds sustained in a roadside bomb attack on Tuesday":
// a date after a trigger of several words counts from its last word, so the
// attack's own day, as near to it as the death's, wins over the death's.
TEST_F(EventDateWeekTest, AttackDayOverTheLaterDeath) {
  Doc doc = test::ExtractAt(
      "A wounded policeman died on Friday of injuries sustained in a roadside bomb attack near Kidal on Tuesday.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "roadside bomb"), "2024-11-26");
  Doc other = test::ExtractAt(
      "Two soldiers died on Thursday of wounds suffered in a car bomb attack in Kismayo on Monday.", 2024, 11, 30);
  EXPECT_EQ(DayOf(other, "car bomb"), "2024-11-25");
}

// "the August 2020 port explosion", احتجاجات تشرين الأول 2019: a month of a
// year right after an attributive word names that noun; the news of the
// sentence keeps its own day, and a when-clause right after the named noun
// (حرب تموز 2006 حين …) still tells the old event.
TEST_F(EventDateWeekTest, MonthOfAYearNamesItsNoun) {
  Doc doc = test::ExtractAt(
      "Gunmen opened fire on a funeral procession in Gao, in the worst attack since the June 2019 ambush "
      "near the town.",
      2024, 11, 30);
  const Event* fire = test::EventFor(doc, NormalizeKey("opened fire"));
  ASSERT_NE(fire, nullptr);
  EXPECT_TRUE(fire->date < 0 || doc.dates[fire->date].value != "2019-06");
  Doc when = test::ExtractAt("وتعيد المعارك إلى الأذهان حرب تموز 2006 حين دمرت الغارات الإسرائيلية جسور البلدة.",
                             2024, 11, 30);
  const Event* raids = test::EventFor(when, NormalizeKey("الغارات"));
  ASSERT_NE(raids, nullptr);
  ASSERT_GE(raids->date, 0);
  EXPECT_EQ(when.dates[raids->date].value, "2006-07");
  EXPECT_EQ(raids->status, "historical");
}

// "signed a truce in March 2023, after weeks of air raids on Kapoeta": what a
// sentence set in the past by another event's written date goes on to tell,
// with no day of its own, shares that past — not the day of the news told in
// the sentence before. A span (منذ ثلاثة أشهر) sets no such past.
TEST_F(EventDateWeekTest, UndatedEventAfterAnotherEventsOldDate) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked a cattle camp near Kapoeta on Tuesday, killing four herders. The two militias signed a "
      "truce in Torit in March 2023, after weeks of clashes and air raids on the Kapoeta area.",
      2024, 11, 30);
  const Event* raids = test::EventFor(doc, NormalizeKey("air raids"));
  ASSERT_NE(raids, nullptr);
  ASSERT_GE(raids->date, 0);
  EXPECT_EQ(doc.dates[raids->date].value, "2023-03");
  EXPECT_EQ(raids->status, "historical");
  Doc ar = test::ExtractAt(
      "اعتصم عشرات المعلمين أمام مبنى المحافظة في دهوك يوم الخميس للمطالبة برواتبهم المتأخرة منذ ثلاثة أشهر، "
      "فيما فرقت قوات الأمن تجمعا مماثلا في بلدة زاخو واعتقلت عددا من المشاركين فيه.",
      2024, 11, 30);
  const Event* arrests = test::EventFor(ar, NormalizeKey("واعتقلت"));
  if (arrests) { EXPECT_NE(arrests->status, "historical"); }
}

}  // namespace
}  // namespace marsad
