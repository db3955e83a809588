#include "extract/events.h"

#include <algorithm>
#include <cmath>
#include <climits>
#include <map>

#include "geo/geo_math.h"
#include "text/normalize.h"

namespace marsad {
namespace {

struct RoleSlot {
  std::string slot;                // subj, obj, of, prep
  std::string prep;                // for prep:<word>, normalised
  std::vector<std::string> roles;  // actor1, actor2, actors, victim, place, target
  bool Has(std::string_view r) const { return std::find(roles.begin(), roles.end(), r) != roles.end(); }
  bool AnyActor2() const { return Has("actor2") || Has("actors") || Has("victim") || Has("target"); }
};

std::vector<RoleSlot> ParseRoles(std::string_view roles) {
  std::vector<RoleSlot> out;
  size_t b = 0;
  while (b < roles.size()) {
    size_t e = roles.find(' ', b);
    if (e == std::string_view::npos) e = roles.size();
    std::string_view item = roles.substr(b, e - b);
    b = e + 1;
    size_t eq = item.find('=');
    if (eq == std::string_view::npos) continue;
    RoleSlot s;
    std::string_view slot = item.substr(0, eq);
    if (slot.substr(0, 5) == "prep:") {
      s.slot = "prep";
      s.prep = NormalizeKey(slot.substr(5));
    } else {
      s.slot = std::string(slot);
    }
    std::string_view rs = item.substr(eq + 1);
    size_t rb = 0;
    while (rb <= rs.size()) {
      size_t re = rs.find('/', rb);
      if (re == std::string_view::npos) re = rs.size();
      if (re > rb) s.roles.emplace_back(rs.substr(rb, re - rb));
      rb = re + 1;
    }
    out.push_back(std::move(s));
  }
  return out;
}

int StatusRank(std::string_view s) {
  if (s == "negated") return 6;
  if (s == "intent") return 5;
  if (s == "hedged") return 4;
  if (s == "historical") return 3;
  if (s == "claimed") return 2;
  return 1;
}

struct CueHit {
  size_t w0, w1;
  const CueRow* row;
  int32_t sentence, clause;
};

class Builder {
 public:
  Builder(const EventLexicon& lex, Doc& doc) : lex_(lex), doc_(doc), words_(doc.lex_words) {}

  void Go() {
    Index();
    FindMainActor();
    std::vector<int32_t> casualties;
    doc_.events.reserve(doc_.triggers.size());  // at most one event per trigger here
    for (size_t t = 0; t < doc_.triggers.size(); ++t) {
      if (doc_.triggers[t].acled_event_type == "casualty") casualties.push_back(static_cast<int32_t>(t));
      else MakeEvent(static_cast<int32_t>(t));
    }
    for (int32_t t : casualties) AttachCasualty(t);
    AttachQuantities();
    for (Event& e : doc_.events) Finish(e);
    std::stable_sort(doc_.events.begin(), doc_.events.end(), [&](const Event& a, const Event& b) {
      return doc_.triggers[a.trigger].span.begin < doc_.triggers[b.trigger].span.begin;
    });
    MergeDuplicates();
    FoldThreats();
    DropFallingWeapons();
    FoldAdjacentWeapons();
    FoldInstruments();
    ResolveCoreference();
    MergeCrowdEvents();
    AssignClaimedResponsibility();
    NameGenericFighters();
    RefineByActorTypes();
    CompleteDyads();
    CrowdActors();
    ZeroTolls();
    SplitCoordinatedPlaces();
    for (Event& e : doc_.events)
      for (EventArgument* a : {&e.actor1, &e.actor2}) SetIdentity(*a);
  }

  void SetIdentity(EventArgument& a) const {
    a.identity = ActorMention{};
    if (!a.implicit || a.implicit_id.empty()) return;
    const ActorInfo* info = lex_.Actor(a.implicit_id);
    if (!info) return;
    a.identity.id = info->id;
    a.identity.name = info->name;
    a.identity.acled_inter = info->acled_inter;
    a.identity.plover_sector = info->plover_sector;
    a.identity.country = info->country;
  }

 private:
  // ---- indexing -----------------------------------------------------------
  void Index() {
    tok_sent_ = TokenSentences(doc_);
    tok_quote_ = TokenQuotes(doc_);
    tok_word_.assign(doc_.tokens.size(), 0);
    clause_.assign(words_.size(), 0);
    sent_.assign(words_.size(), -1);
    int32_t clause = 0;
    for (size_t w = 0; w < words_.size(); ++w) {
      for (uint32_t t = words_[w].first; t < words_[w].end; ++t) tok_word_[t] = w;
      sent_[w] = tok_sent_[words_[w].first];
      if (w > 0 && sent_[w] != sent_[w - 1]) ++clause;
      if (words_[w].clause_break) ++clause;
      clause_[w] = clause;
    }
    auto wspan = [&](TokenRange r, size_t* w0, size_t* w1) {
      if (r.empty() || r.end > tok_word_.size()) {  // defensive: no annotation should be empty
        *w0 = *w1 = 0;
        return;
      }
      *w0 = tok_word_[r.begin];
      *w1 = tok_word_[r.end - 1] + 1;
    };
    actor_w_.resize(doc_.actors.size());
    for (size_t a = 0; a < doc_.actors.size(); ++a) wspan(doc_.actors[a].tokens, &actor_w_[a].first, &actor_w_[a].second);
    place_w_.resize(doc_.places.size());
    for (size_t p = 0; p < doc_.places.size(); ++p) wspan(doc_.places[p].tokens, &place_w_[p].first, &place_w_[p].second);
    trig_w_.resize(doc_.triggers.size());
    for (size_t t = 0; t < doc_.triggers.size(); ++t) wspan(doc_.triggers[t].tokens, &trig_w_[t].first, &trig_w_[t].second);
    date_w_.resize(doc_.dates.size());
    for (size_t d = 0; d < doc_.dates.size(); ++d) wspan(doc_.dates[d].tokens, &date_w_[d].first, &date_w_[d].second);
    num_w_.resize(doc_.numbers.size());
    for (size_t n = 0; n < doc_.numbers.size(); ++n) wspan(doc_.numbers[n].tokens, &num_w_[n].first, &num_w_[n].second);
    const size_t ns = doc_.sentences.size() + 1;
    for (auto* b : {&s_places_, &s_dates_, &s_numbers_, &s_cues_, &s_triggers_, &s_events_, &s_actors_}) b->assign(ns, {});
    auto bucket_of = [&](size_t w) { return static_cast<size_t>(w < words_.size() ? sent_[w] + 1 : 0); };
    for (size_t p = 0; p < place_w_.size(); ++p) s_places_[bucket_of(place_w_[p].first)].push_back(static_cast<int32_t>(p));
    for (size_t d = 0; d < date_w_.size(); ++d) s_dates_[bucket_of(date_w_[d].first)].push_back(static_cast<int32_t>(d));
    for (size_t n = 0; n < num_w_.size(); ++n) s_numbers_[bucket_of(num_w_[n].first)].push_back(static_cast<int32_t>(n));
    for (size_t t = 0; t < trig_w_.size(); ++t) s_triggers_[bucket_of(trig_w_[t].first)].push_back(static_cast<int32_t>(t));
    for (size_t a = 0; a < actor_w_.size(); ++a) s_actors_[bucket_of(actor_w_[a].first)].push_back(static_cast<int32_t>(a));
    actor_start_.assign(words_.size(), -1);
    for (size_t a = doc_.actors.size(); a-- > 0;) actor_start_[actor_w_[a].first] = static_cast<int32_t>(a);
    // The prepositions of the triggers' roles (for "not the subject: after مع").
    trig_roles_.clear();
    for (const TriggerMention& t : doc_.triggers) {
      trig_roles_.push_back(ParseRoles(t.roles));
      for (const RoleSlot& s : trig_roles_.back())
        if (s.slot == "prep" && std::find(preps_.begin(), preps_.end(), s.prep) == preps_.end()) preps_.push_back(s.prep);
    }
    // Actors that are also places are arguments only right next to a trigger.
    actor_is_place_.assign(doc_.actors.size(), false);
    for (size_t a = 0; a < doc_.actors.size(); ++a)
      for (int32_t pi : Bucket(s_places_, sent_[actor_w_[a].first])) {
        const PlaceMention& p = doc_.places[pi];
        // The whole name is a place (سوريا، Iran), not a place inside a longer
        // name (Hayat Tahrir al-Sham).
        if (p.span.begin <= NameBegin(a) && doc_.actors[a].span.end <= p.span.end) actor_is_place_[a] = true;
      }
    // The killed and wounded named after a toll word (قُتل ثلاثة من عناصر
    // الأمن) are victims: never the subject of a later verb.
    victim_.assign(doc_.actors.size(), false);
    for (size_t a = 0; a < doc_.actors.size(); ++a)
      for (int32_t t : Bucket(s_triggers_, sent_[actor_w_[a].first]))
        if (doc_.triggers[t].acled_event_type == "casualty" && clause_[trig_w_[t].first] == clause_[actor_w_[a].first] &&
            ((trig_w_[t].second <= actor_w_[a].first && actor_w_[a].first - trig_w_[t].second <= 5) ||
             // "three soldiers were killed": right before a passive toll word
             (doc_.triggers[t].voice == "passive" && actor_w_[a].second <= trig_w_[t].first &&
              trig_w_[t].first - actor_w_[a].second <= 2)))
          victim_[a] = true;
    actor_is_place_any_.assign(doc_.places.size(), false);
    for (size_t p = 0; p < doc_.places.size(); ++p)
      for (int32_t a : Bucket(s_actors_, sent_[place_w_[p].first]))
        if (doc_.actors[a].span.begin <= doc_.places[p].span.begin && doc_.places[p].span.end <= doc_.actors[a].span.end)
          actor_is_place_any_[p] = true;
    // Cues.
    for (size_t w = 0; w < words_.size();) {
      const std::vector<int32_t>* ids = nullptr;
      size_t n = lex_.cue_table.Longest(words_, w, &ids);
      if (n == 0) {
        ++w;
        continue;
      }
      for (int32_t id : *ids) {
        s_cues_[bucket_of(w)].push_back(static_cast<int32_t>(cues_.size()));
        cues_.push_back(CueHit{w, w + n, &lex_.cues[id], sent_[w], clause_[w]});
      }
      w += n;
    }
    num_in_date_.assign(doc_.numbers.size(), false);
    num_after_subset_.assign(doc_.numbers.size(), false);
    for (size_t n = 0; n < doc_.numbers.size(); ++n) {
      for (int32_t d : Bucket(s_dates_, sent_[num_w_[n].first]))
        if (doc_.numbers[n].span.begin < doc_.dates[d].span.end && doc_.dates[d].span.begin < doc_.numbers[n].span.end)
          num_in_date_[n] = true;
      for (int32_t c : Bucket(s_cues_, sent_[num_w_[n].first]))
        if (cues_[c].row->type == "subset" && (cues_[c].w1 == num_w_[n].first || cues_[c].w1 + 1 == num_w_[n].first))
          num_after_subset_[n] = true;
    }
    ref_day_ = ReferenceDay(doc_);
    ref_year_ = IsoYear(ref_day_);
  }

