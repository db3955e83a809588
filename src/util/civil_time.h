// Proleptic Gregorian calendar arithmetic on whole days (no time zones: all
// marsad dates are UTC calendar days). Algorithms after H. Hinnant's
// "chrono-compatible low-level date algorithms".
#ifndef MARSAD_UTIL_CIVIL_TIME_H_
#define MARSAD_UTIL_CIVIL_TIME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace marsad {

struct CivilDay {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
  friend bool operator==(const CivilDay&, const CivilDay&) = default;
};

// Days since 1970-01-01.
int64_t DaysFromCivil(const CivilDay& d);
CivilDay CivilFromDays(int64_t days);
// 0 = Sunday ... 6 = Saturday.
int Weekday(int64_t days);
bool IsValidCivil(int year, int month, int day);
int DaysInMonth(int year, int month);
// Floor division of milliseconds since the epoch to days.
int64_t DaysFromUnixMs(int64_t ms);
// "2024-11-27"; "2024-11" with month_only; "2024" with year_only.
std::string FormatDay(const CivilDay& d);
// The day an ISO string starts with: YYYY-MM-DD, or the first day of YYYY-MM
// or YYYY; nullopt when malformed or not a valid day.
std::optional<CivilDay> ParseIsoDay(std::string_view s);
std::string FormatMonth(int year, int month);
// "2024-11-30T00:16:46Z"
std::string FormatUnixMsUtc(int64_t ms);

}  // namespace marsad

#endif  // MARSAD_UTIL_CIVIL_TIME_H_
