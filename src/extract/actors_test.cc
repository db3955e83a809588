#include "extract/actors.h"

#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

const ActorMention* Find(const Doc& doc, std::string_view id) {
  for (const ActorMention& a : doc.actors)
    if (a.id == id) return &a;
  return nullptr;
}

TEST(Actors, AliasesThroughProcliticsLongestFirst) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("اشتبكت قوات النظام السوري مع مقاتلين من هيئة تحرير الشام وبحزب الله.");
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "syr.saa"), nullptr);
  EXPECT_NE(Find(doc, "syr.hts"), nullptr);
  EXPECT_NE(Find(doc, "lbn.hezbollah"), nullptr);
  // "قوات النظام السوري" is one mention, not "النظام" inside it.
  for (const ActorMention& a : doc.actors) EXPECT_NE(a.id, "syr.gov.assad");
}

TEST(Actors, AfghanTalibanAndPakistaniTalibanAreDistinct) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("Taliban forces said the Pakistani Taliban had crossed the border at night.");
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "afg.taliban"), nullptr);
  EXPECT_NE(Find(doc, "pak.ttp"), nullptr);
  Doc ar = test::Extract("قالت حكومة طالبان إن حركة طالبان باكستان لا تنشط على أراضيها.");
  EXPECT_NE(Find(ar, "afg.taliban"), nullptr);
  EXPECT_NE(Find(ar, "pak.ttp"), nullptr);
}

// The security forces of north-east Syria's Kurdish-led administration are
// the Asayish, not the Damascus government's General Security.
TEST(Actors, AutonomousAdministrationSecurityForcesAreTheAsayish) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  for (const char* text : {"Security forces of the Kurdish-led Autonomous Administration detained six men in Hasakah.",
                           "Autonomous Administration security forces closed the road to the camp on Friday."}) {
    Doc doc = test::Extract(text);
    test::MaybeDump(doc);
    EXPECT_NE(Find(doc, "syr.asayish"), nullptr) << text;
    EXPECT_EQ(Find(doc, "syr.gss"), nullptr) << text;
  }
}

// English speaks SVO: in "X said the military had shelled its fighters" X
// is the speaker and "its fighters" X's men; the military after the speech
// verb is the subject of what X reports.
TEST(Actors, EnglishSpeakerIsTheNameBeforeTheSpeechVerb) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("The Karenni Army said the military had dropped bombs on its fighters near Loikaw on Monday.");
  test::MaybeDump(doc);
  const ActorMention* own = nullptr;
  for (const ActorMention& a : doc.actors)
    if (doc.OriginalText(a.span) == "its fighters") own = &a;
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->id, "mmr.karenni");
}

TEST(Actors, ArmedGroupsOfNagalandPunjabColombiaHaitiAndEgypt) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "The Gulf Clan fought the Comandos de la Frontera while police hunted Babbar Khalsa men, the 400 Mawozo gang "
      "held a road, the Hasm movement issued a threat and the NSCN-K-YA denied any role.");
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "col.agc"), nullptr);
  EXPECT_NE(Find(doc, "col.comandos_frontera"), nullptr);
  EXPECT_NE(Find(doc, "ind.bki"), nullptr);
  EXPECT_NE(Find(doc, "hti.400_mawozo"), nullptr);
  EXPECT_NE(Find(doc, "egy.hasm"), nullptr);
  EXPECT_NE(Find(doc, "ind.nscn_k_ya"), nullptr);
}

TEST(Actors, ArmedGroupsOfTheAmericasAndSahel) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("ELN guerrillas and FARC dissidents fought near the border while Fano fighters held the road.");
  EXPECT_NE(Find(doc, "col.eln"), nullptr);
  EXPECT_NE(Find(doc, "col.farc_dissidents"), nullptr);
  EXPECT_NE(Find(doc, "eth.fano"), nullptr);
}

TEST(Actors, ArmedGroupsOfIndiaIranThailandAndCentralAfrica) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "Naxalites ambushed a patrol while Jaish al-Adl claimed a border attack; "
      "Barisan Revolusi Nasional denied a role and UPC rebels left a town to MINUSCA.");
  test::MaybeDump(doc);
  for (const char* id : {"ind.maoists", "irn.jaish_al_adl", "tha.brn", "caf.upc", "un.minusca"})
    EXPECT_NE(Find(doc, id), nullptr) << id;
  Doc ar = test::Extract("قالت جماعة جيش العدل إن مقاتليها هاجموا دورية، وأعلن مقاتلو لاكوراوا سيطرتهم على قرية.");
  test::MaybeDump(ar);
  EXPECT_NE(Find(ar, "irn.jaish_al_adl"), nullptr);
  EXPECT_NE(Find(ar, "nga.lakurawa"), nullptr);
}

