// Runs the built `marsad extract` and `marsad eval events` (MARSAD_BINARY)
// and checks what doc/extract.md promises: one JSON line per document, spans
// into the input bytes, one stderr line per bad record naming file:line, the
// other documents still written, exit codes 0 / 1 / 2.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/cli/run_marsad.h"

namespace {

using marsad::test::IsOneLine;
using marsad::test::RunMarsad;
using marsad::test::RunResult;
using marsad::test::Slurp;

using nlohmann::json;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/marsad_extract_cli.XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& rel, const std::string& contents) {
    std::string p = path_ + "/" + rel;
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << contents;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::vector<json> Lines(const std::string& out) {
  std::vector<json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    json j = json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << line.substr(0, 200);
    v.push_back(j);
  }
  return v;
}

void ExpectSpansIn(const json& j, const std::string& text) {
  if (j.is_object()) {
    if (j.contains("span") && j["span"].is_array()) {
      size_t b = j["span"][0], e = j["span"][1];
      ASSERT_LE(b, e);
      ASSERT_LE(e, text.size());
      if (j.contains("text") && j["text"].is_string()) {
        EXPECT_EQ(text.substr(b, e - b), j["text"]);
      }
    }
    for (const auto& [k, v] : j.items()) ExpectSpansIn(v, text);
  } else if (j.is_array()) {
    for (const auto& v : j) ExpectSpansIn(v, text);
  }
}

TEST(ExtractCli, PlainTextFileGivesOneRecord) {
  const std::string text = "date 2024-11-30\nقصفت طائرات حربية بلدة سراقب أمس، وقُتل ٣ مدنيين.\n";
  TempDir d;
  RunResult r = RunMarsad({"extract", d.Write("a.txt", text)});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const json& rec = lines[0];
  EXPECT_EQ(rec["doc"]["id"].get<std::string>().size(), 64u);
  EXPECT_EQ(rec["doc"]["lang"], "ar");
  EXPECT_EQ(rec["doc"]["published"]["basis"], "header");
  for (const char* k : {"events", "quotes", "mentions", "warnings"}) EXPECT_TRUE(rec[k].is_array()) << k;
  EXPECT_FALSE(rec["mentions"].empty());
  ExpectSpansIn(rec, text);
}

TEST(ExtractCli, JsonLinesBadLineIsReportedAndTheRestComesOut) {
  TempDir d;
  const std::string path = d.Write("feed.jsonl",
                                   "{\"id\":\"a\",\"text\":\"Clashes broke out in Homs.\","
                                   "\"published\":\"2024-03-01T12:00:00Z\",\"url\":\"https://example.org/1\"}\n"
                                   "{\"id\":\"b\",\"text\":\n"
                                   "{\"id\":\"c\",\"text\":\"Protesters gathered in Basra.\"}\n");
  RunResult r = RunMarsad({"extract", path});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "marsad: " + path + ":2: not valid JSON\n");
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["doc"]["input_id"], "a");
  EXPECT_EQ(lines[0]["doc"]["published"]["basis"], "given");
  EXPECT_EQ(lines[0]["doc"]["published"]["value"], "2024-03-01T12:00:00Z");
  EXPECT_EQ(lines[0]["doc"]["source_url"], "https://example.org/1");
  EXPECT_EQ(lines[1]["doc"]["input_id"], "c");
  ExpectSpansIn(lines[1], "Protesters gathered in Basra.");
}

TEST(ExtractCli, DirectoryInPathOrder) {
  TempDir d;
  d.Write("b.txt", "Second document.\n");
  d.Write("a/x.jsonl", "{\"id\":1,\"text\":\"First.\"}\n");
  d.Write("readme.md", "ignored\n");
  RunResult r = RunMarsad({"extract", d.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["doc"]["input_id"], 1);
  EXPECT_TRUE(lines[1]["doc"]["input_id"].is_null());
}

TEST(ExtractCli, StdinJsonLinesAndText) {
  RunResult r = RunMarsad({"extract", "-"}, std::string("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 2u);
  r = RunMarsad({"extract", "-"}, std::string("Plain words, one document.\nSecond line.\n"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 1u);
}

TEST(ExtractCli, UsageAndMissingInput) {
  RunResult r = RunMarsad({"extract", "--published", "yesterday", "-"}, std::string("x"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  r = RunMarsad({"extract", "/nonexistent/marsad/nothing.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("nothing.txt"), std::string::npos);
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
}

TEST(ExtractCli, ClosedPipeExitsZeroQuietly) {
  std::string many;
  for (int i = 0; i < 400; ++i) many += "{\"text\":\"Shelling continued in Aleppo and Idlib for a day.\"}\n";
  RunResult r = RunMarsad({"extract", "-"}, many, "head -c 100 >/dev/null");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
}

TEST(EvalEventsCli, RunsOnTheDevelopmentSet) {
  const std::string dir = std::string(MARSAD_SOURCE_DIR) + "/data/eval/events-dev";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " is missing";
  RunResult r = RunMarsad({"eval", "events", dir, "--show-errors", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The set's README promises at least 40 Arabic and 20 English reports.
  int all = -1, ar = -1, en = -1;
  std::istringstream in(r.out);
  std::string line;
  while (std::getline(in, line)) {
    std::sscanf(line.c_str(), "all: %d documents", &all);
    std::sscanf(line.c_str(), "ar: %d documents", &ar);
    std::sscanf(line.c_str(), "en: %d documents", &en);
  }
  EXPECT_GE(ar, 40) << r.out;
  EXPECT_GE(en, 20) << r.out;
  EXPECT_EQ(all, ar + en) << r.out;
  EXPECT_NE(r.out.find("  events      P "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  status      P "), std::string::npos) << r.out;
}

}  // namespace
