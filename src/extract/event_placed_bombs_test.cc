// Who placed a bomb is the blast's doer: "placed by", "emplaced by" are
// `launcher` cues as "planted by" and "laid by" are — the armed actor right
// after them is actor 1, not the blast's target. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventPlacedBombsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* FirstOfSub(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(EventPlacedBombsTest, BombPlacedByAGroupIsItsBlast) {
  Doc doc = test::ExtractAt(
      "On Tuesday evening, a bomb placed by al-Shabaab near the market in Afgoye exploded as a police patrol passed, "
      "injuring two officers.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.shabaab");
  EXPECT_NE(test::CodedId(doc, e->actor2), "som.shabaab");
}

TEST_F(EventPlacedBombsTest, DeviceEmplacedBySeparatistsIsTheirs) {
  Doc doc = test::ExtractAt(
      "On Monday night, an explosive device emplaced by separatists near the market in Buea exploded as a gendarmerie "
      "patrol passed, injuring two gendarmes.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "cmr.ambazonia");
}

}  // namespace
}  // namespace marsad
