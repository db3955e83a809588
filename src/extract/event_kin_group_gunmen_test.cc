// Armed men told by the kin group they come from ("gunmen from a rival
// clan", "armed youths from a neighbouring tribe", "gunmen from two
// families") are ACLED's communal militia of the country, not unidentified
// gunmen (data/en/actor_aliases.tsv). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class KinGroupGunmenTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(KinGroupGunmenTest, ArmedYouthsFromANeighbouringTribeAreACommunalMilitia) {
  Doc doc = test::ExtractAt("Armed youths from a neighbouring tribe raided a village near Baidoa on Sunday, killing three herders.",
                            2026, 11, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "raided");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.communal_militia");
}

TEST_F(KinGroupGunmenTest, GunmenFromTwoFamiliesAreBothSidesOfTheFeud) {
  Doc doc = test::ExtractAt("Gunmen from two families exchanged fire in a village near Sohag on Sunday, killing three men.",
                            2026, 11, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "exchanged fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.communal_militia");
}

TEST_F(KinGroupGunmenTest, GunmenAloneStayUnidentified) {
  Doc doc = test::ExtractAt("Gunmen raided a village near Baidoa on Sunday, killing three herders.", 2026, 11, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "raided");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.communal_militia");
}

// South Sudan's cattle raiders are the armed youth of a rival community:
// ACLED's communal militia there; elsewhere raiders stay an unnamed armed group.
TEST_F(KinGroupGunmenTest, RaidersInSouthSudanAreACommunalMilitia) {
  Doc doc = test::ExtractAt("Raiders shot dead two herders and drove off 300 cattle near Rumbek on Sunday.", 2026, 11, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.communal_militia");
}

TEST_F(KinGroupGunmenTest, RaidersElsewhereStayAnUnnamedArmedGroup) {
  Doc doc = test::ExtractAt("Raiders shot dead two herders and drove off 300 cattle near Mopti on Sunday.", 2026, 11, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.communal_militia");
}

// Villagers who take up arms are a communal militia, not civilians.
TEST_F(KinGroupGunmenTest, ArmedVillagersAreACommunalMilitia) {
  Doc doc = test::ExtractAt("Soldiers clashed with armed villagers near Jurm on Saturday, leaving three people dead.", 2026,
                            11, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.communal_militia");
}

}  // namespace
}  // namespace marsad
