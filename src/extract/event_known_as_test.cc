// Arabic naming of doers and of forces: gunmen "known (locally) as" X
// (مسلحون يُعرفون محلياً بقطاع الطرق) are X; a country's air force written
// with its nisba (سلاح الجو النيجيري، القوات الجوية الكينية) is that
// country's military; the people right after أطلق سراح ("the freeing of")
// are the freed, never the releaser, however the undiacritised verb reads.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;
using test::CodedId;

class KnownAsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OfSub(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(KnownAsTest, GunmenKnownLocallyAsBanditsAreTheBandits) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nخطف مسلحون يعرفون محلياً بقطاع الطرق 25 شخصاً من قرية قرب مدينة غوساو ليل الأحد.", 2026, 5,
      20);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "nga.bandits");
  EXPECT_EQ(ActorId(doc, e->actor2), "gen.civilians");
}

TEST_F(KnownAsTest, ANationsAirForceIsItsMilitary) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nوأعلن سلاح الجو النيجيري أن طائراته قصفت أمس معسكراً لقطاع الطرق في غابة قرب مدينة غوساو.",
      2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(CodedId(doc, e->actor1), "nga.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "nga.bandits");
}

TEST_F(KnownAsTest, ThoseAfterTheFreeingAreTheFreed) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nوأُطلق سراح تسعة رعاة خُطفوا الأسبوع الماضي قرب مدينة غوساو بعد دفع فدية يوم السبت.", 2026, 5,
      20);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Other");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(ActorId(doc, e->actor1), "gen.civilians");
  EXPECT_EQ(ActorId(doc, e->actor2), "gen.civilians");
}

}  // namespace
}  // namespace marsad
