// An Arabic arrest or seizure whose doer is only supplied as the report's
// main actor, a non-state armed group, was made by the state: the police of
// the event's country — not by the group whose cell was taken; a group that
// governs the place makes its own arrests. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventStateTakersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventStateTakersTest, SeizureInAReportOnACellIsThePolices) {
  Doc doc = test::ExtractAt(
      "فكك الأمن المغربي خلية تابعة لتنظيم «داعش» في مدينة فاس يوم الأحد.\n"
      "وأضاف البلاغ أن عمليات التفتيش أسفرت عن حجز عبوتين ناسفتين ومواد كيميائية.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mar.police");
  const Event* a = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(doc, a->actor1), "mar.police");
}

// Morocco's Forces auxiliaires (القوات المساعدة) are a state force of their
// own, not the police and not the armed group a report is about.
TEST_F(EventStateTakersTest, MoroccosAuxiliaryForcesAreNamed) {
  Doc doc = test::ExtractAt(
      "وقالت جمعية حقوقية إن عناصر من القوات المساعدة اعتدوا بالضرب على مهاجرين في ضواحي مدينة طنجة يوم الأحد.", 2026, 3,
      5);
  test::MaybeDump(doc);
  bool named = false;
  for (const ActorMention& m : doc.actors) named = named || m.id == "mar.auxiliary";
  EXPECT_TRUE(named);
}

}  // namespace
}  // namespace marsad
