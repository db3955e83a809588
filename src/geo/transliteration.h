// Transliteration fallback: an Arabic-script place name the gazetteer lacks
// is matched against the Latin names of its entries by a shared consonant
// skeleton (الفاشر ~ El Fasher: f-S-r; جوهر ~ Jawhar, Johar: j-h-r).
//
// The letter-to-class table is data (data/geo/transliteration.tsv, which
// documents every class); this file holds the mechanism and the guards.
// Skeletons are short and collide, so the matcher is a fallback only: the
// geoparser asks it for a name the text already marks as a place (after a
// settlement cue or a facility word), and Choose() refuses a match the
// document's other places cannot decide (doc/geoparser.md).
//
// TransliterationTable is immutable after Load(). TransliterationIndex builds
// its skeleton index over the gazetteer's Latin names on first use (so the
// gazetteer's load time is not touched); all its methods are thread-safe.
#ifndef MARSAD_GEO_TRANSLITERATION_H_
#define MARSAD_GEO_TRANSLITERATION_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer.h"
#include "marsad/status.h"
#include "util/string_set.h"

namespace marsad {

class TransliterationTable {
 public:
  // Reads a `#format transliteration v1` file. Errors name path:line.
  static Result<TransliterationTable> Load(const std::string& path);

  // The skeleton readings of a name as written (either script): NormalizeKey
  // and PlaceKey first (articles, hyphens), then each word class by class;
  // two Latin letters of one class side by side count once (not with a
  // vowel between: Dubab is d-b-b; Arabic letters always count: صدد Sadad). One string per reading (an ambiguous letter
  // such as ج gives two), deduplicated, at most kMaxReadings. Each character
  // of a skeleton is one class; one space separates the words. A name of
  // several words, each of two classes or more, also has its joined reading.
  std::vector<std::string> Skeletons(std::string_view name) const;
  // The same into *out (cleared first), reusing its strings' buffers: for
  // the index, which asks for every Latin name of the gazetteer.
  void Skeletons(std::string_view name, std::vector<std::string>* out) const;
  // The same for a name's key, PlaceKey(NormalizeKey(name)).
  void SkeletonsOfKey(std::string_view key, std::vector<std::string>* out) const;

  static constexpr size_t kMaxReadings = 32;
  static constexpr size_t kMaxGrapheme = 3;  // code points

  // Does a Latin name carry one of the table's articles before another word
  // (El Fasher, Al-Jahra, As Safa)?
  bool HasLatinArticle(std::string_view name) const;

 private:
  // SkeletonsOfKey for a key of ASCII letters whose every letter has one
  // reading (most Latin names): one reading built in place. False (and *out
  // untouched) when the key is not such a one.
  bool SingleReadingSkeletons(std::string_view key, std::vector<std::string>* out) const;

