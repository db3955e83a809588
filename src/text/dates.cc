#include "text/dates.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

#include "text/metadata.h"
#include "text/normalize.h"
#include "util/affix.h"
#include "util/civil_time.h"
#include "util/key_filter.h"
#include "util/string_set.h"
#include "util/tsv.h"

namespace marsad {

namespace {

enum class Unit : uint8_t { kNone, kMinute, kHour, kDay, kWeek, kMonth, kYear, kWeekend };
enum class Mod : uint8_t { kNone, kLast, kNext, kThis };

enum Cue : uint32_t {
  kCueSince = 1 << 0,   // منذ, since
  kCueBefore = 1 << 1,  // قبل + count = ago
  kCueAfter = 1 << 2,   // بعد + count = ahead
  kCueIn = 1 << 3,      // في, in
  kCueAgo = 1 << 4,     // "two days ago"
  kCueOn = 1 << 5,      // "on Wednesday"
  kCueDay = 1 << 6,     // يوم
  kCueMonth = 1 << 7,   // شهر
  kCueYear = 1 << 8,    // عام, سنة, year
  kCueOf = 1 << 9,      // "27 من نوفمبر", "27th of November"
  kCueEraCe = 1 << 10,  // م, AD
  kCueEraAh = 1 << 11,  // هـ
  kCueLater = 1 << 12,    // "four days later", بعد ذلك بيوم: counted from the event told before
  kCueEarlier = 1 << 13,  // "a day earlier", قبل ذلك بيومين
  kCuePrior = 1 << 14,    // "two days after <event>", بعد يومين من <event>: that event is earlier
  kCuePart = 1 << 15,     // مطلع, "the start of": a part of the period named next; a bare one is the current
  kCueThatYear = 1 << 16, // "that year", من العام نفسه after a month: the year the text named last
  kCueRangeFrom = 1 << 17, // من، بين، "from", "between" before the first day of a range (من 18 إلى 24 نوفمبر)
  kCueRangeTo = 1 << 18,   // إلى، حتى، "to" between a range's first day and its dated last one
  kCueRangeAnd = 1 << 21,  // و، "and": joins a range's two days only after a `range_from` cue (بين 1 و4)
  kCueRangeAnaphor = 1 << 19,  // الفترة نفسها، "the same period": the day range the text named last
  kCueSuperlative = 1 << 20,   // "the first strike in three months", "the deadliest … in a decade": a span back
};

constexpr std::array<std::string_view, 7> kParts = {"", "dawn", "morning", "noon", "afternoon", "evening", "night"};

// Every sense a normalised form has; a form may carry several (عام is a unit,
// a cue and, as العام, a period).
struct Entry {
  int8_t month = 0;        // 1-12, Gregorian
  int8_t ordinal = 0;      // 1-31: an ordinal day (الثالث من تشرين الأول)
  int8_t hijri_month = 0;  // 1-12
  int8_t weekday = -1;     // 0 = Sunday
  int8_t year_part_month = 0;  // 1-12: a season or end of a year (صيف، "late") dated by its first month
  bool has_day = false;    // a relative day word
  int16_t day_offset = 0;
  uint8_t day_part = 0;    // index into kParts for "tonight", "الليلة", "the next morning"
  bool has_anaphor = false;  // a day counted from the event told before ("the next day")
  int16_t anaphor_offset = 0;
  uint8_t part = 0;        // a part-of-day word
  Unit unit = Unit::kNone;
  uint8_t unit_count = 0;  // count the unit form carries itself (يومين = 2)
  uint8_t anaphor_span = 0;  // anaphoric: a vague stretch of this many days from the offset ("days before the fighting")
  uint16_t count = 0;      // a count word
  Unit period = Unit::kNone;
  Mod modifier = Mod::kNone;
  uint32_t cues = 0;
  uint8_t blocker = 0;     // 1: cancels a day word before it; 2: after it; 4: makes an
                           // ambiguous weekday after it a common noun (صلاة الجمعة); 8: makes
                           // a written date right after it part of a name (ساحة 13 مايو)
  bool weekday_follow = false;  // may follow a bare weekday (قال مسؤول الأحد إن)
  uint8_t future = 0;      // puts a plain weekday after it ahead of the reference:
                           // 1: anywhere in its clause (will); 2: right before it (for);
                           // 3: a proclitic with the first letter of its stem (سي، ست)
  bool recent = false;
  uint16_t recent_days = 0;  // a rolling stretch ending on the reference day, starting this many days before it
  bool attributive_year = false;  // a bare year right after it modifies a noun (the 1988 attack, هجوم 2017)
  bool ambiguous = false;
  bool strict = false;  // ambiguous and never a date alone (الاثنين is also "the two")
  bool abbr = false;
};

struct Hit {
  const Entry* entry = nullptr;
  uint8_t words = 0;  // words the entry spans (phrases span several)
  uint8_t skip = 0;   // bytes of a stripped proclitic (و، ف، ب، ل، ك)
};

int FloorDiv(int64_t a, int64_t b) { return static_cast<int>(a >= 0 ? a / b : -((-a + b - 1) / b)); }

// Tabular Islamic calendar (civil epoch, leap years 2,5,7,10,13,16,18,21,24,26,29
// of the 30-year cycle), after Reingold & Dershowitz, "Calendrical Calculations".
// Days are counted from 1970-01-01. It can differ from the observed calendar by
// a day or two.
constexpr int64_t kIslamicEpochRd = 227015;  // 1 Muharram 1 AH = 16 July 622 (Julian)
constexpr int64_t kUnixEpochRd = 719163;

int64_t HijriToDays(int y, int m, int d) {
  int64_t rd = kIslamicEpochRd - 1 + static_cast<int64_t>(y - 1) * 354 + FloorDiv(3 + 11LL * y, 30) +
               29LL * (m - 1) + m / 2 + d;
  return rd - kUnixEpochRd;
}

bool HijriLeap(int y) { return ((14 + 11LL * y) % 30 + 30) % 30 < 11; }
int HijriMonthLength(int y, int m) { return (m % 2 == 1 || (m == 12 && HijriLeap(y))) ? 30 : 29; }

void HijriFromDays(int64_t days, int* y, int* m, int* d) {
  int64_t rd = days + kUnixEpochRd;
  *y = FloorDiv(30 * (rd - kIslamicEpochRd) + 10646, 10631);
  int64_t prior = rd - (HijriToDays(*y, 1, 1) + kUnixEpochRd);
  *m = FloorDiv(11 * prior + 330, 325);
  *d = static_cast<int>(days - HijriToDays(*y, *m, 1) + 1);
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  std::from_chars(s.data(), s.data() + s.size(), *out);
  return true;
}

bool IsSentenceBreak(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "\xd8\x9f" /* ؟ */ || t == "\xd8\x9b" /* ؛ */ || t == ";" ||
         t == ":" || t == "..." || t == "\"" || t == "\xc2\xab" /* « */ || t == "\xc2\xbb" /* » */;
}

// Arabic letters are two bytes in UTF-8: و ف ب ل ك. Compared byte by byte
// (affix.h): asked of most words, where a call to memcmp cost more.
bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (auto p : prefixes)
    if (StartsWith(s, p)) return true;
  return false;
}

}  // namespace

class DateLexicon {
 public:
  Status Load(const std::string& path);

  const Entry* Find(std::string_view key) const {
    if (!filter_.MayContain(key)) return nullptr;
    const size_t k = keys_.Find(key);
    return k == StringSet::kNone ? nullptr : &entries_[k];
  }
  // Words in the longest phrase beginning with `word`; 0 if none longer than one word.
  uint8_t PhraseWords(std::string_view word) const {
    if (!first_filter_.MayContain(word)) return 0;
    const size_t k = first_words_.Find(word);
    return k == StringSet::kNone ? 0 : phrase_words_[k];
  }
  uint8_t max_phrase_words() const { return max_phrase_words_; }
  // Whether `words` (two or more, space-joined) begin a longer phrase: a
  // phrase match grows word by word and stops where this is false, so a
  // common first word ("the", "بعد") costs one probe, not one per length.
  bool Continues(std::string_view words) const {
    return continued_filter_.MayContain(words) && continued_.Find(words) != StringSet::kNone;
  }
  // A word ending in a `weekday_after_suffix` ending (the plural past verb's
  // وا) is a verb, and a bare weekday right after it its time.
  bool VerbEnding(std::string_view word) const {
    for (const std::string& suffix : weekday_after_suffixes_)
      if (word.size() >= suffix.size() + 4 && word.substr(word.size() - suffix.size()) == suffix) return true;
    return false;
  }
  // The lists VerbThenWeekdayThenBareWord reads (dates.tsv kinds
  // strict_weekday_*): normalised endings and words, except `accusative`,
  // written endings (the tanween norm() drops).
  struct StrictWeekdayWords {
    std::vector<std::string> verb_suffixes;      // the word before: a past verb (…ت، …وا)
    std::vector<std::string> noun_suffixes;      // …but not a plural noun (…ات)
    std::vector<std::string> accusative;         // written: an adverb (…اً)
    std::vector<std::string> object_suffixes;    // after a verb: "the two" + a participle (…ين، …ان)
    std::vector<std::string> particles;          // a proclitic opening the word after (و، ب …)
    std::vector<std::string> not_before;         // words after it that keep "the two" (أثناء، داخل …)
  };
  const StrictWeekdayWords& strict_weekday() const { return strict_weekday_; }

 private:
  // Flat tables, values by the key's index: Find() and PhraseWords() run at
  // nearly every token, and one open-addressing probe costs less than a
  // node-based map's.
  StringSet keys_;
  std::vector<Entry> entries_;
  StringSet first_words_;
  std::vector<uint8_t> phrase_words_;  // by first_words_ index
  KeyFilter filter_;        // over entries_ keys
  KeyFilter first_filter_;  // over first_words_ keys
  uint8_t max_phrase_words_ = 1;
  std::vector<std::string> weekday_after_suffixes_;
  StrictWeekdayWords strict_weekday_;
  StringSet continued_;  // proper prefixes of two or more words of phrases
  KeyFilter continued_filter_;
};

