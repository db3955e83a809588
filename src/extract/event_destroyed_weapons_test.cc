// Weapons destroyed before they were used: drones destroyed in flight told
// with a partitive count ("destroyed 23 of 31 drones") and explosive devices
// destroyed by the forces that found them are disrupted weapons use, no
// property destruction and no blast. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;
using test::CountType;

class DestroyedWeaponsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DestroyedWeaponsTest, PartitiveCountOfDronesIsInterception) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nKYIV, June 3 - Ukrainian air defence destroyed 41 of 52 Shahed drones over the Odesa "
      "region overnight, the air force said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(CountSub(doc, "Looting/property destruction"), 0u);
}

TEST_F(DestroyedWeaponsTest, PartitiveCountOfHousesStaysDestruction) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nKHARTOUM, June 3 - Militiamen destroyed 12 of 20 houses in a village near Omdurman on "
      "Tuesday, residents said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(DestroyedWeaponsTest, FarDronesAreNoObject) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nKYIV, June 3 - Russian troops destroyed 41 houses in the Odesa region where drones "
      "had struck earlier, officials said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(DestroyedWeaponsTest, LandmineDestroyedIsNoBlast) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nDIYARBAKIR, June 3 - Army engineers destroyed two landmines found beside a road near Silvan "
      "on Tuesday, the governor's office said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 0u);
}

TEST_F(DestroyedWeaponsTest, BombThatDestroyedIsBlast) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nDIYARBAKIR, June 3 - A roadside bomb destroyed an army truck near Silvan on Tuesday, the "
      "governor's office said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
  EXPECT_EQ(CountSub(doc, "Remote explosive/landmine/IED"), 1u);
}

TEST_F(DestroyedWeaponsTest, ArabicExplosivesSeizedAreDisruptedWeapons) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nقالت قيادة الشرطة إن حملة تفتيش في مدينة بعقوبة أسفرت أمس عن ضبط كميات من المتفجرات.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(CountSub(doc, "Arrests"), 0u);
}

TEST_F(DestroyedWeaponsTest, ArabicRiflesSeizedAreDisruptedWeapons) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nقالت قيادة الشرطة إن حملة نزع السلاح في مدينة بعقوبة أسفرت عن ضبط 14 بندقية ونحو 300 طلقة.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(DestroyedWeaponsTest, ArabicPersonsCaughtWithRiflesAreArrests) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nقالت الشرطة إنها ضبطت أربعة أشخاص بحوزتهم بنادق في مدينة بعقوبة أمس.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(DestroyedWeaponsTest, ArabicMembersCaughtWithArmsAreArrests) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nقالت وزارة الداخلية إن قوات الأمن ضبطت ستة أفراد من عصابة مسلحة بحوزتهم بنادق في مدينة المنيا.",
      2026, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 0u);
}

}  // namespace
}  // namespace marsad
