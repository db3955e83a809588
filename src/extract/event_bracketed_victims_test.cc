// A name in brackets right after a victim's name ("members of the Rapid
// Support Forces (RSF)") glosses it: the same victim, never the subject of
// an event noun that follows. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventBracketedVictimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventBracketedVictimsTest, AbbreviationOfTheKilledIsNoDoer) {
  Doc doc = test::ExtractAt(
      "Gunmen killed at least 12 members of the Rapid Support Forces (RSF) in an attack on their base near Bara on "
      "Monday, local sources said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_NE(test::ActorId(doc, e.actor1), "sdn.rsf");
}

// The abbreviation of a party that is no victim still names the doer.
TEST_F(EventBracketedVictimsTest, AbbreviationOfTheDoerStaysTheDoer) {
  Doc doc = test::ExtractAt(
      "Fighters of the Rapid Support Forces (RSF) attacked a village near Bara on Monday, killing at least 12 "
      "civilians, local sources said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
}

}  // namespace
}  // namespace marsad
