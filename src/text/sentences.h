// SentenceSplitter stage: paragraphs (blank line, or a newline after sentence-
// final punctuation... see doc/sentences.md) and sentences, ended by . ! ? ؟ …
// and by a newline. Abbreviations ("Mr.", "U.S.", "د.") and decimals do not end
// a sentence. Immutable; thread-safe.
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
  LayerSet Requires() const override { return kLayerTokens; }
  LayerSet Assigns() const override { return kLayerSentences; }
  Status Run(Doc& doc) const override;

 private:
  std::unordered_set<std::string> abbreviations_;  // normalised, without the final '.'
};

}  // namespace marsad

#endif  // MARSAD_TEXT_SENTENCES_H_
