// Forces that say they "would pursue them" (rows "pursue them", "pursue the
// attackers", "hunt them down" …, default status intent) plan to fight the
// armed men told before: an armed clash told ahead. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class VowedPursuitTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(VowedPursuitTest, WouldPursueThemIsAClashToldAhead) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked a police post in Qusayr on Sunday, killing one officer. The attackers fled toward the border, "
      "and the police said they would pursue them into the hills around Qusayr.",
      2026, 3, 10);
  test::MaybeDump(doc);
  size_t planned = 0;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash" && e.status == "intent") ++planned;
  EXPECT_EQ(planned, 1u);
}

// "them" alone is a fight's quarry only with an armed doer and armed men
// told before (needs=foe_before): owners who would pursue robbers in court,
// or police who did not chase fleeing teachers, fight no one.
TEST_F(VowedPursuitTest, PursuingThemInCourtIsNoClash) {
  Doc doc = test::ExtractAt(
      "Thieves broke into a warehouse in Eldoret on Sunday and took sacks of maize. The company's directors said they "
      "would pursue them in court.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(VowedPursuitTest, PoliceNotChasingFleeingPupilsIsNoClash) {
  Doc doc = test::ExtractAt(
      "The nurses said the police did not chase them when they ran out of the clinic in Nakuru on Tuesday.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

}  // namespace
}  // namespace marsad
