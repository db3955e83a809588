#include "text/numbers.h"

#include <algorithm>
#include <bitset>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/metadata.h"
#include "text/normalize.h"
#include "util/affix.h"
#include "util/key_filter.h"
#include "util/string_set.h"
#include "util/tsv.h"

namespace marsad {

namespace {

// What a phrase does in a quantity; one per phrase.
enum class Role : uint8_t {
  kNone,
  kNum,
  kMult,
  kVague,
  kApprox,
  kMoreThan,
  kAtLeast,
  kLessThan,
  kUpTo,
  kPercent,
  kDual  // a noun in the dual: the count (2) and the counted noun in one word
};

constexpr uint32_t Bit(Role r) { return 1u << static_cast<int>(r); }
constexpr uint32_t kNumberRoles = Bit(Role::kNum) | Bit(Role::kMult) | Bit(Role::kVague);
constexpr uint32_t kModifierRoles = Bit(Role::kApprox) | Bit(Role::kMoreThan) |
                                    Bit(Role::kAtLeast) | Bit(Role::kLessThan) | Bit(Role::kUpTo);

// Properties a word may have besides its role; they combine.
enum Flag : uint16_t {
  kConj = 1 << 0,
  kPartitive = 1 << 1,
  kArticle = 1 << 2,
  kYearBefore = 1 << 3,
  kYearSuffix = 1 << 4,
  kMonth = 1 << 5,
  kNotUnit = 1 << 6,
  kStarter = 1 << 7,  // first word of a multi-word phrase: try the longer keys
};

enum Where : uint8_t { kBefore = 1, kAfter = 2 };

struct Entry {
  Role role = Role::kNone;
  uint16_t flags = 0;
  uint8_t where = 0;
  bool has_range = false;
  double value = 0, low = 0, high = 0;
};

bool ParseNumberField(const std::string& f, double* out) {
  if (f.empty()) return false;
  char* end = nullptr;
  double v = std::strtod(f.c_str(), &end);
  if (end != f.c_str() + f.size() || !std::isfinite(v) || v < 0) return false;
  *out = v;
  return true;
}

}  // namespace

class NumberLexicon {
 public:
  static Result<std::unique_ptr<NumberLexicon>> Load(const std::string& data_dir) {
    auto lex = std::make_unique<NumberLexicon>();
    for (const char* lang : {"ar", "en"})
      MARSAD_RETURN_IF_ERROR(lex->LoadFile(data_dir + "/" + lang + "/numbers.tsv"));
    auto longest_first = [](const std::string& a, const std::string& b) {
      return a.size() > b.size();
    };
    std::stable_sort(lex->prefixes_.begin(), lex->prefixes_.end(), longest_first);
    std::stable_sort(lex->enclitics_.begin(), lex->enclitics_.end(), longest_first);
    for (const std::string& p : lex->prefixes_)
      lex->prefix_info_.push_back(Prefix{p, (lex->Flags(p) & kConj) != 0});
    lex->GroupPrefixes();
    return lex;
  }

  const Entry* Find(std::string_view key) const {
    if (key.empty() || !filter_.MayContain(key)) return nullptr;
    const size_t k = keys_.Find(key);
    return k == StringSet::kNone ? nullptr : &entries_[k];
  }
  uint16_t Flags(std::string_view key) const {
    const Entry* e = Find(key);
    return e ? e->flags : 0;
  }
  // Whether `words` (two or more, space-joined) begin a longer phrase: a
  // phrase match grows word by word and stops where this is false, so a
  // common starter ("في", "a", "in") costs one probe, not one per length.
  bool Continues(std::string_view words) const {
    return continued_filter_.MayContain(words) && continued_.Find(words) != StringSet::kNone;
  }
  // Glued prefixes (و، ب، وب...), longest first, each with whether it is a
  // conjunction.
  struct Prefix {
    std::string text;
    bool conj = false;
  };
  // The prefixes that begin with the first character of `word`, longest
  // first: the only ones that can match it. Every Arabic word of a document
  // is tried against the prefixes, and most begin with none of their letters.
  const std::vector<Prefix>& PrefixesOf(std::string_view word) const {
    if (word.empty()) return no_prefixes_;
    const auto b0 = static_cast<unsigned char>(word[0]);
    if (b0 < 0x80) return by_first_char_[b0];
    if (b0 >= 0xC0 && b0 < 0xE0 && word.size() >= 2) return by_first_char_[FirstChar(b0, static_cast<unsigned char>(word[1]))];
    return other_prefixes_;
  }
  const std::vector<std::string>& enclitics() const { return enclitics_; }
  bool IsUnitPrefix(std::string_view p) const { return unit_prefixes_.count(std::string(p)) > 0; }
  uint32_t max_words() const { return max_words_; }

