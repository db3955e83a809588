// A repelling word (a `repulsion` cue: صدّ، "repelled"), generic, alone in
// its sentence, refers back to a fight or an attack told before, never to a
// strike, a shelling or a blast: an assault repelled on the ground is its own
// armed clash (event_unit.cc ResolveCoreference); and the repelling word
// and the assault noun right after it, its object ("repelled an attack by
// the militia"), are one armed clash of the two sides (SameEvent).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RepelledAssaultsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};


TEST_F(RepelledAssaultsTest, ArabicInfiltrationRepelledAfterADroneStrikeIsAClash) {
  Doc doc = test::ExtractAt(
      "وقال مصدر عسكري إن طائرة مسيّرة أصابت غرفة عمليات للقوات الحكومية في معسكر قرب مدينة الحزم أمس. وأضاف المصدر "
      "أن القوات الحكومية صدّت أمس محاولة تسلل للحوثيين قرب الحزم وقتلت ثلاثة منهم.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

TEST_F(RepelledAssaultsTest, EnglishInfiltrationRepelledAfterADroneStrikeIsAClash) {
  Doc doc = test::ExtractAt(
      "A Houthi drone struck an army operations room near Mukayras on Friday, the army said. Soldiers repelled an "
      "infiltration attempt near Mukayras on Friday and killed three attackers, it added.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

TEST_F(RepelledAssaultsTest, ArabicAttackRepelledIsTheAttackToldBefore) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون حوثيون مواقع للقوات الحكومية قرب مدينة الحزم أمس. وقال مصدر عسكري إن القوات صدّت الهجوم.", 2026, 11,
      14);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(RepelledAssaultsTest, EnglishAttackByAMilitiaRepelledIsOneClashOfBothSides) {
  Doc doc = test::ExtractAt(
      "Giants Brigades fighters repelled an attack by the Houthi militia on positions north of Mukayras on Friday, "
      "killing 12 of the attackers, a spokesman said.",
      2026, 11, 14);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  const Event& e = doc.events[0];
  ASSERT_GE(e.actor1.actor, 0);
  ASSERT_GE(e.actor2.actor, 0);
  EXPECT_NE(doc.actors[e.actor1.actor].id, doc.actors[e.actor2.actor].id);
}

TEST_F(RepelledAssaultsTest, EnglishAssaultRepelledIsOneClash) {
  Doc doc = test::ExtractAt("Giants Brigades fighters repelled an assault by the Houthi militia near Mukayras on Friday.",
                            2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

// The assault's doer read as a second mention of the side that repelled it
// ("…, the Somali army said") is no other side: the clash gets no actor 2
// equal to its actor 1.
TEST_F(RepelledAssaultsTest, SecondMentionOfTheRepellingSideIsNoActor2) {
  Doc doc = test::ExtractAt("Somali army troops repelled an attack near Baidoa on Monday, the Somali army said.", 2026,
                            3, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Armed clash") continue;
    const std::string a1 = test::CodedId(doc, e.actor1), a2 = test::CodedId(doc, e.actor2);
    EXPECT_FALSE(!a1.empty() && a1 == a2) << a1;
  }
}

}  // namespace
}  // namespace marsad
