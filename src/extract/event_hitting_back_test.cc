// A shelling (not an air strike, not of civilians) told right after a verb
// of hitting back (`response` cue: ردّت، ردوا) by an armed party other than
// the doer of a strike, shelling or fight told in its sentence or the one
// before is the two forces exchanging fire: an armed clash of its own, the
// first act staying as told (event_folds.cc HittingBackIsAClash).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class HittingBackTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(HittingBackTest, ArabicForcesFiringBackArePartOfAClash) {
  Doc doc = test::ExtractAt(
      "قال مسؤولون محليون إن القوات الباكستانية قصفت بالمدفعية قرى في مديرية دانغام مساء الأحد، ما أسفر عن مقتل "
      "مدنيين اثنين. وأعلنت وزارة الدفاع في حكومة طالبان أن قواتها ردت باستهداف نقاط للجيش الباكستاني على الحدود قبالة دانغام.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

TEST_F(HittingBackTest, ArabicAirStrikeInResponseStaysAnAirStrike) {
  Doc doc = test::ExtractAt(
      "قال مسؤولون محليون إن القوات الباكستانية قصفت بالمدفعية قرى في مديرية دانغام مساء الأحد. وأعلنت وزارة الدفاع "
      "في حكومة طالبان أن قواتها ردت بغارة جوية على مواقع عسكرية باكستانية قبالة دانغام.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

// A bomb is no fire a force answers: shelling "in response" to a roadside
// bomb stays a shelling.
TEST_F(HittingBackTest, ShellingAfterABombStaysAShelling) {
  Doc doc = test::ExtractAt(
      "فجر مسلحون من حزب الله عبوة ناسفة بدورية للجيش الإسرائيلي قرب بلدة المطلة صباح الثلاثاء. وأعلن الجيش "
      "الإسرائيلي أن قواته ردت بقصف مواقع للحزب قرب بلدة الخيام.",
      2026, 11, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

}  // namespace
}  // namespace marsad
