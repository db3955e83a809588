// A weapon as the subject of an English killing verb (s6tollsdates): a
// rocket, shell or missile (`weapon` cue of kind heavy-weapons) makes the
// killing a shelling or missile attack, as an aircraft makes it an air
// strike; an indefinite one, in a sentence with a place or day of its own,
// is a strike of its own with no doer named (event_tolls.cc). Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class WeaponKillerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(WeaponKillerTest, RocketWithoutDoerIsAShelling) {
  Doc doc = test::ExtractAt("A rocket killed two people near the market in Sderot on Monday, police said.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "2/2/2");
}

TEST_F(WeaponKillerTest, RocketOfANamedGroupIsAShelling) {
  Doc doc = test::ExtractAt(
      "Hamas last hit the town of Sderot in May 2023, when a rocket killed three people near a school.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "3/3/3");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "pse.hamas");
}

TEST_F(WeaponKillerTest, DroneWithoutDoerIsAnAirStrike) {
  Doc doc = test::ExtractAt("A drone killed a boy in the town of Kadugli on Tuesday.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Air/drone strike"), nullptr);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "killing himself and a guard": the bomber is one of the dead of his blast.
TEST_F(WeaponKillerTest, BomberKillingHimselfIsOneOfTheDead) {
  Doc doc = test::ExtractAt(
      "On Tuesday a man blew himself up at a checkpoint in Baidoa, killing himself and a soldier, police said.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Suicide bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "2/2/2");
}

}  // namespace
}  // namespace marsad
