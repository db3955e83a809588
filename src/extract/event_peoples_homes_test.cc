// "homes of X" names a people's property as "owned by" does (an
// `ownership` cue). The sentence is our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

// "homes of X" names a people's property as "owned by" does: a crowd that
// burns it with no demonstration told is a mob on those people.
TEST(PeoplesHomesTest, CrowdBurningHomesOfAFamilyIsAMob) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::ExtractAt(
      "A crowd set fire to six homes of Baha'i families in a village near Minya on Saturday over a rumour.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Mob violence"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 0u);
}

}  // namespace
}  // namespace marsad
