// English actors, second pass: the country a weapon was fired from is no
// party; a generic word told after a single hit of a barrage names another
// act. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EnglishActors2Test : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EnglishActors2Test, CountryARocketWasFiredFromIsNoDoer) {
  Doc doc = test::ExtractAt(
      "Rockets fired from southern Lebanon struck the Israeli town of Metula on Tuesday, wounding two farmers.", 2026,
      5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "lbn.state");
}

TEST_F(EnglishActors2Test, SoIsACountryDronesWereLaunchedFrom) {
  Doc doc = test::ExtractAt("Two drones launched from Iraq struck a power station near Ahvaz on Sunday, officials said.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "irq.state");
}

// A group's word that it targeted a post, told after the one rocket of a
// barrage that got through, is another act: it is not read back past that
// hit onto the barrage told first.
TEST_F(EnglishActors2Test, TargetedAfterASingleHitIsNotTheBarrage) {
  Doc doc = test::ExtractAt(
      "SDEROT, Israel (AP) — Rockets fired from the Gaza Strip struck the southern town of Sderot on Monday evening, "
      "wounding three people, the rescue service said. The army said air defences intercepted five of about eight "
      "rockets launched toward Sderot, while one hit an empty school in Netivot. Hamas said in a statement that its "
      "fighters had targeted an Israeli army post near Kfar Aza.",
      2026, 5, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::EventFor(doc, "targeted"), nullptr);
}

// "the northern Israeli port city of X": a nationality adjective on a kind
// of settlement tells the town's country, not the party struck.
TEST_F(EnglishActors2Test, NationalityOfATownIsNoTarget) {
  Doc doc = test::ExtractAt(
      "Missiles fired from the sea struck the northern Israeli port city of Haifa on Monday, wounding two residents.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor2), "isr.idf");
}

TEST_F(EnglishActors2Test, TheWeaponsNationalityStillStrikes) {
  Doc doc = test::ExtractAt("Russian drones struck a Ukrainian border town near Sumy on Monday, wounding two residents.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1).substr(0, 4), "rus.");
}

// "An explosive device planted on the road between X and Y went off as a
// patrol passed": the force after the blast's own verb is what it hit,
// however long the device's description before that verb.
TEST_F(EnglishActors2Test, PatrolPassingWhenTheDeviceWentOffWasHit) {
  Doc doc = test::ExtractAt(
      "An explosive device planted on the road between Inkhil and Sanamayn went off as a police patrol passed on "
      "Tuesday, wounding three officers.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2).substr(0, 4), "syr.");
}

}  // namespace
}  // namespace marsad
