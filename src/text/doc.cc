#include "marsad/doc.h"

#include "text/normalize.h"

namespace marsad {

Doc::Doc(std::string bytes) : original_(std::move(bytes)) {
  NormalizeStats stats;
  Normalize(original_, &norm_, &norm_to_orig_, &stats);
  invalid_utf8_bytes_ = stats.invalid_utf8_bytes;
  nul_bytes_ = stats.nul_bytes;
  had_bom_ = stats.had_bom;
  if (invalid_utf8_bytes_)
    warnings.push_back("[W001] " + std::to_string(invalid_utf8_bytes_) +
                       " invalid UTF-8 byte(s) replaced by U+FFFD");
  if (nul_bytes_)
    warnings.push_back("[W002] " + std::to_string(nul_bytes_) + " NUL byte(s) read as spaces");
}

Span Doc::ToOriginal(Span s) const {
  const uint32_t n = static_cast<uint32_t>(norm_.size());
  uint32_t begin = norm_to_orig_[s.begin];
  if (s.empty()) return Span{begin, begin};
  // The end is where the next normalised character came from; when the span
  // ends inside one original character's expansion (a ligature), take the
  // whole character.
  uint32_t e = s.end;
  while (e < n && norm_to_orig_[e] == norm_to_orig_[e - 1]) ++e;
  uint32_t end = norm_to_orig_[e];
  // Dropped marks right after the span belong to it, but not the whitespace
  // or newline that follows (CR of a CRLF, for instance).
  if (e == n) {
    while (end > begin && (original_[end - 1] == '\r' || original_[end - 1] == '\n' ||
                           original_[end - 1] == ' ' || original_[end - 1] == '\t'))
      --end;
  }
  if (end < begin) end = begin;
  return Span{begin, end};
}

std::string_view Doc::OriginalText(Span norm_span) const {
  Span o = ToOriginal(norm_span);
  return std::string_view(original_).substr(o.begin, o.size());
}

}  // namespace marsad
