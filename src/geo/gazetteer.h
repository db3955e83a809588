// Gazetteer: places with their names in Arabic and Latin script, coordinates,
// administrative parents and feature codes, and an index from a loose name
// key (PlaceKey) to candidate entries.
//
// Contract: Load() or Create() → Import*() as often as needed → Finalize() →
// Lookup()/entry(). After Finalize() the object is immutable and thread-safe.
// Memory: about the size of the entries plus one index slot per name.
#ifndef MARSAD_GEO_GAZETTEER_H_
#define MARSAD_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/annotations.h"
#include "marsad/status.h"

namespace marsad {

struct GazetteerEntry {
  Location location;          // name, name_ar, ids, lat/lon, country, admin1/2, feature_code
  char feature_class = 'P';   // GeoNames class: P populated place, A admin, S spot/facility, H, T, L
  int64_t population = 0;
  std::string admin1_code;    // "SY.09" style or OCHA "SY02": equal codes = same first-level unit
  std::string source;         // geonames|geonames-cities1000|ocha|cldr|facilities|regions|user:<file>
  std::vector<std::string> names;  // every alias as written (Arabic and Latin)
};

// The loose matching key of a place name already normalised with
// NormalizeKey(): Arabic: the article ال dropped from the start of each word,
// ظ folded to ض; Latin: hyphens, apostrophes and the articles al/el/ad/ar/as/
// at/az/an/ash/ad- dropped, "ou"→"u"... (doc/gazetteer.md lists every fold).
// Words are separated by one space.
std::string PlaceKey(std::string_view normalized_name);

class Gazetteer {
 public:
  // An empty gazetteer.
  static std::unique_ptr<Gazetteer> Create();
  // Reads a marsad gazetteer file (doc/gazetteer.md: `#format gazetteer v1`)
  // and finalizes. Errors name path:line.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& path);

  // Adds the places of `path`, detecting its format: a marsad gazetteer file,
  // a GeoNames main-table dump (allCountries.txt, XX.txt, cities*.txt), a
  // GeoNames alternateNamesV2.txt (adds names to entries already present), or
  // an OCHA P-code CSV (admin or neighbourhood gazetteer). REQUIRES: not
  // finalized. A malformed line is an error naming path:line.
  Status ImportFile(const std::string& path);

  // Writes every entry in the marsad gazetteer format.
  Status Save(const std::string& path) const;

  // Builds the name index. Entries added later are not indexed.
  void Finalize();

  // Entry ids whose PlaceKey of some alias equals `key`, best-known first
  // (higher feature rank and population first). Empty when none.
  std::span<const uint32_t> Lookup(std::string_view key) const;

  const GazetteerEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  // The most words any indexed name has (bounds the recognizer's window).
  int max_name_words() const { return max_name_words_; }
  // The most words of an indexed key whose first word is `first_word_key` (a
  // one-word PlaceKey), 0 when no key starts with it: lets the recognizer
  // skip most words of running text with one lookup. REQUIRES: finalized.
  int MaxWordsStartingWith(std::string_view first_word_key) const;

 // The key of a raw name: PlaceKey(NormalizeKey(name)).
  static std::string NameKey(std::string_view name);
  // Lookup(NameKey(name)), for callers holding a name as written.
  std::span<const uint32_t> LookupName(std::string_view name) const { return Lookup(NameKey(name)); }
  // How well-known an entry is: feature tier (country > capital > first-level
  // seat/unit > ... > neighbourhood) plus log10(population). Lookup order.
  static double Prominence(const GazetteerEntry& e);
  // Id of the entry with this GeoNames id / P-code, or -1. Linear scan: for
  // tests and tools, not per-token use.
  int64_t FindGeonamesId(int64_t geonames_id) const;
  int64_t FindPcode(std::string_view pcode) const;
  // Number of distinct index keys, and of (key, entry) index slots.
  size_t key_count() const { return keys_.size(); }
  size_t posting_count() const { return ids_.size(); }
  // Index key k (k < key_count()) and the entries having it, best first:
  // every name's key read back from the index, without normalising the
  // names again (TransliterationIndex). Some keys (first words of longer
  // keys) have no entries. REQUIRES: finalized.
  std::string_view key_text(uint32_t k) const {
    return std::string_view(key_text_).substr(keys_[k].text_offset, keys_[k].text_length);
  }
  std::span<const uint32_t> key_ids(uint32_t k) const {
    return std::span<const uint32_t>(ids_.data() + keys_[k].offset, keys_[k].count);
  }
  bool finalized() const { return finalized_; }
  // A hash of the file bytes Load() read (0 for a gazetteer built any other
  // way): caches derived from the gazetteer (the transliteration index) are
  // valid only for the same bytes.
  uint64_t source_fingerprint() const { return source_fingerprint_; }

  // GeoNames writes the g of Persian and Pashto names with گ (folded to ك by
  // the key); Arabic reports write it ج or غ as often. The name so spelt,
  // once with each; none for a name without گ.
  static std::vector<std::string> ArabicSpellingsOfG(std::string_view name);

 private:
  friend class GazetteerImporter;  // gazetteer_import.cc
  // Adds `name` to entry `id` unless it has it, and indexes it.
  void AddName(uint32_t id, std::string_view name);
  // Indexes a name spelt with Persian گ under its Arabic spellings.
  void AddArabicSpellingsOfG(uint32_t id, std::string_view name);
  // Indexes `key` (already a PlaceKey) for entry `id`.
  void AddKey(uint32_t id, std::string_view key);
  // AddKey for many (key, entry id) pairs, faster in bulk.
  void AddKeys(std::span<const std::pair<std::string_view, uint32_t>> keys);
  uint32_t InternKey(std::string_view key);
  uint32_t InternKey(std::string_view key, uint64_t hash);  // hash = HashKey(key)
  void ReserveTable(size_t keys);  // room for `keys` keys at load factor <= 1/2
  int64_t FindKey(std::string_view key) const;
  Status ParseGazetteerText(const std::string& path, std::string_view text, bool trust_keys);

  std::vector<GazetteerEntry> entries_;
  // Every distinct key once in key_text_; table_ is an open-addressing hash
  // table of keys_ indices + 1 (0 = empty) tagged with their hash. After Finalize() keys_[k].offset/
  // count give the key's ids in ids_, best first, and most_words the most
  // words of a key starting with this one as its first word (Finalize()
  // interns first words that are no key themselves, with count 0).
  struct Key {
    uint32_t text_offset, text_length, offset;
    uint32_t count : 24, most_words : 8;
  };
  std::string key_text_;
  std::vector<Key> keys_;
  std::vector<uint64_t> table_;  // see Slot() in gazetteer.cc
  std::vector<std::pair<uint32_t, uint32_t>> postings_;  // (key, entry) until Finalize()
  std::vector<uint32_t> ids_;
  int max_name_words_ = 0;
  bool finalized_ = false;
  uint64_t source_fingerprint_ = 0;
};

}  // namespace marsad

#endif  // MARSAD_GEO_GAZETTEER_H_
