// A denial that names a place of its own, apart from the event told before
// ("denied any clashes in X" after fighting at Y), answers for that place:
// a second event, negated, not the first one disputed.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DeniedElsewhereTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

using test::CountWithStatus;

TEST_F(DeniedElsewhereTest, ArabicDenialOfClashesInAnotherTownIsItsOwnNegatedEvent) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة غاو يوم الأربعاء.\n"
      "ونفى متحدث باسم الحكومة وقوع أي اشتباكات في مدينة تمبكتو، مؤكداً أن «الوضع تحت السيطرة».",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* denied = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(denied->status, "negated");
  const PlaceMention* p = test::PlaceOf(doc, denied);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Timbuktu");
  EXPECT_EQ(CountWithStatus(doc, "Armed clash", "negated"), 1u);
}

TEST_F(DeniedElsewhereTest, ArabicDenialOfReportsAboutANearbyTownAlsoStands) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة غاو يوم الأربعاء.\n"
      "ونفى مسؤول في الإدارة تقارير عن اشتباكات جديدة في محيط مدينة تمبكتو.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Armed clash", "negated"), 1u);
}

TEST_F(DeniedElsewhereTest, DenialAtTheSamePlaceStillDisputesTheToldEvent) {
  // Nothing new is denied: the clash told at Gao stands, disputed.
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات بين الجيش ومسلحين في مدينة غاو يوم الأربعاء.\n"
      "ونفى متحدث باسم الحكومة وقوع أي اشتباكات في مدينة غاو.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Armed clash", "negated"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

TEST_F(DeniedElsewhereTest, DeniersOwnPlaceIsNoPlaceOfTheDenial) {
  // "The Timbuktu police denied using live fire": the town before the event
  // word is the denier's; the denial is of the event told before.
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات بين الجيش ومسلحين في مدينة غاو يوم الأربعاء.\n"
      "ونفت قيادة شرطة تمبكتو في بيان وقوع اشتباكات.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Armed clash", "negated"), 0u);
}

// "… In Kut, residents protested. The governor denied arresting any
// activists in the city": a place anaphor after the denied event word, in
// its clause, refers to a town of its own — the denial answers for that
// town, not for the arrests told at another before it.
TEST_F(DeniedElsewhereTest, DenialInTheCityToldBeforeIsItsOwnNegatedEvent) {
  Doc ar = test::ExtractAt(
      "بغداد – اعتقلت الشرطة 30 محتجاً في الناصرية أمس الثلاثاء.\n"
      "وفي مدينة الكوت، تظاهر مئات السكان أمس احتجاجاً على انقطاع الكهرباء.\n"
      "ونفى محافظ واسط اعتقال أي ناشطين في المدينة.",
      2026, 12, 2);
  test::MaybeDump(ar);
  EXPECT_EQ(CountWithStatus(ar, "Arrests", "negated"), 1u);
  EXPECT_EQ(CountWithStatus(ar, "Arrests", "reported"), 1u);
  Doc en = test::ExtractAt(
      "BAGHDAD (Reuters) - Police arrested 30 protesters in Nasiriyah on Tuesday, witnesses said.\n"
      "In Kut, hundreds of residents protested over power cuts on Tuesday.\n"
      "The governor of Wasit denied that police had arrested any activists in the city.",
      2026, 12, 2);
  test::MaybeDump(en);
  EXPECT_EQ(CountWithStatus(en, "Arrests", "negated"), 1u);
  EXPECT_EQ(CountWithStatus(en, "Arrests", "reported"), 1u);
}

// "ونفى محافظ واسط اعتقال أي مشتبه بهم", "The governor of Wasit denied …":
// the area of the official who governs it and denies is what the denial
// answers for — arrests told at a town of another province before are not
// the ones denied.
TEST_F(DeniedElsewhereTest, GovernorsDenialAnswersForHisArea) {
  Doc ar = test::ExtractAt(
      "بغداد – اعتقلت الشرطة 30 محتجاً في الناصرية أمس الثلاثاء.\n"
      "وفي الكوت، انفجرت عبوة ناسفة قرب سوق شعبي أمس دون وقوع إصابات.\n"
      "ونفى محافظ واسط اعتقال أي مشتبه بهم.",
      2026, 12, 2);
  test::MaybeDump(ar);
  EXPECT_EQ(CountWithStatus(ar, "Arrests", "negated"), 1u);
  EXPECT_EQ(CountWithStatus(ar, "Arrests", "reported"), 1u);
  Doc en = test::ExtractAt(
      "BAGHDAD (Reuters) - Police arrested 30 protesters in Nasiriyah on Tuesday, witnesses said.\n"
      "In Kut, a roadside bomb exploded near a market on Tuesday without causing casualties.\n"
      "The governor of Wasit denied that police had arrested any suspects.",
      2026, 12, 2);
  test::MaybeDump(en);
  EXPECT_EQ(CountWithStatus(en, "Arrests", "negated"), 1u);
  EXPECT_EQ(CountWithStatus(en, "Arrests", "reported"), 1u);
}

}  // namespace
}  // namespace marsad