Status DateLexicon::Load(const std::string& path) {
  auto file = ReadTsv(path, "dates", {"form", "kind", "value", "count", "part", "flags"});
  if (!file.ok()) return file.status();
  const TsvFile& f = *file;
  const int c_form = f.Column("form"), c_kind = f.Column("kind"), c_value = f.Column("value"),
            c_count = f.Column("count"), c_part = f.Column("part"), c_flags = f.Column("flags");
  auto part_index = [](std::string_view p) -> int {
    for (size_t i = 1; i < kParts.size(); ++i)
      if (kParts[i] == p) return static_cast<int>(i);
    return -1;
  };
  auto unit_of = [](std::string_view u) {
    if (u == "minute") return Unit::kMinute;
    if (u == "hour") return Unit::kHour;
    if (u == "day") return Unit::kDay;
    if (u == "week") return Unit::kWeek;
    if (u == "month") return Unit::kMonth;
    if (u == "year") return Unit::kYear;
    if (u == "weekend") return Unit::kWeekend;
    return Unit::kNone;
  };
  for (const TsvRow& row : f.rows) {
    std::string key = NormalizeKey(row.fields[c_form]);
    const std::string& kind = row.fields[c_kind];
    const std::string& value = row.fields[c_value];
    if (key.empty()) return f.Error(row, "empty form");
    if (kind == "weekday_after_suffix") {  // an ending, not a form: no entry of its own
      weekday_after_suffixes_.push_back(key);
      continue;
    }
    if (kind.rfind("strict_weekday_", 0) == 0) {  // word lists, not entries of their own
      const std::string_view sub = std::string_view(kind).substr(15);
      std::vector<std::string>* list = sub == "verb_suffix"     ? &strict_weekday_.verb_suffixes
                                       : sub == "noun_suffix"   ? &strict_weekday_.noun_suffixes
                                       : sub == "accusative"    ? &strict_weekday_.accusative
                                       : sub == "object_suffix" ? &strict_weekday_.object_suffixes
                                       : sub == "particle"      ? &strict_weekday_.particles
                                       : sub == "not_before"    ? &strict_weekday_.not_before
                                                                : nullptr;
      if (list == nullptr) return f.Error(row, "unknown strict_weekday_ kind");
      list->push_back(sub == "accusative" ? row.fields[c_form] : key);  // the tanween is written only
      continue;
    }
    int words = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
    if (words > 8) return f.Error(row, "a phrase may have at most 8 words");
    size_t k = keys_.Find(key);
    if (k == StringSet::kNone) {
      keys_.Insert(key);
      k = entries_.size();
      entries_.emplace_back();
      filter_.Add(key);
      if (words > 1) {
        std::string_view first = std::string_view(key).substr(0, key.find(' '));
        first_filter_.Add(first);
        if (first_words_.Insert(first)) phrase_words_.push_back(0);
        uint8_t& w = phrase_words_[first_words_.Find(first)];
        w = std::max<uint8_t>(w, static_cast<uint8_t>(words));
        max_phrase_words_ = std::max<uint8_t>(max_phrase_words_, static_cast<uint8_t>(words));
        for (size_t sp = key.find(' ', first.size() + 1); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
          continued_.Insert(std::string_view(key).substr(0, sp));
          continued_filter_.Add(std::string_view(key).substr(0, sp));
        }
      }
    }
    Entry& e = entries_[k];
    int n = 0;
    bool numeric = ParseInt(value, &n) || (value.size() > 1 && value[0] == '-' && ParseInt(value.substr(1), &n) &&
                                           ((n = -n), true));
    // Setting one sense twice is allowed only with the same value (natural
    // spellings such as أبريل/ابريل meet after normalisation).
    auto conflict = [&](bool set_already, bool same) { return set_already && !same; };
    if (kind == "month") {
      if (!numeric || n < 1 || n > 12) return f.Error(row, "month value must be 1-12");
      if (conflict(e.month != 0, e.month == n)) return f.Error(row, "form already names another month");
      e.month = static_cast<int8_t>(n);
    } else if (kind == "hijri_month") {
      if (!numeric || n < 1 || n > 12) return f.Error(row, "hijri_month value must be 1-12");
      if (conflict(e.hijri_month != 0, e.hijri_month == n)) return f.Error(row, "form already names another month");
      e.hijri_month = static_cast<int8_t>(n);
    } else if (kind == "year_part") {
      if (!numeric || n < 1 || n > 12) return f.Error(row, "year_part value must be the first month, 1-12");
      if (conflict(e.year_part_month != 0, e.year_part_month == n)) return f.Error(row, "form already names another part of a year");
      e.year_part_month = static_cast<int8_t>(n);
    } else if (kind == "weekday") {
      if (!numeric || n < 0 || n > 6) return f.Error(row, "weekday value must be 0 (Sunday) to 6");
      if (conflict(e.weekday >= 0, e.weekday == n)) return f.Error(row, "form already names another weekday");
      e.weekday = static_cast<int8_t>(n);
    } else if (kind == "day" || kind == "anaphoric") {
      if (!numeric || n < -7 || n > 7) return f.Error(row, kind + " value must be an offset in days, -7 to 7");
      const bool day = kind == "day";
      if (conflict(day ? e.has_day : e.has_anaphor, (day ? e.day_offset : e.anaphor_offset) == n))
        return f.Error(row, "form already has another " + kind + " offset");
      (day ? e.has_day : e.has_anaphor) = true;
      (day ? e.day_offset : e.anaphor_offset) = static_cast<int16_t>(n);
      if (!day && !row.fields[c_count].empty()) {
        int c = 0;
        if (!ParseInt(row.fields[c_count], &c) || c < 2 || c > 7)
          return f.Error(row, "an anaphoric count is a vague stretch of 2-7 days");
        e.anaphor_span = static_cast<uint8_t>(c);
      }
      if (!row.fields[c_part].empty()) {
        int p = part_index(row.fields[c_part]);
        if (p < 0) return f.Error(row, "unknown part of day '" + row.fields[c_part] + "'");
        e.day_part = static_cast<uint8_t>(p);
      }
    } else if (kind == "part") {
      int p = part_index(value);
      if (p < 0) return f.Error(row, "part value must be dawn|morning|noon|afternoon|evening|night");
      e.part = static_cast<uint8_t>(p);
    } else if (kind == "unit") {
      Unit u = unit_of(value);
      if (u == Unit::kNone) return f.Error(row, "unit value must be minute|hour|day|week|month|year");
      e.unit = u;
      int c = 0;
      if (!row.fields[c_count].empty() && (!ParseInt(row.fields[c_count], &c) || c < 1 || c > 10))
        return f.Error(row, "count must be empty or 1-10");
      e.unit_count = static_cast<uint8_t>(c);
    } else if (kind == "count") {
      if (!numeric || n < 1 || n > 1000) return f.Error(row, "count value must be 1-1000");
      e.count = static_cast<uint16_t>(n);
    } else if (kind == "period") {
      Unit u = unit_of(value);
      if (u != Unit::kWeek && u != Unit::kMonth && u != Unit::kYear && u != Unit::kWeekend)
        return f.Error(row, "period value must be week|month|year|weekend");
      e.period = u;
    } else if (kind == "modifier") {
      if (value == "last") e.modifier = Mod::kLast;
      else if (value == "next") e.modifier = Mod::kNext;
      else if (value == "this") e.modifier = Mod::kThis;
      else return f.Error(row, "modifier value must be last|next|this");
    } else if (kind == "recent") {
      // hour: the reference day itself ("the past few hours"); day: a
      // rolling stretch that starts `count` days before the reference day
      // and ends on it, so it holds count + 1 days: `count` is how far back
      // it starts, not its length ("the past week" 7: from the same weekday
      // a week before, as the development gold codes it; "the past two
      // days" 1: yesterday and today).
      if (value != "hour" && value != "day") return f.Error(row, "recent value must be hour|day");
      int c = 0;
      if (value == "day" && (!ParseInt(row.fields[c_count], &c) || c < 1 || c > 366))
        return f.Error(row, "recent day needs a count of days back, 1-366");
      if (conflict(e.recent, e.recent_days == c)) return f.Error(row, "form already names another recent stretch");
      e.recent = true;
      e.recent_days = static_cast<uint16_t>(c);
    } else if (kind == "ordinal") {
      if (!numeric || n < 1 || n > 31) return f.Error(row, "ordinal value must be 1-31");
      if (conflict(e.ordinal != 0, e.ordinal == n)) return f.Error(row, "form already names another ordinal");
      e.ordinal = static_cast<int8_t>(n);
    } else if (kind == "blocker") {
      if (value == "after") e.blocker |= 1;
      else if (value == "before") e.blocker |= 2;
      else if (value == "weekday") e.blocker |= 4;
      else if (value == "name") e.blocker |= 8;
      else return f.Error(row, "blocker value must be after|before|weekday|name");
    } else if (kind == "weekday_follow") {
      e.weekday_follow = true;
    } else if (kind == "future") {
      if (value == "clause") e.future = 1;
      else if (value == "next") e.future = 2;
      else if (value == "proclitic") e.future = 3;
      else return f.Error(row, "future value must be clause|next|proclitic");
    } else if (kind == "attributive_year") {
      e.attributive_year = true;
    } else if (kind == "ambiguous") {
      e.ambiguous = true;
    } else if (kind == "ambiguous_strict") {
      e.ambiguous = e.strict = true;
    } else if (kind == "cue") {
      static const std::pair<std::string_view, uint32_t> kCues[] = {
          {"since", kCueSince}, {"before", kCueBefore}, {"after", kCueAfter}, {"in", kCueIn},
          {"ago", kCueAgo},     {"on", kCueOn},         {"day", kCueDay},     {"month", kCueMonth},
          {"year", kCueYear},   {"of", kCueOf},         {"era_ce", kCueEraCe}, {"era_ah", kCueEraAh},
          {"later", kCueLater}, {"earlier", kCueEarlier}, {"prior", kCuePrior},
          {"part", kCuePart | kCueIn}, {"that_year", kCueThatYear},
          {"range_from", kCueRangeFrom}, {"range_to", kCueRangeTo}, {"range_and", kCueRangeAnd},
          {"range_anaphor", kCueRangeAnaphor},
          {"superlative", kCueSuperlative}};
      uint32_t bit = 0;
      for (const auto& [name, b] : kCues)
        if (value == name) bit = b;
      if (!bit) return f.Error(row, "unknown cue '" + value + "'");
      e.cues |= bit;
    } else {
      return f.Error(row, "unknown kind '" + kind + "'");
    }
    if (!row.fields[c_flags].empty()) {
      if (row.fields[c_flags] != "abbr") return f.Error(row, "flags must be empty or 'abbr'");
      e.abbr = true;
    }
    if (!row.fields[c_part].empty() && kind != "day" && kind != "anaphoric")
      return f.Error(row, "the part column is only for kinds 'day' and 'anaphoric'");
    if (!row.fields[c_count].empty() && kind != "unit" && kind != "recent" && kind != "anaphoric")
      return f.Error(row, "the count column is only for kinds 'unit', 'recent' and 'anaphoric'");
  }
  return Status::OK();
}

DateReader::DateReader(std::unique_ptr<const DateLexicon> lexicon) : lexicon_(std::move(lexicon)) {}
DateReader::~DateReader() = default;

Result<std::unique_ptr<DateReader>> DateReader::Create(const std::string& data_dir) {
  auto lex = std::make_unique<DateLexicon>();
  for (const char* lang : {"ar", "en"}) MARSAD_RETURN_IF_ERROR(lex->Load(data_dir + "/" + lang + "/dates.tsv"));
  return std::make_unique<DateReader>(std::move(lex));
}

namespace {

// What the text says, before resolution against the reference time.
enum class Form : uint8_t {
  kDate,        // year (0 = not given), month, day
  kMonth,       // year (0 = not given), month
  kYear,
  kDateTime,    // a date with a time of day
  kRelDay,      // offset days from the reference
  kWeekday,
  kPeriod,      // unit week|month|year with a modifier
  kCount,       // offset units (negative = ago)
  kRecent,      // "the past few hours"
  kHijriDate,   // year (0 = not given), month, day (0 = the whole month)
  kHijriYear,
  kAnaphor,     // offset days from the event told before; resolved by the events stage
  kPrior,       // the event named after the words is offset days from the main clause's
};

struct Match {
  uint32_t begin = 0, end = 0;  // words [begin, end)
  Form form = Form::kDate;
  int year = 0, month = 0, day = 0;
  int hour = 0, minute = 0, second = -1;
  bool zoned = false;
  int zone_minutes = 0;
  int weekday = -1;
  int offset = 0;
  Unit unit = Unit::kNone;
  Mod mod = Mod::kNone;
  uint8_t part = 0;
  bool since = false;
  bool ahead = false;  // a plain weekday in a future frame: the coming one
  bool attributive = false;  // a bare year modifying a noun (the 1988 attack)
  // "seven months later", بعد سبعة أشهر: a count of months or years counted
  // from a month or year the sentence wrote before it. 1: else from the
  // reference (بعد شهرين may look ahead from the report); 2: else no date
  // ("two years later" alone is vague).
  uint8_t from_told = 0;
  uint8_t anaphor_span = 0;  // kAnaphor: a vague stretch of days, not one day
};

struct Word {
  uint32_t token_begin, token_end;
  Span span;
  TokenKind kind;
  bool space_before;
  bool line_break;  // a newline precedes it
  bool meta;        // inside a metadata span: never part of a date
};

class Parser {
 public:
  Parser(const Doc& doc, const DateLexicon& lex) : doc_(doc), lex_(lex) {}

