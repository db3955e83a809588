// A generic attack word whose second side the text names as civilians, by
// an armed doer, is violence against civilians (not a clash); an armed
// party named after the civilians, or soldiers as the object, keeps it a
// clash. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class AttackedCiviliansTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

std::string OnlySub(const Doc& doc) { return doc.events.size() == 1 ? doc.events[0].acled_sub_event_type : "?"; }

TEST_F(AttackedCiviliansTest, EnglishFarmersAttackedByFightersAreCivilianVictims) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nAl-Shabaab fighters attacked farmers and herders near the town of Jowhar on Monday, according "
      "to local elders.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(OnlySub(doc), "Attack");
}

TEST_F(AttackedCiviliansTest, ArabicFarmersAttackedByGunmenAreCivilianVictims) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nهاجم مسلحون من حركة الشباب مزارعين قرب مدينة جوهر يوم الاثنين، وفق شيوخ محليين.", 2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(OnlySub(doc), "Attack");
}

TEST_F(AttackedCiviliansTest, SoldiersAttackedStayAClash) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nAl-Shabaab fighters attacked soldiers near the town of Jowhar on Monday, according to local "
      "elders.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(OnlySub(doc), "Armed clash");
}

TEST_F(AttackedCiviliansTest, VillagersWithTheirGuardsStayAClash) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nAl-Shabaab fighters attacked villagers and soldiers guarding them near the town of Jowhar on "
      "Monday, according to local elders.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(OnlySub(doc), "Armed clash");
}

}  // namespace
}  // namespace marsad
