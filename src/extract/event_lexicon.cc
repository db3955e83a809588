#include "extract/event_lexicon.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <string_view>
#include <unordered_set>

#include "text/quotes.h"
#include "text/words.h"
#include "text/normalize.h"
#include "util/affix.h"
#include "util/civil_time.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace marsad {
namespace {

// Every cue type the extractor reads, one per line so that branches adding
// types merge cleanly. doc/lexicons.md ("Cue types") documents each one and
// tools/check_lexicons.py reads this list and fails when the two disagree.
constexpr const char* kCueTypes[] = {
    "hedge",
    "possessive_reading",
    "negation",
    "intent",
    "historical",
    "attribution",
    "passive",
    "finite_verb",
    "past_verb",
    "figure_noun",
    "remark_noun",
    "cumulative",
    "subset",
    "place_anaphor",
    "doer_anaphor",
    "counted_doers",
    "framing",
    "no_casualties",
    "responsibility",
    "complementizer",
    "civilian_target",
    "public_works",
    "custody",
    "person_count",
    "disappeared",
    "armed_cell",
    "smuggling",
    "counted_others",
    "culprits",
    "owned_body",
    "riot_grounds",
    "victim_identity",
    "rival_factions",
    "aid_charge",
    "community_occupation",
    "communal_fight",
    "deeds_collective",
    "spoken_source",
    "group_word",
    "actor_attribute",
    "without",
    "circumstance",
    "identity_hedge",
    "attributor",
    "unverified",
    "ally",
    "not_event",
    "border",
    "goods",
    "relative",
    "former",
    "kind_of",
    "superlative",
    "summary",
    "series",
    "request",
    "weapon",
    "possibility",
    "topic",
    "one_victim",
    "resumptive",
    "name_head",
    "group_head",
    "party_media",
    "admission",
    "confirmation",
    "military_voice",
    "own_forces",
    "fighters_noun",
    "speaker_anaphor",
    "next_step",
    "detail_noun",
    "doubt_topic",
    "phase_noun",
    "gunfire",
    "less_lethal",
    "indefinite_victim",
    "launcher",
    "concluded",
    "route",
    "government_voice",
    "belonging",
    "capital",
    "result",
    "range",
    "maker",
    "copula",
    "lethal_outcome",
    "battle_manner",
    "campaign_vow",
    "bare_blast",
    "origin",
    "perceived",
    "parties",
    "counterpart",
    "served_party",
    "armed_anaphor",
    "mediator",
    "charged_link",
    "still",
    "decreeing_body",
    "call_to_protest",
    "age",
    "standing_span",
    "standing_verb",
    "series_adverb",
    "foiled",
    "detail_doubt",
    "military_target",
    "own_target",
    "held_site",
    "struck_vehicle",
    "state_site",
    "named_thing",
    "common_noun_name",
    "attempt",
    "turned_into",
    "mutual_fight",
    "town_storming",
    "milestone",
    "lead_up",
    "kin_of",
    "civil_institution",
    "force_institution",
    "indefinite_article",
    "sequence",
    "subordinator",
    "time_clause",
    "time_subordinator",
    "writer_turn",
    "cause_of",
    "subjected",
    "venue",
    "region_anaphor",
    "fire_source",
    "settlement",
    "response",
    "another",
    "repeat",
    "mourned",
    "reaction",
    "captive",
    "held_captive",
    "guise",
    "ground_bomb",
    "unnumbered",
    "plural_toll",
    "passive_adverb",
    "any_of",
    "participation",
    "unclaimed",
    "group_noun",
    "own_deed",
    "ownership",
    "genitive",
    "definite_article",
    "camp_split",
    "reciprocal",
    "closure",
    "dispersal_means",
    "measure_unit",
    "member_of",
    "where_preposition",
    "holder_participle",
    "aimless_fire",
    "conscription",
    "destruction",
    "repulsion",
    "onslaught",
    "blast_reference",
    "interceptable",
    "depiction",
    "funeral_crowd",
    "anaphor_relation",
    "means_verb",
    "side",
    "publication",
    "act_ground",
    "article_noun",
    "remains",
    "continuation",
    "cessation",
    "sequel",
    "new_story",
    "statement_goes_on",
    "afterwards",
    "pluperfect",
    "backstory",
    "event_anaphor",
    "settlement_noun",
    "former_holder",
    "holder_left",
    "expelled_holder",
    "crude_arms",
    "collective_of",
    "passive_agent",
    "peaceful_manner",
    "destination",
    "raid",
    "speaker_role",
    "collective_head",
    "victim_phrase_end",
    "singular_opener",
    "planted_before",
    "not_noun",
    "modifier_goes_on",
    "other_victims",
    "participle_clause_end",
    "captive_search_end",
    "participle_auxiliary",
    "verb_particle",
    "march_object",
    "not_one_count",
    "count_determiner",
    "span_of_years",
    "span_of_days",
    "instrument_marker",
    "definite_determiner",
    "reference_determiner",
    "reference_modifier",
    "article",
    "participle_possessive",
    "participle_preposition",
    "admin_unit_after",
    "object_opener",
    "died_subject_opener",
    "primed",
    "storming",
    "ambush",
    "shooting",
    "battle_capture",
    "approach_move",
    "captivity_time",
    "unknown_destination",
    "aimed_fire",
    "fighting_post",
    "own_possessive",
    "between",
    "counted_places",
    "disjunction",
    "partitive",
    "partitive_pronoun",
    "falling",
    "blowing_up",
    "withdrawal",
    "flight",
    "escape",
    "dispersal",
    "network_cut",
    "public_order",
    "speech_adverb",
    "alias_opener",
    "attack_reference",
    "coordinator",
    "utility",
    "no_object",
    "passive_or_infinitive",
    "object_lead",
    "locative_preposition",
    "spatial_preposition",
    "facility_after",
    "possessed_site",
    "with_pronoun",
    "holder_lead",
    "holder_copula",
};

// A cue's kind, where its type takes one: who is speaking for an
// attribution cue, the PLOVER mode a weapon word gives a generic attack,
// whether a one-victim noun names a civilian, whether a not_event cue
// reaches only a word of territory taken, whether a without cue says in
// itself that no fight was fought ("without firing a shot"), whether a
// route cue tells a stretch between two towns, whether a civilian_target is a
// party's office (political) or a home (dwelling), whether a place_anaphor
// says "the same" place, the ACLED event type an event_anaphor refers back
// to, and so on for each type below.
std::string CueKindProblem(const CueRow& row) {
  static const char* kAttributionKinds[] = {"official_statement", "media", "anonymous_source",
                                            "analyst", "witness", "participant"};
  static const char* kWeaponKinds[] = {"aerial", "heavy-weapons"};
  auto one_of = [&](const auto& kinds) {
    return std::any_of(std::begin(kinds), std::end(kinds), [&](const char* k) { return row.kind == k; });
  };
  if (row.type == "weapon") return one_of(kWeaponKinds) ? "" : "a weapon cue needs kind aerial or heavy-weapons";
  if (row.type == "one_victim")
    return row.kind.empty() || row.kind == "civilian" || row.kind == "partitive"
               ? ""
               : "a one_victim cue takes kind civilian, partitive or none";
  if (row.type == "military_target")
    return row.kind.empty() || row.kind == "projectile" || row.kind == "stockpile"
               ? ""
               : "a military_target cue takes kind projectile, stockpile or none";
  if (row.type == "not_event")
    return row.kind.empty() || row.kind == "territory" || row.kind == "nominal" || row.kind == "contents" ||
                   row.kind == "goal" || row.kind == "gathering" || row.kind == "commonplace"
               ? ""
               : "a not_event cue takes kind territory, nominal, contents, goal, gathering, commonplace or none";
  if (row.type == "without")
    return row.kind.empty() || row.kind == "peaceful" ? "" : "a without cue takes kind peaceful or none";
  if (row.type == "negation")
    return row.kind.empty() || row.kind == "future" ? "" : "a negation cue takes kind future or none";
  if (row.type == "cumulative")
    return row.kind.empty() || row.kind == "rise" ? "" : "a cumulative cue takes kind rise or none";
  if (row.type == "goods")
    return row.kind.empty() || row.kind == "persons" || row.kind == "property" ? ""
                                                                               : "a goods cue takes kind persons, property or none";
  if (row.type == "route")
    return row.kind.empty() || row.kind == "stretch" || row.kind == "from" || row.kind == "destination" ||
                   row.kind == "joiner"
               ? ""
               : "a route cue takes kind stretch, from, destination, joiner or none";
  if (row.type == "civilian_target")
    return row.kind.empty() || row.kind == "political" || row.kind == "dwelling"
               ? ""
               : "a civilian_target cue takes kind political, dwelling or none";
  if (row.type == "fighters_noun")
    return row.kind.empty() || row.kind == "nominative" ? "" : "a fighters_noun cue takes kind nominative or none";
  if (row.type == "intent")
    return row.kind.empty() || row.kind == "vow" ? "" : "an intent cue takes kind vow or none";
  if (row.type == "own_deed") return row.kind.empty() || row.kind == "fire" ? "" : "an own_deed cue takes kind fire or none";
  if (row.type == "doer_anaphor")
    return row.kind.empty() || row.kind == "event" ? "" : "a doer_anaphor cue takes kind event or none";
  if (row.type == "place_anaphor") return row.kind.empty() || row.kind == "same" ? "" : "a place_anaphor cue takes kind same or none";
  if (row.type == "possessive_reading") return row.kind.empty() ? "a possessive_reading cue needs a trigger form as kind" : "";
  if (row.type == "event_anaphor")
    return row.kind == "Battles" || row.kind == "Violence against civilians" || row.kind == "Explosions/Remote violence" ||
                   row.kind == "Riots" || row.kind == "Protests" || row.kind == "Strategic developments"
               ? ""
               : "an event_anaphor cue needs an ACLED event type as kind";
  if (row.type == "common_noun_name") return row.kind.empty() ? "a common_noun_name cue needs the bare common noun as kind" : "";
  if (row.type == "settlement_noun") return row.kind.empty() ? "a settlement_noun cue needs the kind of settlement as kind" : "";
  if (row.type == "collective_of")
    return row.kind == "head" || row.kind == "approximator" ? "" : "a collective_of cue takes kind head or approximator";
  if (row.type == "mediator") return row.kind.empty() || row.kind == "subject" ? "" : "a mediator cue takes kind subject or none";
  if (row.type == "writer_turn") return row.kind.empty() || row.kind == "not" ? "" : "a writer_turn cue takes kind not or none";
  if (row.type == "ally") return row.kind.empty() || row.kind == "escort" ? "" : "an ally cue takes kind escort or none";
  if (row.type == "decreeing_body")
    return row.kind.empty() || row.kind == "governor" ? "" : "a decreeing_body cue takes kind governor or none";
  if (row.type == "member_of")
    return row.kind.empty() || row.kind == "article" ? "" : "a member_of cue takes kind article or none";
  if (row.type == "community_occupation")
    return row.kind == "farmer" || row.kind == "herder" ? "" : "a community_occupation cue takes kind farmer or herder";
  if (row.kind.empty()) return "";
  if (row.type != "attribution")
    return "only attribution, weapon, one_victim, military_target, civilian_target, not_event, without, goods, "
           "negation, cumulative, intent, route, place_anaphor, possessive_reading, event_anaphor, fighters_noun, "
           "own_deed, collective_of, mediator, decreeing_body, common_noun_name, settlement_noun and "
           "community_occupation cues take a kind";
  return one_of(kAttributionKinds) ? "" : "unknown attribution kind '" + row.kind + "'";
}

constexpr std::string_view kWaw = "\xD9\x88";     // و
constexpr std::string_view kFa = "\xD9\x81";      // ف
constexpr std::string_view kBa = "\xD8\xA8";      // ب
constexpr std::string_view kLam = "\xD9\x84";     // ل
constexpr std::string_view kKaf = "\xD9\x83";     // ك
constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";  // لل



// Letter-level clitic stripping for words the tokenizer left whole: a
// conjunction, then a preposition, then the article. A stripped form must keep
// enough letters to be a word of its own (فقط must not become قط). ب and ل
// may leave two letters, a verbal noun (بصدّ، لفضّ، بدكّ); ك "like" never
// does: it takes a noun, and the two-letter forms the lexicons list are
// verbs, so كفر (the village-name head: كفر قاسم، كفرنبل) is no فرّ "fled".
void AddLetterVariants(std::string_view w, WordVariants& out) {
  std::string_view bases[2] = {w, {}};
  int nb = 1;
  if (StartsWith(w, kWaw) && utf8::CodePointCount(w) >= 3) bases[nb++] = w.substr(2);
  else if (StartsWith(w, kFa) && utf8::CodePointCount(w) >= 4) bases[nb++] = w.substr(2);
  for (int b = 0; b < nb; ++b) {
    std::string_view x = bases[b];
    out.Add(x);
    if (StartsWith(x, kArArticle) && utf8::CodePointCount(x) >= 4) out.Add(x.substr(4));
    if (StartsWith(x, kLamLam) && utf8::CodePointCount(x) >= 4) {
      out.AddJoined(kArArticle, x.substr(4));
      out.Add(x.substr(4));
    } else if (((StartsWith(x, kBa) || StartsWith(x, kLam)) && utf8::CodePointCount(x) >= 3) ||
               (StartsWith(x, kKaf) && utf8::CodePointCount(x) >= 4)) {
      std::string_view y = x.substr(2);
      out.Add(y);
      if (StartsWith(y, kArArticle) && utf8::CodePointCount(y) >= 4) out.Add(y.substr(4));
    }
  }
}

// "قبل أن يغلقوا الجسر ويرشقوا السيارات": the imperfect plural after أن،
// لن، كي، لم (يفعلوا) drops the ن of its indicative (يفعلون), the form the
// lexicons list; the word is also read as that form. Only an imperfect
// (ي or ت first) of four letters or more before وا: a perfect plural
// (قتلوا، تركوا) would have no such row.
static void AddSubjunctivePlural(std::string_view w, WordVariants& out) {
  static constexpr std::string_view kWaAlif = "\xD9\x88\xD8\xA7";  // وا
  static constexpr std::string_view kWaNun = "\xD9\x88\xD9\x86";   // ون
  static constexpr std::string_view kYa = "\xD9\x8A";                // ي
  static constexpr std::string_view kTa = "\xD8\xAA";                // ت
  if ((StartsWith(w, kWaw) || StartsWith(w, kFa)) && utf8::CodePointCount(w) >= 7) w.remove_prefix(2);
  if (!(StartsWith(w, kYa) || StartsWith(w, kTa)) || !EndsWith(w, kWaAlif) || utf8::CodePointCount(w) < 6) return;
  out.AddJoined(w.substr(0, w.size() - kWaAlif.size()), kWaNun);
}

bool IsClauseBreak(std::string_view t) {
  return t == "," || t == "\xD8\x8C" || t == ";" || t == "\xD8\x9B" || t == ":" || t == "-" ||
         t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "(" || t == ")";
}

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view part = s.substr(b, e - b);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    b = e + 1;
  }
  return out;
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// A multi-word phrase key assembled word by word (PhraseTable::Extend), in a
// buffer on the stack: Extend runs at nearly every word that begins a phrase,
// and std::string's assign and append calls cost more there than the probe
// the key is built for. A key longer than the buffer (no lexicon has one)
// moves to a string, so any length still works.
class KeyBuffer {
 public:
  void Assign(std::string_view s) {
    size_ = 0;
    on_heap_ = false;
    Append(s);
  }
  void Append(std::string_view s) {
    if (!on_heap_ && size_ + s.size() <= sizeof(buf_)) {
      std::memcpy(buf_ + size_, s.data(), s.size());
      size_ += s.size();
      return;
    }
    if (!on_heap_) heap_.assign(buf_, size_), on_heap_ = true;
    heap_.append(s);
  }
  std::string_view view() const { return on_heap_ ? std::string_view(heap_) : std::string_view(buf_, size_); }

