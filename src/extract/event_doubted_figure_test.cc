// "…, a figure that could not be independently verified": the doubt is of
// the count, not of the act counted; an account that could not be verified
// still hedges the act.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DoubtedFigureTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DoubtedFigureTest, AnUnverifiedFigureLeavesTheActReported) {
  Doc doc = test::ExtractAt(
      "Cattle raiders attacked the village of Makol near Bor on Sunday, and a local official said 11 raiders were "
      "killed, a figure that could not be independently verified.",
      2026, 11, 25);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, NormalizeKey("attacked"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(DoubtedFigureTest, AnUnverifiedAccountStillHedgesTheAct) {
  Doc doc = test::ExtractAt(
      "Cattle raiders attacked the village of Makol near Bor on Sunday, residents said, an account that could not be "
      "independently verified.",
      2026, 11, 25);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, NormalizeKey("attacked"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

TEST_F(DoubtedFigureTest, AnArabicUnverifiedFigureLeavesTheActReported) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون قرية ماكول قرب مدينة بور يوم الأحد، وقال مسؤول محلي إن 11 مهاجماً قتلوا، وهو رقم لم يتسن التحقق "
      "منه.",
      2026, 11, 25);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "hedged");
}

}  // namespace
}  // namespace marsad
