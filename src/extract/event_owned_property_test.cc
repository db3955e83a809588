// منازل مملوكة لمسيحيين، محال يملكها لاجئون: a crowd falling on property a
// people owns falls on those people (ACLED mob violence), not on the state;
// the residents who set it on fire are the mob.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class OwnedPropertyTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OwnedPropertyTest, ResidentsBurningHomesOwnedByChristiansAreAMob) {
  Doc doc = test::ExtractAt("أضرم عشرات من أهالي القرية النار في ثلاثة منازل مملوكة لمسيحيين في قرية بالمنيا ليل الأحد.", 2026,
                            10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Mob violence");
  EXPECT_EQ(test::CodedId(doc, doc.events[0].actor1), "gen.rioters");
}

TEST_F(OwnedPropertyTest, YouthsWreckingShopsRefugeesOwnAreAMob) {
  Doc doc = test::ExtractAt(
      "هاجم عشرات الشبان الغاضبين ليل الأحد محال تجارية يملكها لاجئون سودانيون في مدينة مرسين وحطموا واجهاتها.", 2026, 10,
      10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(e.acled_sub_event_type, "Mob violence");
}

TEST_F(OwnedPropertyTest, ResidentsBurningAPoliceStationStayNoMobOnPeople) {
  Doc doc = test::ExtractAt("أضرم عشرات من أهالي القرية النار في مركز للشرطة في قرية بالمنيا ليل الأحد.", 2026, 10, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Mob violence");
}

// Youths the report names by their nationality (civilians, not yet coded
// as the riot's crowd) wrecking shops migrants own are a mob on them.
TEST_F(OwnedPropertyTest, YouthsWreckingShopsMigrantsOwnAreAMob) {
  Doc doc = test::ExtractAt("هاجم عشرات الشبان الأتراك، مساء السبت، متاجر يملكها مهاجرون أفارقة في مدينة أضنة، وحطموا واجهاتها.",
                            2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(e.acled_sub_event_type, "Mob violence");
}

// مقر حزب سياسي: the adjective after a party's office names no person the
// crowd fell on; protesters burning it riot (violent demonstration).
TEST_F(OwnedPropertyTest, ProtestersBurningAPartyOfficeRiot) {
  Doc doc = test::ExtractAt("أضرم محتجون غاضبون النار في مقر حزب سياسي في مدينة الكوت صباح الاثنين.", 2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Violent demonstration");
}

// English: people the report names, the subject of a burning verb on homes
// or shops, with no protest of theirs, are a mob (Riots / Mob violence), the
// doers coded rioters.
TEST_F(OwnedPropertyTest, EnglishVillagersBurningHomesAreAMob) {
  Doc doc = test::ExtractAt(
      "CAIRO - Villagers near Minya set fire to four houses belonging to Coptic families on Tuesday night, a church "
      "official said.",
      2026, 10, 10);
  test::MaybeDump(doc);
  const Event* m = test::FirstOfSub(doc, "Mob violence");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->acled_event_type, "Riots");
  EXPECT_EQ(test::CodedId(doc, m->actor1), "gen.rioters");
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
}

TEST_F(OwnedPropertyTest, EnglishResidentsBurningShopsAreAMob) {
  Doc doc = test::ExtractAt(
      "Residents torched five shops in a village near Sohag on Monday after a quarrel over land, police said.", 2026,
      10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
}

// Burned shops told in the passive name no doer of their own: the
// civilians of another verb do not make the burning a mob's.
TEST_F(OwnedPropertyTest, PassiveBurningKeepsNoMob) {
  Doc doc = test::ExtractAt("Residents said several shops were set on fire in the market of Assiut on Monday.", 2026, 10,
                            10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 0u);
}

}  // namespace
}  // namespace marsad
