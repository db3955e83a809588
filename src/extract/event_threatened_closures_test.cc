// A road or crossing that people who are no state force, government or armed
// group threaten to close (وهدد شيوخ القبائل بإغلاق الطريق) is a crowd's
// threat to protest: a peaceful protest, `intent` (ClosuresByCrowds), not the
// authorities' change to group/activity. The closure stays told after the
// organisers of a protest (منظمو الاعتصام بإغلاق): the preposition ب opens
// the threat's complement, not a word of the phrase the `not_event` cue
// reaches (NotEventCueCovers). Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

int Count(const Doc& doc, const std::string& sub, const std::string& status) {
  int n = 0;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub && e.status == status) ++n;
  return n;
}

class ThreatenedClosuresTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ThreatenedClosuresTest, OrganisersThreatenToCloseARoad) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوهدد منظمو الاعتصام في مدينة قابس بإغلاق الطريق الساحلية إذا لم تستجب الحكومة لمطالبهم.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Peaceful protest", "intent"), 1);
  EXPECT_EQ(Count(doc, "Change to group/activity", "intent"), 0);
  // The sit-in they organise is named, not told: no protest held.
  EXPECT_EQ(Count(doc, "Peaceful protest", "reported"), 0);
}

TEST_F(ThreatenedClosuresTest, EldersThreatenToCloseARoad) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوهدد وجهاء العشائر في مدينة قابس بإغلاق الطريق الرئيسية احتجاجاً على انقطاع المياه.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Peaceful protest", "intent"), 1);
  EXPECT_EQ(Count(doc, "Change to group/activity", "intent"), 0);
}

TEST_F(ThreatenedClosuresTest, ArmyThreateningAClosureIsNoProtest) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوهدد الجيش التونسي بإغلاق المعبر الحدودي قرب مدينة قابس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Peaceful protest", "intent"), 0);
  EXPECT_EQ(Count(doc, "Change to group/activity", "intent"), 1);
}

TEST_F(ThreatenedClosuresTest, ClosureScheduledWithNoThreatIsNoProtest) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوقررت السلطات إغلاق المعبر الحدودي قرب مدينة قابس يوم الخميس المقبل.", 2026, 3, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Protests");
}

TEST_F(ThreatenedClosuresTest, ProtestOfTheOrganisersArrestedStaysUntold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nاعتقلت الشرطة أمس خمسة من منظمي الاحتجاج في مدينة قابس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Arrests", "reported"), 1);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Protests");
}

}  // namespace
}  // namespace marsad
