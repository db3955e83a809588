// Tests for Label: a closed-vocabulary string compared against literals.
#include "marsad/label.h"

#include <string>
#include <string_view>
#include <unordered_map>

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(LabelTest, EqualsLiteralOnlyWhenSameBytesAndLength) {
  Label type = "casualty";
  EXPECT_TRUE(type == "casualty");
  EXPECT_FALSE(type == "casualties");  // longer literal with the label as its prefix
  EXPECT_FALSE(type == "casual");      // shorter literal that is the label's prefix
  EXPECT_FALSE(type == "casualtY");    // same length, last byte differs
  EXPECT_FALSE(type == "");
  EXPECT_TRUE(type != "battle");
  EXPECT_FALSE(type != "casualty");
  EXPECT_TRUE("casualty" == type);     // the reversed form reads the same
}

TEST(LabelTest, EmptyLabelEqualsOnlyTheEmptyLiteral) {
  Label empty;
  EXPECT_TRUE(empty == "");
  EXPECT_FALSE(empty == "in");
  EXPECT_TRUE(empty.empty());
}

TEST(LabelTest, ComparesMultibyteLiteralsByBytes) {
  Label cue = "\xD9\x85\xD8\xAD\xD8\xA7\xD9\x81\xD8\xB8\xD8\xA9";  // محافظة
  EXPECT_TRUE(cue == "\xD9\x85\xD8\xAD\xD8\xA7\xD9\x81\xD8\xB8\xD8\xA9");
  EXPECT_FALSE(cue == "\xD9\x85\xD8\xAD\xD8\xA7\xD9\x81\xD8\xB8");  // محافظ: one letter short
}

TEST(LabelTest, BehavesAsAStringElsewhere) {
  Label status = "reported";
  std::string other = "claimed";
  status = other;  // assigned from a std::string
  EXPECT_EQ(status, "claimed");
  EXPECT_TRUE(status == other);
  EXPECT_TRUE(status == std::string_view("claimed"));
  status = "hedged";
  EXPECT_EQ(status.size(), 6u);
  const std::string& as_string = status;  // passed where a std::string is wanted
  EXPECT_EQ(as_string, "hedged");
  std::unordered_map<std::string, int> counts;
  ++counts[status];
  EXPECT_EQ(counts["hedged"], 1);
  Label copy = status;
  EXPECT_TRUE(copy == "hedged");
  Label from_std = std::string("near");
  EXPECT_TRUE(from_std == "near");
}

}  // namespace
}  // namespace marsad
