#include "text/reference_time.h"

#include <charconv>

#include "util/civil_time.h"

namespace marsad {

std::optional<int64_t> XStatusTimeMs(std::string_view url) {
  for (std::string_view key : {"/status/", "/statuses/"}) {
    size_t pos = url.find(key);
    if (pos == std::string_view::npos) continue;
    std::string_view digits = url.substr(pos + key.size());
    size_t n = 0;
    while (n < digits.size() && digits[n] >= '0' && digits[n] <= '9') ++n;
    uint64_t id = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + n, id);
    if (n == 0 || ec != std::errc()) return std::nullopt;
    // Snowflake ids start in late 2010; smaller ids carry no timestamp.
    if (id < (uint64_t{1} << 32)) return std::nullopt;
    return static_cast<int64_t>(id >> 22) + 1288834974657LL;
  }
  return std::nullopt;
}

std::optional<ReferenceTime> ParseIsoTime(std::string_view t) {
  auto num = [&](size_t pos, size_t len, int* out) {
    if (pos + len > t.size()) return false;
    for (size_t i = pos; i < pos + len; ++i)
      if (t[i] < '0' || t[i] > '9') return false;
    std::from_chars(t.data() + pos, t.data() + pos + len, *out);
    return true;
  };
  int y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0;
  DatePrecision p = DatePrecision::kYear;
  size_t pos = 4;
  if (!num(0, 4, &y)) return std::nullopt;
  if (pos < t.size() && t[pos] == '-') {
    if (!num(pos + 1, 2, &mo)) return std::nullopt;
    p = DatePrecision::kMonth;
    pos += 3;
    if (pos < t.size() && t[pos] == '-') {
      if (!num(pos + 1, 2, &d)) return std::nullopt;
      p = DatePrecision::kDay;
      pos += 3;
      if (pos < t.size() && (t[pos] == 'T' || t[pos] == ' ')) {
        if (!num(pos + 1, 2, &h) || pos + 3 >= t.size() || t[pos + 3] != ':' || !num(pos + 4, 2, &mi))
          return std::nullopt;
        p = DatePrecision::kMinute;
        pos += 6;
        if (pos < t.size() && t[pos] == ':') {
          if (!num(pos + 1, 2, &s)) return std::nullopt;
          p = DatePrecision::kSecond;
          pos += 3;
          if (pos < t.size() && t[pos] == '.') {  // fractions are dropped
            ++pos;
            while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') ++pos;
          }
        }
      }
    }
  }
  int offset_min = 0;
  if (pos < t.size() && p <= DatePrecision::kMinute) {
    if (t[pos] == 'Z' || t[pos] == 'z') {
      ++pos;
    } else if (t[pos] == '+' || t[pos] == '-') {
      int oh = 0, om = 0;
      if (!num(pos + 1, 2, &oh)) return std::nullopt;
      size_t mpos = pos + 3;
      if (mpos < t.size() && t[mpos] == ':') ++mpos;
      if (!num(mpos, 2, &om)) return std::nullopt;
      offset_min = (t[pos] == '-' ? -1 : 1) * (oh * 60 + om);
      pos = mpos + 2;
    }
  }
  if (pos != t.size() || !IsValidCivil(y, mo, d) || h > 23 || mi > 59 || s > 60) return std::nullopt;
  int64_t ms = DaysFromCivil(CivilDay{y, mo, d}) * 86400000 +
               (static_cast<int64_t>(h) * 3600 + mi * 60 + s - offset_min * 60) * 1000;
  return ReferenceTime{ms, p, ReferenceTime::Basis::kGiven, Span{}};
}

std::string FormatReferenceTime(const ReferenceTime& r) {
  CivilDay d = CivilFromDays(DaysFromUnixMs(r.unix_ms));
  switch (r.precision) {
    case DatePrecision::kYear: return std::to_string(d.year);
    case DatePrecision::kMonth: return FormatMonth(d.year, d.month);
    case DatePrecision::kDay:
    case DatePrecision::kWeek: return FormatDay(d);
    default: return FormatUnixMsUtc(r.unix_ms);
  }
}

Status ReferenceTimeReader::Run(Doc& doc) const {
  doc.reference_time.reset();
  if (doc.given_time) {
    doc.reference_time = doc.given_time;
    return Status::OK();
  }
  if (auto ms = XStatusTimeMs(doc.given_url)) {
    doc.reference_time = ReferenceTime{*ms, DatePrecision::kSecond, ReferenceTime::Basis::kXStatusId, Span{}};
    return Status::OK();
  }
  for (const auto& m : doc.metadata) {
    if (m.kind != Metadata::Kind::kSourceUrl) continue;
    if (auto ms = XStatusTimeMs(m.value)) {
      doc.reference_time = ReferenceTime{*ms, DatePrecision::kSecond, ReferenceTime::Basis::kXStatusId, m.span};
      return Status::OK();
    }
  }
  for (const auto& m : doc.metadata) {
    if (m.kind != Metadata::Kind::kHeaderDate) continue;
    int y = 0, mo = 1, d = 1;
    DatePrecision p = DatePrecision::kYear;
    std::string_view v = m.value;
    std::from_chars(v.data(), v.data() + 4, y);
    if (v.size() >= 7) { std::from_chars(v.data() + 5, v.data() + 7, mo); p = DatePrecision::kMonth; }
    if (v.size() >= 10) { std::from_chars(v.data() + 8, v.data() + 10, d); p = DatePrecision::kDay; }
    if (!IsValidCivil(y, mo, d)) {
      doc.warnings.push_back("[W010] header date '" + m.value + "' is not a calendar date");
      continue;
    }
    doc.reference_time = ReferenceTime{DaysFromCivil(CivilDay{y, mo, d}) * 86400000, p,
                                       ReferenceTime::Basis::kHeader, m.span};
    return Status::OK();
  }
  doc.warnings.push_back("[W011] no publication date: relative dates left unresolved");
  return Status::OK();
}

}  // namespace marsad
