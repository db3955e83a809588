// English events of the fifth 2026-12-07 session (enevents): gas munitions
// dropped on positions, people "taken away" by an armed party, an office an
// armed group opens, and a sentence ending on "since" that opens no
// since-clause over the next one. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EnEventsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

int Count(const Doc& doc, const std::string& sub) {
  int n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

TEST_F(EnEventsTest, GasMunitionsDroppedOnPositionsAreAChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nKYIV, March 4 - The brigade said the enemy dropped gas munitions on its trenches near Vovchansk on Tuesday.",
      2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Chemical weapon"), 1);
}

TEST_F(EnEventsTest, CanistersWithGasDroppedAreAChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nKYIV, March 4 - Russian troops again dropped canisters with a suffocating gas from drones on positions near Kupiansk.",
      2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_GE(Count(doc, "Chemical weapon"), 1);
}

TEST_F(EnEventsTest, TearGasGrenadesDroppedFromDronesAreAChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nKYIV, March 4 - The army said Russian units had dropped tear-gas grenades from drones on Ukrainian positions near Lyman.",
      2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Chemical weapon"), 1);
  EXPECT_EQ(Count(doc, "Protest with intervention"), 0);
}

TEST_F(EnEventsTest, TakenAwayByArmedMenIsAnAbduction) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nLAGOS, March 4 - Villagers said armed men in uniform had taken away four farmers from a market near Kaduna on Tuesday.",
      2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Abduction/forced disappearance"), 1);
}

TEST_F(EnEventsTest, TakenAwayWithNoArmedPartyIsNoEvent) {
  Doc doc = test::ExtractAt("date 2026-03-04\nLAGOS, March 4 - The flood had taken away the old bridge near Kaduna on Tuesday.",
                            2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Abduction/forced disappearance"), 0);
}

TEST_F(EnEventsTest, SentenceEndingOnSinceLeavesTheNextSentenceTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nBAMAKO, March 4 - Gunmen took away two drivers near Mopti on Monday, and nothing has been heard of them since. "
      "The army also said it had opened a new base in Djenne.",
      2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Headquarters or base established"), 1);
}

TEST_F(EnEventsTest, AdministrativeOfficeOpenedIsABaseEstablished) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nYANGON, March 4 - The rebel alliance said it had opened an administrative office in Hpasawng to register returning families.",
      2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Headquarters or base established"), 1);
}

}  // namespace
}  // namespace marsad
