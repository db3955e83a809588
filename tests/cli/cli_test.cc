// Runs the built `marsad` binary (MARSAD_BINARY) and checks what doc/cli.md
// promises: JSON on stdout, exit codes 0 ok / 1 bad input / 2 usage, and a
// single diagnostic line on stderr for every failure.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
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

using nlohmann::json;

std::string ReadFile(const std::string& path) { return marsad::test::Slurp(path); }

std::string SamplePath(const std::string& name) {
  return std::string(MARSAD_SOURCE_DIR) + "/data/samples/" + name;
}

// Every token's span, in bytes of the input, holds the token's text.
void ExpectSpansMatchInput(const json& j, const std::string& input) {
  ASSERT_TRUE(j.contains("tokens"));
  ASSERT_FALSE(j["tokens"].empty());
  for (const auto& t : j["tokens"]) {
    size_t b = t["span"][0], e = t["span"][1];
    ASSERT_LE(b, e);
    ASSERT_LE(e, input.size());
    EXPECT_EQ(input.substr(b, e - b), t["text"].get<std::string>());
  }
}

TEST(Cli, AnalyzeSampleFilePrintsJson) {
  const std::string path = SamplePath("en_town_taken.txt");
  const std::string input = ReadFile(path);
  if (input.empty()) GTEST_SKIP() << "sample " << path << " is missing";
  RunResult r = RunMarsad({"analyze", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  json j = json::parse(r.out, nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(j.is_discarded()) << "not JSON: " << r.out.substr(0, 200);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["lang"], "en");
  EXPECT_EQ(j["bytes"], input.size());
  for (const char* key : {"tokens", "sentences", "quotes", "numbers", "dates", "metadata", "warnings"})
    EXPECT_TRUE(j.contains(key) && j[key].is_array()) << key;
  ExpectSpansMatchInput(j, input);
}

TEST(Cli, AnalyzeArabicSampleSpansPointIntoTheOriginalBytes) {
  // Arabic-Indic digits and diacritics change bytes under normalisation; the
  // printed spans must still be offsets into the file as written.
  const std::string path = SamplePath("ar_airstrikes_toll.txt");
  const std::string input = ReadFile(path);
  if (input.empty()) GTEST_SKIP() << "sample " << path << " is missing";
  RunResult r = RunMarsad({"analyze", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["lang"], "ar");
  ExpectSpansMatchInput(j, input);
}

TEST(Cli, AnalyzeDashReadsStdin) {
  const std::string input = "The crossing closed on Monday. \"We have no choice,\" an official said.\n";
  RunResult r = RunMarsad({"analyze", "-"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  EXPECT_EQ(j["bytes"], input.size());
  ExpectSpansMatchInput(j, input);
}

TEST(Cli, AnalyzeEmptyStdinIsAnEmptyDocument) {
  RunResult r = RunMarsad({"analyze", "-"}, std::string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  EXPECT_EQ(j["bytes"], 0);
  EXPECT_TRUE(j["tokens"].empty());
}

TEST(Cli, PrettyOutputIsTheSameJson) {
  const std::string path = SamplePath("ar_protest.txt");
  if (ReadFile(path).empty()) GTEST_SKIP() << "sample " << path << " is missing";
  RunResult compact = RunMarsad({"analyze", path});
  RunResult pretty = RunMarsad({"analyze", "--pretty", path});
  ASSERT_EQ(compact.exit_code, 0) << compact.err;
  ASSERT_EQ(pretty.exit_code, 0) << pretty.err;
  // Compact output is one line (JSON Lines friendly); pretty output is not.
  EXPECT_EQ(compact.out.find('\n'), compact.out.size() - 1);
  EXPECT_GT(std::count(pretty.out.begin(), pretty.out.end(), '\n'), 10);
  EXPECT_EQ(json::parse(compact.out), json::parse(pretty.out));
}

TEST(Cli, PublishedTimeBecomesTheReferenceTime) {
  RunResult r = RunMarsad({"analyze", "--published", "2024-11-30T00:16:46Z", "-"},
                    std::string("Shelling resumed yesterday.\n"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  ASSERT_TRUE(j["reference_time"].is_object()) << r.out;
  EXPECT_EQ(j["reference_time"]["basis"], "given");
  EXPECT_EQ(j["reference_time"]["value"].get<std::string>().substr(0, 10), "2024-11-30");
}

TEST(Cli, MissingFileExitsOneWithOneLineOnStderr) {
  RunResult r = RunMarsad({"analyze", "/nonexistent/marsad/no_such_file.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(IsOneLine(r.err)) << "stderr: [" << r.err << "]";
  EXPECT_NE(r.err.find("no_such_file.txt"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(Cli, DirectoryAsInputExitsOne) {
  RunResult r = RunMarsad({"analyze", "/tmp"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(IsOneLine(r.err)) << "stderr: [" << r.err << "]";
  EXPECT_EQ(r.out, "");
}

TEST(Cli, BadDataDirExitsOneWithOneLine) {
  RunResult r = RunMarsad({"analyze", "--data-dir", "/nonexistent/marsad-data", "-"}, std::string("x"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(IsOneLine(r.err)) << "stderr: [" << r.err << "]";
  EXPECT_EQ(r.out, "");
}

TEST(Cli, UnknownFlagExitsTwoWithOneLine) {
  RunResult r = RunMarsad({"analyze", "--no-such-flag", SamplePath("en_town_taken.txt")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(IsOneLine(r.err)) << "stderr: [" << r.err << "]";
  EXPECT_EQ(r.out, "");
}

TEST(Cli, BadPublishedValueExitsTwo) {
  for (const char* bad : {"yesterday", "2024-13-01T00:00:00Z", "30/11/2024", ""}) {
    RunResult r = RunMarsad({"analyze", "--published", bad, "-"}, std::string("text"));
    EXPECT_EQ(r.exit_code, 2) << "--published '" << bad << "'";
    EXPECT_TRUE(IsOneLine(r.err)) << "stderr: [" << r.err << "]";
    EXPECT_EQ(r.out, "");
  }
}

TEST(Cli, UnknownCommandIsNamed) {
  RunResult r = RunMarsad({"analyse", "x.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(IsOneLine(r.err)) << "stderr: [" << r.err << "]";
  EXPECT_NE(r.err.find("unknown command 'analyse'"), std::string::npos) << r.err;
}

TEST(Cli, NoSubcommandExitsTwo) {
  RunResult r = RunMarsad({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(IsOneLine(r.err)) << "stderr: [" << r.err << "]";
}

TEST(Cli, HelpExitsZero) {
  RunResult r = RunMarsad({"--help"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("analyze"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");

  RunResult sub = RunMarsad({"analyze", "--help"});
  EXPECT_EQ(sub.exit_code, 0) << sub.err;
  EXPECT_NE(sub.out.find("--published"), std::string::npos) << sub.out;
}

}  // namespace
