// What PlaceKey (geo/gazetteer.h, place_key.cc) does word by word: for the
// recognizer, which builds the key of every window of words a name may
// start, and already holds each word's own key.
#ifndef MARSAD_GEO_PLACE_KEY_H_
#define MARSAD_GEO_PLACE_KEY_H_

#include <string_view>

namespace marsad {

// Is PlaceKey of a text made of words like `s`, joined by spaces, the join
// of the words' own PlaceKeys (one space between, empty keys left out)?
// True when `s` is Arabic letters (U+0600–U+06FF) and spaces only: every
// fold of an Arabic word stays inside the word, while a Latin article is
// dropped by its place among the words (Tall at Tamr), and a hyphen,
// apostrophe or dot joins or splits parts across them.
inline bool PlaceKeyIsPerWord(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x80) {
      if (c != ' ') return false;
    } else if (c >= 0xC0 && (c < 0xD8 || c > 0xDB)) {
      return false;  // a lead byte outside U+0600–U+06FF
    }
  }
  return true;
}

}  // namespace marsad

#endif  // MARSAD_GEO_PLACE_KEY_H_
