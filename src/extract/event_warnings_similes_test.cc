// Words that name an attack without telling one (`not_event` cues of scope
// `preceding` and trigger rows in data/en): an air raid "alert" or "sirens"
// warn that one may come; "strike with an iron fist" is a figure of speech;
// an "armed strike" is a stoppage an armed group imposes (PLOVER only). A
// simile ("as if", `subordinator`) is no condition: the act before it is not
// made `intent` by the "if" it holds. The act a measure is to prevent,
// deter or avert (`possibility`: "prevent", لمنع، لتجنب) may come, and is not
// told. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

int Count(const Doc& doc, const std::string& sub) {
  int n = 0;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) ++n;
  return n;
}

int CountStatus(const Doc& doc, const std::string& status) {
  int n = 0;
  for (const Event& e : doc.events)
    if (e.status == status) ++n;
  return n;
}

class WarningsSimilesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(WarningsSimilesTest, AirRaidAlertsAreNoStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe regional governor told residents of Sumy to stay in shelters during air raid alerts.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Air/drone strike"), 0);
}

TEST_F(WarningsSimilesTest, AirRaidSirensAreNoStrike) {
  Doc doc = test::ExtractAt("date 2026-03-10\nAir raid sirens sounded across Odesa on Monday night.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Air/drone strike"), 0);
}

TEST_F(WarningsSimilesTest, AnAirRaidToldStays) {
  Doc doc = test::ExtractAt("date 2026-03-10\nA Russian air raid on Sumy killed two people on Monday night.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Air/drone strike"), 1);
}

TEST_F(WarningsSimilesTest, StrikeWithAnIronFistIsAFigureOfSpeech) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe interior ministry said it will strike with an iron fist anyone who smuggles fuel across the "
      "border near Kasserine.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Air/drone strike"), 0);
}

TEST_F(WarningsSimilesTest, AnArmedStrikeIsNoAirStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe rebels said their armed strike would stay in force across Arauca until the army withdrew.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Air/drone strike"), 0);
}

TEST_F(WarningsSimilesTest, AsIfIsNoCondition) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nPolice fired live rounds at protesters in Kisumu on Monday, killing one, witnesses said.\n"
      "\"They shot at us as if we were criminals,\" a student said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountStatus(doc, "intent"), 0);
  EXPECT_EQ(Count(doc, "Attack"), 0);
}

TEST_F(WarningsSimilesTest, AttacksToDeterAreNotTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe United Nations mission set up a temporary base in Pibor on Monday to deter further attacks.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Armed clash"), 0);
  EXPECT_EQ(Count(doc, "Attack"), 0);
}

TEST_F(WarningsSimilesTest, FightingToPreventIsNotTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe army deployed two battalions to Kadugli on Monday to prevent renewed fighting.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Armed clash"), 0);
}

TEST_F(WarningsSimilesTest, ArabicClashesACurfewIsToPreventAreNotTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nأعلنت السلطات في مدينة العريش فرض حظر تجول ليلي لمنع تجدد الاشتباكات بين العائلتين.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Armed clash"), 0);
  EXPECT_EQ(Count(doc, "Change to group/activity"), 1);
}

TEST_F(WarningsSimilesTest, ClashesToldBeforeACurfewStay) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nاندلعت اشتباكات بين عائلتين في مدينة العريش يوم الإثنين، وفرضت السلطات حظر تجول ليلي.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Armed clash"), 1);
}

TEST_F(WarningsSimilesTest, FightingFledForFearOfIsNotTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThousands of families fled Kadugli on Monday for fear of renewed fighting.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Armed clash"), 0);
}

TEST_F(WarningsSimilesTest, FightingBeforeAFearStays) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nHeavy fighting broke out in Kadugli on Monday, and thousands fled for fear of more.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Armed clash"), 1);
}

TEST_F(WarningsSimilesTest, ArabicRaidsAnAgreementIsToStopAreNotTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nووقّع زعماء القبيلتين أمس في مدينة بور اتفاقاً لوقف الهجمات المتبادلة على المواشي.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Agreement"), 1);
  EXPECT_EQ(Count(doc, "Armed clash"), 0);
  EXPECT_EQ(Count(doc, "Attack"), 0);
}

TEST_F(WarningsSimilesTest, EnglishRaidsADealIsToEndAreNotTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nElders of the two clans signed a deal to end the fighting near Bor on Monday.\n"
      "Community leaders signed an agreement to stop cattle raids in Pibor on Monday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Agreement"), 2);
  EXPECT_EQ(Count(doc, "Armed clash"), 0);
  EXPECT_EQ(Count(doc, "Mob violence"), 0);
}

TEST_F(WarningsSimilesTest, ArabicAttackAVowRespondsToIsNotTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nقتل مسلحون ثلاثة رعاة قرب مدينة بور يوم الأحد.\n"
      "وتوعّد شباب العشيرة المسلحون بالرد على الهجوم في الوقت المناسب.",
      2026, 3, 10);
  test::MaybeDump(doc);
  int intent = 0;
  for (const Event& e : doc.events)
    if (e.status == "intent" && !e.acled_event_type.empty() && e.acled_event_type != "none") ++intent;
  EXPECT_EQ(intent, 0);  // the vow itself is PLOVER only (THREATEN)
  EXPECT_EQ(Count(doc, "Attack"), 1);
}

TEST_F(WarningsSimilesTest, ArabicEntryBannedIsNoCapture) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nومنعت السلطات النساء من دخول الحدائق العامة في مدينة غزني اعتباراً من هذا الأسبوع.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Government regains territory"), 0);
  EXPECT_EQ(Count(doc, "Non-state actor overtakes territory"), 0);
}

TEST_F(WarningsSimilesTest, EnglishProtestsBannedAreNotTold) {
  Doc doc = test::ExtractAt("date 2026-03-10\nThe governor banned all protests in Kisumu on Monday.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Peaceful protest"), 0);
  EXPECT_EQ(Count(doc, "Change to group/activity"), 1);
}

TEST_F(WarningsSimilesTest, RiotShieldsAreNoRiot) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nPolice in riot gear lined the avenue in Tegucigalpa on Monday as teachers held a peaceful sit-in.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Violent demonstration"), 0);
  EXPECT_EQ(Count(doc, "Mob violence"), 0);
}

TEST_F(WarningsSimilesTest, ArabicDronesNeededAreNoStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوقال ضابط في شرطة مدينة بعقوبة: «نحتاج إلى طائرات مسيّرة لمراقبة البساتين».", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Air/drone strike"), 0);
}

}  // namespace
}  // namespace marsad