 private:
  char buf_[256];
  size_t size_ = 0;
  bool on_heap_ = false;
  std::string heap_;
};

}  // namespace

// "the Awash–Djibouti road", "al-Qaeda": a dash written with no space on
// either side, between two words, joins them into one name; it sets off no
// aside the way a spaced dash does.
static bool JoinsTwoWords(const Doc& doc, uint32_t i, uint32_t end) {
  const std::string_view text = doc.TokenText(i);
  if (text != "-" && text != "\xE2\x80\x93") return false;  // –
  if (i == 0 || i + 1 >= end || doc.tokens[i].space_before || doc.tokens[i + 1].space_before) return false;
  // "30-day", "12-year-old", "24-hour": a figure joined to its word is one word too.
  auto joinable = [&](uint32_t k) { return doc.tokens[k].kind == TokenKind::kWord || doc.tokens[k].kind == TokenKind::kNumber; };
  return joinable(i - 1) && joinable(i + 1);
}

bool CarriesArticle(const Doc& doc, const LexWord& w) {
  for (uint32_t t = w.first; t < w.end; ++t) {
    if (doc.tokens[t].piece != Piece::kProclitic) break;
    if (doc.TokenText(t) == "\xD8\xA7\xD9\x84") return true;  // ال
  }
  return false;
}

