// StartsWith / EndsWith for byte strings. The text stages ask them of every
// word with a prefix or suffix of a letter or two (ال، و، ه): compared byte
// by byte, which for such lengths costs less than the call to memcmp that
// std::string_view::compare makes.
#ifndef MARSAD_UTIL_AFFIX_H_
#define MARSAD_UTIL_AFFIX_H_

#include <cstddef>
#include <string_view>

namespace marsad {

inline bool StartsWith(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (s[i] != prefix[i]) return false;
  return true;
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const size_t at = s.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i)
    if (s[at + i] != suffix[i]) return false;
  return true;
}

}  // namespace marsad

#endif  // MARSAD_UTIL_AFFIX_H_
