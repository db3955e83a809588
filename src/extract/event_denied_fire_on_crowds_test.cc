// A denial of fire on a crowd ("denied firing at the protesters", نفت أن تكون
// قواتها قد أطلقت النار على المتظاهرين) after soldiers' fire at a bomber or
// an armed party told where no crowd is disputes another act: the fire told
// stays, and the denied force on the crowd is an event of its own, negated.
// Told after fire in a crowd's scene, it disputes that fire. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DeniedFireOnCrowdsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeniedFireOnCrowdsTest, ArabicDenialAfterFireAtABomberIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nقالت قيادة العمليات إن انتحارياً فجّر حزامه الناسف قرب نقطة تفتيش عند مدخل سنجار فجر أمس "
      "بعد أن أطلق الجنود النار عليه، ما أدى إلى مقتله وإصابة جندي.\nوقطع متظاهرون أمس طريق سنجار احتجاجاً على "
      "انقطاع المياه.\nونفت قيادة شرطة نينوى أن تكون قواتها قد أطلقت النار على المتظاهرين.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Excessive force against protesters", "negated"), 1u);
}

TEST_F(DeniedFireOnCrowdsTest, EnglishDenialAfterFireAtGunmenIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nA suicide bomber blew himself up at a checkpoint near Sinjar on Friday after soldiers opened "
      "fire on him, killing himself and wounding a soldier.\nProtesters blocked the Sinjar road on Friday over water "
      "cuts.\nNineveh police denied that their officers had opened fire on the protesters.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Excessive force against protesters", "negated"), 1u);
}

TEST_F(DeniedFireOnCrowdsTest, DenialAfterFireOnTheCrowdDisputesIt) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nPolice opened fire on protesters in central Mosul on Friday, killing two, witnesses said. "
      "Police denied firing live ammunition at the protesters.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Excessive force against protesters", "negated"), 0u);
  EXPECT_GE(test::CountSub(doc, "Excessive force against protesters"), 1u);
}

// "officers arrested 14 people and denied that any protester had been
// hurt": a denial whose content opens with "that" denies that clause, not
// the act its speaker told before it in the same clause.
TEST_F(DeniedFireOnCrowdsTest, ADenialThatClauseLeavesTheActToldBeforeIt) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nRioters burned tyres in Kairouan on Thursday. The ministry said officers arrested 12 people "
      "during the unrest and denied that any rioter had been hurt.",
      2026, 5, 9);
  test::MaybeDump(doc);
  const Event* arrest = test::EventFor(doc, "arrested");
  ASSERT_NE(arrest, nullptr);
  EXPECT_NE(arrest->status, "negated");
  Doc plain = test::ExtractAt(
      "date 2026-05-09\nThe ministry denied that officers had arrested anyone in Kairouan on Thursday.", 2026, 5, 9);
  test::MaybeDump(plain);
  EXPECT_EQ(test::CountWithStatus(plain, "Arrests", "negated"), 1u);
}


// "The police said officers had not opened fire", after live fire on a
// crowd told by others: the police's word disputes that fire, no second,
// negated event. Said of an act of another kind, a negation stays its own.
TEST_F(DeniedFireOnCrowdsTest, ForceSaidNotUsedAfterFireOnACrowdDisputesIt) {
  Doc doc = test::ExtractAt(
      "date 2026-05-09\nStudents protested in Nekemte on Friday over fees, and security forces fired live rounds into "
      "the crowd, killing one student, witnesses said.\nThe regional police said officers had not opened fire and "
      "that the student died in a stampede.",
      2026, 5, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Excessive force against protesters", "reported"), 1u);
  size_t negated = 0;
  for (const Event& e : doc.events) negated += e.status == "negated";
  EXPECT_EQ(negated, 0u);
}

}  // namespace
}  // namespace marsad
