// A sentence that كان، كانت، كانوا open with an imperfect (وكان الأهالي
// يطالبون …: a state that went on, the `backstory` cue) steps back from the
// story; a later sentence without a day of its own goes on with the story and
// takes the day told before the backstory, not a day of an act the backstory
// names. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class BackstoryDatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

std::string DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  if (!e || e->date < 0) return "";
  return doc.dates[e->date].value;
}

// Published Saturday 2024-11-30: أمس الجمعة is the 29th; الأسبوع الماضي
// begins on Monday the 18th.
TEST_F(BackstoryDatesTest, SentenceAfterABackstoryTakesTheStorysDay) {
  Doc doc = test::ExtractAt(
      "فرّقت الشرطة بالغاز المسيل للدموع اعتصاماً لأهالي معتقلين أمام مبنى المحافظة في الموصل أمس الجمعة. "
      "وكان الأهالي يطالبون بالكشف عن مصير شبان قالوا إن عناصر أمن اعتقلتهم في الموصل الأسبوع الماضي. "
      "وقالت الشرطة إنه لم يُعتقل أي من المعتصمين.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "فرّقت"), "2024-11-29");
  EXPECT_EQ(DayOf(doc, "اعتقلتهم"), "2024-11-18");  // the backstory's act keeps its own day
  EXPECT_EQ(DayOf(doc, "يُعتقل"), "2024-11-29");
}

// Without the opening كان the same sentence is the story's: the next one goes
// on with its day.
TEST_F(BackstoryDatesTest, SentenceWithoutKanaIsNoBackstory) {
  Doc doc = test::ExtractAt(
      "فرّقت الشرطة بالغاز المسيل للدموع اعتصاماً لأهالي معتقلين أمام مبنى المحافظة في الموصل أمس الجمعة. "
      "وقال الأهالي إن عناصر أمن اعتقلت شباناً في الموصل الأسبوع الماضي. "
      "وقالت الشرطة إنه لم يُعتقل أي من المعتصمين.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "اعتقلت"), "2024-11-18");
  EXPECT_EQ(DayOf(doc, "يُعتقل"), "2024-11-18");
}

// كان … قد and a verb is a pluperfect deed of the story itself (the protest
// the police then speak of), no backstory: the next sentence keeps its day.
TEST_F(BackstoryDatesTest, PluperfectWithQadIsNoBackstory) {
  Doc doc = test::ExtractAt(
      "أسقطت قوات حرس الحدود طائرة مسيّرة قرب الموصل فجر اليوم. "
      "وكانت المدينة قد شهدت مساء الأربعاء احتجاجات رشق خلالها محتجون قوات الأمن بالحجارة. "
      "ونفت الشرطة اعتقال أي من المشاركين في الاحتجاجات.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "رشق"), "2024-11-27");
  EXPECT_EQ(DayOf(doc, "اعتقال"), "2024-11-27");
}

}  // namespace
}  // namespace marsad
