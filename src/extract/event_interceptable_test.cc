// اعترض stops a car, a merchant or a patrol as readily as a missile: it is an
// interception (disrupted weapons use) only when a weapon in flight or arms
// on the move are told in its sentence or the one before. Sentences are our
// own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class InterceptableTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(InterceptableTest, GunmenStoppingACarInterceptNothing) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nوفي قرية قرب مدينة حمص، اعترض مسلحون مجهولون سيارة مزارع مساء الأحد وسلبوا ما فيها.", 2025, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(InterceptableTest, ACrowdBlockingAPatrolInterceptsNothing) {
  Doc doc = test::ExtractAt("date 2025-03-10\nاعترض عشرات من سكان البلدة دورية عسكرية صباح الإثنين في مدينة حمص.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

TEST_F(InterceptableTest, TwoDronesInterceptedAreAnInterceptionNotAStrike) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nقال الجيش إن الدفاعات الجوية اعترضت مسيّرتين أطلقتهما جماعة مسلحة باتجاه مدينة أبها فجر اليوم.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(InterceptableTest, MissilesInterceptedStayAnInterception) {
  Doc doc = test::ExtractAt("date 2025-03-10\nقال الجيش إن دفاعاته الجوية اعترضت ثلاثة صواريخ فوق مدينة حمص مساء الأحد.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(InterceptableTest, ACarLoadedWithArmsIsInterceptedArms) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nأعلن الجيش أن دورية اعترضت شاحنة محملة بالأسلحة والذخائر قرب مدينة حمص ليل السبت.", 2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(InterceptableTest, APronounTakesTheWeaponsOfTheSentenceBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nأطلقت الجماعة أربع مسيرات نحو مدينة حمص مساء الأحد. وقال الجيش إنه تمكن من اعتراضها جميعاً.", 2025,
      3, 10);
  test::MaybeDump(doc);
  EXPECT_GE(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

}  // namespace
}  // namespace marsad
