// The ground people were driven from, named in a relative clause with a
// pronoun for it (قراهم التي هُجّروا منها), is a description of the villages,
// no forced displacement told as news (DescribesGroundLeft). A displacement
// told as a deed of its own stays an event. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

int CountSub(const Doc& doc, const std::string& sub) {
  int n = 0;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) ++n;
  return n;
}

class DisplacedGroundTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DisplacedGroundTest, VillagesTheyWereDrivenFromAreNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nاعتصم العشرات من أهالي القرى أمس أمام مبنى المحافظة في العريش مطالبين بالعودة إلى "
      "بيوتهم في رفح التي هُجّروا منها.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 0);
  EXPECT_EQ(CountSub(doc, "Peaceful protest"), 1);
}

TEST_F(DisplacedGroundTest, DisplacementToldAsADeedStays) {
  Doc doc = test::ExtractAt("date 2026-04-02\nهجّرت القوات أمس سكان قرية المهدية جنوب رفح.", 2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1);
}

}  // namespace
}  // namespace marsad
