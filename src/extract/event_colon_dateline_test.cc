// "PESHAWAR: A suicide bomber …": a town in capitals right before a colon
// opens the report as a dateline does (event_index.cc, DatelineEnd); a
// region the gazetteer gives no country gives way to the report's town
// (event_places.cc, RefinePlace).
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

std::string PlaceOf(const Doc& doc, const std::string& subtype) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == subtype) return e.place >= 0 ? doc.places[e.place].location.name : "";
  return "(no such event)";
}

class EventColonDatelineTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// The lead names its town only inside a longer name ("the Kohat
// cantonment"); the next sentence, naming no place, is still in the
// dateline's town, not in the town a later sentence names.
TEST_F(EventColonDatelineTest, SentenceWithNoPlaceGoesOnAtTheColonDatelineTown) {
  Doc doc = test::ExtractAt(
      "KOHAT: A suicide bomber rammed an explosives-laden car into the wall of the Kohat cantonment on Monday, "
      "killing four soldiers.\nGunmen also abducted two policemen from a nearby checkpost.\n"
      "In Hangu, police said they had arrested three suspects on Sunday night.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(PlaceOf(doc, "Abduction/forced disappearance"), "Kohat");
}

TEST_F(EventColonDatelineTest, CountrylessRegionGivesWayToTheDatelineTown) {
  Doc doc = test::ExtractAt(
      "QUETTA: Police fired tear gas to disperse a sit-in by students outside the University of Balochistan on "
      "Monday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(PlaceOf(doc, "Protest with intervention"), "Quetta");
}

}  // namespace
}  // namespace marsad
