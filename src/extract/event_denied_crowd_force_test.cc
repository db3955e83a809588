// A denial of lethal force on a crowd that names the crowd (نفت استخدام
// الذخيرة الحية ضد المحتجين، "denied firing live rounds at the protesters")
// is an event of its own, negated: it does not dispute the crowd's protest or
// riot told before, nor its dispersal by other means (tear gas). A bare
// denial ("denied using live rounds") answers what was told; a denial of
// lethal force the report told as done disputes that force.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DeniedCrowdForceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

using test::CountWithStatus;

TEST_F(DeniedCrowdForceTest, DenialNamingTheProtestersAfterAProtestIsItsOwnNegatedEvent) {
  Doc doc = test::ExtractAt(
      "شارك مئات المواطنين في وقفة احتجاجية أمام مبنى محافظة الكرك.\n"
      "وأعلنت مديرية الأمن العام القبض على خمسة أشخاص في الحسا، نافيةً استخدام أي ذخيرة حية في التعامل مع المحتجين.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Excessive force against protesters", "negated"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
}

TEST_F(DeniedCrowdForceTest, DenialOfLiveFireAfterATearGasDispersalStandsBesideIt) {
  Doc doc = test::ExtractAt(
      "أغلق شبان غاضبون الطريق في بلدة الحسا ورشقوا قوات الدرك بالحجارة.\n"
      "وفرّقت قوات الدرك بالغاز المسيل للدموع تجمعاً لعشرات المحتجين في الحسا.\n"
      "ونفت مديرية الأمن العام في بيان أن تكون قواتها قد أطلقت الرصاص الحي على المحتجين.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Excessive force against protesters", "negated"), 1u);
}

TEST_F(DeniedCrowdForceTest, BareDenialOfLiveRoundsDisputesTheDispersalTold) {
  Doc doc = test::ExtractAt(
      "فرّقت الشرطة بالغاز المسيل للدموع مسيرة لمئات المحتجين في مدينة الحسا.\n"
      "ونفت الحكومة استخدام الرصاص الحي.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Excessive force against protesters", "negated"), 0u);
}

TEST_F(DeniedCrowdForceTest, PoliceDenialOfLiveFireToldAsDoneDisputesIt) {
  // The security forces fired; the police deny it: one party, one event.
  Doc doc = test::ExtractAt(
      "أطلقت قوات الأمن العراقية الرصاص الحي لتفريق متظاهرين سلميين في الديوانية مساء الأحد.\n"
      "ونفت الشرطة في بيان استخدام الرصاص الحي ضد المتظاهرين.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Excessive force against protesters", "negated"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 1u);
}

TEST_F(DeniedCrowdForceTest, ForceAndDispersalDeniedInOneClauseAreOneDeniedEvent) {
  // نفت … استخدام الرصاص الحي في تفريق …: the dispersal is what the denied
  // force was for, not a second denied event.
  Doc doc = test::ExtractAt(
      "تظاهر مئات المزارعين أمس في بلدة الحسا احتجاجاً على شح المياه.\n"
      "ونفت قيادة الشرطة استخدام الرصاص الحي في تفريق مزارعي الحسا.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountWithStatus(doc, "Excessive force against protesters", "negated"), 1u);
  EXPECT_EQ(CountWithStatus(doc, "Protest with intervention", "negated"), 0u);
}

}  // namespace
}  // namespace marsad