 private:
  Status LoadFile(const std::string& path);
  // Index of a character below U+0800 by its one or two UTF-8 bytes (the
  // second byte is ignored for ASCII).
  static size_t FirstChar(unsigned char b0, unsigned char b1) {
    return b0 < 0x80 ? b0 : (size_t{b0 & 0x1Fu} << 6) | (b1 & 0x3Fu);
  }
  // Fills by_first_char_ and other_prefixes_ from prefix_info_, keeping its
  // order within each list.
  void GroupPrefixes() {
    by_first_char_.assign(0x800, {});
    other_prefixes_.clear();
    for (const Prefix& p : prefix_info_) {
      const auto b0 = static_cast<unsigned char>(p.text[0]);
      if (b0 < 0x80)
        by_first_char_[b0].push_back(p);
      else if (b0 >= 0xC0 && b0 < 0xE0 && p.text.size() >= 2)
        by_first_char_[FirstChar(b0, static_cast<unsigned char>(p.text[1]))].push_back(p);
      else
        other_prefixes_.push_back(p);  // three- and four-byte first characters, stray bytes
    }
  }
  // The entry of `key`, added empty if new; valid until the next Insert().
  Entry& Insert(const std::string& key) {
    filter_.Add(key);
    if (keys_.Insert(key)) entries_.emplace_back();
    return entries_[keys_.Find(key)];
  }

