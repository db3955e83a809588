// LexWordReader: the words of a document as the extraction stages look them
// up in their lexicons (BuildLexWords, event_lexicon.h), into doc.lex_words.
//
// Actors, triggers, events and indirect speech all read the same words; they
// were built once per stage (each build ~7% of extraction time), now once per
// document. Given the event lexicon's PhraseStarts, it also marks the
// variants of each word that begin a phrase of the lexicon's tables, once
// for them all.
#ifndef MARSAD_EXTRACT_LEX_WORDS_H_
#define MARSAD_EXTRACT_LEX_WORDS_H_

#include <memory>

#include "extract/phrase_starts.h"
#include "marsad/pipeline.h"

namespace marsad {

class LexWordReader : public Stage {
 public:
  LexWordReader() = default;
  explicit LexWordReader(std::shared_ptr<const PhraseStarts> starts) : starts_(std::move(starts)) {}
  std::string_view name() const override { return "lex_words"; }
  LayerSet Requires() const override { return kLayerTokens; }
  LayerSet Assigns() const override { return kLayerLexWords; }
  Status Run(Doc& doc) const override;

 private:
  std::shared_ptr<const PhraseStarts> starts_;  // may be null: words unmarked
};

}  // namespace marsad

#endif  // MARSAD_EXTRACT_LEX_WORDS_H_
