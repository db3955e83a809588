// IndirectSpeechFinder stage: reported speech without quotation marks.
//
// "قال المتحدث باسم الجيش إن القوات ...", "The army said that ...": a speech
// verb (an `attribution` cue of scope `quote` in data/{ar,en}/event_cues.tsv),
// its speaker (the actor right after it, VSO, or right before it, SVO) and a
// `complementizer` cue (إن، أن، بأن، that) within three words make an
// indirect quote: what follows the complementizer to the end of the
// sentence (a quoted phrase inside it included). Appended to doc.quotes
// (indirect = true) with the speaker in doc.quote_speakers. It runs after
// the event builder: events are attributed to a speech verb's speaker by
// the builder's own rules, so this stage only adds quotes to the record.
//
// Immutable after construction; Run() is thread-safe.
#ifndef MARSAD_EXTRACT_INDIRECT_SPEECH_H_
#define MARSAD_EXTRACT_INDIRECT_SPEECH_H_

#include <memory>

#include "extract/event_lexicon.h"
#include "marsad/pipeline.h"

namespace marsad {

class IndirectSpeechFinder : public Stage {
 public:
  explicit IndirectSpeechFinder(std::shared_ptr<const EventLexicon> lexicon) : lex_(std::move(lexicon)) {}
  std::string_view name() const override { return "indirect_speech"; }
  LayerSet Requires() const override {
    return kLayerTokens | kLayerSentences | kLayerQuotes | kLayerActors | kLayerEvents | kLayerLexWords;
  }
  LayerSet Assigns() const override { return kLayerQuotes; }
  Status Run(Doc& doc) const override;

 private:
  std::shared_ptr<const EventLexicon> lex_;
};

}  // namespace marsad

#endif  // MARSAD_EXTRACT_INDIRECT_SPEECH_H_
