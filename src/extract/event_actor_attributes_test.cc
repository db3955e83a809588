// A nominative adjective right after an actor (قطاع طرق مسلحون, "armed
// bandits") describes it and is no second party; an accusative object right
// after a subject still is one. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventActorAttributesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventActorAttributesTest, ArmedAfterBanditsDescribesThem) {
  Doc doc = test::ExtractAt("خطف قطاع طرق مسلحون عشرين مزارعاً قرب بلدة تسافي في ولاية زامفارا ليل الثلاثاء.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "خطف");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.unidentified_gunmen");
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.unidentified_gunmen");
  for (const ActorMention& m : doc.actors) EXPECT_NE(m.id, "gen.unidentified_gunmen") << m.name;
}

TEST_F(EventActorAttributesTest, GunmenAsTheObjectStayAParty) {
  Doc doc = test::ExtractAt("قتلت قوات الأمن مسلحين اثنين قرب بلدة تسافي في ولاية زامفارا ليل الثلاثاء.", 2026, 3, 9);
  test::MaybeDump(doc);
  bool gunmen = false;
  for (const ActorMention& m : doc.actors) gunmen = gunmen || m.id == "gen.unidentified_gunmen";
  EXPECT_TRUE(gunmen);
}

}  // namespace
}  // namespace marsad
