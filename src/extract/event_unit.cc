#include "extract/event_builder.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "text/normalize.h"

namespace marsad::events_internal {

// The same two sides, in either order, both known.
bool Builder::SameDyad(const Event& a, const Event& b) const {
  const std::string a1 = Actor1Of(a), a2 = Actor2Of(a), b1 = Actor1Of(b), b2 = Actor2Of(b);
  if (a1.empty() || a2.empty()) return false;
  return (a1 == b1 && a2 == b2) || (a1 == b2 && a2 == b1);
}

// "وخرجت مظاهرات مماثلة في X"، "مواجهات مماثلة": an event word right before
// an `another` cue is another event of the kind told before, never that one.
bool Builder::AnotherOfKind(const Event& e) const { return WordCue(trig_w_[e.trigger].second, "another") != nullptr; }

// "Giants Brigades fighters repelled an attack by the Houthi militia",
// صدّت القوات هجوماً شنّه المسلحون: a repelling word (a `repulsion` cue) and
// the fight word right after it in its clause (its object, up to three words
// on) are one armed clash, whoever each word's doer was read as — the
// attackers and those who repelled them are its two sides. Returns the
// earlier of two armed-clash events of one sentence when the later one's
// word is its object so placed, else nullptr (RepelledAssault asks for the
// cue).
namespace {
const Event* ClashWithItsObject(const Event& x, const Event& y, const std::vector<TriggerMention>& triggers,
                                const std::vector<std::pair<size_t, size_t>>& trig_w, const std::vector<int32_t>& clause) {
  if (x.sentence != y.sentence || x.acled_sub_event_type != "Armed clash" || y.acled_sub_event_type != "Armed clash")
    return nullptr;
  const Event& first = trig_w[x.trigger].first < trig_w[y.trigger].first ? x : y;
  const Event& then = &first == &x ? y : x;
  const size_t f1 = trig_w[first.trigger].second, t0 = trig_w[then.trigger].first;
  // A noun, the verb's object: "repelled the gunmen and attacked their camp" is two acts.
  if (triggers[then.trigger].voice != "nominal") return nullptr;
  return t0 >= f1 && t0 <= f1 + 3 && clause[t0] == clause[f1 - 1] ? &first : nullptr;
}
}  // namespace

// "استهدفت مسيّرة سيارة …، فيما أعلن الجيش أنه استهدف عنصرين من الحزب",
// "a drone hit a car near X, and the army said it targeted two fighters":
// a generic word (هجوم، استهدف، "attacked") after an act of its ACLED type
// told before it in its sentence names that act (ResolveCoreference joins
// them) — never an event of another sentence (the shelling told next, of
// that day and place), for the duplicates or the elaborations.
static bool NamedInItsSentence(const Doc& doc, const std::vector<std::pair<size_t, size_t>>& trig_w, const Event& g,
                               const Event& other) {
  if (g.sentence == other.sentence || g.trigger < 0 || !doc.triggers[g.trigger].generic) return false;
  return std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& o) {
    return o.sentence == g.sentence && o.trigger != g.trigger && o.trigger >= 0 &&
           trig_w[o.trigger].second <= trig_w[g.trigger].first && !o.acled_event_type.empty() &&
           o.acled_event_type == g.acled_event_type;
  });
}

// Whether x and y are a repelling word and the assault it repelled (its
// first word a `repulsion` cue, by lemma): one armed clash.
bool Builder::RepelledAssault(const Event& x, const Event& y) const {
  const Event* first = ClashWithItsObject(x, y, doc_.triggers, trig_w_, clause_);
  return first != nullptr && LemmaCue(doc_.triggers[first->trigger], "repulsion") != nullptr;
}

// Several words for one event (سيطروا … السيطرة, "clashes … fighting") are
// one event when ACLED would code one: in one sentence, same sub-event type
// and status, the same place (or a missing one), the same day and no
// conflicting actor 1. The earlier trigger stays; the later one fills gaps.
bool Builder::SameEvent(const Event& a, const Event& b) const {
  if (a.acled_event_type == "none") return false;
  // Across sentences every way below of being one event asks for one place
  // (one_battle, one_unit, a battle's later words): checked first, as most
  // pairs of a report's events fail here.
  if (a.sentence != b.sentence && !SamePlaceKey(a, b)) return false;
  if (a.acled_sub_event_type != b.acled_sub_event_type && !(a.sentence == b.sentence && BomberAndCharge(a, b)))
    return false;
  // "فجّر انتحاري نفسه قرب حاجز، فيما انفجرت عبوة ناسفة بسيارة على طريق
  // قريب": a blast told after a writer's turn (`writer_turn`: فيما، بينما،
  // في حين, not a row of kind `not` such as فيما بعد) between the bomber's
  // word and its own is another explosion, no charge of the bomber.
  if (a.sentence == b.sentence && a.acled_sub_event_type != b.acled_sub_event_type) {
    const size_t from = std::min(trig_w_[a.trigger].second, trig_w_[b.trigger].second);
    const size_t to = std::max(trig_w_[a.trigger].first, trig_w_[b.trigger].first);
    if (WriterTurnBetween(static_cast<int32_t>(a.sentence), from, to)) return false;
  }
  if (AnotherOfKind(a) || AnotherOfKind(b)) return false;
  // "استهدفت مسيّرة سيارة …، فيما أعلن الجيش أنه استهدف عنصرين من الحزب":
  // a generic word after an act of its type in its own sentence names that
  // act (NamedInItsSentence), never an event of another sentence.
  if (NamedInItsSentence(doc_, trig_w_, a, b) || NamedInItsSentence(doc_, trig_w_, b, a)) return false;
  // "Troops retook a post the gunmen had seized", استعادت القوات السيطرة على
  // مقر كان المسلحون قد استولوا عليه: a taking word told after a retaking
  // word of its sentence is the capture the retaking undid, an earlier event
  // of the other side — whatever kind the actors' types gave both words (a
  // pluperfect verb a few words on: السيطرة right after استعادت is its
  // object, and "more than a year after the RSF seized the city" is
  // background of no day).
  const auto told_before = [&](const Event& e) {  // "had seized", قد استولوا: a pluperfect
    const size_t w0 = trig_w_[e.trigger].first;
    if (w0 == 0) return false;
    const std::string_view w = words_[w0 - 1].text();
    return w == "had" || w == "\xD9\x82\xD8\xAF";  // قد
  };
  if (a.sentence == b.sentence && TerritoryTaken(a) && TerritoryTaken(b)) {
    const Event& first = trig_w_[a.trigger].first < trig_w_[b.trigger].first ? a : b;
    const Event& then = &first == &a ? b : a;
    if (doc_.triggers[first.trigger].acled_sub_event_type == "Government regains territory" &&
        doc_.triggers[then.trigger].acled_sub_event_type == "Non-state actor overtakes territory" &&
        doc_.triggers[then.trigger].voice != "nominal" && trig_w_[then.trigger].first > trig_w_[first.trigger].second + 2 &&
        told_before(then))
      return false;
  }
  // "The deal follows a broader accord signed in March": the two words a
  // `sequel` cue relates are two events.
  if (a.sentence == b.sentence && (Sequel(a) || Sequel(b))) return false;
  // "The rebels said they attacked the post, while the army denied any
  // attack took place", نفى الجيش وقوع أي هجوم: a denial in the sentence
  // that tells the act is that act, with the status of its first telling
  // (one party's denial does not undo what another reports; "said it had
  // not clashed, denying reports of an exchange of fire" stays negated).
  // Only violence is denied so; "the agreement does not include a
  // ceasefire" tells what a deal lacks, not that it was not made.
  const auto denied_here = [&](const Event& told, const Event& denied) {
    return told.sentence == denied.sentence && Happened(told.status) && denied.status == "negated" &&
           Violent(told.acled_event_type);
  };
  if (a.status != b.status && !(Happened(a.status) && Happened(b.status)) && !denied_here(a, b) &&
      !denied_here(b, a))
    return false;
  // A running toll's word and a word with none may be one event: the charge
  // of a bombing whose toll its bomber took.
  if (a.cumulative != b.cumulative && !(BomberAndCharge(a, b) && (!a.fatalities || !b.fatalities))) return false;
  // A quoted phrase that runs on from its sentence (أن الدفاعات الجوية
  // "تمكنت من إسقاط طائرة"، استهدفوا "تجمعاً … بصلية صاروخية") tells the
  // same event as the words around it; a quotation after a colon is the
  // speaker's own account.
  const auto runs_on = [&](int32_t q) { return q < 0 || !doc_.quotes[q].after_colon; };
  // A witness's quote in the sentence right after the telling (قال أحد
  // الناجين: "دخلوا القرية وأطلقوا النار") retells the act told before when
  // it names no day and no place of its own: one event (the unit checks
  // below still ask for one actor, kind, place and day).
  const auto retold_in_quote = [&](const Event& told, const Event& quoted) {
    return told.quote < 0 && quoted.quote >= 0 && quoted.sentence == told.sentence + 1 &&
           !ClauseHasDate(trig_w_[quoted.trigger].first) && quoted.place >= 0 && PlaceFromBefore(quoted);
  };
  if (a.quote != b.quote && !(a.sentence == b.sentence && runs_on(a.quote) && runs_on(b.quote)) &&
      !retold_in_quote(a, b) && !retold_in_quote(b, a))
    return false;
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
  if (a.sentence != b.sentence && one_battle && FightBetweenOthers(a, b)) return false;
  if (a.sentence != b.sentence && !one_battle && !one_unit &&
      !(a.acled_event_type == "Battles" && a.acled_sub_event_type != "Armed clash" && !pa.empty() && pa == pb &&
        pa[0] == '#' && PlaceFromBefore(b)))
    return false;
  if (pa != pb && !pa.empty() && !pb.empty() && !Encloses(a.place, b.place) && !Encloses(b.place, a.place)) return false;
  if (DayRef(a) != DayRef(b)) return false;
  const std::string aa = Actor1Of(a), ab = Actor1Of(b);
  const bool ea = a.actor1.actor >= 0, eb = b.actor1.actor >= 0;
  // The bomber and the charge of one sentence are one doer's, however each was read.
  if (ea && eb && aa != ab && !one_battle && !BomberAndCharge(a, b) && !RepelledAssault(a, b)) return false;
  if (((a.fatalities && b.fatalities) || (a.injuries && b.injuries)) && !TwoSidesLosses(a, b) && !TwoAccounts(a, b))
    return false;  // two tolls: two events
  return true;
}

// "The army killed 19 militants while repelling their attack on the post,
// and two soldiers were killed": one sentence's clash words of one dyad,
// place and day, each with its toll, are one battle that cost both sides
// (ACLED: its fatalities are the sum).
// A source named between the two ("17 soldiers were killed, sources said,
// while the ministry said 25 of the attackers died") makes them two
// accounts of the battle (TwoAccounts), no plain sum: the smaller count is
// its low and best, and the other account raises only its high — to the
// sum of both when the two counts name two sides (TwoAccountsFigure).
bool Builder::TwoSidesLosses(const Event& a, const Event& b) const {
  return OneSentenceClashes(a, b) && !SourceBetween(a, b);
}

// Two Armed clash words of one sentence, place and running state (no running toll).
bool Builder::OneSentenceClashes(const Event& a, const Event& b) const {
  return a.sentence == b.sentence && a.acled_sub_event_type == "Armed clash" &&
         b.acled_sub_event_type == "Armed clash" && !a.cumulative && !b.cumulative && !PlaceKeyOf(a).empty() &&
         PlaceKeyOf(a) == PlaceKeyOf(b);
}

