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

// Pakistan's sectarian tribal feud: the Sunni and the Shia tribes' armed men are two identity
// militias (actors.tsv pak.sunni_tribal_militia / pak.shia_tribal_militia, country:PAK aliases).
TEST_F(EventFeudSidesTest, SunniAndShiaTribesInPakistanAreTwoMilitias) {
  Doc doc = test::ExtractAt(
      "قُتل أربعة أشخاص في اشتباكات بين القبائل السنية والقبائل الشيعية قرب مدينة باراتشينار في باكستان مساء الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "pak.sunni_tribal_militia");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "pak.shia_tribal_militia");
}

// A community's militia sends no suicide bombers: named alone in the report, it is not
// given an unclaimed suicide bombing.
TEST_F(EventFeudSidesTest, TribalMilitiaIsNoSuicideBomber) {
  Doc doc = test::ExtractAt(
      "PARACHINAR, Pakistan (Wire) - Shia tribesmen and police exchanged fire near Parachinar on Sunday. "
      "Separately, a suicide bomber blew himself up at a checkpoint in Hangu on Monday, killing two policemen.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Suicide bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "pak.shia_tribal_militia");
}

// A brawl fought with guns (مشاجرة بالأسلحة النارية، مشاجرة مسلحة) is an exchange of fire between
// the two families, an armed clash as اشتباك مسلح; a brawl with knives or fists is none.
TEST_F(EventFeudSidesTest, GunBrawlBetweenFamiliesIsAnArmedClash) {
  Doc doc = test::ExtractAt(
      "لقي ثلاثة أشخاص مصرعهم في مشاجرة بالأسلحة النارية بين عائلتين في قرية تابعة لمركز ملوي بمحافظة المنيا مساء الأحد بسبب خلاف على الري.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.communal_militia");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.communal_militia");
  Doc armed = test::ExtractAt("أصيب خمسة أشخاص في مشاجرة مسلحة بين عائلتين بقرية تابعة لمركز ملوي بمحافظة المنيا مساء الأحد.", 2026,
                              3, 10);
  test::MaybeDump(armed);
  EXPECT_EQ(test::CountSub(armed, "Armed clash"), 1u);
}

TEST_F(EventFeudSidesTest, KnifeOrBareBrawlIsNoArmedClash) {
  Doc knives = test::ExtractAt(
      "أصيب أربعة أشخاص في مشاجرة بالأسلحة البيضاء بين عائلتين في قرية تابعة لمركز ملوي بمحافظة المنيا مساء الأحد.", 2026, 3, 10);
  test::MaybeDump(knives);
  EXPECT_EQ(test::CountSub(knives, "Armed clash"), 0u);
  Doc bare = test::ExtractAt("أصيب شابان في شجار بين جيران في قرية تابعة لمركز ملوي بمحافظة المنيا مساء الأحد.", 2026, 3, 10);
  test::MaybeDump(bare);
  EXPECT_EQ(test::CountSub(bare, "Armed clash"), 0u);
}

// A tribal feud fought with arms (نزاع عشائري مسلح) is an armed clash; a bare
// dispute (نزاع على أرض) fought in words or in court is none.
TEST_F(EventFeudSidesTest, ArmedTribalFeudIsAnArmedClash) {
  Doc doc = test::ExtractAt("قُتل ثلاثة أشخاص في نزاع عشائري مسلح شمال مدينة البصرة مساء الجمعة.", 2026, 4, 11);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  Doc plural = test::ExtractAt("تجددت النزاعات العشائرية المسلحة في قضاء الرفاعي شمال الناصرية يوم الأحد.", 2026, 4, 12);
  test::MaybeDump(plural);
  EXPECT_EQ(test::CountSub(plural, "Armed clash"), 1u);
  Doc court = test::ExtractAt("نظرت محكمة في مدينة البصرة يوم الأحد في نزاع على أرض زراعية بين عائلتين.", 2026, 4, 12);
  test::MaybeDump(court);
  EXPECT_EQ(test::CountSub(court, "Armed clash"), 0u);
}

}  // namespace
}  // namespace marsad
