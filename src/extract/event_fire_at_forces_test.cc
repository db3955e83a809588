// Shooting words beside the event they belong to. Fire aimed at an armed
// party ("opened fire on the police team") is a fight with it, not violence
// against civilians; gunfire with no target after a violent event of its
// sentence is how that event went on; فرق before the name of a service (فرق الهندسة، فرق
// الحماية) is the noun "teams", not the verb فرّق "dispersed". Sentences are
// our own wording.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventFireAtForcesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventFireAtForcesTest, FireOnAPolicePatrolIsAClash) {
  Doc doc = test::ExtractAt(
      "One of the smugglers was wounded when he opened fire on a police patrol near Ludhiana on Friday, officers said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Armed clash"), nullptr);
  EXPECT_EQ(test::FirstOfSub(doc, "Attack"), nullptr);
}

TEST_F(EventFireAtForcesTest, ArabicFireOnAMilitaryForceIsAClash) {
  // قوة عسكرية، دورية عسكرية: a unit of the army, the party fired at.
  for (const char* text : {"أطلق مسلحون مجهولون النار مساء الأحد على قوة عسكرية قرب بلدة جبع جنوب جنين.",
                           "أطلق مسلحون مجهولون النار مساء الأحد على دورية عسكرية قرب بلدة جبع جنوب جنين."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    EXPECT_NE(test::FirstOfSub(doc, "Armed clash"), nullptr) << text;
    EXPECT_EQ(test::FirstOfSub(doc, "Attack"), nullptr) << text;
  }
}

TEST_F(EventFireAtForcesTest, ShotDeadBySoldiersStaysAnAttack) {
  // The party after the word is the passive's agent, not what was fired at.
  Doc doc = test::ExtractAt("Two farmers were shot dead by soldiers near Kumba on Monday, residents said.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Attack"), nullptr);
  EXPECT_EQ(test::FirstOfSub(doc, "Armed clash"), nullptr);
}

TEST_F(EventFireAtForcesTest, ForcesFiredUponInThePassiveAreAClash) {
  // The passive's subject is the side fired at: a force, so two armed sides.
  for (const char* text : {"An army patrol was fired upon by gunmen near Gao on Monday, the military said.",
                           "A police convoy was fired on by bandits near Gusau on Monday, officers said."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Armed clash");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(test::FirstOfSub(doc, "Attack"), nullptr) << text;
    EXPECT_FALSE(e->actor2.implicit) << text;
  }
}

TEST_F(EventFireAtForcesTest, VillagersFiredUponInThePassiveStayAnAttack) {
  Doc doc = test::ExtractAt("A group of villagers was fired upon by gunmen near Gao on Monday, residents said.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Attack"), nullptr);
  EXPECT_EQ(test::FirstOfSub(doc, "Armed clash"), nullptr);
}

TEST_F(EventFireAtForcesTest, TeamsAreNoDispersal) {
  Doc doc = test::ExtractAt(
      "وفكّكت فرق الهندسة عبوتين ناسفتين على الطريق بين بلدتي كفرنبل وسراقب يوم الأحد، "
      "فيما قُتل رجل بانفجار لغم قرب سراقب بحسب فرق الحماية.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstOfSub(doc, "Protest with intervention"), nullptr);
  Doc verb = test::ExtractAt("وفرّقت الشرطة تجمعاً لعشرات المحتجين أمام مبنى المحافظة في مدينة إدلب يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(verb);
  EXPECT_NE(test::FirstOfSub(verb, "Protest with intervention"), nullptr);
}

TEST_F(EventFireAtForcesTest, GunfireOfAnAttackIsItsPart) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked an army checkpoint near Kidal before dawn on Tuesday, sparking hours of gunfire in the town.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstOfSub(doc, "Attack"), nullptr);
  Doc ar = test::ExtractAt("قصفت طائرة حربية سوق بلدة كانبالو صباح الثلاثاء، ثم أطلقت مروحية النار في المنطقة.", 2026, 3, 10);
  test::MaybeDump(ar);
  EXPECT_NE(test::FirstOfSub(ar, "Air/drone strike"), nullptr);
  EXPECT_EQ(test::FirstOfSub(ar, "Attack"), nullptr);
}

TEST_F(EventFireAtForcesTest, FireOnPeopleItNamesStandsAlone) {
  Doc doc = test::ExtractAt(
      "Fighters clashed with soldiers near Kidal on Sunday, then opened fire on villagers fleeing the town.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Armed clash"), nullptr);
  EXPECT_NE(test::FirstOfSub(doc, "Attack"), nullptr);
}

// A party named right after the generic noun (a nationality adjective, or
// تابعة لـ X) says whose force it is: the generic army of the place yields.
TEST_F(EventFireAtForcesTest, ArabicMilitaryForceOfANamedPartyIsThatParty) {
  Doc doc = test::ExtractAt("نصب مسلحون كميناً لدورية عسكرية تركية قرب مدينة تمبكتو مساء الاثنين.", 2026, 3, 10);
  test::MaybeDump(doc);
  bool turkish = false;
  for (const Event& e : doc.events)
    for (const EventArgument* a : {&e.actor1, &e.actor2}) {
      const std::string id = test::CodedId(doc, *a);
      EXPECT_NE(id, "mli.mil");
      turkish = turkish || id == "tur.mil";
    }
  EXPECT_TRUE(turkish);
  Doc doc2 = test::ExtractAt(
      "أطلق مسلحون مجهولون النار على قوة عسكرية تابعة لقوات الدعم السريع قرب مدينة نيالا مساء الاثنين.", 2026, 3, 10);
  test::MaybeDump(doc2);
  const Event* e = test::FirstOfSub(doc2, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc2, e->actor2), "sdn.rsf");
}

// A nationality adjective names the country's army: after a police noun it
// does not make the police that army.
TEST_F(EventFireAtForcesTest, ArabicPoliceOfANationStayPolice) {
  Doc doc = test::ExtractAt("هاجم مسلحون أفراد الشرطة الكينية قرب مدينة غاريسا يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "ken.police");
}

}  // namespace
}  // namespace marsad
