// SentenceBuckets: items (indexes 0..n-1) grouped by bucket, in item order
// within each, in two flat arrays. The event builder groups the places,
// dates, numbers, cues, triggers and actors of a document by sentence; as a
// vector per sentence and kind that was some 200 allocations per document,
// most of Builder::Index's, for lists it never edits.
#ifndef MARSAD_EXTRACT_SENTENCE_BUCKETS_H_
#define MARSAD_EXTRACT_SENTENCE_BUCKETS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace marsad {

class SentenceBuckets {
 public:
  // Puts items 0..n-1 into `buckets` buckets, item i into bucket_of(i)
  // (< buckets), keeping item order in each (a counting sort).
  template <typename BucketOf>
  void Build(size_t buckets, size_t n, BucketOf bucket_of) {
    begin_.assign(buckets + 1, 0);
    for (size_t i = 0; i < n; ++i) ++begin_[bucket_of(i) + 1];
    for (size_t b = 0; b < buckets; ++b) begin_[b + 1] += begin_[b];
    items_.resize(n);
    std::vector<uint32_t> next(begin_.begin(), begin_.end() - 1);
    for (size_t i = 0; i < n; ++i) items_[next[bucket_of(i)]++] = static_cast<int32_t>(i);
  }
  size_t size() const { return begin_.empty() ? 0 : begin_.size() - 1; }
  // The items of bucket b (empty when b is out of range).
  std::span<const int32_t> operator[](size_t b) const {
    if (b >= size()) return {};
    return std::span<const int32_t>(items_).subspan(begin_[b], begin_[b + 1] - begin_[b]);
  }

 private:
  std::vector<uint32_t> begin_;  // by bucket: its first item's place in items_; then the end
  std::vector<int32_t> items_;
};

}  // namespace marsad

#endif  // MARSAD_EXTRACT_SENTENCE_BUCKETS_H_
