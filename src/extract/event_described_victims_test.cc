// The dead of a strike told by what its teller called them ("killing two men
// the army described as Hezbollah operatives": a `victim_identity` cue) are
// that armed group, actor 2 — not civilians, nor the party the report names
// most. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DescribedVictimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DescribedVictimsTest, MenTheArmyDescribedAsHezbollahOperativesAreHezbollah) {
  Doc doc = test::ExtractAt(
      "The Lebanese army deployed troops in Marjayoun on Monday. The Lebanese army also set up a checkpoint near "
      "Khiam. An Israeli drone strike on a car near Marjayoun on Tuesday killed two men whom the military "
      "described as Hezbollah operatives.",
      2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "lbn.hezbollah");
}

TEST_F(DescribedVictimsTest, MenIdentifiedAsSeniorIslamicStateMembersAreTheIslamicState) {
  Doc doc = test::ExtractAt(
      "US-led coalition aircraft struck a farmhouse near Albu Kamal on Monday, killing two men the coalition identified as "
      "senior Islamic State commanders.",
      2026, 11, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::CodedId(doc, doc.events[0].actor2), "isis");
}

TEST_F(DescribedVictimsTest, WhatTheAttackWasDescribedAsNamesNoVictim) {
  Doc doc = test::ExtractAt(
      "An Israeli drone struck a car near Marjayoun on Tuesday, killing two civilians, in what Hezbollah described "
      "as a crime.",
      2026, 11, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::CodedId(doc, doc.events[0].actor2), "gen.civilians");
}

// Social leaders (community and rights activists, القادة الاجتماعيون) are
// civilians: their killing is an attack on civilians.
TEST_F(DescribedVictimsTest, ArabicSocialLeadersKilledAreCivilians) {
  Doc doc = test::ExtractAt("قتل مسلحون مجهولون ثلاثة من القادة الاجتماعيين في بلدة سيغوفيا مساء الأحد.", 2026, 11, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  EXPECT_EQ(test::CodedId(doc, doc.events[0].actor2), "gen.civilians");
}

TEST_F(DescribedVictimsTest, EnglishSocialLeadersKilledAreCivilians) {
  Doc doc = test::ExtractAt("Gunmen killed two social leaders in Segovia on Sunday.", 2026, 11, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  EXPECT_EQ(test::CodedId(doc, doc.events[0].actor2), "gen.civilians");
}

}  // namespace
}  // namespace marsad
