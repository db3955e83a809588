// People gathered at an aid distribution point, or to receive aid (a
// `not_event` cue of kind `gathering`: نقطة توزيع، مركز توزيع، لتسلم
// المساعدات), protest nothing: their gathering word is no event, and fire
// opened on them attacks civilians. A grievance told in the sentence (a
// `topic` cue) keeps a gathering there a protest. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class AidCrowdsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(AidCrowdsTest, FireOnPeopleWaitingForAidAttacksCivilians) {
  Doc doc = test::ExtractAt(
      "أطلق جنود النار على نازحين كانوا يتجمعون أمام مركز توزيع للطعام في مخيم قرب مدينة رفح يوم الاثنين، ما أدى إلى "
      "مقتل اثنين منهم.",
      2026, 12, 2);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
}

TEST_F(AidCrowdsTest, PeopleGatheredAtAnAidPointProtestNothing) {
  Doc doc = test::ExtractAt("تجمع مئات من سكان مخيم أمام مركز توزيع المساعدات قرب مدينة رفح يوم الاثنين.", 2026, 12, 2);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Protests");
}

TEST_F(AidCrowdsTest, AGrievanceToldThereKeepsTheProtest) {
  Doc doc = test::ExtractAt("تجمع مئات من سكان مخيم أمام مركز توزيع المساعدات قرب مدينة رفح يوم الاثنين تنديدا بتقليص الحصص.",
                            2026, 12, 2);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Peaceful protest");
}

}  // namespace
}  // namespace marsad