TEST(Actors, PartisanNamesOfForeignAirForces) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc us = test::Extract("شن طيران العدوان الأمريكي غارات على الميناء.");
  EXPECT_NE(Find(us, "usa.mil"), nullptr);
  Doc coalition = test::Extract("قصف العدوان الأمريكي السعودي المدينة.");
  EXPECT_NE(Find(coalition, "sau.coalition"), nullptr);
  Doc turkey = test::Extract("قصفت مسيّرة لدولة الاحتلال التركي قرية شمال الحسكة.");
  EXPECT_NE(Find(turkey, "tur.mil"), nullptr);
  EXPECT_EQ(Find(turkey, "isr.state"), nullptr);
}

TEST(Actors, SudanResistanceCommitteesAreNoArmedResistance) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("قالت لجان المقاومة في الخرطوم إن الدعم السريع اقتحم السوق.");
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "sdn.resistance_committees"), nullptr);
  EXPECT_EQ(Find(doc, "pse.factions"), nullptr);
}

TEST(Actors, IslamicStateWithAGroupNounAndIraqsCounterterrorismTroops) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("In Mosul, counterterrorism troops arrested three IS suspects, but this is not over.");
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "irq.cts"), nullptr);
  EXPECT_NE(Find(doc, "isis"), nullptr);
  // "is" alone stays a verb.
  size_t isis = 0;
  for (const ActorMention& a : doc.actors) isis += a.id == "isis";
  EXPECT_EQ(isis, 1u);
}

TEST(Actors, SpeakerContextInIndirectSpeech) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc plain = test::ExtractAt("هاجمت التنظيمات الإرهابية قرية نائية.", 2024, 11, 20);
  ASSERT_FALSE(plain.actors.empty());
  EXPECT_NE(plain.actors[0].id, "syr.opposition");
  Doc said = test::ExtractAt("قال الجيش السوري إن التنظيمات الإرهابية هاجمت قرية نائية.", 2024, 11, 20);
  test::MaybeDump(said);
  EXPECT_NE(Find(said, "syr.saa"), nullptr);
  EXPECT_NE(Find(said, "syr.opposition"), nullptr);
}

TEST(Actors, DateContext) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc before = test::ExtractAt("انتشر الجيش السوري في المدينة.", 2024, 11, 20);
  Doc after = test::ExtractAt("انتشر الجيش السوري في المدينة.", 2025, 3, 2);
  EXPECT_NE(Find(before, "syr.saa"), nullptr);
  EXPECT_NE(Find(after, "syr.army.new"), nullptr);
}

TEST(Actors, PersonWithRoleAndQuoteSpeaker) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("قائد الحرس الثوري الإيراني حسين سلامي: \"سنرد على كل اعتداء\".");
  test::MaybeDump(doc);
  const ActorMention* p = Find(doc, "per.hossein_salami");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->person);
  EXPECT_EQ(p->role, "IRGC commander");
  EXPECT_EQ(p->country, "IRN");
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_EQ(doc.quote_speakers.size(), 1u);
  ASSERT_GE(doc.quote_speakers[0], 0);
  EXPECT_EQ(doc.actors[doc.quote_speakers[0]].id, "per.hossein_salami");
}

TEST(Actors, UnknownPersonAfterRoleAndActor) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("قائد هيئة تحرير الشام سليم الوادي: \"دخلنا البلدة\".");
  test::MaybeDump(doc);
  const ActorMention* person = nullptr;
  for (const ActorMention& a : doc.actors)
    if (a.person) person = &a;
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->role, "HTS commander");
  EXPECT_EQ(person->country, "SYR");
  ASSERT_EQ(doc.quote_speakers.size(), 1u);
  EXPECT_GE(doc.quote_speakers[0], 0);
}

TEST(Actors, EnglishRoleAfterActor) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("IRGC commander Hossein Salami said the attacks would continue.");
  test::MaybeDump(doc);
  const ActorMention* p = Find(doc, "per.hossein_salami");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "IRGC commander");
}

TEST(Actors, QuotedNameHasNoSpeaker) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("دخلت قوات الجيش السوري بلدة \"تل الورد\" صباحا.");
  for (int32_t s : doc.quote_speakers) EXPECT_EQ(s, -1);
}

