// مقتل X برصاص Y: a toll noun whose killer follows it after a preposition
// (برصاص، بنيران، على يد) is a killing of its own, as the passive قُتل X
// برصاص Y is; the subject of a verb of telling before the noun is no killer.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class TollNounKillerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TollNounKillerTest, KilledByGunmenIsAnAttack) {
  Doc doc = test::ExtractAt("مقتل ثلاثة مزارعين برصاص مسلحين مجهولين قرب مدينة كسلا مساء الجمعة.", 2025, 3, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3);
}

TEST_F(TollNounKillerTest, TheTellerIsNoKiller) {
  Doc doc = test::ExtractAt("وأكد الوالي مقتل ثلاثة مزارعين في مدينة كسلا مساء الجمعة.", 2025, 3, 9);
  test::MaybeDump(doc);
  EXPECT_TRUE(doc.events.empty());
}

}  // namespace
}  // namespace marsad
