// Internal to the events stage (events.h): the Builder that EventBuilder::Run
// makes for one document. One Builder per Run, so no state is shared between
// documents or threads. Its members are defined in the event_*.cc files named
// at each group below; events.cc holds the pipeline (Go), the order of passes.
#ifndef MARSAD_EXTRACT_EVENT_BUILDER_H_
#define MARSAD_EXTRACT_EVENT_BUILDER_H_

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/events.h"
#include "extract/sentence_buckets.h"

namespace marsad::events_internal {

struct RoleSlot {
  Label slot;                      // subj, obj, of, prep
  std::string prep;                // for prep:<word>, normalised
  std::vector<std::string> roles;  // actor1, actor2, actors, victim, place, target
  bool Has(std::string_view r) const { return std::find(roles.begin(), roles.end(), r) != roles.end(); }
  bool AnyActor2() const { return Has("actor2") || Has("actors") || Has("victim") || Has("target"); }
};

// The slots of a trigger row's `roles` field (doc/lexicons.md).
std::vector<RoleSlot> ParseRoles(std::string_view roles);

// NormalizeKey(lemma), remembered per thread (a trigger lemma's lookup key).
// The reference holds until the thread's next call.
const std::string& LemmaKey(const std::string& lemma);

// A Latin or an Arabic comma (،): the mark that sets an aside or a clause
// apart (event_dates.cc, event_places.cc, event_tolls.cc).
inline bool IsComma(std::string_view mark) { return mark == "," || mark == "\xD8\x8C"; }

// Whether the normalised Arabic verb `w` ends in a masculine plural (وا،
// ون: حاولوا، يدمّرون): done by many people — a force or a plural of things
// takes the feminine singular (حاولت الشرطة، دمّرت الطائرات).
inline bool ArabicMasculinePluralVerb(std::string_view w) {
  return w.ends_with("\xD9\x88\xD8\xA7") || w.ends_with("\xD9\x88\xD9\x86");  // وا، ون
}

// Whether the normalised Arabic word `w` is a verb in the first person: the
// future سن/سأ (سنستعيد، سأعود) or a past plural in نا, after an optional
// و or ف; a word that starts with its trigger's lemma (`lemma_key`,
// normalised: سارت of سار) is that verb's past, no future (event_arguments.cc).
bool FirstPersonVerb(std::string_view w, std::string_view lemma_key);

// Whether a trigger row's roles (space-separated: "subj=actor1 needs=armed")
// hold `token` whole: needs=armed is not needs=armed_target.
constexpr bool RolesHave(std::string_view roles, std::string_view token) {
  for (size_t at = roles.find(token); at != std::string_view::npos; at = roles.find(token, at + 1)) {
    const size_t end = at + token.size();
    if ((at == 0 || roles[at - 1] == ' ') && (end == roles.size() || roles[end] == ' ')) return true;
  }
  return false;
}

// The Latin spelling of the Arabic article, capitalised ("El", "Al", "Ash"):
// part of a name the geoparser reads without it (event_arguments.cc).
bool CapitalisedLatinArticle(std::string_view word);

struct CueHit {
  size_t w0, w1;
  const CueRow* row;
  int32_t sentence, clause;
};

// A cue type's signature: its length and three of its bytes, so equal types
// have equal signatures (unequal ones may share one: a type is still
// compared after its signature matches). And the one bit of 64 a signature
// sets in the set of cue types a sentence holds (Builder::Index,
// s_cue_types_), which answers most AnyCue questions without a walk.
constexpr uint32_t CueTypeSig(std::string_view type) {
  if (type.empty()) return 0;
  return static_cast<uint32_t>(type.size() & 0xFF) | static_cast<uint32_t>(static_cast<unsigned char>(type[0])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(type[type.size() / 2])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(type.back())) << 24;
}
constexpr uint64_t CueTypeBit(uint32_t sig) { return uint64_t{1} << ((sig * 0x9E3779B1u) >> 26); }
// The bits of several types: a cue whose bit is not among them is of none
// of them (a pass that reads only these types may skip it).
constexpr uint64_t CueTypeBits(std::initializer_list<std::string_view> types) {
  uint64_t bits = 0;
  for (std::string_view t : types) bits |= CueTypeBit(CueTypeSig(t));
  return bits;
}

// Per word of a document, the cue rows its keys name, in the order
// EventLexicon::WordCue meets them, read from the cue table the first time
// the word is asked, with the set of their types' bits (CueTypeBit): rules
// ask one word about many cue types (weapon, subordinator, settlement...),
// most of them types the word has no row of, which the set answers without
// a walk; the others compare a row's signature before its type.
class WordCueMemo {
 public:
  // Forgets every word: a document of `words` words, none asked yet.
  void Reset(size_t words) {
    slots_.assign(words, Slot{});
    rows_.clear();
    rows_.reserve(words);  // one allocation, not one per doubling as words are first asked
  }
  size_t size() const { return slots_.size(); }
  // The first row of `type` that word w (`word`, w < size()) names, or null:
  // EventLexicon::WordCue(word, type). Inline: a type written at the call
  // is a constant signature, and most questions end at the set.
  const CueRow* Find(const EventLexicon& lex, const LexWord& word, size_t w, std::string_view type) {
    Slot& slot = slots_[w];
    if (slot.begin == kUnasked) Fill(lex, word, &slot);
    const uint32_t sig = CueTypeSig(type);
    if (!(slot.types & CueTypeBit(sig))) return nullptr;
    return Match(slot, sig, type);
  }

 private:
  static constexpr uint32_t kUnasked = UINT32_MAX;
  struct Slot {
    uint32_t begin = kUnasked, end = 0;  // [begin, end) in rows_
    uint64_t types = 0;                  // the CueTypeBits of those rows' types
  };
  struct Row {
    uint32_t sig;  // CueTypeSig(row->type)
    const CueRow* row;
  };
  // Reads the word's rows into rows_ and the slot (event_index.cc).
  void Fill(const EventLexicon& lex, const LexWord& word, Slot* slot);
  const CueRow* Match(const Slot& slot, uint32_t sig, std::string_view type) const;
  std::vector<Slot> slots_;
  std::vector<Row> rows_;
};

class Builder {
 public:
  Builder(const EventLexicon& lex, Doc& doc) : lex_(lex), doc_(doc), words_(doc.lex_words) { word_cues_.Reset(words_.size()); }

  // Fills doc.events from the document's triggers: events, then their
  // tolls, status and attribution, then ACLED's coding unit (events.cc).
  void Go();

  // An abduction or sexual violence: an act that takes no life of its own.
  static bool TakesNoLife(const Event& e);

