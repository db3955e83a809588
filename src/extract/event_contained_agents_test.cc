// What a container holds (تحتوي على) is no strike of its own when a find is
// told, but bombs or barrels "containing poison gas" dropped on a place are
// a chemical attack. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ContainedAgentsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

bool HasChemical(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Chemical weapon") return true;
  return false;
}

TEST_F(ContainedAgentsTest, BarrelsContainingGasDroppedAreAChemicalAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nاتهمت المعارضة المسلحة الجيش بإلقاء براميل تحتوي على غاز الكلور على قرية قرب إدلب يوم الإثنين.",
      2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_TRUE(HasChemical(doc));
}

TEST_F(ContainedAgentsTest, DepotFoundHoldingGasIsNoAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-03-04\nضبطت قوات الأمن يوم الإثنين مستودعاً يحتوي على غاز سام في ضواحي حمص.", 2026, 3, 4);
  test::MaybeDump(doc);
  EXPECT_FALSE(HasChemical(doc));
}

}  // namespace
}  // namespace marsad
