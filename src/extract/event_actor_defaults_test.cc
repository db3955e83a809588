// Actors a report leaves to be understood: "gang members" in a report naming
// one gang alone are that gang; an arrest keeps the taker it names. Sentences
// are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventActorDefaultsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventActorDefaultsTest, ArabicArrestKeepsTheTakerItNames) {
  Doc doc = test::ExtractAt("اعتقل الجيش الجزائري ثلاثة مهربين قرب مدينة تمنراست يوم الاثنين.", 2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor1), "dza.police");
  EXPECT_FALSE(test::CodedId(doc, e->actor1).empty());
}

TEST_F(EventActorDefaultsTest, GangMembersAreTheOneGangTheReportNames) {
  Doc doc = test::ExtractAt(
      "Members of the Barrio 18 gang shot dead a taxi driver in Mixco on Monday, police said. "
      "On Tuesday night gang members set fire to a bus in Villa Nueva after its owner refused to pay.",
      2026, 5, 13);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "set fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "cam.barrio18");
}

TEST_F(EventActorDefaultsTest, GangMembersStayUnnamedWhenTwoGangsAreNamed) {
  Doc doc = test::ExtractAt(
      "Members of Los Choneros and Los Lobos clashed in Guayaquil on Monday, police said. "
      "On Tuesday night gang members set fire to a bus in Guayaquil after its owner refused to pay.",
      2026, 5, 13);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "set fire");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.unidentified_gang");
}

TEST_F(EventActorDefaultsTest, JubalandTroopsAreJubalandsForces) {
  Doc doc = test::ExtractAt("Jubaland troops clashed with al-Shabaab fighters near Afmadow on Monday, killing four militants.", 2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.jubaland");
}

TEST_F(EventActorDefaultsTest, ArabicForcesOfTheJubalandAdministration) {
  Doc doc = test::ExtractAt("اشتبكت قوات إدارة جوبالاند مع مقاتلي حركة الشباب قرب أفمدو يوم الاثنين.", 2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.jubaland");
}

// A network cut with no one named cutting it is the state's (the
// government of the country it is in); water cut off in a siege is not
// laid at the government's door.
TEST_F(EventActorDefaultsTest, InternetCutByNoOneNamedIsTheGovernments) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nTEHRAN (Wire) - Mobile internet was cut across Sanandaj on Thursday after a night of "
      "protests, residents said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "internet");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "irn.gov");
  Doc water = test::ExtractAt(
      "date 2026-11-20\nTEHRAN (Wire) - Water and electricity were cut off in Sanandaj on Thursday, residents said.",
      2026, 11, 20);
  test::MaybeDump(water);
  for (const Event& w : water.events) EXPECT_NE(test::CodedId(water, w.actor1), "irn.gov");
}

// Lower Juba is held by Jubaland's own forces: soldiers told there unnamed
// are Jubaland's, not the federal army's.
TEST_F(EventActorDefaultsTest, SoldiersInLowerJubaAreJubalands) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nKISMAYO, Somalia (Wire) - Al-Shabaab fighters fired mortar shells at a base in Kismayo on "
      "Thursday, wounding three soldiers, officials said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "som.jubaland");
}

