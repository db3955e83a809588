// A fight between smugglers and the force that stops them is the force's
// act: actor 1 is the force, the smugglers actor 2, whichever side the
// sentence names first. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;
using test::CodedId;

class SmugglerSidesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Clash(const Doc& doc) { return test::FirstOfSub(doc, "Armed clash"); }

TEST_F(SmugglerSidesTest, ArabicSmugglersNamedFirstAreActor2) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nاشتبك مهربون مسلحون مع دورية للجيش الجزائري قرب مدينة عين قزام مساء السبت.", 2026, 5,
      20);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(CodedId(doc, e->actor1), "dza.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "gen.smugglers");
}

TEST_F(SmugglerSidesTest, EnglishSmugglersKilledFirstAreActor2) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nSix smugglers and a soldier were killed in clashes with the Jordanian army near "
      "Ruwaished on Sunday.",
      2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(CodedId(doc, e->actor1), "jor.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "gen.smugglers");
}

TEST_F(SmugglerSidesTest, ForceNamedFirstStaysActor1) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nالجيش الجزائري يشتبك مع مهربين مسلحين قرب مدينة عين قزام مساء السبت.", 2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(CodedId(doc, e->actor1), "dza.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "gen.smugglers");
}

// Only a force that stops them takes actor 1: smugglers fighting a gang keep
// the order the sentence tells.
TEST_F(SmugglerSidesTest, SmugglersFightingAGangStayActor1) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nArmed smugglers fought with rival gangsters near Ruwaished on Tuesday, killing three.", 2026,
      5, 20);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "gen.smugglers");
  EXPECT_NE(ActorId(doc, e->actor2), "gen.smugglers");
  EXPECT_FALSE(ActorId(doc, e->actor2).empty());
}

TEST_F(SmugglerSidesTest, ArabicSmugglersFightingAGangStayActor1) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nاشتبك مهربون مسلحون مع عصابة مسلحة قرب مدينة عين قزام مساء الثلاثاء.", 2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "gen.smugglers");
  EXPECT_FALSE(ActorId(doc, e->actor2).empty());
}

}  // namespace
}  // namespace marsad
