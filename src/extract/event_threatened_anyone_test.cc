// A threatened act of violence on whoever defies the threat ("threatening to
// kill anyone who does", توعدت بقتل أي شخص: an `indefinite_victim` cue right
// after its word) falls on civilians: violence against civilians / Attack
// told ahead, not a battle with the threatening party's usual opponent. A
// threat aimed at an armed party stays a battle. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ThreatenedAnyoneTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ThreatenedAnyoneTest, ThreatToKillAnyoneIsAnAttackOnCivilians) {
  Doc doc = test::ExtractAt(
      "Al-Shabaab warned traders in Afgoye against paying taxes to the district, threatening to kill anyone who does.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(ThreatenedAnyoneTest, WouldAttackAnyoneIsAnAttackOnCivilians) {
  Doc doc = test::ExtractAt("Al-Shabaab said it would attack anyone who votes in the elections in Bay region.", 2026,
                            11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(ThreatenedAnyoneTest, ArabicThreatToKillAnyoneIsAnAttackOnCivilians) {
  Doc doc = test::ExtractAt("توعدت حركة الشباب في بيان بقتل أي شخص يعمل مع الإدارة المحلية في إقليم باي.", 2026, 11,
                            20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(ThreatenedAnyoneTest, ThreatToAttackArmyBasesStaysABattle) {
  Doc doc = test::ExtractAt("Al-Shabaab said it would attack army bases in Bay region.", 2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(ThreatenedAnyoneTest, ArabicThreatToTargetWhoeverCooperatesIsAnAttackOnCivilians) {
  // استهداف كل من يتعاون: a generic word whose object is whoever defies the threat.
  Doc doc = test::ExtractAt("وهددت الجماعة في بيانها باستهداف كل من يتعامل مع الشرطة من سكان مدينة بانو.", 2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  EXPECT_EQ(doc.events[0].status, "intent");
}

}  // namespace
}  // namespace marsad