 private:
  // event_index.cc: the document read once into word positions, clauses,
  // per-sentence buckets and cue hits, and the small queries every pass asks
  // of it. Built by Index() before any event exists; read-only afterwards,
  // except s_events_ and the event list the passes edit.
  void Index();
  size_t DatelineEnd() const;
  int32_t FindHeadline() const;
  int32_t LeadSentence() const;
  bool SinceBetween(size_t tw1, size_t dw) const;
  bool SubordinatorBetween(size_t w0, size_t w1) const;
  void MarkAllies();
  void MarkMediator(const CueHit& c);
  void FindMainActor();
  std::string PlaceKeyOf(const Event& e) const;
  // PlaceKeyOf(a) == PlaceKeyOf(b), both non-empty, without building the keys.
  bool SamePlaceKey(const Event& a, const Event& b) const;
  std::string DayOf(const Event& e) const { return e.date >= 0 ? doc_.dates[e.date].value : ref_day_; }
  // DayOf without the copy, for comparing on the spot (a date's value may
  // still be rewritten later).
  const std::string& DayRef(const Event& e) const { return e.date >= 0 ? doc_.dates[e.date].value : ref_day_; }
  std::string Actor1Of(const Event& e) const;
  static bool TerritoryTaken(const Event& e);
  void DropGone(const std::vector<bool>& gone);
  static bool Violent(std::string_view type) { return ViolentEventType(type); }
  static bool Happened(std::string_view status);
  std::string Actor2Of(const Event& e) const;
  std::string InterOf(const EventArgument& a) const;
  // ISO alpha-3 country of the event's resolved place; empty when it has none.
  std::string PlaceCountry(const Event& e) const;
  bool CrowdFacing(const Event& e) const;
  // A registry actor that can be a party to violence: armed, not a person,
  // not a bare adjective (الإسرائيلية).
  static bool ArmedParty(const ActorMention& m);
  static bool Armed(std::string_view inter);
  uint32_t NameBegin(size_t a) const;
  // The sentence's bucket of b (sentence -1: outside any sentence).
  static const std::vector<int32_t>& Bucket(const std::vector<std::vector<int32_t>>& b, int32_t sentence) {
    static const std::vector<int32_t> kEmpty;
    size_t i = static_cast<size_t>(sentence + 1);
    return i < b.size() ? b[i] : kEmpty;
  }
  static std::span<const int32_t> Bucket(const SentenceBuckets& b, int32_t sentence) {
    return b[static_cast<size_t>(sentence + 1)];
  }
  // Whether a cue of `type` in the sentence satisfies `where` (a CueHit test).
  // Most questions are of a type the sentence has no cue of: its set of
  // types answers them; the others compare a cue's signature before its type.
  template <typename Where>
  bool AnyCue(int32_t sentence, std::string_view type, Where where) const {
    const size_t b = static_cast<size_t>(sentence + 1);
    const uint32_t sig = CueTypeSig(type);
    if (b >= s_cue_types_.size() || !(s_cue_types_[b] & CueTypeBit(sig))) return false;
    for (int32_t ci : Bucket(s_cues_, sentence))
      if (cue_sig_[ci] == sig && cues_[ci].row->type == type && where(cues_[ci])) return true;
    return false;
  }
  // The bits (CueTypeBit) of the types of the sentence's cues: 0 when it has none.
  uint64_t SentenceCueTypes(int32_t sentence) const {
    const size_t b = static_cast<size_t>(sentence + 1);
    return b < s_cue_types_.size() ? s_cue_types_[b] : 0;
  }
  // Whether cue ci may be of one of the types whose CueTypeBits are `bits`.
  bool CueMayBe(int32_t ci, uint64_t bits) const { return (CueTypeBit(cue_sig_[ci]) & bits) != 0; }
  // An `attribution` cue, said outside any quotation when `outside_quote` (event_status.cc).
  bool AttributionCue(int32_t ci, bool outside_quote) const;
  bool AnyCue(int32_t sentence, std::string_view type) const {
    return AnyCue(sentence, type, [](const CueHit&) { return true; });
  }
  // A writer's turn (`writer_turn`: فيما، بينما، في حين) lying within words
  // [from, to] of the sentence (its last word at most `to`), said outside any
  // quotation, no row of kind `not` (فيما بعد، فيما يخص) at its word; `last`
  // gets the first word of the last such turn.
  bool WriterTurnBetween(int32_t sentence, size_t from, size_t to, size_t* last = nullptr) const {
    bool any = false;
    AnyCue(sentence, "writer_turn", [&](const CueHit& c) {
      if (c.row->kind == "not" || c.w0 < from || c.w1 > to || tok_quote_[words_[c.w0].first] >= 0) return false;
      if (AnyCue(sentence, "writer_turn", [&](const CueHit& n) { return n.w0 == c.w0 && n.row->kind == "not"; }))
        return false;
      any = true;
      if (last != nullptr) *last = c.w0;
      return false;  // read them all: `last` is the last
    });
    return any;
  }
  // Whether the capital named at cue c is the one a road leads to (a
  // `destination` cue right before it: المؤدي إلى العاصمة, "the road to the
  // capital"), which names no scene.
  bool LeadsToCapital(const CueHit& c) const;
  // Whether word w of the sentence starts right after a cue of `type`, or one
  // word after it ("laid by X", "talks in Geneva", "the border with Niger").
  bool RightAfterCue(int32_t sentence, std::string_view type, size_t w) const {
    return AnyCue(sentence, type, [&](const CueHit& c) { return w >= c.w1 && w <= c.w1 + 1; });
  }
  // The cue row of `type` that word w is by itself ("frequent", "urged"),
  // or null (EventLexicon::WordCue); null past the last word.
  const CueRow* WordCue(size_t w, std::string_view type) const {
    return w < words_.size() ? word_cues_.Find(lex_, words_[w], w, type) : nullptr;
  }
  // A cue row of `type` keyed by the trigger's lemma; the lemma is
  // normalised once per trigger (Index()), not at every question.
  const CueRow* LemmaCue(const TriggerMention& t, std::string_view type) const;
  void AddCliticCues(size_t w);
  // The `goods` row of a word whose ta marbuta is written ت before a pronoun
  // (حمولتها: حمولة), or null.
  const CueRow* TaMarbutaGoods(const LexWord& word) const;
  // Whether an event word (a trigger) starts at word w.
  bool TriggerStartingAt(size_t w) const;
  // Past "a group of about 15" before a party's noun at word w (PastCollectiveHead).
  size_t PastCollectiveHead(size_t w, int32_t clause) const;
  bool AttackOwner(int32_t a) const;
  // The number mention that starts at word w, or -1.
  int32_t NumberStartingAt(size_t w) const;

