// A victim named with the force he served in before (a `former` cue on the
// mention: جندياً سابقاً، شرطياً سابقاً) is out of service: ACLED counts
// former soldiers and police as civilians, so armed men killing him attack
// a civilian (event_tolls.cc, the casualty word's own killing). A serving
// soldier killed stays a clash. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FormerVictimTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FormerVictimTest, FormerSoldierKilledByGunmenIsAnAttackOnACivilian) {
  Doc doc = test::ExtractAt("وفي مدينة الرمادي، قتل مسلحون مجهولون جندياً سابقاً في الجيش العراقي أمام منزله ليل الأربعاء.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قتل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians");
}

TEST_F(FormerVictimTest, FormerPoliceOfficerKilledIsAnAttack) {
  Doc doc = test::ExtractAt("قتل مسلحون مجهولون ضابطاً سابقاً في الشرطة في مدينة الموصل يوم الخميس.", 2025, 4, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قتل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians");
}

TEST_F(FormerVictimTest, ServingSoldierKilledStaysAClash) {
  Doc doc = test::ExtractAt("وفي مدينة الرمادي، قتل مسلحون مجهولون جندياً أمام منزله ليل الأربعاء.", 2025, 4, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قتل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
  EXPECT_NE(test::CodedId(doc, e->actor2), "gen.civilians");
}

TEST_F(FormerVictimTest, EnglishRetiredArmyOfficerKilledIsAnAttack) {
  Doc doc = test::ExtractAt("Unknown gunmen killed a retired army officer in Peshawar on Thursday.", 2025, 4, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "killed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians");
}

TEST_F(FormerVictimTest, EnglishServingPoliceOfficerKilledStaysAClash) {
  Doc doc = test::ExtractAt("Unknown gunmen killed a police officer in Mosul on Thursday.", 2025, 4, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "killed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

// An armed party told in an earlier clause as the side of an event of its
// own (هجمات على مواقع الجيش) is no side of the attack on a mosque told
// after فيما: that attack fell on the worshippers.
TEST_F(FormerVictimTest, ArmyOfAnEarlierClauseEventIsNoSideOfAMosqueAttack) {
  Doc doc = test::ExtractAt(
      "شهدت مدينة رفح في 2015 هجمات شنّها مسلحون على مواقع الجيش، فيما قُتل أكثر من 200 مصلٍّ في هجوم على مسجد قرب "
      "بلدة العريش يوم الجمعة.",
      2025, 4, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
  EXPECT_NE(test::CodedId(doc, e->actor2), "egy.army");
  const Event* raids = test::ExpectEvent(doc, "هجمات");
  ASSERT_NE(raids, nullptr);
  EXPECT_EQ(raids->acled_sub_event_type, "Armed clash");
}

// القوة الأمنية, "the security force" (one unit of them), is an armed
// party: a wanted man who fired on it fought it (shot_at_armed_party).
TEST_F(FormerVictimTest, FireOnTheSecurityForceIsAClash) {
  Doc doc = test::ExtractAt(
      "وقالت الشرطة إن المطلوب قُتل في مدينة الزرقاء يوم الأحد بعد أن بادر بإطلاق النار على القوة الأمنية.", 2025, 4,
      12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "بإطلاق النار");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

}  // namespace
}  // namespace marsad
