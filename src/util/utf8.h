// Small UTF-8 helpers. Decoding is strict (no overlongs, surrogates or code
// points above U+10FFFF); callers decide what to do with a bad byte.
#ifndef MARSAD_UTIL_UTF8_H_
#define MARSAD_UTIL_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace marsad::utf8 {

inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point at s[i]. On success sets *len to its byte length and
// returns it; on a malformed sequence sets *len = 1 and returns kInvalid.
// REQUIRES: i < s.size()
inline char32_t Decode(std::string_view s, size_t i, int* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  size_t avail = s.size() - i;
  unsigned char c = p[0];
  *len = 1;
  if (c < 0x80) return c;
  if (c < 0xC2) return kInvalid;
  if (c < 0xE0) {
    if (avail < 2 || (p[1] & 0xC0) != 0x80) return kInvalid;
    *len = 2;
    return ((c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c < 0xF0) {
    if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return kInvalid;
    char32_t cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
    *len = 3;
    return cp;
  }
  if (c < 0xF5) {
    if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
      return kInvalid;
    char32_t cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return kInvalid;
    *len = 4;
    return cp;
  }
  return kInvalid;
}

// Number of code points in valid UTF-8: the bytes that are not continuation
// bytes. Word-length thresholds count letters with it (Arabic letters are two
// bytes, Latin ones one).
inline size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Appends the UTF-8 encoding of cp. REQUIRES: cp is a valid scalar value.
inline void Append(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Number of code points in valid UTF-8 (invalid bytes count one each).
size_t Length(std::string_view s);

// True for the letters of the Arabic script after normalisation (U+0621-U+064A,
// U+066E-U+06D3 and the extended blocks), not digits, marks or punctuation.
bool IsArabicLetter(char32_t cp);

}  // namespace marsad::utf8

#endif  // MARSAD_UTIL_UTF8_H_
