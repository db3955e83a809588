// Normalisation: the match key beside the original text.
//
// One table, built once from ICU data and marsad's Arabic folding rules,
// decides for every code point whether it is kept, dropped or replaced
// (doc/normalization.md lists each rule). Normalise() is linear in the input,
// allocation-free beyond its outputs, and thread-safe.
#ifndef MARSAD_TEXT_NORMALIZE_H_
#define MARSAD_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

struct NormalizeStats {
  uint32_t invalid_utf8_bytes = 0;  // each became U+FFFD
  uint32_t nul_bytes = 0;           // each became a space
  bool had_bom = false;
};

// Appends the normalised form of `in` to *out. If `map` is non-null, appends
// for every output byte the offset in `in` of the character it came from,
// then one final entry in.size() (so map->size() == out->size() + 1 when both
// start empty).
void Normalize(std::string_view in, std::string* out, std::vector<uint32_t>* map,
               NormalizeStats* stats);

// The normalised form of a lexicon entry or query string. Also trims and
// collapses runs of whitespace to one space, so "أبو  الضهور" == "ابو الضهور".
std::string NormalizeKey(std::string_view in);

}  // namespace marsad

#endif  // MARSAD_TEXT_NORMALIZE_H_
