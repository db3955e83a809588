#include "extract/events.h"

#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

std::string PlaceName(const Doc& doc, const Event& e) {
  return e.place >= 0 ? doc.places[e.place].location.name : "";
}

class EventsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventsTest, VsoCaptureWithPlace) {
  Doc doc = test::ExtractAt("سيطرت هيئة تحرير الشام على مدينة حماة بعد معارك عنيفة.", 2024, 12, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "سيطرت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "syr.hts");
  EXPECT_FALSE(e->actor1.implicit);
  EXPECT_EQ(PlaceName(doc, *e), "Hamah");
  EXPECT_EQ(e->time_basis, "published");
  EXPECT_EQ(e->status, "reported");
}

TEST_F(EventsTest, ComparedNounAfterAnActIsThatAct) {
  for (const char* text : {"قصفت طائرات حربية مدينة معرة النعمان يوم الخميس، في واحدة من أعنف الغارات على محافظة "
                           "إدلب هذا العام.",
                           "قصفت طائرات حربية مدينة معرة النعمان يوم الخميس، في الغارات الأعنف على محافظة إدلب هذا "
                           "العام."}) {
    Doc doc = test::ExtractAt(text, 2024, 3, 9);
    test::MaybeDump(doc);
    const Event* e = For(doc, "قصفت");
    ASSERT_NE(e, nullptr);
    ASSERT_GE(e->date, 0);
    EXPECT_EQ(doc.dates[e->date].value, "2024-03-07");
    EXPECT_EQ(For(doc, "الغارات"), nullptr);  // the strike compared, no second event
  }
}

TEST_F(EventsTest, SvoAndStateForcesRegainTerritory) {
  Doc doc = test::ExtractAt("قوات النظام السوري استعادت السيطرة على مدينة حلب يوم الثلاثاء.", 2016, 12, 23);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استعادت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "syr.saa");
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2016-12-20");
  EXPECT_EQ(e->time_basis, "text");
}

TEST_F(EventsTest, PassiveTakesMainActorImplicitly) {
  Doc doc = test::ExtractAt(
      "تقدمت قوات الدعم السريع جنوباً. وتم الاستيلاء على مستودعات للوقود. وقالت قوات الدعم السريع إنها ستواصل.",
      2024, 10, 1);
  test::MaybeDump(doc);
  const Event* e = For(doc, "الاستيلاء");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->actor1.implicit);
  EXPECT_EQ(e->actor1.implicit_id, "sdn.rsf");
}

TEST_F(EventsTest, SeveralEventsPerSentence) {
  Doc doc = test::ExtractAt("قصفت المدفعية الإسرائيلية بلدة الخيام واشتبك مقاتلو حزب الله مع قوة إسرائيلية.", 2024, 10, 1);
  test::MaybeDump(doc);
  EXPECT_NE(For(doc, "قصفت"), nullptr);
  EXPECT_NE(For(doc, "اشتبك"), nullptr);
}

// A count told "so far" (حتى اللحظة) may still grow: like "at least", its
// figure is the low and best, and the high stays open.
TEST_F(EventsTest, TollSoFarLeavesTheHighOpen) {
  Doc doc = test::ExtractAt("قصفت طائرات حربية حياً سكنياً في مدينة دير البلح أمس، وانتُشل 7 قتلى حتى اللحظة.", 2024, 2, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->low.value_or(-1), 7);
  EXPECT_FALSE(e->fatalities->high.has_value());
}

TEST_F(EventsTest, TollWithCivilianSubsetCumulative) {
  Doc doc = test::ExtractAt(
      "شنت الطائرات الروسية غارات جوية على مدينة إدلب، وقتل أكثر من 40 شخصا بينهم 12 مدنيا منذ يوم الاثنين.", 2024, 12, 1);
  test::MaybeDump(doc);
  const Event* e = For(doc, "غارات جويه");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike");
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->low.value_or(-1), 41);
  EXPECT_FALSE(e->fatalities->high.has_value());
  ASSERT_TRUE(e->civilian_fatalities.has_value());
  EXPECT_EQ(e->civilian_fatalities->low.value_or(-1), 12);
  EXPECT_TRUE(e->cumulative);
  EXPECT_EQ(PlaceName(doc, *e), "Idlib");
  // The casualty word makes no event of its own.
  for (const Event& x : doc.events) EXPECT_NE(doc.triggers[x.trigger].acled_event_type, "casualty");
}

TEST_F(EventsTest, EnglishTollIncluding) {
  Doc doc = test::ExtractAt("An air strike on Idlib killed 12 people, including 5 civilians, on Tuesday.", 2024, 12, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "air strike");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 12);
  ASSERT_TRUE(e->civilian_fatalities.has_value());
  EXPECT_EQ(e->civilian_fatalities->best.value_or(-1), 5);
  EXPECT_FALSE(e->cumulative);
}

TEST_F(EventsTest, CasualtyWithPerpetratorMakesEvent) {
  Doc doc = test::ExtractAt("Israeli forces killed three civilians in Jenin.", 2024, 12, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "isr.idf");
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 3);
}

// An Arabic passive toll verb names its doer after برصاص / بنيران / على يد:
// that doer makes the toll an event of its own; without one it stays a toll.
TEST_F(EventsTest, ArabicPassiveTollWithAgentPhraseMakesEvent) {
  Doc doc = test::ExtractAt("قُتل ثلاثة مزارعين بنيران مسلحين قرب بلدة نوى صباح أمس.", 2024, 12, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  EXPECT_FALSE(doc.events[0].actor1.implicit);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 3);
  Doc none = test::ExtractAt("قُتل ثلاثة مزارعين قرب بلدة نوى صباح أمس.", 2024, 12, 5);
  EXPECT_TRUE(none.events.empty());
}

// A bomb a drone drops, or a drone packed with explosives, makes an air or
// drone strike, not a roadside bomb nor a grenade attack.
TEST_F(EventsTest, ExplosivesDeliveredByDroneAreAnAirStrike) {
  Doc drop = test::ExtractAt("ألقت مسيرة عبوة ناسفة على شاحنة قرب مدينة إدلب صباح أمس.", 2024, 12, 5);
  test::MaybeDump(drop);
  ASSERT_EQ(drop.events.size(), 1u);
  EXPECT_EQ(drop.events[0].acled_sub_event_type, "Air/drone strike");
  Doc grenade = test::ExtractAt("ألقت مسيرة قنبلة يدوية على شاحنة قرب مدينة إدلب صباح أمس.", 2024, 12, 5);
  ASSERT_EQ(grenade.events.size(), 1u);
  EXPECT_EQ(grenade.events[0].acled_sub_event_type, "Air/drone strike");
  Doc laden = test::ExtractAt("استهدف مسلحون ثكنة للجيش بطائرة مسيرة مفخخة قرب مدينة إدلب فجر أمس.", 2024, 12, 5);
  test::MaybeDump(laden);
  ASSERT_EQ(laden.events.size(), 1u);
  EXPECT_EQ(laden.events[0].acled_sub_event_type, "Air/drone strike");
}

// A light verb and its noun (خاض اشتباكاً، أقدم على قتل، قام بقتل) are one
// act whose doer is the light verb's subject.
TEST_F(EventsTest, LightVerbWithEventNounIsOneAct) {
  Doc fought = test::ExtractAt("قال الجيش إنه خاض اشتباكاً مع مسلحين قرب مدينة إدلب ليل أمس.", 2024, 12, 5);
  test::MaybeDump(fought);
  bool clash = false;
  for (const Event& e : fought.events)
    if (e.acled_sub_event_type == "Armed clash") {
      clash = true;
      EXPECT_EQ(e.status, "claimed");
    }
  EXPECT_TRUE(clash);
  Doc mob = test::ExtractAt("وقام سكان غاضبون في مدينة إدلب صباح أمس بقتل لص.", 2024, 12, 5);
  test::MaybeDump(mob);
  ASSERT_EQ(mob.events.size(), 1u);
  EXPECT_EQ(mob.events[0].acled_sub_event_type, "Mob violence");
}

TEST_F(EventsTest, StatusFromCues) {
  Doc neg = test::ExtractAt("لم تقع اشتباكات في المدينة أمس.", 2024, 12, 5);
  ASSERT_NE(For(neg, "اشتباكات"), nullptr);
  EXPECT_EQ(For(neg, "اشتباكات")->status, "negated");
  Doc hedge = test::ExtractAt("ويبدو أن مسلحين اختطفوا صحفيا قرب الحدود.", 2024, 12, 5);
  test::MaybeDump(hedge);
  ASSERT_NE(For(hedge, "اختطفوا"), nullptr);
  EXPECT_EQ(For(hedge, "اختطفوا")->status, "hedged");
  Doc intent = test::ExtractAt("The group vowed it will attack the base.", 2024, 12, 5);
  test::MaybeDump(intent);
  ASSERT_NE(For(intent, "attack"), nullptr);
  EXPECT_EQ(For(intent, "attack")->status, "intent");
  Doc hist = test::ExtractAt("وكان تنظيم الدولة قد سيطر على الموصل في عام 2014.", 2024, 12, 5);
  test::MaybeDump(hist);
  ASSERT_NE(For(hist, "سيطر"), nullptr);
  EXPECT_EQ(For(hist, "سيطر")->status, "historical");
  Doc fresh = test::ExtractAt("سيطر الجيش على البلدة للمرة الأولى منذ عام 2014.", 2024, 12, 5);
  ASSERT_NE(For(fresh, "سيطر"), nullptr);
  EXPECT_NE(For(fresh, "سيطر")->status, "historical");
}

TEST_F(EventsTest, AttributionAnonymousSourceToOutlet) {
  Doc doc = test::ExtractAt("وقال مصدر أمني لرويترز إن مسلحين هاجموا نقطة تفتيش في الأنبار.", 2024, 12, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجموا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->attribution_kind, "anonymous_source");
  EXPECT_EQ(e->attribution_source, NormalizeKey("رويترز"));
}

TEST_F(EventsTest, QuotedStatementAttributedToSpeaker) {
  Doc doc = test::ExtractAt("وقال الجيش الإسرائيلي في بيان: \"قصفنا مواقع لحزب الله في جنوب لبنان\".", 2024, 10, 1);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصفنا");
  ASSERT_NE(e, nullptr);
  EXPECT_GE(e->quote, 0);
  EXPECT_EQ(e->attribution_kind, "official_statement");
  EXPECT_FALSE(e->attribution_source.empty());
}

TEST_F(EventsTest, QuantitiesOfCapture) {
  Doc doc = test::ExtractAt("سيطر مقاتلو المعارضة على نحو 60% من المدينة و12 قرية في ريفها.", 2024, 12, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "سيطر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->quantities.size(), 2u);
}

TEST_F(EventsTest, ConfidenceGrowsWithArguments) {
  Doc full = test::ExtractAt("سيطرت هيئة تحرير الشام على مدينة حماة أمس.", 2024, 12, 5);
  Doc bare = test::ExtractAt("وسيطروا على المكان.", 2024, 12, 5);
  ASSERT_NE(For(full, "سيطرت"), nullptr);
  ASSERT_NE(For(bare, "سيطروا"), nullptr);
  EXPECT_GT(For(full, "سيطرت")->confidence, For(bare, "سيطروا")->confidence);
  EXPECT_LE(For(full, "سيطرت")->confidence, 1.0);
}

TEST_F(EventsTest, TwoWordsForOneClashAreOneEvent) {
  Doc doc = test::ExtractAt("اندلعت اشتباكات عنيفة في مدينة حماة، وتواصلت المعارك حتى المساء.", 2024, 12, 5);
  test::MaybeDump(doc);
  int clashes = 0;
  for (const Event& e : doc.events) clashes += e.acled_sub_event_type == "Armed clash";
  EXPECT_EQ(clashes, 1);
  // Two sentences about the same place stay two events.
  Doc two = test::ExtractAt("سيطرت هيئة تحرير الشام على مدينة حماة. وتم الاستيلاء على مطار حماة العسكري.", 2024, 12, 5);
  test::MaybeDump(two);
  int captures = 0;
  for (const Event& e : two.events) captures += e.acled_event_type == "Battles";
  EXPECT_EQ(captures, 2);
}

TEST_F(EventsTest, GenericAttackIsTheSpecificEventOfItsSentence) {
  // One strike told twice: "an attack ... with drones targeted".
  Doc doc = test::ExtractAt("شنت جماعة الحوثي هجوماً بطائرات مسيرة على ميناء الحديدة مساء أمس.", 2024, 10, 1);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Air/drone strike");
  // Alone, a generic word keeps its own default kind.
  Doc alone = test::ExtractAt("شن مسلحون هجوماً على حاجز للشرطة في بلدة سرمين.", 2024, 10, 1);
  test::MaybeDump(alone);
  ASSERT_EQ(alone.events.size(), 1u);
  EXPECT_EQ(alone.events[0].acled_event_type, "Battles");
}

TEST_F(EventsTest, DefiniteNounRefersToTheEventBefore) {
  Doc doc = test::ExtractAt(
      "قصفت قوات النظام بلدة سرمين شرقي إدلب صباح اليوم. وأدى القصف إلى مقتل ثلاثة مدنيين.", 2024, 10, 1);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->low.value_or(-1), 3);
  // Without the article it is news, but ACLED codes one actor's shelling of
  // one town in one day as one event: morning and evening are one record.
  Doc two = test::ExtractAt("قصفت قوات النظام بلدة سرمين صباح اليوم. وطال قصف مدفعي بلدة سرمين مساء.", 2024, 10, 1);
  test::MaybeDump(two);
  EXPECT_EQ(two.events.size(), 1u);
  // Another town that day is another event.
  Doc other = test::ExtractAt("قصفت قوات النظام بلدة سرمين صباح اليوم. وطال قصف مدفعي بلدة أريحا مساء.", 2024, 10, 1);
  test::MaybeDump(other);
  EXPECT_EQ(other.events.size(), 2u);
}

TEST_F(EventsTest, ThreatIsTheActThreatenedAsIntent) {
  Doc doc = test::ExtractAt("توعد الجيش السوري باستعادة مدينة سراقب خلال أيام.", 2024, 11, 29);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Battles");
  EXPECT_EQ(doc.events[0].status, "intent");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "syr.saa");
}

TEST_F(EventsTest, DateWordsAreNoTriggers) {
  // فجر is "dawn" here, not "he detonated".
  Doc doc = test::ExtractAt("دخلت القوات بلدة سرمين فجر اليوم.", 2024, 10, 1);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Remote explosive/landmine/IED");
}

TEST_F(EventsTest, BattleKeepsTheOpponentNamedElsewhere) {
  Doc doc = test::ExtractAt(
      "اندلعت معارك بين هيئة تحرير الشام وقوات النظام في ريف إدلب. وسيطرت هيئة تحرير الشام على بلدة سراقب.",
      2024, 11, 29);
  test::MaybeDump(doc);
  const Event* e = For(doc, "سيطرت");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->actor2.implicit);
  EXPECT_EQ(e->actor2.implicit_id, "syr.saa");
}

TEST_F(EventsTest, CrowdsProtestNotTheMainArmedActor) {
  Doc doc = test::ExtractAt(
      "سيطرت قوات الدعم السريع على بلدة سنجة. وتظاهر المئات في مدينة كسلا.", 2024, 7, 1);
  test::MaybeDump(doc);
  const Event* e = For(doc, "تظاهر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.implicit_id, "gen.protesters");
}

TEST_F(EventsTest, WeaponAfterWithIsTheMeansNotAnotherEvent) {
  Doc doc = test::ExtractAt("Rival militias fought with rocket-propelled grenades in Zawiya on Monday.", 2024, 12, 3);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Armed clash");
  Doc ar = test::ExtractAt("سقطت قذائف محملة بغاز الكلور على بلدة سراقب.", 2024, 12, 3);
  test::MaybeDump(ar);
  ASSERT_EQ(ar.events.size(), 1u);
  EXPECT_EQ(ar.events[0].acled_sub_event_type, "Chemical weapon");
}

TEST_F(EventsTest, ClausesShareTheirSubject) {
  Doc doc = test::ExtractAt(
      "Rapid Support Forces fighters and allied militiamen stormed a village near El Fasher, shooting dozens of residents.",
      2024, 5, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shooting");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
}

TEST_F(EventsTest, BarePastYearIsBackground) {
  Doc doc = test::ExtractAt("Clashes between the two groups in 2023 closed the refinery in Zawiya.", 2024, 12, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "clashes");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "historical");
}

TEST_F(EventsTest, CodedToTheTownNamedBefore) {
  // "the country" of the second sentence is the town of the first.
  Doc doc = test::ExtractAt(
      "Gunmen attacked a checkpoint in Samarra on Monday. Security forces later arrested four suspects across Iraq.",
      2024, 4, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Samarra'");
}

TEST_F(EventsTest, GenericWordAloneRefersToTheEventBefore) {
  Doc doc = test::ExtractAt(
      "أطلق الحرس الثوري صواريخ على مدينة أربيل مساء أمس. وقالت طهران إنها استهدفت مقراً للتجسس.", 2024, 1, 16);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Shelling/artillery/missile attack");
}

TEST_F(EventsTest, ForcesEnteringTheCityTheyTookAreOneCapture) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش السوداني استعادة السيطرة على مدينة ود مدني أمس. وقال المتحدث إن القوات دخلت المدينة من الشمال.",
      2025, 1, 12);
  test::MaybeDump(doc);
  int territory = 0;
  for (const Event& e : doc.events) territory += e.acled_event_type == "Battles";
  EXPECT_EQ(territory, 1);
}

TEST_F(EventsTest, TheCityIsTheTownNamedBefore) {
  // المدينة is also Medina's name; here it is Taiz.
  Doc doc = test::ExtractAt(
      "قتل مدني برصاص قناص في مدينة تعز أمس. وسقطت قذائف هاون على حي سكني في المدينة.", 2024, 12, 3);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_EQ(PlaceName(doc, e), "Taiz") << e.acled_sub_event_type;
}

TEST_F(EventsTest, NextWeekNeverDatesWhatHappened) {
  Doc doc = test::ExtractAt(
      "قال دبلوماسي إن المفاوضات ستستأنف الأسبوع المقبل. وتواصلت الاشتباكات في الخرطوم.", 2023, 5, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "الاشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_LT(e->date, 0);
  EXPECT_EQ(e->time_basis, "published");
}

TEST_F(EventsTest, NoCasualtiesIsATollOfZero) {
  Doc doc = test::ExtractAt("قصفت قوات النظام أطراف بلدة سرمين دون أن تسجل إصابات.", 2024, 2, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->low.value_or(-1), 0);
  // In the next sentence, for the event before it.
  Doc en = test::ExtractAt("A drone struck a base near Erbil on Monday. No one was hurt.", 2024, 1, 16);
  test::MaybeDump(en);
  ASSERT_EQ(en.events.size(), 1u);
  ASSERT_TRUE(en.events[0].fatalities.has_value());
  EXPECT_EQ(en.events[0].fatalities->best.value_or(-1), 0);
}

// "دون تسجيل خسائر بشرية", "دون وقوع خسائر": "without" and the losses, with
// or without the verbal noun between, is a toll of zero.
TEST_F(EventsTest, WithoutLossesIsATollOfZero) {
  for (const char* text : {"قصفت طائرة مسيرة مستودعا للوقود في مدينة الأبيض مساء الأحد دون تسجيل خسائر بشرية.",
                           "انفجرت عبوة ناسفة قرب سوق مدينة بيدوا صباح الاثنين دون وقوع خسائر."}) {
    Doc doc = test::ExtractAt(text, 2024, 2, 14);
    test::MaybeDump(doc);
    ASSERT_FALSE(doc.events.empty()) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 0) << text;
  }
}

