#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/transliteration.h"
#include "tests/testutil.h"

namespace marsad {
namespace {

constexpr char kHeader[] =
    "#format gazetteer v1\n"
    "geonames_id\tpcode\tname\tname_ar\tlat\tlon\tcountry\tfeature_class\tfeature_code\tadmin1_code\tadmin1\tadmin2\t"
    "population\tsource\tnames\n";

// Two invented gazetteers of one entry each, known in Latin only, whose
// names read differently.
std::shared_ptr<const Gazetteer> LoadGazetteer(const std::string& name, const std::string& row) {
  test::ScopedTempPath path(name);
  std::ofstream(path.path()) << kHeader << row;
  auto g = Gazetteer::Load(path.path());
  EXPECT_TRUE(g.ok()) << g.status().message();
  return std::shared_ptr<const Gazetteer>(std::move(g).value());
}

std::shared_ptr<const Gazetteer> Qarmuda() {
  return LoadGazetteer("marsad_cache_a.tsv",
                       "901\t\tQarmuda\t\t14.0\t31.0\tSD\tP\tPPL\tSD.55\t\t\t9000\tgeonames\tQarmuda\n");
}
std::shared_ptr<const Gazetteer> Zilfano() {
  return LoadGazetteer("marsad_cache_b.tsv",
                       "902\t\tZilfano\t\t15.0\t32.0\tSD\tP\tPPL\tSD.55\t\t\t8000\tgeonames\tZilfano\n");
}

std::unique_ptr<TransliterationIndex> Index(std::shared_ptr<const Gazetteer> g, const std::string& cache,
                                            uint64_t fingerprint) {
  auto table = TransliterationTable::Load(test::DataDir() + "/geo/transliteration.tsv");
  EXPECT_TRUE(table.ok()) << table.status().message();
  auto index = std::make_unique<TransliterationIndex>(std::move(table).value(), std::move(g));
  if (!cache.empty()) index->UseCacheFile(cache, fingerprint);
  return index;
}

size_t Found(const TransliterationIndex& index, const std::string& name) {
  return index.Candidates(name, 2).size();
}

TEST(TransliterationCacheTest, AFreshIndexIsWrittenAndReadBack) {
  test::ScopedTempPath dir("marsad_translit_cache");
  const std::string file = dir.path() + "/translit-index-test.bin";
  auto first = Index(Qarmuda(), file, 7);
  EXPECT_EQ(Found(*first, "Qarmuda"), 1u);
  ASSERT_TRUE(std::filesystem::exists(file));
  auto second = Index(Qarmuda(), file, 7);
  EXPECT_EQ(Found(*second, "Qarmuda"), 1u);
  EXPECT_EQ(Found(*second, "Zilfano"), 0u);
}

TEST(TransliterationCacheTest, TheFileIsUsedOnlyUnderItsFingerprint) {
  test::ScopedTempPath dir("marsad_translit_cache");
  const std::string file = dir.path() + "/translit-index-test.bin";
  Found(*Index(Qarmuda(), file, 7), "Qarmuda");  // writes Qarmuda's index
  // Same fingerprint: the file is read as it is, whatever the gazetteer
  // (this is how the test sees that it was read at all).
  EXPECT_EQ(Found(*Index(Zilfano(), file, 7), "Qarmuda"), 1u);
  // Another fingerprint: built from the gazetteer it is given.
  auto rebuilt = Index(Zilfano(), file, 8);
  EXPECT_EQ(Found(*rebuilt, "Qarmuda"), 0u);
  EXPECT_EQ(Found(*rebuilt, "Zilfano"), 1u);
}

TEST(TransliterationCacheTest, ADamagedFileIsIgnored) {
  test::ScopedTempPath dir("marsad_translit_cache");
  const std::string file = dir.path() + "/translit-index-test.bin";
  Found(*Index(Qarmuda(), file, 7), "Qarmuda");
  const auto size = std::filesystem::file_size(file);
  {
    // One byte of the arrays changed: the checksum no longer agrees.
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size - 3));
    f.put('\x5a');
  }
  auto after_flip = Index(Zilfano(), file, 7);
  EXPECT_EQ(Found(*after_flip, "Qarmuda"), 0u);
  EXPECT_EQ(Found(*after_flip, "Zilfano"), 1u);
  Found(*Index(Qarmuda(), file, 7), "Qarmuda");  // a whole file again
  std::filesystem::resize_file(file, std::filesystem::file_size(file) - 8);
  auto after_cut = Index(Zilfano(), file, 7);
  EXPECT_EQ(Found(*after_cut, "Zilfano"), 1u);
}

