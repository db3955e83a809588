// A past crowd event told as background in one sentence — the crowd and the
// force used on it — is one event, as today's is; so is a crowd dispersed
// hours later (event_unit.cc MergeCrowdEvents; text/dates.cc). Sentences
// are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PastCrowdForceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PastCrowdForceTest, EnglishPastProtestFiredOnIsOneEvent) {
  Doc doc = test::ExtractAt(
      "Police arrested 12 activists in Atbara on Monday. The town has been tense since March 2019, when security "
      "forces opened fire on demonstrators during a protest over bread prices, killing five.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Protests"), 1u);
  EXPECT_EQ(test::CountWithStatus(doc, "Peaceful protest", "historical"), 0u);
}

TEST_F(PastCrowdForceTest, ArabicPastProtestFiredOnIsOneEvent) {
  Doc doc = test::ExtractAt(
      "اعتقلت الشرطة 12 ناشطاً في مدينة عطبرة يوم الاثنين. وتعيش المدينة توتراً منذ آذار/مارس 2019، حين فتحت قوات "
      "الأمن النار على متظاهرين خرجوا في احتجاج على غلاء الخبز، ما أسفر عن مقتل خمسة أشخاص.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Protests"), 1u);
  EXPECT_EQ(test::CountWithStatus(doc, "Peaceful protest", "historical"), 0u);
}

TEST_F(PastCrowdForceTest, PastProtestsOfTwoSentencesStayTwo) {
  Doc doc = test::ExtractAt(
      "Police arrested 12 activists in Atbara on Monday. In March 2019 students marched through Atbara. In March 2019 "
      "police fired tear gas at striking doctors in Atbara.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Protests"), 2u);
}

// "وفرّقتها قوى الأمن بعد ساعة": hours after the protest told before in its
// sentence, the dispersal is of that day — one protest with intervention,
// not a second event on the publication day.
TEST_F(PastCrowdForceTest, DispersalHoursAfterTheProtestIsOneEvent) {
  Doc doc = test::ExtractAt(
      "ونظّم عشرات الطلاب وقفة احتجاجية أمام مبنى الجامعة في مدينة إدلب مساء الخميس، وفرّقتها الشرطة بعد ساعة.", 2025,
      4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Protests"), 1u);
}

}  // namespace
}  // namespace marsad
