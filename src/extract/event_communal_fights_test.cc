// A clash named by a communal adjective (اشتباكات قبلية، نزاع عشائري،
// "tribal clashes") was fought between clan militias, not by the state or
// the report's other groups; a party named in its clause stays. Sentences
// are our own wording.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace marsad
