// A state official who governs an area or heads its police, named by title
// after the deed ("…, the district commissioner said", "the county police
// commissioner said", "the Belgorod region governor said", "a regional
// official said"), is a government voice: of the state's own forces'
// operation his word is the party's claim (data/en/event_cues.tsv,
// `government_voice`). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::StatusOf;

class OfficialTitlesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OfficialTitlesTest, DistrictCommissionerClaimsTroopsRecapture) {
  EXPECT_EQ(StatusOf("Soldiers recaptured the village of Harbole from the militants on Sunday, "
                     "the district commissioner said.",
                     "recaptured"),
            "claimed");
}

TEST_F(OfficialTitlesTest, PoliceCommissionerClaimsPoliceArrests) {
  EXPECT_EQ(StatusOf("Police arrested seven suspects in a night raid in the market town of Garissa, "
                     "the county police commissioner said.",
                     "arrested"),
            "claimed");
}

TEST_F(OfficialTitlesTest, RegionGovernorClaimsPoliceDetention) {
  EXPECT_EQ(StatusOf("Police detained four men suspected of planting explosives near Belgorod, "
                     "the Belgorod region governor said.",
                     "detained"),
            "claimed");
}

TEST_F(OfficialTitlesTest, RegionalOfficialClaimsArmyTakingTown) {
  EXPECT_EQ(StatusOf("Army troops took control of the town of Dinsoor after the militants withdrew, "
                     "a regional official said.",
                     "took control"),
            "claimed");
}

// The enemy's deed told by the same official stays a report.
TEST_F(OfficialTitlesTest, PoliceCommissionerReportsRebelAttack) {
  EXPECT_EQ(StatusOf("Rebels attacked a police post in the town of Garissa on Sunday, "
                     "the county police commissioner said.",
                     "attacked"),
            "reported");
}

}  // namespace
}  // namespace marsad
