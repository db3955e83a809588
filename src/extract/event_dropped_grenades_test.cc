// A grenade or bomb thrown by an aircraft that stands as the verb's subject
// (مسيّرة أخرى ألقت قنبلة) is dropped from the air: an air/drone strike, and
// "another drone" is one of the drones told before, its owner the strike's
// doer. A man who throws a grenade still throws a grenade. Sentences are our
// own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DroppedGrenadesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DroppedGrenadesTest, ADroneThatDropsAGrenadeStrikesFromTheAir) {
  Doc doc = test::ExtractAt(
      "وقصفت طائرة مسيرة تابعة لقوات الدعم السريع مواقع للجيش في مدينة الفاشر صباح الأحد. وفي المساء، مسيرة أخرى "
      "ألقت قنبلة على سوق في مدينة الأبيض.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 2u);
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Air/drone strike") continue;
    EXPECT_EQ(test::ActorId(doc, e.actor1), "sdn.rsf");
  }
}

TEST_F(DroppedGrenadesTest, AManWhoThrowsAGrenadeThrowsAGrenade) {
  Doc doc = test::ExtractAt("وقال شهود إن مسلحا ألقى قنبلة على مقهى في مدينة الأبيض.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

}  // namespace
}  // namespace marsad
