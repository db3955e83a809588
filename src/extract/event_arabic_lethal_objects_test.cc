// Arabic acts that kill their object: a slaughter or a beheading counts its
// object as the dead, a person named by office or trade (قاض، محام، مختار) is
// one victim, and a beating told to the victim's death (حتى فارق الحياة)
// killed him (data/ar/event_triggers.tsv obj=victim/dead, event_cues.tsv
// one_victim and lethal_outcome rows). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ArabicLethalObjectsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static std::string FirstTollText(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.fatalities) return std::string(doc.OriginalText(e.fatalities->span));
  return "";
}

TEST_F(ArabicLethalObjectsTest, SlaughterCountsItsObject) {
  Doc doc = test::ExtractAt("ذبح مسلحون خمسة صيادين قرب بلدة ماكوميا فجر الأربعاء، بحسب مصادر محلية.", 2025, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(5.0));
}

TEST_F(ArabicLethalObjectsTest, BeheadingWithItsDoerBetweenCountsItsObject) {
  Doc doc = test::ExtractAt("قطع عناصر من الجماعة رؤوس ستة قرويين في هجوم على قرية قرب بلدة موسيمبوا يوم الجمعة.", 2025, 6,
                            2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(6.0));
}

TEST_F(ArabicLethalObjectsTest, AssassinatedJudgeIsOneDead) {
  Doc doc = test::ExtractAt("اغتال مسلحون مجهولون قاضياً متقاعداً في مدينة جلال آباد مساء الأحد.", 2025, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
  EXPECT_EQ(FirstTollText(doc), "قاضياً");
}

TEST_F(ArabicLethalObjectsTest, BeatingUntilTheVictimDiedKilledHim) {
  Doc doc = test::ExtractAt("انهال عشرات الشبان بالضرب على رجل اتهموه بخطف طفل في مدينة زاريا حتى فارق الحياة.", 2025, 6,
                            2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
}

TEST_F(ArabicLethalObjectsTest, SundayIsNoVictim) {
  Doc doc = test::ExtractAt("أعدم مسلحون مجهولون قرب مدينة غزني مساء الأحد، وفق مصادر محلية.", 2025, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::nullopt);
}

TEST_F(ArabicLethalObjectsTest, InFrontOfIsNoVictim) {
  // أمام "in front of" shares its letters with إمام "imam" once hamza is
  // dropped: it must not become one more victim.
  Doc doc = test::ExtractAt("قُتل شاب برصاص مسلحين أمام منزله في مدينة كركوك مساء السبت.", 2025, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::FirstTollBest(doc), std::optional<double>(1.0));
}

}  // namespace
}  // namespace marsad
