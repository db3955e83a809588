// CliticSegmenter: splits an Arabic word into proclitics, stem and enclitics
// (و + ب + ال + مدينه، كتاب + هم), deciding against lexicons so names survive.
//
// Contract: Load() reads data/ar/clitics.tsv, data/ar/words.tsv and
// data/ar/tokenizer_exceptions.tsv; after that the object is immutable and
// Segment() may be called from any thread. Decision order for a word w (in
// normalised form):
//   1. an exception row fixes the split;
//   2. a known word (words.tsv, gazetteer names) stays whole;
//   3. otherwise the split with the longest known stem wins, trying every
//      grammatical proclitic sequence (conjunction? preposition|future?
//      article?) and enclitic; ties go to fewer pieces;
//   4. otherwise, unless w is itself a place stem (بارا, Bara: not ب + ارا)
//      or a word of a longer name (AddNameWord),
//      the split with the longest place stem wins (AddPlaceStem: the
//      gazetteer's names the lexicon does not know, واغادير = و + اغادير):
//      proclitics only (not ك nor the future س), no enclitic, the stem at
//      least kMinPlaceStemLetters letters;
//   5. otherwise only the definite article (with its conjunction and
//      preposition) is split off, and only when at least three letters remain;
//   6. otherwise the word stays whole.
#ifndef MARSAD_TEXT_CLITICS_H_
#define MARSAD_TEXT_CLITICS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/status.h"
#include "util/string_set.h"

namespace marsad {

struct Segmentation {
  static constexpr int kMaxProclitics = 3;  // conjunction, preposition, article
  // Byte lengths of the proclitics, in order, and of the enclitic (0 if none).
  uint8_t proclitics[kMaxProclitics] = {0, 0, 0};
  uint8_t proclitic_count = 0;
  uint8_t enclitic = 0;
  const char* rule = "whole";  // which decision step produced it (for explain)
  size_t pieces() const { return proclitic_count + (enclitic ? 1 : 0) + 1; }
};

class CliticSegmenter {
 public:
  static Result<std::unique_ptr<CliticSegmenter>> Load(const std::string& data_dir);

  // `word` is one normalised Arabic word (letters only). `ends_in_ta_marbuta`:
  // its last letter was written ة, which normalises to ه; such a word never
  // ends in the pronoun ه (قصيرة is not قصير + ه).
  Segmentation Segment(std::string_view word, bool ends_in_ta_marbuta = false) const;

  // The stems `word` (normalised) may have after the proclitic `proclitic`
  // (one form of clitics.tsv: "و") by the clitic grammar alone: the rest of
  // the word bare, and before each enclitic that ends it, a stem in ت
  // before an enclitic also with its ة (زوجته: زوجت، زوجه). Known words play
  // no part: a caller tests the stems against its own lexicon. Empty when
  // `word` does not begin with that proclitic.
  std::vector<std::string> StemsAfter(std::string_view word, std::string_view proclitic) const;

  // True if `w` (normalised) is in the known-word lexicon.
  bool IsKnown(std::string_view w) const;

  // Adds a known word (e.g. a gazetteer name, written without its article).
  // Not thread-safe: call before sharing the segmenter between threads.
  void AddKnownWord(std::string_view w);

  // Adds a place stem: a name a proclitic may be split off when no known
  // stem reads the word (decision step 4), but which does not keep a word
  // whole. A name written with the article (الاحساء) also stands after
  // و + ال. Not thread-safe, like AddKnownWord().
  void AddPlaceStem(std::string_view w);
  bool IsPlaceStem(std::string_view w) const { return places_.Contains(w); }
  // Adds a word of a place's longer name (برنس of بورت أو برنس): no place
  // stem, but kept whole by step 4 (not ب + رنس, Reims).
  void AddNameWord(std::string_view w);
  static constexpr size_t kMinPlaceStemLetters = 3;

 private:
  struct Proclitic {
    std::string form;
    int slot_first;   // 1 conjunction, 2 preposition or future, 3 article
    int slot_last;    // لل fills 2 and 3
    std::string next_letters;  // the stem must start with one of these ("" = any)
  };
  Segmentation Decide(std::string_view word, bool ends_in_ta_marbuta) const;  // Segment() without the memo
  bool KnownStem(std::string_view stem, bool after_article) const;
  bool PlaceStem(std::string_view stem, bool after_article) const;
  // `places`: step 4, stems from places_ and no enclitic.
  bool TrySplit(std::string_view word, bool no_final_ha, size_t pos, int min_slot, bool article,
                Segmentation* pro, Segmentation* best, size_t* best_stem, bool places = false) const;

  void ArticleSplit(std::string_view word, size_t pos, int min_slot, Segmentation* pro,
                    Segmentation* best) const;

  std::vector<Proclitic> proclitics_;
  std::vector<std::string> enclitics_;  // longest first
  std::vector<std::string> inflections_;  // suffixes stripped when testing a stem
  StringSet known_;
  StringSet places_;  // AddPlaceStem()
  StringSet name_words_;  // AddNameWord()
  StringMap<Segmentation> exceptions_;  // searched by string_view
  size_t min_stem_letters_ = 2;
  uint64_t generation_ = 0;  // bumped by AddKnownWord; keys the per-thread memo
};

}  // namespace marsad

#endif  // MARSAD_TEXT_CLITICS_H_
