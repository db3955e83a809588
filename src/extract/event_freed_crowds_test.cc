// An Arabic release frees those the report told taken: when the latest
// arrest told before it took a crowd (protesters, rioters), those freed,
// counted by a plain noun or a pronoun, are that crowd, not civilians.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FreedCrowdsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Release(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Other" && e.plover_mode == "release") return &e;
  return nullptr;
}

std::string Freed(const Doc& doc, const Event& e) {
  return e.actor2.actor >= 0 ? test::CodedId(doc, e.actor2) : e.actor2.implicit_id;
}

TEST_F(FreedCrowdsTest, ProtestersTakenAndThenFreedAreProtesters) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nاعتقلت الشرطة 20 متظاهراً خلال احتجاجات على غلاء الأسعار في مدينة عطبرة أمس. "
      "وأفرجت السلطات صباح اليوم عن ثمانية منهم بكفالة.",
      2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Freed(doc, *e), "gen.protesters");
}

TEST_F(FreedCrowdsTest, AReleaseWithNoArrestToldStaysCivilians) {
  Doc doc = test::ExtractAt("date 2026-05-06\nأفرجت السلطات صباح اليوم عن ثمانية معتقلين في مدينة عطبرة بكفالة.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Release(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_NE(Freed(doc, *e), "gen.protesters");
  EXPECT_NE(Freed(doc, *e), "gen.rioters");
}

}  // namespace
}  // namespace marsad
