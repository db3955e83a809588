// Events on a road told by its two ends (event_places.cc, SplitCoordinatedPlaces):
// which end, or which place along it, the event is coded to.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

std::string PlaceName(const Doc& doc, const Event& e) {
  return e.place >= 0 ? doc.places[e.place].location.name : "";
}

class EventRoadPlacesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// "طريق A–B" with the dash written without spaces is a road named by its
// ends as "طريق A – B" is: no event goes to its second end on its own
// (here two towns of one rank: the first named).
TEST_F(EventRoadPlacesTest, RoadEndsJoinedByAnUnspacedDashAreOneRoad) {
  Doc doc = test::ExtractAt("تظاهر العشرات من سكان القرى على طريق سنجار–تلعفر احتجاجاً على انقطاع المياه.", 2024, 3, 11);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(PlaceName(doc, e), "Sinjar");
}

// The place slot may take the stretch's second end (here a town the
// geoparser reads as near the first); the stretch rule still starts from the
// end named first.
TEST_F(EventRoadPlacesTest, StretchTakenAtItsSecondEndGoesToTheFirst) {
  Doc doc = test::ExtractAt("قصفت طائرة مسيّرة شاحنة على الطريق بين الميادين والعشارة فجر الأحد، ما أسفر عن مقتل سائقها.",
                            2024, 3, 11);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Al Mayadin");
}

// Two towns joined by a dash with no road word before them ("على محور
// A – B", an axis) are one span, not a list: when one end is the town the
// report is filed from, the event is told once, there, whichever end it is.
TEST_F(EventRoadPlacesTest, DashedSpanFromTheDatelineTownIsOneEventThere) {
  Doc first = test::ExtractAt(
      "تلعفر – «وكالة الأنباء»: انفجرت عبوة ناسفة بسيارة عسكرية على محور تلعفر – سنجار صباح الأحد، ما أدى إلى "
      "مقتل جنديين.",
      2024, 3, 11);
  test::MaybeDump(first);
  ASSERT_FALSE(first.events.empty());
  for (const Event& e : first.events) EXPECT_EQ(PlaceName(first, e), "Tall 'Afar");
  Doc second = test::ExtractAt(
      "سنجار – «وكالة الأنباء»: انفجرت عبوة ناسفة بسيارة عسكرية على محور تلعفر – سنجار صباح الأحد، ما أدى إلى "
      "مقتل جنديين.",
      2024, 3, 11);
  test::MaybeDump(second);
  ASSERT_FALSE(second.events.empty());
  for (const Event& e : second.events) EXPECT_EQ(PlaceName(second, e), "Sinjar");
}

// With no end the report is filed from, nothing says which end the event
// was at: it is still told at each.
TEST_F(EventRoadPlacesTest, DashedSpanWithNoDatelineEndStaysAtEach) {
  Doc doc = test::ExtractAt(
      "انفجرت عبوة ناسفة بسيارة عسكرية على محور تلعفر – سنجار صباح الأحد، ما أدى إلى مقتل جنديين.", 2024, 3, 11);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 2u);
}

// "the highway linking A to B": "to" joins the road's two ends; the first
// one alone names no road and starts no list.
TEST_F(EventRoadPlacesTest, RoadLinkingOneTownToAnotherIsOneRoad) {
  Doc doc = test::ExtractAt("A roadside bomb hit an army truck on the highway linking Kirkuk to Tikrit on Sunday.", 2024,
                            3, 11);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Kirkuk");
}

// A town told near, right after the road's ends, says where on the road the
// event was: in English after "linking A to B", in Arabic after a highway
// "الطريق السريع الرابط بين" (one event, not one at each end), and after a
// road named by its dashed ends.
TEST_F(EventRoadPlacesTest, TownNearTheRoadsEndsIsWhereOnTheRoad) {
  Doc en = test::ExtractAt(
      "Protesters burned tyres and blocked the highway linking Hilla to Karbala near the town of Musayyib on Sunday.", 2024,
      3, 11);
  test::MaybeDump(en);
  ASSERT_EQ(en.events.size(), 1u);
  EXPECT_EQ(PlaceName(en, en.events[0]), "Al Musayyib");
  Doc ar = test::ExtractAt(
      "أحرق محتجون الإطارات وأغلقوا الطريق السريع الرابط بين بغداد والحلة قرب بلدة المحمودية يوم الأحد.", 2024, 3, 11);
  test::MaybeDump(ar);
  ASSERT_EQ(ar.events.size(), 1u);
  EXPECT_EQ(PlaceName(ar, ar.events[0]), "Al Mahmudiyah");
  Doc dashed = test::ExtractAt("خطف مسلحون مجهولون سائق شاحنة على طريق كركوك – تكريت قرب بلدة داقوق مساء الأحد.", 2024, 3,
                               11);
  test::MaybeDump(dashed);
  ASSERT_EQ(dashed.events.size(), 1u);
  EXPECT_EQ(PlaceName(dashed, dashed.events[0]), "Daquq");
}