std::vector<LexWord> BuildLexWords(const Doc& doc, uint32_t begin, uint32_t end) {
  std::vector<LexWord> words;
  words.reserve(end > begin ? end - begin : 0);
  uint32_t i = begin;
  while (i < end) {
    const Token& t = doc.tokens[i];
    LexWord& w = words.emplace_back();  // built in place: no move and destruction per word
    w.first = i;
    if (t.kind != TokenKind::kWord) {
      const std::string_view text = doc.TokenText(i);
      w.end = i + 1;
      w.number = t.kind == TokenKind::kNumber;
      w.clause_break = t.kind == TokenKind::kPunct && IsClauseBreak(text) && !JoinsTwoWords(doc, i, end);
      w.quote_mark = IsQuotationMark(text);
      w.variants.Append(text);
      ++i;
      continue;
    }
    // A run of word tokens of one whitespace word (text/words.h).
    const uint32_t j = WordEnd(doc, i, end);
    w.end = j;
    w.is_word = true;
    // A view of the Doc's text, not of w.variants: adding variants may move their bytes.
    const std::string_view text = doc.norm(Span{doc.tokens[i].span.begin, doc.tokens[j - 1].span.end});
    w.variants.Append(text);
    if (t.script == Script::kArabic) {
      // As the tokenizer split it: proclitic pieces off, then enclitics off.
      uint32_t k = i;
      bool article = false;
      while (k + 1 < j && doc.tokens[k].piece == Piece::kProclitic) {
        if (doc.TokenText(k) == kArArticle || doc.TokenText(k) == kLamLam) article = true;
        ++k;
      }
      uint32_t e = j;
      while (e > k + 1 && doc.tokens[e - 1].piece == Piece::kEnclitic) --e;
      if (k > i) {
        std::string_view stem = doc.norm(Span{doc.tokens[k].span.begin, doc.tokens[j - 1].span.end});
        if (article) w.variants.AddJoined(kArArticle, stem);
        w.variants.Add(stem);
      }
      if (e < j) {
        std::string_view stem = doc.norm(Span{doc.tokens[k].span.begin, doc.tokens[e - 1].span.end});
        if (article) w.variants.AddJoined(kArArticle, stem);
        w.variants.Add(stem);
      }
      AddLetterVariants(text, w.variants);
      AddSubjunctivePlural(text, w.variants);
    }
    if (StartsWith(text, kArArticle) && utf8::CodePointCount(text) >= 4) w.article_bytes = kArArticle.size();
    i = j;
  }
  return words;
}

std::vector<int32_t> TokenSentences(const Doc& doc) {
  std::vector<int32_t> out(doc.tokens.size(), -1);
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    for (uint32_t t = doc.sentences[s].tokens.begin; t < doc.sentences[s].tokens.end && t < out.size(); ++t)
      out[t] = static_cast<int32_t>(s);
  return out;
}

std::vector<int32_t> TokenQuotes(const Doc& doc) {
  std::vector<int32_t> out(doc.tokens.size(), -1);
  for (size_t q = 0; q < doc.quotes.size(); ++q)
    for (uint32_t t = doc.quotes[q].tokens.begin; t < doc.quotes[q].tokens.end && t < out.size(); ++t)
      out[t] = static_cast<int32_t>(q);
  return out;
}

