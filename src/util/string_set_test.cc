#include "util/string_set.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(StringSetTest, FindGivesInsertionOrderAcrossGrowth) {
  StringSet set;
  for (int i = 0; i < 100; ++i) EXPECT_TRUE(set.Insert("key" + std::to_string(i)));
  EXPECT_FALSE(set.Insert("key7"));  // already there: keeps its index
  EXPECT_EQ(set.size(), 100u);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(set.Find("key" + std::to_string(i)), static_cast<size_t>(i));
  EXPECT_EQ(set.Find("key100"), StringSet::kNone);
  EXPECT_FALSE(set.Contains(""));
}

// SameBytes takes every length through one of its paths (bytes, two 4-byte
// words, 8-byte words with an overlapping last one): a difference at any
// position is seen.
TEST(StringSetTest, SameBytesSeesADifferenceAtEveryPosition) {
  for (size_t n = 0; n <= 40; ++n) {
    const std::string a(n, 'x');
    EXPECT_TRUE(SameBytes(a.data(), std::string(a).data(), n));
    for (size_t at = 0; at < n; ++at) {
      std::string b = a;
      b[at] = 'y';
      EXPECT_FALSE(SameBytes(a.data(), b.data(), n)) << n << " " << at;
    }
  }
}

}  // namespace
}  // namespace marsad