// A source named (an `attribution` cue) between the two triggers of one sentence.
bool Builder::SourceBetween(const Event& a, const Event& b) const {
  const size_t from = std::min(trig_w_[a.trigger].second, trig_w_[b.trigger].second);
  const size_t to = std::max(trig_w_[a.trigger].first, trig_w_[b.trigger].first);
  for (int32_t ci : Bucket(s_cues_, static_cast<int32_t>(a.sentence)))
    if (cues_[ci].row->type == "attribution" && cues_[ci].w0 >= from && cues_[ci].w0 < to) return true;
  return false;
}

// "The group claimed an attack on a police post in X on Friday, saying it
// killed five policemen, while state media said two officers were killed
// and the attackers repelled": two clash words of one sentence, one dyad,
// place and day, each with its toll and a source named between them, both
// told as having happened (a denial stays its own), are two accounts of one battle (ACLED codes one): its low and best are the
// smaller figure, its high the larger (TwoAccountsFigure).
bool Builder::TwoAccounts(const Event& a, const Event& b) const {
  return a.fatalities && b.fatalities && Happened(a.status) && Happened(b.status) && OneSentenceClashes(a, b) && SourceBetween(a, b) && SameDyad(a, b);
}

// The figure of two accounts of one battle: the conservative count is the
// low and best, the other account's the high — their sum when the two
// counts' nouns name two sides ("17 soldiers were killed, sources said,
// while the ministry said 25 of the attackers died": 17, 17, 42, the dead
// of both sides at the top; TwoSidesLosses sums low and best too only when
// no source stands between the two).
void Builder::TwoAccountsFigure(CasualtyFigure& into, const CasualtyFigure& other) const {
  const std::optional<double> x = into.best ? into.best : into.low, y = other.best ? other.best : other.low;
  if (!x || !y) return;
  const auto kind_of = [&](const CasualtyFigure& f) -> std::string {
    for (const NumberMention& m : doc_.numbers)
      if (m.kind == NumberMention::Kind::kCardinal && m.span.begin >= f.span.begin && m.span.end <= f.span.end &&
          f.span.end > f.span.begin)
        return SideOfCount(m);
    return "";
  };
  const std::string kx = kind_of(into), ky = kind_of(other);
  const bool two_sides = !kx.empty() && !ky.empty() && kx != ky;
  if (*x == *y && !two_sides) return;
  const std::optional<double> hi_into = into.high ? into.high : x, hi_other = other.high ? other.high : y;
  if (*y < *x) into.low = other.low, into.best = other.best, into.span = other.span;
  if (!hi_into || !hi_other) into.high = std::nullopt;
  else into.high = two_sides ? *hi_into + *hi_other : std::max(*hi_into, *hi_other);
}

// A claimed event, or one told in a sentence of a party's claim ("Al-Shabaab
// claimed the bombing, saying it had killed 13", تبنت الحركة الهجوم وزعمت أنها
// قتلت أكثر من 30) whatever status its own verb gave it.
bool Builder::ToldAsClaim(const Event& e) const {
  if (e.status == "claimed") return true;
  const int32_t s = static_cast<int32_t>(e.sentence);
  // A party telling its own deed (`own_forces`: أعلن التنظيم أنه قتل،
  // "the group said its fighters killed") claims it as much.
  return AnyCue(s, "responsibility") || AnyCue(s, "own_forces") ||
         AnyCue(s, "unverified", [&](const CueHit& c) { return c.w1 == c.w0 + 1; });
}

// Copies what `from` knows and `into` does not; with `take_kind`, `into`
// becomes the kind of event `from` names (a generic "attack" told as an
// air strike).
// The civilians among a count of dead of several kinds ("nine soldiers and
// two civilians"), when a claim with no civilians of its own is set against
// it; 0 when the count is of civilians alone (a claim about them is of the
// same dead) or tells none.
double Builder::CiviliansBesideFighters(const Event& count, const Event& claim) {
  if (claim.civilian_fatalities || !count.fatalities || !count.civilian_fatalities) return 0;
  const std::optional<double> all = count.fatalities->best ? count.fatalities->best : count.fatalities->low;
  const std::optional<double> civilians = count.civilian_fatalities->best;
  if (!all || !civilians || *civilians <= 0 || *civilians >= *all) return 0;
  return *civilians;
}

// Whether the dead of `into` are all of one side (the nouns of their counts:
// "soldiers", جنود، منهم after the fighters), `from`'s actor 1 is of that side,
// and the nouns of `from`'s counts name no side ("15 of the attackers") or
// another (قتلت 17 منهم … زعمت الحركة أنها قتلت 12 جندياً): the dead `from`
// tells are those that side killed, none of its own.
bool Builder::KilledByTheDeadsOwnSide(const Event& into, const Event& from) const {
  // "وقتلت 17 منهم", "killed 17 of them": a count with no noun whose
  // pronoun right after it refers back to the group named last before it in
  // its sentence (هجوماً شنّه مقاتلو حركة الشباب … وقتلت 17 منهم) is of that
  // group's side.
  const auto PronounVictimKind = [&](const NumberMention& m) -> std::string {
    const size_t n = static_cast<size_t>(&m - doc_.numbers.data());
    if (!m.unit.empty() || n >= num_w_.size()) return "";
    const size_t after = num_w_[n].second;
    if (after >= words_.size()) return "";
    const std::string_view w = words_[after].text();
    const bool of_them = w == "\xD9\x85\xD9\x86\xD9\x87\xD9\x85" ||  // منهم
                         (w == "of" && after + 1 < words_.size() && words_[after + 1].text() == "them");
    if (!of_them) return "";
    int32_t last = -1;
    for (int32_t a : Bucket(s_actors_, sent_[num_w_[n].first]))
      if (actor_w_[a].second <= num_w_[n].first && (last < 0 || actor_w_[a].first > actor_w_[last].first)) last = a;
    return last < 0 ? "" : doc_.actors[last].acled_inter;
  };
  if (!into.fatalities || !from.fatalities || from.actor1.actor < 0) return false;
  const std::string killer = doc_.actors[from.actor1.actor].acled_inter;
  if (killer.empty() || killer == "Civilians") return false;
  bool counted = false, claimed = false;
  for (const NumberMention& m : doc_.numbers) {
    if (m.kind != NumberMention::Kind::kCardinal || !m.value) continue;
    if (m.span.begin >= into.fatalities->span.begin && m.span.end <= into.fatalities->span.end) {
      if (VictimKind(m) != killer && PronounVictimKind(m) != killer) return false;
      counted = true;
    } else if (m.span.begin >= from.fatalities->span.begin && m.span.end <= from.fatalities->span.end) {
      if (VictimKind(m) == killer) return false;
      claimed = true;
    }
  }
  return counted && claimed;
}