std::string ReferenceDay(const Doc& doc) {
  if (!doc.reference_time) return "";
  return FormatDay(CivilFromDays(DaysFromUnixMs(doc.reference_time->unix_ms)));
}

int IsoYear(std::string_view iso) {
  if (iso.size() < 4) return 0;
  int y = 0;
  for (int i = 0; i < 4; ++i) {
    if (iso[i] < '0' || iso[i] > '9') return 0;
    y = y * 10 + (iso[i] - '0');
  }
  return y;
}

namespace {
// Memo ids are never reused, so a word's memo of a table that changed or
// was destroyed (another at the same address) never answers for another.
uint64_t NextMemoId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}
}  // namespace

void PhraseTable::Remember() { memo_id_ = NextMemoId(); }

void PhraseTable::Add(std::string_view phrase, int32_t id) {
  if (phrase.empty()) return;
  if (memo_id_ != 0) memo_id_ = NextMemoId();  // answers remembered so far are stale
  starts_.reset();  // the shared index no longer knows all first words
  starts_id_ = 0;
  size_t n = 1 + static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' '));
  max_words_ = std::max(max_words_, n);
  first_filter_.Add(phrase.substr(0, phrase.find(' ')));
  for (size_t sp = phrase.find(' '); sp != std::string_view::npos; sp = phrase.find(' ', sp + 1))
    extends_[KeyIndex(phrase.substr(0, sp))] = true;
  std::vector<int32_t>& ids = ids_[KeyIndex(phrase)];
  if (ids.empty()) ++size_;
  ids.push_back(id);
}

size_t PhraseTable::KeyIndex(std::string_view key) {
  const auto [k, added] = keys_.FindOrInsert(key);
  if (added) {
    ids_.emplace_back();
    extends_.push_back(false);
  }
  return k;
}

bool PhraseTable::Has(std::string_view phrase) const { return Find(phrase) != nullptr; }

const std::vector<int32_t>* PhraseTable::Find(std::string_view phrase) const {
  const size_t k = keys_.Find(phrase);
  return k == StringSet::kNone || ids_[k].empty() ? nullptr : &ids_[k];
}

size_t PhraseTable::Reach(std::span<const LexWord> words, size_t at) const {
  if (at >= words.size() || (!words[at].is_word && !words[at].number)) return 0;
  size_t reach = 0;
  for (std::string_view v : words[at].variants) {
    if (!first_filter_.MayContain(v) || keys_.Find(v) == StringSet::kNone) continue;
    reach = std::max<size_t>(reach, 1);
    for (int bare = 0; bare < 2; ++bare) {
      KeyBuffer key;
      key.Assign(v);
      for (size_t n = 2; n <= max_words_ && at + n - 1 < words.size(); ++n) {
        const LexWord& wn = words[at + n - 1];
        if (!wn.is_word && !wn.number) break;
        key.Append(" ");
        key.Append(bare ? wn.bare() : std::string_view(wn.text()));
        if (keys_.Find(key.view()) == StringSet::kNone) break;
        reach = std::max(reach, n);
      }
    }
  }
  return reach;
}

size_t PhraseTable::LongestAt(std::span<const LexWord> words, size_t at, const std::vector<int32_t>** ids) const {
  const LexWord& w0 = words[at];
  if (!w0.is_word && !w0.number) return 0;
  int later_article = -1;  // not known yet (Extend)
  size_t best = 0;
  if (starts_id_ != 0 && w0.starts_of == starts_id_) {
    // The word was looked up once for every table: its variants that begin
    // a phrase somewhere, in order, each with this table's key if any.
    for (unsigned m = w0.starts; m != 0; m &= m - 1) {
      const unsigned i = static_cast<unsigned>(std::countr_zero(m));
      const uint32_t k1 = starts_->KeyIn(w0.start_rows[i], column_);
      if (k1 != PhraseStarts::kNone) Extend(words, at, w0.variants[i], k1, &later_article, &best, ids);
    }
    return best;
  }
  for (std::string_view v : w0.variants) {
    if (!first_filter_.MayContain(v)) continue;
    // The one-word key is the variant itself: probed as it is, so that a key
    // is built (and allocated) only for the few words that begin a phrase.
    const size_t k1 = keys_.Find(v);
    if (k1 != StringSet::kNone) Extend(words, at, v, k1, &later_article, &best, ids);
  }
  return best;
}

void PhraseTable::Extend(std::span<const LexWord> words, size_t at, std::string_view v, size_t k1,
                         int* later_article, size_t* best, const std::vector<int32_t>** ids) const {
  auto can_follow = [&](size_t i) { return i < words.size() && (words[i].is_word || words[i].number); };
  // The article-less pass only matters if a later word has an article; asked
  // once per Longest(), and only when some variant begins a longer phrase.
  auto article_passes = [&] {
    if (*later_article < 0) {
      *later_article = 0;
      for (size_t n = 1; n < max_words_ && at + n < words.size() && !*later_article; ++n)
        *later_article = words[at + n].article_bytes > 0;
    }
    return 1 + *later_article;
  };
  if (*best == 0 && !ids_[k1].empty()) {
    *best = 1;
    *ids = &ids_[k1];
  }
  if (!extends_[k1] || !can_follow(at + 1)) return;
  KeyBuffer key;
  // Later words whole, then without their article (غارات جوية ← الغارات الجوية).
  for (int bare = 0; bare < article_passes(); ++bare) {
    key.Assign(v);
    for (size_t n = 2; n <= max_words_ && can_follow(at + n - 1); ++n) {
      const LexWord& wn = words[at + n - 1];
      key.Append(" ");
      key.Append(bare ? wn.bare() : std::string_view(wn.text()));
      if (n <= *best) continue;
      // One probe of the table per length; a key that is neither a phrase
      // nor the start of a longer one ends the walk.
      const size_t k = keys_.Find(key.view());
      if (k == StringSet::kNone) break;
      if (!ids_[k].empty()) {
        *best = n;
        *ids = &ids_[k];
      }
      if (!extends_[k]) break;
    }
  }
}

const ActorInfo* EventLexicon::Actor(std::string_view id) const {
  return actors_.Find(id);
}

const CueRow* EventLexicon::WordCue(const LexWord& word, std::string_view type) const {
  for (std::string_view key : word.variants)
    if (const std::vector<int32_t>* ids = cue_table.Find(key))
      for (int32_t id : *ids)
        if (cues[id].type == type) return &cues[id];
  return nullptr;
}

const CueRow* EventLexicon::KeyCue(std::string_view key, std::string_view type) const {
  if (const std::vector<int32_t>* ids = cue_table.Find(key))
    for (int32_t id : *ids)
      if (cues[id].type == type) return &cues[id];
  return nullptr;
}