  void Run(std::vector<DateMention>* out);

 private:
  std::string_view Text(uint32_t w) const { return doc_.norm(words_[w].span); }
  // A word that may continue a date begun before it.
  // The word where the current attempt starts may follow a line break and
  // may carry a stripped proclitic; later words may not.
  bool Cont(uint32_t w) const {
    return w < words_.size() && !words_[w].meta && (!words_[w].line_break || w == start_);
  }
  bool Tight(uint32_t w) const { return Cont(w) && !words_[w].space_before; }
  // The lexicon entry at w (no proclitic stripping) and the words it spans.
  const Entry* At(uint32_t w) const {
    return w < hits_.size() && (hits_[w].skip == 0 || w == start_) ? hits_[w].entry : nullptr;
  }
  uint32_t Next(uint32_t w) const { return w + std::max<uint32_t>(1, hits_[w].words); }
  // Where a date read from word w starts, past the proclitic its hit skips
  // (بـ، و): the byte, and the first token that ends after it.
  std::pair<uint32_t, uint32_t> StartPastSkip(uint32_t w) const {
    const Word& word = words_[w];
    const uint32_t begin = word.span.begin + hits_[w].skip;
    uint32_t tb = word.token_begin;
    while (tb + 1 < word.token_end && doc_.tokens[tb].span.end <= begin) ++tb;
    return {begin, tb};
  }
  // An ambiguous weekday at w standing alone as a date: not after في or a
  // word that makes it a noun, and followed by punctuation, the end, or a
  // `weekday_follow` word (`next` is the word after it).
  bool BareWeekday(uint32_t w, uint32_t next) const {
    if (w == 0 || w != start_ || words_[w].line_break || hits_[w].skip != 0) return false;
    if (words_[w - 1].meta || words_[w - 1].kind != TokenKind::kWord) return false;
    if (const Entry* b = At(w - 1); b && ((b->blocker & 4) || (b->cues & kCueIn))) return false;
    // تظاهروا الجمعة احتجاجاً: right after a verb the weekday is when it
    // happened, whatever follows.
    if (doc_.tokens[words_[w - 1].token_begin].script == Script::kArabic && lex_.VerbEnding(Text(w - 1))) return true;
    if (next >= words_.size() || words_[next].line_break) return true;
    if (words_[next].kind == TokenKind::kPunct) return true;
    const Entry* f = At(next);
    return f && f->weekday_follow;
  }
  // الاثنين is also "the two" (قتل الاثنين، الطرفين الاثنين), so it is never a
  // date alone by BareWeekday's tests. After a name without the article (a
  // place: قرب جمامي الاثنين، بلدة عيسى الاثنين), where "the two" can be
  // neither its adjective nor a noun it governs, and before a clause joined
  // by و to a word without the article (وقتلت، وجلدوا), it is the day.
  bool NameThenWeekdayThenClause(uint32_t w, uint32_t next) const {
    static constexpr std::string_view kArticle = "\xd8\xa7\xd9\x84";  // ال
    static constexpr std::string_view kAnd = "\xd9\x88";              // و
    if (w == 0 || w != start_ || words_[w].line_break || hits_[w].skip != 0) return false;
    if (words_[w - 1].meta || words_[w - 1].kind != TokenKind::kWord || At(w - 1) != nullptr) return false;
    if (doc_.tokens[words_[w - 1].token_begin].script != Script::kArabic) return false;
    const std::string_view before = Text(w - 1);
    if (before.substr(0, kArticle.size()) == kArticle || before.size() < 8) return false;
    if (next >= words_.size() || words_[next].line_break || words_[next].kind != TokenKind::kWord) return false;
    const std::string_view after = Text(next);
    if (after.substr(0, kAnd.size()) != kAnd || after.size() < 8) return false;
    return after.substr(kAnd.size(), kArticle.size()) != kArticle;
  }
  // استهدفت الاثنين حافلة، تظاهروا سلمياً الاثنين احتجاجاً: after a past verb
  // (…ت، …وا, not a plural noun …ات) or an adverb in the accusative (…اً),
  // neither with the article, and before a word without the article that no
  // particle opens (the verb's object, another adverbial), الاثنين cannot be
  // "the two" (which would govern no bare noun after it): it is the day.
  // After a verb, "the two" is its object when a participle or an adverb
  // follows (ضبطت الاثنين متلبسين، قتلت الاثنين طعناً) or a preposition
  // (اعتقلت الاثنين أثناء …). The word lists are dates.tsv's strict_weekday_*.
  bool VerbThenWeekdayThenBareWord(uint32_t w, uint32_t next) const {
    static constexpr std::string_view kArticle = "\xd8\xa7\xd9\x84";  // ال
    const DateLexicon::StrictWeekdayWords& lists = lex_.strict_weekday();
    if (w == 0 || w != start_ || words_[w].line_break || hits_[w].skip != 0) return false;
    if (words_[w - 1].meta || words_[w - 1].kind != TokenKind::kWord || At(w - 1) != nullptr) return false;
    if (doc_.tokens[words_[w - 1].token_begin].script != Script::kArabic) return false;
    const std::string_view before = Text(w - 1);
    const std::string_view written = doc_.OriginalText(words_[w - 1].span);  // the tanween, which norm() drops
    auto ends = [](std::string_view word, std::string_view x) {
      return word.size() >= x.size() + 6 && word.substr(word.size() - x.size()) == x;
    };
    auto ends_any = [&](std::string_view word, const std::vector<std::string>& xs) {
      for (const std::string& x : xs)
        if (ends(word, x)) return true;
      return false;
    };
    if (before.substr(0, kArticle.size()) == kArticle) return false;
    const bool verb = ends_any(before, lists.verb_suffixes) && !ends_any(before, lists.noun_suffixes);
    if (!verb && !ends_any(written, lists.accusative)) return false;
    if (next >= words_.size() || words_[next].line_break || words_[next].kind != TokenKind::kWord || At(next) != nullptr)
      return false;
    if (doc_.tokens[words_[next].token_begin].script != Script::kArabic) return false;
    const std::string_view after = Text(next);
    if (after.size() < 8 || after.substr(0, kArticle.size()) == kArticle) return false;
    // و، ب، ل، ف، ك: a conjunction or a preposition opens it ("قتلت الاثنين برصاصة").
    for (const std::string& p : lists.particles)
      if (after.substr(0, p.size()) == p) return false;
    for (const std::string& p : lists.not_before)
      if (after == p) return false;
    if (verb && (ends_any(after, lists.object_suffixes) || ends_any(doc_.OriginalText(words_[next].span), lists.accusative)))
      return false;
    return true;
  }
  // A weekday set off by commas on both sides (قُتل راعٍ وأصيب شقيقه، الأحد،
  // بانفجار لغم) is an adverbial aside: the noun readings (the one, the
  // two, the group) never stand alone between commas.
  bool CommaAsideWeekday(uint32_t w, uint32_t next) const {
    if (w == 0 || w != start_ || words_[w].line_break || hits_[w].skip != 0) return false;
    auto comma = [&](uint32_t k) {
      if (k >= words_.size() || words_[k].kind != TokenKind::kPunct) return false;
      const std::string_view t = Text(k);
      return t == "," || t == "\xd8\x8c";  // ، (Arabic comma)
    };
    if (!comma(w - 1)) return false;
    return comma(next) && !words_[next].line_break;
  }
  // A weekday that opens a line and a colon closes ("الجمعة: اتهمت منظمة …",
  // a day's heading in a week's round-up) names the day the line tells of:
  // neither "the group" nor "the two" heads a line alone before a colon.
  bool HeadingWeekday(uint32_t w, uint32_t next) const {
    if (w != start_ || hits_[w].skip != 0) return false;
    if (next < words_.size() && words_[next].kind != TokenKind::kPunct) return false;
    return LineHeadingAt(w, next);
  }
  // Words [begin, end) open a line and a colon closes them on that line.
  bool LineHeadingAt(uint32_t begin, uint32_t end) const {
    if (begin != 0 && !words_[begin].line_break && !words_[begin - 1].meta) return false;
    return end < words_.size() && !words_[end].line_break && Text(end) == ":";
  }
  // Word w lies in the report's title: its first line of text (past the
  // metadata), a short one that ends no sentence ("DEIR EZ-ZOR 24 — WEEK IN
  // REVIEW, 23 TO 29 NOVEMBER"), not a lead paragraph.
  bool InTitleLine(uint32_t w) const {
    if (w >= words_.size() || words_[w].meta) return false;
    uint32_t first = w;
    for (; first > 0 && !words_[first - 1].meta; --first)
      if (words_[first].line_break) return false;
    constexpr uint32_t kTitleWords = 20;
    for (uint32_t k = first; k < words_.size() && (k == first || !words_[k].line_break); ++k) {
      const std::string_view t = Text(k);
      if (k - first >= kTitleWords || t == "." || t == "!" || t == "?" || t == "\xd8\x9f" /* ؟ */) return false;
    }
    return true;
  }
  // A `superlative` word up to ten words before w in its clause (no comma,
  // no sentence break, no line break between).
  bool SuperlativeBefore(uint32_t w) const {
    for (uint32_t k = w, back = 0; k-- > 0 && back < 10 && !words_[k + 1].line_break; ++back) {
      if (words_[k].meta) return false;
      const std::string_view t = Text(k);
      if (t == "," || t == "\xd8\x8c" || IsSentenceBreak(t)) return false;
      if (CueAt(k, kCueSuperlative)) return true;
    }
    return false;
  }
  // A hyphen written tight after the unit before `w` makes the count an
  // adjective ("an hour-long battle", "a two-day siege", "a 10-year-old
  // boy"): a length or an age, not a time from now.
  bool HyphenatedOn(uint32_t w) const {
    return Tight(w) && words_[w].kind == TokenKind::kPunct && Text(w) == "-" && Tight(w + 1);
  }
  // No sentence ends in the words [from, to).
  bool SameSentence(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k)
      if (words_[k].line_break || IsSentenceBreak(Text(k))) return false;
    return !(to < words_.size() && words_[to].line_break);
  }
  // The last year (1900-2099) written before word `w`, or 0.
  int LastYearBefore(uint32_t w) const {
    for (uint32_t k = w; k-- > 0;) {
      size_t digits = 0;
      const int v = words_[k].meta ? -1 : Num(k, 4, &digits);
      if (digits == 4 && v >= 1900 && v <= 2099) return v;
    }
    return 0;
  }
  // A plain number of at most `max_digits` digits, or -1.
  int Num(uint32_t w, size_t max_digits, size_t* digits = nullptr) const {
    if (!Cont(w) || words_[w].kind != TokenKind::kNumber) return -1;
    std::string_view t = Text(w);
    int v = 0;
    if (t.size() > max_digits || !ParseInt(t, &v)) return -1;
    if (digits) *digits = t.size();
    return v;
  }

