// Arabic wordings of a new post, a seizure and a destruction the trigger
// lexicon lacked (data/ar/event_triggers.tsv): the verbal noun افتتاح with a
// base word, a new position (موقعاً جديداً) set up by troops, mobile homes
// set up by settlers, the dual in the construct state (بندقيتي) as a seized
// weapon, and أتلف (destroyed fields or goods). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ArabicNewPostsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ArabicNewPostsTest, OpeningABaseToldAsAVerbalNounIsABase) {
  Doc doc = test::ExtractAt("أعلن قائد المنطقة العسكرية أمس افتتاح قاعدة متقدمة للجيش في بلدة تيلابيري.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(ArabicNewPostsTest, TroopsDeployedAtANewPointSetUpAPost) {
  Doc doc = test::ExtractAt("قال الجيش إن وحداته انتشرت صباح الأحد في نقطة جديدة قرب بلدة كفركلا الحدودية.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(ArabicNewPostsTest, TroopsSettingUpANewPositionIsABase) {
  Doc doc = test::ExtractAt("أقام الجيش الإسرائيلي صباح أمس موقعاً جديداً قرب بلدة عبسان شرقي خان يونس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(ArabicNewPostsTest, SettlersSettingUpMobileHomesIsABase) {
  Doc doc = test::ExtractAt("نصب مستوطنون مسلحون أمس بيوتاً متنقلة على أرض زراعية قرب قرية سنجل شمال رام الله.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(ArabicNewPostsTest, ProtestersPitchingTentsIsNoBase) {
  Doc doc = test::ExtractAt("نصب عشرات المحتجين خياماً أمام مقر الولاية في مدينة قفصة أمس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 0u);
}

TEST_F(ArabicNewPostsTest, DualInTheConstructStateIsASeizedWeapon) {
  Doc doc = test::ExtractAt("وأضاف الحرس الوطني أنه حجز خلال المداهمة بندقيتي صيد، وأوقف رجلين قرب مدنين.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(ArabicNewPostsTest, DestroyingFieldsIsPropertyDestruction) {
  Doc doc = test::ExtractAt("أتلفت قوات الأمن أمس عشرات الهكتارات من الحقول في قرية قرب قندهار.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

}  // namespace
}  // namespace marsad
