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

}  // namespace
}  // namespace marsad