bool EventLexicon::IsWithin(std::string_view id, std::string_view ancestor) const {
  std::string_view cur = id;  // a view into the registry after the first step
  for (int depth = 0; depth < 16 && !cur.empty(); ++depth) {
    if (cur == ancestor) return true;
    const ActorInfo* a = Actor(cur);
    if (!a) return false;
    cur = a->parent;
  }
  return false;
}

std::string EventLexicon::NationalForce(std::string_view generic, std::string_view alpha3, std::string_view day) const {
  // The key is built in a buffer of the thread's own: the events stage asks
  // this of most events, often with a long "ISO3/admin1" region.
  thread_local std::string key;
  key.assign(generic);
  key += '|';
  key += alpha3;
  auto it = national_forces_.find(key);
  if (it == national_forces_.end()) return "";
  // A month or a year is taken at its middle, as elsewhere.
  std::string at(day);
  if (at.size() == 7) at += "-15";
  else if (at.size() == 4) at += "-07-01";
  else if (at.size() != 10) at.clear();
  for (const std::string& id : it->second) {
    const ActorInfo* info = Actor(id);
    if (!info) continue;
    if (at.empty() ? !info->valid_to.empty()
                   : ((!info->valid_from.empty() && at < info->valid_from) || (!info->valid_to.empty() && at > info->valid_to)))
      continue;
    return id;
  }
  return it->second.front();
}

// A month or a year stands for its middle, as for a force's era.
static std::string DayForEra(std::string_view day) {
  std::string at(day);
  if (at.size() == 7) at += "-15";
  else if (at.size() == 4) at += "-07-01";
  else if (at.size() != 10) at.clear();
  return at;
}

bool EventLexicon::GovernsTerritory(std::string_view actor, std::string_view alpha3, std::string_view admin1,
                                    std::string_view day) const {
  if (alpha3.empty()) return false;
  const std::string at = DayForEra(day);
  const std::string region = std::string(alpha3) + "/" + std::string(admin1);
  // Parents up the registry; the depth bound guards against a cycle.
  const ActorInfo* info = Actor(actor);
  for (int depth = 0; info && depth < 8; ++depth) {
    if (auto it = governing_.find(info->id); it != governing_.end())
      for (const GoverningRow& g : it->second) {
        if (g.scope != alpha3 && (admin1.empty() || g.scope != region)) continue;
        if (at.empty() ? !g.valid_to.empty()
                       : ((!g.valid_from.empty() && at < g.valid_from) || (!g.valid_to.empty() && at > g.valid_to)))
          continue;
        return true;
      }
    info = info->parent.empty() ? nullptr : Actor(info->parent);
  }
  return false;
}

std::string EventLexicon::StateSince(std::string_view actor) const {
  const ActorInfo* info = Actor(actor);
  // Parents up the registry; the depth bound guards against a cycle.
  for (int depth = 0; info && depth < 8; ++depth) {
    if (auto it = state_since_.find(info->id); it != state_since_.end()) return it->second;
    info = info->parent.empty() ? nullptr : Actor(info->parent);
  }
  return "";
}

bool EventLexicon::NotYetTheState(std::string_view actor, std::string_view day) const {
  const std::string since = StateSince(actor);
  const std::string at = DayForEra(day);
  // The day of the takeover itself is the movement's last conquest.
  return !since.empty() && !at.empty() && at <= since;
}

std::string EventLexicon::GenericForceOf(std::string_view actor, std::string_view alpha3) const {
  auto it = generic_of_force_.find(std::string(actor) + "|" + std::string(alpha3));
  return it == generic_of_force_.end() ? "" : it->second;
}

std::string EventLexicon::Alpha3(std::string_view alpha2) const {
  const std::string* a3 = alpha3_.Find(alpha2);
  return a3 ? *a3 : "";
}

std::string EventLexicon::NationalityCountry(const LexWord& word) const {
  for (std::string_view key : word.variants)
    if (const std::string* a3 = nationality_.Find(key)) return *a3;
  if (const std::string* a3 = nationality_.Find(word.bare())) return *a3;
  return "";
}