  // event_arguments.cc: one event per trigger, its actors from the trigger's
  // roles (subject, object, prepositions), else the implicit agent; then its
  // place and date (PickPlace, PickDate).
  bool Usable(size_t a, size_t t_w0, size_t t_w1) const;
  bool Framer(size_t a) const;
  bool ArabicAircraftDoer(const Event& e) const;
  bool AnotherOfKind(const Event& e) const;
  bool QualifiesWeapon(size_t a) const;
  bool CountsPeople(const NumberMention& m) const;
  bool CrowdOnAPerson(const Event& e) const;
  bool Maker(int32_t a) const;
  int32_t AdjectiveInPhrase(size_t tw0, size_t tw1, int32_t sentence) const;
  void AddEvent(Event&& e);
  // The actor mention starting at word w, or -1.
  int32_t ActorStartingAt(size_t w) const { return w < actor_start_.size() ? actor_start_[w] : -1; }
  int32_t ActorEndingAt(size_t w, int32_t sentence) const;
  // The speaker before a speech verb at word w: the actor ending there, or
  // one ending before a closing bracket ("the Arakan Army (AA) said"), a
  // speaker noun of its own ("a GNA spokesman said") or an apposition set
  // off by commas; or -1.
  int32_t SpeakerEndingAt(size_t w, int32_t sentence) const;
  size_t GlossClose(int32_t a) const;
  int32_t OwnerRightAfter(size_t w, int32_t sentence) const;
  int32_t DoersOfTheLastAttack(int32_t a, const Event& e) const;
  int32_t ResumptiveAgent(size_t tw1, int32_t clause, size_t tw0, size_t reach = 1) const;
  static bool Unidentified(std::string_view id);
  size_t PrepObject(const std::string& prep, size_t from, int32_t clause) const;
  int32_t ActorNear(size_t w, int32_t clause, size_t tw0, size_t tw1, int32_t exclude = -1, size_t window = 2) const;
  size_t PastPartitiveCount(size_t w) const;
  int32_t QuotedName(size_t w) const;
  int32_t MentionQuote(size_t a) const;
  bool SpeechVerbBetween(size_t from, size_t to) const;
  bool RelativeBefore(size_t w, size_t from) const;
  bool AnaphoricSubject(size_t w) const;
  bool CarriedAnonymous(int32_t speaker) const;
  int32_t MediaOwner(const CueHit& c, bool lam_owns = false) const;
  int32_t SubjectOfSpeech(const CueHit& c) const;
  size_t PastDateAside(size_t tw1, int32_t clause) const;
  bool NamesBothSides(int32_t a) const;
  bool ReciprocalMention(int32_t a) const;
  int32_t CampAfterSplit(int32_t a, int32_t sentence) const;
  bool RolePrepositionBetween(const std::vector<RoleSlot>& slots, size_t from, size_t to) const;
  bool PrecededByPreposition(size_t a) const;
  // Whether the verb of the Arabic trigger spanning words [tw0, tw1) ends in
  // the past plural وا (its first word: أضرموا النار; its only one: هاجموا).
  bool VerbCarriesWaw(size_t tw0, size_t tw1) const;
  bool AfterPreposition(size_t w) const;
  bool Purpose(int32_t t) const;
  bool AfterPrepositionWord(size_t w) const;
  bool InRelativeClause(size_t w) const;
  bool Subordinator(size_t w) const;
  static bool UnnamedDoerKind(const Event& e);
  int32_t PassiveAgent(const Event& e, int32_t sentence) const;
  int32_t EnglishSubordinateSubject(size_t tw0, size_t tw1, int32_t sentence) const;
  int32_t SubjectBefore(size_t tw0, size_t tw1, int32_t sentence, int32_t clause) const;
  bool TriggerBetween(size_t w0, size_t w1) const;
  int32_t BeatersBefore(size_t tw0, int32_t sentence) const;
  // With `upto` (a word of the act), fighting told after the end of that
  // word's clause past a speech or charge verb is another story and does
  // not count.
  bool FightingIn(uint32_t sentence, size_t upto = SIZE_MAX) const;
  void SetActor(EventArgument& arg, int32_t a) { arg.actor = a, arg.implicit = false, arg.implicit_id.clear(); }
  static void SetImplicitId(EventArgument& arg, std::string id);
  void SetImplicit(EventArgument& arg, int32_t quote);
  void MakeEvent(int32_t t);
  // Words with an everyday sense (تراجع "declined", "confrontation") are
  // events only with an armed party or a crowd named (roles: needs=armed);
  // a definite noun (المواجهات) refers to one told before.
  static bool NeedsArmed(const TriggerMention& tr) { return RolesHave(tr.roles, "needs=armed"); }
  bool NamesFightingParty(const Event& e) const;
  static bool NeedsCaptives(const TriggerMention& tr) { return tr.roles.find("needs=captives") != std::string::npos; }
  // أوقف "stopped" arrests only when people are counted as its object
  // (roles: needs=count).
  static bool NeedsCount(const TriggerMention& tr) { return tr.roles.find("needs=count") != std::string::npos; }
  bool CountedObjectAfter(int32_t t) const;
  // "take" captures only a town named as its object (roles: needs=place).
  static bool NeedsPlace(const TriggerMention& tr) { return tr.roles.find("needs=place") != std::string::npos; }
  // `needs=foe_after`: an armed party named right after the form's tail
  // ("cleared the town of militants"), see event_arguments.cc.
  bool FoeNamedAfter(int32_t t) const;
  bool TownObjectAfter(int32_t t) const;
  int32_t CaptivityBefore(int32_t t) const;
  bool HeldCaptivesBefore(int32_t t) const;
  bool CaptivityToldJustBefore(int32_t t) const;
  bool DescribesReleasedCaptives(int32_t t) const;
  bool FallOfCasualties(int32_t t) const;
  int32_t ActorOfLastLike(const Event& e, int32_t sentence) const;
  void FillArguments(Event& e, int32_t t);

  // event_places.cc: which place mention locates an event, coded to the
  // nearest named town ACLED-style; one event per coordinated place.
  bool PlaceFromBefore(const Event& e) const;
  bool Encloses(int32_t outer, int32_t inner) const;
  // Two read places that are not one: neither holds the other and they lie over 30 km apart.
  bool PlacesApart(int32_t p, int32_t q) const;
  bool RegionHolds(int32_t outer, int32_t inner) const;
  bool RouteStart(int32_t p) const;
  // or_lists: "or" (أو) joins the list too, as under a negation.
  int32_t NextInList(int32_t p, bool or_lists = false) const;
  int32_t RouteOtherEnd(int32_t p) const;
  int32_t PlaceAlongRoad(int32_t last_end) const;
  int32_t CoordinatedAfter(int32_t p, bool or_lists = false) const;
  // Whether the mention starting at word w is coordinated to the one ending at word end (X and Y, X وY).
  bool Conjoined(size_t end, size_t w, bool or_lists = false) const;
  // Whether word w opens a phrase joined to the one before it: after "and"
  // in English, with a proclitic و in Arabic.
  int32_t StrikeBeforeItsToll(const Event& e) const;  // a strike whose toll verb the damage verb is joined to
  bool AndOpens(size_t w, bool latin) const { return latin ? w > 0 && words_[w - 1].text() == "and" : Conjoined(w, w); }
  // An English participle after a comma (", setting orchards on fire", ",
  // seizing 23 rifles"): word w ends in -ing, has more than four letters,
  // and a comma stands right before it. Callers check the language.
  bool CommaParticiple(size_t w) const {
    if (w == 0 || words_[w - 1].text() != ",") return false;
    const std::string_view t = words_[w].text();
    return t.size() > 4 && t.ends_with("ing");
  }
  // since, منذ: the word before a since-date.
  static bool SinceWord(std::string_view w) { return w == "since" || w == "\xD9\x85\xD9\x86\xD8\xB0"; }
  // Whether the event's own named doer stands right after its event word
  // (ودمر المسلحون المنازل): a verb with a subject of its own.
  bool SubjectRightAfter(const Event& e) const {
    if (e.actor1.actor < 0 || e.actor1.implicit) return false;
    const size_t a0 = actor_w_[e.actor1.actor].first, w1 = trig_w_[e.trigger].second;
    return a0 >= w1 && a0 <= w1 + 1;
  }
  void PartiesOfAgreements();
  bool AgreementBetween(Event& e);
  void PartiesFromFighting(Event& e);
  bool TruceInSentence(const Event& e) const;
  int32_t PartitiveGroup(int32_t a) const;
  int32_t FallenOpponent(const Event& e, const std::string& a1) const;
  bool DefiniteMention(int32_t a) const;
  int32_t EarlierUnnamedGroup(int32_t a) const;
  void SplitCoordinatedPlaces();
  bool QuotedApart(int32_t p, size_t tw0) const;
  bool SpeakingPlace(int32_t p) const;
  bool InSourceName(int32_t p) const;
  bool InSourceNameUnkept(int32_t p) const;  // InSourceName's reading, before place_memo_
  bool AgencyInDateline(int32_t p) const;
  bool LocativeInEnglish(int32_t p) const;
  bool OwnerNotLocation(int32_t p) const;
  bool AfterIn(size_t p) const;
  bool OverlapsActorOf(size_t p, const Event& e) const;
  bool InsideActorName(int32_t p) const;
  bool EventWord(int32_t p) const;
  // Per place, whether it names an area rather than a point (CoarseMention):
  // asked of every candidate place of every event, so decided once (Index).
  bool Coarse(int32_t p) const { return coarse_[p]; }
  static bool CoarseMention(const PlaceMention& m);
  bool NamedAsUnit(int32_t p) const;
  bool Dateline(int32_t p) const;
  bool PlaceAnaphor(int32_t p) const;
  long AnaphorScore(const CueHit& c, size_t tw0, size_t tw1, int32_t clause) const;
  int32_t RefinePlace(int32_t p, size_t tw0, bool home_only = false) const;
  std::string HomeCountry() const;
  size_t RelationWord(int32_t p) const;
  bool Anchor(int32_t p) const;
  bool AnchorsUnreadPlace(int32_t p) const;
  bool CanAnchor(int32_t p, int32_t q) const;
  bool NamesakeLocatedFarAway(int32_t p) const;
  int SeatRank(int32_t p) const;
  int32_t CapitalOf(int32_t p) const;
  int32_t SubjectedPlace(size_t tw0, int32_t sentence, int32_t clause, const Event& e) const;
  bool DatelineTown(int32_t p) const;
  bool RelationToldAgain(int32_t p, int32_t sentence, size_t tw0) const;
  bool AcrossBorder(int32_t p) const;
  bool NamesRoad(int32_t p) const;
  bool NamesRoadUnkept(int32_t p) const;  // NamesRoad's reading, before place_memo_
  bool AcrossBorderUnkept(int32_t p) const;  // AcrossBorder's reading, before place_memo_
  bool UnnamedSpeakerUnkept(int32_t a) const;  // UnnamedSpeaker's reading, before unnamed_speaker_
  bool NamesActorsBranch(int32_t p) const;
  bool OwnsNextPlace(int32_t p) const;
  int32_t TownOfModifier(int32_t p) const;  // "the Idlib town of X": X, or -1
  int32_t PreviousSentencePlace(int32_t sentence, size_t tw0) const;
  int32_t SameSceneBefore(int32_t sentence, size_t tw0) const;
  bool SpeaksThere(int32_t p) const;
  bool SourcesPlace(int32_t p) const;
  bool AfterAccordingTo(int32_t p) const;
  bool AreaOfABody(int32_t p) const;
  int32_t LeadDatelineScene(int32_t sentence) const;
  bool InsideTown(int32_t p, int32_t town) const;
  int32_t DatelineTownSoFar(int32_t sentence) const;
  bool Locative(int32_t p) const;
  bool LeadsTo(int32_t p) const;
  int32_t PlaceOfSentence(int32_t before, int32_t sentence, size_t tw0, bool skip_background, bool& background) const;
  bool FromOrigin(int32_t p) const;
  bool FromOriginUncached(int32_t p) const;  // FromOrigin's computation; FromOrigin memoizes it per place
  bool Venue(int32_t p) const;
  bool LocatesPlaceBefore(int32_t p) const;
  int32_t CapitalInstead(int32_t p, size_t tw0, int32_t sentence) const;
  bool CapitalLocatesPlace(const CueHit& c) const;
  int32_t FrontedPlace(int32_t sentence) const;
  bool SpeakersPlace(int32_t p, size_t tw0) const;
  bool FarFrom(int32_t p, int32_t scene) const;
  bool InWord(size_t k) const;
  int32_t PickPlace(size_t tw0, size_t tw1, int32_t sentence, int32_t clause, const Event& e) const;
  int32_t ListedPlaceIn(int32_t p) const;
  bool SideScene(int32_t p) const;

