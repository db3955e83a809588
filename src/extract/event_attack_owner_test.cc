// "Repelled a Russian attack" (صدّ هجوماً روسياً): a nationality adjective
// after an attack noun is whose attack it was, the other side of the
// repelling force; written with its accusative tanween (روسياً) it is still
// the adjective, not the country's name. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventAttackOwnerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventAttackOwnerTest, RepelledAttackOfANationIsItsForces) {
  Doc doc = test::ExtractAt("قالت هيئة الأركان إن الجيش الأوكراني صد هجوماً روسياً قرب بلدة باخموت يوم السبت.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "صد");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "ukr.mil");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "rus.mil");
}

TEST_F(EventAttackOwnerTest, CountedAttacksToo) {
  Doc doc = test::ExtractAt("أعلن الجيش الأوكراني أنه صد 14 هجوماً روسياً قرب بلدة باخموت يوم السبت.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "صد");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "rus.mil");
  EXPECT_NE(test::ActorId(doc, e->actor1), "rus.mil");
}

TEST_F(EventAttackOwnerTest, AccusativeAdjectiveIsNoCountry) {
  Doc doc = test::ExtractAt("شنت الطائرات قصفاً تركياً على قرية قرب دهوك يوم الأحد.", 2026, 5, 10);
  test::MaybeDump(doc);
  bool adjective = false, country = false;
  for (const ActorMention& m : doc.actors) {
    adjective = adjective || m.id == "tur.mil";
    country = country || m.id == "tur.state";
  }
  EXPECT_TRUE(adjective);
  EXPECT_FALSE(country);
}

}  // namespace
}  // namespace marsad
