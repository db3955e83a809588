// An English passive harm with no agent told ("several women were raped")
// is the deed of the one armed party its sentence names, unless that party
// only tells of it or is in the passive's own subject
// (event_actors.cc SoleArmedPartyBesidePassive). Sentences are our own.
#include <gtest/gtest.h>

#include <string_view>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PassiveDoerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OfType(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(PassiveDoerTest, PassiveRapeBesideAGroupsLootingIsTheGroups) {
  Doc doc = test::ExtractAt(
      "RSF fighters looted the market in Tawila on Saturday and several women were raped, witnesses said.", 2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = OfType(doc, "Sexual violence");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), test::ActorId(doc, OfType(doc, "Looting/property destruction")->actor1));
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

TEST_F(PassiveDoerTest, PassiveRapeAfterASeizureClauseIsTheSeizers) {
  Doc doc = test::ExtractAt(
      "When M23 rebels seized the town of Rubaya last week, dozens of women were raped, the UN said.", 2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = OfType(doc, "Sexual violence");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
  EXPECT_FALSE(test::ActorId(doc, e->actor1).empty());
}

// The party that only reports the abduction did not make it.
TEST_F(PassiveDoerTest, SpeakingForceIsNoDoer) {
  Doc doc = test::ExtractAt("The Malian army said two women were abducted near Gao on Sunday.", 2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = OfType(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

// A force in the passive's subject is the one taken.
TEST_F(PassiveDoerTest, ForceInThePassiveSubjectIsNoDoer) {
  Doc doc = test::ExtractAt("Two officers of the Nigerian Army were abducted near Maiduguri on Sunday.", 2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = OfType(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

// Two armed parties named: the deed stays unattributed.
TEST_F(PassiveDoerTest, TwoPartiesLeaveTheDoerUnidentified) {
  Doc doc = test::ExtractAt(
      "The RSF and the Sudanese army fought in El Fasher on Sunday, and several women were raped, residents said.", 2026,
      11, 2);
  test::MaybeDump(doc);
  const Event* e = OfType(doc, "Sexual violence");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

// A passive clause with a place of its own tells another incident.
TEST_F(PassiveDoerTest, PassiveWithItsOwnPlaceStaysUnidentified) {
  Doc doc = test::ExtractAt(
      "Boko Haram fighters burned houses in Kwata on Thursday, and two traders travelling to Bama were abducted, "
      "residents said.",
      2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = OfType(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

}  // namespace
}  // namespace marsad