// "دون أن تخلّف ضحايا", "من دون أن توقع إصابات": without and a verb of
// leaving or causing before the casualty noun is a toll of zero too.
TEST_F(EventsTest, WithoutLeavingVictimsIsATollOfZero) {
  for (const char* text : {"سقطت ثلاث قذائف قرب مدينة الأبيض مساء الأحد دون أن تخلّف ضحايا.",
                           "انفجرت عبوة ناسفة قرب سوق مدينة بيدوا صباح الاثنين من دون أن توقع إصابات."}) {
    Doc doc = test::ExtractAt(text, 2024, 2, 14);
    test::MaybeDump(doc);
    ASSERT_FALSE(doc.events.empty()) << text;
    ASSERT_TRUE(doc.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 0) << text;
  }
}

// من دون أن يسفر ذلك عن إصابات: the demonstrative ذلك as the result verb's
// subject ("without that resulting in injuries") is the same toll of zero.
TEST_F(EventsTest, WithoutThatResultingInInjuriesIsATollOfZero) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة قرب سوق مدينة بيدوا صباح الاثنين، من دون أن يسفر ذلك عن إصابات.",
                            2024, 2, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 0);
}

// قتلوا جندياً وأصابوا اثنين: the count after أصابوا ("they wounded") is
// of the wounded; the dead are the one soldier before it.
TEST_F(EventsTest, TheCountAfterTheyWoundedIsOfTheWounded) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن مسلحين قتلوا جندياً وأصابوا اثنين آخرين في كمين نصبوه لدورية عسكرية قرب مدينة الأبيض يوم الأحد.",
      2024, 5, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "كمين");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "1/1/1");
  EXPECT_EQ(test::Figures(e->injuries), "2/2/2");
}

// قال مسؤول إن 14 مقاتلاً على الأقل قُتلوا: after إن the subject stands before
// the casualty verb, and its count is the toll even when words or an
// apposition stand between.
TEST_F(EventsTest, CountBeforeACasualtyVerbAfterInnaIsTheToll) {
  Doc fight = test::ExtractAt("قال مسؤول محلي إن 14 مقاتلاً على الأقل قُتلوا في اشتباكات عنيفة قرب مدينة الأبيض يوم الأحد.",
                              2024, 2, 14);
  test::MaybeDump(fight);
  ASSERT_FALSE(fight.events.empty());
  ASSERT_TRUE(fight.events[0].fatalities.has_value());
  EXPECT_EQ(fight.events[0].fatalities->low.value_or(-1), 14);
  Doc strike = test::ExtractAt(
      "قالت مصادر محلية إن 9 مدنيين، بينهم ثلاث نساء، قُتلوا عندما قصفت طائرة مسيرة سوقا قرب مدينة الأبيض يوم الأحد.", 2024,
      2, 14);
  test::MaybeDump(strike);
  ASSERT_FALSE(strike.events.empty());
  ASSERT_TRUE(strike.events[0].fatalities.has_value());
  EXPECT_EQ(strike.events[0].fatalities->best.value_or(-1), 9);
}

// ما أدى إلى سقوط قتيل: a toll noun in the singular is one dead; بين قتيل
// وجريح tells dead and hurt of untold number, and the second toll word is
// no victim noun of the first.
TEST_F(EventsTest, SingularTollNounIsOneDead) {
  Doc one = test::ExtractAt("استهدفت مسيرة سيارة على طريق قرب مدينة صور ظهر الخميس، ما أدى إلى سقوط قتيل.", 2024, 2, 14);
  test::MaybeDump(one);
  ASSERT_FALSE(one.events.empty());
  ASSERT_TRUE(one.events[0].fatalities.has_value());
  EXPECT_EQ(one.events[0].fatalities->best.value_or(-1), 1);
  Doc untold = test::ExtractAt(
      "قالت الجماعة إن مقاتليها فجروا عبوة ناسفة بآلية عسكرية قرب مدينة رفح أمس، وأوقعوا طاقمها بين قتيل وجريح.", 2024, 2, 14);
  test::MaybeDump(untold);
  ASSERT_FALSE(untold.events.empty());
  EXPECT_FALSE(untold.events[0].fatalities.has_value());
}

TEST_F(EventsTest, BattleOpponentFromTheOtherCamp) {
  Doc doc = test::ExtractAt(
      "Hayat Tahrir al-Sham fighters clashed near Saraqib on Thursday. Government forces later withdrew from the town.",
      2024, 11, 28);
  test::MaybeDump(doc);
  const Event* e = For(doc, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "syr.hts");
  EXPECT_EQ(e->actor2.implicit_id, "syr.saa");
}

TEST_F(EventsTest, MilitantsAreTheOneGroupNamed) {
  Doc doc = test::ExtractAt(
      "Al-Shabaab claimed the raid. Militants abducted six traders near Afgooye on Sunday.", 2024, 6, 24);
  test::MaybeDump(doc);
  const Event* e = For(doc, "abducted");
  ASSERT_NE(e, nullptr);
  // Named (the actor stage knows the group of Afgooye's country) or implied.
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
}

TEST_F(EventsTest, OneEventPerCoordinatedPlace) {
  Doc doc = test::ExtractAt("وخرج مواطنون إلى شوارع بورتسودان وأم درمان احتفالاً بالخبر.", 2025, 1, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Port Sudan");
  EXPECT_EQ(PlaceName(doc, doc.events[1]), "Omdurman");
  Doc en = test::ExtractAt("Gunmen abducted aid workers in Hodeidah and Saada on Thursday.", 2024, 6, 7);
  test::MaybeDump(en);
  EXPECT_EQ(en.events.size(), 2u);
}

// A second place introduced by its kind after "and" ("and the nearby
// town of", "and at the port city of") is the list's next place.
TEST_F(EventsTest, SecondPlaceNamedByItsKindIsItsOwnEvent) {
  Doc doc = test::ExtractAt("Artillery shelled the edge of Hodeidah and the nearby town of Zabid on Thursday.", 2024, 6, 7);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Al Hudaydah");
  EXPECT_EQ(PlaceName(doc, doc.events[1]), "Zabid");
  Doc at = test::ExtractAt("Rebels fired rockets at troops near Saada and at the northern city of Hodeidah.", 2024, 6, 7);
  test::MaybeDump(at);
  EXPECT_EQ(at.events.size(), 2u);
  // A person's title before "of" names no second place of the strike.
  Doc apart = test::ExtractAt("Artillery shelled Hodeidah and the governor of Zabid condemned it.", 2024, 6, 7);
  test::MaybeDump(apart);
  for (const Event& e : apart.events) {
    if (e.acled_event_type != "none") {
      EXPECT_EQ(PlaceName(apart, e), "Al Hudaydah");
    }
  }
}

TEST_F(EventsTest, BomberAfterTheVerbIsOneSuicideBombing) {
  // The soldiers named after the toll word are victims, not the bomber; the
  // group that claims "the attack" is its actor.
  Doc doc = test::ExtractAt(
      "قتل خمسة جنود من الجيش اليمني عندما فجر انتحاري سيارة مفخخة في مدينة زنجبار صباح اليوم. "
      "وتبنى تنظيم القاعدة في جزيرة العرب الهجوم.",
      2025, 4, 15);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Suicide bomb");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "aqap");
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Zinjibar");
}

TEST_F(EventsTest, AClaimedHigherTollRaisesTheHighBound) {
  Doc doc = test::ExtractAt(
      "Three soldiers were killed when a roadside bomb exploded near Afgooye on Monday. "
      "Al-Shabaab said the attack killed 13 soldiers.",
      2024, 6, 25);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->low.value_or(-1), 3);
  EXPECT_EQ(doc.events[0].fatalities->high.value_or(-1), 13);
}

TEST_F(EventsTest, SinceAfterANounTellsHowLongItsStateLasted) {
  // "their pensions, withheld for five months": no date of the sit-in.
  Doc d = test::ExtractAt("اعتصم عشرات المتقاعدين أمام مقر الوزارة في مدينة الموصل للمطالبة بمعاشاتهم المحتجزة منذ خمسة أشهر.",
                          2024, 5, 20);
  test::MaybeDump(d);
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(d.events[0].acled_event_type, "Protests");
  EXPECT_NE(d.events[0].status, "historical");
}

TEST_F(EventsTest, DammaOnTheVerbReadsItAsPassive) {
  // Killed, not killers: a vowelled passive names no crowd that rioted.
  Doc d = test::ExtractAt("قُتل خمسة محتجين خلال مسيرة في مدينة الناصرية يوم الأحد.", 2024, 3, 11);
  test::MaybeDump(d);
  for (const Event& e : d.events) EXPECT_NE(e.acled_event_type, "Riots");
  ASSERT_FALSE(d.triggers.empty());
  EXPECT_EQ(d.triggers[0].voice, "passive");
  // The damma of an imperfect's prefix says nothing about voice.
  Doc a = test::ExtractAt("يُطلق مسلحون النار على دورية للشرطة في مدينة الرمادي يوم الأحد.", 2024, 3, 11);
  for (const TriggerMention& t : a.triggers) EXPECT_NE(t.voice, "passive");
}

TEST_F(EventsTest, ActorTypesDecideRiotsAndExcessiveForce) {
  Doc force = test::ExtractAt("Police shot dead two protesters outside parliament in Nairobi on Tuesday.", 2024, 6, 26);
  test::MaybeDump(force);
  ASSERT_FALSE(force.events.empty());
  EXPECT_EQ(force.events[0].acled_sub_event_type, "Excessive force against protesters");
  Doc riot = test::ExtractAt("Hundreds of protesters stormed the embassy in Baghdad on Thursday.", 2023, 7, 20);
  test::MaybeDump(riot);
  ASSERT_FALSE(riot.events.empty());
  EXPECT_EQ(riot.events[0].acled_sub_event_type, "Violent demonstration");
}

TEST_F(EventsTest, ClaimantIsTheActorOfTheAttack) {
  Doc doc = test::ExtractAt(
      "A car bomb exploded near a Somali army post in Mogadishu on Monday, killing three Somali army soldiers. "
      "Al-Shabaab claimed responsibility.",
      2024, 7, 16);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "som.shabaab");
}

TEST_F(EventsTest, AClaimAfterTheNarratedDeedLeavesItReported) {
  // The blast is told first, in the report's own voice; the claim that
  // follows in the same sentence names its doer, not its only source.
  Doc told = test::ExtractAt(
      "انفجرت سيارة مفخخة قرب مركز للشرطة في مدينة بيدوا صباح الأحد، في هجوم تبنّته حركة الشباب.", 2024, 3, 12);
  test::MaybeDump(told);
  ASSERT_FALSE(told.events.empty());
  EXPECT_EQ(test::ActorId(told, told.events[0].actor1), "som.shabaab");
  EXPECT_EQ(told.events[0].status, "reported");
  // Told only inside the claim, the deed is the group's word.
  Doc claim = test::ExtractAt(
      "تبنّت حركة الشباب تفجير سيارة مفخخة قرب مركز للشرطة في مدينة بيدوا صباح الأحد.", 2024, 3, 12);
  test::MaybeDump(claim);
  ASSERT_FALSE(claim.events.empty());
  EXPECT_EQ(claim.events[0].status, "claimed");
}

TEST_F(EventsTest, AClaimantsLargerTollIsTheHighOfAnOpenCount) {
  // "at least six" stays the low and best; the claimant's "more than 30" is the high.
  Doc doc = test::ExtractAt(
      "قُتل ما لا يقل عن ستة أشخاص إثر انفجار سيارة مفخخة قرب سوق في مدينة جوهر صباح الثلاثاء. "
      "وأعلنت حركة الشباب مسؤوليتها عن التفجير، زاعمة أنها قتلت \"أكثر من 30 جندياً\".",
      2024, 4, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->low, 6);
  EXPECT_EQ(doc.events[0].fatalities->best, 6);
  EXPECT_EQ(doc.events[0].fatalities->high, 31);
}

TEST_F(EventsTest, AnotherSpeakersCountOfTheSameDeadIsNoMoreDead) {
  // The rebels' figure and the governor's are two counts of one toll, not a sum:
  // the lower is the toll, the higher its high bound.
  Doc en = test::ExtractAt(
      "Rebels ambushed an army convoy near Gao on Monday and said their fighters had killed 25 soldiers, "
      "while the governor said four soldiers were killed.",
      2024, 2, 14);
  test::MaybeDump(en);
  ASSERT_FALSE(en.events.empty());
  ASSERT_TRUE(en.events[0].fatalities.has_value());
  EXPECT_EQ(en.events[0].fatalities->low.value_or(-1), 4);
  EXPECT_EQ(en.events[0].fatalities->best.value_or(-1), 4);
  EXPECT_EQ(en.events[0].fatalities->high.value_or(-1), 25);
  // A vague count first ("tens of soldiers"), a party's "more than 150" after
  // its own speech verb: low 20, no best, high 151.
  Doc ar = test::ExtractAt(
      "هاجم مسلحون ثكنة للجيش في مدينة تيلابيري فجر الأحد. "
      "وقال مسؤول محلي إن عشرات الجنود قتلوا في الهجوم، بينما زعمت الجماعة أنها قتلت أكثر من 150 جندياً.",
      2024, 2, 14);
  test::MaybeDump(ar);
  ASSERT_FALSE(ar.events.empty());
  ASSERT_TRUE(ar.events[0].fatalities.has_value());
  EXPECT_EQ(ar.events[0].fatalities->low.value_or(-1), 20);
  EXPECT_FALSE(ar.events[0].fatalities->best.has_value());
  EXPECT_EQ(ar.events[0].fatalities->high.value_or(-1), 151);
}

TEST_F(EventsTest, TwoGroupsOfDeadWithNoNewSpeakerStillAddUp) {
  // No second speech verb between the counts: the attackers' and the
  // defenders' dead are both dead of the fight.
  Doc doc = test::ExtractAt(
      "Soldiers repelled an attack on a checkpoint near Diffa on Friday; nine attackers were killed and two soldiers died.",
      2024, 2, 17);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 11);
}

TEST_F(EventsTest, ALaterClaimOfAPartyIsTheHighOfACountedToll) {
  // The toll told first stays the toll; a group's later, larger claim in a
  // sentence of its own is the high bound.
  Doc doc = test::ExtractAt(
      "A car bomb exploded at a market in Beledweyne on Sunday, killing seven people, police said. "
      "The insurgents claimed responsibility, saying \"40 soldiers\" had been killed.",
      2024, 5, 13);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->low.value_or(-1), 7);
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 7);
  EXPECT_EQ(doc.events[0].fatalities->high.value_or(-1), 40);
}

TEST_F(EventsTest, AWarsRunningTotalIsNoTollOfTheEventBeforeIt) {
  // A total counted since a day months back is the war's, not the shelling's.
  Doc doc = test::ExtractAt(
      "Tanks shelled farmland east of Rafah on Friday. "
      "The number of people killed since last October has risen to more than 38,000, the health ministry said.",
      2024, 7, 20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    if (e.fatalities) {
      EXPECT_LT(e.fatalities->low.value_or(0), 1000) << e.acled_sub_event_type;
    }
  // Nor is a present-perfect total the toll of a march beside it.
  Doc march = test::ExtractAt(
      "Thousands of women marched in Chilpancingo on Saturday against the cartel violence, which has killed "
      "more than 2,000 people in the region since March 2023.",
      2024, 7, 20);
  test::MaybeDump(march);
  for (const Event& e : march.events) EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
}

TEST_F(EventsTest, SeveralDeadAreAtLeastThreeWithNoTop) {
  // An unnumbered plural gives a low of three and nothing above it.
  Doc doc = test::ExtractAt("Bandits shot dead several herders near Zurmi on Thursday, residents said.", 2024, 3, 8);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->low.value_or(-1), 3);
  EXPECT_FALSE(doc.events[0].fatalities->best.has_value());
  EXPECT_FALSE(doc.events[0].fatalities->high.has_value());
}

TEST_F(EventsTest, VictimsWithNoCountAreAtLeastThree) {
  // "many" right after the toll verb: low 3, no best, no high.
  Doc en = test::ExtractAt("Army drones struck a rebel camp near Kismayo on Friday and killed many fighters.", 2024, 3, 9);
  test::MaybeDump(en);
  ASSERT_FALSE(en.events.empty());
  ASSERT_TRUE(en.events[0].fatalities.has_value());
  EXPECT_EQ(en.events[0].fatalities->low.value_or(-1), 3);
  EXPECT_FALSE(en.events[0].fatalities->best.has_value());
  EXPECT_FALSE(en.events[0].fatalities->high.has_value());
  // عدداً من after the toll verb.
  Doc ar = test::ExtractAt("اشتبك الجيش مع مسلحين قرب بلدة تلعفر صباح السبت وقتل عدداً منهم.", 2024, 3, 9);
  test::MaybeDump(ar);
  ASSERT_FALSE(ar.events.empty());
  ASSERT_TRUE(ar.events[0].fatalities.has_value());
  EXPECT_EQ(ar.events[0].fatalities->low.value_or(-1), 3);
  EXPECT_FALSE(ar.events[0].fatalities->high.has_value());
}

TEST_F(EventsTest, AnUnnamedMinistryOnItsStatesArrestsClaims) {
  // The interior ministry is the state's force where the arrests happen: its own deed.
  Doc doc = test::ExtractAt(
      "وقالت وزارة الداخلية في حكومة طالبان إن عناصرها احتجزوا أربعة رجال في مدينة قندهار يوم الإثنين.", 2023, 5, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Arrests");
  EXPECT_EQ(doc.events[0].status, "claimed");
}

TEST_F(EventsTest, GeneralInANameIsNoPastYear) {
  // العام of الأمن العام ("general security") dates nothing: the ambush is news.
  Doc doc = test::ExtractAt("قُتل خمسة عناصر من الأمن العام في كمين قرب مدينة درعا مساء الأحد.", 2025, 4, 8);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].status, "reported");
}

TEST_F(EventsTest, StrikeOnACivilianObjectHasCivilianVictims) {
  Doc doc = test::ExtractAt("سقطت قذيفة صاروخية على سوق شعبي في مدينة تعز مساء الأحد.", 2024, 12, 2);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor2), "gen.civilians");
  // A strike on a base names no civilian target: no victims are guessed.
  Doc base = test::ExtractAt("سقطت قذيفة صاروخية على قاعدة عسكرية قرب تعز مساء الأحد.", 2024, 12, 2);
  test::MaybeDump(base);
  ASSERT_EQ(base.events.size(), 1u);
  EXPECT_EQ(test::ActorId(base, base.events[0].actor2), "");
}

TEST_F(EventsTest, NationalityAdjectiveNamesTheForcesOnlyInTheEventPhrase) {
  Doc doc = test::ExtractAt("تعرضت بلدة الخيام لقصف مدفعي إسرائيلي صباح اليوم.", 2024, 10, 29);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصف مدفعي");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isr.idf");
  // After a noun of its own, with a preposition before it, it is the other side.
  Doc clash = test::ExtractAt("قال حزب الله إن مقاتليه اشتبكوا مع قوة إسرائيلية قرب بلدة الخيام.", 2024, 10, 29);
  test::MaybeDump(clash);
  const Event* c = For(clash, "اشتبكوا");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::ActorId(clash, c->actor1), "lbn.hezbollah");
  EXPECT_EQ(test::ActorId(clash, c->actor2), "isr.idf");
  // Far from any event word it names nobody: a sponsor of talks fights no one.
  Doc talks = test::ExtractAt("اندلعت اشتباكات في الخرطوم. وتجري المفاوضات برعاية سعودية.", 2023, 5, 12);
  test::MaybeDump(talks);
  for (const Event& ev : talks.events) {
    EXPECT_NE(test::ActorId(talks, ev.actor1), "sau.coalition");
    EXPECT_NE(test::ActorId(talks, ev.actor2), "sau.coalition");
  }
}

