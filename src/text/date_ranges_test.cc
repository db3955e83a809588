// Day ranges whose first day is written bare (من 18 إلى 24 نوفمبر, "between 6
// and 12 May") and a weekday told inside such a range. Sentences are our own
// wording; published Saturday 2024-11-30.
#include <gtest/gtest.h>

#include <string>

#include "marsad/doc.h"
#include "tests/testutil.h"
#include "text/dates.h"
#include "text/reference_time.h"

namespace marsad {
namespace {

Doc RunText(const std::string& text) {
  Doc doc(text);
  doc.given_time = ParseIsoTime("2024-11-30T09:00:00Z");
  EXPECT_TRUE(test::TextLayer().Run(doc).ok());
  return doc;
}

const DateMention* Find(const Doc& doc, const std::string& surface) {
  for (const DateMention& d : doc.dates)
    if (doc.OriginalText(d.span) == surface) return &d;
  ADD_FAILURE() << "no date '" << surface << "'";
  return nullptr;
}

TEST(DateRangesTest, ArabicRangeStartsOnItsFirstDay) {
  Doc doc = RunText("نشرت الوزارة حصيلة عملياتها للفترة من 10 إلى 16 نوفمبر في المنطقة الجنوبية.");
  const DateMention* d = Find(doc, "من 10 إلى 16 نوفمبر");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2024-11-10");
  EXPECT_EQ(d->end, "2024-11-16");
  EXPECT_EQ(d->precision, DatePrecision::kDay);
}

TEST(DateRangesTest, EnglishBetweenAndFromTo) {
  Doc doc = RunText("Aid workers recorded looting in three villages between 4 and 9 October.");
  const DateMention* d = Find(doc, "between 4 and 9 October");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2024-10-04");
  EXPECT_EQ(d->end, "2024-10-09");
  Doc from = RunText("Curfews were imposed from 2 to 5 November in the district.");
  const DateMention* f = Find(from, "from 2 to 5 November");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->value, "2024-11-02");
}

// A first day not before the last is no range; a single date keeps its day.
TEST(DateRangesTest, NoRangeWithoutBothCues) {
  Doc doc = RunText("The convoy left on 12 November and arrived on 14 November.");
  const DateMention* d = Find(doc, "14 November");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2024-11-14");
  EXPECT_TRUE(d->end.empty());
}

// A bare weekday later in the sentence of a range falls inside the range, not
// on the last such weekday before the publication day.
TEST(DateRangesTest, WeekdayInsideTheRange) {
  Doc doc = RunText(
      "أعلنت الوزارة في حصيلتها للفترة من 10 إلى 16 نوفمبر أن وحداتها اشتبكت مع مسلحين قرب الحدود يوم الثلاثاء.");
  const DateMention* d = Find(doc, "يوم الثلاثاء");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2024-11-12");
  // Without a range the same weekday is the one before the publication day.
  Doc plain = RunText("أعلنت الوزارة أن وحداتها اشتبكت مع مسلحين قرب الحدود يوم الثلاثاء.");
  const DateMention* p = Find(plain, "يوم الثلاثاء");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->value, "2024-11-26");
}

// "خلال الفترة نفسها" after a range is that range; with no range before it,
// it is no date.
TEST(DateRangesTest, SamePeriodIsTheRangeNamedLast) {
  Doc doc = RunText(
      "نشرت الوزارة حصيلة عملياتها للفترة من 10 إلى 16 نوفمبر.\nودمّرت وحدات الجيش خلال الفترة نفسها مخبأً للأسلحة.");
  const DateMention* d = Find(doc, "الفترة نفسها");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2024-11-10");
  EXPECT_EQ(d->end, "2024-11-16");
  Doc en = RunText("Looting was recorded between 4 and 9 October. Two clinics were burned during the same period.");
  const DateMention* e = Find(en, "the same period");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->value, "2024-10-04");
  Doc none = RunText("ودمّرت وحدات الجيش خلال الفترة نفسها مخبأً للأسلحة.");
  EXPECT_TRUE(none.dates.empty());
}

