// Arabic dates of an earlier act told after the event word: the captivity of
// the people released (أفرجت عن شبان اعتقلوا الشهر الماضي) and a pluperfect
// (كان قد تحوّل في أيلول الماضي إلى اشتباك) own the date told after them, so
// it dates neither the release nor the deal, nor makes them past deeds.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventEarlierActDatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Find(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  return e;
}

std::string DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = Find(doc, trigger);
  if (!e || e->date < 0) return "";
  return doc.dates[e->date].value;
}

// Published Saturday 2024-11-30: Wednesday is the 27th, Thursday the 28th,
// Friday the 29th; last month is 2024-10.
TEST_F(EventEarlierActDatesTest, ReleaseOfMenArrestedLastMonthIsNotDatedByTheArrest) {
  Doc doc = test::ExtractAt(
      "قتل مسلحون ثلاثة رعاة قرب مدينة زندر يوم الخميس. "
      "وفي زندر، أفرجت السلطات عن 25 شاباً اعتقلوا الشهر الماضي بتهمة التظاهر، بعد وساطة قادها زعماء محليون.",
      2024, 11, 30);
  EXPECT_NE(DayOf(doc, "أفرجت"), "2024-10");
  const Event* e = Find(doc, "أفرجت");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(std::string(e->status), "historical");
}

// An arrest joined to the release by و is an act of the story: its day is
// the release's too.
TEST_F(EventEarlierActDatesTest, ReleaseJoinedToAnArrestKeepsTheDay) {
  Doc doc = test::ExtractAt("أفرجت السلطات في زندر عن شابين واعتقلت خمسة آخرين يوم الأربعاء.", 2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "أفرجت"), "2024-11-27");
}

TEST_F(EventEarlierActDatesTest, PluperfectAfterTheDealOwnsItsMonth) {
  Doc doc = test::ExtractAt(
      "وفي بلدة سنجار، وقّع وجهاء عشيرتين، يوم الجمعة، وثيقة صلح أنهت خلافاً على بئر ماء كان قد تحوّل في "
      "أيلول الماضي إلى اشتباك مسلح.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "وثيقة صلح"), "2024-11-29");
}

// The month set off by commas inside the pluperfect (كان قد تصاعد، في
// أيلول الماضي، إلى …) is an aside of that clause, no new clause: the deal
// signed is not dated by it.
TEST_F(EventEarlierActDatesTest, AMonthSetOffByCommasInThePluperfectIsItsOwn) {
  Doc doc = test::ExtractAt(
      "وقّع وجهاء عشيرتين في بلدة سنجار وثيقة صلح أنهت خلافاً على بئر ماء كان قد تصاعد، في أيلول الماضي، إلى "
      "اشتباك مسلح.",
      2024, 11, 30);
  EXPECT_NE(DayOf(doc, "وثيقة صلح"), "2024-09");
}

// A pluperfect set off by commas (، كانوا قد هددوا سكانها بالانتقام،) owns
// no date past its closing comma: وذلك فجر يوم الأحد dates the attack.
// Published Thursday 2026-03-12: Sunday is the 8th.
TEST_F(EventEarlierActDatesTest, ADateAfterAPluperfectAsideDatesTheEvent) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة مدنيين في هجوم شنه مسلحون على قرية في ولاية زمفرا، كانوا قد هددوا سكانها بالانتقام، وذلك فجر يوم "
      "الأحد.",
      2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(DayOf(doc, "هجوم"), "2026-03-08");
}

}  // namespace
}  // namespace marsad
