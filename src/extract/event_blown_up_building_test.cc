// An Arabic blowing-up word (فجّر، تفجير) whose object, past its subject, a
// day and a count, is a building demolishes it: property destruction, no
// bomb attack (KindFromWeaponSubject). A bomb set off near a house stays a
// bomb. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class BlownUpBuildingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(BlownUpBuildingTest, ArabicArmyBlowingUpCountedHomesIsDestruction) {
  Doc doc = test::ExtractAt("فجّر الجيش الإسرائيلي أمس الثلاثاء أربعة منازل في بلدة مارون الراس.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
}

TEST_F(BlownUpBuildingTest, ArabicVerbalNounWithACountedObjectIsDestruction) {
  Doc doc = test::ExtractAt("أقدمت قوة مسلحة على تفجير ثلاثة منازل في بلدة مارون الراس يوم الأحد.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
}

TEST_F(BlownUpBuildingTest, ArabicBombNearAHouseStaysABomb) {
  Doc doc = test::ExtractAt("فجّر مسلح عبوة ناسفة قرب منزل أحد الوجهاء في بلدة مارون الراس يوم الأحد.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
}

// The object in the construct state or a definite plural (منزل أسير، عدداً من المنازل)
// is the same house blown up.
TEST_F(BlownUpBuildingTest, ArabicConstructAndPluralObjectsAreDestruction) {
  Doc one = test::ExtractAt("فجّرت قوة من الجيش الإسرائيلي منزل أسير فلسطيني في بلدة يعبد جنوب غرب جنين فجر الثلاثاء.", 2025, 4, 16);
  test::MaybeDump(one);
  EXPECT_EQ(test::CountSub(one, "Looting/property destruction"), 1u);
  EXPECT_EQ(test::CountSub(one, "Remote explosive/landmine/IED"), 0u);
  Doc many = test::ExtractAt("فجّر الجيش الإسرائيلي عدداً من المنازل في حي البلدة الشمالي في بلدة مارون الراس يوم الأحد.", 2025, 4, 16);
  test::MaybeDump(many);
  EXPECT_EQ(test::CountSub(many, "Looting/property destruction"), 1u);
  EXPECT_EQ(test::CountSub(many, "Remote explosive/landmine/IED"), 0u);
}

// A clause describing the subject between the verb and a counted building
// (قوة توغلت … ثلاثة منازل) leaves the building the object; a bomb word
// before a counted building keeps the bomb.
TEST_F(BlownUpBuildingTest, ArabicCountedHomesPastASubjectClauseAreDestruction) {
  Doc doc = test::ExtractAt(
      "فجّرت وحدة إسرائيلية تقدمت ليلاً مسافة كيلومتر داخل الأراضي اللبنانية أربعة منازل في بلدة عيتا الشعب.", 2025, 4, 16);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Looting/property destruction");
  Doc bomb = test::ExtractAt("فجّر مسلح عبوة ناسفة قرب ثلاثة منازل في بلدة مارون الراس يوم الأحد.", 2025, 4, 16);
  test::MaybeDump(bomb);
  ASSERT_EQ(bomb.events.size(), 1u);
  EXPECT_EQ(bomb.events[0].acled_sub_event_type, "Remote explosive/landmine/IED");
}

}  // namespace
}  // namespace marsad
