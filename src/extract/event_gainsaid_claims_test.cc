// A party's count of the enemy it killed, answered by the other side with
// wounded only ("…, while the army said only that two soldiers were wounded
// in the attack"), is a claim the other account gainsays: low 0, no best,
// high the claim (events.cc, after SettleClaims). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class GainsaidClaimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Clash(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash" && e.fatalities) return &e;
  return nullptr;
}

TEST_F(GainsaidClaimsTest, ClaimAnsweredWithWoundedOnlyHasNoBest) {
  Doc doc = test::ExtractAt(
      "The PKK said its fighters had attacked a Turkish outpost near Amedi on Tuesday, killing nine soldiers, while "
      "Turkey's Defence Ministry said only that two soldiers were wounded in the attack.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->low, 0.0);
  EXPECT_FALSE(e->fatalities->best.has_value());
  EXPECT_EQ(e->fatalities->high, 9.0);
}

TEST_F(GainsaidClaimsTest, ClaimAnsweredWithDeadKeepsACount) {
  Doc doc = test::ExtractAt(
      "The PKK said its fighters had attacked a Turkish outpost near Amedi on Tuesday, killing nine soldiers, while "
      "Turkey's Defence Ministry said two soldiers were killed and three wounded in the attack.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->fatalities->best.has_value());
}

TEST_F(GainsaidClaimsTest, ClaimantsOwnWoundedGainsayNothing) {
  Doc doc = test::ExtractAt(
      "The PKK said its fighters had attacked a Turkish outpost near Amedi on Tuesday, killing nine soldiers and "
      "wounding two others.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best, 9.0);
}

}  // namespace
}  // namespace marsad
