// Military intelligence (الاستخبارات العسكرية، المخابرات العسكرية) is the
// army of the report's country: a party, so the count after it is the
// object of an arrest verb that needs one (أوقف, needs=count).
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class MilitaryIntelligenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(MilitaryIntelligenceTest, ArrestByMilitaryIntelligenceIsTheArmys) {
  Doc doc = test::ExtractAt("أوقفت الاستخبارات العسكرية ثلاثة أشخاص في مدينة كسلا أمس بتهمة التخابر.", 2025, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("أوقفت"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(doc.actors[e->actor1.actor].id, "gen.army");
}

}  // namespace
}  // namespace marsad
