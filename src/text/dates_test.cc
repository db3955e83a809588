// Tests for the DateReader stage (doc/dates.md). Sentences are our own wording.
#include "text/dates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "marsad/doc.h"
#include "tests/testutil.h"
#include "text/reference_time.h"

namespace marsad {
namespace {

constexpr const char* kPublished = "2024-11-30T00:16:46Z";  // a Saturday

// Runs the text layer with `published` as the reference time ("" = none given).
Doc RunText(const std::string& text, const std::string& published = kPublished) {
  Doc doc(text);
  if (!published.empty()) {
    auto t = ParseIsoTime(published);
    EXPECT_TRUE(t.has_value()) << published;
    doc.given_time = t;
  }
  Status st = test::TextLayer().Run(doc);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return doc;
}

std::vector<std::string> Texts(const Doc& doc) {
  std::vector<std::string> out;
  for (const auto& d : doc.dates) out.emplace_back(doc.OriginalText(d.span));
  return out;
}

// The one date of `text`, failing the test if there is not exactly one.
DateMention One(const std::string& text, const std::string& published = kPublished, std::string* surface = nullptr) {
  Doc doc = RunText(text, published);
  EXPECT_EQ(doc.dates.size(), 1u) << text;
  if (doc.dates.empty()) return DateMention{};
  if (surface) *surface = std::string(doc.OriginalText(doc.dates[0].span));
  return doc.dates[0];
}

void ExpectResolved(const std::string& text, const std::string& surface, const std::string& value,
                    DatePrecision precision, DateBasis basis, bool relative) {
  SCOPED_TRACE(text);
  std::string got;
  DateMention d = One(text, kPublished, &got);
  EXPECT_EQ(got, surface);
  EXPECT_TRUE(d.resolved);
  EXPECT_EQ(d.value, value);
  EXPECT_EQ(d.precision, precision);
  EXPECT_EQ(d.basis, basis);
  EXPECT_EQ(d.relative, relative);
  EXPECT_FALSE(d.since);
}

TEST(DatesTest, ArabicAbsoluteDates) {
  ExpectResolved("اندلعت الاشتباكات في 27 نوفمبر 2024 قرب البلدة.", "27 نوفمبر 2024", "2024-11-27",
                 DatePrecision::kDay, DateBasis::kText, false);
  ExpectResolved("وصل الوفد في 27 تشرين الثاني/نوفمبر 2024 إلى العاصمة.", "27 تشرين الثاني/نوفمبر 2024",
                 "2024-11-27", DatePrecision::kDay, DateBasis::kText, false);
  ExpectResolved("جرى التوقيع في 27 تشرين الثاني 2024 بحضور الوسطاء.", "27 تشرين الثاني 2024", "2024-11-27",
                 DatePrecision::kDay, DateBasis::kText, false);
  ExpectResolved("تصاعد القصف خلال تشرين الثاني 2024 على الريف.", "تشرين الثاني 2024", "2024-11",
                 DatePrecision::kMonth, DateBasis::kText, false);
  ExpectResolved("أغلقت المعابر في 3 كانون الثاني 2023.", "3 كانون الثاني 2023", "2023-01-03",
                 DatePrecision::kDay, DateBasis::kText, false);
  ExpectResolved("وقعت الحادثة في 5 جويلية 2023 حسب الشهود.", "5 جويلية 2023", "2023-07-05", DatePrecision::kDay,
                 DateBasis::kText, false);
  ExpectResolved("تعود القضية إلى عام 2016 كما قال المحامي.", "عام 2016", "2016", DatePrecision::kYear,
                 DateBasis::kText, false);
  ExpectResolved("بني الجسر سنة 1998 وصمد طويلا.", "سنة 1998", "1998", DatePrecision::kYear, DateBasis::kText,
                 false);
}

// Every Gregorian month has its MSA name and its Levantine pair (a name went
// missing from the lexicon once: "21 أغسطس 2013" was no date at all).
TEST(DatesTest, EveryMonthByBothNames) {
  const char* msa[] = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                       "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  const char* levant[] = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                          "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
  for (int m = 0; m < 12; ++m) {
    char value[16];
    std::snprintf(value, sizeof value, "2013-%02d-09", m + 1);
    for (const std::string& name : {std::string(msa[m]), std::string(levant[m]) + "/" + msa[m]}) {
      std::string date = "9 " + name + " 2013";
      ExpectResolved("سقطت القذائف في " + date + " على البلدة.", date, value, DatePrecision::kDay, DateBasis::kText,
                     false);
    }
  }
}

TEST(DatesTest, NumericDates) {
  Doc doc = RunText("صدر البيان بتاريخ 2024/11/27 ثم 27/11/2024 ثم 27-11-2024 ثم 2024-11-27 ثم 27.11.2024");
  ASSERT_EQ(doc.dates.size(), 5u);
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"2024/11/27", "27/11/2024", "27-11-2024", "2024-11-27",
                                                  "27.11.2024"}));
  for (const auto& d : doc.dates) {
    EXPECT_EQ(d.value, "2024-11-27");
    EXPECT_EQ(d.basis, DateBasis::kText);
    EXPECT_FALSE(d.relative);
  }
  // Not dates: an impossible day, a ratio, an identifier chain.
  EXPECT_TRUE(RunText("النتيجة 31/02/2024 غير صالحة").dates.empty());
  EXPECT_TRUE(RunText("the ratio was 3/4 and code 1-2-2024-7").dates.empty());
}

TEST(DatesTest, IsoDateWithTime) {
  std::string s;
  DateMention d = One("Logged at 2024-11-27T14:30:05Z by the monitor.", kPublished, &s);
  EXPECT_EQ(s, "2024-11-27T14:30:05Z");
  EXPECT_EQ(d.value, "2024-11-27T14:30:05Z");
  EXPECT_EQ(d.precision, DatePrecision::kSecond);
  d = One("Logged at 2024-11-27T14:30:00+03:00 locally.");
  EXPECT_EQ(d.value, "2024-11-27T11:30:00Z");
  d = One("Logged at 2024-11-27 09:15 locally.", kPublished, &s);
  EXPECT_EQ(s, "2024-11-27 09:15");
  EXPECT_EQ(d.value, "2024-11-27T09:15");
  EXPECT_EQ(d.precision, DatePrecision::kMinute);
}

TEST(DatesTest, EnglishAbsoluteDates) {
  ExpectResolved("The convoy left on November 27, 2024 at dawn.", "November 27, 2024", "2024-11-27",
                 DatePrecision::kDay, DateBasis::kText, false);
  ExpectResolved("The convoy left on 27 November 2024.", "27 November 2024", "2024-11-27", DatePrecision::kDay,
                 DateBasis::kText, false);
  ExpectResolved("The convoy left on the 27th of November 2024.", "27th of November 2024", "2024-11-27",
                 DatePrecision::kDay, DateBasis::kText, false);
  ExpectResolved("Shelling resumed in November 2024.", "November 2024", "2024-11", DatePrecision::kMonth,
                 DateBasis::kText, false);
  ExpectResolved("The base was built in 2016.", "2016", "2016", DatePrecision::kYear, DateBasis::kText, false);
  // No year: the most recent such day not after the reference.
  ExpectResolved("By Nov. 27 the town had fallen.", "Nov. 27", "2024-11-27", DatePrecision::kDay,
                 DateBasis::kPublished, false);
  ExpectResolved("By Dec. 5 the town had fallen.", "Dec. 5", "2023-12-05", DatePrecision::kDay,
                 DateBasis::kPublished, false);
}

TEST(DatesTest, DayMonthWithoutYearTakesReferenceYear) {
  ExpectResolved("سقطت البلدة الأربعاء 27 نوفمبر بعد حصار.", "الأربعاء 27 نوفمبر", "2024-11-27",
                 DatePrecision::kDay, DateBasis::kPublished, false);
  ExpectResolved("Talks began on Wednesday, November 27.", "Wednesday, November 27", "2024-11-27",
                 DatePrecision::kDay, DateBasis::kPublished, false);
  // A later month-day than the reference lies in the year before.
  ExpectResolved("بدأ الحصار في 10 ديسمبر.", "10 ديسمبر", "2023-12-10", DatePrecision::kDay,
                 DateBasis::kPublished, false);
}

