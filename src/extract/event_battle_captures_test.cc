// Fighters taken prisoner in a fight told before in their sentence (a
// `battle_capture` word joined by "and" to an armed clash) are part of that
// clash, no abduction or arrest of their own; captives after an attack on
// villagers, civilians named as the captives, and a commander captured after
// ground retaken stay events of their own (events.cc, data/*/event_cues.tsv
// `battle_capture`). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class BattleCapturesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};


int Captures(const Doc& doc) {
  return test::CountSub(doc, "Abduction/forced disappearance") + test::CountSub(doc, "Arrests");
}

TEST_F(BattleCapturesTest, ArabicFightersCapturedInTheClashAreTheClash) {
  Doc doc = test::ExtractAt("اشتبكت قوة من الجيش مع مسلحين قرب مدينة غات مساء الأحد وقتلت ثلاثة منهم وأسرت اثنين.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(Captures(doc), 0);
}

TEST_F(BattleCapturesTest, ArabicCaptiveOfAClaimedFightIsTheFight) {
  Doc doc = test::ExtractAt(
      "اشتبك مسلحو الجبهة مع دورية للجيش قرب أغاديز مساء السبت، وقالت الجبهة في بيان إنها قتلت أربعة جنود وأسرت ثلاثة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(Captures(doc), 0);
}

TEST_F(BattleCapturesTest, ArabicCaptivesOfAnAttackOnAVillageAreAbducted) {
  Doc doc = test::ExtractAt("هاجم مسلحون قرية قرب مدينة غات مساء الأحد وقتلوا ثلاثة مزارعين وأسروا اثنين من أبنائهم.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(BattleCapturesTest, ArabicCiviliansCapturedAfterAFightAreAbducted) {
  Doc doc = test::ExtractAt("اشتبكت قوة من الجيش مع مسلحين قرب مدينة غات مساء الأحد وأسرت ثلاثة مدنيين.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(BattleCapturesTest, EnglishMenCapturedInTheClashAreTheClash) {
  Doc doc = test::ExtractAt("Rebels clashed with an army patrol near Agadez on Sunday and captured three men.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(Captures(doc), 0);
}

TEST_F(BattleCapturesTest, EnglishCiviliansCapturedAfterAFightAreAbducted) {
  Doc doc = test::ExtractAt(
      "Rebel fighters clashed with an army patrol near Baidoa on Sunday evening and captured four civilians.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(BattleCapturesTest, EnglishCommanderCapturedAfterGroundRetakenIsAnArrest) {
  Doc doc = test::ExtractAt(
      "Government forces said they had retaken two hills near Agadez on Sunday and captured a rebel commander.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(BattleCapturesTest, ArabicCaptureWithNoFightInItsSentenceStays) {
  Doc doc = test::ExtractAt(
      "اشتبكت قوة من الجيش مع مسلحين قرب مدينة غات مساء الأحد. وأعلنت الجماعة أنها أسرت جنديين قرب غات مساء الأحد.", 2026,
      3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

}  // namespace
}  // namespace marsad
