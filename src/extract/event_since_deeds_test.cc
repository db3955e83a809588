// Dates of background and planned acts: the act a since-phrase runs from,
// told with a year or a month of its own, is a past deed (historical, dated
// by that phrase's date); the start of a run (منذ اندلاع القتال) is still no
// event; an act vowed with the participle متوعداً/متوعدة is a plan, dated on
// the report's day. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SinceDeedsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SinceDeedsTest, ArabicActAfterSinceWithItsYearIsAHistoricalDeed) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nافتتح الجيش قاعدة جديدة في مدينة بيدوا يوم الخميس، هي الأولى في المنطقة منذ خطف "
      "المسلحين عشرات التلاميذ من مدرسة في المدينة عام 2019.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "خطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "historical");
  EXPECT_EQ(test::DayOf(doc, "خطف"), "2019");
}

TEST_F(SinceDeedsTest, EnglishActAfterSinceWithItsMonthIsAHistoricalDeed) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nThe army opened a new base in Baidoa on Thursday, the first in the region since the "
      "massacre of dozens of villagers in Baidoa in August 2024.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "massacre");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "historical");
  EXPECT_EQ(test::DayOf(doc, "massacre"), "2024-08");
}

TEST_F(SinceDeedsTest, TheFallOfARegimeAfterSinceIsNoCapture) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nتعثرت المفاوضات بين الفصائل في مدينة بيدوا منذ سقوط النظام السابق في كانون الأول/ديسمبر "
      "2024.",
      2026, 11, 20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_EQ(e.acled_event_type == "Battles", false) << e.acled_sub_event_type;
}

TEST_F(SinceDeedsTest, TheFallOfATownAfterSinceIsAHistoricalCapture) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nThousands have fled the region since the fall of Baidoa in August 2024, aid agencies said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "fall of");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "historical");
  EXPECT_EQ(test::DayOf(doc, "fall of"), "2024-08");
}

TEST_F(SinceDeedsTest, TheStartOfARunAfterSinceIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nوقال مسؤول إن أكثر من مئة شخص قتلوا في مدينة بيدوا منذ اندلاع القتال في آذار/مارس "
      "2024.",
      2026, 11, 20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Armed clash") << "القتال";
}

TEST_F(SinceDeedsTest, ActVowedWithTheParticipleIsAPlanOfTheReportsDay) {
  Doc doc = test::ExtractAt(
      "date 2026-11-24\nأعلنت الحركة أن مقاتليها سيطروا يوم السبت على بلدة بيدوا، متوعدة بمواصلة التقدم نحو "
      "مدينة بلدوين.",
      2026, 11, 24);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "التقدم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  EXPECT_EQ(test::DayOf(doc, "التقدم"), "");
}

}  // namespace
}  // namespace marsad