TEST(DatesTest, AmbiguousMonthAndWeekdayNamesNeedContext) {
  // مارس = practised, الأب/آب = father, صفر = zero, الجمعة (prayer) after في.
  EXPECT_TRUE(RunText("مارس الجيش ضغوطا على الأب وانخفض العدد إلى صفر.").dates.empty());
  EXPECT_TRUE(RunText("صلى الناس في الجمعة الكبير.").dates.empty());
  EXPECT_TRUE(RunText("They may leave in a march.").dates.empty());
  ExpectResolved("بدأ الهجوم في 5 مارس 2023.", "5 مارس 2023", "2023-03-05", DatePrecision::kDay,
                 DateBasis::kText, false);
  ExpectResolved("عاد الهدوء في مارس.", "مارس", "2024-03", DatePrecision::kMonth, DateBasis::kPublished, false);
  ExpectResolved("تجدد القصف يوم الجمعة على البلدة.", "يوم الجمعة", "2024-11-29", DatePrecision::kDay,
                 DateBasis::kPublished, true);
}

// A part of the month told before an ambiguous month name cues it as a
// date, as "in" does: "late March", "the end of March".
TEST(DatesTest, PartOfMonthCuesAnAmbiguousMonth) {
  ExpectResolved("The rebels took the port in late March.", "March", "2024-03", DatePrecision::kMonth,
                 DateBasis::kPublished, false);
  ExpectResolved("The rebels took the port at the end of March.", "March", "2024-03", DatePrecision::kMonth,
                 DateBasis::kPublished, false);
}

// A season or the late part of a year before a year is dated by the month it
// begins, not by the whole year; a year alone, or winter (which straddles two
// years), stays a year.
TEST(DatesTest, PartOfAYearIsItsFirstMonth) {
  auto expect_month = [](const std::string& text, const std::string& value) {
    SCOPED_TRACE(text);
    DateMention d = One(text);
    EXPECT_TRUE(d.resolved);
    EXPECT_EQ(d.value, value);
    EXPECT_EQ(d.precision, DatePrecision::kMonth);
    EXPECT_EQ(d.basis, DateBasis::kText);
  };
  expect_month("The militia lost the ridge in late 2021 after a month of shelling.", "2021-10");
  expect_month("The dam was first hit in the summer of 2019.", "2019-06");
  expect_month("Rebels held the crossing through spring 2020.", "2020-03");
  expect_month("هُجّر سكان القرية في صيف عام 2018 بعد معارك عنيفة.", "2018-06");
  expect_month("تسلّمت القوات الحكومية المعسكر أواخر عام 2022.", "2022-10");
  expect_month("اندلعت الاحتجاجات في خريف 2019 في المدن الجنوبية.", "2019-09");
  EXPECT_EQ(One("The ridge fell in 2021.").precision, DatePrecision::kYear);
  // Not before a year, a season is only a word.
  EXPECT_TRUE(RunText("Fighting usually resumes in the summer.").dates.empty());
}

// A feast on a fixed day before a year ("over Christmas 2021", أعياد الميلاد
// 2021) is dated by its month, as a season is; without a year it is no date.
TEST(DatesTest, FeastBeforeAYearIsItsMonth) {
  for (const std::string text : {"Gunmen raided four hamlets near the ridge over Christmas 2021.",
                                 "هاجم مسلحون أربع قرى قرب التلال خلال أعياد الميلاد 2021."}) {
    SCOPED_TRACE(text);
    DateMention d = One(text);
    EXPECT_TRUE(d.resolved);
    EXPECT_EQ(d.value, "2021-12");
    EXPECT_EQ(d.precision, DatePrecision::kMonth);
  }
  EXPECT_TRUE(RunText("Families gathered for Christmas in the camp.").dates.empty());
}

TEST(DatesTest, HijriMonths) {
  std::string s;
  DateMention d = One("انطلقت الحملة في 15 رمضان 1445 هـ وفق البيان.", kPublished, &s);
  EXPECT_EQ(s, "15 رمضان 1445 هـ");
  EXPECT_TRUE(d.hijri);
  EXPECT_TRUE(d.resolved);
  EXPECT_EQ(d.value, "2024-03-25");  // tabular Islamic calendar
  EXPECT_EQ(d.basis, DateBasis::kText);
  d = One("وصل الحجاج في 10 ذي الحجة 1445.");
  EXPECT_TRUE(d.hijri);
  EXPECT_EQ(d.value, "2024-06-17");  // tabular; the observed day was one earlier
  // A whole month: the first day, with the last as `end`.
  d = One("تكثفت الغارات في شهر رمضان.", kPublished, &s);
  EXPECT_EQ(s, "شهر رمضان");
  EXPECT_TRUE(d.hijri);
  EXPECT_EQ(d.value, "2024-03-11");
  EXPECT_EQ(d.end, "2024-04-09");
  EXPECT_EQ(d.basis, DateBasis::kPublished);
  for (const char* m : {"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة",
                        "رجب", "شعبان", "شوال", "ذو القعدة", "ذو الحجة"}) {
    d = One(std::string("في 3 ") + m + " 1446");
    EXPECT_TRUE(d.hijri) << m;
    EXPECT_TRUE(d.resolved) << m;
  }
}

// A bare year between a determiner and a noun, or after an event noun,
// dates that noun; round hundreds and years before a counted noun are counts.
TEST(DatesTest, AttributiveYear) {
  DateMention d = One("Veterans laid wreaths on the anniversary of the 1994 massacre at the market.");
  EXPECT_EQ(d.value, "1994");
  EXPECT_EQ(d.precision, DatePrecision::kYear);
  EXPECT_TRUE(d.attributive);
  d = One("يطالب المتضررون من حرب 2011 بتعويضات.");
  EXPECT_EQ(d.value, "2011");
  EXPECT_TRUE(d.attributive);
  EXPECT_TRUE(RunText("The army sent the 2000 soldiers north.").dates.empty());
  EXPECT_FALSE(One("Fighting has raged there since 2012.").attributive);
  // A month of a year after the same words names the noun too.
  d = One("Survivors of the March 2021 siege of the port met the governor.");
  EXPECT_EQ(d.value, "2021-03");
  EXPECT_TRUE(d.attributive);
  d = One("وتعيد المواجهات إلى الأذهان أحداث أيلول 2022 في البلدة.");
  EXPECT_EQ(d.value, "2022-09");
  EXPECT_TRUE(d.attributive);
  // A disaster's noun too: زلزال شباط 2023 is the earthquake's month.
  d = One("تجمع الناجون من زلزال شباط 2023 أمام المحافظة.");
  EXPECT_EQ(d.value, "2023-02");
  EXPECT_TRUE(d.attributive);
  EXPECT_FALSE(One("Rebels took the port in March 2021.").attributive);
  EXPECT_FALSE(One("The day of the 12 March 2021 siege was cold.").attributive);
}

// A bare year right after English "of" is the year of the noun before it
// ("the uprising of 2011"), no attributive year of the words after; counts
// stay counts ("a force of 2000 men", "resolution 3 of 2019").
TEST(DatesTest, YearAfterOf) {
  DateMention d = One("Families of those killed during the uprising of 2011, marched in the capital.");
  EXPECT_EQ(d.value, "2011");
  EXPECT_EQ(d.precision, DatePrecision::kYear);
  EXPECT_FALSE(d.attributive);
  EXPECT_TRUE(RunText("The army sent a force of 2000 men to the border.").dates.empty());
  EXPECT_TRUE(RunText("The council passed resolution 3 of 2019 on the curfew.").dates.empty());
  // Arabic من before a number is "from" or a partitive, not a year's "of".
  EXPECT_TRUE(RunText("نزح أكثر من 2017 شخصاً من القرى.").dates.empty());
}

TEST(DatesTest, ArabicRelativeDays) {
  Doc doc = RunText("قصفت الطائرات اليوم وأمس والبارحة وأول أمس وأول من أمس، وستعود غداً.");
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"اليوم", "أمس", "البارحة", "أول أمس", "أول من أمس", "غداً"}));
  const char* want[] = {"2024-11-30", "2024-11-29", "2024-11-29", "2024-11-28", "2024-11-28", "2024-12-01"};
  ASSERT_EQ(doc.dates.size(), 6u);
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(doc.dates[i].value, want[i]) << i;
    EXPECT_TRUE(doc.dates[i].relative);
    EXPECT_EQ(doc.dates[i].basis, DateBasis::kPublished);
    EXPECT_EQ(doc.dates[i].precision, DatePrecision::kDay);
  }
  // "the next day", "that day": not today, but days counted from another event.
  Doc other = RunText("وفي اليوم التالي انسحبت القوات، وفي ذلك اليوم سقطت القرية.");
  ASSERT_EQ(other.dates.size(), 2u);
  for (const DateMention& d : other.dates) EXPECT_TRUE(d.anaphoric && !d.resolved);
}

