// KeyFilter: a one-probe Bloom filter over lexicon keys, keyed by a digest of
// a key's length, first four and last two bytes. Most words of running text
// fail the probe and are never hashed in full. No false negatives.
#ifndef MARSAD_UTIL_KEY_FILTER_H_
#define MARSAD_UTIL_KEY_FILTER_H_

#include <bitset>
#include <cstdint>
#include <string_view>

namespace marsad {

class KeyFilter {
 public:
  void Add(std::string_view key) { bits_[Digest(key)] = true; }
  bool MayContain(std::string_view key) const { return bits_[Digest(key)]; }

 private:
  static constexpr uint32_t kBits = 1u << 17;
  static uint32_t Digest(std::string_view s) {
    const size_t n = s.size();
    uint32_t h = static_cast<uint32_t>(n) * 0x9E3779B1u;
    for (size_t i = 0; i < n && i < 4; ++i) h = (h ^ static_cast<uint8_t>(s[i])) * 0x01000193u;
    if (n > 4) {
      h = (h ^ static_cast<uint8_t>(s[n - 1])) * 0x01000193u;
      h = (h ^ static_cast<uint8_t>(s[n - 2])) * 0x01000193u;
    }
    return (h ^ (h >> 15)) & (kBits - 1);
  }
  std::bitset<kBits> bits_;
};

}  // namespace marsad

#endif  // MARSAD_UTIL_KEY_FILTER_H_
