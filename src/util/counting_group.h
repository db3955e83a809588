// GroupByKey: (key, value) pairs grouped by key with one counting pass, no
// sort. The pass is stable: each key's values keep the order the pairs came
// in, so values that arrive in id order come out grouped and in id order.
#ifndef MARSAD_UTIL_COUNTING_GROUP_H_
#define MARSAD_UTIL_COUNTING_GROUP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace marsad {

// `for_each_pair(emit)` calls emit(key, value) for every pair, keys below
// `n_keys`; it is called twice (count, then place) and must give the same
// pairs in the same order both times, so pairs computed on the fly need not
// be stored. Afterwards key k's values are (*values)[(*begin)[k], (*begin)[k + 1]).
template <typename ForEachPair>
void GroupByKey(size_t n_keys, ForEachPair&& for_each_pair, std::vector<uint32_t>* begin,
                std::vector<uint32_t>* values) {
  begin->assign(n_keys + 1, 0);
  for_each_pair([&](uint32_t key, uint32_t) { ++(*begin)[key + 1]; });
  for (size_t k = 0; k < n_keys; ++k) (*begin)[k + 1] += (*begin)[k];
  values->assign((*begin)[n_keys], 0);
  std::vector<uint32_t> fill(begin->begin(), begin->end() - 1);
  for_each_pair([&](uint32_t key, uint32_t value) { (*values)[fill[key]++] = value; });
}

}  // namespace marsad

#endif  // MARSAD_UTIL_COUNTING_GROUP_H_