  // Keys in a flat StringSet and entries by the key's index: Find() runs at
  // nearly every token, and one open-addressing probe costs less than a
  // node-based map's.
  StringSet keys_;
  std::vector<Entry> entries_;
  KeyFilter filter_;
  std::vector<std::string> prefixes_;  // longest first
  std::vector<Prefix> prefix_info_;
  std::vector<std::vector<Prefix>> by_first_char_;  // by FirstChar() of the first character
  std::vector<Prefix> other_prefixes_;               // first character outside U+0000-U+07FF
  std::vector<Prefix> no_prefixes_;
  std::vector<std::string> enclitics_;  // longest first
  std::unordered_set<std::string> unit_prefixes_;
  uint32_t max_words_ = 1;
  StringSet continued_;  // proper prefixes of two or more words of phrases
  KeyFilter continued_filter_;
};

Status NumberLexicon::LoadFile(const std::string& path) {
  auto file = ReadTsv(path, "numbers", {"phrase", "role", "value", "low", "high", "where"});
  if (!file.ok()) return file.status();
  const TsvFile& f = *file;
  const int c_phrase = f.Column("phrase"), c_role = f.Column("role"), c_value = f.Column("value"),
            c_low = f.Column("low"), c_high = f.Column("high"), c_where = f.Column("where");
  static const std::unordered_map<std::string_view, Role> kRoles = {{"num", Role::kNum},
                                                                    {"mult", Role::kMult},
                                                                    {"vague", Role::kVague},
                                                                    {"approx", Role::kApprox},
                                                                    {"more_than", Role::kMoreThan},
                                                                    {"at_least", Role::kAtLeast},
                                                                    {"less_than", Role::kLessThan},
                                                                    {"up_to", Role::kUpTo},
                                                                    {"percent", Role::kPercent},
                                                                    {"dual", Role::kDual}};
  static const std::unordered_map<std::string_view, uint16_t> kFlags = {
      {"conj", kConj},
      {"partitive", kPartitive},
      {"article", kArticle},
      {"year_before", kYearBefore},
      {"year_suffix", kYearSuffix},
      {"month", kMonth | kNotUnit},
      {"not_unit", kNotUnit}};
  for (const TsvRow& row : f.rows) {
    const std::string key = NormalizeKey(row.fields[c_phrase]);
    const std::string& role_name = row.fields[c_role];
    const std::string& value_f = row.fields[c_value];
    const std::string& low_f = row.fields[c_low];
    const std::string& high_f = row.fields[c_high];
    const std::string& where_f = row.fields[c_where];
    if (key.empty()) return f.Error(row, "empty phrase");
    const bool multi_word = key.find(' ') != std::string::npos;

    // Piece lists: single words that never stand alone as a phrase.
    if (role_name == "prefix" || role_name == "enclitic" || role_name == "unit_prefix") {
      if (multi_word) return f.Error(row, "a " + role_name + " must be one word: '" + key + "'");
      if (!value_f.empty() || !low_f.empty() || !high_f.empty() || !where_f.empty())
        return f.Error(row, "role " + role_name + " takes no value, low, high or where");
      auto& list = role_name == "prefix" ? prefixes_ : enclitics_;
      if (role_name == "unit_prefix")
        unit_prefixes_.insert(key);
      else if (std::find(list.begin(), list.end(), key) == list.end())
        list.push_back(key);
      continue;
    }

    Entry e;
    uint16_t flags = 0;
    if (auto it = kRoles.find(role_name); it != kRoles.end()) {
      e.role = it->second;
    } else if (auto fl = kFlags.find(role_name); fl != kFlags.end()) {
      flags = fl->second;
    } else {
      return f.Error(row, "unknown role '" + role_name + "'");
    }

    if (e.role == Role::kDual) {
      if (!value_f.empty()) return f.Error(row, "role dual takes no value: it counts two");
      e.value = 2;
    }
    const bool wants_value = e.role == Role::kNum || e.role == Role::kMult;
    if (wants_value) {
      if (!ParseNumberField(value_f, &e.value) || e.value <= 0)
        return f.Error(row,
                       "role " + role_name + " needs a positive value, found '" + value_f + "'");
    } else if (!value_f.empty()) {
      return f.Error(row, "role " + role_name + " takes no value");
    }
    const bool range_allowed = e.role == Role::kMult || e.role == Role::kVague;
    if (!low_f.empty() || !high_f.empty()) {
      if (!range_allowed) return f.Error(row, "role " + role_name + " takes no low/high");
      // An empty high is an open upper bound: "scores of" promises at least
      // one score and nothing about the most.
      if (!ParseNumberField(low_f, &e.low))
        return f.Error(row, "low must be a number when a range is given");
      if (high_f.empty())
        e.high = std::numeric_limits<double>::infinity();
      else if (!ParseNumberField(high_f, &e.high))
        return f.Error(row, "high must be a number or empty");
      if (e.low > e.high) return f.Error(row, "low is greater than high");
      e.has_range = true;
    } else if (e.role == Role::kVague) {
      return f.Error(row, "role vague needs low (high may be left empty)");
    }
    const bool is_modifier = (Bit(e.role) & kModifierRoles) != 0;
    if (where_f.empty()) {
      e.where = is_modifier ? kBefore : 0;
    } else {
      if (!is_modifier) return f.Error(row, "role " + role_name + " takes no where");
      if (where_f == "before")
        e.where = kBefore;
      else if (where_f == "after")
        e.where = kAfter;
      else if (where_f == "both")
        e.where = kBefore | kAfter;
      else
        return f.Error(row, "where must be before, after or both, found '" + where_f + "'");
    }

    Entry& slot = Insert(key);
    if (e.role != Role::kNone) {
      if (slot.role != Role::kNone &&
          (slot.role != e.role || slot.value != e.value || slot.has_range != e.has_range ||
           slot.low != e.low || slot.high != e.high || slot.where != e.where))
        return f.Error(row, "'" + key + "' already has a different role or value");
      const uint16_t keep = slot.flags;
      slot = e;
      slot.flags = keep;
    }
    slot.flags |= flags;

    if (multi_word) {
      uint32_t words = 1 + static_cast<uint32_t>(std::count(key.begin(), key.end(), ' '));
      max_words_ = std::max(max_words_, words);
      Insert(key.substr(0, key.find(' '))).flags |= kStarter;
      for (size_t sp = key.find(' ', key.find(' ') + 1); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
        continued_.Insert(std::string_view(key).substr(0, sp));
        continued_filter_.Add(std::string_view(key).substr(0, sp));
      }
    }
  }
  return Status::OK();
}

namespace {

// A lexical unit: the pieces of one Arabic word (و + ال + عشرات) joined back,
// or any other single token. Phrases in the lexicon are matched unit by unit.
struct Unit {
  uint32_t tb = 0, te = 0;      // tokens [tb, te)
  uint32_t begin = 0, end = 0;  // bytes of norm()
  TokenKind kind = TokenKind::kWord;
  bool arabic = false;
  bool space_before = false;
  bool line_before = false;
};

struct Match {
  const Entry* entry = nullptr;
  uint32_t units = 0;        // units consumed
  uint32_t skip = 0;         // bytes of a glued prefix stripped from the first unit
  bool conj_prefix = false;  // that prefix is a conjunction (و)
};

// A figure before modifiers: exact (value) or a range.
struct Quantity {
  uint32_t begin_unit = 0, end_unit = 0;
  uint32_t skip = 0;
  bool range = false;
  bool vague = false;
  double value = 0, low = 0, high = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads a digit run with separators. ٬ groups thousands and ٫ is a decimal
// point; ',' groups thousands when exactly three digits follow, else it is a
// decimal point; '.' is a decimal point unless it repeats (1.200.000). Fails
// on anything else (27.11.2024, 1.2.3) and on more than 15 digits (ids).
bool ParseDigits(std::string_view s, double* out, bool* plain) {
  constexpr int kMaxSeps = 8;
  char sep_kind[kMaxSeps];  // ',' '.' 'T' (٬) 'D' (٫)
  uint32_t group_len[kMaxSeps + 1] = {0};
  int seps = 0, dots = 0, digits = 0;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (IsDigit(c)) {
      ++group_len[seps];
      ++digits;
      ++i;
      continue;
    }
    char kind;
    if (c == ',' || c == '.') {
      kind = c;
      ++i;
    } else if (static_cast<unsigned char>(c) == 0xD9 && i + 1 < s.size() &&
               (static_cast<unsigned char>(s[i + 1]) == 0xAB ||
                static_cast<unsigned char>(s[i + 1]) == 0xAC)) {
      kind = static_cast<unsigned char>(s[i + 1]) == 0xAB ? 'D' : 'T';
      i += 2;
    } else {
      return false;
    }
    if (seps == kMaxSeps) return false;
    if (kind == '.') ++dots;
    sep_kind[seps++] = kind;
  }
  if (digits == 0 || digits > 15) return false;
  for (int g = 0; g <= seps; ++g)
    if (group_len[g] == 0) return false;
  int decimal_at = -1;  // index of the separator that is a decimal point
  for (int k = 0; k < seps; ++k) {
    const bool three = group_len[k + 1] == 3;
    bool thousands;
    switch (sep_kind[k]) {
      case 'T':
        thousands = true;
        break;
      case 'D':
        thousands = false;
        break;
      case ',':
        thousands = three;
        break;
      default:
        thousands = dots >= 2;
        break;
    }
    if (thousands) {
      if (!three || decimal_at >= 0) return false;
    } else {
      if (decimal_at >= 0) return false;
      decimal_at = k;
    }
  }
  if (decimal_at >= 0 && decimal_at != seps - 1) return false;
  // Rebuild "1234.5" on the stack and let from_chars round correctly.
  char buf[32];
  int len = 0;
  int group = 0;
  for (char c : s) {
    if (IsDigit(c)) {
      buf[len++] = c;
    } else if (c == ',' || c == '.' || static_cast<unsigned char>(c) == 0xD9) {
      if (group++ == decimal_at) buf[len++] = '.';
    }
  }
  double v = 0;
  if (std::from_chars(buf, buf + len, v).ec != std::errc()) return false;
  *out = v;
  *plain = seps == 0;
  return true;
}

bool IsWhole(double v) { return std::floor(v) == v; }

// 2.5 * 1e6 and 1.2 * 1e6 should print as whole numbers, not 1200000.0000000002.
double Scaled(double v, double mult) {
  const double x = v * mult;
  const double r = std::round(x);
  return std::fabs(x - r) <= 1e-9 * std::max(1.0, std::fabs(x)) ? r : x;
}

class Scanner {
 public:
  // `units` and `buf` are scratch space reused across documents.
  Scanner(Doc& doc, const NumberLexicon& lex, std::vector<Unit>& units, std::string& buf)
      : doc_(doc), lex_(lex), units_(units), buf_(buf) {}
  void Run();

