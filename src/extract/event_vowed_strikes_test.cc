// A threatened act told by a generic word (ضرب، "attacks": an Armed clash by
// default) whose doer's last act told before it in the report, of a battle,
// an air or drone strike or a shelling, was a strike or a shelling is more of
// that kind (event_folds.cc VowedStrikesOfTheirKind). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class VowedStrikesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(VowedStrikesTest, ArabicVowToKeepStrikingAfterADroneStrikeIsAnAirStrike) {
  Doc doc = test::ExtractAt(
      "شنت طائرة مسيّرة إسرائيلية غارة على دراجة نارية قرب بلدة عيتا الشعب ظهر اليوم، ما أدى إلى مقتل شخص. "
      "وتوعد الجيش الإسرائيلي بمواصلة ضرب أي هدف لحزب الله في المنطقة.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Air/drone strike", "intent"), 1u);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 0u);
}

TEST_F(VowedStrikesTest, ArabicVowAfterAShellingAndAStunGrenadeIsAShelling) {
  Doc doc = test::ExtractAt(
      "قصفت المدفعية الإسرائيلية صباح اليوم أطراف بلدة كفركلا بعدة قذائف. وألقت قوة إسرائيلية قنبلة صوتية قرب "
      "مزارعين في البلدة. وتوعد الجيش الإسرائيلي بمواصلة ضرب أي تهديد في جنوب لبنان.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Shelling/artillery/missile attack", "intent"), 1u);
}

TEST_F(VowedStrikesTest, ArabicVowAfterAClashStaysAClash) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات عنيفة بين الجيش الإسرائيلي ومقاتلين من حزب الله قرب بلدة عيتا الشعب صباح اليوم. "
      "وتوعد الجيش الإسرائيلي بمواصلة ضرب أي هدف لحزب الله في المنطقة.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Air/drone strike", "intent"), 0u);
  EXPECT_EQ(test::CountWithStatus(doc, "Shelling/artillery/missile attack", "intent"), 0u);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 1u);
}

}  // namespace
}  // namespace marsad
