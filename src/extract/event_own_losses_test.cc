// A side's own dead told as a loss ("losing two soldiers", "lost three of
// their own", فيما سقط لها جنديان) add to the toll of the fight told beside them; a loss of
// things or ground counts nobody. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventOwnLossesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventOwnLossesTest, AttackersKilledAndSoldiersLostAddUp) {
  Doc doc = test::ExtractAt(
      "date 2026-06-02\nThe army said it had repelled a rebel attack on its base near Bunia on Sunday, killing 12 "
      "attackers and losing four soldiers.",
      2026, 6, 2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "repelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "16/16/16");
}

TEST_F(EventOwnLossesTest, LostOfTheirOwnAddsUp) {
  Doc doc = test::ExtractAt(
      "date 2026-06-02\nMilitia fighters ambushed a police convoy near Kajo Keji on Monday and killed five "
      "officers, but lost two of their own, a local official said.",
      2026, 6, 2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "7/7/7");
}

TEST_F(EventOwnLossesTest, LostGroundCountsNobody) {
  Doc doc = test::ExtractAt(
      "date 2026-06-02\nRebels attacked army positions near Bunia on Sunday and killed three soldiers; the army "
      "lost two villages in the fighting.",
      2026, 6, 2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "3/3/3");
}

TEST_F(EventOwnLossesTest, ArabicFallenToTheSideAddUp) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش أن قواته صدت هجوماً للمتمردين على مواقعها قرب بونيا أمس الأحد، وقتلت عشرة من المهاجمين، فيما "
      "سقط لها جنديان.",
      2026, 6, 2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "صدت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "12/12/12");
}

}  // namespace
}  // namespace marsad
