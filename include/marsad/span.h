// Span: a half-open byte range [begin, end) into one text of a Doc.
//
// Which text depends on where the span lives: annotations inside a Doc are in
// bytes of Doc::norm(); Doc::ToOriginal() turns them into bytes of
// Doc::original(), which is what every output carries.
#ifndef MARSAD_SPAN_H_
#define MARSAD_SPAN_H_

#include <cstdint>

namespace marsad {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;  // begin <= end
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// A half-open range of token indices [begin, end).
struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const TokenRange&, const TokenRange&) = default;
};

}  // namespace marsad

#endif  // MARSAD_SPAN_H_
