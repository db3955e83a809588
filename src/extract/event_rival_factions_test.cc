// A fight between factions of one party ("gunmen from rival factions of the
// Sinaloa Cartel fought": a `rival_factions` cue right before the doer's
// name) has that party on both sides, not the opponent the report names
// most. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RivalFactionsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(RivalFactionsTest, RivalFactionsOfACartelAreTheCartelOnBothSides) {
  Doc doc = test::ExtractAt(
      "MAZATLAN, Mexico - Soldiers patrolled Mazatlan on Sunday. Gunmen from rival factions of the Sinaloa Cartel "
      "fought for three hours in Mazatlan on Monday, leaving six dead.",
      2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "fought");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "mex.sinaloa");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "mex.sinaloa");
}

TEST_F(RivalFactionsTest, TwoFactionsOfTheGulfCartel) {
  Doc doc = test::ExtractAt("Two factions of the Gulf Cartel fought a gun battle in Reynosa on Wednesday night.", 2026, 11,
                            5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "fought");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "mex.gulf");
}

TEST_F(RivalFactionsTest, ACartelFightingTheArmyIsNoSplit) {
  Doc doc = test::ExtractAt("Gunmen of the Gulf Cartel fought soldiers in Reynosa on Wednesday night.", 2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "fought");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor2), "mex.gulf");
}

// "between the Libyan National Army's Tariq Ben Ziyad Brigade and Tebu
// gunmen": the possessed unit is one side, the name after "and" the other.
TEST_F(RivalFactionsTest, PossessedUnitInABetweenPhraseIsOneSide) {
  Doc doc = test::ExtractAt(
      "SABHA - Fighting broke out on Friday between the Libyan National Army's Tariq Ben Ziyad Brigade and Tebu "
      "gunmen in Sabha, leaving three people dead.",
      2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "Fighting");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "lby.tbz");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "lby.tebu_militia");
}

// The same with a typographic apostrophe (’s).
TEST_F(RivalFactionsTest, PossessedUnitWithATypographicApostropheIsOneSide) {
  Doc doc = test::ExtractAt(
      "SABHA - Fighting erupted on Sunday between the Libyan National Army\xE2\x80\x99s Tariq Ben Ziyad Brigade and Tebu "
      "gunmen near Sabha, residents said.",
      2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "Fighting");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "lby.tbz");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "lby.tebu_militia");
}

}  // namespace
}  // namespace marsad
