// Who beats in a mob: an English passive's "by" phrase that counts its party ("by a group of
// about 20 youths", a `collective_of` head; event_arguments.cc PastCollectiveHead), young men
// as unarmed people (actor_aliases.tsv), and residents whose neighbourhood no gazetteer knows
// ("residents of the Zawadi neighbourhood beat", BeatersBefore); an Arabic passive's agent after
// من قبل / على يد (a `passive_agent` cue). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class MobDoersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(MobDoersTest, PassiveByAGroupOfYouthsIsAMob) {
  Doc doc = test::ExtractAt("Two Kenyan traders were beaten by a group of about 20 youths near the market in Kampala on Friday, police said.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Mob violence");
  ASSERT_NE(e, nullptr);
  // The youths themselves are the doers told, coded rioters in the mob.
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(e->actor1.coded_id, "gen.rioters");
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(MobDoersTest, PassiveByDozensOfYoungMenIsAMob) {
  Doc doc = test::ExtractAt("A shepherd was beaten by dozens of young men outside Kisumu on Sunday, witnesses said.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(MobDoersTest, YouthsWhoBeatSomeoneAreAMob) {
  Doc doc = test::ExtractAt("In Mombasa, youths beat a man they accused of theft on Saturday, police said.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
}

TEST_F(MobDoersTest, ResidentsOfAnUnknownNeighbourhoodAreTheBeaters) {
  Doc doc = test::ExtractAt("In Beira, residents of the Zawadi neighbourhood beat a man on Saturday, police said.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

// "armed youths" are gunmen, not a crowd: no mob.
TEST_F(MobDoersTest, ArmedYouthsAreNoMob) {
  Doc doc = test::ExtractAt("Armed youths attacked a village near Bor on Sunday, killing four people, officials said.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 0u);
}

TEST_F(MobDoersTest, ArabicPassiveAgentAfterMinQibalIsTheDoer) {
  Doc doc = test::ExtractAt("تعرض عاملان للضرب من قبل مجموعة من الشبان قرب السوق في مدينة صور مساء الخميس، بحسب الشرطة.", 2025, 4, 12);
  test::MaybeDump(doc);
  // The young men beat them: a mob, not the police who told it.
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

TEST_F(MobDoersTest, ArabicPassiveAgentNamesAStateForce) {
  Doc doc = test::ExtractAt("تعرض شاب للضرب المبرح من قبل عناصر من الشرطة في مدينة طنطا يوم الجمعة.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  ASSERT_GE(e.actor1.actor, 0);
  EXPECT_EQ(doc.actors[e.actor1.actor].acled_inter, "State forces");
}

}  // namespace
}  // namespace marsad
