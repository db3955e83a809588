// Gazetteer storage, the marsad gazetteer file format and the name index.
// The importers of foreign formats (GeoNames, OCHA) are in gazetteer_import.cc.
#include "util/string_hash.h"
#include "geo/gazetteer.h"
#include "util/counting_group.h"

#include "geo/geo_math.h"
#include "util/string_set.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text/normalize.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace marsad {
namespace {

// Bump when PlaceKey's folds change: files whose "#placekey v<N>" differs are
// re-keyed from their names on load.
constexpr int kPlaceKeyVersion = 4;
constexpr int kMaxIndexedWords = 8;

Status LineError(const std::string& path, int line, std::string_view what) {
  return Status::InvalidArgument("[E002] " + path + ":" + std::to_string(line) + ": " +
                                 std::string(what));
}

// Splits on '\t' into at most out.size() fields; returns the number found.
// memchr, not string_view::find: the compiler inlines find as a loop over
// bytes, and the gazetteer's lines are long (a sixth of its load time).
size_t SplitFields(std::string_view line, std::vector<std::string_view>& out, char sep) {
  size_t n = 0;
  const char* p = line.data();
  const char* const end = p + line.size();
  while (true) {
    const char* tab = static_cast<const char*>(std::memchr(p, sep, static_cast<size_t>(end - p)));
    const char* f_end = tab == nullptr ? end : tab;
    if (n < out.size()) out[n] = std::string_view(p, static_cast<size_t>(f_end - p));
    ++n;
    if (tab == nullptr) break;
    p = tab + 1;
  }
  return n;
}

// s.find(c, from) by memchr (see SplitFields).
size_t FindByte(std::string_view s, char c, size_t from) {
  if (from >= s.size()) return std::string_view::npos;
  const void* hit = std::memchr(s.data() + from, c, s.size() - from);
  return hit == nullptr ? std::string_view::npos : static_cast<size_t>(static_cast<const char*>(hit) - s.data());
}

size_t CountLines(std::string_view text) {
  size_t lines = 0;
  if (text.empty()) return 0;
  for (const char* p = text.data(), *end = p + text.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))) != nullptr; ++p)
    ++lines;
  return lines;
}


// Feature tiers: what a bare name most likely means in a news report.
double FeatureTier(char fclass, std::string_view code) {
  if (code.substr(0, 3) == "PCL") return 10;
  if (code == "PPLC") return 8;
  // Continents and the regions, seas and rivers of data/geo/regions.tsv: a
  // bare "Asia" or "الخليج" names them before any village of that name.
  if (code == "CONT") return 9;
  if (fclass == 'L' || fclass == 'H' || fclass == 'T') return 6;
  // A seat ranks half a tier above the unit named after it: "Idlib" in a
  // report is the city more often than the governorate.
  if (code == "PPLA") return 7.5;
  if (code == "ADM1") return 7;
  if (code == "PPLA2") return 5.5;
  if (code == "ADM2") return 5;
  if (code == "PPLA3") return 4.5;
  if (code == "ADM3") return 4;
  if (code == "PPLX") return 1;
  if (fclass == 'A') return 4;
  return 3;
}

