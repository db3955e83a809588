// Where events are placed (event_places.cc): which place mention of the
// text an event is coded to.
#include <algorithm>

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

class EventPlacesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// "حسب ما أفاد به الناطق باسم المحكمة بالقيروان": a town told after the
// event word only where the source of an "according to" speaks from, the one
// place of its sentence, is no scene; the arrest goes on at the town the
// sentence before told of.
TEST_F(EventPlacesTest, SourcesTownAfterTheEventWordGivesWayToTheScene) {
  Doc doc = test::ExtractAt(
      "تونس (وات) - أغلق عشرات الشبان الطريق الرئيسية في مدينة سيدي بوزيد مساء الأحد احتجاجاً على البطالة.\n"
      "واعتقلت قوات الأمن خمسة من المحتجين، حسب ما أفاد به الناطق باسم المحكمة الابتدائية بالقيروان.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "واعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Sidi Bouzid");
}

// "اشتبكوا … قبل أن تنفذ طائرة مسيّرة غارة على سيارة في وادٍ جنوب مدينة X":
// the place after قبل أن and the strike's own event word is the strike's;
// the clash, which names no place of its own, goes on at the camp's town
// told before.
TEST_F(EventPlacesTest, PlaceOfAClauseAfterBeforeThatIsAnotherEventsStaysThere) {
  Doc doc = test::ExtractAt(
      "عدن – قُتل ثلاثة جنود في هجوم بسيارة مفخخة على معسكر للقوات الحكومية على أطراف مدينة لودر بمحافظة أبين فجر اليوم.\n"
      "وأضاف المصدر أن الجنود اشتبكوا مع مسلحين حاولوا اقتحام المعسكر وقتلوا اثنين منهم، قبل أن تنفذ طائرة مسيّرة "
      "غارة على سيارة للمسلحين في وادٍ جنوب مدينة مودية مساء اليوم نفسه.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* clash = For(doc, "اشتبكوا");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(PlaceName(doc, *clash), "Lawdar");
  const Event* strike = For(doc, "طائرة مسيّرة");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(PlaceName(doc, *strike), "Mudiyah");
}

// A lead told at a landmark inside its dateline town (the town's old city,
// a gate named after another town) and sentences naming only such places or
// none the gazetteer knows: the events are in the dateline town.
TEST_F(EventPlacesTest, LandmarksInsideTheDatelineTownKeepItsScene) {
  Doc doc = test::ExtractAt(
      "JERUSALEM, March 3 (Reuters) - A man stabbed a guard near the Old City's Jaffa Gate on Monday, police said.\n"
      "Later, settlers attacked shopkeepers on a street near the Old City, police said.\n"
      "Police arrested nine suspects in the Wadi Qaddum quarter overnight, a statement said.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Jerusalem");
}

// "in the Maru district of Zamfara state": a division told with its own unit
// noun, then "of" and the province holding it, is the scene; the province
// only says where it is, even where the report was filed from its seat —
// in its own sentence and for the next one, which names no place.
TEST_F(EventPlacesTest, DistrictOfProvinceIsTheScene) {
  Doc doc = test::ExtractAt(
      "GUSAU, Nigeria, May 4 (Reuters) - Bandits attacked three villages in the Maru district of Zamfara state on Sunday, "
      "abducting 30 people.\n"
      "Several houses were burned during the raid, residents said.",
      2026, 5, 4);
  test::MaybeDump(doc);
  for (std::string_view trigger : {"abducting", "burned"}) {
    const Event* e = For(doc, trigger);
    ASSERT_NE(e, nullptr) << trigger;
    EXPECT_EQ(PlaceName(doc, *e), "Maru") << trigger;
  }
}

// "وأعلنت قيادة شرطة البصرة اعتقال …": a sentence whose one place is the
// area a body answers for (its province's police) goes on at the town told
// before inside that area; a decree of the body (a curfew) holds in its area.
TEST_F(EventPlacesTest, AreaOfABodyGoesOnAtTheTownInsideIt) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات عنيفة بين عشيرتين في قضاء الزبير مساء أمس الاثنين.\n"
      "وأعلنت قيادة شرطة البصرة اعتقال خمسة مطلوبين من الطرفين.\n"
      "وأعلن محافظ البصرة فرض حظر التجول في المحافظة حتى إشعار آخر.",
      2026, 5, 5);
  test::MaybeDump(doc);
  const Event* arrest = For(doc, "اعتقال");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(PlaceName(doc, *arrest), PlaceName(doc, *For(doc, "اشتباكات")));
  EXPECT_NE(PlaceName(doc, *arrest), "Basrah");
  const Event* curfew = For(doc, "حظر التجول");
  ASSERT_NE(curfew, nullptr);
  EXPECT_EQ(PlaceName(doc, *curfew), "Basrah");
}

// A place inside a relative clause of the sentence before ("traders who had
// gone missing from a market in Tsafe") tells of the people it speaks of:
// a sentence naming no place goes on at the town named before that clause.
TEST_F(EventPlacesTest, PlaceInRelativeClauseIsNoSceneToGoOnAt) {
  Doc doc = test::ExtractAt(
      "ABUJA, May 4 (Reuters) - Youths burned the council secretariat in Maru on Sunday after the bodies of two "
      "traders who had gone missing from a market in Tsafe were found in a river.\n"
      "Police fired tear gas to disperse the crowd, residents said.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "tear gas");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Maru");
}

// A town named in the lead away from the dateline town is a scene of its
// own: a later sentence naming no place is not sent back to the dateline.
TEST_F(EventPlacesTest, TownAwayFromTheDatelineStopsItsScene) {
  Doc doc = test::ExtractAt(
      "JERUSALEM, March 3 (Reuters) - Troops raided Jenin on Monday, the army said.\n"
      "A settler attacked a shopkeeper on a street near the Old City on Tuesday.\n"
      "Police arrested nine suspects in the Wadi Qaddum quarter overnight, a statement said.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->place >= 0 ? PlaceName(doc, *e) : "", "Jerusalem");
}

// "الموالية لأنقرة في محيط رأس العين": a relation word after a place of
// another country does not make the town its anchor; the strikes "on the
// city" are on the town of the sentence.
TEST_F(EventPlacesTest, PlaceOfAnotherCountryIsAnchoredByNoTown) {
  Doc doc = test::ExtractAt(
      "انتشر الجيش في مدينة الحسكة أمس. وتجددت المعارك مع المسلحين الموالين لأنقرة في محيط مدينة رأس العين، "
      "تحت قصف جوي عنيف على المدينة.",
      2019, 10, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(doc.places[e->place].location.country, "SY");
  EXPECT_NE(PlaceName(doc, *e), "Al Hasakah");
}

// A sentence that names no place and speaks of "the town" goes on at the
// town named before, not at the city that only said where that town lies.
TEST_F(EventPlacesTest, TheTownIsNotThePlaceThatLocatedIt) {
  Doc doc = test::ExtractAt(
      "دارت اشتباكات عنيفة على أطراف بلدة كفرنبودة شمال غربي حماة. وقالت وكالة سانا إن الجيش سيطر على البلدة "
      "صباح اليوم.",
      2019, 5, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "سيطر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kafr Nabudah");
}

// "بلدة X بولاية Y": a province named after its seat locates the town
// before it; "the town" in the next sentence is that town, not the seat.
TEST_F(EventPlacesTest, TheTownIsNotTheProvinceSeatThatLocatedIt) {
  Doc doc = test::ExtractAt(
      "تسلم الجيش المالي معسكراً في بلدة بير بولاية تمبكتو يوم الأحد. واندلعت اشتباكات قرب البلدة مساء الإثنين.",
      2023, 8, 16);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ber");
}

// "دعا الوسطاء إلى اجتماع في الرياض": the town where talks are to be held
// is no scene; the next sentence, naming no place, goes on at the town of
// the fighting.
TEST_F(EventPlacesTest, VenueOfTalksIsNoSceneForTheNextSentence) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات عنيفة في مدينة عدن أمس. ودعا الوسطاء الطرفين إلى اجتماع في الرياض. واعتقلت الشرطة عشرة "
      "أشخاص مساء اليوم.",
      2019, 8, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Aden");
}

// "وفي X، … فيما فرّقت الشرطة تجمعاً في بلدة Y": the fronted town sets the
// scene, but a town told with its settlement noun in the event's own clause
// is where that event was.
TEST_F(EventPlacesTest, TownWithItsNounInTheClauseBeatsTheFrontedScene) {
  Doc doc = test::ExtractAt(
      "وفي حمص، نظم مئات العمال وقفة احتجاجية أمام مبنى المحافظة، فيما فرّقت الشرطة بالقوة تجمعاً مماثلاً في بلدة "
      "تلكلخ.",
      2024, 1, 15);
  test::MaybeDump(doc);
  const Event* e = For(doc, "فرّقت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tallkalakh");
}

// "وفي X، … انفجرت عبوة شمال Y": a town told with a spatial relation in the
// event's own clause places that event, not the fronted scene.
TEST_F(EventPlacesTest, TownWithARelationInTheClauseBeatsTheFrontedScene) {
  Doc doc = test::ExtractAt(
      "أفادت مصادر محلية بتصاعد التوتر في وسط سوريا. وفي حمص، نظم مئات العمال وقفة احتجاجية أمام مبنى المحافظة، "
      "فيما انفجرت عبوة ناسفة بدورية للجيش شمال تلكلخ.",
      2024, 1, 15);
  test::MaybeDump(doc);
  const Event* e = For(doc, "انفجرت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tallkalakh");
}

// "وفي X، … بينما نفى الجيش وقوع اشتباكات في Y": "in Y" right after the
// event word is where that event was, whatever scene the sentence opened on.
TEST_F(EventPlacesTest, InATownRightAfterTheEventWordBeatsTheFrontedScene) {
  Doc doc = test::ExtractAt(
      "أفادت مصادر محلية بهدوء حذر في وسط سوريا. وفي حماة، تسلّم الجيش ثكنة المدينة من الفصائل بموجب تفاهم، "
      "بينما نفى مصدر أمني وقوع اشتباكات في تلكلخ خلال الليل.",
      2024, 1, 15);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tallkalakh");
}

// "في ريف X … قرب بلدة Y": the countryside of a city is a region around
// it; a town of the same province named in the event's clause is where.
TEST_F(EventPlacesTest, TownOfTheCountrysideNamedInTheClauseIsThePlace) {
  Doc doc = test::ExtractAt(
      "وفي ريف الحسكة الشمالي، اندلعت اشتباكات بين الطرفين قرب بلدة تل تمر مساء أمس، ما أدى إلى مقتل ثلاثة مسلحين.",
      2024, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tall Tamr");
  // With no town in the clause the countryside stays the place.
  Doc alone = test::ExtractAt("وفي ريف الحسكة الشمالي، اندلعت اشتباكات بين الطرفين مساء أمس.", 2024, 3, 12);
  test::MaybeDump(alone);
  const Event* a = For(alone, "اشتباكات");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(alone, *a), "Al Hasakah");
}

// "في ريف X الجنوبي قرب Y": a town told right after a city's countryside
// (ريف X, an area) is where the event was, not a place that only locates
// the countryside; a province's seat so told still only locates.
TEST_F(EventPlacesTest, TownNearACountrysideIsThePlace) {
  Doc doc = test::ExtractAt("قصفت طائرات مستودعاً في ريف درعا الشرقي قرب بصرى الشام مساء أمس.", 2024, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Busra ash Sham");
}

// "… في مديرية X غرب Y. … في المدينة": "the city" does not refer back to a
// place told as a district, but to the town told before it.
TEST_F(EventPlacesTest, CityAnaphorSkipsAPlaceToldAsADistrict) {
  Doc doc = test::ExtractAt(
      "اغتال مسلحون شرطياً في مديرية جمتال غرب مزار شريف ليل الأحد.\n"
      "وأصيب ثلاثة مدنيين بانفجار عبوة ناسفة في المدينة صباح الاثنين.",
      2024, 3, 12);
  test::MaybeDump(doc);
  const Event* killing = For(doc, "اغتال");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(PlaceName(doc, *killing), "Chimtal");
  const Event* blast = For(doc, "بانفجار");
  ASSERT_NE(blast, nullptr);
  EXPECT_EQ(PlaceName(doc, *blast), "Mazar-e Sharif");
}

// "…بريف دير الزور. … في قرى بالريف الشرقي": the countryside told again
// is the countryside named before.
TEST_F(EventPlacesTest, TheCountrysideToldAgainIsTheOneNamedBefore) {
  Doc doc = test::ExtractAt(
      "سيطرت قسد على بلدة ذيبان في ريف دير الزور الشرقي اليوم. وأسفرت المواجهات في قرى عدة بالريف الشرقي عن مقتل "
      "عشرين شخصاً.",
      2023, 9, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "المواجهات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Deir ez-Zor");
}

// "مدينة X في بادية Y. … انسحبوا إلى عمق البادية، فيما انفجر لغم": the
// steppe told again in another clause is where the attackers went; the
// blast of the next clause goes on at the town, not at the steppe's city.
TEST_F(EventPlacesTest, SteppeToldAgainInAnotherClauseKeepsTheTown) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون حاجزاً للجيش قرب بلدة الرطبة في بادية الرمادي مساء أمس. وانسحب المهاجمون نحو عمق البادية، "
      "فيما انفجر لغم أرضي بسيارة عسكرية من دون إصابات.",
      2025, 2, 11);
  test::MaybeDump(doc);
  const Event* e = For(doc, "انفجر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ar Rutbah");
}

