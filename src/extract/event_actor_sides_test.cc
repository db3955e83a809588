// Actors of events from the actor registry and its trigger roles: the
// nationality of a strike noun, a country's forces for a generic "army",
// and the fighters of a named group on one side only. Sentences are our
// own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventActorSidesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* For(const Doc& doc, std::string_view trigger) { return test::ExpectEvent(doc, trigger); }

// A strike noun's nationality adjective (هجوم صاروخي إسرائيلي، ضربة جوية
// تركية) names the country's forces as the striker, after a preposition too.
TEST_F(EventActorSidesTest, AdjectiveOfAStrikeNounNamesTheStriker) {
  Doc doc = test::ExtractAt("قتل ثلاثة أشخاص في هجوم صاروخي إسرائيلي على بلدة الخيام مساء الخميس.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هجوم صاروخي");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isr.idf");
  Doc air = test::ExtractAt("أصيب أربعة مدنيين في ضربة جوية تركية على قرية قرب القامشلي ليل الأربعاء.", 2025, 3, 7);
  test::MaybeDump(air);
  const Event* a = For(air, "ضربة جوية");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(air, a->actor1), "tur.mil");
}

// "The army" in an event in Chad is Chad's army (data/shared/national_forces.tsv).
TEST_F(EventActorSidesTest, ArmyPostInChadIsChadsArmy) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nN'DJAMENA, March 7 (Wire) - Boko Haram fighters attacked an army post near Bol on Tuesday, "
      "killing five soldiers, the army said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "tcd.mil");
}

// A generic force of a country added to the registry as a set (government,
// army, police) is that country's: police in a Serbian city are Serbia's, and
// smugglers an army fights are the generic smugglers actor.
TEST_F(EventActorSidesTest, GenericPoliceOfSerbiaAndSmugglersAreCoded) {
  Doc doc = test::ExtractAt(
      "NIS, Serbia (Wire) - Police arrested fourteen students after a march in Nis on Friday, the interior ministry said.",
      2026, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "srb.police");
  Doc border = test::ExtractAt("اشتبك حرس الحدود الأردني مع مهربين مسلحين قرب الرويشد فجر الأحد.", 2026, 3, 9);
  test::MaybeDump(border);
  const Event* c = For(border, "اشتبك");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::ActorId(border, c->actor2), "gen.smugglers");
}

// A police branch (anti-narcotics, criminal investigation, judicial police)
// is the country's police, not its army (data/{ar,en}/actor_aliases.tsv).
TEST_F(EventActorSidesTest, PoliceBranchesAreTheCountrysPolice) {
  Doc ar = test::ExtractAt("اعتقلت إدارة مكافحة المخدرات ثلاثة أشخاص في الزرقاء مساء الأحد بتهمة ترويج الحبوب.", 2026, 3, 9);
  test::MaybeDump(ar);
  const Event* a = For(ar, "اعتقلت");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->actor1.identity.id, "jor.police");
  Doc en = test::ExtractAt(
      "NIS, Serbia (Wire) - Anti-narcotics police arrested four men in Nis on Friday, the interior ministry said.",
      2026, 3, 7);
  test::MaybeDump(en);
  const Event* e = For(en, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "srb.police");
}

// A region that keeps forces of its own (national_forces.tsv rows keyed
// country/admin1): "the police" in a Puntland port are Puntland's, in the
// capital the federal police; Kurdistan's security forces are its own.
TEST_F(EventActorSidesTest, GenericForceOfARegionWithItsOwnForcesIsTheRegions) {
  Doc doc = test::ExtractAt(
      "BOSASO, Somalia (Wire) - Police arrested five men in Bosaso on Friday over a plot to smuggle weapons, officials said.",
      2026, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.puntland.police");
  Doc capital = test::ExtractAt(
      "MOGADISHU, Somalia (Wire) - Police arrested five men in Mogadishu on Friday over a plot to smuggle weapons, officials said.",
      2026, 3, 7);
  test::MaybeDump(capital);
  const Event* c = For(capital, "arrested");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::CodedId(capital, c->actor1), "som.police");
  Doc krg = test::ExtractAt("اعتقلت قوات الأمن أربعة صحفيين في أربيل مساء الخميس بعد نشرهم تقريراً عن الفساد.", 2026, 3, 7);
  test::MaybeDump(krg);
  const Event* k = For(krg, "اعتقلت");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(test::CodedId(krg, k->actor1), "irq.krg_security");
}

// "Russian mercenaries" are Wagner's, and the Africa Corps' where it took
// over (Burkina Faso and Niger from 2024, Mali from mid-2025).
TEST_F(EventActorSidesTest, RussianMercenariesFollowPlaceAndEra) {
  Doc old = test::ExtractAt("هاجم المرتزقة الروس قرية قرب مدينة موبتي في مالي الأحد وقتلوا خمسة رعاة.", 2023, 5, 9);
  test::MaybeDump(old);
  bool wagner = false;
  for (const ActorMention& m : old.actors) wagner |= m.id == "rus.wagner";
  EXPECT_TRUE(wagner);
  Doc now = test::ExtractAt("هاجم المرتزقة الروس قرية قرب مدينة موبتي في مالي الأحد وقتلوا خمسة رعاة.", 2026, 5, 9);
  test::MaybeDump(now);
  const Event* e = For(now, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(now, e->actor1), "rus.africa_corps");
}

// A country whose state changed has a national force per era: "the police"
// of a Syrian town is the Assad state's before 2024-12-08, the new state's
// after (data/shared/national_forces.tsv, chosen by the event's day).
TEST_F(EventActorSidesTest, GenericPoliceOfSyriaFollowsTheEventsEra) {
  const char* text =
      "HOMS, Syria (Wire) - Police arrested eleven men in a raid on a market in Homs on Monday, "
      "the interior ministry said.";
  Doc now = test::ExtractAt(text, 2026, 5, 6);
  test::MaybeDump(now);
  const Event* e = For(now, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "syr.police.new");
  Doc then = test::ExtractAt(text, 2019, 5, 8);
  test::MaybeDump(then);
  const Event* t = For(then, "arrested");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->actor1.identity.id, "syr.police.assad");
}

// "The security forces" that fire on a crowd are the country's police (the
// coded identity the record names; the mention keeps its generic id).
TEST_F(EventActorSidesTest, SecurityForcesFacingACrowdAreThePolice) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nN'DJAMENA, March 7 (Wire) - Security forces fired tear gas at hundreds of protesters "
      "in Abeche on Thursday.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_event_type == "Protests") e = &x;
  ASSERT_NE(e, nullptr);
  const std::string a1 = e->actor1.identity.id, a2 = e->actor2.identity.id;
  EXPECT_TRUE(a1 == "tcd.police" || a2 == "tcd.police") << a1 << " / " << a2;
}

// Arabic names the force with the country's nisba (قوات الأمن الكينية); at
// home facing a crowd it is still the country's police, elsewhere its army.
TEST_F(EventActorSidesTest, NisbaSecurityForcesFacingACrowdAreThePolice) {
  Doc doc = test::ExtractAt("أطلقت قوات الأمن الكينية الغاز المسيل للدموع على مئات المتظاهرين وسط نيروبي أمس.",
                            2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_event_type == "Protests") e = &x;
  ASSERT_NE(e, nullptr);
  const std::string a1 = e->actor1.identity.id, a2 = e->actor2.identity.id;
  EXPECT_TRUE(a1 == "ken.police" || a2 == "ken.police") << a1 << " / " << a2;
}

// Western Sahara is policed and held by Morocco: a generic police or
// security force that faces a crowd there is Morocco's police.
TEST_F(EventActorSidesTest, GenericForcesInWesternSaharaAreMoroccos) {
  for (const char* text :
       {"date 2025-03-07\nLAAYOUNE, March 7 (Wire) - Police dispersed a sit-in by dozens of activists in Laayoune "
        "on Thursday.",
        "فرّقت قوات الأمن أمس وقفة احتجاجية لعشرات الناشطين في مدينة العيون.",
        // With the nisba (قوات الأمن المغربية) too: at home there as in Morocco.
        "فرّقت قوات الأمن المغربية صباح اليوم وقفة لناشطين صحراويين أمام مقر الولاية في مدينة العيون."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 7);
    test::MaybeDump(doc);
    const Event* e = nullptr;
    for (const Event& x : doc.events)
      if (x.acled_event_type == "Protests") e = &x;
    ASSERT_NE(e, nullptr) << text;
    const std::string a1 = e->actor1.identity.id, a2 = e->actor2.identity.id;
    EXPECT_TRUE(a1 == "mar.police" || a2 == "mar.police") << a1 << " / " << a2 << " in " << text;
  }
}

// Those arrested "for assaulting the security forces" are not the security
// forces: a home force after a preposition is the target of what they did.
TEST_F(EventActorSidesTest, AssaultedForceIsNotWhomTheArrestTook) {
  Doc doc = test::ExtractAt(
      "تظاهر مئات الشبان أمس في البصرة احتجاجاً على انقطاع الكهرباء، وأعلنت الشرطة اعتقال تسعة أشخاص قالت إنهم "
      "اعتدوا على القوات الأمنية.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_sub_event_type == "Arrests") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "gen.protesters");
}

// A unit named before its army and the army's nisba (مديرية المخابرات في
// الجيش اللبناني) is that country's army, in another country too.
TEST_F(EventActorSidesTest, ArmyUnitBeforeTheArmysNisbaIsThatArmy) {
  Doc doc = test::ExtractAt("أوقفت مديرية المخابرات في الجيش اللبناني أمس في بلدة عرسال ثلاثة أشخاص للاشتباه "
                            "بانتمائهم إلى تنظيم داعش.",
                            2025, 3, 7);
  test::MaybeDump(doc);
  bool whole = false;
  for (const ActorMention& m : doc.actors)
    whole = whole || m.id == "lbn.laf";  // not the generic army with its nisba left out
  EXPECT_TRUE(whole);
}

// مسلحون من X: X is whose men the subject is, not the object of the verb;
// the object is what follows the name.
TEST_F(EventActorSidesTest, GroupOfTheSubjectIsNotTheObject) {
  Doc doc = test::ExtractAt("هاجم مسلحون من جبهة البوليساريو موقعا للجيش المغربي قرب السمارة أمس.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mar.polisario");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "mar.mil");
  Doc abd = test::ExtractAt("خطف مسلحون من جيش تحرير أورومو خمسة تجار على طريق قرب مدينة فيتشي يوم الأحد.", 2025, 3, 7);
  test::MaybeDump(abd);
  const Event* k = For(abd, "خطف");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(test::ActorId(abd, k->actor1), "eth.ola");
  EXPECT_NE(test::ActorId(abd, k->actor2), "eth.ola");
}

// The first event of sub-event type `sub`, or null.
const Event* OfSub(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  ADD_FAILURE() << "no " << sub;
  return nullptr;
}

std::string Coded(const Doc& doc, const EventArgument& a) {
  return a.coded_id.empty() ? test::ActorId(doc, a) : a.coded_id;
}

