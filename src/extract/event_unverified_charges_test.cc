// A party's charge against the other side that cannot be verified is
// hedged; its own deed, unverifiable, stays its claim. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class UnverifiedChargesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Violent(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_event_type != "none") return &e;
  return nullptr;
}

TEST_F(UnverifiedChargesTest, AnUnverifiedChargeAgainstTheEnemyIsHedged) {
  Doc doc = test::ExtractAt(
      "The KNU accused the military of dropping bombs that released a choking gas on its positions near Hpa-an on "
      "Monday, a claim that could not be independently verified.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = Violent(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Chemical weapon");
  EXPECT_EQ(e->status, "hedged");
}

TEST_F(UnverifiedChargesTest, TheSameChargeVerifiableStaysClaimed) {
  Doc doc = test::ExtractAt(
      "The KNU accused the military of dropping bombs that released a choking gas on its positions near Hpa-an on "
      "Monday.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = Violent(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(UnverifiedChargesTest, AnUnverifiedOwnDeedStaysClaimed) {
  Doc doc = test::ExtractAt(
      "The army said its troops had retaken the town of Um Jar from the RSF on Sunday, a claim that could not be "
      "independently verified.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = Violent(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// "are being verified", "yet to be confirmed" (hedge): told as still
// being checked, not as known.
TEST_F(UnverifiedChargesTest, ReportsBeingVerifiedAreHedged) {
  Doc doc = test::ExtractAt(
      "Gunmen raped women fleeing the village of Kumba on Sunday, and the accounts are being verified by aid agencies.", 2025,
      6, 3);
  test::MaybeDump(doc);
  const Event* e = Violent(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

TEST_F(UnverifiedChargesTest, ARaidNotYetConfirmedIsHedged) {
  Doc doc = test::ExtractAt("Gunmen abducted 12 farmers near Kumba on Sunday, an account yet to be confirmed.", 2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = Violent(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

}  // namespace
}  // namespace marsad
