// EventBuilder stage: turns triggers into events (doc.events).
//
// One event per trigger that is not a casualty word, so a sentence may hold
// several. For each event:
//  - actor1/actor2 from the trigger's roles (doc/lexicons.md): the subject
//    right after a verb (Arabic VSO) or the first actor of the clause before
//    it (SVO), else the nearest actor before it in the sentence; the genitive
//    after a verbal noun; objects of the role prepositions (على، بين، ضد…).
//    A passive (تم + verbal noun, or a passive verb row) or a missing subject
//    takes the document's main actor (the most-named non-generic actor),
//    marked implicit. An actor name that is also a place (سوريا) is used only
//    right next to the trigger.
//  - place: a place mention of the clause, else of the sentence (after في/in
//    first, then the nearest), else the last place of the previous sentence.
//  - date: the date mention of the sentence nearest the trigger, else the
//    nearest earlier recent one, else the publication date (time_basis
//    "published", date -1).
//  - casualty triggers give their number to the nearest event of the
//    sentence (else of the previous sentence) as fatalities or injuries; the
//    figure after a `subset` cue whose noun names civilians is the civilian
//    subset; a `cumulative` cue or a since-date marks a running toll. A
//    casualty word alone with an explicit perpetrator makes its own event
//    (Attack for civilian victims, else Armed clash).
//  - quantities: percentages and counted nouns of the sentence not used as
//    casualties, on the nearest event before them.
//  - status: the trigger's default, overridden by cues by their scope, with
//    priority negated > intent > historical > hedged > claimed; the event's
//    own date more than three weeks before the reference day (a month taken
//    at its middle) makes it historical, and so does a date of the
//    sentence more than a year before the reference time
//    (a "since <year>" date only for triggers outside its clause: "the first
//    time since 2016" is news). `claimed` (SettleClaims, once actors are
//    coded) when a party is the only source: a speaker on record speaking of
//    its own deed (or a battle it fought), an army or armed group of the
//    other side's armed deed (not the police, not a civil authority, not of
//    unknown gunmen), a party's news agency (party_media cues), or the
//    party whose statement the document is (its heading or dateline); not
//    when witnesses or another named source share the sentence, nor when the
//    losing side admits it (admission cues).
//  - attribution: inside a quote, the quote's speaker; else the speaker of a
//    speech verb of the sentence; the kind from attribution cues (بيان →
//    official_statement, مصدر → anonymous_source with a named outlet as the
//    source, المحللون → analyst…).
//  - confidence = trigger prior × (0.6 + 0.2·actor1 [1 explicit, 0.5
//    implicit] + 0.1·place + 0.1·date from the text), capped at 1.
// ACLED refinement: a territory capture by State forces becomes "Government
// regains territory", and a regain by a non-state actor the reverse.
// Then ACLED's coding unit (doc/extract.md "From triggers to events"): words
// for one event merge (duplicates, threats with the act threatened, weapons
// as the means of an action, generic and definite words with the event they
// refer to, a crowd's stages); battles get the opponent named elsewhere;
// crowds, victims of violence against civilians and protesters under force
// get ACLED's default actors; "no casualties" gives a toll of zero. Places
// are coded to the nearest named town (an unknown village's parent, else the
// town named before; a country or province, or nothing, gives way to the
// latest town named in it).
//
// Immutable after construction; Run() is thread-safe.
#ifndef MARSAD_EXTRACT_EVENTS_H_
#define MARSAD_EXTRACT_EVENTS_H_

#include <memory>

#include "extract/event_lexicon.h"
#include "marsad/pipeline.h"

namespace marsad {

class EventBuilder : public Stage {
 public:
  explicit EventBuilder(std::shared_ptr<const EventLexicon> lexicon) : lex_(std::move(lexicon)) {}
  std::string_view name() const override { return "events"; }
  LayerSet Requires() const override {
    return kLayerTokens | kLayerSentences | kLayerQuotes | kLayerNumbers | kLayerDates | kLayerReferenceTime |
           kLayerPlaces | kLayerActors | kLayerTriggers | kLayerLexWords;
  }
  LayerSet Assigns() const override { return kLayerEvents; }
  Status Run(Doc& doc) const override;

 private:
  std::shared_ptr<const EventLexicon> lex_;
};

}  // namespace marsad

#endif  // MARSAD_EXTRACT_EVENTS_H_
