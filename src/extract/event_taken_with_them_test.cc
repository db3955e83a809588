// An armed party that "took two farmers with them" (gapped rows "took ...
// with them / him / her", needs=armed needs=count) abducted them; things
// taken are no event. "The attackers" (a `doer_anaphor` subject right before
// the verb) name the armed party of the attack told just before. A person
// who "stepped on a mine" was hit by a landmine; grenades or munitions
// "with an irritant gas" used on positions are a chemical weapon.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TakenWithThemTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TakenWithThemTest, PeopleCountedAndTakenAlongAreAbducted) {
  Doc doc = test::ExtractAt("Gunmen raided the village of Kalale on Sunday and took three herders with them when they left.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(TakenWithThemTest, ThingsTakenAlongAreNoAbduction) {
  Doc doc = test::ExtractAt("Gunmen raided the village of Kalale on Sunday and took the cattle with them when they left.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(TakenWithThemTest, TheAttackersAreTheArmedPartyToldBefore) {
  Doc doc = test::ExtractAt(
      "Suspected jihadists killed four soldiers in an attack on an army post near Kalale on Sunday. Residents said the "
      "attackers also took two farmers with them when they withdrew toward the forest.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

TEST_F(TakenWithThemTest, SteppingOnAMineIsALandmine) {
  Doc doc = test::ExtractAt("A shepherd was wounded near Kupiansk on Sunday when he stepped on an anti-personnel mine.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
}

TEST_F(TakenWithThemTest, GrenadesWithAnIrritantGasAreAChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "The brigade said the enemy had used grenades with an irritant gas against its positions near Kupiansk on Sunday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 0u);
}

}  // namespace
}  // namespace marsad