  void FindMainActor() {
    std::map<std::string, std::pair<int, size_t>> freq;  // id → (count, first mention)
    for (size_t a = 0; a < doc_.actors.size(); ++a) {
      const ActorMention& m = doc_.actors[a];
      if (m.id.empty() || m.person || m.alias_kind == "generic" || m.acled_inter == "Civilians" || actor_is_place_[a] ||
          victim_[a])
        continue;
      auto& f = freq.try_emplace(m.id, std::make_pair(0, a)).first->second;
      ++f.first;
    }
    int best = 0;
    size_t first = 0;
    for (const auto& [id, f] : freq)
      if (f.first > best || (f.first == best && f.second < first)) best = f.first, first = f.second, main_actor_ = id;
  }

  // ---- ACLED's coding unit ------------------------------------------------
  // Several words for one event (سيطروا … السيطرة, "clashes … fighting") are
  // one event when ACLED would code one: in one sentence, same sub-event type
  // and status, the same place (or a missing one), the same day and no
  // conflicting actor 1. The earlier trigger stays; the later one fills gaps.
  std::string PlaceKeyOf(const Event& e) const {
    if (e.place < 0) return "";
    const PlaceMention& p = doc_.places[e.place];
    return p.resolved ? "#" + std::to_string(p.entry) : std::string(doc_.norm(p.span));
  }
  std::string DayOf(const Event& e) const { return e.date >= 0 ? doc_.dates[e.date].value : ref_day_; }
  std::string Actor1Of(const Event& e) const {
    if (e.actor1.actor >= 0) return doc_.actors[e.actor1.actor].id;
    return e.actor1.implicit_id;
  }

  // The event's place is named in an earlier sentence ("forces entered the
  // city"), not in its own.
  bool PlaceFromBefore(const Event& e) const {
    return e.place >= 0 && sent_[place_w_[e.place].first] < static_cast<int32_t>(e.sentence);
  }

  bool SameEvent(const Event& a, const Event& b) const {
    if (a.acled_sub_event_type != b.acled_sub_event_type || a.acled_event_type == "none") return false;
    if (a.status != b.status && !(Happened(a.status) && Happened(b.status))) return false;
    if (a.quote != b.quote || a.cumulative != b.cumulative) return false;
    // Within a sentence; across sentences only for a change of hands told
    // again of a town the later sentence does not name (captured the city …
    // the forces entered it): a new sentence is otherwise a new action (the
    // airports after the city, a second strike).
    const std::string pa = PlaceKeyOf(a), pb = PlaceKeyOf(b);
    if (a.sentence != b.sentence &&
        !(a.acled_event_type == "Battles" && a.acled_sub_event_type != "Armed clash" && !pa.empty() && pa == pb &&
          pa[0] == '#' && PlaceFromBefore(b)))
      return false;
    if (pa != pb && !pa.empty() && !pb.empty()) return false;
    if (DayOf(a) != DayOf(b)) return false;
    const std::string aa = Actor1Of(a), ab = Actor1Of(b);
    const bool ea = a.actor1.actor >= 0, eb = b.actor1.actor >= 0;
    if (ea && eb && aa != ab) return false;
    if ((a.fatalities && b.fatalities) || (a.injuries && b.injuries)) return false;  // two tolls: two events
    return true;
  }

  // Copies what `from` knows and `into` does not; with `take_kind`, `into`
  // becomes the kind of event `from` names (a generic "attack" told as an
  // air strike).
  void Absorb(Event& into, Event&& from, bool take_kind) {
    if (take_kind) {
      into.trigger = from.trigger;
      into.acled_event_type = from.acled_event_type;
      into.acled_sub_event_type = from.acled_sub_event_type;
      into.plover_event_type = from.plover_event_type;
      into.plover_mode = from.plover_mode;
      into.sentence = from.sentence;
    }
    if (into.actor1.actor < 0 && from.actor1.actor >= 0) into.actor1 = from.actor1;
    if (into.actor2.actor < 0 && from.actor2.actor >= 0) into.actor2 = from.actor2;
    if (into.actor2.actor < 0 && !into.actor2.implicit) into.actor2 = from.actor2;
    if (into.place < 0) into.place = from.place;
    if (into.date < 0 && from.date >= 0) into.date = from.date, into.time_basis = from.time_basis;
    if (!into.fatalities) {
      into.fatalities = from.fatalities, into.cumulative = into.cumulative || from.cumulative;
    } else if (from.fatalities && into.fatalities->high) {
      // Another source's larger figure for the same event raises its high
      // bound (an open "at least" stays open).
      const std::optional<double> other = from.fatalities->best ? from.fatalities->best : from.fatalities->low;
      if (other && *other > *into.fatalities->high) into.fatalities->high = other;
    }
    if (!into.civilian_fatalities) into.civilian_fatalities = from.civilian_fatalities;
    if (!into.injuries) into.injuries = from.injuries;
    for (int32_t q : from.quantities)
      if (std::find(into.quantities.begin(), into.quantities.end(), q) == into.quantities.end()) into.quantities.push_back(q);
    if (into.attribution_source.empty() && !from.attribution_source.empty()) {
      into.attribution_source = from.attribution_source;
      into.attribution_kind = from.attribution_kind;
      into.attribution_span = from.attribution_span;
    }
    into.confidence = std::max(into.confidence, from.confidence);
  }

  void MergeDuplicates() {
    std::vector<Event> kept;
    kept.reserve(doc_.events.size());
    for (Event& e : doc_.events) {
      Event* into = nullptr;
      for (Event& k : kept)
        if (SameEvent(k, e)) {
          into = &k;
          break;
        }
      if (into) Absorb(*into, std::move(e), false);
      else kept.push_back(std::move(e));
    }
    doc_.events = std::move(kept);
  }

