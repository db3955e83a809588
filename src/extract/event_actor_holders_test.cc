// Who held a place handed over without a fight, whom a crowd's arrest takes
// after a protest's topic, and a community's fighters in a report about an
// insurgency. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventActorHoldersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// "X abandoned the camp, and Y moved in": the party that left, told before
// the taker, held the place.
TEST_F(EventActorHoldersTest, PartyThatLeftBeforeTheTakerHeldThePlace) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nYANGON (Wire) - Junta troops abandoned their base outside Hpapun on Saturday, and Karen "
      "National Liberation Army fighters moved in without a fight, a spokesman said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-violent transfer of territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mmr.knla");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "mmr.mil");
}

// A handover told by its leaving word with the taker named after it: the
// taker is actor 1, those who left actor 2.
TEST_F(EventActorHoldersTest, HandoverToldByTheLeavingWordIsTheTakers) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nYANGON (Wire) - In Pakokku, junta troops pulled out of a police station on Friday and the "
      "People's Defence Force moved in without a shot being fired, residents said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-violent transfer of territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mmr.pdf");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "mmr.mil");
}

// "Took over three PKK checkpoints": the group naming the place held it.
TEST_F(EventActorHoldersTest, GroupNamingThePlaceTakenHeldIt) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nSINJAR (Wire) - The Iraqi army took over three PKK checkpoints near Sinjar on Tuesday "
      "without a shot being fired, an officer said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-violent transfer of territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "tur.pkk");
}

// A topic between the protest and the arrest ("over late wages, and the
// police detained ten of them") is no arrest the crowd protests: those
// taken are the crowd.
TEST_F(EventActorHoldersTest, ArrestAfterAProtestsTopicTakesTheCrowd) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nتظاهر مئات العمال أمام مقر الشركة في مدينة الزرقاء صباح الأحد احتجاجاً على تأخر الرواتب، "
      "واعتقلت الشرطة عشرة منهم.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.protesters");
}

// A clan militia in a report about al-Shabaab stays a clan militia.
TEST_F(EventActorHoldersTest, ClanMilitiaIsNotTheInsurgency) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nمقديشو – قالت حركة الشباب إن مقاتليها هاجموا قاعدة للجيش قرب بلدوين أمس. وسلّمت "
      "ميليشيا عشائرية ثلاثة مواقع قرب جوهر إلى قوات الجيش اليوم من دون قتال.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-violent transfer of territory");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_NE(test::ActorId(doc, e->actor2), "som.shabaab");
  EXPECT_TRUE(test::ActorId(doc, e->actor1) == "som.clan_militia" || test::ActorId(doc, e->actor2) == "som.clan_militia" ||
              test::ActorId(doc, e->actor1) == "gen.clan_militia" || test::ActorId(doc, e->actor2) == "gen.clan_militia");
}

// Those taken told by the noun the crowd was told by ("hundreds of farmers
// rallied ...; police detained twelve farmers") are the crowd.
TEST_F(EventActorHoldersTest, ArrestedToldByTheCrowdsNounAreTheCrowd) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nHundreds of farmers rallied peacefully outside the governor's office in Shiraz on Monday to "
      "demand water rights, witnesses said. Police detained twelve farmers in the city on Tuesday, a rights group said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.protesters");
}

// Kenya's police reservists are ACLED's National Police Reserve, not the
// police at large.
TEST_F(EventActorHoldersTest, KenyanPoliceReservistsAreTheReserve) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nLODWAR, Kenya (Wire) - Police reservists exchanged fire with cattle raiders near Lokori on "
      "Monday, killing one of them, the county commander said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "ken.npr");
}

// India's "security forces" fighting insurgents are its central armed
// police: Police Forces of India.
TEST_F(EventActorHoldersTest, SecurityForcesInIndiaAreItsPolice) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nRAIPUR, India (Wire) - Security forces clashed with Maoist rebels in a forest near Bijapur "
      "on Monday, killing three of them, police said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "ind.police");
}

