// EventLexicon: the extractor's linguistic data (doc/lexicons.md), loaded,
// validated and indexed for phrase lookup over a Doc's words.
//
// Files read from data_dir: shared/actors.tsv, shared/persons.tsv,
// shared/country_codes.tsv, {ar,en}/actor_aliases.tsv, {ar,en}/event_triggers.tsv,
// {ar,en}/event_cues.tsv, {ar,en}/person_roles.tsv. Every entry is passed
// through NormalizeKey(); a malformed row fails Load() with "path:line".
//
// Matching works on LexWords: whitespace words assembled from clitic pieces.
// The first word of a phrase is looked up in its variants (the word with the
// proclitics و ف ب ل ك and the article stripped, both as the tokenizer split
// them and by letters); later words are compared whole or without the article.
//
// Immutable after Load(); lookups are thread-safe.
#ifndef MARSAD_EXTRACT_EVENT_LEXICON_H_
#define MARSAD_EXTRACT_EVENT_LEXICON_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/doc.h"
#include "marsad/label.h"
#include "extract/phrase_starts.h"
#include "marsad/status.h"
#include "text/clitics.h"
#include "util/key_filter.h"
#include "util/string_set.h"

namespace marsad {

// Words of tokens [begin, end), in order. A pipeline keeps the words of the
// whole document in doc.lex_words (lex_words.h).
std::vector<LexWord> BuildLexWords(const Doc& doc, uint32_t begin, uint32_t end);

// Whether word w carries the Arabic article ال among its proclitics
// (الهجوم، والهجمات).
bool CarriesArticle(const Doc& doc, const LexWord& w);

// Phrase → ids, matched longest-first at a word position.
class PhraseTable {
 public:
  // `phrase` is already normalised; words are separated by single spaces.
  void Add(std::string_view phrase, int32_t id);
  // Longest phrase starting at words[at]; returns its word count (0 if none)
  // and points *ids at the ids stored for it.
  size_t Longest(std::span<const LexWord> words, size_t at, const std::vector<int32_t>** ids) const {
    // Most words begin no phrase of this table (PhraseStarts): answered
    // here, without a call, at every word for every table.
    const LexWord& w = words[at];
    if (starts_id_ != 0 && w.starts_of == starts_id_ && !(w.start_tables >> column_ & 1u)) return 0;
    if (memo_id_ == 0) return LongestAt(words, at, ids);
    const LexWord* end = words.data() + words.size();
    if (w.memo_of == memo_id_ && w.memo_end == end) {
      if (w.memo_len != 0) *ids = w.memo_ids;
      return w.memo_len;
    }
    const size_t n = LongestAt(words, at, ids);
    w.memo_of = memo_id_;
    w.memo_end = end;
    w.memo_len = static_cast<uint32_t>(n);
    w.memo_ids = n != 0 ? *ids : nullptr;
    return n;
  }
  // Keeps each word's answer to Longest() on the word (LexWord::memo_of),
  // for a table several stages ask at every word of a document.
  void Remember();
  bool Has(std::string_view phrase) const;
  // How many words from words[at] read as a phrase or as the opening of a
  // longer one (0 if none): past Longest() when the text follows a longer
  // phrase for some words and then goes its own way.
  size_t Reach(std::span<const LexWord> words, size_t at) const;
  // The ids stored for `phrase` (normalised), or null.
  const std::vector<int32_t>* Find(std::string_view phrase) const;
  size_t size() const { return size_; }

 private:
  friend class PhraseStarts;
  size_t LongestAt(std::span<const LexWord> words, size_t at, const std::vector<int32_t>** ids) const;
  size_t KeyIndex(std::string_view key);  // in keys_ and ids_; inserts `key` if new
  void Attach(std::shared_ptr<const PhraseStarts> starts, uint32_t column) {
    starts_ = std::move(starts);
    starts_id_ = starts_->id();
    column_ = column;
  }
  // The rest of Longest() once the variant `v` of words[at] is known to be
  // the key `k1`: the longest phrase from there, if longer than *best.
  void Extend(std::span<const LexWord> words, size_t at, std::string_view v, size_t k1, int* later_article,
              size_t* best, const std::vector<int32_t>** ids) const;

