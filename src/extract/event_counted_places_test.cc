// A day's summary of strikes over a region ("the enemy shelled nine
// communities of the oblast 64 times") is a tally, not one event: the acts
// ACLED codes are told each at its own place. "Two villages near X" is one
// raid's scene, and a tally whose toll is told with the place where it fell
// keeps its word as that event. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

size_t CountViolent(const Doc& doc) {
  size_t n = 0;
  for (const Event& e : doc.events)
    n += e.acled_event_type == "Explosions/Remote violence" || e.acled_event_type == "Battles";
  return n;
}

class CountedPlacesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CountedPlacesTest, ShellingOfARegionsCommunitiesIsATally) {
  Doc doc = test::ExtractAt(
      "date 2026-10-04\nDuring the night the enemy shelled twelve communities of Sumy region 40 times.\n"
      "In Shostka, a drone hit a warehouse, injuring two workers.",
      2026, 10, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountViolent(doc), 1u);
}

TEST_F(CountedPlacesTest, StrikesOnSettlementsWithTheirWeaponsAreATally) {
  Doc doc = test::ExtractAt(
      "date 2026-10-04\nOver the past day Russian forces carried out 230 strikes on 11 settlements of the region "
      "with artillery, drones and guided bombs.",
      2026, 10, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountViolent(doc), 0u);
}

TEST_F(CountedPlacesTest, TwoVillagesNearATownAreOneRaidsScene) {
  Doc doc = test::ExtractAt(
      "date 2026-10-04\nRussian artillery shelled two villages near Kupiansk on Friday, killing a farmer.", 2026, 10, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountViolent(doc), 1u);
}

TEST_F(CountedPlacesTest, ATollToldWithItsPlaceKeepsTheWord) {
  Doc doc = test::ExtractAt(
      "date 2026-10-04\nRussian artillery shelled 17 settlements of Izium district; a 70-year-old woman was killed in "
      "Izium itself.",
      2026, 10, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountViolent(doc), 1u);
}

}  // namespace
}  // namespace marsad