  Hit Lookup(uint32_t w);
  bool ParseAt(uint32_t w, Match* m);
  bool ParseDate(uint32_t w, bool cued, Match* m);
  bool ParseNumeric(uint32_t w, Match* m);
  bool ParseTime(uint32_t w, Match* m);
  bool ParseYear(uint32_t w, bool cued, Match* m);
  bool ParseCore(uint32_t w, bool cued, Match* m);
  bool ParseDayMonth(uint32_t w, bool cued, Match* m);
  uint32_t ParseMonthName(uint32_t w, int* month, bool* hijri, bool* ambiguous);
  uint32_t MonthOfTheReference(uint32_t w, int* year, int* month) const;
  uint32_t ParseYearNumber(uint32_t w, bool hijri, int* year, bool* era_ah);
  bool ParseCount(uint32_t w, Match* m);
  bool CueAt(uint32_t w, uint32_t cue) const {
    const Entry* e = Cont(w) ? At(w) : nullptr;
    return e && (e->cues & cue);
  }
  bool DateWordAt(uint32_t w) const {
    const Entry* e = Cont(w) ? At(w) : nullptr;
    return e && (e->weekday >= 0 || e->month || e->hijri_month);
  }
  // A count of days or weeks (`c`) counted from the event told before, in
  // `sign` direction; other units are not anaphoric ("a year later" is vague).
  static bool CountAnaphor(const Match& c, int sign, Match* m) {
    if (c.unit != Unit::kDay && c.unit != Unit::kWeek) return false;
    const int days = c.offset * (c.unit == Unit::kWeek ? 7 : 1);
    if (days > 366) return false;
    *m = c;
    m->form = Form::kAnaphor;
    m->offset = sign * days;
    return true;
  }
  // "two days after <event>", "hours after <event>": the named event lies
  // that many days before the event of the main clause (hours: the same
  // day); "a month after" names a month (precision kMonth, offset in months),
  // "three years after" a year (precision kYear, offset in years).
  bool CountPrior(const Match& c, uint32_t cue_word, Match* m) const {
    if (!CueAt(cue_word, kCuePrior)) return false;
    int days = 0;
    if (c.unit == Unit::kDay || c.unit == Unit::kWeek || c.unit == Unit::kMonth || c.unit == Unit::kYear)
      days = c.offset * (c.unit == Unit::kWeek ? 7 : 1);  // months and years stay a count of them
    else if (c.unit != Unit::kHour && c.unit != Unit::kMinute) return false;
    if (days > 366 || (c.unit == Unit::kMonth && days > 12) || (c.unit == Unit::kYear && days > 100)) return false;
    *m = c;
    m->form = Form::kPrior;
    m->offset = -days;
    m->end = Next(cue_word);
    return true;
  }
  // "the 1988 chemical attack", "هجوم 2017": a bare year right after a
  // determiner or an event noun dates that noun. Round hundreds (2000) and
  // a number before another number or a unit of time are counts, not years.
  bool AttributiveBefore(uint32_t w) const {
    if (w == 0 || words_[w].line_break || words_[w - 1].meta) return false;
    const Hit& before = hits_[w - 1];
    return before.entry && before.entry->attributive_year && before.words == 1;
  }
  bool AttributiveYear(uint32_t w) const {
    if (w == 0 || words_[w].line_break || words_[w - 1].meta) return false;
    const Hit& before = hits_[w - 1];
    if (!before.entry || !before.entry->attributive_year || before.words != 1) return false;
    return BareYearAt(w);
  }
  // The checks of a bare year at w: four digits, 1900-2099, no round
  // hundred, and no number, unit of time, count or month right after it.
  bool BareYearAt(uint32_t w) const {
    size_t digits = 0;
    const int y = Num(w, 4, &digits);
    if (digits != 4 || y < 1900 || y > 2099 || y % 100 == 0) return false;
    if (Cont(w + 1) && words_[w + 1].kind == TokenKind::kNumber) return false;
    const Entry* after = Cont(w + 1) ? At(w + 1) : nullptr;
    return !after || (after->unit == Unit::kNone && !after->count && after->month == 0 && after->hijri_month == 0);
  }
  // "the Hirak protests of 2017", "the war of 1967": a bare year right after
  // an English `of` cue (a Latin word; Arabic من before a number is a count
  // or "from") is a year of the noun before it, with the checks a bare
  // attributive year has (no round hundred, no number, unit or month after).
  bool YearAfterOf(uint32_t w) const {
    if (w == 0 || words_[w].line_break || words_[w - 1].meta) return false;
    const Hit& before = hits_[w - 1];
    if (!before.entry || !(before.entry->cues & kCueOf) || before.words != 1) return false;
    const std::string_view of = Text(w - 1);
    if (of.empty() || static_cast<unsigned char>(of[0]) >= 0x80) return false;
    if (w >= 2 && words_[w - 2].kind == TokenKind::kNumber) return false;  // "2 of 2017"
    return BareYearAt(w);
  }
  uint32_t SkipOrdinalSuffix(uint32_t w) const;
  // Was the entry at w read only after taking ب or ك off the word?
  bool NounPrepositionStripped(uint32_t w) const {
    const uint8_t skip = hits_[w].skip;
    if (skip < 2) return false;
    const std::string_view t = Text(w);
    if (t.size() < skip) return false;
    const std::string_view last = t.substr(skip - 2, 2);
    return last == "\xd8\xa8" || last == "\xd9\x83";  // ب ك
  }
  bool LooksBackForSince(uint32_t begin, uint32_t floor);
  bool LooksBackForFuture(uint32_t begin, uint32_t floor) const;
  const Entry* FutureCue(uint32_t w) const;

  const Doc& doc_;
  const DateLexicon& lex_;
  std::vector<Word> words_;
  std::vector<Hit> hits_;
  std::vector<uint8_t> used_;  // words already part of a date
  std::string key_;            // phrase-lookup buffer, filled only after a first-word hit
  uint32_t start_ = 0;         // first word of the current attempt
  bool weekday_cue_ = false;   // the attempt follows since/on
  bool part_cue_ = false;      // the attempt follows a part of a period (مطلع، "the start of")
};

Hit Parser::Lookup(uint32_t w) {
  const Word& word = words_[w];
  if (word.meta || (word.kind != TokenKind::kWord && word.kind != TokenKind::kNumber &&
                    word.kind != TokenKind::kPunct && word.kind != TokenKind::kSymbol))
    return {};
  std::string_view text = Text(w);
  // Try the word as written, then without a conjunction (و، ف), then without
  // a preposition (ب، ل، ك): the tokenizer splits clitics only off known stems.
  std::string_view candidates[3];
  uint8_t skips[3];
  int nc = 0;
  candidates[nc] = text;
  skips[nc++] = 0;
  if (Script s = doc_.tokens[word.token_begin].script; s == Script::kArabic) {
    std::string_view t = text;
    uint8_t skip = 0;
    if (t.size() > 6 && StartsWithAny(t, {"\xd9\x88", "\xd9\x81"})) {  // و ف
      t.remove_prefix(2);
      skip += 2;
      candidates[nc] = t;
      skips[nc++] = skip;
    }
    if (t.size() > 6 && StartsWithAny(t, {"\xd8\xa8", "\xd9\x84", "\xd9\x83"})) {  // ب ل ك
      t.remove_prefix(2);
      skip += 2;
      candidates[nc] = t;
      skips[nc++] = skip;
    }
  }
  for (int c = 0; c < nc; ++c) {
    std::string_view first = candidates[c];
    if (uint8_t n = lex_.PhraseWords(first); n > 1) {
      // Longest phrase wins, grown a word at a time. The buffer is touched
      // only for first words of phrases, so ordinary words cost a hash
      // lookup and no allocation.
      const uint32_t limit = std::min<uint32_t>(n, static_cast<uint32_t>(words_.size() - w));
      const Entry* best = nullptr;
      uint32_t best_len = 0;
      key_.assign(first);
      for (uint32_t k = 1; k < limit && Cont(w + k); ++k) {
        key_ += ' ';
        key_ += Text(w + k);
        if (const Entry* e = lex_.Find(key_)) {
          // "days before the fighting" is a vague stretch only with no count
          // before "days": "two days after a raid" is a count (CountPrior).
          const bool counted = e->anaphor_span && w > 0 && !words_[w - 1].meta &&
                               (words_[w - 1].kind == TokenKind::kNumber ||
                                (hits_.size() > w - 1 && hits_[w - 1].entry && hits_[w - 1].entry->count));
          if (!counted) {
            best = e;
            best_len = k + 1;
          }
        }
        if (!lex_.Continues(key_)) break;
      }
      if (best) return Hit{best, static_cast<uint8_t>(best_len), skips[c]};
    }
    if (const Entry* e = lex_.Find(first)) return Hit{e, 1, skips[c]};
  }
  return {};
}

uint32_t Parser::SkipOrdinalSuffix(uint32_t w) const {
  if (!Tight(w)) return w;
  std::string_view t = Text(w);
  return (t == "st" || t == "nd" || t == "rd" || t == "th") ? w + 1 : w;
}

// A month name at w, with an abbreviation dot and a second name for the same
// month after "/" or in brackets ("تشرين الثاني/نوفمبر"). Returns the word after
// it, or 0.
// "الشهر الجاري", "الشهر الماضي", or "الجاري" alone after a day number: the
// reference's month or the one before it, for a day of it. The end of the
// words, or 0 when there are none or no reference day to count from.
uint32_t Parser::MonthOfTheReference(uint32_t w, int* year, int* month) const {
  if (!doc_.reference_time || doc_.reference_time->precision > DatePrecision::kDay || !Cont(w)) return 0;
  const Entry* e = At(w);
  if (!e) return 0;
  uint32_t end = 0;
  Mod mod = Mod::kNone;
  if (e->period == Unit::kMonth && Cont(Next(w))) {
    if (const Entry* md = At(Next(w)); md) mod = md->modifier, end = Next(Next(w));
  } else if (e->modifier == Mod::kThis && e->period == Unit::kNone && e->unit == Unit::kNone) {
    mod = Mod::kThis, end = Next(w);  // 25 الجاري
  }
  if (mod != Mod::kThis && mod != Mod::kLast) return 0;
  const CivilDay ref = CivilFromDays(DaysFromUnixMs(doc_.reference_time->unix_ms));
  const int months = ref.year * 12 + (ref.month - 1) + (mod == Mod::kLast ? -1 : 0);
  *year = months / 12;
  *month = months % 12 + 1;
  return end;
}

uint32_t Parser::ParseMonthName(uint32_t w, int* month, bool* hijri, bool* ambiguous) {
  const Entry* e = Cont(w) ? At(w) : nullptr;
  if (!e || (e->month == 0 && e->hijri_month == 0)) return 0;
  *hijri = e->month == 0;
  *month = *hijri ? e->hijri_month : e->month;
  *ambiguous = e->ambiguous;
  uint32_t j = Next(w);
  if (e->abbr && Tight(j) && Text(j) == ".") ++j;
  auto same_month = [&](uint32_t k) {
    const Entry* a = Cont(k) ? At(k) : nullptr;
    return a && (*hijri ? a->hijri_month : a->month) == *month;
  };
  if (Cont(j) && (Text(j) == "/" || Text(j) == "-") && same_month(j + 1)) {
    *ambiguous = false;
    j = Next(j + 1);
  } else if (Cont(j) && Text(j) == "(" && same_month(j + 1) && Cont(Next(j + 1)) && Text(Next(j + 1)) == ")") {
    *ambiguous = false;
    j = Next(j + 1) + 1;
  }
  return j;
}

// A year after a month name or a year cue: four digits, then an optional era
// word (م، هـ، AD). Returns the word after it, or 0.
uint32_t Parser::ParseYearNumber(uint32_t w, bool hijri, int* year, bool* era_ah) {
  size_t digits = 0;
  int y = Num(w, 4, &digits);
  if (y < 0 || digits != 4) return 0;
  if (!hijri && (y < 1000 || y > 2999)) return 0;
  if (hijri && (y < 1000 || y > 1999)) return 0;
  *year = y;
  *era_ah = false;
  uint32_t j = w + 1;
  if (const Entry* e = Cont(j) ? At(j) : nullptr) {
    if (e->cues & kCueEraAh) {
      *era_ah = true;
      j = Next(j);
    } else if (e->cues & kCueEraCe) {
      j = Next(j);
    }
  }
  return j;
}

