// Events dated by words that count from another event of the report ("the
// next day", "في اليوم التالي", "قبل ذلك بيوم"): the day of the event told
// before, moved by the offset. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "extract/record_json.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class AnaphoricDatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// The day an event carries and the words that gave it ("" when none).
std::pair<std::string, std::string> DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  if (!e || e->date < 0) return {"", ""};
  const DateMention& d = doc.dates[e->date];
  return {d.value, std::string(doc.OriginalText(d.span))};
}

// Published Saturday 2024-11-30: Wednesday is the 27th.
TEST_F(AnaphoricDatesTest, EnglishNextDayCountsFromTheEarlierEvent) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked an army checkpoint in Kirkuk on Wednesday. The next day, militants stormed a police "
      "station in Hawija.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "attacked").first, "2024-11-27");
  EXPECT_EQ(DayOf(doc, "stormed"), std::make_pair(std::string("2024-11-28"), std::string("The next day")));
  // The record gives the computed day and the words it came from.
  const nlohmann::json r = RecordJson(doc);
  ASSERT_EQ(r["events"].size(), 2u);
  const nlohmann::json& t = r["events"][1]["time"];
  EXPECT_EQ(t["start"], "2024-11-28");
  EXPECT_EQ(t["end"], "2024-11-28");
  EXPECT_EQ(t["time_precision"], 1);
  EXPECT_EQ(t["text"], "The next day");
  EXPECT_EQ(t["basis"], "text");
  const std::string text(doc.original());
  const size_t at = text.find("The next day");
  EXPECT_EQ(t["span"], nlohmann::json::array({at, at + 12}));
}

TEST_F(AnaphoricDatesTest, EnglishCountEarlierWithoutAnEarlierEventCountsFromPublication) {
  Doc doc = test::ExtractAt("Four days earlier, gunmen attacked an army checkpoint in Kirkuk.", 2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "attacked"), std::make_pair(std::string("2024-11-26"), std::string("Four days earlier")));
}

TEST_F(AnaphoricDatesTest, ArabicFollowingDayAndDayBefore) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون حاجزا للجيش في كركوك يوم الأربعاء. وفي اليوم التالي اقتحم مسلحون مركزا للشرطة في الحويجة.", 2024,
      11, 30);
  EXPECT_EQ(DayOf(doc, "هاجم").first, "2024-11-27");
  EXPECT_EQ(DayOf(doc, "اقتحم"), std::make_pair(std::string("2024-11-28"), std::string("اليوم التالي")));

  Doc before = test::ExtractAt(
      "قصفت طائرات حربية مدينة سراقب يوم الجمعة. وقبل ذلك بيوم، قصفت المدفعية مدينة أريحا.", 2024, 11, 30);
  ASSERT_EQ(before.events.size(), 2u);  // two shellings, in the order told
  ASSERT_GE(before.events[0].date, 0);
  ASSERT_GE(before.events[1].date, 0);
  EXPECT_EQ(before.dates[before.events[0].date].value, "2024-11-29");
  const DateMention& d = before.dates[before.events[1].date];
  EXPECT_EQ(d.value, "2024-11-28");
  EXPECT_EQ(before.OriginalText(d.span), "قبل ذلك بيوم");
}

// سبق ذلك بيومين ("that was preceded by two days") counts back like قبل ذلك.
TEST_F(AnaphoricDatesTest, PrecededByThatCountsBack) {
  Doc doc = test::ExtractAt(
      "قصفت طائرات حربية بلدة معرة النعمان مساء الخميس. وسبق ذلك بيومين قصف مدفعي على مدينة أريحا.", 2024, 11, 30);
  ASSERT_EQ(doc.events.size(), 2u);
  ASSERT_GE(doc.events[1].date, 0);
  EXPECT_EQ(doc.dates[doc.events[0].date].value, "2024-11-28");
  EXPECT_EQ(doc.dates[doc.events[1].date].value, "2024-11-26");
}