// An army's intelligence branch told unnamed ("military intelligence
// arrested …") is the army of the country, not its police.
TEST_F(EventActorDefaultsTest, MilitaryIntelligenceIsTheArmy) {
  Doc doc = test::ExtractAt(
      "date 2026-11-20\nKHARTOUM (Wire) - Military intelligence arrested 15 people in Atbara on Tuesday on suspicion "
      "of spying for the RSF, a lawyers' group said.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "sdn.saf");
}

// Arabic unit and service nouns of the state: مفارز/مفرزة (the army's
// detachments of Algeria's defence bulletins, anywhere with عسكرية) and
// أجهزة الأمن in construct ("the security services").
TEST_F(EventActorDefaultsTest, ArabicDetachmentsAndSecurityServicesAreTheStatesForces) {
  Doc dz = test::ExtractAt("أوقفت مفارز عسكرية خمسة مهربين قرب مدينة تمنراست يوم الاثنين.", 2026, 5, 12);
  test::MaybeDump(dz);
  const Event* d = test::FirstOfSub(dz, "Arrests");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(test::CodedId(dz, d->actor1), "dza.mil");
  Doc bare = test::ExtractAt("أوقفت مفرزة ثلاثة مهربين قرب مدينة تمنراست يوم الاثنين.", 2026, 5, 12);
  test::MaybeDump(bare);
  const Event* b = test::FirstOfSub(bare, "Arrests");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(test::CodedId(bare, b->actor1), "dza.mil");
  Doc eg = test::ExtractAt("اعتقلت أجهزة الأمن ثلاثة مهربين في مدينة مرسى مطروح يوم الاثنين.", 2026, 5, 12);
  test::MaybeDump(eg);
  const Event* e = test::FirstOfSub(eg, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(eg, e->actor1), "egy.police");
}

// A tally that speaks (أفادت حصيلة الجيش بأن، وأضافت الحصيلة أن) opens
// reported words: the force after the complementizer is their subject, not
// a victim of the toll word.
TEST_F(EventActorDefaultsTest, ArabicForceAfterATallysComplementizerIsNoVictim) {
  Doc doc = test::ExtractAt(
      "أفادت حصيلة وزارة الدفاع الوطني بأن قوات الجيش أوقفت خمسة مهربين قرب مدينة تمنراست يوم الاثنين.", 2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "dza.mil");
}

// "The armed forces" (definite) is the army of the country, as "the military"
// is: a drone downed over the Jordanian border is the Jordanian army's act.
TEST_F(EventActorDefaultsTest, TheArmedForcesAreTheCountrysArmy) {
  Doc doc = test::ExtractAt(
      "The armed forces shot down a drone carrying drugs over the border area near Mafraq on Tuesday.", 2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "shot down");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "jor.mil");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// A village shelled is where people live: its people are the strike's
// actor 2. "The villages of X and Y" only says where the shells fell, as
// "the town of X" does: no civilian object.
TEST_F(EventActorDefaultsTest, ShelledVillagesAreCiviliansButTheVillageOfXIsOnlyWhere) {
  Doc doc = test::ExtractAt("KHARKIV — Russian forces shelled two villages near Kupiansk on Monday.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians");
  Doc named = test::ExtractAt(
      "BEIRUT — Israeli artillery pounded the border villages of Kfar Kila and Aita al-Shaab on Monday, the NNA said.", 2026,
      11, 20);
  test::MaybeDump(named);
  const Event* n = test::FirstOfSub(named, "Shelling/artillery/missile attack");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(test::CodedId(named, n->actor2), "");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// A bomb found and defused, or safely detonated, in a report on a rebel
// group's attacks was the group's bomb, not its deed: with no one named
// disrupting it, the country's police did.
TEST_F(EventActorDefaultsTest, EnglishDefusalSuppliedAsTheGroupsIsThePolices) {
  for (const char* text :
       {"GARISSA — Al-Shabaab fighters ambushed a bus near Garissa on Sunday, killing four passengers. A roadside bomb "
        "was found and defused near Mandera on Monday, the county commissioner said.",
        "GARISSA — Al-Shabaab fighters ambushed a bus near Garissa on Sunday, killing four passengers. On Monday, a bomb "
        "disposal unit safely detonated an explosive device found near Mandera, the county commissioner said."}) {
    Doc doc = test::ExtractAt(text, 2026, 11, 20);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_NE(test::CodedId(doc, e->actor1), "som.shabaab") << text;
    EXPECT_EQ(test::CodedId(doc, e->actor1), "ken.police") << text;
  }
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// "The Defence Ministry said it had set up a new base": a country's defence
// ministry speaks for its army (the interior ministry for its police), not
// the report's main actor.
TEST_F(EventActorDefaultsTest, DefenceMinistryIsTheCountrysArmy) {
  Doc doc = test::ExtractAt(
      "DEIR EZZOR — Islamic State fighters attacked an army checkpoint near Albu Kamal on Friday, killing two soldiers. "
      "On Saturday, the Defence Ministry said it had set up a new base near Albu Kamal.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Headquarters or base established");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "syr.army.new");
}

}  // namespace
}  // namespace marsad