// Armed groups and state forces added to the registry are found under their
// English and Arabic names.
TEST(Actors, RegistryNamesOfMyanmarLibyaAndMozambique) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc en = test::Extract(
      "The Ta'ang National Liberation Army and the Three Brotherhood Alliance fought Mozambican troops and the "
      "Tripoli Revolutionaries Brigade.");
  test::MaybeDump(en);
  for (const char* id : {"mmr.tnla", "mmr.3ba", "moz.mil", "lby.trb"}) EXPECT_NE(Find(en, id), nullptr) << id;
  Doc ar = test::Extract("اشتبكت كتيبة ثوار طرابلس مع جيش تحرير تانغ الوطني قرب الجيش الموزمبيقي.");
  test::MaybeDump(ar);
  for (const char* id : {"lby.trb", "mmr.tnla", "moz.mil"}) EXPECT_NE(Find(ar, id), nullptr) << id;
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// شرطة in construct with a place is that place's police; alone it is a
// word of another phrase (مركز شرطة) and names no one.
TEST(Actors, PoliceOfAPlaceIsAnActorButAPoliceStationIsNot) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("أعلنت شرطة البصرة توقيف ثلاثة متهمين بسرقة سيارات.");
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "gen.police"), nullptr);
  Doc station = test::Extract("أحرق محتجون مركز شرطة في المدينة ليلاً.");
  test::MaybeDump(station);
  EXPECT_EQ(Find(station, "gen.police"), nullptr);
}

TEST(Actors, PakistanMilitaryMediaWingSpeaksForTheArmy) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("The ISPR said troops had cleared a hideout in the hills overnight.");
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "pak.mil"), nullptr);
}

// A name in brackets after a title says whom the title means here.
TEST(Actors, BracketedNameGivesTheTitleItsActor) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt("قالت قوى الأمن الداخلي (الأسايش) إنها اعتقلت خمسة أشخاص في مدينة القامشلي يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "syr.asayish"), nullptr);
  EXPECT_EQ(Find(doc, "syr.gss"), nullptr);
}

// "Public security" is many states' police: Syria's service only in Syria.
TEST(Actors, PublicSecurityIsSyriasServiceOnlyInSyria) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc chad = test::ExtractAt("وأعلنت وزارة الأمن العام في نجامينا اعتقال عشرين شخصاً يوم الجمعة.", 2026, 3, 10);
  test::MaybeDump(chad);
  EXPECT_EQ(Find(chad, "syr.gss"), nullptr);
  Doc syria = test::ExtractAt("اعتقل عناصر الأمن العام ثلاثة أشخاص في مدينة حمص يوم الجمعة.", 2026, 3, 10);
  test::MaybeDump(syria);
  EXPECT_NE(Find(syria, "syr.gss"), nullptr);
}

// "Masked" describes the protesters or youths before it; alone it is gunmen.
TEST(Actors, MaskedAfterACrowdIsNoGunmen) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt("رشق محتجون ملثمون قوات الأمن بالحجارة في مدينة وجدة ليلة الخميس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Find(doc, "gen.unidentified_gunmen"), nullptr);
  Doc youths = test::ExtractAt("رشق شبان ملثمون سيارات الشرطة بالحجارة في مدينة وجدة ليلة الخميس.", 2026, 3, 10);
  test::MaybeDump(youths);
  EXPECT_EQ(Find(youths, "gen.unidentified_gunmen"), nullptr);
  EXPECT_NE(Find(youths, "gen.rioters"), nullptr);
  Doc gunmen = test::ExtractAt("اقتحم ملثمون منزلاً في مدينة وجدة ليلة الخميس.", 2026, 3, 10);
  EXPECT_NE(Find(gunmen, "gen.unidentified_gunmen"), nullptr);
}

// Two families, clans or tribes (the dual) are the sides of a feud.
TEST(Actors, FeudingFamiliesAndClans) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc families = test::ExtractAt("قُتل شخصان في تبادل لإطلاق النار بين عائلتين بقرية قرب مدينة سوهاج مساء الأحد.", 2026, 3, 10);
  test::MaybeDump(families);
  EXPECT_NE(Find(families, "gen.communal_militia"), nullptr);
  Doc clans = test::ExtractAt("قُتل ثلاثة أشخاص في اشتباكات بين مسلحي العشيرتين قرب مدينة بلدوين مساء الأحد.", 2026, 3, 10);
  test::MaybeDump(clans);
  EXPECT_NE(Find(clans, "gen.clan_militia"), nullptr);
}