// "بلدة X غربي Y" with X and Y in one province far apart: Y still only
// says where X lies; the event is in X.
TEST_F(EventPlacesTest, CityOfTheSameProvinceAnchorsAFarTown) {
  Doc doc = test::ExtractAt("قتل راعيان بانفجار لغم أرضي قرب بلدة الرطبة غربي الرمادي صباح اليوم.", 2025, 2, 11);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Ar Rutbah");
}

// "حي الشيخ مقصود بحلب": ب glued to the second name says where the first
// is; the event is in the first, though the second stands nearer the event
// word.
TEST_F(EventPlacesTest, PlaceAfterGluedInLocatesThePlaceBeforeIt) {
  Doc doc = test::ExtractAt("شهد حي الشيخ مقصود بحلب قصفاً مدفعياً عنيفاً ليلة أمس.", 2016, 3, 1);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Ash-Sheikh Maqsoud");
}

// "east of Rafah, Gaza's health ministry said": the possessive after a
// comma names who said it, no second place of the event.
TEST_F(EventPlacesTest, PossessiveAfterACommaIsNoSecondPlace) {
  Doc doc = test::ExtractAt(
      "At least 20 people were killed on Sunday when soldiers opened fire near an aid site west of Rafah, Gaza's "
      "health ministry said.",
      2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Rafah");
}

// On a road named by its two ends the event is at the better-known end, the
// first-named on a tie; the town of the dateline named first on a stretch
// told "between" two towns keeps the event.
TEST_F(EventPlacesTest, RoadEventAtItsBetterKnownEnd) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة بدورية للجيش على طريق عامودا – القامشلي صباح اليوم.", 2023, 9, 1);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Al Qamishli");
  Doc tie = test::ExtractAt("A roadside bomb hit a police patrol on the road between Tuz Khurmatu and Daquq on Sunday.",
                            2021, 6, 14);
  test::MaybeDump(tie);
  ASSERT_EQ(tie.events.size(), 1u);
  EXPECT_EQ(PlaceName(tie, tie.events[0]), "Tuz Khurmatu");
  Doc filed = test::ExtractAt(
      "MOGADISHU, May 2 - A roadside bomb hit an army truck on the road between Mogadishu and Afgooye on Tuesday.", 2024,
      5, 2);
  test::MaybeDump(filed);
  ASSERT_EQ(filed.events.size(), 1u);
  EXPECT_EQ(PlaceName(filed, filed.events[0]), "Mogadishu");
}

// An English report filed from one end of a stretch told "between" two
// towns keeps the event at its dateline town, the end named first; filed
// from the second end, the event is still at the first-named.
TEST_F(EventPlacesTest, EnglishStretchFromTheDatelineTownKeepsIt) {
  Doc first = test::ExtractAt(
      "date 2022-04-08\nTAL AFAR, April 8 - Gunmen ambushed a fuel tanker on the road between Tal Afar and Mosul late on "
      "Thursday.",
      2022, 4, 8);
  test::MaybeDump(first);
  const Event* f = For(first, "ambushed");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(PlaceName(first, *f), "Tall 'Afar");
  Doc second = test::ExtractAt(
      "date 2022-04-08\nMOSUL, April 8 - Gunmen ambushed a fuel tanker on the road between Tal Afar and Mosul late on "
      "Thursday.",
      2022, 4, 8);
  test::MaybeDump(second);
  const Event* s = For(second, "ambushed");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(PlaceName(second, *s), "Tall 'Afar");
}

// A stretch whose second end the body named before, its first end not, is
// at that town: the report is about it, and the stretch is told from it.
TEST_F(EventPlacesTest, StretchAtTheEndToldBefore) {
  Doc en = test::ExtractAt(
      "Gunmen attacked a police checkpoint in Mosul on Monday, police said.\nOn Tuesday, a roadside bomb hit a bus on the "
      "road between Tal Afar and Mosul, killing two passengers.",
      2022, 4, 8);
  test::MaybeDump(en);
  const Event* e = For(en, "roadside bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(en, *e), "Mosul");
  Doc ar = test::ExtractAt(
      "هاجم مسلحون حاجزاً للشرطة في الموصل يوم الاثنين.\nوفي يوم الثلاثاء انفجرت عبوة ناسفة بحافلة على الطريق بين "
      "تلعفر والموصل.",
      2022, 4, 8);
  test::MaybeDump(ar);
  const Event* a = For(ar, "انفجرت");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(ar, *a), "Mosul");
  // Both ends told before: the first-named keeps it.
  Doc both = test::ExtractAt(
      "Gunmen attacked checkpoints in Tal Afar and Mosul on Monday, police said.\nOn Tuesday, a roadside bomb hit a bus "
      "on the road between Tal Afar and Mosul, killing two passengers.",
      2022, 4, 8);
  test::MaybeDump(both);
  const Event* b = For(both, "roadside bomb");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(PlaceName(both, *b), "Tall 'Afar");
}

// "regained control of the road between A and B" after a lead near B: a
// road held or taken is the road as a whole, told from its first-named
// end, as a list is read, whichever end the lead named.
TEST_F(EventPlacesTest, ARoadRegainedStaysAtItsFirstEnd) {
  Doc en = test::ExtractAt(
      "Gunmen killed two farmers in a village near Mosul on Monday, police said.\nOn Tuesday, the army said it had "
      "regained control of the road between Tal Afar and Mosul.",
      2022, 4, 8);
  test::MaybeDump(en);
  const Event* e = For(en, "regained");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(en, *e), "Tall 'Afar");
}

// A landmine "on the same road" told after the road was regained refers back to
// the road as a whole: it stays at the end named first, as the road does.
TEST_F(EventPlacesTest, AMineOnTheSameRoadStaysAtItsFirstEnd) {
  Doc en = test::ExtractAt(
      "Gunmen killed two farmers in a village near Mosul on Monday, police said.\nOn Tuesday, the army said it had "
      "regained control of the road between Tal Afar and Mosul.\nA landmine planted on the same road hit a lorry on "
      "Wednesday, killing its driver, officials said.",
      2022, 4, 8);
  test::MaybeDump(en);
  const Event* e = For(en, "landmine");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(en, *e), "Tall 'Afar");
}

// A round-up that leads elsewhere and named the second end only for an
// event of its own is not about that end: the stretch stays at the end
// named first.
TEST_F(EventPlacesTest, StretchInARoundUpStaysAtItsFirstEnd) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked a checkpoint near Kirkuk on Monday, police said.\nSoldiers killed five militants in a clash "
      "near Mosul on Tuesday.\nOn Wednesday, a roadside bomb hit a bus on the road between Tal Afar and Mosul, "
      "killing two passengers.",
      2022, 4, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "roadside bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tall 'Afar");
}

// An Arabic report filed from one end of the road tells of the stretch
// from its own town: the dateline town keeps the event, whether the road
// is told "between" two towns or named by its two ends (the other end the
// better known).
TEST_F(EventPlacesTest, ArabicRoadFromTheDatelineTownKeepsIt) {
  Doc between = test::ExtractAt(
      "date 2022-04-08\nتلعفر – خاص: انفجرت عبوة ناسفة بشاحنة مدنية على الطريق بين تلعفر والموصل مساء الخميس.", 2022,
      4, 8);
  test::MaybeDump(between);
  const Event* b = For(between, "انفجرت");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(PlaceName(between, *b), "Tall 'Afar");
  Doc named = test::ExtractAt(
      "date 2022-04-08\nتلعفر – خاص: انفجرت عبوة ناسفة بشاحنة مدنية على طريق تلعفر – الموصل مساء الخميس.", 2022, 4, 8);
  test::MaybeDump(named);
  const Event* n = For(named, "انفجرت");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(PlaceName(named, *n), "Tall 'Afar");
}

// "ألقت الأجهزة الأمنية بمديرية أمن X القبض على … في قرية تابعة لمركز Y":
// the province a body's title of several words names is its area; the
// district told after the event word, inside that area, is where the deed
// was. تابعة after the village noun is the participle "belonging", no name.
TEST_F(EventPlacesTest, TownAfterTheEventInsideABodysAreaIsTheScene) {
  Doc doc = test::ExtractAt(
      "date 2024-03-02\nالقاهرة – خاص: ألقت الأجهزة الأمنية بمديرية أمن سوهاج القبض على تسعة أشخاص من طرفي مشاجرة "
      "بالأسلحة النارية بين عائلتين في قرية تابعة لمركز طهطا أمس.",
      2024, 3, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "القبض على");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tahta");
  for (const PlaceMention& m : doc.places) EXPECT_NE(doc.OriginalText(m.span), "تابعة");
}

// "in Raman, Yala": a town, a comma and its province told by the seat's
// name — one place, the town, not a list of two.
TEST_F(EventPlacesTest, ProvinceBySeatAfterATownOnlyLocatesIt) {
  Doc doc = test::ExtractAt(
      "Insurgents threw a grenade at a police post in Raman, Yala, late on Sunday, wounding two officers.", 2026, 11,
      16);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Raman");
}

// "ستة عمال من مدينة X": workers (drivers, migrants, the displaced) from a
// place come from there; the town told for the deed is where it was.
TEST_F(EventPlacesTest, WorkersFromAProvinceAreFromThere) {
  Doc doc = test::ExtractAt(
      "قالت الشرطة إن مسلحين أوقفوا حافلة قرب مدينة تربت مساء الاثنين، وأنزلوا منها ستة عمال من مدينة لاهور "
      "وأطلقوا عليهم النار.",
      2026, 11, 30);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أطلقوا عليهم النار");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Turbat");
}

// A stretch told "between" two towns is coded to the first-named end, even
// when the other is the seat of a higher level; a road named by its two
// ends keeps the better-known one.
TEST_F(EventPlacesTest, StretchBetweenTwoTownsKeepsTheFirstNamed) {
  Doc ar = test::ExtractAt("انفجرت عبوة ناسفة بشاحنة مدنية على الطريق بين تلعفر والموصل مساء الخميس.", 2022, 4, 8);
  test::MaybeDump(ar);
  ASSERT_EQ(ar.events.size(), 1u);
  EXPECT_EQ(PlaceName(ar, ar.events[0]), "Tall 'Afar");
  Doc linking = test::ExtractAt("انفجرت عبوة ناسفة بشاحنة مدنية على الطريق الواصل بين تلعفر والموصل.", 2022, 4, 8);
  test::MaybeDump(linking);
  ASSERT_EQ(linking.events.size(), 1u);
  EXPECT_EQ(PlaceName(linking, linking.events[0]), "Tall 'Afar");
  Doc en = test::ExtractAt("Gunmen ambushed a fuel tanker on the road between Tal Afar and Mosul late on Thursday.", 2022,
                           4, 8);
  test::MaybeDump(en);
  ASSERT_EQ(en.events.size(), 1u);
  EXPECT_EQ(PlaceName(en, en.events[0]), "Tall 'Afar");
  Doc named = test::ExtractAt("انفجرت عبوة ناسفة بشاحنة مدنية على طريق تلعفر – الموصل مساء الخميس.", 2022, 4, 8);
  test::MaybeDump(named);
  ASSERT_EQ(named.events.size(), 1u);
  EXPECT_EQ(PlaceName(named, named.events[0]), "Mosul");
}