  struct Rule {
    std::vector<std::string> any, initial, final_, before_word;  // readings
    bool has_any = false, has_initial = false, has_final = false, has_before_word = false;
    // The readings of the grapheme where it stands: at a word's start, at its
    // end before another word, at the name's end, or anywhere; null if none.
    const std::vector<std::string>* ReadingsAt(bool at_start, bool at_end, bool word_follows) const {
      if (at_start && has_initial) return &initial;
      if (at_end && word_follows && has_before_word) return &before_word;
      if (at_end && has_final) return &final_;
      if (has_any) return &any;
      return nullptr;
    }
  };
  // Up to kMaxGrapheme code points packed in one integer (PackGrapheme).
  std::unordered_map<uint64_t, Rule> rules_;
  // The rules of one-letter graphemes below U+0800 again, without hashing:
  // single_rules_[single_[cp] - 1] (0: none). Set at the end of Load().
  std::vector<uint16_t> single_ = std::vector<uint16_t>(0x800, 0);
  std::vector<Rule> single_rules_;
  // For code points below 0x800: does a grapheme of two letters or more
  // start with it? (Most letters need one lookup, not three.)
  std::vector<bool> starts_long_ = std::vector<bool>(0x800, false);
  // The same for two ASCII letters: [first * 0x80 + second].
  std::vector<bool> ascii_pair_starts_long_ = std::vector<bool>(0x80 * 0x80, false);
  std::vector<std::u32string> articles_;  // Latin words dropped before another word
  std::vector<std::u32string> glued_articles_;  // dropped from the start of a later word
  size_t max_grapheme_ = 1;               // code points
};

// What the text says about the name, for Choose().
struct TransliterationContext {
  // The kind of place the text names it as: a cue's value (village, city,
  // governorate…, data/{ar,en}/places.tsv) or "facility". Other kinds
  // (mountain, valley…) are refused: the gazetteer lists settlements.
  std::string cue;
  // Entries the document's other mentions resolved to (their countries,
  // first-level divisions and positions decide between namesakes).
  std::vector<uint32_t> document_places;
  // The entry of the mention's named parent ("X في ريف حلب"), or -1.
  int64_t parent = -1;
  // An entry whose Arabic names are ignored, as if the gazetteer knew it in
  // Latin only (`marsad eval translit` measures the fallback on towns whose
  // Arabic name it has not seen); -1 in the pipeline.
  int64_t ignore_arabic_of = -1;
  // Names written with any letter Arabic does not use (Persian ک ی, Urdu ہ…,
  // not only پ چ ژ گ) count as no Arabic spelling: set when the reading
  // being questioned rests on such a spelling itself, so that its
  // namesakes' Persian spellings do not outweigh their Latin names.
  bool persian_is_no_arabic = false;
  // "مقاطعة كابونغ": a county written without the article, which Africa's
  // districts mostly are, is named after its seat; the gazetteer may list
  // the seat town (PPLA…) and not the unit, and the town then says where.
  bool seat_names_unit = false;
  // Break a tie of two-consonant namesakes in the document's countries on
  // the vowels written (Choose). The geoparser holds it back until its
  // other readings are done: a word that ties may be the first of a
  // two-word name the document's places then find.
  bool vowel_tie_break = true;
};

struct TransliterationChoice {
  int64_t id = -1;     // the entry, or -1 when refused
  std::string reason;  // "transliteration: El Fasher"; when refused and there
                       // were candidates, why ("transliteration ambiguous: …")
  bool article_dropped = false;  // read without its Arabic article (a Maghrebi French spelling)
};

class TransliterationIndex {
 public:
  // REQUIRES: `gazetteer` is finalized (its index supplies the Latin keys).
  TransliterationIndex(TransliterationTable table, std::shared_ptr<const Gazetteer> gazetteer);

  const TransliterationTable& table() const { return table_; }

  struct Candidate {
    uint32_t id;
    uint32_t length;  // classes in the matching skeleton
  };
  // Entries some Latin name of which shares a skeleton of `name` (any script)
  // of at least `min_length` classes, best-known first (Gazetteer::Prominence),
  // each once with its longest matching skeleton.
  std::vector<Candidate> Candidates(std::string_view name, size_t min_length = 2) const;
  // The skeletons of `name` as Choose reads them: table().Skeletons(name),
  // remembered per name (NameSkeletons below).
  std::vector<std::string> QuerySkeletons(std::string_view name) const { return *NameSkeletons(name); }

