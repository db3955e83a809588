// A raid word (`raid` cue: داهمت، مداهمة) beside another event of its
// sentence and no detention word is that event's setting, no arrest
// (event_bare_raids.cc); with someone taken it stays the arrest.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class BareRaidTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static bool AnyDetention(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests" || e.acled_sub_event_type == "Abduction/forced disappearance") return true;
  return false;
}

static bool Has(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return true;
  return false;
}

TEST_F(BareRaidTest, RaidEndingInAShootoutIsTheClash) {
  Doc doc = test::ExtractAt(
      "داهمت قوات الشرطة وكراً لعصابة مسلحة في حي الشيخ عثمان بمدينة عدن فجر اليوم، وقتلت اثنين من أفرادها في تبادل "
      "لإطلاق النار.",
      2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_FALSE(AnyDetention(doc));
  EXPECT_TRUE(Has(doc, "Armed clash"));
}

TEST_F(BareRaidTest, RaidOnAVillageThatBurnedHomesTakesNoOne) {
  Doc doc = test::ExtractAt("داهمت قوة من الدعم السريع قرية قرب مدينة نيالا يوم الأحد، وأحرقت عشرات المنازل.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_FALSE(AnyDetention(doc));
  EXPECT_TRUE(Has(doc, "Looting/property destruction"));
}

TEST_F(BareRaidTest, RaidThatDetainedStaysAnArrest) {
  Doc doc = test::ExtractAt("داهمت قوات الأمن منازل في بلدة الحويجة فجر اليوم واعتقلت خمسة مطلوبين.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_TRUE(Has(doc, "Arrests"));
}

}  // namespace
}  // namespace marsad
