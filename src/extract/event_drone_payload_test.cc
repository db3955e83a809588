// A bomb or grenade a drone carries or drops is that air strike's payload
// (FoldChemicalDelivery): one Air/drone strike, no IED of its own. A roadside
// bomb told in a clause of its own stays. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DronePayloadTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DronePayloadTest, ArabicBombDroppedByANamedDroneIsTheStrike) {
  Doc doc = test::ExtractAt("أصيب ثلاثة مزارعين عندما ألقت طائرة مسيّرة روسية عبوة ناسفة على جرار في بلدة بيلوبيليا يوم الاثنين.",
                            2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

TEST_F(DronePayloadTest, ArabicBoobyTrappedDroneIsTheStrike) {
  Doc doc = test::ExtractAt("قُتل جنديان في هجوم بطائرة مسيّرة مفخخة على موقع عسكري في مديرية مأرب مساء الاثنين.", 2025, 4,
                            16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

TEST_F(DronePayloadTest, EnglishDroneDroppingABombIsTheStrike) {
  Doc doc = test::ExtractAt("Two farmers were wounded when a drone dropped an explosive device on their tractor in Bilopillia on Monday.",
                            2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

TEST_F(DronePayloadTest, EnglishRoadsideBombOfItsOwnClauseStays) {
  Doc doc = test::ExtractAt(
      "A drone strike hit a house in Bilopillia on Monday, and a roadside bomb killed two soldiers nearby.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
}

}  // namespace
}  // namespace marsad
