// Whitespace words over tokens, as later stages see names: the clitic pieces
// of one word together, and for Latin script the hyphens and apostrophes that
// join letters (al-Bab, Ma'arrat, Iran's).
#ifndef MARSAD_TEXT_WORDS_H_
#define MARSAD_TEXT_WORDS_H_

#include <cstdint>
#include <string_view>

#include "marsad/doc.h"

namespace marsad {

// The end (exclusive) of the word whose first token is `i`, not past `end`.
// REQUIRES: doc.tokens[i] is a word token; i < end <= doc.tokens.size().
inline uint32_t WordEnd(const Doc& doc, uint32_t i, uint32_t end) {
  const uint32_t word = doc.tokens[i].word;
  uint32_t j = i + 1;
  while (j < end && doc.tokens[j].word == word) {
    const Token& u = doc.tokens[j];
    if (u.kind == TokenKind::kWord) {
      ++j;
      continue;
    }
    std::string_view ux = doc.TokenText(j);
    if (u.kind == TokenKind::kPunct && (ux == "-" || ux == "'" || ux == "\xE2\x80\x99") && j + 1 < end &&
        doc.tokens[j + 1].word == word && doc.tokens[j + 1].kind == TokenKind::kWord &&
        doc.tokens[j + 1].script == Script::kLatin) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

}  // namespace marsad

#endif  // MARSAD_TEXT_WORDS_H_
