// A present-tense act held for weeks, months or years — وتحاصر القوات المدينة
// منذ أشهر، "the rebels have besieged the town for months" — is a state that
// goes on, background to the news, and no event. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class StandingStateTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(StandingStateTest, ArabicImperfectHeldForMonthsIsBackground) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nقتل سبعة مدنيين في قصف مدفعي على مدينة كادقلي أمس الأحد.\n"
      "وتحاصر الحركة المسلحة مدينة كادقلي منذ أشهر.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 0u);
  EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

// A place that "has been seeing" fights since a date a month or more back
// (وتشهد المنطقة منذ عام 2019 مواجهات متقطعة) tells a state going on, the
// date before the noun or after it; since this morning it is the news.
TEST_F(StandingStateTest, ArabicPlaceSeeingFightsSinceAnOldDateIsBackground) {
  for (const char* line : {"وتشهد جبال الشعانبي منذ عام 2019 مواجهات متقطعة بين الجيش ومجموعات مسلحة.",
                           "وتشهد جبال الشعانبي مواجهات متقطعة بين الجيش ومجموعات مسلحة منذ آب/أغسطس الماضي."}) {
    Doc doc = test::ExtractAt(std::string("date 2025-03-10\nقتل سبعة مدنيين في قصف مدفعي على مدينة القصرين أمس الأحد.\n") +
                                  line,
                              2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Armed clash"), 0u) << line;
    EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 1u) << line;
  }
  Doc today = test::ExtractAt(
      "date 2025-03-10\nوتشهد مدينة القصرين منذ صباح اليوم اشتباكات عنيفة بين الجيش ومجموعات مسلحة.", 2025, 3, 10);
  test::MaybeDump(today);
  EXPECT_EQ(CountSub(today, "Armed clash"), 1u);
}

TEST_F(StandingStateTest, EnglishPerfectHeldForMonthsIsBackground) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nShelling killed seven civilians in Kadugli on Sunday.\n"
      "The rebels have besieged Kadugli for months.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 0u);
  EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

// "has been attacked repeatedly since 2021": acts told again and again in
// the (passive) perfect since a date are a series going on, no act of a day;
// one attack on a day, told in the past, stays.
TEST_F(StandingStateTest, EnglishPassivePerfectRepeatedSinceADateIsBackground) {
  for (const char* line : {"Kafanchan has been attacked repeatedly since 2021, residents said.",
                           "Farms near Kafanchan have been raided several times since March, residents said.",
                           "Kafanchan has been shelled repeatedly since 2021, residents said."}) {
    Doc doc = test::ExtractAt(std::string("date 2025-06-10\nKADUNA - Police arrested four men near Zaria on Sunday.\n") +
                                  line,
                              2025, 6, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(doc.events.size(), 1u) << line;
    EXPECT_EQ(CountSub(doc, "Arrests"), 1u) << line;
  }
  Doc once = test::ExtractAt("date 2025-06-10\nKADUNA - Kafanchan was shelled on Sunday, residents said.", 2025, 6, 10);
  test::MaybeDump(once);
  EXPECT_EQ(CountSub(once, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(StandingStateTest, ArabicPresentVerbHoldingTheNounIsBackground) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nقتل سبعة مدنيين في قصف مدفعي على مدينة كادقلي أمس الأحد.\n"
      "وتفرض الحركة المسلحة حصاراً على مدينة كادقلي منذ أشهر.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 0u);
}

// The same siege told as begun on a day is news.
TEST_F(StandingStateTest, SiegeBegunOnADayStaysAnEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nقتل سبعة مدنيين في قصف مدفعي على مدينة كادقلي أمس الأحد.\n"
      "وفرضت الحركة المسلحة حصاراً على مدينة كادقلي يوم السبت.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Change to group/activity"), 1u);
}

// A present state with a since-date written as a calendar point began then:
// the takeover (or the protests) it tells is dated by that point, told as
// background. Fighting kept up since a date is a war going on, no dated act.
std::string StartDay(const Doc& doc, std::string_view trigger) {
  const Event* e = test::ExpectEvent(doc, trigger);
  if (e == nullptr || e->date < 0) return "none";
  return doc.dates[e->date].value + " " + e->status;
}

TEST_F(StandingStateTest, ArabicControlSinceAMonthIsTheTakeover) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nقتل ثلاثة مدنيين في هجوم على سوق مدينة بوصاصو أمس الخميس.\n"
      "ويسيطر مقاتلو التنظيم على بلدة قندلا منذ آذار/مارس 2024.",
      2025, 6, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(StartDay(doc, "يسيطر"), "2024-03 historical");
}

TEST_F(StandingStateTest, EnglishProtestsHeldSinceAMonthStartedThen) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nGunmen killed three traders in Kismayo on Thursday.\n"
      "Residents of Baidoa have protested every Sunday since January 2024 against the checkpoints.",
      2025, 6, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(StartDay(doc, "protested"), "2024-01 historical");
}

TEST_F(StandingStateTest, SinceDateOfAnotherNounDatesNoState) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nقتل ثلاثة مدنيين في هجوم على سوق مدينة بوصاصو أمس الخميس.\n"
      "ويسيطر مقاتلو التنظيم على بلدة قندلا منذ انسحاب الجيش في آذار/مارس 2024.",
      2025, 6, 20);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("يسيطر"));
  if (e != nullptr && e->date >= 0) { EXPECT_NE(doc.dates[e->date].value, "2024-03"); }
}

TEST_F(StandingStateTest, FightingSinceAMonthIsNoDatedAct) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nGunmen killed three traders in Kismayo on Thursday.\n"
      "The movement, which has fought the army since March 2019, denied any role.",
      2025, 6, 20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    if (e.date >= 0) { EXPECT_NE(doc.dates[e.date].value, "2019-03"); }
}

TEST_F(StandingStateTest, StateInARelativeClauseDatesNoAct) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nGunmen killed three traders in Kismayo on Thursday.\n"
      "The militants, who have besieged parts of Baidoa since 2016, did not comment.",
      2025, 6, 20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    if (e.date >= 0) { EXPECT_NE(doc.dates[e.date].value, "2016"); }
}

// "have repeatedly shelled … since March": the adverb of repetition before
// the verb (a `series_adverb` cue) with "since" after it is the same series
// as "repeatedly since" after the verb; without "since", or in the past
// tense on a day, the act stays.
TEST_F(StandingStateTest, AdverbOfRepetitionBeforeThePerfectWithSinceIsBackground) {
  for (const char* line : {"Militiamen have repeatedly raided farms near Kafanchan since March, residents said.",
                           "Gunmen have regularly attacked villages near Kafanchan since 2023, residents said."}) {
    Doc doc = test::ExtractAt(std::string("date 2025-06-10\nKADUNA - Police arrested four men near Zaria on Sunday.\n") +
                                  line,
                              2025, 6, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(doc.events.size(), 1u) << line;
    EXPECT_EQ(CountSub(doc, "Arrests"), 1u) << line;
  }
  Doc once = test::ExtractAt("date 2025-06-10\nKADUNA - Gunmen repeatedly attacked a village near Kafanchan on Sunday, residents said.",
                             2025, 6, 10);
  test::MaybeDump(once);
  EXPECT_EQ(once.events.size(), 1u);
}

}  // namespace
}  // namespace marsad