void Builder::Absorb(Event& into, Event&& from, bool take_kind) {
  if (take_kind) {
    into.trigger = from.trigger;
    into.acled_event_type = from.acled_event_type;
    into.acled_sub_event_type = from.acled_sub_event_type;
    into.plover_event_type = from.plover_event_type;
    into.plover_mode = from.plover_mode;
    into.sentence = from.sentence;
  }
  if (into.actor1.actor < 0 && from.actor1.actor >= 0) into.actor1 = from.actor1;
  // One mention is never both sides ("dispersed with tear gas by police":
  // the gas's police are the dispersal's actor 1).
  const bool same = from.actor2.actor >= 0 && from.actor2.actor == into.actor1.actor;
  if (into.actor2.actor < 0 && from.actor2.actor >= 0 && !same) into.actor2 = from.actor2;
  if (into.actor2.actor < 0 && !into.actor2.implicit && !same) into.actor2 = from.actor2;
  if (into.place < 0 || Encloses(into.place, from.place)) {
    if (into.place >= 0) into.trigger = from.trigger;  // the words that say where
    into.place = from.place;
  }
  // A plan is dated on the day it is told (the report's): the day of a
  // mention folded into it is of what that mention tells.
  if (into.date < 0 && from.date >= 0 && into.status != "intent") into.date = from.date, into.time_basis = from.time_basis;
  if (!into.fatalities) {
    into.fatalities = from.fatalities, into.cumulative = into.cumulative || from.cumulative;
  } else if (from.fatalities && !(into.acled_event_type == "Violence against civilians" &&
                                   from.acled_event_type == "Battles")) {
    // (The fighters or soldiers a party says it killed in battle are not the
    // civilians of a killing it folds into: no bound of theirs.)
    // Another source's larger figure for the same event raises its high
    // bound; an open "at least" stays open unless a party claims more
    // (UCDP: the claim is the high estimate, the count stays the best).
    const std::optional<double> other = from.fatalities->best ? from.fatalities->best : from.fatalities->low;
    const std::optional<double> floor = into.fatalities->best ? into.fatalities->best : into.fatalities->low;
    // A party's claim counts the enemy it fought: the civilians of the
    // count it is set against (soldiers and civilians killed, "we killed 25
    // troops") are dead on top of it, so the claim's high bound adds them.
    std::optional<double> claimed = other;
    if (claimed && ToldAsClaim(from)) *claimed += CiviliansBesideFighters(into, from);
    // "three soldiers and seven of the attackers were killed … the group
    // claimed the attack and said it killed 18 soldiers": the dead of the
    // count who are of another side than the claim's (the attackers' own)
    // are on top of it too (DeadBesideTheClaimed).
    if (claimed && ToldAsClaim(from) && from.fatalities->best && from.fatalities->span.end > from.fatalities->span.begin)
      for (const NumberMention& m : doc_.numbers)
        if (m.kind == NumberMention::Kind::kCardinal && m.value && *m.value == *from.fatalities->best &&
            m.span.begin >= from.fatalities->span.begin && m.span.end <= from.fatalities->span.end) {
          *claimed += DeadBesideTheClaimed(*into.fatalities, m);
          break;
        }
    // "Eight soldiers were killed in the attack; the army said it killed 15
    // of the attackers", وأكد الجيش أنه قتل 15 من المهاجمين: a party never
    // counts its own dead as those it killed. When the dead counted are all
    // of the side of the party that killed (the folded event's actor 1) and
    // its count's noun names no side, its dead are the enemy's, on top of
    // the count: the high bound is both.
    if (claimed && floor && KilledByTheDeadsOwnSide(into, from)) *claimed += *floor;
    if (into.fatalities->high) {
      if (other && *other > *into.fatalities->high) into.fatalities->high = other;
      if (claimed && *claimed > *into.fatalities->high) into.fatalities->high = claimed;
    } else if (ToldAsClaim(from) && claimed && floor && *other > *floor) {
      into.fatalities->high = claimed;
    }
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

void Builder::MergeDuplicates() {
  // Compacted in place: the events kept are events[0, n), in order; one that
  // no earlier kept event absorbs moves down only when some event before it
  // was absorbed (in most documents none is, and nothing moves).
  std::vector<Event>& events = doc_.events;
  size_t n = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    Event* into = nullptr;
    for (size_t k = 0; k < n; ++k)
      if (SameEvent(events[k], events[i])) {
        into = &events[k];
        break;
      }
    if (into) {
      // The bomber's charge told first (فجّرت انتحارية نفسها): the event is
      // the suicide bombing.
      const bool bomber = events[i].acled_sub_event_type == "Suicide bomb" && into->acled_sub_event_type != "Suicide bomb";
      // "foiled an infiltration attempt …, border guards clashed with the
      // infiltrators and killed two of them": an attack foiled (negated by a
      // `foiled` cue) and the fight of its sentence that foiled it are one
      // event that happened, as the fight tells it.
      const bool foiled_by_fight = AvertedByFoiling(*into) && Happened(events[i].status) &&
                                   into->sentence == events[i].sentence;
      if (foiled_by_fight) into->status = events[i].status;
      std::optional<CasualtyFigure> accounts;
      if (TwoSidesLosses(*into, events[i])) {
        if (into->fatalities && events[i].fatalities) AddFigure(*into->fatalities, *events[i].fatalities);
        if (into->injuries && events[i].injuries) AddFigure(*into->injuries, *events[i].injuries);
      } else if (TwoAccounts(*into, events[i])) {
        accounts = *into->fatalities;
        TwoAccountsFigure(*accounts, *events[i].fatalities);
      }
      // The attackers of a repelled assault are the other side of the clash
      // (another party than its actor 1, not a second mention of it; an
      // actor 2 already supplied stays).
      if (RepelledAssault(*into, events[i]) && into->actor2.actor < 0 && !into->actor2.implicit &&
          events[i].actor1.actor >= 0 && !events[i].actor1.implicit && Actor1Of(events[i]) != Actor1Of(*into))
        into->actor2 = events[i].actor1;
      Absorb(*into, std::move(events[i]), bomber);
      if (accounts) into->fatalities = accounts;
    } else {
      if (n != i) events[n] = std::move(events[i]);
      ++n;
    }
  }
  events.erase(events.begin() + static_cast<std::ptrdiff_t>(n), events.end());
}

// Reports name one event several times: "an attack with two drones targeted
// the base", "the attack came hours after…", "وأدى القصف إلى…". A generic
// word (هجوم، استهدف، attack: `specificity generic` in the trigger lexicon)
// is the same event as a specific one of its sentence; a definite verbal
// noun (الهجوم، القصف، "the attack") is the latest compatible event told
// before it. Compatible: same quote, statuses that agree on whether it
// happened, no two different explicit actors 1, places not far apart, the
// same day.

bool Builder::Corefer(const Event& a, const Event& b) const {
  // "Artillery shelled X hours later. The army said it had struck a
  // commander near Y on Friday": a generic verb with a subject and a day of
  // its own sentence tells an act of that day, whatever day the earlier
  // event was carried to from the sentences before it ("in raids across
  // both cities", no subject, may still be that event's circumstance).
  const auto generic_verb_of_its_own = [&](const Event& e) {
    const size_t w0 = trig_w_[e.trigger].first;
    if (w0 > 0 && Latin(e)) {
      const std::string_view before = words_[w0 - 1].text();
      for (const std::string_view noun_opener : {"in", "during", "after", "of", "the", "a", "an", "with", "by"})
        if (before == noun_opener) return false;  // "in raids", "the strike": a noun
    }
    if (!Generic(e) || doc_.triggers[e.trigger].voice == "nominal" || e.actor1.actor < 0 || e.actor1.implicit ||
        sent_[actor_w_[e.actor1.actor].first] != static_cast<int32_t>(e.sentence))
      return false;
    const size_t aw = actor_w_[e.actor1.actor].first, tw1 = trig_w_[e.trigger].second;
    // Arabic tells the subject right after its verb (هاجم مستوطنون رعاةً).
    return aw < trig_w_[e.trigger].first || (!Latin(e) && aw >= tw1 && aw <= tw1 + 1 && clause_[aw] == clause_[tw1 - 1]);
  };
  if (a.quote != b.quote && a.quote >= 0 && b.quote >= 0) return false;
  // A reference back ("no group claimed the attack") takes its event as
  // told: the cues of its own sentence are about the claim, not the act.
  // A vow to go on with it ("would keep up the bombardment", "continue
  // the raids") names the campaign to come, not the deed told before: a
  // plan of its own (DropCampaignVows keeps it only when it is aimed where
  // the report's acts are; VowToGoOn).
  if (a.status != b.status && !(Happened(a.status) && Happened(b.status)) &&
      (!EnglishReference(b) || VowToGoOn(b)))
    return false;
  // "said its fighters had carried out the ambush and threatened to attack
  // security posts": an act its sentence tells as threatened or vowed
  // (intent) is a plan, never the deed a definite noun of that sentence
  // refers back to.
  if (a.status == "intent" && Happened(b.status) && a.sentence == b.sentence && EnglishReference(b)) return false;
  const std::string aa = Actor1Of(a), ab = Actor1Of(b);
  if (a.actor1.actor >= 0 && b.actor1.actor >= 0 && aa != ab && !lex_.Related(aa, ab) && !DoerOfAnotherAct(b))
    return false;
  // Two tolls are two events, unless the later word refers back (a
  // party's own figure for "the attack" it claims).
  // After a `sequel` cue the toll is the other event's ("the strikes came
  // two days after a bomber rammed a post, killing seven soldiers").
  if (((a.fatalities && b.fatalities) || (a.injuries && b.injuries)) && !(Generic(b) && Definite(b)) && !Sequel(b))
    return false;
  // A running total is no one event's toll (English: "the war has killed").
  if ((a.cumulative && a.fatalities) != (b.cumulative && b.fatalities) && (a.fatalities || b.fatalities) &&
      Latin(b))
    return false;
  // A dateline place is where the report was filed, no statement of where
  // an English report's event happened.
  const bool latin = Latin(b);
  const bool filed = latin && ((a.place >= 0 && Dateline(a.place)) || (b.place >= 0 && Dateline(b.place)));
  // A definite noun's place is its own only right after it ("the strike on
  // X"); a place later in its sentence tells something else (the agreement
  // provides for moving fighters east of the Euphrates).
  const size_t bw = trig_w_[b.trigger].second;
  const bool b_place_own =
      b.place >= 0 && place_w_[b.place].first >= bw && place_w_[b.place].first <= bw + 3 && !Sequel(b);
  if (a.place >= 0 && b.place >= 0 && a.place != b.place && !filed && (b_place_own || !Definite(b)) &&
      PlacesApart(a.place, b.place))
    return false;
  if (a.time_basis == "text" && b.time_basis == "text" && DayOf(a) != DayOf(b) &&
      (OwnDate(a) || generic_verb_of_its_own(b)) && OwnDate(b) && !Ceased(b) &&
      !(Definite(b) && ((Latin(b) && DateOfALaterEventWord(b)) || DateOfTheVerbBefore(b))))
    return false;
  return true;
}

// "Police arrested a suspect and seized rifles used in the shooting": an
// English reference back takes the doer of another kind of act of its
// sentence, told before it; that doer is the act's, not the noun's.
bool Builder::DoerOfAnotherAct(const Event& e) const {
  if (!EnglishReference(e) || e.actor1.actor < 0) return false;
  const size_t tw0 = trig_w_[e.trigger].first;
  return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
    return o.sentence == e.sentence && o.trigger != e.trigger && o.acled_event_type != e.acled_event_type &&
           o.acled_event_type != "none" && o.actor1.actor == e.actor1.actor && trig_w_[o.trigger].second <= tw0;
  });
}

// "The handover followed an agreement signed in X on Saturday": a day told
// after another event of the sentence dates that event, not a definite noun
// before it, which refers back and brings no day of its own. The other event
// must still stand on its own: one merged into the noun left its day there.
bool Builder::DateOfALaterEventWord(const Event& e) const {
  if (e.date < 0) return false;
  const size_t tw1 = trig_w_[e.trigger].second, dw0 = date_w_[e.date].first;
  if (dw0 < tw1) return false;
  if (Sequel(e)) return true;
  for (const Event& o : doc_.events)
    if (o.sentence == e.sentence && o.trigger != e.trigger &&
        trig_w_[o.trigger].first >= tw1 && trig_w_[o.trigger].second <= dw0 && o.date == e.date)
      return true;
  return false;
}

// اعتقل الأمن ثلاثة من منظمي التظاهرة فجر اليوم: Arabic tells the verb
// first and its day after its object, so a day after a definite noun that
// sits in the clause of another kind of event's word before it dates that
// act; the noun names the event told before, on its own day. English tells
// the day before the verb ("police said on Friday they had arrested a
// suspect … used in the shooting"): a day before another kind of event's
// word that comes before the noun is that act's.
bool Builder::DateOfTheVerbBefore(const Event& e) const {
  if (e.date < 0) return false;
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second, dw0 = date_w_[e.date].first;
  const bool latin = Latin(e);
  if (latin ? dw0 >= tw0 : dw0 < tw1 || clause_[dw0] != clause_[tw0]) return false;
  for (const Event& o : doc_.events) {
    if (o.sentence != e.sentence || o.trigger == e.trigger || o.acled_event_type == e.acled_event_type || o.date != e.date)
      continue;
    const size_t ow0 = trig_w_[o.trigger].first;
    if (trig_w_[o.trigger].second > tw0) continue;
    if (latin ? ow0 > dw0 : clause_[ow0] == clause_[tw0]) return true;
  }
  return false;
}

// "The attack came days after an offensive launched near X on Sunday",
// الهجوم يأتي بعد نزاع …: a `sequel` cue right after a definite event noun
// relates the event told before to another; what follows the cue is that
// other event's.
bool Builder::Sequel(const Event& e) const {
  if (!Definite(e)) return false;
  const size_t tw1 = trig_w_[e.trigger].second;
  return AnyCue(static_cast<int32_t>(e.sentence), "sequel", [&](const CueHit& c) { return c.w0 == tw1; });
}

// "Residents blocked the road with burning tyres … The protest followed …":
// an English crowd noun names a crowd's event whether the crowd stayed
// peaceful or rioted.
bool Builder::CrowdKinds(const Event& a, const Event& b) const {
  const auto crowd = [](const std::string& t) { return t == "Protests" || t == "Riots"; };
  return crowd(a.acled_event_type) && crowd(b.acled_event_type);
}

// "The fighting stopped on Tuesday", توقفت المعارك فجر الثلاثاء: a definite
// event noun next to a `cessation` word (right after the Arabic verb, right
// before the English one) tells when the event told before ended; its day
// is no day of a new act.
bool Builder::Ceased(const Event& e) const {
  if (!Definite(e)) return false;
  const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
  return Latin(e) ? WordCue(w1, "cessation") != nullptr : w0 > 0 && WordCue(w0 - 1, "cessation") != nullptr;
}

// The event's date is named in its own sentence, not carried over from an
// earlier one ("the sound of gunfire had died down by midday").
bool Builder::OwnDate(const Event& e) const {
  return e.date < 0 || sent_[date_w_[e.date].first] == static_cast<int32_t>(e.sentence);
}

// "a launcher team was struck by a drone", "a drone of unknown origin struck
// a motorbike": an aircraft in the event word's clause (its doer up to six
// words before it, or after "by" up to three words on) makes a generic
// strike word an air strike of its own — no rocket fire, blast or fight told
// before, and no weapon an interception took.
bool Builder::AircraftInClause(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  for (size_t w = tw0 >= 6 ? tw0 - 6 : 0; w < tw1 + 4 && w < words_.size(); ++w) {
    if (w >= tw0 && w < tw1) continue;
    if (sent_[w] != sent_[tw0] || clause_[w] != clause_[tw0]) continue;
    if (const CueRow* c = WordCue(w, "weapon"); c && c->kind == "aerial") return true;
  }
  return false;
}

// "أحد الجنود الذين تم اختطافهم", "the soldiers who were abducted": a
// passive in a relative clause describes the people it follows by what
// happened to them, which the report has usually told already.
bool Builder::InRelativePassive(const Event& e) const {
  const size_t w = trig_w_[e.trigger].first;
  return doc_.triggers[e.trigger].voice == "passive" && (InRelativeClause(w) || (w > 0 && InRelativeClause(w - 1)));
}

