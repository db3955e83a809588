// A sentence naming no place of its own that speaks of the whole province
// (a `region_anaphor`: "across the region", في المحافظة) is coded at the
// province's seat the report names, not at the last town it named there
// (event_places.cc, PickPlace / ProvinceSeatOf).
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

std::string PlaceName(const Doc& doc, const Event& e) {
  return e.place >= 0 ? doc.places[e.place].location.name : "";
}

std::string PlaceOf(const Doc& doc, const std::string& subtype) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == subtype) return PlaceName(doc, e);
  return "(no such event)";
}

class EventRegionAnaphorTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventRegionAnaphorTest, EnglishRegionWideEventIsAtTheSeat) {
  const std::string lead =
      "ZAPORIZHZHIA — A drone hit a warehouse in Zaporizhzhia on Sunday, injuring two workers.\n"
      "Russian artillery shelled a school in Huliaipole on Monday.\n";
  Doc region = test::ExtractAt(
      lead + "Police detained two men suspected of spotting targets for the Russian army across the region on Tuesday.",
      2026, 3, 10);
  test::MaybeDump(region);
  EXPECT_EQ(PlaceOf(region, "Arrests"), "Zaporizhzhya");
  // Told with no region, the sentence goes on at the town named before.
  Doc town = test::ExtractAt(
      lead + "Police detained two men suspected of spotting targets for the Russian army on Tuesday.", 2026, 3, 10);
  test::MaybeDump(town);
  EXPECT_EQ(PlaceOf(town, "Arrests"), "Hulyaypole");
}

// The sentence before named a road whose second end is the seat: the
// province-wide event stays at the seat, not moved to the road's start.
TEST_F(EventRegionAnaphorTest, RegionWideEventAfterARoadStaysAtTheSeat) {
  const std::string lead =
      "KIRKUK — Gunmen attacked a checkpoint in Hawija on Sunday, killing two policemen.\n"
      "Police arrested a suspect in Kirkuk on Monday.\n"
      "Militants kidnapped a truck driver on the road between Daquq and Kirkuk on Tuesday.\n";
  Doc region = test::ExtractAt(
      lead + "Security forces arrested dozens of people across the province on Wednesday.", 2026, 3, 12);
  test::MaybeDump(region);
  EXPECT_EQ(PlaceOf(region, "Abduction/forced disappearance"), "Daquq");
  int arrests_at_kirkuk = 0;
  for (const Event& e : region.events)
    if (e.acled_sub_event_type == "Arrests" && PlaceName(region, e) == "Kirkuk") ++arrests_at_kirkuk;
  EXPECT_EQ(arrests_at_kirkuk, 2);
}

TEST_F(EventRegionAnaphorTest, ArabicProvinceWideEventIsAtTheSeat) {
  const std::string lead = "درعا – قُتل شخصان بانفجار عبوة ناسفة في بلدة طفس يوم الاثنين.\n";
  Doc province = test::ExtractAt(lead + "واعتقلت قوات الأمن خمسة مطلوبين في المحافظة يوم الثلاثاء.", 2026, 3, 10);
  test::MaybeDump(province);
  EXPECT_EQ(PlaceOf(province, "Arrests"), "Dar'a");
  Doc town = test::ExtractAt(lead + "واعتقلت قوات الأمن خمسة مطلوبين يوم الثلاثاء.", 2026, 3, 10);
  test::MaybeDump(town);
  EXPECT_EQ(PlaceOf(town, "Arrests"), "Tafas");
}

// A sentence in between that names no known place (an unknown forest) does
// not make the region-wide event go on at the town named two sentences back.
TEST_F(EventRegionAnaphorTest, RegionWideEventAfterASentenceWithNoKnownPlaceIsAtTheSeat) {
  // The place of the last event (the third sentence's).
  auto LastPlace = [](const Doc& doc) { return doc.events.empty() ? std::string() : PlaceName(doc, doc.events.back()); };
  const std::string lead =
      "مايدوغوري – «الوكالة»: قتل مسلحون خمسة مزارعين قرب بلدة كوندوغا ليل الأحد.\n"
      "وقال الجيش إنه دمّر معسكراً للمسلحين في غابة كالامبوري بعد عملية استمرت يومين.\n";
  Doc region = test::ExtractAt(lead + "وأحرق مسلحون قرية في الولاية يوم الاثنين.", 2026, 3, 10);
  test::MaybeDump(region);
  EXPECT_EQ(LastPlace(region), "Maiduguri");
  Doc town = test::ExtractAt(lead + "وأحرق مسلحون قرية يوم الاثنين.", 2026, 3, 10);
  test::MaybeDump(town);
  EXPECT_EQ(LastPlace(town), "Konduga");

  Doc english = test::ExtractAt(
      "MAIDUGURI — Gunmen killed five farmers near Konduga on Sunday, police said.\n"
      "The army said it destroyed a militia hideout in the Kalambori forest after a two-day operation.\n"
      "Police arrested six suspects across the state on Tuesday.",
      2026, 3, 10);
  test::MaybeDump(english);
  EXPECT_EQ(PlaceOf(english, "Arrests"), "Maiduguri");
}

// "over the region" is no site told before: the region-wide sentence goes
// to the province's seat, not to the town told after an earlier "region".
TEST_F(EventRegionAnaphorTest, RegionWideEventIsNoSiteToldBefore) {
  Doc doc = test::ExtractAt(
      "ODESA — Russian drones struck port facilities in the south of the region near Izmail on Sunday night.\n"
      "Air defences shot down 17 drones over the region, the governor said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(PlaceName(doc, doc.events.back()), "Odesa");
}

}  // namespace
}  // namespace marsad
