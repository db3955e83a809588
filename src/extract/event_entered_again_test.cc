// After أن the verb تدخل is the subjunctive "enter" (قبل أن تدخلها الفصائل,
// "before the factions entered it"), its place a joined pronoun: a capture,
// as دخلوها is; the noun تدخّل "intervention" stays no event. الفصائل alone
// in a Syrian report of the war before 2025 is the armed opposition.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EnteredAgainTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EnteredAgainTest, FactionsEnteringATownAfterItsRecaptureTakeItBack) {
  Doc doc = test::ExtractAt(
      "وكان الجيش قد استعاد بلدة معرة النعمان في كانون الثاني/يناير 2020، قبل أن تدخلها الفصائل مجدداً في أواخر تشرين "
      "الثاني/نوفمبر 2024.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "historical");
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value.substr(0, 7), "2024-11");
}

TEST_F(EnteredAgainTest, AnInterventionIsNoEntering) {
  Doc doc = test::ExtractAt("انتقد الوزير تدخلها العسكري في مدينة سرت الليبية يوم الأحد.", 2026, 11, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstOfSub(doc, "Non-state actor overtakes territory"), nullptr);
}

}  // namespace
}  // namespace marsad
