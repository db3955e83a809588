// StringHash64: FNV-1a over the bytes, then fmix64, so that both the low bits
// (the slot of an open-addressing table) and the high bits (a tag kept in the
// slot to skip most full-key compares) are well mixed. Stable across runs and
// platforms; not for untrusted keys an attacker chooses.
#ifndef MARSAD_UTIL_STRING_HASH_H_
#define MARSAD_UTIL_STRING_HASH_H_

#include <cstdint>
#include <string_view>

namespace marsad {

inline uint64_t StringHash64(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

}  // namespace marsad

#endif  // MARSAD_UTIL_STRING_HASH_H_
