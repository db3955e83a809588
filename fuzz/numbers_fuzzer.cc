// libFuzzer target for the NumberReader stage: runs the whole text layer on
// arbitrary bytes and checks the number mentions' invariants.
//   - every span (and unit span) lies inside norm(), begin <= end;
//   - the token range is non-empty, inside doc.tokens, and covers the span;
//   - mentions are sorted and do not overlap; the noun follows its figure;
//   - low <= high when both are set; some figure is always set;
//   - ToOriginal() of every span lies inside original().
// Data dir: $MARSAD_DATA_DIR, else the compiled-in MARSAD_DATA_DIR.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz/fuzz_util.h"
#include "marsad/doc.h"
#include "marsad/pipeline.h"

namespace {

void CheckSpan(const marsad::Doc& doc, marsad::Span s) {
  marsad::fuzz::Check(s.begin <= s.end && s.end <= doc.norm().size());
  marsad::Span o = doc.ToOriginal(s);
  marsad::fuzz::Check(o.begin <= o.end && o.end <= doc.original().size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxInput = 64 * 1024;
  if (size > kMaxInput) size = kMaxInput;
  const marsad::Pipeline& pipeline = marsad::fuzz::TextLayer("numbers_fuzzer");
  marsad::Doc doc(std::string(reinterpret_cast<const char*>(data), size));
  if (!pipeline.Run(doc).ok()) return 0;
  uint32_t last_end = 0;
  for (const auto& n : doc.numbers) {
    CheckSpan(doc, n.span);
    marsad::fuzz::Check(!n.span.empty());
    marsad::fuzz::Check(last_end <= n.span.begin);
    last_end = n.span.end;
    marsad::fuzz::Check(!n.tokens.empty() && n.tokens.end <= doc.tokens.size());
    marsad::fuzz::Check(doc.tokens[n.tokens.begin].span.begin <= n.span.begin);
    marsad::fuzz::Check(doc.tokens[n.tokens.end - 1].span.end >= n.span.end);
    marsad::fuzz::Check(n.value.has_value() || n.low.has_value() || n.high.has_value());
    if (n.low && n.high) marsad::fuzz::Check(*n.low <= *n.high);
    if (!n.unit_span.empty()) {
      CheckSpan(doc, n.unit_span);
      marsad::fuzz::Check(n.span.end <= n.unit_span.begin);
      marsad::fuzz::Check(doc.norm(n.unit_span) == n.unit);
    }
  }
  return 0;
}
