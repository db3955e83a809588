// Event places (event_places.cc): a distance between a town and the town
// that locates it, and a town naming a building or camp after "the".
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

std::string PlaceName(const Doc& doc, const Event& e) {
  return e.place >= 0 ? doc.places[e.place].location.name : "";
}

class EventPlaceMeasuresTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// "Zawiya, 45 kilometres west of Tripoli": the measured relation only
// locates Zawiya; the next sentence, naming no town, goes on there.
TEST_F(EventPlaceMeasuresTest, MeasuredRelationOnlyLocatesTheTownBefore) {
  Doc doc = test::ExtractAt(
      "BENGHAZI, May 4 (Reuters) - Two armed groups clashed on Sunday in Zawiya, 45 kilometres west of Tripoli, "
      "a local official said.\n"
      "Residents said rockets fell on homes in the city's northern quarter.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "rockets");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Zawiya");
}

// Without a figure the words between are no measure: "Zawiya, whose
// fighters … north of X" is not tied to Zawiya by this rule.
TEST_F(EventPlaceMeasuresTest, PlainRelationRightAfterTheTownStillAnchors) {
  Doc doc = test::ExtractAt(
      "BENGHAZI, May 4 (Reuters) - Two armed groups clashed on Sunday in Zawiya, west of Tripoli, a local official "
      "said.\n"
      "Residents said rockets fell on homes in the city's northern quarter.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "rockets");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Zawiya");
}

// "outside the Peshawar Press Club": the town's name opens the building's;
// after a spatial preposition and "the" it still says where the scene is,
// and the next sentence, naming no place, goes on there.
TEST_F(EventPlaceMeasuresTest, TownOpeningABuildingsNameLocates) {
  Doc doc = test::ExtractAt(
      "QUETTA (Reuters) - Gunmen killed two policemen near Turbat on Monday, officials said.\n"
      "Relatives of missing men have camped outside the Peshawar Press Club since Monday.\n"
      "On Tuesday police detained 20 protesters, organisers said.",
      2026, 5, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "detained");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Peshawar");
}

}  // namespace
}  // namespace marsad
