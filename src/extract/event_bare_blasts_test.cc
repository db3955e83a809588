// A blast told without its weapon ("the explosion wounded three", وأدى
// الانفجار إلى) next to a grenade, drone strike or shelling of its place and
// day is that explosion told again, keeping the weapon's kind; two typed
// explosions, or a blast of another town or day, stay separate events.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

size_t CountType(const Doc& doc, const std::string& type) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type == type;
  return n;
}

class BareBlastsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(BareBlastsTest, ExplosionAfterAGrenadeIsThatGrenade) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nGunmen threw a grenade at a police checkpoint in Kandahar on Wednesday, and the explosion "
      "wounded three officers, police said.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Grenade");
  ASSERT_TRUE(doc.events[0].injuries.has_value());
  EXPECT_EQ(doc.events[0].injuries->best, 3);
}

TEST_F(BareBlastsTest, ExplosionInTheNextSentenceIsTheShelling) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nArtillery shells fell on a market in Kharkiv on Thursday. An explosion tore through the "
      "stalls, killing four people.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Shelling/artillery/missile attack");
}

TEST_F(BareBlastsTest, ArabicBlastAfterADroneStrikeIsThatStrike) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nاستهدفت غارة بطائرة مسيرة منزلا في مدينة مأرب يوم الثلاثاء. وقال سكان إن الانفجار أدى إلى "
      "مقتل طفلين.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Air/drone strike");
}

TEST_F(BareBlastsTest, ArabicBlastSoundingAfterShellsIsThoseShells) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nسقطت قذائف مدفعية على سوق في مدينة حلب يوم الخميس، ودوى انفجار كبير أدى إلى مقتل أربعة "
      "مدنيين.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Shelling/artillery/missile attack");
}

TEST_F(BareBlastsTest, TwoCarBombsStayTwo) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nA car bomb exploded outside a hotel in Baghdad on Monday, killing five people. Hours later a "
      "second car bomb exploded at a market in Baghdad, wounding nine.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

TEST_F(BareBlastsTest, BlastOfAnotherTownAndDayStaysItsOwn) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nRebels shelled a village near Goma on Monday. On Wednesday an explosion rocked a market in "
      "Bunia, killing three people.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

TEST_F(BareBlastsTest, ArabicCarBombOfAnotherTownAfterAStrikeStaysItsOwn) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقصفت طائرة مسيرة موقعا في مدينة إدلب يوم الاثنين. وفي يوم الأربعاء، انفجرت سيارة مفخخة في "
      "مدينة الباب، ما أدى إلى مقتل ثلاثة أشخاص.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

// A blast noun with its weapon right after it (انفجار قنبلة يدوية) names one
// explosion, of the weapon's kind, as a blast verb does (event_folds.cc
// FoldAdjacentWeapons).
TEST_F(BareBlastsTest, ArabicBlastNounWithItsGrenadeIsOneGrenade) {
  Doc doc = test::ExtractAt(
      "جُرح جنديان صباح الاثنين في انفجار قنبلة يدوية قرب نقطة تفتيش شرق مدينة تكريت، بحسب مصدر أمني.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 1u);
}

// A shell or grenade whose launcher is a drone ("fired by a drone", قذيفة
// أطلقتها طائرة مسيّرة) is the drone's munition: one air/drone strike with
// the toll, no shelling beside it.
TEST_F(BareBlastsTest, ArabicShellLaunchedByADroneIsTheDroneStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-09-12\nوفي بلدة رداع، قُتل رجلان عندما سقطت قذيفة أطلقتها طائرة مسيّرة على سوق شعبي مساء الخميس، "
      "بحسب مصادر محلية.",
      2026, 9, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Air/drone strike");
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2);
}

TEST_F(BareBlastsTest, EnglishShellFiredByADroneIsTheDroneStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-09-12\nTwo men were killed in Rada on Thursday when a mortar shell fired by a drone hit a market, "
      "residents said.",
      2026, 9, 12);
  test::MaybeDump(doc);
  ASSERT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Air/drone strike");
}

// A shell fired by a force on the ground is its own shelling, beside a
// drone strike of the same sentence.
TEST_F(BareBlastsTest, ShellFiredByTroopsStaysBesideADroneStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-09-12\nA mortar shell fired by the army hit a market in Rada on Thursday, and a drone struck a car "
      "near the town, residents said.",
      2026, 9, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

}  // namespace
}  // namespace marsad
