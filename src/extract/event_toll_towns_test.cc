// A told toll at a town named with its settlement noun ("in the town of X",
// في مدينة X) is where it was, not a retelling of an event elsewhere
// (event_folds.cc FoldClaimedTolls); the means told after a verb of hitting
// back (ردّت القوات بقصف مدفعي) is the responder's own act, not the means of
// the act told before (event_unit.cc MergeElaborations, `response` cues).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TollTownsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TollTownsTest, ArabicToldKillingInAnotherTownIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "قُتل ثلاثة جنود مساء أمس في هجوم بطائرة مسيّرة على موقع عسكري في مديرية مودية.\n"
      "وفي مدينة جعار، أفاد سكان بأن مسلحين مجهولين قتلوا إمام مسجد بالرصاص أمس قرب منزله.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(doc.events.size(), 2u);
}

TEST_F(TollTownsTest, ArabicClaimedTollWithNoTownStillJoinsTheEvent) {
  Doc doc = test::ExtractAt(
      "قُتل ثلاثة جنود مساء أمس في هجوم بطائرة مسيّرة على موقع عسكري في مديرية مودية.\n"
      "وأعلن تنظيم القاعدة أنه قتل عشرة جنود في الهجوم.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

// قرب X, "near X", tells where the toll was as في X does: a force's claim
// near another town is its own operation, not its account of the blast.
TEST_F(TollTownsTest, ArabicClaimedTollNearAnotherTownIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "قُتل أربعة جنود صباح أمس عندما فجّر انتحاري سيارة مفخخة عند حاجز أمني في مدينة بعقوبة.\n"
      "وقال الجيش إن القوات قتلت تسعة مسلحين في عملية ليل أمس في منطقة جبلية قرب المقدادية.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
}

TEST_F(TollTownsTest, ArabicShellingInResponseIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "قُتل ثلاثة جنود مساء أمس في هجوم بطائرة مسيّرة على موقع عسكري في مديرية مودية.\n"
      "وقال مصدر عسكري إن القوات ردّت بقصف مدفعي على مواقع المسلحين في المنطقة ذاتها.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

TEST_F(TollTownsTest, EnglishShellingInResponseIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "A drone strike on an army post near Kidal killed three soldiers on Sunday. "
      "An officer said the troops retaliated with artillery shelling of militant positions nearby.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

}  // namespace
}  // namespace marsad