// A town the road's ends are not followed by ("near" told of the event's
// victims elsewhere in the clause, after a comma) leaves the end in place.
TEST_F(EventRoadPlacesTest, NearTownAfterACommaIsNoPlaceAlongTheRoad) {
  Doc doc = test::ExtractAt(
      "A drone struck a car on the road between Raqqa and Tabqa on Sunday, near where displaced families from Manbij live.",
      2024, 3, 11);
  test::MaybeDump(doc);
  ASSERT_GE(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Ar Raqqah");
}

// A journey's end right after إلى / "to" is no scene: "near Z" after it says
// where the attack was, not where that end lies (the Arabic إلى was never
// matched, its literal in the code being mis-encoded).
TEST_F(EventRoadPlacesTest, TownNearAJourneysEndIsTheScene) {
  Doc ar = test::ExtractAt(
      "قُتل خمسة ركاب عندما فتح مسلحون النار على حافلة متجهة من بغداد إلى الحلة قرب بلدة المحمودية مساء الأحد.", 2024, 3,
      11);
  test::MaybeDump(ar);
  ASSERT_EQ(ar.events.size(), 1u);
  EXPECT_EQ(PlaceName(ar, ar.events[0]), "Al Mahmudiyah");
  Doc en = test::ExtractAt(
      "Gunmen opened fire on a bus travelling from Baghdad to Hilla near the town of Mahmudiyah on Sunday, killing five "
      "passengers.",
      2024, 3, 11);
  test::MaybeDump(en);
  ASSERT_EQ(en.events.size(), 1u);
  EXPECT_EQ(PlaceName(en, en.events[0]), "Al Mahmudiyah");
}

// "members of the X gang": a place heading a group's name (before a
// `group_noun`) is no scene, even when the registry lacks the group; the
// town where the police speak is the arrests' place.
TEST_F(EventRoadPlacesTest, PlaceInAnUnknownGangsNameIsNoScene) {
  Doc doc = test::ExtractAt(
      "Police in Cucuta said they had arrested three suspected members of the Clan del Tachira gang on Tuesday over a "
      "string of robberies.",
      2024, 3, 11);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Cucuta");
  Doc in = test::ExtractAt("A gang in Cucuta shot dead two shopkeepers on Tuesday.", 2024, 3, 11);
  test::MaybeDump(in);
  ASSERT_EQ(in.events.size(), 1u);
  EXPECT_EQ(PlaceName(in, in.events[0]), "Cucuta");
}

// "between A and B", بين بلدتي A وB, with no road: the two towns frame one
// spot between them, the event is told once (at the town named first), not
// once at each town as a list of scenes would be.
TEST_F(EventRoadPlacesTest, EventBetweenTwoTownsIsOneEvent) {
  Doc en = test::ExtractAt("A shepherd was killed on Monday when he stepped on a landmine between Kirkuk and Tikrit, police said.",
                           2024, 3, 11);
  test::MaybeDump(en);
  ASSERT_EQ(en.events.size(), 1u);
  EXPECT_EQ(PlaceName(en, en.events[0]), "Kirkuk");
  Doc ar = test::ExtractAt("قُتل راعٍ يوم الاثنين بانفجار لغم أرضي في منطقة زراعية بين بلدتي داقوق وطوز خورماتو.", 2024, 3,
                           11);
  test::MaybeDump(ar);
  ASSERT_EQ(ar.events.size(), 1u);
  // A list of towns stays a list: one event at each.
  Doc list = test::ExtractAt("A landmine exploded in Kirkuk and Tikrit on Monday, police said.", 2024, 3, 11);
  test::MaybeDump(list);
  EXPECT_EQ(list.events.size(), 2u);
}

// "blew up a bridge on the road to X": X is where the road leads. Where the
// sentence speaks of the town the narration is at by a place anaphor ("the
// town", "outside the city"), that town is the scene; told alone, the road
// is near X.
TEST_F(EventRoadPlacesTest, RoadDestinationGivesWayToTheTownAnAnaphorTellsOf) {
  Doc doc = test::ExtractAt(
      "date 2026-05-10\nLAGOS (AP) - Bandits attacked Birnin Gwari on Saturday, killing six villagers, residents "
      "said.\nThe gunmen had besieged the town for weeks and blew up a bridge on the road to Kaduna on Sunday, a "
      "local official said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "blew up");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Birnin Gwari");
  Doc after = test::ExtractAt(
      "date 2026-05-12\nTraders rallied in Bauchi on Monday, and police fired tear gas at youths who had barricaded "
      "the highway to Jos outside the city.",
      2026, 5, 12);
  test::MaybeDump(after);
  const Event* gas = test::ExpectEvent(after, "tear gas");
  ASSERT_NE(gas, nullptr);
  EXPECT_EQ(PlaceName(after, *gas), "Bauchi");
  Doc alone = test::ExtractAt(
      "date 2026-05-10\nLAGOS (AP) - Bandits attacked Birnin Gwari on Saturday, killing six villagers, residents "
      "said.\nThe gunmen also blew up a bridge on the road to Kaduna on Sunday, a local official said.",
      2026, 5, 10);
  test::MaybeDump(alone);
  const Event* a = test::ExpectEvent(alone, "blew up");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(alone, *a), "Kaduna");
}