  // event_dates.cc: which date mention dates an event (-1: the publication
  // day), and whether a date is old, future or another event's.
  bool OldDate(const DateMention& d) const;
  bool Future(const DateMention& d) const;
  bool DateInActorName(int32_t d) const;
  bool DurationOfNoun(int32_t d) const;
  int32_t StartOfStandingState(const Event& e) const;
  bool PublicationDay(int32_t d) const;
  // "last year's war", "Tuesday's shooting": a date in the possessive names
  // a noun by its time; it dates that noun (the word returned, SIZE_MAX when
  // the date is no possessive), never the event of its clause.
  size_t PossessedBy(int32_t d) const;
  bool ClosesInterruptedClause(int32_t d, size_t tw0) const;
  bool DatesGappedParticiple(int32_t d, size_t tw0) const;
  int32_t PickDate(size_t tw0, int32_t sentence) const;
  bool DayOfAnotherScene(const Event& e, int32_t sentence) const;
  bool ObjectOfEventVerb(int32_t t, int32_t sentence) const;
  int32_t AnchorAnaphoricDate(int32_t d);
  // "days before the fighting": the day of the event the noun right after a
  // vague stretch of days names (the latest of its kind told before); -1.
  int32_t StretchNamedEventDay(int32_t d) const;
  // The vague stretch of days whose named noun starts at word w; -1.
  int32_t StretchNamingAt(size_t w) const;
  int32_t AnchorPriorDate(int32_t d);
  int32_t LatestToldDay(int32_t d) const;
  bool PastMonth(const DateMention& d) const;
  bool OpensSentence(int32_t d) const;
  bool OpensNewStory(int32_t sentence) const;
  int32_t PriorPhraseOver(size_t tw0, int32_t sentence) const;
  // A date PickDate may choose: resolved, or anaphoric and waiting for its anchor.
  static bool Usable(const DateMention& d) {
    return !d.value.empty() || ((d.anaphoric || d.prior) && !d.resolved);
  }
  int32_t EnglishCarriedDate(size_t tw0) const;
  bool EnglishSinceClause(size_t tw0) const;
  // "the 2014 kidnapping": a year written right before an event noun dates
  // that noun only, not the other events of its sentence ("the abduction
  // revived memories of the 2014 kidnapping").
  // Another event word stands between the date and this one, in another
  // clause: the date is that event's (أقامت مقراً … في خطوة تخالف اتفاق سنجار
  // الموقع عام 2020 — the agreement is of 2020, not the new base).
  bool NearerTriggerOwns(int32_t d, int32_t t) const { return NearerTriggerOwnsAt(d, trig_w_[t].first); }
  bool NearerTriggerOwnsAt(int32_t d, size_t tw) const;
  bool FramesSentence(int32_t d) const;
  size_t TimeClauseAfter(int32_t d) const;
  bool WhenClauseOfNamedEvent(int32_t d, size_t tw0) const;
  bool RelativeBetween(size_t from, size_t to) const;  // a relative pronoun after `from`, before `to`
  bool DateInRelativeAside(int32_t d, size_t tw0) const;  // d inside ", which … <d>," before tw0
  bool SinceOfAnotherTrigger(int32_t d, int32_t t) const;
  bool DatesAnotherTrigger(int32_t d, int32_t t) const;

