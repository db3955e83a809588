#include "extract/phrase_starts.h"

#include <atomic>
#include <cassert>

#include "extract/event_lexicon.h"

namespace marsad {

std::shared_ptr<const PhraseStarts> PhraseStarts::Build(std::initializer_list<PhraseTable*> tables) {
  static std::atomic<uint64_t> next_id{1};
  auto starts = std::make_shared<PhraseStarts>();
  starts->id_ = next_id.fetch_add(1);
  assert(tables.size() <= kMaxTables);
  starts->columns_ = static_cast<uint32_t>(tables.size());
  uint32_t column = 0;
  for (PhraseTable* t : tables) {
    for (size_t k = 0; k < t->keys_.size(); ++k) {
      const std::string_view key = t->keys_.at(k);
      if (key.find(' ') != std::string_view::npos) continue;  // a later word's key
      if (starts->first_words_.Insert(key)) {
        starts->keys_.resize(starts->keys_.size() + starts->columns_, kNone);
        starts->tables_.push_back(0);
        starts->filter_.Add(key);
      }
      const size_t row = starts->first_words_.Find(key);
      starts->keys_[row * starts->columns_ + column] = static_cast<uint32_t>(k);
      starts->tables_[row] |= static_cast<uint16_t>(1u << column);
    }
    ++column;
  }
  column = 0;
  for (PhraseTable* t : tables) t->Attach(starts, column++);
  return starts;
}

void PhraseStarts::Mark(LexWord& w) const {
  // The rows are keys of one word: a word with a space in it (none that the
  // tokenizer makes) could match a longer key, so its tables look it up
  // themselves.
  if (w.text().find(' ') != std::string::npos) return;
  w.starts_of = id_;
  w.starts = 0;
  w.start_tables = 0;
  for (size_t i = 0; i < w.variants.size(); ++i) {
    const std::string_view v = w.variants[i];
    if (!filter_.MayContain(v)) continue;
    const size_t row = first_words_.Find(v);
    if (row == StringSet::kNone) continue;
    w.starts |= static_cast<uint16_t>(1u << i);
    w.start_rows[i] = static_cast<uint32_t>(row);
    w.start_tables |= tables_[row];
  }
}

}  // namespace marsad