TEST(TransliterationCacheTest, AnEmptyCacheDirTurnsCachingOff) {
  const char* old = std::getenv("MARSAD_CACHE_DIR");
  const std::string saved = old ? old : "";
  uint64_t fingerprint = 0;
  ::setenv("MARSAD_CACHE_DIR", "", 1);
  EXPECT_EQ(TransliterationIndexCacheFile(1, 2, &fingerprint), "");
  ::setenv("MARSAD_CACHE_DIR", "/nonexistent-marsad-cache", 1);
  const std::string a = TransliterationIndexCacheFile(1, 2, &fingerprint);
  const uint64_t fa = fingerprint;
  EXPECT_EQ(a.rfind("/nonexistent-marsad-cache/translit-index-", 0), 0u);
  // Another gazetteer or table: another file.
  EXPECT_NE(TransliterationIndexCacheFile(3, 2, &fingerprint), a);
  EXPECT_NE(fingerprint, fa);
  EXPECT_NE(TransliterationIndexCacheFile(1, 4, &fingerprint), a);
  if (old) ::setenv("MARSAD_CACHE_DIR", saved.c_str(), 1);
  else ::unsetenv("MARSAD_CACHE_DIR");
}

// The file is named by the data it is built from and the code that builds
// it (fixed for a build), never by the executable: the same gazetteer and
// table name the same file on every call and in every binary, and a
// gazetteer changed by one byte names another.
TEST(TransliterationCacheTest, TheFileFollowsTheDataNotTheExecutable) {
  const char* old = std::getenv("MARSAD_CACHE_DIR");
  const std::string saved = old ? old : "";
  test::ScopedTempPath dir("marsad_translit_cache");
  ::setenv("MARSAD_CACHE_DIR", dir.path().c_str(), 1);
  const std::string row = "903\t\tWadi Kharaz\t\t16.0\t33.0\tSD\tP\tPPL\tSD.55\t\t\t7000\tgeonames\tWadi Kharaz\n";
  const uint64_t table = 0x5eed;
  uint64_t fa = 0, fb = 0, fc = 0;
  const std::string a = TransliterationIndexCacheFile(LoadGazetteer("marsad_cache_c.tsv", row)->source_fingerprint(),
                                                      table, &fa);
  // The same bytes written again (a new file, a new time): the same file.
  const std::string b = TransliterationIndexCacheFile(LoadGazetteer("marsad_cache_d.tsv", row)->source_fingerprint(),
                                                      table, &fb);
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  EXPECT_EQ(fa, fb);
  // One byte of the gazetteer changed (its population): another file.
  std::string changed = row;
  changed.replace(changed.find("7000"), 4, "7001");
  const std::string c = TransliterationIndexCacheFile(
      LoadGazetteer("marsad_cache_e.tsv", changed)->source_fingerprint(), table, &fc);
  EXPECT_NE(c, a);
  EXPECT_NE(fc, fa);
  // A changed table: another file too.
  EXPECT_NE(TransliterationIndexCacheFile(LoadGazetteer("marsad_cache_c.tsv", row)->source_fingerprint(), table + 1,
                                          &fc),
            a);
  if (old) ::setenv("MARSAD_CACHE_DIR", saved.c_str(), 1);
  else ::unsetenv("MARSAD_CACHE_DIR");
}

}  // namespace
}  // namespace marsad