// A strike told with its weapon (ضربة شنتها مسيرة تركية): the weapon's
// nationality strikes; the group whose men were hit, named before it, is
// what it hit.
TEST_F(EventActorSidesTest, WeaponNationalityOutranksTheGroupItHit) {
  Doc doc = test::ExtractAt(
      "أصيب ثلاثة مقاتلين من قوات سوريا الديمقراطية (قسد) بضربة شنتها مسيرة تركية على موقعهم شمال الحسكة فجر الثلاثاء.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "tur.mil");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "syr.sdf");
}

// A weapon with its nationality that opens the strike's words (مسيرات
// أوكرانية ضربت) strikes, not the ministry that tells of it.
TEST_F(EventActorSidesTest, WeaponNationalityOutranksTheSource) {
  Doc doc = test::ExtractAt(
      "ذكرت وزارة الدفاع الروسية أن مسيرات أوكرانية ضربت مستودعا للوقود في مدينة كورسك فجر الثلاثاء.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "ukr.mil");
}

// Residents who gather and are dispersed are coded Protesters (ACLED's
// protest with intervention), the force that dispersed them actor 2.
TEST_F(EventActorSidesTest, DispersedResidentsAreProtesters) {
  Doc doc = test::ExtractAt(
      "تجمع عشرات من سكان الحي أمام مبنى البلدية في مدينة حمص يوم الأحد للمطالبة بالكهرباء، قبل أن تفرقهم الشرطة بالغاز "
      "المسيل للدموع.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Protest with intervention");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "gen.protesters");
}

// اقتاد (led away) is a transitive verb in verb-subject-object order: the
// force after it leads, the people after the force are taken.
TEST_F(EventActorSidesTest, ForceThatLedPeopleAwayIsTheAbductor) {
  Doc doc = test::ExtractAt("في مدينة ماندالاي، اقتادت قوات الأمن نحو 30 طالباً من سكنهم الجامعي مساء الخميس.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "mmr.mil");
  EXPECT_EQ(Coded(doc, e->actor2), "gen.civilians");
}

// People the police arrest in one town are not the crowd that marched in
// another; those arrested where the crowd marched are.
TEST_F(EventActorSidesTest, ArrestInAnotherTownIsNotTheCrowds) {
  Doc far = test::ExtractAt(
      "تظاهر مئات من المزارعين في مدينة كايس يوم الأحد للمطالبة بخفض أسعار الأسمدة. واعتقلت الشرطة مدوّناً في مدينة "
      "موبتي يوم السبت.",
      2025, 3, 7);
  test::MaybeDump(far);
  const Event* a = OfSub(far, "Arrests");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Coded(far, a->actor2), "gen.civilians");
  Doc here = test::ExtractAt(
      "تظاهر مئات من المزارعين في مدينة كايس يوم الأحد للمطالبة بخفض أسعار الأسمدة. واعتقلت الشرطة عشرة منهم.",
      2025, 3, 7);
  test::MaybeDump(here);
  const Event* h = OfSub(here, "Arrests");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(Coded(here, h->actor2), "gen.protesters");
}

// "Army engineers", "army aircraft": the army named by one of its arms,
// with no article, is the doer, not the insurgents the report is about.
TEST_F(EventActorSidesTest, ArmyNamedByItsArmIsTheDoer) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nBoko Haram fighters raided a village near Bama on Monday, killing three herders, residents said. "
      "Army engineers later defused three bombs buried on a road near Gwoza, the army said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "nga.mil");
}

// Georgia's forces are in the registry: "the police" dispersing a crowd in
// Batumi is Georgia's police, not police of no country.
TEST_F(EventActorSidesTest, PoliceInGeorgiaAreGeorgiasPolice) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nThousands of people rallied outside the regional parliament in Batumi on Thursday before "
      "police used tear gas to disperse them.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Protest with intervention");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor2), "geo.police");
}

// Gunmen "believed to belong to" a group whose name is set in quotation
// marks after its kind noun (تنظيم "X") are that group.
TEST_F(EventActorSidesTest, HedgedGroupInQuotationMarksIsTheDoer) {
  Doc doc = test::ExtractAt(
      "خطف مسلحون يعتقد أنهم ينتمون إلى تنظيم \"ولاية غرب أفريقيا\" أربعة صيادين قرب بلدة مالام فاتوري في ولاية بورنو "
      "يوم الجمعة.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis.west_africa");
}

// A suicide bombing with no doer told, in a report whose only non-state
// armed group is al-Shabaab, is al-Shabaab's; said to be unclaimed ("no
// group has claimed", لم تتبنَّ أي جهة) it stays an unidentified group's,
// and so does a grenade thrown by no one named.
TEST_F(EventActorSidesTest, UnclaimedBombingOfTheReportsOneGroup) {
  const std::string told =
      "date 2024-02-14\nAl-Shabaab fighters overran a police post near Jowhar on Monday, officials said. "
      "On Tuesday a suicide bomber blew himself up outside a tea shop in Baidoa, killing six people.";
  Doc doc = test::ExtractAt(told, 2024, 2, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "suicide bomber");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  Doc unclaimed = test::ExtractAt(told + " No group has claimed the bombing.", 2024, 2, 14);
  test::MaybeDump(unclaimed);
  e = For(unclaimed, "suicide bomber");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(unclaimed, e->actor1), "gen.unidentified_armed_group");
  Doc grenade = test::ExtractAt(
      "date 2024-02-14\nAl-Shabaab fighters overran a police post near Jowhar on Monday, officials said. "
      "On Tuesday a grenade was thrown into a tea shop in Baidoa, wounding six people.",
      2024, 2, 14);
  test::MaybeDump(grenade);
  e = For(grenade, "grenade");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(grenade, e->actor1), "gen.unidentified_armed_group");
  Doc ar = test::ExtractAt(
      "هاجم مسلحو حركة الشباب مركزاً للشرطة قرب جوهر يوم الاثنين. "
      "وفجّر انتحاري نفسه أمام مقهى في مدينة بيدوا يوم الثلاثاء، ما أدى إلى مقتل ستة أشخاص. "
      "ولم تتبنَّ أي جهة الهجوم حتى الآن.",
      2024, 2, 14);
  test::MaybeDump(ar);
  e = For(ar, "انتحاري");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(ar, e->actor1), "gen.unidentified_armed_group");
}

// "Officials blamed X", "blaming X": X is who set off the bomb.
TEST_F(EventActorSidesTest, BlamedGroupSetOffTheBomb) {
  Doc doc = test::ExtractAt(
      "date 2024-02-14\nA roadside bomb struck an army truck near Baiji on Tuesday, wounding three soldiers, "
      "police said, blaming Islamic State.",
      2024, 2, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "roadside bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis");
}

// A name's head noun ("the X faction", "the X gang") does not part it from
// "and": "the X faction and Y clashed" are the two sides of one battle.
TEST_F(EventActorSidesTest, GroupNounAfterANameStillJoinsTheSides) {
  Doc doc = test::ExtractAt(
      "date 2024-06-08\nGunmen of the Sinaloa Cartel faction and La Familia Michoacana clashed outside Zitacuaro "
      "on Friday, leaving five dead, officials said.",
      2024, 6, 8);
  test::MaybeDump(doc);
  const Event* e = For(doc, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mex.sinaloa");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "mex.familia");
  size_t battles = 0;
  for (const Event& ev : doc.events) battles += ev.acled_event_type == "Battles";
  EXPECT_EQ(battles, 1u);
}

// Every ISO country maps to its registry code (data/shared/country_codes.tsv):
// "the army" in Ecuador and "police" in Peru are those countries' own.
TEST_F(EventActorSidesTest, GenericForceOfAnyCountryWithARegistrySet) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nQUITO, March 7 (Wire) - The army arrested six suspected gang members in a raid in Guayaquil "
      "on Wednesday, the defence ministry said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "ecu.mil");
  Doc peru = test::ExtractAt(
      "date 2025-03-07\nLIMA, March 7 (Wire) - Police fired tear gas to disperse hundreds of miners protesting "
      "in Arequipa on Thursday.",
      2025, 3, 7);
  test::MaybeDump(peru);
  const Event* p = For(peru, "tear gas");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(Coded(peru, p->actor2), "per.police");
  Doc thai = test::ExtractAt("قتل جنديان من الجيش التايلاندي في انفجار عبوة ناسفة قرب بلدة في جنوب تايلاند أمس.",
                             2025, 3, 7);
  test::MaybeDump(thai);
  bool thai_army = false;
  for (const ActorMention& m : thai.actors) thai_army |= m.id == "tha.mil";
  EXPECT_TRUE(thai_army);
}

// ACLED: what an armed party loots or burns, its owner unnamed, belongs to
// civilians (actor 2), whether or not the object is a home or a shop.
TEST_F(EventActorSidesTest, LootingByArmedMenFallsOnCivilians) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nNIAMEY, March 7 (Wire) - Armed men looted and burned four cargo trucks and a warehouse near "
      "Ouallam on Wednesday, a local official said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Looting/property destruction");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor2), "gen.civilians");
}

// "Police said no arrests had been made": those not taken are the attack's doers named
// just before (actor 2), never civilians taken.
TEST_F(EventActorSidesTest, DeniedArrestNamesTheDoersNotTaken) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nRAMALLAH, March 7 (Wire) - Israeli settlers set fire to two cars and a barn in the village "
      "of Sinjil on Thursday night, residents said. Police said no arrests had been made.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* denied = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests" && e.status == "negated") denied = &e;
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(Coded(doc, denied->actor2), "isr.settlers");
}

// The Asayish of Iraqi Kurdistan are the KRG's security forces; in Syria the
// name is the north-east's internal security (alias context country:IRQ).
TEST_F(EventActorSidesTest, AsayishInIraqAreTheKurdistanRegionsForces) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nERBIL, Iraq, March 7 (Wire) - Asayish forces detained three journalists in Duhok on Thursday, "
      "a press freedom group said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "irq.krg_security");
  Doc ar = test::ExtractAt("اعتقلت قوات الأسايش ثلاثة صحفيين في مدينة دهوك يوم الخميس.", 2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = OfSub(ar, "Arrests");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Coded(ar, a->actor1), "irq.krg_security");
}

// No state lays roadside bombs in ACLED's coding: a force the roles made a
// blast's doer is what it hit, and the doer is unidentified.
TEST_F(EventActorSidesTest, StateForceHitByABombIsNotItsLayer) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nQUETTA, Pakistan, March 7 (Wire) - Police said a roadside bomb struck a police patrol near "
      "Mastung on Thursday, wounding three policemen.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "gen.unidentified_armed_group");
  EXPECT_EQ(Coded(doc, e->actor2), "pak.police");
  Doc ar = test::ExtractAt("أصيب ثلاثة جنود بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي قرب بعقوبة صباح اليوم.", 2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = OfSub(ar, "Remote explosive/landmine/IED");
  ASSERT_NE(a, nullptr);
  const std::string by = Coded(ar, a->actor1);
  EXPECT_TRUE(by.empty() || by == "gen.unidentified_armed_group") << by;
  EXPECT_NE(Coded(ar, a->actor2), "gen.civilians");
}

// A subject that is only the report's source (قالت الأمم المتحدة إن …، "the
// UN said") is not the doer when the verb names its agent (على أيدي X, "by X").
TEST_F(EventActorSidesTest, NamedAgentOverTheSourceSubject) {
  Doc ar = test::ExtractAt(
      "قالت الأمم المتحدة إن ثلاث فتيات تعرضن للاغتصاب على أيدي عناصر من قوات الدعم السريع في مدينة الجنينة يوم السبت.",
      2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = OfSub(ar, "Sexual violence");
  ASSERT_NE(a, nullptr);
  EXPECT_NE(Coded(ar, a->actor1), "un.un");
  EXPECT_NE(Coded(ar, a->actor2), Coded(ar, a->actor1));
  Doc en = test::ExtractAt(
      "date 2025-03-07\nBUNIA, March 7 (Wire) - The UN said two women were raped by CODECO fighters near Djugu on Friday.",
      2025, 3, 7);
  test::MaybeDump(en);
  const Event* e = OfSub(en, "Sexual violence");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(Coded(en, e->actor1), "un.un");
}

// The United Nations reports violence; it is not its doer (a peacekeeping
// mission, armed, may be).
TEST_F(EventActorSidesTest, UnarmedBodyIsNoDoerOfViolence) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nGOMA, March 7 (Wire) - The United Nations said it had received reports of girls being raped "
      "in camps around Sake this week.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Sexual violence");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(Coded(doc, e->actor1), "un.un");
}

