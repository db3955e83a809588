// "Air defences intercepted five rockets, while one hit a school in X": the
// one that got through (rows "one hit", "another struck", "one of them hit"
// …, needs=interceptable: a rocket, missile, shell or drone word in their
// sentence or the one before) is an attack of its own where it fell, not
// folded into the interception, and its doer is the launcher, not the
// interceptor. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class GotThroughTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(GotThroughTest, TheOneThatHitIsAnAttackBesideTheInterception) {
  Doc doc = test::ExtractAt(
      "Air defences intercepted five of about eight rockets launched toward Kiryat Shmona on Sunday, while one hit an "
      "empty school in Metula.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  ASSERT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
  // Its doer is the launcher (none named here), never the interceptor.
  const Event* hit = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(hit, nullptr);
  const std::string doer = test::ActorId(doc, hit->actor1);
  EXPECT_FALSE(doer.empty());
  EXPECT_NE(doer.rfind("isr.", 0), 0u) << doer;
}

TEST_F(GotThroughTest, OneHitWithoutAProjectileIsNoAttack) {
  Doc doc = test::ExtractAt("The boxer said one hit him hard in the second round of the bout in Metula.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

TEST_F(GotThroughTest, AClaimToldAfterTheOneThatHitIsAnotherAct) {
  Doc doc = test::ExtractAt(
      "Air defences intercepted five of about eight rockets launched toward Kiryat Shmona on Sunday, while one hit an "
      "empty school in Maalot-Tarshiha. Hezbollah said its fighters had targeted an army post near Shlomi.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 2u);
}

TEST_F(GotThroughTest, AnotherDroneIsNoneOfThoseDestroyed) {
  Doc doc = test::ExtractAt(
      "Air defence systems destroyed nine Ukrainian drones over the Kursk region overnight, and another drone dropped a "
      "munition filled with chloropicrin on a checkpoint near Rylsk.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  ASSERT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  // "another drone" of the nine Ukrainian ones: Ukraine's, not the
  // Russian air defences'.
  const Event* drop = test::FirstOfSub(doc, "Chemical weapon");
  ASSERT_NE(drop, nullptr);
  EXPECT_EQ(test::ActorId(doc, drop->actor1), "ukr.mil");
}

}  // namespace
}  // namespace marsad
