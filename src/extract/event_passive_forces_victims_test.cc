// A passive toll word with a named doer ("two policemen were shot dead by
// gunmen", قُتل شرطيان برصاص مسلحين) is an event of its own: a force told as
// its victim is the side hit, and an armed side hit was fought (ACLED armed
// clash), not a civilian attacked. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PassiveForcesVictimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PassiveForcesVictimsTest, EnglishPolicemenShotDeadByGunmenWereFought) {
  Doc doc = test::ExtractAt("Three policemen were shot dead by gunmen in Peshawar on Sunday.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(PassiveForcesVictimsTest, ArabicSoldiersKilledByGunmenWereFought) {
  Doc doc = test::ExtractAt("قُتل ثلاثة جنود برصاص مسلحين مجهولين قرب مدينة بيشاور يوم الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(PassiveForcesVictimsTest, FarmersShotDeadByGunmenWereAttacked) {
  Doc doc = test::ExtractAt("Three farmers were shot dead by gunmen in Peshawar on Sunday.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

}  // namespace
}  // namespace marsad