 private:
  std::string_view Text(uint32_t u) const {
    return std::string_view(doc_.norm()).substr(units_[u].begin, units_[u].end - units_[u].begin);
  }
  void BuildUnits();
  bool MatchAt(uint32_t u, uint32_t roles, Match* out);
  // Whether unit u (or it without a glued prefix) may start a phrase.
  bool AnyEntry(uint32_t u) const;
  bool TryText(uint32_t u, std::string_view t, uint32_t skip, bool conj, uint32_t roles,
               Match* out);
  uint32_t TryMention(uint32_t u);
  uint32_t TryDual(uint32_t u);
  // Span and tokens of units [begin, end), the first without `skip` prefix bytes.
  void SetExtent(uint32_t begin, uint32_t skip, uint32_t end, NumberMention* n) const;
  bool ReadQuantity(uint32_t u, Quantity* q);
  bool ReadDigits(uint32_t u, Quantity* q);
  bool ReadWords(uint32_t u, Quantity* q);
  bool IsYearContext(uint32_t u, double value, bool plain, std::string_view text) const;
  bool FindUnit(uint32_t u, uint32_t* noun_end, Span* span);
  // An Arabic plural relative adjective standing alone (نيجيريين، سوريون).
  bool IsNisbaAdjective(uint32_t u) const;
  // A partitive with a pronoun glued to it, one word (منهم، منهن).
  bool IsPartitivePronoun(uint32_t u) const;
  bool InMeta(uint32_t u) const { return !doc_.metadata.empty() && InMetadata(doc_, units_[u].tb); }

