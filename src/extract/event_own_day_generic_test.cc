// An Arabic generic verb with its subject right after it (هاجم مستوطنون)
// and a day of its own tells an act of that day, not the event told before
// on another day (event_unit.cc Corefer, as English "settlers attacked …
// on Tuesday" already is). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class OwnDayGenericTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OwnDayGenericTest, ArabicVerbFirstAttackOnAnotherDayIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "قُتل شاب فجر اليوم الخميس برصاص قوات الاحتلال خلال اقتحامها بلدة طمون.\n"
      "وأفاد شهود بأن مقاومين اشتبكوا مع القوات المقتحمة في البلدة.\n"
      "وفي قرية طمون الشرقية، هاجم مستوطنون مساء أمس الأربعاء مركبة للشرطة الفلسطينية.",
      2026, 11, 26);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 2u);
}

// With no day of its own, the generic verb still refers back.
TEST_F(OwnDayGenericTest, ArabicVerbFirstAttackWithNoDayOfItsOwnStaysTheEvent) {
  Doc doc = test::ExtractAt(
      "اشتبكت قوات الاحتلال مع مسلحين فلسطينيين فجر اليوم الخميس في بلدة طمون.\n"
      "وقال شهود إن المسلحين هاجموا دورية عند مدخل البلدة.",
      2026, 11, 26);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

}  // namespace
}  // namespace marsad