// The event whose word a relative clause opening right before ev[i]'s
// trigger hangs on (الهجوم الذي استهدف، "the attack that targeted"): its
// word ends at most two words before the pronoun (an adjective between,
// الهجوم البري الذي), in the same clause; -1 if none.
int32_t Builder::RelativeHead(size_t i) const {
  const std::vector<Event>& ev = doc_.events;
  const size_t w0 = trig_w_[ev[i].trigger].first;
  if (!InRelativeClause(w0)) return -1;
  size_t rel = SIZE_MAX;
  for (int32_t ci : Bucket(s_cues_, sent_[w0]))
    if (cues_[ci].row->type == "relative" && cues_[ci].w1 == w0) rel = cues_[ci].w0;
  if (rel == SIZE_MAX) return -1;
  for (size_t j = 0; j < ev.size(); ++j) {
    if (j == i || ev[j].sentence != ev[i].sentence || ev[j].acled_event_type == "none") continue;
    const size_t e1 = trig_w_[ev[j].trigger].second;
    if (e1 <= rel && rel - e1 <= 2 && clause_[trig_w_[ev[j].trigger].first] == clause_[rel] &&
        Corefer(ev[j], ev[i]))
      return static_cast<int32_t>(j);
  }
  return -1;
}

// هجوم بطائرات مسيّرة على المدينة ليلة الجمعة، استهدف منشآت للطاقة: Arabic
// opens a relative clause on an indefinite noun with no pronoun, so a bare
// generic verb (no و, no doer of its own) after a violent event noun of its
// sentence is that noun's description — "an attack that targeted". -1 if
// none.
int32_t Builder::UnmarkedRelativeHead(size_t i) const {
  const std::vector<Event>& ev = doc_.events;
  const Event& e = ev[i];
  const size_t w0 = trig_w_[e.trigger].first;
  if (Latin(e) || doc_.triggers[e.trigger].voice == "nominal" || doc_.tokens[words_[w0].first].piece == Piece::kProclitic)
    return -1;
  for (size_t j = i; j-- > 0;) {
    const Event& o = ev[j];
    if (o.sentence != e.sentence || !Violent(o.acled_event_type) || doc_.triggers[o.trigger].voice != "nominal" ||
        Definite(o) || trig_w_[o.trigger].second > w0)
      continue;
    if (e.actor1.actor >= 0 && e.actor1.actor != o.actor1.actor) return -1;
    return Corefer(o, e) ? static_cast<int32_t>(j) : -1;
  }
  return -1;
}

// "An explosive device, which prosecutors identified as a grenade, was
// hurled", "a drone attack was reported at X, where a bomb damaged a roof":
// an English weapon noun in a relative clause (which, where, that) opened
// after an explosion or strike of its sentence names that event's weapon.
int32_t Builder::WeaponInRelativeClause(size_t i) const {
  const std::vector<Event>& ev = doc_.events;
  const Event& e = ev[i];
  if (e.acled_event_type != "Explosions/Remote violence" || doc_.triggers[e.trigger].voice != "nominal" ||
      !Latin(e))
    return -1;
  const size_t w0 = trig_w_[e.trigger].first;
  for (size_t j = i; j-- > 0;) {
    const Event& o = ev[j];
    if (o.sentence != e.sentence || o.acled_event_type != "Explosions/Remote violence") continue;
    const size_t o1 = trig_w_[o.trigger].second;
    if (o1 > w0 || w0 - o1 > 12) continue;
    for (size_t k = o1; k < w0; ++k)
      if (words_[k].text() == "which" || words_[k].text() == "where") return static_cast<int32_t>(j);
  }
  return -1;
}

namespace {
bool IsTerritoryTake(const Event& e) {
  return e.acled_sub_event_type == "Non-state actor overtakes territory" ||
         e.acled_sub_event_type == "Government regains territory";
}
}  // namespace

// A witness or official quoted after the news ("They came by the hundreds
// and burned everything", «أحرقوا كل ما وجدوه») retells in their words an
// event the report told before: a quoted event with no date of its own, of
// the kind of an event told before outside any quotation, is that event.
// Who the quote's pronoun or passing nouns make its doer does not count.
void Builder::FoldQuotedRetellings() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].quote < 0 || doc_.quotes[ev[i].quote].indirect || (ev[i].date >= 0 && OwnDate(ev[i]))) continue;
    Event probe = ev[i];
    probe.actor1 = EventArgument{};
    probe.fatalities.reset(), probe.injuries.reset();
    // «تقدّمنا مستمر»، "we took the town": which side a quoted capture with
    // no named doer gives the ground to (Government regains or Non-state
    // overtakes) was read off a guessed doer, which does not count either.
    const bool guessed_taker = IsTerritoryTake(ev[i]) && ev[i].actor1.actor < 0;
    for (size_t j = i; j-- > 0;) {
      if (gone[j] || ev[j].quote >= 0 || ev[j].sentence >= ev[i].sentence) continue;
      if (guessed_taker && IsTerritoryTake(ev[j])) probe.acled_sub_event_type = ev[j].acled_sub_event_type;
      else probe.acled_sub_event_type = ev[i].acled_sub_event_type;
      // A crowd's burning or plunder, told by a witness, is its riot retold.
      const std::string doer = InterOf(ev[j].actor1);
      const bool crowd = ev[j].acled_event_type == "Riots" || doer == "Protesters" || doer == "Rioters" ||
                         (doer == "Civilians" && ev[j].actor1.actor >= 0 && Violent(ev[j].acled_event_type));
      const bool crowd_damage = crowd && ev[i].acled_sub_event_type == "Looting/property destruction";
      // «دخلوا القرية وأطلقوا النار على كل من صادفوه» after "a raid by armed
      // herders killed nine villagers": a generic attack word's kind is not
      // settled yet (an armed clash until the actors' types make it an
      // attack on civilians); a quoted shooting or fight retells it.
      const bool unsettled = Generic(ev[j]) && (ev[j].acled_sub_event_type == "Armed clash" || ev[j].acled_sub_event_type == "Attack") &&
                             (ev[i].acled_sub_event_type == "Armed clash" || ev[i].acled_sub_event_type == "Attack");
      // «كانت القذائف تتساقط على الشارع» right after "clashes with medium
      // weapons broke out in the town centre": shells a witness saw falling
      // during the fight told in the sentence before are that fight's.
      const bool shells_of_the_fight = ev[j].acled_sub_event_type == "Armed clash" &&
                                       ev[i].acled_sub_event_type == "Shelling/artillery/missile attack" &&
                                       ev[i].sentence == ev[j].sentence + 1 && !ev[i].fatalities && !ev[i].injuries;
      if ((ev[j].acled_sub_event_type != probe.acled_sub_event_type && !crowd_damage && !unsettled && !shells_of_the_fight) ||
          !Happened(ev[j].status) ||
          !Happened(ev[i].status) || !Corefer(ev[j], probe))
        continue;
      ev[i].actor1 = EventArgument{};
      Absorb(ev[j], std::move(ev[i]), false);
      gone[i] = true;
      break;
    }
  }
  DropGone(gone);
}

// A toll above zero was read for the event.
static bool Killed(const Event& e) {
  return e.fatalities && (e.fatalities->best.value_or(0) > 0 || e.fatalities->low.value_or(0) > 0);
}

// Acts that take no lives of their own: an abduction, sexual violence, a
// change of hands of territory.
bool Builder::TakesNoLife(const Event& e) {
  return e.acled_sub_event_type == "Abduction/forced disappearance" || e.acled_sub_event_type == "Sexual violence";
}

static bool TakesNoLives(const Event& e) { return Builder::TakesNoLife(e) || IsTerritoryTake(e); }

