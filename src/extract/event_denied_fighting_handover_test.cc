// Ground one side left and the other entered, in one sentence, changes
// hands without violence unless fighting is told there; fighting the
// sentence denies ("no clashes took place", ولم تقع أي اشتباكات) is none.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DeniedFightingHandoverTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeniedFightingHandoverTest, ArabicEntryWithDeniedClashesIsNonViolent) {
  Doc doc = test::ExtractAt(
      "انسحبت القوات الحكومية صباح اليوم من بلدة جوهر، فدخلها مسلحو حركة الشباب، ولم تقع أي اشتباكات، بحسب سكان.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("فدخلها"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
}

TEST_F(DeniedFightingHandoverTest, ArabicEntryWithToldClashesStaysATaking) {
  Doc doc = test::ExtractAt(
      "انسحبت القوات الحكومية صباح اليوم من بلدة جوهر، فدخلها مسلحو حركة الشباب بعد اشتباكات عنيفة، بحسب سكان.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("فدخلها"));
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->acled_sub_event_type, "Non-violent transfer of territory");
}

TEST_F(DeniedFightingHandoverTest, EnglishEntryWithDeniedClashesIsNonViolent) {
  Doc doc = test::ExtractAt(
      "Government troops withdrew from Jowhar on Monday and al-Shabaab fighters entered the town, and no clashes "
      "took place, elders said.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("entered"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
}

}  // namespace
}  // namespace marsad
