// ActorRecognizer stage: finds actor and person mentions (doc.actors) and the
// speaker of each quote (doc.quote_speakers).
//
// Aliases (data/{ar,en}/actor_aliases.tsv) match longest-first on word
// boundaries through the proclitics و ف ب ل ك. An alias with several rows is
// resolved by its context rules (doc/lexicons.md): `speaker:` against the
// speaker of the enclosing quote, or of the sentence's speech verb for
// indirect speech ("قال الجيش إن ..."); `country:` against the sentence's
// places (else the document's); `doc_has:` against the other mentions;
// `before:`/`after:` against the sentence's first resolved date, else the
// reference time. `@speaker` rows ("قواتنا") become the speaker's actor.
//
// Persons: a name from data/shared/persons.tsv, or 1-3 unknown words right
// after a role phrase (data/{ar,en}/person_roles.tsv) with an actor and before
// ':' or a quote ("قائد الحرس الثوري الإيراني حسين سلامي:"). The role is
// "<organisation abbreviation or name> <role>" ("IRGC commander").
//
// Quote speakers: the first person, else the first actor, in Quote::intro; when the
// intro is empty, the first actor after the closing mark in the same sentence
// ("«...»، قال الجيش"). doc.quote_speakers[q] indexes doc.actors or is -1.
//
// Immutable after Create(); Run() is thread-safe.
#ifndef MARSAD_EXTRACT_ACTORS_H_
#define MARSAD_EXTRACT_ACTORS_H_

#include <memory>
#include <string>

#include "extract/event_lexicon.h"
#include "marsad/pipeline.h"

namespace marsad {

class ActorRecognizer : public Stage {
 public:
  explicit ActorRecognizer(std::shared_ptr<const EventLexicon> lexicon) : lex_(std::move(lexicon)) {}
  std::string_view name() const override { return "actors"; }
  LayerSet Requires() const override {
    return kLayerTokens | kLayerSentences | kLayerQuotes | kLayerDates | kLayerReferenceTime | kLayerPlaces |
           kLayerLexWords;
  }
  LayerSet Assigns() const override { return kLayerActors; }
  Status Run(Doc& doc) const override;

 private:
  std::shared_ptr<const EventLexicon> lex_;
};

}  // namespace marsad

#endif  // MARSAD_EXTRACT_ACTORS_H_
