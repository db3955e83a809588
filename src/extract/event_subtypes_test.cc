// Sub-event typing: the chemical agent a munition is said to give off, and
// who is winning ground back (the state's affiliates, a foreign ally against
// insurgents). Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/event_lexicon.h"
#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class SubtypeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SubtypeTest, EnglishBombsGivingOffYellowSmokeAreAChemicalAttack) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nVillagers near Kalay said army jets dropped bombs that released a yellowish smoke "
      "over their homes on Sunday, leaving a dozen people coughing.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(SubtypeTest, EnglishShellsFilledWithAChemicalIrritantAreAChemicalAttack) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nThe rebels accused government troops of firing shells loaded with a chemical irritant "
      "at their trenches near Kadugli on Sunday.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Chemical weapon"), 1u);
}

// Smoke from a fire is no agent: only a munition's "released" smoke of a
// chemical's colour or effect is.
TEST_F(SubtypeTest, EnglishSmokeOfBurningTyresIsNoChemicalAttack) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nBurning tyres sent thick black smoke over the main square of Kadugli on Sunday "
      "as protesters blocked the road.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Chemical weapon"), 0u);
}

TEST_F(SubtypeTest, ArabicChemicalSubstancesUsedInShellingAreAChemicalAttack) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nوأفاد ناشطون باستخدام مواد كيميائية في قصف مدفعي على بلدة كفرنبل يوم الأحد.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

// ACLED counts the state's affiliates with the state: a pro-government
// militia's gain is the government's.
TEST_F(SubtypeTest, ProGovernmentMilitiaRecapturingIsTheGovernmentRegaining) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nPopular Resistance fighters recaptured the village of Um Ruwaba from the Rapid Support "
      "Forces on Sunday.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Government regains territory"), 1u);
  EXPECT_EQ(CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

// Foreign troops retaking a town from the host country's insurgents fight on
// the host government's side.
TEST_F(SubtypeTest, ForeignAllyRetakingFromInsurgentsIsTheGovernmentRegaining) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nRwandan troops recaptured the town of Mueda from Islamic State militants on Sunday.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Government regains territory"), 1u);
}

// The same word of foreign troops against the host's own army is ground overtaken.
TEST_F(SubtypeTest, ForeignTroopsRetakingFromTheHostArmyOvertakeIt) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nRussian troops recaptured the village of Kupiansk from the Ukrainian army on Sunday.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Non-state actor overtakes territory"), 1u);
  EXPECT_EQ(CountSub(doc, "Government regains territory"), 0u);
}

