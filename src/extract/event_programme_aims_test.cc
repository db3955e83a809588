// The integration a disarmament programme is named by (برنامج نزع السلاح
// وإعادة الدمج) and a question debated (مسألة دمج الفصائل) are no change to a
// group made (`not_event` cues in data/ar/event_cues.tsv). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ProgrammeAimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ProgrammeAimsTest, ArabicDisarmamentProgrammeNamesNoIntegration) {
  Doc doc = test::ExtractAt(
      "سلّم نحو 80 مقاتلاً من ميليشيا محلية أسلحتهم للجيش في مدينة بوار يوم الثلاثاء، في إطار برنامج نزع السلاح "
      "وإعادة الدمج.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 0u);
}

TEST_F(ProgrammeAimsTest, ArabicAgreementOnDisarmamentNamesNoIntegration) {
  Doc doc = test::ExtractAt(
      "وقّعت جماعتان مسلحتان في مدينة بوار يوم الثلاثاء اتفاقاً لنزع السلاح وإعادة دمج المقاتلين في الجيش.", 2025, 4,
      16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 0u);
}

TEST_F(ProgrammeAimsTest, ArabicQuestionOfIntegrationIsNoEvent) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة مسلحين في اشتباك بمدينة بوار يوم الثلاثاء، ويقول مراقبون إن الحادثة تعيد طرح مسألة دمج الفصائل في "
      "الجيش.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 0u);
}

TEST_F(ProgrammeAimsTest, ArabicAnnouncedMergerStays) {
  Doc doc = test::ExtractAt("أعلنت قيادة الجيش في مدينة بوار يوم الثلاثاء دمج كتيبتين محليتين في اللواء الثالث.", 2025, 4,
                            16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

}  // namespace
}  // namespace marsad
