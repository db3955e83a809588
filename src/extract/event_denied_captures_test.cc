// A denied change of hands after a fight told before (نافياً أن تكون الحركة
// قد دخلت البلدة after the group's claim that it repelled an attack there)
// disputes a capture, not the fight: the fight stays as told and the denied
// capture is an event of its own, negated. (Only that way round: a fight the
// losing side tells while denying a capture told before is its account of
// that battle.) Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DeniedCapturesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeniedCapturesTest, ADeniedCaptureAfterAFightIsAnEventOfItsOwn) {
  Doc doc = test::ExtractAt(
      "قالت حركة الشباب إن مقاتليها صدوا يوم الاثنين هجوما شنه الجيش على بلدة بارديري. وأكد ضابط في الجيش أن القوات ما "
      "زالت في مواقعها حول بارديري، نافياً أن تكون الحركة قد دخلت البلدة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  ASSERT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Non-state actor overtakes territory") EXPECT_EQ(e.status, "negated");
}

TEST_F(DeniedCapturesTest, ADeniedCaptureOfACaptureToldIsThatCapture) {
  Doc doc = test::ExtractAt(
      "قالت حركة الشباب إن مقاتليها سيطروا يوم الاثنين على بلدة بارديري. ونفى ضابط في الجيش أن تكون الحركة قد دخلت "
      "البلدة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 1u);
}


// "Reports that troops seized a village are fake": a report told only to be
// called untrue (fake, untrue, baseless, as "false") is a negated event; a
// "fake checkpoint" denies nothing.
TEST_F(DeniedCapturesTest, ACaptureReportedAndCalledFakeIsNegated) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe governor said reports that enemy troops had crossed the border and seized a village near "
      "Sudzha were fake.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Non-state actor overtakes territory", "negated"), 1u);
  Doc checkpoint = test::ExtractAt(
      "date 2026-03-10\nGunmen at a fake checkpoint abducted six travellers near Sudzha on Monday.", 2026, 3, 10);
  test::MaybeDump(checkpoint);
  EXPECT_EQ(test::CountWithStatus(checkpoint, "Abduction/forced disappearance", "negated"), 0u);
  EXPECT_EQ(test::CountSub(checkpoint, "Abduction/forced disappearance"), 1u);
}

// "had executed captured fighters": a participle right after a past event
// verb describes that verb's object, no capture of ground told (or denied).
TEST_F(DeniedCapturesTest, CapturedFightersExecutedAreNoCapture) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe army denied that its soldiers had executed captured fighters near Malakal on Monday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
  Doc taken = test::ExtractAt("date 2026-03-10\nThe army captured Malakal on Monday.", 2026, 3, 10);
  test::MaybeDump(taken);
  EXPECT_EQ(test::CountSub(taken, "Government regains territory"), 1u);
}


// A denial of poison gas after a roadside bomb told disputes no blast: the
// bomb stays and the gas is a negated event of its own.
TEST_F(DeniedCapturesTest, DeniedGasAfterABombIsItsOwnNegatedEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nانفجرت عبوة ناسفة صباح اليوم بدورية للجيش قرب مدينة طوزخورماتو. ونفت قيادة العمليات ما تداولته "
      "مواقع التواصل عن استخدام المسلحين غازات سامة ضد القوات في طوزخورماتو.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Chemical weapon", "negated"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
}

}  // namespace
}  // namespace marsad
