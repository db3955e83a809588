// Those taken while an attack was stopped (an interception or a defusal told
// before in the sentence) are part of the disrupted weapons use: one event,
// the force that made the arrests as its doer.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class FoiledAttackArrestsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

int Count(const Doc& doc, const char* sub) {
  int n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

TEST_F(FoiledAttackArrestsTest, ArabicArrestAfterAnInterceptionIsPartOfIt) {
  Doc doc = test::ExtractAt(
      "وقال الجيش إنه اعترض أربعة مسلحين كانوا يحاولون زرع عبوة ناسفة قرب جسر في مدينة مانديرا يوم الجمعة، "
      "واعتقل ثلاثة منهم.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Arrests"), 0);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
}

TEST_F(FoiledAttackArrestsTest, EnglishArrestAfterADefusalIsPartOfIt) {
  Doc doc = test::ExtractAt(
      "Soldiers defused a roadside bomb near Gao on Friday and arrested two men who had planted it, the army said.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Arrests"), 0);
  EXPECT_EQ(Count(doc, "Disrupted weapons use"), 1);
}

TEST_F(FoiledAttackArrestsTest, ArrestOfItsOwnStays) {
  Doc doc = test::ExtractAt(
      "Soldiers defused a roadside bomb near Gao on Friday. Police arrested two smugglers in Timbuktu on Sunday.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Arrests"), 1);
}

}  // namespace
}  // namespace marsad
