// "Detachments of the People's National Army" (مفارز للجيش الوطني الشعبي)
// of the Algerian bulletins are one mention of Algeria's army, not مفارز
// للجيش with the name left over as a second party. Sentences are our own
// wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventAlgerianDetachmentsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventAlgerianDetachmentsTest, TheDetachmentsAreOneMentionOfTheArmy) {
  Doc doc = test::ExtractAt("ضبطت مفرزة للجيش الوطني الشعبي مخبأ للأسلحة قرب تمنراست يوم الاثنين.", 2026, 10, 6);
  test::MaybeDump(doc);
  size_t army = 0;
  for (const ActorMention& a : doc.actors) army += a.id == "dza.mil" ? 1 : 0;
  EXPECT_EQ(army, 1u);
  for (const ActorMention& a : doc.actors) EXPECT_NE(a.id, "gen.army");
}

}  // namespace
}  // namespace marsad
