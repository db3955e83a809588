// PhraseStarts: the first words of several phrase tables in one index, so
// that a word is looked up once for all of them.
//
// The extractor asks some six phrase tables (aliases, persons, roles, cues,
// triggers, gapped triggers) for the longest phrase at nearly every word, and
// each ask began by looking up every variant of the word (up to twelve) in
// that table: the same variants hashed and probed again per table. Here each
// variant is looked up once per document (Mark(), run by LexWordReader), and
// a table then reads its own key of the word's first-word row
// (PhraseTable::Longest). Most words begin no phrase of any table: their
// mark is empty and every table's ask ends at once.
//
// Immutable after Build(); Mark() is thread-safe.
#ifndef MARSAD_EXTRACT_PHRASE_STARTS_H_
#define MARSAD_EXTRACT_PHRASE_STARTS_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

#include "marsad/annotations.h"
#include "util/key_filter.h"
#include "util/string_set.h"

namespace marsad {

class PhraseTable;

class PhraseStarts {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // Indexes the one-word keys of `tables` (phrases of one word and first
  // words of longer ones) and attaches each table to its column there. A
  // table changed afterwards (PhraseTable::Add) detaches itself.
  static std::shared_ptr<const PhraseStarts> Build(std::initializer_list<PhraseTable*> tables);

  // At most as many tables as LexWord::start_tables has bits.
  static constexpr size_t kMaxTables = 16;

  // Fills w.starts, w.start_rows and w.start_tables: which variants of w
  // are a first word here, their rows, and the tables that have them.
  void Mark(LexWord& w) const;

  // The key index in the table of `column` of the first word of `row`, or
  // kNone when that table has no phrase beginning with it.
  uint32_t KeyIn(uint32_t row, uint32_t column) const { return keys_[row * columns_ + column]; }

  // Tells the words marked by this index from the words of another (or of
  // none: 0).
  uint64_t id() const { return id_; }

 private:
  StringSet first_words_;       // rows
  std::vector<uint32_t> keys_;  // by row, then column: the table's key index
  std::vector<uint16_t> tables_;  // by row: bit c when the table of column c has it
  uint32_t columns_ = 0;
  KeyFilter filter_;            // the rows: most variants of running text fail it
  uint64_t id_ = 0;
};

}  // namespace marsad

#endif  // MARSAD_EXTRACT_PHRASE_STARTS_H_
