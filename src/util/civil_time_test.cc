// Tests for the proleptic Gregorian day arithmetic.
#include "util/civil_time.h"

#include <cstdio>

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(CivilTimeTest, KnownDays) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  EXPECT_EQ(DaysFromCivil({2024, 11, 30}), 20057);
  EXPECT_EQ(DaysFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(CivilFromDays(20057), (CivilDay{2024, 11, 30}));
  EXPECT_EQ(CivilFromDays(-1), (CivilDay{1969, 12, 31}));
}

TEST(CivilTimeTest, RoundTripsEveryDayOverCenturies) {
  int64_t prev = DaysFromCivil({1599, 12, 31});
  for (int y = 1600; y <= 2400; ++y)
    for (int m = 1; m <= 12; ++m)
      for (int d = 1; d <= DaysInMonth(y, m); ++d) {
        int64_t days = DaysFromCivil({y, m, d});
        ASSERT_EQ(days, prev + 1) << y << "-" << m << "-" << d;
        ASSERT_EQ(CivilFromDays(days), (CivilDay{y, m, d}));
        prev = days;
      }
}

TEST(CivilTimeTest, Weekdays) {
  EXPECT_EQ(Weekday(0), 4);                                // 1970-01-01 was a Thursday
  EXPECT_EQ(Weekday(DaysFromCivil({2024, 11, 30})), 6);    // Saturday
  EXPECT_EQ(Weekday(DaysFromCivil({2024, 11, 27})), 3);    // Wednesday
  EXPECT_EQ(Weekday(DaysFromCivil({1969, 12, 28})), 0);    // Sunday
  for (int64_t d = -1000; d < 1000; ++d) {
    ASSERT_GE(Weekday(d), 0);
    ASSERT_LE(Weekday(d), 6);
    ASSERT_EQ(Weekday(d + 1), (Weekday(d) + 1) % 7) << d;
  }
}

TEST(CivilTimeTest, LeapYearsAndValidity) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_TRUE(IsValidCivil(2024, 2, 29));
  EXPECT_FALSE(IsValidCivil(2023, 2, 29));
  EXPECT_FALSE(IsValidCivil(2024, 13, 1));
  EXPECT_FALSE(IsValidCivil(2024, 0, 1));
  EXPECT_FALSE(IsValidCivil(2024, 4, 31));
  EXPECT_FALSE(IsValidCivil(0, 1, 1));
  EXPECT_FALSE(IsValidCivil(10000, 1, 1));
}

TEST(CivilTimeTest, FloorDivisionOfMilliseconds) {
  EXPECT_EQ(DaysFromUnixMs(0), 0);
  EXPECT_EQ(DaysFromUnixMs(86399999), 0);
  EXPECT_EQ(DaysFromUnixMs(86400000), 1);
  EXPECT_EQ(DaysFromUnixMs(-1), -1);
  EXPECT_EQ(DaysFromUnixMs(-86400000), -1);
  EXPECT_EQ(DaysFromUnixMs(-86400001), -2);
}

TEST(CivilTimeTest, Formatting) {
  EXPECT_EQ(FormatDay({2024, 11, 3}), "2024-11-03");
  EXPECT_EQ(FormatMonth(2024, 1), "2024-01");
  EXPECT_EQ(FormatUnixMsUtc(1732925806000), "2024-11-30T00:16:46Z");
  EXPECT_EQ(FormatUnixMsUtc(-1000), "1969-12-31T23:59:59Z");
}

// FormatDay writes the digits itself for years 0-9999 and leaves the rest to
// printf: both ways print what "%04d-%02d-%02d" prints.
TEST(CivilTimeTest, FormatDayAgreesWithPrintfAtTheEdges) {
  const CivilDay days[] = {{0, 1, 1},   {7, 3, 9},     {999, 12, 31}, {9999, 12, 31},
                           {10000, 1, 1}, {-1, 1, 1},  {2024, 0, 0},  {2024, 99, 99}, {2024, 100, 5}};
  for (const CivilDay& d : days) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    EXPECT_EQ(FormatDay(d), buf) << buf;
  }
}

}  // namespace
}  // namespace marsad
