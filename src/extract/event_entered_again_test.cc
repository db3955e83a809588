// After قبل أن / بعد أن the verb تدخل is the subjunctive "enter" (قبل أن تدخلها الفصائل,
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

// Undiacritised, أن/إن + تدخلها is also أنّ/إنّ + the noun تدخّلها "its
// intervention": only after قبل أن or بعد أن is it the verb "enter".
TEST_F(EnteredAgainTest, ThatItsInterventionIsNoEntering) {
  Doc doc = test::ExtractAt("وقال الجيش التركي إن تدخله في بلدة عفرين حمى سكانها من الهجمات.", 2026, 11, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstOfSub(doc, "Non-state actor overtakes territory"), nullptr);
  Doc doc2 = test::ExtractAt("وأكدت القوات الأمريكية أن تدخلها في مدينة منبج كان ضرورياً لحماية الحدود.", 2026, 11, 10);
  test::MaybeDump(doc2);
  EXPECT_EQ(test::FirstOfSub(doc2, "Non-state actor overtakes territory"), nullptr);
}

TEST_F(EnteredAgainTest, AfterTheyEnteredItIsACapture) {
  Doc doc = test::ExtractAt(
      "وانسحب الجيش من بلدة خان شيخون في آب/أغسطس 2019، بعد أن يدخلها مقاتلو الفصائل بأيام.", 2026, 11, 10);
  test::MaybeDump(doc);
  // the fighters' entering is read (a capture, or, folded with the army's
  // withdrawal, the town handed over)
  EXPECT_TRUE(test::FirstOfSub(doc, "Non-state actor overtakes territory") != nullptr ||
              test::FirstOfSub(doc, "Non-violent transfer of territory") != nullptr);
}

}  // namespace
}  // namespace marsad