// Loading allocates a few times the file's size in small blocks (entries,
// names, keys). In a fresh process each new heap page then costs a page fault,
// and on a virtual machine a fault costs tens of microseconds: for the
// embedded file that was most of a cold `marsad gazetteer lookup`. So the
// heap is grown once by `bytes` and populated with one madvise call, then
// handed back to malloc (kept, not trimmed), which carves the gazetteer's
// blocks from pages already present. glibc's main arena only; elsewhere, or
// if the kernel lacks MADV_POPULATE_WRITE (Linux < 5.14), nothing changes.
void PrefaultHeap(size_t bytes) {
#if defined(__GLIBC__) && defined(MADV_POPULATE_WRITE)
  constexpr size_t kCap = size_t{1} << 30;
  bytes = std::min(bytes, kCap);
  // Served from the brk heap (not a separate mapping freed back at free()),
  // and not trimmed afterwards. Persistent settings: they only keep memory
  // the process already used.
  // glibc caps the mmap threshold at 32 MB: a larger block would be its own
  // mapping, unmapped again at free(). So the heap is grown in blocks below
  // that size (consecutive brk blocks, merged again when freed).
  constexpr size_t kBlock = size_t{16} << 20;
  ::mallopt(M_MMAP_THRESHOLD, static_cast<int>(std::min<size_t>(bytes, kBlock) + (1 << 20)));
  ::mallopt(M_TRIM_THRESHOLD, static_cast<int>(bytes + (64 << 20)));
  ::mallopt(M_TOP_PAD, static_cast<int>(1 << 20));
  std::vector<char*> blocks;
  for (size_t done = 0; done < bytes; done += kBlock) {
    const size_t n = std::min(kBlock, bytes - done);
    char* p = static_cast<char*>(std::malloc(n));
    if (p == nullptr) break;
    blocks.push_back(p);
    const uintptr_t page = 4096;
    uintptr_t b = (reinterpret_cast<uintptr_t>(p) + page - 1) & ~(page - 1);
    uintptr_t e = (reinterpret_cast<uintptr_t>(p) + n) & ~(page - 1);
    if (e > b) ::madvise(reinterpret_cast<void*>(b), e - b, MADV_POPULATE_WRITE);
  }
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) std::free(*it);
#else
  (void)bytes;
#endif
}

}  // namespace

std::unique_ptr<Gazetteer> Gazetteer::Create() { return std::unique_ptr<Gazetteer>(new Gazetteer()); }

std::string Gazetteer::NameKey(std::string_view name) { return PlaceKey(NormalizeKey(name)); }

double Gazetteer::Prominence(const GazetteerEntry& e) {
  return FeatureTier(e.feature_class, e.location.feature_code) +
         std::log10(1.0 + static_cast<double>(std::max<int64_t>(e.population, 0)));
}

int64_t Gazetteer::FindGeonamesId(int64_t geonames_id) const {
  for (size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].location.geonames_id == geonames_id) return static_cast<int64_t>(i);
  return -1;
}

int64_t Gazetteer::FindPcode(std::string_view pcode) const {
  for (size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i].location.pcode == pcode) return static_cast<int64_t>(i);
  return -1;
}

// A table slot holds the key's index + 1 in its low 32 bits (0 = empty) and
// the high half of its hash above, so a probe compares key text only when
// the hashes agree: most probes then touch the table alone.
namespace {
inline uint64_t Slot(uint64_t hash, uint32_t index) { return (hash & 0xFFFFFFFF00000000ull) | (index + 1ull); }
inline bool SameTag(uint64_t slot, uint64_t hash) { return (slot >> 32) == (hash >> 32); }
}  // namespace

int64_t Gazetteer::FindKey(std::string_view key) const {
  if (table_.empty()) return -1;
  const uint64_t h = StringHash64(key);
  size_t mask = table_.size() - 1;
  for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
    uint64_t v = table_[slot];
    if (v == 0) return -1;
    if (!SameTag(v, h)) continue;
    const Key& rec = keys_[static_cast<uint32_t>(v) - 1];
    if (std::string_view(key_text_).substr(rec.text_offset, rec.text_length) == key)
      return static_cast<uint32_t>(v) - 1;
  }
}

void Gazetteer::ReserveTable(size_t keys) {
  size_t want = 1024;
  while (want < keys * 2) want *= 2;
  if (want <= table_.size()) return;
  std::vector<uint64_t> bigger(want, 0);
  size_t mask = bigger.size() - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    std::string_view text = std::string_view(key_text_).substr(keys_[k].text_offset, keys_[k].text_length);
    uint64_t h = StringHash64(text);
    size_t slot = h & mask;
    while (bigger[slot] != 0) slot = (slot + 1) & mask;
    bigger[slot] = Slot(h, k);
  }
  table_.swap(bigger);
}

