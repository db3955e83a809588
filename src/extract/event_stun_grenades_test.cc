// A stun grenade (قنبلة صوتية) thrown with no crowd about is a grenade; in
// the sentence of a crowd's event it is how the force broke the crowd up,
// part of that event (DispersalWithNoCrowd). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class StunGrenadesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(StunGrenadesTest, ArabicStunGrenadeNearShepherdsIsAGrenade) {
  Doc doc = test::ExtractAt("الخليل – ألقت قوة إسرائيلية قنبلة صوتية قرب رعاة في بلدة يطا صباح اليوم.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 1u);
}

TEST_F(StunGrenadesTest, ArabicStunGrenadeOnProtestersIsTheIntervention) {
  Doc doc = test::ExtractAt("الخليل – ألقت الشرطة قنبلة صوتية لتفريق المتظاهرين أمام مبنى البلدية في الخليل صباح اليوم.",
                            2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 1u);
}

}  // namespace
}  // namespace marsad
