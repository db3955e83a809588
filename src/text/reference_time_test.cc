// Tests for the ReferenceTimeReader stage and its parsers.
#include "text/reference_time.h"

#include <gtest/gtest.h>

#include "marsad/doc.h"
#include "tests/testutil.h"
#include "util/civil_time.h"

namespace marsad {
namespace {

TEST(XStatusTimeMsTest, DecodesSnowflake) {
  auto ms = XStatusTimeMs("https://x.com/i/web/status/1862651953437643168");
  ASSERT_TRUE(ms.has_value());
  EXPECT_EQ(FormatUnixMsUtc(*ms), "2024-11-30T00:16:46Z");
  EXPECT_EQ(*ms, (1862651953437643168LL >> 22) + 1288834974657LL);
  auto ms2 = XStatusTimeMs("https://twitter.com/someone/statuses/1862651953437643168?s=20");
  ASSERT_TRUE(ms2.has_value());
  EXPECT_EQ(*ms2, *ms);
}

TEST(XStatusTimeMsTest, RejectsNonSnowflakes) {
  EXPECT_FALSE(XStatusTimeMs("https://x.com/i/web/status/").has_value());
  EXPECT_FALSE(XStatusTimeMs("https://x.com/i/web/status/12345").has_value());  // pre-snowflake id
  EXPECT_FALSE(XStatusTimeMs("https://example.com/news/1862651953437643168").has_value());
  EXPECT_FALSE(XStatusTimeMs("https://x.com/status/99999999999999999999999").has_value());  // overflow
}

TEST(ParseIsoTimeTest, PrecisionFollowsText) {
  struct Case {
    const char* text;
    DatePrecision precision;
    const char* utc;
  } cases[] = {
      {"2024", DatePrecision::kYear, "2024-01-01T00:00:00Z"},
      {"2024-11", DatePrecision::kMonth, "2024-11-01T00:00:00Z"},
      {"2024-11-30", DatePrecision::kDay, "2024-11-30T00:00:00Z"},
      {"2024-11-30T00:16", DatePrecision::kMinute, "2024-11-30T00:16:00Z"},
      {"2024-11-30T00:16:46Z", DatePrecision::kSecond, "2024-11-30T00:16:46Z"},
      {"2024-11-30 00:16:46.250Z", DatePrecision::kSecond, "2024-11-30T00:16:46Z"},
      {"2024-11-30T03:16:46+03:00", DatePrecision::kSecond, "2024-11-30T00:16:46Z"},
      {"2024-11-29T21:16:46-0300", DatePrecision::kSecond, "2024-11-30T00:16:46Z"},
  };
  for (const auto& c : cases) {
    auto t = ParseIsoTime(c.text);
    ASSERT_TRUE(t.has_value()) << c.text;
    EXPECT_EQ(t->precision, c.precision) << c.text;
    EXPECT_EQ(t->basis, ReferenceTime::Basis::kGiven);
    EXPECT_EQ(FormatUnixMsUtc(t->unix_ms), c.utc) << c.text;
  }
}

TEST(ParseIsoTimeTest, RejectsMalformed) {
  for (const char* bad : {"", "24", "2024-13", "2024-02-30", "2024-11-30T25:00", "2024-11-30T10:61",
                          "2024-11-30x", "2024/11/30", "2024-11-30T10", "0000-01-01", "abcd"}) {
    EXPECT_FALSE(ParseIsoTime(bad).has_value()) << bad;
  }
}

TEST(ReferenceTimeReaderTest, SourcesInOrder) {
  // Given time wins over a URL in the text.
  {
    Doc doc("date 2024-10\nنص قصير.\nhttps://x.com/i/web/status/1862651953437643168");
    doc.given_time = ParseIsoTime("2023-01-02");
    ASSERT_TRUE(test::TextLayer().Run(doc).ok());
    ASSERT_TRUE(doc.reference_time.has_value());
    EXPECT_EQ(doc.reference_time->basis, ReferenceTime::Basis::kGiven);
    EXPECT_EQ(FormatUnixMsUtc(doc.reference_time->unix_ms), "2023-01-02T00:00:00Z");
  }
  // A trailing status URL wins over the header.
  {
    Doc doc = test::Analyze("date 2024-10\nنص قصير.\nhttps://x.com/i/web/status/1862651953437643168");
    ASSERT_TRUE(doc.reference_time.has_value());
    EXPECT_EQ(doc.reference_time->basis, ReferenceTime::Basis::kXStatusId);
    EXPECT_EQ(doc.reference_time->precision, DatePrecision::kSecond);
    EXPECT_EQ(FormatUnixMsUtc(doc.reference_time->unix_ms), "2024-11-30T00:16:46Z");
    EXPECT_FALSE(doc.reference_time->source.empty());
  }
  // A given URL (not in the text).
  {
    Doc doc("نص قصير.");
    doc.given_url = "https://x.com/i/web/status/1862651953437643168";
    ASSERT_TRUE(test::TextLayer().Run(doc).ok());
    ASSERT_TRUE(doc.reference_time.has_value());
    EXPECT_EQ(doc.reference_time->basis, ReferenceTime::Basis::kXStatusId);
    EXPECT_TRUE(doc.reference_time->source.empty());
  }
  // Header only: month precision.
  {
    Doc doc = test::Analyze("date 2024-11\nنص قصير.");
    ASSERT_TRUE(doc.reference_time.has_value());
    EXPECT_EQ(doc.reference_time->basis, ReferenceTime::Basis::kHeader);
    EXPECT_EQ(doc.reference_time->precision, DatePrecision::kMonth);
    EXPECT_EQ(FormatUnixMsUtc(doc.reference_time->unix_ms), "2024-11-01T00:00:00Z");
  }
  // Header with a day.
  {
    Doc doc = test::Analyze("date: 2024-11-27\nنص قصير.");
    ASSERT_TRUE(doc.reference_time.has_value());
    EXPECT_EQ(doc.reference_time->precision, DatePrecision::kDay);
    EXPECT_EQ(FormatUnixMsUtc(doc.reference_time->unix_ms), "2024-11-27T00:00:00Z");
  }
}

TEST(ReferenceTimeReaderTest, NoneWarns) {
  Doc doc = test::Analyze("نص بلا تاريخ.");
  EXPECT_FALSE(doc.reference_time.has_value());
  bool warned = false;
  for (const auto& w : doc.warnings) warned |= w.find("[W011]") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST(ReferenceTimeReaderTest, BadHeaderDateWarnsAndIsSkipped) {
  Doc doc = test::Analyze("date 2024-13\nنص.");
  EXPECT_FALSE(doc.reference_time.has_value());
  bool warned = false;
  for (const auto& w : doc.warnings) warned |= w.find("[W010]") != std::string::npos;
  EXPECT_TRUE(warned);
}

}  // namespace
}  // namespace marsad
