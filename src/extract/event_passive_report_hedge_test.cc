// Reports of no named source hedge what they tell: the passive "it was
// reported" opening a sentence (وأُفيد بمقتل …، وأفيد بأن …) and "reports say"
// (وتفيد تقارير بأن …) over what follows it, not the deeds told before it;
// "according to what their relatives reported" (بحسب ما أُفيد عن ذويهم) names
// its source and hedges nothing (data/ar/event_cues.tsv `hedge`). Sentences
// are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::StatusOf;

class PassiveReportHedgeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PassiveReportHedgeTest, ItWasReportedOpeningTheSentenceHedges) {
  EXPECT_EQ(StatusOf("تظاهر مئات في مدينة إدلب يوم الجمعة. وأُفيد بمقتل ثلاثة مدنيين في غارة جوية "
                     "على بلدة كفرنبل مساء السبت.",
                     "غارة جوية"),
            "hedged");
}

TEST_F(PassiveReportHedgeTest, ItWasReportedThatHedges) {
  EXPECT_EQ(StatusOf("قال سكان إن الاشتباكات تجددت في المدينة. وأفيد بأن مسلحين اختطفوا خمسة تجار "
                     "على الطريق قرب مدينة سرت مساء الأحد.",
                     "اختطفوا"),
            "hedged");
}

TEST_F(PassiveReportHedgeTest, ReportsSayHedgeWhatFollowsOnly) {
  const std::string text =
      "اعتقلت الشرطة 12 شخصاً في مدينة كرمان يوم الجمعة، وتفيد تقارير بأن مسلحين أحرقوا مركزاً "
      "للشرطة في المدينة.";
  EXPECT_EQ(StatusOf(text, "أحرقوا"), "hedged");
  EXPECT_EQ(StatusOf(text, "اعتقلت"), "reported");
}

TEST_F(PassiveReportHedgeTest, ReportedByNamedRelativesIsNoHedge) {
  EXPECT_EQ(StatusOf("اختطف مسلحون مجهولون ثلاثة مزارعين قرب مدينة درعا، بحسب ما أُفيد عن ذويهم.", "اختطف"),
            "reported");
}

}  // namespace
}  // namespace marsad
