// A place a party holds (`held_site`: مواقع، مقرات، معاقل) right after an
// Arabic verb of attack is its object, and the party named right after it
// owns what was hit: the side struck (actor 2), not the verb's VSO subject;
// the doer is the party told before the verb (ردّ الجيش بقصف مواقع X).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class HeldSitesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(HeldSitesTest, TheArmyThatAnswersShellsTheGroupsPositions) {
  Doc doc = test::ExtractAt("ورد الجيش الصومالي بقصف مواقع حركة الشباب قرب بلدة بلعد مساء الخميس.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(doc.actors[e->actor1.actor].id, "som.sna");
  ASSERT_GE(e->actor2.actor, 0);
  EXPECT_EQ(doc.actors[e->actor2.actor].id, "som.shabaab");
}

TEST_F(HeldSitesTest, TheOwnerOfTheHeadquartersIsTheSideStruck) {
  Doc doc = test::ExtractAt("وقامت القوات الحكومية بقصف مقرات حركة الشباب في إقليم شبيلي السفلى.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor2.actor, 0);
  EXPECT_EQ(doc.actors[e->actor2.actor].id, "som.shabaab");
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_NE(doc.actors[e->actor1.actor].id, "som.shabaab");
}

}  // namespace
}  // namespace marsad
