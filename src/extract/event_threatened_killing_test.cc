// A killing threatened against people no force is named for ("threatened to
// kill anyone who sells food to the army") is a threat against civilians: an
// intent Attack with civilians as its target, not a clash. Threatened
// against a force, it stays a clash. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class ThreatenedKillingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ThreatenedKillingTest, AKillingThreatenedAgainstAnyoneIsAnAttackOnCivilians) {
  Doc doc = test::ExtractAt(
      "In leaflets left in the market of Baidoa, al-Shabaab threatened to kill anyone who rents houses to government officials.",
      2025, 6, 4);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("kill"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

TEST_F(ThreatenedKillingTest, AKillingThreatenedAgainstSoldiersStaysAClash) {
  Doc doc = test::ExtractAt("In leaflets left in the market of Baidoa, al-Shabaab threatened to kill Somali soldiers.", 2025, 6,
                            4);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("kill"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

// Its toll word taken by the killing told before it, the threat itself is
// the intent attack.
TEST_F(ThreatenedKillingTest, AThreatToKillAfterAKillingIsItsOwnIntentAttack) {
  Doc doc = test::ExtractAt(
      "Gunmen shot dead a village chief in Arauquita on Monday, and the local ombudsman said armed groups had threatened to "
      "kill other village chiefs in the area.",
      2025, 6, 4);
  test::MaybeDump(doc);
  bool intent_attack = false;
  for (const Event& e : doc.events)
    intent_attack |= e.acled_sub_event_type == "Attack" && e.status == "intent";
  EXPECT_TRUE(intent_attack);
}

// A threat denied is no intent attack.
TEST_F(ThreatenedKillingTest, ADeniedThreatToKillIsNoIntentAttack) {
  Doc doc = test::ExtractAt(
      "Gunmen shot dead a village chief in Arauquita on Monday, and the local ombudsman said armed groups had not threatened "
      "to kill other village chiefs in the area.",
      2025, 6, 4);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "intent") << e.acled_sub_event_type;
}

}  // namespace
}  // namespace marsad