uint32_t Gazetteer::InternKey(std::string_view key) { return InternKey(key, StringHash64(key)); }

uint32_t Gazetteer::InternKey(std::string_view key, uint64_t h) {
  if (table_.empty() || (keys_.size() + 1) * 2 > table_.size()) ReserveTable((keys_.size() + 1) * 2);
  size_t mask = table_.size() - 1;
  size_t slot = h & mask;
  for (;; slot = (slot + 1) & mask) {
    uint64_t v = table_[slot];
    if (v == 0) break;
    if (!SameTag(v, h)) continue;
    const Key& rec = keys_[static_cast<uint32_t>(v) - 1];
    if (std::string_view(key_text_).substr(rec.text_offset, rec.text_length) == key)
      return static_cast<uint32_t>(v) - 1;
  }
  keys_.push_back(Key{static_cast<uint32_t>(key_text_.size()), static_cast<uint32_t>(key.size()), 0, 0, 0});
  key_text_.append(key);
  table_[slot] = Slot(h, static_cast<uint32_t>(keys_.size() - 1));
  return static_cast<uint32_t>(keys_.size() - 1);
}

void Gazetteer::AddKey(uint32_t id, std::string_view key) {
  if (key.empty()) return;
  // Long official forms ("La Muy Noble y Leal Ciudad de ...") are never
  // written in reports and would only widen the recognizer's window.
  int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
  if (words > kMaxIndexedWords) return;
  postings_.emplace_back(InternKey(key), id);
  max_name_words_ = std::max(max_name_words_, words);
}

void Gazetteer::AddKeys(std::span<const std::pair<std::string_view, uint32_t>> keys) {
  // As AddKey for each, but the table slot of key i + kAhead is fetched into
  // the cache while key i is interned: the table is larger than the caches,
  // and on a virtual machine a miss (with its page walk) costs more than the
  // rest of the insert.
  constexpr size_t kAhead = 8;
  ReserveTable(keys_.size() + keys.size());
  std::vector<uint64_t> hashes(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) hashes[i] = StringHash64(keys[i].first);
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i + kAhead < keys.size() && !table_.empty())
      __builtin_prefetch(&table_[hashes[i + kAhead] & (table_.size() - 1)]);
    const auto& [key, id] = keys[i];
    if (key.empty()) continue;
    int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
    if (words > kMaxIndexedWords) continue;
    postings_.emplace_back(InternKey(key, hashes[i]), id);
    max_name_words_ = std::max(max_name_words_, words);
  }
}

void Gazetteer::AddName(uint32_t id, std::string_view raw) {
  // Names are stored '|'-joined in one TSV field: keep separators out.
  std::string name(raw);
  for (char& c : name)
    if (c == '\t' || c == '\n' || c == '\r' || c == '|') c = ' ';
  size_t b = name.find_first_not_of(' '), e = name.find_last_not_of(' ');
  if (b == std::string::npos) return;
  name = name.substr(b, e - b + 1);
  auto& names = entries_[id].names;
  if (std::find(names.begin(), names.end(), name) != names.end()) return;
  AddKey(id, NameKey(name));
  AddArabicSpellingsOfG(id, name);
  names.push_back(std::move(name));
}

