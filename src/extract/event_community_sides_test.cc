// Two communities joined by و after one form of a community's armed men
// (مسلحين من قبيلتي X وY، ميليشيات من X وY) are the two sides of the fight,
// each its own militia (data/ar/community_militias.tsv). Sentences are our
// own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventCommunitySidesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventCommunitySidesTest, TwoTribesAfterADualFormAreBothSides) {
  Doc doc = test::ExtractAt(
      "قتل سبعة أشخاص في اشتباكات اندلعت يوم الأحد بين مسلحين من قبيلتي الحوازمة والمسيرية قرب مدينة الدلنج.", 2026,
      3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.hawazma_militia");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "sdn.misseriya_militia");
}

TEST_F(EventCommunitySidesTest, MilitiasOfTwoCommunities) {
  Doc doc = test::ExtractAt("شهدت مدينة يامبيو اشتباكات بين ميليشيات من الزاندي والبلاندا يوم الأحد أسفرت عن مقتل عشرة أشخاص.",
                            2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "ssd.azande_militia");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "ssd.balanda_militia");
}

// A word joined by و after a community's militia that names no community is
// no second side (وأشخاصاً آخرين).
TEST_F(EventCommunitySidesTest, OtherWordAfterAndIsNoCommunity) {
  Doc doc = test::ExtractAt("اعتقلت الشرطة مسلحين من قبيلة الرزيقات وأشخاصاً آخرين في نيالا يوم الأحد.", 2026, 3, 5);
  test::MaybeDump(doc);
  size_t militias = 0;
  for (const ActorMention& m : doc.actors) militias += m.id.ends_with("_militia");
  EXPECT_EQ(militias, 1u);
}

// "Two groups of X and Y" (مجموعتين من X وY) and armed groups of a
// community (مجموعة مسلحة من X) name the community's militia.
TEST_F(EventCommunitySidesTest, TwoGroupsOfTwoCommunitiesAreBothSides) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات يوم الأحد بين مجموعتين من الحوازمة والمسيرية قرب مدينة الدلنج، وفق مصادر محلية.", 2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.hawazma_militia");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "sdn.misseriya_militia");
  Doc one = test::ExtractAt("هاجمت مجموعة مسلحة من المسيرية قرية قرب مدينة الدلنج يوم الأحد.", 2026, 3, 5);
  test::MaybeDump(one);
  const Event* a = test::ExpectEvent(one, "هاجمت");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(one, a->actor1), "sdn.misseriya_militia");
}

// "Clan militias" are Somalia's clan militias in Somalia and the country's
// generic clan militia elsewhere.
TEST_F(EventCommunitySidesTest, ClanMilitiasOutsideSomaliaAreGeneric) {
  Doc ken = test::ExtractAt(
      "MANDERA, Kenya (Wire) - Rival clan militias clashed near Rhamu in Kenya on Sunday, killing four people, police said.",
      2026, 3, 5);
  test::MaybeDump(ken);
  const Event* e = test::ExpectEvent(ken, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(ken, e->actor1), "gen.clan_militia");
  Doc som = test::ExtractAt(
      "BELEDWEYNE, Somalia (Wire) - Rival clan militias clashed near Beledweyne on Sunday, killing four people, elders said.",
      2026, 3, 5);
  test::MaybeDump(som);
  const Event* s = test::ExpectEvent(som, "clashed");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(test::ActorId(som, s->actor1), "som.clan_militia");
}

}  // namespace
}  // namespace marsad
