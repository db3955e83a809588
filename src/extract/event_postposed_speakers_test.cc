// English tells the speaker after the deed (", the army said." ending the
// sentence): that speaker speaks for the words before its comma too, so "the
// enemy" there is its enemy. A speaker anaphor before the verb ("the
// statement said", "the ministry said") names no one new: the speaker of the
// sentence before goes on. A name whose rows depend on who speaks ("the
// occupation": Israel by default, Morocco in the Polisario's words) is no
// side of the war "the enemy" is looked for in. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventPostposedSpeakersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventPostposedSpeakersTest, EnemyInTheStatementGoingOnIsTheSpeakersEnemy) {
  Doc doc = test::ExtractAt(
      "Fighters of the Sahrawi army shelled positions of Moroccan troops near Mahbes on Tuesday, the Sahrawi defence "
      "ministry said.\n"
      "Other detachments shelled enemy trenches near Smara the same day, the statement said.\n"
      "The ministry said the occupation would pay for its crimes.",
      2026, 3, 10);
  test::MaybeDump(doc);
  int shellings = 0;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Shelling/artillery/missile attack") {
      ++shellings;
      EXPECT_EQ(test::CodedId(doc, e.actor2), "mar.mil");
    }
  EXPECT_EQ(shellings, 2);
}

TEST_F(EventPostposedSpeakersTest, EnemyBeforeANamedPostposedSpeaker) {
  Doc doc = test::ExtractAt(
      "Moroccan troops reinforced the berm near Guerguerat on Monday, witnesses said.\n"
      "Polisario fighters shelled enemy trenches near Smara on Tuesday, the Polisario Front said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  bool seen = false;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Shelling/artillery/missile attack") {
      seen = true;
      EXPECT_EQ(test::CodedId(doc, e.actor2), "mar.mil");
    }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace marsad
