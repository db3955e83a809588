// A generic attack word with no article, told after "then" or "later"
// (ثم، لاحقاً، في وقت لاحق, "hours later") opening its sentence, tells the
// next act of the story — not the act told before again.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class LaterActsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(LaterActsTest, ArabicLaterAttackIsANewClash) {
  Doc doc = test::ExtractAt(
      "فجّر انتحاري نفسه عند حاجز للجيش الصومالي في مدينة جوهر صباح اليوم، ما أسفر عن مقتل ثلاثة جنود.\n"
      "وفي وقت لاحق، شن مسلحو حركة الشباب هجوماً على قاعدة عسكرية في جوهر.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
  const Event* e = test::EventFor(doc, NormalizeKey("هجوماً"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

TEST_F(LaterActsTest, EnglishHoursLaterAttackIsANewClash) {
  Doc doc = test::ExtractAt(
      "A suicide bomber blew himself up at an army checkpoint in Jowhar on Monday morning, killing three soldiers.\n"
      "Hours later, al-Shabaab fighters attacked a military base in Jowhar.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
  const Event* e = test::EventFor(doc, NormalizeKey("attacked"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
}

// "later" bound to a source's verb dates the statement, not a new act.
TEST_F(LaterActsTest, SourceSpeakingLaterRetellsTheAttack) {
  Doc doc = test::ExtractAt(
      "A suicide bomber blew himself up at an army checkpoint in Jowhar on Monday morning, killing three soldiers.\n"
      "Police later said al-Shabaab fighters attacked the checkpoint.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

// "had since" (since right after an auxiliary: an `afterwards` cue) tells an
// act after every day the story told before it: with no day of its own, the
// act takes the latest of them, not the vague week the sentence before ended on.
TEST_F(LaterActsTest, ActDoneSinceTakesTheLatestDayToldBefore) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked a village near Jowhar on Monday, killing four farmers.\n"
      "The next day, soldiers clashed with the gunmen outside Jowhar.\n"
      "A rights group said soldiers beat two herders near Baidoa last week.\n"
      "Elders said the army had since set up a camp outside Jowhar.",
      2025, 3, 14);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("set up a camp"));
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2025-03-11");
}

}  // namespace
}  // namespace marsad
