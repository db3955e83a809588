// The fighting a capture came after, named right after أعقب / أعقبت
// ("followed": اتفاق أعقب معارك), is how the capture of its sentence was won —
// one event, as after بعد، إثر، عقب (data/ar/event_cues.tsv `lead_up`).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FollowedFightingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};


TEST_F(FollowedFightingTest, FightingASettlementFollowedWonTheRetaking) {
  Doc doc = test::ExtractAt(
      "ويُذكر أن الجيش استعاد السيطرة على بلدة جاسم في عام 2018 بموجب اتفاق تسوية أعقب معارك استمرت أسابيع.", 2026,
      3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

TEST_F(FollowedFightingTest, FeminineFormFoldsTheFightingOfAPastCapture) {
  Doc doc = test::ExtractAt(
      "وكانت قوات الجيش قد سيطرت على بلدة جاسم في عام 2018 في عملية أعقبت اشتباكات عنيفة مع مسلحين محليين.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory") + test::CountSub(doc, "Government regains territory"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
}

}  // namespace
}  // namespace marsad
