// The condition of a threat or a vow (`not_event` cues "if", "unless",
// إذا، في حال، ما لم of scope `following`): the act it names ("if the army
// kept bombing", إذا استمرت الغارات) may or may not come and is named to
// justify the threat, so it is no event; the threatened act before it stays
// an intent event, and "until" told of the past keeps its act. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ThreatConditionsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ThreatConditionsTest, TheActAfterIfIsNoEvent) {
  Doc doc = test::ExtractAt(
      "The rebels said they would strike the airport in Kassala if the army kept bombing their positions.", 2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].status, "intent");
  EXPECT_EQ(test::EventFor(doc, "bombing"), nullptr);
  Doc storm = test::ExtractAt(
      "Residents said they would march on the governor's office in Taiz if the fighters stormed the town again.", 2026, 3,
      10);
  test::MaybeDump(storm);
  EXPECT_EQ(test::CountSub(storm, "Peaceful protest"), 1u);
  EXPECT_EQ(test::CountSub(storm, "Armed clash"), 0u);
}

TEST_F(ThreatConditionsTest, TheActAfterUnlessIsNoEvent) {
  Doc doc = test::ExtractAt(
      "The militia warned that it would attack convoys near Mopti unless soldiers stopped shelling its villages.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

TEST_F(ThreatConditionsTest, ArabicConditionsNameNoEvent) {
  Doc doc = test::ExtractAt("وتوعد متحدث باسم الجماعة بقصف المطار في مدينة نجران إذا استمرت الغارات على مواقعها.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
  Doc pull = test::ExtractAt("وهدد قائد الفصيل باقتحام بلدة جاسم إذا لم تنسحب القوات الحكومية منها.", 2026, 3, 10);
  test::MaybeDump(pull);
  // The storming of a town vowed is a capture told ahead (town_storming):
  // one battle, whatever its sub-event type.
  EXPECT_EQ(test::CountType(pull, "Battles"), 1u);
  EXPECT_EQ(test::CountSub(pull, "Non-violent transfer of territory"), 0u);
}

TEST_F(ThreatConditionsTest, APastUntilKeepsItsAct) {
  Doc doc = test::ExtractAt(
      "The protesters chanted outside the mayor's office in Zarqa until police dispersed them with tear gas.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 1u);
}

// "vowed to storm the town of X": the settlement noun after an article and
// joined to the name by "of" still makes the storming a capture told ahead.
TEST_F(ThreatConditionsTest, StormingTheTownOfANameIsACaptureVowed) {
  Doc doc = test::ExtractAt("The insurgents vowed to storm the town of Tal Afar before the winter.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "storm");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  EXPECT_EQ(e->acled_sub_event_type, "Non-state actor overtakes territory");
}

// A camp of a force named after "of" is no town: the storming stays a clash.
TEST_F(ThreatConditionsTest, StormingTheCampOfAForceStaysAClash) {
  Doc doc = test::ExtractAt("The insurgents vowed to storm the camp of the army outside Tal Afar.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "storm");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

}  // namespace
}  // namespace marsad
