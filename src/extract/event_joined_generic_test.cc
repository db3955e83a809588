// A generic word joined by "and" to the violent act before it, with no
// subject of its own, goes on telling that act. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountType;

class JoinedGenericTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(JoinedGenericTest, ArabicDroneTargetedAndHitIsOneStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nاستهدفت طائرة مسيّرة نقطة عسكرية في محيط بعقوبة أمس وأصابت جنديين.", 2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
}

TEST_F(JoinedGenericTest, ArabicSpecificStrikeAndHitIsOneStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقالت وزارة الدفاع إن طائرة مسيّرة استهدفت نقطة عسكرية في محيط بعقوبة أمس وأصابت جنديين.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
}

TEST_F(JoinedGenericTest, ArabicAttackWithAnotherNamedDoerStaysTwo) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقصفت المدفعية قرية قرب بعقوبة صباح أمس، وهاجم مسلحون مركزاً للشرطة في الموصل مساء اليوم "
      "نفسه.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
}

}  // namespace
}  // namespace marsad