// A kind noun before a quoted name is that named party.
TEST(Actors, KindNounBeforeAQuotedName) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt("نفذ طيران الجيش ضربة جوية على وكر لعصابات «داعش» قرب مدينة بيجي فجر الجمعة.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "isis"), nullptr);
  EXPECT_EQ(Find(doc, "gen.unidentified_gang"), nullptr);
}

TEST(Actors, NameDepartingFromALongerAliasIsAnotherBody) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  // الجبهة الشعبية is known as the opening of the Palestinian front's full name;
  // a front "for the liberation" of somewhere else is not that front.
  Doc other = test::Extract("أعلنت الجبهة الشعبية لتحرير الأحواز مسؤوليتها عن تفجير خط أنابيب.");
  test::MaybeDump(other);
  EXPECT_EQ(Find(other, "pse.pflp"), nullptr);
  Doc full = test::Extract("أعلنت الجبهة الشعبية لتحرير فلسطين مسؤوليتها عن إطلاق صاروخ.");
  EXPECT_NE(Find(full, "pse.pflp"), nullptr);
  Doc shorter = test::Extract("قالت الجبهة الشعبية في بيان إن مقاتليها أطلقوا صاروخاً.");
  EXPECT_NE(Find(shorter, "pse.pflp"), nullptr);
  // A short word after the shorter name ("in") departs from no longer name.
  Doc in = test::Extract("Fighters of the Islamic State in the area attacked a checkpoint.");
  EXPECT_NE(Find(in, "isis"), nullptr);
  Doc tigray = test::Extract("سيطر مقاتلو الجبهة الشعبية لتحرير تيغراي على مكاتب الإدارة المحلية.");
  test::MaybeDump(tigray);
  EXPECT_EQ(Find(tigray, "pse.pflp"), nullptr);
  EXPECT_NE(Find(tigray, "eth.tplf"), nullptr);
}

// A kind noun before a quoted name (حركة «فتح») names the group its alias
// spells with the noun; the quoted word alone is no alias (فتح "opened").
TEST(Actors, KindNounSpelledWithAQuotedName) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("وسلّمت حركة «فتح» الجيش اللبناني أمس دفعة من الأسلحة المخزنة في المخيم.");
  test::MaybeDump(doc);
  const ActorMention* fatah = Find(doc, "pse.fatah");
  ASSERT_NE(fatah, nullptr);
  // Opened in quotes with no kind noun, the word stays a word.
  Doc verb = test::Extract("وقال إن الجيش «فتح» الطريق أمام السكان صباح اليوم.");
  test::MaybeDump(verb);
  EXPECT_EQ(Find(verb, "pse.fatah"), nullptr);
}

// The mention whose text is exactly `text`, or null.
const ActorMention* Spelled(const Doc& doc, std::string_view text) {
  for (const ActorMention& a : doc.actors)
    if (doc.OriginalText(a.span) == text) return &a;
  return nullptr;
}

TEST(Actors, TheEnemyInAStatesWordsIsTheOtherStatesArmy) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "The Ukrainian army said the enemy shelled Kherson overnight. Russian forces also struck Mykolaiv with drones.");
  test::MaybeDump(doc);
  const ActorMention* enemy = Spelled(doc, "the enemy");
  ASSERT_NE(enemy, nullptr);
  EXPECT_EQ(enemy->id, "rus.mil");
  // "enemy drones": the adjective use names the same side.
  Doc drones = test::Extract("Ukrainian air defence shot down twelve enemy drones near Kharkiv as Russian troops shelled Kupiansk.");
  test::MaybeDump(drones);
  const ActorMention* adj = Spelled(drones, "enemy");
  ASSERT_NE(adj, nullptr);
  EXPECT_EQ(adj->id, "rus.mil");
}

TEST(Actors, TheEnemyInAnArmysWordsIsTheArmedGroupItFights) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("أعلن الجيش الصومالي أن العدو فرّ من قرية قرب بلدوين بعد هجوم على مواقع حركة الشباب.");
  test::MaybeDump(doc);
  const ActorMention* enemy = Spelled(doc, "العدو");
  ASSERT_NE(enemy, nullptr);
  EXPECT_EQ(enemy->id, "som.shabaab");
}

TEST(Actors, TheEnemyACollaboratorServedNamesNoOne) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "Ukrainian police detained a man in Odesa who was filming air defence positions for the enemy, as Russian "
      "forces shelled the port.");
  test::MaybeDump(doc);
  EXPECT_EQ(Spelled(doc, "the enemy"), nullptr);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests") EXPECT_NE(e.actor1.actor >= 0 ? doc.actors[e.actor1.actor].id : e.actor1.implicit_id, "rus.mil");
}

