// A release whose doer is told only by a noun referring back to captors
// (وأطلق الخاطفون سراح …) was done by the doers of the abduction told before
// it. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;

class CaptorsReleaseTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Release(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.plover_mode == "release") return &e;
  return nullptr;
}

TEST_F(CaptorsReleaseTest, TheKidnappersAreTheAbductorsToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nاختطف مسلحون مجهولون ثلاثة تجار على الطريق بين درعا ودمشق صباح السبت.\n"
      "وأطلق الخاطفون سراح التجار الثلاثة قرب درعا مساء الأحد بعد دفع فدية.",
      2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "gen.unidentified_armed_group");
}

TEST_F(CaptorsReleaseTest, NoAbductionToldBeforeNamesNoCaptor) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nوأطلق الخاطفون سراح التجار الثلاثة قرب درعا مساء الأحد بعد دفع فدية.", 2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "");
}

}  // namespace
}  // namespace marsad
