// رعاة مسلحون "armed herders" are the armed men of a herding community, an
// identity militia (actor alias), not a mob: their raid on a village that
// kills villagers is violence against civilians. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ArmedHerdersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ArmedHerdersTest, RaidOfArmedHerdersIsAnAttackNotAMob) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nقُتل خمسة مزارعين ليل الاثنين في هجوم شنّه رعاة مسلحون على قرية قرب مدينة أبشة، بحسب مسؤول "
      "محلي.",
      2026, 3, 12);
  test::MaybeDump(doc);
  bool attack = false;
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_event_type, "Riots");
    attack = attack || e.acled_sub_event_type == "Attack";
  }
  EXPECT_TRUE(attack);
}

}  // namespace
}  // namespace marsad
