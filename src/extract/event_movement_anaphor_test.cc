// "The movement" (الحركة) of a report that has named a movement (حركة …)
// is that movement; "the Popular Movement" (الحركة الشعبية) in Sudan is the
// SPLM-North. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventMovementAnaphorTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventMovementAnaphorTest, TheMovementIsThePakistaniTalibanNamedBefore) {
  Doc doc = test::ExtractAt(
      "تبنت حركة طالبان باكستان هجوماً على نقطة للجيش في بيشاور يوم الأحد. وقصفت الحركة مركزاً للشرطة في "
      "بيشاور مساء الاثنين.",
      2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "pak.ttp");
}

TEST_F(EventMovementAnaphorTest, TheMovementIsTheLatestNamedOfTwo) {
  Doc doc = test::ExtractAt(
      "قال مسؤول إن حركة الشباب لم تعلق على الهجوم. وفي الكونغو، هاجمت حركة 23 مارس بلدة ساكي يوم الثلاثاء، "
      "وقصفت الحركة مواقع للجيش في ساكي مساء الثلاثاء.",
      2026, 5, 13);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "cod.m23");
}

TEST_F(EventMovementAnaphorTest, NoMovementNamedNoMovementActor) {
  Doc doc = test::ExtractAt("قال شهود إن الحركة في السوق توقفت بعد انفجار عبوة ناسفة في مقديشو يوم الأحد.", 2026, 5, 11);
  test::MaybeDump(doc);
  for (const ActorMention& a : doc.actors) EXPECT_NE(a.id, "pak.ttp");
  for (const ActorMention& a : doc.actors) EXPECT_NE(a.id, "cod.m23");
}

TEST_F(EventMovementAnaphorTest, ThePopularMovementInSudanIsSplmNorth) {
  Doc doc = test::ExtractAt(
      "قال سكان إن قذائف أطلقتها الحركة الشعبية سقطت على سوق في مدينة الدلنج مساء الجمعة، ما أدى إلى مقتل ثلاثة "
      "مدنيين.",
      2026, 5, 9);
  test::MaybeDump(doc);
  bool found = false;
  for (const ActorMention& a : doc.actors) found = found || a.id == "sdn.splmn";
  EXPECT_TRUE(found);
}

TEST_F(EventMovementAnaphorTest, TheFullNameWithAnEnDashIsOneMentionNotATakingOfTerritory) {
  Doc doc = test::ExtractAt(
      "اتهمت الحركة الشعبية لتحرير السودان – شمال الجيش بقصف مواقعها قرب كادقلي يوم السبت.", 2026, 5, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Battles"), 0u);
  bool found = false;
  for (const ActorMention& a : doc.actors) found = found || a.id == "sdn.splmn";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace marsad