TEST_F(EventsTest, DamageDoneByAStrikeIsPartOfTheStrike) {
  Doc doc = test::ExtractAt("دمرت الغارات الجوية عشرات المنازل في بلدة كفرنبل أمس.", 2024, 2, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Air/drone strike");
}

TEST_F(EventsTest, AnAttemptedAdvanceIsFightingNotACapture) {
  Doc doc = test::ExtractAt("صدت قوات الجيش محاولة تقدم لعناصر تنظيم الدولة قرب مدينة الحويجة.", 2024, 3, 9);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_EQ(e.acled_sub_event_type.find("territory"), std::string::npos);
}

TEST_F(EventsTest, TollOfAFallingShellStaysWithTheStrike) {
  Doc doc = test::ExtractAt("قتل خمسة أشخاص إثر سقوط قذيفة هاون على سوق في مدينة تعز أمس.", 2024, 12, 3);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 5);
  EXPECT_EQ(doc.events[0].fatalities->high.value_or(-1), 5);
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor2), "gen.civilians");  // a market
}

TEST_F(EventsTest, ANumberInsideANameCountsNobody) {
  Doc doc = test::ExtractAt("اندلعت اشتباكات بين اللواء 444 قتال وقوة الردع في طرابلس مساء الإثنين.", 2023, 8, 15);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value());
}

TEST_F(EventsTest, WithoutAFightIsHowACaptureWentNotAnEvent) {
  Doc doc = test::ExtractAt("دخلت قوات الجيش بلدة الحويجة دون قتال بعد انسحاب المسلحين منها.", 2024, 3, 9);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Armed clash");
  Doc en = test::ExtractAt("Army troops entered the town without a fight on Sunday.", 2023, 12, 18);
  test::MaybeDump(en);
  for (const Event& e : en.events) EXPECT_NE(e.acled_sub_event_type, "Armed clash");
}

TEST_F(EventsTest, TheOffensiveOfARunningTollIsFighting) {
  Doc doc = test::ExtractAt("وقتل أكثر من 150 شخصاً منذ بدء الهجوم يوم الإثنين.", 2024, 6, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Armed clash");
  EXPECT_TRUE(doc.events[0].cumulative);
}

TEST_F(EventsTest, TheDeadOfASentenceDiedInItsFighting) {
  Doc doc = test::ExtractAt(
      "وقال الجيش إن مقتل العشرات من جنوده دفعه إلى الانسحاب، بعد أن دخلت قوات الدعم السريع مدينة سنجة.",
      2024, 6, 30);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Strategic developments") { EXPECT_FALSE(e.fatalities.has_value()); }
}

TEST_F(EventsTest, ATollOfCiviliansIsAllCivilian) {
  Doc doc = test::ExtractAt("قتل سبعة مدنيين، بينهم ثلاثة أطفال، في غارات جوية على مدينة أريحا أمس.", 2024, 2, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].civilian_fatalities.has_value());
  EXPECT_EQ(doc.events[0].civilian_fatalities->best.value_or(-1), 7);
}

TEST_F(EventsTest, AClaimOfResponsibilityForAnUntoldAttackIsAClaim) {
  Doc doc = test::ExtractAt(
      "أعلنت \"المقاومة الإسلامية في العراق\" مسؤوليتها عن هجوم بطائرتين مسيرتين على قاعدة قرب أربيل أمس.", 2024, 1, 16);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Air/drone strike");
  EXPECT_EQ(doc.events[0].status, "claimed");
}

TEST_F(EventsTest, NoCasualtiesGoToTheStrikeNotItsInterception) {
  Doc doc = test::ExtractAt(
      "أطلق حزب الله صواريخ على بلدة كريات شمونة واعترضت الدفاعات الجوية معظمها. ولم يبلغ عن إصابات.", 2024, 6, 25);
  test::MaybeDump(doc);
  bool zero_on_strike = false;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type == "Disrupted weapons use") { EXPECT_FALSE(e.fatalities.has_value()); }
    if (e.acled_event_type == "Explosions/Remote violence" && e.fatalities) zero_on_strike = e.fatalities->best == 0;
  }
  EXPECT_TRUE(zero_on_strike);
}

// The interception and "no one was hurt" in one sentence, after a sentence
// that tells a killing and the rocket fire: the zero toll is the rockets'.
TEST_F(EventsTest, NoCasualtiesAfterAnInterceptionGoToTheRocketsBefore) {
  Doc doc = test::ExtractAt(
      "أطلقت الفصائل صواريخ على مدينة عسقلان بعد ساعات من اغتيال قيادي فيها. وقال الجيش إن الدفاعات "
      "الجوية اعترضت معظمها ولم يبلغ عن إصابات.",
      2024, 6, 25);
  test::MaybeDump(doc);
  bool zero_on_rockets = false;
  for (const Event& e : doc.events) {
    if (e.acled_event_type == "Violence against civilians" || e.acled_event_type == "Battles") {
      EXPECT_FALSE(e.fatalities && e.fatalities->best == 0);
    }
    if (e.acled_event_type == "Explosions/Remote violence" && e.fatalities) zero_on_rockets = e.fatalities->best == 0;
  }
  EXPECT_TRUE(zero_on_rockets);
}

// "Without leaving victims", "without victims falling": a zero toll too.
TEST_F(EventsTest, LeftNoVictimsIsAZeroToll) {
  for (const char* text : {"قصفت المدفعية أطراف بلدة كفرنبل مساء الأحد من دون أن تخلّف ضحايا.",
                           "سقطت ثلاث قذائف هاون على أطراف بلدة كفرنبل مساء الأحد دون سقوط ضحايا.",
                           "انفجرت عبوة ناسفة قرب مدينة كركوك صباح الأحد، ولم يبلغ عن سقوط قتلى."}) {
    Doc doc = test::ExtractAt(text, 2024, 3, 10);
    test::MaybeDump(doc);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    EXPECT_EQ(test::Figures(doc.events[0].fatalities), "0/0/0") << text;
  }
}

// The bodies found stirred the crowd; the crowd killed no one.
TEST_F(EventsTest, BodiesFoundAreNoTollOfTheCrowdTheyStirred) {
  Doc doc = test::ExtractAt(
      "أحرق محتجون غاضبون مبنى البلدية في مدينة الموصل مساء السبت بعد العثور على جثث خمسة صيادين مخطوفين.", 2024, 3,
      10);
  test::MaybeDump(doc);
  bool riot = false;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Riots") {
      riot = true;
      EXPECT_EQ(test::Figures(e.fatalities), "none");
    }
  EXPECT_TRUE(riot);
}

TEST_F(EventsTest, EverydayWordsNeedAFightingParty) {
  Doc economy = test::ExtractAt("تراجعت العملة المحلية إلى مستوى قياسي في عدن هذا الأسبوع.", 2024, 7, 22);
  test::MaybeDump(economy);
  EXPECT_TRUE(economy.events.empty());
  Doc army = test::ExtractAt("تراجعت قوات الدعم السريع من مواقعها في مدينة سنجة أمس.", 2024, 7, 1);
  test::MaybeDump(army);
  EXPECT_FALSE(army.events.empty());
}

TEST_F(EventsTest, ARaidThatCarriedOutTheAbductionIsTheAbduction) {
  Doc doc = test::ExtractAt("اختطف مسلحون خمسة من عمال الإغاثة، في حملة مداهمات طالت منازلهم في مدينة الحديدة.", 2024, 6, 7);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Abduction/forced disappearance");
}

// A militia the registry places under a state's forces acts for that state:
// whom it seizes it arrests; a militia with no state above it abducts.
TEST_F(EventsTest, AMilitiaUnderAStateArrestsOthersAbduct) {
  Doc state = test::ExtractAt("The Stability Support Apparatus detained two traders in Tripoli on Tuesday.", 2024, 3, 7);
  test::MaybeDump(state);
  const Event* e = For(state, "detained");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
  Doc free = test::ExtractAt("Asaib Ahl al-Haq detained two traders in Basra on Tuesday.", 2024, 3, 7);
  test::MaybeDump(free);
  const Event* f = For(free, "detained");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->acled_sub_event_type, "Abduction/forced disappearance");
}

TEST_F(EventsTest, TheAuthoritiesDenyWhatTheirUnnamedForcesDid) {
  // "the authorities" and "the police" are one state's arms before either is coded.
  Doc doc = test::ExtractAt(
      "احتجزت الشرطة ستة طلاب في مدينة عدن يوم الأحد. ونفت السلطات لاحقاً اعتقال أي طالب.", 2024, 3, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].status, "reported");
}

TEST_F(EventsTest, ADenialOfAReportedEventIsNoSecondEvent) {
  Doc doc = test::ExtractAt(
      "اعتقلت قوات الأمن عشرة صحفيين في صنعاء أمس. ونفت السلطات في وقت لاحق احتجاز أي صحفي.", 2024, 6, 7);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].status, "reported");
  // A denial of something else, or of another day, stands.
  Doc other = test::ExtractAt(
      "اندلعت اشتباكات في طرابلس مساء الإثنين. ونفى مسؤول وقوع أي اشتباكات جديدة صباح الأربعاء.", 2023, 8, 16);
  test::MaybeDump(other);
  EXPECT_EQ(other.events.size(), 2u);
}

TEST_F(EventsTest, DoubtAboutWhoIsNoDoubtAboutWhat) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون يعتقد أنهم من تنظيم داعش نقطة عسكرية قرب قضاء الحويجة ليل السبت، ثم انسحبوا بعد اشتباك دام ساعة.",
      2024, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "isis");
  EXPECT_NE(test::ActorId(doc, doc.events[0].actor2), "isis");
  for (const Event& e : doc.events) {
    EXPECT_EQ(e.status, "reported");
    EXPECT_NE(e.acled_sub_event_type, "Headquarters or base established");  // the post was the target
    EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory");  // the attackers' retreat
  }
}

TEST_F(EventsTest, ATownEnteredWithoutAFightChangedHandsPeacefully) {
  Doc doc = test::ExtractAt(
      "دخلت قوات الجيش الصومالي مدعومة بمقاتلي العشائر بلدة بولوبردي أمس دون قتال، بعد انسحاب مقاتلي حركة الشباب منها.",
      2023, 12, 18);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_sub_event_type, "Non-violent transfer of territory");
  EXPECT_EQ(test::ActorId(doc, e.actor1), "som.sna");
  EXPECT_EQ(test::ActorId(doc, e.actor2), "som.shabaab");  // who left, not the clans backing the army
}

TEST_F(EventsTest, TheFightingForATownIsItsCaptureOnTheSameDay) {
  Doc doc = test::ExtractAt(
      "استعاد الجيش الصومالي السيطرة على قرية قرب مدينة جوهر أمس إثر معارك مع حركة الشباب قتل فيها 12 مسلحا.",
      2023, 12, 18);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Government regains territory");
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 12);
}

TEST_F(EventsTest, APassiveTakesTheAgentOfTheEventJustTold) {
  Doc doc = test::ExtractAt(
      "سيطرت هيئة تحرير الشام على مدينة سراقب فجر اليوم. كما تم الاستيلاء على مطار أبو الظهور العسكري. "
      "وتوعد مصدر عسكري باستعادة سراقب، وقال إن قوات النظام أعادت تموضعها.",
      2024, 11, 29);
  test::MaybeDump(doc);
  const Event* e = For(doc, "الاستيلاء");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "syr.hts");
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
}

TEST_F(EventsTest, ALeadWithoutAPlaceTakesTheNextSentences) {
  Doc doc = test::ExtractAt(
      "أعلنت حركة العدل والمساواة أمس التخلي عن موقف الحياد في الحرب. وجاء الإعلان في مؤتمر صحفي في مدينة بورتسودان.",
      2023, 11, 17);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Port Sudan");
}

TEST_F(EventsTest, TheGroundsOfAChargeAreNoEvents) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش توقيف سبعة أشخاص \"بجرم الشغب والاعتداء على الأملاك العامة\" في طرابلس.", 2024, 1, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Arrests");
}

TEST_F(EventsTest, APluralVerbCarriesItsSubject) {
  Doc doc = test::ExtractAt("تجمع مئات المحتجين أمام السراي في طرابلس ورشقوا عناصر الجيش بالحجارة.", 2024, 1, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "رشقوا");
  if (e == nullptr) e = For(doc, "ورشقوا");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "lbn.laf");  // the soldiers were the target
}

TEST_F(EventsTest, AnExecutionKillsItsVictims) {
  Doc doc = test::ExtractAt("أعدمت حركة الشباب رجلين في قرية قرب مدينة أفجوي يوم الأحد.", 2025, 1, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 2);
}

TEST_F(EventsTest, NoCasualtiesAfterMinDoon) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة بدورية للشرطة قرب مدينة كركوك صباح الأحد، من دون وقوع إصابات.", 2024, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 0);
}

TEST_F(EventsTest, ShootingAtACrowdIsOneProtestEventOfTheForce) {
  Doc doc = test::ExtractAt(
      "أطلقت قوات مكافحة الشغب الرصاص الحي والغاز المسيل للدموع على مئات المتظاهرين في بغداد اليوم، ما أدى إلى مقتل متظاهر.",
      2025, 2, 11);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Excessive force against protesters");
  // ACLED files it under the crowd: the protesters are actor 1, the force actor 2.
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "gen.protesters");
  EXPECT_NE(test::ActorId(doc, doc.events[0].actor2), "");
  EXPECT_NE(test::ActorId(doc, doc.events[0].actor2), "gen.protesters");
}

// One protester (محتج، متظاهر in the singular) is a protester too: the
// fire that wounded him is force against a protest.
TEST_F(EventsTest, ALoneProtesterIsAProtester) {
  Doc doc = test::ExtractAt("أصيب محتج برصاص الشرطة في البصرة مساء السبت.", 2025, 4, 6);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Excessive force against protesters");
}

TEST_F(EventsTest, AnAdvanceInACountryIsTheCaptureOfItsTown) {
  Doc doc = test::ExtractAt(
      "تواصل قوات الدعم السريع التقدم في السودان، حيث سيطرت على مدينة سنجة أمس.", 2024, 6, 30);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Singa");
}

TEST_F(EventsTest, TheOtherSideOfABorderIsNoPlaceOfTheEvent) {
  Doc doc = test::ExtractAt(
      "افتتح الجيش الوطني الليبي مقراً عسكرياً جديداً في مدينة أوباري أمس. "
      "وأشار البيان إلى دمج كتيبتين محليتين ستنتشران حتى الحدود مع النيجر.",
      2025, 3, 26);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Headquarters or base established");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "lby.lna");
  EXPECT_EQ(PlaceName(doc, doc.events[1]), "Ubari");
}

// A crowd that attacks a person is a mob, not a violent demonstration.
TEST_F(EventsTest, ACrowdAttackingAWomanIsMobViolence) {
  Doc doc = test::ExtractAt("هاجم حشد غاضب امرأة في سوق مدينة صيدا مساء الإثنين.", 2024, 4, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Mob violence");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor2), "gen.civilians");
}

TEST_F(EventsTest, AMobBeatingWorkersIsOneMobViolenceEvent) {
  Doc doc = test::ExtractAt(
      "اعتدى حشد من الشبان بالضرب على عمال أجانب في مدينة صيدا مساء الإثنين، وحطموا واجهات محال يملكونها.", 2024, 4, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Mob violence");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "gen.rioters");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor2), "gen.civilians");
}

TEST_F(EventsTest, TheSideThatCameTakesOverFromTheSideThatLeft) {
  Doc doc = test::ExtractAt(
      "انسحب مقاتلو قوات سوريا الديمقراطية من مدينة منبج أمس، ودخلت فصائل من الجيش الوطني السوري المدينة من دون مواجهات.",
      2024, 12, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Non-violent transfer of territory");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "syr.sna");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor2), "syr.sdf");
}

TEST_F(EventsTest, ANegatedVerbOfSayingLeavesTheEventUntold) {
  Doc doc = test::ExtractAt("ولم يشر البيان إلى وقوع اشتباكات في المدينة.", 2024, 5, 7);
  test::MaybeDump(doc);
  EXPECT_TRUE(doc.events.empty());
  Doc denied = test::ExtractAt("ولم تقع اشتباكات في مدينة الرمادي أمس.", 2024, 5, 7);
  test::MaybeDump(denied);
  ASSERT_EQ(denied.events.size(), 1u);
  EXPECT_EQ(denied.events[0].status, "negated");
}

TEST_F(EventsTest, UndatedBackgroundIsNoEvent) {
  Doc doc = test::ExtractAt(
      "ويرى محللون أن الحركة ضعفت بسبب الغارات الإسرائيلية في المنطقة. وسيطر الجيش على المدينة عام 2016.", 2024, 11, 30);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].status, "historical");
  EXPECT_EQ(doc.events[0].acled_event_type, "Battles");
}

TEST_F(EventsTest, GenericForcesAreCodedAsTheForcesOfTheEventsCountry) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة بدورية للشرطة الاتحادية قرب مدينة كركوك صباح الأحد.", 2024, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const EventArgument& a2 = doc.events[0].actor2;
  ASSERT_GE(a2.actor, 0);  // the words stay the evidence
  EXPECT_EQ(a2.coded_id, "irq.police");
  EXPECT_EQ(a2.identity.name, "Police Forces of Iraq");
  // A crowd in a riot is coded as rioters.
  Doc riot = test::ExtractAt("رشق محتجون عناصر الأمن بالحجارة وأحرقوا إطارات في مدينة البصرة.", 2024, 7, 18);
  test::MaybeDump(riot);
  ASSERT_FALSE(riot.events.empty());
  EXPECT_EQ(riot.events[0].acled_event_type, "Riots");
  EXPECT_EQ(riot.events[0].actor1.identity.id, "gen.rioters");
}

TEST_F(EventsTest, WeaponsFoundAreTheDisruptionNotAttacks) {
  Doc doc = test::ExtractAt(
      "عثرت قوة أمنية على مخبأ يضم أحزمة ناسفة وعبوات معدة للتفجير قرب مدينة الرمادي، وتم تفجيرها تحت السيطرة.",
      2024, 5, 7);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Disrupted weapons use");
}

TEST_F(EventsTest, TheForceThatDispersedACrowdArrestedItsMembers) {
  Doc doc = test::ExtractAt(
      "تظاهر آلاف الطلاب أمام البرلمان في إسلام آباد اليوم. وأطلقت الشرطة الغاز المسيل للدموع لتفريق المحتجين الذين "
      "رشقوها بالحجارة، واعتقلت أكثر من 40 شخصاً.",
      2024, 11, 20);
  test::MaybeDump(doc);
  // The arrests are how the police intervened: part of the protest, the
  // police its actor 2, on the protest's day (carried over).
  EXPECT_EQ(For(doc, "واعتقلت"), nullptr);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& protest = doc.events[0];
  EXPECT_EQ(protest.acled_sub_event_type, "Protest with intervention");
  EXPECT_EQ(protest.actor2.identity.id.empty() ? test::ActorId(doc, protest.actor2) : protest.actor2.identity.id,
            "pak.police");
  ASSERT_GE(protest.date, 0);
  EXPECT_EQ(doc.dates[protest.date].value, "2024-11-20");
}

TEST_F(EventsTest, ADateInsideANameDatesNothing) {
  Doc doc = test::ExtractAt(
      "أعلنت حركة 23 مارس سيطرتها على مدينة أوفيرا، بعد انسحاب القوات الحكومية منها.", 2025, 3, 15);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);  // the withdrawal is the capture's other side
  EXPECT_EQ(doc.events[0].time_basis, "published");
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor2), "gen.army");  // "the government forces" that left
}

