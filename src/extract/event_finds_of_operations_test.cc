// Arms seized with "and" right after an arrest or a fight of their sentence
// were taken from those caught or fought: one event, the arrest or the
// fight (event_folds.cc FoldFindsIntoOperations). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FindsOfOperationsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FindsOfOperationsTest, ArabicArrestThenWeaponsSeizedIsTheArrest) {
  Doc doc = test::ExtractAt(
      "أعلنت الشرطة الأردنية اعتقال أربعة مهربين في مدينة المفرق يوم الثلاثاء، وضبط أسلحة وذخائر في سيارتهم.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(FindsOfOperationsTest, ArabicClashThenWeaponsConfiscatedIsTheClash) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن وحداته اشتبكت مع مسلحين قرب مدينة تمبكتو فجر الأحد، وصادرت أسلحة خفيفة كانت بحوزتهم.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(FindsOfOperationsTest, EnglishArrestThenRecoveredRiflesIsTheArrest) {
  Doc doc = test::ExtractAt(
      "Police arrested five suspected gang members in Guayaquil on Monday and recovered three rifles and ammunition.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(FindsOfOperationsTest, DefusedDeviceAfterAnArrestStaysItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "اعتقلت قوات الأمن ثلاثة مطلوبين في مدينة الرمادي صباح الأحد، وفككت عبوة ناسفة زرعت على طريق قريب.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(FindsOfOperationsTest, WeaponsSeizedBeforeTheArrestStayTheirOwnEvent) {
  Doc doc = test::ExtractAt(
      "ضبطت قوات الأمن مستودع أسلحة في مدينة الزرقاء يوم الأربعاء، واعتقلت شخصين يشتبه بتورطهما في تهريبها.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

// Devices ready to go off were an explosion stopped: a disrupted weapons use
// beside the arrest (a `primed` cue after the find).
TEST_F(FindsOfOperationsTest, ArabicDevicesReadyToDetonateAfterAnArrestStayTheirOwnEvent) {
  Doc doc = test::ExtractAt(
      "أعلنت الشرطة أنها اعتقلت ثلاثة أشخاص في مدينة الموصل مساء الأحد، وضبطت بحوزتهم ثلاث عبوات ناسفة معدة للتفجير.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(FindsOfOperationsTest, EnglishBombsReadyForUseAfterAnArrestStayTheirOwnEvent) {
  Doc doc = test::ExtractAt(
      "Police arrested three men in Kirkuk on Sunday and seized explosives that were ready for use.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

// A readiness word before the find tells of something else.
TEST_F(FindsOfOperationsTest, ReadinessBeforeTheFindDoesNotKeepIt) {
  Doc doc = test::ExtractAt(
      "Troops ready for use of force arrested five smugglers in Kirkuk on Monday and recovered three rifles and ammunition.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

// Arms found in a cache (a `stockpile` word as the find's object) were
// stored there, not carried by those the operation caught: a find of its own.
TEST_F(FindsOfOperationsTest, EnglishCacheSeizedAfterAnArrestStaysItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "Police arrested two brothers in Kirkuk on Tuesday and seized a cache of rifles hidden in an orchard.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(FindsOfOperationsTest, ArabicHideoutFoundAfterAnArrestStaysItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "أعلنت الشرطة أنها اعتقلت ثلاثة مطلوبين في مدينة الموصل مساء الأحد، وضبطت مخبأً يحوي بنادق وذخائر.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

}  // namespace
}  // namespace marsad
