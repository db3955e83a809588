// "A mine laid by X exploded", "a bomb planted by X tore through a patrol":
// the one a `launcher` cue names laid the device. It is the blast's actor 1,
// never what the blast hit, even where it stands as the verb's subject
// ("went off", "exploded" take what they hit as subject).
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DeviceLayersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeviceLayersTest, LayerBeforeAnExplodingVerbIsTheDoerNotTheTarget) {
  Doc doc = test::ExtractAt(
      "A landmine laid by rebels exploded under a military truck near Goma on Monday, killing two soldiers, "
      "the army said.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("landmine"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.militants");
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.militants");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.army");
}

TEST_F(DeviceLayersTest, NamedLayerOfAnIedThatWentOffIsNotItsTarget) {
  Doc doc = test::ExtractAt(
      "An improvised explosive device planted by al-Shabaab went off beside an army convoy near Afgoye on Friday, "
      "killing four soldiers.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("improvised explosive device"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "som.sna");
}

TEST_F(DeviceLayersTest, LayerOfABombIsNotTheForceItHit) {
  Doc doc = test::ExtractAt(
      "A roadside bomb planted by insurgents tore through a police patrol near Maiduguri on Sunday, killing three "
      "officers.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("roadside bomb"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.militants");
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.militants");
  EXPECT_NE(test::ActorId(doc, e->actor2), "");
}

TEST_F(DeviceLayersTest, DronesLaunchedByAGroupAreStillItsStrike) {
  // The launcher of the verb's own subject weapon strikes: nothing changes.
  Doc doc = test::ExtractAt(
      "Drones launched by al-Shabaab struck an army base near Jowhar on Tuesday, the government said.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("struck"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
}

// قنبلة يدوية ألقاها X، "a grenade thrown by X": the thrower (ألقاها،
// رماها، thrown by: `launcher`) is the blast's actor 1, its victims actor 2 —
// never the thrower as what the grenade hit.
TEST_F(DeviceLayersTest, ThrowerOfAGrenadeIsItsDoer) {
  Doc doc = test::ExtractAt(
      "date 2026-11-24\nأصيب طفلان بجروح بانفجار قنبلة يدوية ألقاها مسلحون على منزل في درعا مساء الأحد.", 2026, 11,
      24);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Grenade");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_gunmen");
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.unidentified_gunmen");
  Doc en = test::ExtractAt(
      "date 2026-11-24\nKABUL (Wire) - Two children were wounded by a hand grenade thrown by Taliban fighters at a "
      "house in Ghazni on Sunday, residents said.",
      2026, 11, 24);
  test::MaybeDump(en);
  const Event* g = test::FirstOfSub(en, "Grenade");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(test::ActorId(en, g->actor1), "afg.taliban");
  EXPECT_NE(test::ActorId(en, g->actor2), "afg.taliban");
}

}  // namespace
}  // namespace marsad