  // event_tolls.cc: casualty figures (dead, injured, civilian subset, running
  // tolls, zero tolls) and counted quantities, each on the event it belongs to.
  void ZeroTolls();
  void FightingOfRunningTolls();
  void NoTollsOfDevelopments();
  void NoTollsOfPeacefulCrowds();
  bool ToldPeaceful(const Event& e) const;
  std::optional<CasualtyFigure> EnglishOneVictim(size_t tw1) const;
  std::optional<CasualtyFigure> EnglishPassiveOne(const TriggerMention& tr, size_t tw0) const;
  std::optional<CasualtyFigure> EnglishOneWhoDied(const TriggerMention& tr, size_t tw0) const;
  std::optional<CasualtyFigure> EnglishJoinedSubjects(const TriggerMention& tr, size_t tw0) const;
  int32_t EnglishSubjectCount(size_t tw0, int32_t sentence) const;
  // The singular passive auxiliary of the English verb at tw0 ("was", "was
  // reportedly", "has been", and "had been" when `had` is set): its word, or
  // SIZE_MAX when there is none.
  size_t SingularPassiveAux(size_t tw0, bool had) const;
  int32_t EnglishThemCount(size_t tw0, size_t object) const;
  int32_t ArabicSubjectCount(int32_t t) const;
  bool TollWordBetween(int32_t t, size_t from, size_t to) const;
  bool ClauseAcrossShortParentheses(size_t from, size_t to) const;
  // One victim told by a word: the word that tells it, and whether a civilian.
  struct OneVictim {
    size_t word = 0;
    bool civilian = false;
    int count = 1;  // 2 for a person noun in the dual (راعيان)
  };
  const CueRow* DualVictimCue(size_t w) const;
  const CueRow* VictimNounCue(size_t w, int* count) const;
  bool CivilianVictim(const CueRow* c, size_t w) const;
  void NoTollsOfGrievances();
  bool InsideActorName(size_t k) const;
  std::optional<CasualtyFigure> EnglishDefiniteVictims(size_t tw1) const;
  bool SingularPronounOn(const TriggerMention& tr) const;
  std::optional<OneVictim> ArabicOneVictim(const TriggerMention& tr, size_t tw0, size_t tw1) const;
  void LethalVerbTolls();
  bool DeathAfter(size_t w) const;
  size_t MoreSingularVictims(size_t w) const;
  bool SpeakerPhrase(size_t w) const;
  bool PresentPerfect(size_t tw0) const;
  bool EnglishAge(size_t n) const;
  bool AfterAgeCue(size_t n) const;
  bool NumberInDate(size_t n) const { return num_in_date_[n]; }
  // Word w is one of a date's words ("in May": the month).
  bool WordInDate(size_t w) const { return w < word_in_date_.size() && word_in_date_[w]; }
  bool AfterSubsetCue(size_t n) const { return num_after_subset_[n]; }
  bool NumberInActorName(size_t n) const;
  bool CivilianUnit(const NumberMention& m) const;
  std::string VictimKind(const NumberMention& m) const;
  // VictimKind, or "attacking side" for a count whose noun refers back to the doers ("seven of the attackers").
  std::string SideOfCount(const NumberMention& m) const;
  double DeadBesideTheClaimed(const CasualtyFigure& toll, const NumberMention& claim) const;
  static double CiviliansBesideFighters(const Event& count, const Event& claim);
  // The civilian item of the list CoordinatedCount read last, if any.
  std::optional<CasualtyFigure> coordinated_civilians_;
  static CasualtyFigure Figure(const NumberMention& m);
  static void AddFigure(CasualtyFigure& into, const CasualtyFigure& more);
  bool UsableCount(int32_t n) const;
  bool InNoCasualtiesCue(size_t n) const;
  bool InNoCasualtiesCueAt(size_t w) const;
  bool JoinedByAnd(size_t from, size_t to) const;
  bool OpenItemJoinedBefore(size_t num_end, size_t toll_w) const;
  std::optional<CasualtyFigure> RangeFrom(int32_t n);
  std::optional<CasualtyFigure> CoordinatedCount(size_t from, int32_t clause);
  bool PostposedToll(int32_t u) const;
  bool CountOfPostposedToll(int32_t t, int32_t n) const;
  bool SameTollSentence(const CasualtyFigure& f, int32_t sentence) const;
  size_t ResultBefore(size_t tw0) const;
  bool CountAfterItsNoun(size_t c, int32_t n) const;
  size_t VictimsJoinedBefore(int32_t n, int32_t t) const;
  std::optional<CasualtyFigure> CountJoinedBefore(int32_t n, int32_t t);
  bool JoinedPersonNoun(size_t w) const;
  void AttachCasualty(int32_t t);
  int32_t KillingBesideTaking(int32_t toll, int32_t target);
  bool TollToldElsewhere(int32_t toll_sentence, int32_t event_sentence) const;
  std::optional<CasualtyFigure> LethalActOneVictim(const Event& e) const;
  std::optional<CasualtyFigure> ArabicObjectVictims(int32_t t, int32_t doer, bool counts, bool in_gap = false) const;
  size_t FormEndWord(int32_t t) const;
  bool GappedForm(int32_t t) const;
  bool DualDoerAt(int32_t t, int32_t n) const;
  // Victims joined by و to a first one: how many, and the word after the
  // last of them (where counting coordinated items may go on).
  struct MoreVictims {
    size_t count = 0;
    size_t end = 0;
  };
  MoreVictims MoreArabicVictims(size_t w, size_t until = SIZE_MAX) const;
  void AttachDeadOfLethalActs();
  void AttachQuantities();

  // event_status.cc: an event's status from its cues, its attribution, the
  // ACLED territory refinement by actor type, and its confidence (Finish).
  void Raise(Event& e, std::string_view status);
  bool FutureMarked(int32_t d) const;
  // Inline: Finish asks it of every cue of an event's sentence.
  static std::string_view CueStatus(const CueRow& c) {
    if (c.type == "negation" || c.type == "foiled") return "negated";
    if (c.type == "hedge") return "hedged";
    if (c.type == "intent") return "intent";
    if (c.type == "historical") return "historical";
    return "";
  }
  // denial_stops_at_speech: a denial's `onward` scope ends at a speech verb
  // after it (Go reads a denied event's status a second time so: the
  // speaker's own account after the denial is not denied).
  bool CueApplies(const CueHit& c, size_t tw0, size_t tw1, int32_t t, bool denial_stops_at_speech = false) const;
  void Finish(Event& e, bool denial_stops_at_speech = false);
  int32_t NamedSpeaker(int32_t sentence) const;
  // A party's word (RECORDS.md `claimed`), judged once the actors are coded:
  // the voice the document speaks in, who speaks for an event, and whether
  // the other side admits it.
  void FindDocumentVoice();
  int32_t SpeakerOf(const Event& e) const;
  int32_t SideSourceOf(const Event& e) const;
  int32_t StatementOwner(const Event& e) const;
  bool ComplementizerBetween(size_t from, size_t to) const;
  bool SourceApartFrom(int32_t speaker, const Event& e) const;
  bool Spoken(size_t w0, size_t w1, int32_t sentence) const;
  bool PartyClaims(int32_t speaker, const Event& e) const;
  std::string SourceNationality(int32_t speaker) const;
  bool UnnamedOwnDeed(int32_t speaker, const Event& e) const;
  static bool OwnOperation(const Event& e, bool police);
  bool OtherSourceInSentence(int32_t speaker, int32_t sentence) const;
  bool PartyMediaClaims(const Event& e) const;
  bool MediaOfAParty(const CueHit& c) const;
  static bool PrepositionLam(const LexWord& w);
  bool VoiceBySpeechVerb(int32_t sentence, std::string_view type, size_t after = SIZE_MAX) const;
  bool MilitaryVoice(int32_t sentence, size_t after = SIZE_MAX) const;
  // `objects_span`, when given, gets the words of a first conjunct whose
  // names are its verb's objects when the deed is a verb coordinated after it.
  bool OwnForcesOf(const Event& e, std::pair<size_t, size_t>* objects_span = nullptr) const;
  // A denial before a negated event's word (a `negation` cue of scope
  // `onward` ending at or before it: "the front denied that …", نفت …).
  bool DenialVerbBefore(const CueHit& c, const Event& e) const;
  void TerritoryByDoer(Event& e) const;
  bool GoodsTaken(const CueHit& c, size_t tw0, size_t tw1) const;
  bool CaptureOfGoods(const Event& e) const;
  int32_t CarriedSubject(const std::vector<Event>& ev, size_t threat) const;
  bool CoordinatedAfterOwnForces(const CueHit& own, size_t tw0, std::pair<size_t, size_t>* objects_span) const;
  bool GovernmentVoice(int32_t sentence, size_t after = SIZE_MAX) const;
  const CueHit* DecreeingBody(const Event& e, bool* announced = nullptr) const;
  bool SecurityBody(const CueHit& body) const;
  // Whether day `last` of an act told in `sentence` lies in a recent month
  // or span the headline names as the period the report covers.
  bool InReportedPeriod(int64_t last, int32_t sentence) const;
  bool RecentOwnDay(const Event& e, int32_t sentence) const;
  bool DoerOfTheAct(const CueHit& c, size_t tw0) const;  // an analyst word that is the subject of the event word
  bool RecentPeriodAfter(size_t w) const;  // a date of the last weeks right after word w (a `من` may stand between)
  bool AnaphoricSpeech(int32_t sentence) const;
  bool CarriedVoice(int32_t sentence, std::string_view type) const;
  bool DroppedSpeaker(const Event& e) const;
  bool AnnouncedByDoer(const Event& e) const;
  bool OfAFigure(const CueHit& c) const;
  bool OfADetail(const CueHit& c) const;
  bool FigureDoubted(int32_t sentence) const;
  bool DoubtOfWhatFollows(const CueHit& h) const;
  bool Unverifiable(int32_t sentence) const;
  bool Unverifiable(int32_t sentence, size_t tw0, size_t tw1) const;  // less a later doubt of what follows it
  bool CalledFor(const Event& e) const;
  static bool Independent(std::string_view kind);
  void AttributeToDocument(Event& e) const;
  bool AdmittedByOtherSide(const Event& e) const;
  bool ToldByTargetState(const Event& e) const;
  bool ForeignDeed(const Event& e) const;
  bool BlowToTheVoicesForces(const Event& e, size_t after) const;
  size_t PossessiveUnitEnd(size_t w1, int32_t sentence) const;
  void SettleClaims();