  Doc& doc_;
  const NumberLexicon& lex_;
  std::vector<Unit>& units_;
  std::string& buf_;
};

void Scanner::BuildUnits() {
  const auto& t = doc_.tokens;
  units_.clear();
  for (uint32_t i = 0; i < t.size(); ++i) {
    const bool arabic_word = t[i].kind == TokenKind::kWord && t[i].script == Script::kArabic;
    if (arabic_word && !units_.empty() && !t[i].space_before && units_.back().arabic &&
        units_.back().end == t[i].span.begin && t[i].piece != Piece::kWhole &&
        t[units_.back().te - 1].piece != Piece::kWhole) {
      units_.back().te = i + 1;
      units_.back().end = t[i].span.end;
      continue;
    }
    Unit u;
    u.tb = i;
    u.te = i + 1;
    u.begin = t[i].span.begin;
    u.end = t[i].span.end;
    u.kind = t[i].kind;
    u.arabic = arabic_word;
    u.space_before = t[i].space_before;
    u.line_before = t[i].breaks_before > 0;
    units_.push_back(u);
  }
}

bool Scanner::TryText(uint32_t u, std::string_view t, uint32_t skip, bool conj, uint32_t roles,
                      Match* out) {
  const Entry* e = lex_.Find(t);
  if (!e) return false;
  if (e->flags & kStarter) {
    // Grown a word at a time; the longest phrase of a wanted role wins. A
    // word after a line break or glued on ends every longer phrase too.
    const uint32_t limit = std::min(lex_.max_words(), static_cast<uint32_t>(units_.size()) - u);
    const Entry* best = nullptr;
    uint32_t best_n = 0;
    buf_.assign(t);
    for (uint32_t k = 1; k < limit; ++k) {
      const Unit& w = units_[u + k];
      if (!w.space_before || w.line_before) break;
      buf_ += ' ';
      buf_ += Text(u + k);
      const Entry* pe = lex_.Find(buf_);
      if (pe && pe->role != Role::kNone && (roles & Bit(pe->role))) {
        best = pe;
        best_n = k + 1;
      }
      if (!lex_.Continues(buf_)) break;
    }
    if (best) {
      *out = Match{best, best_n, skip, conj};
      return true;
    }
  }
  if (e->role != Role::kNone && (roles & Bit(e->role))) {
    *out = Match{e, 1, skip, conj};
    return true;
  }
  return false;
}

bool Scanner::MatchAt(uint32_t u, uint32_t roles, Match* out) {
  if (u >= units_.size()) return false;
  std::string_view text = Text(u);
  if (TryText(u, text, 0, false, roles, out)) return true;
  if (!units_[u].arabic) return false;
  for (const auto& p : lex_.PrefixesOf(text)) {
    if (text.size() > p.text.size() && StartsWith(text, p.text) &&
        TryText(u, text.substr(p.text.size()), static_cast<uint32_t>(p.text.size()), p.conj, roles,
                out))
      return true;
  }
  return false;
}

bool Scanner::AnyEntry(uint32_t u) const {
  // Words with only flags (في، the) start nothing; phrase starters might.
  auto starts = [](const Entry* e) {
    return e && (e->role != Role::kNone || (e->flags & kStarter));
  };
  std::string_view text = Text(u);
  if (starts(lex_.Find(text))) return true;
  if (!units_[u].arabic) return false;
  // Asked at every word: only the prefixes (و، ب، ال…) of its first letter,
  // compared byte by byte (affix.h), not by a call to memcmp.
  for (const auto& p : lex_.PrefixesOf(text))
    if (text.size() > p.text.size() && StartsWith(text, p.text) &&
        starts(lex_.Find(text.substr(p.text.size()))))
      return true;
  return false;
}

// A four-digit figure is a year after عام/in..., before a month or an era
// mark (2016م); a day number next to a month ("27 نوفمبر", "March 3") is a date too.
bool Scanner::IsYearContext(uint32_t u, double value, bool plain, std::string_view text) const {
  const bool year_like = plain && text.size() == 4 && (text[0] == '1' || text[0] == '2');
  const bool day_like = plain && value >= 1 && value <= 31;
  if (!year_like && !day_like) return false;
  if (u + 1 < units_.size()) {
    const uint16_t next = lex_.Flags(Text(u + 1));
    if (next & kMonth) return true;
    if (year_like && (next & kYearSuffix)) return true;
  }
  if (day_like && u > 0 && (lex_.Flags(Text(u - 1)) & kMonth)) return true;
  if (year_like && u > 0) {
    std::string_view prev = Text(u - 1);
    uint16_t flags = lex_.Flags(prev);
    if (units_[u - 1].arabic && !(flags & (kYearBefore | kMonth))) {
      for (const auto& p : lex_.PrefixesOf(prev))
        if (prev.size() > p.text.size() && StartsWith(prev, p.text))
          flags |= lex_.Flags(prev.substr(p.text.size()));
    }
    if (flags & (kYearBefore | kMonth)) return true;
  }
  return false;
}

bool Scanner::ReadDigits(uint32_t u, Quantity* q) {
  const Unit& un = units_[u];
  std::string_view text = Text(u);
  double value;
  bool plain;
  if (!ParseDigits(text, &value, &plain)) return false;
  if (InMeta(u)) return false;
  // Figures joined by '-', '/' or ':' with no spaces: a date (27-11-2024,
  // 2024/11/27), a time (10:30) or a range (20-30).
  auto is_joiner = [&](uint32_t k) {
    if (k >= units_.size() || units_[k].space_before || units_[k].kind == TokenKind::kWord)
      return '\0';
    std::string_view s = Text(k);
    return (s == "-" || s == "/" || s == ":") ? s[0] : '\0';
  };
  auto joined_number = [&](uint32_t k) {
    return k < units_.size() && units_[k].kind == TokenKind::kNumber && !units_[k].space_before;
  };
  if (u >= 2 && !un.space_before && is_joiner(u - 1) && units_[u - 2].kind == TokenKind::kNumber)
    return false;
  uint32_t end = u + 1;
  int joined = 1;
  bool dash_only = true;
  while (char j = is_joiner(end)) {
    if (!joined_number(end + 1)) break;
    dash_only = dash_only && j == '-';
    ++joined;
    end += 2;
  }
  if (joined > 1) {
    if (joined > 2 || !dash_only) return false;
    double second;
    bool plain2;
    std::string_view text2 = Text(u + 2);
    if (!ParseDigits(text2, &second, &plain2)) return false;
    const bool year1 = plain && text.size() == 4, year2 = plain2 && text2.size() == 4;
    if (year1 || year2 || second <= value) return false;
    q->begin_unit = u;
    q->end_unit = u + 3;
    q->range = true;
    q->low = value;
    q->high = second;
    return true;
  }
  if (IsYearContext(u, value, plain, text)) return false;
  q->begin_unit = u;
  q->end_unit = u + 1;
  q->value = value;
  // A scale word after the digits: "3 آلاف", "2.5 million".
  Match m;
  if (u + 1 < units_.size() && !units_[u + 1].line_before && MatchAt(u + 1, Bit(Role::kMult), &m) &&
      m.skip == 0) {
    q->value = Scaled(value, m.entry->value);
    q->end_unit = u + 1 + m.units;
  }
  return true;
}

// Number words: ones/teens/tens add up ("خمسة وعشرون", "twenty-five"),
// multipliers scale the count before them ("ثلاثة آلاف", "two hundred"), a
// vague start stays a range and only a larger multiplier may follow
// ("عشرات الآلاف").
bool Scanner::ReadWords(uint32_t u, Quantity* q) {
  Match m;
  if (!MatchAt(u, kNumberRoles, &m)) return false;
  if (InMeta(u)) return false;
  q->begin_unit = u;
  q->skip = m.skip;
  double total = 0, current = 0, scale = 1;
  bool range = false;
  double low = 0, high = 0;
  const Entry* e = m.entry;
  switch (e->role) {
    case Role::kNum:
      (e->value >= 1000 ? total : current) = e->value;
      break;
    case Role::kMult:
      scale = e->value;
      if (e->has_range) {
        range = true;
        low = e->low;
        high = e->high;
      } else {
        (e->value >= 1000 ? total : current) = e->value;
      }
      break;
    default:  // kVague
      range = true;
      low = e->low;
      high = e->high;
      break;
  }
  uint32_t p = u + m.units;
  while (p < units_.size()) {
    bool conj = false;
    uint32_t k = p;
    if (units_[p].kind != TokenKind::kNumber && (lex_.Flags(Text(p)) & kConj)) {
      conj = true;
      k = p + 1;
    }
    Match n;
    if (k >= units_.size() || units_[k].line_before ||
        !MatchAt(k, kNumberRoles & ~Bit(Role::kVague), &n))
      break;
    if (n.skip > 0) {
      if (!n.conj_prefix || conj) break;  // only و may be glued to a following number word
      conj = true;
    }
    const double v = n.entry->value;
    if (range) {
      if (conj || n.entry->role != Role::kMult || v < 100 || v <= scale) break;
      low *= v;
      high = (high + 1) * v - 1;
      scale = v;
    } else if (n.entry->role == Role::kNum) {
      if (v >= 1000) break;
      if (v >= 100) {
        if (current != 0) break;
      } else {
        const double r = std::fmod(current, 100);
        const bool ok = current == 0 ? total > 0
                        : r == 0     ? true
                        : r < 10     ? (v >= 20 && std::fmod(v, 10) == 0)
                                     : (r >= 20 && std::fmod(r, 10) == 0 && v < 10);
        if (!ok) break;
      }
      current += v;
    } else {                                // kMult
      if (conj || current == 0) break;      // "ثلاثة وآلاف", "ألف مئة"
      if (v < 1000 && current >= v) break;  // "three hundred hundred"
      if (v < 1000) {
        current *= v;
      } else {
        if (total > 0 && total < v) break;
        total += current * v;
        current = 0;
      }
      scale = v;
    }
    p = k + n.units;
  }
  q->end_unit = p;
  q->range = range;
  q->vague = range;
  if (range) {
    q->low = low;
    q->high = high;
  } else {
    q->value = total + current;
  }
  return true;
}

bool Scanner::ReadQuantity(uint32_t u, Quantity* q) {
  if (u >= units_.size()) return false;
  if (units_[u].kind == TokenKind::kNumber) return ReadDigits(u, q);
  if (units_[u].kind != TokenKind::kWord) return false;
  return ReadWords(u, q);
}

// The counted noun at unit u (or after a partitive من/of there). Sets the
// unit after the noun and the noun's span (its stem: no article, no
// possessive ending).
bool Scanner::FindUnit(uint32_t u, uint32_t* noun_end, Span* span) {
  auto usable = [&](uint32_t k) {
    return k < units_.size() && units_[k].kind == TokenKind::kWord && !units_[k].line_before &&
           doc_.tokens[units_[k].tb].script != Script::kOther;
  };
  if (!usable(u)) return false;
  bool after_partitive = false;
  if (lex_.Flags(Text(u)) & kPartitive) {
    after_partitive = true;
    ++u;
    if (usable(u) && (lex_.Flags(Text(u)) & kArticle)) ++u;
    if (!usable(u)) return false;
  }
  // Any word of the lexicon (number words, bounds, function words, months)
  // is not a noun.
  if (lex_.Find(Text(u)) != nullptr || InMeta(u)) return false;
  const Unit& w = units_[u];
  const auto& t = doc_.tokens;
  uint32_t stem = w.tb;
  bool enclitic = false;
  for (uint32_t i = w.tb; i < w.te; ++i) {
    if (t[i].piece == Piece::kProclitic) {
      if (!lex_.IsUnitPrefix(doc_.TokenText(i))) return false;  // و/ب...: a new phrase
    } else if (t[i].piece == Piece::kEnclitic) {
      enclitic = true;
    } else {
      stem = i;
    }
  }
  Span s = t[stem].span;
  std::string_view stem_text = doc_.TokenText(stem);
  if (lex_.Find(stem_text) != nullptr) return false;
  if (after_partitive && w.arabic && !enclitic && t[stem].piece == Piece::kWhole) {
    // The tokenizer keeps unknown words whole; "من قواتنا" counts قوات.
    for (const std::string& e : lex_.enclitics()) {
      if (stem_text.size() >= e.size() + 6 && stem_text.ends_with(e)) {
        s.end -= static_cast<uint32_t>(e.size());
        break;
      }
    }
  }
  *noun_end = u + 1;
  *span = s;
  return true;
}

bool Scanner::IsNisbaAdjective(uint32_t u) const {
  if (u >= units_.size() || !units_[u].arabic || units_[u].line_before || units_[u].kind != TokenKind::kWord ||
      units_[u].te != units_[u].tb + 1 || doc_.tokens[units_[u].tb].piece != Piece::kWhole)
    return false;
  const std::string_view w = Text(u);
  if (w.size() < 10 || lex_.Find(w) != nullptr) return false;
  for (const std::string_view end : {"\xD9\x8A\xD9\x8A\xD9\x86", "\xD9\x8A\xD9\x88\xD9\x86", "\xD9\x8A\xD8\xA7\xD8\xAA"})  // يين، يون، يات
    if (w.ends_with(end)) return true;
  return false;
}

bool Scanner::IsPartitivePronoun(uint32_t u) const {
  if (u >= units_.size() || !units_[u].arabic || units_[u].line_before || units_[u].kind != TokenKind::kWord)
    return false;
  const std::string_view w = Text(u);
  for (const std::string& e : lex_.enclitics())
    if (w.size() > e.size() && w.ends_with(e) && (lex_.Flags(w.substr(0, w.size() - e.size())) & kPartitive))
      return true;
  return false;
}

void Scanner::SetExtent(uint32_t begin, uint32_t skip, uint32_t end, NumberMention* n) const {
  const auto& t = doc_.tokens;
  const Unit& first = units_[begin];
  n->span = Span{first.begin + skip, units_[end - 1].end};
  uint32_t tb = first.tb;
  while (tb + 1 < first.te && t[tb + 1].span.begin <= n->span.begin) ++tb;
  n->tokens = TokenRange{tb, units_[end - 1].te};
}

// "قتل جنديان": two soldiers, the figure and its noun in one word.
uint32_t Scanner::TryDual(uint32_t u) {
  Match d;
  if (!MatchAt(u, Bit(Role::kDual), &d)) return 0;
  NumberMention n;
  const uint32_t end = u + d.units;
  SetExtent(u, d.skip, end, &n);
  n.kind = NumberMention::Kind::kCardinal;
  n.value = 2;
  n.unit_span = n.span;
  n.unit = std::string(doc_.norm(n.span));
  // The dual is its own noun: a modifier right after it bounds it as one
  // after a count's noun does ("جنديان على الأقل" is two or more, as "سبعة
  // جنود على الأقل" is seven or more), and the span stays the noun's.
  Match a;
  if (end < units_.size() && !units_[end].line_before && MatchAt(end, kModifierRoles, &a) && a.skip == 0 &&
      (a.entry->where & kAfter)) {
    if (a.entry->role == Role::kApprox) {
      n.approx = true;
    } else if (a.entry->role == Role::kAtLeast) {
      n.value.reset();
      n.low = 2;
    } else if (a.entry->role == Role::kMoreThan) {
      n.value.reset();
      n.low = 3;
    }
  }
  doc_.numbers.push_back(std::move(n));
  return end;
}

uint32_t Scanner::TryMention(uint32_t u) {
  // The common case: a word that is no lexicon entry starts nothing.
  const TokenKind kind = units_[u].kind;
  if (kind != TokenKind::kNumber && (kind != TokenKind::kWord || !AnyEntry(u))) return 0;
  if (const uint32_t dual_end = TryDual(u)) return dual_end;
  // Modifiers before the figure: "نحو", "أكثر من", "ما لا يقل عن", "about".
  bool approx = false;
  Role bound = Role::kNone;
  uint32_t begin_unit = u, begin_skip = 0, p = u;
  bool have_modifier = false;
  for (int k = 0; k < 2; ++k) {
    Match m;
    if (!MatchAt(p, kModifierRoles, &m) || !(m.entry->where & kBefore)) break;
    if (have_modifier && units_[p].line_before) break;
    if (!have_modifier) begin_skip = m.skip;
    have_modifier = true;
    if (m.entry->role == Role::kApprox)
      approx = true;
    else if (bound == Role::kNone)
      bound = m.entry->role;
    p += m.units;
  }
  if (have_modifier && p < units_.size() && units_[p].line_before) return 0;
  Quantity q;
  if (!ReadQuantity(p, &q)) return 0;
  if (!have_modifier) {
    begin_unit = q.begin_unit;
    begin_skip = q.skip;
  }
  uint32_t end = q.end_unit;
  bool percent = false;
  Match m;
  if (end < units_.size() && !units_[end].line_before && MatchAt(end, Bit(Role::kPercent), &m) &&
      m.skip == 0) {
    percent = true;
    end += m.units;
  }
  // A modifier after the figure ("300 تقريبا", "20 at least") joins the span;
  // after the noun ("300 شخص على الأقل") it counts but the span stays.
  bool after_done = false;
  auto take_after = [&](uint32_t k) {
    Match a;
    if (after_done || k >= units_.size() || units_[k].line_before ||
        !MatchAt(k, kModifierRoles, &a) || a.skip != 0 || !(a.entry->where & kAfter))
      return 0u;
    after_done = true;
    if (a.entry->role == Role::kApprox)
      approx = true;
    else if (bound == Role::kNone)
      bound = a.entry->role;
    return a.units;
  };
  end += take_after(end);

  NumberMention n;
  uint32_t noun_end = 0;
  Span noun;
  if (!percent && FindUnit(end, &noun_end, &noun)) {
    n.unit_span = noun;
    n.unit = std::string(doc_.norm(noun));
    // "14 جندياً ومتطوعاً على الأقل": a second noun joined by و to the count's
    // noun shares its count, and a bound after the pair bounds the count.
    if (!take_after(noun_end) && noun_end + 1 < units_.size() && units_[noun_end].arabic &&
        units_[noun_end].kind == TokenKind::kWord && !units_[noun_end].line_before &&
        units_[noun_end].te == units_[noun_end].tb + 1 && Text(noun_end).starts_with("\xD9\x88") &&
        Text(noun_end).size() >= 8 && lex_.Find(Text(noun_end)) == nullptr)
      take_after(noun_end + 1);
    // "ستة جنود نيجيريين على الأقل": a relative (nisba) adjective after the
    // noun is still the counted phrase, and a bound after it bounds the count.
    if (!after_done && IsNisbaAdjective(noun_end)) take_after(noun_end + 1);
  } else if (!percent && IsPartitivePronoun(end)) {
    // "سبعة منهم على الأقل": a partitive with a pronoun (منهم، منهن) after the
    // figure; a bound after it bounds the count.
    take_after(end + 1);
  }

  SetExtent(begin_unit, begin_skip, end, &n);
  n.kind = percent ? NumberMention::Kind::kPercent : NumberMention::Kind::kCardinal;
  n.approx = approx;
  n.vague = q.vague;
  // Exclusive bounds of whole counts move by one: "more than 300" is 301+.
  // Shares and fractions keep the figure.
  const bool step = !percent;
  if (q.range) {
    switch (bound) {
      case Role::kMoreThan:
      case Role::kAtLeast:
        n.low = q.low;
        break;
      case Role::kLessThan:
      case Role::kUpTo:
        if (std::isfinite(q.high)) n.high = q.high;
        break;
      default:
        n.low = q.low;
        if (std::isfinite(q.high)) n.high = q.high;
        break;
    }
  } else {
    const double v = q.value;
    const bool whole = step && IsWhole(v);
    switch (bound) {
      case Role::kMoreThan:
        n.low = whole ? v + 1 : v;
        break;
      case Role::kAtLeast:
        n.low = v;
        break;
      case Role::kLessThan:
        n.high = whole ? std::max(0.0, v - 1) : v;
        break;
      case Role::kUpTo:
        n.high = v;
        break;
      default:
        n.value = v;
        break;
    }
  }
  doc_.numbers.push_back(std::move(n));
  return end;
}

void Scanner::Run() {
  BuildUnits();
  for (uint32_t u = 0; u < units_.size();) {
    const uint32_t next = TryMention(u);
    u = next > u ? next : u + 1;
  }
}

}  // namespace

NumberReader::NumberReader(std::unique_ptr<const NumberLexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}
NumberReader::~NumberReader() = default;

Result<std::unique_ptr<NumberReader>> NumberReader::Create(const std::string& data_dir) {
  auto lex = NumberLexicon::Load(data_dir);
  if (!lex.ok()) return lex.status();
  return std::make_unique<NumberReader>(std::move(lex).value());
}

Status NumberReader::Run(Doc& doc) const {
  doc.numbers.clear();
  // Per-thread scratch: the stage is shared between threads, and a fresh
  // vector per document costs more than the scan on short texts.
  thread_local std::vector<Unit> units;
  thread_local std::string buf;
  Scanner scanner(doc, *lexicon_, units, buf);
  scanner.Run();
  return Status::OK();
}

}  // namespace marsad
