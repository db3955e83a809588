// The transliteration index kept on disk between runs. Building it reads the
// skeletons of every Latin name of the gazetteer (about 100k), a fifth of
// what a run over 1 MB of news costs; reading it back is a few megabytes.
// The file is a cache, never a source: it is valid only for the exact bytes
// of the gazetteer and the table and for the executable that wrote it, and
// anything unexpected in it (a short read, a count out of range, a changed
// checksum) means the index is built as if there were no file.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "geo/transliteration.h"
#include "util/string_hash.h"
#include "util/string_set.h"

namespace marsad {
namespace {

// Bump when the index's layout or the code that builds it changes in a way
// the executable's identity would not show (it always does when rebuilt).
constexpr uint32_t kCacheVersion = 2;  // 2: a glued Latin article is also read as the word's letters
constexpr char kMagic[8] = {'M', 'R', 'S', 'D', 'T', 'I', 'X', '1'};
constexpr uint32_t kByteOrder = 0x01020304;
constexpr const char* kPrefix = "translit-index-";

struct Header {
  char magic[8];
  uint32_t byte_order;
  uint32_t version;
  uint64_t fingerprint;
  uint64_t checksum;  // of the arrays that follow
  uint64_t key_text_bytes, key_offsets, slots, id_begins, ids;
};

template <typename T>
uint64_t Checksum(uint64_t h, const std::vector<T>& v) {
  return HashBytes(std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T))) ^
         (h * 0x9E3779B97F4A7C15ULL);
}

template <typename T>
bool ReadArray(std::FILE* f, uint64_t n, std::vector<T>* v) {
  v->resize(n);
  return n == 0 || std::fread(v->data(), sizeof(T), n, f) == n;
}

template <typename T>
bool WriteArray(std::FILE* f, const std::vector<T>& v) {
  return v.empty() || std::fwrite(v.data(), sizeof(T), v.size(), f) == v.size();
}

std::string CacheDir() {
  if (const char* dir = std::getenv("MARSAD_CACHE_DIR")) return dir;  // "" turns caching off
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/marsad";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/marsad";
  return "";
}

// Removes cache files nobody has rewritten for a week: each rebuilt
// executable or edited gazetteer leaves one behind.
void PruneOldCacheFiles(const std::filesystem::path& dir, const std::filesystem::path& keep) {
  std::error_code ec;
  const auto now = std::filesystem::file_time_type::clock::now();
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (!name.starts_with(kPrefix) || e.path() == keep) continue;
    std::error_code ec2;
    const auto written = std::filesystem::last_write_time(e.path(), ec2);
    if (!ec2 && now - written > std::chrono::hours(24 * 7)) std::filesystem::remove(e.path(), ec2);
  }
}

}  // namespace

std::string TransliterationIndexCacheFile(uint64_t gazetteer_fingerprint, uint64_t table_fingerprint,
                                          uint64_t* fingerprint) {
  const std::string dir = CacheDir();
  if (dir.empty()) return "";
  // The executable by its path, not by stat("/proc/self/exe"): under
  // valgrind that is valgrind's launcher, the same for every marsad built.
  char exe_path[4096];
  const ssize_t n = ::readlink("/proc/self/exe", exe_path, sizeof exe_path - 1);
  if (n <= 0) return "";
  exe_path[n] = '\0';
  struct stat exe;
  if (::stat(exe_path, &exe) != 0) return "";
  const uint64_t parts[] = {kCacheVersion,
                            gazetteer_fingerprint,
                            table_fingerprint,
                            static_cast<uint64_t>(exe.st_size),
                            static_cast<uint64_t>(exe.st_mtim.tv_sec),
                            static_cast<uint64_t>(exe.st_mtim.tv_nsec),
                            static_cast<uint64_t>(exe.st_ino),
                            static_cast<uint64_t>(exe.st_dev),
                            StringHash64(std::string_view(exe_path, static_cast<size_t>(n)))};
  *fingerprint = StringHash64(std::string_view(reinterpret_cast<const char*>(parts), sizeof parts));
  char name[64];
  std::snprintf(name, sizeof name, "%s%016llx.bin", kPrefix, static_cast<unsigned long long>(*fingerprint));
  return dir + "/" + name;
}

void TransliterationIndex::BuildOrReadIndex() const {
  if (!cache_file_.empty() && ReadCache()) return;
  BuildIndex();
  if (!cache_file_.empty()) WriteCache();
}

