// Shelling or a strike that hurt no one still hit civilians, in English
// reports, when it damaged their homes, a school or a hospital (a
// `civilian_target` cue of kind dwelling after the event's word): ACLED
// codes Civilians as actor 2. Farmland, a depot or a substation hit with no
// one hurt names no victim. A defence ministry called "of National Defence"
// speaks for the army. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DamagedDwellingsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DamagedDwellingsTest, ShellingThatDamagedHousesAndHurtNoOneHitCivilians) {
  Doc doc = test::ExtractAt(
      "Russian artillery shelled the village of Velyka Pysarivka on Tuesday, damaging several houses and a "
      "kindergarten; no one was hurt.",
      2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians");
}

TEST_F(DamagedDwellingsTest, DroneThatHitASchoolWithNoCasualtiesHitCivilians) {
  Doc doc = test::ExtractAt(
      "A Russian drone struck a school in Sumy on Wednesday night, the regional governor said; there were no "
      "casualties.",
      2026, 11, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::CodedId(doc, doc.events[0].actor2), "gen.civilians");
}

TEST_F(DamagedDwellingsTest, ShellingOfFarmlandThatHurtNoOneNamesNoVictim) {
  Doc doc = test::ExtractAt(
      "Russian artillery shelled the outskirts of Velyka Pysarivka on Tuesday, setting fire to farmland; no one "
      "was hurt.",
      2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "");
}

TEST_F(DamagedDwellingsTest, MinistryOfNationalDefenceSpeaksForTheArmy) {
  Doc doc = test::ExtractAt(
      "Police in Silopi detained six people on Sunday, the governor said. Police also dispersed a crowd in "
      "Cizre with tear gas. The Ministry of National Defence said an armed drone had struck a cave used as an "
      "arms depot near Uludere on Sunday.",
      2026, 11, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "armed drone");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "tur.mil");
}

}  // namespace
}  // namespace marsad
