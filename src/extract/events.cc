#include "extract/events.h"

#include <algorithm>
#include <cmath>
#include <climits>
#include <map>
#include <set>

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
    MarkAllies();
    FindMainActor();
    std::vector<int32_t> casualties;
    doc_.events.reserve(doc_.triggers.size());  // at most one event per trigger here
    for (size_t t = 0; t < doc_.triggers.size(); ++t) {
      if (doc_.triggers[t].acled_event_type == "casualty") casualties.push_back(static_cast<int32_t>(t));
      else MakeEvent(static_cast<int32_t>(t));
    }
    for (int32_t t : casualties) AttachCasualty(t);
    AttachDeadOfLethalActs();
    LethalVerbTolls();
    AttachQuantities();
    for (Event& e : doc_.events) Finish(e);
    DropUnasserted();
    DropUndatedBackground();
    std::stable_sort(doc_.events.begin(), doc_.events.end(), [&](const Event& a, const Event& b) {
      return doc_.triggers[a.trigger].span.begin < doc_.triggers[b.trigger].span.begin;
    });
    KindFromWeaponSubject();
    DropWithoutComplement();
    FoldInfinitives();
    DropMannerWithout();
    FightingOfRunningTolls();
    MergeDuplicates();
    FoldThreats();
    FoldFallingWeapons();
    FoldDamageOfViolence();
    FoldAdjacentWeapons();
    FoldInstruments();
    FoldCircumstances();
    FoldSeizedWeapons();
    FoldWithdrawalsFromFighting();
    FoldFightingIntoCaptures();
    FoldHandovers();
    ResolveCoreference();
    DropDenialsOfReportedEvents();
    FoldClaimedTolls();
    FoldInterceptedWeapons();
    DropUnanchoredReferences();
    MergeElaborations();
    MergeCrowdEvents();
    AssignClaimedResponsibility();
    NameGenericFighters();
    RefineByActorTypes();
    MergeCrowdEvents();  // again: a storming crowd is only now a riot
    FoldForceIntoRiots();
    CompleteDyads();
    MergeDuplicates();  // battles told in several sentences meet once both sides are known
    CrowdActors();
    ZeroTolls();
    SplitCoordinatedPlaces();
    CodeActors();
    for (Event& e : doc_.events)
      for (EventArgument* a : {&e.actor1, &e.actor2}) SetIdentity(*a);
  }

  // ACLED names actors by what they do and where: a crowd in a riot is
  // Rioters; a generic force ("the police", قوات الأمن) is the force of the
  // country the event happens in. The mention's words stay the evidence.
  void CodeActors() {
    for (Event& e : doc_.events) {
      const std::string country =
          e.place >= 0 && doc_.places[e.place].resolved ? lex_.Alpha3(doc_.places[e.place].location.country) : "";
      for (EventArgument* a : {&e.actor1, &e.actor2}) {
        const std::string id = a->actor >= 0 ? doc_.actors[a->actor].id : a->implicit_id;
        if (id.empty()) continue;
        std::string coded;
        if (e.acled_event_type == "Riots" && id == "gen.protesters") coded = "gen.rioters";
        else if (!country.empty()) coded = lex_.NationalForce(id, country);
        if (coded.empty()) continue;
        if (a->actor >= 0) a->coded_id = coded;
        else a->implicit_id = coded;
      }
    }
  }

  void SetIdentity(EventArgument& a) const {
    a.identity = ActorMention{};
    const std::string& id = a.actor >= 0 ? a.coded_id : a.implicit ? a.implicit_id : a.coded_id;
    if (id.empty()) return;
    const ActorInfo* info = lex_.Actor(id);
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
    dateline_end_ = DatelineEnd();
  }

  // A dateline ("GAZA, Aug 11 (Agency) -") opens the first sentence: a place
  // first, then a dash within a few words. Its place and day say where and
  // when the report was filed, not where and when the news happened.
  size_t DatelineEnd() const {
    // A header line ("date 2024-08-11") may come first, outside any sentence.
    size_t first = 0;
    while (first < words_.size() && sent_[first] < 0) ++first;
    bool place_first = false;
    for (const auto& pw : place_w_)
      if (pw.first >= first && pw.first <= first + 1 && sent_[pw.first] == 0) place_first = true;
    if (!place_first) return 0;
    for (size_t w = first; w < words_.size() && w < first + 16 && sent_[w] == 0; ++w) {
      const std::string& t = words_[w].text;
      if (t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94") return w + 1;
    }
    return 0;
  }

  // "the deadliest bombing since a suicide attack killed 32 in 2021": a date
  // after "since" belongs to the earlier event the since-clause tells, not to
  // a trigger before it.
  bool SinceBetween(size_t tw1, size_t dw) const {
    for (size_t w = tw1; w < dw && w < words_.size(); ++w)
      if (words_[w].text == "since") return true;
    return false;
  }

  // Actors named as backing another ("مدعومة بمقاتلي العشائر", "backed by
  // Russian jets") fight on its side: never its opponent.
  void MarkAllies() {
    ally_.assign(doc_.actors.size(), false);
    for (const CueHit& c : cues_) {
      if (c.row->type != "ally") continue;
      for (int32_t a : Bucket(s_actors_, c.sentence))
        if (actor_w_[a].first >= c.w1 && actor_w_[a].first <= c.w1 + 4) ally_[a] = true;  // "(معاويسلي)" too
    }
  }

  void FindMainActor() {
    std::map<std::string, std::pair<int, size_t>> freq;  // id → (count, first mention)
    for (size_t a = 0; a < doc_.actors.size(); ++a) {
      const ActorMention& m = doc_.actors[a];
      if (m.id.empty() || m.person || m.alias_kind == "generic" || m.alias_kind == "adjective" || m.acled_inter == "Civilians" || actor_is_place_[a] ||
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

  // A country or province told as where an event happened, and a town in
  // it told in the same sentence: the town says where (تواصل التقدم في سوريا
  // حيث سيطروا على حلب).
  bool Encloses(int32_t outer, int32_t inner) const {
    if (outer < 0 || inner < 0 || !Coarse(outer) || Coarse(inner)) return false;
    const PlaceMention &o = doc_.places[outer], &i = doc_.places[inner];
    if (!o.resolved || !i.resolved || o.location.country != i.location.country) return false;
    const std::string& fc = o.location.feature_code;
    return fc.rfind("PCL", 0) == 0 || (fc == "ADM1" && !o.location.admin1.empty() && o.location.admin1 == i.location.admin1);
  }

  // The same two sides, in either order, both known.
  bool SameDyad(const Event& a, const Event& b) const {
    const std::string a1 = Actor1Of(a), a2 = Actor2Of(a), b1 = Actor1Of(b), b2 = Actor2Of(b);
    if (a1.empty() || a2.empty()) return false;
    return (a1 == b1 && a2 == b2) || (a1 == b2 && a2 == b1);
  }

  bool SameEvent(const Event& a, const Event& b) const {
    if (a.acled_sub_event_type != b.acled_sub_event_type || a.acled_event_type == "none") return false;
    if (a.status != b.status && !(Happened(a.status) && Happened(b.status))) return false;
    if (a.quote != b.quote || a.cumulative != b.cumulative) return false;
    // Within a sentence; across sentences when ACLED's unit says so: one
    // actor (named at the first telling), kind, place (the same gazetteer
    // entry) and day, however many sentences tell it (not for captures:
    // each site taken is news); one dyad, place and day for fighting (an
    // attempted advance, then the clashes it met); a change of hands told
    // again of a town the later sentence does not name (captured the city …
    // the forces entered it). Two tolls stay two events (a second strike).
    const std::string pa = PlaceKeyOf(a), pb = PlaceKeyOf(b);
    const bool one_battle = a.acled_sub_event_type == "Armed clash" && !pa.empty() && pa == pb && SameDyad(a, b);
    const bool one_unit = !TerritoryTaken(a) && !pa.empty() && pa == pb && pa[0] == '#' && Happened(a.status) &&
                          Happened(b.status) && a.actor1.actor >= 0 && Actor1Of(a) == Actor1Of(b);
    if (a.sentence != b.sentence && !one_battle && !one_unit &&
        !(a.acled_event_type == "Battles" && a.acled_sub_event_type != "Armed clash" && !pa.empty() && pa == pb &&
          pa[0] == '#' && PlaceFromBefore(b)))
      return false;
    if (pa != pb && !pa.empty() && !pb.empty() && !Encloses(a.place, b.place) && !Encloses(b.place, a.place)) return false;
    if (DayOf(a) != DayOf(b)) return false;
    const std::string aa = Actor1Of(a), ab = Actor1Of(b);
    const bool ea = a.actor1.actor >= 0, eb = b.actor1.actor >= 0;
    if (ea && eb && aa != ab && !one_battle) return false;
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
    if (into.place < 0 || Encloses(into.place, from.place)) {
      if (into.place >= 0) into.trigger = from.trigger;  // the words that say where
      into.place = from.place;
    }
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
      // The latest event before the cue in its sentence, else in the sentence
      // before; a violent one first (the rockets, not their interception).
      auto latest = [&](auto in_scope) {
        Event* any = nullptr;
        Event* violent = nullptr;
        for (Event& e : doc_.events) {
          if (!in_scope(e)) continue;
          any = &e;
          if (Violent(e.acled_event_type)) violent = &e;
        }
        return violent ? violent : any;
      };
      Event* target = latest([&](const Event& e) {
        return static_cast<int32_t>(e.sentence) == c.sentence && trig_w_[e.trigger].first < c.w0;
      });
      if (!target) target = latest([&](const Event& e) { return static_cast<int32_t>(e.sentence) == c.sentence - 1; });
      if (!target || target->fatalities || target->acled_event_type == "none") continue;
      CasualtyFigure zero;
      zero.low = zero.best = zero.high = 0;
      zero.span = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
      target->fatalities = zero;
    }
  }

  // "Killed since the offensive began", منذ بدء الهجوم: the offensive that
  // starts a running toll is the fighting the toll counts, a battle, not
  // the announcement of an operation.
  void FightingOfRunningTolls() {
    for (Event& e : doc_.events) {
      if (e.acled_event_type != "Strategic developments") continue;
      const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
      for (int32_t ci : Bucket(s_cues_, sent_[tw0])) {
        const CueHit& c = cues_[ci];
        if (c.row->type != "cumulative" || c.w1 <= tw0 || c.w0 >= tw1) continue;
        e.acled_event_type = "Battles";
        e.acled_sub_event_type = "Armed clash";
        e.plover_event_type = "ASSAULT";
        e.plover_mode = "firearms";
      }
    }
  }

  // Background with no date of its own ("weakened by Israeli attacks in the
  // region", an analyst's general remark) names no event ACLED could code:
  // past events are kept when the text dates them (منذ عام 2016).
  void DropUndatedBackground() {
    std::erase_if(doc_.events, [](const Event& e) { return e.status == "historical" && e.time_basis == "published"; });
  }

  // "لم تعلق الجماعة على الهجوم", "did not say whether clashes occurred": a
  // particle that negates the verb next to it (scope `next`) leaves an event
  // word further on neither told nor denied. No event; one told elsewhere
  // in the report stands.
  void DropUnasserted() {
    std::vector<bool> gone(doc_.events.size(), false);
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& e = doc_.events[i];
      if (e.status == "negated") continue;
      const size_t tw0 = trig_w_[e.trigger].first;
      for (int32_t ci : Bucket(s_cues_, sent_[tw0])) {
        const CueHit& c = cues_[ci];
        if (c.row->type != "negation" || c.row->scope != "next" || c.clause != clause_[tw0]) continue;
        if (tw0 <= c.w1 + 1 || tw0 > c.w1 + 4) continue;
        bool between = false;  // the particle's own verb is an event word: that one is negated
        for (int32_t u : Bucket(s_triggers_, sent_[tw0]))
          if (trig_w_[u].first >= c.w1 && trig_w_[u].first < tw0) between = true;
        if (!between) gone[i] = true;
      }
    }
    DropGone(gone);
  }

  // "Entered the town without a fight", دون قتال: the word after a `without`
  // cue tells how another event went; it is no event of its own. A town
  // taken "without a fight" changed hands peacefully: ACLED's non-violent
  // transfer of territory. The words of a charge or a figure of speech after
  // a `not_event` cue (بجرم الشغب والاعتداء، مرشح للانفجار) are no events.
  void DropMannerWithout() {
    std::vector<bool> gone(doc_.events.size(), false);
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& e = doc_.events[i];
      const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
      for (int32_t ci : Bucket(s_cues_, sent_[tw0])) {
        const CueHit& c = cues_[ci];
        if (c.row->type == "without" && CueApplies(c, tw0, tw1, e.trigger)) gone[i] = true;
        if (c.row->type == "not_event" && tw0 >= c.w1 && tw0 <= c.w1 + 4 && clause_[tw0] == c.clause) gone[i] = true;
        // استولوا على أسلحة: seizing goods is part of the attack, no capture of territory.
        if (c.row->type == "goods" && TerritoryTaken(e) && c.w0 >= tw1 && c.w0 <= tw1 + 2) gone[i] = true;
      }
      if (!gone[i] || e.acled_event_type != "Battles") continue;
      for (Event& taken : doc_.events)
        if (taken.sentence == e.sentence && TerritoryTaken(taken)) {
          taken.acled_event_type = "Strategic developments";
          taken.acled_sub_event_type = "Non-violent transfer of territory";
        }
    }
    DropGone(gone);
  }
  static bool TerritoryTaken(const Event& e) {
    return e.acled_sub_event_type == "Non-state actor overtakes territory" ||
           e.acled_sub_event_type == "Government regains territory";
  }

  // Folds each event into the event `host_of` names for it (an index, or -1
  // to keep it), all judged before any moves (the test looks at the others).
  // The host keeps its kind and fills its gaps from the folded event (its toll).
  template <typename HostOf>
  void FoldInto(HostOf host_of) {
    std::vector<Event>& ev = doc_.events;
    std::vector<int32_t> host(ev.size());
    for (size_t i = 0; i < ev.size(); ++i) host[i] = host_of(ev[i]);
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      const int32_t h = host[i];
      if (h < 0 || static_cast<size_t>(h) == i || host[h] >= 0) continue;
      Absorb(ev[h], std::move(ev[i]), /*take_kind=*/false);
      gone[i] = true;
    }
    DropGone(gone);
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
  bool EnglishReference(const Event& e) const {
    return Definite(e) && doc_.tokens[doc_.triggers[e.trigger].tokens.begin].script == Script::kLatin;
  }
  // A date of the clause of word w that dates it: not the dateline, not a
  // since-date ("since July" counts events, it does not date one).
  bool ClauseHasDate(size_t w) const {
    for (int32_t d : Bucket(s_dates_, sent_[w]))
      if (clause_[date_w_[d].first] == clause_[w] && date_w_[d].first >= dateline_end_ && !doc_.dates[d].since &&
          !(date_w_[d].first > w && SinceBetween(w + 1, date_w_[d].first)))
        return true;
    return false;
  }
  // "such attacks", "similar lynchings": a kind of event, never one event.
  bool KindOfEvent(size_t w) const {
    return w > 0 && (words_[w - 1].text == "such" || words_[w - 1].text == "similar");
  }
  // "frequent attacks", "a series of air strikes", "more than 140 attacks":
  // a plural that sums up many acts is the background of a report.
  bool SummaryPlural(const Event& e) const {
    const size_t w = trig_w_[e.trigger].first;
    const std::string& t = words_[trig_w_[e.trigger].second - 1].text;
    if (w == 0 || !t.ends_with("s")) return false;
    static const std::set<std::string, std::less<>> kQuantifiers = {
        "frequent", "repeated", "regular", "numerous", "countless", "daily", "nightly", "weekly", "sporadic",
        "occasional", "many"};
    const std::string& prev = words_[w - 1].text;
    if (kQuantifiers.count(prev)) return true;
    if (prev == "of" && w >= 2) {
      const std::string& head = words_[w - 2].text;
      if (head == "series" || head == "wave" || head == "spate" || head == "string" || head == "campaign") return true;
    }
    // A count of generic acts without a day ("has launched more than 140
    // attacks"); "42 drones overnight" is one event.
    if (words_[w - 1].number && Generic(e) && !ClauseHasDate(w)) {
      for (int32_t n : Bucket(s_numbers_, sent_[w]))
        if (num_w_[n].second == w) {
          const NumberMention& m = doc_.numbers[n];
          const std::optional<double> v = m.value ? m.value : m.low;
          if (v && *v >= 10) return true;
        }
    }
    return false;
  }
  // "a year of fighting", "decades of conflict": a span of months or years
  // of an activity is the background of a report, not an event of it.
  bool LongSpanOf(size_t w) const {
    // "a year of cross-border fighting": up to two modifiers after "of".
    for (size_t of = w; of-- > 0 && w - of <= 5;) {
      if (words_[of].clause_break) return false;
      if (words_[of].text != "of") continue;
      if (of == 0) return false;
      const std::string& u = words_[of - 1].text;
      return u == "month" || u == "months" || u == "year" || u == "years" || u == "decade" || u == "decades";
    }
    return false;
  }
  // "an attack on the city could trigger a massacre": what could, might,
  // may or can happen is a possibility, not an event ("may have killed" is
  // a hedged event, and stays).
  bool EnglishPossibility(size_t w) const {
    for (size_t k = w, back = 0; k-- > 0 && back < 5 && !words_[k].clause_break; ++back) {
      const std::string& t = words_[k].text;
      if (t != "could" && t != "might" && t != "may" && t != "can") continue;
      return !(k + 1 < words_.size() && words_[k + 1].text == "have");
    }
    return false;
  }
  // A span of months or years of an activity, and a kind of event, are
  // background too.
  // An English reference left without an event to refer to, after the lead
  // and without a date of its own ("did not comment on the demolitions", "in
  // line with the agreement", "similar lynchings"), names something the
  // reader is assumed to know: background, not this report's news. ("The
  // 2014 kidnapping" dates itself and stays.)
  void DropUnanchoredReferences() {
    const size_t lead = dateline_end_ < words_.size() ? static_cast<size_t>(std::max(0, sent_[dateline_end_])) : 0;
    std::erase_if(doc_.events, [&](const Event& e) {
      const size_t w = trig_w_[e.trigger].first;
      if (doc_.tokens[doc_.triggers[e.trigger].tokens.begin].script != Script::kLatin) return false;
      if (LongSpanOf(w) || SummaryPlural(e) || EnglishPossibility(w)) return true;
      // "Israel says it is targeting Hezbollah infrastructure": a generic word
      // after the lead that refers to no event told and names no place or
      // day of its own states a policy or a campaign.
      if (Generic(e) && e.sentence > lead && !ClauseHasDate(w) && (e.place < 0 || PlaceFromBefore(e)) && !e.fatalities &&
          !e.injuries)
        return true;
      // "Israel's offensive has killed more than 41,000": the war summed up.
      if (Generic(e) && e.cumulative && e.fatalities && !ClauseHasDate(w)) return true;
      return EnglishReference(e) && (KindOfEvent(w) || (e.sentence > lead && !ClauseHasDate(w)));
    });
  }
  static bool Violent(std::string_view type) {
    return type == "Battles" || type == "Explosions/Remote violence" || type == "Violence against civilians";
  }
  static bool Happened(std::string_view status) {
    return status == "reported" || status == "claimed" || status == "hedged";
  }
  bool Corefer(const Event& a, const Event& b) const {
    if (a.quote != b.quote && a.quote >= 0 && b.quote >= 0) return false;
    // A reference back ("no group claimed the attack") takes its event as
    // told: the cues of its own sentence are about the claim, not the act.
    if (a.status != b.status && !(Happened(a.status) && Happened(b.status)) && !EnglishReference(b)) return false;
    const std::string aa = Actor1Of(a), ab = Actor1Of(b);
    if (a.actor1.actor >= 0 && b.actor1.actor >= 0 && aa != ab && !lex_.IsWithin(aa, ab) && !lex_.IsWithin(ab, aa))
      return false;
    // Two tolls are two events, unless the later word refers back (a
    // party's own figure for "the attack" it claims).
    if (((a.fatalities && b.fatalities) || (a.injuries && b.injuries)) && !(Generic(b) && Definite(b))) return false;
    // A running total is no one event's toll (English: "the war has killed").
    if ((a.cumulative && a.fatalities) != (b.cumulative && b.fatalities) && (a.fatalities || b.fatalities) &&
        doc_.tokens[doc_.triggers[b.trigger].tokens.begin].script == Script::kLatin)
      return false;
    // A dateline place is where the report was filed, no statement of where
    // an English report's event happened.
    const bool latin = doc_.tokens[doc_.triggers[b.trigger].tokens.begin].script == Script::kLatin;
    const bool filed = latin && ((a.place >= 0 && Dateline(a.place)) || (b.place >= 0 && Dateline(b.place)));
    // A definite noun's place is its own only right after it ("the strike on
    // X"); a place later in its sentence tells something else (the agreement
    // provides for moving fighters east of the Euphrates).
    const size_t bw = trig_w_[b.trigger].second;
    const bool b_place_own = b.place >= 0 && place_w_[b.place].first >= bw && place_w_[b.place].first <= bw + 3;
    if (a.place >= 0 && b.place >= 0 && a.place != b.place && !filed && (b_place_own || !Definite(b))) {
      const PlaceMention &pa = doc_.places[a.place], &pb = doc_.places[b.place];
      if (pa.resolved && pb.resolved && pa.entry != pb.entry && !Encloses(a.place, b.place) &&
          !Encloses(b.place, a.place) && DistanceKm(pa.location.lat, pa.location.lon, pb.location.lat, pb.location.lon) > 30)
        return false;
    }
    if (a.time_basis == "text" && b.time_basis == "text" && DayOf(a) != DayOf(b) && OwnDate(a) && OwnDate(b)) return false;
    return true;
  }
  // The event's date is named in its own sentence, not carried over from an
  // earlier one ("the sound of gunfire had died down by midday").
  bool OwnDate(const Event& e) const {
    return e.date < 0 || sent_[date_w_[e.date].first] == static_cast<int32_t>(e.sentence);
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
      if (gone[i] || !Generic(ev[i]) || KindOfEvent(trig_w_[ev[i].trigger].first)) continue;
      size_t best = SIZE_MAX;
      for (size_t j = 0; j < ev.size(); ++j) {
        if (j == i || gone[j] || Generic(ev[j]) || ev[j].sentence != ev[i].sentence) continue;
        if (!Violent(ev[j].acled_event_type) || !Corefer(ev[i], ev[j])) continue;
        if (best == SIZE_MAX || word_gap(ev[i], ev[j]) < word_gap(ev[i], ev[best])) best = j;
      }
      if (best == SIZE_MAX) continue;
      Event specific = std::move(ev[best]);  // ev[best] is overwritten next
      const bool specific_dated = OwnDate(specific) && !OwnDate(ev[i]);
      const int32_t date = specific.date;
      const std::string basis = specific.time_basis;
      Absorb(ev[i], std::move(specific), /*take_kind=*/true);
      if (specific_dated) ev[i].date = date, ev[i].time_basis = basis;  // its own day, not one carried over
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
        // An English reference names the kind loosely ("the blast" after a
        // suicide bombing, "the bombing" after an air strike).
        const bool kind_ok = Generic(ev[i]) ? Violent(ev[j].acled_event_type)
                             : EnglishReference(ev[i]) ? ev[j].acled_event_type == ev[i].acled_event_type
                                                       : ev[j].acled_sub_event_type == ev[i].acled_sub_event_type;
        if (!kind_ok || !Corefer(ev[j], ev[i])) continue;
        // "The UN called for an inquiry into the strike": who speaks of an
        // event told before is not its actor.
        if (EnglishReference(ev[i])) {
          ev[i].actor1 = EventArgument{};
          // "The attack took place in Dera Ismail Khan": the reference
          // places an event the lead placed only by its dateline.
          if (ev[j].place >= 0 && Dateline(ev[j].place) && ev[i].place >= 0 && !Dateline(ev[i].place) &&
              !Coarse(ev[i].place) && AfterIn(ev[i].place) && !PlaceFromBefore(ev[i]))
            ev[j].place = ev[i].place;
        }
        Absorb(ev[j], std::move(ev[i]), false);
        gone[i] = true;
        break;
      }
    }
    DropGone(gone);
  }

  // A party's denial (نفت الجماعة احتجاز موظفين، "the army denied…") of an
  // event the report told before as happening is that event disputed, not a
  // second, negated event: the earlier record stands.
  static bool SameKind(const Event& a, const Event& b) {
    auto detention = [](const Event& e) {
      return e.acled_sub_event_type == "Arrests" || e.acled_sub_event_type == "Abduction/forced disappearance";
    };
    return a.acled_event_type == b.acled_event_type || (detention(a) && detention(b));
  }
  bool Denied(const Event& e) const {
    if (e.status != "negated") return false;
    for (int32_t ci : Bucket(s_cues_, static_cast<int32_t>(e.sentence)))
      if (cues_[ci].row->type == "negation" && cues_[ci].row->scope == "sentence") return true;
    return false;
  }
  void DropDenialsOfReportedEvents() {
    std::vector<bool> gone(doc_.events.size(), false);
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& d = doc_.events[i];
      if (!Denied(d)) continue;
      const std::string da = d.actor1.actor >= 0 ? doc_.actors[d.actor1.actor].id : "";
      for (size_t j = 0; j < i; ++j) {
        const Event& r = doc_.events[j];
        if (gone[j] || r.sentence >= d.sentence || !Happened(r.status) || !SameKind(r, d)) continue;
        if (d.time_basis == "text" && DayOf(d) != DayOf(r)) continue;  // "no new clashes on Wednesday"
        // The denial names the same parties (its genitive may be the victims: احتجاز صحفيين).
        const std::string ra = Actor1Of(r);
        const bool same_party = da.empty() || ra.empty() || da == ra || lex_.IsWithin(da, ra) ||
                                lex_.IsWithin(ra, da) || da == Actor2Of(r);
        if (!same_party) continue;
        gone[i] = true;
        break;
      }
    }
    DropGone(gone);
  }

  // ACLED codes one protest or riot per place and day, whatever stages the
  // report tells (gathered, were dispersed, threw stones, were shot at): the
  // crowd's words of one place and day are one event, of the gravest kind
  // told.
  static int CrowdRank(const Event& e) {
    const std::string& sub = e.acled_sub_event_type;
    if (sub == "Peaceful protest") return 1;
    if (sub == "Protest with intervention") return 2;
    if (sub == "Violent demonstration" || sub == "Mob violence") return 3;
    if (sub == "Excessive force against protesters") return 4;
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
        // A crowd that riots is not one the force's excessive force fell on:
        // ACLED codes force on rioters within the riot (FoldForceIntoRiots).
        if (CrowdRank(ev[i]) + CrowdRank(ev[j]) == 7) continue;  // a riot (3) and excessive force (4)
        const bool take_kind = CrowdRank(ev[j]) > CrowdRank(ev[i]);
        // The crowd stays actor 1 of a riot; a force that dispersed it is actor 2.
        // Force that kills protesters is the force's act: it is actor 1.
        const EventArgument force = ev[j].actor1, crowd = ev[i].actor1;
        const bool force_wins = take_kind && ev[j].acled_sub_event_type == "Excessive force against protesters";
        Absorb(ev[i], std::move(ev[j]), take_kind);
        if (force_wins && force.actor >= 0) ev[i].actor1 = force, ev[i].actor2 = crowd;
        else if (ev[i].acled_sub_event_type == "Protest with intervention" && force.actor >= 0 &&
                 InterOf(force) == "State forces" && ev[i].actor1.actor != force.actor)
          ev[i].actor2 = force;  // the force that intervened
        gone[j] = true;
      }
    }
    DropGone(gone);
  }

  // "Al-Shabaab said it had killed 13 soldiers": a party's own toll, told
  // after the event, is its claim about that event (a higher figure raises
  // the toll's high bound), not a battle of its own. A toll word made an
  // event only because it named its perpetrator (AttachCasualty) is such a
  // claim when it is claimed or hedged and an earlier violent event of the
  // three sentences before agrees with it; a place read without "in"/"at"
  // ("its Andalus radio") does not tell where it happened.
  void FoldClaimedTolls() {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      if (doc_.triggers[ev[i].trigger].acled_event_type != "casualty") continue;
      // A running total ("has killed more than 40,000") is no claim about one event.
      if (PresentPerfect(trig_w_[ev[i].trigger].first) || ev[i].cumulative) continue;
      const bool told = !ev[i].attribution_source.empty() || !ev[i].attribution_kind.empty();
      if (ev[i].status != "claimed" && ev[i].status != "hedged" && !told) continue;
      Event probe = ev[i];
      probe.fatalities.reset(), probe.injuries.reset();
      if (probe.place >= 0 && !AfterIn(probe.place)) probe.place = -1;
      for (size_t j = i; j-- > 0;) {
        if (gone[j] || ev[j].sentence >= ev[i].sentence) continue;
        if (ev[i].sentence - ev[j].sentence > 3) break;
        if (!Violent(ev[j].acled_event_type) || !Corefer(ev[j], probe)) continue;
        Event claim = std::move(ev[i]);
        claim.place = probe.place;
        Absorb(ev[j], std::move(claim), false);
        gone[i] = true;
        break;
      }
    }
    DropGone(gone);
  }

  // ACLED: arrests are made by an authority (a state, or a group that
  // governs territory); unnamed gunmen or a militia that seize people abduct
  // them ("the gunmen rounded up men working in the fields").
  void ArrestsByArmedGroups() {
    for (Event& e : doc_.events) {
      if (e.acled_sub_event_type != "Arrests" || e.actor1.actor < 0) continue;
      if (doc_.tokens[doc_.triggers[e.trigger].tokens.begin].script != Script::kLatin) continue;  // Arabic: not judged yet
      const ActorMention& a = doc_.actors[e.actor1.actor];
      const bool unnamed_armed = a.alias_kind == "generic" && a.acled_inter != "State forces" && a.acled_inter != "";
      if (!unnamed_armed && a.acled_inter != "Political militia" && a.acled_inter != "Identity militia") continue;
      e.acled_event_type = "Violence against civilians";
      e.acled_sub_event_type = "Abduction/forced disappearance";
      e.plover_mode = "abduct";
    }
  }

  // English reports tell the lead's event, then its details in the next
  // sentences without naming the place or the day again ("The gunmen ...
  // set several houses on fire"). ACLED codes one event per kind, actor,
  // place and day: a later event of the same kind with neither a place nor
  // a day of its own sentence, within two sentences, is the earlier one.
  void MergeElaborations() {
    ArrestsByArmedGroups();
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& b = ev[i];
      if (doc_.tokens[doc_.triggers[b.trigger].tokens.begin].script != Script::kLatin) continue;
      if (OwnDate(b) && b.date >= 0) continue;
      if (b.place >= 0 && !PlaceFromBefore(b)) continue;
      // "the gunmen", "the attackers": a common noun names the actor told before.
      Event probe = b;
      if (probe.actor1.actor >= 0 && doc_.actors[probe.actor1.actor].alias_kind == "generic") probe.actor1 = EventArgument{};
      for (size_t j = i; j-- > 0;) {
        const Event& a = ev[j];
        if (gone[j] || a.sentence >= b.sentence || b.sentence - a.sentence > 2) continue;
        // "He said the attackers used hand grenades": the weapons of the act
        // told before are its means, whatever its kind.
        const bool means = doc_.triggers[b.trigger].instrument && Violent(a.acled_event_type) && Violent(b.acled_event_type);
        if ((a.acled_sub_event_type != b.acled_sub_event_type && !means) || a.acled_event_type == "none") continue;
        if (a.quote != b.quote && a.quote >= 0 && b.quote >= 0) continue;
        // A party's denial of the act just told is that act, as told.
        const bool denial = b.status == "negated" && Happened(a.status);
        if (denial) probe.status = a.status;
        if (!Corefer(a, probe)) continue;
        Absorb(ev[j], std::move(ev[i]), false);
        gone[i] = true;
        break;
      }
    }
    DropGone(gone);
  }

  // "a drone and a ballistic missile were intercepted": the weapons named
  // with an interception in its clause are what was stopped, not attacks.
  void FoldInterceptedWeapons() {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      if (ev[i].acled_sub_event_type != "Disrupted weapons use") continue;
      // English: "X and Y were intercepted"; an Arabic clause joins the
      // launch and its interception with و (أطلق صواريخ واعترضت معظمها).
      if (doc_.tokens[doc_.triggers[ev[i].trigger].tokens.begin].script != Script::kLatin) continue;
      const int32_t clause = clause_[trig_w_[ev[i].trigger].first];
      for (size_t j = 0; j < ev.size(); ++j) {
        if (gone[j] || ev[j].acled_event_type != "Explosions/Remote violence" || ev[j].fatalities || ev[j].injuries)
          continue;
        if (doc_.triggers[ev[j].trigger].voice != "nominal" || clause_[trig_w_[ev[j].trigger].first] != clause) continue;
        gone[j] = true;
      }
    }
    DropGone(gone);
  }

  // Force used on a rioting crowd is part of the riot (ACLED: a violent
  // demonstration with the force as actor 2), not an attack of its own:
  // "troops opened fire on stone-throwing youths, killing a boy".
  static bool ForceOnCrowd(const Event& e) {
    const std::string& sub = e.acled_sub_event_type;
    return sub == "Attack" || sub == "Excessive force against protesters" || sub == "Protest with intervention";
  }
  void FoldForceIntoRiots() {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t r = 0; r < ev.size(); ++r) {
      if (ev[r].acled_sub_event_type != "Violent demonstration" || !Happened(ev[r].status)) continue;
      for (size_t f = 0; f < ev.size(); ++f) {
        if (f == r || gone[f] || !ForceOnCrowd(ev[f]) || ev[f].sentence != ev[r].sentence || ev[f].quote != ev[r].quote)
          continue;
        // Shooting people the report calls protesters stays excessive force.
        if (ev[f].acled_sub_event_type == "Excessive force against protesters" && ev[f].actor2.actor >= 0 &&
            InterOf(ev[f].actor2) == "Protesters")
          continue;
        if (!PlaceKeyOf(ev[f]).empty() && !PlaceKeyOf(ev[r]).empty() && PlaceKeyOf(ev[f]) != PlaceKeyOf(ev[r])) continue;
        // The force is actor 2; the crowd (set later when unnamed) actor 1.
        EventArgument force = ev[f].actor1;
        if (InterOf(ev[r].actor1) == "State forces") force = ev[r].actor1, ev[r].actor1 = EventArgument{};
        if (ev[r].actor2.actor < 0 && !ev[r].actor2.implicit && (force.actor >= 0 || force.implicit)) ev[r].actor2 = force;
        ev[f].actor1 = EventArgument{};
        ev[f].actor2 = EventArgument{};
        Absorb(ev[r], std::move(ev[f]), false);
        gone[f] = true;
      }
    }
    DropGone(gone);
  }

  // "سقطت قذائف" is shells falling, not a town falling: a territory verb
  // whose subject is a weapon word next to it is that weapon's event.
  void FoldFallingWeapons() {
    const std::vector<Event>& ev = doc_.events;
    FoldInto([&](const Event& e) -> int32_t {
      if (e.acled_sub_event_type != "Non-state actor overtakes territory" &&
          e.acled_sub_event_type != "Government regains territory")
        return -1;
      if (doc_.triggers[e.trigger].voice == "nominal") return -1;
      const size_t begin = trig_w_[e.trigger].first, end = trig_w_[e.trigger].second;
      for (size_t o = 0; o < ev.size(); ++o) {
        if (ev[o].acled_event_type != "Explosions/Remote violence") continue;
        const size_t o0 = trig_w_[ev[o].trigger].first, o1 = trig_w_[ev[o].trigger].second;
        // VSO (سقطت قذائف) or SVO (صواريخ محملة بالسارين قد سقطت).
        if ((o0 >= end && o0 <= end + 1) || (o1 <= begin && begin - o1 <= 2 && clause_[o0] == clause_[begin]))
          return static_cast<int32_t>(o);
      }
      return -1;
    });
  }

  // Damage done by a strike or a battle told in its clause (دمرت الغارات
  // المنازل، "shelling damaged homes") is part of that event, as ACLED codes
  // it: not a second, property-destruction event.
  void FoldDamageOfViolence() {
    const std::vector<Event>& ev = doc_.events;
    FoldInto([&](const Event& e) -> int32_t {
      if (e.acled_sub_event_type != "Looting/property destruction") return -1;
      const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
      for (size_t i = 0; i < ev.size(); ++i) {
        const Event& o = ev[i];
        if (!Violent(o.acled_event_type) || clause_[trig_w_[o.trigger].first] != clause_[w0]) continue;
        const size_t o0 = trig_w_[o.trigger].first, o1 = trig_w_[o.trigger].second;
        // The strike is the damage verb's subject: right after it (VSO) or right before it.
        if ((o0 >= w1 && o0 <= w1 + 1) || (o1 <= w0 && w0 - o1 <= 1)) return static_cast<int32_t>(i);
      }
      return -1;
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

  // An English verb after "to" is not an act told as done: the purpose or
  // content of an act of its sentence ("fired tear gas to disperse them",
  // "agreed to withdraw", "tried to storm the base"), which is the event;
  // alone, a plan ("have 60 days to withdraw"), so intent. Inflected forms
  // after "to" are nouns ("led to clashes") and stay.
  bool EnglishInfinitive(const Event& e) const {
    const TriggerMention& tr = doc_.triggers[e.trigger];
    const size_t w = trig_w_[e.trigger].first;
    if (tr.voice == "nominal" || w == 0 || doc_.tokens[tr.tokens.begin].script != Script::kLatin) return false;
    if (words_[w - 1].text != "to") return false;
    const std::string& t = words_[w].text;
    return !(t.ends_with("s") || t.ends_with("ed") || t.ends_with("ing") || t.ends_with("ion"));
  }
  // English verbs that need a complement to be an event: a crowd marches
  // somewhere ("marched through the capital"), while "marched the hostages
  // into the bush" is a captor's act; a withdrawal leaves somewhere
  // ("withdrew from the town", "pulled out of"), while "before withdrawing"
  // or "until they retreated" closes the tale of an attack.
  bool EnglishWithoutComplement(const Event& e) const {
    const TriggerMention& tr = doc_.triggers[e.trigger];
    if (doc_.tokens[tr.tokens.begin].script != Script::kLatin) return false;
    const size_t w1 = trig_w_[e.trigger].second;
    auto word = [&](size_t k) -> std::string_view { return k < words_.size() ? words_[k].text : std::string_view(); };
    if (e.acled_sub_event_type == "Peaceful protest" && words_[trig_w_[e.trigger].first].text.starts_with("march") &&
        !Definite(e)) {
      const std::string_view next = word(w1);
      return next == "the" || next == "a" || next == "an" || next == "them" || next == "him" || next == "her" ||
             next == "their" || next == "his";
    }
    // "Thousands of residents fled across the border", "the prime minister
    // fled the country": only armed forces that flee give up territory.
    if (e.acled_sub_event_type == "Non-violent transfer of territory" && tr.lemma == "flee") {
      const std::string inter = InterOf(e.actor1);
      return e.actor1.actor < 0 || inter.empty() || inter == "Civilians" || inter == "Protesters";
    }
    if (e.acled_sub_event_type == "Non-violent transfer of territory" && tr.lemma == "withdraw") {
      for (size_t k = w1; k < w1 + 5 && k < words_.size() && clause_[k] == clause_[w1 - 1]; ++k)
        if (words_[k].text == "from" || words_[k].text == "of") return false;
      return true;
    }
    return false;
  }

  // "Russian drones attacked Odesa", "Israeli jets targeted a car": a
  // generic verb whose subject names the weapon tells the kind of the
  // attack (an air or drone strike, a missile or artillery attack).
  void KindFromWeaponSubject() {
    for (Event& e : doc_.events) {
      if (!Generic(e) || e.actor1.actor < 0) continue;
      const ActorMention& a = doc_.actors[e.actor1.actor];
      if (doc_.tokens[a.tokens.begin].script != Script::kLatin) continue;
      const std::string_view text = doc_.norm(a.span);
      const std::string_view last = text.substr(text.rfind(' ') == std::string_view::npos ? 0 : text.rfind(' ') + 1);
      static const std::set<std::string, std::less<>> kAir = {"drone", "drones", "jets", "warplanes", "aircraft",
                                                               "helicopters", "planes", "warplane", "jet"};
      static const std::set<std::string, std::less<>> kMissile = {"missiles", "rockets", "artillery", "mortars", "shells"};
      const bool air = kAir.count(last) > 0, missile = kMissile.count(last) > 0;
      if (!air && !missile) continue;
      e.acled_event_type = "Explosions/Remote violence";
      e.acled_sub_event_type = air ? "Air/drone strike" : "Shelling/artillery/missile attack";
      e.plover_event_type = "ASSAULT";
      e.plover_mode = air ? "aerial" : "heavy-weapons";
    }
  }

  void DropWithoutComplement() {
    std::erase_if(doc_.events, [&](const Event& e) { return EnglishWithoutComplement(e); });
  }

  // "urged allies to supply more air defence systems and to allow Kyiv to
  // strike targets in Russia": what someone urges, asks, calls for, wants or
  // plans is no act told, whatever event words its infinitive clause holds.
  bool EnglishRequested(const Event& e) const {
    const size_t w = trig_w_[e.trigger].first;
    if (doc_.tokens[words_[w].first].script != Script::kLatin) return false;
    static const std::set<std::string, std::less<>> kGovernors = {
        "urged", "urge", "urges", "urging", "asked", "ask", "asks", "called", "calls", "appealed", "appeals",
        "want", "wants", "wanted", "seek", "seeks", "sought", "plan", "plans", "planned", "hope", "hopes", "hoped"};
    for (size_t k = w, back = 0; k-- > 0 && back < 12 && !words_[k].clause_break; ++back) {
      if (words_[k].text != "to") continue;
      for (size_t g = k, gb = 0; g-- > 0 && gb < 8 && !words_[g].clause_break; ++gb)
        if (kGovernors.count(words_[g].text)) return true;
    }
    return false;
  }

  void FoldInfinitives() {
    std::erase_if(doc_.events, [&](const Event& e) { return e.acled_event_type != "none" && EnglishRequested(e); });
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      if (!EnglishInfinitive(ev[i]) || ev[i].acled_event_type == "none") continue;
      const size_t w = trig_w_[ev[i].trigger].first;
      size_t host = SIZE_MAX;
      for (size_t j = 0; j < ev.size(); ++j)
        if (j != i && !gone[j] && ev[j].sentence == ev[i].sentence && trig_w_[ev[j].trigger].first < w) host = j;
      if (host == SIZE_MAX) {
        Raise(ev[i], "intent");
        continue;
      }
      Absorb(ev[host], std::move(ev[i]), false);  // its toll and place stay told
      gone[i] = true;
    }
    DropGone(gone);
  }

  // "Abducted eleven staff in a campaign of raids", اعتقلت … خلال مداهمة: a
  // verbal noun after a `circumstance` cue (في، خلال، during) tells how the
  // latest verb of its sentence was done: one event. A crowd's event stays its own ("arrested
  // during protests" is two events for ACLED).
  void FoldCircumstances() {
    const std::vector<Event>& ev = doc_.events;
    FoldInto([&](const Event& e) -> int32_t {
      const TriggerMention& tr = doc_.triggers[e.trigger];
      if (tr.voice != "nominal" || e.acled_event_type == "Protests" || e.acled_event_type == "Riots") return -1;
      const size_t w0 = trig_w_[e.trigger].first;
      const bool after_cue = std::any_of(Bucket(s_cues_, sent_[w0]).begin(), Bucket(s_cues_, sent_[w0]).end(),
                                         [&](int32_t ci) { return cues_[ci].row->type == "circumstance" && cues_[ci].w1 == w0; });
      if (!after_cue) return -1;
      int32_t host = -1;
      for (size_t i = 0; i < ev.size(); ++i) {
        const size_t h0 = trig_w_[ev[i].trigger].first;
        if (h0 < w0 && sent_[h0] == sent_[w0] && doc_.triggers[ev[i].trigger].voice != "nominal" &&
            ev[i].acled_event_type != "none")
          host = static_cast<int32_t>(i);
      }
      return host;
    });
  }

  // Weapons named after their seizure or find (عثرت على مخبأ يضم أحزمة
  // ناسفة، "seized explosive belts") are what was disrupted, not attacks.
  void FoldSeizedWeapons() {
    const std::vector<Event>& ev = doc_.events;
    FoldInto([&](const Event& e) -> int32_t {
      if (e.acled_event_type != "Explosions/Remote violence") return -1;
      for (size_t i = 0; i < ev.size(); ++i)
        if (ev[i].acled_sub_event_type == "Disrupted weapons use" && ev[i].sentence == e.sentence &&
            trig_w_[ev[i].trigger].first < trig_w_[e.trigger].first)
          return static_cast<int32_t>(i);
      return -1;
    });
  }

  // Attackers who "withdrew after the clash" (قبل انسحابهم) end a battle:
  // their withdrawal is that battle's, not a handover of territory. A
  // withdrawal with no fighting (or fighting denied) stays its own event.
  void FoldWithdrawalsFromFighting() {
    const std::vector<Event>& ev = doc_.events;
    FoldInto([&](const Event& e) -> int32_t {
      if (e.acled_sub_event_type != "Non-violent transfer of territory") return -1;
      const std::string a = Actor1Of(e);
      if (a.empty()) return -1;
      for (size_t i = 0; i < ev.size(); ++i) {
        const Event& b = ev[i];
        if (b.acled_sub_event_type != "Armed clash" || !Happened(b.status)) continue;
        if (b.sentence > e.sentence || e.sentence - b.sentence > 1) continue;
        if (Actor1Of(b) == a || Actor2Of(b) == a) return static_cast<int32_t>(i);
      }
      return -1;
    });
  }

  // "Took the village after battles that killed 30" (سيطرت … بعد معارك):
  // ACLED codes the change of hands, the fighting for it included, as one
  // event of the capture's kind.
  void FoldFightingIntoCaptures() {
    const std::vector<Event>& ev = doc_.events;
    FoldInto([&](const Event& e) -> int32_t {
      if (e.acled_sub_event_type != "Armed clash" || !Happened(e.status)) return -1;
      for (size_t i = 0; i < ev.size(); ++i) {
        const Event& c = ev[i];
        if (c.sentence != e.sentence || !TerritoryTaken(c) || !Happened(c.status) || Generic(c)) continue;
        if (DayOf(c) != DayOf(e)) continue;  // days of fighting "since Wednesday" are their own event
        const std::string a = Actor1Of(e), b = Actor1Of(c);
        if (a.empty() || b.empty() || a == b || a == Actor2Of(c) || Actor2Of(e) == b) return static_cast<int32_t>(i);
      }
      return -1;
    });
  }

  // "Entered the town after Y withdrew", "took the city after the army pulled
  // out of it": one change of hands, from the one who left (actor 2) to the
  // one who came.
  // The entry is the event whose word tells a taking (دخلت، سيطرت); the
  // other, a withdrawal (انسحب).
  void FoldHandovers() {
    std::vector<Event>& ev = doc_.events;
    auto handover = [&](const Event& e) { return e.acled_sub_event_type == "Non-violent transfer of territory"; };
    auto entry = [&](const Event& e) {
      const std::string& told = doc_.triggers[e.trigger].acled_sub_event_type;
      return TerritoryTaken(e) ||
             (handover(e) && (told == "Non-state actor overtakes territory" || told == "Government regains territory"));
    };
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      if (gone[i] || !entry(ev[i])) continue;
      for (size_t j = 0; j < ev.size(); ++j) {
        Event& w = ev[j];
        if (j == i || gone[j] || w.sentence != ev[i].sentence || !handover(w) || entry(w)) continue;
        const std::string came = Actor1Of(ev[i]), left = Actor1Of(w);
        if (came.empty() || left.empty() || came == left) continue;
        if (ev[i].actor2.actor < 0 && !ev[i].actor2.implicit) ev[i].actor2 = w.actor1;
        Absorb(ev[i], std::move(w), /*take_kind=*/false);
        gone[j] = true;
      }
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
      // A country's name (Lebanon) or adjective (سعودية) is a place or a
      // sponsor more often than a fighter.
      if (m.id.empty() || m.id == a1 || m.person || !Armed(m.acled_inter) || actor_is_place_[a] || victim_[a] ||
          m.alias_kind == "adjective" || ally_[a])
        continue;
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
        const bool named = e.actor1.actor >= 0 && doc_.actors[e.actor1.actor].alias_kind != "generic";
        if (named && doc_.actors[e.actor1.actor].id != doc_.actors[claimant].id) continue;
        SetActor(e.actor1, claimant);
        // Told only in the claim, the deed is the group's own word; told
        // before, it was reported, and the claim names the actor.
        if (es == c.sentence) Raise(e, "claimed");
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
      } else if (crowd && (e.acled_event_type == "Battles" || e.acled_sub_event_type == "Looting/property destruction")) {
        // Storming, fighting or burning property, a crowd is rioting.
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
  // A strike told with a civilian object in its sentence (a market, homes,
  // a school) hit civilians.
  bool CivilianTarget(const Event& e) const {
    for (int32_t ci : Bucket(s_cues_, static_cast<int32_t>(e.sentence)))
      if (cues_[ci].row->type == "civilian_target") return true;
    return false;
  }

  void CrowdActors() {
    for (Event& e : doc_.events) {
      const std::string& sub = e.acled_sub_event_type;
      const bool no_actor2 = e.actor2.actor < 0 && !e.actor2.implicit;
      const std::string a2 = InterOf(e.actor2);
      const bool crowd2 = a2 == "Civilians" || a2 == "Protesters";  // "to disperse villagers"
      if (sub == "Protest with intervention" && e.actor1.actor >= 0 && InterOf(e.actor1) == "State forces" &&
          (no_actor2 || crowd2)) {
        e.actor2 = e.actor1;  // the force that intervened
        SetImplicitId(e.actor1, "gen.protesters");
      }
      if (no_actor2) {
        if (e.acled_event_type == "Violence against civilians" || sub == "Mob violence" ||
            (e.acled_event_type == "Explosions/Remote violence" && (e.civilian_fatalities || CivilianTarget(e))))
          SetImplicitId(e.actor2, "gen.civilians");
        else if (sub == "Excessive force against protesters")
          SetImplicitId(e.actor2, "gen.protesters");
      }
      // ACLED names the crowd of a riot rioters, whatever the report calls it;
      // a force named first (it dispersed the crowd, which then threw stones)
      // is the riot's actor 2.
      if (e.acled_event_type == "Riots" && InterOf(e.actor1) == "State forces") {
        if (e.actor2.actor < 0 && !e.actor2.implicit) e.actor2 = e.actor1;
        SetImplicitId(e.actor1, "gen.rioters");
      }
      if (e.acled_event_type == "Riots" && InterOf(e.actor1) == "Protesters") SetImplicitId(e.actor1, "gen.rioters");
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
  // A nationality adjective (قصف إسرائيلي، "Russian missiles") names an
  // actor only inside the trigger's phrase: right before it, or within three
  // words after it (غارات جوية روسية، استهدفت مواقع إسرائيلية، غارات شنتها
  // طائرات روسية).
  bool Usable(size_t a, size_t t_w0, size_t t_w1) const {
    if (tok_quote_[doc_.actors[a].tokens.begin] != tok_quote_[words_[t_w0].first]) return false;
    if (ally_[a]) return false;
    if (doc_.actors[a].alias_kind == "adjective")
      return actor_w_[a].second == t_w0 ||
             (actor_w_[a].first >= t_w1 && actor_w_[a].first <= t_w1 + 3 && clause_[actor_w_[a].first] == clause_[t_w0]);
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
    // An adjective stands after its noun: مع قوة إسرائيلية is "with a force".
    if (doc_.actors[a].alias_kind == "adjective" && w > 0 && words_[w - 1].is_word) --w;
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

  // A verbal noun of purpose: ل on the trigger word (لتفريق، لاستعادة).
  bool Purpose(int32_t t) const {
    static constexpr std::string_view kLam = "\xD9\x84";  // ل
    const uint32_t tok = doc_.triggers[t].tokens.begin;
    if (doc_.tokens[tok].piece == Piece::kProclitic) return doc_.TokenText(tok) == kLam;
    // Unsplit (لتفريق): the word has a ل its lemma lacks.
    const std::string& word = words_[trig_w_[t].first].text;
    return word.starts_with(kLam) && !NormalizeKey(doc_.triggers[t].lemma).starts_with(kLam);
  }

  // The word before w is a preposition of a trigger's roles (على، إلى، عن).
  bool AfterPrepositionWord(size_t w) const {
    const std::string& prev = words_[w - 1].text;
    return std::find(preps_.begin(), preps_.end(), prev) != preps_.end();
  }

  // A verb right after a relative pronoun (الذي، التي، الذين، who, which).
  bool InRelativeClause(size_t w) const {
    if (w == 0) return false;
    static const char* kRelatives[] = {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",                  // الذي
                                       "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",                  // التي
                                       "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",          // الذين
                                       "who", "which", "that"};
    const std::string& prev = words_[w - 1].text;
    return std::any_of(std::begin(kRelatives), std::end(kRelatives), [&](const char* r) { return prev == r; });
  }

  // The clause's subject before the trigger: its first actor not introduced
  // by a preposition; else the nearest actor before it in the sentence.
  // "police shot protesters after demonstrators stormed the building": a
  // subordinate clause (after, before, when, while, as, because, until)
  // or a relative one (who, which, that) has its own subject, the first actor after the subordinator that no
  // preposition introduces; -1 when the trigger is in no such clause or it
  // names none.
  int32_t EnglishSubordinateSubject(size_t tw0, size_t tw1, int32_t sentence) const {
    if (tw0 == 0 || doc_.tokens[words_[tw0].first].script != Script::kLatin) return -1;
    // A relative clause: "rioters who had torched a bank" — its subject is
    // the noun the pronoun follows.
    for (size_t k = tw0, back = 0; k-- > 0 && back < 3 && !words_[k].clause_break; ++back) {
      if (words_[k].text != "who" && words_[k].text != "which" && words_[k].text != "that") continue;
      for (int32_t a : Bucket(s_actors_, sentence))
        if (actor_w_[a].second == k && !victim_[a]) return a;
      break;
    }
    static const std::set<std::string, std::less<>> kSubordinators = {
        "after", "before", "when", "while", "as", "because", "until", "though", "although", "whereas"};
    size_t floor = SIZE_MAX;
    for (size_t k = tw0; k-- > 0 && sent_[k] == sentence;) {
      if (words_[k].clause_break) break;
      if (kSubordinators.count(words_[k].text)) {
        floor = k;
        break;
      }
    }
    if (floor == SIZE_MAX) return -1;
    for (int32_t a : Bucket(s_actors_, sentence)) {
      if (actor_w_[a].first <= floor || actor_w_[a].second > tw0) continue;
      if (doc_.actors[a].acled_inter == "Civilians" || !Usable(a, tw0, tw1) || victim_[a] || PrecededByPreposition(a))
        continue;
      return a;
    }
    return -1;
  }

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
      // Not a relative clause's verb: in "أطلقت الشرطة الغاز على المحتجين
      // الذين رشقوها بالحجارة، واعتقلت 40" the police arrested.
      for (size_t k = doc_.events.size(); k-- > 0;) {
        const Event& prev = doc_.events[k];
        if (static_cast<int32_t>(prev.sentence) != sentence) break;
        if (InRelativeClause(trig_w_[prev.trigger].first) || Purpose(prev.trigger)) continue;
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
    if (int32_t sub = EnglishSubordinateSubject(tw0, tw1, sentence); sub >= 0) return sub;
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
    if (NeedsArmed(tr) && !tr.definite && !NamesFightingParty(e)) return;
    AddEvent(std::move(e));
  }

  // Words with an everyday sense (تراجع "declined", "confrontation") are
  // events only with an armed party or a crowd named (roles: needs=armed);
  // a definite noun (المواجهات) refers to one told before.
  static bool NeedsArmed(const TriggerMention& tr) { return tr.roles.find("needs=armed") != std::string::npos; }
  bool NamesFightingParty(const Event& e) const {
    for (const EventArgument* a : {&e.actor1, &e.actor2}) {
      if (a->actor < 0) continue;
      const std::string& inter = doc_.actors[a->actor].acled_inter;
      if (Armed(inter) || inter == "Protesters" || inter == "Rioters") return true;
    }
    return false;
  }

  // "كما تم الاستيلاء على المطار" (the airport was also seized): a passive's
  // unstated agent is the named actor of the same kind of event just told
  // (this sentence or the one before), before the document's main actor.
  int32_t ActorOfLastLike(const Event& e, int32_t sentence) const {
    for (size_t k = doc_.events.size(); k-- > 0;) {
      const Event& p = doc_.events[k];
      if (static_cast<int32_t>(p.sentence) < sentence - 1) break;
      if (p.acled_event_type == e.acled_event_type && p.actor1.actor >= 0 && !doc_.actors[p.actor1.actor].id.empty() &&
          p.quote == e.quote)
        return p.actor1.actor;
    }
    return -1;
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
        // A verb in the plural (رشقوا، هاجموا) carries its subject: the noun
        // after it is its object (VSO verbs agree in the singular).
        const bool plural_verb = !latin && words_[tw1 - 1].text.ends_with("\xD9\x88\xD8\xA7");  // وا
        // "لتفريق المحتجين" (to disperse the protesters): after a verbal noun
        // of purpose the noun is its object.
        int32_t a = latin || plural_verb || Purpose(t) ? -1 : ActorNear(tw1, clause, tw0, tw1, -1, 4);
        // Partitive من after the subject's head noun is no preposition of the
        // verb: دخلت فصائل من الجيش الوطني، "fighters of X".
        const bool partitive = a >= 0 && actor_w_[a].first == tw1 + 2 && words_[tw1 + 1].text == "\xD9\x85\xD9\x86";  // من
        if (a >= 0 && actor_w_[a].first > tw1 && PrecededByPreposition(a) && !partitive) a = -1;
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
    // takes the clause's subject (تمكنت X من اختطاف جنود) — but not a
    // definite one after a preposition, which names an event told before
    // (رد الجيش على الهجوم: the army answered the attack, it did not make it).
    const bool told_before = tr.definite && tw0 > 0 && AfterPrepositionWord(tw0);
    if (a1 < 0 && !passive && !told_before && (tr.voice == "nominal" || !wants_actor1)) {
      int32_t a = SubjectBefore(tw0, tw1, sentence, clause);
      if (a >= 0 && a != a2) a1 = a;
    }
    // "Gunmen believed to be from X attacked": X is who the gunmen are, not
    // the one attacked.
    if (a2 >= 0)
      for (int32_t ci : Bucket(s_cues_, sentence))
        if (cues_[ci].row->type == "identity_hedge" && actor_w_[a2].first >= cues_[ci].w1 &&
            actor_w_[a2].first <= cues_[ci].w1 + 1 && (a1 < 0 || doc_.actors[a1].alias_kind == "generic"))
          a1 = a2, a2 = -1;
    if (a1 >= 0) SetActor(e.actor1, a1);
    else if (passive && ActorOfLastLike(e, sentence) >= 0) SetImplicitId(e.actor1, doc_.actors[ActorOfLastLike(e, sentence)].id);
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

  // An English place name that locates something follows a preposition
  // ("in Kutum", "near Afgooye", "the town of Jos", "from Yemen"); one that
  // does not ("its Andalus radio") names something else. Arabic is not
  // judged here.
  bool LocativeInEnglish(int32_t p) const {
    const size_t w = place_w_[p].first;
    if (doc_.tokens[words_[w].first].script != Script::kLatin) return true;
    if (w == 0 || Dateline(p)) return true;
    static const std::set<std::string, std::less<>> kPrepositions = {
        "in", "at", "near", "of", "from", "to", "into", "outside", "around", "towards", "toward", "across",
        "on", "between", "and", "inside", "through", "west", "east", "north", "south", "off", "for"};
    return kPrepositions.count(words_[w - 1].text) > 0;
  }

  // "Yemen's government", "Aleppo's governor": an English place in the
  // possessive names whose thing it is, not where the event is — unless a
  // preposition makes the whole phrase a location ("at Baghdad's main square").
  bool OwnerNotLocation(int32_t p) const {
    const uint32_t t = doc_.places[p].tokens.end;
    if (t + 1 >= doc_.tokens.size() || doc_.tokens[t].space_before) return false;
    std::string_view mark = doc_.TokenText(t), s = doc_.TokenText(t + 1);
    return (mark == "'" || mark == "\xE2\x80\x99") && (s == "s" || s == "S") && !LocativeInEnglish(p);
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
  bool Dateline(int32_t p) const {
    return place_w_[p].first < dateline_end_ || (place_w_[p].first <= 1 && sent_[place_w_[p].first] <= 0 && place_w_[p].second < words_.size() && words_[place_w_[p].second].clause_break);
  }

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
      // The dateline town does code an event its report places only in that
      // town's country ("talks in Switzerland" under GENEVA).
      if (!m.resolved || Coarse(qi) || (Dateline(qi) && p < 0) || InSourceName(qi) || Anchor(qi) || InsideActorName(qi) ||
          !LocativeInEnglish(qi))
        continue;
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

  // A country named as the other side of a border (الحدود مع النيجر، "the
  // border with Niger") is a reference, not where the event is.
  bool AcrossBorder(int32_t p) const {
    for (int32_t ci : Bucket(s_cues_, sent_[place_w_[p].first]))
      if (cues_[ci].row->type == "border" && place_w_[p].first >= cues_[ci].w1 && place_w_[p].first <= cues_[ci].w1 + 1)
        return true;
    return false;
  }

  int32_t PickPlace(size_t tw0, size_t tw1, int32_t sentence, int32_t clause, const Event& e) const {
    int32_t best = -1;
    long best_score = LONG_MAX;
    for (int32_t p : Bucket(s_places_, sentence)) {
      if (OverlapsActorOf(p, e) || InSourceName(p) || Anchor(p) || EventWord(p) || InsideActorName(p) || AcrossBorder(p) ||
          OwnerNotLocation(p))
        continue;
      // A capital that speaks (قالت طهران، "Moscow denied") is a government.
      if (actor_is_place_any_[p] && !AfterIn(p)) continue;
      // A place's parent in the same phrase ("X في ريف حلب") is not preferred over it.
      long dist = place_w_[p].first >= tw1 ? static_cast<long>(place_w_[p].first - tw1)
                                            : static_cast<long>(tw0 - place_w_[p].second) + 3;
      // A country, province, region or sea is the fallback for a more
      // precise place ("the Red Sea resort of Eilat").
      const bool coarse = Coarse(p);
      long score = dist + (clause_[place_w_[p].first] == clause ? 0 : 100) + (AfterIn(p) ? 0 : 5) + (coarse ? 12 : 0) +
                   (place_w_[p].first < dateline_end_ ? 1000 : 0);
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
      if (!actor || AfterIn(p)) {
        if (!LocativeInEnglish(p)) continue;  // "carried by its Andalus radio"
        return static_cast<int32_t>(p);
      }
    }
    // Nothing named yet: the lead told what, the next sentence tells where
    // ("وجاء الإعلان في مؤتمر صحفي في بورتسودان").
    if (prev.empty())
      for (int32_t p : Bucket(s_places_, sentence + 1))
        if (doc_.places[p].resolved && !InsideActorName(p) && !InSourceName(p) && !actor_is_place_any_[p])
          return p;
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

  // A date inside a name (حركة 23 مارس، "the 17 February Brigade") dates nothing.
  bool DateInActorName(int32_t d) const {
    const Span ds = doc_.dates[d].span;
    for (int32_t a : Bucket(s_actors_, sent_[date_w_[d].first]))
      if (doc_.actors[a].span.begin <= ds.begin && ds.end <= doc_.actors[a].span.end) return true;
    return false;
  }

  int32_t PickDate(size_t tw0, int32_t sentence) const {
    int32_t best = -1;
    size_t best_dist = SIZE_MAX;
    for (int32_t d : Bucket(s_dates_, sentence)) {
      if (doc_.dates[d].value.empty() || Future(doc_.dates[d]) || date_w_[d].first < dateline_end_) continue;
      if (DateInActorName(d)) continue;  // حركة 23 مارس
      if (OldDate(doc_.dates[d]) && NearerTriggerOwnsAt(d, tw0)) continue;  // another event's year
      const bool after = date_w_[d].first >= tw0;
      if (after && !doc_.dates[d].since && SinceBetween(tw0 + 1, date_w_[d].first)) continue;
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
    if (int32_t english = EnglishCarriedDate(tw0); english != -2) return english;
    // A sentence without a date speaks of the day of the main event told
    // before it: the first event of the latest earlier sentence that has
    // one, not a date in a relative clause (زملاء اعتقلوا الأسبوع الماضي).
    for (int32_t s = sentence - 1; s >= 0 && sentence - s <= 3; --s) {
      for (int32_t k : Bucket(s_events_, s)) {
        const Event& prev = doc_.events[k];
        if (prev.acled_event_type == "none" || prev.status == "historical") continue;
        if (prev.date < 0) return -1;  // the report's day
        if (!OldDate(doc_.dates[prev.date]) && !prev.cumulative) return prev.date;
        break;
      }
    }
    // Dates are in document order: start from the last one before the trigger.
    size_t d = std::lower_bound(date_w_.begin(), date_w_.end(), std::make_pair(tw0, size_t{0})) - date_w_.begin();
    while (d-- > 0) {
      const DateMention& dm = doc_.dates[d];
      if (dm.value.empty() || dm.since || OldDate(dm) || Future(dm) || date_w_[d].first < dateline_end_ ||
          DateInActorName(static_cast<int32_t>(d)))
        continue;
      return static_cast<int32_t>(d);
    }
    return -1;
  }

  // An English sentence without a date of its own: "no arrests have been
  // made so far" (present perfect) speaks of the time of the report, so the
  // publication day (-1); otherwise the day of the latest event told before,
  // not a date of background ("a ceasefire that took effect on Nov. 27").
  // -2 for Arabic, or when no earlier event has a day from the text.
  int32_t EnglishCarriedDate(size_t tw0) const {
    if (doc_.tokens[words_[tw0].first].script != Script::kLatin) return -2;
    auto perfect = [&](size_t k) { return words_[k].text == "has" || words_[k].text == "have"; };
    for (size_t k = tw0; k-- > 0 && k + 3 >= tw0 && !words_[k].clause_break;)  // "have arrested"
      if (perfect(k)) return -1;
    for (size_t k = tw0 + 1; k < words_.size() && k <= tw0 + 2 && !words_[k].clause_break; ++k)  // "arrests have been made"
      if (perfect(k)) return -1;
    for (size_t k = doc_.events.size(); k-- > 0;) {
      const Event& prev = doc_.events[k];
      if (prev.acled_event_type == "none" || prev.date < 0 || trig_w_[prev.trigger].first >= tw0) continue;
      if (prev.status == "historical" || OldDate(doc_.dates[prev.date])) continue;
      return prev.date;
    }
    return -2;
  }

  // "the worst defeat since rebels launched an offensive in October": what a
  // since-clause tells happened before the news, as its background.
  bool EnglishSinceClause(size_t tw0) const {
    if (doc_.tokens[words_[tw0].first].script != Script::kLatin) return false;
    for (size_t k = tw0, back = 0; k-- > 0 && back < 10 && !words_[k].clause_break; ++back) {
      if (words_[k].text != "since") continue;
      // "since Monday" is a date, judged with the dates; "since then" too.
      if (k + 1 < tw0 && (words_[k + 1].number || words_[k + 1].text == "then")) return false;
      for (int32_t d : Bucket(s_dates_, sent_[k]))
        if (date_w_[d].first == k + 1 || date_w_[d].first == k) return false;
      return true;
    }
    return false;
  }

  // "the 2014 kidnapping": a year written right before an event noun dates
  // that noun only, not the other events of its sentence ("the abduction
  // revived memories of the 2014 kidnapping").
  // Another event word stands between the date and this one, in another
  // clause: the date is that event's (أقامت مقراً … في خطوة تخالف اتفاق سنجار
  // الموقع عام 2020 — the agreement is of 2020, not the new base).
  bool NearerTriggerOwns(int32_t d, int32_t t) const { return NearerTriggerOwnsAt(d, trig_w_[t].first); }
  bool NearerTriggerOwnsAt(int32_t d, size_t tw) const {
    const size_t dw = date_w_[d].first;
    if (clause_[dw] == clause_[tw]) return false;
    for (int32_t u : Bucket(s_triggers_, sent_[dw])) {
      const size_t uw = trig_w_[u].first;
      if (uw == tw) continue;
      if ((uw > tw && uw < dw) || (uw < tw && uw > dw)) return true;
    }
    return false;
  }

  bool DatesAnotherTrigger(int32_t d, int32_t t) const {
    const size_t after = date_w_[d].second;
    if (after >= words_.size() || doc_.tokens[words_[after].first].script != Script::kLatin) return false;
    for (int32_t u : Bucket(s_triggers_, sent_[date_w_[d].first]))
      if (u != t && trig_w_[u].first == after) return true;
    return false;
  }

  // ---- casualties ---------------------------------------------------------
  // "killing a 16-year-old boy", "wounding a soldier": one victim, told with
  // the article ("a number of people", "a dozen" are no count of one).
  std::optional<CasualtyFigure> EnglishOneVictim(size_t tw1) const {
    if (tw1 == 0 || tw1 + 1 >= words_.size() || doc_.tokens[words_[tw1].first].script != Script::kLatin) return {};
    if (words_[tw1].text != "a" && words_[tw1].text != "an") return {};
    const std::string& next = words_[tw1 + 1].text;
    if (next == "number" || next == "dozen" || next == "few" || next == "handful" || next == "total" ||
        next == "further" || next == "score" || next == "couple")
      return {};
    CasualtyFigure f;
    f.low = f.best = f.high = 1;
    f.span = doc_.SpanOf(TokenRange{words_[tw1].first, words_[tw1].end});
    return f;
  }
  // "shot dead at least five protesters", "gunned down three farmers",
  // "executed 12 prisoners": an English verb that itself kills counts its
  // object as the dead.
  void LethalVerbTolls() {
    for (Event& e : doc_.events) {
      if (e.fatalities) continue;
      const TriggerMention& tr = doc_.triggers[e.trigger];
      if (doc_.tokens[tr.tokens.begin].script != Script::kLatin) continue;
      const std::string_view form = doc_.norm(tr.span);
      const bool lethal = form.ends_with(" dead") || form.ends_with("to death") || form == "gunned down" ||
                          form == "executed" || form == "lynched" || form.starts_with("killed ");
      if (!lethal) continue;
      const size_t w1 = trig_w_[e.trigger].second;
      for (int32_t n : Bucket(s_numbers_, sent_[w1 - 1])) {
        const size_t nw = num_w_[n].first;
        if (nw < w1 || nw > w1 + 1 || doc_.numbers[n].kind != NumberMention::Kind::kCardinal) continue;
        if (NumberInDate(n) || EnglishAge(n)) continue;
        if (std::find(used_numbers_.begin(), used_numbers_.end(), n) != used_numbers_.end()) break;
        e.fatalities = Figure(doc_.numbers[n]);
        used_numbers_.push_back(n);
        break;
      }
    }
  }
  // "The offensive has killed more than 41,000": a running total of a war or
  // campaign, not the toll of the event told just before.
  bool PresentPerfect(size_t tw0) const {
    return tw0 > 0 && (words_[tw0 - 1].text == "has" || words_[tw0 - 1].text == "have");
  }
  // "a 16-year-old boy": an age, never a count of the dead.
  bool EnglishAge(size_t n) const {
    // "17-year-old", "17 years old": the hyphens may be words of their own
    // and "year-old" one hyphenated word.
    size_t w = num_w_[n].second;
    auto dash = [&](size_t k) { return k < words_.size() && (words_[k].text == "-" || words_[k].text == "\xE2\x80\x90"); };
    while (dash(w)) ++w;
    if (w >= words_.size() || !words_[w].text.starts_with("year")) return false;
    if (words_[w].text.find("old") != std::string::npos) return true;
    size_t k = w + 1;
    while (dash(k)) ++k;
    return k < words_.size() && words_[k].text.starts_with("old");
  }

  bool NumberInDate(size_t n) const { return num_in_date_[n]; }
  bool AfterSubsetCue(size_t n) const { return num_after_subset_[n]; }
  // A number inside a name (اللواء 444، "Brigade 444") counts nobody.
  bool NumberInActorName(size_t n) const {
    const Span s = doc_.numbers[n].span;
    for (int32_t a : Bucket(s_actors_, sent_[num_w_[n].first]))
      if (doc_.actors[a].span.begin <= s.begin && s.end <= doc_.actors[a].span.end) return true;
    return false;
  }

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
    else if (m.value && !m.low) f.high = m.value;  // "about 10": UCDP codes the figure given as all three
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
      if (NumberInDate(n) || AfterSubsetCue(n) || EnglishAge(n) || NumberInActorName(n)) continue;
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
    if (PresentPerfect(tw0) && !ClauseHasDate(tw0)) cumulative = true;  // "the war has killed 40,000"

    // The event to attach to.
    // The nearest violent event of the sentence (the dead of "the fighting
    // forced us to redeploy" died in the fighting), else the nearest event.
    int32_t target = -1;
    size_t tdist = SIZE_MAX;
    bool violent = false;
    for (int32_t k : Bucket(s_events_, sentence)) {
      const Event& e = doc_.events[k];
      if (e.acled_event_type == "none") continue;  // demands, threats: ACLED counts no dead there
      size_t ew = trig_w_[e.trigger].first;
      size_t dist = ew >= tw0 ? ew - tw0 : tw0 - ew;
      const bool v = Violent(e.acled_event_type);
      if ((v && !violent) || (v == violent && dist < tdist)) tdist = dist, target = static_cast<int32_t>(k), violent = v;
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
        if (!Bucket(s_events_, sentence - 1).empty() && !PresentPerfect(tw0))
          target = Bucket(s_events_, sentence - 1).back();
      }
    }
    if (target < 0) return;
    Event& e = doc_.events[target];
    const bool injuries = tr.acled_sub_event_type == "injuries";
    auto& slot = injuries ? e.injuries : e.fatalities;
    if (num >= 0 && !slot) {
      slot = Figure(doc_.numbers[num]);
      used_numbers_.push_back(num);
    } else if (num < 0 && !slot) {
      if (auto one = EnglishOneVictim(tw1)) slot = one;
    }
    if (!injuries && !e.civilian_fatalities) {
      // "Seven civilians were killed, three of them children": all seven are
      // the civilian subset; the children are a subset of it.
      if (num >= 0 && CivilianUnit(doc_.numbers[num])) {
        e.civilian_fatalities = Figure(doc_.numbers[num]);
      } else if (civ >= 0) {
        e.civilian_fatalities = Figure(doc_.numbers[civ]);
        used_numbers_.push_back(civ);
      }
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

  // An execution or assassination kills its victims: "أعدمت الحركة رجلين"
  // has two dead (roles: victim/dead). The count is the first cardinal of
  // the clause within four words after the verb.
  void AttachDeadOfLethalActs() {
    for (Event& e : doc_.events) {
      if (e.fatalities) continue;
      const TriggerMention& tr = doc_.triggers[e.trigger];
      const std::vector<RoleSlot> slots = ParseRoles(tr.roles);
      if (std::none_of(slots.begin(), slots.end(), [](const RoleSlot& r) { return r.Has("dead"); })) continue;
      const size_t tw1 = trig_w_[e.trigger].second;
      for (int32_t n : Bucket(s_numbers_, sent_[trig_w_[e.trigger].first])) {
        const size_t w = num_w_[n].first;
        if (w < tw1 || w > tw1 + 4 || clause_[w] != clause_[tw1 - 1]) continue;
        if (doc_.numbers[n].kind != NumberMention::Kind::kCardinal || NumberInDate(n) || NumberInActorName(n) ||
            EnglishAge(n))
          continue;
        if (std::find(used_numbers_.begin(), used_numbers_.end(), n) != used_numbers_.end()) continue;
        e.fatalities = Figure(doc_.numbers[n]);
        if (e.acled_event_type == "Violence against civilians" || CivilianUnit(doc_.numbers[n]))
          e.civilian_fatalities = e.fatalities;
        used_numbers_.push_back(n);
        break;
      }
    }
  }

  void AttachQuantities() {
    for (size_t n = 0; n < doc_.numbers.size(); ++n) {
      const NumberMention& m = doc_.numbers[n];
      if (std::find(used_numbers_.begin(), used_numbers_.end(), static_cast<int32_t>(n)) != used_numbers_.end()) continue;
      if (m.kind != NumberMention::Kind::kPercent && m.unit.empty()) continue;
      if (NumberInDate(n) || AfterSubsetCue(n) || NumberInActorName(n)) continue;
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
    if (scope == "next") return c.w1 <= tw0 && tw0 <= c.w1 + 1;  // لم تسجل أي صدامات: "any" may stand between
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
    if (EnglishSinceClause(tw0)) Raise(e, "historical");
    // Old dates of the sentence.
    for (int32_t d : Bucket(s_dates_, sentence)) {
      const DateMention& dm = doc_.dates[d];
      if (!OldDate(dm)) continue;
      if (dm.since && clause_[date_w_[d].first] == clause_[tw0]) continue;
      if (dm.since && date_w_[d].first > tw0) continue;
      if (date_w_[d].first > tw0 && SinceBetween(tw1, date_w_[d].first)) continue;
      if (DatesAnotherTrigger(d, e.trigger) || NearerTriggerOwns(d, e.trigger)) continue;
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
    // Analysts explain; what they cite without a date of its own is
    // background ("weakened by the Israeli attacks in the region").
    if (kind == "analyst" && e.status == "reported" &&
        std::none_of(Bucket(s_dates_, sentence).begin(), Bucket(s_dates_, sentence).end(),
                     [&](int32_t d) { return !doc_.dates[d].value.empty(); }))
      e.status = "historical";
    // A party speaking of its own deed is a claim (of what it suffered, a report).
    if (speaker >= 0 && (kind == "official_statement" || kind == "participant") && !doc_.actors[speaker].id.empty()) {
      const std::string& sid = doc_.actors[speaker].id;
      const std::string a1 = Actor1Of(e);
      if (!a1.empty() && (lex_.IsWithin(a1, sid) || lex_.IsWithin(sid, a1))) Raise(e, "claimed");
    }
    // What cannot be verified is hedged, unless a party claims it: an
    // unverified claim is still a claim.
    if (e.status == "reported")
      for (int32_t ci : Bucket(s_cues_, sentence))
        if (cues_[ci].row->type == "unverified") e.status = "hedged";
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
  std::vector<bool> ally_;    // per actor: named as backing another (مدعومة ب، "backed by")
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
  size_t dateline_end_ = 0;  // words [0, dateline_end_) are the dateline
};

}  // namespace

Status EventBuilder::Run(Doc& doc) const {
  doc.events.clear();
  Builder b(*lex_, doc);
  b.Go();
  return Status::OK();
}

}  // namespace marsad
