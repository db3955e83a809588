// The annotation types a Doc holds. All spans are in bytes of Doc::norm();
// convert with Doc::ToOriginal() for output. Enum values are written to JSON
// by name (see src/text/json_output.cc), never by number.
#ifndef MARSAD_ANNOTATIONS_H_
#define MARSAD_ANNOTATIONS_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/label.h"
#include "marsad/span.h"

namespace marsad {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol, kUrl };
enum class Script : uint8_t { kNone, kArabic, kLatin, kOther };
// A whitespace-delimited Arabic word may be split into clitic pieces that tile
// it: و + ب + ال + مدينة. kWhole is an unsplit word (or any non-word token).
enum class Piece : uint8_t { kWhole, kProclitic, kStem, kEnclitic };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  Script script = Script::kNone;
  Piece piece = Piece::kWhole;
  bool space_before = false;   // whitespace (or the text start) precedes this token
  uint8_t breaks_before = 0;   // newlines in the whitespace before it, capped at 255
  uint32_t word = 0;           // index of the whitespace-delimited word it belongs to
};

struct Paragraph {
  Span span;
  TokenRange tokens;
};

struct Sentence {
  Span span;
  TokenRange tokens;
  uint32_t paragraph = 0;
};

// A quoted stretch of text, kept as one unit even when it spans sentences.
struct Quote {
  Span span;           // the quoted words, marks excluded
  Span outer;          // with the quotation marks
  TokenRange tokens;   // tokens of `span`
  bool closed = true;  // false when the text ended (or the paragraph did) before a closing mark
  // Words before the quote in its sentence up to the opening mark, where a
  // later stage looks for the speaker ("قال X:", "X said:"). Empty if none.
  TokenRange intro;
  bool after_colon = false;  // the quote opens right after ':' ("X: «...»")
  // Reported speech without quotation marks ("قال X إن ...", "X said that
  // ..."): `span` is what is reported, `outer` equals `span`.
  bool indirect = false;
};

struct NumberMention {
  enum class Kind : uint8_t { kCardinal, kPercent };
  Span span;            // the whole phrase: "أكثر من 300 شخص" without the noun is `value_span`
  TokenRange tokens;
  Kind kind = Kind::kCardinal;
  std::optional<double> value;  // the exact or best figure
  std::optional<double> low;    // lower bound (inclusive)
  std::optional<double> high;   // upper bound (inclusive)
  bool approx = false;          // حوالي، نحو، about
  bool vague = false;           // العشرات، hundreds: a range, no single figure
  Span unit_span;               // the counted noun, empty if none
  std::string unit;             // its normalised text ("قريه", "people")
};

enum class DatePrecision : uint8_t { kSecond, kMinute, kHour, kDay, kWeek, kMonth, kYear };
enum class DateBasis : uint8_t {
  kText,       // the text gives it absolutely ("27 نوفمبر 2024")
  kPublished,  // relative, resolved against the reference time
  kNone,       // relative but no reference time: recognised, unresolved
};

struct DateMention {
  Span span;
  TokenRange tokens;
  bool relative = false;
  bool resolved = false;
  DateBasis basis = DateBasis::kNone;
  DatePrecision precision = DatePrecision::kDay;
  std::string value;      // ISO 8601 cut to precision ("2024-11-27", "2024-11", "2016"); empty if unresolved
  std::string end;        // last day of a range, ISO; empty when not a range
  bool since = false;     // "since X", "منذ X": an open range from X to the reference time
  std::string part_of_day;  // dawn|morning|noon|afternoon|evening|night, or empty
  bool hijri = false;     // named a Hijri month (value left empty unless convertible)
  // A bare year modifying a noun: "the 1988 chemical attack" (the noun
  // follows), هجوم 2017 (the noun precedes). It dates that noun only.
  bool attributive = false;
  // "the next day", "في اليوم التالي", "four days later": days counted from the
  // event told before it, not from the reference. The date reader leaves it
  // unresolved; the events stage fills value/basis from that event's day.
  bool anaphoric = false;
  // "two days after a bombing", بعد يومين من هجوم: the event named after the
  // words lies anaphor_days (<= 0) from the day of the main clause's event.
  // Unresolved like `anaphoric`; the events stage dates the named event.
  bool prior = false;
  int16_t anaphor_days = 0;
};

struct ReferenceTime {
  enum class Basis : uint8_t { kXStatusId, kFeed, kHeader, kHttp, kText, kGiven };
  int64_t unix_ms = 0;
  DatePrecision precision = DatePrecision::kSecond;
  Basis basis = Basis::kGiven;
  Span source;  // where in norm() it was read; empty when given from outside
};