// اشتبكت مع عناصر من X: the group behind the verb's own preposition is the
// side it fought (prep:مع=actor2), not a subject after the verb; the force
// the speaker's pronoun stands for fought it.
TEST_F(EventActorSidesTest, GroupAfterTheClashPrepositionIsTheOtherSide) {
  Doc doc = test::ExtractAt("مقديشو - أعلن الجيش الصومالي أن وحداته اشتبكت مع عناصر من حركة الشباب قرب بلدة جوهر صباح الاثنين.",
                            2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتبكت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.sna");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "som.shabaab");
}

// بين X وY من جهة وZ من جهة أخرى: Y is X's ally, Z the other side
// (`camp_split` cues); the same in English, and with a date set off by
// commas between the battle word and its "between".
TEST_F(EventActorSidesTest, CampSplitNamesTheOtherSideOfABetweenPhrase) {
  Doc doc = test::ExtractAt(
      "نيالا - تجددت المعارك، صباح السبت، بين الجيش السوداني والقوة المشتركة من جهة وقوات الدعم السريع من جهة "
      "أخرى شرقي مدينة نيالا.",
      2025, 3, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "تجددت المعارك");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.saf");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "sdn.rsf");
  Doc en = test::ExtractAt(
      "Fighting raged on Saturday between the army and the Joint Forces on one side and the RSF on the other near "
      "Nyala.",
      2025, 3, 9);
  test::MaybeDump(en);
  const Event* f = For(en, "Fighting");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(test::ActorId(en, f->actor1), "sdn.saf");
  EXPECT_EQ(test::ActorId(en, f->actor2), "sdn.rsf");
}

// "Rival armed groups fought", اشتباكات بين مجموعتين مسلحتين: both sides are
// the kind actor 1 names (`reciprocal` cues), not an opponent left empty.
TEST_F(EventActorSidesTest, ReciprocalFightHasTheSameKindOnBothSides) {
  Doc doc = test::ExtractAt("طرابلس - اندلعت اشتباكات بالأسلحة الثقيلة بين مجموعتين مسلحتين في مدينة مصراتة مساء الأحد.",
                            2025, 3, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اندلعت اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.unidentified_armed_group");
  Doc en = test::ExtractAt("Rival armed groups fought with rifles and rockets in the city of Misrata on Sunday, a hospital said.",
                           2025, 3, 9);
  test::MaybeDump(en);
  const Event* f = For(en, "fought");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(test::ActorId(en, f->actor2), test::ActorId(en, f->actor1));
  EXPECT_FALSE(test::ActorId(en, f->actor2).empty());
}

// A strike on "its positions" (مواقعها) that names nothing else hit fell on
// the armed party telling of it or accusing the other side; one on a market
// did not.
TEST_F(EventActorSidesTest, StrikeOnItsOwnPositionsHitTheTeller) {
  Doc acc = test::ExtractAt("اتهمت حركة تحرير السودان الجيش السوداني بقصف مواقعها بالمدفعية قرب مدينة الفاشر يوم الأحد.",
                            2025, 3, 7);
  test::MaybeDump(acc);
  const Event* a = For(acc, "بقصف");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(acc, a->actor1), "sdn.saf");
  EXPECT_EQ(test::ActorId(acc, a->actor2), "sdn.sla");
  Doc said = test::ExtractAt(
      "date 2025-03-07\nThe Kachin Independence Army said on Friday that the Myanmar military had shelled its "
      "positions near Bhamo.",
      2025, 3, 7);
  test::MaybeDump(said);
  const Event* s = For(said, "shelled");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(test::ActorId(said, s->actor2), "mmr.kia");
  Doc market = test::ExtractAt(
      "date 2025-03-07\nThe Kachin Independence Army said on Friday that the Myanmar military had shelled a market "
      "near Bhamo.",
      2025, 3, 7);
  test::MaybeDump(market);
  const Event* m = For(market, "shelled");
  ASSERT_NE(m, nullptr);
  EXPECT_NE(test::ActorId(market, m->actor2), "mmr.kia");
}

// Those a crowd protests the arrest of ("protested against the arrest of an
// imam, whom police had detained") were taken before the protest, not out
// of its crowd; people detained after a protest told before are its crowd.
TEST_F(EventActorSidesTest, ArrestACrowdProtestsIsNotOfTheCrowd) {
  Doc topic = test::ExtractAt(
      "date 2025-03-07\nIn Tartus, dozens of residents protested on Sunday against the arrest of a local imam, whom "
      "police had detained at his home on Friday, his family said.",
      2025, 3, 7);
  test::MaybeDump(topic);
  const Event* t = For(topic, "detained");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(test::ActorId(topic, t->actor2), "gen.civilians");
  Doc after = test::ExtractAt(
      "date 2025-03-07\nDozens of residents protested in Tartus on Sunday over rising prices. Police detained six of "
      "them, witnesses said.",
      2025, 3, 7);
  test::MaybeDump(after);
  const Event* a = For(after, "detained");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(after, a->actor2), "gen.protesters");
}

// A curfew imposed by no one named is the government's of the country it
// is in (the registry's authorities there).
TEST_F(EventActorSidesTest, CurfewWithNoImposerIsTheGovernments) {
  Doc en = test::ExtractAt("date 2025-03-07\nA night curfew was imposed in Garissa on Friday after clashes between two clans.",
                           2025, 3, 7);
  test::MaybeDump(en);
  const Event* e = For(en, "curfew");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(en, e->actor1), "ken.gov");
  Doc ar = test::ExtractAt("فُرض حظر تجول ليلي في مدينة مومباسا اعتباراً من مساء الجمعة بعد اشتباكات قبلية.", 2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = For(ar, "حظر تجول");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(ar, a->actor1), "ken.gov");
}

// "The tribes" alone (شيوخ العشائر, the tribes' elders) name no armed
// force: only their fighters (مقاتلو العشائر) are the Syrian tribal forces.
TEST_F(EventActorSidesTest, TribalEldersAreNoTribalFighters) {
  Doc doc = test::ExtractAt("خطف مسلحون من حركة الشباب اثنين من شيوخ العشائر قرب مدينة جوهر يوم الاثنين.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "خطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
}

// A bomb thrown at a shop or a party's office, with no one hurt, fell on
// civilians: those are civilian objects (civilian_target).
TEST_F(EventActorSidesTest, BombOnAShopOrPartyOfficeHitsCivilians) {
  Doc shop = test::ExtractAt("ألقى مجهولون قنبلة يدوية على محل لبيع الهواتف في مدينة الموصل ليل الثلاثاء.", 2025, 3, 7);
  test::MaybeDump(shop);
  const Event* s = For(shop, "قنبلة يدوية");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(test::ActorId(shop, s->actor2), "gen.civilians");
  Doc office = test::ExtractAt(
      "date 2025-03-07\nAn explosive device was thrown at a party office in Van on Tuesday night, causing damage.", 2025, 3,
      7);
  test::MaybeDump(office);
  const Event* o = For(office, "explosive device");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(test::ActorId(office, o->actor2), "gen.civilians");
}

// A state's drone strike on a car is a targeted killing of the armed enemy
// the report names; with civilians among its dead it hit civilians.
TEST_F(EventActorSidesTest, DroneStrikeOnACarHitsTheNamedEnemy) {
  Doc ar = test::ExtractAt(
      "استهدفت مسيّرة إسرائيلية سيارة قرب بلدة مرجعيون ظهر الجمعة، ما أدى إلى مقتل شخص. ولم يعلق حزب الله على الغارة.", 2025, 3,
      7);
  test::MaybeDump(ar);
  const Event* a = For(ar, "استهدفت");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(ar, a->actor2), "lbn.hezbollah");
  Doc en = test::ExtractAt(
      "date 2025-03-07\nAn Israeli drone strike on a car near Marjayoun killed one man on Friday. Hezbollah did not "
      "comment on the strike.",
      2025, 3, 7);
  test::MaybeDump(en);
  const Event* e = For(en, "strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(en, e->actor2), "lbn.hezbollah");
  Doc civ = test::ExtractAt(
      "date 2025-03-07\nAn Israeli drone strike on a car near Marjayoun killed two civilians on Friday. Hezbollah did "
      "not comment on the strike.",
      2025, 3, 7);
  test::MaybeDump(civ);
  const Event* c = For(civ, "strike");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::ActorId(civ, c->actor2), "gen.civilians");
}

// Gunmen raiding a village, with no armed party to fight them, attack the
// people there: a force named only as the report's source (بحسب الشرطة)
// fights no one, and the attackers' own long name does not push the
// village out of reach of the attack word.
TEST_F(EventActorSidesTest, RaidOnAVillageToldBySourcePoliceAttacksCivilians) {
  Doc doc = test::ExtractAt(
      "قُتل خمسة أشخاص ليل الثلاثاء في هجوم شنّه مسلحون من قبيلة منافسة على قرية قرب مدينة مارسابيت، بحسب الشرطة.",
      2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
  Doc named = test::ExtractAt(
      "هاجم مسلحون من تنظيم الدولة الإسلامية في موزمبيق فجر الأحد قرية في منطقة ميكولا وأحرقوا منازل.",
      2026, 3, 4);
  test::MaybeDump(named);
  const Event* n = For(named, "هاجم");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->acled_sub_event_type, "Attack");
}

// "The group's first attacks came when gunmen attacked villages": the group
// doing the other attack of the sentence is the attackers' side.
TEST_F(EventActorSidesTest, GroupToldAsDoerOfAnotherAttackIsNoOpponent) {
  Doc doc = test::ExtractAt(
      "أحرق مسلحون من حركة الشباب سوقاً في بلدة قرب غاريسا يوم الاثنين.\n"
      "وكانت المنطقة قد شهدت أولى هجمات الحركة في آذار/مارس 2021، حين هاجم مسلحون قرى قرب غاريسا وقتلوا "
      "عدداً من السكان.",
      2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

// An attack on a military post that stands in a village (على نقطة عسكرية في
// قرية) is on the force there, not on the villagers.
TEST_F(EventActorSidesTest, MilitaryPostInAVillageIsTheTarget) {
  Doc doc = test::ExtractAt(
      "قُتل شرطيان في هجوم شنّه مسلحون على نقطة عسكرية في قرية قرب الحويجة فجر الجمعة.", 2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->acled_sub_event_type, "Attack");
}

// Soldiers and police who make an arrest together: the arrest is the
// police's (ACLED), whichever force the sentence names first.
TEST_F(EventActorSidesTest, ArrestByTroopsAndPoliceIsThePolices) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nQUITO, March 7 (Wire) - Soldiers and police arrested nine suspected smugglers in a raid in "
      "Machala on Thursday, the interior ministry said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "ecu.police");
  Doc fight = test::ExtractAt(
      "date 2025-03-07\nQUITO, March 7 (Wire) - Soldiers and police clashed with gang members in Machala on Thursday.",
      2025, 3, 7);
  test::MaybeDump(fight);
  const Event* c = For(fight, "clashed");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(Coded(fight, c->actor1), "ecu.mil");
  Doc ar = test::ExtractAt("اعتقلت قوات الجيش والشرطة الإكوادورية سبعة مطلوبين في مدينة ماتشالا يوم الخميس.", 2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = For(ar, "اعتقلت");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Coded(ar, a->actor1), "ecu.police");
  // Where the registry makes the security forces the army (Myanmar), the
  // army keeps the arrest.
  Doc junta = test::ExtractAt(
      "date 2025-03-07\nYANGON, March 7 (Wire) - Troops and police detained eight students in Mandalay on Tuesday, "
      "a local news outlet said.",
      2025, 3, 7);
  test::MaybeDump(junta);
  const Event* j = For(junta, "detained");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(Coded(junta, j->actor1), "mmr.mil");
}

// Kosovo's state forces are a set like any country's: "Kosovo police" by
// name, and a generic "police" in a Kosovo town, are Police Forces of Kosovo.
TEST_F(EventActorSidesTest, PoliceInKosovoAreKosovosPolice) {
  Doc doc = test::ExtractAt(
      "PRISTINA (Wire) - Kosovo police arrested five men in Mitrovica on Tuesday after a night of unrest, officials said.",
      2026, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "xkx.police");
  Doc generic = test::ExtractAt(
      "MITROVICA, Kosovo (Wire) - Police detained a man suspected of throwing a grenade in Mitrovica on Friday, a "
      "spokesman said.",
      2026, 3, 7);
  test::MaybeDump(generic);
  const Event* g = For(generic, "detained");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->actor1.identity.id, "xkx.police");
}

