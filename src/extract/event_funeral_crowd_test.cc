// State forces that fire on mourners or at a funeral put down a gathering
// (ACLED: excessive force against protesters); gunmen firing on mourners,
// or a strike from the air on a funeral, keep their own type. Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FuneralCrowdTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FuneralCrowdTest, PoliceFiringOnMournersIsExcessiveForce) {
  Doc doc = test::ExtractAt("Police opened fire on mourners in Kassala on Tuesday, killing three people, witnesses said.", 2026,
                            3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(FuneralCrowdTest, ArabicSecurityForcesFiringOnAFuneral) {
  Doc doc = test::ExtractAt("أطلقت قوات الأمن النار على المشيعين في مدينة كسلا يوم الثلاثاء، ما أدى إلى مقتل شخصين.", 2026, 3,
                            12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 1u);
}

TEST_F(FuneralCrowdTest, GunmenFiringOnMournersAttackCivilians) {
  Doc doc = test::ExtractAt("Gunmen opened fire on mourners in Kassala on Tuesday, killing three people, witnesses said.",
                            2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 0u);
}

TEST_F(FuneralCrowdTest, AnAirStrikeOnAFuneralStaysAStrike) {
  Doc doc = test::ExtractAt("An air strike hit a funeral in Kassala on Tuesday, killing 12 mourners, medics said.", 2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

}  // namespace
}  // namespace marsad
