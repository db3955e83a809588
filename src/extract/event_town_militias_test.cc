// Armed men named after their town or community ("fighters from Zintan",
// "gunmen from Pokot") are that community's militia; a town's military
// council (المجلس العسكري لنالوت) is a registry actor of its own. Sentences
// are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventTownMilitiasTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventTownMilitiasTest, FightersFromZintanAreTheZintanMilitia) {
  Doc doc = test::ExtractAt(
      "Fighters from Zintan stormed a checkpoint near Yafran on Monday after a brief exchange of fire with local "
      "guards.",
      2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "stormed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "lby.zintan_militia");
}

TEST_F(EventTownMilitiasTest, GunmenFromACommunityAreItsMilitia) {
  Doc doc = test::ExtractAt("Gunmen from Pokot raided a cattle camp near Kainuk on Monday, killing two herders.", 2026, 5,
                            12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "raided");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "ken.pokot_militia");
}

TEST_F(EventTownMilitiasTest, ArabicNalutMilitaryCouncil) {
  Doc doc = test::ExtractAt(
      "قال المجلس العسكري لنالوت إن قواته اشتبكت مع مهربين مسلحين قرب الحدود التونسية يوم الاثنين.", 2026, 5, 12);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "lby.nalut_mc"));
}

}  // namespace
}  // namespace marsad
