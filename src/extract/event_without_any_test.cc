// دون أي مواجهات، دون أن تشهد المدينة أي اشتباكات: "without any clashes"
// denies that a clash came about; it is a negated event of its own. Bare دون
// ("without a fight") and any دون beside ground changing hands tell how
// another event went, and make no event.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class WithoutAnyTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(WithoutAnyTest, CampaignWithoutAnyClashesDeniesAClash) {
  Doc doc = test::ExtractAt("قال الجيش إن حملة نزع السلاح في منطقة كاراموجا جرت أمس من دون أي مواجهات مع الأهالي.", 2026,
                            10, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "مواجهات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
  EXPECT_EQ(e->acled_event_type, "Battles");
}

TEST_F(WithoutAnyTest, DayPassingWithoutTheTownWitnessingClashesDeniesThem) {
  Doc doc = test::ExtractAt("وفي مدينة الجلفة، مر يوم الجمعة دون أن تشهد المدينة أي اشتباكات بين العشائر.", 2026, 10, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
}

TEST_F(WithoutAnyTest, HandoverWithoutAnyClashesIsOnlyTheHandover) {
  Doc doc = test::ExtractAt(
      "وتسلمت قوة من الجيش الحاجز الشرقي لمدينة سبها أمس بموجب تفاهم مع أعيان المدينة ومن دون أي مواجهات.", 2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Non-violent transfer of territory");
}

TEST_F(WithoutAnyTest, EnteringWithoutAnyFightIsAPeacefulEntry) {
  Doc doc = test::ExtractAt("دخلت قوات الجيش بلدة تل رفعت أمس دون أي قتال.", 2026, 10, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Non-violent transfer of territory");
}

}  // namespace
}  // namespace marsad