// "Leaders of the two feuding tribes signed a peace deal": a communal
// militia named for both sides of a feud is both parties of its truce
// (ACLED codes each side as the same communal militia); in Somalia clans
// are the Somali clan militias.
TEST_F(EventActorSidesTest, TwoFeudingCommunitiesAreBothPartiesOfTheirTruce) {
  Doc doc = test::ExtractAt(
      "PORT MORESBY (Wire) - Leaders of the two feuding tribes signed a peace deal in Mendi on Thursday after months of "
      "fighting, a provincial official said.",
      2026, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "peace deal");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Agreement");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.communal_militia");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.communal_militia");
  Doc clans = test::ExtractAt(
      "BELEDWEYNE, Somalia (Wire) - Elders of both sub-clans agreed to a ceasefire in Beledweyne on Friday, local "
      "officials said.",
      2026, 3, 7);
  test::MaybeDump(clans);
  const Event* c = For(clans, "agreed");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::ActorId(clans, c->actor1), "som.clan_militia");
  EXPECT_EQ(test::ActorId(clans, c->actor2), "som.clan_militia");
}

// ACLED files excessive force under the crowd it fell on: the protesters
// are actor 1 and the force that fired actor 2, as in a protest with
// intervention, whatever the crowd is called.
TEST_F(EventActorSidesTest, ExcessiveForceHasTheProtestersFirst) {
  Doc doc = test::ExtractAt(
      "KISUMU, Kenya, March 3 (Wire) - Police opened fire on students protesting against fuel prices in Kisumu on "
      "Monday, killing two of them, witnesses said.",
      2026, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "opened fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Excessive force against protesters");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.protesters");
  EXPECT_EQ(e->actor2.identity.id, "ken.police");
  Doc mourners = test::ExtractAt(
      "Soldiers shot dead three mourners who had gathered to protest outside a hospital in Herat on Sunday, relatives "
      "said.",
      2026, 3, 7);
  test::MaybeDump(mourners);
  const Event* m = For(mourners, "shot dead");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->acled_sub_event_type, "Excessive force against protesters");
  EXPECT_EQ(test::ActorId(mourners, m->actor1), "gen.protesters");
  EXPECT_NE(test::ActorId(mourners, m->actor2), "gen.protesters");
  EXPECT_NE(test::ActorId(mourners, m->actor2), "");
}

// The same order in Arabic: الشرطة fired, the students it fired on are
// actor 1, whether named by the verb's object or only by the protest.
TEST_F(EventActorSidesTest, ArabicExcessiveForceHasTheProtestersFirst) {
  Doc doc = test::ExtractAt(
      "date 2026-03-07\nأطلقت الشرطة الكينية الرصاص الحي على طلاب يحتجون على غلاء الوقود في مدينة كيسومو يوم "
      "الاثنين، ما أدى إلى مقتل اثنين منهم.",
      2026, 3, 7);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_sub_event_type == "Excessive force against protesters") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.protesters");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "ken.police");
}

// "Kyrgyz and Tajik troops exchanged fire": the first of two coordinated
// nationality words shares the force noun after the second, so both
// countries' forces are sides; a plain "exchanged fire" takes its subjects.
TEST_F(EventActorSidesTest, CoordinatedNationalitiesShareTheForceNoun) {
  Doc doc = test::ExtractAt("date 2026-05-02\nKyrgyz and Tajik troops exchanged fire near Isfara on Friday, officials said.",
                            2026, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "exchanged fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "kgz.mil");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "tjk.mil");
  Doc clash = test::ExtractAt("date 2026-05-02\nAzerbaijani and Armenian soldiers clashed near Ijevan on Friday, officials said.",
                              2026, 5, 2);
  test::MaybeDump(clash);
  const Event* c = For(clash, "clashed");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::ActorId(clash, c->actor1), "aze.mil");
  EXPECT_EQ(test::ActorId(clash, c->actor2), "arm.mil");
}

// A strike on a site only a state holds ("a military camp") hit the forces
// of the country where it fell; not when that country's own troops fired.
TEST_F(EventActorSidesTest, StrikeOnAMilitaryCampHitsTheCountrysForces) {
  Doc doc = test::ExtractAt("date 2026-05-02\nRebels fired mortars at a military camp near Dori on Monday night, a source said.",
                            2026, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "fired mortars");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "bfa.mil");
  Doc own = test::ExtractAt("date 2026-05-02\nMalian troops shelled a military camp near Gao on Monday, officials said.", 2026, 5,
                            2);
  test::MaybeDump(own);
  const Event* o = For(own, "shelled");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->actor2.identity.id, "");
}

// Two countries named together as an agreement's subject are its parties,
// each as its government.
TEST_F(EventActorSidesTest, CountriesThatAgreeAreTheirGovernments) {
  Doc doc = test::ExtractAt(
      "date 2026-05-02\nArmenia and Azerbaijan signed an agreement on Friday in Ijevan to demarcate the border, officials said.",
      2026, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "signed an agreement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "arm.gov");
  EXPECT_EQ(e->actor2.identity.id, "aze.gov");
}

// A country's name in a street's name or on licence plates names no party,
// and no country of its sentence: "the army" there is the host country's.
TEST_F(EventActorSidesTest, StreetAndPlatesOfACountryNameNoParty) {
  Doc doc = test::ExtractAt(
      "date 2026-05-02\nTRIPOLI, Lebanon (Wire) - The army said it arrested six gunmen on Syria Street in Tripoli on Monday.",
      2026, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "lbn.laf");
  Doc plates = test::ExtractAt(
      "date 2026-05-02\nBEIRUT (Wire) - Men in a car with Iraqi licence plates abducted a trader near Halba on Saturday.", 2026,
      5, 2);
  test::MaybeDump(plates);
  for (const ActorMention& m : plates.actors) EXPECT_NE(m.country, "IRQ") << m.name;
}

// "Afghan troops" after the Taliban took Kabul are the Islamic Emirate's.
TEST_F(EventActorSidesTest, AfghanTroopsAfterTwentyTwentyOneAreTheEmiratesForces) {
  Doc doc = test::ExtractAt("date 2026-05-02\nAfghan troops clashed with Pakistani soldiers near Torkham on Friday, officials said.",
                            2026, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "afg.mil.taliban");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "pak.mil");
}

}  // namespace
// The group captives are charged with aiding is no party to their arrest.
TEST_F(EventActorSidesTest, GroupNamedInTheChargeIsNoPartyToTheArrest) {
  Doc en = test::ExtractAt(
      "date 2025-03-07\nKHARTOUM, March 7 (Wire) - Plainclothes agents detained nine traders in Omdurman on "
      "Thursday on suspicion of collaborating with the Rapid Support Forces.",
      2025, 3, 7);
  test::MaybeDump(en);
  const Event* e = OfSub(en, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(Coded(en, e->actor1), "sdn.rsf");
  EXPECT_NE(Coded(en, e->actor2), "sdn.rsf");
  Doc ar = test::ExtractAt("اعتقل عناصر بملابس مدنية تسعة تجار في أم درمان أمس بتهمة التعاون مع قوات الدعم السريع.",
                           2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = OfSub(ar, "Arrests");
  ASSERT_NE(a, nullptr);
  EXPECT_NE(Coded(ar, a->actor1), "sdn.rsf");
  EXPECT_NE(Coded(ar, a->actor2), "sdn.rsf");
}

// "X accused Y of dropping barrels of toxic gas": the deed's word comes a few
// words into the accusation's clause; Y still did it.
TEST_F(EventActorSidesTest, AccusedDoesTheDeedToldFurtherIntoTheClause) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nKHARTOUM, March 7 (Wire) - The RSF accused the army of dropping barrels of toxic gas on its "
      "positions near Bara on Thursday.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_event_type == "Explosions/Remote violence") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(doc, e->actor1), "sdn.saf");
  EXPECT_EQ(Coded(doc, e->actor2), "sdn.rsf");
}

// A community's armed men are its militia, whichever way the report names
// them (data/{ar,en}/community_militia_forms.tsv).
TEST_F(EventActorSidesTest, CommunitysArmedMenAreItsMilitia) {
  Doc en = test::ExtractAt(
      "date 2025-03-07\nADDIS ABABA, March 7 (Wire) - Afar militiamen clashed with Issa gunmen near Gewane on "
      "Thursday, killing nine people.",
      2025, 3, 7);
  test::MaybeDump(en);
  const Event* e = OfSub(en, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Coded(en, e->actor1), "eth.afar_militia");
  EXPECT_EQ(Coded(en, e->actor2), "eth.issa_militia");
  Doc ar = test::ExtractAt("قتل تسعة أشخاص في اشتباكات اندلعت أمس بين مسلحين من قبيلة التبو وآخرين من أولاد سليمان في سبها.",
                           2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = OfSub(ar, "Armed clash");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Coded(ar, a->actor1), "lby.tebu_militia");
  EXPECT_EQ(Coded(ar, a->actor2), "lby.awlad_suleiman_militia");
}

// Feuding families or clans that fight are ACLED's communal militia.
TEST_F(EventActorSidesTest, FeudingClansAreACommunalMilitia) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nNAIROBI, March 7 (Wire) - Gunmen from two rival families exchanged fire in Marsabit on "
      "Thursday, killing three people.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(Coded(doc, e->actor1) == "gen.communal_militia" || Coded(doc, e->actor2) == "gen.communal_militia")
      << Coded(doc, e->actor1) << " / " << Coded(doc, e->actor2);
}

// A descriptive noun that a row gives one country's group ("government
// forces", "tribesmen", قوات النظام، المعارضة) names that group only where
// the sentence is set in that country: elsewhere government forces are the
// country's own army, and tribesmen or an opposition are no Syrian or
// Yemeni group.
TEST_F(EventActorSidesTest, DescriptiveNounsNameTheirGroupOnlyAtHome) {
  Doc ng = test::ExtractAt(
      "date 2026-03-04\nABUJA, March 4 (Wire) - Government forces clashed with Boko Haram fighters near Maiduguri "
      "on Tuesday, the army said.",
      2026, 3, 4);
  test::MaybeDump(ng);
  const Event* clash = For(ng, "clashed with");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(clash->actor1.identity.id, "nga.mil");
  Doc pk = test::ExtractAt(
      "date 2026-03-04\nPESHAWAR, March 4 (Wire) - Hundreds of tribesmen staged a sit-in in Peshawar on Tuesday "
      "against power cuts.",
      2026, 3, 4);
  test::MaybeDump(pk);
  const Event* sit = For(pk, "sit-in");
  ASSERT_NE(sit, nullptr);
  EXPECT_NE(test::ActorId(pk, sit->actor1), "yem.tribes");
  Doc sy = test::ExtractAt("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي يوم الثلاثاء.", 2019, 3, 6);
  test::MaybeDump(sy);
  const Event* shell = For(sy, "قصفت");
  ASSERT_NE(shell, nullptr);
  EXPECT_EQ(test::ActorId(sy, shell->actor1), "syr.saa");
  Doc tz = test::ExtractAt("اعتقلت الشرطة عشرين من أنصار المعارضة في دار السلام يوم الثلاثاء.", 2026, 3, 4);
  test::MaybeDump(tz);
  const Event* arrest = For(tz, "اعتقلت");
  ASSERT_NE(arrest, nullptr);
  EXPECT_NE(test::ActorId(tz, arrest->actor2), "syr.opposition");
}

