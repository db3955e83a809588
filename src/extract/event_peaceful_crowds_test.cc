// A protest whose clause says the crowd acted peacefully (`peaceful_manner`
// cue: "marched in silence", سلمياً، مسيرة سلمية) keeps no dead read beside it:
// they are the killing it protests or the disaster it mourns, not force
// against this crowd (event_tolls.cc NoTollsOfPeacefulCrowds). Force told on
// the protest itself still kills protesters. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PeacefulCrowdTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const Event* Protest(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Protests") return &e;
  return nullptr;
}

static void ExpectPeacefulWithoutDead(const Doc& doc) {
  const Event* e = Protest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_FALSE(e->fatalities && e->fatalities->best.value_or(0) > 0);
}

TEST_F(PeacefulCrowdTest, EnglishMarchInSilenceMourningADisaster) {
  Doc doc = test::ExtractAt(
      "Tens of thousands of people marched in silence through Sarajevo on Saturday, a year after a bridge collapse that "
      "killed 14 people.",
      2025, 4, 15);
  test::MaybeDump(doc);
  ExpectPeacefulWithoutDead(doc);
}

TEST_F(PeacefulCrowdTest, EnglishPeacefulMarchOverAKilling) {
  Doc doc = test::ExtractAt(
      "Thousands of students marched peacefully through Kano on Monday against the killing of a trader who was shot "
      "dead by police last week.",
      2025, 4, 15);
  test::MaybeDump(doc);
  ExpectPeacefulWithoutDead(doc);
}

TEST_F(PeacefulCrowdTest, ArabicPeacefulSitInOverKilledFarmers) {
  Doc doc = test::ExtractAt(
      "نظم أقارب المزارعين وناشطون اعتصاماً سلمياً أمام مقر الولاية في مدينة كسلا اليوم الاثنين للمطالبة بمحاسبة من "
      "قتلوا أربعة مزارعين الأسبوع الماضي.",
      2025, 4, 15);
  test::MaybeDump(doc);
  ExpectPeacefulWithoutDead(doc);
}

TEST_F(PeacefulCrowdTest, ArabicPeacefulMarchOverKilledStudents) {
  Doc doc = test::ExtractAt("خرج المئات في مسيرة سلمية في مدينة الفاشر اليوم الاثنين تنديداً بمقتل ثلاثة طلاب برصاص مسلحين.",
                            2025, 4, 15);
  test::MaybeDump(doc);
  ExpectPeacefulWithoutDead(doc);
}

TEST_F(PeacefulCrowdTest, FireOnAPeacefulMarchStillKillsProtesters) {
  for (const char* text : {"Police opened fire on a peaceful march in Kano on Monday, killing three protesters.",
                           "أطلقت قوات الأمن الرصاص الحي على مسيرة سلمية في مدينة الأبيض اليوم الاثنين، ما أدى إلى مقتل "
                           "ثلاثة متظاهرين."}) {
    Doc doc = test::ExtractAt(text, 2025, 4, 15);
    test::MaybeDump(doc);
    const Event* e = Protest(doc);
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(e->acled_sub_event_type, "Excessive force against protesters") << text;
    ASSERT_TRUE(e->fatalities) << text;
    EXPECT_EQ(e->fatalities->best, 3.0) << text;
  }
}

}  // namespace
}  // namespace marsad
