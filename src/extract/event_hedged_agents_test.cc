// The gunmen after a passive's marker whom a hedge names (تعرضن للاغتصاب
// على أيدي مسلحين يعتقد أنهم من X) are X, the doers: not the victims as
// well. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventHedgedAgentsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventHedgedAgentsTest, GunmenBelievedToBeFromXAtWhoseHandsAreXNotTheVictims) {
  Doc doc = test::ExtractAt(
      "قالت منظمة حقوقية إن ست نساء تعرضن للاغتصاب على أيدي مسلحين يرجح أنهم من قوات الدعم السريع في قرية قرب "
      "نيالا يوم الأحد.",
      2026, 2, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "للاغتصاب");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "sdn.rsf");
  EXPECT_NE(test::CodedId(doc, e->actor2), "sdn.rsf");
}

TEST_F(EventHedgedAgentsTest, AnActiveVerbsHedgedSubjectStillActsOnItsObject) {
  Doc doc = test::ExtractAt(
      "قتل مسلحون يعتقد أنهم من قوات الدعم السريع أربعة مدنيين في قرية قرب نيالا يوم الأحد.", 2026, 2, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قتل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "sdn.rsf");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.civilians");
}

}  // namespace
}  // namespace marsad
