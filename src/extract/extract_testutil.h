// Test helpers for the extraction stages: one extract pipeline per process
// and a readable dump of what it found (printed by the tests when
// MARSAD_DEBUG_EXTRACT is set).
#ifndef MARSAD_EXTRACT_EXTRACT_TESTUTIL_H_
#define MARSAD_EXTRACT_EXTRACT_TESTUTIL_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/doc.h"
#include "marsad/pipeline.h"
#include "tests/testutil.h"
#include "text/normalize.h"
#include "util/civil_time.h"

namespace marsad::test {

// The extract pipeline with the shipped data, or nullptr if it cannot be
// built (the caller fails the test with the printed reason).
inline const Pipeline* ExtractLayer() {
  static const Pipeline* p = [] {
    auto r = Pipeline::CreateExtractLayer(DataDir());
    if (!r.ok()) {
      std::fprintf(stderr, "extract layer: %s\n", r.status().ToString().c_str());
      return static_cast<const Pipeline*>(nullptr);
    }
    return static_cast<const Pipeline*>(new Pipeline(std::move(r).value()));
  }();
  return p;
}

inline Doc Extract(const std::string& text) {
  Doc doc(text);
  Status s = ExtractLayer()->Run(doc);
  if (!s.ok()) std::fprintf(stderr, "run: %s\n", s.ToString().c_str());
  return doc;
}

// Runs the pipeline with a publication day given from outside ("2024-11-30").
inline Doc ExtractAt(const std::string& text, int year, int month, int day) {
  Doc doc(text);
  ReferenceTime t;
  t.unix_ms = DaysFromCivil(CivilDay{year, month, day}) * 86400000LL + 12 * 3600000LL;
  t.precision = DatePrecision::kDay;
  t.basis = ReferenceTime::Basis::kGiven;
  doc.given_time = t;
  Status s = ExtractLayer()->Run(doc);
  if (!s.ok()) std::fprintf(stderr, "run: %s\n", s.ToString().c_str());
  return doc;
}

// How many of the document's events have ACLED sub-event type `sub`.
inline size_t CountSub(const Doc& doc, std::string_view sub) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

// How many of the document's events have ACLED event type `type`.
inline size_t CountType(const Doc& doc, std::string_view type) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type == type;
  return n;
}

// How many events have ACLED sub-event type `sub` and status `status`.
inline size_t CountWithStatus(const Doc& doc, std::string_view sub, std::string_view status) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub && e.status == status;
  return n;
}

// The first event of ACLED sub-event type `sub`, or null.
inline const Event* FirstOfSub(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

// The best figure of the first event that has a death toll, if any.
inline std::optional<double> FirstTollBest(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.fatalities) return e.fatalities->best;
  return std::nullopt;
}

// The first event whose trigger text (norm) is `trigger`, or null.
inline const Event* EventFor(const Doc& doc, std::string_view trigger) {
  for (const Event& e : doc.events)
    if (doc.norm(doc.triggers[e.trigger].span).find(trigger) != std::string_view::npos) return &e;
  return nullptr;
}

// EventFor with `trigger` as written (normalised here), failing the test
// when no event has it.
inline const Event* ExpectEvent(const Doc& doc, std::string_view trigger) {
  const Event* e = EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  return e;
}

// The day of the first event with `trigger` as written: "" when the event
// has the report's own day (and, through EXPECT, when there is no event).
inline std::string DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = ExpectEvent(doc, trigger);
  if (!e || e->date < 0) return "";
  return doc.dates[e->date].value;
}

// A toll as "low/best/high" ("5/-/9": no best), or "none".
inline std::string Figures(const std::optional<CasualtyFigure>& f) {
  if (!f) return "none";
  auto one = [](const std::optional<double>& v) { return v ? std::to_string(static_cast<long long>(*v)) : "-"; };
  return one(f->low) + "/" + one(f->best) + "/" + one(f->high);
}

// The place of `e`, or null when there is no event or it has no place.
inline const PlaceMention* PlaceOf(const Doc& doc, const Event* e) {
  return e != nullptr && e->place >= 0 ? &doc.places[e->place] : nullptr;
}

