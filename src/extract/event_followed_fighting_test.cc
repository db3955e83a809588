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

int CountSubType(const Doc& doc, const std::string& sub) {
  int n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

TEST_F(FollowedFightingTest, FightingASettlementFollowedWonTheRetaking) {
  Doc doc = test::ExtractAt(
      "ويُذكر أن الجيش استعاد السيطرة على بلدة جاسم في عام 2018 بموجب اتفاق تسوية أعقب معارك استمرت أسابيع.", 2026,
      3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSubType(doc, "Government regains territory"), 1);
  EXPECT_EQ(CountSubType(doc, "Armed clash"), 0);
}

TEST_F(FollowedFightingTest, FeminineFormFoldsTheFightingOfAPastCapture) {
  Doc doc = test::ExtractAt(
      "وكانت قوات الجيش قد سيطرت على بلدة جاسم في عام 2018 في عملية أعقبت اشتباكات عنيفة مع مسلحين محليين.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSubType(doc, "Non-state actor overtakes territory") + CountSubType(doc, "Government regains territory"), 1);
  EXPECT_EQ(CountSubType(doc, "Armed clash"), 0);
}

}  // namespace
}  // namespace marsad