// "Struck a bandit enclave": the bandits' place names them as the target;
// "bandit informants" a mob killed are no bandits.
TEST_F(EventActorHoldersTest, BanditPlacesNameTheBandits) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nABUJA (Wire) - Nigerian Air Force jets struck a bandit enclave in a forest near Gusau on "
      "Sunday, killing dozens of fighters, the air force said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "nga.bandits");
  Doc mob = test::ExtractAt(
      "date 2026-11-20\nKATSINA (Wire) - A mob beat two suspected bandit informants to death in Funtua on Friday, "
      "police said.",
      2026, 11, 20);
  test::MaybeDump(mob);
  const Event* m = test::FirstOfSub(mob, "Mob violence");
  ASSERT_NE(m, nullptr);
  EXPECT_NE(test::ActorId(mob, m->actor2), "nga.bandits");
}

// A curfew in a federal country's state, decreed by no one named, is the
// state government's.
TEST_F(EventActorHoldersTest, CurfewInAFederalStateIsItsGovernments) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nKANO, Nigeria (Wire) - A 24-hour curfew was imposed on Kano on Friday after clashes between "
      "rival groups of youths, officials said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Change to group/activity");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "nga.gov.kano");
}

// South Sudan's states decree their own curfews: "the state government" there
// is the state's, not Juba's.
TEST_F(EventActorHoldersTest, CurfewInASouthSudaneseStateIsItsGovernments) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nJUBA (Wire) - Cattle raiders killed nine herders near Yirol on Thursday. The state "
      "government imposed a dusk-to-dawn curfew in Yirol on Friday, officials said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Change to group/activity");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "ssd.gov.lakes");
}

// The region's name before the word is the same government ("the Kano State
// Government", "the Amhara Regional Government").
TEST_F(EventActorHoldersTest, RegionBeforeGovernmentNamesTheRegionalGovernment) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nKANO, Nigeria (Wire) - The Kano State Government banned all processions in Kano on Friday "
      "after clashes between rival groups of youths.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Change to group/activity");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "nga.gov.kano");
}

// "The army" in Libya's east is Haftar's Libyan National Army.
TEST_F(EventActorHoldersTest, ArmyInEasternLibyaIsTheLna) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nBENGHAZI, Libya (Wire) - The army said on Monday it had set up a new base in Benghazi to "
      "secure the city's southern districts.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Headquarters or base established");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "lby.lna");
}

// In Libya the bare "General Command" (القيادة العامة) is Haftar's: a unit
// said to belong to it that tells of its clash is the Libyan National Army.
TEST_F(EventActorHoldersTest, LibyasGeneralCommandIsTheLna) {
  Doc doc = test::ExtractAt(
      "أعلنت سرية تابعة للقيادة العامة في مرزق أنها اشتبكت مساء الجمعة مع مسلحين جنوب المدينة وقتلت اثنين منهم.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "lby.lna");
}

// "The Front" (الجبهة) after the report named a front is that front: the
// barracks it says it took is its capture, not that of the army the
// statement goes on to accuse.
TEST_F(EventActorHoldersTest, TheFrontIsTheFrontTheReportNamed) {
  Doc doc = test::ExtractAt(
      "أصدرت جبهة تحرير أزواد بياناً مساء الاثنين. وأضاف البيان أن الجبهة سيطرت على ثكنة قرب تيساليت، واتهم الجيش بقصف "
      "قرى مجاورة.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "mli.fla");
  EXPECT_FALSE(e->actor1.implicit);  // named by the word itself, not supplied
}

// "After government troops left it": "left" is a word of leaving, so those
// who left held the place the taker moved into.
TEST_F(EventActorHoldersTest, PartyThatLeftTheVillageHeldIt) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nMOGADISHU (Wire) - Al-Shabaab fighters moved into the village of Bulo Marer on Sunday "
      "night after government troops left it, elders said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-violent transfer of territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "som.sna");
}

// The taker named only as the speaker ("its fighters moved in"): the party
// told leaving before the taking word, even right after the speech word,
// held the place.
TEST_F(EventActorHoldersTest, SpeakersFightersMovedInAfterThePartyThatLeft) {
  for (const char* text :
       {"date 2026-11-20\nSITTWE (Wire) - The Arakan Army said on Monday that junta soldiers had abandoned an "
        "outpost near Ann on Saturday and that its fighters moved in.",
        "date 2026-11-20\nSITTWE (Wire) - The Arakan Army said junta soldiers abandoned an outpost near Ann on "
        "Saturday and its fighters moved in."}) {
    Doc doc = test::ExtractAt(text, 2026, 11, 20);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Non-violent transfer of territory");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(test::ActorId(doc, e->actor1), "mmr.arakan_army") << text;
    EXPECT_EQ(test::CodedId(doc, e->actor2), "mmr.mil") << text;
  }
}

// A speaker told before its own speech word ("the group said it withdrew")
// left nothing to another: the taker is the speaker itself, no holder.
TEST_F(EventActorHoldersTest, SpeakerThatSaidItWithdrewHeldNothingForItself) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nSITTWE (Wire) - The Arakan Army said it withdrew from a hill near Ann on Saturday and "
      "its fighters moved into the town of Kyauktaw.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-violent transfer of territory");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor2), "mmr.arakan_army");
}