  // Every phrase and every proper word prefix of one ("غارات" of "غارات
  // جوية") in one flat table, with the ids of each by its index (none for a
  // prefix only). Longest() probes at nearly every word; one probe per length
  // answers both "is it a phrase" and "can a longer one start so".
  StringSet keys_;
  std::vector<std::vector<int32_t>> ids_;
  // By key index: some longer phrase begins with the key and a space. Most
  // words that begin or are a phrase begin no longer one (a trigger verb):
  // the walk stops there without building and probing the next key.
  std::vector<bool> extends_;
  KeyFilter first_filter_;
  // The index of first words this table shares with others, and its column
  // there (PhraseStarts): words marked by it need no lookup of their own.
  std::shared_ptr<const PhraseStarts> starts_;
  uint64_t starts_id_ = 0;  // starts_->id(), or 0 when detached
  uint32_t column_ = 0;
  size_t size_ = 0;  // phrases
  size_t max_words_ = 0;
  uint64_t memo_id_ = 0;  // unique per table and content (Remember); 0: no memo
};

struct ActorInfo {
  std::string id, name, acled_inter, plover_sector, country, parent, valid_from, valid_to;
  std::string abbreviation;  // first English alias of kind `abbreviation` ("IRGC"), or ""
};

struct ContextRule {
  enum class Kind : uint8_t { kSpeaker, kCountry, kDocHas, kBefore, kAfter, kFollowedBy };
  Kind kind;
  std::vector<std::string> values;  // ids or ISO3 codes; one ISO date for before/after; "place" for followed_by
};

struct AliasRow {
  std::string actor;  // registry id or "@speaker"
  std::string kind;
  std::vector<ContextRule> context;
  int line = 0;       // file order decides ties
  bool community = false;  // made from community_militias.tsv and its forms
};

struct TriggerRow {
  std::string form, lemma;
  Label pos, acled_event_type, acled_sub_event_type, plover_event_type, plover_mode, voice;
  std::string roles;
  Label default_status;
  double confidence = 0;
  bool latin = false;
  bool generic = false;  // "attack", هجوم: takes the kind of a co-referent specific event
  // A form written with a gap ("أطلق ... النار"): the words after it,
  // normalised; empty for a form of consecutive words.
  std::string gap_tail;
};

struct CueRow {
  std::string cue;
  Label type, kind, scope;
};

struct PersonRow {
  std::string id, name, role, actor;
};

struct RoleRow {
  std::string role;   // English role word ("commander")
  std::string actor;  // the organisation it implies, or "" (then the next actor mention gives it)
};

class EventLexicon {
 public:
  // `clitics`: the tokenizer's segmenter, shared rather than read again from
  // data_dir (null: loaded here). Only its clitic grammar is used, so the
  // known words a tokenizer added to it change nothing here.
  static Result<std::shared_ptr<const EventLexicon>> Load(const std::string& data_dir,
                                                          std::shared_ptr<const CliticSegmenter> clitics = nullptr);

  const ActorInfo* Actor(std::string_view id) const;
  // True when `id` is `ancestor` or one of its descendants.
  bool IsWithin(std::string_view id, std::string_view ancestor) const;
  // True when one of the two is the other or a unit of it, either way.
  bool Related(std::string_view a, std::string_view b) const { return IsWithin(a, b) || IsWithin(b, a); }
  // The cue row of `type` that the word is by itself (under any of its
  // keys), or null; a longer cue starting at the word does not hide it.
  const CueRow* WordCue(const LexWord& word, std::string_view type) const;
  // The cue of `type` whose words are exactly `key` (a match key), or null:
  // for a trigger's lemma ("siege" as a battle_manner cue).
  const CueRow* KeyCue(std::string_view key, std::string_view type) const;
  // ISO 3166-1 alpha-3 for an alpha-2 code, or "".
  std::string Alpha3(std::string_view alpha2) const;
  // The force of country `alpha3` that a generic one (gen.police) is coded as
  // there (data/shared/national_forces.tsv), or "". A country whose forces
  // changed (Syria's after 2024-12-08) has a row per era: `day` (ISO, or a
  // month or a year) picks the force the registry dates to it; without a day,
  // the force of today. `alpha3` may be "ISO3/Admin1" (SOM/Bari): a region
  // that keeps forces of its own (Puntland, Iraqi Kurdistan) has rows so keyed.
  std::string NationalForce(std::string_view generic, std::string_view alpha3, std::string_view day = "") const;
  // The generic force (gen.police) whose row in country `alpha3` is `actor`,
  // or "": "police" read as Somalia's police is the generic police there.
  std::string GenericForceOf(std::string_view actor, std::string_view alpha3) const;
  // The day a movement filed as State forces became the state (its state
  // forces in actors.tsv all start then, long after its own row does), for
  // it or its nearest such ancestor; "" for any other actor.
  std::string StateSince(std::string_view actor) const;
  // Whether `actor` on `day` (ISO, a month or a year) was a movement that
  // had not yet taken the state (StateSince): on the takeover day too.
  bool NotYetTheState(std::string_view actor, std::string_view day) const;
  // Whether `actor` or one of its ancestors governs the place de facto
  // (data/shared/governing_authorities.tsv) on `day` (ISO, a month or a
  // year; empty: today): its detentions there are arrests, not abductions.
  bool GovernsTerritory(std::string_view actor, std::string_view alpha3, std::string_view admin1,
                        std::string_view day = "") const;
  // The ISO alpha-3 country of a nationality adjective (the not_place rows
  // of data/{ar,en}/places.tsv that give a country: مغربي، مغربية،
  // "Syrian"), looked up by any of the word's variants; "" for other words.
  std::string NationalityCountry(const LexWord& word) const;

