// An act told only as meant (intent) has hurt no one yet: it carries no
// toll, of dead or of wounded. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class IntentWoundedTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(IntentWoundedTest, AThreatenedStormingCarriesNoWounded) {
  Doc doc = test::ExtractAt("The rebels threatened to storm the town, leaving five guards wounded in warning shots.", 2026,
                            3, 12);
  test::MaybeDump(doc);
  bool seen = false;
  for (const Event& e : doc.events) {
    if (e.status != "intent") continue;
    seen = true;
    EXPECT_FALSE(e.injuries.has_value());
    EXPECT_FALSE(e.fatalities.has_value());
  }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace marsad
