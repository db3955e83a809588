// Fuzz target for the DateReader (src/text/dates.cc) inside the text layer.
//
// Input: if the first byte is '@', the bytes up to the first newline are an
// ISO 8601 reference time (ParseIsoTime; ignored when malformed) and the rest
// is the text; otherwise the whole input is the text and the reference comes
// from the text itself (an X status URL, a "date" header) or is absent.
// Capped at 64 KiB. The pipeline is built once from marsad::DefaultDataDir().
//
// Oracles, each a __builtin_trap() when broken:
//   - Pipeline::Run returns OK;
//   - every date span lies inside norm(), its token range inside doc.tokens,
//     and dates are sorted and do not overlap;
//   - a resolved date has a value that is a valid ISO date of its stated
//     precision (YYYY / YYYY-MM / YYYY-MM-DD / ...THH:MM[Z] / ...THH:MM:SS[Z]),
//     an unresolved one has basis none and empty value and end;
//   - `end`, when set, is a valid YYYY-MM-DD not before the value's first day;
//   - part_of_day is empty or one of the documented names.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <optional>
#include <string_view>

#include "fuzz/fuzz_util.h"
#include "marsad/doc.h"
#include "marsad/pipeline.h"
#include "text/reference_time.h"
#include "util/civil_time.h"

namespace {

constexpr size_t kMaxInput = 64 * 1024;

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

// Parses an ISO value of precision `p`; fills the first day it covers.
bool ValidIso(std::string_view v, marsad::DatePrecision p, marsad::CivilDay* first) {
  using marsad::DatePrecision;
  int y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0;
  if (!Digits(v, 0, 4, &y) || y < 1) return false;
  if (p == DatePrecision::kYear) {
    *first = {y, 1, 1};
    return v.size() == 4;
  }
  if (v.size() < 7 || v[4] != '-' || !Digits(v, 5, 2, &mo) || mo < 1 || mo > 12) return false;
  if (p == DatePrecision::kMonth) {
    *first = {y, mo, 1};
    return v.size() == 7;
  }
  if (v.size() < 10 || v[7] != '-' || !Digits(v, 8, 2, &d) || !marsad::IsValidCivil(y, mo, d)) return false;
  *first = {y, mo, d};
  if (p == DatePrecision::kDay || p == DatePrecision::kWeek) return v.size() == 10;
  std::string_view rest = v.substr(10);
  if (!rest.empty() && rest.back() == 'Z') rest.remove_suffix(1);
  if (rest.size() < 3 || rest[0] != 'T' || !Digits(rest, 1, 2, &h) || h > 23) return false;
  if (p == DatePrecision::kHour) return rest.size() == 3;
  if (rest.size() < 6 || rest[3] != ':' || !Digits(rest, 4, 2, &mi) || mi > 59) return false;
  if (p == DatePrecision::kMinute) return rest.size() == 6;
  return rest.size() == 9 && rest[6] == ':' && Digits(rest, 7, 2, &s) && s <= 60;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::optional<marsad::ReferenceTime> given;
  if (!in.empty() && in[0] == '@') {
    size_t nl = in.find('\n');
    given = marsad::ParseIsoTime(in.substr(1, nl == std::string_view::npos ? std::string_view::npos : nl - 1));
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  }
  marsad::Doc doc{std::string(in)};
  doc.given_time = given;
  marsad::fuzz::Check(marsad::fuzz::TextLayer("dates_fuzzer").Run(doc).ok());
  const size_t n = doc.norm().size();
  uint32_t prev_end = 0;
  for (const auto& d : doc.dates) {
    marsad::fuzz::Check(d.span.begin < d.span.end && d.span.end <= n);
    marsad::fuzz::Check(d.span.begin >= prev_end);
    prev_end = d.span.end;
    marsad::fuzz::Check(d.tokens.begin < d.tokens.end && d.tokens.end <= doc.tokens.size());
    marsad::fuzz::Check(doc.SpanOf(d.tokens).Contains(d.span));
    if (d.resolved) {
      marsad::fuzz::Check(d.basis != marsad::DateBasis::kNone);
      marsad::CivilDay first;
      marsad::fuzz::Check(ValidIso(d.value, d.precision, &first));
      if (!d.end.empty()) {
        marsad::CivilDay last;
        marsad::fuzz::Check(ValidIso(d.end, marsad::DatePrecision::kDay, &last));
        marsad::fuzz::Check(marsad::DaysFromCivil(last) >= marsad::DaysFromCivil(first));
      }
    } else {
      marsad::fuzz::Check(d.basis == marsad::DateBasis::kNone && d.value.empty() && d.end.empty());
    }
    const std::string& p = d.part_of_day;
    marsad::fuzz::Check(p.empty() || p == "dawn" || p == "morning" || p == "noon" || p == "afternoon" || p == "evening" ||
          p == "night");
  }
  return 0;
}