// GeoNames writes the g of Persian and Pashto names with گ, which the key
// folds to ك; Arabic reports write that g as ج or غ as often (سنگین read
// سنجين, گرگان read جرجان). Likewise the ch of چ, a letter Arabic lacks, is
// written ج or تش (چابهار read جابهار or تشابهار). Pashto's own letters
// (retroflex ړ ډ ټ ڼ, ښ ږ, ځ څ, final ې) are written with the Arabic letter
// they are made from (ناړی read ناري, Naray; ډنډ read دند). Such a name is
// found under those spellings too. Only names spelt with those letters get
// them: a ج or غ of an Arabic name is no g.
std::vector<std::string> Gazetteer::ArabicSpellingsOfG(std::string_view name) {
  struct Letter {
    std::string_view persian;
    std::string_view arabic[2];  // the second may be empty: one spelling
  };
  static const Letter kLetters[] = {
      {"\xDA\xAF", {"\xD8\xAC", "\xD8\xBA"}},          // گ: ج، غ
      {"\xDA\x86", {"\xD8\xAC", "\xD8\xAA\xD8\xB4"}},  // چ: ج، تش
      {"\xDA\x93", {"\xD8\xB1", {}}},                  // ړ: ر
      {"\xDA\x89", {"\xD8\xAF", {}}},                  // ډ: د
      {"\xD9\xBC", {"\xD8\xAA", {}}},                  // ټ: ت
      {"\xDA\xBC", {"\xD9\x86", {}}},                  // ڼ: ن
      {"\xDA\x9A", {"\xD8\xB4", {}}},                  // ښ: ش
      {"\xDA\x96", {"\xD8\xB2", {}}},                  // ږ: ز
      {"\xDA\x81", {"\xD8\xB2", {}}},                  // ځ: ز
      {"\xDA\x85", {"\xD8\xB3", {}}},                  // څ: س
      {"\xDB\x90", {"\xD9\x8A", {}}},                  // ې: ي
  };
  // Most names have none of these letters: all but ټ and ې begin with the
  // byte 0xDA in UTF-8, so one byte scan answers them without building a copy.
  if (name.find('\xDA') == std::string_view::npos && name.find("\xD9\xBC") == std::string_view::npos &&
      name.find("\xDB\x90") == std::string_view::npos)
    return {};
  std::vector<std::string> spellings{std::string(name)};
  bool respelt = false;
  for (const Letter& l : kLetters) {
    if (name.find(l.persian) == std::string_view::npos) continue;
    respelt = true;
    std::vector<std::string> spelt_all;
    for (const std::string& before : spellings)
      for (std::string_view letter : l.arabic) {
        if (letter.empty()) continue;
        std::string spelt(before);
        for (size_t at = spelt.find(l.persian); at != std::string::npos; at = spelt.find(l.persian, at + letter.size()))
          spelt.replace(at, l.persian.size(), letter);
        spelt_all.push_back(std::move(spelt));
      }
    spellings = std::move(spelt_all);
  }
  if (!respelt) spellings.clear();  // only the name itself
  return spellings;
}

// A name that begins with أبو ("father of": أبو غريب، أبو الظهور) is
// inflected for case in running text: after a preposition or a noun in
// construct it is written أبي (قضاء أبي غريب، قرب أبي الظهور). That form is
// a key of the name too.
static std::string GenitiveOfAbu(std::string_view name) {
  static constexpr std::string_view kAbu[] = {"\xD8\xA3\xD8\xA8\xD9\x88 ", "\xD8\xA7\xD8\xA8\xD9\x88 "};  // أبو، ابو
  for (std::string_view abu : kAbu)
    if (name.size() > abu.size() && name.substr(0, abu.size()) == abu)
      return "\xD8\xA3\xD8\xA8\xD9\x8A " + std::string(name.substr(abu.size()));  // أبي
  return {};
}