// "Killed six militants and arrested four others": those taken are more of
// the armed party counted before the arrest word, not civilians.
TEST_F(EventActorHoldersTest, CountedOthersArrestedAreThePartyCountedBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nGAO (Wire) - Soldiers killed six militants and arrested four others in an operation near "
      "Ansongo on Tuesday, the army said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.militants");
}

// A count of people named otherwise ("four villagers") is no `counted_others`.
TEST_F(EventActorHoldersTest, CountedVillagersArrestedAreNoOthersOfTheParty) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nGAO (Wire) - Soldiers killed six militants and arrested four villagers in an operation "
      "near Ansongo on Tuesday, the army said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor2), "gen.militants");
}

// "The committee said RSF gunmen shot dead five farmers": a name right
// after "said" that goes on into its clause is the doer of the deed
// reported, not the report's source; a postposed speaker (", said the
// army.") stays the source and did nothing.
TEST_F(EventActorHoldersTest, NameAfterSaidGoingOnIsTheDoerNotTheSource) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nEL FASHER (Wire) - In Tawila, the local resistance committee said RSF gunmen shot dead five "
      "farmers on Thursday and looted the village market the next day.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
  Doc post = test::ExtractAt(
      "date 2026-11-20\nEL FASHER (Wire) - Gunmen shot dead five farmers in Tawila on Thursday, said the Sudanese "
      "army.",
      2026, 11, 20);
  test::MaybeDump(post);
  const Event* p = test::FirstOfSub(post, "Attack");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(test::ActorId(post, p->actor1), "sdn.saf");
}

// ACLED codes the "security forces" of Pakistan's north-west and of
// Thailand's Deep South as the country's military, not its police.
TEST_F(EventActorHoldersTest, SecurityForcesOfPakistanAndThailandAreTheMilitary) {
  const std::pair<const char*, const char*> cases[] = {
      {"date 2026-11-20\nPESHAWAR (Wire) - Security forces killed five militants in a gunfight near Tank on Tuesday, "
       "officials said.",
       "pak.mil"},
      {"date 2026-11-20\nPATTANI (Wire) - Security forces killed two insurgents in a gunfight near Bannang Sata on "
       "Tuesday, officials said.",
       "tha.mil"}};
  for (const auto& [text, force] : cases) {
    Doc doc = test::ExtractAt(text, 2026, 11, 20);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Armed clash");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(test::CodedId(doc, e->actor1), force) << text;
  }
}

// "Four Maoists, including a commander, were killed in an encounter with
// security forces": the party fought "with" is actor 1, the fallen armed
// party actor 2, as ACLED codes such fights — whether the fallen were read
// as the subject or left no doer.
TEST_F(EventActorHoldersTest, FallenInAnEncounterWithAPartyAreActor2) {
  for (const char* text :
       {"date 2026-11-20\nRAIPUR (Wire) - Four Maoists, including a woman cadre who carried a reward of two lakh "
        "rupees, were killed in an encounter with security forces in a forest near Bijapur on Wednesday, police said.",
        "date 2026-11-20\nRAIPUR (Wire) - Three Maoists were killed in an encounter with security forces in a forest "
        "near Bijapur on Tuesday, police said."}) {
    Doc doc = test::ExtractAt(text, 2026, 11, 20);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Armed clash");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(test::CodedId(doc, e->actor1), "ind.police") << text;
    EXPECT_EQ(test::CodedId(doc, e->actor2), "ind.maoists") << text;
  }
}

}  // namespace
}  // namespace marsad