TEST(Actors, TheEnemyWithTwoOpposingPartiesNamedNamesNoOne) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "The Somali army said the enemy attacked its base near Baidoa. Al-Shabaab and Islamic State fighters are active "
      "in the region.");
  test::MaybeDump(doc);
  EXPECT_EQ(Spelled(doc, "the enemy"), nullptr);
}

// A bulletin of the state's own side that names no other party: "the enemy"
// is the one state its country is at war with (a gen.enemy row in
// national_forces.tsv); a country with no such row names no one.
TEST(Actors, TheEnemyInABulletinNamingNoOneIsTheStandingAdversary) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "Last night the enemy attacked Chernihiv with drones, damaging two houses. During the day the enemy shelled "
      "the outskirts of Sumy with mortars.");
  test::MaybeDump(doc);
  const ActorMention* enemy = Spelled(doc, "the enemy");
  ASSERT_NE(enemy, nullptr);
  EXPECT_EQ(enemy->id, "rus.mil");
  Doc other = test::Extract("Last night the enemy shelled villages near Baidoa with mortars, damaging two houses.");
  test::MaybeDump(other);
  EXPECT_EQ(Spelled(other, "the enemy"), nullptr);
}

// "The gunmen" (المسلحون، المسلحين) with the article refers back to the one
// named non-state armed party of an earlier sentence; with none, with two,
// or after indefinite gunmen (مسلحون) it stays unidentified gunmen. A party
// of its own sentence (a side of its clash) and a state-armed auxiliary
// militia are not what it refers to.
std::string GunmenId(const Doc& doc, std::string_view written) {
  for (const ActorMention& a : doc.actors)
    if (doc.OriginalText(a.span) == written) return a.id;
  return "<none>";
}

TEST(Actors, DefiniteGunmenReferBackToTheNamedGroup) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "تبنّت حركة الشباب هجوماً على قاعدة عسكرية قرب بلدوين. وقال مسؤول محلي إن الجيش اشتبك مع المسلحين لساعتين.");
  test::MaybeDump(doc);
  EXPECT_EQ(GunmenId(doc, "المسلحين"), "som.shabaab");
  Doc nom = test::Extract("هاجم تنظيم الدولة الإسلامية قرية قرب الرقة. وأحرق المسلحون عدداً من المنازل قبل انسحابهم.");
  EXPECT_EQ(GunmenId(nom, "المسلحون"), "isis");
  // The state's auxiliaries named later are no second candidate.
  Doc aux = test::Extract(
      "قتل مسلحو «نصرة الإسلام والمسلمين» عشرة مدنيين قرب بانفورا. واشتبك متطوعو الدفاع عن الوطن "
      "مع المسلحين قرب سيندو. ودخل المسلحون البلدة بعد انسحاب الجيش.");
  test::MaybeDump(aux);
  EXPECT_EQ(GunmenId(aux, "المسلحون"), "mli.jnim");
}

TEST(Actors, DefiniteGunmenStayUnidentifiedWithoutOneNamedGroup) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  // No group named.
  Doc none = test::Extract("اشتبك الجيش مع المسلحين قرب بلدوين لساعتين.");
  EXPECT_EQ(GunmenId(none, "المسلحين"), "gen.unidentified_gunmen");
  // Two groups named: which one is not told.
  Doc two = test::Extract(
      "تقاتلت حركة الشباب وتنظيم الدولة الإسلامية في بونتلاند الشهر الماضي. وقال شهود إن المسلحين أغلقوا الطريق.");
  EXPECT_EQ(GunmenId(two, "المسلحين"), "gen.unidentified_gunmen");
  // Indefinite gunmen told after the group are the ones referred to.
  Doc unnamed = test::Extract(
      "تبنّت حركة الشباب هجوماً على قاعدة قرب بلدوين. وفي حادث آخر هاجم مسلحون حافلة قرب جوهر. وفرّ المسلحون إلى الغابة.");
  test::MaybeDump(unnamed);
  EXPECT_EQ(GunmenId(unnamed, "المسلحون"), "gen.unidentified_gunmen");
  // The group of its own sentence is the other side of the clash.
  Doc own = test::Extract("اشتبك مقاتلو حركة الشباب مع المسلحين قرب جوهر.");
  EXPECT_EQ(GunmenId(own, "المسلحين"), "gen.unidentified_gunmen");
  // Only a state-armed militia named before.
  Doc vdp = test::Extract("انتشر متطوعو الدفاع عن الوطن في البلدة أمس. وهاجم المسلحون موقعهم فجر اليوم.");
  EXPECT_EQ(GunmenId(vdp, "المسلحون"), "gen.unidentified_gunmen");
}

