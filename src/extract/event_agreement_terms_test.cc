// Agreements told with dates and places between the verb and the deal, and
// their terms named right after the agreement word. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class AgreementTermsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(AgreementTermsTest, ArabicDealAndItsCeasefireTermsAreOneAgreementWhereSigned) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوقّعت الحكومة والحركة أمس في جوبا اتفاقا لوقف إطلاق النار في ولاية النيل الأزرق.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Agreement"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Agreement") {
      ASSERT_GE(e.place, 0);
      EXPECT_EQ(doc.places[e.place].location.name, "Juba");
    }
}

// A capital named after a preposition is where the deal was signed, not a
// party to it.
TEST_F(AgreementTermsTest, ArabicCapitalAfterAPrepositionIsNoPartyToTheDeal) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوقّع الطرفان أمس الأحد في الدوحة اتفاقاً لوقف إطلاق النار في إقليم دارفور.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Agreement"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Agreement" && e.actor1.actor >= 0) {
      EXPECT_NE(doc.actors[e.actor1.actor].id, "qat.state");
    }
}

TEST_F(AgreementTermsTest, ArabicAgreementWithDayAndPlaceBeforeItsObjectIsTold) {
  Doc doc = test::ExtractAt("date 2026-03-10\nاتفق الطرفان يوم الجمعة في مدينة الجنينة على هدنة.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Agreement"), 1u);
}

TEST_F(AgreementTermsTest, EnglishAgreementWithADayBeforeItsObjectIsTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe Taliban and Pakistani forces agreed on Friday to a ceasefire near Chaman.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Agreement"), 1u);
}

}  // namespace
}  // namespace marsad