// "sent soldiers to the area and set up a base on the road to X": where
// movers were sent is the scene told before, an anaphor as "the town" is.
TEST_F(EventRoadPlacesTest, MoversSentToTheAreaAreAtTheSceneToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-11-06\nBUNIA, Nov 6 (Radio Okapi) - Militiamen armed with machetes killed seven people in an attack "
      "on a village about 20 km west of Djugu on Tuesday, the territory administrator said.\nThe attackers also "
      "burned 63 houses before fleeing into the bush.\nThe army said it had sent a company of soldiers to the area "
      "and set up a forward base on the road to Bunia to protect travellers.\nIn Bunia, hundreds of students marched "
      "to the governor's office on Wednesday.",
      2026, 11, 6);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "forward base");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Djugu");
}

// A road to the report's dateline town comes to it from the scene the
// report was telling of: the event stays at the town told before.
TEST_F(EventRoadPlacesTest, RoadToTheDatelineTownIsAtTheTownToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-05-12\nKANO (AP) - Gunmen killed four traders in Wudil on Monday, police said.\nThe gunmen then "
      "blocked the highway to Kano with burning lorries.",
      2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "burning");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Wudil");
  Doc other = test::ExtractAt(
      "date 2026-05-12\nLAGOS (AP) - Gunmen killed four traders in Wudil on Monday, police said.\nThe gunmen then "
      "blocked the highway to Kano with burning lorries.",
      2026, 5, 12);
  test::MaybeDump(other);
  const Event* o = test::ExpectEvent(other, "burning");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(PlaceName(other, *o), "Kano");
}

// "the X-Y agricultural road": an adjective between a road's dashed ends
// and its noun leaves them the road's name; the town told after the road
// ("at the entrance of Z") says where on it the crowd stood. Without the
// adjective the same sentence is at Z too; a sentence with no other place
// keeps the road's ends.
TEST_F(EventRoadPlacesTest, AdjectiveBeforeTheRoadNounKeepsItsEndsAName) {
  for (const char* text : {"Angry villagers blocked the Minya-Asyut agricultural road at the entrance of Mallawi on Monday.",
                           "Angry villagers blocked the Minya-Asyut road at the entrance of Mallawi on Monday.",
                           "Angry villagers blocked the Kano-Maiduguri federal highway near Potiskum on Monday."}) {
    Doc doc = test::ExtractAt(text, 2024, 3, 11);
    test::MaybeDump(doc);
    ASSERT_FALSE(doc.events.empty()) << text;
    const std::string want = std::string(text).find("Potiskum") != std::string::npos ? "Potiskum" : "Mallawi";
    for (const Event& e : doc.events) EXPECT_EQ(PlaceName(doc, e), want) << text;
  }
  Doc alone = test::ExtractAt("Angry villagers blocked the Minya-Asyut agricultural road on Monday.", 2024, 3, 11);
  test::MaybeDump(alone);
  ASSERT_FALSE(alone.events.empty());
  for (const Event& e : alone.events) EXPECT_EQ(PlaceName(alone, e), "Al Minya");
}

// A town followed by any lowercase word and a road noun names no road
// ("arrested … in Kano during road checks"): only dashed ends, or a town
// after "the", take an adjective before the noun. The sentence's one place
// stays its place, not the town the sentence before named.
TEST_F(EventRoadPlacesTest, TownBeforeAWordAndARoadNounNamesNoRoad) {
  Doc doc = test::ExtractAt(
      "Bandits killed four farmers near Zaria on Monday.\n"
      "Police arrested three men in Kano during road checks on Tuesday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* arrest = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests") arrest = &e;
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(PlaceName(doc, *arrest), "Kano");
}

}  // namespace
}  // namespace marsad