TEST(DatesTest, ArabicWeekdays) {
  // The reference is a Saturday: Wednesday is 3 days back.
  ExpectResolved("تجدد القتال يوم الأربعاء في الريف.", "يوم الأربعاء", "2024-11-27", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("أعلن الوزير الأربعاء عن خطة.", "الأربعاء", "2024-11-27", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("زار الوفد المدينة الأربعاء الماضي.", "الأربعاء الماضي", "2024-11-27", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  // Same weekday as the reference: bare = that day, الماضي = a week back, القادم = a week ahead.
  ExpectResolved("اجتمع المجلس السبت.", "السبت", "2024-11-30", DatePrecision::kDay, DateBasis::kPublished, true);
  ExpectResolved("اجتمع المجلس السبت الماضي.", "السبت الماضي", "2024-11-23", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("يجتمع المجلس السبت المقبل.", "السبت المقبل", "2024-12-07", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("يصل الوفد الأربعاء القادم.", "الأربعاء القادم", "2024-12-04", DatePrecision::kDay,
                 DateBasis::kPublished, true);
}

// An ambiguous weekday between commas is an adverbial aside, even الاثنين
// (also "the two"); one comma alone is not enough.
TEST(DatesTest, AmbiguousWeekdayBetweenCommas) {
  ExpectResolved("أصيب حارسان، الأحد، بقذيفة سقطت على المعبر.", "الأحد", "2024-11-24", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("أغلقت الشرطة الطريق، الاثنين، أمام المتظاهرين.", "الاثنين", "2024-11-25", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("وقالت اللجنة، الجمعة، إن المعبر أغلق.", "الجمعة", "2024-11-29", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  EXPECT_TRUE(RunText("التقى الوفدان، الاثنين في القاعة نفسها.").dates.empty());
}

// A weekday heading its line before a colon is the day the line tells of,
// even الاثنين and الجمعة ("the two", "the group"); in a week's round-up the
// headings run in the order of the days, so the reference's own weekday
// heading the first line is that weekday a week back.
TEST(DatesTest, WeekdaysHeadingTheLinesOfARoundUp) {
  // The reference is a Saturday (2024-11-30).
  Doc doc = RunText(
      "حصيلة الأسبوع في المحافظة.\n"
      "السبت: أغلق محتجون الطريق الدولي.\n"
      "الاثنين: قتل مسلحون راعيين قرب القرية.\n"
      "الجمعة: انفجرت عبوة ناسفة بدورية للشرطة.\n");
  ASSERT_EQ(doc.dates.size(), 3u);
  EXPECT_EQ(doc.dates[0].value, "2024-11-23");
  EXPECT_EQ(doc.dates[1].value, "2024-11-25");
  EXPECT_EQ(doc.dates[2].value, "2024-11-29");
  // Not at the head of its line (Friday prayers), or with no colon, the group
  // is no day.
  EXPECT_TRUE(RunText("وقال إمام الجمعة: لن نتراجع.").dates.empty());
  EXPECT_TRUE(RunText("حصيلة الأسبوع.\nالجمعة نفسها أعلنت مسؤوليتها.").dates.empty());
  // Headings running back from the newest day: the first is the reference
  // day itself.
  Doc back = RunText(
      "موجز الأسبوع.\n"
      "السبت: أغلق محتجون الطريق الدولي.\n"
      "الجمعة: انفجرت عبوة ناسفة بدورية للشرطة.\n"
      "الاثنين: قتل مسلحون راعيين قرب القرية.\n");
  ASSERT_EQ(back.dates.size(), 3u);
  EXPECT_EQ(back.dates[0].value, "2024-11-30");
  EXPECT_EQ(back.dates[1].value, "2024-11-29");
  EXPECT_EQ(back.dates[2].value, "2024-11-25");
  // A lone heading on the reference's weekday is that day.
  Doc one = RunText("موجز.\nالسبت: أغلق محتجون الطريق الدولي.\n");
  ASSERT_EQ(one.dates.size(), 1u);
  EXPECT_EQ(one.dates[0].value, "2024-11-30");
}

TEST(DatesTest, ArabicCountsAgo) {
  ExpectResolved("وصلت التعزيزات منذ يومين إلى الجبهة.", "منذ يومين", "2024-11-28", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("وصلت التعزيزات منذ ثلاثة أيام.", "منذ ثلاثة أيام", "2024-11-27", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("وصلت التعزيزات منذ 4 أيام.", "منذ 4 أيام", "2024-11-26", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("وصلت التعزيزات منذ أسبوع.", "منذ أسبوع", "2024-11-23", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("انسحب المقاتلون قبل يومين.", "قبل يومين", "2024-11-28", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("انسحب المقاتلون قبل شهرين.", "قبل شهرين", "2024-09", DatePrecision::kMonth,
                 DateBasis::kPublished, true);
  // قبل without a count is "before", not a date.
  EXPECT_TRUE(RunText("لم يحدث ذلك من قبل.").dates.empty());
}

TEST(DatesTest, ArabicPeriods) {
  std::string s;
  DateMention d = One("تراجعت الاشتباكات الأسبوع الماضي في المدينة.", kPublished, &s);
  EXPECT_EQ(s, "الأسبوع الماضي");
  EXPECT_EQ(d.precision, DatePrecision::kWeek);
  EXPECT_EQ(d.value, "2024-11-18");  // Monday of the week before the reference's
  EXPECT_EQ(d.end, "2024-11-24");
  EXPECT_TRUE(d.relative);
  ExpectResolved("ارتفعت الأسعار الشهر الماضي.", "الشهر الماضي", "2024-10", DatePrecision::kMonth,
                 DateBasis::kPublished, true);
  ExpectResolved("ارتفعت الأسعار العام الماضي.", "العام الماضي", "2023", DatePrecision::kYear,
                 DateBasis::kPublished, true);
  ExpectResolved("ارتفعت الأسعار السنة الماضية.", "السنة الماضية", "2023", DatePrecision::kYear,
                 DateBasis::kPublished, true);
  d = One("تنتهي المهلة هذا الأسبوع.");
  EXPECT_EQ(d.value, "2024-11-25");
  EXPECT_EQ(d.end, "2024-12-01");
}

// A start or middle of a bare period is a part of the current one; an end is
// left alone (it is as often the coming one).
TEST(DatesTest, PartOfABarePeriodIsTheCurrentOne) {
  std::string s;
  DateMention d = One("نزح مئات من القرية مطلع الأسبوع بعد غارات متكررة.", kPublished, &s);
  EXPECT_EQ(s, "الأسبوع");
  EXPECT_EQ(d.precision, DatePrecision::kWeek);
  EXPECT_EQ(d.value, "2024-11-25");
  EXPECT_EQ(d.end, "2024-12-01");
  d = One("أغلقت السلطات المعبر في بداية الشهر.", kPublished, &s);
  EXPECT_EQ(d.value, "2024-11");
  d = One("The bridge was shut at the start of the week, officials said.", kPublished, &s);
  EXPECT_EQ(s, "the week");
  EXPECT_EQ(d.value, "2024-11-25");
  EXPECT_TRUE(RunText("ستنتهي المهلة نهاية الأسبوع.").dates.empty());
  EXPECT_TRUE(RunText("يصل القطار مرتين في الأسبوع.").dates.empty());
}

// kPublished is a Saturday: "the weekend" is that one; told on a weekday it is
// the one just past, "this weekend" then the coming one.
TEST(DatesTest, Weekend) {
  std::string s;
  DateMention d = One("Two villages were raided over the weekend, residents said.", kPublished, &s);
  EXPECT_EQ(s, "the weekend");
  EXPECT_EQ(d.value, "2024-11-30");
  EXPECT_EQ(d.end, "2024-12-01");
  const std::string wednesday = "2024-11-27T09:00:00Z";
  d = One("Two villages were raided at the weekend.", wednesday, &s);
  EXPECT_EQ(d.value, "2024-11-23");
  EXPECT_EQ(d.end, "2024-11-24");
  d = One("Unions will march this weekend.", wednesday, &s);
  EXPECT_EQ(d.value, "2024-11-30");
  d = One("Unions marched last weekend.", kPublished, &s);
  EXPECT_EQ(d.value, "2024-11-23");
  d = One("نزح العشرات خلال عطلة نهاية الأسبوع.", wednesday, &s);
  EXPECT_EQ(s, "عطلة نهاية الأسبوع");
  EXPECT_EQ(d.value, "2024-11-23");
}

TEST(DatesTest, ArabicPartsOfDay) {
  Doc doc = RunText("سمعت انفجارات فجر اليوم ثم مساء الأربعاء ثم صباح أمس ثم مساء يوم الخميس.");
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"فجر اليوم", "مساء الأربعاء", "صباح أمس", "مساء يوم الخميس"}));
  ASSERT_EQ(doc.dates.size(), 4u);
  EXPECT_EQ(doc.dates[0].part_of_day, "dawn");
  EXPECT_EQ(doc.dates[0].value, "2024-11-30");
  EXPECT_EQ(doc.dates[1].part_of_day, "evening");
  EXPECT_EQ(doc.dates[1].value, "2024-11-27");
  EXPECT_EQ(doc.dates[2].part_of_day, "morning");
  EXPECT_EQ(doc.dates[2].value, "2024-11-29");
  EXPECT_EQ(doc.dates[3].part_of_day, "evening");
  EXPECT_EQ(doc.dates[3].value, "2024-11-28");
  // ظهر and فجر are also verbs; alone they are not dates.
  EXPECT_TRUE(RunText("ظهر القائد في الصور بعد أن فجر المسلحون الجسر.").dates.empty());
  ExpectResolved("أغلق المحتجون الجسر ظهيرة الخميس.", "ظهيرة الخميس", "2024-11-28", DatePrecision::kDay,
                 DateBasis::kPublished, true);
}

// في ساعة متأخرة من ليل الثلاثاء (late on Tuesday night): an hour an
// adjective qualifies is a time of the day named after it, no count of one
// hour from the report.
TEST(DatesTest, ALateHourIsNoCount) {
  for (const char* text : {"اقتحم المسلحون البلدة في ساعة متأخرة من ليل الثلاثاء.",
                           "أغلق المحتجون الطريق في ساعة مبكرة من صباح الثلاثاء."}) {
    Doc doc = RunText(text);
    ASSERT_EQ(doc.dates.size(), 1u) << text;
    EXPECT_EQ(doc.dates[0].value, "2024-11-26") << text;
  }
}

TEST(DatesTest, RecentHours) {
  ExpectResolved("تقدمت القوات في الساعات القليلة الماضية نحو الطريق.", "الساعات القليلة الماضية", "2024-11-30",
                 DatePrecision::kDay, DateBasis::kPublished, true);
  ExpectResolved("تقدمت القوات خلال الساعات الماضية.", "الساعات الماضية", "2024-11-30", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("Troops advanced in the past few hours.", "the past few hours", "2024-11-30",
                 DatePrecision::kDay, DateBasis::kPublished, true);
  ExpectResolved("قتل ثلاثة مدنيين خلال الساعات الـ24 الماضية.", "الساعات الـ24 الماضية", "2024-11-30",
                 DatePrecision::kDay, DateBasis::kPublished, true);
}

// "the past week" is a rolling stretch that ends on the reference day (here
// Saturday 30 November: 23-30 November), not the calendar week before, which
// "last week" names (18-24 November); "the past two weeks" goes back 14 days,
// "the past two days" is yesterday and today.
TEST(DatesTest, EnglishPastWeekIsARollingStretch) {
  std::string s;
  DateMention d = One("Drones hit positions near the town over the past week, officials said.", kPublished, &s);
  EXPECT_EQ(s, "the past week");
  EXPECT_EQ(d.value, "2024-11-23");
  EXPECT_EQ(d.end, "2024-11-30");
  EXPECT_EQ(d.basis, DateBasis::kPublished);
  EXPECT_TRUE(d.relative);
  d = One("Police arrested 40 people in the past two weeks.", kPublished, &s);
  EXPECT_EQ(s, "the past two weeks");
  EXPECT_EQ(d.value, "2024-11-16");
  EXPECT_EQ(d.end, "2024-11-30");
  d = One("Fighting went on over the past two days.", kPublished, &s);
  EXPECT_EQ(d.value, "2024-11-29");
  EXPECT_EQ(d.end, "2024-11-30");
  d = One("Drones hit positions near the town last week, officials said.", kPublished, &s);
  EXPECT_EQ(s, "last week");
  EXPECT_EQ(d.value, "2024-11-18");
  EXPECT_EQ(d.end, "2024-11-24");
}

TEST(DatesTest, Since) {
  std::string s;
  DateMention d = One("لم تصل المساعدات منذ عام 2016 إلى الحي.", kPublished, &s);
  EXPECT_EQ(s, "عام 2016");
  EXPECT_TRUE(d.since);
  EXPECT_EQ(d.value, "2016");
  EXPECT_EQ(d.precision, DatePrecision::kYear);
  EXPECT_EQ(d.basis, DateBasis::kText);
  EXPECT_EQ(d.end, "2024-11-30");
  d = One("قتل العشرات منذ اندلاع المعارك يوم الخميس.", kPublished, &s);
  EXPECT_EQ(s, "يوم الخميس");
  EXPECT_TRUE(d.since);
  EXPECT_EQ(d.value, "2024-11-28");
  EXPECT_EQ(d.end, "2024-11-30");
  d = One("النزوح مستمر منذ أمس.", kPublished, &s);
  EXPECT_EQ(s, "أمس");
  EXPECT_TRUE(d.since);
  EXPECT_EQ(d.value, "2024-11-29");
  // A since-cue in an earlier sentence or too far back does not count.
  d = One("بدأ النزوح منذ ذلك. وفي يوم الخميس عاد الهدوء.");
  EXPECT_FALSE(d.since);
  d = One("تغير الكثير منذ أن قرر المجلس بعد نقاش طويل وشاق في العاصمة يوم الخميس.");
  EXPECT_FALSE(d.since);
  // منذ before a unit of time says how long, and a comma ends the since-phrase:
  // neither makes a later date a start point.
  d = One("تحصن المسلحون في الغابة منذ أشهر، قبل أن يطردهم الجيش يوم الخميس.", kPublished, &s);
  EXPECT_EQ(s, "يوم الخميس");
  EXPECT_FALSE(d.since);
  d = One("ظل الطريق مغلقا منذ سنوات ثم فتح يوم الخميس.", kPublished, &s);
  EXPECT_FALSE(d.since);
  d = One("The camp had been held since the spring, and troops took it back on Thursday.", kPublished, &s);
  EXPECT_EQ(s, "Thursday");
  EXPECT_FALSE(d.since);
  // منذ + a count is "ago", not "since".
  d = One("منذ يومين");
  EXPECT_FALSE(d.since);
  EXPECT_TRUE(d.end.empty());
}

// A count of units joined by a hyphen to the noun after it is a length or an
// age ("an hour-long gun battle"), never a day counted from now.
TEST(DatesTest, HyphenatedCountIsNoDate) {
  for (const char* text : {"Police ended the siege in an hour-long operation.",
                           "Troops withdrew in a two-day-old convoy.", "Shops stayed shut after a week-long strike."})
    EXPECT_TRUE(RunText(text).dates.empty()) << text;
  ExpectResolved("The convoy left two days ago.", "two days ago", "2024-11-28", DatePrecision::kDay,
                 DateBasis::kPublished, true);
}

// "in" and a count after a superlative of its clause ("the first …", "the
// deadliest …") is how long it has been, no time ahead; elsewhere, or past a
// comma, it is still ahead.
TEST(DatesTest, CountAfterASuperlativeIsNoTimeAhead) {
  for (const char* text : {"It was the first air raid on the port in four months.",
                           "The ambush was the deadliest attack on the army in two years.",
                           "Turnout was the highest in a decade."})
    EXPECT_TRUE(RunText(text).dates.empty()) << text;
  ExpectResolved("The ministry said talks would resume in three months.", "in three months", "2025-02",
                 DatePrecision::kMonth, DateBasis::kPublished, true);
  ExpectResolved("The first convoy left, and the second will follow in two weeks.", "in two weeks", "2024-12-14",
                 DatePrecision::kDay, DateBasis::kPublished, true);
}

TEST(DatesTest, EnglishRelative) {
  Doc doc = RunText("Shells fell today, yesterday and will again tomorrow.");
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"today", "yesterday", "tomorrow"}));
  ASSERT_EQ(doc.dates.size(), 3u);
  EXPECT_EQ(doc.dates[0].value, "2024-11-30");
  EXPECT_EQ(doc.dates[1].value, "2024-11-29");
  EXPECT_EQ(doc.dates[2].value, "2024-12-01");
  ExpectResolved("The mayor spoke on Wednesday.", "Wednesday", "2024-11-27", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("The mayor spoke last Wednesday.", "last Wednesday", "2024-11-27", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("The mayor spoke last Saturday.", "last Saturday", "2024-11-23", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("The mayor speaks next Friday.", "next Friday", "2024-12-06", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("The convoy left two days ago.", "two days ago", "2024-11-28", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("The convoy left 3 weeks ago.", "3 weeks ago", "2024-11-09", DatePrecision::kDay,
                 DateBasis::kPublished, true);
  ExpectResolved("Prices rose last week.", "last week", "2024-11-18", DatePrecision::kWeek, DateBasis::kPublished,
                 true);
  ExpectResolved("Prices rose last month.", "last month", "2024-10", DatePrecision::kMonth, DateBasis::kPublished,
                 true);
  std::string s;
  DateMention d = One("Sirens sounded this morning.", kPublished, &s);
  EXPECT_EQ(s, "this morning");
  EXPECT_EQ(d.value, "2024-11-30");
  EXPECT_EQ(d.part_of_day, "morning");
  d = One("Sirens sounded on Wednesday night.", kPublished, &s);
  EXPECT_EQ(s, "Wednesday night");
  EXPECT_EQ(d.value, "2024-11-27");
  EXPECT_EQ(d.part_of_day, "night");
  d = One("Sirens sounded last night.", kPublished, &s);
  EXPECT_EQ(d.value, "2024-11-29");
  EXPECT_EQ(d.part_of_day, "night");
  // "overnight" before a weekday names that weekday's night, not the night
  // before the report.
  d = One("Raiders hit the camp overnight Tuesday.", kPublished, &s);
  EXPECT_EQ(s, "overnight Tuesday");
  EXPECT_EQ(d.value, "2024-11-26");
  EXPECT_EQ(d.part_of_day, "night");
  d = One("Raiders hit the camp overnight.", kPublished, &s);
  EXPECT_EQ(d.value, "2024-11-29");
  d = One("Nobody has left since Wednesday.", kPublished, &s);
  EXPECT_EQ(s, "Wednesday");
  EXPECT_TRUE(d.since);
  EXPECT_EQ(d.value, "2024-11-27");
  EXPECT_EQ(d.end, "2024-11-30");
  d = One("Nobody has left since the start of the siege on Thursday.", kPublished, &s);
  EXPECT_EQ(s, "Thursday");
  EXPECT_TRUE(d.since);
  d = One("Nobody has left since 2016.", kPublished, &s);
  EXPECT_EQ(s, "2016");
  EXPECT_TRUE(d.since);
  EXPECT_EQ(d.value, "2016");
}

TEST(DatesTest, ProcliticsOnDateWords) {
  // و/ب before a date word: the span starts at the date word.
  Doc doc = RunText("عاد الهدوء بالأمس واليوم.");
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"الأمس", "اليوم"}));
  for (const auto& d : doc.dates) {
    EXPECT_LE(doc.SpanOf(d.tokens).begin, d.span.begin);
    EXPECT_GE(doc.SpanOf(d.tokens).end, d.span.end);
  }
}

TEST(DatesTest, HeaderMonthPrecisionLeavesDayRelativesUnresolved) {
  Doc doc = RunText("date 2024-11\nقصفت الطائرات البلدة يوم الأربعاء واليوم، بعد هدوء الشهر الماضي وفي 27 نوفمبر.", "");
  ASSERT_TRUE(doc.reference_time.has_value());
  EXPECT_EQ(doc.reference_time->precision, DatePrecision::kMonth);
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"يوم الأربعاء", "اليوم", "الشهر الماضي", "27 نوفمبر"}));
  ASSERT_EQ(doc.dates.size(), 4u);
  for (int i : {0, 1}) {
    EXPECT_FALSE(doc.dates[i].resolved);
    EXPECT_TRUE(doc.dates[i].relative);
    EXPECT_EQ(doc.dates[i].basis, DateBasis::kNone);
    EXPECT_TRUE(doc.dates[i].value.empty());
  }
  // Month-level relatives and a day-month still resolve against a month.
  EXPECT_EQ(doc.dates[2].value, "2024-10");
  EXPECT_EQ(doc.dates[3].value, "2024-11-27");
  EXPECT_EQ(doc.dates[3].basis, DateBasis::kPublished);
  // The header itself is metadata, not a date.
  for (const auto& d : doc.dates) EXPECT_GT(d.span.begin, doc.metadata[0].span.end);
}

TEST(DatesTest, NoReferenceTime) {
  Doc doc = RunText("قصفت الطائرات البلدة يوم الأربعاء وأمس، كما في 27 نوفمبر وعام 2016 والأسبوع الماضي.", "");
  EXPECT_FALSE(doc.reference_time.has_value());
  ASSERT_EQ(doc.dates.size(), 5u);
  for (size_t i : {0u, 1u, 2u, 4u}) {
    EXPECT_FALSE(doc.dates[i].resolved) << i;
    EXPECT_EQ(doc.dates[i].basis, DateBasis::kNone) << i;
    EXPECT_TRUE(doc.dates[i].value.empty()) << i;
  }
  EXPECT_EQ(doc.dates[4].precision, DatePrecision::kWeek);
  EXPECT_TRUE(doc.dates[3].resolved);
  EXPECT_EQ(doc.dates[3].value, "2016");
}

TEST(DatesTest, SnowflakeReferenceFromTrailingUrl) {
  Doc doc = RunText("اشتد القصف يوم الأربعاء على المدينة.\nhttps://x.com/i/web/status/1862651953437643168", "");
  ASSERT_TRUE(doc.reference_time.has_value());
  std::string s;
  ASSERT_EQ(doc.dates.size(), 1u);
  EXPECT_EQ(doc.dates[0].value, "2024-11-27");
}

TEST(DatesTest, NotDates) {
  EXPECT_TRUE(RunText("هذه هي المرة الأولى التي يحدث فيها ذلك.").dates.empty());
  EXPECT_TRUE(RunText("سيطروا على 16 قرية وقتل 300 شخص.").dates.empty());
  EXPECT_TRUE(RunText("He said one of the days was hard.").dates.empty());
}

TEST(DatesTest, LoaderReportsFileAndLine) {
  test::ScopedTempPath temp("marsad_dates_bad");
  const std::string& dir = temp.path();
  std::string mk = "mkdir -p " + dir + "/ar " + dir + "/en";
  ASSERT_EQ(std::system(mk.c_str()), 0);
  {
    std::ofstream(dir + "/ar/dates.tsv") << "#format dates v1\nform\tkind\tvalue\tcount\tpart\tflags\tnote\n"
                                            "اليوم\tday\t0\t\t\t\t\nأمس\tmonth\t13\t\t\t\t\n";
    std::ofstream(dir + "/en/dates.tsv") << "#format dates v1\nform\tkind\tvalue\tcount\tpart\tflags\tnote\n";
  }
  auto r = DateReader::Create(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("ar/dates.tsv:4"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("[E002]"), std::string::npos);
}

TEST(DatesTest, SeedDates) {
  auto seed = test::ReadSeed();
  if (!seed) GTEST_SKIP() << "seed document not found at " << test::SeedPath();
  Doc doc = test::Analyze(*seed);
  ASSERT_TRUE(doc.reference_time.has_value());
  EXPECT_EQ(doc.reference_time->basis, ReferenceTime::Basis::kXStatusId);
  ASSERT_EQ(doc.dates.size(), 4u) << ::testing::PrintToString(Texts(doc));
  const auto& d = doc.dates;
  EXPECT_EQ(doc.OriginalText(d[0].span), "عام 2016");
  EXPECT_EQ(d[0].value, "2016");
  EXPECT_EQ(d[0].precision, DatePrecision::kYear);
  EXPECT_TRUE(d[0].since);
  EXPECT_EQ(d[0].basis, DateBasis::kText);
  EXPECT_FALSE(d[0].relative);

  EXPECT_EQ(doc.OriginalText(d[1].span), "الساعات القليلة الماضية");
  EXPECT_EQ(d[1].value, "2024-11-30");
  EXPECT_EQ(d[1].precision, DatePrecision::kDay);
  EXPECT_TRUE(d[1].relative);
  EXPECT_EQ(d[1].basis, DateBasis::kPublished);

  EXPECT_EQ(doc.OriginalText(d[2].span), "يوم الأربعاء");
  EXPECT_EQ(d[2].value, "2024-11-27");
  EXPECT_EQ(d[2].precision, DatePrecision::kDay);
  EXPECT_TRUE(d[2].since);
  EXPECT_EQ(d[2].end, "2024-11-30");
  EXPECT_TRUE(d[2].relative);
  EXPECT_EQ(d[2].basis, DateBasis::kPublished);

  EXPECT_EQ(doc.OriginalText(d[3].span), "اليوم");
  EXPECT_EQ(d[3].value, "2024-11-30");
  EXPECT_EQ(d[3].precision, DatePrecision::kDay);
  EXPECT_TRUE(d[3].relative);
  EXPECT_FALSE(d[3].since);
  EXPECT_EQ(d[3].basis, DateBasis::kPublished);
}

TEST(DatesBareWeekdayTest, AnAmbiguousWeekdayAloneWhereADateStands) {
  Doc doc = RunText("انسحبت القوات منها الجمعة. وقال مسؤول الأحد إن القتال توقف.", "2025-03-15T10:00:00Z");
  ASSERT_EQ(doc.dates.size(), 2u);
  EXPECT_EQ(doc.dates[0].value, "2025-03-14");
  EXPECT_EQ(doc.dates[1].value, "2025-03-09");
  // Friday prayers, "the two", the mosque: no dates.
  Doc nouns = RunText("أدى المصلون صلاة الجمعة. واتفق الاثنين على ذلك. وصلى في الجمعة.", "2025-03-15T10:00:00Z");
  EXPECT_TRUE(nouns.dates.empty());
}

// After a plural past verb (its وا ending) a bare weekday is the verb's time
// even mid-clause; after a noun ending otherwise it stays a noun.
TEST(DatesBareWeekdayTest, AnAmbiguousWeekdayRightAfterAVerb) {
  Doc doc = RunText("فرقت الشرطة عمالا اعتصموا الأحد أمام المصنع.", "2025-03-15T10:00:00Z");
  ASSERT_EQ(doc.dates.size(), 1u);
  EXPECT_EQ(doc.dates[0].value, "2025-03-09");
  EXPECT_TRUE(RunText("حضر الوزير خطبة الجمعة في المسجد.", "2025-03-15T10:00:00Z").dates.empty());
  // الاثنين ("the two") never stands alone, not even after a verb.
  EXPECT_TRUE(RunText("وأوقفوا الاثنين عند الحاجز.", "2025-03-15T10:00:00Z").dates.empty());
}

// الاثنين after a name without the article and before a clause joined by و
// is the day (the name can take neither "the two" as its adjective nor as a
// noun it governs); after a definite noun, or before a definite noun joined
// by و, it stays "the two". 2025-03-15 is a Saturday.
TEST(DatesBareWeekdayTest, MondayBetweenANameAndAJoinedClause) {
  Doc doc = RunText("وقال الجيش إن قواته اشتبكت مع المسلحين قرب كيسمايو الاثنين وقتلت عشرة منهم.",
                    "2025-03-15T10:00:00Z");
  ASSERT_EQ(doc.dates.size(), 1u);
  EXPECT_EQ(doc.dates[0].value, "2025-03-10");
  EXPECT_TRUE(RunText("واعتقلت الشرطة الاثنين وأحالتهما إلى النيابة.", "2025-03-15T10:00:00Z").dates.empty());
  EXPECT_TRUE(RunText("والتقى وفد بغداد الاثنين والوزراء في القاعة.", "2025-03-15T10:00:00Z").dates.empty());
  EXPECT_TRUE(RunText("وصل جنود كيسمايو الاثنين إلى الثكنة.", "2025-03-15T10:00:00Z").dates.empty());
}

// الاثنين after a past verb (…ت، …وا) or an accusative adverb (…اً) and
// before a bare word no particle opens (the verb's object, another
// adverbial) is the day: "the two" governs no bare noun after it. Before a
// definite noun or a preposition it stays "the two". 2025-03-15 is a Saturday.
TEST(DatesBareWeekdayTest, MondayBetweenAVerbAndABareWord) {
  Doc doc = RunText("وقُتل خمسة مدنيين في غارة استهدفت الاثنين شاحنة قرب السوق.", "2025-03-15T10:00:00Z");
  ASSERT_EQ(doc.dates.size(), 1u);
  EXPECT_EQ(doc.dates[0].value, "2025-03-10");
  Doc adverb = RunText("وفرقت الشرطة طلاباً تظاهروا سلمياً الاثنين احتجاجاً على الرسوم.", "2025-03-15T10:00:00Z");
  ASSERT_EQ(adverb.dates.size(), 1u);
  EXPECT_EQ(adverb.dates[0].value, "2025-03-10");
  EXPECT_TRUE(RunText("وأطلقت الشرطة سراح الموقوفين واعتقلت الاثنين الآخرين.", "2025-03-15T10:00:00Z").dates.empty());
  EXPECT_TRUE(RunText("وقتلوا الاثنين برصاصة في الرأس.", "2025-03-15T10:00:00Z").dates.empty());
  EXPECT_TRUE(RunText("وكان أحد الاثنين مصاباً.", "2025-03-15T10:00:00Z").dates.empty());
}

// After a past verb, الاثنين is "the two", its object, when a participle
// (…ين، …ان), an accusative adverb (…اً) or a preposition follows; after a
// plural noun in …ات it is the noun's complement. The adverb before it still
// makes it the day. 2025-03-15 is a Saturday.
TEST(DatesBareWeekdayTest, TheTwoAsAVerbsObject) {
  const char* kRef = "2025-03-15T10:00:00Z";
  EXPECT_TRUE(RunText("وقال شهود إن الشرطة ضبطت الاثنين متلبسين بالسرقة.", kRef).dates.empty());
  EXPECT_TRUE(RunText("وعثرت فرق الإنقاذ على سيارة ووجدت الاثنين مقتولين داخلها.", kRef).dates.empty());
  EXPECT_TRUE(RunText("وقال السكان إن الجماعة أعدمت الاثنين رمياً بالرصاص.", kRef).dates.empty());
  EXPECT_TRUE(RunText("وطاردت العصابة الشقيقين وقتلت الاثنين طعناً.", kRef).dates.empty());
  EXPECT_TRUE(RunText("وقال الأهالي إن القوات اعتقلت الاثنين أثناء عبورهما الجسر.", kRef).dates.empty());
  EXPECT_TRUE(RunText("وقال الأهالي إن القوات اعتقلت الاثنين داخل منزلهما.", kRef).dates.empty());
  EXPECT_TRUE(RunText("وقال الطبيب إن إصابات الاثنين خطيرة.", kRef).dates.empty());
  Doc adverb = RunText("وخرج مئات تظاهروا سلمياً الاثنين احتجاجاً على الغلاء.", kRef);
  ASSERT_EQ(adverb.dates.size(), 1u);
  EXPECT_EQ(adverb.dates[0].value, "2025-03-10");
  Doc object = RunText("وقال السكان إن مسلحين هاجموا الاثنين مدرسة في القرية.", kRef);
  ASSERT_EQ(object.dates.size(), 1u);
  EXPECT_EQ(object.dates[0].value, "2025-03-10");
}

// A future-frame word with two joined objects and a place between it and the
// weekday still makes it the coming one; a comma between them stops it.
// 2025-03-12 is a Wednesday.
TEST(DatesFutureFrameTest, AFrameWordBeforeALongClause) {
  Doc doc = RunText(
      "Community leaders said they would hold a general strike and a rally outside the governorate building in the "
      "capital on Sunday.",
      "2025-03-12T09:00:00Z");
  ASSERT_EQ(doc.dates.size(), 1u);
  EXPECT_EQ(doc.dates[0].value, "2025-03-16");
  Doc past = RunText("Police said they would investigate, and residents marched through the town on Sunday.",
                     "2025-03-12T09:00:00Z");
  ASSERT_EQ(past.dates.size(), 1u);
  EXPECT_EQ(past.dates[0].value, "2025-03-09");
}

// A plain weekday in a future frame is the coming one; a past frame, a
// possessive or a frame word too far back keeps the last one. 2025-03-12 is
// a Wednesday.
TEST(DatesFutureFrameTest, APlannedWeekdayIsTheComingOne) {
  const char* kWed = "2025-03-12T09:00:00Z";
  struct Case { const char* text; const char* value; };
  const Case cases[] = {
      {"Teachers will strike outside the ministry on Monday.", "2025-03-17"},
      {"The union called a sit-in in Nablus for Saturday.", "2025-03-15"},
      {"A vigil is planned near the court on Wednesday.", "2025-03-12"},
      {"سيعقد العمال اعتصاما أمام دار البلدية يوم الخميس.", "2025-03-13"},
      {"Farmers blocked the road on Monday.", "2025-03-10"},
      {"He was charged for Sunday's shooting in Gao.", "2025-03-09"},
      {"Guards opened fire on Monday, and the union will meet.", "2025-03-10"},
      // Told from a past saying, or as an aim: still ahead.
      {"Organisers said the students would march to the ministry on Friday.", "2025-03-14"},
      {"The rebels vowed to retake the hill town on Thursday.", "2025-03-13"},
      {"Nurses are expected to strike outside the hospital on Monday.", "2025-03-17"},
      {"ويعتزمون التظاهر أمام البرلمان يوم الأحد.", "2025-03-16"},
      {"وأعلنت النقابة تفاصيل الإضراب المزمع تنفيذه يوم الاثنين.", "2025-03-17"},
  };
  for (const Case& c : cases) {
    Doc doc = RunText(c.text, kWed);
    ASSERT_EQ(doc.dates.size(), 1u) << c.text;
    EXPECT_EQ(doc.dates[0].value, c.value) << c.text;
  }
}

// A future frame word is a verb or an adjective: read off a word only after
// taking ب or ك away, it is part of a noun (a name like بينوي) and the
// weekday stays the last one. 2025-03-12 is a Wednesday.
TEST(DatesFutureFrameTest, APrepositionGluedWordFramesNoFuture) {
  const char* kWed = "2025-03-12T09:00:00Z";
  Doc past = RunText("هاجم مسلحون قرية في ولاية بينوي ليل الاثنين.", kWed);
  ASSERT_EQ(past.dates.size(), 1u);
  EXPECT_EQ(past.dates[0].value, "2025-03-10");
  Doc ahead = RunText("وينوي المحتجون التظاهر أمام البرلمان يوم الاثنين.", kWed);
  ASSERT_EQ(ahead.dates.size(), 1u);
  EXPECT_EQ(ahead.dates[0].value, "2025-03-17");
}

// Days counted from another event of the report are recognised with their
// offset and left for the events stage; days counted from publication keep
// their meaning.
TEST(DatesAnaphoricTest, EnglishOffsetsFromTheEventToldBefore) {
  struct Case { const char* text; const char* surface; int days; const char* part; };
  const Case cases[] = {
      {"Rebels took the bridge the next day.", "the next day", 1, ""},
      {"Police detained him the following morning.", "the following morning", 1, "morning"},
      {"A convoy was hit the day before.", "the day before", -1, ""},
      {"Three days later, the army shelled the town.", "Three days later", 3, ""},
      {"A week earlier, gunmen stormed a village.", "A week earlier", -7, ""},
      {"The militia withdrew later that day.", "later that day", 0, ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    std::string got;
    DateMention d = One(c.text, kPublished, &got);
    EXPECT_EQ(got, c.surface);
    EXPECT_TRUE(d.anaphoric);
    EXPECT_EQ(d.anaphor_days, c.days);
    EXPECT_FALSE(d.resolved);
    EXPECT_TRUE(d.value.empty());
    EXPECT_EQ(d.basis, DateBasis::kNone);
    EXPECT_TRUE(d.relative);
    EXPECT_EQ(d.part_of_day, c.part);
  }
}

TEST(DatesAnaphoricTest, ArabicOffsetsFromTheEventToldBefore) {
  struct Case { const char* text; const char* surface; int days; };
  const Case cases[] = {
      {"وفي اليوم التالي هاجم المسلحون القرية.", "اليوم التالي", 1},
      {"وقصفت الطائرات المدينة في اليوم السابق.", "اليوم السابق", -1},
      {"واعتقل الأمن ناشطين في اليوم ذاته.", "اليوم ذاته", 0},
      {"وانسحبت القوات في اليوم نفسه.", "اليوم نفسه", 0},
      {"وقبل ذلك بيوم سقطت قذيفة على السوق.", "قبل ذلك بيوم", -1},
      {"وبعد ذلك بأسبوع عاد النازحون.", "بعد ذلك بأسبوع", 7},
      {"وبعد يومين اقتحم الجيش البلدة.", "بعد يومين", 2},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    std::string got;
    DateMention d = One(c.text, kPublished, &got);
    EXPECT_EQ(got, c.surface);
    EXPECT_TRUE(d.anaphoric);
    EXPECT_EQ(d.anaphor_days, c.days);
    EXPECT_FALSE(d.resolved);
    EXPECT_EQ(d.basis, DateBasis::kNone);
  }
}

TEST(DatesAnaphoricTest, DaysCountedFromPublicationAreUnchanged) {
  for (const char* text : {"قتل شخصان أمس الأول.", "قتل شخصان أمس.", "قتل شخصان قبل يومين.",
                           "Two people were killed the day before yesterday.", "Two people died two days ago."}) {
    SCOPED_TRACE(text);
    DateMention d = One(text);
    EXPECT_FALSE(d.anaphoric);
    EXPECT_TRUE(d.resolved);
    EXPECT_EQ(d.basis, DateBasis::kPublished);
  }
  // "two days after the attack": counted from the event named after it, not
  // from the one told before (DatesPriorTest).
  Doc named = RunText("جاء البيان بعد يومين من الهجوم على القاعدة.");
  for (const DateMention& d : named.dates) EXPECT_FALSE(d.anaphoric);
  // A count of months after بعد still counts from publication.
  DateMention months = One("ستجرى الانتخابات بعد شهرين.");
  EXPECT_FALSE(months.anaphoric);
  EXPECT_EQ(months.value, "2025-01");
}

// "وفرّقتها الشرطة بعد ساعة", "an hour later": hours after the act told
// before name no day of their own — never the publication day.
TEST(DatesAnaphoricTest, HoursAfterNameNoDay) {
  for (const char* text : {"وفرّقت الشرطة المعتصمين بعد ساعة.", "واندلع اشتباك بعد ساعتين في السوق.",
                           "Police dispersed them an hour later."}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(RunText(text).dates.empty());
  }
  // A count of days after بعد still counts from the event told before.
  EXPECT_TRUE(One("وبعد يومين اقتحم الجيش البلدة.").anaphoric);
}

// "N days after <event>": the event named next lies N days before the main
// clause's; the reader marks the words, the events stage dates that event.
TEST(DatesPriorTest, CountAfterNamesAnEarlierEvent) {
  struct Case { const char* text; const char* surface; int days; };
  const Case cases[] = {
      {"The talks resumed three days after gunmen shelled the port.", "three days after", -3},
      {"The ministry spoke a week after the raid on the camp.", "a week after", -7},
      {"Police sealed the area two hours after the blast.", "two hours after", 0},
      {"جاء البيان بعد يومين من الهجوم على القاعدة.", "بعد يومين من", -2},
      {"واستؤنفت المفاوضات بعد ثلاثة أيام من قصف الميناء.", "بعد ثلاثة أيام من", -3},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    std::string got;
    DateMention d = One(c.text, kPublished, &got);
    EXPECT_EQ(got, c.surface);
    EXPECT_TRUE(d.prior);
    EXPECT_FALSE(d.anaphoric);
    EXPECT_EQ(d.anaphor_days, c.days);
    EXPECT_FALSE(d.resolved);
    EXPECT_TRUE(d.value.empty());
  }
  // Without a named event after it, a count after بعد keeps its old readings.
  DateMention later = One("وبعد يومين اقتحم الجيش البلدة.");
  EXPECT_FALSE(later.prior);
  EXPECT_TRUE(later.anaphoric);
  // Months name a month, years a year.
  DateMention years = One("The town was rebuilt two years after the siege.");
  EXPECT_TRUE(years.prior);
  EXPECT_EQ(years.anaphor_days, -2);
  EXPECT_EQ(years.precision, DatePrecision::kYear);
  DateMention sanawat = One("عاد السكان إلى القرية بعد أربع سنوات من تهجيرهم.");
  EXPECT_TRUE(sanawat.prior);
  EXPECT_EQ(sanawat.anaphor_days, -4);
  EXPECT_EQ(sanawat.precision, DatePrecision::kYear);
  DateMention months = One("The town fell two months after the siege began.");
  EXPECT_TRUE(months.prior);
  EXPECT_EQ(months.anaphor_days, -2);
  EXPECT_EQ(months.precision, DatePrecision::kMonth);
}

// A part of a month named before it (the end, the start, the middle)
// licenses a month name that is also an ordinary word, as "in"/في does.
TEST(DatesTest, PartOfAMonthLicensesItsName) {
  ExpectResolved("The rebels took the hill town at the end of March.", "March", "2024-03", DatePrecision::kMonth,
                 DateBasis::kPublished, false);
  ExpectResolved("Fighting flared again in early May near the river.", "May", "2024-05", DatePrecision::kMonth,
                 DateBasis::kPublished, false);
  ExpectResolved("انسحب المقاتلون من البلدة أواخر مارس بعد معارك عنيفة.", "مارس", "2024-03", DatePrecision::kMonth,
                 DateBasis::kPublished, false);
  ExpectResolved("عادت القوات إلى مواقعها مطلع آب دون قتال.", "آب", "2024-08", DatePrecision::kMonth,
                 DateBasis::kPublished, false);
  // Joined to its month or year by a hyphen, the part word still licenses it.
  ExpectResolved("Gunmen seized the forest camp in mid-May.", "May", "2024-05", DatePrecision::kMonth,
                 DateBasis::kPublished, false);
  {
    std::string got;
    DateMention since = One("Gunmen have held the forest camp since mid-May.", kPublished, &got);
    EXPECT_EQ(since.value, "2024-05");
    EXPECT_TRUE(since.since);
  }
  ExpectResolved("Shelling of the border villages began in late-September.", "September", "2024-09",
                 DatePrecision::kMonth, DateBasis::kPublished, false);
  ExpectResolved("The mine was seized in mid-2023.", "2023", "2023", DatePrecision::kYear, DateBasis::kText, false);
  // Without such a word the ordinary words stay words.
  EXPECT_TRUE(RunText("They may march to the capital.").dates.empty());
  EXPECT_TRUE(RunText("A mid-May rally may go ahead.").dates.size() <= 1u);
  // A longer phrase still wins: أول أمس is the day before yesterday.
  ExpectResolved("وقعت الاشتباكات أول أمس قرب الحدود.", "أول أمس", "2024-11-28", DatePrecision::kDay,
                 DateBasis::kPublished, true);
}

}  // namespace
// An ordinal day word before من and a month is the day of that month (الثالث
// من تشرين الأول); before another noun it is only "the third".
// A day of the reference's month or the one before, named by الشهر الجاري /
// الماضي (or الجاري alone) instead of a month name. Published 2024-11-30.
TEST(DatesTest, ArabicDayOfThisOrLastMonth) {
  struct Case { const char* text; const char* value; };
  const Case cases[] = {
      {"اعتقلت الشرطة الناشط في 12 من الشهر الجاري.", "2024-11-12"},
      {"اعتقلت الشرطة الناشط في الخامس من الشهر الماضي.", "2024-10-05"},
      {"اعتقلت الشرطة الناشط يوم 21 الجاري.", "2024-11-21"},
      {"اعتقلت الشرطة الناشط في 31 من الشهر المنصرم.", "2024-10-31"},
  };
  for (const Case& c : cases) {
    Doc doc = RunText(c.text);
    ASSERT_EQ(doc.dates.size(), 1u) << c.text;
    EXPECT_EQ(doc.dates[0].value, c.value) << c.text;
    EXPECT_EQ(doc.dates[0].precision, DatePrecision::kDay) << c.text;
  }
  // No such day in the month: no date of a day.
  Doc bad = RunText("اعتقلت الشرطة الناشط في 31 من الشهر الجاري.");
  for (const DateMention& d : bad.dates) EXPECT_NE(d.precision, DatePrecision::kDay);
}

TEST(DatesTest, ArabicOrdinalDayOfAMonth) {
  ExpectResolved("أعلنت الهدنة في الثالث من تشرين الأول 2023.", "الثالث من تشرين الأول 2023", "2023-10-03",
                 DatePrecision::kDay, DateBasis::kText, false);
  ExpectResolved("وصلت القافلة في الحادي والعشرين من أيلول 2022.", "الحادي والعشرين من أيلول 2022", "2022-09-21",
                 DatePrecision::kDay, DateBasis::kText, false);
  ExpectResolved("انتهت المهلة في الثاني عشر من مارس 2021.", "الثاني عشر من مارس 2021", "2021-03-12",
                 DatePrecision::kDay, DateBasis::kText, false);
  EXPECT_TRUE(RunText("دخلت المعارك الأسبوع الثالث من القتال.").dates.empty());
  EXPECT_TRUE(RunText("قرأ الفصل الثالث من الكتاب.").dates.empty());
}


// A count of months or years after a month or year written earlier in the
// sentence counts from it, not from the report.
TEST(DatesCountedFromToldTest, MonthsAndYearsCountFromTheMonthWrittenBefore) {
  struct Case { const char* text; const char* value; DatePrecision precision; };
  const Case cases[] = {
      {"سيطر المتمردون على البلدة في آذار/مارس 2019 ثم طردهم الجيش منها بعد خمسة أشهر.", "2019-08",
       DatePrecision::kMonth},
      {"Rebels seized the port in October 2020 and the navy took it back four months later.", "2021-02",
       DatePrecision::kMonth},
      {"The militia entered the valley in 2011 and left it three years later.", "2014", DatePrecision::kYear},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Doc doc = RunText(c.text);
    ASSERT_EQ(doc.dates.size(), 2u);
    const DateMention& d = doc.dates[1];
    EXPECT_TRUE(d.resolved);
    EXPECT_EQ(d.value, c.value);
    EXPECT_EQ(d.precision, c.precision);
    EXPECT_EQ(d.basis, DateBasis::kText);
  }
  // In another sentence, بعد + months counts from the report again; "later"
  // alone names no date.
  Doc apart = RunText("سيطر المتمردون على البلدة في آذار/مارس 2019. وستجرى الانتخابات بعد شهرين.");
  ASSERT_EQ(apart.dates.size(), 2u);
  EXPECT_EQ(apart.dates[1].value, "2025-01");
  EXPECT_EQ(apart.dates[1].basis, DateBasis::kPublished);
  EXPECT_EQ(RunText("The army took the hill back two months later.").dates.size(), 0u);
  // A year alone gives no month to count months from.
  Doc year_only = RunText("Rebels seized the port in 2020 and lost it four months later.");
  EXPECT_EQ(year_only.dates.size(), 1u);
}

// A date right after a noun it names (a square, a street, a movement) is part
// of the name.
TEST(DatesTest, DateInsideAProperNameIsNoDate) {
  EXPECT_TRUE(RunText("احتشد المتظاهرون في ساحة 14 آذار وسط المدينة.").dates.empty());
  EXPECT_TRUE(RunText("أغلقت الشرطة جسر 6 أكتوبر أمام السيارات.").dates.empty());
  EXPECT_TRUE(RunText("دعت حركة 20 فبراير إلى مسيرة.").dates.empty());
  // The same date after a verb or في is one.
  EXPECT_EQ(RunText("احتشد المتظاهرون في 14 آذار وسط المدينة.").dates.size(), 1u);
}

}  // namespace marsad

namespace marsad {
namespace {

// Phrases are matched word by word, longest first: "the day before
// yesterday" wins over "the day before", which stands where the longer is
// not written out.
TEST(DatesPhraseTest, LongestPhraseGrownWordByWord) {
  ExpectResolved("Rebels shelled the depot the day before yesterday, officials said.", "the day before yesterday",
                 "2024-11-28", DatePrecision::kDay, DateBasis::kPublished, true);
  Doc doc = RunText("Rebels shelled the depot on Monday and the day before the truce.");
  std::vector<std::string> texts = Texts(doc);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "the day before"), texts.end()) << ::testing::PrintToString(texts);
  ExpectResolved("قصف المسلحون المستودع أول أمس وفق مصادر محلية.", "أول أمس", "2024-11-28", DatePrecision::kDay,
                 DateBasis::kPublished, true);
}


// "in November that year", في آب من العام نفسه: a month followed by words
// for "that year" is of the year the text named last, with those words.
TEST(DatesTest, MonthOfThatYear) {
  Doc en = RunText("The town recalls 2015: in March that year, rebels shelled the market.");
  ASSERT_FALSE(en.dates.empty());
  const DateMention& march = en.dates.back();
  EXPECT_EQ(en.OriginalText(march.span), "March that year");
  EXPECT_EQ(march.value, "2015-03");
  EXPECT_EQ(march.basis, DateBasis::kText);
  Doc ar = RunText("انتشرت القوات في المدينة في تموز 2019، وانسحبت منها في تشرين الثاني من العام نفسه.");
  ASSERT_FALSE(ar.dates.empty());
  const DateMention& nov = ar.dates.back();
  EXPECT_EQ(ar.OriginalText(nov.span), "تشرين الثاني من العام نفسه");
  EXPECT_EQ(nov.value, "2019-11");
  // With no year written before, the month keeps the reference's year.
  EXPECT_EQ(One("Rebels shelled the market in March that year.").value, "2024-03");
}

}  // namespace
}  // namespace marsad
