// A protest named only as who its organisers are (اعتقلوا خمسة من منظمي
// الاحتجاج، قال أحد منظمي التظاهرة) or as the part someone took in it (بعد
// مشاركتهن في احتجاج) is a reference, no protest told (`not_event` rows of
// scope `next`). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ProtestNamedTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ProtestNamedTest, ArabicOrganisersOfTheProtestNameNoProtest) {
  Doc doc = test::ExtractAt("اعتقلت الشرطة في مدينة إربد يوم الثلاثاء أربعة من منظمي الاحتجاج في منازلهم.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(ProtestNamedTest, ArabicPartTakenInAProtestNamesNoProtest) {
  Doc doc = test::ExtractAt("اعتقلت الشرطة ثلاث ناشطات في مدينة إربد يوم الثلاثاء بعد مشاركتهن في احتجاج أمام البلدية.",
                            2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(ProtestNamedTest, ArabicProtestToldStays) {
  Doc doc = test::ExtractAt("تظاهر مئات المعلمين أمام مبنى البلدية في مدينة إربد يوم الثلاثاء للمطالبة برفع رواتبهم.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
}

}  // namespace
}  // namespace marsad
