// "لقصف مدفعي مصدره مواقع الفصائل في محيط X": the place a few words after
// مصدره / مصدرها ("its source") is where the fire came from, an origin
// (event_places.cc, FromOrigin), not the scene.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventFireSourceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventFireSourceTest, PositionsTheShellingCameFromAreNoScene) {
  Doc doc = test::ExtractAt(
      "وفي ريف جنديرس، تعرّضت قريتا تل الورد وأم الجرن صباح اليوم لقصف مدفعي مصدره مواقع الفصائل المسلحة في محيط "
      "إعزاز، من دون إصابات.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_GE(doc.events[0].place, 0);
  EXPECT_EQ(doc.places[doc.events[0].place].location.name, "Jindayris");
}

}  // namespace
}  // namespace marsad
