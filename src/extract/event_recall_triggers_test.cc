// Event words that found no event before: أوقف with a count of people
// (needs=count), "took … hostage" with the captives between, tribal
// reconciliation (جلسة صلح، عطوة) held or concluded, curfews written منع
// التجول, bans on women, calls to a "day of anger", stands organised
// (نظّم … وقفة), the internet cut off, a "state of exception", "take" with a
// town as its object (needs=place), an imperfect plural after أن read as
// its listed indicative (يرشقوا → يرشقون).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RecallTriggerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(RecallTriggerTest, StoppedPeopleCountedAreArrested) {
  Doc doc = test::ExtractAt("أوقفت الشرطة ستة شبان في مدينة وهران مساء السبت بتهمة سرقة محلات تجارية.", 2025, 4, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(RecallTriggerTest, CountRightAfterTheVerbWithTheSubjectBefore) {
  Doc doc = test::ExtractAt("وقال بيان إن الدرك أوقف تسعة مهربين قرب الحدود مع مالي يوم الخميس.", 2025, 4, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(RecallTriggerTest, PassiveStoppedDozensAreArrested) {
  Doc doc = test::ExtractAt("وفي مدينة كسلا، أُوقف العشرات عند مدخل السوق الكبير أمس واقتيدوا إلى مركز للشرطة.", 2025, 4, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(RecallTriggerTest, StoppingAThingIsNoArrest) {
  Doc doc = test::ExtractAt("أوقفت الشركة ضخ النفط عبر الأنبوب الرئيسي في مدينة البصرة يوم الأحد لأعمال صيانة.", 2025, 4, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
}

TEST_F(RecallTriggerTest, StoppingCountedGoodsIsNoArrest) {
  Doc doc = test::ExtractAt("أوقفت الشرطة ثلاث سيارات على الطريق بين مدينتي حمص وحماة يوم الأحد.", 2025, 4, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
}

TEST_F(RecallTriggerTest, TookCaptivesHostage) {
  Doc doc = test::ExtractAt("Gunmen stormed a bus station near Kano on Monday and took five travellers hostage, police said.",
                            2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(RecallTriggerTest, ReconciliationSessionHeld) {
  Doc doc = test::ExtractAt("وفي مدينة سوهاج، عُقدت أمس جلسة صلح بين عائلتين أنهت خصومة استمرت عشر سنوات.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Agreement"), 1u);
}

TEST_F(RecallTriggerTest, TribalTruceConcluded) {
  Doc doc = test::ExtractAt("وأبرم وجهاء العشيرتين عطوة لمدة شهرين في مدينة الناصرية أمس برعاية الشرطة.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Agreement"), 1u);
}

TEST_F(RecallTriggerTest, CurfewWrittenAsBanOnMoving) {
  Doc doc = test::ExtractAt("وأعلنت بلدية طرابلس منع التجول في المدينة بين العاشرة ليلاً والخامسة صباحاً.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

TEST_F(RecallTriggerTest, BanOnWomen) {
  Doc doc = test::ExtractAt("ومنعت السلطات المحلية النساء من دخول الأسواق في مدينة قندهار اعتباراً من الأحد.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

TEST_F(RecallTriggerTest, CallToADayOfAnger) {
  Doc doc = test::ExtractAt("ودعت أحزاب المعارضة إلى يوم غضب في مدينة صفاقس يوم الجمعة المقبل.", 2025, 4, 15);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
  EXPECT_EQ(test::FirstOfSub(doc, "Peaceful protest")->status, "intent");
}

TEST_F(RecallTriggerTest, OrganisedStand) {
  Doc doc = test::ExtractAt("نظم عشرات المعلمين وقفة أمام مبنى المحافظة في مدينة إربد أمس للمطالبة بزيادة الرواتب.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
}

TEST_F(RecallTriggerTest, InternetCut) {
  Doc doc = test::ExtractAt("Mobile internet was cut across Kherson on Monday evening, the governor said.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Other"), 1u);
}

TEST_F(RecallTriggerTest, StateOfException) {
  Doc doc = test::ExtractAt("The government declared a state of exception in Guayaquil on Tuesday for 60 days.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

TEST_F(RecallTriggerTest, TakingATownIsACapture) {
  Doc doc = test::ExtractAt("The rebels said on Monday that their fighters would soon take Kismayo.", 2025, 4, 15);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 1u);
  EXPECT_EQ(test::FirstOfSub(doc, "Non-state actor overtakes territory")->status, "intent");
}

TEST_F(RecallTriggerTest, TakingPartOrPlaceIsNoCapture) {
  Doc doc = test::ExtractAt(
      "The meeting took place in Kismayo on Monday, and elders from Baidoa took part in the talks.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(RecallTriggerTest, SubjunctivePluralReadAsItsIndicative) {
  Doc doc = test::ExtractAt("وحاول عشرات الشبان في مدينة بنغازي مساء الجمعة أن يرشقوا سيارات الشرطة بالحجارة.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
}

}  // namespace
}  // namespace marsad
