// A death told as what led up to a protest (بعد وفاة، "after the death of")
// is its cause, not its toll: the protest stays a peaceful one, not
// excessive force against protesters (NoTollsOfGrievances runs before
// NoTollsOfPeacefulCrowds reads the dead). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class GrievanceOrderTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(GrievanceOrderTest, ArabicProtestAfterADeathIsNoCrackdown) {
  Doc doc = test::ExtractAt(
      "خرج مئات في مدينة الناظور يوم الأحد. وكانت المدينة قد شهدت احتجاجات واسعة في أيار 2019 بعد وفاة شاب داخل مركز للشرطة.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 0u);
}

TEST_F(GrievanceOrderTest, EnglishProtestAfterADeathIsNoCrackdown) {
  Doc doc = test::ExtractAt(
      "Hundreds marched in Kisumu on Sunday. The town saw mass protests in May 2019 after the death of a young man in "
      "police custody.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 0u);
}

}  // namespace
}  // namespace marsad