void Builder::ResolveCoreference() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i)
    if (const int32_t head = WeaponInRelativeClause(i); head >= 0 && !gone[static_cast<size_t>(head)]) {
      Absorb(ev[static_cast<size_t>(head)], std::move(ev[i]), false);
      gone[i] = true;
    }
  auto word_gap = [&](const Event& a, const Event& b) {
    size_t x = trig_w_[a.trigger].first, y = trig_w_[b.trigger].first;
    return x > y ? x - y : y - x;
  };
  const auto subject_refers_back = [&](const Event& e) {
    const size_t w0 = trig_w_[e.trigger].first;
    if (doc_.triggers[e.trigger].voice != "active" || w0 == 0) return false;
    // A trigger ending right before w0 has its last word, w0 - 1, in its sentence.
    for (int32_t t : Bucket(s_triggers_, sent_[w0 - 1])) {
      const TriggerMention& m = doc_.triggers[t];
      if (t != e.trigger && trig_w_[t].second == w0 && m.definite && m.voice == "nominal" &&
          Violent(m.acled_event_type))
        return true;
    }
    return false;
  };
  // A generic word and a specific one of the same sentence. A generic word
  // whose kind its weapon named (استهدفت مسيّرة سيارة: an air strike, where
  // the word alone reads a shelling) tells as much as a specific word.
  const auto KindFromItsWeapon = [&](const Event& e) {
    return Generic(e) && e.acled_sub_event_type != doc_.triggers[e.trigger].acled_sub_event_type;
  };
  for (size_t i = 0; i < ev.size(); ++i) {
    if (gone[i] || !Generic(ev[i]) || KindFromItsWeapon(ev[i]) || KindOfEvent(trig_w_[ev[i].trigger].first)) continue;
    size_t best = SIZE_MAX;
    const bool subject_back = subject_refers_back(ev[i]);
    // "rounded up five suspects in a dawn raid": with no violent act in its
    // sentence, a raid or an attack that detains people is the arrest.
    for (const bool arrests : {false, true}) {
      for (size_t j = 0; j < ev.size(); ++j) {
        if (j == i || gone[j] || (Generic(ev[j]) && !KindFromItsWeapon(ev[j])) || ev[j].sentence != ev[i].sentence) continue;
        // "residents stormed the directorate and set tyres ablaze": a riot's
        // own act names the kind of its generic word as a violent one does,
        // when the generic word hurt no one (a crowd beating people is a mob,
        // whatever it smashed besides).
        const bool kind_ok = arrests ? ev[j].acled_sub_event_type == "Arrests"
                                     : Violent(ev[j].acled_event_type) ||
                                           (ev[j].acled_event_type == "Riots" && Actor2Of(ev[i]).empty());
        if (!kind_ok) continue;
        // "gunmen attacked the camp, killing 27 people and abducting 14
        // children", "stormed the town, killing 11 and taking control of the
        // police station": an attack word that killed is not the abduction
        // or the capture told beside it with no toll of its own — ACLED
        // codes the killing apart, and the toll is the killing's.
        if (!arrests && Killed(ev[i]) && !ev[j].fatalities && TakesNoLives(ev[j])) continue;
        // "Unknown men threw a grenade …, in an attack police blamed on a
        // gang": a violent act's doer the report cannot name conflicts with
        // no doer its generic word is given.
        Event probe = ev[i];
        if (!arrests && (Unidentified(Actor1Of(ev[i])) || Unidentified(Actor1Of(ev[j])))) probe.actor1 = EventArgument{};
        // "The army said its drones neutralised militants in strikes near
        // X, while residents said the strikes hit a gathering of herders and
        // killed six civilians": a generic verb whose subject, right before
        // it, is a definite noun of violence (الغارات أصابت) tells the act
        // that noun refers back to; its toll is another account of that
        // act's dead, not a second act.
        if (!arrests && subject_back) probe.fatalities.reset(), probe.injuries.reset();
        if (!Corefer(probe, ev[j])) continue;
        if (best == SIZE_MAX || word_gap(ev[i], ev[j]) < word_gap(ev[i], ev[best])) best = j;
      }
      if (best != SIZE_MAX) break;
    }
    if (best == SIZE_MAX) {
      // "الهجوم الذي استهدف المطار", "the attack that targeted the base": a
      // generic verb opening a relative clause on an event word describes
      // that event — one event, whatever the two words' kinds.
      int32_t head = RelativeHead(i);
      if (head < 0) head = UnmarkedRelativeHead(i);
      if (head >= 0 && !gone[static_cast<size_t>(head)]) {
        Absorb(ev[static_cast<size_t>(head)], std::move(ev[i]), false);
        gone[i] = true;
      }
      continue;
    }
    // "A mob attacked a church, smashing windows and setting fire to …": a
    // fight word on a civilian place (a church, homes, shops; no party's
    // office) with no protest in its sentence names the deed; the riot acts
    // after it tell how it was done. The kind stays the fight's, for the
    // actors' types to code (a crowd on the people there is a mob).
    const CueRow* object = nullptr;
    const bool riot_on_civilian_place = ev[best].acled_event_type == "Riots" &&
                                        ev[i].acled_event_type == "Battles" && AttackOnCivilianPlace(ev[i], &object) &&
                                        object != nullptr && object->kind != "political" && !ProtestInSentence(ev[i]);
    Event specific = std::move(ev[best]);  // ev[best] is overwritten next
    const bool specific_dated = OwnDate(specific) && !OwnDate(ev[i]);
    const int32_t date = specific.date;
    const std::string basis = specific.time_basis;
    Absorb(ev[i], std::move(specific), /*take_kind=*/!riot_on_civilian_place);
    if (specific_dated) ev[i].date = date, ev[i].time_basis = basis;  // its own day, not one carried over
    ev[best] = std::move(ev[i]);
    gone[i] = true;
  }
  // "استهدفت مسيّرة نقطة عسكرية وأصابت جنديين", "gunmen targeted the post
  // and hit two guards": a generic word joined by "and" (و) to the violent
  // event word right before it in its sentence, with no subject of its own,
  // goes on telling that act — one event, whoever it hit.
  for (size_t i = 0; i < ev.size(); ++i) {
    if (gone[i] || !Generic(ev[i])) continue;
    const TriggerMention& tr = doc_.triggers[ev[i].trigger];
    const size_t w0 = trig_w_[ev[i].trigger].first;
    if (tr.voice != "active" || !AndOpens(w0, Latin(ev[i]))) continue;
    // A subject of its own right after it names another doer; an Arabic
    // dual or plural in the oblique case (جنديين، مدنيين) is the verb's
    // object, never its subject.
    if (SubjectRightAfter(ev[i]) &&
        !(!Latin(ev[i]) && words_[actor_w_[ev[i].actor1.actor].second - 1].text().ends_with("\xD9\x8A\xD9\x86")))  // ين
      continue;
    size_t host = SIZE_MAX;
    for (size_t j = 0; j < i; ++j)
      if (!gone[j] && ev[j].sentence == ev[i].sentence && trig_w_[ev[j].trigger].second <= w0) host = j;
    if (host == SIZE_MAX || !Violent(ev[host].acled_event_type)) continue;
    Event probe = ev[i];
    probe.actor1 = ev[host].actor1;  // it shares the doer of the verb it is joined to
    if (!Corefer(ev[host], probe)) continue;
    Absorb(ev[host], std::move(ev[i]), false);
    gone[i] = true;
  }
  // A definite Arabic event noun inside a direct quote, no day in its
  // clause and no place named inside the quote.
  const auto quoted_recall = [&](const Event& e) {
    if (!Definite(e) || Latin(e) || e.quote < 0 || !Violent(e.acled_event_type)) return false;
    if (ClauseHasDate(trig_w_[e.trigger].first)) return false;
    return e.place < 0 || tok_quote_[words_[place_w_[e.place].first].first] != e.quote;
  };
  // A definite noun, or a generic word left alone in its sentence, and the
  // latest compatible event before its sentence ("Iran said the strike
  // targeted a spy centre").
  // «وفي وقت لاحق من اليوم نفسه، شن مقاتلو الحركة هجوماً على قاعدة»،
  // "Hours later, gunmen attacked a police post": a generic word with no
  // article, after a `next_step` or `afterwards` word before it in its
  // sentence (ثم، لاحقاً، "then", "later") and no source's verb before it,
  // tells the next act of the story, not the act told before again.
  const auto later_act = [&](const Event& e) {
    if (!Generic(e) || Definite(e)) return false;
    const size_t tw0 = trig_w_[e.trigger].first;
    const int32_t s = sent_[tw0];
    int32_t cue_end = -1;
    for (const char* type : {"next_step", "afterwards"})
      AnyCue(s, type, [&](const CueHit& c) {
        if (c.w1 <= tw0) cue_end = std::max(cue_end, static_cast<int32_t>(c.w1));
        return false;
      });
    if (cue_end < 0) return false;
    return !AnyCue(s, "attribution", [&](const CueHit& c) { return c.w1 <= tw0; });
  };
  for (size_t i = 0; i < ev.size(); ++i) {
    if (gone[i] || !(Definite(ev[i]) || Generic(ev[i]) || InRelativePassive(ev[i]))) continue;
    if (later_act(ev[i])) continue;
    const bool air_strike_told = Generic(ev[i]) && !Definite(ev[i]) && AircraftInClause(ev[i]);
    bool far_tried = false;
    for (size_t j = i; j-- > 0;) {
      if (gone[j] || ev[j].sentence >= ev[i].sentence) continue;
      // A noun a `sequel` cue relates to another event refers back however
      // far the report told it ("The mass abduction comes three months after").
      // A definite noun of a kind told once before ("وارتفعت حصيلة قتلى
      // الاشتباكات", "the clashes" paragraphs later) points back to the
      // latest event of its own sub-event type, however far: the first such
      // event met is the only one it may name.
      if (ev[i].sentence - ev[j].sentence > 3 && !Sequel(ev[i])) {
        if (!Definite(ev[i]) || Generic(ev[i]) || far_tried) break;
        if (ev[j].acled_sub_event_type != ev[i].acled_sub_event_type) continue;
        far_tried = true;
        // So far back, a noun with a place or day of its own, or of another
        // era ("the mass killings in X in June 2023"), tells another event
        // of the kind.
        if ((ev[i].status == "historical") != (ev[j].status == "historical") ||
            (ev[i].place >= 0 && ev[j].place >= 0 && ev[i].place != ev[j].place && PlacesApart(ev[i].place, ev[j].place)) ||
            (ev[i].date >= 0 && OwnDate(ev[i]) && DayOf(ev[i]) != DayOf(ev[j])))
          break;
      }
      // An English reference names the kind loosely ("the blast" after a
      // suicide bombing, "the bombing" after an air strike).
      // A generic word may refer back to a riot too ("بعد ساعات من بدء
      // الاعتداءات" after a mob burned homes).
      // An order is not named loosely: "the curfew", "the state of
      // emergency" never name the arrest, the arson or the base told before
      // (Strategic developments, ACLED's bin of unlike acts), only an order.
      const bool order = ev[i].acled_sub_event_type == "Change to group/activity";
      // "Residents beat a man to death … police arrested three men over the
      // lynching": a mob's deed is still an attack on a civilian until the
      // actors' types make it mob violence (RefineByActorTypes, later); a
      // mob noun names it as it will be coded.
      const bool mob_deed = ev[i].acled_sub_event_type == "Mob violence" &&
                            ev[j].acled_event_type == "Violence against civilians";
      // A repelling word (a `repulsion` cue: صدّت، "repelled") meets an
      // assault on the ground: it never names a strike, a shelling or a
      // blast told before (طائرة مسيّرة أصابت غرفة عمليات … ثم صدّت القوات
      // محاولة تسلل: two events) — weapons in flight it stopped are an
      // interception (RepelledProjectiles).
      const bool repelled_remote = Generic(ev[i]) && ev[j].acled_event_type == "Explosions/Remote violence" &&
                                   LemmaCue(doc_.triggers[ev[i].trigger], "repulsion") != nullptr;
      // "The bombing came four years after …": a word of a bomb attack (a
      // `blast_reference` lemma) names an explosion or strike, never the
      // capture or clash told last.
      const bool blast_elsewhere = Generic(ev[i]) && ev[j].acled_event_type != "Explosions/Remote violence" &&
                                   LemmaCue(doc_.triggers[ev[i].trigger], "blast_reference") != nullptr;
      const bool kind_ok = blast_elsewhere ? false
                           : Generic(ev[i]) ? ((Violent(ev[j].acled_event_type) && !repelled_remote) ||
                                                 ev[j].acled_event_type == "Riots") &&
                                                    (!air_strike_told || ev[j].acled_sub_event_type == "Air/drone strike")
                           : EnglishReference(ev[i]) ? (ev[j].acled_event_type == ev[i].acled_event_type &&
                                                        (!order || ev[j].acled_sub_event_type == ev[i].acled_sub_event_type)) ||
                                                           CrowdKinds(ev[j], ev[i]) || mob_deed
                                                     : ev[j].acled_sub_event_type == ev[i].acled_sub_event_type ||
                                                           (ev[j].acled_sub_event_type == "Suicide bomb" &&
                                                            BomberAndCharge(ev[j], ev[i]));
      // "أعلنت الخلية اليوم استشهاد جنديين بانفجار عبوة … وذكرت أن العبوة
      // انفجرت مساء أمس": the lead dated only by the day it was announced
      // (the publication day) and a definite noun that gives an earlier day
      // are one event, on the earlier day.
      bool redate = false;
      if (!Corefer(ev[j], ev[i]) && kind_ok && Definite(ev[i]) && !EnglishReference(ev[i]) &&
          !Latin(ev[i]) && ev[j].date >= 0 &&
          ev[i].date >= 0 &&
          DayOf(ev[j]) == ref_day_ && DayOf(ev[i]).size() == 10 && DayOf(ev[i]) < ref_day_ &&
          ev[j].time_basis == "text" && ev[i].time_basis == "text") {
        Event probe = ev[i];
        probe.date = ev[j].date;
        redate = Corefer(ev[j], probe);
      }
      // "The army said its jets struck rebel positions. The rebels said the
      // strikes killed three children": the speaker of an English reference
      // opening what it says (up to three words after the speech verb) is
      // who tells of the event, not its doer (cleared below once it
      // joins), so its doer does not keep it apart.
      bool told_by_speaker = false;
      if (!redate && kind_ok && EnglishReference(ev[i]) && ev[i].actor1.actor >= 0 && !ev[i].actor1.implicit) {
        const int32_t a = ev[i].actor1.actor;
        const int32_t s = static_cast<int32_t>(ev[i].sentence);
        const size_t tw0 = trig_w_[ev[i].trigger].first;
        told_by_speaker = actor_w_[a].second <= tw0 && AnyCue(s, "attribution", [&](const CueHit& c) {
                            return c.row->scope == "quote" && c.w1 <= tw0 && tw0 - c.w1 <= 3 &&
                                   SpeakerEndingAt(c.w0, s) == a;
                          });
      }
      if (told_by_speaker && !Corefer(ev[j], ev[i])) {
        Event probe = ev[i];
        probe.actor1 = EventArgument{};
        if (!Corefer(ev[j], probe)) continue;
      } else if (!kind_ok || !(redate || Corefer(ev[j], ev[i]))) {
        continue;
      }
      // "intercepted six rockets, while one hit a kindergarten in X. Hezbollah
      // said it had targeted an army post near Y": the one that got through
      // (an impact row of "one", "another": needs=interceptable) is a single
      // hit of a barrage; a generic word told after it names another act —
      // nor the barrage told before that hit (it would be read back past it).
      if (Generic(ev[i]) && doc_.triggers[ev[j].trigger].roles.find("needs=interceptable") != std::string::npos &&
          ev[j].acled_event_type == "Explosions/Remote violence")
        break;
      // "Troops came under fire in X. An Israeli drone struck a house in Y":
      // a generic verb whose own subject names another doer than the
      // earlier event's tells a new act, not that one again.
      if (Generic(ev[i]) && doc_.triggers[ev[i].trigger].voice == "active" && ev[i].actor1.actor >= 0 &&
          !ev[i].actor1.implicit && sent_[actor_w_[ev[i].actor1.actor].first] == static_cast<int32_t>(ev[i].sentence) &&
          ev[j].actor1.actor >= 0 && Actor1Of(ev[j]) != Actor1Of(ev[i]))
        continue;
      if (redate) ev[j].date = ev[i].date;
      // "The UN called for an inquiry into the strike": who speaks of an
      // event told before is not its actor.
      if (EnglishReference(ev[i])) {
        ev[i].actor1 = EventArgument{};
        // "The attack took place in Dera Ismail Khan": the reference
        // places an event the lead placed only by its dateline; so does
        // "near X" ("the blast took place near X": coded to X, the nearest
        // town).
        const auto near = [&](int32_t p) {
          const size_t rel_w = RelationWord(p);
          return doc_.places[p].relation == "near" && rel_w != SIZE_MAX && rel_w + 1 == place_w_[p].first;
        };
        if (ev[j].place >= 0 && Dateline(ev[j].place) && ev[i].place >= 0 && !Dateline(ev[i].place) && !Sequel(ev[i]) &&
            !Coarse(ev[i].place) && (AfterIn(ev[i].place) || near(ev[i].place)) && !PlaceFromBefore(ev[i]))
          ev[j].place = ev[i].place;
      }
      Absorb(ev[j], std::move(ev[i]), false);
      gone[i] = true;
      break;
    }
    // «رأيت امرأة تقترب، ثم دوّى الانفجار», «بعد سقوط القذيفة»: a witness's
    // quote that names the act by a definite Arabic noun, with no day and
    // no place of its own inside the quote, recalls the act the report
    // leads with, however many sentences later and whichever kind of
    // blast or fire it names: it joins the first event of the report's
    // first sentence of events that is of its ACLED type, when compatible.
    if (!gone[i] && quoted_recall(ev[i])) {
      int32_t lead = -1;
      for (size_t j = 0; j < i; ++j) {
        if (gone[j] || ev[j].quote >= 0 || ev[j].sentence >= ev[i].sentence) continue;
        if (lead >= 0 && ev[j].sentence != ev[static_cast<size_t>(lead)].sentence) break;
        if (lead < 0) lead = static_cast<int32_t>(j);
        if (ev[j].acled_event_type == ev[i].acled_event_type && Corefer(ev[j], ev[i])) {
          Absorb(ev[j], std::move(ev[i]), false);
          gone[i] = true;
          break;
        }
      }
    }
  }
  DropGone(gone);
}

