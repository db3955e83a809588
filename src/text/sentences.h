// SentenceSplitter stage: paragraphs and sentences over the content tokens
// (metadata such as the "date 2024-11" header and a trailing source URL is
// left out).
//
// A newline ends a paragraph (and so a sentence). Inside a paragraph a
// sentence ends after . ! ? ؟ … (runs of them count once), taking any closing
// quotation marks and brackets that follow. A full stop does not end a
// sentence after a known abbreviation (data/{ar,en}/abbreviations.tsv), after
// a single Latin letter (initials, "U.S."), or when the next word starts in
// lower case. Immutable; thread-safe; linear in the number of tokens.
#ifndef MARSAD_TEXT_SENTENCES_H_
#define MARSAD_TEXT_SENTENCES_H_

#include <memory>
#include <string>
#include <unordered_set>

#include "marsad/pipeline.h"

namespace marsad {

class SentenceSplitter : public Stage {
 public:
  static Result<std::unique_ptr<SentenceSplitter>> Create(const std::string& data_dir);
  std::string_view name() const override { return "sentences"; }
  LayerSet Requires() const override { return kLayerTokens | kLayerMetadata; }
  LayerSet Assigns() const override { return kLayerSentences; }
  Status Run(Doc& doc) const override;

 private:
  bool EndsSentence(const Doc& doc, uint32_t i, uint32_t end) const;
  std::unordered_set<std::string> abbreviations_;  // normalised, without the final '.'
};

// True for the closing quotation marks and brackets that stay with the
// sentence before them: " ” » ’ ' ) ] ›
bool IsClosingMark(std::string_view token);

}  // namespace marsad

#endif  // MARSAD_TEXT_SENTENCES_H_
