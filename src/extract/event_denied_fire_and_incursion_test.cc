// "No shots were fired at the army patrols": shots fired at or on someone
// (rows "shots were fired at / on", "shot was fired at" …) have their target
// after the preposition, so fire at armed forces is an armed clash, denied
// here; "(no) incursion into" a district is an armed clash (rows "incursion
// into", "incursions into"). Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DeniedFireAndIncursionTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeniedFireAndIncursionTest, NoShotsFiredAtSoldiersIsADeniedClash) {
  Doc doc = test::ExtractAt(
      "The Lebanese army said it had deployed in two positions near Tyre on Sunday. No shots were fired at the army "
      "patrols during the redeployment, a military source said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash") EXPECT_EQ(e.status, "negated");
}

TEST_F(DeniedFireAndIncursionTest, ShotsFiredAtAWeddingAreAnAttack) {
  Doc doc = test::ExtractAt("Shots were fired at a wedding party near Tyre on Sunday, residents said.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
}

TEST_F(DeniedFireAndIncursionTest, NoIncursionIntoADistrictIsADeniedClash) {
  Doc doc = test::ExtractAt("There has been no incursion into Sudzha district on Sunday, the regional governor said.", 2026,
                            3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(doc.events[0].status, "negated");
}

TEST_F(DeniedFireAndIncursionTest, AnIncursionIntoADistrictIsAClash) {
  Doc doc =
      test::ExtractAt("Ukrainian troops made an incursion into Sudzha district on Sunday, the governor said.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

// Bare "incursions" (a fear, a protest's topic) is no clash: only an
// incursion "into" a place is.
TEST_F(DeniedFireAndIncursionTest, FearedIncursionsAreNoClash) {
  Doc doc = test::ExtractAt("Farmers near Kharkiv said on Monday they feared fresh incursions.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

}  // namespace
}  // namespace marsad
