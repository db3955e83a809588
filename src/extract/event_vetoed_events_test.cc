// Events that a veto dropped though the words told them: an agreement signed
// in a verb-first clause whose subject, day and place stand between the verb
// and the agreement; an agreement a relative clause says was concluded
// (اتفاق أبرمه الطرفان); a brawl fought with sticks, with no armed party; an
// English act done "since" the events told (had since set up a base); arrests
// "in the past week"; a verb after "that" and its subject.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class VetoedEventsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(VetoedEventsTest, AgreementSignedAfterALongSubjectAndItsDay) {
  Doc doc = test::ExtractAt(
      "وفي مدينة سبها، وقّع ممثلون عن الحكومة ووجهاء من قبيلتين متنازعتين، مساء الخميس، اتفاقاً لوقف القتال.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Agreement"), 1u);
}

TEST_F(VetoedEventsTest, AgreementTheRelativeClauseSaysWasConcluded) {
  Doc doc = test::ExtractAt(
      "وجرى يوم السبت تبادل عشرة أسرى بين الطرفين في مدينة مأرب، تنفيذاً لاتفاق أبرمه وسطاء محليون الأسبوع الماضي.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Agreement"), 1u);
}

TEST_F(VetoedEventsTest, AgreementNamedBareIsStillNoEvent) {
  Doc doc = test::ExtractAt("وقال السكان إن القصف على مدينة إدلب يوم الأحد يعد انتهاكاً للاتفاق.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Agreement"), 0u);
}

TEST_F(VetoedEventsTest, ClashesWithSticksBetweenYouthsAreAMob) {
  Doc doc = test::ExtractAt(
      "قُتل شخصان وأصيب آخرون في مواجهات بالعصي بين شبان من قريتين متجاورتين في مدينة كسلا مساء الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(VetoedEventsTest, PoliticalConfrontationWithNoArmsStaysNoEvent) {
  Doc doc = test::ExtractAt("وتشهد مدينة كسلا مواجهات سياسية بين الحزبين حول قانون الانتخابات.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 0u);
}

TEST_F(VetoedEventsTest, HadSinceSetUpIsNewsNotBackground) {
  Doc doc = test::ExtractAt(
      "The army retook the town of Goma on Tuesday. Residents said the rebels had since set up a new camp near Goma.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Headquarters or base established", "historical"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(VetoedEventsTest, SinceAPastActStillMarksBackground) {
  Doc doc = test::ExtractAt(
      "The town of Goma has been calm since the rebels set up a camp near it, residents said on Tuesday.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Headquarters or base established", "reported"), 0u);
}

// "in the past week" is the last week (a date), not "in the past" (history).
TEST_F(VetoedEventsTest, ArrestsInThePastWeekAreNews) {
  Doc doc = test::ExtractAt(
      "Police said on Monday they had arrested 40 suspected smugglers in the town of Kassala in the past week.", 2025,
      4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountWithStatus(doc, "Arrests", "historical"), 0u);
}

// "reports that soldiers raped two women": "that" opens a clause here, it
// makes no given noun of the verb; "that attack" still refers back.
TEST_F(VetoedEventsTest, ThatOpeningAClauseMakesNoReference) {
  Doc doc = test::ExtractAt(
      "The army took the village of Bara on Monday. An aid group said it had received reports that "
      "soldiers raped three women in Bara.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Sexual violence"), 1u);
}

}  // namespace
}  // namespace marsad
