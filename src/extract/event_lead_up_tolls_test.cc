// A toll told after a clause opened by a time subordinator (بعد أن، قبل أن),
// itself after a killing event of the sentence, is that event's: the act in
// the subordinate clause is what the main event came after, as after a
// `lead_up` word (event_tolls.cc AttachCasualty). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class LeadUpTollsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(LeadUpTollsTest, BlastAfterShotsFiredAtTheBomberKilledHim) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nفجّر انتحاري حزامه الناسف قرب حاجز عند مدخل سامراء فجر الخميس بعد أن أطلق الجنود النار عليه، "
      "ما أدى إلى مقتله وإصابة جنديين.",
      2026, 6, 5);
  test::MaybeDump(doc);
  int bombs = 0;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type == "Suicide bomb") {
      ++bombs;
      ASSERT_TRUE(e.fatalities.has_value());
      EXPECT_EQ(e.fatalities->best, 1.0);
    } else {
      EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
    }
  }
  EXPECT_EQ(bombs, 1);
}

TEST_F(LeadUpTollsTest, AttackBeforeTheSubordinateClauseKeepsTheCount) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nهاجم مسلحون قرية قرب سامراء ليل الخميس قبل أن تصل قوات الجيش إلى المنطقة، ما أسفر عن مقتل "
      "أربعة مدنيين.",
      2026, 6, 5);
  test::MaybeDump(doc);
  int counted = 0;
  for (const Event& e : doc.events) counted += e.fatalities && e.fatalities->best == 4.0;
  EXPECT_EQ(counted, 1);
}

}  // namespace
}  // namespace marsad
