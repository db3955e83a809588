// "The gunmen" (المسلحون) told again after gunmen a partitive or a guise
// gave a group (مسلحون من حركة الشباب) are that group; gunmen told again
// without the article are new ones. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventUnnamedAnaphorTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventUnnamedAnaphorTest, TheGunmenAreTheGroupGivenBefore) {
  Doc doc = test::ExtractAt(
      "نصب مسلحون من حركة الشباب كميناً لحافلة ركاب قرب بلدة جوهر صباح الأحد. وقال مسؤول محلي إن قوات الأمن "
      "اشتبكت مع المسلحين قرب بلدوين مساء الأحد.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتبكت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "som.shabaab");
}

TEST_F(EventUnnamedAnaphorTest, GuiseGroupCarriesToTheArticle) {
  Doc doc = test::ExtractAt(
      "خطف مسلحون يعتقد أنهم من جيش تحرير أورومو تسعة تجار على طريق نقمتي يوم الاثنين. وأعلنت الشرطة أن عناصرها "
      "اشتبكوا مع المسلحين قرب أمبو يوم الثلاثاء.",
      2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتبكوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "eth.ola");
}

TEST_F(EventUnnamedAnaphorTest, CountedGunmenOfAGroupToo) {
  Doc doc = test::ExtractAt(
      "قال الجيش الكيني إن جنديين قتلا و15 مسلحاً من حركة الشباب لقوا حتفهم في هجوم شنه المسلحون على قاعدة قرب "
      "بلدة مانديرا فجر الجمعة.",
      2026, 5, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
}

TEST_F(EventUnnamedAnaphorTest, GunmenWithoutTheArticleAreOthers) {
  Doc doc = test::ExtractAt(
      "نصب مسلحون من حركة الشباب كميناً لحافلة ركاب قرب بلدة جوهر صباح الأحد. وفي مقديشو، اشتبكت الشرطة مع "
      "مسلحين مجهولين مساء الأحد.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتبكت");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor2), "som.shabaab");
}

}  // namespace
}  // namespace marsad