// A Latin name that begins with the Arabic article assimilated to its sun
// letter ("At Turbah", "As Sukhnah", "Ash Shaddadah", "Ad-Dindar"): the
// key keeps at/as/an… at a name's edge (they are English words), so
// "al-Turbah" (key "turba": al is always dropped) would not meet it. The
// rest of the name is a key of it too. Only when the article's consonant
// is the next word's first (the assimilation itself): "As Salt" yes, an
// English "At Home" never reaches here (no gazetteer name), "An Nabk" yes.
// Returns the rest, or empty.
static std::string_view AfterAssimilatedArticle(std::string_view name) {
  if (name.size() < 5 || (name[0] != 'A' && name[0] != 'a' && name[0] != 'E' && name[0] != 'e')) return {};
  size_t sep = 1;
  while (sep < name.size() && sep <= 3 && std::isalpha(static_cast<unsigned char>(name[sep]))) ++sep;
  if (sep < 2 || sep > 3 || sep + 2 >= name.size() || (name[sep] != ' ' && name[sep] != '-')) return {};
  const std::string_view article = name.substr(1, sep - 1);  // t, sh, dh…
  const std::string_view rest = name.substr(sep + 1);
  static constexpr std::string_view kSun[] = {"t", "th", "d", "dh", "r", "z", "s", "sh", "n"};
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  for (std::string_view sun : kSun) {
    if (article.size() != sun.size() || rest.size() <= sun.size() + 1) continue;
    bool same = true;
    for (size_t i = 0; i < sun.size(); ++i) same = same && lower(article[i]) == sun[i] && lower(rest[i]) == sun[i];
    if (same && std::isupper(static_cast<unsigned char>(rest[0]))) return rest;
  }
  return {};
}

void Gazetteer::AddArabicSpellingsOfG(uint32_t id, std::string_view name) {
  for (const std::string& spelt : ArabicSpellingsOfG(name)) AddKey(id, NameKey(spelt));
  // (And the genitive of a name that begins with أبو.)
  if (const std::string genitive = GenitiveOfAbu(name); !genitive.empty()) AddKey(id, NameKey(genitive));
  // (And a Latin name without its assimilated article: the place's own
  // name only, not one of its alternate spellings ("An Nazi" of al-Annazah
  // would key "nazi"), and a rest of five letters (code points) or more — a short rest is
  // too often an English word or a person's name: Dan, Seen, Ram, Som, Tall.)
  if (const std::string_view rest = AfterAssimilatedArticle(name);
      utf8::CodePointCount(rest) >= 5 && name == entries_[id].location.name)
    AddKey(id, NameKey(rest));
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  // Mapped, not read: on a VM a page fault costs microseconds, and reading
  // into a growing string faults every page twice and copies it.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError("[E001] cannot open " + path + ": " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    auto text = ReadFile(path);  // a pipe or device: read it the ordinary way
    if (!text.ok()) return text.status();
    auto g = Create();
    MARSAD_RETURN_IF_ERROR(g->ParseGazetteerText(path, *text, /*trust_keys=*/true));
    g->Finalize();
    g->source_fingerprint_ = HashBytes(*text) ^ text->size();
    return g;
  }
  size_t size = static_cast<size_t>(st.st_size);
  PrefaultHeap(size * 7);
  void* map = size ? ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0) : nullptr;
  ::close(fd);
  if (size && map == MAP_FAILED) return Status::IOError("[E001] cannot map " + path + ": " + std::strerror(errno));
  auto g = Create();
  Status parsed = g->ParseGazetteerText(path, std::string_view(static_cast<const char*>(map), size),
                                        /*trust_keys=*/true);
  if (parsed.ok()) g->source_fingerprint_ = HashBytes(std::string_view(static_cast<const char*>(map), size)) ^ size;
  if (size) ::munmap(map, size);
  MARSAD_RETURN_IF_ERROR(parsed);
  g->Finalize();
  return g;
}

