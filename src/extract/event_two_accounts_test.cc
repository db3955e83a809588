// Two clash words of one sentence, one dyad, place and day, each with its
// toll and a source named between them, both told as having happened, are two
// accounts of one battle (event_unit.cc SameEvent, TwoAccounts): one event,
// the smaller figure its low and best, the larger its high — their sum when
// the two counts name two sides. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TwoAccountsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TwoAccountsTest, AClaimAndTheStatesCountOfOneAttackAreOneClash) {
  Doc doc = test::ExtractAt(
      "Jaish al-Adl claimed an attack on a border post in Saravan on Thursday, saying its fighters had killed nine "
      "guards, while state television said three guards were killed and the attackers repelled.",
      2026, 11, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->low, 3);
  EXPECT_EQ(e->fatalities->best, 3);
  EXPECT_EQ(e->fatalities->high, 9);
}

TEST_F(TwoAccountsTest, ArabicClaimAndTheArmysCountOfOneAttackAreOneClash) {
  Doc doc = test::ExtractAt(
      "تبنت حركة الشباب هجوماً على قاعدة عسكرية في بلدة بارديري يوم الخميس وقالت إن مقاتليها قتلوا 20 جندياً، "
      "بينما قال الجيش الصومالي إن أربعة جنود قتلوا وإن قواته صدت الهجوم.",
      2026, 11, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 4);
  EXPECT_EQ(e->fatalities->high, 20);
}

TEST_F(TwoAccountsTest, TwoSourcesCountingTwoSidesAddUpAtTheTop) {
  Doc doc = test::ExtractAt(
      "Eleven soldiers were killed in an attack by Boko Haram fighters on an army base in Diffa on Saturday, "
      "security sources said, while the defence ministry said 30 of the attackers were killed as troops repelled "
      "the assault.",
      2026, 11, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 11);
  EXPECT_EQ(e->fatalities->high, 41);
}

// A bare plural of the doers right after the count ("25 attackers", an
// `attacker_count` cue) counts the attacking side as "25 of the attackers"
// does: the two sources' counts of two sides add up at the top.
TEST_F(TwoAccountsTest, BareAttackersAfterTheCountAreTheOtherSide) {
  Doc doc = test::ExtractAt(
      "Nine policemen were killed in an attack by bandits on a police station in Zurmi on Tuesday, local sources "
      "said, while the state police command said 14 attackers were killed as officers repelled the assault.",
      2026, 11, 17);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 9);
  EXPECT_EQ(e->fatalities->high, 23);
}

TEST_F(TwoAccountsTest, ArabicBareAttackersAfterTheCountAreTheOtherSide) {
  Doc doc = test::ExtractAt(
      "قتل ستة جنود في هجوم شنه مسلحون على مركز للشرطة في بلدة تيلابيري يوم الأربعاء، بحسب مصادر محلية، فيما "
      "قالت قيادة الشرطة إن 20 مهاجماً قتلوا أثناء صد الهجوم.",
      2026, 11, 18);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 6);
  EXPECT_EQ(e->fatalities->high, 26);
}

}  // namespace
}  // namespace marsad
