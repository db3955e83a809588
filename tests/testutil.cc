#include "tests/testutil.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

namespace marsad::test {

std::string SourceDir() { return MARSAD_SOURCE_DIR; }
std::string DataDir() { return SourceDir() + "/data"; }
// The seed lives beside the repository in ../shared/seeds/; $MARSAD_SEED
// points elsewhere (a checkout in another place).
std::string SeedPath() {
  if (const char* env = std::getenv("MARSAD_SEED"); env && *env) return env;
  return SourceDir() + "/../shared/seeds/000_52b9f0b512c57e67.txt";
}

std::string PrivateTempPath(const std::string& name) {
  return ::testing::TempDir() + "/" + std::to_string(getpid()) + "_" + name;
}

ScopedTempPath::~ScopedTempPath() {
  std::error_code ignored;  // nothing to remove is fine
  std::filesystem::remove_all(path_, ignored);
}

std::optional<std::string> ReadSeed() {
  std::ifstream in(SeedPath(), std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Pipeline& TextLayer() {
  static const Pipeline* p = [] {
    auto r = Pipeline::CreateTextLayer(DataDir());
    if (!r.ok()) {
      std::fprintf(stderr, "cannot build the text layer: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new Pipeline(std::move(r).value());
  }();
  return *p;
}

Doc Analyze(const std::string& text) {
  Doc doc(text);
  Status st = TextLayer().Run(doc);
  if (!st.ok()) std::fprintf(stderr, "pipeline failed: %s\n", st.message().c_str());
  return doc;
}

const Pipeline* AnalyzeLayer() {
  static const Pipeline* p = []() -> const Pipeline* {
    if (!std::ifstream(DataDir() + "/geo/gazetteer.tsv")) return nullptr;
    auto r = Pipeline::CreateAnalyzeLayer(DataDir());
    if (!r.ok()) {
      std::fprintf(stderr, "cannot build the analyze layer: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new Pipeline(std::move(r).value());
  }();
  return p;
}

Doc AnalyzeWithPlaces(const std::string& text) {
  Doc doc(text);
  Status st = AnalyzeLayer()->Run(doc);
  if (!st.ok()) std::fprintf(stderr, "pipeline failed: %s\n", st.message().c_str());
  return doc;
}

}  // namespace marsad::test