  // event_not_events.cc: event words that name no event ACLED would code
  // (unasserted, background, manner, references, denials): dropped.
  void DropUndatedBackground();
  void DropHeadline();
  void DropAgreementMentions();
  void DropCountryWide();
  void DropUnasserted();
  bool NotEventCueCovers(const CueHit& c, size_t tw0, size_t tw1) const;
  bool ToldAsBackground(const Event& e) const;
  bool NotEventKindFits(const CueHit& c, const Event& e) const;
  // A territory taking placed at a town of its own sentence named after its
  // word (لن نتوقف حتى نحرر مدينة حرض، "until they take Kidal"): where a
  // goal or a vow is aimed, which the goal rules spare.
  bool TownTakingAimedAt(const Event& e) const;
  bool DatedLaterInClause(size_t w) const;
  // The first word at or after byte offset `at` (words_.size() when none).
  size_t WordAtByte(uint32_t at) const;
  void GainsaidClaims();
  // Dead told first in their sentence, before a claimed capture, go to the
  // fight of the sentence before at the same place and day (event_tolls.cc).
  void DeadBeforeClaimedCapture();
  bool ReachesMilestone(size_t tw1) const;
  bool AnchorsAnother(const Event& e) const;
  bool ToldBefore(const Event& e) const;
  int32_t LeadUpCapture(const Event& e) const;
  void DropMannerWithout();
  void DropFlightDestinations();
  void DropRaidsWithoutCaptives();
  void DropFallenPersons();
  void DropCrowdTopics();
  void HandTollsToCrowd(Event& topic, size_t topic_w, Event& crowd);
  void DropStruckGatherings();
  void DropStruckPosts();
  void DropCaptivesTakenBefore();
  void DropProtestAdverbs();
  bool DescribesByHabit(const Event& e) const;
  bool NonPastVerb(const Event& e) const;
  void DropStandingStates();
  bool DescribesGroundLeft(const Event& e) const;
  bool EnglishReference(const Event& e) const;
  bool VowToGoOn(const Event& e) const;  // intent right after a `continuation` cue
  // The end of a `continuation` cue of tw0's clause that ends right before
  // it or one word before it (a possessive or article between); SIZE_MAX if none.
  size_t ContinuationCueEnd(size_t tw0) const;
  bool ClauseHasDate(size_t w) const;
  bool KindOfEvent(size_t w) const;
  bool Compared(int32_t t) const;
  int32_t ComparedTo(size_t tw0, int32_t sentence) const;
  bool SummaryPlural(const Event& e) const;
  bool ManyCountedAt(size_t w) const;
  bool TallySince(const Event& e) const;
  bool RunningTollOfPlural(const Event& e) const;
  bool LongSpanOf(size_t w, bool days = false) const;
  bool ArabicSummary(size_t w0, size_t w1) const;
  bool SpanOfDaysToldElsewhere(const Event& e) const;
  bool Possibility(size_t w) const;
  bool QuotedGeneralStatement(const Event& e) const;
  bool QuotedRetelling(const Event& e) const;
  void DropUnanchoredReferences();
  bool FightingAfterBlast(size_t i) const;
  static bool SameKind(const Event& a, const Event& b);
  bool Denied(const Event& e) const;
  bool AvertedByFoiling(const Event& e) const;
  bool DeniedAtOwnPlace(const Event& d) const;
  // ونفت المطرانية ما تردد عن إحراق كنيسة after homes were told burned: the
  // denied act names a target of its own right after its word (a
  // `civilian_target`) that the told act's clause never names, so it denies
  // another act instead of disputing the told one.
  bool DeniesAnotherTarget(const Event& denial, const Event& told) const;
  void DropDenialsOfReportedEvents();
  bool EnglishWithoutComplement(const Event& e) const;
  bool UnarmedFlight(const Event& e) const;
  void DropWithoutComplement();

