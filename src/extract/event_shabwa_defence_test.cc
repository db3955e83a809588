// The Shabwa Defence Forces (قوات دفاع شبوة) are a registry party of their
// own. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventShabwaDefenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventShabwaDefenceTest, TheForcesAttackedAreNamed) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة جنود من قوات دفاع شبوة في هجوم بعبوة ناسفة استهدف دوريتهم قرب مدينة عتق صباح الاثنين.", 2026, 7, 7);
  test::MaybeDump(doc);
  bool named = false;
  for (const ActorMention& a : doc.actors) named = named || a.id == "yem.shabwa_defence";
  EXPECT_TRUE(named);
  bool struck = false;
  for (const Event& e : doc.events) struck = struck || test::CodedId(doc, e.actor2) == "yem.shabwa_defence";
  EXPECT_TRUE(struck) << test::Dump(doc);
}

}  // namespace
}  // namespace marsad