// A week's review whose title line names its days ("WEEKLY: 10 TO 16
// NOVEMBER", "…, 10 November to 16 November") bounds every bare weekday of the
// report, in any sentence, and "during the week" is that range. A range told
// in a lead paragraph, not a title, bounds its own sentence only.
TEST(DateRangesTest, TitledWeekBoundsTheWholeReport) {
  const std::string body =
      "Gunmen raided a farm near Kidal on Tuesday, killing two herders.\n"
      "On Saturday, a convoy hit a landmine west of Gao.\n"
      "Residents reported 12 thefts of cattle during the week.\n";
  Doc doc = RunText("SAHEL WEEKLY: 10 TO 16 NOVEMBER\n" + body);
  const DateMention* tue = Find(doc, "Tuesday");
  const DateMention* sat = Find(doc, "Saturday");
  const DateMention* week = Find(doc, "during the week");
  ASSERT_NE(tue, nullptr);
  ASSERT_NE(sat, nullptr);
  ASSERT_NE(week, nullptr);
  EXPECT_EQ(tue->value, "2024-11-12");
  EXPECT_EQ(sat->value, "2024-11-16");
  EXPECT_EQ(week->value, "2024-11-10");
  EXPECT_EQ(week->end, "2024-11-16");
  Doc full = RunText("WEEK IN REVIEW: Northern Mali, 10 November to 16 November\n" + body);
  const DateMention* tue2 = Find(full, "Tuesday");
  ASSERT_NE(tue2, nullptr);
  EXPECT_EQ(tue2->value, "2024-11-12");
  // A title naming more than a week binds no weekday.
  Doc month = RunText("SAHEL REVIEW: 1 TO 20 NOVEMBER\n" + body);
  const DateMention* tue4 = Find(month, "Tuesday");
  ASSERT_NE(tue4, nullptr);
  EXPECT_EQ(tue4->value, "2024-11-26");
  // No title: the weekdays are the last ones before the publication day.
  Doc lead = RunText("The army said it had recorded incidents from 10 to 16 November in the north.\n" + body);
  const DateMention* tue3 = Find(lead, "Tuesday");
  ASSERT_NE(tue3, nullptr);
  EXPECT_EQ(tue3->value, "2024-11-26");
}

// Two full days, the first after a `range_from` cue, joined by a `range_to`
// cue: one range, also across the end of a month, dated by its first day.
TEST(DateRangesTest, RangeAcrossTwoMonths) {
  Doc doc = RunText("أوقفت وحدات الجيش في الفترة من 27 أكتوبر إلى 3 نوفمبر 2024 تسعة مهربين.");
  const DateMention* d = Find(doc, "من 27 أكتوبر إلى 3 نوفمبر 2024");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2024-10-27");
  EXPECT_EQ(d->end, "2024-11-03");
  Doc en = RunText("Patrols seized fuel from 28 October to 2 November near the border.");
  const DateMention* e = Find(en, "from 28 October to 2 November");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->value, "2024-10-28");
  EXPECT_EQ(e->end, "2024-11-02");
  // Without the first cue the two days stay two dates.
  Doc two = RunText("The convoy left on 28 October to 2 November's market.");
  for (const DateMention& m : two.dates) EXPECT_TRUE(m.end.empty());
}

// بين 18 و22 نوفمبر: the و joined to the last day's number is a word of its
// own (a `range_to` cue, as "and" is in "between 6 and 12 May").
TEST(DateRangesTest, ArabicBetweenAndJoinedToTheNumber) {
  Doc doc = RunText("اعتقلت الشرطة سبعة طلاب في المدينة بين 11 و15 تشرين الثاني/نوفمبر.");
  const DateMention* d = Find(doc, "بين 11 و15 تشرين الثاني/نوفمبر");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2024-11-11");
  EXPECT_EQ(d->end, "2024-11-15");
}

// و ("and") between two full days of a title line lists them; it joins a range
// only after a `range_from` cue, so a bare weekday later keeps its own week.
TEST(DateRangesTest, TitledDaysJoinedByAndAreNoRange) {
  Doc doc = RunText("مظاهرات في مدن الساحل يومي 3 نوفمبر و 6 نوفمبر\nأحرق محتجون مقر البلدية يوم الأربعاء.");
  const DateMention* d = Find(doc, "يوم الأربعاء");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->value, "2024-11-27");
  Doc en = RunText("Protests in coastal towns on 3 November and 6 November\nProtesters burned the town hall on Wednesday.");
  const DateMention* e = Find(en, "Wednesday");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->value, "2024-11-27");
}

}  // namespace
}  // namespace marsad
