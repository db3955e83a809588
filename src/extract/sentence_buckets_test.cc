#include "extract/sentence_buckets.h"

#include <gtest/gtest.h>

#include <vector>

namespace marsad {
namespace {

TEST(SentenceBuckets, KeepsItemOrderInEachBucket) {
  const std::vector<size_t> bucket_of_item = {2, 0, 2, 3, 0, 2};
  SentenceBuckets b;
  b.Build(5, bucket_of_item.size(), [&](size_t i) { return bucket_of_item[i]; });
  ASSERT_EQ(b.size(), 5u);
  auto items = [&](size_t k) { return std::vector<int32_t>(b[k].begin(), b[k].end()); };
  EXPECT_EQ(items(0), (std::vector<int32_t>{1, 4}));
  EXPECT_TRUE(b[1].empty());
  EXPECT_EQ(items(2), (std::vector<int32_t>{0, 2, 5}));
  EXPECT_EQ(items(3), (std::vector<int32_t>{3}));
  EXPECT_TRUE(b[4].empty());
  EXPECT_TRUE(b[5].empty());  // past the last bucket: empty, as for text outside sentences
  b.Build(2, 0, [](size_t) { return size_t{0}; });  // rebuilt for a document with none
  EXPECT_TRUE(b[0].empty());
}

}  // namespace
}  // namespace marsad
