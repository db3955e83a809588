#include "text/json_output.h"

#include <gtest/gtest.h>

#include "tests/testutil.h"

namespace marsad {
namespace {

// A figure past the range of a 64-bit integer must print as a float, not
// overflow the integer cast (found by analyze_fuzzer; the sanitizer build
// stops on that cast, so this test fails there without the range check).
TEST(AnalyzeJsonTest, FigureBeyondInt64PrintsAsFloat) {
  Doc doc = test::Analyze("they counted 300 tents and then 2e20 grains");
  ASSERT_FALSE(doc.numbers.empty());
  doc.numbers.front().value = 1.7682e20;
  doc.numbers.front().high = -3e19;
  nlohmann::json out = AnalyzeJson(doc);
  const auto& first = out["numbers"][0];
  EXPECT_TRUE(first["value"].is_number_float());
  EXPECT_DOUBLE_EQ(first["value"].get<double>(), 1.7682e20);
  EXPECT_TRUE(first["high"].is_number_float());
}

TEST(AnalyzeJsonTest, WholeFigurePrintsAsInteger) {
  Doc doc = test::Analyze("they counted 300 tents");
  ASSERT_FALSE(doc.numbers.empty());
  nlohmann::json out = AnalyzeJson(doc);
  EXPECT_TRUE(out["numbers"][0]["value"].is_number_integer());
  EXPECT_EQ(out["numbers"][0]["value"].get<int64_t>(), 300);
}

}  // namespace
}  // namespace marsad
