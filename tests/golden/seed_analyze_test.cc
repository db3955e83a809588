// Golden test: `marsad analyze` on the seed document, run as a user runs it
// (the binary, the seed file), checking every number, date and quote of the
// seed to its exact value, and that every span is evidence: the bytes at
// [begin, end) of the input are the reported text.
#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "tests/testutil.h"

namespace marsad {
namespace {

using nlohmann::json;

json RunAnalyze(const std::string& path) {
  std::string cmd = std::string(MARSAD_BINARY) + " analyze '" + path + "'";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  EXPECT_EQ(pclose(p), 0);
  return json::parse(out);
}

void ExpectEvidence(const std::string& input, const json& item) {
  ASSERT_TRUE(item.contains("span")) << item.dump();
  size_t b = item["span"][0], e = item["span"][1];
  ASSERT_LE(b, e);
  ASSERT_LE(e, input.size());
  EXPECT_EQ(input.substr(b, e - b), item["text"].get<std::string>()) << item.dump();
}

class SeedAnalyze : public ::testing::Test {
 protected:
  void SetUp() override {
    auto seed = test::ReadSeed();
    if (!seed) GTEST_SKIP() << "seed not found at " << test::SeedPath() << ": golden test skipped";
    input_ = *seed;
    out_ = RunAnalyze(test::SeedPath());
  }
  std::string input_;
  json out_;
};

TEST_F(SeedAnalyze, ReferenceTimeFromTheStatusUrl) {
  EXPECT_EQ(out_["lang"], "ar");
  EXPECT_EQ(out_["reference_time"]["value"], "2024-11-30T00:16:46Z");
  EXPECT_EQ(out_["reference_time"]["basis"], "x_status_id");
  EXPECT_EQ(out_["reference_time"]["precision"], "second");
  ASSERT_EQ(out_["metadata"].size(), 2u);
  EXPECT_EQ(out_["metadata"][0]["value"], "2024-11");
  EXPECT_TRUE(out_["warnings"].empty()) << out_["warnings"].dump();
}

TEST_F(SeedAnalyze, EveryNumber) {
  const json& n = out_["numbers"];
  ASSERT_EQ(n.size(), 5u) << n.dump(1);
  for (const auto& m : n) ExpectEvidence(input_, m);
  EXPECT_EQ(n[0]["text"], "حوالي 70%");
  EXPECT_EQ(n[0]["kind"], "percent");
  EXPECT_EQ(n[0]["value"], 70);
  EXPECT_EQ(n[0]["approx"], true);
  EXPECT_EQ(n[1]["text"], "16");
  EXPECT_EQ(n[1]["value"], 16);
  EXPECT_EQ(n[1]["unit_text"], "قرية");
  EXPECT_EQ(n[2]["text"], "العشرات");
  EXPECT_EQ(n[2]["low"], 20);
  EXPECT_EQ(n[2]["high"], 99);
  EXPECT_EQ(n[2]["vague"], true);
  EXPECT_EQ(n[3]["text"], "أكثر من 300");
  EXPECT_EQ(n[3]["low"], 301);
  EXPECT_TRUE(n[3]["high"].is_null());
  EXPECT_FALSE(n[3].contains("value"));
  EXPECT_EQ(n[3]["unit_text"], "شخص");
  EXPECT_EQ(n[4]["text"], "أكثر من 20");
  EXPECT_EQ(n[4]["low"], 21);
  EXPECT_EQ(n[4]["unit_text"], "مدنيا");
}

TEST_F(SeedAnalyze, EveryDate) {
  const json& d = out_["dates"];
  ASSERT_EQ(d.size(), 4u) << d.dump(1);
  for (const auto& m : d) ExpectEvidence(input_, m);
  EXPECT_EQ(d[0]["text"], "عام 2016");
  EXPECT_EQ(d[0]["value"], "2016");
  EXPECT_EQ(d[0]["precision"], "year");
  EXPECT_EQ(d[0]["basis"], "text");
  EXPECT_EQ(d[0]["since"], true);
  EXPECT_EQ(d[1]["text"], "الساعات القليلة الماضية");
  EXPECT_EQ(d[1]["value"], "2024-11-30");
  EXPECT_EQ(d[2]["text"], "يوم الأربعاء");
  EXPECT_EQ(d[2]["value"], "2024-11-27");
  EXPECT_EQ(d[2]["precision"], "day");
  EXPECT_EQ(d[2]["basis"], "published");
  EXPECT_EQ(d[2]["relative"], true);
  EXPECT_EQ(d[2]["since"], true);
  EXPECT_EQ(d[2]["end"], "2024-11-30");
  EXPECT_EQ(d[3]["text"], "اليوم");
  EXPECT_EQ(d[3]["value"], "2024-11-30");
}

TEST_F(SeedAnalyze, EveryQuote) {
  const json& q = out_["quotes"];
  ASSERT_EQ(q.size(), 6u) << q.dump(1);
  for (const auto& m : q) {
    ExpectEvidence(input_, m);
    if (m.contains("intro")) ExpectEvidence(input_, m["intro"]);
  }
  EXPECT_EQ(q[0]["intro"]["text"], "واعترف الجيش السوري في بيان رسمي");
  EXPECT_EQ(q[1]["text"], "أبو الضهور");
  EXPECT_EQ(q[2]["text"], "والله جابوني رغماً عني، والله أجبروني");
  EXPECT_EQ(q[3]["text"], "مستمرون إلى منطقة حماة بعون الله");
  EXPECT_EQ(q[4]["intro"]["text"], "وقال مصدر لبي بي سي");
  EXPECT_EQ(q[5]["intro"]["text"], "قائد الحرس الثوري الإيراني حسين سلامي");
}

TEST_F(SeedAnalyze, TokensAndSentencesAreEvidence) {
  for (const auto& t : out_["tokens"]) ExpectEvidence(input_, t);
  for (const auto& s : out_["sentences"]) ExpectEvidence(input_, s);
  EXPECT_EQ(out_["sentences"].size(), 19u);
}

}  // namespace
}  // namespace marsad