// "deadliest attacks", "the most serious attack", أعنف هجوم، الهجوم الأعنف،
// الهجمات الأكثر دموية: an event word right after a superlative (`superlative`
// cue; English also two words after "most"), or in Arabic right before one,
// compares an event with others.
bool Builder::Compared(int32_t t) const {
  const size_t w0 = trig_w_[t].first, w1 = trig_w_[t].second;
  if (w0 == 0 || words_[w0 - 1].clause_break) return false;
  if (Latin(w0)) {
    if (words_[w0 - 1].text() != "most" && WordCue(w0 - 1, "superlative")) return true;
    return w0 >= 2 && words_[w0 - 2].text() == "most" && !words_[w0 - 2].clause_break;
  }
  return WordCue(w0 - 1, "superlative") || (w1 < words_.size() && WordCue(w1, "superlative"));
}

// The event word a compared event word (the trigger starting at tw0) comes
// after in its sentence: the nearest trigger before it, a toll's verb
// ("killed") included; -1 when it is not compared or comes first.
int32_t Builder::ComparedTo(size_t tw0, int32_t sentence) const {
  int32_t self = -1, before = -1;
  for (int32_t t : Bucket(s_triggers_, sentence)) {
    if (trig_w_[t].first == tw0) self = t;
    else if (trig_w_[t].first < tw0 && doc_.triggers[t].acled_event_type != "none" &&
             (before < 0 || trig_w_[t].first > trig_w_[before].first))
      before = t;
  }
  return self >= 0 && before >= 0 && Compared(self) ? before : -1;
}

// "killed 34 villagers near Ouallam on Saturday, in one of the deadliest
// attacks in the region this year": the compared noun is the event told
// before it in its sentence, not a second one. It joins the nearest earlier
// event of its ACLED type (any violent one, when it is violent) and brings
// no place or day: those of the comparison are its range.
void Builder::FoldComparisons() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (!Compared(ev[i].trigger)) continue;
    const size_t w = trig_w_[ev[i].trigger].first;
    size_t best = SIZE_MAX;
    for (size_t j = i; j-- > 0;) {
      if (gone[j] || ev[j].sentence != ev[i].sentence || trig_w_[ev[j].trigger].first >= w) continue;
      if (ev[j].acled_event_type == "none") continue;
      const bool same = ev[j].acled_event_type == ev[i].acled_event_type;
      if (same || (Violent(ev[i].acled_event_type) && Violent(ev[j].acled_event_type))) {
        best = j;
        break;
      }
    }
    if (best == SIZE_MAX) continue;
    Event from = std::move(ev[i]);
    from.place = -1, from.date = -1, from.time_basis.clear();
    from.actor1 = EventArgument{}, from.actor2 = EventArgument{};
    Absorb(ev[best], std::move(from), false);
    gone[i] = true;
  }
  DropGone(gone);
}

// "JNIM claimed the attack on Monday", أعلنت الحركة مسؤوليتها عن التفجير:
// what a group claims is an act the report told before (ACLED codes the
// act, with the claimant as its actor), and a day in the claim's sentence
// is when the claim was made. The act claimed joins the latest event of its
// ACLED type (any violent one for a generic word) of the three sentences
// before; told only in the claim, it stays.
bool Builder::ClaimedObject(const Event& e) const {
  const size_t w = trig_w_[e.trigger].first;
  return AnyCue(static_cast<int32_t>(e.sentence), "responsibility",
                [&](const CueHit& c) { return c.clause == clause_[w] && w + 1 >= c.w1 && w <= c.w1 + 2; });
}

void Builder::FoldClaimedReferences() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (!(Definite(ev[i]) || Generic(ev[i])) || !ClaimedObject(ev[i])) continue;
    Event probe = ev[i];
    probe.date = -1, probe.time_basis.clear();  // the claim's day
    probe.actor1 = EventArgument{};              // the claimant, named later
    probe.fatalities.reset(), probe.injuries.reset();  // the claimant's own figure
    for (size_t j = i; j-- > 0;) {
      if (gone[j] || ev[j].sentence >= ev[i].sentence) continue;
      if (ev[i].sentence - ev[j].sentence > 3) break;
      const bool kind_ok = Generic(ev[i]) ? Violent(ev[j].acled_event_type)
                                          : ev[j].acled_event_type == ev[i].acled_event_type;
      if (!kind_ok || !Corefer(ev[j], probe)) continue;
      ev[i].date = -1;
      Absorb(ev[j], std::move(ev[i]), false);
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
int Builder::CrowdRank(std::string_view sub) {
  if (sub == "Peaceful protest") return 1;
  if (sub == "Protest with intervention") return 2;
  if (sub == "Violent demonstration" || sub == "Mob violence") return 3;
  if (sub == "Excessive force against protesters") return 4;
  return 0;
}

// "وأغلق محتجون مقر الحزب"، "أغلق التجار محالهم ونظموا احتجاجاً",
// "protesters closed the road": a closure by a crowd, or told in the
// sentence of a protest or a riot (رشقوا الدورية بالحجارة وأغلقوا الطريق),
// is how the crowd protested (ACLED: a protest; closing words are `closure` cues),
// not a closure of the authorities' (strategic development: change to
// group/activity). It then meets
// the protest of its place and day (MergeCrowdEvents).
void Builder::ClosuresByCrowds() {
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Strategic developments" ||
        !LemmaCue(doc_.triggers[e.trigger], "closure"))
      continue;
    const std::string a1 = InterOf(e.actor1);
    const bool crowd = a1 == "Protesters" || a1 == "Rioters";
    const bool in_protest = std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
      return o.sentence == e.sentence && (o.acled_event_type == "Protests" || o.acled_event_type == "Riots") &&
             Happened(o.status);
    });
    // وهدد شيوخ القبائل بإغلاق الطريق، "residents threatened to block the
    // highway": a closure threatened (a THREATEN word right before it in its
    // clause, FoldThreats' window) by no state force, government or armed
    // group named is a crowd's threat to protest (ACLED: a peaceful protest,
    // intent). Whoever was read as its doer only by default (the country's
    // government, the report's main actor) is not a party that threatened.
    const bool threatened_by_people = [&] {
      if (e.status != "intent") return false;
      if (e.actor1.actor >= 0 && !e.actor1.implicit && a1 != "Civilians" && a1 != "Protesters") return false;
      const size_t tw0 = trig_w_[e.trigger].first;
      for (int32_t t : Bucket(s_triggers_, sent_[tw0])) {
        const size_t t1 = trig_w_[t].second;
        if (doc_.triggers[t].plover_event_type == "THREATEN" && doc_.triggers[t].acled_event_type == "none" &&
            t1 <= tw0 && tw0 - t1 <= 6 && clause_[t1 - 1] == clause_[tw0])
          return true;
      }
      return false;
    }();
    if (!crowd && !in_protest && !threatened_by_people) continue;
    if (threatened_by_people && !crowd && (e.actor1.actor < 0 || e.actor1.implicit)) e.actor1 = EventArgument{};
    e.acled_event_type = "Protests";
    e.acled_sub_event_type = "Peaceful protest";
    e.plover_event_type = "PROTEST";
    e.plover_mode = "demo";
  }
}

// Tear gas, rubber bullets and water cannon (`dispersal_means` cues on the
// lemma: "tear gas", غاز مسيل للدموع) name a protest with intervention only where there is a crowd:
// fired at residents during a raid, or at villagers as settlers attack,
// with no protesters or rioters named and no crowd word in the report
// (a march, a sit-in, "dispersed"), they are force used on civilians
// (ACLED: violence against civilians), not a protest.
static bool DispersalMeans(const CueRow* means) { return means != nullptr; }

bool Builder::AimlessFire(const TriggerMention& t) const {
  return t.acled_sub_event_type == "Protest with intervention" && LemmaCue(t, "aimless_fire");
}

