// QuoteFinder stage: quoted spans in " “ ” « » ' ‘ ’ „, kept as units even
// across sentence ends, with the words that introduce them (for the speaker
// attribution of a later stage). An unclosed quote that opens after "X:" runs
// to the end of its paragraph. Immutable; thread-safe.
#ifndef MARSAD_TEXT_QUOTES_H_
#define MARSAD_TEXT_QUOTES_H_

#include <string_view>

#include "marsad/pipeline.h"

namespace marsad {

class QuoteFinder : public Stage {
 public:
  std::string_view name() const override { return "quotes"; }
  LayerSet Requires() const override { return kLayerTokens | kLayerSentences; }
  LayerSet Assigns() const override { return kLayerQuotes; }
  Status Run(Doc& doc) const override;
};

// True for the quotation marks later stages treat as name delimiters and
// quote edges: " « » “ ” ' ‘ ’ (one token each).
bool IsQuotationMark(std::string_view token);

}  // namespace marsad

#endif  // MARSAD_TEXT_QUOTES_H_
