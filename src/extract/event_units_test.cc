// Which events a report tells and how many (event_unit.cc, event_folds.cc,
// event_not_events.cc): duplicates, kinds, and words that tell no event.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

size_t CountOf(const Doc& doc, std::string_view sub_event_type) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub_event_type;
  return n;
}

class EventUnitsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// Vehicles and hideouts destroyed in a strike, an adverb with its pronoun
// between the verb and the count, are the strike's blow, no property
// destruction of their own.
TEST_F(EventUnitsTest, VehiclesAndHideoutsDestroyedInAStrikeAreTheStrike) {
  Doc doc = test::ExtractAt(
      "شنت الطائرات الحربية غارات على مواقع للمسلحين قرب مدينة مأرب يوم الاثنين، دمرت خلالها ثلاث آليات. وقصفت "
      "المدفعية منطقة جنوب مأرب وتدمير بؤرة للمسلحين.",
      2024, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_GE(CountOf(doc, "Air/drone strike"), 1u);
}

// The other side's posts, bases or barracks destroyed ("returned fire and
// said they had destroyed three enemy posts") are a blow of the fighting told
// before, as its military vehicles are: no property destruction.
TEST_F(EventUnitsTest, EnglishPostsDestroyedAfterReturnedFireAreTheFight) {
  Doc doc = test::ExtractAt(
      "Border guards returned fire near Chaman on Monday and said they had destroyed four enemy posts.\n"
      "Militia fighters shelled a hill near Sindh on Tuesday, and the army said its troops destroyed two rebel bases "
      "in the forest.",
      2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
}

// أعمال عنف "acts of violence" names no kind of act: it sums up violence
// told in the report (the grounds of arrests, the circumstance of a burning
// or a killing), never a riot of its own.
TEST_F(EventUnitsTest, ArabicActsOfViolenceAreNoRiot) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات بين مزارعين ورعاة في قرية قرب مدينة موندو يوم الاثنين. وأعلنت الشرطة أنها أوقفت 12 شخصاً "
      "يشتبه في تورطهم بأعمال العنف. وكانت المنطقة قد شهدت في عام 2019 أعمال عنف قتل خلالها عشرات القرويين.",
      2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Riots"), 0u);
}

// Fire after a shelling or a strike, told with "and" or as an English
// participle after a comma, is what the munitions set: one event, the
// shelling. Burning by the killers of its sentence stays its own.
TEST_F(EventUnitsTest, FireSetByAShellingIsTheShelling) {
  Doc doc = test::ExtractAt(
      "Army artillery shelled the hills outside Kalemie on Friday morning, setting farms on fire, the mayor said.", 2025,
      3, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(CountOf(doc, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(EventUnitsTest, ArabicFireSetByAShellingIsTheShelling) {
  Doc doc = test::ExtractAt("قصفت المدفعية أطراف بلدة كفرنبل صباح الجمعة وأشعلت النار في البساتين.", 2025, 3, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(CountOf(doc, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(EventUnitsTest, BurningAfterAKillingToldAsAParticipleStaysItsOwn) {
  Doc doc = test::ExtractAt(
      "Gunmen killed five farmers in a village near Kalemie on Friday, burning twenty houses, the mayor said.", 2025, 3,
      8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 1u);
}

// A party's quoted toll of the strike told before, its dead named right
// after the verb with no count of their own (a dual: عنصرين), is its claim
// about that strike, not a battle the dead fought as its doers.
TEST_F(EventUnitsTest, ArabicQuotedClaimOfTheStrikesDeadIsTheStrike) {
  Doc doc = test::ExtractAt(
      "استهدفت مسيّرة إسرائيلية سيارة قرب بلدة الخيام ظهر اليوم الأحد، ما أدى إلى مقتل شخصين.\nوقال الجيش "
      "الإسرائيلي في بيان: «قضينا على عنصرين من حزب الله في المنطقة».",
      2025, 3, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Armed clash"), 0u);
  EXPECT_EQ(CountOf(doc, "Air/drone strike"), 1u);
}

// A raid noun right after بعد is how the abduction told before it was done:
// one event, the abduction; a clash after a raid stays the clash alone.
TEST_F(EventUnitsTest, ArabicRaidAfterWhichTheyWereTakenIsTheAbduction) {
  Doc doc = test::ExtractAt(
      "اقتادت قوة إسرائيلية مساء الثلاثاء أربعة شبان من قرية كودنة في ريف القنيطرة إلى جهة مجهولة، بعد مداهمة منازلهم.",
      2025, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Arrests"), 0u);
  ASSERT_EQ(CountOf(doc, "Abduction/forced disappearance"), 1u);
  const Event* e = test::FirstOfSub(doc, "Abduction/forced disappearance");
  EXPECT_NE(test::CodedId(doc, e->actor1).rfind("gen.unidentified", 0), 0u);
}

// The other side's earlier taking of ground, told after its retaking as
// before it (بعد، a pluperfect), is what was retaken: one capture. Dated
// apart ("two days after"), it is a capture of its own.
TEST_F(EventUnitsTest, ArabicHoldBeforeTheRetakingIsNoCapture) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش أن قواته استعادت السيطرة على بلدة ديبو يوم الأحد بعد أسابيع من سيطرة مسلحي جماعة نصرة الإسلام "
      "والمسلمين عليها.",
      2025, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 0u);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 1u);
}

TEST_F(EventUnitsTest, EnglishGroundTheMilitantsHadOccupiedIsNoCapture) {
  Doc doc = test::ExtractAt(
      "The army said soldiers regained control of Djibo on Monday after driving out militants who had occupied the "
      "town's police station for a week.",
      2025, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 0u);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 1u);
}

// The side that lost the ground taking it back later in the sentence, told
// as no taking before the retaking (no "had", no "after"), is a capture of
// its own.
TEST_F(EventUnitsTest, ArabicRecaptureByTheLosersToldAfterIsItsOwn) {
  Doc doc = test::ExtractAt(
      "قتل مسلحون تاجرين في كايا يوم الأحد. استعاد الجيش السيطرة على بلدة جيبو من المسلحين يوم الاثنين، لكن "
      "المسلحين سيطروا عليها مجددا.",
      2025, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 1u);
}

TEST_F(EventUnitsTest, EnglishCaptureDatedBeforeTheRetakingStays) {
  Doc doc = test::ExtractAt(
      "The army said it had recaptured Leer town on Sunday, two days after rebel fighters overran it.", 2025, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 1u);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 1u);
}

// A mob's killing and, in a later sentence, protesters' riot in the same
// town that day are two crowds: two events (mob violence, a violent
// demonstration).
TEST_F(EventUnitsTest, ArabicLynchingAndALaterRiotAreTwoEvents) {
  Doc doc = test::ExtractAt(
      "أقدم حشد غاضب صباح اليوم الاثنين على قتل رجل في مدينة بيني اتُّهم بسرقة دراجة نارية.\nكما أحرق محتجون إطارات "
      "وأغلقوا طرقاً رئيسية في المدينة احتجاجاً على انعدام الأمن، فيما أطلقت الشرطة الغاز المسيل للدموع لتفريقهم.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Mob violence"), 1u);
  EXPECT_EQ(CountOf(doc, "Violent demonstration"), 1u);
}

TEST_F(EventUnitsTest, EnglishLynchingAndALaterRiotAreTwoEvents) {
  Doc doc = test::ExtractAt(
      "A mob beat a man to death in Beni on Monday morning after accusing him of stealing a motorbike.\nProtesters "
      "also burned tyres and blocked main roads in the town to denounce insecurity, and police fired tear gas to "
      "disperse them.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Mob violence"), 1u);
  EXPECT_EQ(CountOf(doc, "Violent demonstration"), 1u);
}

// Only a burning after an air strike or a shelling is what the munitions
// did: plunder after a shelling, or a burning after a bomb, is a deed of its
// own (a second, property-destruction event).
TEST_F(EventUnitsTest, LootingAfterAShellingStaysItsOwn) {
  Doc doc = test::ExtractAt("Militants shelled the town of Kalemie on Friday, looting twenty shops.", 2025, 3, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 1u);
}

TEST_F(EventUnitsTest, BurningAfterABombStaysItsOwn) {
  Doc doc = test::ExtractAt("Gunmen detonated a roadside bomb in Kalemie on Friday, burning twenty shops.", 2025, 3, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 1u);
}

TEST_F(EventUnitsTest, BurningAfterAShellingIsTheShelling) {
  Doc doc = test::ExtractAt("Militants shelled the town of Kalemie on Friday, burning twenty shops.", 2025, 3, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
}

// "الوضع تحت السيطرة": control held is a state, no capture told.
TEST_F(EventUnitsTest, UnderControlIsNoCapture) {
  Doc doc = test::ExtractAt(
      "وقال المتحدث باسم الجيش إن \"الوضع في المدينة تحت السيطرة\" بعد ليلة هادئة في مدينة حمص يوم الأحد.", 2024,
      5, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 0u);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 0u);
}

// "The fall of <a person>" is a ruler's loss of power, no ground taken;
// "the town fell to" its taker still is a capture.
TEST_F(EventUnitsTest, FallOfAPersonIsNoCapture) {
  Doc doc = test::ExtractAt(
      "Months after the fall of Bashar al-Assad, officials met in Homs on Sunday. On Monday the village of "
      "Kafr Nabl fell to rebels.",
      2025, 5, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 0u);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 1u);
}

// "الهجوم الذي استهدف": a generic verb opening a relative clause on an
// event word describes that event; one attack, not two.
TEST_F(EventUnitsTest, GenericVerbInARelativeClauseIsItsHeadEvent) {
  Doc doc = test::ExtractAt(
      "أعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف فجر أمس ثكنة للجيش في مدينة كركوك.", 2024, 5, 6);
  test::MaybeDump(doc);
  size_t violent = 0;
  for (const Event& e : doc.events)
    violent += e.acled_event_type == "Battles" || e.acled_event_type == "Explosions/Remote violence" ||
               e.acled_event_type == "Violence against civilians";
  EXPECT_EQ(violent, 1u);
}

// Tear gas fired at villagers during a raid, with no crowd in the report,
// is force on civilians; fired at a march, it is a protest with
// intervention, also when the dispersal verb carries its pronoun.
TEST_F(EventUnitsTest, TearGasWithNoCrowdIsNoProtest) {
  Doc doc = test::ExtractAt(
      "Soldiers fired tear gas at residents of the village of Beit Ummar during a raid on Tuesday, medics said.", 2024,
      5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Protest with intervention"), 0u);
  EXPECT_EQ(CountOf(doc, "Attack"), 1u);
  Doc march = test::ExtractAt(
      "خرج مئات من أهالي البلدة في مسيرة جابت شوارع مدينة الخليل مساء الثلاثاء، قبل أن تفرّقها الشرطة بإطلاق قنابل "
      "الغاز.",
      2024, 5, 8);
  test::MaybeDump(march);
  EXPECT_EQ(CountOf(march, "Protest with intervention"), 1u);
  EXPECT_EQ(CountOf(march, "Attack"), 0u);
}

// Background told after a dated sentence ("وسبق أن قصفت القوات") takes
// that sentence's day only by carrying it over: no date of its own, no event.
TEST_F(EventUnitsTest, BackgroundWithACarriedOverDayIsDropped) {
  Doc doc = test::ExtractAt(
      "قصفت المدفعية أحياء مدينة كادقلي صباح أمس الأحد، ما أدى إلى مقتل ثلاثة مدنيين. وسبق أن قصفت القوات "
      "المستشفى الرئيسي في المدينة.",
      2024, 5, 6);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].status, "reported");
}

// A lead dated by the day of the announcement and a definite noun in the
// next sentence that gives the earlier day are one event, on that day.
TEST_F(EventUnitsTest, AnnouncedTodayToldYesterdayIsOneEvent) {
  Doc doc = test::ExtractAt(
      "أعلنت قيادة العمليات، اليوم الخميس، مقتل جندي وإصابة اثنين آخرين بانفجار عبوة ناسفة استهدفت دورية للجيش في "
      "قضاء بلد. وأوضحت القيادة أن العبوة انفجرت مساء أمس الأربعاء على طريق زراعي.",
      2024, 5, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(CountOf(doc, "Remote explosive/landmine/IED"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Remote explosive/landmine/IED") {
      ASSERT_GE(e.date, 0);
      EXPECT_EQ(doc.dates[e.date].value, "2024-05-08");
    }
}

// Rockets on a launch pad that was found, or that a find holds, are
// weapons, not a rocket attack.
TEST_F(EventUnitsTest, RocketsOnAFoundLaunchPadAreNoAttack) {
  Doc doc = test::ExtractAt(
      "عثرت دورية للجيش صباح اليوم على منصة صواريخ في أطراف بلدة القليلة، تحتوي على ثلاثة صواريخ معدة للإطلاق.", 2024,
      5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Shelling/artillery/missile attack"), 0u);
}

// Drones destroyed in flight were intercepted; armoured vehicles destroyed
// are a blow of the fighting: neither is property destruction.
TEST_F(EventUnitsTest, DestroyedDronesAreInterceptedAndVehiclesNoPropertyDestruction) {
  Doc doc = test::ExtractAt(
      "The defence ministry said on Tuesday that air defences had destroyed 12 enemy drones over the Belgorod region "
      "overnight.",
      2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(CountOf(doc, "Disrupted weapons use"), 1u);
  Doc vehicles = test::ExtractAt(
      "Soldiers destroyed two armoured vehicles of the rebels near the town of Kidal on Tuesday, the army said.", 2024,
      5, 8);
  test::MaybeDump(vehicles);
  EXPECT_EQ(CountOf(vehicles, "Looting/property destruction"), 0u);
}

// An armed group suspending its operations changes its activity.
TEST_F(EventUnitsTest, SuspendingOperationsIsAChangeOfActivity) {
  Doc ar = test::ExtractAt("أعلنت حركة الشباب في بيان اليوم الأحد تعليق العمليات العسكرية في مدينة بيدوا.", 2024, 5,
                           5);
  test::MaybeDump(ar);
  EXPECT_EQ(CountOf(ar, "Change to group/activity"), 1u);
  Doc en = test::ExtractAt(
      "The militia said in a statement in Basra on Sunday that it was suspending military and security operations "
      "against foreign troops.",
      2024, 5, 5);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Change to group/activity"), 1u);
}

// Protesters closing a party office, or traders closing their shops in the
// sentence of their protest, protest: no closure by an authority.
TEST_F(EventUnitsTest, ClosureByACrowdIsAProtest) {
  Doc doc = test::ExtractAt("وأغلق محتجون مقر المحافظة في مدينة درعا صباح اليوم الاثنين.", 2024, 5, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Other"), 0u);
  EXPECT_EQ(CountOf(doc, "Peaceful protest"), 1u);
  Doc shops = test::ExtractAt(
      "أغلق مئات التجار محالهم في سوق مدينة الحسكة صباح اليوم ونظموا احتجاجاً على رفع الضرائب.", 2024, 5, 6);
  test::MaybeDump(shops);
  EXPECT_EQ(CountOf(shops, "Other"), 0u);
  EXPECT_EQ(CountOf(shops, "Peaceful protest"), 1u);
}

// "The first halt to fighting since 2016": a stop to an activity tells no
// act of it.
TEST_F(EventUnitsTest, HaltToFightingIsNoFighting) {
  Doc doc = test::ExtractAt(
      "A nationwide truce took effect across Yemen on Saturday evening, the first halt to fighting in the country "
      "since 2016.",
      2022, 4, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Armed clash"), 0u);
}

// "After two days of street battles": days of an activity the report tells
// on its own elsewhere sum it up; told only so, they stay the event.
TEST_F(EventUnitsTest, DaysOfFightingToldElsewhereAreNoSecondEvent) {
  Doc doc = test::ExtractAt(
      "Calm returned to Kismayo on Wednesday after two days of street battles between rival clan militias. The "
      "militias fought with machine guns in the port district of Kismayo on Monday, residents said.",
      2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Armed clash"), 1u);
  Doc alone = test::ExtractAt("Rebels captured the town of Kidal on Tuesday after three days of fighting with the army.",
                              2024, 5, 8);
  test::MaybeDump(alone);
  EXPECT_GE(alone.events.size(), 1u);
}

// Undiacritised تغير is mostly "changes" (تغيّر), no raid.
TEST_F(EventUnitsTest, ChangeIsNoRaid) {
  Doc doc = test::ExtractAt(
      "وقال محلل في مدينة حلب إن \"سيطرة أي فصيل على البلدة لن تغير كثيراً في ميزان القوى\".", 2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Air/drone strike"), 0u);
}

// Undiacritised يسقط is mostly "falls" (يسقط منا شهداء), no downing.
TEST_F(EventUnitsTest, FallingIsNoShootingDown) {
  Doc doc = test::ExtractAt(
      "وقال أحد المحتجين في ساحة مدينة الناصرية: \"كل أسبوع يسقط منا جرحى، ولن نغادر الساحة\".", 2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Disrupted weapons use"), 0u);
}

// "مناطق سيطرة الحكومة": areas of control are a map, no capture.
TEST_F(EventUnitsTest, AreasOfControlAreNoCapture) {
  Doc doc = test::ExtractAt("ارتفعت أسعار الوقود في مناطق سيطرة الحكومة في مدينة تعز خلال الأسبوع الجاري.", 2024, 5,
                            8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 0u);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 0u);
}

// "الخارجة عن سيطرتها", "outside its control": control not held is a map too, no capture.
TEST_F(EventUnitsTest, OutsideOfControlIsNoCapture) {
  Doc doc = test::ExtractAt(
      "ويقول سكان إن مدينة كسلا هي آخر المدن الكبرى في الإقليم الخارجة عن سيطرة الحركة منذ سنوات.", 2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 0u);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 0u);
  Doc outside = test::ExtractAt("وتبقى القرى الواقعة خارج سيطرة الجيش عرضة للنهب، بحسب ناشطين.", 2024, 5, 8);
  test::MaybeDump(outside);
  EXPECT_EQ(CountOf(outside, "Non-state actor overtakes territory"), 0u);
}

// A device the troops found and safely detonated was disrupted: no blast.
TEST_F(EventUnitsTest, SafelyDetonatedDeviceIsDisrupted) {
  Doc doc = test::ExtractAt(
      "Troops found and safely detonated a roadside bomb planted near the town of Bama on Monday, the army said.", 2024,
      5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Remote explosive/landmine/IED"), 0u);
  EXPECT_EQ(CountOf(doc, "Disrupted weapons use"), 1u);
}

// A definite generic word after a riot refers back to it: no second attack.
TEST_F(EventUnitsTest, GenericReferenceToARiotIsThatRiot) {
  Doc doc = test::ExtractAt(
      "اندلعت أعمال شغب في مدينة ملوي مساء أمس الأحد، أحرق خلالها عشرات الشبان منزلين. وقال كاهن المدينة إن "
      "الإسعاف وصل بعد ساعات من بدء الاعتداءات.",
      2024, 5, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Attack"), 0u);
}

// احتجاجاً after a ministry's act is its reason, no protest; with a crowd
// in the sentence it stays the crowd's protest.
TEST_F(EventUnitsTest, InProtestAfterADiplomaticActIsNoProtest) {
  Doc doc = test::ExtractAt(
      "واستدعت وزارة الخارجية الأردنية السفير في عمّان اليوم الثلاثاء احتجاجاً على القصف.", 2024, 5, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Peaceful protest"), 0u);
  Doc crowd = test::ExtractAt(
      "احتشد مئات المحتجين أمام مبنى محافظة البصرة اليوم الثلاثاء احتجاجاً على انقطاع الكهرباء.", 2024, 5, 7);
  test::MaybeDump(crowd);
  EXPECT_EQ(CountOf(crowd, "Peaceful protest"), 1u);
}

// Rifles and a grenade launcher seized with an arrest are things taken: no
// capture of territory, no grenade attack.
TEST_F(EventUnitsTest, SeizedRiflesAndLauncherAreGoods) {
  Doc doc = test::ExtractAt(
      "Police arrested three men in the town of Navolato on Tuesday and seized four rifles and a grenade launcher.",
      2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Arrests"), 1u);
  EXPECT_EQ(CountOf(doc, "Grenade"), 0u);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 0u);
}

// Damage told in the passive after a blast of its sentence is the blast's.
TEST_F(EventUnitsTest, PassiveDamageAfterABlastIsTheBlast) {
  Doc doc = test::ExtractAt(
      "A grenade was thrown at a bakery in the town of Guasave on Tuesday night; nobody was hurt, but the windows "
      "and a parked car were destroyed.",
      2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(CountOf(doc, "Grenade"), 1u);
}

// A weapon noun in a relative clause after a blast names its weapon.
TEST_F(EventUnitsTest, WeaponInARelativeClauseIsTheBlast) {
  Doc doc = test::ExtractAt(
      "An explosive device, which investigators later identified as a hand grenade, was thrown at a bar in the town "
      "of Guasave on Tuesday night.",
      2024, 5, 8);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

// Burning tyres, indefinite (أضرموا النار في إطارات), or burning barricades
// make a protest violent.
TEST_F(EventUnitsTest, BurningTyresOrBarricadesMakeAViolentDemonstration) {
  Doc tyres = test::ExtractAt("أضرموا النار في إطارات عند مدخل مدينة الناصرية مساء أمس احتجاجاً على انقطاع الكهرباء.", 2024, 5, 7);
  test::MaybeDump(tyres);
  EXPECT_EQ(CountOf(tyres, "Violent demonstration"), 1u);
  Doc barricades = test::ExtractAt("أغلق متظاهرون غاضبون الطريق الدولي بالحواجز المشتعلة قرب مدينة الناصرية صباح اليوم.", 2024, 5, 7);
  test::MaybeDump(barricades);
  EXPECT_EQ(CountOf(barricades, "Violent demonstration"), 1u);
}

// Verb, subject, then the post or base set up (أقام الجيش … نقطة).
TEST_F(EventUnitsTest, PostSetUpWithTheSubjectBetween) {
  Doc post = test::ExtractAt("أقام الجيش العراقي أمس نقطة مراقبة جديدة على طريق مدينة سنجار، بحسب مصدر أمني.", 2024, 5, 7);
  test::MaybeDump(post);
  EXPECT_EQ(CountOf(post, "Headquarters or base established"), 1u);
  Doc base = test::ExtractAt("أنشأت القوات التركية قاعدة عسكرية جديدة قرب مدينة دهوك الأسبوع الماضي.", 2024, 5, 7);
  test::MaybeDump(base);
  EXPECT_EQ(CountOf(base, "Headquarters or base established"), 1u);
}

// English: the kind of post between the verb and "post" (an observation
// post, a new detachment) is still a base set up; a post set up by no armed
// actor is not.
TEST_F(EventUnitsTest, EnglishPostOrDetachmentSetUpIsABase) {
  Doc observation = test::ExtractAt(
      "The army said it had established three new observation posts near Tal Afar to watch the smuggling routes.", 2024, 5, 7);
  test::MaybeDump(observation);
  EXPECT_EQ(CountOf(observation, "Headquarters or base established"), 1u);
  Doc detachment = test::ExtractAt("Marines set up a new detachment in Jolo on Friday, a navy spokesman said.", 2024, 5, 7);
  test::MaybeDump(detachment);
  EXPECT_EQ(CountOf(detachment, "Headquarters or base established"), 1u);
  Doc job = test::ExtractAt("The city council established the post of night mayor in Kirkuk on Friday.", 2024, 5, 7);
  test::MaybeDump(job);
  EXPECT_EQ(CountOf(job, "Headquarters or base established"), 0u);
}

// Two sides exchanging fire clash, whatever they fire: "exchanged mortar
// fire" is not a shelling by one of them.
TEST_F(EventUnitsTest, EnglishExchangeOfFireWithTheWeaponNamedIsAClash) {
  Doc mortar = test::ExtractAt("Indian and Pakistani troops exchanged mortar fire across the line near Kupwara on Sunday.", 2024, 5, 7);
  test::MaybeDump(mortar);
  EXPECT_EQ(CountOf(mortar, "Armed clash"), 1u);
  EXPECT_EQ(CountOf(mortar, "Shelling/artillery/missile attack"), 0u);
  Doc rifle = test::ExtractAt("Police and smugglers traded heavy rifle fire for an hour outside Tal Afar on Monday.", 2024, 5, 7);
  test::MaybeDump(rifle);
  EXPECT_EQ(CountOf(rifle, "Armed clash"), 1u);
}

// A projectile is the strike's subject even with words between it and the
// impact verb ("a drone of unknown origin hit", "rockets fired overnight hit").
TEST_F(EventUnitsTest, EnglishProjectileWithWordsBeforeItsImpactVerb) {
  Doc drone = test::ExtractAt("A drone of unknown origin hit a pickup truck near Tal Afar on Monday.", 2024, 5, 7);
  test::MaybeDump(drone);
  EXPECT_EQ(CountOf(drone, "Air/drone strike"), 1u);
  Doc rockets = test::ExtractAt("Two rockets from across the river hit a school in Tal Afar on Monday.", 2024, 5, 7);
  test::MaybeDump(rockets);
  EXPECT_EQ(CountOf(rockets, "Shelling/artillery/missile attack"), 1u);
}

// A crowd's generic assault word ("stormed") beside its riot act in the
// sentence is that riot, not an armed clash of its own.
TEST_F(EventUnitsTest, EnglishGenericAssaultBesideARiotIsTheRiot) {
  Doc doc = test::ExtractAt(
      "Hundreds of angry farmers stormed the governorate building in Tal Afar on Sunday and set tyres ablaze at its gate.",
      2024, 5, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Armed clash"), 0u);
  EXPECT_EQ(CountOf(doc, "Violent demonstration"), 1u);
}

// Positions taken that their holders vacated change hands without a fight,
// and on another day than the battle told beside them they are no part of
// it.
TEST_F(EventUnitsTest, EnglishPositionsVacatedTakenADayAfterABattle) {
  Doc doc = test::ExtractAt(
      "Kurdish troops took over positions in Sinjar vacated by army units on Thursday, a day after the two forces fought "
      "a gun battle in the town that killed two soldiers.",
      2024, 5, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 1u);
  EXPECT_EQ(CountOf(doc, "Armed clash"), 1u);
  EXPECT_EQ(CountOf(doc, "Government regains territory"), 0u);
}

// A ban on movement or on gatherings restricts activity as a curfew does.
TEST_F(EventUnitsTest, BanOnMovementOrGatheringsIsAChangeToActivity) {
  Doc movement = test::ExtractAt("قررت سلطات محافظة نينوى يوم الأحد حظر التنقل بين الأقضية ليلاً حتى إشعار آخر.", 2024, 5, 7);
  test::MaybeDump(movement);
  EXPECT_EQ(CountOf(movement, "Change to group/activity"), 1u);
  Doc gatherings = test::ExtractAt("أعلنت الشرطة في مدينة البصرة فرض حظر على التجمعات في وسط المدينة اعتباراً من اليوم.", 2024, 5, 7);
  test::MaybeDump(gatherings);
  EXPECT_EQ(CountOf(gatherings, "Change to group/activity"), 1u);
}

// ACLED codes an authority's curfew, closure or siege as a change to group
// activity, in either language; a road a crowd closes stays its protest.
TEST_F(EventUnitsTest, CurfewsClosuresAndSiegesAreAChangeToActivity) {
  Doc curfew = test::ExtractAt("فرضت السلطات المحلية حظر تجول ليلياً في مدينة الناصرية يوم الثلاثاء.", 2024, 5, 7);
  test::MaybeDump(curfew);
  EXPECT_EQ(CountOf(curfew, "Change to group/activity"), 1u);
  EXPECT_EQ(CountOf(curfew, "Other"), 0u);
  Doc closure = test::ExtractAt("أغلقت قوات الأمن المعبر الحدودي قرب مدينة القائم يوم السبت حتى إشعار آخر.", 2024, 5, 7);
  test::MaybeDump(closure);
  EXPECT_EQ(CountOf(closure, "Change to group/activity"), 1u);
  Doc siege = test::ExtractAt("The army imposed a blockade on the town of Gao on Monday, officials said.", 2024, 5, 7);
  test::MaybeDump(siege);
  EXPECT_EQ(CountOf(siege, "Change to group/activity"), 1u);
  Doc crowd = test::ExtractAt("تظاهر مئات من السكان في مدينة الناصرية يوم الأحد وأغلقوا الطريق الرئيسي بالإطارات.", 2024, 5, 7);
  test::MaybeDump(crowd);
  EXPECT_EQ(CountOf(crowd, "Change to group/activity"), 0u);
}

// A crowd that falls on people's homes is a mob (ACLED mob violence); one
// told as protesters burning an office is a violent demonstration.
TEST_F(EventUnitsTest, ACrowdOnHomesIsAMobAndProtestersOnAnOfficeADemonstration) {
  Doc ar = test::ExtractAt("هاجم حشد من السكان منازل يملكها نازحون في قرية قرب مدينة الفاشر يوم السبت وأضرموا النار فيها.",
                           2024, 5, 7);
  test::MaybeDump(ar);
  EXPECT_EQ(CountOf(ar, "Mob violence"), 1u);
  EXPECT_EQ(CountOf(ar, "Violent demonstration"), 0u);
  Doc en = test::ExtractAt("A mob set fire to several houses belonging to migrant workers in the town of Sfax on Sunday, witnesses said.",
                           2024, 5, 7);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Mob violence"), 1u);
  Doc office = test::ExtractAt("Angry protesters set fire to the governor office in the town of Sfax on Sunday, witnesses said.",
                               2024, 5, 7);
  test::MaybeDump(office);
  EXPECT_EQ(CountOf(office, "Violent demonstration"), 1u);
  EXPECT_EQ(CountOf(office, "Mob violence"), 0u);
}

// The police a report cites for a raid on a village or a market tell it;
// they are no armed party there, so the gunmen attacked the people.
TEST_F(EventUnitsTest, ThePoliceCitedAreNoPartyToTheRaid) {
  Doc ar = test::ExtractAt("قُتل ستة أشخاص فجر الثلاثاء في هجوم شنّه مسلحون على قرية قرب مدينة الجنينة، وفق الشرطة.", 2024, 5, 7);
  test::MaybeDump(ar);
  EXPECT_EQ(CountOf(ar, "Attack"), 1u);
  EXPECT_EQ(CountOf(ar, "Armed clash"), 0u);
  Doc en = test::ExtractAt("Gunmen attacked a market in the town of Geneina on Tuesday, killing six people, police said.", 2024, 5, 7);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Attack"), 1u);
  EXPECT_EQ(CountOf(en, "Armed clash"), 0u);
}

// The reflexive that names a suicide bombing agrees with its bombers in
// number and gender (dual, feminine plural) and the bomber noun in the dual.
TEST_F(EventUnitsTest, SuicideBombingInTheDualAndFemininePlural) {
  Doc dual = test::ExtractAt("قال شهود إن مسلحين اثنين فجّرا نفسيهما عند مدخل سوق الماشية في مدينة الموصل مساء الجمعة.", 2024, 5, 11);
  test::MaybeDump(dual);
  EXPECT_EQ(CountOf(dual, "Suicide bomb"), 1u);
  Doc dual_fem = test::ExtractAt("قالت الشرطة إن مهاجمتين فجّرتا نفسيهما قرب حاجز في مدينة الرمادي صباح اليوم.", 2024, 5, 7);
  test::MaybeDump(dual_fem);
  EXPECT_EQ(CountOf(dual_fem, "Suicide bomb"), 1u);
  Doc plural_fem = test::ExtractAt("فجّرن أنفسهن في سوق مزدحم في مدينة الموصل صباح السبت، ما أدى إلى مقتل خمسة أشخاص.", 2024, 5, 7);
  test::MaybeDump(plural_fem);
  EXPECT_EQ(CountOf(plural_fem, "Suicide bomb"), 1u);
  Doc bombers = test::ExtractAt("هاجم انتحاريان حاجزاً للجيش في مدينة الرمادي فجر اليوم.", 2024, 5, 7);
  test::MaybeDump(bombers);
  EXPECT_EQ(CountOf(bombers, "Suicide bomb"), 1u);
}

// A bomber and the charge he sets off are one suicide bombing, whichever
// word comes first, in one sentence or told again by a definite noun.
TEST_F(EventUnitsTest, BomberAndChargeAreOneSuicideBombing) {
  Doc ar = test::ExtractAt(
      "فجّر انتحاري شاحنة مفخخة قرب حاجز للشرطة في مدينة الرمادي صباح اليوم، ما أدى إلى مقتل أربعة أشخاص.", 2024, 5,
      7);
  test::MaybeDump(ar);
  EXPECT_EQ(CountOf(ar, "Suicide bomb"), 1u);
  EXPECT_EQ(CountOf(ar, "Remote explosive/landmine/IED"), 0u);
  Doc ar2 = test::ExtractAt(
      "قتل ثلاثة أشخاص عندما فجر انتحاري نفسه قرب مسجد في مدينة الموصل مساء أمس. واعتقلت الشرطة رجلين على صلة "
      "بالتفجير.",
      2024, 5, 7);
  test::MaybeDump(ar2);
  EXPECT_EQ(CountOf(ar2, "Suicide bomb"), 1u);
  EXPECT_EQ(CountOf(ar2, "Remote explosive/landmine/IED"), 0u);
  Doc ar3 = test::ExtractAt("فجّرت انتحارية نفسها عند مدخل سوق للخضار في بلدة بيو مساء الجمعة.", 2024, 5, 11);
  test::MaybeDump(ar3);
  EXPECT_EQ(CountOf(ar3, "Suicide bomb"), 1u);
  EXPECT_EQ(CountOf(ar3, "Remote explosive/landmine/IED"), 0u);
  Doc en = test::ExtractAt(
      "A suicide bomber rammed a truck packed with explosives into a police post in Kirkuk on Tuesday, killing two "
      "officers.",
      2024, 5, 8);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Suicide bomb"), 1u);
  EXPECT_EQ(CountOf(en, "Remote explosive/landmine/IED"), 0u);
}

// "raided … and detained": a raid is how the act of its sentence was done,
// no battle of its own.
TEST_F(EventUnitsTest, RaidIsTheActOfItsSentence) {
  Doc doc = test::ExtractAt("Soldiers raided a market in Maiduguri on Friday and arrested eleven traders.", 2024, 6, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Armed clash"), 0u);
  EXPECT_EQ(CountOf(doc, "Arrests"), 1u);
}

// The forces' fire in a sentence that tells a protest is force against
// the protest, not an attack on civilians.
TEST_F(EventUnitsTest, FireInASentenceOfProtestIsForceAgainstProtesters) {
  Doc en = test::ExtractAt(
      "Police opened fire on villagers protesting against a land deal in Kisumu on Monday, wounding nine people.", 2024,
      7, 3);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Attack"), 0u);
  EXPECT_EQ(CountOf(en, "Excessive force against protesters"), 1u);
  // No protest told: the fire stays an attack.
  Doc plain = test::ExtractAt("Police opened fire on villagers in Kisumu on Monday, wounding nine people.", 2024, 7, 3);
  test::MaybeDump(plain);
  EXPECT_EQ(CountOf(plain, "Excessive force against protesters"), 0u);
}

// A damage verb joined by "and" to an attack, a strike or a riot of its
// sentence, with no subject of its own, is what that act did: one event.
// Burning and plunder after a specific act are deeds of their own; after a
// generic attack word or a crowd's act (its riot) they are that act.
// A damage verb with a doer of its own is its own event.
TEST_F(EventUnitsTest, DamageJoinedToAnAttackIsTheAttack) {
  Doc ar = test::ExtractAt("هاجم مسلحون مجهولون رعاة في قرية قرب مدينة مأرب يوم الثلاثاء وأحرقوا خيامهم.", 2024, 9, 5);
  test::MaybeDump(ar);
  EXPECT_EQ(CountOf(ar, "Looting/property destruction"), 0u);
  Doc ar_own = test::ExtractAt("اختطف مسلحون مجهولون أربعة رعاة قرب مدينة مأرب يوم الثلاثاء وأحرقوا خيامهم.", 2024, 9, 5);
  test::MaybeDump(ar_own);
  EXPECT_EQ(CountOf(ar_own, "Looting/property destruction"), 1u);
  Doc strike = test::ExtractAt("ألقت طائرة حربية قنبلة على مستودع في بلدة الخيام يوم الأحد ودمرته بالكامل.", 2024, 9, 5);
  test::MaybeDump(strike);
  EXPECT_EQ(CountOf(strike, "Looting/property destruction"), 0u);
  EXPECT_EQ(strike.events.size(), 1u);
  Doc en_generic = test::ExtractAt("Gunmen attacked herders near the town of Dori on Tuesday and burned their tents.", 2024, 9, 5);
  test::MaybeDump(en_generic);
  EXPECT_EQ(CountOf(en_generic, "Looting/property destruction"), 0u);
  Doc en = test::ExtractAt("Gunmen kidnapped four herders near the town of Dori on Tuesday and burned their tents.", 2024, 9, 5);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Looting/property destruction"), 1u);
  EXPECT_EQ(en.events.size(), 2u);
  Doc mob = test::ExtractAt("An angry mob beat a driver to death near the town of Dori on Tuesday and burned his lorry.", 2024, 9, 5);
  test::MaybeDump(mob);
  EXPECT_EQ(CountOf(mob, "Looting/property destruction"), 0u);
  EXPECT_EQ(mob.events.size(), 1u);
  Doc own = test::ExtractAt(
      "Soldiers shelled the village of Dori on Tuesday, and settlers burned the olive groves near the town of Dori.",
      2024, 9, 5);
  test::MaybeDump(own);
  EXPECT_EQ(CountOf(own, "Looting/property destruction"), 1u);
}

// A witness quoted after the news retells the event in their own words: no
// second event, whoever the quote seems to make its doer.
TEST_F(EventUnitsTest, QuotedWitnessRetellsTheEvent) {
  Doc doc = test::ExtractAt(
      "أحرق مستوطنون خمسة منازل في قرية المغير شرق رام الله مساء أمس. وقال أحد السكان: \"جاؤوا ليلاً تحت أنظار "
      "الجنود وأحرقوا البيوت\".",
      2024, 4, 13);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 1u);
  // A quote that gives a day of its own tells another event.
  Doc other = test::ExtractAt(
      "Settlers burned five homes in the village of Mughayyir on Friday. \"They burned our olive press on Sunday too,\" "
      "a resident said.",
      2024, 4, 13);
  test::MaybeDump(other);
  EXPECT_EQ(CountOf(other, "Looting/property destruction"), 2u);
}

// The act suspects are held for ("suspected of", "in connection with",
// على صلة ب) refers to an event told before: no second event.
TEST_F(EventUnitsTest, ActSuspectsAreHeldForIsNoNewEvent) {
  Doc en = test::ExtractAt(
      "Gunmen abducted a priest in Enugu on Sunday. Police said on Monday they had arrested three men suspected of "
      "carrying out the kidnapping.",
      2024, 2, 6);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Abduction/forced disappearance"), 1u);
  EXPECT_EQ(CountOf(en, "Arrests"), 1u);
  Doc ar = test::ExtractAt(
      "اختطف مسلحون تاجراً في مدينة كركوك مساء الأحد. وأعلنت الشرطة اليوم اعتقال رجلين على صلة بعمليات الخطف.", 2024,
      2, 6);
  test::MaybeDump(ar);
  EXPECT_EQ(CountOf(ar, "Abduction/forced disappearance"), 1u);
}

// People or bodies handed over are no transfer of territory; hostages
// seized are still abducted.
TEST_F(EventUnitsTest, PeopleHandedOverAreNoTransferOfTerritory) {
  Doc doc = test::ExtractAt(
      "داهمت دورية للشرطة منزلاً في بلدة القصير وأوقفت شخصين. وسُلِّم الموقوفان إلى القضاء المختص.", 2024, 9, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 0u);
  Doc en = test::ExtractAt("The militia handed over the bodies of four soldiers to the Red Cross in Tal Afar on Monday.",
                           2024, 9, 3);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Non-violent transfer of territory"), 0u);
  Doc seized = test::ExtractAt("اختطف مسلحون رهائن من قرية قرب مدينة الفاشر مساء أمس.", 2024, 9, 3);
  test::MaybeDump(seized);
  EXPECT_EQ(CountOf(seized, "Abduction/forced disappearance"), 1u);
}

// The act a party condemns is the event told before; condemned and told
// nowhere else, it stands.
TEST_F(EventUnitsTest, CondemnedActRefersBack) {
  Doc doc = test::ExtractAt(
      "شنت طائرات حربية غارة على مبنى البلدية في مدينة النبطية أمس الخميس. وأدانت الحكومة اليوم استهداف مبنى البلدية "
      "ووصفته بأنه اعتداء.",
      2024, 10, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(CountOf(doc, "Shelling/artillery/missile attack"), 0u);
  Doc alone = test::ExtractAt(
      "The governor condemned the abduction of twelve farmers by gunmen near Gusau on Tuesday.", 2024, 10, 4);
  test::MaybeDump(alone);
  EXPECT_EQ(CountOf(alone, "Abduction/forced disappearance"), 1u);
}

// A chemical agent and the strike or shelling that delivered it, in one
// sentence, place and day, are one chemical weapon event (ACLED codes the
// agent, whatever carried it); a strike elsewhere in the report stays.
TEST_F(EventUnitsTest, AStrikeThatDeliveredAChemicalAgentIsOneChemicalEvent) {
  Doc doc = test::ExtractAt(
      "وقالت الحركة إن الجيش استخدم غاز الكلور في قصف جوي على مواقعها قرب مدينة سراقب يوم الاثنين.", 2024, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(CountOf(doc, "Air/drone strike"), 0u);
  Doc en = test::ExtractAt(
      "The rebels accused the army of using sarin in an air strike on their positions near Saraqib on Monday. "
      "Separately, warplanes struck a market in Ariha on Tuesday.",
      2024, 3, 6);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Chemical weapon"), 1u);
  EXPECT_EQ(CountOf(en, "Air/drone strike"), 1u);
}

// A generic "attack" that a sentence blames on a named group is the act its
// unnamed doers committed, not a second event.
TEST_F(EventUnitsTest, AnAttackBlamedOnAGroupIsTheActOfUnknownMen) {
  Doc doc = test::ExtractAt(
      "ألقى مجهولون قنبلة يدوية على مقهى في مدينة الموصل مساء الثلاثاء، ما أدى إلى إصابة ثلاثة أشخاص، في هجوم نسبته "
      "مصادر أمنية إلى تنظيم الدولة الإسلامية.",
      2024, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(CountOf(doc, "Grenade"), 1u);
}

// Raiders who withdraw once their act is done end that act: no handover of
// territory; a withdrawal told on its own is still one.
TEST_F(EventUnitsTest, AWithdrawalThatEndsARaidIsNoHandover) {
  Doc doc = test::ExtractAt(
      "أحرق مسلحون عشرات المنازل في قرية قرب مدينة مايدوغوري ليل الأحد قبل انسحابهم نحو الغابة.", 2024, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 0u);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 1u);
  Doc en = test::ExtractAt(
      "Gunmen looted shops and burned a clinic in a village near Maiduguri on Sunday before withdrawing into the forest.",
      2024, 3, 6);
  test::MaybeDump(en);
  EXPECT_EQ(CountOf(en, "Non-violent transfer of territory"), 0u);
  Doc alone = test::ExtractAt("انسحبت القوات الحكومية من مدينة مايدوغوري يوم الأحد.", 2024, 3, 6);
  test::MaybeDump(alone);
  EXPECT_EQ(CountOf(alone, "Non-violent transfer of territory"), 1u);
}

// An Arabic report retells its strike in the next sentence, through an
// official, without place or day: one event.
TEST_F(EventUnitsTest, TheNextSentencesMissilesAreTheStrikeToldBefore) {
  Doc doc = test::ExtractAt(
      "قُتل شخصان وأصيب عشرة آخرون جراء قصف صاروخي استهدف حياً سكنياً في مدينة حمص ليل الجمعة. وقال المحافظ إن "
      "صاروخين أصابا مستودعاً للحبوب ومبنى سكنياً.",
      2024, 3, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Shelling/artillery/missile attack"), 1u);
}

// A deadly raid on a village, with the cattle taken during it: one attack,
// the theft part of it (a raid that hurt no one is still the looting).
TEST_F(EventUnitsTest, PlunderDuringADeadlyRaidIsTheRaid) {
  Doc doc = test::ExtractAt(
      "قُتل خمسة أشخاص فجر الاثنين في هجوم شنّه مسلحون على قرية شمالي مدينة الموصل، نهبوا خلاله عشرات الأغنام.",
      2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_TRUE(doc.events[0].fatalities.has_value());
}

// A villager quoted on what the mob burned retells the riot told before.
TEST_F(EventUnitsTest, QuotedBurningByACrowdIsItsRiot) {
  Doc doc = test::ExtractAt(
      "هاجم مئات من المحتجين الغاضبين مركز الشرطة في مدينة الموصل يوم الأحد. وقال أحد السكان: \"أحرقوا السيارات "
      "أمام المركز ثم تفرقوا\".",
      2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  size_t crowd = 0;
  for (const Event& e : doc.events) crowd += e.acled_event_type == "Riots" || e.acled_event_type == "Protests";
  EXPECT_EQ(crowd, 1u);
}


// "The fighting stopped on Tuesday": the definite noun names the clashes
// told before; the day is when they ended, no second battle.
TEST_F(EventUnitsTest, FightingThatStoppedIsTheBattleToldBefore) {
  Doc en = test::ExtractAt(
      "Clashes broke out in Kirkuk on Sunday between two rival militias, killing three people. The fighting "
      "stopped on Monday after tribal elders intervened.",
      2024, 11, 30);
  int battles = 0;
  for (const Event& e : en.events) battles += e.acled_event_type == "Battles";
  EXPECT_EQ(battles, 1);
  Doc ar = test::ExtractAt(
      "date 2024-11-30\nاندلعت اشتباكات بين عشيرتين في مدينة كركوك يوم الأحد أسفرت عن مقتل ثلاثة أشخاص.\n"
      "وتوقفت الاشتباكات يوم الاثنين بعد تدخل وجهاء المدينة.",
      2024, 11, 30);
  battles = 0;
  for (const Event& e : ar.events) battles += e.acled_event_type == "Battles";
  EXPECT_EQ(battles, 1);
}

// "fired at least 14 rockets at X and Y": the "at" of "at least" is the
// count's, not the "fired at" of a shooting; the rockets fired (a gapped
// form, "fired ... rockets") are a shelling, one event per town it names.
TEST_F(EventUnitsTest, RocketsFiredAtLeastCountedAreAShellingOfEachTown) {
  Doc doc = test::ExtractAt(
      "Militants fired at least 12 rockets at Ashkelon and Netivot on Sunday evening, wounding two people, medics "
      "said.",
      2025, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Shelling/artillery/missile attack"), 2u);
  EXPECT_EQ(CountOf(doc, "Attack"), 0u);
  Doc more = test::ExtractAt("Militants fired more than 12 rockets at Ashkelon on Sunday evening.", 2025, 3, 4);
  EXPECT_EQ(CountOf(more, "Shelling/artillery/missile attack"), 1u);
}

// "a drone of unknown origin struck a car", "a rocket crew was struck by a
// drone": a generic strike verb with an aircraft in its clause is an air
// strike of its own — neither the fight told before it nor a weapon the
// interception of its sentence stopped.
TEST_F(EventUnitsTest, AStrikeByADroneIsNoEarlierFightNorTheInterception) {
  Doc after_fight = test::ExtractAt(
      "date 2025-03-04\nClashes broke out between army troops and tribal gunmen in Mayadin on Monday, leaving two "
      "fighters dead, a monitor said.\nResidents said a drone of unknown origin struck a car near Mayadin on Monday "
      "night.",
      2025, 3, 4);
  test::MaybeDump(after_fight);
  EXPECT_EQ(CountOf(after_fight, "Armed clash"), 1u);
  EXPECT_EQ(CountOf(after_fight, "Air/drone strike"), 1u);
  Doc intercepted = test::ExtractAt(
      "date 2025-03-04\nMilitants fired rockets at Sderot on Monday evening, medics said.\nThe army said its air "
      "defences intercepted most of the rockets and that a rocket crew was struck by a drone east of Beit Hanoun on "
      "Monday.",
      2025, 3, 4);
  test::MaybeDump(intercepted);
  EXPECT_EQ(CountOf(intercepted, "Air/drone strike"), 1u);
}

// "entered Tabqa and took over two checkpoints without a fight": a taking
// of ground joined by "and" to the entry before it, at its place, is that
// one change of hands, of the unopposed kind; two towns taken stay two.
TEST_F(EventUnitsTest, AnEntryAndTheTakingJoinedToItAreOneChangeOfHands) {
  Doc doc = test::ExtractAt(
      "date 2025-03-04\nKurdish-led forces entered Tabqa at dawn on Monday and took over two tribal checkpoints "
      "without a fight, residents said.",
      2025, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 1u);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 0u);
  Doc two = test::ExtractAt(
      "date 2025-03-04\nRebels captured Saraqib on Monday and took control of Maarat al-Numan, a monitor said.", 2025,
      3, 4);
  test::MaybeDump(two);
  EXPECT_EQ(CountOf(two, "Non-state actor overtakes territory"), 2u);
}

// A fight claimed by one side whose other side is not yet named, denied
// by that other side at its place, is the same fight disputed, not a second,
// negated one; a denial of a fight in another city stays its own.
TEST_F(EventUnitsTest, AFightDeniedByItsOtherSideIsDisputed) {
  Doc doc = test::ExtractAt(
      "date 2025-03-04\nأعلنت جبهة المقاومة الوطنية أن مقاتليها هاجموا ليل الاثنين نقطة تفتيش لحركة طالبان في مديرية "
      "خنجان بولاية بغلان، وقتلوا ثلاثة من عناصرها.\nونفى متحدث باسم حكومة طالبان وقوع أي هجوم في خنجان، واصفاً بيان "
      "الجبهة بالكاذب.",
      2025, 3, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Armed clash"), 1u);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "negated");
  Doc elsewhere = test::ExtractAt(
      "date 2025-03-04\nأعلنت جبهة المقاومة الوطنية أن مقاتليها هاجموا ليل الاثنين نقطة تفتيش لحركة طالبان في مديرية "
      "خنجان بولاية بغلان، وقتلوا ثلاثة من عناصرها.\nونفى متحدث باسم حكومة طالبان وقوع أي هجوم في مدينة قندهار.",
      2025, 3, 4);
  test::MaybeDump(elsewhere);
  EXPECT_EQ(CountOf(elsewhere, "Armed clash"), 2u);
}

// "after villagers protested against the demolition of homes" beside the
// demolition told in the next sentence: the crowd's grievance re-tells that
// act, no second one; an act told only as the grievance stays an event.
TEST_F(EventUnitsTest, AGrievanceToldAgainAsItsOwnActIsNoSecondEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nPolice arrested 20 people in Minya on Thursday after villagers protested against the "
      "demolition of homes built on farmland, a lawyer said.\nEarlier on Thursday, bulldozers escorted by police had "
      "demolished nine houses in a village near Minya.",
      2025, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 1u);
  EXPECT_EQ(CountOf(doc, "Peaceful protest"), 1u);
  Doc alone = test::ExtractAt(
      "date 2025-03-07\nDozens of residents protested in Raqqa on Monday against the detention of a tribal elder by "
      "intelligence officers.",
      2025, 3, 7);
  test::MaybeDump(alone);
  EXPECT_EQ(CountOf(alone, "Arrests"), 1u);
}

// مواقع انسحب إليها المهاجمون: a withdrawal in a relative clause on an
// indefinite noun of ground (no التي: the noun right before it, the
// resumptive pronoun right after) names the positions struck, no handover;
// a withdrawal from positions told as news stays.
TEST_F(EventUnitsTest, PositionsTheAttackersWithdrewToAreNoWithdrawal) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nتعرضت دورية للجيش لكمين نصبه مسلحون قرب مدينة أيورو يوم الأربعاء. وأضاف البيان أن الطيران "
      "العسكري قصف يوم الخميس مواقع انسحب إليها المهاجمون قرب الحدود المالية.",
      2025, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 0u);
  EXPECT_EQ(CountOf(doc, "Air/drone strike"), 1u);
  Doc news = test::ExtractAt(
      "date 2025-03-07\nانسحب المسلحون من مواقعهم قرب مدينة أيورو يوم الخميس بعد قصف الطيران العسكري.", 2025, 3, 7);
  test::MaybeDump(news);
  EXPECT_EQ(CountOf(news, "Non-violent transfer of territory"), 1u);
}

// The same pronoun after a definite noun, the verb joined by و (أطلق النار
// على القرية وانسحب منها المسلحون), tells a new act: the withdrawal is news.
TEST_F(EventUnitsTest, AWithdrawalJoinedAfterADefiniteNounIsNews) {
  Doc doc = test::ExtractAt(
      "أفادت مصادر محلية بأن الجيش أطلق النار على القرية وانسحب منها عناصر حركة الشباب ليل السبت.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 1u);
  // Each condition alone: a verb joined by و after an indefinite noun of
  // ground is news too.
  Doc joined = test::ExtractAt("قال شهود إن الطيران قصف مواقع وانسحب منها مقاتلو الحركة فجر الاثنين.", 2026, 3, 10);
  test::MaybeDump(joined);
  EXPECT_EQ(CountOf(joined, "Non-violent transfer of territory"), 1u);
}

// "seized the town of X … The fighters had besieged the town for weeks": a
// siege of the place taken, told right after the taking, is how it was
// won; a siege of another town stays an event of its own.
TEST_F(EventUnitsTest, ASiegeToldAfterTheTakingOfItsTownIsHowItWasWon) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nJihadists seized the town of Diafarabe in central Mali on Wednesday, local officials "
      "said.\nThe fighters had besieged the town for weeks, a resident said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Change to group/activity"), 0u);
  EXPECT_EQ(CountOf(doc, "Non-state actor overtakes territory"), 1u);
  Doc other = test::ExtractAt(
      "date 2025-03-07\nJihadists seized the town of Diafarabe in central Mali on Wednesday, local officials "
      "said.\nOn Tuesday the fighters besieged the town of Niono, a resident said.",
      2025, 3, 7);
  test::MaybeDump(other);
  EXPECT_EQ(CountOf(other, "Change to group/activity"), 1u);
}

// طائرات حربية لاحقت المسلحين … ودمّرت أربع سيارات: a destruction verb
// joined by و with no subject of its own shares the aircraft subject of the
// verb before it — an air strike, not hands that destroy; gunmen's burning
// and destroying stays property destruction.
TEST_F(EventUnitsTest, ArabicDestructionJoinedToAnAircraftsVerbIsAnAirStrike) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nوقال الجيش إن طائرات حربية لاحقت المسلحين قرب مدينة ديفا يوم الأحد ودمّرت أربع سيارات.", 2025,
      3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(CountOf(doc, "Air/drone strike"), 1u);
  Doc hands = test::ExtractAt(
      "date 2025-03-07\nوقال سكان إن مسلحين أحرقوا سوق مدينة ديفا يوم الأحد ودمّروا أربعة منازل.", 2025, 3, 7);
  test::MaybeDump(hands);
  EXPECT_EQ(CountOf(hands, "Air/drone strike"), 0u);
  EXPECT_GE(CountOf(hands, "Looting/property destruction"), 1u);
}

// تسلّم موقعاً … وانتشر فيه بعد انسحاب القوة الإسرائيلية منه: a handing-over
// verb with another side's withdrawal after بعد in its sentence is told by
// the side that came; the withdrawal is the ground it received — one
// handover, the side that left its actor 2.
TEST_F(EventUnitsTest, AHandoverReceivedAfterTheOtherSideWithdrewIsOneEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nوأعلن الجيش اللبناني أنه تسلّم موقعاً كان الجيش الإسرائيلي يشغله قرب بلدة الخيام، وانتشر فيه "
      "بعد انسحاب القوة الإسرائيلية منه يوم الاثنين.",
      2025, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Non-violent transfer of territory"), 1u);
}

// "would keep raiding the camps until the gunmen hiding there were
// arrested": an act up to five words after "until" that closes a vow is its
// stated goal, no event; told after a deed done, it stays.
TEST_F(EventUnitsTest, AGoalFiveWordsAfterUntilIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nOfficials said troops would keep raiding the camps around Kidal until the gunmen hiding there "
      "were arrested.",
      2025, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Arrests"), 0u);
  Doc done = test::ExtractAt(
      "date 2025-03-07\nTroops surrounded the camps around Kidal on Monday until the gunmen hiding there were arrested, "
      "officials said.",
      2025, 3, 7);
  test::MaybeDump(done);
  EXPECT_EQ(CountOf(done, "Arrests"), 1u);
}

// أحرق شبان إطارات مطاطية ورشقوا دورية بالحجارة: tyres a crowd burned, its
// subject between the verb and the tyres, are its riot — one violent
// demonstration with the stoning, no property destruction beside it.
TEST_F(EventUnitsTest, TyresBurnedByYouthsNamedInTheGapAreTheirRiot) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nوتجددت الاحتجاجات في مدينة قفصة ليلاً، حيث أحرق شبان إطارات مطاطية ورشقوا دورية للشرطة "
      "بالحجارة.",
      2025, 3, 7);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Looting/property destruction"), 0u);
  EXPECT_EQ(CountOf(doc, "Violent demonstration"), 1u);
}

// "tanks shelled the outskirts and bulldozers demolished 12 houses": a
// damage verb with its own subject after "and" is another doer's act, a
// destruction of its own; "shelled the outskirts and destroyed 12 houses"
// (no subject of its own) is what the shelling did.
TEST_F(EventUnitsTest, DamageWithItsOwnSubjectAfterAndIsNoStrikesBlow) {
  Doc own = test::ExtractAt(
      "date 2025-03-07\nIsraeli tanks shelled the eastern outskirts of Khan Younis on Monday and bulldozers "
      "demolished 12 houses in the town, residents said.",
      2025, 3, 7);
  test::MaybeDump(own);
  EXPECT_EQ(CountOf(own, "Looting/property destruction"), 1u);
  EXPECT_EQ(CountOf(own, "Shelling/artillery/missile attack"), 1u);
  Doc blow = test::ExtractAt(
      "date 2025-03-07\nIsraeli tanks shelled the eastern outskirts of Khan Younis on Monday and destroyed 12 houses, "
      "residents said.",
      2025, 3, 7);
  test::MaybeDump(blow);
  EXPECT_EQ(CountOf(blow, "Looting/property destruction"), 0u);
}

}  // namespace
// اتهمت X Y بإحراق: a party named between the accusation and the act is the
// one charged, and the act is told as its accuser claims it; a man "accused
// of kidnapping" (no party named between) bears a charge, no act told.
TEST_F(EventUnitsTest, AnAccusationOfANamedPartyTellsTheActButAChargeDoesNot) {
  Doc named = test::ExtractAt(
      "واتهمت المعارضة قوات الأمن بإحراق عشرات المنازل في قرية قرب مدينة حمص يوم الجمعة، فيما نفت السلطات ذلك.", 2024,
      3, 6);
  test::MaybeDump(named);
  EXPECT_EQ(CountOf(named, "Looting/property destruction"), 1u);
  Doc charge = test::ExtractAt("وفي مدينة حمص، اعتدى عشرات الأهالي بالضرب على رجل اتُّهم بخطف طفل يوم الجمعة.", 2024, 3, 6);
  test::MaybeDump(charge);
  EXPECT_EQ(CountOf(charge, "Abduction/forced disappearance"), 0u);
}

// ضرب … حتى الموت: the victim's relative clause between the verb and its
// two-word tail leaves the beating to death one event of mob violence.
TEST_F(EventUnitsTest, BeatenToDeathPastTheVictimsRelativeClause) {
  Doc doc = test::ExtractAt(
      "وفي مدينة حمص، ضرب حشد من الأهالي رجلاً يُشتبه في أنه لص حتى الموت يوم الجمعة.",
      2024, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Mob violence"), 1u);
}

// A mob that burns a man, with a place phrase between the crowd and him,
// fell on a person (mob violence); a sit-in of other people in the same town
// that day is a protest of its own, not a stage of the lynching.
TEST_F(EventUnitsTest, AMobOnAPersonIsNoStageOfAPeacefulProtestBesideIt) {
  Doc doc = test::ExtractAt(
      "وفي مدينة حمص، نظّم عمال المصفاة وقفة احتجاجية أمام مبنى المحافظة يوم الجمعة للمطالبة بأجورهم، فيما أحرق حشد "
      "غاضب في حي بعيد رجلاً يُشتبه في أنه سارق.",
      2024, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Mob violence"), 1u);
  EXPECT_EQ(CountOf(doc, "Peaceful protest"), 1u);
}

// "A mob attacked a mosque …, smashing windows": a crowd's fight word on a
// civilian place names the deed, a mob on the people there; the riot acts
// after it tell how it was done. A governorate building is the state's: a
// violent demonstration.
TEST_F(EventUnitsTest, MobAttackOnAMosqueKeepsItsKindPastTheRiotActs) {
  Doc doc = test::ExtractAt(
      "date 2026-11-21\nA mob attacked a mosque in a village near Minya on Friday night, smashing windows and "
      "setting fire to carpets, a local imam said.",
      2026, 11, 21);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Mob violence"), 1u);
  EXPECT_EQ(CountOf(doc, "Violent demonstration"), 0u);
}

TEST_F(EventUnitsTest, ProtestersAttackingAGovernorateStayAViolentDemonstration) {
  Doc doc = test::ExtractAt(
      "date 2026-11-21\nHundreds of protesters attacked the governorate building in Minya on Friday, smashing "
      "windows and setting fire to a car, police said.",
      2026, 11, 21);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOf(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(CountOf(doc, "Mob violence"), 0u);
}

TEST_F(EventUnitsTest, ArabicAttackersThenKillingVillagersIsANextAct) {
  // بعد ذلك: what "the attackers" did then is an act of its own, not the
  // attack's course told again.
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nقُتل ثمانية جنود في هجوم شنّه مسلحون على موقع للجيش قرب بلدة ديبولي يوم الأحد.\n"
      "وقال سكان إن المهاجمين أعدموا بعد ذلك أربعة رعاة من قرية مجاورة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
  EXPECT_NE(test::FirstOfSub(doc, "Attack"), nullptr);
}

}  // namespace marsad