// A crowd that burns counted people — "two men", the Arabic dual رجلين،
// امرأتين — is a mob, as one that burns "a man" is.
TEST_F(SubtypeTest, CrowdBurningCountedPeopleIsMobViolence) {
  for (const char* text : {
           "date 2025-03-10\nAn angry crowd set fire to two men accused of theft in Kisii on Sunday.",
           "date 2025-03-10\nوفي بلدة أوروا، أحرق سكان غاضبون رجلين حتى الموت يوم الأحد.",
           "date 2025-03-10\nوفي إحدى القرى، أضرم حشد غاضب النار في امرأتين يوم الأحد."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Mob violence"), 1u) << text;
    EXPECT_EQ(CountSub(doc, "Violent demonstration"), 0u) << text;
  }
}

// Counted things are no people: burning two police cars is rioting.
TEST_F(SubtypeTest, CrowdBurningCountedCarsIsAViolentDemonstration) {
  Doc doc = test::ExtractAt("date 2025-03-10\nوفي بلدة أوروا، أحرق محتجون غاضبون سيارتين للشرطة يوم الأحد.", 2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Mob violence"), 0u);
  EXPECT_EQ(CountSub(doc, "Violent demonstration"), 1u);
}

// "Struck" takes its kind from what was struck: a vehicle that strikes a
// mine or a roadside bomb is a blast, not an air strike.
TEST_F(SubtypeTest, VehicleStrikingABombIsAnExplosiveNotAnAirStrike) {
  for (const char* text : {
           "date 2025-03-10\nFour soldiers were killed when their truck struck a landmine near Gao on Sunday.",
           "date 2025-03-10\nA police car struck a roadside bomb outside Garissa on Sunday, wounding two officers."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Remote explosive/landmine/IED"), 1u) << text;
    EXPECT_EQ(CountSub(doc, "Air/drone strike"), 0u) << text;
  }
}

// Fighters handing in their weapons, or handed over themselves, are a
// disarmament or a release (Other), not ground handed over; a town handed
// over stays a transfer of territory.
TEST_F(SubtypeTest, FightersHandingInWeaponsAreNoTransferOfTerritory) {
  for (const char* text : {
           "date 2025-03-10\nمن جهة أخرى، سلّم 35 مقاتلاً من «الحركة الشعبية» أسلحتهم إلى السلطات في مدينة كادقلي أمس السبت.",
           "date 2025-03-10\nوسلّم نحو 60 مقاتلاً سابقاً أسلحتهم إلى الجيش في مدينة كادقلي يوم السبت.",
           "date 2025-03-10\nSome 60 former rebels handed over their weapons to the army in Kadugli on Saturday."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Other"), 1u) << text;
    EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 0u) << text;
  }
  Doc town = test::ExtractAt("date 2025-03-10\nسلمت الحركة المسلحة مدينة كادقلي إلى الجيش يوم السبت.", 2025, 3, 10);
  EXPECT_EQ(CountSub(town, "Non-violent transfer of territory"), 1u);
}

// Captives handed back to their families are set free (Other); the handing
// over is no transfer of territory.
TEST_F(SubtypeTest, CaptivesHandedToTheirFamiliesAreNoTransferOfTerritory) {
  for (const char* text : {
           "date 2025-03-10\nوسلم الجيش الطفلين المحررين إلى ذويهما في مدينة كادقلي يوم السبت.",
           "date 2025-03-10\nوقال الجيش إن الرهائن الخمسة سُلموا إلى عائلاتهم في مدينة كادقلي يوم السبت."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 0u) << text;
    EXPECT_GE(CountSub(doc, "Other"), 1u) << text;
  }
}

// Those arrested are the protesters when the protest is told of them in a
// relative clause: one protest with intervention, the force as actor 2.
TEST_F(SubtypeTest, ArrestOfThoseWhoProtestedIsAnIntervention) {
  for (const char* text : {
           "date 2025-03-10\nIn Gondar, police detained dozens of students who staged a sit-in on Sunday against fee rises.",
           "date 2025-03-10\nواعتقلت الشرطة في مدينة القضارف يوم الأحد عشرات الطلاب الذين نظموا وقفة احتجاجية أمام الجامعة."}) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Protest with intervention"), 1u) << text;
    EXPECT_EQ(CountSub(doc, "Arrests"), 0u) << text;
    EXPECT_EQ(CountSub(doc, "Peaceful protest"), 0u) << text;
  }
}

// Arrests a day after a peaceful march are the authorities' own event.
TEST_F(SubtypeTest, ArrestAfterAPeacefulMarchStaysAnArrest) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nPolice arrested 20 protesters in Gondar on Sunday, a day after a march that passed off peacefully.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(CountSub(doc, "Protest with intervention"), 0u);
}

// A movement the registry files as the state since its takeover (its state
// forces all dated from that day) took towns before it as a non-state
// actor; the towns it wins back afterwards are the government's regains.
TEST_F(SubtypeTest, MovementTakingTownsBeforeItBecameTheStateOvertakesThem) {
  for (const char* text : {
           "date 2021-06-20\nTaliban fighters seized the district centre of Qaisar on Sunday after government troops withdrew.",
           "date 2021-06-20\nسيطر مقاتلو طالبان على مدينة قندوز يوم الأحد بعد معارك عنيفة مع القوات الحكومية.",
       }) {
    Doc doc = test::ExtractAt(text, 2021, 6, 20);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Non-state actor overtakes territory"), 1u) << text;
    EXPECT_EQ(CountSub(doc, "Government regains territory"), 0u) << text;
  }
  Doc later = test::ExtractAt(
      "date 2024-06-20\nTaliban fighters seized the district centre of Qaisar on Sunday after resistance fighters withdrew.",
      2024, 6, 20);
  test::MaybeDump(later);
  EXPECT_EQ(CountSub(later, "Government regains territory"), 1u);
}

TEST(StateSinceTest, TheDayAMovementsStateForcesBegin) {
  auto loaded = EventLexicon::Load(test::DataDir());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const EventLexicon& lex = *loaded.value();
  EXPECT_EQ(lex.StateSince("afg.taliban"), "2021-08-15");
  EXPECT_TRUE(lex.NotYetTheState("afg.taliban", "2021-08"));
  EXPECT_TRUE(lex.NotYetTheState("afg.taliban", "2021-08-15"));
  EXPECT_FALSE(lex.NotYetTheState("afg.taliban", "2021-08-16"));
  // A state with no earlier life, or a militia, has no such day.
  EXPECT_EQ(lex.StateSince("syr.saa"), "");
  EXPECT_EQ(lex.StateSince("mex.mil"), "");
  EXPECT_EQ(lex.StateSince("yem.giants"), "");
}

// Brigades fighting for the recognised government (the registry files them
// under the pro-government militias) win ground back for it.
TEST_F(SubtypeTest, GovernmentAlliedBrigadesRetakingAVillageRegainIt) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nاستعادت ألوية العمالقة السيطرة على قرية الجراحي من الحوثيين يوم الأحد بعد معارك عنيفة.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Government regains territory"), 1u);
  EXPECT_EQ(CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

// An aircraft standing before the verb with its owner told by a belonging
// word (مسيّرة تابعة لـ…) is still the verb's subject: the strike is an
// air/drone strike, not a missile or artillery attack.
TEST_F(SubtypeTest, ArabicAircraftOfAnOwnerBeforeTheVerbStrikesFromTheAir) {
  for (const char* text : {
           "date 2025-03-10\nوقال سكان إن طائرة حربية تابعة للجيش قصفت قرية قرب بلدة كادقلي مساء الأحد.",
           "date 2025-03-10\nوقالت الشرطة إن مسيّرة مسلحة تابعة لوحدة العمليات الخاصة استهدفت تجمعاً للمسلحين قرب بلدة كادقلي يوم الأحد.",
       }) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Air/drone strike"), 1u) << text;
    EXPECT_EQ(CountSub(doc, "Shelling/artillery/missile attack"), 0u) << text;
  }
  // A car belonging to the group, struck by shells, names no aircraft.
  Doc car = test::ExtractAt(
      "date 2025-03-10\nوقال سكان إن سيارة تابعة للحركة أصيبت بقذيفة مدفعية قرب بلدة كادقلي يوم الأحد.", 2025, 3, 10);
  test::MaybeDump(car);
  EXPECT_EQ(CountSub(car, "Air/drone strike"), 0u);
  // Nor does a channel named after the drone that reports the shelling.
  Doc channel = test::ExtractAt(
      "date 2025-03-10\nوقالت قناة المسيرة التابعة للحوثيين إن قصفاً مدفعياً سعودياً استهدف مديرية شدا يوم الأحد.",
      2025, 3, 10);
  test::MaybeDump(channel);
  EXPECT_EQ(CountSub(channel, "Air/drone strike"), 0u);
}

// A sit-in or gathering (masculine: اعتصام، تجمع) dispersed "before the
// police dispersed it" (قبل أن تفرّقه) is a protest with intervention.
TEST_F(SubtypeTest, ArabicDispersalOfAMasculineGatheringIsAnIntervention) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nنظم مئات العمال اعتصاماً أمام مبنى المحافظة في مدينة كادقلي يوم الأحد قبل أن تفرّقه الشرطة بالهراوات.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Protest with intervention"), 1u);
  EXPECT_EQ(CountSub(doc, "Peaceful protest"), 0u);
}

// "to break up a small opposition rally": the crowd's word may come a few
// words after the verb; with a means used just before ("used batons to"),
// the dispersal was done, not planned.
TEST_F(SubtypeTest, EnglishBreakingUpARallyToldWithItsOwnWordsIsAnIntervention) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nIn Kadugli, police used batons to break up a small opposition rally on Sunday.", 2025, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Protest with intervention"), 1u);
  EXPECT_EQ(CountSub(doc, "Peaceful protest"), 0u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Protest with intervention") EXPECT_EQ(e.status, "reported");
}

}  // namespace
}  // namespace marsad
