// An unnamed source (قال مصدر عسكري، "security sources said") speaks for its
// side but takes no part in the event it tells: it is never picked as the
// doer or the target. A fight with no fighter named is still its side's
// own front. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventUnnamedSpeakerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

bool ForceOf(const std::string& id) {
  return id == "gen.army" || id == "gen.security_forces" || id.find(".army") != std::string::npos;
}

TEST_F(EventUnnamedSpeakerTest, MilitarySourceIsNoPartyToABlast) {
  Doc doc = test::ExtractAt("بغداد - قال مصدر عسكري عراقي يوم الثلاثاء إن عبوة ناسفة انفجرت على طريق في قضاء طوزخورماتو، "
                            "ما أدى إلى مقتل مدنيين اثنين.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "عبوة ناسفة");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(ForceOf(test::ActorId(doc, e->actor1))) << test::ActorId(doc, e->actor1);
  EXPECT_FALSE(ForceOf(test::ActorId(doc, e->actor2))) << test::ActorId(doc, e->actor2);
}

TEST_F(EventUnnamedSpeakerTest, EnglishSecuritySourcesAreNoParty) {
  Doc doc = test::ExtractAt("Security sources said a roadside bomb struck a minibus near Baidoa on Sunday, killing four passengers.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "roadside bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.security_forces");
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.security_forces");
}

TEST_F(EventUnnamedSpeakerTest, OwnSideDeedKeepsItsDoer) {
  Doc doc = test::ExtractAt("قال مصدر عسكري يمني إن قوات الجيش قصفت مواقع للحوثيين في مديرية حيس يوم الخميس.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(ForceOf(test::ActorId(doc, e->actor1))) << test::ActorId(doc, e->actor1);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "yem.houthis");
}

TEST_F(EventUnnamedSpeakerTest, FightWithNoFighterNamedIsTheSourcesFront) {
  Doc doc = test::ExtractAt("قال مصدر عسكري سوداني يوم الاثنين إن اشتباكات عنيفة اندلعت قرب مدينة بابنوسة.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(ForceOf(test::ActorId(doc, e->actor1)) || test::ActorId(doc, e->actor1) == "sdn.saf")
      << test::ActorId(doc, e->actor1);
}

// "an army officer said" is the army's unnamed source, as "an army official"
// is: the wire agency of the dateline does not stand in for it, and the
// event reads as it does with the official.
TEST_F(EventUnnamedSpeakerTest, ArmyOfficerIsTheArmysUnnamedSource) {
  const std::string news =
      "MOSUL, May 9 (AFP) - Iraqi soldiers clashed with Islamic State fighters in the hills west of Mosul on Friday, "
      "killing three of them, an army ";
  Doc officer = test::ExtractAt(news + "officer said.", 2026, 5, 10);
  Doc official = test::ExtractAt(news + "official said.", 2026, 5, 10);
  test::MaybeDump(officer);
  const Event* e = test::ExpectEvent(officer, "clashed");
  const Event* o = test::ExpectEvent(official, "clashed");
  ASSERT_NE(e, nullptr);
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(e->attribution_kind, "anonymous_source");
  EXPECT_NE(e->attribution_source, "afp");
  EXPECT_EQ(e->attribution_source, o->attribution_source);
  EXPECT_EQ(e->status, o->status);
}

}  // namespace
}  // namespace marsad
