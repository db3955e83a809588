// Whole inflection families of a trigger: every person and tense of the
// firing verb, and the human chain as a protest. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class TriggerFamiliesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TriggerFamiliesTest, ArabicPluralFiringWithItsObjectBetweenIsAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nقال شهود إن مسلحين مجهولين أوقفوا سيارة مزارعين قرب بلدة القصير مساء الثلاثاء "
      "وأطلقوا عليهم النار.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Attack"), 1u);
}

TEST_F(TriggerFamiliesTest, ArabicPluralOpeningFireIsAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nفتحوا النار على سيارة مدنية عند حاجز قرب مدينة الرستن يوم الاثنين، بحسب مصدر محلي.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(TriggerFamiliesTest, HumanChainIsAPeacefulProtest) {
  Doc ar = test::ExtractAt(
      "date 2026-04-02\nشكّل مئات المعلمين سلسلة بشرية أمام مبنى المحافظة في مدينة إربد يوم الأربعاء "
      "للمطالبة برفع الأجور.",
      2026, 4, 2);
  test::MaybeDump(ar);
  EXPECT_EQ(CountSub(ar, "Peaceful protest"), 1u);
  Doc en = test::ExtractAt(
      "date 2026-04-02\nHundreds of nurses formed a human chain outside the health ministry in Accra on Wednesday "
      "to demand unpaid wages.",
      2026, 4, 2);
  test::MaybeDump(en);
  EXPECT_EQ(CountSub(en, "Peaceful protest"), 1u);
}

}  // namespace
}  // namespace marsad
