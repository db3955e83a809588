// The charge a crowd laid on its victim (اتهموهما بخطف طفل، بعد اتهامه بمحاولة
// خطف طفلة) is the grounds of the mob's violence, no abduction told; an attempt
// noun (محاولة) between the charge and the act leaves it the charge
// (`not_event` rows of scope `next` in data/ar/event_cues.tsv, the `attempt`
// row محاولة). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ChargeAttemptTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ChargeAttemptTest, ArabicChargeOfAttemptedAbductionIsNoEvent) {
  Doc doc = test::ExtractAt("انهال سكان غاضبون بالضرب على رجل اتهموه بمحاولة خطف طفل في مدينة حمص يوم الاثنين.", 2025,
                            4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
}

TEST_F(ChargeAttemptTest, ArabicVerbalNounOfChargeIsNoEvent) {
  Doc doc = test::ExtractAt("ضرب حشد غاضب شابين حتى الموت في مدينة حمص يوم الاثنين بعد اتهامهما بخطف طفل.",
                            2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(ChargeAttemptTest, ArabicChargeOnTwoIsNoEvent) {
  Doc doc = test::ExtractAt("أحرق سكان غاضبون رجلين حتى الموت بعدما اتهموهما بخطف طفلة في مدينة حمص مساء الاثنين.",
                            2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(ChargeAttemptTest, ArabicAbductionToldStays) {
  Doc doc = test::ExtractAt("خطف مسلحون طفلاً من أمام منزله في مدينة حمص يوم الاثنين.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

// في محاولة للتقدم: a capture word after the noun of an attempt was tried,
// not achieved — the fighting it met, as after the verb (حاولت).
TEST_F(ChargeAttemptTest, ArabicAttemptNounMakesCaptureFighting) {
  Doc doc = test::ExtractAt(
      "اندلعت اشتباكات عنيفة بين الجيش ومسلحين قرب بلدة تلكلخ يوم الاثنين، في محاولة من المسلحين التقدم نحو الطريق "
      "الدولي.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
  EXPECT_GE(test::CountSub(doc, "Armed clash"), 1u);
}

}  // namespace
}  // namespace marsad