// لعام 2018 says which agreement ("the 2018 accord"): it dates no act, so
// the abduction keeps the day carried from the sentence before.
TEST_F(AnaphoricDatesTest, AYearWithLamNamesItsNoun) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون حاجزا للجيش في كركوك يوم الأربعاء. وخطف مسلحون اثنين من الموقعين على اتفاق المصالحة لعام 2018.",
      2024, 11, 30);
  test::MaybeDump(doc);
  int kidnaps = 0;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Abduction/forced disappearance") continue;
    ++kidnaps;
    EXPECT_NE(e.status, "historical");
    ASSERT_GE(e.date, 0);
    EXPECT_EQ(doc.dates[e.date].value, "2024-11-27");
  }
  EXPECT_EQ(kidnaps, 1);
}

// حتى صباح الاثنين says when a curfew ends: the curfew keeps the day of the
// attack it answered, carried from the sentence before.
TEST_F(AnaphoricDatesTest, UntilADayIsWhenAStateEnds) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون مركزا للشرطة في مدينة الموصل يوم السبت. وفرضت السلطات حظر تجول في المدينة حتى صباح الاثنين.",
      2024, 12, 4);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  for (const Event& e : doc.events) {
    ASSERT_GE(e.date, 0);
    EXPECT_EQ(doc.dates[e.date].value, "2024-11-30");
  }
}

// أمس الأول is counted from publication, whatever event came before.
TEST_F(AnaphoricDatesTest, DayBeforeYesterdayStaysWithPublication) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون حاجزا للجيش في كركوك يوم الأربعاء. واقتحم مسلحون مركزا للشرطة في الحويجة أمس الأول.", 2024, 11,
      30);
  EXPECT_EQ(DayOf(doc, "اقتحم").first, "2024-11-28");
  Doc later = test::ExtractAt(
      "هاجم مسلحون حاجزا للجيش في كركوك يوم الاثنين. واقتحم مسلحون مركزا للشرطة في الحويجة أمس الأول.", 2024, 11,
      30);
  EXPECT_EQ(DayOf(later, "اقتحم").first, "2024-11-28");
}

// "N days after <event>": the main clause keeps its own day; the event named
// in the phrase takes that day moved back. Published Saturday 2024-11-30.
TEST_F(AnaphoricDatesTest, EventNamedAfterACountIsEarlierThanTheMainClause) {
  Doc doc = test::ExtractAt(
      "Militants stormed a police post in Hawija on Friday, three days after a roadside bomb struck an army convoy "
      "near Kirkuk.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "stormed").first, "2024-11-29");
  EXPECT_EQ(DayOf(doc, "roadside bomb"), std::make_pair(std::string("2024-11-26"), std::string("three days after")));

  Doc ar = test::ExtractAt(
      "اقتحم مسلحون مركزا للشرطة في الحويجة يوم الجمعة، بعد يومين من انفجار عبوة ناسفة بقافلة للجيش قرب كركوك.", 2024,
      11, 30);
  EXPECT_EQ(DayOf(ar, "اقتحم").first, "2024-11-29");
  EXPECT_EQ(DayOf(ar, "انفجار").first, "2024-11-27");
}

// The words open the sentence: the main clause follows and is counted from
// the event told before, like "two days later".
TEST_F(AnaphoricDatesTest, SentenceOpeningCountAfterCountsForward) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked an army checkpoint in Kirkuk on Wednesday. Two days after the attack, police arrested four "
      "suspects in Hawija.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "attacked").first, "2024-11-27");
  EXPECT_EQ(DayOf(doc, "arrested"), std::make_pair(std::string("2024-11-29"), std::string("Two days after")));
}

