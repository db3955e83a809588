// Helpers shared by the tests: the source tree, the data dir, the seed, and a
// text-layer pipeline built once per process.
#ifndef MARSAD_TESTS_TESTUTIL_H_
#define MARSAD_TESTS_TESTUTIL_H_

#include <optional>
#include <string>

#include "marsad/doc.h"
#include "marsad/pipeline.h"

namespace marsad::test {

std::string SourceDir();
std::string DataDir();
// The seed's bytes, or nullopt (the caller GTEST_SKIPs with a clear message).
std::optional<std::string> ReadSeed();
std::string SeedPath();
// A path under the test temp dir that no other test process uses: ctest runs
// every test in its own process, in parallel, and a file one test rewrites
// while another has it mapped is a bus error.
std::string PrivateTempPath(const std::string& name);
// A PrivateTempPath that is removed (file or directory tree) when the test
// leaves its scope, early ASSERT returns included, so test runs leave no
// files behind.
class ScopedTempPath {
 public:
  explicit ScopedTempPath(const std::string& name) : path_(PrivateTempPath(name)) {}
  ~ScopedTempPath();
  ScopedTempPath(const ScopedTempPath&) = delete;
  ScopedTempPath& operator=(const ScopedTempPath&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};
const Pipeline& TextLayer();
// Runs the text layer on `text`.
Doc Analyze(const std::string& text);
// The text layer plus places with the shipped gazetteer
// (data/geo/gazetteer.tsv), or nullptr when that file is absent (the caller
// GTEST_SKIPs). Built once per process.
const Pipeline* AnalyzeLayer();
// Runs AnalyzeLayer() on `text`. REQUIRES: AnalyzeLayer() != nullptr.
Doc AnalyzeWithPlaces(const std::string& text);

}  // namespace marsad::test

#endif  // MARSAD_TESTS_TESTUTIL_H_