// "The group" (الجماعة) in a report naming two armed groups is the one
// named last before it, not the first the alias file lists.
TEST_F(EventActorSidesTest, TheGroupIsTheGroupNamedLast) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nفي ميناكا، هاجم مقاتلو تنظيم الدولة الإسلامية موقعاً للجيش يوم الأحد. وفي غاو، تبنّت جماعة نصرة "
      "الإسلام والمسلمين هجوماً على قافلة، كما خطف مسلحون من الجماعة ثلاثة تجار يوم الاثنين.",
      2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "خطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mli.jnim");
}

}  // namespace marsad

namespace marsad {
namespace {

// A dual or accusative count of soldiers or policemen (شرطيان، جنديين،
// بينهم 14 جندياً) names the force a bomb hit: the country's force, not
// civilians; the dual counts two toward the toll.
TEST_F(EventActorSidesTest, DualSoldierAndPolicemanNounsNameTheForceHit) {
  Doc police = test::ExtractAt("قُتل شرطيان وأصيب آخر يوم الاثنين عندما انفجرت عبوة ناسفة بدوريتهم قرب بلدة غاريسا في كينيا.",
                               2026, 3, 10);
  test::MaybeDump(police);
  const Event* p = For(police, "انفجرت");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->actor2.identity.id, "ken.police");
  Doc soldiers = test::ExtractAt("أدى انفجار عبوة ناسفة إلى إصابة جنديين صوماليين قرب مدينة بيدوا يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(soldiers);
  const Event* s = For(soldiers, "انفجار");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->actor2.identity.id, "som.sna");
  Doc among = test::ExtractAt("قُتل 20 شخصاً، بينهم 12 جندياً، عندما فجّر انتحاري نفسه قرب ثكنة في مدينة مايدوغوري يوم الأحد.",
                              2026, 3, 10);
  test::MaybeDump(among);
  const Event* a = For(among, "فجّر انتحاري");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->actor2.identity.id, "nga.mil");
}

// A dual after a subset cue (بينهم جنديان) is among the dead: never the
// bomber, whoever the bomb killed.
TEST_F(EventActorSidesTest, DualAfterASubsetCueIsAVictimNotTheDoer) {
  Doc doc = test::ExtractAt("قُتل سبعة أشخاص، بينهم جنديان، عندما فجّر انتحاري نفسه قرب سوق في مدينة كويتا يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "فجّر انتحاري");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->actor1.identity.id, "pak.mil");
  // Two of seven dead, at a market: the crowd was struck (event_minor_victims_test.cc).
  EXPECT_EQ(e->actor2.identity.id, "gen.civilians");
}

// "ضابط وجنديان": the dual keeps its count of two when its mention carries
// the conjunction: three dead.
TEST_F(EventActorSidesTest, DualJoinedByAndStillCountsTwo) {
  Doc doc = test::ExtractAt("قُتل ضابط وجنديان بانفجار عبوة ناسفة زُرعت على جانب الطريق قرب مدينة بنو يوم الاثنين.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "انفجار");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 3.0);
}

// توقيف and إلقاء القبض are verbal nouns, not verbs: the noun after them is
// who was taken, never the taker. Announced by the police after a riot
// (وأعلنت الشرطة توقيف تسعة من المحتجين), the arrest is the police's.
TEST_F(EventActorSidesTest, ArrestVerbalNounTakesNoSubjectAfterIt) {
  Doc doc = test::ExtractAt(
      "أحرق محتجون غاضبون مبنى البلدية في مدينة الناصرية يوم الجمعة احتجاجاً على انقطاع الكهرباء.\n"
      "وأعلنت الشرطة توقيف تسعة من المحتجين بتهمة الإضرار بالممتلكات العامة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = For(doc, "توقيف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "irq.police");
}

// A count and a partitive من after an arrest noun (اعتقال ستة من المحتجين،
// 12 من عناصر X) name who was taken: the counted party, and the name after a
// generic head (أعضاء عصابة «X»), not civilians.
TEST_F(EventActorSidesTest, PartitiveCountAfterAnArrestNounNamesTheTaken) {
  Doc crowd = test::ExtractAt("أعلنت شرطة البصرة اعتقال ستة من المحتجين بتهمة إحراق مبنى حكومي يوم السبت.", 2026, 3, 10);
  test::MaybeDump(crowd);
  const Event* c = For(crowd, "اعتقال");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::ActorId(crowd, c->actor2), "gen.protesters");
  Doc gang = test::ExtractAt(
      "وأعلنت الشرطة المكسيكية اعتقال أربعة من أعضاء عصابة «لا فاميليا ميتشواكانا» في مدينة إيغوالا يوم الخميس.", 2026, 3, 10);
  test::MaybeDump(gang);
  const Event* g = For(gang, "اعتقال");
  ASSERT_NE(g, nullptr);
  EXPECT_NE(test::ActorId(gang, g->actor2), "gen.civilians");
  EXPECT_NE(test::ActorId(gang, g->actor2).find("familia"), std::string::npos) << test::ActorId(gang, g->actor2);
}

// A curfew no one is named imposing in South Sudan is its government's: the government of the
// state it is in (national_forces.tsv gen.regional_government SSD/<state>, under ssd.gov).
TEST_F(EventActorSidesTest, AuthoritiesInSouthSudanAreItsGovernment) {
  Doc doc = test::ExtractAt("JUBA (Wire) - A dusk-to-dawn curfew was imposed in Bor on Monday after cattle raids nearby.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "curfew");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "ssd.gov.jonglei");
}

// A riot's crowd that turns on the police or on what is theirs makes the
// police the riot's actor 2; the police that only tell of the riot do not.
TEST_F(EventActorSidesTest, PoliceTheRiotersTurnedOnAreActor2) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nLIMA (Wire) - Striking miners blocked the highway near Juliaca on Monday, burning tyres and "
      "stoning police cars, witnesses said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Violent demonstration");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "per.police");
  Doc told = test::ExtractAt(
      "date 2026-11-20\nLIMA (Wire) - Striking miners blocked the highway near Juliaca on Monday and burned tyres, "
      "according to a police spokesman.",
      2026, 11, 20);
  test::MaybeDump(told);
  const Event* t = test::FirstOfSub(told, "Violent demonstration");
  ASSERT_NE(t, nullptr);
  EXPECT_NE(test::CodedId(told, t->actor2), "per.police");
}

// A truce or a deal is signed by whoever the clause names before it, elders
// and community leaders too (no party of the fighting told before it); the
// elders who only announce that two sides agreed sign nothing.
TEST_F(EventActorSidesTest, EldersWhoSignADealAreItsParty) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nJUBA (Wire) - SPLA-IO fighters raided cattle camps near Mayom on Sunday, killing six "
      "herders. Community leaders from Mayom and Rubkona signed a peace agreement in Bentiu on Tuesday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Agreement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.communal_elders");
  Doc told = test::ExtractAt(
      "date 2026-11-20\nTRIPOLI (Wire) - Elders from the city announced on Tuesday that the two sides had agreed to "
      "a ceasefire in Zawiya.",
      2026, 11, 20);
  test::MaybeDump(told);
  const Event* t = test::FirstOfSub(told, "Agreement");
  ASSERT_NE(t, nullptr);
  EXPECT_NE(test::CodedId(told, t->actor1), "gen.communal_elders");
}

// "Troops killed two insurgents in a gunfight": the insurgents are the
// object of the verb, no name of its generic subject; they are the fight's
// other side.
TEST_F(EventActorSidesTest, ObjectOfTheVerbBeforeAFightIsItsOtherSide) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nBANGKOK (Wire) - Troops killed two suspected insurgents in a gunfight in Bannang Sata "
      "district, Yala, on Friday, the army said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1).rfind("tha.", 0), 0u) << test::CodedId(doc, e->actor1);
  EXPECT_NE(test::CodedId(doc, e->actor1), "tha.patani");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "tha.patani");
}

// "IS" with a noun for one of its men names the Islamic State.
TEST_F(EventActorSidesTest, ISWithANounForItsManIsTheIslamicState) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nBAGHDAD (Wire) - Counter-terrorism forces arrested a suspected IS financier in Mosul on "
      "Monday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "isis");
}

// Insurgencies the registry had no row for: the Gumuz People's Democratic
// Movement (GPDM) and Casamance's MFDC.
TEST_F(EventActorSidesTest, GumuzAndCasamanceMovementsAreNamed) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nASOSA (Wire) - Fighters of the Gumuz People's Democratic Movement abducted 20 passengers from "
      "a bus near Bambesi on Tuesday, police said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "eth.gpdm");
  Doc mfdc = test::ExtractAt(
      "date 2026-11-20\nZIGUINCHOR, Senegal (Wire) - MFDC fighters attacked an army post near Bignona on Tuesday, "
      "the army said.",
      2026, 11, 20);
  test::MaybeDump(mfdc);
  const Event* m = test::FirstOfSub(mfdc, "Armed clash");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(test::CodedId(mfdc, m->actor1), "sen.mfdc");
}

// Gas dropped "on its positions" fell on the side that tells of it, the one
// actor 1 fights, not on civilians.
TEST_F(EventActorSidesTest, GasOnItsPositionsFellOnTheAccusingSide) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nYANGON (Wire) - Fighting between the military and the Chin National Army continued near "
      "Falam on Sunday. The group also accused the military of dropping bombs that released a choking gas on its "
      "positions near Falam last week.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Chemical weapon");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "mmr.cnf");
}

// Gas dropped "on Ukrainian trenches": the party named right before the
// fighting post is whose it is, not civilians.
TEST_F(EventActorSidesTest, GasOnNamedPositionsFellOnThatParty) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nKHARKIV (Wire) - Military officials also accused Russian troops of dropping grenades filled "
      "with tear gas on Ukrainian trenches near Izium on Tuesday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Chemical weapon");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "rus.mil");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "ukr.mil");
}

// Gas dropped "on our positions" by unnamed "occupiers": with no speaker's
// party named, the positions are the army's of the country they lie in.
TEST_F(EventActorSidesTest, GasOnOurPositionsFellOnTheHomeArmy) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nKHARKIV (Wire) - Russian forces shelled Izium overnight, officials said. Near Izium, the "
      "occupiers dropped munitions with chemical agents on our positions on Tuesday, the brigade reported.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Chemical weapon");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "rus.mil");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "ukr.mil");
}

// "Soldiers engaged the terrorists …, killing seven": the party after
// "engaged the" is its object, the fight's other side, not the doer of the
// killing told after it; engaging people in talks is no fight.
TEST_F(EventActorSidesTest, PartyAfterEngagedIsTheOtherSide) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nMAIDUGURI (Wire) - Soldiers engaged the terrorists in a forest near Damboa on Friday, "
      "killing seven of them, the army said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1).rfind("nga.", 0), 0u) << test::CodedId(doc, e->actor1);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.militants");
  Doc talks = test::ExtractAt(
      "date 2026-11-20\nMAIDUGURI (Wire) - The governor engaged the community leaders in talks in Damboa on Friday.",
      2026, 11, 20);
  EXPECT_EQ(test::FirstOfSub(talks, "Armed clash"), nullptr);
}

// Mortars fallen on a town with no one named firing them, in a report
// that names one insurgent group alone, are that group's; with no group
// named they stay unidentified.
TEST_F(EventActorSidesTest, UnclaimedShellingIsTheSoleGroupsOwn) {
  const std::string shelling =
      "date 2026-11-24\nبيدوا (مرصد) - سقطت ثلاث قذائف هاون على حي سكني في مدينة بيدوا مساء الثلاثاء، ما أدى إلى "
      "إصابة أربعة مدنيين، بحسب مصادر محلية.";
  Doc doc = test::ExtractAt(shelling + " وتشن حركة الشباب هجمات متكررة على المدينة منذ أشهر.", 2026, 11, 24);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.shabaab");
  Doc alone = test::ExtractAt(shelling, 2026, 11, 24);
  const Event* a = test::FirstOfSub(alone, "Shelling/artillery/missile attack");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::CodedId(alone, a->actor1), "gen.unidentified_armed_group");
}