// Day and month in either order, with an optional year; or a month with a
// year; or a month alone when it cannot be an ordinary word.
bool Parser::ParseDayMonth(uint32_t w, bool cued, Match* m) {
  int month = 0, year = 0, day = 0;
  bool hijri = false, ambiguous = false, era_ah = false;
  uint32_t j = 0;
  // An ordinal day word is a day only before من and a month (الثالث من
  // تشرين الأول): alone it is "the third".
  const Entry* ordinal = Num(w, 2) < 0 && Cont(w) ? At(w) : nullptr;
  if (ordinal && !ordinal->ordinal) ordinal = nullptr;
  if (int d = ordinal ? ordinal->ordinal : Num(w, 2); d >= 1 && d <= 31) {
    uint32_t i = ordinal ? Next(w) : SkipOrdinalSuffix(w + 1);
    const Entry* of = Cont(i) ? At(i) : nullptr;
    if (of && (of->cues & kCueOf)) i = Next(i);
    else if (ordinal) return false;
    if (const Entry* e = Cont(i) ? At(i) : nullptr; e && (e->cues & kCueMonth)) i = Next(i);
    j = ParseMonthName(i, &month, &hijri, &ambiguous);
    if (j) {
      day = d;
    } else if (uint32_t end = MonthOfTheReference(i, &year, &month)) {
      // في 25 من الشهر الجاري، الثالث من الشهر الماضي، يوم 12 الجاري
      if (d > DaysInMonth(year, month)) return false;
      m->begin = w;
      m->end = end;
      m->year = year;
      m->month = month;
      m->day = d;
      m->form = Form::kDate;
      return true;
    } else if (ordinal) {
      return false;
    }
  }
  if (!j) {
    bool after_cue = false;
    uint32_t i = w;
    if (const Entry* e = Cont(i) ? At(i) : nullptr; e && (e->cues & kCueMonth) && e->month == 0) {
      i = Next(i);
      after_cue = true;
    }
    j = ParseMonthName(i, &month, &hijri, &ambiguous);
    if (!j) return false;
    if (int d = Num(j, 2); d >= 1 && d <= 31 && !hijri) {
      // "November 27" - but not "November 27 people": a unit or another
      // number after the day means the number is not a day.
      uint32_t k = SkipOrdinalSuffix(j + 1);
      const Entry* after = Cont(k) ? At(k) : nullptr;
      if (!(after && after->unit != Unit::kNone)) {
        day = d;
        j = k;
      }
    }
    if (after_cue) ambiguous = false;
    if (!day && ambiguous && !cued) {
      // A bare ambiguous name needs a year right after it.
      uint32_t probe = j;
      int y;
      bool ah;
      if (!ParseYearNumber(probe, hijri, &y, &ah)) return false;
    }
  }
  uint32_t k = j;
  if (day && Cont(k) && (Text(k) == "," || Text(k) == "\xd8\x8c")) ++k;  // , ،
  if (uint32_t after = ParseYearNumber(k, hijri, &year, &era_ah)) {
    if (era_ah && !hijri) return false;
    j = after;
  } else {
    year = 0;
  }
  m->end = j;
  m->year = year;
  m->month = month;
  m->day = day;
  if (hijri) {
    m->form = Form::kHijriDate;
    if (year && day && day > HijriMonthLength(year, month)) return false;
    if (day > 30) return false;
  } else {
    m->form = day ? Form::kDate : Form::kMonth;
    if (day && day > DaysInMonth(year ? year : 2000, month)) return false;  // 2000: allow 29 February
  }
  return true;
}

bool Parser::ParseTime(uint32_t w, Match* m) {
  // After an ISO date: "T14:30[:05][Z|+03:00]" or " 14:30".
  uint32_t i = w;
  int h = -1;
  if (Tight(i) && words_[i].kind == TokenKind::kWord) {
    std::string_view t = Text(i);
    if (t.size() == 3 && t[0] == 't' && ParseInt(t.substr(1), &h)) ++i;
  } else if (Cont(i) && words_[i].space_before) {
    size_t digits = 0;
    h = Num(i, 2, &digits);
    if (digits != 2) h = -1;
    if (h >= 0) ++i;
  }
  if (h < 0 || h > 23 || !Tight(i) || Text(i) != ":") return false;
  size_t digits = 0;
  int mi = Num(i + 1, 2, &digits);
  if (mi < 0 || digits != 2 || mi > 59 || !Tight(i + 1)) return false;
  i += 2;
  int s = -1;
  if (Tight(i) && Text(i) == ":" && Tight(i + 1) && words_[i + 1].kind == TokenKind::kNumber) {
    std::string_view t = Text(i + 1);
    if (t.size() >= 2 && (t.size() == 2 || t[2] == '.') && ParseInt(t.substr(0, 2), &s) && s <= 59) i += 2;
    else s = -1;
  }
  if (Tight(i) && Text(i) == "z") {
    m->zoned = true;
    ++i;
  } else if (Tight(i) && (Text(i) == "+" || Text(i) == "-")) {
    size_t d2 = 0;
    int oh = Num(i + 1, 4, &d2), om = 0;
    uint32_t k = i + 2;
    if (oh >= 0 && d2 == 4) {
      om = oh % 100;
      oh /= 100;
    } else if (oh >= 0 && d2 == 2 && Tight(k) && Text(k) == ":" && Tight(k + 1)) {
      size_t d3 = 0;
      om = Num(k + 1, 2, &d3);
      if (d3 != 2) om = -1;
      k += 2;
    } else {
      oh = -1;
    }
    if (oh >= 0 && oh <= 14 && om >= 0 && om <= 59 && Tight(i + 1)) {
      m->zoned = true;
      m->zone_minutes = (Text(i) == "-" ? -1 : 1) * (oh * 60 + om);
      i = d2 == 4 ? i + 2 : k;
    }
  }
  m->form = Form::kDateTime;
  m->hour = h;
  m->minute = mi;
  m->second = s;
  m->end = i;
  return true;
}

// 2024/11/27, 27/11/2024, 27-11-2024, 2024-11-27 (then an optional time),
// 27.11.2024 (one number token).
bool Parser::ParseNumeric(uint32_t w, Match* m) {
  if (!Cont(w) || words_[w].kind != TokenKind::kNumber) return false;
  std::string_view parts[3];
  uint32_t end;
  std::string_view t = Text(w);
  if (size_t dot = t.find('.'); dot != std::string_view::npos) {
    size_t dot2 = t.find('.', dot + 1);
    if (dot2 == std::string_view::npos || t.find('.', dot2 + 1) != std::string_view::npos) return false;
    parts[0] = t.substr(0, dot);
    parts[1] = t.substr(dot + 1, dot2 - dot - 1);
    parts[2] = t.substr(dot2 + 1);
    end = w + 1;
  } else {
    if (!Tight(w + 1) || !Tight(w + 2) || !Tight(w + 3) || !Tight(w + 4)) return false;
    std::string_view sep = Text(w + 1);
    if ((sep != "/" && sep != "-") || Text(w + 3) != sep) return false;
    if (words_[w + 2].kind != TokenKind::kNumber || words_[w + 4].kind != TokenKind::kNumber) return false;
    parts[0] = t;
    parts[1] = Text(w + 2);
    parts[2] = Text(w + 4);
    end = w + 5;
    // Longer chains ("1-2-2024-7") are identifiers, not dates.
    if (Tight(end) && Text(end) == sep) return false;
  }
  int a, b, c;
  if (!ParseInt(parts[0], &a) || !ParseInt(parts[1], &b) || !ParseInt(parts[2], &c)) return false;
  if (parts[1].size() > 2) return false;
  int y, mo, d;
  bool iso = false;
  if (parts[0].size() == 4 && parts[2].size() <= 2) {
    y = a, mo = b, d = c;
    iso = true;
  } else if (parts[2].size() == 4 && parts[0].size() <= 2) {
    y = c, mo = b, d = a;
    if (mo > 12 && d <= 12) std::swap(mo, d);  // US order: 11/27/2024
  } else {
    return false;
  }
  if (y < 1000 || y > 2999 || !IsValidCivil(y, mo, d)) return false;
  m->form = Form::kDate;
  m->year = y;
  m->month = mo;
  m->day = d;
  m->end = end;
  if (iso && end == w + 5) ParseTime(end, m);
  return true;
}

// عام 2016، سنة 2016، the year 2016; a bare year after a cue (in 2016, منذ 2016).
bool Parser::ParseYear(uint32_t w, bool cued, Match* m) {
  uint32_t i = w;
  if (const Entry* e = Cont(i) ? At(i) : nullptr; e && (e->cues & kCueYear)) i = Next(i);
  else if (!cued && !(m->attributive = AttributiveYear(w)) && !YearAfterOf(w)) return false;
  int year;
  bool era_ah;
  uint32_t end = ParseYearNumber(i, false, &year, &era_ah);
  if (!end) {
    end = ParseYearNumber(i, true, &year, &era_ah);
    if (!end || !era_ah) return false;
  }
  // "2016 people": a unit or counted noun right after is not handled here,
  // but a following month-day would be a different date shape.
  m->form = era_ah ? Form::kHijriYear : Form::kYear;
  m->year = year;
  m->end = end;
  return true;
}

// Relative days, weekdays, periods and day-month dates, with a part of the
// day before (فجر اليوم، مساء الأربعاء) or after (Wednesday night).
bool Parser::ParseCore(uint32_t w, bool cued, Match* m) {
  uint32_t i = w;
  uint8_t part = 0;
  bool day_cue = false;
  Mod mod = Mod::kNone;
  auto at = [&](uint32_t k) -> const Entry* { return Cont(k) ? At(k) : nullptr; };
  if (const Entry* e = at(i); e && e->part && !e->has_day) {
    part = e->part;
    i = Next(i);
  }
  if (const Entry* e = at(i); e && (e->cues & kCueDay) && !e->has_day) {
    day_cue = true;
    i = Next(i);
  }
  if (const Entry* e = at(i); e && e->modifier != Mod::kNone && !e->has_day) {
    mod = e->modifier;
    i = Next(i);
  }
  const Entry* e = at(i);
  auto postfix_part = [&](uint32_t* j) {
    if (const Entry* p = at(*j); p && p->part && !p->has_day && !p->unit_count && part == 0) {
      part = p->part;
      *j = Next(*j);
    }
  };
  if (e && e->has_anaphor && mod == Mod::kNone) {
    uint32_t j = Next(i);
    if (!part) part = e->day_part;
    postfix_part(&j);
    m->form = Form::kAnaphor;
    m->offset = e->anaphor_offset;
    m->anaphor_span = e->anaphor_span;
    m->part = part;
    m->end = j;
    return true;
  }
  // A relative day that is a part of the day ("overnight", "tonight") right
  // before a weekday says which night: "overnight Saturday" is Saturday night,
  // not the night before the report.
  if (e && e->has_day && e->day_part && mod == Mod::kNone && !part) {
    if (const Entry* wd = at(Next(i)); wd && wd->weekday >= 0 && !wd->abbr && !wd->ambiguous) {
      part = e->day_part;
      i = Next(i);
      e = wd;
    }
  }
  if (e && e->has_day && mod == Mod::kNone) {
    uint32_t j = Next(i);
    if (const Entry* b = at(j); b && (b->blocker & 1)) return false;
    if (i > 0 && !words_[i - 1].meta) {
      if (const Entry* b = At(i - 1); b && (b->blocker & 2)) return false;
    }
    if (!part) part = e->day_part;
    postfix_part(&j);
    m->form = Form::kRelDay;
    m->offset = e->day_offset;
    m->part = part;
    m->end = j;
    return true;
  }
  if (e && e->weekday >= 0) {
    int wd = e->weekday;
    uint32_t j = Next(i);
    uint32_t k = j;
    if (Cont(k) && (Text(k) == "," || Text(k) == "\xd8\x8c")) ++k;
    Match sub;
    if (mod == Mod::kNone && ParseDayMonth(k, true, &sub) && sub.day) {
      sub.begin = m->begin;
      *m = sub;
      m->weekday = wd;
      m->part = part;
      return true;
    }
    if (mod == Mod::kNone) {
      if (const Entry* p = at(j); p && p->modifier != Mod::kNone && !p->has_day) {
        mod = p->modifier;
        j = Next(j);
      }
    }
    postfix_part(&j);
    // في licenses an ambiguous month ("في مارس") but not a weekday ("في الجمعة"
    // is at the mosque); since/on do. A bare one ends its clause or comes
    // before its verb's complement (انسحبت منها الجمعة، قال مسؤول الأحد إن),
    // unless the word before makes it a noun (صلاة الجمعة، بين الاثنين).
    const bool bare = e->ambiguous && !e->abbr && ((!e->strict && BareWeekday(i, j)) || CommaAsideWeekday(i, j) ||
                                                    (e->strict && (NameThenWeekdayThenClause(i, j) || VerbThenWeekdayThenBareWord(i, j))) ||
                                                    HeadingWeekday(i, j));
    if ((e->ambiguous || e->abbr) && !weekday_cue_ && !day_cue && !part && mod == Mod::kNone && !bare) return false;
    m->form = Form::kWeekday;
    m->weekday = wd;
    m->mod = mod;
    m->part = part;
    m->end = j;
    return true;
  }
  if (mod == Mod::kNone && ParseDayMonth(i, cued || day_cue, m)) {
    if (m->form == Form::kMonth && (part || day_cue)) return false;
    m->part = part;
    return true;
  }
  if (part || day_cue) return false;
  if (e && e->period != Unit::kNone) {
    uint32_t j = Next(i);
    if (mod == Mod::kNone) {
      if (const Entry* p = at(j); p && p->modifier != Mod::kNone && !p->has_day) {
        mod = p->modifier;
        j = Next(j);
      }
    }
    // مطلع الأسبوع، "the start of the week": a part of a bare period is a part
    // of the current one.
    if (mod == Mod::kNone && part_cue_) mod = Mod::kThis;
    // "at the weekend" needs no modifier: a report tells the one just past.
    if (mod == Mod::kNone && e->period != Unit::kWeekend) return false;
    m->form = Form::kPeriod;
    m->unit = e->period;
    m->mod = mod;
    m->end = j;
    return true;
  }
  return false;
}

