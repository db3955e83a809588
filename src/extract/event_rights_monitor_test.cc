// A rights organisation (منظمة حقوقية، منظمات حقوقية) is a monitor that
// speaks for no party: a deed it tells in a party agency's copy is its report,
// not the agency's party's claim (data/ar/event_cues.tsv attribution, kind
// media). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RightsMonitorTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(RightsMonitorTest, RightsGroupInPartyAgencyCopyReports) {
  Doc doc = test::ExtractAt(
      "صنعاء – (سبأ): أعلنت القوات المسلحة في بيان اليوم أنها سيطرت على مواقع في مديرية صرواح. "
      "وذكرت منظمة حقوقية محلية أن مسلحين حوثيين اختطفوا ثلاثة صحفيين من منازلهم في مدينة إب "
      "الأسبوع الماضي.",
      2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اختطفوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
  EXPECT_EQ(e->attribution_kind, "media");
}

TEST_F(RightsMonitorTest, RightsGroupsAreTheSource) {
  Doc doc = test::ExtractAt("قالت منظمات حقوقية إن قوات الأمن اعتقلت 30 متظاهراً في مدينة الأبيض يوم السبت.", 2026,
                            6, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
  EXPECT_EQ(e->attribution_kind, "media");
}

}  // namespace
}  // namespace marsad
