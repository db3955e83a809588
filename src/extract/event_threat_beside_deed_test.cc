// An English act told as threatened or vowed (intent) in the sentence of a
// definite noun that refers back to a deed ("said it had carried out the
// ambush and threatened to attack police posts") is a plan of its own, not
// that deed (event_unit.cc Corefer). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ThreatBesideDeedTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ThreatBesideDeedTest, AnAttackThreatenedBesideAClaimedAmbushIsIntent) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed an army patrol near Homs on Sunday. A rebel group said its fighters had carried out the ambush "
      "and threatened to attack police posts inside Homs.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "intent"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 2u);
}

TEST_F(ThreatBesideDeedTest, TheAmbushClaimedWithNoThreatIsStillTheOneAmbush) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed an army patrol near Homs on Sunday. A rebel group said its fighters had carried out the ambush.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

}  // namespace
}  // namespace marsad
