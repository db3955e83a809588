// A fight word that needs an armed party (مواجهات) denied with "any" after a
// negation (لم تُسجَّل أي مواجهات، لم تقع أي مواجهات) names no party by
// nature, yet the report states the absence: a negated event, not none.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DeniedUnnamedFightsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeniedUnnamedFightsTest, NoneRecordedIsANegatedClash) {
  Doc doc = test::ExtractAt("وقال سكان في مدينة كسلا إنه لم تُسجَّل أي مواجهات حتى مساء اليوم الأحد.", 2025, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("مواجهات"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
  EXPECT_EQ(e->status, "negated");
}

TEST_F(DeniedUnnamedFightsTest, NoneHappenedIsANegatedClash) {
  Doc doc = test::ExtractAt("لم تقع أي مواجهات في بلدة القضارف اليوم الأحد بحسب مصادر محلية.", 2025, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("مواجهات"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
}

TEST_F(DeniedUnnamedFightsTest, UnnamedFightWithoutDenialStaysNoEvent) {
  // No party and no denial: the word alone tells no fight (needs=armed).
  Doc doc = test::ExtractAt("وتخشى الأهالي في مدينة كسلا من أي مواجهات قد تندلع الأسبوع المقبل.", 2025, 3, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("مواجهات")), nullptr);
}

}  // namespace
}  // namespace marsad
