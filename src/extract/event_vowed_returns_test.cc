// A bare vow to come back («وسنعود كل أسبوع») is a protest told ahead only
// in the quoted words of a crowd whose protest the report has just told
// (needs=protest_quote); anywhere else سنعود is no event. Sentences are our
// own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class VowedReturnsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

using test::CountWithStatus;

TEST_F(VowedReturnsTest, ProtestersQuotedVowToComeBackIsAnIntendedProtest) {
  Doc doc = test::ExtractAt(
      "تجمّع عشرات العمال العاطلين أمس أمام مقر الولاية في مدينة ورقلة للمطالبة بفرص عمل.\n"
      "وقال أحد المحتجين: «لن نتعب من المطالبة بحقوقنا، وسنعود كل أسبوع حتى تستجيب السلطات».",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Peaceful protest", "intent"), 1u);
  EXPECT_EQ(CountWithStatus(doc, "Peaceful protest", "reported"), 1u);
}

TEST_F(VowedReturnsTest, VowToComeBackWithoutAProtestToldIsNoEvent) {
  Doc doc = test::ExtractAt(
      "غادر مئات النازحين مخيماً قرب مدينة ورقلة بعد السيول.\n"
      "وقال أحدهم: «سنعود إلى بيوتنا حين تنحسر المياه».",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

TEST_F(VowedReturnsTest, VowToComeBackOutsideAQuoteIsNoEvent) {
  Doc doc = test::ExtractAt(
      "تجمّع عشرات العمال العاطلين أمس أمام مقر الولاية في مدينة ورقلة للمطالبة بفرص عمل.\n"
      "وقال الوالي إن الوفد الوزاري سيعود الأسبوع المقبل وإنهم سنعود للحوار معه.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Peaceful protest", "intent"), 0u);
}

}  // namespace
}  // namespace marsad