Status Gazetteer::ParseGazetteerText(const std::string& path, std::string_view text, bool trust_keys) {
  enum Col { kGeonamesId, kPcode, kName, kNameAr, kLat, kLon, kCountry, kClass, kCode, kAdmin1Code,
             kAdmin1, kAdmin2, kPopulation, kSource, kNames, kKeys, kNumCols };
  static constexpr const char* kColNames[kNumCols] = {
      "geonames_id", "pcode", "name", "name_ar", "lat", "lon", "country", "feature_class",
      "feature_code", "admin1_code", "admin1", "admin2", "population", "source", "names", "keys"};
  int col_of[kNumCols];
  std::fill(col_of, col_of + kNumCols, -1);
  size_t n_columns = 0;
  bool have_format = false, have_header = false, keys_current = false;
  std::vector<std::string_view> fields(32), parts(1);
  std::vector<std::pair<std::string_view, uint32_t>> stored_keys;  // (key, entry), views into text
  int line_no = 0;
  size_t pos = 0;
  {
    size_t lines = CountLines(text);
    // Generous: reserved pages that are never written are never faulted in,
    // while a reallocation copies (and faults) everything twice. The
    // embedded file has ~5 names per entry, and first words add ~1 key each.
    entries_.reserve(entries_.size() + lines);
    postings_.reserve(postings_.size() + lines * 8);
    stored_keys.reserve(lines * 8);
    keys_.reserve(keys_.size() + lines * 8);
    key_text_.reserve(key_text_.size() + lines * 100);
    ReserveTable(keys_.size() + lines * 7);
  }
  while (pos < text.size()) {
    size_t nl = FindByte(text, '\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!have_format) {
      if (line != "#format gazetteer v1")
        return LineError(path, line_no, "expected '#format gazetteer v1'");
      have_format = true;
      continue;
    }
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (line == "#placekey v" + std::to_string(kPlaceKeyVersion)) keys_current = true;
      continue;
    }
    if (!have_header) {
      n_columns = SplitFields(line, fields, '\t');
      if (n_columns > fields.size()) return LineError(path, line_no, "too many columns");
      for (size_t i = 0; i < n_columns; ++i)
        for (int c = 0; c < kNumCols; ++c)
          if (fields[i] == kColNames[c]) col_of[c] = static_cast<int>(i);
      for (Col c : {kName, kLat, kLon})
        if (col_of[c] < 0)
          return LineError(path, line_no, std::string("missing column '") + kColNames[c] + "'");
      have_header = true;
      continue;
    }
    size_t n = SplitFields(line, fields, '\t');
    if (n > n_columns)
      return LineError(path, line_no, std::to_string(n) + " fields, header has " + std::to_string(n_columns));
    auto get = [&](Col c) -> std::string_view {
      int i = col_of[c];
      return i >= 0 && static_cast<size_t>(i) < n ? fields[i] : std::string_view();
    };
    // Checked before the entry is added (an error leaves entries_ as it
    // was); then filled in place, not moved into the vector (a move of its
    // nine strings and name list per line).
    int64_t geonames_id = 0, population = 0;
    double lat = 0, lon = 0;
    if (!ParseInt(get(kGeonamesId), &geonames_id) || geonames_id < 0)
      return LineError(path, line_no, "bad geonames_id");
    if (!ParseDouble(get(kLat), &lat) || lat < -90 || lat > 90)
      return LineError(path, line_no, "bad lat '" + std::string(get(kLat)) + "'");
    if (!ParseDouble(get(kLon), &lon) || lon < -180 || lon > 180)
      return LineError(path, line_no, "bad lon '" + std::string(get(kLon)) + "'");
    if (!ParseInt(get(kPopulation), &population) || population < 0)
      return LineError(path, line_no, "bad population");
    std::string_view fclass = get(kClass);
    if (fclass.size() > 1) return LineError(path, line_no, "feature_class must be one letter");
    if (get(kName).empty()) return LineError(path, line_no, "empty name");
    uint32_t id = static_cast<uint32_t>(entries_.size());
    GazetteerEntry& e = entries_.emplace_back();
    Location& loc = e.location;
    loc.geonames_id = geonames_id;
    loc.lat = lat;
    loc.lon = lon;
    e.population = population;
    if (!fclass.empty()) e.feature_class = fclass[0];
    loc.name = get(kName);
    loc.pcode = get(kPcode);
    loc.name_ar = get(kNameAr);
    loc.country = get(kCountry);
    loc.feature_code = get(kCode);
    e.admin1_code = get(kAdmin1Code);
    loc.admin1 = get(kAdmin1);
    loc.admin2 = get(kAdmin2);
    e.source = get(kSource);
    for (std::string* s : {&loc.name, &loc.name_ar})
      std::replace(s->begin(), s->end(), '|', ' ');
    std::string_view names = get(kNames);
    std::string_view keys = get(kKeys);
    auto& stored = entries_.back().names;
    if (trust_keys && keys_current && col_of[kKeys] >= 0) {
      // Names verbatim, keys as stored: no normalisation at load time.
      size_t count = names.empty() ? 0 : 1 + std::count(names.begin(), names.end(), '|');
      stored.reserve(count);
      for (size_t b = 0; b <= names.size() && !names.empty();) {
        size_t bar = FindByte(names, '|', b);
        if (bar == std::string_view::npos) bar = names.size();
        if (bar > b) stored.emplace_back(names.substr(b, bar - b));
        b = bar + 1;
      }
      for (size_t b = 0; b <= keys.size() && !keys.empty();) {
        size_t bar = FindByte(keys, '|', b);
        if (bar == std::string_view::npos) bar = keys.size();
        if (bar > b) stored_keys.push_back({keys.substr(b, bar - b), id});
        b = bar + 1;
      }
      for (const std::string& name : entries_[id].names) AddArabicSpellingsOfG(id, name);
      continue;
    }
    AddName(id, entries_[id].location.name);
    if (!entries_[id].location.name_ar.empty()) AddName(id, entries_[id].location.name_ar);
    for (size_t b = 0; b < names.size();) {
      size_t bar = names.find('|', b);
      if (bar == std::string_view::npos) bar = names.size();
      if (bar > b) AddName(id, names.substr(b, bar - b));
      b = bar + 1;
    }
  }
  AddKeys(stored_keys);
  if (!have_format) return LineError(path, 1, "empty file, expected '#format gazetteer v1'");
  if (!have_header) return LineError(path, line_no, "no header line");
  return Status::OK();
}