// An event told without a day of its own in between (what a gang "has
// used" for years) moves no story on: "three days later" counts from the dated one.
TEST_F(AnaphoricDatesTest, LaterCountsFromTheLastDatedEvent) {
  Doc doc = test::ExtractAt(
      "A roadside bomb exploded under a police truck near Kirkuk on Monday. Officials blamed the attack on the Red "
      "Hand gang, which has used landmines against police units in the province since 2022. Three days later, "
      "troops arrested five men in Hawija.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "roadside bomb").first, "2024-11-25");
  EXPECT_EQ(DayOf(doc, "arrested"), std::make_pair(std::string("2024-11-28"), std::string("Three days later")));
}

// A day written after the last event moved the story on: "the next day"
// counts from it, even though nothing there is an event.
TEST_F(AnaphoricDatesTest, NextDayCountsFromTheLatestDayWritten) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked an army checkpoint in Kirkuk on Monday. The governor toured the city on Wednesday. The next "
      "day, militants stormed a police post in Hawija.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "attacked").first, "2024-11-25");
  EXPECT_EQ(DayOf(doc, "stormed"), std::make_pair(std::string("2024-11-28"), std::string("The next day")));
}

// A past month in another clause, beyond the event that owns it ("killed
// during the militia's takeover in March"), does not date the find; the
// day carried from the sentence before does. Published 2024-05-15.
TEST_F(AnaphoricDatesTest, PastMonthOfABackgroundClauseStaysWithIt) {
  Doc doc = test::ExtractAt(
      "دخل الجيش مدينة كادقلي يوم الثلاثاء. وانتشلت فرق الإغاثة رفات 20 شخصاً من مقبرة جماعية قرب مبنى البلدية، "
      "يُعتقد أنهم قُتلوا خلال سيطرة الميليشيا على المدينة في آذار/مارس الماضي.",
      2024, 5, 15);
  EXPECT_EQ(DayOf(doc, "دخل").first, "2024-05-14");
  EXPECT_EQ(DayOf(doc, "مقبرة جماعية").first, "2024-05-14");
}

