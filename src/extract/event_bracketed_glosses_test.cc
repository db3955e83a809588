// A name in brackets right after a name ("members of the Rapid Support
// Forces (RSF)") glosses it: the same victim, never the subject of an event
// noun that follows; and a name with its bracketed gloss is joined by "and"
// to the next subject past the bracket. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventBracketedGlossesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventBracketedGlossesTest, AbbreviationOfTheKilledIsNoDoer) {
  Doc doc = test::ExtractAt(
      "Gunmen killed at least 12 members of the Rapid Support Forces (RSF) in an attack on their base near Bara on "
      "Monday, local sources said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_NE(test::ActorId(doc, e.actor1), "sdn.rsf");
}

// The abbreviation of a party that is no victim still names the doer.
TEST_F(EventBracketedGlossesTest, AbbreviationOfTheDoerStaysTheDoer) {
  Doc doc = test::ExtractAt(
      "Fighters of the Rapid Support Forces (RSF) attacked a village near Bara on Monday, killing at least 12 "
      "civilians, local sources said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
}

// "X (ABBR) and the army clashed": both subjects of the fight, the first
// the doer, across the closing bracket.
TEST_F(EventBracketedGlossesTest, NameWithItsGlossJoinsTheNextSubject) {
  Doc doc = test::ExtractAt(
      "The Sudan People's Liberation Movement-North (SPLM-N) and the army clashed near Kadugli on Monday, residents "
      "said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "sdn.splmn");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "sdn.saf");
}

}  // namespace
}  // namespace marsad
