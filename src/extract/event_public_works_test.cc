// A destruction whose first object is public works (a bridge, streets, water
// and power lines: a `public_works` cue) harms no one ACLED names: it has no
// actor 2, where homes or shops burnt make it Civilians
// (event_actors.cc CrowdActors). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PublicWorksTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Looting(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Looting/property destruction") return &e;
  return nullptr;
}

TEST_F(PublicWorksTest, ABridgeBlownUpHasNoVictim) {
  Doc doc = test::ExtractAt("وفجّر مسلحون جسراً على الطريق المؤدي إلى بلدة جيبو ليل الأحد.", 2026, 10, 10);
  test::MaybeDump(doc);
  const Event* e = Looting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_LT(e->actor2.actor, 0);
  EXPECT_EQ(e->actor2.implicit_id, "");
}

TEST_F(PublicWorksTest, StreetsBulldozedInACampHaveNoVictim) {
  Doc doc = test::ExtractAt("وجرّفت آليات عسكرية شوارع رئيسية وخطوط المياه داخل مخيم جنين يوم الخميس.", 2026, 10, 10);
  test::MaybeDump(doc);
  const Event* e = Looting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.implicit_id, "");
}

TEST_F(PublicWorksTest, ShopsBurntBeforeARoadStillFallOnCivilians) {
  Doc doc = test::ExtractAt("وأحرق مسلحون عشرات المحال التجارية والشوارع المحيطة بالسوق في بلدة جيبو ليل الأحد.", 2026, 10, 10);
  test::MaybeDump(doc);
  const Event* e = Looting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.implicit_id, "gen.civilians");
}

TEST_F(PublicWorksTest, EnglishMastTorchedHasNoVictim) {
  Doc doc = test::ExtractAt("Militants torched a mobile phone mast outside Maiduguri on Sunday night.", 2026, 10, 10);
  test::MaybeDump(doc);
  const Event* e = Looting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_LT(e->actor2.actor, 0);
  EXPECT_EQ(e->actor2.implicit_id, "");
}

TEST_F(PublicWorksTest, EnglishIllegalRefineriesDestroyedHaveNoVictim) {
  Doc doc = test::ExtractAt("Troops destroyed nine illegal refineries in the creeks near Port Harcourt, the army said on Monday.",
                            2026, 10, 10);
  test::MaybeDump(doc);
  const Event* e = Looting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.implicit_id, "");
}

TEST_F(PublicWorksTest, EnglishShopsBurntBeforeAMastStillFallOnCivilians) {
  Doc doc = test::ExtractAt("Militants torched shops and a telecom mast in Maiduguri on Sunday night.", 2026, 10, 10);
  test::MaybeDump(doc);
  const Event* e = Looting(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.implicit_id, "gen.civilians");
}

}  // namespace
}  // namespace marsad