bool Parser::ParseDate(uint32_t w, bool cued, Match* m) {
  if (w >= words_.size() || words_[w].meta) return false;
  m->begin = w;
  start_ = w;
  if (ParseNumeric(w, m)) return true;
  if (ParseYear(w, cued, m)) return true;
  return ParseCore(w, cued, m);
}

// "3 أيام"، "ثلاثة أيام"، "يومين"، "two days", "a week" (the cue is the caller's).
bool Parser::ParseCount(uint32_t w, Match* m) {
  if (!Cont(w)) return false;
  int n = 0;
  uint32_t j;
  const Entry* e = At(w);
  if (int v = Num(w, 5); v >= 1) {
    n = v;
    j = w + 1;
  } else if (e && e->count) {
    n = e->count;
    j = Next(w);
  } else if (e && e->unit != Unit::kNone && e->unit_count) {
    if (HyphenatedOn(Next(w))) return false;
    // في ساعة متأخرة من الليل: an hour an adjective qualifies is a time, no count.
    if (const Entry* b = Cont(Next(w)) ? At(Next(w)) : nullptr; b && (b->blocker & 1)) return false;
    m->unit = e->unit;
    m->offset = e->unit_count;
    m->end = Next(w);
    m->form = Form::kCount;
    return true;
  } else {
    return false;
  }
  const Entry* u = Cont(j) ? At(j) : nullptr;
  if (!u || u->unit == Unit::kNone || HyphenatedOn(Next(j))) return false;
  m->unit = u->unit;
  m->offset = n;
  m->end = Next(j);
  m->form = Form::kCount;
  return true;
}

bool Parser::ParseAt(uint32_t w, Match* m) {
  const Entry* e = hits_[w].entry;
  *m = Match{};
  m->begin = w;
  start_ = w;
  if (e && (e->cues & (kCueSince | kCueIn | kCueOn))) {
    uint32_t next = Next(w);
    // "mid-May", "late-2023": a part word joined to its period by a hyphen.
    if ((e->cues & kCueIn) && next == w + 1 && HyphenatedOn(next)) ++next;
    Match d;
    weekday_cue_ = (e->cues & (kCueSince | kCueOn)) != 0;
    part_cue_ = (e->cues & kCuePart) != 0;
    bool dated = ParseDate(next, true, &d);
    weekday_cue_ = part_cue_ = false;
    if (dated) {
      *m = d;
      // "late 2023" is not the whole year: ACLED dates it by the month the part begins.
      if (e->year_part_month && m->form == Form::kYear) {
        m->form = Form::kMonth;
        m->month = e->year_part_month;
      }
      m->since = (e->cues & kCueSince) != 0;
      return true;
    }
    if (e->cues & (kCueSince | kCueIn)) {
      // "the first strike on the capital in three months", "the deadliest
      // attack in two years": after a `superlative` word of its clause the
      // count is how long it has been, no time ahead (nor a day back).
      if (!(e->cues & kCueSince) && SuperlativeBefore(w)) return false;
      if (ParseCount(next, m)) {
        m->begin = w;
        if (e->cues & kCueSince) m->offset = -m->offset;  // منذ يومين = two days ago
        return true;
      }
    }
    return false;
  }
  // A season before a year (صيف عام 2023، "the summer of 2023"): the month the season begins.
  if (e && e->year_part_month && !(e->cues & (kCueSince | kCueIn | kCueOn))) {
    uint32_t next = Next(w);
    if (const Entry* of = Cont(next) ? At(next) : nullptr; of && (of->cues & kCueOf)) next = Next(next);
    Match y;
    if (ParseYear(next, true, &y) && y.form == Form::kYear) {
      *m = y;
      m->begin = w;
      m->form = Form::kMonth;
      m->month = e->year_part_month;
      return true;
    }
  }
  if (e && (e->cues & (kCueLater | kCueEarlier)) && !e->has_day && !e->part && !e->has_anaphor) {
    const uint32_t next = Next(w);
    start_ = next;  // the count may carry ب: بعد ذلك بيومين
    Match c;
    // Not a singular unit that names the day of a date after it (بعد يوم
    // الأربعاء), nor a count from an event named after it (بعد يومين من
    // الهجوم: that event's day is not the one told before).
    const bool parsed = ParseCount(next, &c) && !DateWordAt(c.end);
    const bool counted = parsed && ((!(e->cues & kCueEarlier) && CountPrior(c, c.end, m)) ||
                                    (!CueAt(c.end, kCueOf) && CountAnaphor(c, (e->cues & kCueEarlier) ? -1 : 1, m)));
    start_ = w;
    if (counted) {
      m->begin = w;
      return true;
    }
    *m = Match{};
    m->begin = w;
  }
  if (e && (e->cues & (kCueBefore | kCueAfter)) && !e->has_day && !e->part && !e->has_anaphor) {
    if (ParseCount(Next(w), m)) {
      // "وفرّقتها الشرطة بعد ساعة"، "اندلع اشتباك بعد ساعات": hours after
      // the act told before, as "an hour later" is — no day counted from the
      // report (which would date the act on the publication day).
      if ((e->cues & kCueLater) && (m->unit == Unit::kHour || m->unit == Unit::kMinute) && m->offset < 24) {
        *m = Match{};
        return false;
      }
      m->begin = w;
      if (e->cues & kCueBefore) m->offset = -m->offset;
      else if (m->unit == Unit::kMonth || m->unit == Unit::kYear) m->from_told = 1;
      return true;
    }
    return false;
  }
  if (e && e->recent) {
    m->form = Form::kRecent;
    m->offset = e->recent_days;
    m->end = Next(w);
    return true;
  }
  if (ParseDate(w, false, m)) return true;
  // "two days ago"
  Match c;
  if (ParseCount(w, &c)) {
    const Entry* ago = Cont(c.end) ? At(c.end) : nullptr;
    if (ago && (ago->cues & kCueAgo)) {
      *m = c;
      m->begin = w;
      m->offset = -m->offset;
      m->end = Next(c.end);
      return true;
    }
    if (CountPrior(c, c.end, m)) {
      m->begin = w;
      return true;
    }
    if (ago && (ago->cues & (kCueLater | kCueEarlier)) && CountAnaphor(c, (ago->cues & kCueEarlier) ? -1 : 1, m)) {
      m->begin = w;
      m->end = Next(c.end);
      return true;
    }
    if (ago && (ago->cues & kCueLater) && (c.unit == Unit::kMonth || c.unit == Unit::kYear)) {
      *m = c;
      m->begin = w;
      m->end = Next(c.end);
      m->from_told = 2;
      return true;
    }
  }
  return false;
}

// "منذ بدء الهجوم يوم الأربعاء": a since-cue a few words back in the same
// sentence, not already part of a date, makes the date a start point.
bool Parser::LooksBackForSince(uint32_t begin, uint32_t floor) {
  constexpr uint32_t kMaxWordsBack = 7;
  for (uint32_t k = 1; k <= kMaxWordsBack && begin >= floor + k; ++k) {
    uint32_t j = begin - k;
    if (words_[j + 1].line_break) return false;
    if (words_[j].meta || used_[j] || IsSentenceBreak(Text(j))) return false;
    // A comma ends the since-phrase: "منذ أشهر، وذلك في عملية نفذت الأربعاء".
    if (Text(j) == "," || Text(j) == "\xd8\x8c") return false;
    if (hits_[j].entry && (hits_[j].entry->cues & kCueSince)) {
      // منذ أشهر، "since years": a since-cue before a count or unit of time
      // tells how long, not from when.
      if (j + 1 < begin && hits_[j + 1].entry && (hits_[j + 1].entry->unit != Unit::kNone || hits_[j + 1].entry->count))
        return false;
      used_[j] = 1;
      return true;
    }
  }
  return false;
}

// A future-frame word at w: its own entry, or a proclitic that marks the
// future on the verb it is glued to, keyed with the stem's first letter so
// only an imperfect verb counts (سيعقد، ستعقد: سي، ست; not سامة split as س+امة).
//
// A frame word read only after stripping ب or ك is none: those prepositions
// go on nouns, never on the verbs (ينوي، تعتزم) and adjectives (المقرر) that
// frame a future, so بينوي is the name Benue, not ب+ينوي "intends".
const Entry* Parser::FutureCue(uint32_t w) const {
  if (const Entry* e = hits_[w].entry; e && (e->future == 1 || e->future == 2) && !NounPrepositionStripped(w)) return e;
  const uint32_t t = words_[w].token_begin;
  if (words_[w].token_end - t < 2 || doc_.tokens[t].piece != Piece::kProclitic) return nullptr;
  const std::string_view stem = doc_.norm(doc_.tokens[t + 1].span);
  const size_t letter = stem.empty() ? 0 : (static_cast<unsigned char>(stem[0]) < 0x80 ? 1 : 2);
  std::string key(doc_.norm(doc_.tokens[t].span));
  key.append(stem.substr(0, letter));
  const Entry* e = lex_.Find(key);
  return e && e->future == 3 ? e : nullptr;
}

