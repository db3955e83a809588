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

}  // namespace
}  // namespace marsad
