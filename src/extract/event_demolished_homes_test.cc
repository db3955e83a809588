// People's homes destroyed (a `goods` word of kind `property` in the damage
// words) after arms seized or devices blown up by the same force, joined by
// و / "and", are no hideout of the operation and no arms disposed of: the
// destruction stays an event of its own (event_folds.cc FoldSeizedWeapons,
// FoldDamageOfViolence). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DemolishedHomesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DemolishedHomesTest, ArabicHomeDemolishedAfterArmsSeizedIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "وقال الجيش في بيان إن قواته ضبطت بندقيتين وذخائر في قرية عقربا صباح أمس، وهدمت منزل رجل مطلوب.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(DemolishedHomesTest, EnglishHomeDemolishedAfterArmsSeizedIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "Troops seized two rifles and ammunition in the village of Aqraba on Monday and demolished the house of a wanted man, "
      "the army said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(DemolishedHomesTest, ArabicHideoutDestroyedWithArmsSeizedStaysOneEvent) {
  Doc doc = test::ExtractAt(
      "قالت القوات الأمنية إنها دمّرت نفقاً قرب بلدة عقربا صباح أمس وضبطت كمية من الذخائر بداخله.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
}

}  // namespace
}  // namespace marsad