// "members of al-Shabaab in Garissa": the geoparser takes the name after
// "of" for a place it cannot find; a name that no gazetteer entry takes and
// the registry knows is the group, the arrested men its members.
TEST_F(EventActorSidesTest, UnresolvedPlaceThatSpellsAGroupIsTheGroup) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nNAIROBI (Wire) - Police arrested three members of al-Shabaab in Garissa on Friday.", 2026,
      11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "som.shabaab");
}

// The big gangs of Central America and Venezuela have registry rows: the
// members a raid takes are the gang's, not civilians.
TEST_F(EventActorSidesTest, GangMembersTakenAreTheirGang) {
  Doc ms = test::ExtractAt(
      "date 2026-11-20\nTEGUCIGALPA (Wire) - Police arrested four suspected members of the Mara Salvatrucha in "
      "Comayaguela on Friday.",
      2026, 11, 20);
  test::MaybeDump(ms);
  const Event* e = test::FirstOfSub(ms, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(ms, e->actor2), "cam.ms13");
  Doc tda = test::ExtractAt(
      "date 2026-11-20\nCARACAS (Wire) - Police arrested six members of the Tren de Aragua gang in Valencia on Friday.",
      2026, 11, 20);
  const Event* t = test::FirstOfSub(tda, "Arrests");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(test::CodedId(tda, t->actor2), "ven.tren_de_aragua");
}

// A fight folded with its aftermath (the other side's fleeing) must not
// leave the side named after مع on both sides: the smugglers are the side
// fought, the report's army the patrol that fought them.
TEST_F(EventActorSidesTest, SideNamedAfterWithIsNotAlsoTheDoer) {
  Doc doc = test::ExtractAt(
      "date 2026-10-14\nعمّان – أعلنت القوات المسلحة الأردنية أنها أسقطت طائرة مسيّرة قرب الحدود الشمالية. وأضافت "
      "أن دورية اشتبكت فجر الاثنين مع مجموعة من المهربين حاولت عبور الحدود قرب الرويشد، ما أسفر عن مقتل مهرب "
      "وفرار الباقين.",
      2026, 10, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتبكت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.smugglers");
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.smugglers");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "jor.mil");
}

// Forces a blast hits, named in the registry: Niger's National Guard
// (الحرس الوطني in Niger), Pakistan's Frontier Corps in its Arabic
// transliteration, India's District Reserve Guard, Thailand's rangers.
TEST_F(EventActorSidesTest, ForcesHitByBlastsAreInTheRegistry) {
  Doc niger = test::ExtractAt(
      "date 2026-10-14\nنيامي – قُتل ثلاثة من عناصر الحرس الوطني وأصيب اثنان في انفجار عبوة ناسفة استهدفت آليتهم "
      "قرب تيلابيري صباح الاثنين، وفق وزارة الدفاع النيجرية.",
      2026, 10, 14);
  test::MaybeDump(niger);
  const Event* n = test::FirstOfSub(niger, "Remote explosive/landmine/IED");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(test::ActorId(niger, n->actor2), "ner.national_guard");
  Doc pak = test::ExtractAt(
      "date 2026-10-14\nكويتا – قُتل جنديان من قوات فرونتير كور في انفجار عبوة ناسفة استهدف دوريتهما قرب كويتا "
      "صباح الاثنين.",
      2026, 10, 14);
  test::MaybeDump(pak);
  const Event* p = test::FirstOfSub(pak, "Remote explosive/landmine/IED");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(test::ActorId(pak, p->actor2), "pak.fc");
  Doc india = test::ExtractAt(
      "date 2026-10-14\nRAIPUR (Wire) - Two jawans of the District Reserve Guard were injured when an IED planted by "
      "Maoists exploded during a patrol in Bijapur district on Monday, police said.",
      2026, 10, 14);
  test::MaybeDump(india);
  const Event* d = test::FirstOfSub(india, "Remote explosive/landmine/IED");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(test::ActorId(india, d->actor2), "ind.drg");
  Doc thai = test::ExtractAt(
      "date 2026-10-14\nYALA, Thailand (Wire) - Three rangers were wounded when a roadside bomb hit their patrol "
      "in Bannang Sata district on Monday, police said.",
      2026, 10, 14);
  test::MaybeDump(thai);
  const Event* t = test::FirstOfSub(thai, "Remote explosive/landmine/IED");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(test::ActorId(thai, t->actor2), "tha.mil");
}

// Chad's rebels of the Tibesti (CCMSR) are in the registry in both languages.
TEST_F(EventActorSidesTest, ChadianRebelsOfTheTibestiAreNamed) {
  Doc ar = test::ExtractAt(
      "date 2026-10-14\nنجامينا – اشتبك مسلحون من مجلس القيادة العسكرية لإنقاذ الجمهورية مع الجيش التشادي قرب "
      "بارداي يوم الاثنين.",
      2026, 10, 14);
  test::MaybeDump(ar);
  const Event* a = For(ar, "اشتبك");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(ar, a->actor1), "tcd.ccmsr");
  Doc en = test::ExtractAt(
      "date 2026-10-14\nN'DJAMENA (Wire) - CCMSR rebels attacked an army post near Zouar on Monday, killing three "
      "soldiers, the army said.",
      2026, 10, 14);
  test::MaybeDump(en);
  const Event* e = For(en, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(en, e->actor1), "tcd.ccmsr");
}

// Armed parties of Ethiopia's Somali region, western DR Congo and Niger's
// north are in the registry: the ONLF and the Liyu Police, the Mobondo, the
// Patriotic Front for Justice (الجبهة الوطنية من أجل العدالة).
TEST_F(EventActorSidesTest, OnlfLiyuMobondoAndFpjAreNamed) {
  Doc eth = test::ExtractAt(
      "date 2026-10-14\nJIJIGA (Wire) - ONLF fighters clashed with the Liyu Police near Degehabur on Monday, "
      "residents said.",
      2026, 10, 14);
  test::MaybeDump(eth);
  const Event* e = For(eth, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(eth, e->actor1), "eth.onlf");
  EXPECT_EQ(test::ActorId(eth, e->actor2), "eth.liyu");
  Doc cod = test::ExtractAt(
      "date 2026-10-14\nKINSHASA (Wire) - Mobondo militiamen attacked an army position near Kwamouth on Monday, "
      "killing two soldiers, the army said.",
      2026, 10, 14);
  test::MaybeDump(cod);
  const Event* c = For(cod, "attacked");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::ActorId(cod, c->actor1), "cod.mobondo");
  Doc ner = test::ExtractAt(
      "date 2026-10-14\nأغاديز – اشتبك مسلحو الجبهة الوطنية من أجل العدالة مع دورية للجيش النيجري شمال أغاديز "
      "يوم الاثنين.",
      2026, 10, 14);
  test::MaybeDump(ner);
  const Event* n = For(ner, "اشتبك");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(test::ActorId(ner, n->actor1), "ner.fpj");
}

// Both spellings of the Karamojong (Karimojong, الكاريموجونغ) name their militia.
TEST_F(EventActorSidesTest, KarimojongSpellingNamesTheKaramojongMilitia) {
  Doc en = test::ExtractAt(
      "date 2026-10-14\nKAMPALA (Wire) - Karimojong warriors attacked an army patrol near Kotido on Monday, "
      "killing one soldier, the army said.",
      2026, 10, 14);
  test::MaybeDump(en);
  const Event* e = For(en, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(en, e->actor1), "uga.karamojong_militia");
}

// Senegal's Casamance rebels (حركة القوى الديمقراطية في/لكازامانس, متمردو
// كازامانس) and Algeria's army by its official name (الجيش الوطني الشعبي) are
// named in Arabic.
TEST_F(EventActorSidesTest, CasamanceRebelsAndAlgerianArmyAreNamedInArabic) {
  Doc sen = test::ExtractAt(
      "date 2026-10-14\nزيغينشور – اشتبك مقاتلو حركة القوى الديمقراطية لكازامانس مع دورية للجيش السنغالي "
      "قرب الحدود يوم الاثنين.",
      2026, 10, 14);
  test::MaybeDump(sen);
  const Event* e = For(sen, "اشتبك");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(sen, e->actor1), "sen.mfdc");
  EXPECT_EQ(test::ActorId(sen, e->actor2), "sen.mil");
  Doc sen2 = test::ExtractAt(
      "date 2026-10-14\nزيغينشور – هاجم متمردو كازامانس موقعاً للجيش السنغالي قرب الحدود يوم الاثنين.",
      2026, 10, 14);
  test::MaybeDump(sen2);
  const Event* r = For(sen2, "هاجم");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(test::ActorId(sen2, r->actor1), "sen.mfdc");
  Doc dza = test::ExtractAt(
      "date 2026-10-14\nالجزائر – اشتبكت وحدة من الجيش الوطني الشعبي مع مسلحين قرب الحدود الجنوبية يوم الاثنين.",
      2026, 10, 14);
  test::MaybeDump(dza);
  const Event* a = For(dza, "اشتبكت");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(dza, a->actor1), "dza.mil");
}