  // The fallback decision for an Arabic name the gazetteer lacks (Lookup is
  // empty): id -1 unless a candidate survives the guards —
  //  * the cue is a settlement's, an area's or a facility's, and the entry is
  //    of the cue's kind (a governorate is a unit, a village a populated place);
  //  * a skeleton of 3+ classes; of 2 only after a settlement or area cue, in
  //    a country of the document's places, and within 100 km of them unless
  //    it is the only such candidate there;
  //  * an entry whose own Arabic name is known is it only if that name is
  //    spelled with the same letters but for the vowel letters ا و ي and
  //    hamza (the last letter counts) and spaces, with the article where the
  //    name has it;
  //    a name with the article ال matches an entry without Arabic name only if
  //    some Latin name has an article (El Fasher, As Safa); and such an
  //    entry in the document's countries (article alike), better known than
  //    the choice, makes the choice doubtful (refused: قوانغتشو is no lesser
  //    namesake of غوانزو Guangzhou);
  //  * a neighbourhood only within 50 km of the document's places;
  //  * candidates in the document's countries first, scored by prominence,
  //    the named parent's division or distance, the document's divisions,
  //    nearness to its places and the vowel the Arabic writes after the
  //    first consonant (كابونغ: Kaabong, not Kibingo);
  //  * outside them, no facility, village, area or neighbourhood, only a
  //    well-known place (capital, seat, first-level unit, 100k+), and in a
  //    document with places elsewhere only a name with the article; refused
  //    when a candidate in another country is about as well known.
  //  * a name with ك that finds nothing is read again with ك as a g (غ), as
  //    Moroccan, Algerian, Tunisian, Iranian and Afghan writers spell their
  //    towns' g (إنزكان Inezgane, أكادير Agadir); only a place of those
  //    countries, in a report on its country, is taken so;
  //  * a Persian or Urdu spelling of a town where no Arabic script is
  //    written that reads none of its Latin names (بیتؤا, Bertoua) does not
  //    exclude the town for a name reading its main Latin name (برتوا) in a
  //    report on its country.
  TransliterationChoice Choose(std::string_view arabic_name, const TransliterationContext& context) const;

  // Keeps the built index in `file` (transliteration_cache.cc): read back
  // instead of built when its recorded fingerprint is `fingerprint`, written
  // after a build otherwise. Building it is a fifth of a 1 MB run's work.
  void UseCacheFile(std::string file, uint64_t fingerprint) {
    cache_file_ = std::move(file);
    cache_fingerprint_ = fingerprint;
  }

 private:
  // Choose() for the name as written (ك a k only).
  TransliterationChoice ChooseAsWritten(std::string_view arabic_name, const TransliterationContext& context) const;

  void BuildIndex() const;
  void BuildOrReadIndex() const;
  bool ReadCache() const;
  void WriteCache() const;
  std::string cache_file_;
  uint64_t cache_fingerprint_ = 0;

  TransliterationTable table_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  // The skeleton's key k (see below), or -1 when no Latin name has it.
  int64_t FindKey(std::string_view skeleton, uint64_t hash) const;
  std::string_view KeyText(uint32_t k) const {
    return std::string_view(key_text_).substr(key_offset_[k], key_offset_[k + 1] - key_offset_[k]);
  }

  // Do the skeletons of an Arabic-script name of entry `id` meet those of one
  // of its Latin names?
  bool ReadsALatinName(uint32_t id, std::string_view arabic) const;

  // What Choose() reads of an entry's Arabic names, made once per entry (the
  // same entries come back as candidates of many names and documents).
  struct ArabicReading {
    bool persian_only = false;    // has a letter Persian alone writes
    // Non-Arabic letters, in a country that writes no Arabic script: when it
    // reads none of the entry's Latin names too (ReadsALatinName, asked only
    // where Choose would heed it: the costly half), a misreading (بیتؤا for
    // Bertoua).
    bool may_misread_latin = false;
    uint32_t name = 0;  // its index in entry.names
    bool non_arabic = false;      // has a letter Arabic does not write
    bool article = false;         // its key begins with the article
    bool ends_in_plain_alef = false;
    std::string consonants;       // ArabicConsonants of its key
  };
  struct EntryReadings {
    std::vector<ArabicReading> arabic;
    std::vector<uint32_t> latin;  // the indexes of the other names, in entry.names
  };
  const EntryReadings& Readings(uint32_t id) const;
  mutable std::mutex readings_mu_;
  mutable std::unordered_map<uint32_t, EntryReadings> readings_;  // nodes stay put
  // The skeletons of two or more classes of an entry's Latin names that
  // begin with a consonant (what Choose matches a consonant-initial Arabic
  // name against), made once per entry: building them folds and expands
  // every Latin name, and the same entries come back as candidates of many
  // documents. Asked only of candidates that reach that test, so kept apart
  // from Readings, which every candidate asks for.
  const std::vector<std::string>& ConsonantInitialSkeletons(uint32_t id) const;
  mutable std::unordered_map<uint32_t, std::vector<std::string>> consonant_skeletons_;  // under readings_mu_