TEST_F(EventsTest, AnotherEventsYearDatesOnlyThatEvent) {
  Doc doc = test::ExtractAt(
      "أقامت قوات الحشد الشعبي مقراً جديداً قرب سنجار، في خطوة قال مسؤولون إنها تخالف اتفاق سنجار الموقع عام 2020.",
      2024, 10, 8);
  test::MaybeDump(doc);
  const Event* base = For(doc, "أقامت");  // أقامت ... مقراً: the words before the gap
  ASSERT_NE(base, nullptr);
  EXPECT_EQ(base->acled_sub_event_type, "Headquarters or base established");
  EXPECT_EQ(base->status, "reported");
  EXPECT_EQ(base->time_basis, "published");
}

TEST_F(EventsTest, SeizedWeaponsAreNoCaptureAndADefiniteAttackKeepsItsActor) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة للجيش المالي قرب بلدة بولكيسي أمس، واستولوا على أسلحة وآليات. "
      "وقال الجيش إنه رد على الهجوم.",
      2025, 2, 3);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    EXPECT_EQ(e.acled_sub_event_type.find("territory"), std::string::npos);
    if (e.acled_event_type == "Battles") { EXPECT_NE(test::ActorId(doc, e.actor1), "mli.mil"); }
  }
}

TEST_F(EventsTest, AnAttackKillingOnlyCiviliansIsViolenceAgainstCivilians) {
  Doc doc = test::ExtractAt("Gunmen killed at least 25 civilians in an attack on a convoy near Gao on Friday.", 2025, 2, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  EXPECT_EQ(doc.events[0].acled_event_type, "Violence against civilians");
}

TEST_F(EventsTest, ARelativeClausesDateIsItsOwnEvents) {
  Doc doc = test::ExtractAt(
      "An Israeli drone strike hit a car in the town of Nabatieh on Sunday, killing two people. "
      "The strike came despite a ceasefire that took effect in November.",
      2025, 1, 20);
  test::MaybeDump(doc);
  int strikes = 0;
  for (const Event& e : doc.events) strikes += e.acled_sub_event_type == "Air/drone strike";
  EXPECT_EQ(strikes, 1);
}

TEST_F(EventsTest, PoliceWhoFiredOnRioterAreActor2AndMadeTheArrests) {
  Doc doc = test::ExtractAt(
      "Police in Nairobi fired tear gas at hundreds of protesters on Tuesday. Some demonstrators threw stones and set "
      "tyres on fire. A police spokesman said 37 people were arrested.",
      2024, 7, 14);
  test::MaybeDump(doc);
  const Event* riot = nullptr;
  const Event* arrests = nullptr;
  for (const Event& e : doc.events) {
    if (e.acled_event_type == "Riots") riot = &e;
    if (e.acled_sub_event_type == "Arrests") arrests = &e;
  }
  ASSERT_NE(riot, nullptr);
  ASSERT_NE(arrests, nullptr);
  EXPECT_EQ(riot->actor2.identity.id.empty() ? test::ActorId(doc, riot->actor2) : riot->actor2.identity.id,
            "ken.police");
  EXPECT_EQ(arrests->actor1.implicit_id, "ken.police");
}

TEST_F(EventsTest, AFormerCommanderIsNoBackground) {
  Doc doc = test::ExtractAt("اغتال مسلحون قيادياً سابقاً في فصائل المعارضة في مدينة جاسم مساء الأحد.", 2025, 2, 18);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].status, "reported");
}

TEST_F(EventsTest, EmptyAndOddInputs) {
  for (const char* text : {"", "   ", "\"", "قتل", "killed", "\xD8\x8C\xD8\x8C\xD8\x8C", "بينهم 5 مدنيين"}) {
    Doc doc = test::Extract(text);
    for (const Event& e : doc.events) EXPECT_GE(e.trigger, 0);
  }
}


// After تم the verbal noun is passive whatever row matched (أسر is listed
// as a verb): the soldiers named after it were taken, they took no one.
TEST_F(EventsTest, PassiveCueMakesVerbRowPassive) {
  Doc doc = test::ExtractAt("هاجمت هيئة تحرير الشام مواقع في ريف حلب، وتم أسر عناصر من قوات النظام السوري.", 2024, 11, 28);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أسر");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "syr.saa");
}

// "الجنود الذين تم اختطافهم" describes the soldiers by the abduction the
// report told before: one event, not two.
TEST_F(EventsTest, RelativePassiveRefersBack) {
  Doc doc = test::ExtractAt(
      "أفادت أنباء غير مؤكدة بأن مسلحين مجهولين خطفوا ثلاثة عمال إغاثة من قافلة قرب مدينة الفاشر. وقالت منظمة إغاثية "
      "إن العمال الذين تم اختطافهم لم يتصلوا بذويهم منذ يومين.",
      2024, 5, 2);
  test::MaybeDump(doc);
  int abductions = 0;
  for (const Event& e : doc.events) abductions += e.acled_sub_event_type == "Abduction/forced disappearance";
  EXPECT_EQ(abductions, 1);
}

// خاطفيه is "his kidnappers", a noun for the people, no act of its own.
TEST_F(EventsTest, KidnapperNounIsNoEvent) {
  Doc doc = test::ExtractAt("وجه الرهينة نداء إلى خاطفيه عبر تسجيل مصور نشر اليوم.", 2024, 5, 2);
  test::MaybeDump(doc);
  EXPECT_TRUE(doc.events.empty());
}

// What a crowd rallies against or celebrates, named as given, is its topic:
// the protest is the event, not a shelling at the protest's place.
TEST_F(EventsTest, CrowdTopicIsNoEvent) {
  Doc en = test::ExtractAt("Hundreds of people protested in Lviv on Thursday against the shelling.", 2024, 5, 2);
  test::MaybeDump(en);
  ASSERT_EQ(en.events.size(), 1u);
  EXPECT_EQ(en.events[0].acled_event_type, "Protests");
  Doc ar = test::ExtractAt("تظاهر مئات الطلاب في مدينة إدلب احتجاجاً على القصف.", 2024, 5, 2);
  test::MaybeDump(ar);
  ASSERT_EQ(ar.events.size(), 1u);
  EXPECT_EQ(ar.events[0].acled_event_type, "Protests");
}

// A toll word's victim in the singular counts one (a child: a civilian).
TEST_F(EventsTest, SingularVictimCountsOne) {
  Doc doc = test::ExtractAt("قتل طفل في غارة جوية إسرائيلية على بلدة عيتا الشعب أمس.", 2024, 2, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities);
  EXPECT_EQ(doc.events[0].fatalities->best, 1);
  ASSERT_TRUE(doc.events[0].civilian_fatalities);
  EXPECT_EQ(doc.events[0].civilian_fatalities->best, 1);
}

// "سقوط شهيدين": the dead fall, no town does; the dual is the count.
TEST_F(EventsTest, FallOfTheDeadIsATollNotACapture) {
  Doc doc = test::ExtractAt("استهدفت مسيرة إسرائيلية سيارة قرب بلدة عيتا الشعب، ما أدى إلى سقوط شهيدين.", 2024, 2, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Explosions/Remote violence");
  ASSERT_TRUE(doc.events[0].fatalities);
  EXPECT_EQ(doc.events[0].fatalities->best, 2);
}

// A present-tense verb after a relative pronoun says what its noun holds or
// does: no event.
TEST_F(EventsTest, HabitInRelativeClauseIsNoEvent) {
  Doc doc = test::ExtractAt("قصفت المدفعية التركية بلدة تل رفعت التي تسيطر عليها قوات سوريا الديمقراطية منذ سنوات.",
                            2024, 2, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Shelling/artillery/missile attack");
}

// "Around 40 members of a militia, auxiliaries who fight alongside the army,
// were killed": the passive's count is its subject's, far from the verb.
TEST_F(EventsTest, EnglishPassiveTollCountsItsSubject) {
  Doc doc = test::ExtractAt(
      "Ouagadougou (AFP) - Around 40 members of a local militia, civilian auxiliaries who fight alongside the army, "
      "were killed on Sunday when jihadists ambushed their convoy near Djibo, security sources said.",
      2023, 11, 27);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities);
  EXPECT_EQ(doc.events[0].fatalities->best, 40);
}

// The figure after the wounded's word is theirs; the one dead is the
// singular noun after the toll word.
TEST_F(EventsTest, FigureAfterAnotherTollWordIsItsOwn) {
  Doc doc = test::ExtractAt("أطلق مسلحون مجهولون النار على سيارة في مدينة عدن مساء أمس، ما أدى إلى مقتل رجل وإصابة خمسة آخرين.",
                            2023, 6, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities);
  EXPECT_EQ(e.fatalities->best, 1);
  ASSERT_TRUE(e.injuries);
  EXPECT_EQ(e.injuries->best, 5);
}

// "ساحة التحرير" is a square's name: no capture of anything.
TEST_F(EventsTest, EventWordInsidePlaceNameIsNoTrigger) {
  Doc doc = test::ExtractAt("تجمع مئات المحتجين في ساحة التحرير وسط بغداد صباح اليوم.", 2023, 6, 2);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_EQ(e.acled_event_type, "Protests");
}

// اعتراض مسيّرة: الطرف الثاني صاحب السلاح، من صفته (مسيّرات أوكرانية) أو
// ممن أطلقه (أطلقتها)، لا صانعه.
TEST_F(EventsTest, InterceptedWeaponOwnerIsActor2) {
  Doc doc = test::ExtractAt("قالت وزارة الدفاع الروسية إن دفاعاتها الجوية أسقطت ثلاث طائرات مسيّرة أوكرانية فوق مدينة كورسك.",
                            2024, 8, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أسقطت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "ukr.mil");
  Doc launched = test::ExtractAt("أسقط الجيش اليمني طائرة مسيرة أطلقتها جماعة الحوثي باتجاه مدينة مأرب.", 2024, 8, 10);
  test::MaybeDump(launched);
  const Event* l = For(launched, "أسقط");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(test::ActorId(launched, l->actor2), "yem.houthis");
}

// An agreement is news when it is made or takes effect; named in passing
// (what a strike violated, what a party hopes for) it is a reference.
TEST_F(EventsTest, AnAgreementNamedInPassingIsNoEvent) {
  Doc passing = test::ExtractAt(
      "قصفت مدفعية الجيش قرية في ريف حماة أمس، في خرق جديد لاتفاق وقف إطلاق النار.", 2024, 5, 2);
  test::MaybeDump(passing);
  for (const Event& e : passing.events) EXPECT_NE(e.acled_sub_event_type, "Agreement");
  Doc made = test::ExtractAt("أعلن وجهاء المدينة أمس التوصل إلى اتفاق لوقف إطلاق النار بين الفصيلين.", 2024, 5, 2);
  test::MaybeDump(made);
  bool agreement = false;
  for (const Event& e : made.events) agreement |= e.acled_sub_event_type == "Agreement";
  EXPECT_TRUE(agreement);
  Doc en = test::ExtractAt(
      "Rebels shelled an army post near Gao on Monday. Many fighters felt the peace deal had failed them.", 2024, 5, 2);
  test::MaybeDump(en);
  for (const Event& e : en.events) EXPECT_NE(e.acled_sub_event_type, "Agreement");
  Doc signed_deal = test::ExtractAt("The two militias signed a peace deal in Gao on Monday.", 2024, 5, 2);
  bool en_agreement = false;
  for (const Event& e : signed_deal.events) en_agreement |= e.acled_sub_event_type == "Agreement";
  EXPECT_TRUE(en_agreement);
}


// ACLED codes to a town: an event told only of a whole country is a
// campaign or a summary, not an event to code.
TEST_F(EventsTest, AnEventPlacedOnlyInACountryIsNotCoded) {
  Doc country = test::ExtractAt("Warplanes carried out air strikes in Yemen on Friday.", 2024, 5, 4);
  test::MaybeDump(country);
  EXPECT_EQ(For(country, "air strikes"), nullptr);
  Doc town = test::ExtractAt("Warplanes carried out air strikes on Hodeidah, Yemen, on Friday.", 2024, 5, 4);
  test::MaybeDump(town);
  EXPECT_NE(For(town, "air strikes"), nullptr);
  Doc ar = test::ExtractAt("شنت طائرات حربية غارات جوية على أفغانستان أمس.", 2024, 5, 4);
  test::MaybeDump(ar);
  EXPECT_EQ(For(ar, "غارات جوية"), nullptr);
}

// "ما أدى إلى مقتله": the toll word's own singular pronoun is one dead;
// "مقتلهم" names no count.
TEST_F(EventsTest, TollWordsSingularPronounCountsOne) {
  Doc one = test::ExtractAt("اغتال مسلحون مجهولون مختار قرية في ريف درعا مساء أمس، ما أدى إلى مقتله على الفور.", 2021, 10, 13);
  test::MaybeDump(one);
  ASSERT_EQ(one.events.size(), 1u);
  ASSERT_TRUE(one.events[0].fatalities);
  EXPECT_EQ(one.events[0].fatalities->best, 1);
  Doc many = test::ExtractAt("هاجم مسلحون مجهولون حاجزاً في ريف درعا مساء أمس، ما أدى إلى مقتلهم.", 2021, 10, 13);
  test::MaybeDump(many);
  for (const Event& e : many.events) EXPECT_FALSE(e.fatalities);
}

// A blast on the road between two towns is one event, at the road's
// better-known end (the province seat), not one in each town.
TEST_F(EventsTest, EventOnARoadIsOneEvent) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة بسيارة عسكرية على طريق الحسكة – القامشلي صباح اليوم.", 2023, 9, 1);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Al Hasakah");
}

// عبوة تصيب عناصر قوة مسماة: القوة هي الطرف الثاني.
TEST_F(EventsTest, ForceHitByBombIsActor2) {
  Doc doc = test::ExtractAt("أصيب ثلاثة عناصر من الحشد الشعبي بانفجار عبوة ناسفة استهدفت عجلتهم قرب بيجي.", 2023, 3, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "انفجار");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "irq.pmf");
}

// تفريق محتجين بيد فصيل مسلح لا قوة دولة: المحتجون الطرف الأول والفصيل الثاني.
TEST_F(EventsTest, GroupDispersingProtestIsActor2) {
  Doc doc = test::ExtractAt("أطلق عناصر من هيئة تحرير الشام النار في الهواء لتفريق عشرات المحتجين وسط مدينة إدلب.", 2023, 6, 1);
  test::MaybeDump(doc);
  const Event* e = For(doc, "تفريق");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Protest with intervention");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.protesters");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "syr.hts");
}

// تسليم السلاح ليس تسليم أرض: لا حدث نقل سيطرة.
TEST_F(EventsTest, HandingOverWeaponsIsNoTransferOfTerritory) {
  Doc doc = test::ExtractAt("وافقت الفصائل في بلدة جاسم على تسليم كميات من السلاح المتوسط للجيش.", 2022, 3, 1);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory");
}

// مسيّرة تابعة لقوة ما بعد الفعل فاعلُه: مالكها هو الطرف الأول لا الهدف.
TEST_F(EventsTest, OwnerOfTheStrikingDroneIsActor1) {
  Doc doc = test::ExtractAt(
      "نفت قوات سوريا الديمقراطية وجود مقاتليها في المنطقة. استهدفت طائرة مسيرة تابعة للقوات التركية دراجة نارية قرب بلدة تل تمر.",
      2023, 5, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استهدفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "tur.mil");
  EXPECT_NE(test::ActorId(doc, e->actor2), "tur.mil");
}

// الإعلام اللبناني الرسمي يسمي الجيش الإسرائيلي «العدو»: مسيّرة معادية.
TEST_F(EventsTest, LebaneseHostileDroneIsIsraeli) {
  Doc doc = test::ExtractAt("شنت مسيرة معادية غارة على أطراف بلدة كفركلا في جنوب لبنان.", 2024, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "غارة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isr.idf");
}

// «قوات الأمن» في بلد لا جهاز فيه بهذا الاسم هي شرطته (ACLED).
TEST_F(EventsTest, SecurityForcesAreTheCountrysPolice) {
  Doc doc = test::ExtractAt("اعتقلت قوات الأمن ثلاثة شبان في مدينة عدن أمس.", 2022, 9, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "yem.police");
}

// The weapon or bomber as the subject of a verb of hitting is one event, of
// the weapon's kind: a roadside bomb that struck a convoy is no air strike.
TEST_F(EventsTest, AWeaponThatStrikesIsOneEventOfItsKind) {
  Doc en = test::ExtractAt("A roadside bomb struck an army convoy near Kirkuk on Sunday, wounding two soldiers.", 2024, 5, 6);
  test::MaybeDump(en);
  size_t remote = 0;
  for (const Event& e : en.events) remote += e.acled_event_type == "Explosions/Remote violence";
  EXPECT_EQ(remote, 1u);
  const Event* bomb = For(en, "roadside bomb");
  ASSERT_NE(bomb, nullptr);
  EXPECT_EQ(bomb->acled_sub_event_type, "Remote explosive/landmine/IED");
  Doc ar = test::ExtractAt("قالت مصادر محلية إن طائرة مسيرة تابعة للجيش قصفت أمس سيارة قرب مدينة الرقة.", 2024, 5, 6);
  test::MaybeDump(ar);
  size_t strikes = 0;
  for (const Event& e : ar.events) strikes += e.acled_event_type == "Explosions/Remote violence";
  EXPECT_EQ(strikes, 1u);
}

// What observers fear or a situation portends is a possibility, no event.
TEST_F(EventsTest, WhatIsFearedIsNoEvent) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات بين فصيلين مسلحين في مدينة جرابلس أمس. ويخشى سكان أن تتجدد المواجهات في مدينة منبج خلال الأيام "
      "المقبلة.",
      2024, 5, 6);
  test::MaybeDump(doc);
  size_t battles = 0;
  for (const Event& e : doc.events) battles += e.acled_event_type == "Battles";
  EXPECT_EQ(battles, 1u);
}

// "The capital" with no name after it is the capital of the report's
// country, when the report names it; the events after it that name no town
// are there too.
TEST_F(EventsTest, TheCapitalIsTheCapitalTheReportNames) {
  Doc doc = test::ExtractAt(
      "صنعاء - شنت طائرات حربية غارات على مدينة الحديدة أمس. وفي العاصمة، انفجرت عبوة ناسفة قرب مبنى حكومي صباح اليوم. "
      "وفي حادث منفصل، ألقيت قنبلة يدوية على مطعم في سوق شعبي.",
      2024, 5, 6);
  test::MaybeDump(doc);
  const Event* ied = For(doc, "انفجرت");
  ASSERT_NE(ied, nullptr);
  EXPECT_EQ(PlaceName(doc, *ied), "Sanaa");
  const Event* grenade = For(doc, "قنبلة يدوية");
  ASSERT_NE(grenade, nullptr);
  EXPECT_EQ(PlaceName(doc, *grenade), "Sanaa");
}

// A country named nearer the event word gives way to a town of that
// country in the sentence.
TEST_F(EventsTest, ATownOfTheCountryInTheSentenceBeatsTheCountry) {
  Doc doc = test::ExtractAt("سلمت القوات الأممية العاملة في مالي، يوم الأحد، قاعدتها في بلدة أنفيس إلى الجيش.", 2024, 5, 6);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(PlaceName(doc, doc.events[0]), "Anefis");
}

// The date set for an act is a schedule, not the act.
TEST_F(EventsTest, TheDateSetForAWithdrawalIsNoWithdrawal) {
  Doc doc = test::ExtractAt("تصاعد التوتر في مدينة كيدال مع اقتراب موعد انسحاب القوات الأجنبية من المنطقة.", 2024, 5, 6);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory");
}