// Whether any actor mention of the document resolved to registry id `id`.
inline bool Named(const Doc& doc, std::string_view id) {
  for (const ActorMention& a : doc.actors)
    if (a.id == id) return true;
  return false;
}

inline std::string ActorId(const Doc& doc, const EventArgument& a) {
  if (a.actor >= 0) return doc.actors[a.actor].id;
  return a.implicit_id;
}

// The actor an argument is coded as: a generic force recoded by place
// (coded_id), else its registry id.
inline std::string CodedId(const Doc& doc, const EventArgument& a) {
  return a.actor >= 0 && !a.coded_id.empty() ? a.coded_id : ActorId(doc, a);
}

inline std::string ActorText(const Doc& doc, const EventArgument& a) {
  if (a.actor >= 0) return doc.actors[a.actor].id.empty() ? doc.actors[a.actor].name : doc.actors[a.actor].id;
  if (a.implicit) return "(" + a.implicit_id + ")";
  return "-";
}

inline std::string Dump(const Doc& doc) {
  std::string out;
  for (const ActorMention& a : doc.actors)
    out += "actor " + std::string(doc.norm(a.span)) + " -> " + a.id + (a.person ? " person role=" + a.role : "") + "\n";
  for (const PlaceMention& p : doc.places)
    out += "place " + std::string(doc.norm(p.span)) + " -> " + p.location.name + " " + p.location.feature_code + "\n";
  for (const DateMention& d : doc.dates)
    out += "date " + std::string(doc.norm(d.span)) + " -> " + d.value + (d.since ? " since" : "") + "\n";
  for (size_t q = 0; q < doc.quotes.size(); ++q) {
    int32_t s = q < doc.quote_speakers.size() ? doc.quote_speakers[q] : -1;
    out += "quote " + std::to_string(q) + " speaker=" + (s >= 0 ? doc.actors[s].name : "-") + "\n";
  }
  for (const Event& e : doc.events) {
    const TriggerMention& t = doc.triggers[e.trigger];
    out += "event [" + std::string(doc.norm(t.span)) + "] " + e.acled_event_type + "/" + e.acled_sub_event_type +
           " a1=" + ActorText(doc, e.actor1) + " a2=" + ActorText(doc, e.actor2) +
           " place=" + (e.place >= 0 ? std::string(doc.norm(doc.places[e.place].span)) : "-") +
           " date=" + (e.date >= 0 ? doc.dates[e.date].value : "pub") + " status=" + e.status +
           " attr=" + e.attribution_source + "/" + e.attribution_kind + " conf=" + std::to_string(e.confidence);
    if (e.fatalities)
      out += " fat=" + std::to_string(e.fatalities->low.value_or(-1)) + (e.cumulative ? " cumulative" : "");
    if (e.civilian_fatalities) out += " civ=" + std::to_string(e.civilian_fatalities->low.value_or(-1));
    if (e.injuries) out += " inj=" + std::to_string(e.injuries->low.value_or(-1));
    for (int32_t n : e.quantities) out += " q=" + std::string(doc.norm(doc.numbers[n].span));
    out += "\n";
  }
  return out;
}

inline void MaybeDump(const Doc& doc) {
  if (std::getenv("MARSAD_DEBUG_EXTRACT")) std::fprintf(stderr, "%s", Dump(doc).c_str());
}

// The status of the event whose trigger is `trigger` (as written) in `text`,
// published on 2026-06-03; "<no event>" (and, through EXPECT, a test failure)
// when there is none.
inline std::string StatusOf(const std::string& text, std::string_view trigger) {
  Doc doc = ExtractAt(text, 2026, 6, 3);
  MaybeDump(doc);
  const Event* e = ExpectEvent(doc, trigger);
  return e == nullptr ? std::string("<no event>") : std::string(e->status);
}

}  // namespace marsad::test

#endif  // MARSAD_EXTRACT_EXTRACT_TESTUTIL_H_