  // The place keys, PlaceKey(NormalizeKey(name)), of an entry's Latin names
  // that IsLatinName accepts, in the order of its names, made once per
  // entry: Choose's vowel tests read them for every candidate, and the same
  // entries come back as candidates of many names and documents.
  const std::vector<std::string>& LatinKeys(uint32_t id) const;
  mutable std::unordered_map<uint32_t, std::vector<std::string>> latin_keys_;  // under readings_mu_
  // Whether some Latin name of the entry has an article (El Fasher, As
  // Safa), made once per entry: asked of every candidate of a name with
  // the Arabic article, and the same entries come back for many names.
  bool LatinArticle(uint32_t id) const;
  mutable std::unordered_map<uint32_t, bool> latin_article_;  // under readings_mu_

  // Candidates() of each name asked, made once per process: the same names
  // come back in many documents, and each ask folds the name into its
  // skeletons, probes them and ranks up to hundreds of namesakes. A pure
  // function of the name, the bound and the fixed index. Cleared when it
  // holds kMaxRememberedNames names, so a long stream keeps it bounded.
  std::vector<Candidate> FindCandidates(std::string_view name, size_t min_length) const;
  static constexpr size_t kMaxRememberedNames = 1 << 16;
  mutable std::mutex candidates_mu_;
  mutable std::unordered_map<std::string, std::vector<Candidate>> candidates_;  // key: bound byte + name
  // table_.Skeletons of each name asked (any script), made once per process:
  // FindCandidates and ChooseAsWritten both read the queried name's
  // skeletons, and Choose asks the same names again and again (the same
  // town in many documents, and a name once as written, once without its
  // article, once with ك read as g). A pure function of the name and the
  // fixed table. Shared, not referenced: the memo is cleared when it holds
  // kMaxRememberedNames names, while another thread may still read one.
  // Equal to table_.Skeletons(name) (a test holds it so).
  std::shared_ptr<const std::vector<std::string>> NameSkeletons(std::string_view name) const;
  mutable std::mutex name_skeletons_mu_;
  mutable StringMap<std::shared_ptr<const std::vector<std::string>>> name_skeletons_;

  mutable std::once_flag built_;
  // Built once: the distinct skeletons in key_text_ (key k at
  // key_offset_[k], key_offset_[k + 1]), found by an open-addressing hash
  // table slots_ of (hash tag | k + 1) slots (0 = empty), each with its ids (best
  // first) at ids_[id_begin_[k], id_begin_[k + 1]).
  mutable std::string key_text_;
  mutable std::vector<uint32_t> key_offset_;
  mutable std::vector<uint64_t> slots_;
  mutable std::vector<uint32_t> id_begin_;
  mutable std::vector<uint32_t> ids_;
};

// Loads `<data_dir>/geo/transliteration.tsv` into an index over `gazetteer`;
// nullptr (no fallback) when the file does not exist; an error when it is
// malformed. The index is cached (TransliterationIndexCacheFile) when the
// gazetteer was read from a file.
Result<std::unique_ptr<TransliterationIndex>> LoadTransliterationIndex(
    const std::string& data_dir, std::shared_ptr<const Gazetteer> gazetteer);

// Where the index built from a gazetteer and table of these fingerprints is
// cached: $MARSAD_CACHE_DIR (caching off when set but empty), else
// $XDG_CACHE_HOME/marsad, else $HOME/.cache/marsad; the file name carries a
// fingerprint of the gazetteer's bytes, the table's bytes and the code the
// index is built with (a hash of the sources under src/geo, src/text and
// src/util made at build time: a rebuild that changes none of them keeps the
// file). Empty when there is no such directory to use.
std::string TransliterationIndexCacheFile(uint64_t gazetteer_fingerprint, uint64_t table_fingerprint,
                                          uint64_t* fingerprint);

}  // namespace marsad

#endif  // MARSAD_GEO_TRANSLITERATION_H_
