// English arrests "over the feud", "in connection with the killings": those
// taken are told as the doers of the violence just reported (`culprits`
// cues), not civilians. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventArrestGroundsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventArrestGroundsTest, ArrestedOverTheFeudAreItsFighters) {
  Doc doc = test::ExtractAt(
      "Gunmen of two clans clashed with rifles in Zubair on Wednesday, killing two people. Police arrested 11 men "
      "over the feud on Thursday, a police spokesman said.",
      2026, 10, 30);
  test::MaybeDump(doc);
  const Event* clash = test::FirstOfSub(doc, "Armed clash");
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(clash, nullptr);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), test::ActorId(doc, clash->actor1));
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.civilians");
}

TEST_F(EventArrestGroundsTest, ArrestedInConnectionWithTheKillingsAreTheAttackers) {
  Doc doc = test::ExtractAt(
      "Bandits attacked the village of Kauru on Wednesday, killing five farmers. Police arrested four men in "
      "connection with the killings on Thursday, a police spokesman said.",
      2026, 10, 30);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.civilians");
  EXPECT_FALSE(test::ActorId(doc, e->actor2).empty());
}

}  // namespace
}  // namespace marsad
