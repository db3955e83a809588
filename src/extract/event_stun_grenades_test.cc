// An English stun grenade (a Grenade row whose lemma is a
// `dispersal_means`), as the Arabic قنبلة صوتية: thrown at people who are no
// crowd it is a grenade; with a crowd named or told in its sentence it is how
// the force broke the crowd up. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class StunGrenadesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

size_t CountSub(const Doc& doc, const std::string& sub) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

TEST_F(StunGrenadesTest, StunGrenadeAtFarmersIsAGrenade) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nBEIRUT (AP) — Soldiers threw a stun grenade at farmers near the fence on Monday, "
      "injuring one of them.",
      2026, 5, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Grenade"), 1u);
  EXPECT_EQ(CountSub(doc, "Attack"), 0u);
}

TEST_F(StunGrenadesTest, StunGrenadeAtANamedCrowdIsAProtestWithIntervention) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nBEIRUT (AP) — Police threw a stun grenade to disperse hundreds of protesters in the "
      "main square on Monday.",
      2026, 5, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Grenade"), 0u);
  EXPECT_EQ(CountSub(doc, "Protest with intervention"), 1u);
}

TEST_F(StunGrenadesTest, StunGrenadeInAProtestsSentenceIsPartOfIt) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nBEIRUT (AP) — Hundreds of teachers protested in the main square on Monday, and police "
      "threw a stun grenade to disperse them.",
      2026, 5, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Grenade"), 0u);
  EXPECT_EQ(CountSub(doc, "Protest with intervention"), 1u);
}

}  // namespace
}  // namespace marsad