bool TransliterationIndex::ReadCache() const {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(cache_file_.c_str(), "rb"), std::fclose);
  if (!f) return false;
  Header h;
  if (std::fread(&h, sizeof h, 1, f.get()) != 1) return false;
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.byte_order != kByteOrder ||
      h.version != kCacheVersion || h.fingerprint != cache_fingerprint_)
    return false;
  // Counts checked against the file's size before any is allocated.
  struct stat st;
  if (::fstat(::fileno(f.get()), &st) != 0) return false;
  const uint64_t limit = static_cast<uint64_t>(st.st_size);
  if (h.key_text_bytes > limit || h.key_offsets > limit / 4 || h.slots > limit / 8 || h.id_begins > limit / 4 ||
      h.ids > limit / 4 ||
      sizeof h + h.key_text_bytes + 4 * (h.key_offsets + h.id_begins + h.ids) + 8 * h.slots != limit)
    return false;
  std::string text(h.key_text_bytes, '\0');
  std::vector<uint32_t> key_offset, id_begin, ids;
  std::vector<uint64_t> slots;
  if ((h.key_text_bytes > 0 && std::fread(text.data(), 1, text.size(), f.get()) != text.size()) ||
      !ReadArray(f.get(), h.key_offsets, &key_offset) || !ReadArray(f.get(), h.slots, &slots) ||
      !ReadArray(f.get(), h.id_begins, &id_begin) || !ReadArray(f.get(), h.ids, &ids))
    return false;
  uint64_t sum = HashBytes(text);
  sum = Checksum(sum, key_offset);
  sum = Checksum(sum, slots);
  sum = Checksum(sum, id_begin);
  sum = Checksum(sum, ids);
  if (sum != h.checksum) return false;
  // The shape FindKey and Candidates rely on.
  const size_t n_keys = key_offset.empty() ? 0 : key_offset.size() - 1;
  if (key_offset.empty() || key_offset[0] != 0 || key_offset.back() != text.size() ||
      id_begin.size() != key_offset.size() || id_begin[0] != 0 || id_begin.back() != ids.size() ||
      slots.empty() || (slots.size() & (slots.size() - 1)) != 0)
    return false;
  for (size_t k = 0; k < n_keys; ++k)
    if (key_offset[k] > key_offset[k + 1] || id_begin[k] > id_begin[k + 1]) return false;
  for (uint64_t v : slots)
    if (v != 0 && (static_cast<uint32_t>(v) == 0 || static_cast<uint32_t>(v) - 1 >= n_keys)) return false;
  for (uint32_t id : ids)
    if (id >= gazetteer_->size()) return false;
  key_text_ = std::move(text);
  key_offset_ = std::move(key_offset);
  slots_ = std::move(slots);
  id_begin_ = std::move(id_begin);
  ids_ = std::move(ids);
  return true;
}

void TransliterationIndex::WriteCache() const {
  namespace fs = std::filesystem;
  const fs::path target(cache_file_);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return;
  // Written aside and renamed: a run reading it never sees half a file, and
  // runs writing it at once each rename a whole one.
  const std::string tmp = cache_file_ + ".tmp." + std::to_string(::getpid());
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.byte_order = kByteOrder;
  h.version = kCacheVersion;
  h.fingerprint = cache_fingerprint_;
  h.key_text_bytes = key_text_.size();
  h.key_offsets = key_offset_.size();
  h.slots = slots_.size();
  h.id_begins = id_begin_.size();
  h.ids = ids_.size();
  uint64_t sum = HashBytes(key_text_);
  sum = Checksum(sum, key_offset_);
  sum = Checksum(sum, slots_);
  sum = Checksum(sum, id_begin_);
  sum = Checksum(sum, ids_);
  h.checksum = sum;
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return;
  bool ok = std::fwrite(&h, sizeof h, 1, f) == 1 &&
            (key_text_.empty() || std::fwrite(key_text_.data(), 1, key_text_.size(), f) == key_text_.size()) &&
            WriteArray(f, key_offset_) && WriteArray(f, slots_) && WriteArray(f, id_begin_) && WriteArray(f, ids_);
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), cache_file_.c_str()) != 0) {
    std::remove(tmp.c_str());
    return;
  }
  PruneOldCacheFiles(target.parent_path(), target);
}

}  // namespace marsad