// "will rally on Friday", "called a march for Monday", "سيعقد ... يوم الأحد":
// a plain weekday told in a future frame is the coming one, not the last.
// The frame word stands up to 16 words back in the same clause (a verb, its
// subject, object and place: سيعقد المحتجون اعتصاما أمام مبنى المحافظة في
// البصرة يوم الأحد; two objects joined and a place: "would hold a strike and
// a rally outside the governor's office in the capital on Sunday"; a comma
// or a sentence end still stops it), or, for `future next` words, right
// before the date.
bool Parser::LooksBackForFuture(uint32_t begin, uint32_t floor) const {
  constexpr uint32_t kMaxWordsBack = 16;
  for (uint32_t k = 1; k <= kMaxWordsBack && begin >= floor + k; ++k) {
    const uint32_t j = begin - k;
    if (words_[j + 1].line_break) return false;
    const std::string_view t = Text(j);
    if (words_[j].meta || used_[j] || IsSentenceBreak(t) || t == "," || t == "\xd8\x8c") return false;
    if (const Entry* e = FutureCue(j); e && (e->future != 2 || k == 1)) return true;
  }
  return false;
}

std::string FormatYear(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

// Fills value/precision/basis/end. Absolute dates resolve without a
// reference; relative ones need a reference at least as precise as they are.
void Resolve(const Match& m, const std::optional<ReferenceTime>& ref, DateMention* d) {
  const bool ref_day = ref && ref->precision <= DatePrecision::kDay;
  const bool ref_month = ref && ref->precision <= DatePrecision::kMonth;
  const int64_t rday = ref ? DaysFromUnixMs(ref->unix_ms) : 0;
  const CivilDay rc = CivilFromDays(rday);
  auto in_range = [](int y) { return y >= 1 && y <= 9999; };
  auto set_day = [&](int64_t days, DateBasis basis) {
    CivilDay c = CivilFromDays(days);
    if (!in_range(c.year)) return;
    d->value = FormatDay(c);
    d->resolved = true;
    d->basis = basis;
  };
  auto set_month = [&](int y, int mo, DateBasis basis) {
    if (!in_range(y)) return;
    d->value = FormatMonth(y, mo);
    d->resolved = true;
    d->basis = basis;
  };
  auto set_year = [&](int y, DateBasis basis) {
    if (!in_range(y)) return;
    d->value = FormatYear(y);
    d->resolved = true;
    d->basis = basis;
  };
  d->precision = DatePrecision::kDay;
  switch (m.form) {
    case Form::kDate:
      if (m.year) {
        set_day(DaysFromCivil({m.year, m.month, m.day}), DateBasis::kText);
      } else if (ref) {
        // The most recent such day not after the reference; with a month- or
        // year-precise reference, the reference's year.
        int y = rc.year;
        if (ref_day && (m.month > rc.month || (m.month == rc.month && m.day > rc.day))) --y;
        if (IsValidCivil(y, m.month, m.day)) set_day(DaysFromCivil({y, m.month, m.day}), DateBasis::kPublished);
      }
      break;
    case Form::kMonth:
      d->precision = DatePrecision::kMonth;
      if (m.year) {
        set_month(m.year, m.month, DateBasis::kText);
      } else if (ref) {
        int y = rc.year;
        if (ref_month && m.month > rc.month) --y;
        set_month(y, m.month, DateBasis::kPublished);
      }
      break;
    case Form::kYear:
      d->precision = DatePrecision::kYear;
      set_year(m.year, DateBasis::kText);
      break;
    case Form::kHijriYear:
      d->precision = DatePrecision::kYear;
      break;
    case Form::kDateTime: {
      d->precision = m.second >= 0 ? DatePrecision::kSecond : DatePrecision::kMinute;
      int64_t secs = DaysFromCivil({m.year, m.month, m.day}) * 86400 + m.hour * 3600 + m.minute * 60 +
                     std::max(m.second, 0) - m.zone_minutes * 60;
      int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
      int64_t rem = secs - days * 86400;
      CivilDay c = CivilFromDays(days);
      if (!in_range(c.year)) break;
      char buf[40];
      if (m.second >= 0)
        std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d%s", FormatDay(c).c_str(), static_cast<int>(rem / 3600),
                      static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60), m.zoned ? "Z" : "");
      else
        std::snprintf(buf, sizeof buf, "%sT%02d:%02d%s", FormatDay(c).c_str(), static_cast<int>(rem / 3600),
                      static_cast<int>(rem / 60 % 60), m.zoned ? "Z" : "");
      d->value = buf;
      d->resolved = true;
      d->basis = DateBasis::kText;
      break;
    }
    case Form::kHijriDate: {
      int y = m.year;
      DateBasis basis = DateBasis::kText;
      if (!y) {
        if (!ref_day) break;
        int hy, hm, hd;
        HijriFromDays(rday, &hy, &hm, &hd);
        y = hy;
        if (m.month > hm || (m.month == hm && m.day > hd)) --y;
        basis = DateBasis::kPublished;
      }
      if (y < 1 || y > 9000) break;
      int64_t first = HijriToDays(y, m.month, m.day ? m.day : 1);
      set_day(first, basis);
      if (d->resolved && !m.day) {
        CivilDay last = CivilFromDays(first + HijriMonthLength(y, m.month) - 1);
        if (in_range(last.year)) d->end = FormatDay(last);
      }
      break;
    }
    case Form::kRelDay:
      if (ref_day) set_day(rday + m.offset, DateBasis::kPublished);
      break;
    case Form::kWeekday: {
      if (!ref_day) break;
      int rwd = Weekday(rday);
      int64_t day;
      if (m.mod == Mod::kNext) {
        int delta = (m.weekday - rwd + 7) % 7;
        day = rday + (delta ? delta : 7);
      } else if (m.ahead) {
        day = rday + (m.weekday - rwd + 7) % 7;
      } else {
        int delta = (rwd - m.weekday + 7) % 7;
        if (m.mod == Mod::kLast && delta == 0) delta = 7;
        day = rday - delta;
      }
      set_day(day, DateBasis::kPublished);
      break;
    }
    case Form::kPeriod: {
      int step = m.mod == Mod::kLast ? -1 : m.mod == Mod::kNext ? 1 : 0;
      if (m.unit == Unit::kWeekend) {
        // The Saturday-Sunday on or before the reference day; "last weekend"
        // told during one is the one before, "this weekend" told on a weekday
        // and "next weekend" the coming one.
        d->precision = DatePrecision::kWeek;
        if (!ref_day) break;
        const int since_saturday = (Weekday(rday) + 1) % 7;
        int64_t saturday = rday - since_saturday;
        if (m.mod == Mod::kLast && since_saturday <= 1) saturday -= 7;
        if (m.mod == Mod::kNext || (m.mod == Mod::kThis && since_saturday > 1)) saturday += 7;
        set_day(saturday, DateBasis::kPublished);
        CivilDay sunday = CivilFromDays(saturday + 1);
        if (d->resolved && in_range(sunday.year)) d->end = FormatDay(sunday);
      } else if (m.unit == Unit::kWeek) {
        d->precision = DatePrecision::kWeek;
        if (!ref_day) break;
        int64_t monday = rday - (Weekday(rday) + 6) % 7 + 7 * step;
        set_day(monday, DateBasis::kPublished);
        CivilDay sunday = CivilFromDays(monday + 6);
        if (d->resolved && in_range(sunday.year)) d->end = FormatDay(sunday);
      } else if (m.unit == Unit::kMonth) {
        d->precision = DatePrecision::kMonth;
        if (!ref_month) break;
        int total = rc.year * 12 + (rc.month - 1) + step;
        set_month(total / 12, total % 12 + 1, DateBasis::kPublished);
      } else {
        d->precision = DatePrecision::kYear;
        if (ref) set_year(rc.year + step, DateBasis::kPublished);
      }
      break;
    }
    case Form::kCount: {
      int64_t n = m.offset;
      switch (m.unit) {
        case Unit::kMinute:
        case Unit::kHour:
          if (!ref_day) break;
          if (ref->precision < DatePrecision::kDay) {
            int64_t ms = ref->unix_ms + n * (m.unit == Unit::kHour ? 3600000 : 60000);
            set_day(DaysFromUnixMs(ms), DateBasis::kPublished);
          } else {
            set_day(rday, DateBasis::kPublished);
          }
          break;
        case Unit::kDay:
        case Unit::kWeek:
          if (ref_day) set_day(rday + n * (m.unit == Unit::kWeek ? 7 : 1), DateBasis::kPublished);
          break;
        case Unit::kMonth: {
          d->precision = DatePrecision::kMonth;
          if (!ref_month) break;
          int64_t total = rc.year * 12LL + (rc.month - 1) + n;
          if (total >= 12 && total < 12 * 10000) set_month(static_cast<int>(total / 12), total % 12 + 1,
                                                          DateBasis::kPublished);
          break;
        }
        case Unit::kYear:
          d->precision = DatePrecision::kYear;
          if (ref && n > -10000 && n < 10000) set_year(rc.year + static_cast<int>(n), DateBasis::kPublished);
          break;
        case Unit::kNone:
        case Unit::kWeekend:
          break;
      }
      break;
    }
    case Form::kRecent:
      if (ref_day) set_day(rday - m.offset, DateBasis::kPublished);
      if (d->resolved && m.offset > 0) d->end = FormatDay(rc);
      break;
    case Form::kAnaphor:
    case Form::kPrior:
      break;
  }
  if (!d->resolved) {
    d->value.clear();
    d->end.clear();
    d->basis = DateBasis::kNone;
  }
  // A since-range runs to the reference day, if it starts before it (ISO
  // strings compare in time order on their common prefix).
  if (m.since && ref_day && d->resolved) {
    std::string ref_iso = FormatDay(rc);
    if (std::string_view(d->value).substr(0, 10) <= ref_iso) d->end = std::move(ref_iso);
  }
}