// A resolved place: the fields of the location object of RECORDS.md.
struct Location {
  int64_t geonames_id = 0;   // 0 when the place has none (OCHA or authored entries)
  std::string pcode;         // OCHA P-code, or ""
  std::string name;          // English / Latin name
  std::string name_ar;       // Arabic name, or ""
  double lat = 0, lon = 0;
  std::string country;       // ISO 3166-1 alpha-2
  std::string admin1;        // first-level division name, or ""
  std::string admin2;        // second-level division name, or ""
  std::string feature_code;  // GeoNames feature code (PPLA, ADM1, AIRP, PCLI…)
};

struct PlaceMention {
  Span span;                 // the place name as written (with its facility word: "مطار حلب")
  // The proper name alone, as named-entity corpora mark it: without a leading
  // facility word, cue or class noun (مطار حلب، قطاع غزة، نهر دجلة: حلب، غزة،
  // دجلة). Equal to `span` when there is none; empty when not set (then read
  // `span`).
  Span name_span;
  // The name is a word of an organisation's name (جامعة زيورخ): the place
  // locates what happens there, but named-entity corpora mark no place.
  bool in_org_name = false;
  // The mention is a state's head noun alone (المملكة "the Kingdom"): it
  // stands for the country the text is about, but it is a common noun, and
  // named-entity corpora mark no name.
  bool head_noun_alone = false;
  TokenRange tokens;
  bool resolved = false;
  int32_t entry = -1;        // gazetteer entry id when resolved
  Location location;         // meaningful when resolved
  // in|near|north_of|east_of|south_of|west_of|countryside_of|outskirts_of
  Label relation = "in";
  Span relation_span;        // the words that gave the relation, empty for "in"
  int geo_precision = 1;     // ACLED: 1 exact place, 2 near/part of a place, 3 region or larger
  int32_t parent = -1;       // index in Doc::places of the enclosing place (unresolved names, "X في ريف حلب")
  std::string reason;        // why this candidate won, or why nothing did
  // For a first-level division (ADM1): its seat (the PPLA of that division), where
  // ACLED codes an event known only to lie in the division; name empty when unknown.
  Location seat;
  // The class noun the name was told with (محافظة البيضاء: governorate;
  // بلدة X: town), as data/ar/places.tsv names its kind; empty when none.
  // A province's noun makes a name shared with its seat town the province.
  Label cue;
};

// An actor named in the text (registry: data/shared/actors.tsv).
struct ActorMention {
  Span span;
  TokenRange tokens;
  std::string id;            // registry id ("syr.hts"), or "" when unknown
  std::string name;          // canonical English name
  Label acled_inter;         // State forces, Rebel group, …
  std::string plover_sector;
  std::string country;       // ISO 3166-1 alpha-3
  std::string alias_kind;    // official|common|abbreviation|partisan|pejorative|generic
  bool person = false;       // a named person (with `role`), not an organisation
  std::string role;          // "IRGC commander" for a person, else ""
};

// A word or phrase that reports an event (data/{ar,en}/event_triggers.tsv).
struct TriggerMention {
  Span span;          // the evidence: the whole form, a gapped form's words after the gap included
  TokenRange tokens;  // the words that name the event (of a gapped form, those before the gap)
  std::string lemma;
  Label acled_event_type;      // "casualty" for tolls that attach to an event
  Label acled_sub_event_type;
  Label plover_event_type;
  Label plover_mode;
  Label voice;                 // active|passive|nominal
  std::string roles;           // as in the lexicon
  Label default_status;
  double confidence = 0;
  bool generic = false;              // any violent act ("attack"), not a kind of action
  bool definite = false;             // written as given information: الهجوم، "the attack"
  bool instrument = false;           // a noun after ب / "with": the means of another event
};

struct EventArgument {
  int32_t actor = -1;        // index into Doc::actors, -1 when implicit or none
  bool implicit = false;     // from a passive or the document's main actor
  std::string implicit_id;   // registry id when implicit
  // The registry actor the event codes a named mention as, or "": a crowd in
  // a riot is Rioters; "the police" of an event in Iraq is Iraq's police.
  std::string coded_id;
  // The registry names of an implicit actor, or of a coded one (empty
  // spans); id empty when the registry does not know the id.
  ActorMention identity;
};

struct CasualtyFigure {
  std::optional<double> low, best, high;
  Span span;                 // the number mention's span, empty if none
};

struct Event {
  int32_t trigger = -1;      // index into Doc::triggers
  Label acled_event_type, acled_sub_event_type;
  Label plover_event_type, plover_mode;
  EventArgument actor1, actor2;
  int32_t place = -1;        // index into Doc::places, -1 if none
  int32_t date = -1;         // index into Doc::dates, -1 → publication date
  Label time_basis;          // text|published
  std::optional<CasualtyFigure> fatalities, civilian_fatalities, injuries;
  bool cumulative = false;   // a running toll ("since Wednesday")
  std::vector<int32_t> quantities;  // indices into Doc::numbers (70%, 16 villages)
  Label status = "reported";  // reported|claimed|hedged|negated|intent|historical
  int32_t quote = -1;        // the quote it was reported in, if any
  std::string attribution_source;
  Label attribution_kind;
  Span attribution_span;
  uint32_t sentence = 0;     // evidence: Doc::sentences[sentence]
  double confidence = 0;
};