// "The Organisation" (التنظيم) and "the group" (الجماعة) are the jihadist
// group the report names: an Islamic State province or Boko Haram too, not
// only the Islamic State itself; none named, they name no one.
TEST(Actors, TheOrganisationIsTheProvinceTheReportNames) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "تبنى تنظيم «ولاية خراسان» تفجيراً في جلال آباد. واعتقلت الشرطة ثلاثة أشخاص يشتبه في صلتهم بالتنظيم.");
  test::MaybeDump(doc);
  EXPECT_EQ(GunmenId(doc, "بالتنظيم"), "isis.khorasan");
  Doc bh = test::Extract("هاجمت جماعة بوكو حرام قرية قرب مايدوغوري. وقال الجيش إن الجماعة خسرت عشرة مقاتلين.");
  test::MaybeDump(bh);
  EXPECT_EQ(GunmenId(bh, "الجماعة"), "nga.boko_haram");
  Doc none = test::Extract("قال مسؤول إن التنظيم لم يعد ينشط في المنطقة.");
  EXPECT_EQ(GunmenId(none, "التنظيم"), "<none>");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "Our officers", "our defenders" outside anyone's words: in a party's own
// statement (a header line of its own naming the party) they are that
// party's; in a state body's bulletin whose header names no party, the army
// of the report's country; in a news report with no such header, no one.
TEST(Actors, OwnForcesOfAStatementAreItsIssuers) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  const auto our = [](const Doc& doc) -> std::string {
    for (const ActorMention& a : doc.actors)
      if (a.alias_kind == "generic" && doc.OriginalText(a.span).substr(0, 3) == "Our") return a.id;
    return "-";
  };
  Doc police = test::ExtractAt(
      "UGANDA POLICE FORCE: STATEMENT ON THE SITUATION IN KASESE\nOur officers arrested twelve suspects in Kasese on Monday.",
      2026, 11, 20);
  test::MaybeDump(police);
  EXPECT_EQ(our(police), "uga.police");
  Doc bulletin = test::ExtractAt(
      "Sumy Regional Military Administration: summary of the day\nOur defenders pushed the enemy out of two positions near "
      "Yunakivka yesterday.",
      2026, 11, 20);
  test::MaybeDump(bulletin);
  EXPECT_EQ(our(bulletin), "ukr.mil");
  Doc news = test::ExtractAt("KASESE — Our officers arrested twelve suspects in Kasese on Monday, a police spokesman said.",
                             2026, 11, 20);
  test::MaybeDump(news);
  EXPECT_EQ(our(news), "-");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "A Tebu armed group": a community's name before "armed group" is that
// community's militia, as "Tebu gunmen" is.
TEST(Actors, CommunityArmedGroupIsItsMilitia) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt("MAKURDI — Fighting between a Tiv armed group and soldiers near Makurdi killed four people on Monday.",
                            2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "nga.tiv_militia"), nullptr);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Yemen's two sides name each other: the Houthis' own forces are "the armed
