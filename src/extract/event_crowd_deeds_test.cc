// What a crowd does beside its riot: burning joined by "and" to the riot's
// verb is the riot (event_folds.cc, joined_damage_host), even when the
// dropped subject was misread as the riot's object; a crowd that burns a
// person to death commits mob violence, not property destruction.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class CrowdDeedsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CrowdDeedsTest, ArabicBurningAfterStoningThePoliceIsTheRiot) {
  Doc doc = test::ExtractAt("وفي مدينة سوسة، رشق شبان غاضبون عناصر الشرطة بالحجارة وأحرقوا سيارة شرطة ومقراً لحزب حاكم يوم الجمعة.", 2025,
                            4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
}

TEST_F(CrowdDeedsTest, EnglishBurningAfterStoningThePoliceIsTheRiot) {
  Doc doc = test::ExtractAt("In Lubumbashi on Friday, rioters pelted police officers with stones and torched a patrol van.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
}

TEST_F(CrowdDeedsTest, GunmenWhoKillAndBurnStillCommitTwoEvents) {
  Doc doc = test::ExtractAt("قتل مسلحون ثلاثة رعاة قرب بلدة غاو يوم السبت وأحرقوا خيامهم.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

TEST_F(CrowdDeedsTest, ArabicAngryOnesBurningAManToDeathIsMobViolence) {
  Doc doc = test::ExtractAt("وبعد ساعات، أحرق غاضبون في البلدة امرأة حتى الموت بعد اتهامها بالسحر، وفق الشرطة.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
}

TEST_F(CrowdDeedsTest, ArabicBurningHousesStaysPropertyDestruction) {
  Doc doc = test::ExtractAt("أحرق مسلحون مجهولون منازل في قرية قرب بلدة غاو يوم الجمعة.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

TEST_F(CrowdDeedsTest, AngryAfterProtestersDescribesThemOnly) {
  Doc doc = test::ExtractAt("أغلق محتجون غاضبون الطريق الرئيسي في مدينة صفاقس يوم الأحد احتجاجاً على انقطاع المياه.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_event_type, "Riots");
    EXPECT_EQ(e.actor2.actor, -1);
  }
}

TEST_F(CrowdDeedsTest, ArabicPresentStoningAfterAMarchIsTheRiot) {
  Doc doc = test::ExtractAt(
      "سار مئات العمال في مدينة المنستير يوم الاثنين للمطالبة برواتبهم، قبل أن يرشق بعضهم عناصر الشرطة بالحجارة.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

TEST_F(CrowdDeedsTest, ArabicTheftAPersonIsAccusedOfIsNoLooting) {
  Doc doc = test::ExtractAt("وفي بلدة قريبة من مدينة كانو، انهال حشد من السكان بالضرب على رجل اتهموه بسرقة دراجة نارية مساء الجمعة.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
}

TEST_F(CrowdDeedsTest, ArabicManAccusedOfTheftIsNoLooting) {
  Doc doc = test::ExtractAt("وفي مدينة كانو، ضرب سكان غاضبون رجلاً متهم بسرقة هاتف حتى الموت يوم السبت.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
}

}  // namespace
}  // namespace marsad
