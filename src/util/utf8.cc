#include "util/utf8.h"

namespace marsad::utf8 {

size_t Length(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    int len;
    Decode(s, i, &len);
    i += len;
    ++n;
  }
  return n;
}

bool IsArabicLetter(char32_t cp) {
  return (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x066F) ||
         (cp >= 0x0671 && cp <= 0x06D3) || cp == 0x06D5 || (cp >= 0x06EE && cp <= 0x06EF) ||
         (cp >= 0x06FA && cp <= 0x06FC) || cp == 0x06FF || (cp >= 0x0750 && cp <= 0x077F) ||
         (cp >= 0x08A0 && cp <= 0x08C9);
}

}  // namespace marsad::utf8