// forces in Sanaa", and their word for the recognised government's forces
// is "the aggression's mercenaries" (مرتزقة العدوان), or "the mercenaries".
TEST(Actors, SanaaArmedForcesAreTheHouthisAndTheirMercenariesTheArmy) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt(
      "قال المتحدث باسم القوات المسلحة في صنعاء إن وحداتها سيطرت فجر الثلاثاء على تلال شرقي مأرب بعد معارك مع مرتزقة العدوان.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "yem.houthis"), nullptr);
  EXPECT_EQ(Find(doc, "gen.army"), nullptr);
  EXPECT_NE(Find(doc, "yem.army"), nullptr);
  const Event* e = test::FirstOfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.houthis");
  Doc plain = test::ExtractAt("قصف المرتزقة قرية شمال تعز بقذائف الهاون صباح الأحد.", 2026, 11, 20);
  test::MaybeDump(plain);
  EXPECT_NE(Find(plain, "yem.army"), nullptr);
  // Elsewhere "the armed forces" of a place name no Houthi.
  Doc other = test::ExtractAt("قالت القوات المسلحة في الخرطوم إنها صدت هجوماً على مواقعها.", 2026, 11, 20);
  EXPECT_EQ(Find(other, "yem.houthis"), nullptr);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "Pakistani artillery shelled a village in Kunar": the nationality
// adjective inside the event's phrase names Pakistan's forces, as روسية or
// تركية name Russia's or Turkey's.
TEST(Actors, PakistaniAdjectiveNamesPakistansForces) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt(
      "قصفت مدفعية باكستانية قرية في مديرية دانغام بولاية كونار الأفغانية مساء الأربعاء، ما أدى إلى مقتل طفلين.", 2026,
      11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "pak.mil");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Armed Palestinians told by the nisba with "armed" (شابان فلسطينيان
// مسلحان، مسلحون فلسطينيون) are the armed factions, as المسلحون الفلسطينيون is.
TEST(Actors, ArmedPalestiniansAreTheFactions) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  for (const char* text : {"قتل شابان فلسطينيان مسلحان خلال اشتباك مع قوات الاحتلال في مخيم جنين فجر اليوم.",
                           "أطلق مسلحون فلسطينيون النار على حاجز عسكري قرب مدينة نابلس مساء أمس."}) {
    Doc doc = test::ExtractAt(text, 2026, 11, 20);
    test::MaybeDump(doc);
    EXPECT_NE(Find(doc, "pse.factions"), nullptr) << text;
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "The coast guard" of a Yemeni report is the recognised government's
// coast guard; in another country's report it names no Yemeni force.
TEST(Actors, CoastGuardInYemenIsTheYemeniCoastGuard) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt("أعلن خفر السواحل ضبط قارب يحمل شحنة أسلحة قبالة مدينة المخا واعتقال ثلاثة من طاقمه.", 2026, 11,
                            20);
  test::MaybeDump(doc);
  EXPECT_NE(Find(doc, "yem.coast_guard"), nullptr);
  Doc other = test::ExtractAt("أعلن خفر السواحل ضبط قارب يحمل مهاجرين قبالة مدينة زوارة واعتقال ثلاثة من طاقمه.", 2026, 11,
                              20);
  test::MaybeDump(other);
  EXPECT_EQ(Find(other, "yem.coast_guard"), nullptr);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "Security men in plain clothes took them away": the indefinite construct
// عناصر أمن (رجال أمن، عنصر أمن) is the security forces, as عناصر الأمن is.
TEST(Actors, IndefiniteSecurityMenAreTheSecurityForces) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  for (const char* text : {"قالت العائلات إن عناصر أمن بلباس مدني اقتادوا ثلاثة طلاب من سكن جامعي في مدينة كويتا.",
                           "قال شهود إن رجال أمن اعتقلوا صحفياً أمام منزله في مدينة كويتا مساء أمس."}) {
    Doc doc = test::ExtractAt(text, 2026, 11, 20);
    test::MaybeDump(doc);
    EXPECT_NE(Find(doc, "gen.security_forces"), nullptr) << text;
  }
}

// The Lake Chad force of Nigeria, Niger, Chad, Cameroon and Benin is an
// actor of its own in both languages, not the Sudanese joint force that
// القوة المشتركة names alone; Cameroon's Rapid Intervention Battalion (BIR)
// is its army's unit, named where the report is set in Cameroon.
TEST(Actors, LakeChadJointForceAndCameroonsRapidInterventionBattalion) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc en = test::Extract("Two soldiers of the Multinational Joint Task Force were wounded when their truck hit a mine near Baga.");
  test::MaybeDump(en);
  EXPECT_NE(Find(en, "int.mnjtf"), nullptr);
  Doc abbr = test::Extract("MNJTF troops pushed the insurgents back from the island on Friday.");
  EXPECT_NE(Find(abbr, "int.mnjtf"), nullptr);
  Doc ar = test::Extract("قالت القوة المشتركة متعددة الجنسيات إن جنودها صدوا هجوماً قرب بحيرة تشاد.");
  test::MaybeDump(ar);
  EXPECT_NE(Find(ar, "int.mnjtf"), nullptr);
  EXPECT_EQ(Find(ar, "sdn.joint_forces"), nullptr);
  Doc bir = test::Extract("وقال مصدر إن عناصر من كتيبة التدخل السريع داهموا مخبأ للخاطفين قرب ماروا في الكاميرون.");
  test::MaybeDump(bir);
  EXPECT_NE(Find(bir, "cmr.bir"), nullptr);
  Doc bir_en = test::Extract("Soldiers of the Rapid Intervention Battalion raided a kidnappers' hideout near Maroua, Cameroon.");
  EXPECT_NE(Find(bir_en, "cmr.bir"), nullptr);
}

// Units and militias ACLED names on their own: a PDF battalion named by its
// township, the junta's Pyu Saw Htee, Iraq's oil police, Zamfara's
// community guards; armed men "from the X community" are X's militia.
TEST(Actors, TownshipPdfJuntaMilitiaOilPoliceAndCommunityGuards) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc pdf = test::Extract("The Pakokku People's Defence Force said its fighters ambushed a convoy near Myaing on Sunday.");
  test::MaybeDump(pdf);
  EXPECT_NE(Find(pdf, "mmr.pakokku_pdf"), nullptr);
  Doc psh = test::Extract("Pyu Saw Htee militiamen burned houses in a village of Sagaing Region, residents said.");
  EXPECT_NE(Find(psh, "mmr.pyu_saw_htee"), nullptr);
  Doc oil = test::Extract("Gunmen opened fire on oil police guards at a pipeline station near Kirkuk, Iraq, on Monday.");
  test::MaybeDump(oil);
  EXPECT_NE(Find(oil, "irq.oil_police"), nullptr);
  Doc oil_ar = test::Extract("وأصيب عنصران من شرطة النفط بهجوم مسلح قرب حقل في كركوك.");
  EXPECT_NE(Find(oil_ar, "irq.oil_police"), nullptr);
  Doc cpg = test::Extract("Community Protection Guards repelled bandits who attacked a village in Zamfara State, Nigeria.");
  EXPECT_NE(Find(cpg, "nga.zamfara_cpg"), nullptr);
  Doc rounga = test::Extract("Armed men from the Rounga community attacked a market near Ndele on Friday.");
  test::MaybeDump(rounga);
  EXPECT_NE(Find(rounga, "caf.rounga_militia"), nullptr);
}

