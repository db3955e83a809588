// StringSet: an insert-only set of byte strings with allocation-free lookup by
// std::string_view. Open addressing over a power-of-two table; the strings
// live in one arena. Each string has an index, its insertion order, so the set
// also serves as the key side of a map (values in a vector by index).
// Lookups are thread-safe once insertion has stopped.
#ifndef MARSAD_UTIL_STRING_SET_H_
#define MARSAD_UTIL_STRING_SET_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace marsad {

inline uint64_t HashBytes(std::string_view s) {
  // FNV-1a over 8-byte words, then a final mix: fast for the short keys of
  // lexicons (Arabic words are 6-20 bytes). The bytes after the last whole
  // word are read as overlapping fixed-size loads, not by a memcpy of
  // variable length (a library call, once the biggest cost of a lookup).
  uint64_t h = 0xcbf29ce484222325ULL ^ s.size();
  const char* p = s.data();
  size_t n = s.size();
  const bool long_key = n >= 8;
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0x100000001b3ULL;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t w = 0;
  if (n > 0 && long_key) {
    std::memcpy(&w, p + n - 8, 8);  // the last 8 bytes of the key
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    w = a | static_cast<uint64_t>(b) << 32;
  } else if (n > 0) {
    w = static_cast<uint8_t>(p[0]) | static_cast<uint64_t>(static_cast<uint8_t>(p[n / 2])) << 8 |
        static_cast<uint64_t>(static_cast<uint8_t>(p[n - 1])) << 16;
  }
  h = (h ^ w) * 0x100000001b3ULL;
  h ^= h >> 32;
  h *= 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 29);
}

// Equality of two byte strings of the same length `n`, in 8-byte words with
// the last word overlapping the one before it. A found key is compared in
// full, and lookups at every word of running text mostly find short keys
// (6-30 bytes): the call to memcmp cost more than the comparison.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 < n; i += 8) {
      uint64_t x, y;
      std::memcpy(&x, a + i, 8);
      std::memcpy(&y, b + i, 8);
      if (x != y) return false;
    }
    uint64_t x, y;
    std::memcpy(&x, a + n - 8, 8);
    std::memcpy(&y, b + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    uint32_t x0, y0, x1, y1;
    std::memcpy(&x0, a, 4);
    std::memcpy(&y0, b, 4);
    std::memcpy(&x1, a + n - 4, 4);
    std::memcpy(&y1, b + n - 4, 4);
    return x0 == y0 && x1 == y1;
  }
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// A map keyed by strings that is searched by string_view without building a
// std::string for each lookup (heterogeneous lookup).
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return HashBytes(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;

class StringSet {
 public:
  StringSet() : slots_(16) {}

  // Returns false if `s` was already present.
  bool Insert(std::string_view s) { return FindOrInsert(s).second; }

  // The index of `s`, added first if absent (second: whether it was). One
  // hash and one probe: with no removals, the empty slot that ends the probe
  // for an absent string is where it goes.
  std::pair<size_t, bool> FindOrInsert(std::string_view s) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = HashBytes(s) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (!slot.data) {
        const std::string& kept = arena_.emplace_back(s);
        slot = Slot{kept.data(), static_cast<uint32_t>(kept.size()), static_cast<uint32_t>(size_)};
        return {size_++, true};
      }
      if (slot.size == s.size() && SameBytes(slot.data, s.data(), s.size())) return {slot.index, false};
    }
  }

  bool Contains(std::string_view s) const { return Find(s) != kNone; }

  // The index of `s` (0 for the first string inserted, 1 for the next...), or
  // kNone.
  static constexpr size_t kNone = SIZE_MAX;
  size_t Find(std::string_view s) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = HashBytes(s) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (!slot.data) return kNone;
      if (slot.size == s.size() && SameBytes(slot.data, s.data(), s.size())) return slot.index;
    }
  }

  size_t size() const { return size_; }
  // The string of index `index` (< size()).
  std::string_view at(size_t index) const { return arena_[index]; }

 private:
  struct Slot {
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t index = 0;
  };
  void Place(const std::string& s, uint32_t index) {
    const size_t mask = slots_.size() - 1;
    size_t i = HashBytes(s) & mask;
    while (slots_[i].data) i = (i + 1) & mask;
    slots_[i] = Slot{s.data(), static_cast<uint32_t>(s.size()), index};
  }
  void Grow() {
    slots_.assign(slots_.size() * 2, Slot{});
    uint32_t index = 0;
    for (const auto& s : arena_) Place(s, index++);
  }

  std::vector<Slot> slots_;
  std::deque<std::string> arena_;  // deque: stable addresses as it grows
  size_t size_ = 0;
};

// A map from byte strings to values on a StringSet: values by the key's index
// in a vector. A lookup is the set's probe of one array and no node or bucket
// chase, for lexicons asked at every word or many times per event.
template <typename V>
class FlatStringMap {
 public:
  // Adds `key` → `value`; false (and nothing changed) if `key` is present.
  bool Insert(std::string_view key, V value) {
    if (!keys_.Insert(key)) return false;
    values_.push_back(std::move(value));
    return true;
  }
  // Adds `key` → `value`, or replaces the value `key` has.
  void Set(std::string_view key, V value) {
    if (V* v = Find(key)) *v = std::move(value);
    else Insert(key, std::move(value));
  }
  // The value of `key`, or null.
  const V* Find(std::string_view key) const {
    const size_t i = keys_.Find(key);
    return i == StringSet::kNone ? nullptr : &values_[i];
  }
  V* Find(std::string_view key) {
    const size_t i = keys_.Find(key);
    return i == StringSet::kNone ? nullptr : &values_[i];
  }
  bool empty() const { return keys_.size() == 0; }
  size_t size() const { return keys_.size(); }
  // The key and value of index `index` (< size(), in insertion order).
  std::string_view key(size_t index) const { return keys_.at(index); }
  const V& value(size_t index) const { return values_[index]; }

 private:
  StringSet keys_;
  std::vector<V> values_;  // by the key's index in keys_
};

}  // namespace marsad

#endif  // MARSAD_UTIL_STRING_SET_H_