// A road's ends name the road; a compass side or a distance told right after
// them says where on it the event was, the end it is measured from among
// them, as does a place told after a comma.
TEST_F(EventPlacesTest, RoadEventAtThePlaceItsSideOrDistanceIsMeasuredFrom) {
  Doc side = test::ExtractAt(
      "الموصل – خطف مسلحون سائقين على طريق الموصل – تلعفر غربي مدينة الموصل مساء الخميس.", 2022, 4, 8);
  test::MaybeDump(side);
  const Event* s = For(side, "خطف");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(PlaceName(side, *s), "Mosul");
  EXPECT_EQ(side.places[s->place].relation, "west_of");
  Doc far = test::ExtractAt(
      "الموصل – خطف مسلحون سائقين على طريق الموصل – تلعفر على بعد 15 كيلومتراً شرق تلعفر مساء الخميس.", 2022, 4, 8);
  test::MaybeDump(far);
  const Event* f = For(far, "خطف");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(PlaceName(far, *f), "Tall 'Afar");
  EXPECT_EQ(far.places[f->place].relation, "east_of");
  Doc en = test::ExtractAt(
      "Gunmen ambushed a fuel tanker on the road between Tal Afar and Mosul, 20 km west of Mosul, on Thursday.", 2022, 4,
      8);
  test::MaybeDump(en);
  const Event* e = For(en, "ambushed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(en, *e), "Mosul");
  EXPECT_EQ(en.places[e->place].relation, "west_of");
}

// "حي X وسط العاصمة": an unknown quarter located by "the capital" is in the
// capital the report names, not in the town told before it.
TEST_F(EventPlacesTest, UnknownQuarterInTheCapitalIsCodedToTheCapital) {
  Doc doc = test::ExtractAt(
      "بغداد - قتل جندي بانفجار عبوة في قضاء الطارمية شمالي بغداد أمس. وفي حادث آخر، ألقى مجهولون قنبلة يدوية على "
      "متجر في منطقة البتاوين وسط العاصمة فجر اليوم.",
      2021, 3, 17);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قنبلة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Baghdad");
}

// "تعرضت بلدة X لقصف مصدره مواقع في Y": the place the verb has as subject
// is where the shelling fell, not the place it was fired from.
TEST_F(EventPlacesTest, SubjectOfSubjectedToIsThePlace) {
  Doc doc = test::ExtractAt(
      "تعرضت بلدة كفرنبل منذ ساعات الليل المتأخرة يوم الخميس لقصف عنيف من مواقع للجيش في ريف حماة.", 2019, 5, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "لقصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kafranbel");
  Doc en = test::ExtractAt(
      "Residents said the town of Kafranbel, south of Idlib, came under heavy shelling from army positions in Hama.",
      2019, 5, 9);
  test::MaybeDump(en);
  ASSERT_FALSE(en.events.empty());
  EXPECT_EQ(PlaceName(en, en.events[0]), "Kafranbel");
}

// "على مواقع في محافظة X ومحيط مطار Y": و on the second place's relation
// word coordinates the two places; the strikes are one event at each.
TEST_F(EventPlacesTest, ConjunctionOnARelationWordJoinsTwoPlaces) {
  Doc doc = test::ExtractAt("نفذت طائرات حربية غارات على مواقع في مدينة الحديدة ومحيط مطار صنعاء فجر اليوم.", 2024,
                            1, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.places[doc.events[1].place].location.country, "YE");
  EXPECT_NE(doc.events[0].place, doc.events[1].place);
}

// A capital read as its government (بغداد: Iraq) is still the place where
// the event is when it carries في as ب (ببغداد) or follows a relation word
// (وسط بغداد).
TEST_F(EventPlacesTest, CapitalWithAPrepositionOrRelationIsThePlace) {
  for (const char* text : {"أصيب عشرات المحتجين ليلة أمس قرب جسر الجمهورية ببغداد، عندما أطلقت قوات الأمن الرصاص الحي عليهم.",
                           "أصيب عشرات المحتجين ليلة أمس في ساحة الخلاني وسط بغداد، عندما أطلقت قوات الأمن الرصاص الحي عليهم."}) {
    Doc doc = test::ExtractAt(text, 2019, 11, 1);
    test::MaybeDump(doc);
    const Event* e = For(doc, "الرصاص الحي");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(PlaceName(doc, *e), "Baghdad") << text;
  }
}

// "مدينة X وبلدات Y وZ": و on the settlement noun continues the list of
// places: one protest at each of the three towns.
TEST_F(EventPlacesTest, ASettlementNounWithWawContinuesTheList) {
  Doc doc = test::ExtractAt(
      "شهدت مدينة السلمية وبلدات صوران وطيبة الإمام وقفات احتجاجية يوم الجمعة.", 2024, 11, 30);
  test::MaybeDump(doc);
  std::vector<std::string> names;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Protests") names.push_back(PlaceName(doc, e));
  EXPECT_EQ(names.size(), 3u);
  EXPECT_NE(std::find(names.begin(), names.end(), doc.places.empty() ? "" : doc.places[0].location.name), names.end());
}

// An outlet named after a town (قناة الميادين) cites a source; the town told
// with its settlement noun or a relation word (بلدة الميادين، محيط الميادين)
// is where the event was, not the town of the sentence before.
TEST_F(EventPlacesTest, OutletNamedAfterATownIsTheTownWhenToldAsOne) {
  Doc doc = test::ExtractAt(
      "انتشرت قوات النظام في مدينة البوكمال يوم الإثنين. وذكرت مصادر محلية أن مسلحين استهدفوا بالصواريخ محيط "
      "بلدة الميادين مساء الثلاثاء.",
      2024, 3, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استهدفوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Al Mayadin");
}

TEST_F(EventPlacesTest, OutletNamedAfterATownCitedAsSourceIsNoPlace) {
  Doc doc = test::ExtractAt(
      "انتشرت قوات النظام في مدينة البوكمال يوم الإثنين. ونقلت قناة الميادين أن اشتباكات اندلعت مساء الثلاثاء "
      "مع مسلحين.",
      2024, 3, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(doc, *e), "Al Mayadin");
}

// "In X province/state, … near Y": a name with a unit noun after it is the
// division (the gazetteer may know only its seat town, far from Y): the
// town the clause names says where. Told alone, the division's name is the
// place, not the dateline.
TEST_F(EventPlacesTest, TownBeatsTheProvinceNamedWithItsUnitNoun) {
  Doc state = test::ExtractAt(
      "In neighbouring Katsina state, gunmen abducted nine farmers in Batsari on Friday, police said.", 2025, 3, 9);
  test::MaybeDump(state);
  const Event* abduction = For(state, "abducted");
  ASSERT_NE(abduction, nullptr);
  EXPECT_EQ(PlaceName(state, *abduction), "Batsari");
  Doc province = test::ExtractAt(
      "In Sirnak province, soldiers defused a bomb left on a road near Cizre on Monday, the ministry said.", 2025, 3,
      12);
  test::MaybeDump(province);
  const Event* defused = For(province, "defused");
  ASSERT_NE(defused, nullptr);
  EXPECT_EQ(PlaceName(province, *defused), "Cizre");
  Doc alone = test::ExtractAt(
      "KABUL (Reuters) - Jets struck a house in Ghazni province on Friday, killing four civilians, officials said.",
      2025, 3, 9);
  test::MaybeDump(alone);
  const Event* strike = For(alone, "struck");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(PlaceName(alone, *strike), "Ghazni");
}

// "near X in northern Y": the country after a `side` adjective and "in"
// only says where X is; the strike is at X, not at the country (which
// would leave it no event of its own).
TEST_F(EventPlacesTest, CountryAfterInAndASideLocatesTheTownBeforeIt) {
  Doc doc = test::ExtractAt(
      "A drone strike destroyed a pickup truck near Mosul in northern Iraq on Tuesday, killing three fighters.", 2025,
      6, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Mosul");
}


// "on the X–Y road near Z": the towns before the route noun name the road,
// which runs far past them; the unspaced dash joins the two names and sets
// off no clause, so "near Z" stays in the event's clause and places it.
TEST_F(EventPlacesTest, TownsNamingARoadGiveWayToTheTownNearWhichItHappened) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed a lorry on the Garissa\u2013Mandera road near Wajir on Monday, killing its driver, police said.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Wajir");
  Doc single = test::ExtractAt("Bandits ambushed a bus on the Garissa road near Wajir on Monday, police said.", 2025, 3, 12);
  const Event* s = For(single, "ambushed");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(PlaceName(single, *s), "Wajir");
}

// "on the X–Y highway near Z" with Z close to Y (the same province): Z is
// not a town that only locates Y, the road's end, but where on the road the
// event was.
TEST_F(EventPlacesTest, TownNearARoadNamedByCloseEndsIsTheScene) {
  for (std::string_view text :
       {"Gunmen ambushed a lorry on the Sokoto\u2013Gusau road near Talata Mafara on Friday, police said.",
        "Gunmen ambushed a police van on the Peshawar\u2013Jamrud highway near Landi Kotal on Friday, officials said."}) {
    Doc doc = test::ExtractAt(std::string(text), 2026, 11, 20);
    test::MaybeDump(doc);
    const Event* e = For(doc, "ambushed");
    ASSERT_NE(e, nullptr) << text;
    const std::string name = PlaceName(doc, *e);
    EXPECT_TRUE(name == "Talata Mafara" || name == "Landi Kotal") << text << " -> " << name;
  }
}

// "near X, south of Y": X lies by Y. Read as a far namesake (a village
// named like a foreign capital), X is no scene: Y, which locates it, is.
// A town across a border close by is meant as told ("Kilis, north of
// Azaz").
TEST_F(EventPlacesTest, FarNamesakeOfAPlaceToldByTheNextIsNoScene) {
  Doc doc = test::ExtractAt(
      "SIDON, Lebanon - An Israeli drone struck a car near Doha, south of Beirut, on Tuesday, killing two men, the "
      "health ministry said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Beirut");
  Doc border = test::ExtractAt(
      "GAZIANTEP, Turkey - Shells fired from Syria hit a house in Kilis, north of Azaz, on Tuesday, wounding two "
      "children, the governor said.",
      2026, 11, 20);
  const Event* b = For(border, "Shells");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(PlaceName(border, *b), "Kilis");
}

// "the besieged city of X … in Y, east of X … in the city centre": a town
// told by the compass side it lies on from the city is not "the city"; the
// city it was measured from is.
TEST_F(EventPlacesTest, TheCityIsTheCityATownWasMeasuredFrom) {
  Doc doc = test::ExtractAt(
      "Shelling killed four people at a market in the besieged city of Timbuktu on Tuesday, medics said.\n"
      "Gunmen abducted two aid workers in Ber, east of Timbuktu, on Wednesday, a local official said.\n"
      "Hundreds of women protested in the city centre on Thursday against the siege.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "protested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Timbuktu");
  const Event* a = For(doc, "abducted");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(doc, *a), "Ber");
}

// "abducted 30 travellers on the X–Y road …. Ten of the victims were
// released": the lead's event was placed at the road's end, told with no
// locative before it; the next sentence, naming no place, goes on there,
// not at the dateline town.
TEST_F(EventPlacesTest, SentenceAfterARoadEventGoesOnAtItsPlace) {
  Doc doc = test::ExtractAt(
      "GUSAU \u2014 Bandits abducted 30 travellers on the Talata Mafara\u2013Gusau road in Zamfara State on Saturday, "
      "police said.\nTen of the victims were released on Sunday evening after talks, an official said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* a = For(doc, "abducted");
  const Event* r = For(doc, "released");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(PlaceName(doc, *r), PlaceName(doc, *a));
  EXPECT_EQ(PlaceName(doc, *r), "Talata Mafara");
}

// "Gunmen attacked X … Several women were raped during the attack, citing
// survivors who fled to Y": the town the lead's event was placed at (its
// object, told with no locative) is where the next sentence goes on; where
// survivors fled to is their refuge, no scene.
TEST_F(EventPlacesTest, SentenceAfterAnAttackedTownGoesOnThereNotWhereSurvivorsFled) {
  Doc doc = test::ExtractAt(
      "KADUNA - Gunmen attacked Kajuru on Wednesday, killing 12 villagers, police said.\n"
      "Several women were reportedly raped during the attack, a rights group said, citing survivors who fled to "
      "Zaria.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "raped");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kajuru");
}

// "Youths blocked the Garissa road": a town that only names a road, the one
// place of its sentence, gives way to the town the report was speaking of
// before, in the same country; with nothing before it, it stays the place.
TEST_F(EventPlacesTest, TownOnlyNamingARoadGivesWayToTheTownBefore) {
  Doc doc = test::ExtractAt(
      "Traders in Wajir closed their shops on Monday over a tax rise, residents said. "
      "Youths burned tyres on the Garissa road on Monday evening, police said.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "burned tyres");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Wajir");
  Doc alone = test::ExtractAt("Youths burned tyres on the Garissa road on Monday evening, police said.", 2025, 3, 12);
  const Event* a = For(alone, "burned tyres");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(alone, *a), "Garissa");
}

// A place told in a clause dated years back ("since a bombing in Mosul …
// in March 2019") belongs to that background: a sentence of today's news
// with no place goes on at the place before it; one about that past
// still goes on at the background's place.
TEST_F(EventPlacesTest, BackgroundPlaceIsNotCarriedIntoTodaysNews) {
  Doc doc = test::ExtractAt(
      "A car bomb killed nine people at a market in Kirkuk on Monday, police said. "
      "It was the deadliest attack in the country since a bombing in Mosul killed 20 people in March 2019. "
      "Police said they had arrested three suspects.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kirkuk");
  Doc past = test::ExtractAt(
      "A car bomb killed nine people at a market in Kirkuk on Monday, police said. "
      "In March 2019, a bombing in Mosul killed 20 people. In 2019, police arrested three suspects.",
      2025, 3, 12);
  test::MaybeDump(past);
  const Event* p = For(past, "arrested");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(PlaceName(past, *p), "Mosul");
}

// "returning from a market in X": the place of the thing a journey set out
// from is an origin, no scene; the town named for the event is.
TEST_F(EventPlacesTest, PlaceOfWhatAJourneyLeftIsAnOrigin) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed traders returning from a market in Garissa about ten kilometres outside Wajir on Monday, police said.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Wajir");
}

// "al-Qaeda's Sahel affiliate": a region after the possessive of a group's
// name names the group's branch; an act the branch threatens is not placed
// in that region.
TEST_F(EventPlacesTest, RegionNamingAGroupsBranchIsNoScene) {
  Doc doc = test::ExtractAt(
      "The Islamic State's Sahel branch said on Friday that it would attack army posts.", 2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attack");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(doc, *e), "Sahel");
}

// "in Nigeria's Borno state": the country in the possessive only says where
// the state is; the state (told alone, its seat) is the scene, not the
// country, whose events are too coarse to keep.
TEST_F(EventPlacesTest, CountrysPossessiveLocatesThePlaceAfterIt) {
  Doc doc = test::ExtractAt("Gunmen ambushed a convoy in Nigeria's Borno state on Friday, police said.", 2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->place, 0);
  EXPECT_EQ(PlaceName(doc, *e), "Borno");
}

// "the Red Sea port of X", "the Idlib town of X": a place before a
// settlement noun and "of" is the attribute of the town after "of", which
// is the scene — a sea or a province never is when its town is told.
TEST_F(EventPlacesTest, PlaceBeforeTownOfIsItsAttribute) {
  Doc doc = test::ExtractAt("A drone struck a fuel depot in the Red Sea port of Hodeidah on Friday, killing two workers, residents said.",
                            2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Al Hudaydah");

  doc = test::ExtractAt("Air strikes hit a bakery in the Idlib town of Maarat al-Numan on Friday, killing four people, rescuers said.",
                        2025, 3, 12);
  test::MaybeDump(doc);
  e = For(doc, "Air strikes");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ma`arrat an Nu`man");
}

// A town named only inside someone's quoted words (a displaced man's past)
// is no scene a later sentence naming no place goes on at; a town the
// report names outside quotes too (its dateline) still is.
TEST_F(EventPlacesTest, TownNamedOnlyInAQuoteIsNoSceneToGoOnAt) {
  Doc doc = test::ExtractAt(
      "الحسكة – «الوكالة»: قُتل نازح وأصيب ثلاثة في هجوم شنّه مسلحون على مخيم للنازحين قرب مدينة الحسكة ليل الاثنين.\n"
      "وقال أحد النازحين: «تركنا بيوتنا في الميادين ولم نجد الأمان هنا».\n"
      "كما أفادت أنباء غير مؤكدة بأن قذائف سقطت قرب المخيم مساء الثلاثاء.",
      2026, 12, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قذائف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Al Hasakah");

  doc = test::ExtractAt(
      "الحسكة – «الوكالة»: قُتل شخصان في انفجار عبوة ناسفة قرب بلدة الشدادي ليل الاثنين.\n"
      "وتوعّد التنظيم بـ«مزيد من العمليات في الحسكة».\n"
      "وفي حي غويران، ألقى مجهولون قنبلة يدوية على نقطة للشرطة فجر الثلاثاء.",
      2026, 12, 2);
  test::MaybeDump(doc);
  e = For(doc, "قنبلة يدوية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Al Hasakah");
}

// "the Santa Fe neighbourhood of Culiacan": a neighbourhood is a part of the
// town after "of", where ACLED codes it (not a namesake town elsewhere); a
// district named by its seat is that seat ("the Shindand district of Herat
// province" is at Shindand).
TEST_F(EventPlacesTest, NeighbourhoodOfATownIsThatTownButDistrictIsItsSeat) {
  Doc doc = test::ExtractAt("Gunmen shot dead two shopkeepers in the Santa Fe neighbourhood of Culiacan on Friday, police said.",
                            2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Culiacan");

  doc = test::ExtractAt("Taliban fighters attacked a police checkpoint in the Shindand district of Herat province on Friday, officials said.",
                        2025, 3, 12);
  test::MaybeDump(doc);
  e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Shindand");
}
// A province below the first level authored with no OCHA code (Burkina
// Faso's Soum, placed at its seat Djibo) is coarse as a first-level one: an
// event told in it near a town is at that town (Arbinda), not at the
// province's point; with no town it stays at the province's seat.
TEST_F(EventPlacesTest, AuthoredProvinceYieldsToTheTownNamedInIt) {
  Doc doc = test::ExtractAt(
      "واغادوغو – (أ ف ب): قال مصدر أمني إن مسلحين هاجموا قاعدة للجيش في جيبو فجر السبت.\n"
      "وفي ولاية سوم نفسها، خطف مسلحون نحو 20 امرأة قرب أربيندا يوم الخميس، بحسب سكان محليين.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "خطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Arbinda");
}

}  // namespace

// "وفي محافظة X، … قرب مدينة Y": a province told with its noun whose name
// the gazetteer knows only as its seat town is the province still; the
// town of the province named in the event's clause is the place.
TEST_F(EventPlacesTest, ArabicProvinceNounYieldsToItsTownInTheClause) {
  Doc doc = test::ExtractAt(
      "وفي محافظة البيضاء، قُتل ثلاثة جنود في كمين نصبه مسلحون مجهولون لدوريتهم على الطريق قرب مدينة مكيراس مساء الأحد.",
      2025, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "كمين");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Mukayras");
}

// "حافلة متجهة من X إلى Y قرب بلدة Z": both ends of the journey are told
// to say where the bus was going; the attack was near Z.
TEST_F(EventPlacesTest, JourneyEndsAreNotTheScene) {
  Doc doc = test::ExtractAt(
      "قُتل أربعة ركاب حين فتح مسلحون النار على حافلة متجهة من حمص إلى دمشق قرب بلدة النبك فجر اليوم.", 2025, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "فتح");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "An Nabk");
}

}  // namespace marsad

namespace marsad {
namespace {

// "في المدينة نفسها": a place anaphor nearer the event word than the
// town named later in the sentence refers back to the town named before.
TEST_F(EventPlacesTest, AnaphorNearerTheEventRefersBack) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات عنيفة في مدينة منبج مساء الأحد.\n"
      "واعتقلت قوات الأمن خمسة مسلحين في المدينة نفسها، ثم نقلتهم بعد يومين إلى سجن في مدينة حلب.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Manbij");
}

// "في المنطقة ذاتها" after a town of its own sentence: that town, not the
// countryside the sentence opened with.
TEST_F(EventPlacesTest, AnaphorRefersToTheTownBeforeItInItsSentence) {
  Doc doc = test::ExtractAt(
      "وفي ريف حلب الشرقي، دارت اشتباكات قرب مدينة الباب صباح الاثنين، وأسقطت طائرة مسيرة قنبلة على دراجة نارية "
      "في المنطقة ذاتها.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أسقطت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Al Bab");
}

// "في القرية نفسها" in a sentence naming no town: the village of the scene
// told before, not the town activists spoke from in between.
TEST_F(EventPlacesTest, SameVillageSkipsTheTownASpeakerIsIn) {
  Doc doc = test::ExtractAt(
      "قتل مدنيان برصاص مسلحين مجهولين في قرية بنش يوم الخميس.\n"
      "وأفاد ناشطون في إدلب بأن المسلحين فروا.\n"
      "كما أصيب طفل بجروح جراء قصف مدفعي في القرية نفسها.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Binnish");
}

// "the village" after a village told by its distance from a town (قرية على
// بعد 20 كيلومتراً شرق X) and a later area told near another town (منطقة
// قريبة من Y): the anaphor is the village, coded to the town it lies from,
// not the town the area was near.
TEST_F(EventPlacesTest, TheVillageGoesBackToAVillageToldByItsDistance) {
  Doc doc = test::ExtractAt(
      "قال سكان إن مسلحين دخلوا قرية على بعد 20 كيلومتراً شرق منبج ليل الأحد وخطفوا راعيين.\n"
      "وفي منطقة قريبة من الباب، اشتبك مقاتلون محليون مع عناصر التنظيم لساعات أمس.\n"
      "وتعهد قائد عسكري باستعادة القرية خلال أيام.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "باستعادة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Manbij");
}

// "في القرية ذاتها" after a village the gazetteer lacks, told by where it
// lies from a town (قرية X شرق Y): the village is coded to that town, not to
// a town an earlier sentence named.
TEST_F(EventPlacesTest, SameVillageUnreadIsCodedToTheTownLocatingIt) {
  Doc doc = test::ExtractAt(
      "تعز – «وكالة الأنباء» – قال محامون إن قوات الأمن اعتقلت أربعة مطلوبين في المدينة يوم الأحد.\n"
      "وفي تعز أيضاً، قتل مسلحون شاباً مساء الاثنين.\n"
      "وأفاد شهود بأن مسلحين نهبوا مواشي من قرية الهنيديات العليا شرق زبيد يوم الثلاثاء.\n"
      "ووثّقت منظمة حقوقية اغتصاب امرأتين على أيدي المسلحين في القرية ذاتها خلال الهجوم.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اغتصاب");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Zabid");
}

// "وفي محافظة ديالى، اشتبكت…": an event placed only in a province is not
// moved to a town named before that lies in another province, however near
// the province's label point; it is coded to the province's seat.
TEST_F(EventPlacesTest, ProvinceEventIsNotMovedToATownOfAnotherProvince) {
  Doc doc = test::ExtractAt(
      "بغداد – قال مسؤولون إن انفجار عبوة ناسفة أدى إلى مقتل ثلاثة أشخاص في سوق شعبي ببغداد صباح اليوم.\n"
      "وفي محافظة ديالى، اشتبكت القوات العراقية مع مسلحين من تنظيم الدولة الإسلامية ليل الاثنين.",
      2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتبكت");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(doc, *e), "Baghdad");
}

// "على الطريق ذاته": a road told before is where the event was after على too.
TEST_F(EventPlacesTest, SameRoadAfterAlaRefersToTheSceneBefore) {
  Doc doc = test::ExtractAt(
      "أصيب ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب بلدة الشدادي يوم الإثنين.\n"
      "وقال مصدر في دمشق إن الهجوم لم يتبناه أحد.\n"
      "وبعد ساعات قتل جندي رابع بانفجار لغم على الطريق ذاته.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "لغم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ash Shaddadah");
}

// "on the same road": English likewise, past the capital a spokesman spoke in.
TEST_F(EventPlacesTest, EnglishSameRoadRefersToTheSceneBefore) {
  Doc doc = test::ExtractAt(
      "Two soldiers died when their truck hit a mine near Garissa on Monday.\n"
      "A military spokesman in Nairobi said the attackers had fled.\n"
      "Hours later, gunmen ambushed a bus on the same road.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Garissa");
}

// "المدينة الساحلية X" introduces X: no reference back to the town before.
TEST_F(EventPlacesTest, DefiniteNounBeforeANameIntroducesIt) {
  Doc doc = test::ExtractAt(
      "اعتقلت الشرطة ثلاثة أشخاص في مدينة الموصل أمس.\nوفي المدينة الساحلية اللاذقية، انفجرت عبوة ناسفة بسيارة مدنية.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "انفجرت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Latakia");
}

// English: "in the same area" refers back as its Arabic counterpart does.
TEST_F(EventPlacesTest, EnglishSameAreaRefersBack) {
  Doc doc = test::ExtractAt(
      "Fighting broke out in the town of Kidal on Monday.\n"
      "Soldiers arrested ten men in the same area and flew them to a prison in Bamako.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kidal");
}

// "in the village of X" introduces X even where the gazetteer lacks it: the
// event is not coded to the town told before.
TEST_F(EventPlacesTest, EnglishNounOfANameIntroducesIt) {
  Doc doc = test::ExtractAt(
      "Troops entered the town of Kidal on Monday.\n"
      "Gunmen killed four herders in the village of Zorgonbarra, some 300 km from Bamako.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "killed");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(doc, *e), "Kidal");
}

// "X، ونفت طهران ذلك": an unknown place hangs under the sentence's nearest
// known place, but a capital that speaks is a government, not X's town.
TEST_F(EventPlacesTest, SpeakingCapitalIsNoParentOfAnUnknownPlace) {
  Doc doc = test::ExtractAt("قصفت طائرات مسيّرة قرى في منطقة سيدكان، وقالت طهران إنها لم تشارك.", 2025, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(doc, *e), "Tehran");
  Doc denied = test::ExtractAt("قصفت طائرات مسيّرة قرى في منطقة سيدكان، وهو ما نفته أنقرة.", 2025, 6, 2);
  const Event* d = For(denied, "قصفت");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(PlaceName(denied, *d), "Ankara");
}

// "قرب البلدة"، "outside the town": a spatial word before a place anaphor
// places the event at the town it refers back to, as في/in does — not at a
// place the sentence names later (where people fled to).
TEST_F(EventPlacesTest, RelationBeforeAnaphorPlacesTheEventAtItsTown) {
  Doc ar = test::ExtractAt(
      "إدلب – سيطرت فصائل المعارضة على بلدة سراقب فجر أمس الأحد.\n"
      "وشن الطيران الحربي غارات على تجمعات المسلحين قرب البلدة ليل الأحد، ما أدى إلى نزوح عشرات العائلات نحو مدينة إدلب.",
      2026, 11, 10);
  test::MaybeDump(ar);
  const Event* strike = For(ar, "غارات");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(PlaceName(ar, *strike), "Saraqib");
  Doc en = test::ExtractAt(
      "MAKURDI, Nov 10 - Herders raided the town of Gboko on Friday, residents said.\n"
      "Gunmen shot dead four farmers outside the town on Saturday, and survivors fled to Makurdi.",
      2026, 11, 10);
  test::MaybeDump(en);
  const Event* killing = For(en, "shot dead");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(PlaceName(en, *killing), "Gboko");
}

// "the city" refers back to the place last told as a city, not to a town
// told as a town (بلدة X، "the town of X") in between.
TEST_F(EventPlacesTest, TheCityIsNotTheTownToldInBetween) {
  Doc ar = test::ExtractAt(
      "اعتقلت قوات الأمن ثلاثة شبان في مدينة حمص صباح أمس.\n"
      "كما انفجرت عبوة ناسفة قرب بلدة تلبيسة شمال حمص.\n"
      "وفي وسط المدينة، تظاهر العشرات أمام مبنى المحافظة للمطالبة بالإفراج عنهم.",
      2026, 11, 10);
  test::MaybeDump(ar);
  const Event* protest = For(ar, "تظاهر");
  ASSERT_NE(protest, nullptr);
  EXPECT_EQ(PlaceName(ar, *protest), "Homs");
  Doc en = test::ExtractAt(
      "PORT SUDAN, Nov 10 - Paramilitary fighters shelled the city of Kadugli on Sunday, killing five civilians, aid "
      "workers said.\n"
      "A drone struck a clinic in the town of Dilling, north of Kadugli, on Monday.\n"
      "Protesters marched in the centre of the city on Tuesday, demanding an end to the siege.",
      2026, 11, 10);
  test::MaybeDump(en);
  const Event* march = For(en, "marched");
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(PlaceName(en, *march), "Kadugli");
}

// "in the camp": a camp named before (at a town), not the town a later
// clause names.
TEST_F(EventPlacesTest, TheCampRefersBackToTheCampsTown) {
  Doc doc = test::ExtractAt(
      "MOGADISHU, Nov 10 - Floods displaced hundreds of families to the Kaxda camp on the edge of the town of Baidoa "
      "this week, officials said.\n"
      "On Sunday, gunmen shot dead two elders in the camp, and police later arrested a suspect in Mogadishu.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* killing = For(doc, "shot dead");
  ASSERT_NE(killing, nullptr);
  EXPECT_EQ(PlaceName(doc, *killing), "Baidoa");
}

// "استعاد الجيش البلدة": the anaphor as the event word's object is where
// the event was — the town told before, not the city that only measured
// where that town lies.
TEST_F(EventPlacesTest, AnaphorAsObjectIsTheTownToldBefore) {
  Doc doc = test::ExtractAt(
      "دمشق – «وكالات»\n"
      "قالت مصادر محلية إن مسلحين سيطروا، مساء الخميس، على بلدة كفرنبودة الواقعة على بعد نحو 40 كيلومتراً شمال "
      "غربي مدينة حماة، بعد انسحاب وحدات من الجيش منها.\n"
      "وأضافت أن الجيش استعاد البلدة صباح أمس الجمعة إثر معارك عنيفة.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استعاد");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kafr Nabudah");
}

// "in X camp, in Aleppo governorate": a province named by its unit noun,
// though the gazetteer gave its seat town, is no town a report naming no
// place goes on at; the camp's town is.
TEST_F(EventPlacesTest, ProvinceNamedByItsUnitNounIsNoTownToGoOnAt) {
  Doc doc = test::ExtractAt(
      "Syria: Manbij camp, flash update (2 November 2026)\n"
      "Aid agencies in Manbij camp, in Aleppo governorate, report a further deterioration of security over the past "
      "week.\n"
      "On 30 October, a man was stabbed to death near the camp clinic; he is the third resident killed this month.\n"
      "On 1 November, during a search operation, groups of youths threw stones at camp guards and set a guard post on "
      "fire.",
      2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "threw stones");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Manbij");
}

// "villages along the Tigris": a river is no point an event is coded to;
// the town on it the report named is.
TEST_F(EventPlacesTest, RiverGivesWayToTheTownNamedBefore) {
  Doc doc = test::ExtractAt(
      "Hundreds of farmers protested in Kut on Friday over water shortages, officials said.\n"
      "Protests also spread to villages along the Tigris on Saturday, residents said.",
      2026, 11, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "Protests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Al Kut");
}

// "on the Culiacan-Eldorado highway": the road's far end is where it leads,
// not the scene the next sentences, naming no place, go on at.
TEST_F(EventPlacesTest, FarEndOfAHyphenedRoadIsNoSceneToGoOnAt) {
  Doc doc = test::ExtractAt(
      "CULIACAN, Sinaloa - Gunmen opened fire on an army patrol on the Culiacan-Eldorado highway late on Tuesday, "
      "the army said.\n"
      "Hours later, gunmen threw a grenade at a bar; two people were wounded.",
      2026, 11, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "grenade");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Culiacan");
}

// "the city", "the city's": an anaphor names a town told before even where
// that town was no scene (an object of shelling, a place a relation is told
// from), and "the town's" opens a part of it.
TEST_F(EventPlacesTest, CityAnaphorReachesTownToldAsObject) {
  Doc doc = test::ExtractAt(
      "The army shelled Kadugli on Monday.\n"
      "On Tuesday gunmen killed three traders in the city's western district.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "killed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kadugli");
  Doc town = test::ExtractAt(
      "Refugees reached a camp north of Kadugli on Monday.\n"
      "On Tuesday armed men looted shops in the town.",
      2025, 3, 12);
  const Event* looted = For(town, "looted");
  ASSERT_NE(looted, nullptr);
  EXPECT_EQ(PlaceName(town, *looted), "Kadugli");
}

// "at the same mosque": a site told before by that noun is at the town its
// sentence named nearest to the noun, not at the last town a sentence in
// between named; a name right before the noun names the site itself.
TEST_F(EventPlacesTest, SameSiteIsWhereItWasToldBefore) {
  Doc doc = test::ExtractAt(
      "KABUL, May 3 - Gunmen opened fire on worshippers leaving the Jami mosque in Herat on Friday, wounding six. "
      "Police arrested two suspects in Kandahar on Saturday. "
      "A suicide bomber killed 30 people at the same mosque in 2019.",
      2024, 5, 3);
  test::MaybeDump(doc);
  const Event* struck = For(doc, "suicide bomber");
  ASSERT_NE(struck, nullptr);
  EXPECT_EQ(PlaceName(doc, *struck), "Herat");
  // A settlement noun keeps the rule of its own ("the same village").
  Doc market = test::ExtractAt(
      "KANO, May 3 - Gunmen burned stalls at the central market in Maiduguri on Friday. "
      "Soldiers arrested three men in Biu on Saturday. "
      "A bomb exploded at the same market on Sunday, wounding four traders.",
      2024, 5, 3);
  test::MaybeDump(market);
  const Event* bomb = For(market, "bomb");
  ASSERT_NE(bomb, nullptr);
  EXPECT_EQ(PlaceName(market, *bomb), "Maiduguri");
}

// An unknown river or hill the geoparser hangs under the country across a
// border ("near the border with Turkey … cross the <unknown> river") is on
// this side: the event goes to the town named before, not to that country.
TEST_F(EventPlacesTest, AnUnknownPlaceUnderTheOtherSideOfABorderTakesTheTownBefore) {
  Doc doc = test::ExtractAt(
      "وفي بلدة جرابلس، على الحدود مع تركيا، قالت مصادر محلية إن حرس الحدود اشتبكوا فجر الجمعة مع مهربين حاولوا "
      "عبور نهر كلبارو، ما أدى إلى مقتل مهرب.",
      2025, 5, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتبكوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Jarabulus");
}

TEST_F(EventPlacesTest, AnUnknownPlaceUnderTheOtherSideOfABorderIsNotThatCountry) {
  Doc doc = test::ExtractAt("اشتبك حرس الحدود فجر الجمعة مع مهربين قرب الحدود مع تركيا حاولوا عبور نهر كلبارو.", 2025, 5, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتبك");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(doc, *e), "Turkey");
}

// "حرس الحدود في X", "border guards in X": a town after "the border" and
// "in" is where the border post is, not the other side of a border; "the
// border with X" still names the other side.
TEST_F(EventPlacesTest, BorderGuardsInATownAreThere) {
  Doc doc = test::ExtractAt("بغداد – هاجم مسلحون ليل الجمعة مقراً لقوات حرس الحدود في القائم، ما أسفر عن مقتل جنديين.",
                            2025, 5, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Al Qa'im");
  Doc across = test::ExtractAt("بغداد – هاجم مسلحون ليل الجمعة مقراً لقوات حرس الحدود مع سوريا، ما أسفر عن مقتل جنديين.",
                               2025, 5, 10);
  const Event* a = For(across, "هاجم");
  ASSERT_NE(a, nullptr);
  EXPECT_NE(PlaceName(across, *a), "Syria");
}

// "منطقة X بإقليم Y": a named site the gazetteer lacks inside a province is
// coded to the province (its seat), not to a town of it the report named
// before for another event.
TEST_F(EventPlacesTest, UnknownSiteInAProvinceIsNotMovedToATownToldBefore) {
  Doc doc = test::ExtractAt(
      "نجامينا – هاجم مسلحون ليل السبت موقعاً للجيش قرب زوار وقتلوا تسعة جنود.\n"
      "وأعلن الجيش الأحد إقامة قاعدة دائمة في منطقة كوري بوقودي بإقليم تيبستي.",
      2025, 5, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "إقامة");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(PlaceName(doc, *e), "Zouar");
  const Event* attack = For(doc, "هاجم");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(PlaceName(doc, *attack), "Zouar");
}

// ميناء X قرب Y: a port the gazetteer lacks, read only as its namesake town
// X far inland, is at the town Y it is told near.
TEST_F(EventPlacesTest, SiteReadAsAFarNamesakeIsAtTheTownItIsToldNear) {
  Doc doc = test::ExtractAt("المكلا – استهدفت جماعة مسلحة ميناء الضبة النفطي قرب الشحر بطائرات مسيّرة مساء الأحد.",
                            2025, 5, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استهدفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ash Shihr");
}

// "وفي X، تظاهر … ونفى والي X توقيف …": a sentence whose one place is the
// area of a body (its governor) goes on at the latest town of that area
// told before — the body's own town too, not an earlier town of its
// province.
TEST_F(EventPlacesTest, BodyOfTheTownToldLastGoesOnThere) {
  Doc doc = test::ExtractAt(
      "الجزائر – اعتقلت قوات الأمن مهرباً في عين أمناس يوم الأحد.\n"
      "وفي إليزي، خرج مئات من السكان في مسيرة سلمية أمس للمطالبة بالماء.\n"
      "ونفى والي إليزي توقيف أي من المشاركين في المسيرة.",
      2026, 11, 26);
  test::MaybeDump(doc);
  const Event* e = For(doc, "توقيف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Illizi");
}

// "a drone strike hit a car near the Tishrin Dam on the Euphrates": the
// site told between the event word and a later slot's preposition ("strike
// on X") is nearer the event; the river after "on" only locates it.
TEST_F(EventPlacesTest, PlaceBeforeALaterSlotPrepositionIsTheEvents) {
  Doc doc = test::ExtractAt(
      "date 2026-09-17\nBEIRUT (Reuters) - A drone strike hit a car near the Tishrin Dam on the Euphrates late "
      "on Monday, killing three fighters, a war monitor said.",
      2026, 9, 17);
  test::MaybeDump(doc);
  const Event* e = For(doc, "drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tishrin Dam");
  Doc slot = test::ExtractAt(
      "date 2026-09-17\nBEIRUT (Reuters) - A drone strike on Manbij killed three fighters late on Monday, a war "
      "monitor said.",
      2026, 9, 17);
  test::MaybeDump(slot);
  const Event* s = For(slot, "drone strike");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(PlaceName(slot, *s), "Manbij");
}

// "The Homs security directorate said its forces had arrested four
// suspects … west of the town": English names a body's area before its
// title; the area is no scene, the arrest goes on at the latest town of it
// told before (also past another body of the area told in between). The
// town a body's title does not follow stays the place.
TEST_F(EventPlacesTest, EnglishBodyNamedByItsAreaGoesOnAtTheTownBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-11-06\nTALKALAKH, Syria - Gunmen shot dead a shepherd near Talkalakh on Wednesday.\n"
      "The Homs security directorate said on Friday that its forces had arrested three suspects in an orchard "
      "south of the town.\n"
      "The Homs police command said on Saturday that it had detained two more men.",
      2026, 11, 8);
  test::MaybeDump(doc);
  const Event* arrest = For(doc, "arrested");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(PlaceName(doc, *arrest), "Tallkalakh");
  const Event* detained = For(doc, "detained");
  ASSERT_NE(detained, nullptr);
  EXPECT_EQ(PlaceName(doc, *detained), "Tallkalakh");
  Doc in_town = test::ExtractAt(
      "date 2026-11-06\nTALKALAKH, Syria - Gunmen shot dead a shepherd near Talkalakh on Wednesday.\n"
      "Police said on Friday that they had arrested three suspects in Homs.",
      2026, 11, 8);
  test::MaybeDump(in_town);
  const Event* there = For(in_town, "arrested");
  ASSERT_NE(there, nullptr);
  EXPECT_EQ(PlaceName(in_town, *there), "Homs");
}

// "Fighters loyal to the X military council clashed … near Y": a council
// named after its town (a `military_voice` title right after the place) names
// the area it answers for; the town of that area told after the event word
// is where the fighting was.
TEST_F(EventPlacesTest, TownOfAMilitaryCouncilIsNoScene) {
  Doc doc = test::ExtractAt(
      "date 2026-11-10\nGunmen and fighters loyal to the Zawiya military council exchanged fire for several hours on "
      "Thursday near the Surman coastal checkpoint west of Zawiya, leaving two dead, a hospital said.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* clash = For(doc, "exchanged fire");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(PlaceName(doc, *clash), "Surman");
}

// "Residents protested outside the town hall in X. … In Y, gunmen
// abducted a trader. The organisers said they would hold another sit-in on
// Sunday": a sentence with no place whose event word is told as a repeat
// goes on where the last event of its type was, not at the town last told;
// told with no repeat word it stays at that town.
TEST_F(EventPlacesTest, RepeatedEventGoesOnWhereItsKindWasLastTold) {
  // The event of the last sentence whose trigger holds `word`.
  const auto last = [](const Doc& d, std::string_view word) -> const Event* {
    const Event* found = nullptr;
    for (const Event& ev : d.events)
      if (d.norm(d.triggers[ev.trigger].span).find(NormalizeKey(word)) != std::string_view::npos) found = &ev;
    return found;
  };
  const char* before =
      "BENGHAZI - Several hundred residents staged a sit-in outside the town hall in Ajdabiya on Wednesday to "
      "demand jobs, witnesses said.\n"
      "In Marj, unidentified gunmen abducted a local trader on Tuesday night, his family said.\n";
  Doc doc = test::ExtractAt(std::string(before) + "The organisers said they would hold another sit-in on Sunday.",
                            2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = last(doc, "sit-in");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ajdabiya");
  Doc plain = test::ExtractAt(std::string(before) + "The organisers said they would hold a sit-in on Sunday.",
                              2026, 11, 20);
  test::MaybeDump(plain);
  const Event* q = last(plain, "sit-in");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(PlaceName(plain, *q), "Al Marj");
  Doc ar = test::ExtractAt(
      "بنغازي – نظّم مئات من السكان وقفة احتجاجية أمام مبنى البلدية في أجدابيا أمس للمطالبة بفرص عمل.\n"
      "وفي المرج، خطف مسلحون مجهولون تاجراً محلياً ليل الثلاثاء.\n"
      "وهدد المنظمون بتنظيم وقفة احتجاجية مجدداً يوم الأحد.",
      2026, 11, 20);
  test::MaybeDump(ar);
  const Event* a = last(ar, "وقفة");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(ar, *a), "Ajdabiya");
}

// "A rebel spokesman denied any fighting on the border and said the group
// would strike X's airport": the place of the second statement, told after
// its own event word, is that event's, not the denied fight's, which goes on
// at the town told before (and folds into the clash it denies there).
TEST_F(EventPlacesTest, PlaceOfASecondStatementIsItsOwnEvents) {
  Doc doc = test::ExtractAt(
      "RIYADH - Saudi air defences intercepted four drones launched by the Houthis on Monday, the coalition said.\n"
      "Border guards also exchanged fire with Houthi fighters in the hills east of Sharurah on Monday night, "
      "killing two of them, the state news agency said.\n"
      "A Houthi spokesman denied any fighting on the border and said the group's forces would strike Najran's "
      "airport if the raids on Saada went on.",
      2026, 11, 17);
  test::MaybeDump(doc);
  int clashes = 0;
  for (const Event& ev : doc.events)
    if (ev.acled_sub_event_type == "Armed clash") {
      ++clashes;
      EXPECT_EQ(PlaceName(doc, ev), "Sharurah");
    }
  EXPECT_GE(clashes, 1);
  const Event* s = For(doc, "strike");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(PlaceName(doc, *s), "Najran");
}

// "There had been no fighting along the river since the deal signed in
// X": the town where another event's deal was signed is no place of the
// fighting told before it, which goes on at the town told before; the deal
// keeps its venue.
TEST_F(EventPlacesTest, VenueOfAnotherEventIsNoPlaceOfTheOneBefore) {
  Doc doc = test::ExtractAt(
      "BEIRUT - A roadside bomb hit a bus near the market of Raqqa on Wednesday, killing six passengers, "
      "the civil defence said.\n"
      "A tribal elder said there had been no fighting between the army and the SDF along the river since the "
      "integration deal signed in Damascus in March.",
      2026, 11, 27);
  test::MaybeDump(doc);
  const Event* e = For(doc, "fighting");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ar Raqqah");
  const Event* d = For(doc, "deal");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(PlaceName(doc, *d), "Damascus");
}

// "… قرب بلدة X في منطقة Y. … فرض حظر تجوّل في منطقة Y": an area the
// gazetteer lacks, told again under a province, is coded where it was first
// told, to the town it was told with then, not to the province's seat.
TEST_F(EventPlacesTest, UnknownAreaToldAgainIsWhereItWasFirstCoded) {
  Doc doc = test::ExtractAt(
      "إسلام آباد – قُتل أربعة أشخاص عندما فتح مسلحون النار على سيارة قرب بلدة ميرانشاه في منطقة كرم العليا مساء أمس.\n"
      "وأعلنت حكومة إقليم خيبر بختونخوا فرض حظر تجوّل في منطقة كرم العليا حتى إشعار آخر.",
      2026, 12, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "حظر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Miran Shah");
}

// "BOGOTA - … clashes in the X region … . Most of the fighting took place
// around Y": a lead placed at a region, with no town of the report told
// before it (the dateline aside), is at the town of that region the next
// sentence names, not at the dateline or the region's point.
TEST_F(EventPlacesTest, LeadAtARegionIsAtTheTownTheNextSentenceNames) {
  Doc doc = test::ExtractAt(
      "BOGOTA (AFP) - At least 12 people have been killed since Friday in clashes between two armed groups in the "
      "Catatumbo region, a regional official said on Sunday.\n"
      "Many of the dead were found in villages around Tibu, where hundreds of families have fled their homes.",
      2025, 1, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "clashes");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tibu");
}

// "وتعهد محافظ X بتحرير كل شبر من المحافظة": what the head of a body
// pledges for the whole of its area is at the area's own place, not at a
// town of it told before for another event; a pledge that names no whole
// area still goes on at that town.
TEST_F(EventPlacesTest, PledgeForTheWholeAreaOfABodyIsAtItsPlace) {
  Doc doc = test::ExtractAt(
      "عدن – استعادت القوات الحكومية أمس ثلاثة مواقع جبلية غرب حريب بعد معارك مع الحوثيين.\n"
      "وقصف الحوثيون أحياء في مدينة مأرب ليلاً دون إصابات.\n"
      "واشتبك الجيش مع مسلحين قرب حريب مساء أمس.\n"
      "وتعهد محافظ مأرب بتحرير كل شبر من المحافظة.",
      2026, 11, 26);
  test::MaybeDump(doc);
  const Event* e = For(doc, "بتحرير");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ma'rib");
  Doc part = test::ExtractAt(
      "عدن – استعادت القوات الحكومية أمس ثلاثة مواقع جبلية غرب حريب بعد معارك مع الحوثيين.\n"
      "وقصف الحوثيون أحياء في مدينة مأرب ليلاً دون إصابات.\n"
      "واشتبك الجيش مع مسلحين قرب حريب مساء أمس.\n"
      "وتعهد محافظ مأرب بتحرير المواقع المتبقية خلال أيام.",
      2026, 11, 26);
  test::MaybeDump(part);
  const Event* q = For(part, "بتحرير");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(PlaceName(part, *q), "Harib");
}

// "هددت بالتقدم نحو X": the town an advance is aimed at, told after نحو
// ("towards"), is where the threatened capture would be, not the dateline.
TEST_F(EventPlacesTest, AdvanceTowardsATownIsAtThatTown) {
  Doc doc = test::ExtractAt("الفاشر – هدد قائد ميداني في قوات الدعم السريع أمس بالتقدم نحو طويلة خلال أيام.", 2026, 11, 28);
  test::MaybeDump(doc);
  const Event* e = For(doc, "بالتقدم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tawila");
}

// "قال أحد سكان X: «…»": the town a speaker is a resident of, told right
// before the colon of his words, is no scene: a later province-wide event
// goes on at the town of that province told before it.
TEST_F(EventPlacesTest, SpeakersHomeTownBeforeHisQuoteIsNoScene) {
  Doc doc = test::ExtractAt(
      "مقديشو – صدّ الجيش الصومالي أمس هجوماً لحركة الشباب على بلدة بوالي.\n"
      "وقال أحد سكان جيليب: «سمعنا أصوات القصف طوال الليل».\n"
      "وتوعدت الحركة بمواصلة الهجمات على مواقع الجيش في جوبا الوسطى.",
      2026, 11, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "الهجمات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Bu'aale");
}

// "took over the Kismayo airport": a town before a facility noun is where
// the facility is — a scene "the city" of the next sentence goes on at,
// whatever verb stands before "the".
TEST_F(EventPlacesTest, ATownBeforeAFacilityNounIsTheSceneTheCityRefersTo) {
  Doc doc = test::ExtractAt(
      "On Monday gunmen abducted a trader in Afgooye, police said.\n"
      "Separately, government forces took over the Kismayo airport from the militia on Tuesday, an official said.\n"
      "The city has been hit before: in 2019 a car bomb killed 26 people at a hotel in its centre.",
      2025, 6, 12);
  test::MaybeDump(doc);
  const Event* bomb = For(doc, "car bomb");
  ASSERT_NE(bomb, nullptr);
  EXPECT_EQ(PlaceName(doc, *bomb), "Kismayo");
  const Event* abduction = For(doc, "abducted");
  ASSERT_NE(abduction, nullptr);
  EXPECT_EQ(PlaceName(doc, *abduction), "Afgooye");
}

// "بحسب مصدر طبي في مستشفى X", "according to a source at the X hospital":
// where the source is is no scene "the same area" of a later sentence
// refers back to; the event's own place is.
TEST_F(EventPlacesTest, TheSameAreaIsNotWhereTheSourceSpoke) {
  Doc doc = test::ExtractAt(
      "قُتل جنديان بانفجار عبوة ناسفة على طريق زراعي قرب المقدادية صباح اليوم، بحسب مصدر طبي في مستشفى بعقوبة.\n"
      "وقال بيان للجيش إن قوة اشتبكت بعد ساعات مع مسلحين في المنطقة ذاتها.",
      2025, 4, 8);
  test::MaybeDump(doc);
  const Event* clash = For(doc, "اشتبكت");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(PlaceName(doc, *clash), "Al Miqdadiyah");
}

// Nor is it where the next sentence's event goes on when that sentence
// names no place of its own, also after "وفق ما أفادت به" (a relative ما and
// its verb of saying before the source); a town told before the source is.
TEST_F(EventPlacesTest, TheNextSentenceDoesNotGoOnWhereTheSourceSpoke) {
  Doc doc = test::ExtractAt(
      "قُتل ثلاثة جنود في هجوم بسيارة مفخخة على حاجز قرب المقدادية فجر اليوم، وفق ما أفادت به مصادر طبية في "
      "مستشفى بعقوبة العام.\n"
      "وأوضحت المصادر أن مسلحين آخرين اشتبكوا مع قوة الحماية لنحو ساعة.",
      2025, 4, 8);
  test::MaybeDump(doc);
  const Event* clash = For(doc, "اشتبكوا");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(PlaceName(doc, *clash), "Al Miqdadiyah");
  // With no other town told, the source's town is still the guess.
  Doc alone = test::ExtractAt(
      "أصيب خمسة مدنيين بجروح، بحسب مصدر طبي في مستشفى بعقوبة.\n"
      "وأوضح المصدر أن مسلحين اشتبكوا مع قوة أمنية.",
      2025, 4, 8);
  const Event* fight = For(alone, "اشتبكوا");
  ASSERT_NE(fight, nullptr);
  EXPECT_EQ(PlaceName(alone, *fight), "Baqubah");
}

// "بقرية تابعة لمركز X … وقالت مديرية أمن Y إن قوات الأمن … وفرضت حظراً
// للتجول في القرية": a curfew the body imposes "in the village" holds in the
// village told inside its area with that noun (قرية تابعة لـ X: X is the
// nearest place a coder has), not in Y; and "the city" told after goes back
// past Y, which only named the office of a body whose events were placed
// elsewhere.
TEST_F(EventPlacesTest, ADecreeInTheVillageHoldsInTheVillageToldInsideTheBodysArea) {
  Doc doc = test::ExtractAt(
      "date 2026-11-10\nقُتل ثلاثة أشخاص في تبادل لإطلاق النار بين عائلتين بقرية تابعة لمركز طهطا شمال محافظة "
      "سوهاج مساء السبت.\nوقالت مديرية أمن سوهاج إن قوات الأمن ألقت القبض على عشرة متهمين، وفرضت حظراً للتجول في "
      "القرية.\nوتعود الخصومة إلى عام 2018 حين قُتل رجل برصاص مسلحين في سوق المدينة.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* curfew = For(doc, "حظراً للتجول");
  ASSERT_NE(curfew, nullptr);
  EXPECT_EQ(PlaceName(doc, *curfew), "Tahta");
  const Event* old = nullptr;
  for (const Event& e : doc.events)
    if (e.sentence == 2) old = &e;
  ASSERT_NE(old, nullptr);
  EXPECT_EQ(PlaceName(doc, *old), "Tahta");
}

// "وفي وسط المدينة، ألقى مجهولون قنبلة على منزل في حي X": a quarter the
// gazetteer lacks, no known place above it, told after the sentence's place
// anaphor lies in the town the anaphor refers back to, not in the district
// told last.
TEST_F(EventPlacesTest, AnUnknownQuarterAfterTheCityIsInThatCity) {
  Doc doc = test::ExtractAt(
      "date 2026-11-24\nكركوك – خاص: أصيب ثلاثة جنود بانفجار عبوة ناسفة على طريق في قضاء الحويجة مساء الأحد.\n"
      "وقالت قيادة شرطة كركوك إنها اعتقلت مشتبهاً به.\n"
      "وفي قضاء داقوق، قُتل شخصان في اشتباك بين عشيرتين.\n"
      "وفي وسط المدينة، ألقى مجهولون قنبلة يدوية على منزل موظف في حي الواسطي فجر اليوم.",
      2026, 11, 24);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قنبلة يدوية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Kirkuk");
}

// "X – …: … في قضاء Y. … في قرى قضاء Z. وفي مركز المدينة، …": with only
// districts told since the dateline, "the city" (its centre: مركز before the
// anaphor places the event as وسط does) is the dateline's town when the
// districts lie in its province — not the last district; a dateline town of
// another province (the outlet's) is not taken.
TEST_F(EventPlacesTest, TheCityAfterOnlyDistrictsIsTheDatelineTownOfTheirProvince) {
  Doc doc = test::ExtractAt(
      "date 2026-11-24\nالموصل – خاص: أصيب ثلاثة جنود بانفجار عبوة ناسفة على طريق في قضاء تلعفر مساء الأحد.\n"
      "وفي إحدى قرى قضاء سنجار، قُتل شخصان في اشتباك بين عشيرتين.\n"
      "وفي مركز المدينة، ألقى مجهولون قنبلة يدوية على متجر فجر اليوم.",
      2026, 11, 24);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قنبلة يدوية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Mosul");
  Doc far = test::ExtractAt(
      "date 2026-11-24\nبغداد – خاص: أصيب ثلاثة جنود بانفجار عبوة ناسفة على طريق في قضاء تلعفر مساء الأحد.\n"
      "وفي إحدى قرى قضاء سنجار، قُتل شخصان في اشتباك بين عشيرتين.\n"
      "وفي مركز المدينة، ألقى مجهولون قنبلة يدوية على متجر فجر اليوم.",
      2026, 11, 24);
  test::MaybeDump(far);
  const Event* f = For(far, "قنبلة يدوية");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(PlaceName(far, *f), "Baghdad");
}

// "وقالت مديرية أمن X إن الشرطة أوقفت … في القرية": "the village" (or "the
// town") refers back to the village told before inside X's area, not to X,
// the area the body answers for — a province or its seat is no village —
// whether a sentence naming no place comes between or not.
TEST_F(EventPlacesTest, AVillageAnaphorAfterABodysAreaGoesBackToTheVillage) {
  Doc doc = test::ExtractAt(
      "date 2026-11-10\nقُتل أربعة أشخاص في تبادل لإطلاق النار بين عائلتين بقرية تابعة لمركز طهطا شمال محافظة "
      "سوهاج ليل الجمعة.\nوعقب الاشتباك، أحرق أفراد من إحدى العائلتين منازل للعائلة الأخرى.\n"
      "وقالت مديرية أمن سوهاج إن الشرطة أوقفت 15 متهماً ونشرت دوريات في القرية.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أوقفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Tahta");
  Doc town = test::ExtractAt(
      "date 2026-11-10\nأصيب خمسة أشخاص في تبادل لإطلاق النار بين عائلتين في بلدة تابعة لمركز ملوي جنوب محافظة "
      "المنيا مساء الخميس.\nوأعلنت مديرية أمن المنيا أن قوات الأمن ألقت القبض على تسعة متهمين في البلدة.",
      2026, 11, 10);
  test::MaybeDump(town);
  const Event* t = For(town, "ألقت القبض");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(PlaceName(town, *t), "Mallawi");
}

// "وأعلنت مديرية أمن X القبض على …" with the arrests placed at the village
// told before: the province's town named in the body's title is the area
// of its office, no scene the next sentence (naming no town of its own)
// goes on at; the village's town is. Where the body's sentence was placed
// at its town, the next sentence goes on there.
TEST_F(EventPlacesTest, ABodysAreaItsEventsWereNotPlacedAtIsNoSceneAfter) {
  Doc doc = test::ExtractAt(
      "هاجم العشرات منازل في قرية تابعة لمركز ملوي مساء السبت وأضرموا النار في ثلاثة منها.\n"
      "وأعلنت مديرية أمن المنيا القبض على 12 شخصاً.\n"
      "وفي قرية مجاورة، أضرم مجهولون النار مساء الأحد في حظيرة ماشية.",
      2026, 12, 1);
  test::MaybeDump(doc);
  const Event* fire = For(doc, "أضرم مجهولون النار");
  ASSERT_NE(fire, nullptr);
  EXPECT_EQ(PlaceName(doc, *fire), "Mallawi");
  Doc there = test::ExtractAt(
      "هاجم العشرات منازل في قرية تابعة لمركز ملوي مساء السبت.\n"
      "وفرقت مديرية أمن المنيا تظاهرة في مدينة المنيا أمس.\n"
      "وأضرم مجهولون النار مساء الأحد في حظيرة ماشية.",
      2026, 12, 1);
  const Event* later = For(there, "أضرم مجهولون النار");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(PlaceName(there, *later), "Al Minya");
}

TEST_F(EventPlacesTest, TheSameAreaIsNotWhereTheSourceSpokeInEnglish) {
  Doc doc = test::ExtractAt(
      "Two soldiers were killed when a roadside bomb hit their patrol near Muqdadiyah on Tuesday morning, according to a "
      "medical source at the Baquba hospital.\n"
      "Hours later troops clashed with the militants in the same area, the army said.",
      2025, 4, 8);
  test::MaybeDump(doc);
  const Event* clash = For(doc, "clashed with");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(PlaceName(doc, *clash), "Al Miqdadiyah");
}

// FromOrigin's answer is kept per place mention of one document: a town
// that is where a journey set out from in one report is the scene of the
// next report, and two events of one report both skip the same origin.
TEST_F(EventPlacesTest, OriginIsToldPerDocument) {
  Doc first = test::ExtractAt(
      "Gunmen ambushed traders returning from a market in Garissa about ten kilometres outside Wajir on Monday, "
      "police said.\n"
      "Gunmen later ambushed herders returning from a market in Garissa near Wajir, police said.",
      2025, 3, 12);
  test::MaybeDump(first);
  ASSERT_FALSE(first.events.empty());
  for (const Event& e : first.events) EXPECT_EQ(PlaceName(first, e), "Wajir");
  Doc second = test::ExtractAt("Gunmen ambushed traders at a market in Garissa on Monday, police said.", 2025, 3, 12);
  test::MaybeDump(second);
  const Event* e = For(second, "ambushed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(second, *e), "Garissa");
}

// A bare "the capital" after a dateline is the dateline country's capital,
// for each event told there (CapitalInstead, over the document's capital cues).
TEST_F(EventPlacesTest, BareCapitalIsTheDatelineCapitalForEachEvent) {
  Doc doc = test::ExtractAt(
      "NAIROBI, March 12 (Reuters) - Police fired tear gas at protesters in the capital on Tuesday, witnesses said.\n"
      "Police also arrested 20 protesters in the capital, a police spokesman said.",
      2025, 3, 12);
  test::MaybeDump(doc);
  for (std::string_view trigger : {"tear gas", "arrested"}) {
    const Event* e = For(doc, trigger);
    ASSERT_NE(e, nullptr) << trigger;
    EXPECT_EQ(PlaceName(doc, *e), "Nairobi") << trigger;
  }
  // After a sentence placed in another town of the country, "the capital"
  // is still the capital the report named, not that town.
  Doc later = test::ExtractAt(
      "Kenyan police fired tear gas at protesters in Nairobi on Monday.\n"
      "On Tuesday, police fired tear gas at protesters in Mombasa, witnesses said.\n"
      "On Wednesday, police arrested 20 protesters in the capital, a police spokesman said.",
      2025, 3, 12);
  test::MaybeDump(later);
  const Event* e = For(later, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(later, *e), "Nairobi");
}

// "armed youth from X killed … in a raid near Y": the doers are named by
// where they come from (`origin` cues youth from, raiders from, gunmen
// from …); the raid is at Y, not at X, however near the verb X is told.
TEST_F(EventPlacesTest, DoersNamedByTheirHomeTownAreNotThere) {
  for (const char* doers : {"Armed youth from", "Cattle raiders from", "Gunmen from"}) {
    Doc doc = test::ExtractAt(std::string("date 2026-06-03\nWAU (Eye Radio) - ") + doers +
                                  " Tonj killed nine people, among them three women, and drove off hundreds of cattle "
                                  "in a raid on cattle camps near Gogrial on Monday, the Warrap state information "
                                  "minister said.",
                              2026, 6, 3);
    test::MaybeDump(doc);
    const Event* e = For(doc, "killed");
    ASSERT_NE(e, nullptr) << doers;
    EXPECT_EQ(PlaceName(doc, *e), "Gogrial") << doers;
  }
}

// A province authored in regions.tsv carries its GeoNames first-level code,
// as its towns do: an event told only in the province goes on at a town
// told before only when that town is of the province (Sennar is not of Al
// Jazirah, however near its label point), else at the province (its seat).
TEST_F(EventPlacesTest, ProvinceHoldsOnlyItsOwnTowns) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nKHARTOUM (AFP) - Paramilitary fighters shelled a market in Sennar on Friday, killing five "
      "people, residents said.\nTwo drones were downed over Wad Madani on Saturday, the army said.\nA monitoring "
      "group said gunmen had looted dozens of villages in eastern Al Jazirah in February.",
      2026, 3, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "looted");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->place, 0);
  EXPECT_EQ(PlaceName(doc, *e), "Gezira");
  EXPECT_EQ(doc.places[e->place].location.admin1, "Al Jazirah");
}

// "a village near X in Myanmar's Rakhine state": the province the
// possessive locates, told in the event's slot, holds the town told in the
// sentence, which is the place, whether the province is coded or not.
TEST_F(EventPlacesTest, TownOfTheProvinceInTheSlotIsThePlace) {
  Doc doc = test::ExtractAt(
      "date 2025-02-18\nYANGON, Feb 18 (Reuters) - Junta jets bombed a fishing village near Maungdaw in Myanmar's "
      "Rakhine state on Sunday, killing nine people, residents said.",
      2025, 2, 18);
  test::MaybeDump(doc);
  const Event* e = For(doc, "bombed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Maungdaw");
}

// "… as they retreated towards X": where movers went (a `destination` cue)
// is no scene a later sentence naming no place goes on at; it goes on at
// the scene told before.
TEST_F(EventPlacesTest, WhereMoversWentIsNoSceneToGoOnAt) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nKUAJOK, South Sudan (Radio Tamazuj) — Armed youths from Tonj raided cattle camps near Gogrial "
      "on Monday, killing six herders, officials said.\nTroops clashed with the attackers as they retreated towards "
      "Tonj on Tuesday, the army said.\nSurvivors said some of the attackers had abducted two girls.",
      2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "abducted");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Gogrial");
}

// "الطريق المؤدي إلى X": where a road leads (a `destination` cue) is no
// scene "the city" of the next sentence refers back to; the town told
// before it is.
TEST_F(EventPlacesTest, WhereARoadLeadsIsNoSceneToGoOnAt) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nسبها – اعتقلت قوة أمنية ثلاثة مهربين في مدينة سبها مساء السبت.\nوأقامت القوة نقطة "
      "تفتيش جديدة لتأمين الطريق المؤدي إلى أوباري.\nوفي المدينة، تظاهر عشرات الشبان أمس احتجاجاً على انقطاع "
      "الكهرباء.",
      2026, 3, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "تظاهر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Sabha");
}

// "وفي طنطا، قطع محتجون طريق القاهرة – الإسكندرية ورشقوا الشرطة": the
// towns a road is named by name the road; the fronted place says where the
// events of its sentence were, and the next sentence goes on there.
TEST_F(EventPlacesTest, FrontedPlaceOverTheTownsARoadIsNamedBy) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nالمنصورة – قتل شخص في مشاجرة في مدينة المنصورة أمس.\nوفي طنطا، قطع مئات المحتجين طريق "
      "القاهرة – الإسكندرية الزراعي صباح الاثنين ورشقوا الشرطة بالحجارة.\nوقال شهود إن الشرطة اعتقلت 12 محتجاً "
      "لساعات.",
      2026, 5, 4);
  test::MaybeDump(doc);
  for (std::string_view trigger : {"ورشقوا", "اعتقلت"}) {
    const Event* e = For(doc, trigger);
    ASSERT_NE(e, nullptr) << trigger;
    EXPECT_EQ(PlaceName(doc, *e), "Tanta") << trigger;
  }
}

// "Sbeitla's hills were the scene of …", "strike Jazan's airport": a place
// in the possessive before a part or site of it (`possessed_site`) is where
// the event was, even with no preposition before it; "Yemen's government"
// stays an owner.
TEST_F(EventPlacesTest, PlaceOwningASiteIsWhere) {
  Doc doc = test::ExtractAt(
      "date 2026-04-10\nKASSERINE, Tunisia (TAP) — Police dispersed a sit-in in Kasserine on Monday, witnesses "
      "said.\nAcross the border, Algerian troops destroyed an arms cache near Tebessa on Tuesday.\nSbeitla's hills "
      "were the scene of a 2015 ambush in which gunmen killed four soldiers.",
      2026, 4, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ambush");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Sbeitla");
  Doc owner = test::ExtractAt(
      "date 2026-04-10\nKASSERINE, Tunisia (TAP) — Police dispersed a sit-in in Kasserine on Monday, witnesses "
      "said.\nSbeitla's governor said gunmen had killed four soldiers in an ambush.",
      2026, 4, 10);
  test::MaybeDump(owner);
  const Event* o = For(owner, "ambush");
  ASSERT_NE(o, nullptr);
  EXPECT_NE(PlaceName(owner, *o), "Sbeitla");
}

// "the town" never refers back to a country's capital told bare ("a deal
// signed in Damascus"): it goes back to the place last told as a town,
// however many sentences before.
TEST_F(EventPlacesTest, CapitalIsNoTownAnAnaphorGoesBackTo) {
  Doc doc = test::ExtractAt(
      "date 2026-05-01\nBEIRUT (Reuters) - A car bomb exploded in the northern Syrian town of Azaz on Tuesday, "
      "killing six people, medics said.\nPolice arrested two men in raids on Wednesday, officials said.\nTurkish "
      "drones struck a position of the Kurdish-led forces on Monday, the group said.\nTurkey did not comment.\nLocal "
      "officials said the situation had been calm since a security deal signed in Damascus in March.\nIn 2017, a "
      "suicide bomber killed 50 people at a checkpoint in the town.",
      2026, 5, 1);
  test::MaybeDump(doc);
  const Event* e = For(doc, "suicide bomber");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->place, 0);
  EXPECT_NE(PlaceName(doc, *e), "Damascus");
  EXPECT_EQ(doc.places[e->place].location.country, "SY");
  EXPECT_NE(doc.places[e->place].location.feature_code, "PPLC");
}

// "في منطقة X شرق Y": a town that locates an unknown place is where that
// place is coded, and a later sentence naming no place (after one that named
// none either) goes on there, not at the town the sentence after it names.
TEST_F(EventPlacesTest, TownLocatingAnUnknownPlaceIsWhereTheReportGoesOn) {
  Doc doc = test::ExtractAt(
      "مايدوجوري – أحرق مسلحون منازل في منطقة كالابوري شرق مونغونو ليل الأحد.\n"
      "وقال متحدث عسكري إن الجنود طاردوا المهاجمين حتى الفجر.\n"
      "وذكر سكان أن المسلحين خطفوا عشرة أطفال خلال انسحابهم.\n"
      "وفي مدينة باما، اعتقلت الشرطة خمسة أشخاص يوم الاثنين.",
      2026, 11, 16);
  test::MaybeDump(doc);
  const Event* burned = For(doc, "أحرق");
  ASSERT_NE(burned, nullptr);
  EXPECT_EQ(PlaceName(doc, *burned), "Monguno");
  const Event* taken = For(doc, "خطفوا");
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(PlaceName(doc, *taken), "Monguno");
  const Event* arrest = For(doc, "اعتقلت");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(PlaceName(doc, *arrest), "Bama");
}

// "near the Tishrin Dam southeast of Manbij": a site that is no settlement,
// told with the town a relation word after it locates it by, is coded to
// that town, the nearest populated place; a site told alone stays the site.
TEST_F(EventPlacesTest, SiteLocatedByATownIsCodedToTheTown) {
  Doc en = test::ExtractAt(
      "date 2026-03-02\nBEIRUT (Reuters) - Turkish-backed fighters clashed with Kurdish-led forces near the Tishrin Dam "
      "southeast of Manbij on Sunday, a war monitor said.",
      2026, 3, 2);
  test::MaybeDump(en);
  const Event* e = For(en, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(en, *e), "Manbij");
  Doc comma = test::ExtractAt(
      "date 2026-03-02\nBEIRUT (Reuters) - Drones struck a position near the Tishrin Dam, south-east of Manbij, on "
      "Tuesday, the SDF said.",
      2026, 3, 2);
  test::MaybeDump(comma);
  const Event* c = For(comma, "struck");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(PlaceName(comma, *c), "Manbij");
  Doc ar = test::ExtractAt(
      "date 2026-03-02\nبيروت – اندلعت اشتباكات عنيفة قرب سد تشرين جنوب شرقي منبج يوم الأحد بين فصائل موالية لتركيا "
      "وقوات سوريا الديمقراطية.",
      2026, 3, 2);
  test::MaybeDump(ar);
  const Event* a = For(ar, "اشتباكات");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(ar, *a), "Manbij");
  Doc alone = test::ExtractAt(
      "date 2026-03-02\nMANBIJ (Reuters) - Fighters clashed with Kurdish-led forces near the Tishrin Dam on Sunday, a "
      "war monitor said.",
      2026, 3, 2);
  test::MaybeDump(alone);
  const Event* l = For(alone, "clashed");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(PlaceName(alone, *l), "Tishrin Dam");
  // An airbase "east of Idlib", 48 km off: the city is no nearest place.
  Doc far = test::ExtractAt(
      "date 2026-03-02\nبيروت – سيطرت فصائل المعارضة على مطار أبو الضهور العسكري شرقي إدلب يوم الأحد.",
      2026, 3, 2);
  test::MaybeDump(far);
  const Event* f = For(far, "سيطرت");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(PlaceName(far, *f), "Abu al-Duhur Military Airbase");
}

// "… فيما نفت الرباط تنفيذ أي ضربة": a capital told as the subject of a
// speech or denial verb is its government speaking, as the capitals the
// actor registry names are — no town the next sentence goes on at.
TEST_F(EventPlacesTest, CapitalThatSpeaksIsNoSceneToGoOnAt) {
  for (std::string_view verb : {"نفت", "قالت"}) {
    Doc doc = test::ExtractAt(
        "date 2026-12-05\nأفادت مواقع محلية بأن مسيّرة استهدفت سيارة قرب بئر لحلو يوم الجمعة، فيما " + std::string(verb) +
            " الرباط إنها لم تنفذ أي ضربة.\nولم تُسجَّل أي اشتباكات في المنطقة منذ أسابيع.",
        2026, 12, 5);
    test::MaybeDump(doc);
    const Event* e = For(doc, "اشتباكات");
    ASSERT_NE(e, nullptr) << verb;
    EXPECT_EQ(PlaceName(doc, *e), "Bir Lehlou") << verb;
  }
  // A capital after في is a place all the same.
  Doc in = test::ExtractAt(
      "date 2026-12-05\nقالت الشرطة إن مسلحين هاجموا دورية في الرباط يوم الجمعة.\nولم تُسجَّل أي اعتقالات.", 2026, 12, 5);
  test::MaybeDump(in);
  const Event* h = For(in, "هاجموا");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(PlaceName(in, *h), "Rabat");
}

// "called for a march to parliament", اعتصام أمام مبنى البرلمان: the seat of
// parliament or of the presidency a crowd goes to is in the capital (a
// `capital` cue), not in the town the report last named.
TEST_F(EventPlacesTest, ParliamentAndPalaceAreInTheCapital) {
  Doc en = test::ExtractAt(
      "date 2026-11-26\nNAIROBI (Reuters) - Police fired tear gas at protesters in Kitengela on Tuesday, witnesses said.\n"
      "Organisers called for a fresh march to parliament next Tuesday.",
      2026, 11, 26);
  test::MaybeDump(en);
  const Event* e = For(en, "march");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(en, *e), "Nairobi");
  Doc ar = test::ExtractAt(
      "date 2026-11-26\nبيروت – أطلقت قوات الأمن الغاز المسيل للدموع على محتجين في صيدا أمس الثلاثاء.\n"
      "ودعا المنظمون إلى اعتصام أمام مبنى البرلمان يوم الأحد المقبل.",
      2026, 11, 26);
  test::MaybeDump(ar);
  const Event* a = For(ar, "اعتصام");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(PlaceName(ar, *a), "Beirut");
}

// "a deal signed in Y to reopen roads into X": the town where
// a deal was signed gives way to the place of its sentence it is about; with
// no other place in the sentence it stays the deal's place.
TEST_F(EventPlacesTest, SigningVenueGivesWayToThePlaceTheDealIsAbout) {
  Doc doc = test::ExtractAt(
      "ADEN, Yemen - Houthi forces shelled a market in Taiz on Monday, killing two people, medics said.\n"
      "The government and the Houthis reached a deal signed in Muscat on Sunday to reopen roads into Marib.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "deal");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->place, 0);
  EXPECT_NE(PlaceName(doc, *e), "Muscat");
  EXPECT_EQ(doc.places[e->place].location.country, "YE");
}

TEST_F(EventPlacesTest, SigningVenueAloneStaysTheDealsPlace) {
  Doc doc = test::ExtractAt(
      "The government and the rebels reached a deal signed in Muscat on Sunday, officials said.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "deal");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Muscat");
}

// "… freed 20 soldiers and vowed to push on towards X": X is where a verb
// coordinated after "and" heads, no place of the release, which goes on at
// the town told before. Drones "launched towards X" are intercepted there.
TEST_F(EventPlacesTest, WhereACoordinatedVerbHeadsIsNoPlaceOfTheEvent) {
  Doc doc = test::ExtractAt(
      "KADUGLI, Sudan - Rebel fighters seized an army base on the edge of Babanusa on Monday, residents said.\n"
      "The rebels freed 20 captured soldiers on Tuesday and vowed to push on towards El Obeid.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "freed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Babanusah");
  Doc object = test::ExtractAt(
      "KADUGLI, Sudan - Rebel fighters seized an army base on the edge of Babanusa on Monday, residents said.\n"
      "Air defences intercepted two drones launched towards El Obeid on Tuesday, the army said.",
      2026, 3, 3);
  test::MaybeDump(object);
  const Event* o = For(object, "intercepted");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(PlaceName(object, *o), "El Obeid");
}

// "Gunmen attacked the new checkpoint": a sentence with no place whose event
// word takes a definite site noun goes back to the site told by that noun
// before ("set up a new checkpoint on the edge of X"), not to the town last
// told; a site noun told nowhere before leaves the event at the last town.
TEST_F(EventPlacesTest, DefiniteSiteGoesBackToWhereItWasTold) {
  Doc doc = test::ExtractAt(
      "GAROWE - Soldiers set up a new checkpoint on the northern edge of Galkayo on Monday, officials said.\n"
      "Hundreds of residents of Garowe marched on Friday to demand better roads.\n"
      "Gunmen attacked the new checkpoint on Saturday night, killing two soldiers.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Gaalkacyo");
  Doc untold = test::ExtractAt(
      "GAROWE - Soldiers set up a new camp on the northern edge of Galkayo on Monday, officials said.\n"
      "Hundreds of residents of Garowe marched on Friday to demand better roads.\n"
      "Gunmen attacked the new checkpoint on Saturday night, killing two soldiers.",
      2026, 3, 3);
  test::MaybeDump(untold);
  const Event* u = For(untold, "attacked");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(PlaceName(untold, *u), "Garoowe");
}

// "… stormed the 9th Brigade base near X. … rebels overran the brigade
// headquarters": a site noun told nowhere before whose modifier was told
// before a site noun is that site, at the town told after it, not the town
// the sentence before ended on; a modifier told before no site noun, or a
// bare unknown site noun, leaves the event at that last town.
TEST_F(EventPlacesTest, UnitsSiteByAnotherNounIsWhereTheUnitWasTold) {
  Doc doc = test::ExtractAt(
      "KADUGLI - Rebels attacked the army's 9th Brigade base in Dilling on Monday, and a drone struck a market "
      "in Kadugli, killing six civilians, witnesses said.\n"
      "The rebels said they had overrun the brigade headquarters after the troops fled.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "overrun");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Dilling");
  Doc untold = test::ExtractAt(
      "KADUGLI - Rebels attacked the army's 9th Brigade in Dilling on Monday, and a drone struck a market "
      "in Kadugli, killing six civilians, witnesses said.\n"
      "The rebels said they had overrun the brigade headquarters after the troops fled.",
      2026, 3, 3);
  test::MaybeDump(untold);
  const Event* u = For(untold, "overrun");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(PlaceName(untold, *u), "Kadugli");
}

// "… attacked X with drones. Air defences destroyed 17 drones over the
// region": the whole-province sentence with no scene told before goes to
// the province of the town the sentence before named as an object (here
// its own seat), not to no place at all.
TEST_F(EventPlacesTest, RegionAfterATownToldAsAnObjectIsThatTownsProvince) {
  Doc doc = test::ExtractAt(
      "Regional military administration (Telegram channel)\n"
      "Last night the enemy attacked Chernihiv with Shahed drones, and three people were injured.\n"
      "Air defence forces destroyed 17 of 22 drones over the region.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "destroyed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Chernihiv");
}

}  // namespace

// "the city" after a town told only as what a scene lies near goes back to
// that town, not to a city told with its noun before it: only "the village"
// skips such a town (for a village told with its noun).
TEST_F(EventPlacesTest, TheCityAfterATownToldAsNearIsThatTown) {
  Doc doc = test::ExtractAt(
      "Warplanes bombed the city of Homs on Monday. Gunmen killed four farmers near Hama on Monday night. "
      "Residents said a shell fell in the city, killing a woman.",
      2024, 1, 15);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shell");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Hamah");
}

TEST_F(EventPlacesTest, AlMadinaAfterATownToldAsNearIsThatTown) {
  Doc doc = test::ExtractAt(
      "قصفت طائرات حربية مدينة حمص صباح الاثنين. واندلعت اشتباكات عنيفة قرب حماة مساء الاثنين. "
      "وقال سكان إن قذيفة سقطت في المدينة وقتلت امرأة.",
      2024, 1, 15);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قذيفة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Hamah");
}

}  // namespace marsad

namespace marsad {
namespace {

// s6placesar: "بحضور حاكم منطقة Y" after the event word names the area of an
// official who came; the town told with في before the event word in the same
// sentence is where the event was. Invented sentences.
TEST_F(EventPlacesTest, AreaOfAnOfficialAfterTheEventWordIsNoScene) {
  Doc doc = test::ExtractAt(
      "نيامي – قال مسؤولون إن مسلحين هاجموا موقعاً للجيش قرب دوسو يوم الجمعة.\n"
      "وفي تيلابيري على الحدود مع مالي، افتتح الجيش يوم الأحد قاعدة عسكرية بحضور حاكم منطقة دوسو، بحسب صحفيين.",
      2026, 11, 16);
  test::MaybeDump(doc);
  const Event* e = For(doc, "افتتح");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->place >= 0 ? doc.places[e->place].location.country : "", "NE");
  EXPECT_NE(PlaceName(doc, *e), "Dosso");
}

// "الطريق المؤدي إلى العاصمة": the capital a road leads to is no scene; a
// threat told after it, in the same sentence, is at the town told there.
TEST_F(EventPlacesTest, CapitalARoadLeadsToIsNoScene) {
  Doc doc = test::ExtractAt(
      "مقديشو – قالت الشرطة إن مسلحين أطلقوا النار على حافلة في أفجوي يوم الخميس.\n"
      "ونشر الجيش يوم الجمعة كتيبة جديدة في أفجوي لحراسة الطريق المؤدي إلى العاصمة، في حين توعد مسلحو الحركة "
      "بمهاجمة الكتيبة.",
      2026, 11, 29);
  test::MaybeDump(doc);
  const Event* e = For(doc, "بمهاجمة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Afgooye");
}

// "the city of El Fasher": the name's own article written apart stands
// between "of" and the name; the town is still told as a city.
TEST_F(EventPlacesTest, TheCityOfANameWithItsArticleIsACity) {
  Doc doc = test::ExtractAt(
      "Militia fighters shelled the city of El Fasher on Monday.\n"
      "On Tuesday, gunmen abducted a farmer in Tawila, west of El Fasher.\n"
      "On Wednesday, hundreds of residents protested in the city centre against the abductions.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "protested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "El Fasher");
}

}  // namespace
}  // namespace marsad
