// A death word right after a `kin_of` cue (أقارب الضحية، "relatives of the
// victims") names whose kin a crowd are: a protest of that sentence takes no
// toll from it (event_tolls.cc NoTollsOfGrievances). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class KinOfTheDeadTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static size_t DeadOfCrowds(const Doc& doc, size_t* crowds) {
  size_t dead = 0;
  *crowds = 0;
  for (const Event& e : doc.events) {
    if (e.acled_event_type != "Protests" && e.acled_event_type != "Riots") continue;
    ++*crowds;
    if (e.fatalities && (e.fatalities->best.value_or(0) > 0 || e.fatalities->low.value_or(0) > 0)) ++dead;
  }
  return dead;
}

TEST_F(KinOfTheDeadTest, ArabicKinOfTheVictimAreNoToll) {
  Doc doc = test::ExtractAt(
      "ونظم مئات الأهالي وأقارب الضحية اعتصاماً أمام مبنى المحافظة في مدينة كركوك صباح اليوم، مطالبين بمحاسبة الجناة.",
      2025, 6, 4);
  test::MaybeDump(doc);
  size_t crowds = 0;
  EXPECT_EQ(DeadOfCrowds(doc, &crowds), 0u);
  EXPECT_EQ(crowds, 1u);
}

TEST_F(KinOfTheDeadTest, EnglishRelativesOfTheVictimsAreNoToll) {
  Doc doc = test::ExtractAt(
      "Hundreds of residents and relatives of the victims staged a sit-in outside the governor's office in Kirkuk on "
      "Monday.",
      2025, 6, 4);
  test::MaybeDump(doc);
  size_t crowds = 0;
  EXPECT_EQ(DeadOfCrowds(doc, &crowds), 0u);
  EXPECT_EQ(crowds, 1u);
}

TEST_F(KinOfTheDeadTest, ForceThatKillsStillCounts) {
  Doc doc = test::ExtractAt(
      "Police opened fire on hundreds of protesters in Kirkuk on Monday, killing two of them, witnesses said.", 2025,
      6, 4);
  test::MaybeDump(doc);
  bool two = false;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best == std::optional<double>(2.0)) two = true;
  EXPECT_TRUE(two);
}

// A teller named by the dead of his kin ("said a fisherman whose brother was
// killed"), in a sentence after the riot, tells a death told already: the
// riot takes no toll from it.
TEST_F(KinOfTheDeadTest, EnglishTellerWhoseKinWasKilledIsNoTollOfTheRiotBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-11-08\nFishermen protesting a ban threw stones and petrol bombs at the police station in Damietta on "
      "Saturday, the ministry said.\n\"They treat us like criminals,\" said a fisherman whose brother was killed.",
      2026, 11, 8);
  test::MaybeDump(doc);
  size_t crowds = 0;
  EXPECT_EQ(DeadOfCrowds(doc, &crowds), 0u);
  EXPECT_GE(crowds, 1u);
}

// The riot's own dead told after it stay its own.
TEST_F(KinOfTheDeadTest, EnglishRiotersDeadToldAfterStayItsOwn) {
  Doc doc = test::ExtractAt(
      "date 2026-11-08\nFishermen protesting a ban threw stones and petrol bombs at the police station in Damietta on "
      "Saturday, the ministry said.\nOne of the rioters was killed, a hospital source said.",
      2026, 11, 8);
  test::MaybeDump(doc);
  size_t crowds = 0;
  EXPECT_EQ(DeadOfCrowds(doc, &crowds), 1u);
}

}  // namespace
}  // namespace marsad
