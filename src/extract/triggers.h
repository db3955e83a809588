// TriggerRecognizer stage: finds event words (doc.triggers) from
// data/{ar,en}/event_triggers.tsv.
//
// Forms match longest-first on word boundaries after stripping the proclitics
// و ف ب ل ك and the article (and enclitic pronouns, as the tokenizer split
// them); multi-word forms match their later words whole or without the
// article (الغارات الجوية → غارات جوية). Words inside an actor or a date
// mention are not triggers (فجر اليوم is dawn, "in March" a month). A nominal
// trigger written with the article or after an English determiner is marked
// `definite`: the event builder reads it as a reference to an event told
// before (ويأتي الهجوم بعد…).
//
// Voice, when a form has several rows: a `passive` cue (تم، جرى، was, were)
// right before the form (or before an English -ly adverb before it: "was
// publicly shot") makes it passive (a verbal noun after تم keeps its
// row but gets voice "passive": its agent is implicit). Between an active and
// a passive verb row, the active one is kept when an actor follows within two
// words (Arabic VSO: قتل الجيش ...) or precedes in the same clause (SVO);
// otherwise the passive one (وقتل أكثر من 300 شخص).
//
// Immutable after construction; Run() is thread-safe.
#ifndef MARSAD_EXTRACT_TRIGGERS_H_
#define MARSAD_EXTRACT_TRIGGERS_H_

#include <memory>

#include "extract/event_lexicon.h"
#include "marsad/pipeline.h"

namespace marsad {

class TriggerRecognizer : public Stage {
 public:
  explicit TriggerRecognizer(std::shared_ptr<const EventLexicon> lexicon) : lex_(std::move(lexicon)) {}
  std::string_view name() const override { return "triggers"; }
  LayerSet Requires() const override {
    return kLayerTokens | kLayerSentences | kLayerDates | kLayerActors | kLayerLexWords;
  }
  LayerSet Assigns() const override { return kLayerTriggers; }
  Status Run(Doc& doc) const override;

 private:
  std::shared_ptr<const EventLexicon> lex_;
};

}  // namespace marsad

#endif  // MARSAD_EXTRACT_TRIGGERS_H_
