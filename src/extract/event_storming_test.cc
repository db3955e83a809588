// Storming and raid words beside the event they serve. A storming with no
// armed side named against it is the way in to the killing, arrest, seizure
// or crackdown its sentence tells, not a battle of its own; "in raids" right
// after an arrest tells how the arrest was made. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventStormingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventStormingTest, StormingBeforeAnArrestIsNoClash) {
  Doc ar = test::ExtractAt("اقتحمت قوات الأمن قرية الزهراء فجر الثلاثاء واعتقلت ستة شبان من سكانها.", 2026, 3, 10);
  test::MaybeDump(ar);
  EXPECT_NE(test::FirstOfSub(ar, "Arrests"), nullptr);
  EXPECT_EQ(test::FirstOfSub(ar, "Armed clash"), nullptr);
}

TEST_F(EventStormingTest, ArrestsInRaidsAreOneEvent) {
  Doc doc = test::ExtractAt("Police arrested twelve suspected smugglers in raids across Kidal on Tuesday.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Arrests"), nullptr);
  EXPECT_EQ(test::FirstOfSub(doc, "Armed clash"), nullptr);
}

TEST_F(EventStormingTest, StormingMetByFightersStaysAClash) {
  Doc doc = test::ExtractAt(
      "Soldiers stormed a rebel base near Kidal on Tuesday and clashed with the fighters for hours.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Armed clash"), nullptr);
}

// A civilian killed by a named force "during its storming": the toll word is
// the killing (an Attack carrying the dead), the storming its way in
// (event_tolls.cc AttachCasualty, storming_target).
TEST_F(EventStormingTest, CivilianShotDeadDuringAStormingIsAnAttack) {
  Doc ar = test::ExtractAt("قُتل مزارع برصاص قوات الجيش صباح الأحد خلال اقتحامها قرية العين.", 2026, 3, 10);
  test::MaybeDump(ar);
  const Event* attack = test::FirstOfSub(ar, "Attack");
  ASSERT_NE(attack, nullptr);
  ASSERT_TRUE(attack->fatalities);
  EXPECT_EQ(attack->fatalities->best, std::optional<double>(1.0));
  EXPECT_EQ(test::FirstOfSub(ar, "Armed clash"), nullptr);

  // A single civilian told by a person noun (a civilian actor), not a count.
  Doc en = test::ExtractAt("A farmer was shot dead by soldiers during a raid on the village of Umm Safa on Sunday.", 2026, 3, 10);
  test::MaybeDump(en);
  EXPECT_NE(test::FirstOfSub(en, "Attack"), nullptr);
  EXPECT_EQ(test::FirstOfSub(en, "Armed clash"), nullptr);
}

// Fighting told beside the storming in its sentence: the storming stays the
// clash that carries the dead.
TEST_F(EventStormingTest, DeadDuringAStormingMetByFireStayWithTheClash) {
  Doc ar = test::ExtractAt(
      "قُتل مزارع برصاص قوات الجيش صباح الأحد خلال اقتحامها قرية العين واشتبكت مع مسلحين فيها.", 2026, 3, 10);
  test::MaybeDump(ar);
  EXPECT_NE(test::FirstOfSub(ar, "Armed clash"), nullptr);
}

// Police storm a sit-in and kill protesters: the killing is force used on
// protesters, its doer the storming's, and the storming no clash.
TEST_F(EventStormingTest, ProtestersKilledAfterAStormingAreExcessiveForce) {
  Doc ar = test::ExtractAt("اقتحمت قوات الأمن ساحة الاعتصام في الخرطوم فجر الأحد وقتلت خمسة من المعتصمين.", 2026, 3, 10);
  test::MaybeDump(ar);
  const Event* force = test::FirstOfSub(ar, "Excessive force against protesters");
  ASSERT_NE(force, nullptr);
  ASSERT_TRUE(force->fatalities);
  EXPECT_EQ(force->fatalities->best, std::optional<double>(5.0));
  EXPECT_EQ(test::FirstOfSub(ar, "Armed clash"), nullptr);
  EXPECT_EQ(test::FirstOfSub(ar, "Violent demonstration"), nullptr);

  Doc en = test::ExtractAt("Riot police stormed the sit-in camp in Khartoum on Sunday and killed five of the protesters.",
                           2026, 3, 10);
  test::MaybeDump(en);
  EXPECT_NE(test::FirstOfSub(en, "Excessive force against protesters"), nullptr);
  EXPECT_EQ(test::FirstOfSub(en, "Armed clash"), nullptr);
}

}  // namespace
}  // namespace marsad
