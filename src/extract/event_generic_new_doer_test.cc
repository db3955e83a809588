// A generic verb ("struck") left alone in its sentence refers back to the
// violent event told before — unless its own subject names another doer:
// then it tells a new act.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class GenericNewDoerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(GenericNewDoerTest, ADroneStrikeAfterAnAmbushIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "Israeli troops came under fire during an arrest raid in Jenin on Tuesday.\n"
      "An Israeli drone struck a car in Jenin later on Tuesday, wounding two men.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* strike = test::EventFor(doc, NormalizeKey("struck"));
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->acled_sub_event_type, "Air/drone strike");
}

}  // namespace
}  // namespace marsad
