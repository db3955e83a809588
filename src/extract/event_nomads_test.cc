// رحّل after a noun of herders or tribes is the adjective "nomadic" (a
// not_event cue of several words: an event word inside it, after its first,
// is a word of the phrase, event_not_events.cc); the verb رحّل "deported"
// stays an event. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class NomadsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static int Count(const Doc& doc, std::string_view sub) {
  int n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

TEST_F(NomadsTest, NomadicHerdersAreNoDeportation) {
  Doc doc = test::ExtractAt("وصل رعاة رحّل إلى أطراف بلدة أبشة يوم السبت.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 0u);
}

TEST_F(NomadsTest, ClashWithNomadicHerdersIsOneClash) {
  Doc doc = test::ExtractAt("قُتل خمسة أشخاص في اشتباكات بين مزارعين ورعاة رحّل قرب بلدة أبشة يوم الجمعة.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Other"), 0);
  EXPECT_EQ(Count(doc, "Armed clash"), 1);
}

TEST_F(NomadsTest, DeportingVerbStillTellsTheAct) {
  Doc doc = test::ExtractAt("رحّلت السلطات عشرات المهاجرين إلى بلدانهم يوم السبت.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(Count(doc, "Other"), 1);
}

}  // namespace
}  // namespace marsad
