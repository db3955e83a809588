// "Earlier" bounded by a period of the report's own time (في وقت سابق من
// الأسبوع، "earlier this month") is news told back, not background; a bare
// "earlier" on a pluperfect still is. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RecentEarlierTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* EventOf(const Doc& doc, const std::string& word) {
  for (const Event& e : doc.events)
    if (std::string(doc.norm(doc.triggers[e.trigger].span)).find(word) != std::string::npos) return &e;
  return nullptr;
}

TEST_F(RecentEarlierTest, EarlierThisWeekIsNews) {
  Doc doc = test::ExtractAt(
      "date 2026-11-12\nوكان مسلحون من الجماعة نفسها قد هاجموا في وقت سابق من الأسبوع قرية زراعية قرب الدمازين "
      "وقتلوا خمسة مزارعين.",
      2026, 11, 12);
  test::MaybeDump(doc);
  const Event* e = EventOf(doc, "هاجموا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(RecentEarlierTest, EarlierThisMonthIsNews) {
  Doc doc = test::ExtractAt("date 2026-11-12\nوهاجم مسلحون في وقت سابق هذا الشهر مخيماً للنازحين قرب كادوقلي.", 2026,
                            11, 12);
  test::MaybeDump(doc);
  const Event* e = EventOf(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// A bare "earlier" on a pluperfect names no time of its own: background,
// which has no day of its own and is dropped.
TEST_F(RecentEarlierTest, BareEarlierPluperfectStaysBackground) {
  Doc doc = test::ExtractAt("date 2026-11-12\nوكانت الجماعة قد هاجمت في وقت سابق قرية قرب الدمازين.", 2026, 11, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(EventOf(doc, "هاجمت"), nullptr);
}

}  // namespace
}  // namespace marsad
