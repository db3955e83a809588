// An abduction is coded apart from the killing of the same raid: with an
// attack of its day and place that has no toll, the dead read for the
// abduction are the attack's; told alone it keeps them
// (event_tolls.cc NoTollsOfDevelopments). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class AbductionTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(AbductionTollTest, DeadOfTheRaidGoToItsAttack) {
  Doc doc = test::ExtractAt(
      "اختطف مسلحون من قطاع الطرق 12 شخصاً في هجوم على قرية قرب مدينة غوساو فجر الأحد، وقتلوا رجلين حاولا المقاومة، "
      "بحسب سكان.\nوقال أحد السكان إن المسلحين أطلقوا النار في كل اتجاه.",
      2025, 4, 12);
  test::MaybeDump(doc);
  const Event* abduction = nullptr;
  const Event* attack = nullptr;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type == "Abduction/forced disappearance") abduction = &e;
    if (e.acled_sub_event_type == "Attack") attack = &e;
  }
  ASSERT_NE(abduction, nullptr);
  ASSERT_NE(attack, nullptr);
  EXPECT_FALSE(abduction->fatalities.has_value());
  ASSERT_TRUE(attack->fatalities.has_value());
  EXPECT_EQ(attack->fatalities->best, std::optional<double>(2.0));
}

TEST_F(AbductionTollTest, AbductionToldAloneKeepsItsDead) {
  Doc doc = test::ExtractAt(
      "Gunmen abducted 20 passengers on the highway near Gusau on Sunday and killed two who tried to flee, police said.", 2025,
      4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(2.0));
}

}  // namespace
}  // namespace marsad
