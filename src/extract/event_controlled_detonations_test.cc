// A force that is itself the subject of an Arabic blowing-up verb (فجّر)
// whose object is a device (عبوة ناسفة، لغم) set it off on purpose, with no
// one hurt: a controlled detonation, disrupted weapons use with the force as
// its doer — not a roadside bomb laid by an unidentified group against it.
// A device set off by gunmen against a force stays the gunmen's IED.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ControlledDetonationsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ControlledDetonationsTest, AForceThatSetsOffADeviceIsItsDoer) {
  Doc doc = test::ExtractAt("وقال ضابط إن القوات الباكستانية فجرت عبوة ناسفة قرب سوق بلدة ميرانشاه صباح اليوم.", 2026,
                            3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
  const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(doc.actors[e->actor1.actor].acled_inter, "State forces");
}

TEST_F(ControlledDetonationsTest, TheVerbFirstOrderToo) {
  Doc doc = test::ExtractAt("فجرت القوات الباكستانية عبوة ناسفة على طريق فرعي في منطقة بنو.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Disrupted weapons use");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(doc.actors[e->actor1.actor].acled_inter, "State forces");
}

TEST_F(ControlledDetonationsTest, GunmenWhoSetOffADeviceAtAForceLaidIt) {
  Doc doc = test::ExtractAt("فجر مسلحون عبوة ناسفة بدورية للقوات الباكستانية في منطقة بنو.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor2.actor, 0);
  EXPECT_EQ(doc.actors[e->actor2.actor].acled_inter, "State forces");
}

}  // namespace
}  // namespace marsad