// The lookup keys of a LexWord, in the order added: a few short strings in
// one buffer, so that a word costs one allocation for all of them rather
// than one per key and one for the list (words are built for every token of
// every document). Reads like a container of std::string_view.
class WordVariants {
 public:
  // BuildLexWords adds at most 12: the word, two tokenizer stems with and
  // without the article, six letter-level forms and an imperfect plural's
  // indicative (يرشقوا → يرشقون).
  static constexpr size_t kMax = 12;

  // Adds `v`, even if empty or present. REQUIRES: size() < kMax.
  void Append(std::string_view v) { AppendJoined({}, v); }
  // Adds `v` unless it is empty or present.
  void Add(std::string_view v) {
    if (!v.empty() && !Contains({}, v)) Append(v);
  }
  // Adds prefix + stem unless present; builds no temporary string.
  void AddJoined(std::string_view prefix, std::string_view stem) {
    if (!Contains(prefix, stem)) AppendJoined(prefix, stem);
  }

  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  std::string_view operator[](size_t i) const {
    const uint32_t b = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_).substr(b, ends_[i] - b);
  }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;
    const_iterator() = default;
    const_iterator(const WordVariants* v, size_t i) : v_(v), i_(i) {}
    std::string_view operator*() const { return (*v_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const WordVariants* v_ = nullptr;
    size_t i_ = 0;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, n_}; }

  bool operator==(const WordVariants& o) const {
    if (n_ != o.n_ || bytes_ != o.bytes_) return false;
    for (size_t i = 0; i < n_; ++i)
      if (ends_[i] != o.ends_[i]) return false;
    return true;
  }

 private:
  bool Contains(std::string_view prefix, std::string_view stem) const {
    // Runs for every variant of every word: the sizes rule out nearly all,
    // so the bytes are compared only then, and without building substrings.
    const size_t n = prefix.size() + stem.size();
    for (size_t i = 0; i < n_; ++i) {
      const uint32_t b = i == 0 ? 0 : ends_[i - 1];
      if (ends_[i] - b != n) continue;
      const char* x = bytes_.data() + b;
      if ((prefix.empty() || std::memcmp(x, prefix.data(), prefix.size()) == 0) &&
          (stem.empty() || std::memcmp(x + prefix.size(), stem.data(), stem.size()) == 0))
        return true;
    }
    return false;
  }
  void AppendJoined(std::string_view prefix, std::string_view stem) {
    assert(n_ < kMax);
    bytes_.append(prefix).append(stem);
    ends_[n_++] = static_cast<uint32_t>(bytes_.size());
  }

  std::string bytes_;  // the keys one after another
  uint32_t ends_[kMax] = {};
  uint8_t n_ = 0;
};

// A whitespace word (or one punctuation / number token) as the extraction
// stages look words up in their lexicons (src/extract/lex_words.h).
struct LexWord {
  uint32_t first = 0, end = 0;  // tokens [first, end)
  bool is_word = false;         // letters (Arabic or Latin)
  bool number = false;
  bool clause_break = false;    // , ، ; ؛ : and similar punctuation
  bool quote_mark = false;
  WordVariants variants;        // keys for the first word of a phrase, text() first
  uint8_t article_bytes = 0;    // length of a leading article in text() (0 if none)
  // The norm text of the whole word: the first variant, not a copy of its own
  // (words are built for every token of every document).
  std::string_view text() const { return variants[0]; }
  // text() without a leading article (later words of a phrase).
  std::string_view bare() const { return text().substr(article_bytes); }
  // The variants that begin a phrase of the extractor's lexicon, looked up
  // once per document for all its tables (PhraseStarts::Mark): bit i stands
  // for variants[i], whose row there is start_rows[i]; bit t of
  // start_tables for the tables (by column) that have any of them.
  // `starts_of` is that index's id; 0 when the word was not marked (each
  // table then looks the variants up itself).
  uint64_t starts_of = 0;
  uint16_t starts = 0;
  uint16_t start_tables = 0;
  uint32_t start_rows[WordVariants::kMax] = {};
  // The longest phrase at this word of the one table that remembers it
  // (PhraseTable::Remember: the cue table, asked at every word by the
  // actor, trigger and event stages): `memo_of` is that table's memo id (0:
  // not asked yet) and `memo_end` the end of the words it was asked over,
  // which bounds the phrase.
  mutable uint64_t memo_of = 0;
  mutable const LexWord* memo_end = nullptr;
  mutable const std::vector<int32_t>* memo_ids = nullptr;
  mutable uint32_t memo_len = 0;
};

struct Metadata {
  enum class Kind : uint8_t { kHeaderDate, kSourceUrl };
  Kind kind;
  Span span;
  std::string value;
};

}  // namespace marsad

#endif  // MARSAD_ANNOTATIONS_H_
