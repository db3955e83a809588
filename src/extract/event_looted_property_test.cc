// A capture verb whose object is people's property (homes, land, crops,
// herds, aid: a `goods` cue of kind property) loots it — ACLED's looting —
// and takes no ground; a word of regaining that takes property back is no
// event (event_not_events.cc DropMannerWithout). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class LootedPropertyTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(LootedPropertyTest, GunmenTakingAFamilysHomeLootIt) {
  Doc doc = test::ExtractAt("استولى مسلحون من فصيل محلي على منزل عائلة في قرية قرب عفرين مساء الجمعة.", 2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Looting/property destruction");
}

TEST_F(LootedPropertyTest, GunmenSeizingCattleLootThem) {
  Doc doc = test::ExtractAt("Gunmen seized more than 300 head of cattle from herders near Gusau on Tuesday.", 2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Looting/property destruction");
}

TEST_F(LootedPropertyTest, PoliceRecoveringStolenCattleLootNothing) {
  Doc doc = test::ExtractAt("استعادت الشرطة 50 رأساً من الماشية المسروقة قرب مدينة كادقلي يوم الأحد.", 2026, 10, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_sub_event_type, "Looting/property destruction");
    EXPECT_NE(e.acled_sub_event_type, "Government regains territory");
  }
}

TEST_F(LootedPropertyTest, TakingATrucksLoadWithAPronounLootsIt) {
  // حمولتها: the ta marbuta of حمولة is written ت before the pronoun.
  Doc doc = test::ExtractAt("أوقف مسلحون قافلة شاحنات تحمل الأدوية قرب مدينة خان يونس يوم السبت واستولوا على حمولتها.", 2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Looting/property destruction");
}

// ماشيته: a property noun whose ta marbuta is written ت before the pronoun
// is looted, no ground taken (a car, سيارته, is a vehicle: taken, no event
// of its own).
TEST_F(LootedPropertyTest, TakingSomeonesHerdWithAPronounLootsIt) {
  Doc doc = test::ExtractAt("أوقف مسلحون مجهولون راعياً قرب مدينة دوما مساء الخميس واستولوا على ماشيته.", 2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Looting/property destruction");
}

TEST_F(LootedPropertyTest, TakingSomeonesCarWithAPronounTakesNoGround) {
  Doc doc = test::ExtractAt("أوقف مسلحون مجهولون تاجراً قرب مدينة دوما مساء الخميس واستولوا على سيارته.", 2026, 10, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(LootedPropertyTest, PropertyTriedToBeSeizedInAFightIsTheFight) {
  // حاولوا الاستيلاء: the seizure was tried and met a fight; nothing looted.
  Doc doc = test::ExtractAt(
      "قُتل اثنان من المزارعين مساء السبت في اشتباكات مع مسلحين حاولوا الاستيلاء على أرض زراعية قرب مدينة رداع.",
      2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Armed clash");
}

TEST_F(LootedPropertyTest, RebelsSeizingATownStillTakeGround) {
  Doc doc = test::ExtractAt("Rebels seized the town of Gusau on Tuesday.", 2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Non-state actor overtakes territory");
}

}  // namespace
}  // namespace marsad