// Event words that are part of a name (a square, "teams" of the civil
// defence, a gang named by its crimes) or the terms an agreement provides
// for are no events.
TEST_F(EventsTest, NamesAndTermsAreNoEvents) {
  Doc square = test::ExtractAt("تجمع مئات المحتجين أمس في ساحة التحرير وسط مدينة البصرة.", 2024, 5, 6);
  test::MaybeDump(square);
  for (const Event& e : square.events) EXPECT_EQ(e.acled_sub_event_type, "Peaceful protest");
  Doc teams = test::ExtractAt("انتشلت فرق الدفاع المدني أمس جثث ثلاثة أشخاص من تحت الأنقاض في مدينة جبلة.", 2024, 5, 6);
  test::MaybeDump(teams);
  for (const Event& e : teams.events) EXPECT_NE(e.acled_event_type, "Protests");
  Doc terms = test::ExtractAt(
      "أعلن وجهاء مدينة الزاوية أمس التوصل إلى اتفاق يقضي بانسحاب المسلحين من الأحياء ونشر قوات محايدة فيها.", 2024, 5, 6);
  test::MaybeDump(terms);
  for (const Event& e : terms.events) EXPECT_EQ(e.acled_sub_event_type, "Agreement");
}

// Damage a strike led to is part of the strike.
TEST_F(EventsTest, DamageAStrikeLedToIsPartOfTheStrike) {
  Doc doc = test::ExtractAt("شنت طائرات حربية أمس غارة على مزرعة قرب مدينة معرة النعمان، ما أسفر عن تدمير مستودع.", 2024, 5, 6);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Looting/property destruction");
  EXPECT_NE(For(doc, "غارة"), nullptr);
}

// A mass grave found is news ACLED codes (Strategic developments, Other).
TEST_F(EventsTest, AMassGraveFoundIsAnEvent) {
  Doc ar = test::ExtractAt("عثر سكان أمس على مقبرة جماعية قرب مدينة تدمر تضم رفات عشرات الأشخاص.", 2024, 5, 6);
  test::MaybeDump(ar);
  const Event* e = For(ar, "مقبرة جماعية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");
  Doc en = test::ExtractAt("Villagers found a mass grave near Gao on Tuesday, officials said.", 2024, 5, 6);
  test::MaybeDump(en);
  EXPECT_NE(For(en, "mass grave"), nullptr);
}

TEST_F(EventsTest, RainingBlowsIsAnAttack) {
  Doc doc = test::ExtractAt("تجمع عشرات الشبان عند مدخل مدينة السويداء أمس وانهالوا بالضرب على سائق شاحنة.", 2024, 5, 6);
  test::MaybeDump(doc);
  bool attack = false;
  for (const Event& e : doc.events) attack |= e.acled_event_type == "Violence against civilians" || e.acled_event_type == "Riots";
  EXPECT_TRUE(attack);
}

// أمس الأول is the day before yesterday, not a blocked "yesterday".
TEST_F(EventsTest, TheDayBeforeYesterday) {
  Doc doc = test::ExtractAt("قتل شخصان مساء أمس الأول في قصف مدفعي على مدينة حلب.", 2024, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصف");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2024-04-30");
}

// A count of ten or more acts since a day is a tally, not one event.
TEST_F(EventsTest, ATallySinceADayIsNoEvent) {
  Doc doc = test::ExtractAt("وثق مرصد محلي أكثر من 200 غارة جوية على ريف حماة منذ مطلع الشهر الجاري.", 2024, 5, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "غارة جوية"), nullptr);
  Doc one = test::ExtractAt("شنت طائرات حربية 12 غارة جوية على ريف حماة أمس.", 2024, 5, 20);
  test::MaybeDump(one);
  EXPECT_NE(For(one, "غارة جوية"), nullptr);
}

// A count of ten or more generic acts told over a span of days (a week, a
// range), with no day of its own, is a tally too; on a day it is one event.
TEST_F(EventsTest, ATallyOverAWeekIsNoEvent) {
  Doc doc = test::ExtractAt("Monitors counted 23 attacks on army posts in Kidal province this week.", 2024, 5, 23);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "attacks"), nullptr);
  Doc day = test::ExtractAt("Militants carried out 12 attacks on army posts in Kidal province on Tuesday.", 2024, 5, 23);
  test::MaybeDump(day);
  EXPECT_NE(For(day, "attacks"), nullptr);
}

// A force's denial that it fired on a crowd, after the report told it did,
// disputes that event whatever kind its own words give it.
TEST_F(EventsTest, ADenialOfForceOnACrowdDisputesTheToldEvent) {
  Doc doc = test::ExtractAt(
      "أطلقت قوات الأمن الرصاص الحي على متظاهرين في مدينة المكلا أمس، ما أدى إلى مقتل شاب. ونفت قوات الأمن أن تكون "
      "عناصرها قد أطلقت النار على المحتجين.",
      2024, 5, 20);
  test::MaybeDump(doc);
  size_t negated = 0;
  for (const Event& e : doc.events) negated += e.status == "negated";
  EXPECT_EQ(negated, 0u);
}

// Goods taken or received are no territory changing hands.
TEST_F(EventsTest, GoodsTakenAreNoTerritory) {
  Doc seized = test::ExtractAt("استولى مسلحون على الأثاث والحواسيب في مبنى البلدية بمدينة الميادين أمس.", 2024, 5, 20);
  test::MaybeDump(seized);
  for (const Event& e : seized.events) EXPECT_NE(e.acled_event_type, "Battles");
  Doc received = test::ExtractAt("اصطف مئات النازحين لاستلام الطعام في مخيم قرب مدينة خان يونس أمس.", 2024, 5, 20);
  test::MaybeDump(received);
  for (const Event& e : received.events) EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory");
}

// Two toll words of one sentence on one fight count two groups of dead:
// the attackers, then the defenders.
TEST_F(EventsTest, TwoTollsOfOneFightAddUp) {
  Doc doc = test::ExtractAt(
      "دارت اشتباكات عنيفة في بلدة الميادين صباح أمس الأحد قُتل خلالها ٥ من المسلحين، فيما قُتل ثلاثة من عناصر الشرطة.",
      2022, 5, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best.value_or(-1), 8);
}

// "مقتل جنديين ومدني": a victim joined by و after the count is counted with it.
TEST_F(EventsTest, CoordinatedVictimAfterADualAddsUp) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة بدورية في مدينة درعا مساء أمس، ما أدى إلى مقتل جنديين ومدني وإصابة أربعة آخرين.",
                            2021, 7, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.fatalities) e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fatalities->best.value_or(-1), 3);
  ASSERT_TRUE(e->injuries.has_value());
  EXPECT_EQ(e->injuries->best.value_or(-1), 4);
}

// "دون أن تسفر عن إصابات": without (دون أن) a result verb, the event told
// just before has a toll of zero.
TEST_F(EventsTest, WithoutAnyResultIsAZeroToll) {
  Doc doc = test::ExtractAt("سقطت قذيفة هاون على سوق في مدينة الرمادي صباح اليوم دون أن تسفر عن إصابات.", 2023, 2, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best.value_or(-1), 0);
}

// "ما بين خمسة وتسعة": a range gives the low and high of the toll, no best.
TEST_F(EventsTest, RangeOfDeadIsLowAndHigh) {
  Doc doc = test::ExtractAt("شنت طائرات حربية غارة على قرية في ريف إدلب أمس، ما أسفر عن مقتل ما بين خمسة وتسعة أشخاص.",
                            2020, 2, 11);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  EXPECT_EQ(test::Figures(e.fatalities), "5/-/9");
}

// A party's statement on a fight its own forces were in (قواتنا) is its
// claim, whoever the attackers were.
TEST_F(EventsTest, StatementOnAFightOfOurForcesIsAClaim) {
  Doc doc = test::ExtractAt(
      "date 2023-06-12\nالمركز الإعلامي لقوات سوريا الديمقراطية – بيان\nصدت قواتنا مساء أمس هجوماً شنه مسلحون من "
      "العشائر على بلدة الشدادي، ودارت اشتباكات عنيفة قتل خلالها أربعة من المهاجمين.",
      2023, 6, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].acled_event_type, "Battles");
  EXPECT_EQ(doc.events[0].status, "claimed");
}

// Unnamed local officials are an anonymous source, not the armed party
// whose deed they tell: the deed is reported.
TEST_F(EventsTest, UnnamedOfficialsReportAPartysDeed) {
  Doc doc = test::ExtractAt(
      "أقامت قوات الحشد الشعبي نقطة عسكرية جديدة قرب بلدة تلعفر أمس، بحسب ما أفاد مسؤولون محليون، في خطوة قالوا "
      "إنها استفزازية.",
      2022, 9, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].status, "reported");
  EXPECT_EQ(doc.events[0].attribution_kind, "anonymous_source");
}

// "مقتل زعيمه": a leader named with his group's pronoun is one dead.
TEST_F(EventsTest, LeaderWithPronounIsOneVictim) {
  Doc doc = test::ExtractAt("استهدفت غارة جوية سيارة تقل قادة من الفصيل قرب مدينة الباب أمس، ما أدى إلى مقتل زعيمه.",
                            2023, 6, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 1);
}

// "قتل مزارع وزوجته وابنه": victims joined by و to a first one are counted
// once, whether the segmenter splits their و off (وابنه) or keeps the word
// whole (وزوجته).
TEST_F(EventsTest, KinJoinedToAVictimAreCountedOnce) {
  auto dead = [](const std::string& text) {
    Doc doc = test::ExtractAt(text, 2025, 2, 10);
    test::MaybeDump(doc);
    return doc.events.empty() || !doc.events[0].fatalities ? -1.0 : doc.events[0].fatalities->best.value_or(-1);
  };
  EXPECT_EQ(dead("قُتل مزارع وزوجته وابنه في قصف مدفعي استهدف قرية قرب إدلب أمس."), 3);
  EXPECT_EQ(dead("قُتل سائق وابنه في قصف مدفعي استهدف قرية قرب إدلب أمس."), 2);
  EXPECT_EQ(dead("قُتل معلم وزوجته وابنته وابنه في غارة جوية على بلدة قرب حماة أمس."), 4);
  // Parents and grandchildren are kin nouns like the others.
  EXPECT_EQ(dead("قُتل راعٍ ووالده وحفيده بانفجار لغم أرضي قرب درعا أمس."), 3);
  EXPECT_EQ(dead("قُتلت طالبة ووالدتها وأختها في قصف على حي سكني في حمص أمس."), 3);
  // A count joined after them adds to all the victims named before it.
  EXPECT_EQ(dead("قُتل تاجر وابنه وشقيقه ومدنيان اثنان في غارة جوية على بلدة قرب حماة أمس."), 5);
  EXPECT_EQ(dead("قُتل صياد وشقيقه وثلاثة من أقاربهما في قصف بحري قرب الساحل أمس."), 5);
  EXPECT_EQ(dead("قُتل ضابط وثلاثة من مرافقيه في كمين قرب درعا أمس."), 4);
}

// "تحدثت معلومات غير مؤكدة عن غارة": unconfirmed, whoever tells it, is a hedge.
TEST_F(EventsTest, UnconfirmedInformationIsHedged) {
  Doc doc = test::ExtractAt("وتحدثت معلومات غير مؤكدة عن غارة جوية استهدفت أطراف بلدة الخيام مساء أمس.", 2024, 3, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].status, "hedged");
}

// أعلنت «…»: a group's name set in quotation marks after a speech verb is
// the speaker, not a quote; its own capture is its claim.
TEST_F(EventsTest, QuotedNameAfterASpeechVerbIsTheSpeaker) {
  Doc doc = test::ExtractAt("أعلنت «هيئة تحرير الشام» مساء أمس سيطرتها الكاملة على مدينة سراقب.", 2024, 12, 1);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].status, "claimed");
  EXPECT_EQ(doc.events[0].attribution_kind, "participant");
}

// Repelling an attack is the answer to it: a party that says it repelled
// the attack tells the clash reported before, not a second battle.
TEST_F(EventsTest, RepellingAnAttackIsTheClashToldBefore) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات عنيفة بين الجيش ومسلحين محليين قرب بلدة الصنمين مساء أمس. وقال المسلحون في بيان إن "
      "مقاتليهم «صدوا الهجوم وأوقعوا عشرة قتلى في صفوف الجيش».",
      2024, 5, 20);
  test::MaybeDump(doc);
  size_t battles = 0;
  for (const Event& e : doc.events) battles += e.acled_event_type == "Battles";
  EXPECT_EQ(battles, 1u);
}

// People who flee their homes give up no territory; fighters who flee do.
TEST_F(EventsTest, CiviliansWhoFleeGiveUpNoTerritory) {
  Doc people = test::ExtractAt("نزح مئات الأهالي وفروا من قراهم في ريف حلب الجنوبي أمس.", 2024, 5, 20);
  test::MaybeDump(people);
  for (const Event& e : people.events) EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory");
  Doc fighters = test::ExtractAt("فر عناصر تنظيم داعش من بلدة الباغوز أمس.", 2024, 5, 20);
  test::MaybeDump(fighters);
  EXPECT_NE(For(fighters, "فر"), nullptr);
}

// Arrests made while breaking up a gathering are how the force intervened
// in the protest: one event, not a protest and an arrest.
TEST_F(EventsTest, ArrestsAtADispersalArePartOfTheProtest) {
  Doc doc = test::ExtractAt(
      "فرقت الشرطة بالغاز المسيل للدموع وقفة احتجاجية لعمال النظافة أمام مبنى البلدية في مدينة صيدا أمس، واعتقلت "
      "خمسة منهم.",
      2024, 5, 20);
  test::MaybeDump(doc);
  size_t protests = 0, arrests = 0;
  for (const Event& e : doc.events) {
    protests += e.acled_event_type == "Protests";
    arrests += e.acled_sub_event_type == "Arrests";
  }
  EXPECT_EQ(protests, 1u);
  EXPECT_EQ(arrests, 0u);
  // Arrests with no crowd in their sentence stay arrests.
  Doc raid = test::ExtractAt("اعتقلت الشرطة خمسة مطلوبين في مدينة صيدا أمس.", 2024, 5, 20);
  test::MaybeDump(raid);
  EXPECT_NE(For(raid, "اعتقلت"), nullptr);
}

// An act named after منذ is the point the news is counted from, not an
// event told by the report.
TEST_F(EventsTest, TheActAfterSinceIsAPointInTime) {
  Doc doc = test::ExtractAt(
      "عاد الهدوء الحذر إلى أحياء مدينة جرمانا أمس، ولم يغادر السكان منازلهم منذ تجدد الاشتباكات في الشهر الماضي.",
      2024, 5, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "الاشتباكات"), nullptr);
}

// What one side accuses the other of is the content of an accusation
// (PLOVER only), not an act the report tells.
TEST_F(EventsTest, WhatASideIsAccusedOfIsNoEventTold) {
  Doc doc = test::ExtractAt("تبادل الطرفان الاتهامات أمس، إذ اتهمت الحكومة المتمردين بقصف أحياء سكنية في مدينة كادقلي.",
                            2024, 5, 20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_EQ(e.acled_event_type, "none");
  EXPECT_FALSE(doc.events.empty());  // the accusation itself stays, PLOVER only
}

// The act a group claims is the one told before: one event, with the
// claimant as its actor and the group's own toll as its high bound.
TEST_F(EventsTest, TheClaimedActIsTheOneToldBefore) {
  Doc doc = test::ExtractAt(
      "فجر انتحاري نفسه عند حاجز للشرطة في مدينة بيدوا أمس، ما أسفر عن مقتل ثلاثة شرطيين. وأعلنت حركة الشباب "
      "مسؤوليتها عن التفجير، زاعمة أنه أوقع عشرة قتلى.",
      2024, 5, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_sub_event_type, "Suicide bomb");
  EXPECT_EQ(test::ActorId(doc, e.actor1), "som.shabaab");
  ASSERT_TRUE(e.fatalities);
  EXPECT_EQ(e.fatalities->low, 3);
  EXPECT_EQ(e.fatalities->high, 10);
}

// Live fire is force against protesters only in a report of a crowd; fired
// at homes and residents it is an attack on civilians.
TEST_F(EventsTest, LiveFireWithNoCrowdIsAnAttack) {
  Doc homes = test::ExtractAt(
      "أطلق مستوطنون الرصاص الحي على منازل في قرية المغير شرق رام الله أمس، ما أدى إلى إصابة ثلاثة مواطنين.", 2024, 5, 20);
  test::MaybeDump(homes);
  ASSERT_EQ(homes.events.size(), 1u);
  EXPECT_EQ(homes.events[0].acled_sub_event_type, "Attack");
  Doc crowd = test::ExtractAt("أطلقت الشرطة الرصاص الحي على المتظاهرين في مدينة البصرة أمس، ما أدى إلى إصابة ثلاثة منهم.",
                              2024, 5, 20);
  test::MaybeDump(crowd);
  ASSERT_EQ(crowd.events.size(), 1u);
  EXPECT_EQ(crowd.events[0].acled_sub_event_type, "Excessive force against protesters");
}

// A militia of a community attacking a village, with no armed party named
// to fight it, attacks the villagers: violence against civilians, no battle.
TEST_F(EventsTest, AMilitiaAttackingAVillageAttacksCivilians) {
  Doc doc = test::ExtractAt("هاجم عشرات المستوطنين قرية المغير شرق رام الله مساء أمس، وفق ما أفاد سكان.", 2024, 5, 20);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
  Doc fight = test::ExtractAt("هاجم مستوطنون قرية المغير أمس واشتبكوا مع قوة من الجيش الإسرائيلي.", 2024, 5, 20);
  test::MaybeDump(fight);
  for (const Event& e : fight.events) EXPECT_NE(e.acled_event_type, "Violence against civilians");
}

// ACLED: whom a bomb or shell kills or wounds, when the report names no
// fighters among them, are civilians; a strike that hurt no one named has
// no victim guessed.
TEST_F(EventsTest, UnnamedDeadOfAStrikeAreCivilians) {
  Doc doc = test::ExtractAt("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب أمس، ما أدى إلى مقتل خمسة أشخاص.", 2024, 5, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
  Doc none = test::ExtractAt("قصفت طائرات حربية أطراف بلدة كفرنبل في ريف إدلب أمس.", 2024, 5, 20);
  test::MaybeDump(none);
  const Event* quiet = For(none, "قصفت");
  ASSERT_NE(quiet, nullptr);
  EXPECT_EQ(test::ActorId(none, quiet->actor2), "");
}

// Looting or burning of homes and shops falls on civilians (ACLED's actor 2).
TEST_F(EventsTest, LootedShopsAndHomesBelongToCivilians) {
  Doc doc = test::ExtractAt("نهب مسلحون مجهولون المحال التجارية في سوق مدينة الفاشر مساء الأحد.", 2024, 5, 20);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_sub_event_type == "Looting/property destruction") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
}

// Parties told together make the agreement together: the first is actor 1,
// the one coordinated with it actor 2, in either language.
TEST_F(EventsTest, CoordinatedPartiesOfAnAgreement) {
  Doc doc = test::ExtractAt("وقع الجيش السوداني وقوات الدعم السريع اتفاقا لوقف إطلاق النار في مدينة جدة أمس.", 2024, 5, 20);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_sub_event_type == "Agreement") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.saf");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "sdn.rsf");
  Doc en = test::ExtractAt("date 2024-05-20\nThe Sudanese army and the Rapid Support Forces signed a truce in Jeddah on Sunday.",
                           2024, 5, 20);
  test::MaybeDump(en);
  const Event* f = nullptr;
  for (const Event& x : en.events)
    if (x.acled_sub_event_type == "Agreement") f = &x;
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(test::ActorId(en, f->actor1), "sdn.saf");
  EXPECT_EQ(test::ActorId(en, f->actor2), "sdn.rsf");
}

