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

}  // namespace
}  // namespace marsad
