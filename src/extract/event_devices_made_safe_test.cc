// A bomb found, seized or made safe is a disrupted weapons use, no blast;
// bomb-disposal "experts" at work are the doers, no analysts explaining
// background. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;
using test::CountType;

class DevicesMadeSafeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DevicesMadeSafeTest, NeutralizedDeviceIsNoExplosion) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nBAGHDAD, June 3 - Police sappers neutralized an explosive device found under a parked "
      "car near the Baquba market on Tuesday, police said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 0u);
}

TEST_F(DevicesMadeSafeTest, DeactivatedMinesAreNoExplosion) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nBAGHDAD, June 3 - Army engineers deactivated 14 homemade mines buried near Baquba on "
      "Tuesday, the army said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 0u);
}

TEST_F(DevicesMadeSafeTest, SuicideVestFoundAtAHomeIsNoSuicideBombing) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nBAGHDAD, June 3 - Police arrested a man in Baquba on Tuesday. Officers said they had "
      "found a suicide vest at his home.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 0u);
}

TEST_F(DevicesMadeSafeTest, ADeviceThatWentOffStaysAnExplosion) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nBAGHDAD, June 3 - A roadside bomb exploded near an army patrol in Baquba on Tuesday, "
      "wounding two soldiers, police said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Remote explosive/landmine/IED"), 1u);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(DevicesMadeSafeTest, ExpertsWhoDefuseADeviceAreItsDoers) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nBAGHDAD, June 3 - A bomb exploded near a bus station in Baquba on Tuesday, wounding "
      "five people, police said. The army said its explosives experts had defused a second bomb nearby.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Remote explosive/landmine/IED"), 1u);
  ASSERT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Disrupted weapons use") { EXPECT_NE(e.status, "historical"); }
}

TEST_F(DevicesMadeSafeTest, AnalystsExplainingStayAnalysts) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nBAGHDAD, June 3 - Gunmen attacked an army post near Baquba on Tuesday, killing two "
      "soldiers, the army said. Experts said the group had been weakened by air strikes in the region.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(DevicesMadeSafeTest, ArabicCarBombSeizedIsNoExplosion) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nبغداد - ضبطت القوات الأمنية يوم الثلاثاء سيارة مفخخة معدّة للتفجير في بعقوبة.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 0u);
}

TEST_F(DevicesMadeSafeTest, ArabicSuicideBeltFoundIsNoSuicideBombing) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nبغداد - عثرت الشرطة يوم الثلاثاء في منزل قرب بعقوبة على حزام ناسف.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 0u);
}

}  // namespace
}  // namespace marsad
