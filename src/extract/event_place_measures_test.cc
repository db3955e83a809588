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

// "in the Tibesti mountains near Zouar": a town told near a province or
// range is the point the event is coded to, not the province's seat.
TEST_F(EventPlaceMeasuresTest, TownNearARangeIsThePlace) {
  Doc en = test::ExtractAt(
      "NDJAMENA - A rebel group said army jets bombed its positions in the Tibesti mountains near Zouar on Thursday.",
      2026, 5, 4);
  test::MaybeDump(en);
  const Event* e = For(en, "bombed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(en, *e), "Zouar");
  Doc ar = test::ExtractAt(
      "نجامينا – قالت جماعة مسلحة إن مقاتلات الجيش قصفت مواقعها في جبال تيبستي قرب زوار مساء الخميس.", 2026, 5, 4);
  test::MaybeDump(ar);
  e = For(ar, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(ar, *e), "Zouar");
}

// "in the same village" goes back to the place last told with "village"
// (a village near Meiganga), past a town named in between without it.
TEST_F(EventPlaceMeasuresTest, SameVillageIsTheOneToldAsAVillage) {
  Doc en = test::ExtractAt(
      "YAOUNDE - Gunmen abducted five farmers from a village near Meiganga on Sunday night.\n"
      "The army said its soldiers clashed with the kidnappers around Tibati on Monday.\n"
      "Residents said the kidnappers burned houses in the same village before leaving.",
      2026, 5, 4);
  test::MaybeDump(en);
  const Event* e = For(en, "burned");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(en, *e), "Meiganga");
  Doc ar = test::ExtractAt(
      "ياوندي – خطف مسلحون خمسة مزارعين من قرية قرب ميغانغا ليل الأحد.\n"
      "وقال الجيش إن جنوده اشتبكوا مع الخاطفين في محيط تيباتي يوم الاثنين.\n"
      "وقال سكان إن الخاطفين أحرقوا منازل في القرية ذاتها قبل انسحابهم.",
      2026, 5, 4);
  test::MaybeDump(ar);
  e = For(ar, "أحرقوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(ar, *e), "Meiganga");
}

// "in the same area" may be any area: it does not look back for a place told
// with "area"; the scene told before (the fronted town) goes on.
TEST_F(EventPlaceMeasuresTest, SameAreaKeepsTheSceneTold) {
  Doc ar = test::ExtractAt(
      "إسلام آباد – هاجم مسلحون نقطة تفتيش في منطقة وانا يوم السبت.\n"
      "وفي بلدة ميرانشاه، فجّر انتحاري سيارة مفخخة صباح اليوم.\n"
      "وفي المنطقة ذاتها، خطف مسلحون موظفين اثنين مساء أمس.",
      2026, 5, 4);
  test::MaybeDump(ar);
  const Event* e = For(ar, "خطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(ar, *e), "Miran Shah");
}

// "وفي مدينة X، أعلن الحاكم العسكري لمنطقة Y فرض حظر تجول": the place after
// the official's title is his office's area; the fronted town is the scene.
TEST_F(EventPlaceMeasuresTest, PlaceOfAnOfficialsTitleIsNotTheScene) {
  Doc ar = test::ExtractAt(
      "نيامي – اشتبك مسلحون مع دورية للجيش قرب تاهوا مساء السبت.\n"
      "وفي مدينة أرليت، أعلن الحاكم العسكري لمنطقة أغاديز فرض حظر تجول ليلي اعتباراً من اليوم.",
      2026, 5, 4);
  test::MaybeDump(ar);
  const Event* e = For(ar, "حظر تجول");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(ar, *e), "Arlit");
}

}  // namespace
}  // namespace marsad