void Parser::Run(std::vector<DateMention>* out) {
  const auto& tokens = doc_.tokens;
  words_.clear();
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    const Token& tok = tokens[t];
    bool arabic_word = tok.kind == TokenKind::kWord && tok.script == Script::kArabic;
    if (arabic_word && !words_.empty() && !tok.space_before) {
      Word& prev = words_.back();
      const Token& pt = tokens[prev.token_end - 1];
      if (pt.kind == TokenKind::kWord && pt.script == Script::kArabic && pt.word == tok.word) {
        prev.token_end = t + 1;
        prev.span.end = tok.span.end;
        continue;
      }
    }
    words_.push_back(Word{t, t + 1, tok.span, tok.kind, tok.space_before, tok.breaks_before > 0, false});
  }
  for (Word& w : words_) w.meta = !doc_.metadata.empty() && InMetadata(doc_, w.token_begin);
  hits_.assign(words_.size(), Hit{});
  for (uint32_t w = 0; w < words_.size(); ++w) hits_[w] = Lookup(w);
  used_.assign(words_.size(), 0);

  uint32_t floor = 0;  // first word not inside an earlier date
  // The last month or year the text wrote out, and the word after it.
  std::optional<CivilDay> told;
  bool told_month = false;
  uint32_t told_end = 0;
  // The last day range the text wrote (من 18 إلى 24 نوفمبر) and the word after it.
  int64_t range_first = 0, range_last = 0;
  uint32_t range_end = 0;
  bool in_range = false;
  bool titled_range = false;  // the range is the title line's: it bounds the whole report
  uint32_t last_begin = 0;     // the first word of the last mention pushed
  std::vector<std::pair<size_t, int64_t>> headings;  // weekdays heading lines: mention, day
  for (uint32_t w = 0; w < words_.size();) {
    // "ودمّرت خلال الفترة نفسها مخبأً", "during the same period": the day
    // range the text named last, dated as it is (its first day, its end).
    if (in_range && !words_[w].meta && hits_[w].entry && (hits_[w].entry->cues & kCueRangeAnaphor) && hits_[w].words > 0) {
      const uint32_t end = std::min<uint32_t>(w + hits_[w].words, static_cast<uint32_t>(words_.size()));
      DateMention d;
      const auto [begin, tb] = StartPastSkip(w);
      d.span = Span{begin, words_[end - 1].span.end};
      d.tokens = TokenRange{tb, words_[end - 1].token_end};
      d.relative = true;
      d.resolved = true;
      d.basis = DateBasis::kText;
      d.precision = DatePrecision::kDay;
      d.value = FormatDay(CivilFromDays(range_first));
      d.end = FormatDay(CivilFromDays(range_last));
      for (uint32_t k = w; k < end; ++k) used_[k] = 1;
      out->push_back(std::move(d));
      floor = w = end;
      continue;
    }
    Match m;
    if (words_[w].meta || (!hits_[w].entry && words_[w].kind != TokenKind::kNumber) || !ParseAt(w, &m) ||
        m.end <= m.begin) {
      ++w;
      continue;
    }
    // ساحة 13 مايو، شارع 26 يوليو: a date that names a place is no date.
    if ((m.form == Form::kDate || m.form == Form::kMonth) && m.begin > 0 && !words_[m.begin - 1].meta &&
        hits_[m.begin - 1].entry && (hits_[m.begin - 1].entry->blocker & 8)) {
      for (uint32_t k = w; k < m.end; ++k) used_[k] = 1;
      floor = w = m.end;
      continue;
    }
    // "in November that year", في آب/أغسطس من العام نفسه: the month of the
    // year the text named last, not of the reference's.
    if (m.form == Form::kMonth && m.year == 0 && m.end < words_.size() && CueAt(m.end, kCueThatYear))
      if (const int y = LastYearBefore(m.begin); y != 0) m.year = y, m.end += std::max<uint32_t>(1, hits_[m.end].words);
    std::optional<ReferenceTime> from;
    if (m.from_told) {
      if (told && SameSentence(told_end, m.begin) && (told_month || m.unit == Unit::kYear)) {
        ReferenceTime t;
        t.unix_ms = DaysFromCivil(*told) * 86400000LL;
        t.precision = told_month ? DatePrecision::kMonth : DatePrecision::kYear;
        t.basis = ReferenceTime::Basis::kText;
        from = t;
      } else if (m.from_told == 2) {
        ++w;
        continue;
      }
    }
    if (!m.since && m.form != Form::kCount && m.form != Form::kRecent && m.form != Form::kAnaphor &&
        m.form != Form::kPrior)
      m.since = LooksBackForSince(m.begin, floor);
    // "for Monday's attack" names a past day by its deed, whatever frame it is in.
    const bool possessive = m.end < words_.size() && (Text(m.end) == "'s" || Text(m.end) == "'");
    if (m.form == Form::kWeekday && m.mod == Mod::kNone && !m.since && !possessive)
      m.ahead = LooksBackForFuture(m.begin, floor);
    for (uint32_t k = w; k < m.end; ++k) used_[k] = 1;
    DateMention d;
    const Word& last = words_[m.end - 1];
    const auto [begin, tb] = StartPastSkip(m.begin);
    d.span = Span{begin, last.span.end};
    d.tokens = TokenRange{tb, last.token_end};
    d.relative = m.form == Form::kRelDay || m.form == Form::kWeekday || m.form == Form::kPeriod ||
                 m.form == Form::kCount || m.form == Form::kRecent || m.form == Form::kAnaphor ||
                 m.form == Form::kPrior;
    d.anaphoric = m.form == Form::kAnaphor;
    d.prior = m.form == Form::kPrior;
    d.anaphor_days = static_cast<int16_t>(d.anaphoric || d.prior ? m.offset : 0);
    d.since = m.since;
    // "the March 2021 assault", أحداث آب 2014: a month of a year right after
    // an `attributive_year` word names the noun, as a bare year does.
    d.attributive = m.attributive || (m.form == Form::kMonth && m.year != 0 && AttributiveBefore(m.begin));
    d.part_of_day = std::string(kParts[m.part]);
    d.hijri = m.form == Form::kHijriDate || m.form == Form::kHijriYear;
    Resolve(m, from ? from : doc_.reference_time, &d);
    if (from && d.resolved) d.basis = DateBasis::kText;
    // "days before the fighting": a stretch of days, week precision, that
    // the events stage counts from the event the noun after it names.
    if (m.form == Form::kAnaphor && m.anaphor_span) d.precision = DatePrecision::kWeek;
    if (d.resolved && d.basis == DateBasis::kText && !d.hijri && !d.attributive &&
        d.precision >= DatePrecision::kDay && d.precision != DatePrecision::kWeek) {
      if (auto day = ParseIsoDay(d.value.size() == 4 ? d.value + "-01-01" : d.value.size() == 7 ? d.value + "-01" : d.value)) {
        told = day;
        told_month = d.precision != DatePrecision::kYear;
        told_end = m.end;
      }
    }
    // "للفترة من 18 إلى 24 نوفمبر", "between 6 and 12 May": a day written
    // bare, between a `range_from` and a `range_to` cue, right before a full
    // date is the first day of a range that ends on that date. What happened
    // in the range is dated by its first day (value), the range runs to `end`.
    // In the report's title line the first day may stand without its cue
    // ("WEEK IN REVIEW, 23 TO 29 NOVEMBER", "WEEKLY: 9 TO 15 NOVEMBER"),
    // after punctuation or at the head of the line.
    const bool full_day = m.form == Form::kDate && m.day > 0 && d.resolved && d.precision == DatePrecision::kDay &&
                          !d.relative && !d.since && !d.hijri && d.value.size() == 10;
    const bool titled_first_day = full_day && m.begin >= floor + 2 && CueAt(m.begin - 1, kCueRangeTo) &&
                                  words_[m.begin - 2].kind == TokenKind::kNumber && InTitleLine(m.begin) &&
                                  (m.begin == 2 || words_[m.begin - 2].line_break || words_[m.begin - 3].meta ||
                                   words_[m.begin - 3].kind == TokenKind::kPunct);
    // A `range_and` cue (و، "and") joins two days into a range only after a
    // `range_from` cue (بين 1 و4 ديسمبر); "يومي 1 ديسمبر و 4 ديسمبر" lists two days.
    if (full_day && m.begin >= floor + 2 && CueAt(m.begin - 1, kCueRangeTo | kCueRangeAnd) &&
        words_[m.begin - 2].kind == TokenKind::kNumber &&
        (titled_first_day || (m.begin >= floor + 3 && CueAt(m.begin - 3, kCueRangeFrom) &&
                              SameSentence(m.begin - 3, m.begin)))) {
      int first_day = 0;
      std::optional<CivilDay> last_day = ParseIsoDay(d.value);
      if (last_day && ParseInt(Text(m.begin - 2), &first_day) && first_day >= 1 && first_day < last_day->day) {
        CivilDay first = *last_day;
        first.day = first_day;
        d.end = d.value;
        d.value = FormatDay(first);
        const auto [b, t] = StartPastSkip(m.begin - (titled_first_day ? 2 : 3));
        d.span.begin = b;
        d.tokens.begin = t;
        range_first = DaysFromCivil(first);
        range_last = DaysFromCivil(*last_day);
        range_end = m.end;
        in_range = true;
        titled_range = InTitleLine(m.begin);
      }
    }
    // The first and last days of "<p> to <d>": p a plain full day before d, the
    // two at most a month apart.
    auto day_range = [&](const DateMention& p) -> std::optional<std::pair<int64_t, int64_t>> {
      if (p.precision != DatePrecision::kDay || p.relative || p.since || !p.end.empty() || p.value.size() != 10)
        return std::nullopt;
      const auto first = ParseIsoDay(p.value);
      const auto last = ParseIsoDay(d.value);
      if (!first || !last) return std::nullopt;
      const int64_t a = DaysFromCivil(*first), b = DaysFromCivil(*last);
      if (a >= b || b - a > 31) return std::nullopt;
      return std::make_pair(a, b);
    };
    // "WEEK IN REVIEW: Central Ukraine, 30 November to 5 December": two full
    // days joined by a `range_to` cue in the title line bound the days the
    // report covers (the mentions stay as they are).
    if (full_day && !out->empty() && floor + 1 == m.begin && CueAt(m.begin - 1, kCueRangeTo) &&
        InTitleLine(m.begin)) {
      if (const auto days = day_range(out->back())) {
        range_first = days->first;
        range_last = days->second;
        range_end = m.end;
        in_range = titled_range = true;
      }
    }
    // "في الفترة من 25 نوفمبر إلى 1 ديسمبر 2026", "from 28 November to 3
    // December": two full days of a sentence, the first right after a
    // `range_from` cue and joined to the second by a `range_to` cue, are one
    // range of at most a month, dated by its first day, as a range within one
    // month is (the two mentions become one).
    if (full_day && !out->empty() && floor + 1 == m.begin && CueAt(m.begin - 1, kCueRangeTo | kCueRangeAnd) &&
        last_begin > 0 &&
        CueAt(last_begin - 1, kCueRangeFrom) && SameSentence(last_begin - 1, m.begin) && !InTitleLine(m.begin)) {
      DateMention& p = out->back();
      if (const auto days = day_range(p)) {
        const auto [b, t] = StartPastSkip(last_begin - 1);
        p.end = d.value;
        p.span = Span{b, d.span.end};
        p.tokens.begin = t;
        p.tokens.end = d.tokens.end;
        range_first = days->first;
        range_last = days->second;
        range_end = m.end;
        in_range = true;
        titled_range = false;
        floor = m.end;
        w = m.end;
        continue;
      }
    }
    // "في حصيلتها للفترة من 18 إلى 24 نوفمبر … يوم الخميس": a bare weekday
    // later in the sentence of a range is that weekday inside the range (the
    // last one up to its end), not the one before the publication day; so is
    // one anywhere in a report whose title line names the range (a week's
    // review: "23 TO 29 NOVEMBER … On Wednesday, a drone struck …").
    if (in_range && m.form == Form::kWeekday && m.mod == Mod::kNone && !m.ahead && !m.since && d.resolved &&
        m.weekday >= 0 && m.begin >= range_end &&
        ((titled_range && range_last - range_first < 7) || SameSentence(range_end, m.begin))) {
      const int64_t day = range_last - (Weekday(range_last) - m.weekday + 7) % 7;
      if (day >= range_first) {
        d.value = FormatDay(CivilFromDays(day));
        d.basis = DateBasis::kText;
      }
    }
    if (d.prior)
      d.precision = m.unit == Unit::kMonth  ? DatePrecision::kMonth
                    : m.unit == Unit::kYear ? DatePrecision::kYear
                                            : DatePrecision::kDay;
    if (m.form == Form::kWeekday && m.mod == Mod::kNone && !m.ahead && !m.since && d.resolved && d.end.empty() &&
        d.value.size() == 10 && LineHeadingAt(m.begin, m.end))
      if (auto day = ParseIsoDay(d.value)) headings.push_back({out->size(), DaysFromCivil(*day)});
    out->push_back(std::move(d));
    last_begin = m.begin;
    floor = m.end;
    w = m.end;
  }
  // "الإثنين: … الثلاثاء: … الأحد: …", "Monday: … Sunday: …": a week's
  // round-up whose later headings run in the order of the days tells its
  // first day first, so a first heading resolved on or after the day of the
  // one below it (the weekday of the report's own day) is that weekday a
  // week back. Headings running back from the newest day change nothing.
  bool ascending = headings.size() >= 3;
  for (size_t k = 2; ascending && k < headings.size(); ++k) ascending = headings[k - 1].second < headings[k].second;
  if (ascending && headings[0].second >= headings[1].second) {
    const int64_t back = headings[0].second - 7 * ((headings[0].second - headings[1].second) / 7 + 1);
    (*out)[headings[0].first].value = FormatDay(CivilFromDays(back));
  }
}

}  // namespace

Status DateReader::Run(Doc& doc) const {
  doc.dates.clear();
  Parser parser(doc, *lexicon_);
  parser.Run(&doc.dates);
  return Status::OK();
}

}  // namespace marsad
