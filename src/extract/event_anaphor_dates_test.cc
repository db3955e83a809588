// "during the fighting", خلال الاشتباكات (an `event_anaphor` cue, its kind an
// ACLED event type): the noun refers back to the latest event of that kind
// told before, so a sentence with no day of its own takes that event's day,
// not the day of the act told right before it. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventAnaphorDatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

std::string DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  if (!e || e->date < 0) return "";
  return doc.dates[e->date].value;
}

// Published Saturday 2024-11-30: Tuesday is the 26th, Thursday the 28th.
TEST_F(EventAnaphorDatesTest, EnglishDuringTheFightingTakesTheFightsDay) {
  Doc doc = test::ExtractAt(
      "Soldiers and rebels clashed for hours in farmland outside Goma on Tuesday, residents said. "
      "Police arrested four suspected looters in Goma on Thursday. "
      "Several women were raped during the fighting, a local doctor said.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "clashed"), "2024-11-26");
  EXPECT_EQ(DayOf(doc, "arrested"), "2024-11-28");
  EXPECT_EQ(DayOf(doc, "raped"), "2024-11-26");
}

// A noun of no kind the cue names ("during the night") keeps the day told
// right before.
TEST_F(EventAnaphorDatesTest, EnglishOtherNounKeepsTheLatestDay) {
  Doc doc = test::ExtractAt(
      "Soldiers and rebels clashed for hours in farmland outside Goma on Tuesday, residents said. "
      "Police arrested four suspected looters in Goma on Thursday. "
      "Several women were raped during the night, a local doctor said.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "raped"), "2024-11-28");
}

// The latest fight told is the one meant even when it has no day of its own
// (the report's day): the noun does not reach back past it to an older
// fight that has one.
TEST_F(EventAnaphorDatesTest, EnglishDuringTheFightingTakesTheLatestFightUndated) {
  Doc doc = test::ExtractAt(
      "Soldiers and rebels clashed for hours in farmland outside Goma on Tuesday, residents said. "
      "Separately, soldiers and rebels clashed near the Sake road, a local official said. "
      "Several women were raped during the fighting, a local doctor said.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "raped"), "");
}

TEST_F(EventAnaphorDatesTest, ArabicDuringTheClashesTakesTheClashesDay) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات بين الجيش ومسلحين في بلدة تلكلخ يوم الثلاثاء. "
      "واعتقلت الشرطة أربعة مطلوبين في حمص يوم الخميس. "
      "وقال سكان إن مسلحين أحرقوا منازل في تلكلخ خلال الاشتباكات.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "اعتقلت"), "2024-11-28");
  EXPECT_EQ(DayOf(doc, "أحرقوا"), "2024-11-26");
}

}  // namespace
}  // namespace marsad