// Shots into the air with no crowd told in their sentence or the ones
// beside it harm nobody: no event (a crowd further on is another scene).
void Builder::DropAimlessFire() {
  std::vector<bool> gone(doc_.events.size(), false);
  const auto near = [](int32_t a, int32_t b) { return a - b <= 1 && b - a <= 1; };
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& e = doc_.events[i];
    if (!AimlessFire(doc_.triggers[e.trigger])) continue;
    const int32_t s = static_cast<int32_t>(e.sentence);
    bool crowd = false;
    for (size_t a = 0; a < doc_.actors.size(); ++a) {
      const std::string& inter = doc_.actors[a].acled_inter;
      if ((inter == "Protesters" || inter == "Rioters") && near(sent_[actor_w_[a].first], s)) crowd = true;
    }
    for (size_t t = 0; t < doc_.triggers.size(); ++t)
      if (CrowdRank(doc_.triggers[t].acled_sub_event_type) && !AimlessFire(doc_.triggers[t]) &&
          near(sent_[trig_w_[t].first], s))
        crowd = true;
    gone[i] = !crowd;
  }
  DropGone(gone);
}

void Builder::DispersalWithNoCrowd() {
  DropAimlessFire();
  // ألقت الشرطة قنبلة صوتية لتفريق المتظاهرين: a stun grenade (a Grenade
  // row whose lemma is a `dispersal_means`) thrown in the sentence of a
  // crowd's event is how the force broke the crowd up: part of that event
  // (a peaceful protest becomes one with intervention), no grenade attack;
  // with no crowd there it stays a grenade (قرب رعاة).
  {
    std::vector<Event>& ev = doc_.events;
    std::vector<bool> gone(ev.size(), false);
    for (size_t g = 0; g < ev.size(); ++g) {
      if (ev[g].acled_sub_event_type != "Grenade" || !DispersalMeans(LemmaCue(doc_.triggers[ev[g].trigger], "dispersal_means")))
        continue;
      for (size_t c = 0; c < ev.size(); ++c) {
        if (c == g || gone[c] || ev[c].sentence != ev[g].sentence || CrowdRank(ev[c].acled_sub_event_type) == 0) continue;
        if (ev[c].acled_sub_event_type == "Peaceful protest") {
          ev[c].acled_sub_event_type = "Protest with intervention";
        }
        if (ev[c].actor2.actor < 0 && !ev[c].actor2.implicit) ev[c].actor2 = ev[g].actor1;
        ev[g].actor1 = EventArgument{};
        ev[g].actor2 = EventArgument{};
        Absorb(ev[c], std::move(ev[g]), false);
        gone[g] = true;
        break;
      }
      if (gone[g]) continue;
      // "threw a stun grenade to disperse hundreds of protesters": a crowd
      // named in its sentence, with no event of its own, is the crowd the
      // grenade broke up: a protest with intervention.
      for (size_t a = 0; a < doc_.actors.size(); ++a) {
        const std::string& inter = doc_.actors[a].acled_inter;
        if ((inter != "Protesters" && inter != "Rioters") || sent_[actor_w_[a].first] != static_cast<int32_t>(ev[g].sentence))
          continue;
        ev[g].acled_event_type = "Protests", ev[g].acled_sub_event_type = "Protest with intervention";
        ev[g].plover_event_type = "COERCE", ev[g].plover_mode = "restrict";
        if (ev[g].actor2.actor < 0 && !ev[g].actor2.implicit) ev[g].actor2 = EventArgument{static_cast<int32_t>(a)};
        break;
      }
    }
    DropGone(gone);
  }
  for (const ActorMention& m : doc_.actors)
    if (m.acled_inter == "Protesters" || m.acled_inter == "Rioters") return;
  // Every word told, folded or not (قبل أن تفرّقها قوات الأمن بإطلاق قنابل
  // الغاز: the dispersal verb went into the means).
  for (const TriggerMention& t : doc_.triggers)
    if (CrowdRank(t.acled_sub_event_type) && !DispersalMeans(LemmaCue(t, "dispersal_means")) &&
        !AimlessFire(t))
      return;
  // "fired tear gas at hundreds of teachers", أطلقت الغاز على مئات الطلاب: a
  // count of a crowd (twenty or more, "dozens", مئات) within three words
  // after the means, in its clause, is the crowd it broke up: still a
  // protest with intervention. A count of minutes, metres or canisters
  // ("for 30 minutes", لمدة 30 دقيقة) is none.
  const auto at_a_crowd = [&](const Event& e) {
    const size_t tw1 = trig_w_[e.trigger].second;
    for (size_t n = 0; n < doc_.numbers.size() && n < num_w_.size(); ++n) {
      const NumberMention& m = doc_.numbers[n];
      const size_t nw = num_w_[n].first;
      if (m.kind != NumberMention::Kind::kCardinal || nw < tw1 || nw - tw1 > 3 || tw1 == 0 ||
          clause_[nw] != clause_[tw1 - 1])
        continue;
      // Of people: not minutes, metres or canisters (`measure_unit`).
      if (!m.unit.empty() && lex_.KeyCue(NormalizeKey(m.unit), "measure_unit")) continue;
      if (m.low.value_or(m.value.value_or(0)) >= 20) return true;
    }
    return false;
  };
  for (Event& e : doc_.events)
    if (e.acled_sub_event_type == "Protest with intervention" && DispersalMeans(LemmaCue(doc_.triggers[e.trigger], "dispersal_means")) &&
        !at_a_crowd(e)) {
      e.acled_event_type = "Violence against civilians";
      e.acled_sub_event_type = "Attack";
    }
}

void Builder::MergeCrowdEvents() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  // "rallied in the square and dispersed without incident", "before
  // dispersing peacefully": an English dispersal verb with no object after
  // it, not passive nor an order's infinitive ("were dispersed by police",
  // "ordered them to disperse"), is the crowd going home of its own accord:
  // no force intervened, no event.
  // The words right after it that show no object (`no_object` cues:
  // "without", "peacefully", "at") and the auxiliaries and "to" right before
  // it (`passive_or_infinitive` cues) are rows of data/en/event_cues.tsv.
  const auto no_object = [&](size_t w) {
    const std::string_view t = words_[w].text();
    return t == "," || t == "." || t == ";" || WordCue(w, "no_object") != nullptr;
  };
  for (size_t i = 0; i < ev.size(); ++i) {
    const TriggerMention& t = doc_.triggers[ev[i].trigger];
    if (!LemmaCue(t, "dispersal") || t.voice != "active") continue;
    const size_t tw0 = trig_w_[ev[i].trigger].first, tw1 = trig_w_[ev[i].trigger].second;
    if (tw1 != tw0 + 1 || !Latin(tw0) || tw1 >= words_.size() || sent_[tw1] != sent_[tw0]) continue;
    const std::string_view w = words_[tw0].text();
    if (w != "dispersed" && w != "dispersing" && w != "disperse") continue;
    if (!no_object(tw1)) continue;
    if (tw0 > 0 && WordCue(tw0 - 1, "passive_or_infinitive")) continue;
    gone[i] = true;
  }
  // "drivers blocked the highway to protest a price rise": a protest word of
  // purpose (read as intent) in the sentence of a crowd's deed at its place
  // is why the crowd acted, told with the deed; no protest still to come.
  // A protest called for (ودعا المنظمون إلى مسيرة جديدة يوم الخميس، "organisers
  // called for another march") is the next one, planned, not the purpose of
  // the crowd's deed told before it.
  const auto called_for = [&](const Event& e) {
    if (CalledFor(e)) return true;
    const size_t tw0 = trig_w_[e.trigger].first;
    return AnyCue(static_cast<int32_t>(e.sentence), "intent", [&](const CueHit& c) {
      return c.row->cue.starts_with("call") && c.w1 <= tw0 && tw0 - c.w1 <= 3 && c.clause == clause_[tw0];
    });
  };
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].status != "intent" || !CrowdRank(ev[i]) || called_for(ev[i])) continue;
    for (size_t j = 0; j < ev.size(); ++j)
      if (j != i && !gone[j] && CrowdRank(ev[j]) && Happened(ev[j].status) && ev[j].sentence == ev[i].sentence &&
          ev[j].quote == ev[i].quote && PlaceKeyOf(ev[j]) == PlaceKeyOf(ev[i])) {
        gone[i] = true;
        break;
      }
  }
  // "أحرق سكان غاضبون حافلتين مساء الخميس، احتجاجاً على مقتل فتى برصاص
  // الشرطة مساء الأربعاء", "marched on Monday, protesting delays in pay since
  // March": a protest word after the crowd's act in its sentence, whose day
  // is read only after that word, tells why the crowd acted — the day is
  // that of what they protest, not of a second protest.
  const auto motive_of = [&](const Event& act, const Event& protest) {
    if (protest.acled_sub_event_type != "Peaceful protest" || protest.sentence != act.sentence) return false;
    const size_t p0 = trig_w_[protest.trigger].first;
    if (trig_w_[act.trigger].second > p0) return false;
    // Not a second crowd told with "and" (وتظاهر آخرون يوم الثلاثاء), nor one
    // with a subject of its own after the word: those are protests of their own.
    if (AndOpens(p0, Latin(protest))) return false;
    if (protest.actor1.actor >= 0 && !protest.actor1.implicit && actor_w_[protest.actor1.actor].first > p0) return false;
    return protest.date >= 0 && date_w_[protest.date].first > p0 && DayOf(act) != DayOf(protest);
  };
  // "In April 2022 police shot dead a protester during demonstrations over
  // fuel", حين فتحت قوات الأمن النار على مصلين خرجوا في احتجاج: a past
  // crowd event told as background is one event as today's is, when one
  // sentence tells its crowd and the force on it (across sentences a past
  // month or year is too coarse a day to join on).
  const auto past_in_one_sentence = [&](const Event& a, const Event& b) {
    return a.status == "historical" && b.status == "historical" && a.sentence == b.sentence;
  };
  for (size_t i = 0; i < ev.size(); ++i) {
    if (gone[i] || !CrowdRank(ev[i]) ||
        !(Happened(ev[i].status) || ev[i].status == "historical" || ev[i].status == "negated"))
      continue;
    for (size_t j = i + 1; j < ev.size(); ++j) {
      if (gone[j] || !CrowdRank(ev[j]) || ev[j].quote != ev[i].quote) continue;
      const bool past = past_in_one_sentence(ev[i], ev[j]);
      if (ev[i].status == "historical" && !past) continue;
      // نفت الشرطة استخدام الرصاص الحي في تفريق المحتجين، "denied using live
      // rounds to disperse the protesters": force and dispersal denied in one
      // clause are one denied event, as told done they would be one.
      const bool denied = ev[i].status == "negated" && ev[j].status == "negated" && ev[i].sentence == ev[j].sentence &&
                          clause_[trig_w_[ev[i].trigger].first] == clause_[trig_w_[ev[j].trigger].first];
      if (ev[i].status == "negated" && !denied) continue;
      // The motive's day may be long past (منذ ثلاثة أشهر): read as history, it is still the crowd's act.
      const bool motive = motive_of(ev[i], ev[j]);
      if (!Happened(ev[j].status) && !past && !denied && !(motive && ev[j].status == "historical")) continue;
      if ((DayOf(ev[i]) != DayOf(ev[j]) && !motive) || AnotherOfKind(ev[i]) || AnotherOfKind(ev[j])) continue;
      const std::string pi = PlaceKeyOf(ev[i]), pj = PlaceKeyOf(ev[j]);
      if (!pi.empty() && !pj.empty() && pi != pj) continue;
      // A crowd that riots is not one the force's excessive force fell on:
      // ACLED codes force on rioters within the riot (FoldForceIntoRiots).
      // But "police fired on protesters … a police spokesman said the
      // protesters attacked officers with stones": a riot told in a later
      // sentence by the force's own speaker (an `attribution` cue, the
      // force named before the crowd), whose crowd is named definite — the
      // protesters told before — is the force's account of the crowd it
      // fell on, not a riot of its own: one event, the force's.
      const auto retold_crowd = [&](const Event& force, const Event& riot) {
        if (force.acled_sub_event_type != "Excessive force against protesters" || CrowdRank(riot) != 3 ||
            riot.sentence <= force.sentence || Latin(riot) || riot.actor1.actor < 0 || riot.actor1.implicit)
          return false;
        const size_t aw = actor_w_[riot.actor1.actor].first, tw0 = trig_w_[riot.trigger].first;
        if (!CarriesArticle(doc_, words_[aw]) || aw > tw0) return false;
        if (!AnyCue(static_cast<int32_t>(riot.sentence), "attribution",
                    [&](const CueHit& c) { return c.w1 <= aw && c.row->scope == "quote"; }))
          return false;
        // The speaker is the force itself (its spokesman, its command):
        // witnesses' or a monitor's account of stones thrown tells a riot.
        const std::string forces = Actor1Of(force);
        if (forces.empty()) return false;
        for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(riot.sentence))) {
          if (actor_w_[a].second > aw) continue;
          const std::string& id = doc_.actors[a].id;
          if (id == forces || lex_.Related(id, forces)) return true;
        }
        return false;
      };
      if (CrowdRank(ev[i]) + CrowdRank(ev[j]) == 7 && !retold_crowd(ev[i], ev[j]))
        continue;  // a riot (3) and excessive force (4)
      // A mob that falls on a person (lynching, ACLED mob violence) is no
      // stage of a peaceful protest beside it: the protesters' crowd is
      // another. (A crowd dispersed there is the mob itself, folded.)
      const auto mob_and_protest = [&](const Event& a, const Event& b) {
        return a.acled_sub_event_type == "Mob violence" && b.acled_sub_event_type == "Peaceful protest";
      };
      if (mob_and_protest(ev[i], ev[j]) || mob_and_protest(ev[j], ev[i])) continue;
      // Nor, told in another sentence, is it the riot or protest of others
      // that day ("a mob killed a man … protesters also burned tyres and
      // blocked roads"): a mob's killing or beating (its word no clash nor
      // riot word) merges only with the crowd words of its own sentence.
      const auto lynching = [&](const Event& e) {
        return e.acled_sub_event_type == "Mob violence" && doc_.triggers[e.trigger].acled_event_type != "Battles" &&
               doc_.triggers[e.trigger].acled_event_type != "Riots";
      };
      const bool mob_i = lynching(ev[i]), mob_j = lynching(ev[j]);
      if (mob_i != mob_j && ev[i].sentence != ev[j].sentence) continue;
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

