// An English toll word takes no count told after another event word joined
// to it by "and": that count is the other verb's object ("shooting six men
// dead and abducting 30 girls"). A count after an event word that is no verb
// joined so stays the toll's ("the toll from the clashes rose to 40").
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TollAfterJoinedVerbTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TollAfterJoinedVerbTest, TheAbductedAreNoDead) {
  Doc doc = test::ExtractAt(
      "Bandits raided a village near Gusau on Sunday, shooting six farmers dead and abducting at least 30 girls, police said.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* attack = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(test::Figures(attack->fatalities), "6/6/6");
}

TEST_F(TollAfterJoinedVerbTest, ATollFromClashesKeepsItsCount) {
  Doc doc = test::ExtractAt(
      "The death toll from clashes that erupted in Gusau on Sunday between the army and a militia has risen to 40, medics said.", 2026,
      3, 12);
  test::MaybeDump(doc);
  const Event* clash = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(test::Figures(clash->fatalities), "40/40/40");
}

}  // namespace
}  // namespace marsad
