// A munition said to give off yellow or choking smoke, gas or a cloud is a
// chemical weapon event whatever carried it: the two adjectives may stand
// with a comma between them, the carrier may be the verb's subject (a shell,
// a drone's canister) and the telling may be Arabic (أطلقت دخاناً أصفر). An
// air power named after "by" or ل and read as what was hit is the doer. The
// sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class GasSignsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(GasSignsTest, EnglishCommaBetweenColourAndChokingKeepsTheGas) {
  // Without the comma rule the gap ends at the comma: only the air strike.
  Doc doc = test::ExtractAt(
      "The rebels said army jets dropped bombs that released a yellow, choking smoke near Kadugli on Friday.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(GasSignsTest, EnglishCommaEndsTheGapBeforeAnotherClause) {
  // A comma before no tail of the form still ends the gap.
  Doc doc = test::ExtractAt(
      "Police released a statement, and a yellow smoke rose over the market in Kadugli on Friday.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 0u);
}

TEST_F(GasSignsTest, EnglishYellowCloudGivenOffIsAChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "Medics treated nine people after a bomb dropped on a market near Kadugli on Friday gave off a yellow cloud.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
}

TEST_F(GasSignsTest, DroneCanisterThatReleasedGasIsAChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "Medics treated nine people after an army drone dropped a canister that released a choking gas near Kadugli on "
      "Friday.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(GasSignsTest, ArabicShellThatGaveOffYellowSmokeIsAChemicalWeapon) {
  Doc doc = test::ExtractAt("أصيب سكان بالاختناق قرب كادقلي إثر سقوط قذيفة أطلقت دخاناً أصفر مساء الجمعة.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

TEST_F(GasSignsTest, ArabicSmokeOfBurningTyresIsNoChemicalWeapon) {
  Doc doc = test::ExtractAt("أشعل محتجون إطارات أطلقت دخاناً أسود في شوارع كادقلي يوم الجمعة.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 0u);
}

TEST_F(GasSignsTest, ArabicArmyOfTheStrikeIsTheGasDoerNotItsVictim) {
  Doc doc = test::ExtractAt(
      "أصيب سكان قرية قرب كادقلي بالاختناق إثر سقوط مقذوف أطلق غازاً خانقاً خلال غارة للجيش السوداني مساء الجمعة.", 2025,
      4, 12);
  test::MaybeDump(doc);
  const Event* gas = test::FirstOfSub(doc, "Chemical weapon");
  ASSERT_NE(gas, nullptr);
  EXPECT_EQ(test::CodedId(doc, gas->actor1), "sdn.saf");
  EXPECT_NE(test::CodedId(doc, gas->actor2), "sdn.saf");
}

}  // namespace
}  // namespace marsad