// A strike noun with no doer before it is done by the nationality of the
// aircraft its phrase names; a maker's adjective (…الصنع) names no doer,
// nor does an adjective of another noun of the phrase.
TEST_F(EventsTest, NationalityOfTheAircraftNamesTheStrikesDoer) {
  Doc doc = test::ExtractAt("قتل أربعة مدنيين في غارات شنتها طائرات حربية روسية على بلدة سرجة في ريف إدلب أمس.", 2024, 5, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "غارات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "rus.mil");
  Doc other = test::ExtractAt("خرج آلاف في مسيرة بمدينة الحديدة أمس دعما لمواجهة التصعيد الأمريكي.", 2024, 5, 20);
  test::MaybeDump(other);
  for (const Event& x : other.events) EXPECT_NE(x.acled_event_type, "Battles");
}

// A ruling junta's forces are the country's military (ACLED), coded by where
// the event happens.
TEST_F(EventsTest, AJuntaIsTheCountrysMilitary) {
  Doc doc = test::ExtractAt(
      "date 2024-05-20\nYANGON, May 20 (Wire) - A junta air strike hit a village near Sittwe on Sunday, killing six "
      "villagers, residents said.",
      2024, 5, 20);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("air strike"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.army");  // the words kept as evidence
  EXPECT_EQ(e->actor1.identity.id, "mmr.mil");
}

// "No clashes were recorded since the truce": a denial of fighting is coded
// with the camps of the fighting told before it (whose clashes stopped).
TEST_F(EventsTest, DeniedFightingKeepsTheCampsOfTheFighting) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات عنيفة بين قوات الدعم السريع والجيش السوداني في مدينة الفاشر يوم الاثنين. ولم تسجل أي اشتباكات "
      "في المدينة منذ صباح الأربعاء، بحسب سكان.",
      2024, 5, 23);
  test::MaybeDump(doc);
  const Event* denied = nullptr;
  for (const Event& e : doc.events)
    if (e.status == "negated" && e.acled_event_type == "Battles") denied = &e;
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(test::ActorId(doc, denied->actor1), "sdn.rsf");
  EXPECT_EQ(test::ActorId(doc, denied->actor2), "sdn.saf");
}

// Whoever marches is Protesters (ACLED), their words kept as evidence, and
// the people the police take after the march are that crowd.
TEST_F(EventsTest, ResidentsWhoMarchAreProtesters) {
  Doc doc = test::ExtractAt(
      "تظاهر مئات من أهالي مدينة الناصرية أمس أمام مبنى المحافظة مطالبين بفرص عمل. واعتقلت الشرطة 14 شخصاً من "
      "المشاركين قرب المبنى.",
      2024, 5, 20);
  test::MaybeDump(doc);
  const Event* march = For(doc, "تظاهر");
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(march->actor1.identity.id, "gen.protesters");
  ASSERT_GE(march->actor1.actor, 0);  // the residents' own words
  const Event* arrest = For(doc, "اعتقلت");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(test::ActorId(doc, arrest->actor2), "gen.protesters");
}

// The aircraft named as the subject of a support verb (شنت، نفذت) carry
// out the strikes its object names: their nationality is the doer.
TEST_F(EventsTest, AircraftOfTheSupportVerbStrike) {
  Doc doc = test::ExtractAt("شنت طائرات حربية أمريكية فجر اليوم سلسلة غارات على مواقع في مدينة الحديدة.", 2024, 5, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "غارات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "usa.mil");
}

// "Gunmen from X" are X's men, even where a bare "gunmen" stays unidentified.
TEST_F(EventsTest, GunmenFromANamedGroupAreThatGroup) {
  Doc doc = test::ExtractAt(
      "سيطرت حركة الشباب على بلدة في إقليم باي الأسبوع الماضي. واختطف مسلحون من حركة الشباب ثلاثة معلمين قرب مدينة بيدوا أمس.",
      2025, 1, 13);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اختطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
}

// Men wearing a named group's uniform are that group's men (ACLED codes the
// group whose uniform is worn), whatever else the report names.
TEST_F(EventsTest, GunmenInAGroupsUniformAreThatGroup) {
  Doc doc = test::ExtractAt(
      "قال الجيش السوداني إن قواته صدت هجوماً قرب الأبيض. ونهب مسلحون يرتدون زي قوات الدعم السريع سوقاً في بلدة "
      "أم روابة مساء الأحد.",
      2024, 9, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "نهب");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
}

// The partitive holds in a report whose main actor is a state force: the
// army fought "gunmen from" a named group, that group is its actor 2.
TEST_F(EventsTest, GunmenFromAGroupFoughtByTheArmyAreThatGroup) {
  Doc doc = test::ExtractAt(
      "قال الجيش الباكستاني إن جنوده اشتبكوا مع مسلحين من حركة طالبان باكستان في منطقة بنو يوم السبت.", 2025, 3, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتبكوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "pak.ttp");
}

// A crowd of angry townspeople that goes as far as beating a man (أقدم
// ... على ضرب) is a mob (ACLED: Riots, mob violence), its doers rioters.
TEST_F(EventsTest, AngryTownspeopleBeatingAManAreAMob) {
  Doc doc = test::ExtractAt(
      "أقدم مواطنون غاضبون صباح أمس على ضرب رجل اتهموه بالتجسس حتى الموت في سوق الخضار بمدينة حمص.", 2024, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أقدم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Mob violence");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.rioters");
}

// تعرض للضرب على أيدي X: the beaten are the subject, X the beaters; bands
// of young men who beat people are a mob.
TEST_F(EventsTest, BeatenAtTheHandsOfBandsOfYoungMen) {
  Doc doc = test::ExtractAt("تعرض عدد من الباعة المتجولين للضرب على أيدي مجموعات من الشبان في مدينة طرابلس مساء أمس.",
                            2024, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "تعرض");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Mob violence");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.rioters");
}

// Soldiers who guard the settlers (تحت حماية) fight no one: the settlers'
// raid on a village is still an attack on civilians, not a battle.
TEST_F(EventsTest, SettlersUnderArmyGuardAttackCivilians) {
  Doc doc = test::ExtractAt(
      "هاجم مستوطنون تحت حماية جنود الجيش الإسرائيلي قرية المغير قرب رام الله أمس وأحرقوا منزلين.", 2024, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

// Protesters who fall back before tear gas (تراجع المحتجون) hand over no
// territory: only armed forces withdraw in ACLED's sense.
TEST_F(EventsTest, ProtestersFallingBackGiveUpNoGround) {
  Doc doc = test::ExtractAt(
      "أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في مدينة البصرة أمس، وتراجع المحتجون نحو الشوارع الجانبية.",
      2024, 6, 2);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory");
}

// Backers described at length before their name (بمساندة مقاتلي العشائر
// المعروفين بـ"X") are still backers: the army is the one that retook
// the town, and the battle its withdrawing enemy lost is that retaking.
TEST_F(EventsTest, LongBackingPhraseAndTheBattleOfARetaking) {
  Doc doc = test::ExtractAt(
      "قال مسؤول عسكري إن قوات الجيش الصومالي، بمساندة مقاتلي العشائر المحلية المعروفين بـ\"معاويسلي\"، استعادت "
      "السيطرة على بلدة جوهر أمس بعد انسحاب مقاتلي حركة الشباب منها إثر معارك عنيفة.",
      2024, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استعادت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Government regains territory");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.sna");
  for (const Event& o : doc.events) EXPECT_NE(o.acled_sub_event_type, "Armed clash");
}

// A town entered after the other side pulled out of it, with no fighting
// told, changes hands without violence; told with fighting, it is taken.
TEST_F(EventsTest, EntryAfterAWithdrawalWithoutFightingIsNonViolent) {
  Doc quiet = test::ExtractAt("دخلت قوات الجيش الصومالي أمس بلدة بلعد بعد انسحاب مقاتلي حركة الشباب منها.", 2024, 6, 2);
  test::MaybeDump(quiet);
  const Event* e = For(quiet, "دخلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-violent transfer of territory");
  Doc fought = test::ExtractAt(
      "دخلت قوات الجيش الصومالي أمس بلدة بلعد بعد انسحاب مقاتلي حركة الشباب منها إثر اشتباكات عنيفة.", 2024, 6, 2);
  test::MaybeDump(fought);
  const Event* f = For(fought, "دخلت");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->acled_sub_event_type, "Government regains territory");
}

// What a party threatens to answer (الرد على أي تقدم، "any advance") is
// an act that may come, not one told.
TEST_F(EventsTest, AnyAdvanceIsNoAdvance) {
  Doc doc = test::ExtractAt("وتوعدت الجماعة في بيان أمس بالرد الحاسم على أي تقدم للقوات الحكومية في جبهات مدينة مأرب.",
                            2024, 6, 2);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Battles");
}

// Gunmen storming homes and shops in a wave of looting told in the same
// sentence are doing the looting: one event, no battle.
TEST_F(EventsTest, StormingHomesInAWaveOfLootingIsTheLooting) {
  Doc doc = test::ExtractAt(
      "تحدث سكان في مدينة نيالا عن عمليات نهب واسعة أمس، إذ اقتحم عناصر من قوات الدعم السريع بملابس مدنية منازل "
      "ومحال تجارية في حي السوق.",
      2024, 6, 2);
  test::MaybeDump(doc);
  ASSERT_NE(For(doc, "نهب"), nullptr);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Armed clash");
}

// ACLED codes a road blocked with barricades or burning tyres as a violent
// demonstration (Riots), not a peaceful protest.
TEST_F(EventsTest, RoadsBlockedWithBurningTyresAreAViolentDemonstration) {
  Doc doc = test::ExtractAt(
      "أشعل شبان غاضبون الإطارات وقطعوا الطرقات المؤدية إلى وسط مدينة صيدا مساء أمس احتجاجاً على انقطاع الكهرباء.",
      2024, 6, 2);
  test::MaybeDump(doc);
  bool riot = false;
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_sub_event_type, "Peaceful protest");
    riot |= e.acled_sub_event_type == "Violent demonstration";
  }
  EXPECT_TRUE(riot);
}

// "X شمالي العاصمة": the capital after a relation word locates X; the
// event is at X, not in the capital the dateline names.
TEST_F(EventsTest, CapitalAfterARelationOnlyLocatesThePlace) {
  Doc doc = test::ExtractAt(
      "بغداد – قُتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما في قضاء أبو غريب غربي العاصمة مساء أمس.", 2024, 3, 5);
  test::MaybeDump(doc);
  const PlaceMention* place = test::PlaceOf(doc, For(doc, "بانفجار"));
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->location.name, "Abu Ghurayb");
}

// A quarter whose only gazetteer namesake lies in another country codes
// the event to the town the sentence names (وفي البصرة).
TEST_F(EventsTest, FarNamesakeQuarterGivesWayToItsTown) {
  Doc doc = test::ExtractAt("وفي البصرة، ألقى مجهولون قنبلة يدوية على منزل في حي المنارة مساء الأحد.", 2024, 3, 5);
  test::MaybeDump(doc);
  const PlaceMention* place = test::PlaceOf(doc, For(doc, "قنبلة يدوية"));
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->location.country, "IQ");
}

// "وفي البصرة، …": a town fronted with في and a comma is where the whole
// sentence happens, not a town named later in another clause (here inside
// a banner's quoted words), though the comma puts it in a clause of its own.
TEST_F(EventsTest, FrontedTownSetsTheSentencesPlace) {
  Doc doc = test::ExtractAt(
      "قتل متظاهرون في مدينة الكوت أمس.\nوفي البصرة، واصل مئات المعتصمين في ساحة الساعة احتجاجاتهم اليوم الجمعة، "
      "رافعين صور \"شهداء الكوت\".",
      2019, 11, 29);
  test::MaybeDump(doc);
  const PlaceMention* place = test::PlaceOf(doc, For(doc, "احتجاجاتهم"));
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->location.name, "Basrah");
}

// "تعزيزات قادمة من الرقة": the town after an origin cue is where the
// reinforcements set out from; the event stays with the report's scene.
TEST_F(EventsTest, PlaceOfOriginIsNotTheEventsPlace) {
  Doc doc = test::ExtractAt(
      "سيطر مسلحون من العشائر على بلدة الميادين بريف دير الزور الشرقي أمس.\nودفعت قسد بتعزيزات عسكرية قادمة من الرقة، "
      "بحسب ناشطين.",
      2023, 9, 2);
  test::MaybeDump(doc);
  const PlaceMention* place = test::PlaceOf(doc, For(doc, "بتعزيزات عسكرية"));
  ASSERT_NE(place, nullptr);
  EXPECT_NE(place->location.name, "Ar Raqqah");
}

// A village the gazetteer lacks is coded to the latest town before it in
// the report's own country, not to a town across the border named in the
// sentence before (a rocket target in Israel in a report on south Lebanon).
TEST_F(EventsTest, UnknownVillageFallsBackToATownOfTheReportsCountry) {
  Doc doc = test::ExtractAt(
      "بيروت – قُتل ثلاثة أشخاص بغارة إسرائيلية على مدينة النبطية جنوبي لبنان فجر اليوم.\nوأعلن حزب الله أنه قصف "
      "مستوطنة كريات شمونة بصلية صواريخ.\nوقصفت المدفعية الإسرائيلية أطراف بلدة كفرحمام بعد الظهر.",
      2024, 10, 15);
  test::MaybeDump(doc);
  const PlaceMention* place = test::PlaceOf(doc, For(doc, "وقصفت"));
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->location.country, "LB") << place->location.name;
}

// Backers set off between commas ("، بمساندة …،") are allies however long
// their description: the subject before them does the deed.
TEST_F(EventsTest, AParentheticalBackerIsNotTheSubject) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش الصومالي أمس أن قواته، بمساندة مقاتلي العشائر المحلية المعروفين بـ\"معاويسلي\"، استعادت السيطرة على "
      "بلدة مسجد عيسى.",
      2023, 1, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استعادت");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_NE(doc.actors[e->actor1.actor].id, "som.macawisley");
}

// A passive arrest is made by the state force named with it, not by the
// force that made the last arrest told, nor by an adjective of a crowd.
TEST_F(EventsTest, APassiveArrestIsThePoliceNamedWithIt) {
  Doc doc = test::ExtractAt(
      "Israeli troops detained dozens of suspects in Jabalya on Monday. On Tuesday, Israeli settlers blocked aid trucks "
      "near Hebron; Israeli police said four people were arrested.",
      2024, 5, 16);
  test::MaybeDump(doc);
  const Event* arrest = For(doc, "were arrested");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->actor1.implicit_id, "isr.police");
  EXPECT_EQ(arrest->status, "claimed");
}

// "a shell that the Houthis fired" without a relative word: the actor after
// the verb that points back to the shell (أطلقتها) fired it.
TEST_F(EventsTest, TheActorOfAResumptiveVerbIsTheDoer) {
  Doc doc = test::ExtractAt("أصيب ثلاثة مدنيين صباح اليوم جراء قذيفة هاون أطلقتها جماعة الحوثي على سوق شعبي في مدينة تعز.",
                            2023, 3, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قذيفة هاون");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(doc.actors[e->actor1.actor].id, "yem.houthis");
  if (e->actor2.actor >= 0) {
    EXPECT_NE(doc.actors[e->actor2.actor].id, "yem.houthis");
  }
}

// "فجّر انتحاري شاحنة مفخخة": the bomber tells the kind of the blast and
// the truck bomb after him how it was done; one suicide bombing, no second
// bomb event.
TEST_F(EventsTest, BomberAndHisVehicleAfterTheVerbAreOneBombing) {
  Doc doc = test::ExtractAt(
      "وفي إقليم بلوشستان، فجّر انتحاري شاحنة مفخخة عند بوابة مقر أمني في مدينة تربت صباح اليوم الخميس، ما أدى إلى "
      "مقتل أربعة من عناصر الشرطة ومدني واحد، بحسب مصدر أمني طلب عدم ذكر اسمه، ولم تتبنَّ أي جماعة التفجير حتى الآن.",
      2025, 3, 13);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Suicide bomb");
}

// "قصف المواقع بـ40 قذيفة مدفعية وطائرات مسيّرة": the weapons after ب and
// its count, and those joined to them by و, are the means of the one
// bombardment, not attacks of their own.
TEST_F(EventsTest, WeaponsJoinedAfterACountedInstrumentAreItsMeans) {
  Doc doc = test::ExtractAt(
      "أربيل – قال الجيش التركي إنه قصف مواقع لحزب العمال الكردستاني في منطقة زاخو اليوم الاثنين بـ40 قذيفة مدفعية "
      "وطائرات مسيّرة.",
      2025, 1, 20);
  test::MaybeDump(doc);
  size_t remote = 0;
  for (const Event& e : doc.events) remote += e.acled_event_type == "Explosions/Remote violence";
  EXPECT_EQ(remote, 1u);
}

// A resident who "woke up to two blasts" tells how the bombing told in
// the lead sounded to him: no second explosion event.
TEST_F(EventsTest, WhatAWitnessHeardIsTheAttackToldBefore) {
  Doc doc = test::ExtractAt(
      "قُتل جندي في هجوم انتحاري بسيارة مفخخة على معسكر للجيش في مدينة كاتي فجر أمس.\nوقال أحد السكان: \"استيقظنا على "
      "انفجارين قويين\".",
      2024, 6, 25);
  test::MaybeDump(doc);
  size_t remote = 0;
  for (const Event& e : doc.events) remote += e.acled_event_type == "Explosions/Remote violence";
  EXPECT_EQ(remote, 1u);
}

// A town written with its other name in brackets is one place, not a list
// of two towns each with its own strike.
TEST_F(EventsTest, ATownAndItsOtherNameInBracketsAreOnePlace) {
  Doc doc = test::ExtractAt(
      "قُتل مقاتلان في قصف بطائرات مسيّرة إيرانية استهدف مقرات حزب معارض في بلدة كويسنجق (كويه) شرقي أربيل صباح اليوم "
      "الثلاثاء.",
      2024, 3, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

// Counts the events of one ACLED sub-event type.
size_t CountOf(const Doc& doc, std::string_view sub_event_type) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub_event_type;
  return n;
}

// "في ما وصفه ناشطون بأنه تطهير عرقي": what a party calls an act told in
// the clause before is a label, not a second event (a town cleared).
TEST_F(EventsTest, WhatAPartyCallsAnActIsNoEventOfItsOwn) {
  Doc doc = test::ExtractAt(
      "وهاجم مسلحون قرى في محيط مدينة الجنينة يوم الخميس، في ما وصفه ناشطون بأنه تطهير عرقي للسكان.", 2024, 2, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "تطهير"), nullptr);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 0u);
}

// A sentence saying what a word means ("used to refer to killing or
// capture") names acts in general and tells none.
TEST_F(EventsTest, ActsNamedInADefinitionAreNoEvents) {
  Doc doc = test::ExtractAt("ويستعمل الجيش عبارة التحييد للإشارة إلى القتل أو الأسر أو الاستسلام في بياناته.", 2024, 2, 4);
  test::MaybeDump(doc);
  EXPECT_TRUE(doc.events.empty());
}