// صدّت X هجوماً شنّه Y: the attack the verb met was launched by Y (the
// resumptive verb's subject, past a head of fighters too); Y is actor 1 and
// the side that met it actor 2 — also when the speaker's own men met it.
// A suicide bomb at a force's checkpoint, in a report that names no other
// party: the force, supplied as the main actor, cannot have sent the bomber,
// so it is what was hit, actor 2 — not the civilians wounded beside it.
TEST_F(EventActorSidesTest, SuicideBombAtTheOnlyForcesCheckpointHitsIt) {
  Doc doc = test::ExtractAt(
      "فجّر انتحاري حزاماً ناسفاً عند حاجز للأمن العام على مدخل مدينة الصنمين صباح الاثنين، ما أدى إلى مقتل عنصرين وإصابة "
      "أربعة مدنيين.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Suicide bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "syr.gss");
  EXPECT_NE(test::ActorId(doc, e->actor1), "syr.gss");
}

// An adjective between the attack noun and its resumptive verb (هجوماً
// واسعاً شنّته X) leaves X the launcher, actor 1.
TEST_F(EventActorSidesTest, RepelledWideAttackLaunchedByYIsYsAttack) {
  Doc doc = test::ExtractAt("صدّت القوات الحكومية هجوماً عنيفاً شنّته ميليشيا الحوثي على مواقعها شرقي الخوخة ليل الأحد.",
                            2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.houthis");
}

TEST_F(EventActorSidesTest, RepelledAttackLaunchedByYIsYsAttack) {
  Doc doc = test::ExtractAt("صدّت القوات الحكومية هجوماً شنّه الحوثيون على مواقع شرقي الخوخة ليل الأحد.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.houthis");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.army");  // the government forces
  Doc own = test::ExtractAt(
      "قالت قوات الحزام الأمني إن مقاتليها صدّوا هجوماً شنّه عناصر من تنظيم القاعدة على مواقعها شمال مدينة لودر مساء الخميس.",
      2025, 3, 7);
  test::MaybeDump(own);
  // One fight: the verb's event and the noun's agree on their sides.
  ASSERT_EQ(own.events.size(), 1u);
  EXPECT_EQ(test::CodedId(own, own.events[0].actor1), "al_qaeda");
  EXPECT_EQ(test::CodedId(own, own.events[0].actor2), "yem.security_belt");
  // No launcher told: the side that fought stays actor 1.
  Doc bare = test::ExtractAt("صدّت القوات الحكومية هجوماً على مواقعها شرقي الخوخة ليل الأحد.", 2025, 3, 7);
  test::MaybeDump(bare);
  const Event* b = test::FirstOfSub(bare, "Armed clash");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(test::ActorId(bare, b->actor1), "gen.army");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "Soldiers pursued the raiders and clashed with them": the party right
// before "and" is the object of the verb before it, no subject of the verb
// after it; the verbs share the subject told first.
TEST_F(EventActorSidesTest, PartyBeforeAndIsTheObjectOfTheVerbBefore) {
  Doc doc = test::ExtractAt("BENTIU — Government soldiers pursued the raiders and clashed with them west of Rubkona on Tuesday.",
                            2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.army");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.communal_militia");  // South Sudan's raiders (actor_aliases)
  Doc police = test::ExtractAt("KANO — Police chased the gunmen and exchanged fire with them near Kano on Monday.", 2026, 11, 20);
  test::MaybeDump(police);
  const Event* p = test::FirstOfSub(police, "Armed clash");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(test::ActorId(police, p->actor2), "gen.unidentified_gunmen");
  EXPECT_NE(test::ActorId(police, p->actor1), "gen.unidentified_gunmen");
  // The party that opens the clause is still the subject of the verb after "and".
  Doc fled = test::ExtractAt("BENTIU — The raiders fled and clashed with soldiers west of Rubkona on Tuesday.", 2026, 11, 20);
  test::MaybeDump(fled);
  const Event* f = test::FirstOfSub(fled, "Armed clash");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(test::ActorId(fled, f->actor1), "gen.communal_militia");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// A party's own men right after an English verb are its object ("the
// military had shelled its fighters"), not its doers; after "by" they are
// ("an attack by its fighters").
TEST_F(EventActorSidesTest, OwnForcesAfterAnEnglishVerbAreItsObject) {
  Doc doc = test::ExtractAt("BHAMO — The KIA said the military had shelled its fighters near Bhamo on Sunday.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.army");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "mmr.kia");
  Doc by = test::ExtractAt(
      "BHAMO — The KIA said an attack by its fighters on a military post near Bhamo on Sunday killed ten soldiers.", 2026,
      11, 20);
  test::MaybeDump(by);
  const Event* b = test::FirstOfSub(by, "Armed clash");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(test::CodedId(by, b->actor1), "mmr.kia");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "Fighting between X and units of Y": the other side, counted by a head
// noun after "and" (units of, elements of), is the party after it.
TEST_F(EventActorSidesTest, OtherSideCountedByAHeadAfterAnd) {
  Doc doc = test::ExtractAt(
      "SEBHA — Clashes between Tebu gunmen and units of the Libyan National Army in Sebha killed five people on Thursday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "lby.tebu_militia");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "lby.lna");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Turkey's pro-Kurdish DEM Party is a registry party: its detained members
// are the party, and the party that calls a rally organises it.
TEST_F(EventActorSidesTest, DemPartyIsARegistryParty) {
  Doc doc = test::ExtractAt(
      "VAN, Turkey — Police detained six people, including a district official of the pro-Kurdish DEM Party, "
      "in raids in Van on Monday, the governor's office said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "tur.dem");
}

// A named party of protest is not the doer of a report's unattributed armed
// deeds, however often the report names it: the bomb defused with no doer
// told is no DEM Party act.
TEST_F(EventActorSidesTest, NamedProtestPartyIsNoDoerOfUnattributedDeeds) {
  Doc doc = test::ExtractAt(
      "VAN, Turkey — A roadside bomb planted near Ercis was detected and destroyed in a controlled explosion on "
      "Monday, the governor's office said.\nThe DEM Party said police had detained four of its members in Van on "
      "Tuesday.\nThe DEM Party called a rally in Van for Saturday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor1), "tur.dem");
}

// "Occupation forces" is a side's word for the occupier: in Western Sahara,
// or in a Polisario statement, that is Morocco's army, not Israel's.
TEST_F(EventActorSidesTest, OccupationForcesInWesternSaharaAreMorocco) {
  Doc doc = test::ExtractAt(
      "TIFARITI — Units of the Sahrawi People's Liberation Army shelled positions of the occupation forces near "
      "Mahbes on Monday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "mar.polisario");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "mar.mil");
  Doc gaza = test::ExtractAt("GAZA — Occupation forces shelled a house in Khan Younis on Monday.", 2026, 11, 20);
  test::MaybeDump(gaza);
  const Event* g = test::FirstOfSub(gaza, "Shelling/artillery/missile attack");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(test::CodedId(gaza, g->actor1), "isr.idf");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// A military commander named by his post, with no party (قائد عسكري، قائد
// محور X، "an army commander"), speaks for the army of the event's country:
// his vow to retake ground held by a named group is the army's, against it.
TEST_F(EventActorSidesTest, CommanderWithNoPartySpeaksForTheArmy) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nمأرب – وتوعد قائد محور حريب باستعادة المواقع المتبقية بيد الحوثيين في مديرية حريب خلال "
      "الأيام المقبلة.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "باستعادة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.army");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "yem.houthis");
  Doc en = test::ExtractAt(
      "date 2026-11-20\nADEN — An army commander vowed to retake the villages held by the Houthis in Harib district "
      "within days.",
      2026, 11, 20);
  test::MaybeDump(en);
  const Event* r = test::FirstOfSub(en, "Government regains territory");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(test::CodedId(en, r->actor1), "yem.army");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// جبهة المقاومة, named short in Afghanistan, is the National Resistance
// Front, not the Palestinian factions المقاومة names elsewhere; the
// commander of a named operation (قائد عملية) speaks for the army.
TEST_F(EventActorSidesTest, ResistanceFrontInAfghanistanAndOperationCommander) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nكابل – هاجمت جبهة المقاومة مواقع لحركة طالبان في ولاية بنجشير ليل الأحد.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجمت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "afg.nrf");
  Doc op = test::ExtractAt(
      "date 2026-11-20\nمأرب – وتوعد قائد عملية «النصر» باستعادة المواقع المتبقية بيد الحوثيين في مديرية حريب.", 2026,
      11, 20);
  test::MaybeDump(op);
  const Event* r = For(op, "باستعادة");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(test::CodedId(op, r->actor1), "yem.army");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "The group's security services" points back to the one armed group the
// report names, whichever apostrophe the copy uses: their arrests are the
// group's, not the state's police.
TEST_F(EventActorSidesTest, GroupsSecurityServicesAreTheGroup) {
  for (const char* text :
       {"date 2026-11-20\nSANAA, Yemen — The Houthis hold the port of Salif. There, the group's security services "
        "detained 12 fishermen on Sunday, relatives said.",
        "date 2026-11-20\nSANAA, Yemen — The Houthis hold the port of Salif. There, the group\u2019s security services "
        "detained 12 fishermen on Sunday, relatives said."}) {
    Doc doc = test::ExtractAt(text, 2026, 11, 20);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Arrests");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.houthis") << text;
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// A denied strike on a civilian target (a house, a hospital) is coded with
// the target it is denied to have hit; one denied with no target named
// ("denied that the town was shelled") names no one hit.
TEST_F(EventActorSidesTest, DeniedStrikeOnAHouseNamesCivilians) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nADEN — Local officials denied reports that the Houthis had shelled a school in Dhale on "
      "Monday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians");
  Doc bare = test::ExtractAt(
      "date 2026-11-20\nADEN — Local officials denied reports that the Houthis had shelled Dhale on Monday.", 2026, 11,
      20);
  test::MaybeDump(bare);
  const Event* b = test::FirstOfSub(bare, "Shelling/artillery/missile attack");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(test::CodedId(bare, b->actor2), "gen.civilians");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// A state force supplied to an event of another era is the force of its
// kind in that era: the town the group took in 2015 was lost by the
// Assad-era army, though the report's own army is the new one.
TEST_F(EventActorSidesTest, SuppliedForceTakesTheEventsEra) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nحمص – قال الجيش السوري إن وحداته صدت هجوماً لتنظيم داعش على نقطة عسكرية قرب بلدة "
      "القريتين فجر الأحد.\nوأضاف الجيش السوري أن وحداته طاردت المهاجمين باتجاه البادية.\nيُذكر أن التنظيم كان "
      "قد سيطر على القريتين في أغسطس/آب 2015 قبل أن يُطرد منها في العام التالي.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* now = For(doc, "صدت");
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(test::CodedId(doc, now->actor1), "syr.army.new");
  const Event* then = For(doc, "سيطر");
  ASSERT_NE(then, nullptr);
  EXPECT_EQ(then->status, "historical");
  EXPECT_EQ(test::CodedId(doc, then->actor2), "syr.saa");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// An air strike with no doer in a country with no one national army
// (Libya's regions are held by rival forces) is by unidentified military
// forces; in a country with an army, by that army, as before.
TEST_F(EventActorSidesTest, UnnamedAirStrikeWhereNoOneArmyRules) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nSEBHA, Libya — Gunmen robbed a bank in Ubari on Friday. A drone strike hit a car near Ubari "
      "on Saturday, residents said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.unidentified_military");
  Doc mali = test::ExtractAt(
      "date 2026-11-20\nBAMAKO — Gunmen robbed a bank in Gao on Friday. A drone strike hit a car near Gao on "
      "Saturday, residents said.",
      2026, 11, 20);
  test::MaybeDump(mali);
  const Event* m = test::FirstOfSub(mali, "Air/drone strike");
  ASSERT_NE(m, nullptr);
  EXPECT_NE(test::CodedId(mali, m->actor1), "gen.unidentified_military");
}

// A state's air strike on fighters told only by a generic noun (عشرات
// المسلحين، 40 إرهابياً) hits the one non-state armed group the report
// names, before or after the strike; with no group named they stay generic.
TEST_F(EventActorSidesTest, StrikeOnGenericFightersHitsTheSoleNamedGroup) {
  const char* strike =
      "أعلن الجيش المالي أن سلاح الجو نفّذ ضربات جوية على مخابئ قرب بلدة بوني يوم الأحد، أسفرت عن تحييد عشرات المسلحين.";
  Doc doc = test::ExtractAt(std::string(strike) +
                                "\nوقالت جماعة نصرة الإسلام والمسلمين في بيان إن مقاتليها نصبوا كميناً لقافلة عسكرية قرب دوينتزا.",
                            2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "mli.jnim");
  Doc alone = test::ExtractAt(strike, 2026, 11, 20);
  test::MaybeDump(alone);
  const Event* a = test::FirstOfSub(alone, "Air/drone strike");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::CodedId(alone, a->actor2), "gen.unidentified_gunmen");
  // The counted singular after a number from eleven (40 إرهابياً) is such a noun.
  Doc counted = test::ExtractAt(
      "نصب مسلحون من جماعة نصرة الإسلام والمسلمين كميناً لقافلة عسكرية قرب بلدة باما يوم الاثنين.\n"
      "وأعلن الجيش في بيان أن ضربات جوية قضت على أكثر من 40 إرهابياً في غابة قرب باما.",
      2026, 11, 20);
  test::MaybeDump(counted);
  const Event* c = test::FirstOfSub(counted, "Air/drone strike");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(test::CodedId(counted, c->actor2), "mli.jnim");
}

// أعلن الجيش أنه استهدف عنصرين من X: the complementizer carries the verb's
// subject as a pronoun (the speaker), so the party right after the verb is
// what it hit, not its doer.
TEST_F(EventActorSidesTest, VerbAfterPronounComplementizerTakesThePartyAfterAsObject) {
  Doc doc = test::ExtractAt("أعلن الجيش الإسرائيلي أنه استهدف عنصرين من حزب الله قرب بلدة حاصبيا.", 2026, 11, 20);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(test::CodedId(doc, e.actor1), "isr.idf");
  EXPECT_EQ(test::CodedId(doc, e.actor2), "lbn.hezbollah");
  // Without the pronoun, the party after the verb is its subject (VSO).
  Doc vso = test::ExtractAt("قال مصدر محلي إن عناصر من حزب الله استهدفوا دبابة قرب بلدة حاصبيا.", 2026, 11, 20);
  test::MaybeDump(vso);
  ASSERT_FALSE(vso.events.empty());
  EXPECT_EQ(test::CodedId(vso, vso.events.front().actor1), "lbn.hezbollah");
}

// A grenade thrown towards or near people (باتجاه رعاة، قرب مزارعين) is
// aimed at them: they are its actor 2, as after على.
TEST_F(EventActorSidesTest, GrenadeThrownTowardsPeopleTargetsThem) {
  for (const char* text : {"ألقت قوة إسرائيلية قنبلة صوتية باتجاه رعاة قرب بلدة شبعا صباح اليوم دون وقوع إصابات.",
                           "ألقى جنود قنبلة صوتية قرب مزارعين في سهل مرجعيون صباح اليوم دون وقوع إصابات."}) {
    Doc doc = test::ExtractAt(text, 2026, 11, 20);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Grenade");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians") << text;
  }
}

// أعلنت الجماعة فرض «حصار» على المدينة: a siege a named non-state armed
// group announces is its own, not the government's, the doer of decrees no
// one is named imposing.
TEST_F(EventActorSidesTest, SiegeAnnouncedByAnArmedGroupIsItsOwn) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون من حركة الشباب قافلة إمداد قرب بيدوا يوم الاثنين.\n"
      "وأعلنت حركة الشباب في بيان فرض «حصار» على طرق الإمداد المؤدية إلى مدينة بيدوا.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Change to group/activity");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.shabaab");
  Doc gov = test::ExtractAt("وأعلنت السلطات فرض حظر تجول ليلي في مدينة بيدوا اعتباراً من الليلة.", 2026, 11, 20);
  test::MaybeDump(gov);
  const Event* g = test::FirstOfSub(gov, "Change to group/activity");
  ASSERT_NE(g, nullptr);
  EXPECT_NE(test::CodedId(gov, g->actor1), "som.shabaab");
}

// وتوعد الحوثيون بقصف «المنشآت الحيوية» إذا استمرت الغارات, "said it would
// keep targeting military sites": a strike or shelling an armed party vows
// without naming whom it will hit is aimed at the enemy it fights elsewhere
// in the report (the party it struck, or that struck it); with no armed
// enemy told, the vow names no target.
TEST_F(EventActorSidesTest, VowedStrikeIsAimedAtTheVowersEnemy) {
  const auto vowed = [](const Doc& doc) -> const Event* {
    for (const Event& e : doc.events)
      if (e.status == "intent" && e.acled_event_type == "Explosions/Remote violence") return &e;
    return nullptr;
  };
  Doc ar = test::ExtractAt(
      "date 2026-11-14\n"
      "شنت طائرات التحالف بقيادة السعودية غارات على مواقع للحوثيين في صعدة مساء الاثنين.\n"
      "وتوعد الحوثيون بقصف «المنشآت الحيوية» في جازان إذا استمرت الغارات.",
      2026, 11, 14);
  test::MaybeDump(ar);
  const Event* a = vowed(ar);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::CodedId(ar, a->actor1), "yem.houthis");
  EXPECT_EQ(test::CodedId(ar, a->actor2), "sau.coalition");
  Doc en = test::ExtractAt(
      "date 2026-11-14\n"
      "KHARTOUM (Wire) - The Sudanese army shelled positions of the Rapid Support Forces near El Obeid on Monday, "
      "killing six fighters, a military source said.\n"
      "The RSF said in a statement it would keep targeting \"military sites\" in North Kordofan.",
      2026, 11, 14);
  test::MaybeDump(en);
  const Event* e = vowed(en);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(en, e->actor1), "sdn.rsf");
  EXPECT_EQ(test::CodedId(en, e->actor2), "sdn.saf");
  // Its only other deed was on civilians: no armed enemy to aim at.
  Doc lone = test::ExtractAt(
      "date 2026-11-14\n"
      "KHARTOUM (Wire) - Rapid Support Forces fighters looted shops in a market near El Obeid on Monday, residents said.\n"
      "The RSF said in a statement it would keep targeting \"military sites\" in North Kordofan.",
      2026, 11, 14);
  test::MaybeDump(lone);
  const Event* l = vowed(lone);
  ASSERT_NE(l, nullptr);
  EXPECT_NE(test::CodedId(lone, l->actor2), "gen.civilians");
  EXPECT_NE(test::CodedId(lone, l->actor2), "sdn.saf");
}

// "There was no fighting on the coastal front, the official added", ولم تقع
// أي اشتباكات على الجبهة: an armed clash denied whose sentence names neither
// side is between the two sides of the battle told before, in that battle's
// order — not the report's most-named party first.
TEST_F(EventActorSidesTest, DeniedClashNamingNoSideKeepsTheToldBattlesOrder) {
  const auto check = [](const std::string& text) {
    Doc doc = test::ExtractAt(text, 2026, 11, 28);
    test::MaybeDump(doc);
    const Event* told = test::FirstOfSub(doc, "Government regains territory");
    const Event* denied = nullptr;
    for (const Event& e : doc.events)
      if (e.status == "negated" && e.acled_sub_event_type == "Armed clash") denied = &e;
    ASSERT_NE(told, nullptr) << text;
    ASSERT_NE(denied, nullptr) << text;
    EXPECT_EQ(test::CodedId(doc, told->actor2), "yem.houthis") << text;
    EXPECT_EQ(test::CodedId(doc, denied->actor1), test::CodedId(doc, told->actor1)) << text;
    EXPECT_EQ(test::CodedId(doc, denied->actor2), "yem.houthis") << text;
  };
  check("date 2026-11-28\n"
        "ADEN, Yemen (Wire) - Government forces recaptured two hills from the Houthis near Haradh on Friday, a "
        "military official said.\n"
        "The Houthis later shelled homes in the town, wounding three civilians, and Houthi fighters laid mines on "
        "the road, the official said.\n"
        "There was no fighting on the coastal front near Midi, the official added.");
  check("date 2026-11-28\n"
        "استعادت القوات الحكومية السيطرة على تلتين من الحوثيين قرب حرض يوم الجمعة، بحسب مصدر عسكري.\n"
        "وقصف الحوثيون منازل في المدينة ما أدى إلى إصابة ثلاثة مدنيين، وزرع مسلحون حوثيون ألغاماً على الطريق.\n"
        "ولم تقع أي اشتباكات على جبهة ميدي الساحلية، بحسب المصدر.");
}

// ونفت الجبهة ما تداولته حسابات عن إعدام مقاتليها جنوداً أسرى: a party that
// denies a deed of its own men (`own_forces` after the deed's word, or as its
// subject) is the denied deed's doer, not the enemy the report told before.
TEST_F(EventActorSidesTest, DeniedDeedOfTheDeniersOwnMenIsTheDeniers) {
  Doc doc = test::ExtractAt(
      "date 2026-11-18\n"
      "قالت مصادر محلية إن الجيش المالي قصف مواقع لجبهة تحرير أزواد قرب أنفيس يوم الاثنين.\n"
      "ونفت جبهة تحرير أزواد ما تداولته حسابات على مواقع التواصل عن إعدام مقاتليها جنوداً أسرى قرب أنفيس.",
      2026, 11, 18);
  test::MaybeDump(doc);
  const Event* denied = nullptr;
  for (const Event& e : doc.events)
    if (e.status == "negated") denied = &e;
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(test::CodedId(doc, denied->actor1), "mli.fla");
  // The deed told as done (not denied) keeps the doer the report gives it.
  const Event* shelled = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(shelled, nullptr);
  EXPECT_EQ(test::CodedId(doc, shelled->actor1), "mli.mil");
}

// The Tunisian General Labour Union (UGTT) and its regional unions
// (الاتحاد الجهوي للشغل) are a party of their own: ACLED codes their deals
// and strikes under the union's name, not as unnamed protesters.
TEST_F(EventActorSidesTest, TunisianLabourUnionIsItsOwnParty) {
  Doc ar = test::ExtractAt(
      "date 2026-12-04\n"
      "وأعلن الاتحاد الجهوي للشغل بصفاقس مساء الخميس التوصل إلى اتفاق مع السلطات الجهوية يقضي بصرف أجور عمال "
      "الميناء المتأخرة.",
      2026, 12, 4);
  test::MaybeDump(ar);
  const Event* a = test::FirstOfSub(ar, "Agreement");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::CodedId(ar, a->actor1), "tun.ugtt");
  Doc en = test::ExtractAt(
      "date 2026-12-04\n"
      "SFAX, Tunisia (Wire) - The Tunisian General Labour Union reached an agreement with regional authorities on "
      "Thursday to pay the port workers' late wages, a union official said.",
      2026, 12, 4);
  test::MaybeDump(en);
  const Event* e = test::FirstOfSub(en, "Agreement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(en, e->actor1), "tun.ugtt");
}

// منقبون عن الذهب، "gold miners": artisanal gold prospectors arrested at
// illegal mining sites are ACLED's Gold miners (a kind of civilians), not
// unnamed civilians.
TEST_F(EventActorSidesTest, ArrestedGoldProspectorsAreGoldMiners) {
  Doc ar = test::ExtractAt(
      "date 2026-11-20\n"
      "أعلنت وزارة الدفاع الوطني أن مفارز للجيش الوطني الشعبي أوقفت 15 منقباً عن الذهب قرب عين قزام يوم الخميس.",
      2026, 11, 20);
  test::MaybeDump(ar);
  const Event* a = test::FirstOfSub(ar, "Arrests");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::CodedId(ar, a->actor2), "gen.gold_miners");
  Doc en = test::ExtractAt(
      "date 2026-11-20\n"
      "NIAMEY (Wire) - Soldiers arrested 15 illegal gold miners near Djado on Thursday, the army said.",
      2026, 11, 20);
  test::MaybeDump(en);
  const Event* e = test::FirstOfSub(en, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(en, e->actor2), "gen.gold_miners");
}

