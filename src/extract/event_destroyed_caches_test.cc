// A cache of arms found and destroyed, burned or blown up (`military_target`
// cues of kind `stockpile`: cache, مخبأ) is disrupted weapons use, not
// property destruction; destroyed by a strike told before it, it is the
// strike's. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

bool Has(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return true;
  return false;
}

class DestroyedCachesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DestroyedCachesTest, BlownUpCacheIsDisruptedWeaponsUse) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nKIRKUK, Iraq (Reuters) - Iraqi troops found and blew up a cache of rockets and explosives in "
      "a farm near Hawija on Tuesday, the army said.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_TRUE(Has(doc, "Disrupted weapons use"));
  EXPECT_FALSE(Has(doc, "Looting/property destruction"));
}

TEST_F(DestroyedCachesTest, DestroyedArabicHideoutOfArmsIsDisruptedWeaponsUse) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nوقالت وزارة الدفاع إن وحدات الجيش دمّرت أمس مخبأً يحتوي على قنابل يدوية وذخيرة قرب مدينة "
      "تبسة.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_TRUE(Has(doc, "Disrupted weapons use"));
  EXPECT_FALSE(Has(doc, "Looting/property destruction"));
}

TEST_F(DestroyedCachesTest, BlownUpBridgeStaysPropertyDestruction) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nBAMAKO, Mali (Reuters) - Militants blew up a bridge near Macina on Tuesday, residents said.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_FALSE(Has(doc, "Disrupted weapons use"));
  EXPECT_TRUE(Has(doc, "Looting/property destruction"));
}

TEST_F(DestroyedCachesTest, CacheDestroyedByAStrikeIsTheStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nKIRKUK, Iraq (Reuters) - A coalition air strike destroyed a cache of rifles near Hawija on "
      "Tuesday, the army said.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_FALSE(Has(doc, "Disrupted weapons use"));
  EXPECT_TRUE(Has(doc, "Air/drone strike"));
}

// كشفت ودمرت، إثر عملية تمشيط …، مخبأً: an aside between commas right after
// the verb (how or where it was done) stands between it and the cache; the
// cache is still what was destroyed. A house destroyed after such an aside
// stays property destruction.
TEST_F(DestroyedCachesTest, CacheAfterAnAsideBetweenCommasIsDisruptedWeaponsUse) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nوأضاف البيان أن مفرزة للجيش دمّرت، خلال عملية تفتيش في غابات قرب مدينة تبسة، مخبأً "
      "تستعمله جماعة إرهابية يحتوي على ذخيرة.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_TRUE(Has(doc, "Disrupted weapons use"));
  EXPECT_FALSE(Has(doc, "Looting/property destruction"));
  Doc house = test::ExtractAt(
      "date 2026-04-02\nوقال شهود إن مسلحين دمّروا، خلال هجوم ليلي على قرية قرب مدينة تبسة، منزلاً لأحد "
      "المزارعين.",
      2026, 4, 2);
  test::MaybeDump(house);
  EXPECT_FALSE(Has(house, "Disrupted weapons use"));
}

TEST_F(DestroyedCachesTest, SafeHouseHoldingArmsFoundAndBlownUpIsOneFind) {
  // مضافة تحوي: a hideout holding arms is the find; blowing it up after is
  // the same disrupted weapons use, no bomb set off.
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nوقال الجيش في بيان إن قوة من الفرقة الخامسة عثرت قرب مدينة الشرقاط على مضافة تحوي "
      "أسلحة وأعتدة قديمة، وجرى تفجيرها في مكانها.",
      2026, 4, 2);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Disrupted weapons use");
}

}  // namespace
}  // namespace marsad
