// A force named without its country ("the army", الجيش) is coded by where the
// event happens; a blow that force took, told by that force, is its claim
// whether the speaker's own mention was coded too or already national. A
// state or government as a whole, speaking of its forces' losses, reports as
// officials do (event_status.cc PartyClaims). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class CodedSpeakersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CodedSpeakersTest, ArmyOnTheAmbushOfItsConvoyClaims) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed an army convoy near Homs on Tuesday night, killing three soldiers, the army said.", 2026, 6,
      3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(CodedSpeakersTest, NationalArmyOnTheAttackOnItsPostClaims) {
  Doc doc = test::ExtractAt(
      "Rebels attacked an army post near Bunia on Sunday, killing four soldiers, the Congolese army said.", 2026, 6,
      3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(CodedSpeakersTest, GovernmentOnItsSoldiersLossesReports) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed an army convoy near Homs on Tuesday night, killing three soldiers, the Syrian government "
      "said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ambushed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// A role noun after the body it serves ("a KNLA officer said", "the district
// police chief said") makes that body the speaker (speaker_role).
TEST_F(CodedSpeakersTest, OfficerOfTheDoerClaims) {
  Doc doc = test::ExtractAt(
      "KNLA fighters overran a junta outpost near Kawkareik on Sunday, a KNLA officer said.", 2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "overran");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_EQ(e->attribution_source, "Karen National Liberation Army");
}

TEST_F(CodedSpeakersTest, QualifiedPoliceChiefClaims) {
  Doc doc = test::ExtractAt(
      "Police killed three gang members in a shootout near Ghotki on Tuesday, the district police chief said.", 2026,
      6, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shootout");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A role noun after a comma names no body ("killing two policemen, officers
// said" is not the policemen speaking).
TEST_F(CodedSpeakersTest, RoleAfterACommaNamesNoBody) {
  Doc doc = test::ExtractAt(
      "Gunmen shot dead two men at a market in Bunia on Sunday, officers said.", 2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// A definite noun for the speaker named before, after the deed ("…, the
// statement added", "…, the official said"), goes on with that speaker, as
// "it added" does: several words, not only a pronoun (speaker_anaphor).
TEST_F(CodedSpeakersTest, TheStatementAddedCarriesTheArmy) {
  Doc doc = test::ExtractAt(
      "The Beninese army said on Wednesday that its troops had repelled an attack near Banikoara.\n"
      "A Beninese army drone struck a column of motorcycles near the park the same evening, the statement added.",
      2026, 11, 26);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "drone struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_EQ(e->attribution_source, "Military Forces of Benin");
}

TEST_F(CodedSpeakersTest, TheOfficialSaidCarriesThePolice) {
  Doc doc = test::ExtractAt(
      "Kenya's police said officers had repelled an attack near Lodwar on Monday.\n"
      "Officers arrested four suspects in Lodwar on Tuesday, the official said.",
      2026, 11, 26);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_FALSE(e->attribution_source.empty());
}

// وأضافت الخلية أن: the definite subject repeats a word of the body that
// spoke two sentences back (خلية الإعلام الأمني), though an unnamed source
// spoke in between: the cell goes on speaking, of its own forces' strike.
TEST_F(CodedSpeakersTest, ArabicHeadNounCarriesAnEarlierSpeaker) {
  Doc doc = test::ExtractAt(
      "الفلوجة – أعلنت خلية الإعلام الأمني اليوم السبت اعتقال أربعة مطلوبين في ناحية الكرمة.\n"
      "وقال مصدر أمني إن عبوة ناسفة انفجرت مساء الخميس على دورية للجيش قرب الكرمة.\n"
      "وأضافت الخلية أن طائرات عراقية نفذت ضربتين جويتين فجر أمس الجمعة على أوكار لداعش في صحراء الكرمة.",
      2026, 11, 15);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ضربتين جويتين");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_EQ(e->attribution_source, "Iraqi Security Forces");
}

// A state's army telling of the enemy's fire on its own positions is the
// attacked side's account alone: the target state speaking is that same
// speaker, not a second source beside a claimant (ToldByTargetState).
TEST_F(CodedSpeakersTest, ArmyOnFireAtItsPositionsClaims) {
  Doc doc = test::ExtractAt(
      "The Ukrainian army said Russian artillery shelled Ukrainian positions near Kostiantynivka on Thursday.", 2026,
      11, 26);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// An unnamed senior officer (his force not named) speaks for the state's
// forces of the place, as a security official does: the police's arrest he
// tells is their claim; a senior police officer speaks for the police.
// "a senior officer of the Nigerian army": the generic officer gives way to
// the force named after "of"/"in", which is the speaker, no victim of the
// raid it tells of (data/en/event_cues.tsv `member_of`).
TEST_F(CodedSpeakersTest, ASeniorOfficerOfANamedArmySpeaksForIt) {
  for (const char* text :
       {"Gunmen raided the village of Dansadau in Zamfara state on Sunday, killing seven people, a senior officer of "
        "the Nigerian army said.",
        "Gunmen raided the village of Dansadau in Zamfara state on Sunday, killing seven people, a senior officer in "
        "the Nigerian army said."}) {
    Doc doc = test::ExtractAt(text, 2026, 6, 3);
    test::MaybeDump(doc);
    ASSERT_FALSE(doc.events.empty()) << text;
    const Event& e = doc.events[0];
    EXPECT_EQ(e.acled_sub_event_type, "Attack") << text;
    EXPECT_NE(test::CodedId(doc, e.actor2), "nga.mil") << text;
  }
}

// A generic state's man before "in" and a non-state party's name is no man
// of that party: "soldiers in rebel areas" are still soldiers (the name after
// `member_of` must be a state force's, and "in" needs an article after it).
TEST_F(CodedSpeakersTest, SoldiersInANonStatePartysAreasStaySoldiers) {
  const std::pair<const char*, const char*> cases[] = {
      {"Soldiers in Houthi areas fired shells at a hamlet near Marib on Tuesday.", "yem.army"},
      {"Troops in Hezbollah strongholds bulldozed nine houses near Nabatieh on Friday.", "lbn.laf"},
      {"Army officers in Houthi districts shelled two farms near Marib on Sunday.", "yem.army"}};
  for (const auto& [text, force] : cases) {
    Doc doc = test::ExtractAt(text, 2026, 6, 3);
    test::MaybeDump(doc);
    ASSERT_FALSE(doc.events.empty()) << text;
    EXPECT_EQ(test::CodedId(doc, doc.events[0].actor1), force) << text;
  }
}

TEST_F(CodedSpeakersTest, ASeniorOfficerOnThePolicesArrestClaimsIt) {
  Doc doc = test::ExtractAt("Police arrested four men with rifles and grenades in Kohima, a senior officer said.", 2026,
                            6, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  Doc police = test::ExtractAt(
      "Police detained six suspects after a raid on a hideout near Kohima, a senior police officer said.", 2026, 6, 3);
  test::MaybeDump(police);
  const Event* p = test::ExpectEvent(police, "detained");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->status, "claimed");
}

}  // namespace
}  // namespace marsad