// "ما أدى إلى إصابة مدنيين وتدمير منزلين": every outcome joined after the
// result cue is the shelling's, the homes too — no property destruction.
// A week told in a later clause, after another event word, spans what that
// clause tallies: the act told first keeps the report's day.
TEST_F(EventsTest, AWeekOfALaterClauseDoesNotDateTheActBeforeIt) {
  Doc en = test::ExtractAt(
      "The army said it had set up a new base near Tal Afar, adding that troops had killed five militants in clashes "
      "last week.",
      2024, 6, 5);
  test::MaybeDump(en);
  const Event* base = For(en, "new base");
  ASSERT_NE(base, nullptr);
  EXPECT_LT(base->date, 0);
  const Event* clashes = For(en, "clashes");
  ASSERT_NE(clashes, nullptr);
  ASSERT_GE(clashes->date, 0);
  EXPECT_EQ(en.dates[clashes->date].value, "2024-05-27");
}

// A shooting told of "the attackers" of a raid told just before, with no
// day or place of its own, is that raid's course; a burning stays its own.
TEST_F(EventsTest, TheAttackersShootingIsTheRaidTheyMade) {
  Doc en = test::ExtractAt(
      "Armed men abducted 30 villagers in a raid on Kankara on Tuesday night, residents said. The attackers shot dead "
      "a guard who tried to stop them.",
      2024, 6, 5);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Abduction/forced disappearance"), 1u);
  EXPECT_EQ(CountOf(en, "Attack"), 0u);
  Doc ar = test::ExtractAt(
      "اختطف مسلحون 30 قروياً في هجوم على بلدة كانكارا ليل الثلاثاء، بحسب سكان. وقال شهود إن المهاجمين قتلوا حارساً "
      "حاول التصدي لهم.",
      2024, 6, 5);
  test::MaybeDump(ar);
  EXPECT_EQ(CountOf(ar, "Attack"), 0u);
}

// Arms found and then destroyed, after a comma and inside a reported
// statement, were disposed of: one disrupted-weapons event.
TEST_F(EventsTest, SeizedArmsDestroyedAfterwardAreTheSeizure) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش العراقي أن وحداته عثرت على ثلاث عبوات ناسفة مزروعة على طريق قرب مدينة الموصل، ودمرتها.", 2024, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(CountOf(doc, "Disrupted weapons use"), 1u);
}

