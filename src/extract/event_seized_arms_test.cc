// Arms seized by a state's forces are a disrupted weapons use; arms a rebel
// group carries off are loot of its own fight, no event of their own; a
// device "that had been planted" blown up is one cleared (event_folds.cc
// FoldFindsIntoOperations, data/*/event_triggers.tsv). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SeizedArmsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};


TEST_F(SeizedArmsTest, SoldiersSeizingRiflesDisruptWeaponsUse) {
  Doc doc = test::ExtractAt(
      "Soldiers seized 30 rifles and a machine gun from a smugglers' truck near the border on Tuesday, the army said.",
      2026, 10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(SeizedArmsTest, RocketLaunchersAndMortarsSeizedAreArmsNotTerritory) {
  for (const char* text : {"The army said it had seized three rocket launchers hidden in a farm near Hermel on Friday.",
                           "Police confiscated two mortars and a launcher in a raid near Hermel on Friday."}) {
    Doc doc = test::ExtractAt(text, 2026, 10, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u) << text;
    EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u) << text;
  }
}

TEST_F(SeizedArmsTest, HandGrenadesRecoveredAreArmsTakenNotABlast) {
  Doc doc = test::ExtractAt("Police recovered three hand grenades and a pistol from a house in Tarn Taran on Sunday.",
                            2026, 10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 0u);
}

TEST_F(SeizedArmsTest, RebelsCarryingOffWeaponsDisruptNothing) {
  Doc doc = test::ExtractAt(
      "Al-Shabaab fighters overran an army post in Lower Shabelle and seized weapons and ammunition on Tuesday.", 2026, 10,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
  EXPECT_FALSE(doc.events.empty());
}

TEST_F(SeizedArmsTest, ArmyBlowingUpPlantedDevicesClearsThem) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن وحدة هندسية فجّرت يوم الثلاثاء عبوتين ناسفتين كانت مزروعة على طريق زراعي قرب مدينة القصرين.", 2026,
      10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
}

TEST_F(SeizedArmsTest, HideoutDestroyedAndArmsSeizedAreOneFind) {
  Doc doc = test::ExtractAt("Soldiers destroyed a rebel hideout near Tumaco and seized rifles and explosives on Tuesday, the army said.",
                            2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Disrupted weapons use");
}

// "used by the rebels": the party after "by" did not seize the arms.
TEST_F(SeizedArmsTest, AgentOfAnotherVerbIsNoLooter) {
  Doc doc = test::ExtractAt(
      "Soldiers destroyed a bomb-making workshop used by the rebels and seized rifles and explosives at a camp near Tumaco on "
      "Tuesday, the army said.",
      2026, 10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

// "a shipment of rockets" (شحنة صواريخ) is arms on the move, as شحنة أسلحة
// is: its foiled smuggling is a seizure, no rocket fire.
TEST_F(SeizedArmsTest, ArabicShipmentOfRocketsIsNoShelling) {
  Doc doc = test::ExtractAt(
      "حمص – أحبطت وحدات من حرس الحدود فجر الجمعة محاولة تهريب شحنة صواريخ قرب بلدة القصير، وصادرت 12 صاروخاً.",
      2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

}  // namespace
}  // namespace marsad
