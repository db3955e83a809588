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

// FindOrInsert answers as Find and Insert together would, across growth and
// at the load limit: a new string gets the next index, a present one keeps its
// own, and every string is found at its index afterwards.
TEST(StringSetTest, FindOrInsertAgreesWithFindAndInsert) {
  StringSet set;
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < 300; ++i) {
      const std::string key = "word" + std::to_string(i % 150) + (i % 3 ? "" : " x");
      const size_t before = set.Find(key);
      const size_t size = set.size();
      const auto [index, added] = set.FindOrInsert(key);
      EXPECT_EQ(added, before == StringSet::kNone) << key;
      EXPECT_EQ(index, added ? size : before) << key;
      EXPECT_EQ(set.Find(key), index) << key;
      EXPECT_EQ(set.at(index), key);
    }
  EXPECT_EQ(set.FindOrInsert("").second, true);
  EXPECT_EQ(set.Find(""), set.size() - 1);
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


// Insert keeps the first value of a key, Set the last; values stay with their
// keys as the set grows and rehashes (they are kept by the key's index).
TEST(FlatStringMapTest, InsertKeepsFirstValueAndSetReplacesIt) {
  FlatStringMap<std::string> map;
  EXPECT_TRUE(map.empty());
  for (int i = 0; i < 50; ++i) EXPECT_TRUE(map.Insert("form" + std::to_string(i), "code" + std::to_string(i)));
  EXPECT_FALSE(map.Insert("form3", "other"));
  ASSERT_NE(map.Find("form3"), nullptr);
  EXPECT_EQ(*map.Find("form3"), "code3");
  map.Set("form3", "later");
  map.Set("new form", "added");
  EXPECT_EQ(*map.Find("form3"), "later");
  EXPECT_EQ(*map.Find("new form"), "added");
  EXPECT_EQ(*map.Find("form49"), "code49");
  EXPECT_EQ(map.Find("form50"), nullptr);
  EXPECT_EQ(map.size(), 51u);
  if (std::string* v = map.Find("form0")) *v = "edited";
  EXPECT_EQ(*std::as_const(map).Find("form0"), "edited");
}

// key(i) and value(i) walk the map in insertion order, a replaced value
// under its key's first index (the geoparser folds the map into its word
// vocabulary this way).
TEST(FlatStringMapTest, IndexesWalkTheKeysInInsertionOrder) {
  FlatStringMap<int> map;
  map.Insert("north", 1);
  map.Insert("south", 2);
  map.Set("north", 3);
  ASSERT_EQ(map.size(), 2u);
  EXPECT_EQ(map.key(0), "north");
  EXPECT_EQ(map.value(0), 3);
  EXPECT_EQ(map.key(1), "south");
  EXPECT_EQ(map.value(1), 2);
}

}  // namespace
}  // namespace marsad
