// "the curfew", "the state of emergency": an English definite noun naming an
// order (Change to group/activity) refers back only to an order, never to
// another Strategic development told before (an arson, an arrest, a base),
// so a curfew imposed the day after an arson stays its own event.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class OrderReferencesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OrderReferencesTest, EmergencyAfterArsonIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "Hours earlier, masked men set fire to three lorries in Guayaquil.\n"
      "The government on Tuesday extended the state of emergency in Guayas province for another 30 days.",
      2025, 11, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

TEST_F(OrderReferencesTest, CurfewAfterBaseIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "The army has set up a forward operating base near Kapedo.\n"
      "Officials on Tuesday extended the dusk-to-dawn curfew in parts of Baringo county by another 30 days.",
      2026, 10, 30);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

}  // namespace
}  // namespace marsad