TEST_F(EventsTest, DamageJoinedAmongTheOutcomesOfAShellingIsPartOfIt) {
  Doc doc = test::ExtractAt(
      "قصفت المدفعية قرية قرب مدينة حمص مساء الاثنين، ما أدى إلى إصابة ثلاثة مدنيين وتدمير منزلين.", 2024, 3, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(doc.events.size(), 1u);
}

// A source's sentence that only elaborates a strike told just before
// ("homes were hit, destroying several") adds no destruction event.
TEST_F(EventsTest, DamageInTheSentenceElaboratingAStrikeIsThatStrikes) {
  Doc doc = test::ExtractAt(
      "قتل خمسة مدنيين في غارات شنتها طائرات حربية فجر اليوم الأربعاء على حي سكني في مدينة مأرب.\nوأوضح مصدر طبي أن "
      "منازل الأهالي أصيبت، ما أدى إلى تدمير عدد منها بشكل كامل.",
      2024, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(CountOf(doc, "Air/drone strike"), 1u);
}

// Destroying the other side's vehicles or positions is a blow of the
// fighting, never property destruction, even told on its own.
TEST_F(EventsTest, DestroyedArmsAndVehiclesAreNoPropertyDestruction) {
  Doc doc = test::ExtractAt(
      "وقال الجيش إن وحداته تمكنت من تدمير ثلاث عربات للمسلحين قرب مدينة مأرب يوم الثلاثاء.", 2024, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  Doc burned = test::ExtractAt("أحرق مسلحون مجهولون منزلين وتدمير محل تجاري في مدينة مأرب يوم الثلاثاء.", 2024, 3, 6);
  test::MaybeDump(burned);
  EXPECT_GE(CountOf(burned, "Looting/property destruction"), 1u);
}

// Fire "in the air" hits no one: police dispersing a crowd with batons and
// shots in the air is the one protest with intervention, no attack too.
TEST_F(EventsTest, FireInTheAirIsNoAttackOfItsOwn) {
  Doc doc = test::ExtractAt(
      "وفي مدينة تعز، تجمع عشرات المحتجين أمام مبنى المحافظة صباح الثلاثاء، فتدخلت الشرطة وفرقتهم بالهراوات وإطلاق "
      "النار في الهواء، ما أدى إلى إصابة متظاهر بجروح طفيفة.",
      2024, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Attack"), 0u);
  EXPECT_EQ(CountOf(doc, "Protest with intervention"), 1u);
}

// "بمواصلة العمليات حتى تفكيك معاقلهم": the act after حتى is the goal the
// party vows to reach, not an act told.
TEST_F(EventsTest, AnActAfterHattaIsAStatedGoal) {
  Doc doc = test::ExtractAt(
      "قصفت طائرات حربية مواقع لمسلحين قرب مدينة مأرب صباح الثلاثاء، وتوعد الجيش بمواصلة العمليات حتى تفكيك كل "
      "معاقلهم.",
      2024, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "تفكيك"), nullptr);
  EXPECT_EQ(CountOf(doc, "Disrupted weapons use"), 0u);
}

// "قذائف أطلقتها الجماعة سقطت على سوق": the shells fell, with the clause
// naming who fired them in between; no town fell.
TEST_F(EventsTest, ShellsFallingAfterTheirLauncherAreTheShelling) {
  Doc doc = test::ExtractAt(
      "وقال مسعفون إن قذائف هاون أطلقتها الجماعة المسلحة سقطت على سوق شعبي في مدينة تعز ظهر الثلاثاء، فقتلت ثلاثة "
      "مدنيين.",
      2024, 4, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.acled_sub_event_type.ends_with("territory"));
  EXPECT_EQ(CountOf(doc, "Shelling/artillery/missile attack"), 1u);
}

// An aircraft that "fell without causing damage", quoted, is the drone
// coming down, not a town changing hands.
TEST_F(EventsTest, AnAircraftThatFellIsNoTownFalling) {
  Doc doc = test::ExtractAt(
      "وقال مصدر في الجيش إن الطائرة \"سقطت دون أن تحدث أضراراً\" قرب مدينة مأرب يوم الثلاثاء.", 2024, 4, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.acled_sub_event_type.ends_with("territory"));
}

// Cars "led away" after a looting are stolen goods, not people abducted.
TEST_F(EventsTest, VehiclesLedAwayAreNoAbduction) {
  Doc doc = test::ExtractAt(
      "وأفاد سكان بأن مسلحين نهبوا محال السوق في مدينة الأبيض يوم الإثنين، واقتادوا عدداً من السيارات إلى جهة "
      "مجهولة.",
      2024, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Abduction/forced disappearance"), 0u);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 1u);
}

// Seizing enemy vehicles after the fighting for a town is no capture of its
// own, and says nothing of how the town was taken: it stays taken by force.
TEST_F(EventsTest, VehiclesSeizedLeaveTheCaptureTakenByForce) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش أن قواته حررت بلدة قرب مدينة الأبيض بعد معارك عنيفة واستولت على عشرات العربات القتالية.", 2024, 4,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 1u);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 0u);
}

// "لدى وصولهم إلى حاجز": people arriving somewhere is the time of the
// arrest, no territory taken.
TEST_F(EventsTest, ArrivalIsNoCapture) {
  Doc doc = test::ExtractAt("اعتقلت دورية للشرطة خمسة شبان لدى وصولهم إلى حاجز قرب مدينة حمص يوم الإثنين.", 2024, 4, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.acled_sub_event_type.ends_with("territory"));
  EXPECT_EQ(CountOf(doc, "Arrests"), 1u);
}

// Bombs found before they went off are their disruption, not a blast.
TEST_F(EventsTest, ExplosivesFoundAreDisruptedWeaponsUse) {
  Doc doc = test::ExtractAt("وأعلنت الشرطة أنها عثرت على خمس عبوات ناسفة معدة للتفجير قرب مدينة الموصل يوم الأحد.", 2024, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Remote explosive/landmine/IED"), 0u);
  EXPECT_EQ(CountOf(doc, "Disrupted weapons use"), 1u);
}

// "القاعدة التي أخلتها القوات": a withdrawal with a pronoun for the place,
// after a relative pronoun, says which base it is, no withdrawal told.
TEST_F(EventsTest, AGroundLeftNamedInARelativeClauseIsNoWithdrawal) {
  Doc doc = test::ExtractAt(
      "وتمركزت وحدات روسية في قاعدة قرب مدينة القامشلي يوم الأحد، وهي القاعدة التي أخلتها القوات الأمريكية.", 2024,
      4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 0u);
  Doc news = test::ExtractAt("وقالت مصادر محلية إن القوات التي انسحبت من مدينة القامشلي يوم الأحد توجهت شرقاً.", 2024, 4, 10);
  test::MaybeDump(news);
  EXPECT_EQ(CountOf(news, "Non-violent transfer of territory"), 1u);
}

// "مخازن صواريخ": rockets a store holds are the strike's target, no
// shelling of their own.
TEST_F(EventsTest, WeaponsAStoreHoldsAreNoAttack) {
  Doc doc = test::ExtractAt("شنت طائرات حربية غارات على مقرات ومخازن صواريخ للمسلحين قرب مدينة الموصل يوم الأحد.", 2024, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Shelling/artillery/missile attack"), 0u);
  EXPECT_EQ(CountOf(doc, "Air/drone strike"), 1u);
}

// A quoted phrase that runs on from its sentence ("air defences 'managed
// to down a drone'") tells the one event the words before it name.
TEST_F(EventsTest, AQuotedPhraseRunningOnFromItsSentenceIsTheSameEvent) {
  Doc doc = test::ExtractAt(
      "وأعلن المتحدث العسكري أن الدفاعات الجوية \"تمكنت من إسقاط طائرة مسيرة معادية\" فوق مدينة مأرب مساء الأحد.", 2024,
      4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Disrupted weapons use"), 1u);
}

// "An agreement between X and Y" names its two parties, whoever else the
// sentence names as a doer (the force whose step breaks it).
TEST_F(EventsTest, AnAgreementBetweenTwoPartiesNamesBoth) {
  Doc doc = test::ExtractAt(
      "اقتحمت الشرطة الاتحادية مخيماً للنازحين في دهوك صباح اليوم، وهو ما عده نواب انتهاكاً للاتفاق الأمني المبرم "
      "بين بغداد وأربيل.",
      2024, 2, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "للاتفاق");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "irq.police");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "irq.krg");
}

// The power that brokered an agreement (بوساطة من X) is no party to it.
TEST_F(EventsTest, TheMediatorOfAnAgreementIsNoParty) {
  Doc doc = test::ExtractAt(
      "أبرم زعماء العشائر وقيادة قسد أمس، بوساطة من التحالف الدولي، اتفاقاً لوقف القتال في بلدة ذيبان.",
      2024, 2, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "اتفاقا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "syr.sdf");
  EXPECT_NE(test::ActorId(doc, e->actor2), "usa.coalition");
}

// Shelling that hurt no one hit a place: the homes it damaged name no
// victim, so no Civilians as actor 2; a grenade thrown into a shop is
// aimed at the people inside.
TEST_F(EventsTest, ShellingThatHurtNoOneNamesNoCivilianVictims) {
  Doc doc = test::ExtractAt(
      "قصف الجيش بالمدفعية أطراف بلدة كفرنبل صباح اليوم، ما أدى إلى أضرار في عدد من المنازل دون وقوع إصابات.", 2024, 3,
      12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "قصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "0/0/0");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "");
  Doc grenade = test::ExtractAt("ألقى مجهول قنبلة يدوية على محل تجاري في سوق المدينة مساء أمس دون وقوع إصابات.", 2024, 3, 12);
  test::MaybeDump(grenade);
  const Event* g = test::EventFor(grenade, "يدوي");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(test::ActorId(grenade, g->actor2), "gen.civilians");
}

// "حاولت قوة التقدم نحو المدينة": an advance tried is the fighting it
// met, never ground taken.
TEST_F(EventsTest, AnAttemptedAdvanceTakesNoGround) {
  Doc doc = test::ExtractAt("حاولت قوة من الجيش التقدم نحو مدينة الخيام فجر اليوم، وسط قصف مدفعي كثيف.", 2024, 4, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.acled_sub_event_type.ends_with("territory"));
  EXPECT_EQ(CountOf(doc, "Armed clash"), 1u);
}

// "وفي X، …": the fronted town is the scene of the sentence; a far town
// named after the event word is what the event concerns, not where it is.
TEST_F(EventsTest, FrontedTownOutranksAFarTownAfterTheEventWord) {
  Doc doc = test::ExtractAt(
      "date 2024-05-14\nعمّان – اعتقلت الشرطة مهرّباً قرب الزرقاء يوم الأحد.\n"
      "وفي إربد، أعلنت فصائل محلية اليوم حل نفسها ووضع عناصرها تحت تصرف الحكومة في عمّان.",
      2024, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "حل نفسها");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Irbid");
}

// "أفاد ناشطون في X بأن …": the place before the complementizer is where the
// statement came from; the place in what is said is where the event was.
TEST_F(EventsTest, PlaceOfTheStatementIsNotThePlaceOfItsEvent) {
  Doc doc = test::ExtractAt(
      "date 2024-05-14\nأفاد ناشطون في مدينة الرقة بأن غارة جوية استهدفت صباح اليوم مزرعة قرب بلدة معدان.", 2024, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "غارة جوية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "Ma`dan");
}

// "X، عاصمة ولاية Y": a sentence with no place of its own goes on at the
// town the sentence before named, not at the province that describes it.
TEST_F(EventsTest, PlacelessSentenceTakesThePreviousTownNotItsProvince) {
  Doc doc = test::ExtractAt(
      "date 2024-05-13\nتتعرض الفاشر، عاصمة ولاية شمال دارفور، لهجمات متكررة منذ أسابيع.\n"
      "وقالت مصادر طبية إن قذائف مدفعية سقطت على سوق شعبي ظهر أمس، فقتلت ثمانية مدنيين.",
      2024, 5, 13);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قذائف مدفعية");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(PlaceName(doc, *e), "El Fasher");
}

// A toll given as a range (ما بين 6 و9 عناصر من X) names its victims as far
// from the toll word as a single figure would: X is hit by the bomb, not its
// layer.
TEST_F(EventsTest, VictimsAfterARangeOfDeadAreTheTarget) {
  Doc doc = test::ExtractAt("قُتل ما بين 6 و9 عناصر من الجيش المالي بانفجار عبوة ناسفة قرب مدينة غاو يوم الأربعاء.",
                            2024, 3, 7);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_event_type, "Explosions/Remote violence");
  EXPECT_EQ(test::ActorId(doc, e.actor2), "mli.mil");
  EXPECT_NE(test::ActorId(doc, e.actor1), "mli.mil");
}

// Civilians right after a verb of violence are its victims, whether the
// word is a verb or an undiacritised verbal noun; residents still march.
TEST_F(EventsTest, CiviliansAfterTheVerbAreItsVictims) {
  Doc doc = test::ExtractAt(
      "قالت مصادر محلية إن قوات الدعم السريع استهدفت المدنيين بقذائف الهاون في مدينة الفاشر يوم الثلاثاء.", 2024, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استهدفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
  Doc expel = test::ExtractAt("قالت مصادر محلية إن مسلحين هاجموا القرية وتهجير السكان منها يوم الثلاثاء.", 2024, 3, 7);
  test::MaybeDump(expel);
  const Event* f = For(expel, "تهجير");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(test::ActorId(expel, f->actor1), "gen.civilians");
  Doc march = test::ExtractAt("تظاهر السكان في مدينة الحسكة يوم الثلاثاء احتجاجاً على انقطاع المياه.", 2024, 3, 7);
  test::MaybeDump(march);
  const Event* g = For(march, "تظاهر");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->actor1.identity.id, "gen.protesters");
}

// A town whose name is a word for a civilian object (الخيام, "the tents")
// is where a shelling fell, not a camp it hit: no civilian victims without
// a toll; a camp named as such still is.
TEST_F(EventsTest, TownNamedLikeATargetIsNoCivilianTarget) {
  Doc town = test::ExtractAt("قصفت المدفعية الإسرائيلية بلدة الخيام جنوبي لبنان يوم الثلاثاء.", 2024, 10, 29);
  test::MaybeDump(town);
  const Event* e = For(town, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "");
  Doc camp = test::ExtractAt("قصفت المدفعية الإسرائيلية مخيم النصيرات يوم الثلاثاء.", 2024, 10, 29);
  test::MaybeDump(camp);
  const Event* f = For(camp, "قصفت");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->actor2.identity.id, "gen.civilians");
}

// A trigger that ends on its preposition (القبض على): the noun after it is
// the preposition's object, the one arrested, never the verb's subject.
TEST_F(EventsTest, NounAfterATriggersOwnPrepositionIsItsObject) {
  Doc doc = test::ExtractAt("أعلن جهاز مكافحة الإرهاب القبض على مسلحين اثنين في مدينة كركوك يوم الجمعة.", 2022, 1, 15);
  test::MaybeDump(doc);
  const Event* e = For(doc, "القبض على");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "irq.cts");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.unidentified_gunmen");
}

// A running event said to enter its Nth day or month (دخلت X يومها …) is
// measured, not told again: no event that day. Clashes that merely
// continue in a town stay an event.
TEST_F(EventsTest, EventEnteringItsNthDayIsNoNewEvent) {
  Doc doc = test::ExtractAt("دخلت الاشتباكات في مدينة درعا أسبوعها الثاني اليوم الأحد.", 2023, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(For(doc, "الاشتباكات"), nullptr);
  Doc still = test::ExtractAt("تجددت الاشتباكات في مدينة درعا اليوم الأحد.", 2023, 3, 12);
  test::MaybeDump(still);
  EXPECT_NE(For(still, "الاشتباكات"), nullptr);
}

// شديدة الانفجار ("high-explosive") tells a weapon's kind: no blast of its
// own beside the strike that used it.
TEST_F(EventsTest, HighExplosiveIsNoBlast) {
  Doc doc = test::ExtractAt("قصفت طائرات حربية سوق مدينة أريحا بقنابل شديدة الانفجار ظهر الاثنين.", 2020, 2, 4);
  test::MaybeDump(doc);
  EXPECT_NE(For(doc, "قصفت"), nullptr);
  EXPECT_EQ(For(doc, "الانفجار"), nullptr);
}

// Fighting a capture came after (بعد معارك، إثر اشتباكات) is how the
// capture was won: one event, whichever side the fighting's words name,
// and so for a capture told as history.
TEST_F(EventsTest, FightingBeforeACaptureIsThatCapture) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش السوداني أن قواته «استعادت بلدة الدبيبات» من قبضة الدعم السريع، بعد معارك عنيفة كبّدت فيها "
      "الميليشيا «خسائر كبيرة».",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "استعادت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.saf");  // the capturer, not the side the fighting named
  EXPECT_EQ(For(doc, "معارك عنيفة"), nullptr);
  Doc past = test::ExtractAt("يُذكر أن قوات النظام سيطرت على مدينة مورك في آب الماضي بعد معارك استمرت أشهراً.", 2019, 12, 18);
  test::MaybeDump(past);
  EXPECT_NE(For(past, "سيطرت"), nullptr);
  EXPECT_EQ(For(past, "معارك"), nullptr);
}

// A capture word after بعد in the sentence of another kind of event
// (burning, a grave found) dates that event by a move told or known: no
// capture of its own. The burning stays.
TEST_F(EventsTest, EntryThatDatesAnotherEventIsNoCapture) {
  Doc doc = test::ExtractAt("أحرق مسلحون عشرات المنازل في قرية الكفر بعد دخول القوات الحكومية إليها يوم الاثنين.", 2025, 7, 16);
  test::MaybeDump(doc);
  EXPECT_NE(For(doc, "أحرق"), nullptr);
  EXPECT_EQ(For(doc, "دخول"), nullptr);
}

// A toll told as what an act led to (ما أدى إلى مقتل) is that act's, not
// the toll of a strike named nearer to it after the result cue.
TEST_F(EventsTest, TollAfterAResultCueIsTheActBefore) {
  Doc doc = test::ExtractAt(
      "قصفت المدفعية حي الشجاعية في مدينة غزة صباح اليوم، ما أدى إلى مقتل سبعة أشخاص، ثم شنت الطائرات غارة على "
      "مدينة رفح.",
      2024, 3, 12);
  test::MaybeDump(doc);
  const Event* shelling = test::EventFor(doc, "قصفت");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(test::Figures(shelling->fatalities), "7/7/7");
  const Event* strike = test::EventFor(doc, "غار");
  ASSERT_NE(strike, nullptr);
  EXPECT_FALSE(strike->fatalities);
}

// A witness's words between a strike and the toll told after them do not
// cut the toll off from the strike.
TEST_F(EventsTest, TollAfterAQuotedWitnessIsTheStrikeBefore) {
  Doc doc = test::ExtractAt(
      "شنت طائرات حربية غارات على حي سكني في مدينة دوما مساء أمس. وقال أحد السكان: \"لم ننم طوال الليل\". وأكد "
      "مسعفون مقتل ثلاثة مدنيين.",
      2024, 3, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "غارات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "3/3/3");
}

// "X and four others": the count joined by و to a victim named before it
// leaves that victim out, so the toll is one more.
TEST_F(EventsTest, NamedVictimAndOthersCountsOneMore) {
  Doc doc = test::ExtractAt("استشهد رئيس المجلس المحلي وأربعة آخرون في غارة جوية على بلدة كفرنبل صباح اليوم.",
                            2024, 3, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "غار");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "5/5/5");
}

// "ثمانية من القتلى كانوا مسلحين" names part of a toll told before: no
// second toll of its own.
TEST_F(EventsTest, CountOfTheDeadIsPartOfTheToll) {
  Doc doc = test::ExtractAt(
      "قتل 30 شخصاً على الأقل أمس في غارة جوية على مدرسة في خان يونس. وقال الجيش إن طائراته قصفت مسلحين داخل "
      "المدرسة، وإن ثمانية من القتلى كانوا مسلحين.",
      2024, 3, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_NE(test::Figures(e.fatalities), "8/8/8");
}

// An assassination with no count whose object, past its doer and the time
// words, is one person noun in the accusative (قيادياً، جندياً) killed one.
TEST_F(EventsTest, AssassinatedSingularObjectIsOneDead) {
  Doc doc = test::ExtractAt("اغتال مسلحون ملثمون مساء أمس ضابطاً متقاعداً قرب منزله في مدينة درعا.", 2023, 8, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اغتال");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "1/1/1");
  Doc counted = test::ExtractAt("أعدم مسلحون ثلاثة رجال في ريف درعا أمس.", 2023, 8, 14);
  test::MaybeDump(counted);
  const Event* c = For(counted, "أعدم");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::Figures(c->fatalities), "3/3/3");
}

// A beating told to its lethal end (حتى الموت) killed its one victim.
TEST_F(EventsTest, BeatenToDeathIsOneDead) {
  Doc doc = test::ExtractAt("أقدم مسلحون على ضرب رجل مسن حتى الموت داخل متجره في حي الصحافة مساء أمس.", 2024, 2, 6);
  test::MaybeDump(doc);
  bool one = false;
  for (const Event& e : doc.events) one |= test::Figures(e.fatalities) == "1/1/1";
  EXPECT_TRUE(one);
}

// The dead of a lethal beating are its object: a dual counts two, also when
// the doers (a crowd) stand where the verb would be.
TEST_F(EventsTest, CrowdBeatingToDeathCountsItsDualObject) {
  Doc doc = test::ExtractAt("وقال شهود إن حشداً غاضباً ضرب حتى الموت شابين في سوق مدينة الأبيض مساء الخميس.", 2024, 5, 11);
  test::MaybeDump(doc);
  bool two = false;
  for (const Event& e : doc.events) two |= test::Figures(e.fatalities) == "2/2/2";
  EXPECT_TRUE(two);
}

// أقدم … على قتل: the killing's object after the gap is its dead.
TEST_F(EventsTest, GappedKillingCountsItsObject) {
  Doc doc = test::ExtractAt("أقدم أهالي القرية صباح أمس على قتل ثلاثة لصوص في سوق الماشية ببلدة كوستي.", 2024, 5, 11);
  test::MaybeDump(doc);
  bool three = false;
  for (const Event& e : doc.events) three |= test::Figures(e.fatalities) == "3/3/3";
  EXPECT_TRUE(three);
}

// قتل X <time> رجلاً: an active killing verb's one victim stands past its
// doer and the time words.
TEST_F(EventsTest, KillingVerbOneVictimPastItsDoer) {
  Doc doc = test::ExtractAt("قتل حشد غاضب الأحد تاجراً في مدينة الأبيض.", 2024, 5, 11);
  test::MaybeDump(doc);
  bool one = false;
  for (const Event& e : doc.events) one |= test::Figures(e.fatalities) == "1/1/1";
  EXPECT_TRUE(one);
}

// A first victim and the kin or companion joined to it with a pronoun
// (وشقيقه) are two dead; a toll word after و (وإصابة) starts another count.
TEST_F(EventsTest, VictimAndHisKinAreTwoDead) {
  Doc doc = test::ExtractAt("قُتل ضابط متقاعد وشقيقه بانفجار لغم أرضي على طريق زراعي قرب بلدة نوى صباح الأحد.", 2024, 5, 13);
  test::MaybeDump(doc);
  bool two = false;
  for (const Event& e : doc.events) two |= test::Figures(e.fatalities) == "2/2/2";
  EXPECT_TRUE(two);
  Doc other = test::ExtractAt("قُتل شرطي وإصابة ثلاثة مدنيين بانفجار لغم أرضي قرب بلدة نوى صباح الأحد.", 2024, 5, 13);
  test::MaybeDump(other);
  bool one = false;
  for (const Event& e : other.events) one |= test::Figures(e.fatalities) == "1/1/1";
  EXPECT_TRUE(one);
}

// "No injuries were reported" in the passive of بلّغ is no casualties too.
TEST_F(EventsTest, NoCasualtiesReportedIsATollOfZero) {
  Doc doc = test::ExtractAt("سقطت قذيفة هاون على سوق بلدة الحسكة مساء السبت، دون أن يُبلّغ عن إصابات.", 2024, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best.value_or(-1), 0);
}

// WAFA names the settlers "the colonists" (المستعمرون): in Palestine they are
// Israeli settlers.
TEST_F(EventsTest, ColonistsInPalestineAreTheSettlers) {
  Doc doc = test::ExtractAt("أحرق مستعمرون ثلاثة منازل في قرية دوما جنوب نابلس فجر اليوم.", 2024, 4, 13);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "isr.settlers");
}

// A range whose و stands apart before a figure in digits (ما بين 4 و 9) is
// still the toll's low and high.
TEST_F(EventsTest, RangeWithDigitsIsLowAndHigh) {
  Doc doc = test::ExtractAt("قُتل ما بين 4 و9 جنود بانفجار لغم أرضي قرب بلدة جيبو صباح أمس.", 2024, 5, 30);
  test::MaybeDump(doc);
  bool range = false;
  for (const Event& e : doc.events) range |= test::Figures(e.fatalities) == "4/-/9";
  EXPECT_TRUE(range);
}

// In Palestine "the security forces" are the Palestinian Authority's.
TEST_F(EventsTest, SecurityForcesInPalestineAreThePAs) {
  Doc doc = test::ExtractAt("اعتقلت قوات الأمن ثلاثة شبان في مدينة جنين فجر اليوم.", 2024, 12, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "pse.pa_security");
}

// In Palestine "the army" is Israel's: it has none of its own.
TEST_F(EventsTest, TheArmyInPalestineIsIsraels) {
  Doc doc = test::ExtractAt("اقتحم الجيش بلدة بيتا جنوب نابلس فجر اليوم واعتقل أربعة شبان.", 2024, 12, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اعتقل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id.empty() ? test::ActorId(doc, e->actor1) : e->actor1.identity.id, "isr.idf");
}

// An aircraft named as the doer next to قصف or استهدف makes the attack an
// air/drone strike; an aircraft that is the object of a verb whose subject
// comes first changes nothing.
TEST_F(EventsTest, ArabicAircraftDoerMakesAirStrike) {
  for (const char* text : {"قصفت طائرة حربية سوقاً شعبياً في مدينة إدلب صباح اليوم.",
                           "قصف الطيران الحربي قرية قرب مدينة إدلب صباح اليوم.",
                           "قالت مصادر محلية إن مسيّرات الجيش قصفت سوقاً في مدينة إدلب."}) {
    Doc doc = test::ExtractAt(text, 2024, 5, 2);
    test::MaybeDump(doc);
    const Event* e = For(doc, "قصف");
    if (!e) e = For(doc, "قصفت");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(e->acled_sub_event_type, "Air/drone strike") << text;
  }
  Doc doc = test::ExtractAt("قصفت المدفعية التركية قرية قرب مدينة عفرين صباح اليوم.", 2024, 5, 2);
  const Event* e = For(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Shelling/artillery/missile attack");
}

// Shots fired "to disperse" (لتفريق) a crowd are the dispersal itself: one
// protest with intervention, not an attack on civilians beside it.
TEST_F(EventsTest, ArabicFiringToDisperseIsOneIntervention) {
  Doc doc = test::ExtractAt("وفي مدينة حمص، أطلق عناصر الشرطة النار في الهواء لتفريق مئات المتظاهرين أمام مبنى المحافظة مساء أمس.",
                            2024, 5, 2);
  test::MaybeDump(doc);
  int interventions = 0, attacks = 0;
  for (const Event& e : doc.events) {
    interventions += e.acled_sub_event_type == "Protest with intervention";
    attacks += e.acled_event_type == "Violence against civilians";
  }
  EXPECT_EQ(interventions, 1);
  EXPECT_EQ(attacks, 0);
}

// A road closed by the people who stone a patrol in the same sentence is
// how they rioted: one violent demonstration, no closure of its own.
TEST_F(EventsTest, ClosureInARiotSentenceIsTheRiot) {
  Doc doc = test::ExtractAt(
      "وفي ريف الحسكة، رشق أهالي قرية تل تمر دورية عسكرية بالحجارة صباح أمس، وأغلقوا الطريق أمامها بالإطارات المشتعلة.",
      2024, 5, 2);
  test::MaybeDump(doc);
  int riots = 0, others = 0;
  for (const Event& e : doc.events) {
    riots += e.acled_event_type == "Riots";
    others += e.acled_sub_event_type == "Other";
  }
  EXPECT_EQ(riots, 1);
  EXPECT_EQ(others, 0);
}

// Residents named right after a verb whose victim takes a preposition
// (انهال … بالضرب على) are its doers: a mob beating a man, not an attack on
// the residents.
TEST_F(EventsTest, ResidentsWhoBeatSomeoneAreAMob) {
  Doc doc = test::ExtractAt("وفي بلدة القريا، انهال عشرات الأهالي بالضرب على شاب اتهموه بالسرقة مساء أمس.", 2024, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "انهال");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Mob violence");
}

// "Similar demonstrations" (مظاهرات مماثلة) in another town are a second
// protest, not the first one told again.
TEST_F(EventsTest, SimilarProtestsElsewhereAreAnotherEvent) {
  Doc doc = test::ExtractAt(
      "احتشد آلاف المتظاهرين في الساحة الرئيسية اليوم للمطالبة بالإفراج عن المعتقلين، كما خرجت مظاهرات مماثلة في مدينة "
      "حماة.",
      2024, 5, 2);
  test::MaybeDump(doc);
  int protests = 0;
  for (const Event& e : doc.events) protests += e.acled_event_type == "Protests";
  EXPECT_EQ(protests, 2);
}

// A state's army that takes a town in another country has overtaken it; at
// home it regains it.
TEST_F(EventsTest, ArmyTakingGroundAbroadOvertakesIt) {
  Doc doc = test::ExtractAt("Russian forces captured the village of Robotyne in Zaporizhzhia region on Tuesday.", 2024, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "captured");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
  Doc home = test::ExtractAt("Ukrainian forces recaptured the village of Robotyne in Zaporizhzhia region on Tuesday.", 2024, 5, 2);
  const Event* h = For(home, "recaptured");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->acled_sub_event_type, "Government regains territory");
}

// A rebel group's battle with no opponent named fights its own country's
// army, not a foreign government named as a place (an embassy stormed).
TEST_F(EventsTest, ARebelGroupFightsItsOwnCountrysArmy) {
  Doc doc = test::ExtractAt(
      "قال متمردو حركة 23 مارس إنهم سيطروا على مدينة غوما فجر اليوم. وفي كينشاسا اقتحم محتجون غاضبون السفارة "
      "الفرنسية.",
      2025, 1, 28);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "سيطروا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "cod.m23");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "cod.mil");
}

// A raid on a camp told with a strike and a battle whose doers go unnamed.
constexpr char kCampRaid[] =
    "تواصلت لليوم الثاني العملية العسكرية الإسرائيلية في مخيم جنين. وبدأت العملية بغارات بطائرات مسيّرة على "
    "مواقع داخل المخيم، قبل أن تندلع اشتباكات مع مقاتلين من كتيبة جنين. وقال الجيش الإسرائيلي إنه اعتقل 50 مطلوباً.";

// Drone strikes told with no doer in a report whose main actor is a militia
// are the air power's the report names, not the militia's.
TEST_F(EventsTest, AnUnnamedDroneStrikeIsNotTheMilitiasOwn) {
  Doc doc = test::ExtractAt(
      kCampRaid,
      2023, 7, 4);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "بغارات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isr.idf");
}

// A battle never has one actor on both sides: the supplied doer that is the
// side fought gives way to its opponent.
TEST_F(EventsTest, NoBattleIsFoughtByItsOwnTarget) {
  Doc doc = test::ExtractAt(
      kCampRaid,
      2023, 7, 4);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "pse.jenin_battalion");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isr.idf");
}

// "N قتيلاً وأكثر من M جريحاً": each toll noun takes the count right before
// it; the wounded's figure is not the dead's, even past an apposition.
TEST_F(EventsTest, TheWoundedsCountIsNotTheDeads) {
  Doc doc = test::ExtractAt(
      "ارتفعت حصيلة ضحايا قمع المحتجين في مدينة الكوت، مركز محافظة واسط، إلى 14 قتيلاً وأكثر من 90 جريحاً منذ "
      "صباح أمس.",
      2024, 3, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.fatalities) e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::Figures(e->fatalities), "14/14/14");
}

// A battle's missing side is the one its actor fights on the ground, not
// the air force that strikes it in the report's next sentence.
TEST_F(EventsTest, ABattlesOpponentIsFoundAmongBattlesFirst) {
  Doc doc = test::ExtractAt(
      "صد الجيش الوطني هجوماً واسعاً لجماعة الحوثي في جبهة رغوان شمال غربي مأرب فجر اليوم. وشن طيران التحالف "
      "غارات على تعزيزات الحوثيين في صرواح. وتواصلت المعارك العنيفة التي يخوضها الحوثيون في صرواح.",
      2021, 2, 27);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "المعارك");
  ASSERT_NE(e, nullptr);
  const std::string a1 = test::ActorId(doc, e->actor1), a2 = test::ActorId(doc, e->actor2);
  EXPECT_TRUE(a1 == "yem.army" || a2 == "yem.army") << a1 << " / " << a2;
  EXPECT_NE(a1, "sau.coalition");
  EXPECT_NE(a2, "sau.coalition");
}

// Those a party frees (أفرجت عن، أطلقت سراح) are civilians to ACLED: the
// release's actor 2 when the report names no group for them.
TEST_F(EventsTest, ThoseReleasedAreCivilians) {
  Doc doc = test::ExtractAt("أفرجت جماعة مسلحة في مدينة الزاوية أمس عن أربعة شبان كانت تحتجزهم منذ أسبوع.", 2023, 6, 2);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "افرجت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
}

// A generic attack word whose object is a house of worship (a
// civilian_target cue right after it), with no armed party there to fight
// the attackers, is violence against civilians, not a battle.
TEST_F(EventsTest, GunmenAttackingAMosqueAttackCivilians) {
  Doc doc = test::ExtractAt("هاجم مسلحون مجهولون مسجداً في قرية قرب مدينة كركوك أثناء صلاة الجمعة.", 2024, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

// The same word on an army post is still a battle: the civilian place is
// not its object.
TEST_F(EventsTest, GunmenAttackingAnArmyPostNearASchoolStillFight) {
  Doc doc = test::ExtractAt("هاجم مسلحون مجهولون حاجزاً للجيش العراقي قرب مدرسة في مدينة كركوك ليلاً.", 2024, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Battles");
}

// Angry residents (a crowd) who kill people are a mob, not a violent
// demonstration.
TEST_F(EventsTest, AngryResidentsKillingTwoMenAreAMob) {
  Doc doc = test::ExtractAt("قام سكان غاضبون مساء أمس بقتل لصين في سوق مدينة الموصل.", 2024, 6, 2);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Riots");
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Mob violence");
}

// A long span before the Arabic event word (بعد سنوات من الحرب), or "almost
// daily" after its plural, sums up background acts.
TEST_F(EventsTest, LongSpanAndDailySummariesAreBackground) {
  Doc ar = test::ExtractAt("بعد سنوات من القتال، تبدو مدينة الرقة هادئة اليوم.", 2024, 5, 4);
  test::MaybeDump(ar);
  EXPECT_EQ(For(ar, "القتال"), nullptr);
  Doc daily = test::ExtractAt("وتقول منظمات إن اشتباكات شبه يومية بين الجيش والمسلحين تدور في ريف حلب.", 2024, 5, 4);
  test::MaybeDump(daily);
  EXPECT_EQ(For(daily, "اشتباكات"), nullptr);
  Doc news = test::ExtractAt("اندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة الرقة أمس.", 2024, 5, 4);
  test::MaybeDump(news);
  EXPECT_NE(For(news, "اشتباكات"), nullptr);
}

// The agent after على أيدي ("at the hands of") is the doer only: the same
// words are not also the victim, who are civilians by ACLED's definition.
TEST_F(EventsTest, AgentAtTheHandsOfIsNotAlsoTheVictim) {
  Doc doc = test::ExtractAt("ذكرت منظمة محلية أن طالبات تعرضن للاغتصاب على أيدي مسلحين قرب مدينة الفاشر يوم السبت.", 2024, 6, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "للاغتصاب");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_gunmen");
  EXPECT_EQ(e->actor2.identity.id, "gen.civilians");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "قال مصدر في الشرطة إن الهجوم …": the force where the source sits tells an
// attack told before; it is no party to it.
TEST(Events, SourceInAForceIsNoPartyToTheAttackItTells) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "date 2025-03-04\nألقى مجهولون قنبلة يدوية على منزل تاجر في حي الجمهورية بمدينة العمارة فجر الثلاثاء دون إصابات.\n"
      "وقال مصدر في شرطة ميسان إن الهجوم يحمل رسالة تهديد.");
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    EXPECT_NE(test::ActorId(doc, e.actor1), "irq.police") << e.acled_sub_event_type;
    EXPECT_NE(e.acled_event_type, "Battles") << e.acled_sub_event_type;
  }
}

}  // namespace
}  // namespace marsad