  // event_unit.cc: ACLED's coding unit: several words for one event become
  // one (duplicates, coreference, elaborations, a crowd's stages). Absorb
  // moves what one event knows into another.
  bool SameDyad(const Event& a, const Event& b) const;
  bool SameEvent(const Event& a, const Event& b) const;
  bool RepelledAssault(const Event& x, const Event& y) const;  // event_unit.cc
  bool ToldAsClaim(const Event& e) const;
  bool KilledByTheDeadsOwnSide(const Event& into, const Event& from) const;
  bool TwoSidesLosses(const Event& a, const Event& b) const;
  bool OneSentenceClashes(const Event& a, const Event& b) const;
  bool SourceBetween(const Event& a, const Event& b) const;
  bool TwoAccounts(const Event& a, const Event& b) const;
  void TwoAccountsFigure(CasualtyFigure& into, const CasualtyFigure& other) const;
  // A suicide bombing and an explosive device told of it: the bomber's
  // charge (فجّر … انتحاري، "a suicide bomber drove an explosives-laden car").
  static bool BomberAndCharge(const Event& a, const Event& b) {
    return (a.acled_sub_event_type == "Suicide bomb" && b.acled_sub_event_type == "Remote explosive/landmine/IED") ||
           (b.acled_sub_event_type == "Suicide bomb" && a.acled_sub_event_type == "Remote explosive/landmine/IED");
  }
  void Absorb(Event& into, Event&& from, bool take_kind);
  void MergeDuplicates();
  bool Generic(const Event& e) const { return doc_.triggers[e.trigger].generic; }
  bool Definite(const Event& e) const { return doc_.triggers[e.trigger].definite; }
  // Whether a word, a trigger or an event's trigger is written in Latin
  // script: the English rules' test.
  bool Latin(size_t w) const { return doc_.tokens[words_[w].first].script == Script::kLatin; }
  bool Latin(const TriggerMention& tr) const { return doc_.tokens[tr.tokens.begin].script == Script::kLatin; }
  bool Latin(const Event& e) const { return Latin(doc_.triggers[e.trigger]); }
  bool Corefer(const Event& a, const Event& b) const;
  bool OwnDate(const Event& e) const;
  bool Ceased(const Event& e) const;
  bool DateOfALaterEventWord(const Event& e) const;
  bool DateOfTheVerbBefore(const Event& e) const;
  bool DoerOfAnotherAct(const Event& e) const;
  bool CrowdKinds(const Event& a, const Event& b) const;
  bool Sequel(const Event& e) const;
  bool InRelativePassive(const Event& e) const;
  bool AircraftInClause(const Event& e) const;
  int32_t RelativeHead(size_t i) const;
  int32_t UnmarkedRelativeHead(size_t i) const;
  int32_t WeaponInRelativeClause(size_t i) const;
  void ResolveCoreference();
  void FoldQuotedRetellings();
  bool ClaimedObject(const Event& e) const;
  // A `goods` word of kind property from the trigger to the word after it
  // ("demolished the house", هدم منزل): the deed's object is property.
  bool PropertyObject(const Event& e) const;
  void FoldClaimedReferences();
  void FoldComparisons();
  static int CrowdRank(std::string_view sub_event_type);
  static int CrowdRank(const Event& e) { return CrowdRank(e.acled_sub_event_type); }
  void MergeCrowdEvents();
  void DispersalWithNoCrowd();
  bool AimlessFire(const TriggerMention& t) const;
  void DropAimlessFire();
  void ClosuresByCrowds();
  void MergeElaborations();

  // event_folds.cc: words that tell part of another event (its weapon, its
  // means, its purpose, its damage, a threat, a handover, a party's claimed
  // toll) fold into that event.
  // Folds each event into the event `host_of` names for it (an index, or -1
  // to keep it), all judged before any moves (the test looks at the others).
  // The host keeps its kind and fills its gaps from the folded event (its toll).
  // `takes_kind(host, folded)` says when the folded event's kind is the one
  // to keep (the host's words then tell only part of it).
  template <typename HostOf, typename TakesKind>
  void FoldInto(HostOf host_of, TakesKind takes_kind) {
    std::vector<Event>& ev = doc_.events;
    std::vector<int32_t> host(ev.size());
    for (size_t i = 0; i < ev.size(); ++i) host[i] = host_of(ev[i]);
    std::vector<bool> gone(ev.size(), false);
    for (size_t i = 0; i < ev.size(); ++i) {
      const int32_t h = host[i];
      if (h < 0 || static_cast<size_t>(h) == i || host[h] >= 0) continue;
      const bool take = takes_kind(ev[h], ev[i]);
      Absorb(ev[h], std::move(ev[i]), take);
      gone[i] = true;
    }
    DropGone(gone);
  }
  template <typename HostOf>
  void FoldInto(HostOf host_of) {
    FoldInto(host_of, [](const Event&, const Event&) { return false; });
  }

  void FoldDeedsOfTheAttackers();
  void FoldClaimedTolls();
  void FoldOwnAccounts();
  bool OwnAccountOfDeed(const Event& e) const;
  bool OneSideOf(const Event& account, const Event& told) const;
  bool FightBetweenOthers(const Event& fight, const Event& later) const;
  bool BetweenOthers(const Event& fight, const std::string& party) const;
  void FoldResponsibilityClaims();
  void FoldPerceivedEvents();
  void FoldInterceptedWeapons();
  void TypeVowedCampaigns();
  static bool ForceOnCrowd(const Event& e);
  void FoldForceIntoRiots();
  void VowedStrikesOfTheirKind();
  void HittingBackIsAClash();
  bool ProtestOfTheArrested(const Event& arrest, const Event& protest) const;
  void FoldArrestsIntoCrowdEvents();
  void AttemptsAreFighting();
  void FoldFallingWeapons();
  void FoldDamageOfViolence();
  bool DestroysMilitaryTarget(const Event& e, bool projectile = false) const;
  void FoldRaidsIntoLooting();
  bool WeaponOfVerb(size_t noun, size_t verb, size_t told_end = 0) const;
  void FoldAdjacentWeapons();
  void FoldInstruments();
  void FoldChemicalDelivery();
  bool BareBlast(const Event& e) const;
  void FoldBareBlasts();
  bool EnglishInfinitive(const Event& e) const;
  bool ArabicDispersalPurpose(const Event& e) const;
  const CueRow* WeaponDestroying(const Event& e) const;
  void KindFromWeaponSubject();
  void RepelledProjectiles();
  bool AttackedNamedCivilians(const Event& e) const;
  void CrowdsTryingToStorm();
  void CapturedPeople();
  bool EnglishRequested(const Event& e) const;
  void FoldInfinitives();
  void FoldCircumstances();
  void FoldSeizedWeapons();
  void FoldFindsIntoOperations();
  void FoldArrestsIntoFoiledAttacks();
  void FoldWithdrawalsFromFighting();
  void FoldTimedWithdrawals();
  void FoldFightingIntoCaptures();
  void FoldHandovers();
  void FoldHandingBack();
  void FoldTermsOfAgreements();
  void FoldThreats();
  void DropCampaignVows();