  // The place coordinated right after p ("بورتسودان وأم درمان", "Hodeidah
  // and Saada", "Aden, Lahij"), or -1.
  int32_t CoordinatedAfter(int32_t p) const {
    const size_t end = place_w_[p].second;
    for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first])) {
      const size_t w = place_w_[q].first;
      if (w < end || w > end + 1 || !doc_.places[q].resolved || Anchor(q)) continue;
      if (clause_[w] != clause_[end - 1] && !(w == end + 1 && words_[end].clause_break)) continue;
      if (w == end) {
        // Arabic: the conjunction is the name's proclitic (وأم درمان).
        const LexWord& lw = words_[w];
        if (doc_.tokens[lw.first].piece == Piece::kProclitic && doc_.TokenText(lw.first) == "\xD9\x88") return q;  // و
        continue;
      }
      const std::string& between = words_[end].text;
      if (between == "and" || between == "\xD9\x88" || words_[end].clause_break) return q;  // و
    }
    return -1;
  }

  // ACLED codes one event per place: an event told of several coordinated
  // places is one event at each.
  void SplitCoordinatedPlaces() {
    std::vector<Event> out;
    out.reserve(doc_.events.size());
    for (Event& e : doc_.events) {
      std::vector<int32_t> more;
      if (e.place >= 0 && doc_.places[e.place].resolved && !Coarse(e.place) &&
          sent_[place_w_[e.place].first] == static_cast<int32_t>(e.sentence)) {
        // From the head of the list the event's place is in.
        for (bool moved = true; moved;) {
          moved = false;
          for (int32_t q : Bucket(s_places_, e.sentence))
            if (q != e.place && !Coarse(q) && CoordinatedAfter(q) == e.place) {
              e.place = q;
              moved = true;
              break;
            }
        }
        for (int32_t q = CoordinatedAfter(e.place); q >= 0 && more.size() < 8; q = CoordinatedAfter(q))
          if (!Coarse(q)) more.push_back(q);
      }
      const size_t first = out.size();
      out.push_back(std::move(e));
      for (int32_t q : more) {
        Event copy = out[first];
        copy.place = q;
        // A toll or a figure was told of the places together: it stays on the first.
        copy.fatalities.reset();
        copy.civilian_fatalities.reset();
        copy.injuries.reset();
        copy.quantities.clear();
        out.push_back(std::move(copy));
      }
    }
    doc_.events = std::move(out);
  }

  // "دون أن تسجل إصابات", "no casualties": the event told just before had a
  // toll of zero (the nearest one of the sentence before the cue, else the
  // last of the sentence before).
  void ZeroTolls() {
    for (const CueHit& c : cues_) {
      if (c.row->type != "no_casualties") continue;
      Event* target = nullptr;
      for (Event& e : doc_.events) {
        const size_t w = trig_w_[e.trigger].first;
        if (static_cast<int32_t>(e.sentence) == c.sentence && w < c.w0) target = &e;
      }
      if (!target)
        for (Event& e : doc_.events)
          if (static_cast<int32_t>(e.sentence) == c.sentence - 1) target = &e;
      if (!target || target->fatalities || target->acled_event_type == "none") continue;
      CasualtyFigure zero;
      zero.low = zero.best = zero.high = 0;
      zero.span = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
      target->fatalities = zero;
    }
  }

  // Removes the events a pass merged into others (gone[i]), keeping the order.
  // In place: an Event is large, and a new vector grown one push at a time
  // moved every kept event again at each reallocation.
  void DropGone(const std::vector<bool>& gone) {
    std::vector<Event>& ev = doc_.events;
    size_t kept = 0;
    for (size_t i = 0; i < ev.size(); ++i) {
      if (gone[i]) continue;
      if (kept != i) ev[kept] = std::move(ev[i]);
      ++kept;
    }
    ev.erase(ev.begin() + static_cast<std::ptrdiff_t>(kept), ev.end());
  }

  // ---- coreference ----------------------------------------------------------
  // Reports name one event several times: "an attack with two drones targeted
  // the base", "the attack came hours after…", "وأدى القصف إلى…". A generic
  // word (هجوم، استهدف، attack: `specificity generic` in the trigger lexicon)
  // is the same event as a specific one of its sentence; a definite verbal
  // noun (الهجوم، القصف، "the attack") is the latest compatible event told
  // before it. Compatible: same quote, statuses that agree on whether it
  // happened, no two different explicit actors 1, places not far apart, the
  // same day.
  bool Generic(const Event& e) const { return doc_.triggers[e.trigger].generic; }
  bool Definite(const Event& e) const { return doc_.triggers[e.trigger].definite; }
  static bool Violent(std::string_view type) {
    return type == "Battles" || type == "Explosions/Remote violence" || type == "Violence against civilians";
  }
  static bool Happened(std::string_view status) {
    return status == "reported" || status == "claimed" || status == "hedged";
  }
  bool Corefer(const Event& a, const Event& b) const {
    if (a.quote != b.quote && a.quote >= 0 && b.quote >= 0) return false;
    if (a.status != b.status && !(Happened(a.status) && Happened(b.status))) return false;
    const std::string aa = Actor1Of(a), ab = Actor1Of(b);
    if (a.actor1.actor >= 0 && b.actor1.actor >= 0 && aa != ab && !lex_.IsWithin(aa, ab) && !lex_.IsWithin(ab, aa))
      return false;
    // Two tolls are two events, unless the later word refers back (a
    // party's own figure for "the attack" it claims).
    if (((a.fatalities && b.fatalities) || (a.injuries && b.injuries)) && !(Generic(b) && Definite(b))) return false;
    if (a.place >= 0 && b.place >= 0 && a.place != b.place) {
      const PlaceMention &pa = doc_.places[a.place], &pb = doc_.places[b.place];
      if (pa.resolved && pb.resolved && pa.entry != pb.entry &&
          DistanceKm(pa.location.lat, pa.location.lon, pb.location.lat, pb.location.lon) > 30)
        return false;
    }
    if (a.time_basis == "text" && b.time_basis == "text" && DayOf(a) != DayOf(b)) return false;
    return true;
  }

  void ResolveCoreference() {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    auto word_gap = [&](const Event& a, const Event& b) {
      size_t x = trig_w_[a.trigger].first, y = trig_w_[b.trigger].first;
      return x > y ? x - y : y - x;
    };
    // A generic word and a specific one of the same sentence.
    for (size_t i = 0; i < ev.size(); ++i) {
      if (gone[i] || !Generic(ev[i])) continue;
      size_t best = SIZE_MAX;
      for (size_t j = 0; j < ev.size(); ++j) {
        if (j == i || gone[j] || Generic(ev[j]) || ev[j].sentence != ev[i].sentence) continue;
        if (!Violent(ev[j].acled_event_type) || !Corefer(ev[i], ev[j])) continue;
        if (best == SIZE_MAX || word_gap(ev[i], ev[j]) < word_gap(ev[i], ev[best])) best = j;
      }
      if (best == SIZE_MAX) continue;
      Event specific = std::move(ev[best]);  // ev[best] is overwritten next
      Absorb(ev[i], std::move(specific), /*take_kind=*/true);
      ev[best] = std::move(ev[i]);
      gone[i] = true;
    }
    // A definite noun, or a generic word left alone in its sentence, and the
    // latest compatible event before its sentence ("Iran said the strike
    // targeted a spy centre").
    for (size_t i = 0; i < ev.size(); ++i) {
      if (gone[i] || !(Definite(ev[i]) || Generic(ev[i]))) continue;
      for (size_t j = i; j-- > 0;) {
        if (gone[j] || ev[j].sentence >= ev[i].sentence) continue;
        if (ev[i].sentence - ev[j].sentence > 3) break;
        const bool kind_ok = Generic(ev[i]) ? Violent(ev[j].acled_event_type)
                                            : ev[j].acled_sub_event_type == ev[i].acled_sub_event_type;
        if (!kind_ok || !Corefer(ev[j], ev[i])) continue;
        Absorb(ev[j], std::move(ev[i]), false);
        gone[i] = true;
        break;
      }
    }
    DropGone(gone);
  }

  // ACLED codes one protest or riot per place and day, whatever stages the
  // report tells (gathered, were dispersed, threw stones): the crowd's words
  // of one place and day are one event, of the gravest kind told. Force
  // against the crowd (live fire) stays its own event.
  static int CrowdRank(const Event& e) {
    const std::string& sub = e.acled_sub_event_type;
    if (sub == "Peaceful protest") return 1;
    if (sub == "Protest with intervention") return 2;
    if (sub == "Violent demonstration" || sub == "Mob violence") return 3;
    return 0;
  }
  void MergeCrowdEvents() {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      if (gone[i] || !CrowdRank(ev[i]) || !Happened(ev[i].status)) continue;
      for (size_t j = i + 1; j < ev.size(); ++j) {
        if (gone[j] || !CrowdRank(ev[j]) || !Happened(ev[j].status) || ev[j].quote != ev[i].quote) continue;
        if (DayOf(ev[i]) != DayOf(ev[j])) continue;
        const std::string pi = PlaceKeyOf(ev[i]), pj = PlaceKeyOf(ev[j]);
        if (!pi.empty() && !pj.empty() && pi != pj) continue;
        const bool take_kind = CrowdRank(ev[j]) > CrowdRank(ev[i]);
        // The crowd stays actor 1 of a riot; a force that dispersed it is actor 2.
        Absorb(ev[i], std::move(ev[j]), take_kind);
        gone[j] = true;
      }
    }
    DropGone(gone);
  }

  // "سقطت قذائف" is shells falling, not a town falling: a territory verb
  // whose subject is a weapon word right after it is that weapon's event.
  void DropFallingWeapons() {
    std::vector<Event>& ev = doc_.events;
    std::erase_if(ev, [&](const Event& e) {
      if (e.acled_event_type != "Battles" || doc_.triggers[e.trigger].voice == "nominal") return false;
      const size_t end = trig_w_[e.trigger].second;
      for (const Event& o : ev)
        if (o.acled_event_type == "Explosions/Remote violence" && trig_w_[o.trigger].first >= end &&
            trig_w_[o.trigger].first <= end + 1)
          return e.acled_sub_event_type == "Non-state actor overtakes territory" ||
                 e.acled_sub_event_type == "Government regains territory";
      return false;
    });
  }

  // A verb of remote violence and the weapon or bomber named right after it
  // (فجّر انتحاري سيارة مفخخة، "detonated an IED") are one event, of the
  // noun's kind.
  void FoldAdjacentWeapons() {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      const TriggerMention& verb = doc_.triggers[ev[i].trigger];
      if (gone[i] || verb.voice == "nominal" || ev[i].acled_event_type != "Explosions/Remote violence") continue;
      const size_t end = trig_w_[ev[i].trigger].second;
      for (size_t j = 0; j < ev.size(); ++j) {
        const size_t w = trig_w_[ev[j].trigger].first;
        if (j == i || gone[j] || ev[j].acled_event_type != "Explosions/Remote violence" || w < end || w > end + 1)
          continue;
        if (doc_.triggers[ev[j].trigger].voice != "nominal" || ev[j].status != ev[i].status) continue;
        Event noun = std::move(ev[j]);
        const int32_t keep_trigger = ev[i].trigger;
        Absorb(ev[i], std::move(noun), /*take_kind=*/true);
        ev[i].trigger = keep_trigger;
        gone[j] = true;
        break;
      }
    }
    DropGone(gone);
  }

  // A weapon named as the means of an action (قصفت بالمدفعية، "fought with
  // grenades", صواريخ محملة بغاز السارين) is that action, not another event.
  // It tells the kind of remote violence or of a generic attack; a battle
  // stays a battle.
  void FoldInstruments() {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      if (!doc_.triggers[ev[i].trigger].instrument || !Violent(ev[i].acled_event_type)) continue;
      const size_t w = trig_w_[ev[i].trigger].first;
      size_t host = SIZE_MAX;
      for (size_t j = 0; j < ev.size(); ++j) {
        const size_t hw = trig_w_[ev[j].trigger].first;
        if (j == i || gone[j] || hw >= w || clause_[hw] != clause_[w] || !Violent(ev[j].acled_event_type)) continue;
        if (host == SIZE_MAX || hw > trig_w_[ev[host].trigger].first) host = j;
      }
      if (host == SIZE_MAX) continue;
      Event& h = ev[host];
      const bool take_kind = Generic(h) || h.acled_event_type == ev[i].acled_event_type;
      Event inst = std::move(ev[i]);
      const int32_t keep_trigger = h.trigger;
      const uint32_t keep_sentence = h.sentence;
      Absorb(h, std::move(inst), take_kind);
      h.trigger = keep_trigger;  // the action's word stays the evidence
      h.sentence = keep_sentence;
      gone[i] = true;
    }
    DropGone(gone);
  }

  // A threat (توعد، هدد، "vowed") is told with the act threatened (توعد
  // باستعادة المدينة): that act is the event, as intent, with the threatener
  // as its actor; the PLOVER-only threat is not a second event.
  void FoldThreats() {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      if (ev[i].acled_event_type != "none" || ev[i].plover_event_type != "THREATEN") continue;
      const size_t tw1 = trig_w_[ev[i].trigger].second;
      for (size_t j = 0; j < ev.size(); ++j) {
        const size_t w = trig_w_[ev[j].trigger].first;
        if (j == i || gone[j] || ev[j].acled_event_type == "none" || w < tw1 || w - tw1 > 6) continue;
        if (clause_[w] != clause_[tw1 - 1]) continue;
        Raise(ev[j], "intent");
        if (ev[i].actor1.actor >= 0 && ev[j].actor1.actor < 0) ev[j].actor1 = ev[i].actor1;
        gone[i] = true;
        break;
      }
    }
    DropGone(gone);
  }

  // Battles have two sides: a battle event that names one keeps the
  // opponent the report gives it elsewhere (the same sentence first, then
  // the document), marked implicit.
  std::string Actor2Of(const Event& e) const {
    if (e.actor2.actor >= 0) return doc_.actors[e.actor2.actor].id;
    return e.actor2.implicit_id;
  }
  void CompleteDyads() {
    std::vector<Event>& ev = doc_.events;
    for (Event& e : ev) {
      if (e.acled_event_type != "Battles" || !Actor2Of(e).empty()) continue;
      const std::string a1 = Actor1Of(e);
      if (a1.empty()) continue;
      std::string best;
      long best_score = LONG_MAX;
      for (const Event& o : ev) {
        if (&o == &e) continue;
        std::string opp;
        if (Actor1Of(o) == a1) opp = Actor2Of(o);
        else if (Actor2Of(o) == a1) opp = Actor1Of(o);
        if (opp.empty() || opp == a1) continue;
        const ActorInfo* info = lex_.Actor(opp);
        if (!info || info->acled_inter == "Civilians") continue;
        long score = std::labs(static_cast<long>(o.sentence) - static_cast<long>(e.sentence));
        if (score < best_score) best_score = score, best = opp;
      }
      if (best.empty()) best = LikelyOpponent(a1);
      if (best.empty()) continue;
      SetImplicitId(e.actor2, best);
    }
  }

  std::string InterOf(const EventArgument& a) const {
    if (a.actor >= 0) return doc_.actors[a.actor].acled_inter;
    const ActorInfo* info = a.implicit ? lex_.Actor(a.implicit_id) : nullptr;
    return info ? info->acled_inter : "";
  }

  static bool Armed(std::string_view inter) {
    return inter == "State forces" || inter == "Rebel group" || inter == "Political militia" ||
           inter == "Identity militia" || inter == "External/Other forces";
  }
  // With no event naming a battle's other side: the armed actor of the other
  // camp (state forces against a non-state actor, and the reverse) the
  // document names most.
  std::string LikelyOpponent(const std::string& a1) const {
    const ActorInfo* self = lex_.Actor(a1);
    if (!self || !Armed(self->acled_inter)) return "";
    const bool state = self->acled_inter == "State forces";
    std::map<std::string, int> count;
    for (size_t a = 0; a < doc_.actors.size(); ++a) {
      const ActorMention& m = doc_.actors[a];
      // A country's name (Lebanon) is a place more often than a fighter.
      if (m.id.empty() || m.id == a1 || m.person || !Armed(m.acled_inter) || actor_is_place_[a] || victim_[a]) continue;
      if ((m.acled_inter == "State forces") == state) continue;
      if (lex_.IsWithin(m.id, a1) || lex_.IsWithin(a1, m.id)) continue;
      ++count[m.id];
    }
    std::string best;
    int n = 0;
    for (const auto& [id, c] : count)
      if (c > n) best = id, n = c;
    return best;
  }

  // "Militants" in a report about one named armed group are that group: a
  // generic non-state actor becomes the document's main actor when that is
  // the only non-state armed group it names.
  void NameGenericFighters() {
    const ActorInfo* main = main_actor_.empty() ? nullptr : lex_.Actor(main_actor_);
    if (!main || !Armed(main->acled_inter) || main->acled_inter == "State forces") return;
    for (const ActorMention& m : doc_.actors)
      if (!m.id.empty() && m.alias_kind != "generic" && !m.person && Armed(m.acled_inter) &&
          m.acled_inter != "State forces" && m.id != main_actor_ && !lex_.IsWithin(m.id, main_actor_) &&
          !lex_.IsWithin(main_actor_, m.id))
        return;  // another named group: "militants" could be either
    for (Event& e : doc_.events)
      for (EventArgument* a : {&e.actor1, &e.actor2}) {
        if (a->actor < 0) continue;
        const ActorMention& m = doc_.actors[a->actor];
        if (m.alias_kind != "generic" || !Armed(m.acled_inter) || m.acled_inter == "State forces") continue;
        SetImplicitId(*a, main_actor_);
      }
  }

  // "Al-Shabaab claimed the attack", تبنت حركة الشباب الهجوم: the claimant is
  // actor 1 of the violent events told before that name no group of their own.
  void AssignClaimedResponsibility() {
    for (const CueHit& c : cues_) {
      if (c.row->type != "responsibility") continue;
      int32_t claimant = ActorStartingAt(c.w1);
      if (claimant < 0 && c.w1 + 1 < words_.size()) claimant = ActorStartingAt(c.w1 + 1);
      if (claimant < 0)
        for (int32_t a : Bucket(s_actors_, c.sentence))
          if (actor_w_[a].second <= c.w0 && c.w0 - actor_w_[a].second <= 1) claimant = a;
      if (claimant < 0 || doc_.actors[claimant].id.empty() || doc_.actors[claimant].alias_kind == "generic") continue;
      for (Event& e : doc_.events) {
        const int32_t es = static_cast<int32_t>(e.sentence);
        if (es > c.sentence || c.sentence - es > 3 || !Violent(e.acled_event_type)) continue;
        if (e.actor1.actor >= 0 && doc_.actors[e.actor1.actor].alias_kind != "generic") continue;
        SetActor(e.actor1, claimant);
      }
    }
  }

  // ACLED types some events by who does what to whom: force by anyone
  // against protesters is excessive force against protesters; a crowd that
  // storms or attacks is rioting (a violent demonstration; mob violence when
  // it falls on people), not an armed clash.
  void RefineByActorTypes() {
    for (Event& e : doc_.events) {
      const std::string a1 = InterOf(e.actor1), a2 = InterOf(e.actor2);
      const bool crowd = a1 == "Protesters" || a1 == "Rioters";
      if (e.acled_sub_event_type == "Attack" && a2 == "Protesters" && !crowd) {
        e.acled_event_type = "Protests";
        e.acled_sub_event_type = "Excessive force against protesters";
      } else if (crowd && e.acled_event_type == "Battles") {
        e.acled_event_type = "Riots";
        e.acled_sub_event_type = "Violent demonstration";
      } else if (crowd && e.acled_sub_event_type == "Attack") {
        e.acled_event_type = "Riots";
        e.acled_sub_event_type = "Mob violence";
      }
    }
  }

  // Protests and riots are done by protesters and rioters (ACLED), not by
  // the report's main armed actor; the victims of violence against civilians
  // are civilians by ACLED's definition, as are a strike's victims when the
  // toll names them; force against protesters falls on protesters.
  void CrowdActors() {
    for (Event& e : doc_.events) {
      const std::string& sub = e.acled_sub_event_type;
      const bool no_actor2 = e.actor2.actor < 0 && !e.actor2.implicit;
      if (sub == "Protest with intervention" && e.actor1.actor >= 0 && InterOf(e.actor1) == "State forces" && no_actor2) {
        e.actor2 = e.actor1;  // the force that intervened
        SetImplicitId(e.actor1, "gen.protesters");
      }
      if (no_actor2) {
        if (e.acled_event_type == "Violence against civilians" ||
            (e.acled_event_type == "Explosions/Remote violence" && e.civilian_fatalities))
          SetImplicitId(e.actor2, "gen.civilians");
        else if (sub == "Excessive force against protesters")
          SetImplicitId(e.actor2, "gen.protesters");
      }
      if (e.actor1.actor >= 0) continue;
      if (sub == "Peaceful protest" || sub == "Protest with intervention")
        SetImplicitId(e.actor1, "gen.protesters");
      else if (e.acled_event_type == "Riots") SetImplicitId(e.actor1, "gen.rioters");
    }
  }

  // ---- arguments ----------------------------------------------------------
  // Where an actor's name starts, after its proclitics (ولبنان → لبنان).
  uint32_t NameBegin(size_t a) const {
    const ActorMention& m = doc_.actors[a];
    for (uint32_t t = m.tokens.begin; t < m.tokens.end; ++t)
      if (doc_.tokens[t].piece != Piece::kProclitic) return doc_.tokens[t].span.begin;
    return m.span.begin;
  }

  // An actor can fill a trigger's slot when it is in the same quote (or both
  // outside quotes), and, if its name is also a place, right next to it.
  bool Usable(size_t a, size_t t_w0, size_t t_w1) const {
    if (tok_quote_[doc_.actors[a].tokens.begin] != tok_quote_[words_[t_w0].first]) return false;
    if (!actor_is_place_[a]) return true;
    return actor_w_[a].first == t_w1 || actor_w_[a].second == t_w0;
  }

  // The actor mention starting at word w, or -1.
  static const std::vector<int32_t>& Bucket(const std::vector<std::vector<int32_t>>& b, int32_t sentence) {
    static const std::vector<int32_t> kEmpty;
    size_t i = static_cast<size_t>(sentence + 1);
    return i < b.size() ? b[i] : kEmpty;
  }
  void AddEvent(Event e) {
    int32_t s = sent_[trig_w_[e.trigger].first];
    s_events_[static_cast<size_t>(s + 1)].push_back(static_cast<int32_t>(doc_.events.size()));
    doc_.events.push_back(std::move(e));
  }

  int32_t ActorStartingAt(size_t w) const { return w < actor_start_.size() ? actor_start_[w] : -1; }

  // Word index where the object of preposition `prep` after the trigger
  // starts, searching the trigger's clause; or SIZE_MAX.
  size_t PrepObject(const std::string& prep, size_t from, int32_t clause) const {
    for (size_t w = from; w < words_.size() && w < from + 8 && clause_[w] == clause; ++w) {
      const LexWord& lw = words_[w];
      if (lw.text == prep && w + 1 < words_.size()) return w + 1;
      // A proclitic preposition: بالمدينة, لحلب.
      const Token& t0 = doc_.tokens[lw.first];
      if (t0.piece == Piece::kProclitic && doc_.TokenText(lw.first) == prep) return w;
      if (lw.end > lw.first + 1 && doc_.tokens[lw.first + 1].piece == Piece::kProclitic &&
          doc_.TokenText(lw.first + 1) == prep)
        return w;
    }
    return SIZE_MAX;
  }

  // First usable actor starting within [w, w+2) of the clause.
  int32_t ActorNear(size_t w, int32_t clause, size_t tw0, size_t tw1, int32_t exclude = -1, size_t window = 2) const {
    for (size_t k = w; k < w + window && k < words_.size() && clause_[k] == clause; ++k) {
      int32_t a = ActorStartingAt(k);
      if (a >= 0 && a != exclude && Usable(a, tw0, tw1)) return a;
      if (!words_[k].is_word) break;
    }
    return -1;
  }

  bool PrecededByPreposition(size_t a) const {
    size_t w = actor_w_[a].first;
    const LexWord& lw = words_[w];
    if (lw.end > lw.first + 1 && doc_.tokens[lw.first].piece == Piece::kProclitic) {
      std::string_view p = doc_.TokenText(lw.first);
      if (p == "\xD8\xA8" || p == "\xD9\x84" || p == "\xD9\x84\xD9\x84") return true;  // ب ل لل
    }
    if (w == 0) return false;
    for (const std::string& p : preps_)
      if (words_[w - 1].text == p) return true;
    return false;
  }

  // The clause's subject before the trigger: its first actor not introduced
  // by a preposition; else the nearest actor before it in the sentence.
  int32_t SubjectBefore(size_t tw0, size_t tw1, int32_t sentence, int32_t clause) const {
    int32_t first_free = -1, nearest = -1;
    for (int32_t a : Bucket(s_actors_, sentence)) {
      if (actor_w_[a].second > tw0) continue;
      const ActorMention& m = doc_.actors[a];
      if (m.acled_inter == "Civilians" || !Usable(a, tw0, tw1) || victim_[a]) continue;
      if (clause_[actor_w_[a].first] == clause && first_free < 0 && !PrecededByPreposition(a))
        first_free = static_cast<int32_t>(a);
      nearest = static_cast<int32_t>(a);
    }
    // SVO: an actor right before the verb is its subject ("قال الجيش إن
    // المسلحين هاجموا"), whatever stands earlier in the clause.
    int32_t pick = first_free >= 0 ? first_free : nearest;
    if (first_free < 0) {
      // A clause without a subject of its own shares the subject of the
      // clause before it: "fighters stormed the village, shooting dozens",
      // هاجموا القرية وأحرقوا المنازل.
      for (size_t k = doc_.events.size(); k-- > 0;) {
        const Event& prev = doc_.events[k];
        if (static_cast<int32_t>(prev.sentence) != sentence) break;
        if (prev.actor1.actor >= 0 && actor_w_[prev.actor1.actor].second <= tw0) {
          pick = prev.actor1.actor;
          break;
        }
      }
    }
    if (nearest >= 0 && clause_[actor_w_[nearest].first] == clause && tw0 - actor_w_[nearest].second <= 1 &&
        !PrecededByPreposition(nearest))
      pick = nearest;
    // A named actor of the clause beats a generic noun ("insurgents led by
    // HTS", "مسلحون من هيئة تحرير الشام").
    if (pick >= 0 && doc_.actors[pick].alias_kind == "generic") {
      for (int32_t a : Bucket(s_actors_, sentence))
        if (actor_w_[a].second <= tw0 && clause_[actor_w_[a].first] == clause && Usable(a, tw0, tw1) &&
            doc_.actors[a].alias_kind != "generic" && doc_.actors[a].acled_inter != "Civilians" && !doc_.actors[a].person)
          pick = a;
    }
    return pick;
  }

  void SetActor(EventArgument& arg, int32_t a) { arg.actor = a, arg.implicit = false, arg.implicit_id.clear(); }
  // An actor the text does not name at this event, by registry id.
  static void SetImplicitId(EventArgument& arg, std::string id) {
    arg.actor = -1;
    arg.implicit = true;
    arg.implicit_id = std::move(id);
  }
  // The unstated agent: inside a quote, the organisation speaking ("we will
  // keep advancing"); elsewhere the document's main actor.
  void SetImplicit(EventArgument& arg, int32_t quote) {
    std::string id = main_actor_;
    if (quote >= 0 && static_cast<size_t>(quote) < doc_.quote_speakers.size() && doc_.quote_speakers[quote] >= 0) {
      const ActorMention& s = doc_.actors[doc_.quote_speakers[quote]];
      if (!s.person && !s.id.empty() && s.alias_kind != "generic") id = s.id;
    }
    if (!id.empty()) SetImplicitId(arg, std::move(id));
  }

  void MakeEvent(int32_t t) {
    const TriggerMention& tr = doc_.triggers[t];
    Event e;
    e.trigger = t;
    e.acled_event_type = tr.acled_event_type;
    e.acled_sub_event_type = tr.acled_sub_event_type;
    e.plover_event_type = tr.plover_event_type;
    e.plover_mode = tr.plover_mode;
    e.status = tr.default_status.empty() ? "reported" : tr.default_status;
    FillArguments(e, t);
    e.sentence = static_cast<uint32_t>(std::max(0, sent_[trig_w_[t].first]));
    e.quote = tok_quote_[tr.tokens.begin];
    AddEvent(std::move(e));
  }

  void FillArguments(Event& e, int32_t t) {
    const TriggerMention& tr = doc_.triggers[t];
    const size_t tw0 = trig_w_[t].first, tw1 = trig_w_[t].second;
    const int32_t sentence = sent_[tw0], clause = clause_[tw0];
    const std::vector<RoleSlot>& slots = trig_roles_[t];
    const bool passive = tr.voice == "passive";
    int32_t a1 = -1, a2 = -1;
    int32_t subj_after = -1;  // VSO subject
    for (const RoleSlot& s : slots) {
      if (s.slot == "subj" && !passive && tr.voice == "active") {
        // VSO: the subject follows, possibly after a short adjunct (فرت من
        // المنطقة الجماعات ...), but not as the object of a preposition.
        // English is SVO: what follows the verb is its object.
        const bool latin = doc_.tokens[tr.tokens.begin].script == Script::kLatin;
        int32_t a = latin ? -1 : ActorNear(tw1, clause, tw0, tw1, -1, 4);
        if (a >= 0 && actor_w_[a].first > tw1 && PrecededByPreposition(a)) a = -1;
        if (a >= 0) subj_after = a;
        else a = SubjectBefore(tw0, tw1, sentence, clause);
        if (a < 0) continue;
        if (s.Has("actor1") || s.Has("actors")) a1 = a1 < 0 ? a : a1;
        else if (s.Has("victim") || s.Has("target") || s.Has("actor2")) a2 = a2 < 0 ? a : a2;
        if (s.Has("actors") && subj_after >= 0 && a2 < 0) {
          int32_t b = ActorNear(actor_w_[subj_after].second, clause, tw0, tw1, subj_after);
          if (b >= 0) a2 = b;
        }
      } else if (s.slot == "of" && tr.voice != "active") {
        int32_t a = ActorNear(tw1, clause, tw0, tw1);
        if (a < 0) continue;
        if (s.Has("actor1") && a1 < 0) a1 = a;
        else if (s.AnyActor2() && a2 < 0 && a != a1) a2 = a;
      } else if (s.slot == "obj") {
        size_t from = subj_after >= 0 ? actor_w_[subj_after].second : tw1;
        int32_t a = ActorNear(from, clause, tw0, tw1, subj_after, 4);
        if (a >= 0 && s.AnyActor2() && a2 < 0 && a != a1) a2 = a;
      } else if (s.slot == "prep") {
        size_t w = PrepObject(s.prep, tw1, clause);
        if (w == SIZE_MAX) continue;
        int32_t a = ActorNear(w, clause, tw0, tw1, -1, 3);  // مع مقاتلين من X
        if (a < 0) continue;
        if (s.Has("actor1") && a1 < 0) a1 = a;
        else if (s.Has("actors")) {
          if (a1 < 0) a1 = a;
          else if (a2 < 0 && a != a1) a2 = a;
          int32_t b = -1;
          for (size_t k = actor_w_[a].second; k < actor_w_[a].second + 3 && k < words_.size() && clause_[k] == clause; ++k)
            if ((b = ActorStartingAt(k)) >= 0) break;
          if (b >= 0 && b != a1 && a2 < 0) a2 = b;
        } else if (s.AnyActor2() && a2 < 0 && a != a1) a2 = a;
      }
    }
    const bool wants_actor1 = std::any_of(slots.begin(), slots.end(), [](const RoleSlot& s) {
      return s.Has("actor1") || s.Has("actors");
    });
    // Every event has an actor 1: a verbal noun without one in its roles
    // takes the clause's subject (تمكنت X من اختطاف جنود).
    if (a1 < 0 && !passive && (tr.voice == "nominal" || !wants_actor1)) {
      int32_t a = SubjectBefore(tw0, tw1, sentence, clause);
      if (a >= 0 && a != a2) a1 = a;
    }
    if (a1 >= 0) SetActor(e.actor1, a1);
    else if (wants_actor1 || passive) SetImplicit(e.actor1, tok_quote_[tr.tokens.begin]);
    if (a2 >= 0) SetActor(e.actor2, a2);
    // Place: the object of a place slot (سيطر على مطار X), else nearby.
    e.place = -1;
    for (const RoleSlot& s : slots) {
      if (!s.Has("place") || e.place >= 0) continue;
      size_t w = s.slot == "prep" ? PrepObject(s.prep, tw1, clause) : (s.slot == "obj" || s.slot == "of") ? tw1 : SIZE_MAX;
      if (w == SIZE_MAX) continue;
      for (int32_t p : Bucket(s_places_, sentence))
        if (place_w_[p].first >= w && place_w_[p].first < w + 3 && clause_[place_w_[p].first] == clause &&
            !OverlapsActorOf(p, e)) {
          e.place = static_cast<int32_t>(p);
          break;
        }
    }
    if (e.place < 0) e.place = PickPlace(tw0, tw1, sentence, clause, e);
    e.place = RefinePlace(e.place, tw0);
    // Date.
    e.date = PickDate(tw0, sentence);
    e.time_basis = e.date >= 0 ? "text" : "published";
  }

  // A place word inside an outlet's or monitor's name ("Observatory for Human Rights").
  bool InSourceName(int32_t p) const {
    const Span ps = doc_.places[p].span;
    for (int32_t ci : Bucket(s_cues_, sent_[place_w_[p].first])) {
      const CueHit& c = cues_[ci];
      if (c.row->type != "attribution" || c.row->kind != "media") continue;
      Span cs = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
      if (ps.begin < cs.end && cs.begin < ps.end) return true;
    }
    return false;
  }

  bool AfterIn(size_t p) const {
    size_t w = place_w_[p].first;
    const LexWord& lw = words_[w];
    if (doc_.tokens[lw.first].piece == Piece::kProclitic && doc_.TokenText(lw.first) == "\xD8\xA8") return true;  // ب
    if (w == 0) return false;
    std::string_view prev = words_[w - 1].text;
    return prev == "\xD9\x81\xD9\x8A" || prev == "in" || prev == "at";  // في
  }

  bool OverlapsActorOf(size_t p, const Event& e) const {
    for (int32_t a : {e.actor1.actor, e.actor2.actor})
      if (a >= 0 && doc_.places[p].span.begin < doc_.actors[a].span.end && doc_.actors[a].span.begin < doc_.places[p].span.end)
        return true;
    return false;
  }

  // A place named inside a longer actor name ("al-Qaeda in the Arabian
  // Peninsula", قوات سوريا الديمقراطية) locates nothing.
  bool InsideActorName(int32_t p) const {
    const Span ps = doc_.places[p].span;
    for (int32_t a : Bucket(s_actors_, sent_[place_w_[p].first])) {
      const Span as = doc_.actors[a].span;
      if (as.begin <= ps.begin && ps.end <= as.end && as.size() > ps.size()) return true;
    }
    return false;
  }

  // An unresolved "place" that is an event word (وأدى القصف read as وادي
  // القصف, "the valley of shelling") is no place.
  bool EventWord(int32_t p) const {
    const PlaceMention& m = doc_.places[p];
    if (m.resolved) return false;
    for (int32_t t : Bucket(s_triggers_, sent_[place_w_[p].first]))
      if (doc_.triggers[t].span.begin < m.span.end && m.span.begin < doc_.triggers[t].span.end) return true;
    return false;
  }

  bool Coarse(int32_t p) const {
    const PlaceMention& m = doc_.places[p];
    const std::string& fc = m.location.feature_code;
    // Countries, provinces, and regions, seas, deserts and peninsulas.
    return m.geo_precision >= 3 || fc.rfind("PCL", 0) == 0 || fc == "ADM1" || fc == "RGN" || fc == "CONT" ||
           fc == "PEN" || fc == "DSRT" || fc == "SEA" || fc == "OCN" || fc == "GULF" || fc == "MTS" || fc == "PLAT";
  }
  // A dateline ("KHARTOUM, May 7 -") says where the report was filed.
  bool Dateline(int32_t p) const { return place_w_[p].first <= 1 && sent_[place_w_[p].first] <= 0 && place_w_[p].second < words_.size() && words_[place_w_[p].second].clause_break; }

  // "المدينة", "the city": a `place_anaphor` cue standing where a place was
  // read (المدينة is also Medina's name) refers to the town named before.
  bool PlaceAnaphor(int32_t p) const {
    for (int32_t ci : Bucket(s_cues_, sent_[place_w_[p].first])) {
      const CueHit& c = cues_[ci];
      if (c.row->type == "place_anaphor" && c.w0 <= place_w_[p].first && place_w_[p].second <= c.w1) return true;
    }
    return false;
  }

  // Where an event is coded, ACLED-style: the nearest named populated place.
  //  - An unknown village is coded to its known parent, else to the town
  //    named before it (kept as read when there is none).
  //  - A country or province, or no place at all, gives way to the latest
  //    town named before the event inside that area: reports name the town
  //    once and then speak of "the city", "Iraq" or nothing.
  int32_t RefinePlace(int32_t p, size_t tw0) const {
    if (p >= 0 && PlaceAnaphor(p)) p = -1;
    if (p >= 0 && !doc_.places[p].resolved) {
      int32_t parent = doc_.places[p].parent;
      const int32_t unknown = p;
      p = parent >= 0 && doc_.places[parent].resolved && !PlaceAnaphor(parent) ? parent : -1;
      // With no known parent: the town named before, else the name as read.
      if (p < 0) {
        int32_t before = RefinePlace(-1, tw0);
        return before >= 0 ? before : unknown;
      }
    }
    if (p >= 0 && !Coarse(p)) return p;
    for (size_t q = doc_.places.size(); q-- > 0;) {
      if (place_w_[q].first >= tw0) continue;
      const PlaceMention& m = doc_.places[q];
      const int32_t qi = static_cast<int32_t>(q);
      if (!m.resolved || Coarse(qi) || Dateline(qi) || InSourceName(qi) || Anchor(qi) || InsideActorName(qi)) continue;
      if (actor_is_place_any_[q] && !AfterIn(q)) continue;
      if (p >= 0) {
        const Location &area = doc_.places[p].location, &town = m.location;
        if (area.country != town.country) continue;
        if (area.feature_code == "ADM1" && DistanceKm(area.lat, area.lon, town.lat, town.lon) > 150) continue;
      }
      return qi;
    }
    return p;
  }

  // A place that only locates the place before it (سراقب شرقي إدلب: إدلب
  // with east_of right after سراقب) is not where an event happens when that
  // place is there.
  bool Anchor(int32_t p) const {
    const PlaceMention& m = doc_.places[p];
    if (m.relation == "in" || m.relation_span.empty()) return false;
    auto tok = std::upper_bound(doc_.tokens.begin(), doc_.tokens.end(), m.relation_span.begin,
                                [](uint32_t off, const Token& t) { return off < t.span.begin; });
    if (tok == doc_.tokens.begin()) return false;
    const size_t rel_w = tok_word_[static_cast<size_t>(tok - doc_.tokens.begin()) - 1];
    for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first]))
      if (q != p && place_w_[q].second <= rel_w && rel_w - place_w_[q].second <= 2) return true;
    return false;
  }

  int32_t PickPlace(size_t tw0, size_t tw1, int32_t sentence, int32_t clause, const Event& e) const {
    int32_t best = -1;
    long best_score = LONG_MAX;
    for (int32_t p : Bucket(s_places_, sentence)) {
      if (OverlapsActorOf(p, e) || InSourceName(p) || Anchor(p) || EventWord(p) || InsideActorName(p)) continue;
      // A capital that speaks (قالت طهران، "Moscow denied") is a government.
      if (actor_is_place_any_[p] && !AfterIn(p)) continue;
      // A place's parent in the same phrase ("X في ريف حلب") is not preferred over it.
      long dist = place_w_[p].first >= tw1 ? static_cast<long>(place_w_[p].first - tw1)
                                            : static_cast<long>(tw0 - place_w_[p].second) + 3;
      // A country or province is the fallback for a more precise place.
      const std::string& fc = doc_.places[p].location.feature_code;
      bool coarse = doc_.places[p].geo_precision >= 3 || fc.rfind("PCL", 0) == 0 || fc == "ADM1";
      long score = dist + (clause_[place_w_[p].first] == clause ? 0 : 100) + (AfterIn(p) ? 0 : 5) + (coarse ? 12 : 0);
      if (score < best_score) best_score = score, best = static_cast<int32_t>(p);
    }
    if (best >= 0) return best;
    // The previous sentence's last place, unless it names an actor there
    // ("حلفاء سوريا - إيران").
    const std::vector<int32_t>& prev = Bucket(s_places_, sentence - 1);
    for (size_t i = prev.size(); i-- > 0;) {
      const int32_t p = prev[i];
      if (InsideActorName(p)) continue;  // تنظيم القاعدة في جزيرة العرب
      bool actor = false;
      for (int32_t a : Bucket(s_actors_, sentence - 1))
        if (doc_.places[p].span.begin < doc_.actors[a].span.end && doc_.actors[a].span.begin < doc_.places[p].span.end)
          actor = true;
      if (!actor || AfterIn(p)) return static_cast<int32_t>(p);
    }
    return -1;
  }

  // More than a year before the reference time.
  bool OldDate(const DateMention& d) const {
    int y = IsoYear(d.value);
    if (y == 0 || ref_year_ == 0) return false;
    if (y < ref_year_ - 1) return true;
    // A bare year before this one ("clashes in 2023") is background.
    if (d.value.size() < 7) return y < ref_year_;
    if (y > ref_year_ - 1) return false;
    return d.value.substr(5) < ref_day_.substr(5, d.value.size() - 5);
  }

  // After the reference day ("talks resume next week"): what is planned is
  // dated on the publication day (intent), never what is reported.
  bool Future(const DateMention& d) const {
    return !ref_day_.empty() && d.value.size() >= 10 && d.value.substr(0, 10) > ref_day_;
  }

  int32_t PickDate(size_t tw0, int32_t sentence) const {
    int32_t best = -1;
    size_t best_dist = SIZE_MAX;
    for (int32_t d : Bucket(s_dates_, sentence)) {
      if (doc_.dates[d].value.empty() || Future(doc_.dates[d])) continue;
      const bool after = date_w_[d].first >= tw0;
      const bool same_clause = clause_[date_w_[d].first] == clause_[tw0];
      // "since X" dates a running toll (set in AttachCasualty), not the
      // event, unless it tells when the event itself began (معارك استمرت منذ
      // مساء الأربعاء: the since-date right after it, in its clause).
      if (doc_.dates[d].since && !(after && same_clause && date_w_[d].first - tw0 <= 8 && !OldDate(doc_.dates[d])))
        continue;  // "for the first time since 2016" does not date the event
      size_t dist = after ? date_w_[d].first - tw0 : tw0 - date_w_[d].first;
      if (!same_clause) dist += 20;  // the trigger's own clause first
      if (dist < best_dist) best_dist = dist, best = static_cast<int32_t>(d);
    }
    if (best >= 0) return best;
    // Dates are in document order: start from the last one before the trigger.
    size_t d = std::lower_bound(date_w_.begin(), date_w_.end(), std::make_pair(tw0, size_t{0})) - date_w_.begin();
    while (d-- > 0) {
      const DateMention& dm = doc_.dates[d];
      if (dm.value.empty() || dm.since || OldDate(dm) || Future(dm)) continue;
      return static_cast<int32_t>(d);
    }
    return -1;
  }

  // ---- casualties ---------------------------------------------------------
  bool NumberInDate(size_t n) const { return num_in_date_[n]; }
  bool AfterSubsetCue(size_t n) const { return num_after_subset_[n]; }

  bool CivilianUnit(const NumberMention& m) const {
    if (m.unit.empty()) return false;
    std::string key = NormalizeKey(m.unit);
    const std::vector<int32_t>* ids = lex_.alias_table.Find(key);
    if (!ids) return false;
    for (int32_t id : *ids)
      if (const ActorInfo* a = lex_.Actor(lex_.aliases[id].actor); a && a->acled_inter == "Civilians") return true;
    return false;
  }

  static CasualtyFigure Figure(const NumberMention& m) {
    CasualtyFigure f;
    f.span = m.span;
    if (m.low) f.low = m.low;
    else if (m.value) f.low = m.value;
    if (m.high) f.high = m.high;
    else if (m.value && !m.low && !m.approx) f.high = m.value;
    if (m.value) f.best = m.value;
    else if (!m.vague && m.low) f.best = m.low;
    return f;
  }

  void AttachCasualty(int32_t t) {
    const TriggerMention& tr = doc_.triggers[t];
    const size_t tw0 = trig_w_[t].first, tw1 = trig_w_[t].second;
    const int32_t sentence = sent_[tw0], clause = clause_[tw0];
    // The count: the nearest cardinal of the clause, after the word first.
    int32_t num = -1;
    size_t best = SIZE_MAX;
    for (int32_t n : Bucket(s_numbers_, sentence)) {
      const NumberMention& m = doc_.numbers[n];
      size_t w = num_w_[n].first;
      if (clause_[w] != clause || m.kind != NumberMention::Kind::kCardinal) continue;
      if (NumberInDate(n) || AfterSubsetCue(n)) continue;
      if (std::find(used_numbers_.begin(), used_numbers_.end(), static_cast<int32_t>(n)) != used_numbers_.end()) continue;
      // Before the word only right next to it ("300 قتيل", "five people were killed").
      if (w < tw1 && tw0 - num_w_[n].second > 2) continue;
      size_t dist = w >= tw1 ? w - tw1 : (tw0 - num_w_[n].second) + 2;
      if (dist < best) best = dist, num = static_cast<int32_t>(n);
    }
    // The civilian subset: the figure after a subset cue in the sentence.
    int32_t civ = -1;
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (c.row->type != "subset" || c.w0 < tw0) continue;
      for (int32_t n : Bucket(s_numbers_, sentence))
        if ((num_w_[n].first == c.w1 || num_w_[n].first == c.w1 + 1) && CivilianUnit(doc_.numbers[n])) civ = static_cast<int32_t>(n);
      if (civ >= 0) break;
    }
    bool cumulative = false;
    for (int32_t ci : Bucket(s_cues_, sentence))
      if (cues_[ci].row->type == "cumulative") cumulative = true;
    for (int32_t d : Bucket(s_dates_, sentence))
      if (doc_.dates[d].since && !OldDate(doc_.dates[d]))
        cumulative = true;

    // The event to attach to.
    int32_t target = -1;
    size_t tdist = SIZE_MAX;
    for (int32_t k : Bucket(s_events_, sentence)) {
      const Event& e = doc_.events[k];
      if (e.acled_event_type == "none") continue;  // demands, threats: ACLED counts no dead there
      size_t ew = trig_w_[e.trigger].first;
      size_t dist = ew >= tw0 ? ew - tw0 : tw0 - ew;
      if (dist < tdist) tdist = dist, target = static_cast<int32_t>(k);
    }
    if (target < 0) {
      // An explicit perpetrator makes the casualty word an event of its own.
      Event probe;
      probe.trigger = t;
      FillArguments(probe, t);
      if (probe.actor1.actor >= 0 && !probe.actor1.implicit && tr.voice == "active") {
        bool civilians = civ >= 0 || (probe.actor2.actor >= 0 && doc_.actors[probe.actor2.actor].acled_inter == "Civilians") ||
                         (num >= 0 && CivilianUnit(doc_.numbers[num]));
        probe.acled_event_type = civilians ? "Violence against civilians" : "Battles";
        probe.acled_sub_event_type = civilians ? "Attack" : "Armed clash";
        probe.plover_event_type = "ASSAULT";
        probe.plover_mode = "";
        probe.status = tr.default_status.empty() ? "reported" : tr.default_status;
        probe.sentence = static_cast<uint32_t>(std::max(0, sentence));
        probe.quote = tok_quote_[tr.tokens.begin];
        AddEvent(std::move(probe));
        target = static_cast<int32_t>(doc_.events.size() - 1);
      } else {
        if (!Bucket(s_events_, sentence - 1).empty()) target = Bucket(s_events_, sentence - 1).back();
      }
    }
    if (target < 0) return;
    Event& e = doc_.events[target];
    const bool injuries = tr.acled_sub_event_type == "injuries";
    auto& slot = injuries ? e.injuries : e.fatalities;
    if (num >= 0 && !slot) {
      slot = Figure(doc_.numbers[num]);
      used_numbers_.push_back(num);
    }
    if (!injuries && civ >= 0 && !e.civilian_fatalities) {
      e.civilian_fatalities = Figure(doc_.numbers[civ]);
      used_numbers_.push_back(civ);
    }
    if (cumulative && (num >= 0 || civ >= 0)) {
      e.cumulative = true;
      // A running toll is dated by its since-date.
      for (int32_t d : Bucket(s_dates_, sentence))
        if (doc_.dates[d].since && !doc_.dates[d].value.empty()) {
          e.date = static_cast<int32_t>(d);
          e.time_basis = "text";
        }
    }
  }

  void AttachQuantities() {
    for (size_t n = 0; n < doc_.numbers.size(); ++n) {
      const NumberMention& m = doc_.numbers[n];
      if (std::find(used_numbers_.begin(), used_numbers_.end(), static_cast<int32_t>(n)) != used_numbers_.end()) continue;
      if (m.kind != NumberMention::Kind::kPercent && m.unit.empty()) continue;
      if (NumberInDate(n) || AfterSubsetCue(n)) continue;
      size_t w = num_w_[n].first;
      if (w >= words_.size()) continue;
      // A figure counted by a casualty word belongs to the toll, not here.
      bool near_casualty = false;
      for (int32_t t : Bucket(s_triggers_, sent_[w]))
        if (doc_.triggers[t].acled_event_type == "casualty" && clause_[trig_w_[t].first] == clause_[w]) near_casualty = true;
      if (near_casualty) continue;
      int32_t before = -1, after = -1;
      for (int32_t k : Bucket(s_events_, sent_[w])) {
        size_t ew = trig_w_[doc_.events[k].trigger].first;
        if (ew < w) {
          if (before < 0 || ew > trig_w_[doc_.events[before].trigger].first) before = static_cast<int32_t>(k);
        } else if (after < 0) {
          after = static_cast<int32_t>(k);
        }
      }
      int32_t k = before >= 0 ? before : after;
      if (k >= 0) doc_.events[k].quantities.push_back(static_cast<int32_t>(n));
    }
  }

  // ---- status, attribution, confidence -------------------------------------
  void Raise(Event& e, std::string_view status) {
    if (StatusRank(status) > StatusRank(e.status)) e.status = std::string(status);
  }

  static std::string_view CueStatus(const CueRow& c) {
    if (c.type == "negation") return "negated";
    if (c.type == "hedge") return "hedged";
    if (c.type == "intent") return "intent";
    if (c.type == "historical") return "historical";
    return "";
  }

  bool CueApplies(const CueHit& c, size_t tw0, size_t tw1, int32_t t) const {
    const int32_t sentence = sent_[tw0];
    if (c.sentence != sentence) return false;
    const std::string& scope = c.row->scope;
    if (scope == "sentence") return true;
    if (scope == "clause") return c.clause == clause_[tw0];
    if (scope == "following") {
      if (c.w1 > tw0 || tw0 - c.w1 > 4) return false;
      // The next trigger after the cue, not a later one.
      for (int32_t u : Bucket(s_triggers_, sentence))
        if (u != t && trig_w_[u].first >= c.w1 && trig_w_[u].first < tw0) return false;
      return true;
    }
    if (scope == "preceding") {
      if (tw1 > c.w0 || c.w0 - tw1 > 4 || c.clause != clause_[tw0]) return false;
      for (int32_t u : Bucket(s_triggers_, sentence))
        if (u != t && trig_w_[u].first >= tw1 && trig_w_[u].first < c.w0) return false;
      return true;
    }
    return false;
  }

  void Finish(Event& e) {
    const TriggerMention& tr = doc_.triggers[e.trigger];
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const int32_t sentence = sent_[tw0];
    // Status from cues.
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      std::string_view st = CueStatus(*c.row);
      if (st.empty() || !CueApplies(c, tw0, tw1, e.trigger)) continue;
      if (st == "historical") {
        // Year cues (منذ عام، in 2011) are judged by the date they carry; "من
        // قبل" before an actor is the agent ("by"), not "before".
        if (c.w1 < words_.size() && (words_[c.w1].number || ActorStartingAt(c.w1) >= 0)) continue;
      }
      Raise(e, st);
    }
    // Old dates of the sentence.
    for (int32_t d : Bucket(s_dates_, sentence)) {
      const DateMention& dm = doc_.dates[d];
      if (!OldDate(dm)) continue;
      if (dm.since && clause_[date_w_[d].first] == clause_[tw0]) continue;
      if (dm.since && date_w_[d].first > tw0) continue;
      Raise(e, "historical");
      if (e.date < 0 || !OldDate(doc_.dates[e.date])) e.date = static_cast<int32_t>(d), e.time_basis = "text";
    }
    // Attribution: the quote's speaker, else a speech verb's actor; the kind
    // from the cues of the sentence (or of the quote's intro).
    int32_t speaker = -1;
    if (e.quote >= 0 && static_cast<size_t>(e.quote) < doc_.quote_speakers.size()) speaker = doc_.quote_speakers[e.quote];
    std::string kind;
    std::string outlet;
    Span outlet_span, kind_span;
    bool anonymous = false, participant = false;
    const Quote* q = e.quote >= 0 ? &doc_.quotes[e.quote] : nullptr;
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (c.row->type != "attribution") continue;
      uint32_t ct = words_[c.w0].first;
      bool in_quote = tok_quote_[ct] >= 0;
      if (q ? (in_quote && tok_quote_[ct] == e.quote) : in_quote) continue;  // a cue inside the quoted words
      Span cs = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
      if (c.row->scope == "quote" && speaker < 0 && !q) {
        int32_t a = ActorNear(c.w1, clause_[c.w0], c.w0, c.w1);
        if (a < 0 && c.w0 > 0) {
          for (int32_t x : Bucket(s_actors_, sentence))
            if (actor_w_[x].second == c.w0) a = x;
        }
        if (a >= 0 && actor_w_[a].first < tw0) speaker = a;
      }
      const std::string& k = c.row->kind;
      if (k.empty()) continue;
      if (k == "anonymous_source") anonymous = true, kind_span = cs;
      else if (k == "participant") participant = true, kind_span = cs;
      else if (k == "media") {
        // An outlet's name that is also a place here (الجزيرة the state) is not a source.
        bool place = false;
        for (int32_t pi : Bucket(s_places_, sentence))
          if (doc_.places[pi].span.begin < cs.end && cs.begin < doc_.places[pi].span.end) place = true;
        if (place) continue;
        // The cue's own key: the text may carry a proclitic (لبي بي سي).
        if (outlet.empty()) outlet = c.row->cue, outlet_span = cs;
      } else if (kind.empty()) {
        kind = k;
        kind_span = cs;
      }
    }
    if (anonymous) kind = "anonymous_source";
    else if (participant) kind = "participant";
    if (speaker >= 0) {
      const ActorMention& s = doc_.actors[speaker];
      e.attribution_source = s.name;
      e.attribution_span = s.span;
      if (kind.empty()) kind = s.acled_inter == "State forces" ? "official_statement" : "participant";
    } else if (!outlet.empty()) {
      e.attribution_source = outlet;
      e.attribution_span = outlet_span;
      if (kind.empty()) kind = "media";
    } else if (!kind.empty()) {
      e.attribution_span = kind_span;
    }
    e.attribution_kind = kind;
    // A party speaking of its own deed is a claim.
    // Analysts explain; what they cite without a date of its own is
    // background ("weakened by the Israeli attacks in the region").
    if (kind == "analyst" && e.status == "reported" &&
        std::none_of(Bucket(s_dates_, sentence).begin(), Bucket(s_dates_, sentence).end(),
                     [&](int32_t d) { return !doc_.dates[d].value.empty(); }))
      e.status = "historical";
    if (speaker >= 0 && (kind == "official_statement" || kind == "participant") && !doc_.actors[speaker].id.empty()) {
      std::string a1 = e.actor1.actor >= 0 ? doc_.actors[e.actor1.actor].id : e.actor1.implicit_id;
      const std::string& sid = doc_.actors[speaker].person ? doc_.actors[speaker].id : doc_.actors[speaker].id;
      if (!a1.empty() && (lex_.IsWithin(a1, sid) || lex_.IsWithin(sid, a1))) Raise(e, "claimed");
    }
    // ACLED territory refinement by actor type.
    const ActorInfo* implicit = e.actor1.actor < 0 && e.actor1.implicit ? lex_.Actor(e.actor1.implicit_id) : nullptr;
    if (e.actor1.actor >= 0 || implicit) {
      const std::string& inter = implicit ? implicit->acled_inter : doc_.actors[e.actor1.actor].acled_inter;
      if (e.acled_sub_event_type == "Non-state actor overtakes territory" && inter == "State forces")
        e.acled_sub_event_type = "Government regains territory";
      else if (e.acled_sub_event_type == "Government regains territory" && !inter.empty() && inter != "State forces")
        e.acled_sub_event_type = "Non-state actor overtakes territory";
    }
    double a1 = e.actor1.actor >= 0 ? 1.0 : (e.actor1.implicit ? 0.5 : 0.0);
    double c = tr.confidence * (0.6 + 0.2 * a1 + 0.1 * (e.place >= 0) + 0.1 * (e.time_basis == "text"));
    e.confidence = std::min(1.0, std::round(c * 1000) / 1000);
  }

  const EventLexicon& lex_;
  Doc& doc_;
  const std::vector<LexWord>& words_;
  std::vector<std::vector<RoleSlot>> trig_roles_;  // per trigger, parsed once (Index)
  std::vector<int32_t> tok_sent_, tok_quote_;
  std::vector<size_t> tok_word_;
  std::vector<int32_t> clause_, sent_;
  std::vector<std::pair<size_t, size_t>> actor_w_, place_w_, trig_w_, date_w_, num_w_;
  std::vector<bool> actor_is_place_;
  std::vector<bool> victim_;  // per actor: named as killed or wounded
  std::vector<bool> actor_is_place_any_;  // per place: its words are (inside) an actor mention
  // Per sentence (index sentence + 1, so text outside sentences is bucket 0):
  // the annotations that start in it, in document order.
  std::vector<std::vector<int32_t>> s_places_, s_dates_, s_numbers_, s_cues_, s_triggers_, s_events_, s_actors_;
  std::vector<bool> num_in_date_, num_after_subset_;
  std::vector<CueHit> cues_;
  std::vector<std::string> preps_;
  std::vector<int32_t> actor_start_;
  std::vector<int32_t> used_numbers_;
  std::string main_actor_;
  std::string ref_day_;
  int ref_year_ = 0;
};

}  // namespace

Status EventBuilder::Run(Doc& doc) const {
  doc.events.clear();
  Builder b(*lex_, doc);
  b.Go();
  return Status::OK();
}

}  // namespace marsad
