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

#include "marsad/doc.h"
#include "marsad/pipeline.h"

namespace {

const marsad::Pipeline& TextLayer() {
  static const marsad::Pipeline* pipeline = [] {
    auto r = marsad::Pipeline::CreateTextLayer(marsad::DefaultDataDir());
    if (!r.ok()) {
      std::fprintf(stderr, "numbers_fuzzer: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new marsad::Pipeline(std::move(r).value());
  }();
  return *pipeline;
}

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

void CheckSpan(const marsad::Doc& doc, marsad::Span s) {
  Check(s.begin <= s.end && s.end <= doc.norm().size());
  marsad::Span o = doc.ToOriginal(s);
  Check(o.begin <= o.end && o.end <= doc.original().size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxInput = 64 * 1024;
  if (size > kMaxInput) size = kMaxInput;
  const marsad::Pipeline& pipeline = TextLayer();
  marsad::Doc doc(std::string(reinterpret_cast<const char*>(data), size));
  if (!pipeline.Run(doc).ok()) return 0;
  uint32_t last_end = 0;
  for (const auto& n : doc.numbers) {
    CheckSpan(doc, n.span);
    Check(!n.span.empty());
    Check(last_end <= n.span.begin);
    last_end = n.span.end;
    Check(!n.tokens.empty() && n.tokens.end <= doc.tokens.size());
    Check(doc.tokens[n.tokens.begin].span.begin <= n.span.begin);
    Check(doc.tokens[n.tokens.end - 1].span.end >= n.span.end);
    Check(n.value.has_value() || n.low.has_value() || n.high.has_value());
    if (n.low && n.high) Check(*n.low <= *n.high);
    if (!n.unit_span.empty()) {
      CheckSpan(doc, n.unit_span);
      Check(n.span.end <= n.unit_span.begin);
      Check(doc.norm(n.unit_span) == n.unit);
    }
  }
  return 0;
}
