// A bombing told with no bomber named takes no doer from the report's main
// actor where that actor cannot be the bomber: a state force sends no
// suicide bombers, and a mine, roadside bomb or grenade may be anyone's —
// the army a report names most is its teller or its target. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SuppliedBomberTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* FirstOfSubType(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(SuppliedBomberTest, SuicideBomberIsNoArmyTheReportNamesMost) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقال الجيش النيجيري إن قواته قتلت 12 مسلحاً في ولاية بورنو يوم الاثنين. وأضاف الجيش النيجيري "
      "أن قواته اعتقلت خمسة مشتبهين في يوبي. وفي مايدوغوري، فجّر انتحاري نفسه في سوق مساء الثلاثاء، ما أسفر عن مقتل "
      "أربعة أشخاص.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubType(doc, "Suicide bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.unidentified_armed_group");
}

TEST_F(SuppliedBomberTest, ArabicRoadsideBombIsNotTheGroupTheReportNamesMost) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقُتل جنديان من الجيش العراقي بانفجار عبوة ناسفة استهدفت دوريتهم قرب كركوك مساء الثلاثاء، وفق "
      "مصدر أمني. وما زالت خلايا تنظيم داعش تنشط في المنطقة، ونفذ تنظيم داعش هجوماً على قرية قرب الحويجة الشهر "
      "الماضي.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubType(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.unidentified_armed_group");
}

}  // namespace
}  // namespace marsad
