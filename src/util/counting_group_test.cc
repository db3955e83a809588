#include "util/counting_group.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace marsad {
namespace {

using Pairs = std::vector<std::pair<uint32_t, uint32_t>>;

void Group(const Pairs& pairs, size_t n_keys, std::vector<uint32_t>* begin, std::vector<uint32_t>* values) {
  GroupByKey(
      n_keys, [&](auto emit) { for (const auto& p : pairs) emit(p.first, p.second); }, begin, values);
}

TEST(GroupByKey, GroupsValuesByKeyInArrivalOrder) {
  std::vector<uint32_t> begin, values;
  Group({{2, 7}, {0, 5}, {2, 3}, {0, 9}, {2, 7}}, 4, &begin, &values);
  EXPECT_EQ(begin, (std::vector<uint32_t>{0, 2, 2, 5, 5}));
  EXPECT_EQ(values, (std::vector<uint32_t>{5, 9, 7, 3, 7}));  // stable: repeats and order kept
}

TEST(GroupByKey, NoPairsGiveEmptyGroups) {
  std::vector<uint32_t> begin{9, 9}, values{1, 2, 3};
  Group({}, 3, &begin, &values);
  EXPECT_EQ(begin, (std::vector<uint32_t>{0, 0, 0, 0}));
  EXPECT_TRUE(values.empty());
}

}  // namespace
}  // namespace marsad
