// Fuzz target for the normaliser (src/text/normalize.h, marsad::Doc).
//
// Oracles, each a __builtin_trap() when broken:
//   - norm() is a fixed point: Doc(norm).norm() == norm, and
//     NormalizeKey(NormalizeKey(x)) == NormalizeKey(x);
//   - norm() is valid UTF-8 (bad input bytes became U+FFFD);
//   - the offset map has norm().size() + 1 entries, never decreases, ends at
//     original().size(), and ToOriginal() of any span lies inside original().
// Inputs above 64 KiB are skipped: the map checks are quadratic-free but the
// fixed-point check doubles the work, and nothing new hides in longer text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/doc.h"
#include "text/normalize.h"
#include "util/utf8.h"

namespace {

constexpr size_t kMaxInput = 64 * 1024;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int len;
    if (marsad::utf8::Decode(s, i, &len) == marsad::utf8::kInvalid) return false;
    i += len;
  }
  return true;
}

void CheckSpan(const marsad::Doc& doc, marsad::Span s) {
  marsad::Span o = doc.ToOriginal(s);
  Check(o.begin <= o.end && o.end <= doc.original().size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  marsad::Doc doc(input);
  const std::string& norm = doc.norm();
  const uint32_t n = static_cast<uint32_t>(norm.size());

  Check(doc.original() == input);
  Check(IsValidUtf8(norm));
  Check(doc.invalid_utf8_bytes() <= size && doc.nul_bytes() <= size);

  marsad::Doc again(norm);
  Check(again.norm() == norm);
  std::string key = marsad::NormalizeKey(input);
  Check(marsad::NormalizeKey(key) == key);

  // The same map through the free function, with its size contract.
  std::string out;
  std::vector<uint32_t> map;
  marsad::NormalizeStats stats;
  marsad::Normalize(input, &out, &map, &stats);
  Check(out == norm);
  Check(map.size() == out.size() + 1);
  Check(map.back() == input.size());
  for (size_t i = 1; i < map.size(); ++i) Check(map[i - 1] <= map[i]);

  Check(doc.OriginalOffset(n) == doc.original().size());
  for (uint32_t i = 0; i < n; ++i) {
    Check(doc.OriginalOffset(i) <= doc.OriginalOffset(i + 1));
    CheckSpan(doc, marsad::Span{i, i});
    CheckSpan(doc, marsad::Span{i, i + 1});
  }
  CheckSpan(doc, marsad::Span{0, n});
  CheckSpan(doc, marsad::Span{n, n});
  // A few spans of every length, drawn from the input bytes themselves.
  for (size_t k = 0; k + 1 < size && k < 64; k += 2) {
    uint32_t a = n ? data[k] * 257u % (n + 1) : 0;
    uint32_t b = n ? data[k + 1] * 263u % (n + 1) : 0;
    if (a > b) std::swap(a, b);
    CheckSpan(doc, marsad::Span{a, b});
  }
  return 0;
}
