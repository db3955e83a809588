// "Fishermen blocked the road to protest": a protest infinitive after a past
// verb of its clause names what the crowd did — the protest took place. A
// plan or a modal before it leaves the protest intent.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ProtestPurposeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ProtestPurposeTest, ARoadBlockedToProtestIsAProtestDone) {
  Doc doc = test::ExtractAt(
      "Hundreds of fishermen blocked the coastal road in Mukalla on Monday to protest against fuel prices.", 2026,
      11, 25);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Peaceful protest");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ProtestPurposeTest, AnIrregularPastBeforeTheInfinitiveCountsToo) {
  Doc doc = test::ExtractAt(
      "Hundreds of avocado growers drove their tractors into Morelia on Sunday to protest against extortion.", 2026,
      11, 25);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Peaceful protest");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ProtestPurposeTest, AProtestStillToComeStaysIntent) {
  Doc doc = test::ExtractAt(
      "Avocado growers will drive their tractors into Morelia on Friday to protest against extortion.", 2026, 11,
      25);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Peaceful protest");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(ProtestPurposeTest, AModalBeforeThePastFormStaysIntent) {
  Doc doc = test::ExtractAt("The union said teachers would have gathered in Morelia to protest against the cuts.",
                            2026, 11, 25);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Peaceful protest");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

}  // namespace
}  // namespace marsad
