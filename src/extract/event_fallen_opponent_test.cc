// قتلت القوات ستة مسلحين من جماعة X في اشتباك: the other camp's men told
// as killed in a battle's sentence are its other side. Sentences are our
// own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventFallenOpponentTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventFallenOpponentTest, KilledFightersOfAGroupAreTheOtherSide) {
  Doc doc = test::ExtractAt(
      "قال الجيش الباكستاني إن قواته قتلت ستة مسلحين من جيش تحرير بلوشستان في اشتباك قرب مدينة تربت ليل السبت.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباك");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "pak.mil");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "pak.bla");
}

TEST_F(EventFallenOpponentTest, PassiveDeathsToo) {
  Doc doc = test::ExtractAt(
      "قتل سبعة مسلحين من جماعة نصرة الإسلام والمسلمين في اشتباك مع الجيش المالي قرب مدينة موبتي يوم السبت.", 2026,
      5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباك");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "mli.jnim");
}

// Two non-state groups: the men of the one killed in the other's attack
// were its other side, not the army supplied by default.
TEST_F(EventFallenOpponentTest, FallenOfAnotherNonStateGroup) {
  Doc doc = test::ExtractAt(
      "الحسكة – قُتل ثلاثة عناصر من قوات سوريا الديمقراطية فجر اليوم في هجوم شنّه مسلحون من تنظيم داعش على حاجز "
      "قرب بلدة الهول.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "syr.sdf") << test::ActorId(doc, e->actor2);
}

}  // namespace
}  // namespace marsad