Result<std::shared_ptr<const EventLexicon>> EventLexicon::Load(const std::string& data_dir,
                                                               std::shared_ptr<const CliticSegmenter> clitics) {
  auto lex = std::make_shared<EventLexicon>();

  // The clitic grammar the tokenizer segments by (data/ar/clitics.tsv).
  if (clitics) {
    lex->clitics = std::move(clitics);
  } else {
    auto loaded = CliticSegmenter::Load(data_dir);
    if (!loaded.ok()) return loaded.status();
    lex->clitics = std::move(loaded).value();
  }

  // Actors.
  auto actors = ReadTsv(data_dir + "/shared/actors.tsv", "actors",
                        {"id", "name", "acled_inter", "plover_sector", "country", "parent", "valid_from", "valid_to"});
  if (!actors.ok()) return actors.status();
  {
    const TsvFile& f = actors.value();
    int c[8];
    const char* names[8] = {"id", "name", "acled_inter", "plover_sector", "country", "parent", "valid_from", "valid_to"};
    for (int k = 0; k < 8; ++k) c[k] = f.Column(names[k]);
    for (const TsvRow& r : f.rows) {
      ActorInfo a{r.fields[c[0]], r.fields[c[1]], r.fields[c[2]], r.fields[c[3]],
                  r.fields[c[4]], r.fields[c[5]], r.fields[c[6]], r.fields[c[7]], ""};
      if (a.id.empty() || a.name.empty() || a.acled_inter.empty()) return f.Error(r, "actor needs id, name and acled_inter");
      if (!lex->actors_.Insert(a.id, a)) return f.Error(r, "duplicate actor id '" + a.id + "'");
    }
    for (const TsvRow& r : f.rows) {
      const std::string& parent = r.fields[c[5]];
      if (!parent.empty() && !lex->Actor(parent)) return f.Error(r, "unknown parent '" + parent + "'");
    }
    // A movement that took the state (the Taliban, 2021) keeps one id for
    // both lives: its state forces, each dated from the takeover while the
    // movement's own row starts long before, tell the day it became the
    // state. Before that day, it fought as a non-state actor.
    std::unordered_map<std::string, std::string> earliest;  // parent → its state forces' first day
    std::unordered_set<std::string> undated;                // parents with a state force of no date
    for (const TsvRow& r : f.rows) {
      const std::string& parent = r.fields[c[5]];
      if (parent.empty() || r.fields[c[2]] != "State forces") continue;
      const std::string& from = r.fields[c[6]];
      if (from.empty()) {
        undated.insert(parent);
        continue;
      }
      auto [it, fresh] = earliest.emplace(parent, from);
      if (!fresh && from < it->second) it->second = from;
    }
    for (const auto& entry : earliest) {
      const ActorInfo* movement = lex->Actor(entry.first);
      if (!movement || movement->acled_inter != "State forces" || movement->valid_from.empty() ||
          undated.count(entry.first) || entry.second <= movement->valid_from)
        continue;
      lex->state_since_.emplace(entry.first, entry.second);
    }
  }

  // Country codes (alpha-2 of the gazetteer → alpha-3 of the registry).
  auto codes = ReadTsv(data_dir + "/shared/country_codes.tsv", "country_codes", {"alpha2", "alpha3"});
  if (!codes.ok()) return codes.status();
  for (const TsvRow& r : codes->rows) {
    const std::string& a2 = r.fields[codes->Column("alpha2")];
    const std::string& a3 = r.fields[codes->Column("alpha3")];
    if (a2.size() != 2 || a3.size() != 3) return codes->Error(r, "expected ISO alpha-2 and alpha-3 codes");
    lex->alpha3_.Set(a2, a3);
  }

  // Generic forces coded by the event's country.
  auto nf = ReadTsv(data_dir + "/shared/national_forces.tsv", "national_forces", {"generic", "country", "actor"});
  if (!nf.ok()) return nf.status();
  for (const TsvRow& r : nf->rows) {
    const std::string& generic = r.fields[nf->Column("generic")];
    const std::string& country = r.fields[nf->Column("country")];
    const std::string& actor = r.fields[nf->Column("actor")];
    if (!lex->Actor(generic)) return nf->Error(r, "unknown actor '" + generic + "'");
    if (!lex->Actor(actor)) return nf->Error(r, "unknown actor '" + actor + "'");
    // "ISO3/Admin1": the forces of a region that keeps its own (Puntland's
    // police are not the federal police), named as the gazetteer's admin1.
    if (country.size() < 3 || (country.size() > 3 && (country[3] != '/' || country.size() == 4)))
      return nf->Error(r, "country must be an ISO alpha-3 code, or one followed by /Admin1");
    std::vector<std::string>& eras = lex->national_forces_[generic + "|" + country];
    const ActorInfo* info = lex->Actor(actor);
    if (!eras.empty() && info->valid_from.empty() && info->valid_to.empty())
      return nf->Error(r, "a second row for " + generic + " in " + country + " needs an actor with dates (valid_from, valid_to)");
    eras.push_back(actor);
    lex->generic_of_force_.emplace(actor + "|" + country, generic);
  }

  // Non-state actors that govern territory: their detentions are arrests.
  auto gov = ReadTsv(data_dir + "/shared/governing_authorities.tsv", "governing_authorities",
                     {"actor", "scope", "valid_from", "valid_to"});
  if (!gov.ok()) return gov.status();
  for (const TsvRow& r : gov->rows) {
    const std::string& actor = r.fields[gov->Column("actor")];
    const std::string& scope = r.fields[gov->Column("scope")];
    if (!lex->Actor(actor)) return gov->Error(r, "unknown actor '" + actor + "'");
    if (scope.size() < 3 || (scope.size() > 3 && (scope[3] != '/' || scope.size() == 4)))
      return gov->Error(r, "scope must be an ISO alpha-3 code, or one followed by /Admin1");
    lex->governing_[actor].push_back({scope, r.fields[gov->Column("valid_from")], r.fields[gov->Column("valid_to")]});
  }

  // Nationality adjectives, from the place recognizer's own list: a source
  // qualified by one (مصدر عسكري مغربي، "a Syrian military source") speaks
  // for that country's forces.
  for (const char* lang : {"ar", "en"}) {
    auto pl = ReadTsv(data_dir + "/" + lang + "/places.tsv", "places", {"kind", "phrase", "value"});
    if (!pl.ok()) return pl.status();
    const int ck = pl->Column("kind"), cp = pl->Column("phrase"), cv = pl->Column("value");
    for (const TsvRow& r : pl->rows) {
      if (r.fields[ck] != "not_place" || r.fields[cv].size() != 2) continue;
      const std::string a3 = lex->Alpha3(r.fields[cv]);
      if (a3.empty()) continue;
      const std::string& phrase = r.fields[cp];
      lex->nationality_.Set(NormalizeKey(phrase), a3);
      // The feminine (قوات مغربية) and plural (مصادر أمنية لبنانية) agree with
      // their noun; the list gives the masculine.
      if (std::string_view(lang) == "ar") lex->nationality_.Set(NormalizeKey(phrase + "ة"), a3);
    }
  }

  for (const char* lang : {"ar", "en"}) {
    const bool latin = std::string_view(lang) == "en";
    // Aliases.
    auto al = ReadTsv(data_dir + "/" + lang + "/actor_aliases.tsv", "actor_aliases", {"alias", "actor", "kind", "context"});
    if (!al.ok()) return al.status();
    const TsvFile& f = al.value();
    const int ca = f.Column("alias"), cc = f.Column("actor"), ck = f.Column("kind"), cx = f.Column("context");
    // Alias keys written with a straight apostrophe ("Jama'at Nusrat
    // al-Islam", "the army's") and the row each names: read below with a
    // curly one too.
    std::vector<std::pair<std::string, int32_t>> apostrophe_keys;
    for (const TsvRow& r : f.rows) {
      AliasRow row;
      row.actor = r.fields[cc];
      row.kind = r.fields[ck];
      row.line = r.line + (latin ? 1000000 : 0);
      if (row.actor != "@speaker" && row.actor != "@enemy" && !lex->Actor(row.actor)) return f.Error(r, "unknown actor '" + row.actor + "'");
      static const char* kAliasKinds[] = {"official", "common", "abbreviation", "partisan", "pejorative", "generic", "adjective"};
      if (std::none_of(std::begin(kAliasKinds), std::end(kAliasKinds), [&](const char* k) { return row.kind == k; }))
        return f.Error(r, "unknown alias kind '" + row.kind + "'");
      for (const std::string& rule : SplitList(r.fields[cx], ';')) {
        size_t colon = rule.find(':');
        if (colon == std::string::npos) return f.Error(r, "context rule '" + rule + "' has no ':'");
        std::string key = rule.substr(0, colon);
        ContextRule cr;
        cr.values = SplitList(std::string_view(rule).substr(colon + 1), ',');
        if (key == "speaker") cr.kind = ContextRule::Kind::kSpeaker;
        else if (key == "country") cr.kind = ContextRule::Kind::kCountry;
        else if (key == "doc_has") cr.kind = ContextRule::Kind::kDocHas;
        else if (key == "before") cr.kind = ContextRule::Kind::kBefore;
        else if (key == "after") cr.kind = ContextRule::Kind::kAfter;
        else if (key == "followed_by") cr.kind = ContextRule::Kind::kFollowedBy;
        else return f.Error(r, "unknown context rule '" + key + "'");
        if (cr.values.empty()) return f.Error(r, "context rule '" + key + "' has no value");
        if ((cr.kind == ContextRule::Kind::kBefore || cr.kind == ContextRule::Kind::kAfter) &&
            (cr.values.size() != 1 || !IsIsoDate(cr.values[0])))
          return f.Error(r, "context rule '" + key + "' needs one YYYY-MM-DD date");
        if (cr.kind == ContextRule::Kind::kFollowedBy && (cr.values.size() != 1 || cr.values[0] != "place"))
          return f.Error(r, "context rule 'followed_by' takes only 'place'");
        if (cr.kind == ContextRule::Kind::kSpeaker || cr.kind == ContextRule::Kind::kDocHas)
          for (const auto& id : cr.values)
            if (!lex->Actor(id)) return f.Error(r, "unknown actor '" + id + "' in context");
        row.context.push_back(std::move(cr));
      }
      std::string key = NormalizeKey(r.fields[ca]);
      if (key.empty()) return f.Error(r, "empty alias");
      if (latin && row.kind == "abbreviation") {
        ActorInfo* actor = lex->actors_.Find(row.actor);
        if (actor && actor->abbreviation.empty()) actor->abbreviation = r.fields[ca];
      }
      lex->aliases.push_back(std::move(row));
      lex->alias_table.Add(key, static_cast<int32_t>(lex->aliases.size() - 1));
      if (key.find('\'') != std::string::npos) apostrophe_keys.emplace_back(key, static_cast<int32_t>(lex->aliases.size() - 1));
    }

    // A community's armed men ("Afar militiamen", مسلحون من قبيلة التبو) are
    // one militia named after it: every community name joined with every
    // form is an alias of its militia.
    auto cm = ReadTsv(data_dir + "/" + lang + "/community_militias.tsv", "community_militias", {"community", "actor"});
    if (!cm.ok()) return cm.status();
    auto cf = ReadTsv(data_dir + "/" + lang + "/community_militia_forms.tsv", "community_militia_forms", {"form"});
    if (!cf.ok()) return cf.status();
    for (const TsvRow& form : cf->rows)
      if (form.fields[cf->Column("form")].find("{}") == std::string::npos)
        return cf->Error(form, "a form needs {} where the community's name goes");
    for (const TsvRow& r : cm->rows) {
      const std::string& actor = r.fields[cm->Column("actor")];
      if (!lex->Actor(actor)) return cm->Error(r, "unknown actor '" + actor + "'");
      for (const TsvRow& form : cf->rows) {
        std::string alias = form.fields[cf->Column("form")];
        alias.replace(alias.find("{}"), 2, r.fields[cm->Column("community")]);
        const std::string key = NormalizeKey(alias);
        if (key.empty()) return cm->Error(r, "empty community name");
        AliasRow row;
        row.actor = actor;
        row.kind = "common";
        row.line = r.line + (latin ? 1000000 : 0) + 500000;
        row.community = true;
        lex->aliases.push_back(std::move(row));
        lex->alias_table.Add(key, static_cast<int32_t>(lex->aliases.size() - 1));
        if (key.find('\'') != std::string::npos) apostrophe_keys.emplace_back(key, static_cast<int32_t>(lex->aliases.size() - 1));
        std::vector<int32_t>& rows = lex->community_rows[NormalizeKey(r.fields[cm->Column("community")])];
        if (rows.empty()) rows.push_back(static_cast<int32_t>(lex->aliases.size() - 1));
      }
    }

    // "Sudanese forces", القوات السودانية: a nationality adjective with a
    // generic state-force noun names that country's force of the noun's kind
    // (national_forces.tsv), unless an alias already names the phrase.
    auto nff = ReadTsv(data_dir + "/" + lang + "/national_force_forms.tsv", "national_force_forms", {"form", "generic"});
    if (!nff.ok()) return nff.status();
    auto npl = ReadTsv(data_dir + "/" + lang + "/places.tsv", "places", {"kind", "phrase", "value"});
    if (!npl.ok()) return npl.status();
    for (const TsvRow& form : nff->rows) {
      const std::string& pattern = form.fields[nff->Column("form")];
      const std::string& generic = form.fields[nff->Column("generic")];
      if (pattern.find("{}") == std::string::npos) return nff->Error(form, "a form needs {} where the nationality goes");
      if (!lex->Actor(generic)) return nff->Error(form, "unknown actor '" + generic + "'");
      for (const TsvRow& r : npl->rows) {
        if (r.fields[npl->Column("kind")] != "not_place" || r.fields[npl->Column("value")].size() != 2) continue;
        const std::string a3 = lex->Alpha3(r.fields[npl->Column("value")]);
        auto eras = lex->national_forces_.find(generic + "|" + a3);
        // A country whose force changed with its state is named by its own aliases.
        if (a3.empty() || eras == lex->national_forces_.end() || eras->second.size() != 1) continue;
        std::string alias = pattern;
        alias.replace(alias.find("{}"), 2, r.fields[npl->Column("phrase")]);
        const std::string key = NormalizeKey(alias);
        if (key.empty() || lex->alias_table.Find(key)) continue;
        AliasRow row;
        row.actor = eras->second.front();
        row.kind = "common";
        row.line = form.line + (latin ? 1000000 : 0) + 700000;
        lex->aliases.push_back(std::move(row));
        lex->alias_table.Add(key, static_cast<int32_t>(lex->aliases.size() - 1));
        if (key.find('\'') != std::string::npos) apostrophe_keys.emplace_back(key, static_cast<int32_t>(lex->aliases.size() - 1));
      }
    }

    // "Jama’at Nusrat al-Islam", "the army’s forces": news copy writes the
    // apostrophe as often curly as straight, and an alias written with '
    // reads both — unless the file also spells it curly for the same actor
    // and kind (that row is read already).
    for (const auto& [key, id] : apostrophe_keys) {
      std::string curly;
      for (char ch : key) curly += ch == '\'' ? std::string("\xE2\x80\x99") : std::string(1, ch);
      const std::string folded = NormalizeKey(curly);
      if (folded == key) continue;
      const AliasRow& row = lex->aliases[id];
      const std::vector<int32_t>* there = lex->alias_table.Find(folded);
      if (there && std::any_of(there->begin(), there->end(), [&](int32_t o) {
            return lex->aliases[o].actor == row.actor && lex->aliases[o].kind == row.kind;
          }))
        continue;
      lex->alias_table.Add(folded, id);
    }

    // Triggers.
    auto tr = ReadTsv(data_dir + "/" + lang + "/event_triggers.tsv", "event_triggers",
                      {"form", "lemma", "pos", "acled_event_type", "acled_sub_event_type", "plover_event_type",
                       "plover_mode", "voice", "roles", "default_status", "confidence", "specificity"});
    if (!tr.ok()) return tr.status();
    {
      const TsvFile& t = tr.value();
      auto col = [&](const char* n) { return t.Column(n); };
      const int c_form = col("form"), c_lemma = col("lemma"), c_pos = col("pos"), c_type = col("acled_event_type"),
                c_sub = col("acled_sub_event_type"), c_pt = col("plover_event_type"), c_pm = col("plover_mode"),
                c_voice = col("voice"), c_roles = col("roles"), c_status = col("default_status"),
                c_conf = col("confidence"), c_spec = col("specificity");
      for (const TsvRow& r : t.rows) {
        TriggerRow row{r.fields[c_form], r.fields[c_lemma], r.fields[c_pos], r.fields[c_type], r.fields[c_sub],
                       r.fields[c_pt], r.fields[c_pm], r.fields[c_voice], r.fields[c_roles], r.fields[c_status], 0, latin,
                       /*generic=*/false, /*gap_tail=*/{}};
        if (row.voice != "active" && row.voice != "passive" && row.voice != "nominal")
          return t.Error(r, "voice must be active, passive or nominal");
        if (row.acled_event_type.empty() || row.acled_sub_event_type.empty()) return t.Error(r, "missing event type");
        char* endp = nullptr;
        row.confidence = std::strtod(r.fields[c_conf].c_str(), &endp);
        if (r.fields[c_conf].empty() || *endp != '\0' || row.confidence < 0 || row.confidence > 1)
          return t.Error(r, "confidence must be a number in [0, 1]");
        const std::string& spec = r.fields[c_spec];
        if (spec != "specific" && spec != "generic") return t.Error(r, "specificity must be specific or generic");
        row.generic = spec == "generic";
        if (const size_t gap = row.form.find("..."); gap != std::string::npos) {
          const std::string head = NormalizeKey(row.form.substr(0, gap));
          row.gap_tail = NormalizeKey(row.form.substr(gap + 3));
          if (head.empty() || row.gap_tail.empty()) return t.Error(r, "a gap (...) needs words before and after it");
          lex->triggers.push_back(std::move(row));
          lex->gap_head_table.Add(head, static_cast<int32_t>(lex->triggers.size() - 1));
          lex->gap_tail_table.Add(lex->triggers.back().gap_tail, static_cast<int32_t>(lex->triggers.size() - 1));
          continue;
        }
        std::string key = NormalizeKey(row.form);
        if (key.empty()) return t.Error(r, "empty form");
        lex->triggers.push_back(std::move(row));
        lex->trigger_table.Add(key, static_cast<int32_t>(lex->triggers.size() - 1));
      }
    }

    // Cues.
    auto cu = ReadTsv(data_dir + "/" + lang + "/event_cues.tsv", "event_cues", {"cue", "type", "kind", "scope"});
    if (!cu.ok()) return cu.status();
    {
      const TsvFile& t = cu.value();
      const int c_cue = t.Column("cue"), c_type = t.Column("type"), c_kind = t.Column("kind"), c_scope = t.Column("scope");
      for (const TsvRow& r : t.rows) {
        CueRow row{r.fields[c_cue], r.fields[c_type], r.fields[c_kind], r.fields[c_scope]};
        static const char* kScopes[] = {"sentence", "clause", "following", "next", "preceding", "quote", "onward"};
        // A set, not a scan of the list: the check runs for each of the
        // thousands of cue rows at every start-up.
        static const std::unordered_set<std::string_view> kKnownCueTypes(std::begin(kCueTypes), std::end(kCueTypes));
        if (!kKnownCueTypes.contains(row.type))
          return t.Error(r, "unknown cue type '" + row.type + "'");
        if (std::none_of(std::begin(kScopes), std::end(kScopes), [&](const char* x) { return row.scope == x; }))
          return t.Error(r, "unknown cue scope '" + row.scope + "'");
        if (const std::string why = CueKindProblem(row); !why.empty()) return t.Error(r, why);
        std::string key = NormalizeKey(row.cue);
        row.cue = key;
        // A one-letter Arabic cue (the future prefix س) is a clitic, not a
        // word; an English one ("a", an article) is a word.
        if (utf8::CodePointCount(key) < 2 && std::string_view(lang) == "ar") {
          lex->clitic_cues.push_back(std::move(row));
          continue;
        }
        lex->cues.push_back(std::move(row));
        lex->cue_table.Add(key, static_cast<int32_t>(lex->cues.size() - 1));
        // "the governor’s office said": news copy writes the apostrophe as
        // often curly as straight, and a cue written with ' reads both.
        if (key.find('\'') != std::string::npos) {
          std::string curly;
          for (char ch : key) curly += ch == '\'' ? std::string("\xE2\x80\x99") : std::string(1, ch);
          if (std::string folded = NormalizeKey(curly); folded != key)
            lex->cue_table.Add(folded, static_cast<int32_t>(lex->cues.size() - 1));
        }
      }
    }

    // Role phrases before a person's name.
    auto ro = ReadTsv(data_dir + "/" + lang + "/person_roles.tsv", "person_roles", {"phrase", "role", "actor"});
    if (!ro.ok()) return ro.status();
    for (const TsvRow& r : ro->rows) {
      RoleRow row{r.fields[ro->Column("role")], r.fields[ro->Column("actor")]};
      if (row.role.empty()) return ro->Error(r, "empty role");
      if (!row.actor.empty() && !lex->Actor(row.actor)) return ro->Error(r, "unknown actor '" + row.actor + "'");
      std::string key = NormalizeKey(r.fields[ro->Column("phrase")]);
      if (key.empty()) return ro->Error(r, "empty phrase");
      lex->roles.push_back(std::move(row));
      lex->role_table.Add(key, static_cast<int32_t>(lex->roles.size() - 1));
    }
  }

  // Well-known people.
  auto pe = ReadTsv(data_dir + "/shared/persons.tsv", "persons", {"id", "name", "aliases", "role", "actor"});
  if (!pe.ok()) return pe.status();
  for (const TsvRow& r : pe->rows) {
    PersonRow row{r.fields[pe->Column("id")], r.fields[pe->Column("name")], r.fields[pe->Column("role")],
                  r.fields[pe->Column("actor")]};
    if (row.id.empty() || row.name.empty()) return pe->Error(r, "person needs id and name");
    if (!row.actor.empty() && !lex->Actor(row.actor)) return pe->Error(r, "unknown actor '" + row.actor + "'");
    lex->persons.push_back(row);
    const int32_t id = static_cast<int32_t>(lex->persons.size() - 1);
    lex->person_table.Add(NormalizeKey(row.name), id);
    for (const std::string& a : SplitList(r.fields[pe->Column("aliases")], '|')) lex->person_table.Add(NormalizeKey(a), id);
  }
  // Cues are asked at every word by the actor, trigger and event stages.
  lex->cue_table.Remember();
  lex->phrase_starts = PhraseStarts::Build({&lex->alias_table, &lex->trigger_table, &lex->cue_table, &lex->person_table,
                                            &lex->role_table, &lex->gap_head_table, &lex->gap_tail_table});
  return std::shared_ptr<const EventLexicon>(std::move(lex));
}

}  // namespace marsad