// "X and rebels of Y clashed": a head counting the second party's men
// (`collective_of`: rebels of, fighters of, members of) between "and" and its
// name still joins the two sides; the first is actor 1, the second actor 2,
// a bracketed gloss after the name too.
TEST_F(EventActorSidesTest, SidesJoinedPastAHeadOfTheirMen) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nBRIA (Wire) - Anti-balaka militiamen and rebels of the Coalition of Patriots for Change "
      "(CPC) clashed on Monday near Bria, leaving four people dead, witnesses said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "caf.anti_balaka");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "caf.cpc");
  Doc plain = test::ExtractAt(
      "date 2026-03-10\nBRIA (Wire) - Anti-balaka militiamen and fighters of the CPC clashed on Monday near Bria, "
      "witnesses said.",
      2026, 3, 10);
  test::MaybeDump(plain);
  const Event* p = test::FirstOfSub(plain, "Armed clash");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(test::ActorId(plain, p->actor1), "caf.anti_balaka");
  EXPECT_EQ(test::ActorId(plain, p->actor2), "caf.cpc");
}

// Mauritania's coast guard is its own party (mrt.coast_guard, ACLED's
// Mauritanian Coast Guard), named or as "the coast guard" of a Mauritanian
// report; Yemen's keeps its own row.
TEST_F(EventActorSidesTest, MauritanianCoastGuardIsItsOwnParty) {
  Doc ar = test::ExtractAt(
      "date 2026-11-20\nنواذيبو – قالت السلطات الموريتانية إن خفر السواحل اعتقل 12 مهرباً قبالة نواذيبو يوم الخميس.",
      2026, 11, 20);
  test::MaybeDump(ar);
  const Event* a = test::FirstOfSub(ar, "Arrests");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(ar, a->actor1), "mrt.coast_guard");
  Doc en = test::ExtractAt(
      "date 2026-11-20\nNOUADHIBOU (Wire) - The Mauritanian coast guard arrested 12 smugglers off Nouadhibou on "
      "Thursday, officials said.",
      2026, 11, 20);
  test::MaybeDump(en);
  const Event* e = test::FirstOfSub(en, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(en, e->actor1), "mrt.coast_guard");
  Doc ye = test::ExtractAt(
      "date 2026-11-20\nالمخا – اعتقل خفر السواحل اليمني ستة مهربين قبالة المخا يوم الخميس.", 2026, 11, 20);
  test::MaybeDump(ye);
  const Event* y = test::FirstOfSub(ye, "Arrests");
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(test::ActorId(ye, y->actor1), "yem.coast_guard");
}

}  // namespace
}  // namespace marsad
