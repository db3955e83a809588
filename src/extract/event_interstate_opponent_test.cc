// Two states at war: a battle one state's forces fight with no armed group
// named is against the other state's forces — abroad, the army of the
// country it is in; at home, the foreign force the report has acting
// there. A foreign force acting elsewhere is no opponent. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class InterstateOpponentTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(InterstateOpponentTest, InvaderCapturingAVillageTookItFromTheHomeArmy) {
  Doc doc = test::ExtractAt(
      "KYIV, March 3 (AFP) - Russian troops captured the village of Velyka Novosilka in the Donetsk region, "
      "Moscow said on Monday. The Ukrainian army said it was still holding positions west of the village.",
      2026, 3, 3);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "ukr.mil") << e->actor2.identity.id;
}

TEST_F(InterstateOpponentTest, HomeArmyRetakingGroundFoughtTheForeignForceActingThere) {
  Doc doc = test::ExtractAt(
      "MOSCOW, Feb 9 (Reuters) - Ukrainian troops shelled the town of Sudzha in the Kursk region on Saturday, "
      "wounding two people, the governor said. Russian forces retook the village of Sverdlikovo on Sunday, "
      "the defence ministry said.",
      2026, 2, 9);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Government regains territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "ukr.mil") << e->actor2.identity.id;
}

TEST_F(InterstateOpponentTest, ForeignForceActingElsewhereIsNoOpponent) {
  Doc doc = test::ExtractAt(
      "AMMAN, Oct 2 (Reuters) - Jordanian soldiers recaptured a border post near Ruwaished on Wednesday, "
      "the army said. Separately, Israeli warplanes struck targets in Gaza City on Wednesday.",
      2026, 10, 2);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Government regains territory");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->actor2.identity.id, "isr.idf") << e->actor2.identity.id;
}

// A state whose war has one other state as its side (a `gen.enemy` row):
// drones its forces shot down with no owner named were that state's; a
// state with no such row names no one.
TEST_F(InterstateOpponentTest, InterceptedDronesWereTheWarsOtherSide) {
  Doc doc = test::ExtractAt(
      "Ukrainian air defences shot down 41 drones over the Kharkiv region overnight, the air force said on Tuesday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "rus.mil");
}

TEST_F(InterstateOpponentTest, InterceptedDronesOfNoKnownWarHaveNoOwner) {
  Doc doc = test::ExtractAt(
      "Syrian air defences shot down two drones over the Hama countryside overnight, the army said on Tuesday.", 2026,
      3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "");
}

// The interceptor told by a generic noun ("our air defence") is the force
// of the country over which it stopped the drones; its war's other side
// owned them.
TEST_F(InterstateOpponentTest, GenericAirDefenceStoppedTheOtherSidesDrones) {
  Doc doc = test::ExtractAt(
      "Our air defence shot down 17 drones over the Sumy region during the night, the regional military "
      "administration said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "rus.mil");
}

}  // namespace
}  // namespace marsad