void Gazetteer::Finalize() {
  std::vector<float> prominence(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) prominence[i] = static_cast<float>(Prominence(entries_[i]));
  // The postings grouped by key with a counting pass, not sorted as pairs:
  // the pass is stable, and a loaded file adds each key's ids in id order,
  // so a bucket is mostly in order already (one out of order, as names
  // imported later make, is sorted); its repeated ids are then dropped. Same
  // result as sorting the (key, id) pairs and dropping repeats.
  const size_t n_keys = keys_.size();
  std::vector<uint32_t> begin;
  GroupByKey(
      n_keys, [&](auto emit) { for (const auto& p : postings_) emit(p.first, p.second); }, &begin, &ids_);
  size_t out = 0;  // ids_ is compacted in place: out <= begin[k]
  for (size_t key = 0; key < n_keys; ++key) {
    Key& k = keys_[key];
    k.offset = static_cast<uint32_t>(out);
    const auto b = ids_.begin() + begin[key], e = ids_.begin() + begin[key + 1];
    if (!std::is_sorted(b, e)) std::sort(b, e);
    for (auto it = b; it != e; ++it)
      if (it == b || *it != *(it - 1)) ids_[out++] = *it;
    k.count = static_cast<uint32_t>(out - k.offset);
    const auto first = ids_.begin() + k.offset, last = ids_.begin() + out;
    auto better = [&](uint32_t a, uint32_t b) {
      return prominence[a] != prominence[b] ? prominence[a] > prominence[b] : a < b;
    };
    if (k.count > 32) {
      std::sort(first, last, better);
      continue;
    }
    // Insertion sort: most buckets hold one to three ids, and it allocates nothing.
    for (auto a = first + 1; a < last; ++a) {
      uint32_t id = *a;
      auto c = a;
      for (; c > first && prominence[*(c - 1)] < prominence[id]; --c) *c = *(c - 1);
      *c = id;
    }
  }
  ids_.resize(out);
  std::vector<std::pair<uint32_t, uint32_t>>().swap(postings_);
  // First words: a key's first word is interned (count 0 when it is no key of
  // its own) and records the longest key it starts. Interning may append to
  // keys_, so iterate by index over the keys present before.
  for (Key& k : keys_) k.most_words = 0;
  for (size_t i = 0; i < n_keys; ++i) {
    if (keys_[i].count == 0) continue;
    std::string_view key = std::string_view(key_text_).substr(keys_[i].text_offset, keys_[i].text_length);
    size_t space = key.find(' ');
    uint32_t words = static_cast<uint32_t>(1 + std::count(key.begin(), key.end(), ' '));
    uint32_t first = space == std::string_view::npos ? static_cast<uint32_t>(i)
                                                     : InternKey(std::string(key.substr(0, space)));
    keys_[first].most_words = std::max<uint32_t>(keys_[first].most_words, words);
  }
  finalized_ = true;
}

