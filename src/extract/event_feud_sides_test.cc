// A feud between two families or clans (بين عائلتين، بين مسلحي العشيرتين) is
// fought by both: each side is the communal or clan militia, in Somalia its
// clan militias (national_forces.tsv). Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventFeudSidesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventFeudSidesTest, TwoFamiliesAreBothSides) {
  Doc doc = test::ExtractAt(
      "قُتل شخصان وأصيب أربعة في تبادل لإطلاق النار بين عائلتين بقرية الحواتكة التابعة لمركز منفلوط في محافظة أسيوط مساء الأحد.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.communal_militia");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.communal_militia");
}

TEST_F(EventFeudSidesTest, ClansInSomaliaAreItsClanMilitias) {
  Doc doc = test::ExtractAt("قُتل شخصان في اشتباكات بين مليشيات عشيرتين قرب بلدة جوهر في إقليم شبيلي الوسطى مساء الأحد.", 2026,
                            3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(doc.actors[e->actor1.actor].id, "gen.clan_militia");
  EXPECT_EQ(e->actor1.coded_id, "som.clan_militia");
}

}  // namespace
}  // namespace marsad