// "Police arrested 12 gang members … No arrests have been made over the
// killings", "there had been no fighting inside the camps", لم توقف
// الشرطة أحداً: an event negated by the words that tell it, with no one's
// denial (نفى، "denied"), states an absence; it never disputes an act of
// its kind told before (that one took others, or was fought elsewhere): an
// event of its own, not that one retold.
bool Builder::StatedAbsence(const Event& e) const { return e.status == "negated" && !Denied(e); }

// "No arrests have been made over the bar killings": the violent act a
// negated arrest is told of (an event word of its clause within ten words
// after it) is the latest such act told before; no one was taken where and
// when that act was. An English denial with no such word is at the place of
// the latest violent act or protest told before (its day stays its own).
// Without one, the arrest keeps the place and day it had.
void Builder::PlaceAtItsCause(Event& e, size_t i) {
  const size_t tw1 = trig_w_[e.trigger].second;
  // A generic word ("the attack") names any violent act, a toll's word
  // ("the killings") one that killed; another word names its own kind.
  std::string kind, named_sub;
  bool found = false, toll = false;
  for (int32_t u : Bucket(s_triggers_, static_cast<int32_t>(e.sentence))) {
    const size_t u0 = trig_w_[u].first;
    if (u0 < tw1 || u0 > tw1 + 10 || clause_[u0] != clause_[tw1 - 1]) continue;
    const TriggerMention& tr = doc_.triggers[u];
    if (tr.acled_event_type == "casualty" || (tr.generic && Violent(tr.acled_event_type))) {
      found = true, toll = tr.acled_event_type == "casualty";
      break;
    }
    if (Violent(tr.acled_event_type)) {
      kind = tr.acled_event_type, named_sub = tr.acled_sub_event_type, found = true;
      break;
    }
  }
  // "Gunmen ambushed a patrol near X … set fire to houses near Y … No
  // arrests have been made": an English denial that names no act is of the
  // latest violent act told before, as "the attack" is: at its place.
  if (!found && !Latin(e)) return;
  const std::vector<Event>& ev = doc_.events;
  // "Gunmen abducted 20 passengers near X. … In Y, a mob beat two men to
  // death. … no arrests had been made over the abduction": a word of one
  // kind names the latest act of that very kind (its sub-event type), not a
  // later act of the same broad type told between (a beating, an attack).
  size_t from = i;
  if (!named_sub.empty())
    for (size_t j = i; j-- > 0;)
      if (ev[j].sentence < e.sentence && Happened(ev[j].status) && ev[j].acled_sub_event_type == named_sub) {
        from = j + 1;
        break;
      }
  for (size_t j = from; j-- > 0;) {
    const Event& a = ev[j];
    // "In X, students marched to the ministry … Police said the march had
    // ended peacefully and that no one had been arrested": a crowd's day is
    // what a bare denial of arrests speaks of when it is the latest act told
    // before, as a violent act is.
    const bool crowd = !found && a.acled_event_type == "Protests";
    if (a.sentence >= e.sentence || !Happened(a.status) || (!Violent(a.acled_event_type) && !crowd) ||
        (!kind.empty() && a.acled_event_type != kind) || (toll && !a.fatalities))
      continue;
    // A denial that names no act reaches back three sentences at most: an
    // act told further back is another part of the report.
    if (!found && a.sentence + 3 < e.sentence) continue;
    // "A suicide bomber struck a camp in X … a drone struck a house in Y …
    // No arrests were made over the bombing": no one is arrested over an air
    // or drone strike or a shelling (its doers fire from afar); a generic
    // word ("the bombing", "the attack") names the act on the ground told
    // before it. Only a word of that very kind ("over the drone strike")
    // names the strike.
    if ((a.acled_sub_event_type == "Air/drone strike" || a.acled_sub_event_type == "Shelling/artillery/missile attack") &&
        a.acled_sub_event_type != named_sub)
      continue;
    if (a.place >= 0) e.place = a.place;
    // A bare denial in the perfect keeps its day, the report's (the dates
    // rule: "no arrests have been made" speaks of now).
    if (a.date >= 0 && found) e.date = a.date, e.time_basis = a.time_basis;
    return;
  }
}

// "اندلعت اشتباكات بالأسلحة الرشاشة بين عناصر من فتح ومجموعة متشددة …
// وأعلن الجيش أن وحدة منه ردّت على مصادر النيران", "fighting broke out
// between X and Y … the army said its troops returned fire": a fight told
// as one between two sides (a `between` cue at most twelve words after its
// word, in its sentence) is theirs; a later fight whose doer is a party
// named at its word (not a common noun) and named nowhere after that cue is
// a third party's own clash, not a retelling of theirs.
bool Builder::FightBetweenOthers(const Event& fight, const Event& later) const {
  if (later.acled_event_type != "Battles") return false;
  if (later.sentence == fight.sentence || later.actor1.actor < 0 || later.actor1.implicit) return false;
  const ActorMention& doer = doc_.actors[later.actor1.actor];
  if (doer.id.empty() || doer.alias_kind == "generic") return false;
  return BetweenOthers(fight, doer.id);
}

// Whether `fight` is a battle told as one between two sides (a `between`
// cue at most twelve words after its word, in its sentence) and `party` is
// named nowhere after that cue.
bool Builder::BetweenOthers(const Event& fight, const std::string& party) const {
  if (fight.acled_event_type != "Battles" || party.empty()) return false;
  const size_t tw1 = trig_w_[fight.trigger].second;
  const int32_t sentence = static_cast<int32_t>(fight.sentence);
  size_t between = SIZE_MAX;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (c.row->type == "between" && c.w0 >= tw1 && c.w0 - tw1 <= 12) between = std::min(between, c.w0);
  }
  if (between == SIZE_MAX) return false;
  for (int32_t x : Bucket(s_actors_, sentence)) {
    const std::string& id = doc_.actors[x].id;
    if (actor_w_[x].first > between && (id == party || lex_.Related(id, party))) return false;
  }
  return true;
}

// Reports tell the lead's event, then its details in the next sentences
// without naming the place or the day again ("The gunmen ... set several
// houses on fire", وقال الحاكم إن صاروخين أصابا مستودعاً). ACLED codes one event per kind, actor,
// place and day: a later event of the same kind with neither a place nor
// a day of its own sentence, within two sentences, is the earlier one.
void Builder::MergeElaborations() {
  ArrestsByArmedGroups();
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    const Event& b = ev[i];
    if (OwnDate(b) && b.date >= 0) continue;
    // Each site an Arabic report says was taken is news of its own (تقدمت
    // القوات … وتم الاستيلاء على مستودعات).
    if (!Latin(b) && TerritoryTaken(b)) continue;
    if (b.place >= 0 && !PlaceFromBefore(b)) continue;
    if (StatedAbsence(b) && b.acled_sub_event_type == "Arrests") PlaceAtItsCause(ev[i], i);
    // "the gunmen", "the attackers": a common noun names the actor told before.
    Event probe = b;
    if (probe.actor1.actor >= 0 && doc_.actors[probe.actor1.actor].alias_kind == "generic") probe.actor1 = EventArgument{};
    for (size_t j = i; j-- > 0;) {
      const Event& a = ev[j];
      // Arabic reports retell in the very next sentence only (وقال الحاكم إن
      // صاروخين أصابا مستودعاً); further on, a new act is told without its place.
      if (gone[j] || a.sentence >= b.sentence || b.sentence - a.sentence > (Latin(b) ? 2u : 1u)) continue;
      // "He said the attackers used hand grenades": the weapons of the act
      // told before are its means, whatever its kind.
      // "The army responded with artillery fire", ردّت القوات بقصف مدفعي: the
      // means of a response (a `response` cue up to two words before) is the
      // other side hitting back, an event of its own.
      const size_t bw0 = trig_w_[b.trigger].first;
      const bool response = (bw0 >= 1 && WordCue(bw0 - 1, "response")) || (bw0 >= 2 && WordCue(bw0 - 2, "response"));
      const bool means = doc_.triggers[b.trigger].instrument && !response && Violent(a.acled_event_type) &&
                         Violent(b.acled_event_type);
      if ((a.acled_sub_event_type != b.acled_sub_event_type && !means) || a.acled_event_type == "none") continue;
      if (NamedInItsSentence(doc_, trig_w_, a, b)) continue;
      if (a.quote != b.quote && a.quote >= 0 && b.quote >= 0) continue;
      if (StatedAbsence(b) && Happened(a.status)) continue;
      // A party's denial of the act just told is that act, as told — unless
      // it names a target of its own (as in DropDenialsOfReportedEvents).
      const bool denial = b.status == "negated" && Happened(a.status);
      if (denial && DeniesAnotherTarget(b, a)) continue;
      if (denial) probe.status = a.status;
      if (!Corefer(a, probe) || FightBetweenOthers(a, probe)) continue;
      Absorb(ev[j], std::move(ev[i]), false);
      gone[i] = true;
      break;
    }
  }
  DropGone(gone);
}

}  // namespace marsad::events_internal