int Gazetteer::MaxWordsStartingWith(std::string_view first_word_key) const {
  int64_t k = FindKey(first_word_key);
  return k < 0 ? 0 : keys_[k].most_words;
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view key) const {
  int64_t k = FindKey(key);
  if (k < 0 || !finalized_) return {};
  const Key& rec = keys_[k];
  return std::span<const uint32_t>(ids_.data() + rec.offset, rec.count);
}

Status Gazetteer::Save(const std::string& path) const {
  std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Status::IOError("[E001] cannot write " + tmp + ": " + std::strerror(errno));
  std::string out;
  out.reserve(1 << 20);
  out += "#format gazetteer v1\n";
  out += "#placekey v" + std::to_string(kPlaceKeyVersion) + "\n";
  out += "# marsad gazetteer (doc/gazetteer.md). Contains GeoNames data (https://www.geonames.org), "
         "CC BY 4.0; UNCS / UN OCHA Syria COD-AB; Unicode CLDR. See data/geo/ATTRIBUTION.md.\n";
  out += "geonames_id\tpcode\tname\tname_ar\tlat\tlon\tcountry\tfeature_class\tfeature_code\t"
         "admin1_code\tadmin1\tadmin2\tpopulation\tsource\tnames\tkeys\n";
  bool failed = false;
  char num[64];
  for (const GazetteerEntry& e : entries_) {
    const Location& l = e.location;
    out += std::to_string(l.geonames_id);
    for (const std::string* s : {&l.pcode, &l.name, &l.name_ar}) { out += '\t'; out += *s; }
    std::snprintf(num, sizeof num, "\t%.5f\t%.5f", l.lat, l.lon);
    out += num;
    out += '\t'; out += l.country;
    out += '\t'; out += e.feature_class;
    for (const std::string* s : {&l.feature_code, &e.admin1_code, &l.admin1, &l.admin2}) { out += '\t'; out += *s; }
    out += '\t'; out += std::to_string(e.population);
    out += '\t'; out += e.source;
    out += '\t';
    std::vector<std::string> keys;
    for (size_t i = 0; i < e.names.size(); ++i) {
      if (i) out += '|';
      out += e.names[i];
      std::string k = NameKey(e.names[i]);
      if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
    }
    out += '\t';
    for (size_t i = 0; i < keys.size(); ++i) {
      if (i) out += '|';
      out += keys[i];
    }
    out += '\n';
    if (out.size() > (1 << 20)) {
      failed |= std::fwrite(out.data(), 1, out.size(), f) != out.size();
      out.clear();
    }
  }
  failed |= std::fwrite(out.data(), 1, out.size(), f) != out.size();
  failed |= std::fclose(f) != 0;
  if (failed || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IOError("[E001] cannot write " + path + ": " + std::strerror(errno));
  }
  return Status::OK();
}

}  // namespace marsad
