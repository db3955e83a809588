// A clash named by a communal adjective (اشتباكات قبلية، نزاع عشائري،
// "tribal clashes") was fought between clan militias, not by the state or
// the report's other groups; a party named in its clause stays. Sentences
// are our own wording.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventCommunalFightsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventCommunalFightsTest, TribalClashesAreBetweenClanMilitias) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة أشخاص في اشتباكات قبلية اندلعت أمس في مدينة عمران شمال اليمن، فيما واصل الحوثيون قصف مأرب.", 2026, 11,
      2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.clan_militia");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.clan_militia");
  Doc en = test::ExtractAt(
      "date 2026-11-02\nSANAA - Three people were killed in tribal clashes in Amran city on Sunday, local sources said.",
      2026, 11, 2);
  test::MaybeDump(en);
  const Event* c = test::ExpectEvent(en, "clashes");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::ActorId(en, c->actor1), "gen.clan_militia");
  EXPECT_EQ(test::ActorId(en, c->actor2), "gen.clan_militia");
}

TEST_F(EventCommunalFightsTest, NamedSideInTheClauseStays) {
  Doc doc = test::ExtractAt("اندلعت اشتباكات قبلية بين الجيش ومسلحين من قبيلة التبو في مدينة سبها يوم الأحد.", 2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.clan_militia");
}

// The actor an event's side is coded as: the mention's own actor unless the
// event recoded it (a mention of farmers coded as ACLED's farmer communal
// militia, herders as its pastoralist communal militia).
TEST_F(EventCommunalFightsTest, FarmersAndHerdersClashingAreCommunalMilitias) {
  Doc doc = test::ExtractAt("اندلعت اشتباكات بين مزارعين ورعاة قرب مدينة مونغو يوم الثلاثاء، أسفرت عن مقتل أربعة أشخاص.", 2026, 11,
                            2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.farmer_militia");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.herder_militia");
  Doc en = test::ExtractAt("Clashes between farmers and herders near Mongo on Tuesday killed four people.", 2026, 11, 2);
  test::MaybeDump(en);
  const Event* c = test::ExpectEvent(en, "Clashes");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->acled_sub_event_type, "Armed clash");
  EXPECT_EQ(test::CodedId(en, c->actor1), "gen.farmer_militia");
}

// Nigeria's armed herders are ACLED's Fulani militia (a national_forces row
// for the herders' kind); a side no occupation names stays the unnamed
// communal militia.
TEST_F(EventCommunalFightsTest, HerdersInNigeriaAreTheFulaniMilitia) {
  Doc doc = test::ExtractAt("اندلعت اشتباكات بين مزارعين ورعاة قرب مدينة جوس في ولاية بلاتو النيجيرية يوم الثلاثاء، أسفرت عن مقتل أربعة أشخاص.", 2026,
                            11, 2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.farmer_militia");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "nga.fulani");
}

TEST_F(EventCommunalFightsTest, ConfrontationsBetweenFarmersAndHerdersAreAClash) {
  // مواجهات (also a political "confrontation") needs an armed side, or two
  // groups of people named as its sides.
  Doc doc = test::ExtractAt("اندلعت مواجهات بين صيادين ورعاة قرب بلدة كادي يوم السبت خلّفت ثلاثة قتلى.", 2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "مواجهات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.communal_militia");
  Doc bare = test::ExtractAt("شهدت المدينة مواجهات يوم السبت حول الموازنة.", 2026, 11, 2);
  test::MaybeDump(bare);
  EXPECT_EQ(test::CountType(bare, "Battles"), 0u);
}

TEST_F(EventCommunalFightsTest, VillagersFightingWithSticksStayAMob) {
  Doc doc = test::ExtractAt("Villagers from two hamlets fought with stones and sticks near Mongo on Tuesday, injuring nine.", 2026,
                            11, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

}  // namespace
}  // namespace marsad
