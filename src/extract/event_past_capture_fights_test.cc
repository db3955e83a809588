// A capture of the past told with the fighting it came after ("took the
// town in March 2024 after clashes with armed men"): both historical, the
// fighting is how the capture was won, one event as for today's captures.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PastCaptureFightsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

size_t CountClashes(const Doc& doc) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == "Armed clash";
  return n;
}

TEST_F(PastCaptureFightsTest, PastFightingFoldsIntoPastCapture) {
  Doc doc = test::ExtractAt(
      "date 2026-11-22\nTRIPOLI (Reuters) — Army units took control of the town of Gharyan in March 2024 "
      "after clashes with armed men from Zawiya, residents said.",
      2026, 11, 22);
  test::MaybeDump(doc);
  EXPECT_EQ(CountClashes(doc), 0u);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].status, "historical");
}

TEST_F(PastCaptureFightsTest, PastFightingWithoutOriginFoldsToo) {
  Doc doc = test::ExtractAt(
      "date 2026-11-22\nTRIPOLI (Reuters) — Army units took control of the town of Gharyan in March 2024 "
      "after clashes with armed men, residents said.",
      2026, 11, 22);
  test::MaybeDump(doc);
  EXPECT_EQ(CountClashes(doc), 0u);
}

}  // namespace
}  // namespace marsad
