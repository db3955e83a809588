// Forces named by their own official names, and the Deep South insurgency
// of Thailand named by a generic noun there. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ForceOfficialNamesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ForceOfficialNamesTest, SouthAfricanPoliceServiceIsTheCountrysPolice) {
  Doc doc = test::ExtractAt(
      "JOHANNESBURG, April 7 (Reuters) - The South African Police Service arrested six men in Soweto on Monday "
      "over a spate of armed robberies, a spokesperson said.",
      2026, 4, 7);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "zaf.police");
}

TEST_F(ForceOfficialNamesTest, InsurgentsInThailandsDeepSouthAreTheMalaySeparatists) {
  Doc doc = test::ExtractAt(
      "BANGKOK, Jan 12 (AFP) - Insurgents attacked a ranger outpost in Narathiwat province on Sunday night, "
      "wounding two rangers, the army said.",
      2026, 1, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const std::string a1 = test::ActorId(doc, doc.events[0].actor1);
  EXPECT_TRUE(a1 == "tha.patani" || a1 == "tha.brn") << a1;
}

TEST_F(ForceOfficialNamesTest, InsurgentsElsewhereAreNotThailands) {
  Doc doc = test::ExtractAt(
      "MANILA, Jan 12 (AFP) - Insurgents attacked an army outpost in Maguindanao province on Sunday night, "
      "wounding two soldiers, the army said.",
      2026, 1, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_NE(test::ActorId(doc, doc.events[0].actor1), "tha.patani");
}

// Iran's border guards are a command of its police (FARAJA) with a registry
// row of their own (irn.border_guard, parent irn.police).
TEST_F(ForceOfficialNamesTest, BorderGuardsOfANationalityAreItsSecurityForces) {
  Doc doc = test::ExtractAt(
      "TEHRAN, May 4 (AFP) - Iranian border guards shot dead three fuel smugglers near Saravan on Sunday, a "
      "rights group said.",
      2026, 5, 4);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "irn.border_guard");
}

TEST_F(ForceOfficialNamesTest, BorderGuardsWithTheirOwnNameKeepIt) {
  Doc doc = test::ExtractAt(
      "MOSCOW, May 4 (Reuters) - Russian border guards clashed with a sabotage group near the village of "
      "Tyotkino in the Kursk region on Sunday, the FSB said.",
      2026, 5, 4);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "rus.fsb");
}

TEST_F(ForceOfficialNamesTest, AirDefencesAreTheArmyOfTheSkyTheyGuard) {
  Doc doc = test::ExtractAt(
      "MOSCOW, Aug 5 (Reuters) - Air defences shot down 14 drones over the Belgorod region overnight, the "
      "regional governor said on Tuesday.",
      2026, 8, 5);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "rus.mil") << e->actor1.identity.id;
}

// "The Iranian forces" (القوات الإيرانية) in Iran are its army; in Syria
// they stay the militias Iran backs. Sentences are our own wording.
TEST_F(ForceOfficialNamesTest, IranianForcesInIranAreItsArmy) {
  Doc doc = test::ExtractAt("قصفت القوات الإيرانية مواقع لمسلحين قرب مدينة مريوان يوم الأحد.", 2026, 5, 4);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::ActorId(doc, doc.events[0].actor1), "irn.mil");
  Doc syria = test::ExtractAt("قصفت القوات الإيرانية مواقع لمسلحين قرب مدينة الميادين يوم الأحد.", 2026, 5, 4);
  test::MaybeDump(syria);
  ASSERT_FALSE(syria.events.empty());
  EXPECT_EQ(test::ActorId(syria, syria.events[0].actor1), "irn.backed_militias");
}

}  // namespace
}  // namespace marsad
