// Fights and attacks fought with crude arms (clubs, sticks, iron bars) by
// no armed organisation are mob violence by rioters (event_actors.cc
// CrudeArmsMakeMobs). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class CrudeArmsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const Event* OfType(const Doc& doc, const std::string& type) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == type) return &e;
  return nullptr;
}

TEST_F(CrudeArmsTest, ArabicMaskedMenWithClubsAttackingStudentsAreAMob) {
  Doc doc = test::ExtractAt(
      "وفي مدينة نيش، هاجم رجال ملثمون يحملون هراوات طلاباً معتصمين أمام الجامعة يوم الجمعة، ما أدى إلى إصابة ثلاثة منهم.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_NE(OfType(doc, "Riots"), nullptr);
  EXPECT_EQ(OfType(doc, "Riots")->acled_sub_event_type, "Mob violence");
  EXPECT_EQ(OfType(doc, "Battles"), nullptr);
}

TEST_F(CrudeArmsTest, EnglishMaskedMenWithBatsAttackingStudentsAreAMob) {
  Doc doc = test::ExtractAt(
      "In Nis on Friday, a group of masked men armed with baseball bats attacked students blocking a road, injuring three.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_NE(OfType(doc, "Riots"), nullptr);
  EXPECT_EQ(OfType(doc, "Riots")->acled_sub_event_type, "Mob violence");
  EXPECT_EQ(OfType(doc, "Battles"), nullptr);
}

TEST_F(CrudeArmsTest, ArabicRivalSupportersFightingWithSticksAreAMob) {
  Doc doc = test::ExtractAt(
      "اشتبك أنصار حزبين متنافسين بالعصي أمام مركز اقتراع في مدينة جنكبور يوم السبت، ما أدى إلى إصابة ستة أشخاص.", 2025, 4,
      12);
  test::MaybeDump(doc);
  ASSERT_NE(OfType(doc, "Riots"), nullptr);
  EXPECT_EQ(OfType(doc, "Battles"), nullptr);
}

TEST_F(CrudeArmsTest, GunmenWhoAlsoBeatWithSticksStayArmed) {
  Doc doc = test::ExtractAt("Gunmen attacked a village near Gao on Friday, killing four herders, and beat others with sticks.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(OfType(doc, "Riots"), nullptr);
}

TEST_F(CrudeArmsTest, PoliceBeatingWithSticksIsNoMob) {
  Doc doc = test::ExtractAt("Police beat protesters with sticks in Nis on Friday.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(OfType(doc, "Riots"), nullptr);
}

}  // namespace
}  // namespace marsad