// "two months after <event>" names a month, counted back from the main
// clause's; a date written in the phrase says more and wins.
TEST_F(AnaphoricDatesTest, MonthsAfterNameAMonth) {
  Doc doc = test::ExtractAt(
      "The rebels chose a new commander on Friday, two months after their leader was killed in a drone strike near "
      "Idlib.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "drone strike"), std::make_pair(std::string("2024-09"), std::string("two months after")));

  Doc dated = test::ExtractAt(
      "The rebels chose a new commander on Friday, two months after a drone strike on their camp near Idlib, which "
      "the army denied, killed their leader on September 20.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(dated, "drone strike").first, "2024-09-20");
}

// "N years after <event>" names a year counted back from the main clause's;
// a month and year written in the phrase says more and wins.
TEST_F(AnaphoricDatesTest, YearsAfterNameAYear) {
  Doc doc = test::ExtractAt(
      "عاد آلاف النازحين إلى البلدة عام 2020، بعد أربع سنوات من سيطرة المسلحين عليها.", 2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "سيطرة").first, "2016");
  Doc dated = test::ExtractAt(
      "أعلن الجيش تحرير المدينة أواخر عام 2019، بعد عامين من سيطرة المسلحين عليها في آذار 2017.", 2024, 11, 30);
  EXPECT_EQ(DayOf(dated, "سيطرة").first, "2017-03");
}

// A date between a speech verb and the complementizer of what was said dates
// the saying; the event said takes its own words' date when they give one,
// and the saying's day only when they do not.
TEST_F(AnaphoricDatesTest, DateOfTheSayingYieldsToTheDateSaid) {
  Doc doc = test::ExtractAt(
      "Monitors said on Wednesday that soldiers had burned dozens of homes in a village near Gao in October.", 2024,
      11, 30);
  EXPECT_EQ(DayOf(doc, "burned").first, "2024-10");
  Doc ar = test::ExtractAt(
      "وقالت منظمة حقوقية في بيان صدر الخميس إن مسلحين خطفوا عشرة مزارعين قرب مدينة غاو الشهر الماضي.", 2024, 11,
      30);
  EXPECT_EQ(DayOf(ar, "خطفوا").first, "2024-10");
  Doc only = test::ExtractAt("Officials said on Wednesday that gunmen had stormed a police post in Gao.", 2024, 11,
                             30);
  EXPECT_EQ(DayOf(only, "stormed").first, "2024-11-27");
}

// A round-up: a paragraph naming no day that tells its event in a town far
// from the paragraph before is a scene of its own, on the report's day; a
// paragraph in the same town is that story's sequel and keeps its day.
// Published Saturday 2024-11-30: Wednesday is the 27th.
TEST_F(AnaphoricDatesTest, ArabicUndatedParagraphElsewhereIsOnTheReportsDay) {
  Doc elsewhere = test::ExtractAt(
      "date 2024-11-30\nقصفت طائرة مسيرة سيارة في مدينة الحديدة يوم الأربعاء.\n"
      "وفي مدينة تعز، اقتحم مسلحون مكتب منظمة إغاثية.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(elsewhere, "قصفت").first, "2024-11-27");
  EXPECT_EQ(DayOf(elsewhere, "اقتحم").first, "");
  Doc same_town = test::ExtractAt(
      "date 2024-11-30\nقصفت طائرة مسيرة سيارة في مدينة الحديدة يوم الأربعاء.\n"
      "واقتحم مسلحون مكتب منظمة إغاثية في مدينة الحديدة.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(same_town, "اقتحم").first, "2024-11-27");
  // In one paragraph the next sentence goes on with the same day.
  Doc one_paragraph = test::ExtractAt(
      "date 2024-11-30\nقصفت طائرة مسيرة سيارة في مدينة الحديدة يوم الأربعاء. "
      "وفي مدينة تعز، اقتحم مسلحون مكتب منظمة إغاثية.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(one_paragraph, "اقتحم").first, "2024-11-27");
}


// وأضاف/وتابع opening the next paragraph: the speaker goes on, so after a
// statement covering a span (last week) the far town's event is more of the
// same statement and keeps its span; after one day's event it stays a scene
// of its own, on the report's day.
TEST_F(AnaphoricDatesTest, ArabicParagraphGoingOnWithAStatementOfASpanKeepsIt) {
  Doc goes_on = test::ExtractAt(
      "date 2024-11-30\nقال الجيش في بيان إن قواته قصفت مواقع للمسلحين في مدينة الحديدة خلال الأسبوع الماضي.\n"
      "وأضاف البيان أن وحدات أخرى اعتقلت خمسة مهربين في مدينة تعز.",
      2024, 11, 30);
  const std::string week = DayOf(goes_on, "قصفت").first;
  EXPECT_FALSE(week.empty());
  EXPECT_EQ(DayOf(goes_on, "اعتقلت").first, week);
  Doc one_day = test::ExtractAt(
      "date 2024-11-30\nقال الجيش في بيان إن قواته قصفت مواقع للمسلحين في مدينة الحديدة يوم الأربعاء.\n"
      "وأضاف البيان أن وحدات أخرى اعتقلت خمسة مهربين في مدينة تعز.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(one_day, "قصفت").first, "2024-11-27");
  EXPECT_EQ(DayOf(one_day, "اعتقلت").first, "");
  Doc new_scene = test::ExtractAt(
      "date 2024-11-30\nقال الجيش في بيان إن قواته قصفت مواقع للمسلحين في مدينة الحديدة خلال الأسبوع الماضي.\n"
      "وفي مدينة تعز، اعتقلت الشرطة خمسة مهربين.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(new_scene, "اعتقلت").first, "");
}

// A vague span (الأسبوع الماضي) told for an event of one town does not date
// an act the next sentence, with no day of its own, tells in a far town, even
// in the same paragraph: that act is of the report's day. In the same town,
// or when the speaker goes on (وأضاف), the span carries.
TEST_F(AnaphoricDatesTest, ArabicVagueSpanDoesNotCarryToAFarTown) {
  const char* week =
      "date 2024-11-30\nاتهمت منظمة حقوقية مسلحين بخطف ثلاثة صيادين قرب مدينة الحديدة الأسبوع الماضي. ";
  Doc far = test::ExtractAt(std::string(week) + "وقال الناطق باسم الجيش إن قواته اعتقلت خمسة مهربين في مدينة تعز.", 2024,
                            11, 30);
  const std::string span = DayOf(far, "بخطف").first;
  EXPECT_FALSE(span.empty());
  EXPECT_EQ(DayOf(far, "اعتقلت").first, "");
  Doc same_town = test::ExtractAt(
      std::string(week) + "وقال الناطق باسم الجيش إن قواته اعتقلت خمسة مهربين في مدينة الحديدة.", 2024, 11, 30);
  EXPECT_EQ(DayOf(same_town, "اعتقلت").first, span);
  Doc goes_on = test::ExtractAt(std::string(week) + "وأضافت المنظمة أن مسلحين اعتقلوا خمسة صيادين في مدينة تعز.", 2024,
                                11, 30);
  EXPECT_EQ(DayOf(goes_on, "اعتقلوا").first, span);
}

// كما opening a paragraph with an act of its own ("also"): the list of the
// statement before goes on, so after a statement covering a span the far
// town's act keeps the span; كما with a verb of saying is a new story, on
// the report's day, and so is a paragraph with no such opening.
TEST_F(AnaphoricDatesTest, ArabicParagraphOpenedByKamaWithAnActKeepsTheSpan) {
  const char* week =
      "date 2024-11-30\nأعلنت وزارة الدفاع في حصيلتها الأسبوعية أن وحداتها اعتقلت ستة مهربين في مدينة الحديدة "
      "خلال الأسبوع الماضي.\n";
  Doc also = test::ExtractAt(std::string(week) + "كما ضبطت وحدات خفر السواحل شحنة أسلحة قرب مدينة المكلا.", 2024, 11, 30);
  const std::string span = DayOf(also, "اعتقلت").first;
  EXPECT_FALSE(span.empty());
  EXPECT_EQ(DayOf(also, "ضبطت").first, span);
  Doc said = test::ExtractAt(std::string(week) + "كما أعلنت الشرطة أنها ضبطت شحنة أسلحة قرب مدينة المكلا.", 2024, 11, 30);
  EXPECT_EQ(DayOf(said, "ضبطت").first, "");
  Doc bare = test::ExtractAt(std::string(week) + "وضبطت وحدات خفر السواحل شحنة أسلحة قرب مدينة المكلا.", 2024, 11, 30);
  EXPECT_EQ(DayOf(bare, "ضبطت").first, "");
}

// لاحقاً: the act told as later follows every day told before it, not the
// background day (a feud of last week) the sentence before it ended on.
// Published Saturday 2024-11-30.
TEST_F(AnaphoricDatesTest, ArabicLaterActTakesTheLatestDayToldBefore) {
  const char* story =
      "date 2024-11-30\nانفجرت عبوة ناسفة قرب منزل أحد الوجهاء في مدينة الحلة صباح اليوم السبت.\n"
      "وقال مصدر إن الحادث يأتي بعد نزاع عشائري اندلع الأسبوع الماضي تبادل فيه الطرفان إطلاق النار.\n";
  Doc later = test::ExtractAt(std::string(story) + "وأعلنت الشرطة لاحقاً أنها اعتقلت ثلاثة مشتبه بهم.", 2024, 11, 30);
  EXPECT_EQ(DayOf(later, "اعتقلت").first, "2024-11-30");
  Doc in_due_course = test::ExtractAt(std::string(story) + "وأعلنت الشرطة في وقت لاحق أنها اعتقلت ثلاثة مشتبه بهم.", 2024, 11, 30);
  EXPECT_EQ(DayOf(in_due_course, "اعتقلت").first, "2024-11-30");
}

// كانوا قد خُطفوا … في السابع من آذار: the day after a pluperfect told inside
// the main clause is the earlier act's; the release told first does not
// take it.
TEST_F(AnaphoricDatesTest, ArabicDayAfterAPluperfectIsTheEarlierActs) {
  Doc doc = test::ExtractAt(
      "date 2024-11-30\nقال مسؤول محلي إن مسلحين اقتحموا قرية قرب مدينة الحلة يوم الأربعاء.\n"
      "وأطلق خاطفون سراح 20 تلميذاً كانوا قد خُطفوا من مدرسة في مدينة الحلة في السابع من تشرين الأول.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "خُطفوا").first, "2024-10-07");
  EXPECT_NE(DayOf(doc, "أطلق").first, "2024-10-07");
}

// A definite noun in the next paragraph names the event told before, in
// whatever town it now places it, and keeps that event's day; an indefinite
// one there is a new scene on the report's day.
TEST_F(AnaphoricDatesTest, ArabicDefiniteNounElsewhereKeepsTheDayOfTheEventItNames) {
  Doc named = test::ExtractAt(
      "date 2024-11-30\nهاجم مسلحون قافلة للجيش في مدينة الحديدة يوم الأربعاء.\n"
      "وأكد مسؤول محلي وقوع الهجوم قرب مدينة تعز.",
      2024, 11, 30);
  ASSERT_FALSE(named.events.empty());
  for (const Event& e : named.events) {
    ASSERT_GE(e.date, 0);
    EXPECT_EQ(named.dates[e.date].value, "2024-11-27");
  }
  Doc fresh = test::ExtractAt(
      "date 2024-11-30\nهاجم مسلحون قافلة للجيش في مدينة الحديدة يوم الأربعاء.\n"
      "وفي مدينة تعز، هاجم مسلحون مكتب منظمة إغاثية.",
      2024, 11, 30);
  ASSERT_EQ(fresh.events.size(), 2u);
  EXPECT_LT(fresh.events[1].date, 0);
}

// "the same night", الليلة ذاتها: the night of the event told before, not
// the report's day nor another day carried over.
TEST_F(AnaphoricDatesTest, SameNightCountsFromTheEarlierEvent) {
  Doc en = test::ExtractAt(
      "Rioters burned two police cars in Fez on Wednesday evening, officials said.\n"
      "In Meknes, shops in the old town were looted the same night, witnesses said.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(en, "looted"), std::make_pair(std::string("2024-11-27"), std::string("the same night")));
  Doc ar = test::ExtractAt(
      "وفي مدينة فاس، أحرق محتجون ملثمون سيارتين للشرطة مساء الأربعاء، بحسب السلطات.\n"
      "وفي مكناس، تعرضت متاجر في وسط المدينة للنهب خلال الليلة ذاتها، وفق شهود عيان.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(ar, "للنهب").first, "2024-11-27");
}

// "days before the fighting": a vague stretch counted back from the event the
// noun after it names (the clash told two sentences before, not the march
// told right before): the week before that event's day, week precision; the
// noun itself is that event again, no act of its own.
TEST_F(AnaphoricDatesTest, DaysBeforeTheNamedEventIsTheWeekBeforeIt) {
  Doc doc = test::ExtractAt(
      "Soldiers and rebels clashed near Kidal on Wednesday, leaving nine fighters dead.\n"
      "Hundreds of displaced people marched in Gao on Friday to demand food.\n"
      "A farmer told reporters that soldiers had beaten two herders near Kidal days before the fighting.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "clashed").first, "2024-11-27");
  const Event* e = test::EventFor(doc, NormalizeKey("beaten"));
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2024-11-20");
  EXPECT_EQ(doc.dates[e->date].end, "2024-11-26");
  EXPECT_EQ(doc.dates[e->date].precision, DatePrecision::kWeek);
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("fighting")), nullptr);
}

// With no such event told before, or right after another date ("in March
// 2019, days before the vote"), the words date nothing.
TEST_F(AnaphoricDatesTest, DaysBeforeWithNothingToCountFromDatesNothing) {
  Doc doc = test::ExtractAt("Soldiers had beaten two herders near Kidal days before the fighting.", 2024, 11, 30);
  const Event* e = test::EventFor(doc, NormalizeKey("beaten"));
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->date < 0 || doc.dates[e->date].precision != DatePrecision::kWeek);
  // A count before "days" is no vague stretch.
  Doc counted = test::ExtractAt(
      "Soldiers and rebels clashed near Kidal on Wednesday, leaving nine fighters dead.\n"
      "A farmer said soldiers had beaten two herders near Kidal two days before the fighting.",
      2024, 11, 30);
  for (const DateMention& d : counted.dates) EXPECT_NE(d.precision, DatePrecision::kWeek);
}

}  // namespace
}  // namespace marsad