  // event_actors.cc: actors ACLED's way: the other side of a battle, the
  // claimant of an attack, the main group for generic fighters, default actors
  // of crowds and victims, types by who does what, coded actors and identities.
  void CodeActors();
  void SetIdentity(EventArgument& a) const;
  void ArrestsByArmedGroups();
  void CompleteDyads();
  void CommunalFights();
  bool CommunitiesClash(const Event& e, const std::string& a1, const std::string& a2) const;
  std::string InterstateOpponent(const Event& e, const std::string& a1) const;
  void FormerHolders();
  std::string LikelyOpponent(const std::string& a1) const;
  void NameGenericFighters();
  bool OnGovernmentSide(const std::string& id) const;
  void AssignClaimedResponsibility();
  void OwnForcesDoers();
  void AccusedDoers();
  bool AimedAtAccuser(const Event& e) const;
  bool TargetedVehicle(const Event& e) const;
  bool StateSiteHit(const Event& e) const;
  bool CountriesAgreeing(Event& e);
  void RefineByActorTypes();
  void CrudeArmsMakeMobs();
  bool TakenOutOfSight(const Event& e) const;
  bool ArmedCellTaken(const Event& e) const;
  std::string CulpritsTaken(const Event& e) const;
  bool FireOnNoCrowd(const Event& e) const;
  // A word of another trigger than e's own, of ACLED event type `type`
  // ("Protests", "Riots"), in the sentence of `e`, that passes `keep` (a
  // test of the trigger's index).
  template <typename Keep>
  bool OtherTriggerOfTypeInSentence(const Event& e, std::string_view type, Keep keep) const {
    for (int32_t t : Bucket(s_triggers_, static_cast<int32_t>(e.sentence)))
      if (t != e.trigger && doc_.triggers[t].acled_event_type == type && keep(t)) return true;
    return false;
  }
  bool OtherTriggerOfTypeInSentence(const Event& e, std::string_view type) const {
    return OtherTriggerOfTypeInSentence(e, type, [](int32_t) { return true; });
  }
  bool ProtestInSentence(const Event& e) const;
  bool MilitiaOnNoArmedParty(const Event& e) const;
  bool NoArmedPartyButDoers(const Event& e, bool unnamed_are_doers = false, size_t background_w = SIZE_MAX) const;
  // How the dead of e's toll are counted: by a civilian noun, by a noun of
  // persons of no side (`person_count`), or neither.
  enum class DeadCounted { kOther, kCivilians, kPersons };
  DeadCounted DeadCountedAs(const Event& e) const;
  bool UnarmedDead(const Event& e) const;
  bool PersonCountUnit(int32_t n) const;
  bool AttributedTo(const Event& e, int32_t a) const;
  bool TellsIt(const Event& e, int32_t a) const;
  bool AllDeadCivilians(const Event& e) const;
  // `object`, when given, receives the civilian_target cue attacked.
  bool AttackOnCivilianPlace(const Event& e, const CueRow** object = nullptr) const;
  bool PropertyOfPeople(const Event& e) const;
  bool CivilianTarget(const Event& e) const;
  bool HarmedUnnamedVictims(const Event& e) const;
  void FreedCombatants();
  void CrowdActors();
  bool CrowdDoer(const Event& e) const;
  void NoStateBombers();
  void UnarmedBodiesFightNot();
  std::string DoersNotArrested(const Event& e) const;
  bool NoOneTaken(const Event& e) const;
  bool StatedAbsence(const Event& e) const;
  bool CrowdWentToProtest(const Event& e) const;
  void PlaceAtItsCause(Event& e, size_t i);
  void DoersOfTheAttackReferredTo();
  void ProtestersFirst(Event& e);
  void ProtestersProtest(Event& e);
  int32_t LayerNamed(const Event& e) const;
  int32_t SoleArmedPartyBesidePassive(const Event& e, int32_t victim) const;
  bool Unclaimed(const Event& e) const;
  std::string SoleArmedGroup() const;
  void MournedDeadOfStrikes();
  void PoliceMakeArrests();
  void UnnamedParties();
  void UnnamedAirPower();
  std::string AirPowerOf(const Event& e) const;
  int32_t ArrestedGroup(const Event& e) const;
  std::string CrowdNear(const Event& e) const;
  std::string RegionalForce(std::string_view generic, const Event& e, std::string_view day) const;
  std::string RegionalOnlyForce(std::string_view generic, const Event& e, std::string_view day) const;
  bool OfficialName(const ActorMention& m) const;
  bool ScenesApart(const Event& a, const Event& b) const;
  void InterceptedWeaponOwners();
  void TargetsOfExplosions();
  int32_t ExplosionTarget(const Event& e) const;
  bool Source(int32_t a) const;
  bool UnnamedSpeaker(int32_t a) const;
  int32_t UnnamedSpeakerBefore(size_t tw0, int32_t sentence, int32_t clause) const;
  bool InActorMention(size_t w, int32_t sentence) const;
  bool FellowAttacker(int32_t a, const Event& e) const;
  bool PartyOfEarlierClauseEvent(const Event& e, int32_t a) const;
  int32_t IdentityHedged(int32_t sentence) const;
  bool Owner(int32_t a) const;
  int32_t WeaponOwner(const Event& e) const;
  int32_t StrikingWeaponOwner(const Event& e) const;

  // The index, built by Index() (event_index.cc).
  const EventLexicon& lex_;
  Doc& doc_;
  const std::vector<LexWord>& words_;
  // Per word, the cue rows its keys name (WordCue), read once.
  mutable WordCueMemo word_cues_;
  // Per place mention, FromOrigin's answer once asked (-1 unasked): it
  // depends on the index alone, and PickPlace asks it of every candidate
  // place of every event.
  mutable std::vector<int8_t> from_origin_;
  // The `capital` cues (indices in cues_, in order): CapitalInstead runs per
  // event and looked at every cue of the document for them.
  std::vector<int32_t> capital_cues_;
  // Per word, whether a `lethal_outcome` cue starts there (Index): DeathAfter
  // is asked of every word after a toll verb and looked through all the
  // sentence's cues each time.
  std::vector<bool> lethal_outcome_at_;
  // Per trigger, its row's roles parsed (Index): shared by every trigger of
  // the same roles text, parsed once per thread (RolesOf).
  std::vector<const std::vector<RoleSlot>*> trig_roles_;
  std::vector<int32_t> tok_sent_, tok_quote_;
  std::vector<size_t> tok_word_;
  std::vector<int32_t> clause_, sent_;
  std::vector<std::pair<size_t, size_t>> actor_w_, place_w_, trig_w_, date_w_, num_w_;
  // The cue table's rows keyed by each trigger's lemma (nullptr: none), looked
  // up once in Index: LemmaCue asks them of a trigger several times.
  std::vector<const std::vector<int32_t>*> lemma_rows_;
  std::vector<bool> actor_is_place_;
  std::vector<bool> victim_;  // per actor: named as killed or wounded
  std::vector<bool> minor_victim_;  // per actor: a part under half of the toll it is named in (تسعة بينهم شرطيان)
  std::vector<bool> ally_;    // per actor: named as backing another (مدعومة ب، "backed by")
  std::vector<bool> coarse_;  // per place: Coarse
  std::vector<std::string> place_country_;  // per place: its country's ISO3 code (resolved), else ""
  // Per place, the answers of RouteStart, PlaceAnaphor, InSourceName,
  // NamesRoad, AcrossBorder and LeadsTo once asked (two bits each: asked,
  // yes; event_places.cc). They read the index alone, and PickPlace asks them
  // of every candidate place of every event. Sized at the end of Index():
  // empty before, unmemoized. So per actor for UnnamedSpeaker (-1 unasked).
  mutable std::vector<uint16_t> place_memo_;
  mutable std::vector<int8_t> unnamed_speaker_;
  std::vector<bool> actor_is_place_any_;  // per place: its words are (inside) an actor mention
  // Per sentence (index sentence + 1, so text outside sentences is bucket 0):
  // the annotations that start in it, in document order. The events', which
  // the passes add to, in a vector per sentence; the others fixed by Index().
  SentenceBuckets s_places_, s_dates_, s_numbers_, s_cues_, s_triggers_, s_actors_;
  std::vector<std::vector<int32_t>> s_events_;
  std::vector<bool> num_in_date_, num_after_subset_;
  std::vector<bool> word_in_date_;  // per word: inside a date mention
  std::vector<CueHit> cues_;
  std::vector<uint32_t> cue_sig_;       // per cue: CueTypeSig of its row's type
  std::vector<uint64_t> s_cue_types_;   // per sentence bucket: the CueTypeBit of each cue it holds
  std::vector<std::string> preps_;
  std::vector<int32_t> actor_start_;
  std::vector<int32_t> used_numbers_;
  std::string main_actor_;
  std::string ref_day_;
  // The reference day in days since the epoch (LastDay of ref_day_), read
  // once: every dated event compares its day with it (event_status.cc).
  int64_t RefLastDay() const;
  mutable std::optional<int64_t> ref_last_day_;
  int ref_year_ = 0;
  size_t dateline_end_ = 0;  // words [0, dateline_end_) are the dateline
  int32_t doc_voice_ = -1;     // the armed party whose statement the document is, or -1
  bool doc_party_media_ = false;  // the document is a party's news agency's copy
  std::string doc_outlet_;        // the agency heading the copy (its dateline), or ""
  Span doc_outlet_span_;
  std::vector<int32_t> admitters_;  // actors that admit a loss somewhere in the document

  int32_t headline_ = -1;    // the sentence that is the report's headline, or -1
};

}  // namespace marsad::events_internal

#endif  // MARSAD_EXTRACT_EVENT_BUILDER_H_