  std::vector<AliasRow> aliases;
  std::vector<TriggerRow> triggers;
  std::vector<CueRow> cues;
  // One-letter cues (the future prefix س): proclitics the tokenizer splits
  // off a word, matched on the word that carries them, not as words.
  std::vector<CueRow> clitic_cues;
  std::vector<PersonRow> persons;
  std::vector<RoleRow> roles;
  PhraseTable alias_table, trigger_table, cue_table, person_table, role_table;
  // A community's name (normalised) → the alias rows its militia was given
  // (community_militias.tsv): the second of two communities joined by و
  // after a form names the other militia (مسلحين من قبيلتي X وY).
  std::unordered_map<std::string, std::vector<int32_t>> community_rows;
  // Forms with a gap: their words before it, and after it.
  PhraseTable gap_head_table, gap_tail_table;
  // The first words of all the tables above (LexWordReader marks the words).
  std::shared_ptr<const PhraseStarts> phrase_starts;
  // The tokenizer's clitic grammar, for a word's readings the tokens do not
  // give (a noun the segmenter's lexicon lacks, before a pronoun).
  std::shared_ptr<const CliticSegmenter> clitics;

 private:
  // Searched by string_view: the passes ask many times per event, and a
  // std::string built for each ask was a visible cost.
  FlatStringMap<ActorInfo> actors_;
  FlatStringMap<std::string> alpha3_;
  FlatStringMap<std::string> nationality_;  // normalized adjective form → ISO alpha-3
  std::unordered_map<std::string, std::string> state_since_;  // movement id → the day it became the state
  std::unordered_map<std::string, std::string> generic_of_force_;  // "actor|ISO3" → generic
  std::unordered_map<std::string, std::vector<std::string>> national_forces_;  // "generic|ISO3" → actor ids, one per era
  struct GoverningRow {
    std::string scope, valid_from, valid_to;  // scope: ISO3 or ISO3/Admin1
  };
  std::unordered_map<std::string, std::vector<GoverningRow>> governing_;  // actor id → where and when it governs
};

// Per token: the index of its sentence (-1 if none) and of the innermost
// quote holding it (-1 if none).
std::vector<int32_t> TokenSentences(const Doc& doc);
std::vector<int32_t> TokenQuotes(const Doc& doc);
// The reference time as an ISO day ("2024-11-30"), or "" when there is none.
std::string ReferenceDay(const Doc& doc);
// Year of an ISO date prefix ("2016", "2024-11-27"), or 0.
int IsoYear(std::string_view iso);
// Whether an ACLED event type is one of political violence: a battle, an
// explosion or remote violence, or violence against civilians.
inline bool ViolentEventType(std::string_view acled_event_type) {
  return acled_event_type == "Battles" || acled_event_type == "Explosions/Remote violence" ||
         acled_event_type == "Violence against civilians";
}

// Constants of Arabic orthography used by the matchers.
inline constexpr std::string_view kArArticle = "\xD8\xA7\xD9\x84";  // ال

}  // namespace marsad

#endif  // MARSAD_EXTRACT_EVENT_LEXICON_H_