// "SNA" is the Somali National Army in Somalia, the Syrian National Army
// elsewhere.
TEST(Actors, SnaIsSomalisArmyInSomalia) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc som = test::Extract("SNA troops retook the village of Elbur in Galguduud region, Somalia, on Monday.");
  test::MaybeDump(som);
  EXPECT_NE(Find(som, "som.sna"), nullptr);
  EXPECT_EQ(Find(som, "syr.sna"), nullptr);
  Doc syr = test::Extract("SNA fighters shelled positions near Manbij, Syria, on Monday.");
  EXPECT_NE(Find(syr, "syr.sna"), nullptr);
}

// Uganda's cattle raiders are Karamoja's armed herders (ACLED's Karimojong
// militia), unless the report says which community they came from.
TEST(Actors, UgandasCattleRaidersAreKarimojong) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc en = test::Extract("Cattle raiders shot dead two herders near Kaabong, Uganda, and drove off 90 cows.");
  test::MaybeDump(en);
  EXPECT_NE(Find(en, "uga.karamojong_militia"), nullptr);
  Doc ar = test::Extract("قتل لصوص ماشية مسلحون راعياً قرب موروتو في أوغندا وساقوا عشرات الأبقار.");
  test::MaybeDump(ar);
  EXPECT_NE(Find(ar, "uga.karamojong_militia"), nullptr);
  Doc from = test::Extract("Armed cattle raiders from Turkana attacked a kraal near Kaabong, Uganda, on Sunday.");
  test::MaybeDump(from);
  EXPECT_NE(Find(from, "ken.turkana_militia"), nullptr);
  EXPECT_EQ(Find(from, "uga.karamojong_militia"), nullptr);
  Doc kenya = test::Extract("Cattle raiders shot dead two herders near Lodwar, Kenya, on Sunday.");
  EXPECT_EQ(Find(kenya, "uga.karamojong_militia"), nullptr);
}

// السلطات العسكرية, "the military authorities", are the country's army, not
// its government.
TEST(Actors, MilitaryAuthoritiesAreTheArmy) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc ar = test::Extract("وقالت السلطات العسكرية إن مسلحاً سلّم نفسه في ولاية تبسة بالجزائر.");
  test::MaybeDump(ar);
  EXPECT_NE(Find(ar, "gen.army"), nullptr);
  EXPECT_EQ(Find(ar, "gen.authorities"), nullptr);
  Doc en = test::Extract("The military authorities said a suspect surrendered in Tebessa, Algeria.");
  EXPECT_NE(Find(en, "gen.army"), nullptr);
}

}  // namespace
}  // namespace marsad
