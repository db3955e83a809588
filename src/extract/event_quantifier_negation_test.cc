// A negation particle inside a count's quantifier («ما لا يقل عن», "no fewer
// than") bounds the figure and denies nothing: the event it counts stands.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class QuantifierNegationTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(QuantifierNegationTest, ArabicAtLeastBeforeAVictimNounKeepsTheRape) {
  Doc doc = test::ExtractAt(
      "date 2026-08-14\nدارفور: تحديث\nوتلقّت المنظمة تقارير عن تعرّض ما لا يقل عن ثلاث فتيات للاغتصاب قرب "
      "مخيم للنازحين في نيالا خلال الأسبوع الماضي.",
      2026, 8, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Sexual violence"), 1u);
  for (const Event& e : doc.events) EXPECT_EQ(e.status, "reported");
}

TEST_F(QuantifierNegationTest, ArabicParticleOutsideACountStillDenies) {
  Doc doc = test::ExtractAt(
      "date 2026-08-14\nدارفور: تحديث\nوقال مسؤول محلي إنه لم تقع أي اشتباكات في نيالا يوم الأربعاء.",
      2026, 8, 14);
  test::MaybeDump(doc);
  ASSERT_GE(doc.events.size(), 1u);
  for (const Event& e : doc.events) EXPECT_EQ(e.status, "negated");
}

// وليس، وليست ("and not …") after the event word sets aside the alternative
// told after it: the blast a later sentence ties to a feud and not to the
// group is the blast told before, not a second, negated one.
TEST_F(QuantifierNegationTest, ArabicAndNotAfterTheBlastNegatesTheAlternative) {
  Doc doc = test::ExtractAt(
      "date 2026-03-08\nانفجرت عبوة ناسفة بسيارة تاجر في مدينة بعقوبة مساء السبت، ما أدى إلى إصابته بجروح.\n"
      "ويرجح مسؤولون أن الانفجار مرتبط بخلاف تجاري وليس بنشاط الجماعات المسلحة.",
      2026, 3, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Explosions/Remote violence"), 1u);
  EXPECT_EQ(test::CountWithStatus(doc, "Remote explosive/landmine/IED", "negated"), 0u);
}

// A negation before the event word still denies it.
TEST_F(QuantifierNegationTest, ArabicNegationBeforeTheBlastStillDenies) {
  Doc doc = test::ExtractAt("وقال مسؤولون إنه ليس هناك أي انفجار في مدينة بعقوبة مساء السبت.", 2026, 3, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Remote explosive/landmine/IED", "negated"), 1u);
}

}  // namespace
}  // namespace marsad
