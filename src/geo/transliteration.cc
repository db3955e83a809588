#include "util/string_hash.h"
#include "geo/transliteration.h"

#include <sys/stat.h>

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

#include "geo/geo_math.h"
#include "geo/geoparser.h"
#include "text/normalize.h"
#include "util/counting_group.h"
#include "util/string_set.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace marsad {
namespace {

// A silent letter between two classes: it keeps them apart when runs are
// collapsed, then is dropped (Skeletons).
constexpr char kSilent = '.';

std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    char32_t cp = utf8::Decode(s, i, &len);
    if (cp != utf8::kInvalid) out.push_back(cp);
    i += static_cast<size_t>(len);
  }
  return out;
}

uint64_t PackGrapheme(const char32_t* cps, size_t n) {
  uint64_t k = 0;
  for (size_t i = 0; i < n; ++i) k = k * 0x110001u + cps[i] + 1;
  return k;
}

bool HasArabicLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    char32_t cp = utf8::Decode(s, i, &len);
    if (cp != utf8::kInvalid && utf8::IsArabicLetter(cp)) return true;
    i += static_cast<size_t>(len);
  }
  return false;
}

// A name in the Latin script only (letters below the Greek block): other
// scripts of GeoNames' alternate names are not read by the table.
bool IsLatinName(std::string_view s) {
  bool letter = false;
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    char32_t cp = utf8::Decode(s, i, &len);
    if (cp == utf8::kInvalid || cp >= 0x0370) return false;
    letter |= (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp >= 0xC0;
    i += static_cast<size_t>(len);
  }
  return letter;
}

std::vector<std::string> SplitReadings(std::string_view field) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= field.size()) {
    size_t bar = field.find('|', b);
    if (bar == std::string_view::npos) bar = field.size();
    std::string r(field.substr(b, bar - b));
    out.push_back(r == "-" ? std::string(1, kSilent) : r);
    b = bar + 1;
  }
  return out;
}

size_t Classes(const std::string& skeleton) {
  return skeleton.size() - static_cast<size_t>(std::count(skeleton.begin(), skeleton.end(), ' '));
}

// A foreign name written with أل، إل or آل (ألماتي Almaty, إلجين Elgin,
// ألاماتا Alamata) does not begin with the article, which is written ال: its
// lam is a consonant. Such a word's first two letters become ء ل (ء is silent
// and NormalizeKey keeps it, so PlaceKey drops no article); other names are
// returned as they are.
std::string HamzaAlefLamRead(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool word_start = true;
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (word_start && c == 0xD8 && i + 3 < name.size()) {
      const unsigned char d = static_cast<unsigned char>(name[i + 1]);
      const bool hamza_alef = d == 0xA3 || d == 0xA5 || d == 0xA2;  // أ إ آ
      // ل and four letters or more after it: a shorter word is mostly an
      // Arabic one (ألقى، إليه، آلاف)
      if (hamza_alef && name.substr(i + 2, 2) == "\xD9\x84" && i + 12 <= name.size() &&
          name.substr(i + 4, 8).find(' ') == std::string_view::npos) {
        out += "\xD8\xA1\xD9\x84";  // ء ل
        i += 4;
        word_start = false;
        continue;
      }
    }
    word_start = c == ' ';
    out.push_back(static_cast<char>(c));
    ++i;
  }
  return out;
}

// The letters of a normalised Arabic name without the article, spaces, and
// the vowel letters ا و ي and hamza but the last letter: two spellings of one
// name agree on them (بولوبردي, بولو بردي); الحديث and الحديثة do not.
std::string ArabicConsonants(std::string_view normalized) {
  std::string key = PlaceKey(normalized), out;
  constexpr std::string_view kHamza = "\xD8\xA1";
  while (key.ends_with(kHamza)) key.resize(key.size() - kHamza.size());  // صنعاء = صنعا
  for (size_t i = 0; i < key.size();) {
    int len = 1;
    char32_t cp = utf8::Decode(key, i, &len);
    // The last letter stays whatever it is: المالكي is not الملك, الجهراء
    // not الجوهر.
    bool last = i + static_cast<size_t>(len) == key.size();
    bool vowel = cp == U'\u0627' || cp == U'\u0648' || cp == U'\u064A' || cp == U'\u0621';
    // A foreign name's word-final vowel before another word is written with
    // taa marbuta or not at all (ديرة داوا, دير داوا: Dire Dawa); the name's
    // last letter still counts (الحديث is not الحديثة).
    vowel |= cp == U'\u0647' && !last && key.compare(i + static_cast<size_t>(len), 1, " ") == 0;
    if (cp != U' ' && (!vowel || last)) out.append(key, i, static_cast<size_t>(len));
    i += static_cast<size_t>(len);
  }
  return out;
}

// The letters Arabic writers use for a foreign g (ج غ ق گ) as one (ج), in
// a string of ArabicConsonants.
std::string FoldForeignG(std::string_view consonants) {
  std::string out(consonants);
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    const auto a = static_cast<unsigned char>(out[i]), b = static_cast<unsigned char>(out[i + 1]);
    const bool ghain = a == 0xD8 && b == 0xBA, qaf = a == 0xD9 && b == 0x82, gaf = a == 0xDA && b == 0xAF;
    if (ghain || qaf || gaf) out[i] = static_cast<char>(0xD8), out[i + 1] = static_cast<char>(0xAC);
    if (a >= 0xC0) ++i;  // the second byte of a two-byte letter
  }
  return out;
}

// Does one of the entry's Latin names (indexes into e.names) write a g that
// is not the gh of an Arabic غ?
bool WritesPlainG(const GazetteerEntry& e, const std::vector<uint32_t>& latin) {
  for (uint32_t i : latin) {
    const std::string& n = e.names[i];
    for (size_t k = 0; k < n.size(); ++k)
      if ((n[k] == 'g' || n[k] == 'G') && (k + 1 == n.size() || (n[k + 1] != 'h' && n[k + 1] != 'H'))) return true;
  }
  return false;
}

// ز as س, in a string of ArabicConsonants: a foreign z is written ز after
// the Latin spelling and س after the spoken one (أغاديز، أغاديس: Agadez).
std::string FoldForeignZ(std::string_view consonants) {
  std::string out(consonants);
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    const auto a = static_cast<unsigned char>(out[i]), b = static_cast<unsigned char>(out[i + 1]);
    if (a == 0xD8 && b == 0xB2) out[i + 1] = static_cast<char>(0xB3);
    if (a >= 0xC0) ++i;  // the second byte of a two-byte letter
  }
  return out;
}

// Does one of the entry's Latin names write a z?
bool WritesZ(const GazetteerEntry& e, const std::vector<uint32_t>& latin) {
  for (uint32_t i : latin)
    if (e.names[i].find_first_of("zZ") != std::string::npos) return true;
  return false;
}

// Does some word of a normalised Arabic name begin with the article ال (with
// two letters or more after it, as PlaceKey reads it)?
bool HasArabicArticle(std::string_view normalized) {
  constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";
  for (size_t b = 0; b < normalized.size();) {
    size_t sp = normalized.find(' ', b);
    if (sp == std::string_view::npos) sp = normalized.size();
    std::string_view w = normalized.substr(b, sp - b);
    if (w.size() >= kAl.size() + 4 && w.starts_with(kAl)) return true;
    b = sp + 1;
  }
  return false;
}

// GeoNames gives some towns of Africa and Asia a Persian or Urdu name in its
// Arabic slot (لیچینگا Lichinga): پ چ ژ گ are letters Arabic spelling
// replaces (ب، تش/ش، ج/ز، غ/ج/ك), so such a name is no Arabic spelling that a
// report's name could disagree with.
bool HasPersianOnlyLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    const char32_t cp = utf8::Decode(s, i, &len);
    if (cp == U'\u067E' || cp == U'\u0686' || cp == U'\u0698' || cp == U'\u06AF') return true;
    i += static_cast<size_t>(len);
  }
  return false;
}

// Is the Arabic script a language of the entry's country (the Arab world,
// and the countries writing Persian, Urdu, Pashto or Ottoman names)? GeoNames
// fills the Arabic slot of towns elsewhere with Persian and Urdu Wikipedia's
// spellings too (بیتؤا for Bertoua, with ی): those are one transliteration
// among many, no Arabic writer's: one that is not even a reading of the
// town's Latin names (a letter dropped) can gainsay no report's spelling
// that reads its main Latin name (Choose).
bool WritesInArabicScript(const GazetteerEntry& e) {
  const std::string& cc = e.location.country;
  return cc == "IR" || cc == "AF" || cc == "PK" || cc == "IN" || cc == "TR" || cc == "CY" || ArabicSpeaking(cc);
}

// Any letter of the Arabic script's extensions for other languages
// (U+0672–U+06FF: Persian ک ی, Urdu ہ ے, Kurdish ە…).
bool HasNonArabicLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    const char32_t cp = utf8::Decode(s, i, &len);
    if (cp >= U'\u0672' && cp <= U'\u06FF') return true;
    i += static_cast<size_t>(len);
  }
  return false;
}

// Arabic begins no word with a vowel: a foreign name that does is written
// with a hamza seat, alef or ain first (Obala أوبالا, Isiolo إيسيولو, Uvira
// أوفيرا), or و/ي for a glide (Ouagadougou واغادوغو). So a name whose first
// letter is another consonant (بول) is not a Latin name that begins with a
// vowel, whatever their skeletons share. `key` is PlaceKey'd (no article).
bool BeginsWithArabicConsonant(std::string_view key) {
  if (key.empty()) return false;
  int len = 1;
  const char32_t cp = utf8::Decode(key, 0, &len);
  if (cp == utf8::kInvalid || !utf8::IsArabicLetter(cp)) return false;
  switch (cp) {
    case U'\u0627': case U'\u0623': case U'\u0625': case U'\u0622': case U'\u0621':
    case U'\u0624': case U'\u0626': case U'\u0639': case U'\u0648': case U'\u064A':
    case U'\u0649':
      return false;
    default:
      return true;
  }
}

// The vowels a name writes after its first consonants, as bits (1 a, 2 i or
// e, 4 o or u): Arabic spells a foreign name's long vowels with ا ي و and
// leaves short ones out, so the letter after the first consonants tells
// namesakes of one skeleton apart (مورا is Mora, not Maroua; كابونغ is
// Kaabong, not Kibingo). 0 where the word says nothing there: it begins
// with a vowel (an alef is only its seat) or writes none after its first
// consonant. `key` is PlaceKey'd; only its first word counts.
unsigned ArabicFirstVowels(std::string_view key) {
  unsigned bits = 0;
  bool consonant_seen = false;
  for (size_t i = 0; i < key.size();) {
    int len = 1;
    const char32_t cp = utf8::Decode(key, i, &len);
    i += static_cast<size_t>(len);
    if (cp == U' ') break;
    if (cp == U'\u0621') continue;  // a hamza on the line is no vowel
    unsigned v = cp == U'\u0627' || cp == U'\u0623' || cp == U'\u0625' || cp == U'\u0622' ? 1
                 : cp == U'\u064A' || cp == U'\u0649'                                    ? 2
                 : cp == U'\u0648'                                                         ? 4
                                                                                          : 0;
    if (!consonant_seen) {
      // A word's first و or ي is the consonant w or y (ويتو Witu), as
      // Latin's first w and y are below; only an alef is a vowel's seat.
      if (v == 1) return 0;
      consonant_seen = true;
      continue;
    }
    // A second consonant before any vowel letter: a short vowel left
    // unwritten (كبوندا) or a cluster (كراغويفاتس), which the Arabic does
    // not tell apart; the first syllable is then not known.
    if (!v) {
      if (bits) break;
      return 0;
    }
    bits |= v;
  }
  return bits;
}

// The same for a Latin key (lower-case ASCII): the vowel letters after the
// first consonants, w and y among them there (Gewane: e-w-a).
unsigned LatinFirstVowels(std::string_view key) {
  unsigned bits = 0;
  bool consonant_seen = false;
  for (char c : key) {
    if (c == ' ' || c == '-') break;
    unsigned v = c == 'a' ? 1 : (c == 'e' || c == 'i' || c == 'y') ? 2 : (c == 'o' || c == 'u' || c == 'w') ? 4 : 0;
    if (!consonant_seen) {
      if (v && c != 'y' && c != 'w') return 0;
      consonant_seen = true;
      continue;
    }
    if (!v) {
      if (bits) break;
      continue;
    }
    bits |= v;
  }
  return bits;
}

// The vowel a name ends in, as bits like the first vowels' (0: a
// consonant). Arabic writes a foreign name's final vowel (غودي Gode, ويتو
// Witu, كاياما Kaiama): with the first vowels it tells apart the namesakes
// of a two-consonant skeleton that one country holds (Gode from Gedo, Guda).
unsigned ArabicFinalVowel(std::string_view key) {
  for (std::string_view v : {"\xD8\xA7", "\xD8\xA9", "\xD9\x87"})
    if (key.ends_with(v)) return 1;
  if (key.ends_with("\xD9\x8A") || key.ends_with("\xD9\x89")) return 2;
  if (key.ends_with("\xD9\x88")) return 4;
  return 0;
}

// Whether a Latin key's first vowel after its first consonants is one a
// written alef cannot spell: i, o or u (Kibiito), where ا is a or e (كابونغ
// Kaabong, بانتيو Bentiu). False when the key begins with a vowel or has
// none, or a w or y comes first there (a glide: Kwara, Kyaka).
bool LatinFirstVowelIsNoAlef(std::string_view key) {
  bool consonant_seen = false;
  for (char c : key) {
    if (c == ' ' || c == '-') return false;
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    if (!consonant_seen) {
      if (vowel) return false;
      consonant_seen = true;
      continue;
    }
    if (c == 'w' || c == 'y') return false;
    if (vowel) return c == 'i' || c == 'o' || c == 'u';
  }
  return false;
}

unsigned LatinFinalVowel(std::string_view key) {
  if (key.empty()) return 0;
  const char c = key.back();
  return c == 'a' ? 1 : (c == 'e' || c == 'i' || c == 'y') ? 2 : (c == 'o' || c == 'u') ? 4 : 0;
}

bool BeginsWithLatinVowel(std::string_view key) {
  return !key.empty() && std::string_view("aeiou").find(key[0]) != std::string_view::npos;
}

// The cue values of data/{ar,en}/places.tsv.
bool IsSettlementCue(const std::string& cue) {
  return cue == "village" || cue == "town" || cue == "city" || cue == "camp" || cue == "neighbourhood" ||
         cue == "subdistrict" || cue == "farm";
}

bool IsAreaCue(const std::string& cue) {
  return cue == "governorate" || cue == "district" || cue == "region" || cue == "province" || cue == "area";
}

// A country's or an authored region's point is where a map puts its label
// (the Gaza Strip, Galilee): nearness to it says nothing of a village.
bool LabelPoint(const GazetteerEntry& e) {
  return e.location.feature_code.starts_with("PCL") ||
         (e.source == "regions" && e.feature_class != 'A' && e.feature_class != 'P');
}

// Well enough known to be named in a report with no other place of its
// country beside it: a country, first-level unit, capital or governorate
// seat, or a city of 100k+.

bool WellKnown(const GazetteerEntry& e) {
  const std::string& f = e.location.feature_code;
  return f.starts_with("PCL") || f == "ADM1" || f == "PPLC" || f == "PPLA" || f == "CONT" ||
         e.population >= 100000;
}

}  // namespace

// ---------------------------------------------------------------------------
// Table

Result<TransliterationTable> TransliterationTable::Load(const std::string& path) {
  auto tsv = ReadTsv(path, "transliteration", {"script", "grapheme", "where", "class"});
  if (!tsv.ok()) return tsv.status();
  TransliterationTable t;
  for (const auto& row : tsv->rows) {
    const std::string& script = row.fields[0];
    const std::string& where = row.fields[2];
    if (script != "ar" && script != "latin") return tsv->Error(row, "script must be ar or latin");
    std::string g = NormalizeKey(row.fields[1]);
    if (g.empty() || g.find(' ') != std::string::npos) return tsv->Error(row, "grapheme must be one word");
    if ((script == "ar") != HasArabicLetter(g)) return tsv->Error(row, "grapheme not in the script " + script);
    std::u32string key = Decode(g);
    if (where == "article" || where == "glued_article") {
      // PlaceKey drops a glued ال; an Arabic article row is a word written apart.
      if (script != "latin" && where == "glued_article") return tsv->Error(row, "glued articles are Latin (PlaceKey drops ال)");
      (where == "article" ? t.articles_ : t.glued_articles_).push_back(key);
      continue;
    }
    std::vector<std::string> readings = SplitReadings(row.fields[3]);
    for (const std::string& r : readings)
      for (char c : r)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c == kSilent && r.size() == 1)))
          return tsv->Error(row, "a class is one ASCII letter; '-' for silent");
    if (key.size() > kMaxGrapheme) return tsv->Error(row, "a grapheme has at most 3 letters");
    Rule& rule = t.rules_[PackGrapheme(key.data(), key.size())];
    if (key.size() > 1 && key[0] < t.starts_long_.size()) t.starts_long_[key[0]] = true;
    if (key.size() > 1 && key[0] < 0x80 && key[1] < 0x80) t.ascii_pair_starts_long_[key[0] * 0x80 + key[1]] = true;
    bool* has = nullptr;
    std::vector<std::string>* slot = nullptr;
    if (where == "any") has = &rule.has_any, slot = &rule.any;
    else if (where == "initial") has = &rule.has_initial, slot = &rule.initial;
    else if (where == "final") has = &rule.has_final, slot = &rule.final_;
    else if (where == "before_word") has = &rule.has_before_word, slot = &rule.before_word;
    else return tsv->Error(row, "where must be any, initial, final, before_word or article");
    if (*has) return tsv->Error(row, "a second row for '" + row.fields[1] + "' " + where);
    *has = true;
    *slot = std::move(readings);
    t.max_grapheme_ = std::max(t.max_grapheme_, key.size());
  }
  if (t.rules_.empty()) return Status::InvalidArgument("[E002] " + path + ": no rows");
  for (char32_t cp = 0; cp < t.single_.size(); ++cp) {
    auto it = t.rules_.find(PackGrapheme(&cp, 1));
    if (it == t.rules_.end()) continue;
    t.single_rules_.push_back(it->second);
    t.single_[cp] = static_cast<uint16_t>(t.single_rules_.size());
  }
  return t;
}

std::vector<std::string> TransliterationTable::Skeletons(std::string_view name) const {
  std::vector<std::string> out;
  Skeletons(name, &out);
  return out;
}

void TransliterationTable::Skeletons(std::string_view name, std::vector<std::string>* out) const {
  SkeletonsOfKey(PlaceKey(NormalizeKey(HamzaAlefLamRead(name))), out);
}

bool TransliterationTable::SingleReadingSkeletons(std::string_view key, std::vector<std::string>* out) const {
  // The general path below, step by step, for one reading of bytes that are
  // code points: the same words, articles, rules and folds.
  for (char c : key)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  struct Scratch {
    std::vector<std::pair<uint32_t, uint32_t>> words;  // [begin, end) in key
    std::string reading, spaced, joined;
  };
  thread_local Scratch tl;
  Scratch& sc = tl;
  if (sc.reading.capacity() > (1u << 14)) sc = Scratch();  // keep no one-off long name
  auto& words = sc.words;
  words.clear();
  for (size_t b = 0; b < key.size();) {
    size_t sp = key.find(' ', b);
    if (sp == std::string::npos) sp = key.size();
    if (sp > b) words.emplace_back(static_cast<uint32_t>(b), static_cast<uint32_t>(sp));
    b = sp + 1;
  }
  auto word = [&](size_t k) { return key.substr(words[k].first, words[k].second - words[k].first); };
  auto same = [](std::string_view w, const std::u32string& a) {
    if (w.size() != a.size()) return false;
    for (size_t i = 0; i < w.size(); ++i)
      if (static_cast<unsigned char>(w[i]) != a[i]) return false;
    return true;
  };
  if (words.size() > 1)
    for (const std::u32string& a : articles_)
      if (same(word(0), a)) {
        words.erase(words.begin());
        break;
      }
  // A glued article has two readings (the general path's).
  for (size_t k = 1; k < words.size(); ++k)
    for (const std::u32string& p : glued_articles_)
      if (word(k).size() >= p.size() + 3 && same(word(k).substr(0, p.size()), p)) return false;
  // Written through a pointer into buffers sized ahead (grown when a
  // reading of several classes would pass the end).
  std::string& reading = sc.reading;
  if (reading.size() < key.size() + 8) reading.resize(2 * key.size() + 8);
  size_t n = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = word(k);
    if (k > 0) {
      if (n + 1 > reading.size()) reading.resize(2 * (n + 1));
      reading[n++] = ' ';
    }
    for (size_t i = 0; i < w.size();) {
      const char32_t c = static_cast<unsigned char>(w[i]);
      const std::vector<std::string>* alts = nullptr;
      size_t used = 1;
      const bool short_letter = !starts_long_[c] || i + 1 == w.size() ||
                                !ascii_pair_starts_long_[c * 0x80 + static_cast<unsigned char>(w[i + 1])];
      size_t longest = short_letter ? 1 : std::min(max_grapheme_, w.size() - i);
      for (size_t len = longest; len >= 1 && !alts; --len) {
        const Rule* rule;
        if (len == 1) {
          if (single_[c] == 0) continue;
          rule = &single_rules_[single_[c] - 1];
        } else {
          char32_t cps[kMaxGrapheme];
          for (size_t j = 0; j < len; ++j) cps[j] = static_cast<unsigned char>(w[i + j]);
          auto it = rules_.find(PackGrapheme(cps, len));
          if (it == rules_.end()) continue;
          rule = &it->second;
        }
        alts = rule->ReadingsAt(i == 0, i + len == w.size(), k + 1 < words.size());
        if (alts) used = len;
      }
      if (alts) {
        if (alts->size() != 1) return false;
        const std::string& a = (*alts)[0];
        if (n + a.size() + 1 > reading.size()) reading.resize(2 * (n + a.size() + 1));
        if (a.size() == 1) reading[n++] = a[0];
        else for (char ch : a) reading[n++] = ch;
      }
      i += used;
    }
  }
  // Classes of each word as below (every word is Latin).
  std::string& spaced = sc.spaced;
  if (spaced.size() < n + 1) spaced.resize(reading.size() + 1);
  const char* r = reading.data();
  char* o = spaced.data();
  size_t m = 0;  // spaced's length
  size_t parts = 0;
  bool all_long = true;
  for (size_t b = 0; b <= n;) {
    size_t sp = b;
    while (sp < n && r[sp] != ' ') ++sp;
    const size_t mark = m;
    if (m > 0) o[m++] = ' ';
    const size_t start = m;
    char prev = 0;
    for (size_t i = b; i < sp; ++i) {
      const char c = r[i];
      if (i == b || prev != c) {
        prev = c;
        if (c != kSilent) o[m++] = c;
      }
    }
    if (m == start) {
      m = mark;
    } else {
      ++parts;
      all_long &= m - start >= 2;
    }
    b = sp + 1;
  }
  const std::string_view skeleton(o, m);
  if (out->empty()) out->emplace_back();
  (*out)[0].assign(skeleton);
  size_t n_out = 1;
  if (parts > 1 && all_long) {
    std::string& joined = sc.joined;
    joined.clear();
    for (char c : skeleton)
      if (c != ' ') joined.push_back(c);
    if (joined != (*out)[0]) {
      if (out->size() < 2) out->emplace_back();
      (*out)[1].assign(joined);
      n_out = 2;
    }
  }
  out->resize(n_out);
  return true;
}

void TransliterationTable::SkeletonsOfKey(std::string_view key, std::vector<std::string>* out) const {
  if (SingleReadingSkeletons(key, out)) return;
  // The index asks this of every Latin name of the gazetteer (about 90k at
  // start-up): the words, readings and parts live in buffers the thread
  // reuses, and the result's strings keep their capacity.
  struct Scratch {
    std::u32string letters;                             // every word's code points
    std::vector<std::pair<uint32_t, uint32_t>> words;   // [begin, end) in letters
    std::vector<std::string> readings, next, glued;  // glued: a glued article's own reading, per word
    std::vector<bool> latin;
    std::string spaced, joined;
  };
  thread_local Scratch tl;
  Scratch& sc = tl;
  if (sc.letters.capacity() > (1u << 14)) sc = Scratch();  // keep no one-off long name
  std::u32string& letters = sc.letters;
  auto& words = sc.words;
  letters.clear();
  words.clear();
  for (size_t b = 0; b < key.size();) {
    size_t sp = key.find(' ', b);
    if (sp == std::string::npos) sp = key.size();
    if (sp > b) {
      const uint32_t begin = static_cast<uint32_t>(letters.size());
      for (size_t i = b; i < sp;) {
        const unsigned char c = static_cast<unsigned char>(key[i]);
        if (c < 0x80) {
          letters.push_back(c);
          ++i;
          continue;
        }
        int len = 1;
        char32_t cp = utf8::Decode(std::string_view(key.data(), sp), i, &len);
        if (cp != utf8::kInvalid) letters.push_back(cp);
        i += static_cast<size_t>(len);
      }
      words.emplace_back(begin, static_cast<uint32_t>(letters.size()));
    }
    b = sp + 1;
  }
  auto word = [&](size_t k) {
    return std::u32string_view(letters).substr(words[k].first, words[k].second - words[k].first);
  };
  // "Ar Raqqah": an article PlaceKey keeps as the first of several words.
  if (words.size() > 1 && std::find(articles_.begin(), articles_.end(), word(0)) != articles_.end())
    words.erase(words.begin());
  // "Ein Elfijeh": an article glued to a later word. It may also be the
  // word's own letters (Ciudad Altamirano, which Arabic writes ألتاميرانو
  // with the lam), so the word is read both without and with them.
  std::vector<std::string>& glued_alts = sc.glued;
  glued_alts.resize(words.size());
  for (std::string& g : glued_alts) g.clear();
  for (size_t k = 1; k < words.size(); ++k)
    for (const std::u32string& p : glued_articles_)
      if (word(k).size() >= p.size() + 3 && word(k).starts_with(p)) {
        std::string own;
        for (char32_t c : p)
          if (c < single_.size() && single_[c] != 0)
            if (const auto* r = single_rules_[single_[c] - 1].ReadingsAt(own.empty(), false, false); r && !r->empty())
              own += (*r)[0];
        if (!own.empty()) glued_alts[k] = own;
        words[k].first += static_cast<uint32_t>(p.size());
        break;
      }
  std::vector<bool>& latin = sc.latin;
  latin.assign(words.size(), false);
  for (size_t k = 0; k < words.size(); ++k) latin[k] = !word(k).empty() && !utf8::IsArabicLetter(word(k)[0]);
  std::vector<std::string>& readings = sc.readings;
  readings.resize(1);
  readings[0].clear();
  auto extend = [&](const std::vector<std::string>& alts) {
    if (alts.size() == 1) {
      for (std::string& r : readings) r += alts[0];
      return;
    }
    // Past the cap an ambiguous letter takes its first reading only.
    size_t take = readings.size() * alts.size() > kMaxReadings ? 1 : alts.size();
    std::vector<std::string>& next = sc.next;
    next.resize(readings.size() * take);
    size_t n = 0;
    for (const std::string& r : readings)
      for (size_t a = 0; a < take; ++a) {
        next[n].assign(r);
        next[n++] += alts[a];
      }
    readings.swap(next);
  };
  for (size_t k = 0; k < words.size(); ++k) {
    const std::u32string_view w = word(k);
    // Words stay apart ("Suq al `Inan" is not سكني).
    if (k > 0)
      for (std::string& r : readings) r.push_back(' ');
    if (!glued_alts[k].empty()) extend({std::string(), glued_alts[k]});
    for (size_t i = 0; i < w.size();) {
      const std::vector<std::string>* alts = nullptr;
      size_t used = 1;
      // No grapheme of two letters or more starts here: one lookup. Latin
      // letters that start one (s of sh, t of th) mostly stand before a
      // letter that does not continue it.
      const bool short_letter = (w[i] < starts_long_.size() && !starts_long_[w[i]]) || i + 1 == w.size() ||
                                (w[i] < 0x80 && w[i + 1] < 0x80 && !ascii_pair_starts_long_[w[i] * 0x80 + w[i + 1]]);
      size_t longest = short_letter ? 1 : std::min(max_grapheme_, w.size() - i);
      for (size_t len = longest; len >= 1 && !alts; --len) {
        const Rule* rule;
        if (len == 1 && w[i] < single_.size()) {
          if (single_[w[i]] == 0) continue;
          rule = &single_rules_[single_[w[i]] - 1];
        } else {
          auto it = rules_.find(PackGrapheme(w.data() + i, len));
          if (it == rules_.end()) continue;
          rule = &it->second;
        }
        alts = rule->ReadingsAt(i == 0, i + len == w.size(), k + 1 < words.size());
        if (alts) used = len;
      }
      if (alts) extend(*alts);
      i += used;
    }
  }
  size_t n_out = 0;
  auto add = [&](std::string_view s) {
    for (size_t j = 0; j < n_out; ++j)
      if ((*out)[j] == s) return;
    if (n_out == out->size()) out->emplace_back();
    (*out)[n_out++].assign(s);
  };
  std::string& spaced = sc.spaced;
  for (const std::string& r : readings) {
    // Classes of each word, silent words dropped. Two Latin letters of one
    // class in a row count once (PlaceKey has folded doubled letters already;
    // this folds pairs such as "th" + "t"); with a vowel between they stay two
    // (Dubab: d-b-b). Arabic writes a doubled consonant once, so two Arabic
    // letters side by side are two consonants (صدد Sadad).
    spaced.clear();
    size_t parts = 0;
    bool all_long = true;
    for (size_t b = 0, k = 0; b <= r.size(); ++k) {
      size_t sp = r.find(' ', b);
      if (sp == std::string::npos) sp = r.size();
      const bool lat = k < latin.size() && latin[k];
      const size_t mark = spaced.size();
      if (!spaced.empty()) spaced.push_back(' ');
      const size_t start = spaced.size();
      char prev = 0;
      for (size_t i = b; i < sp; ++i) {
        const char c = r[i];
        if (i == b || prev != c || !lat) {
          prev = c;
          if (c != kSilent) spaced.push_back(c);
        }
      }
      if (spaced.size() == start) {
        spaced.resize(mark);
      } else {
        ++parts;
        all_long &= spaced.size() - start >= 2;
      }
      b = sp + 1;
    }
    add(spaced);
    // Names are split into words differently in the two scripts (تلكلخ,
    // Tall Kalakh; Akbarabad, اکبر آباد): joined too when each word has two
    // classes or more, so a short article-like word cannot make a match.
    if (parts > 1 && all_long) {
      std::string& joined = sc.joined;
      joined.clear();
      for (char c : spaced)
        if (c != ' ') joined.push_back(c);
      add(joined);
    }
  }
  out->resize(n_out);
}

bool TransliterationTable::HasLatinArticle(std::string_view name) const {
  std::u32string n = Decode(NormalizeKey(name));
  std::vector<std::u32string> tokens(1);
  for (char32_t c : n) {
    if (c == U' ' || c == U'-') {
      if (!tokens.back().empty()) tokens.emplace_back();
    } else {
      tokens.back().push_back(c);
    }
  }
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    const std::u32string& t = tokens[k];
    if (t.size() < 2 || std::find(articles_.begin(), articles_.end(), t) == articles_.end()) continue;
    // al/el/ul anywhere; an assimilated article (as-, ash-, adh-…) only
    // before its own consonant (As Safa, Ash Shaykh): "Tai-an Shih" has none.
    std::u32string consonant = t.substr(1);
    if (consonant == U"l" || tokens[k + 1].starts_with(consonant)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Index

TransliterationIndex::TransliterationIndex(TransliterationTable table, std::shared_ptr<const Gazetteer> gazetteer)
    : table_(std::move(table)), gazetteer_(std::move(gazetteer)) {}

namespace {

constexpr uint64_t kTagMask = 0xFFFFFFFF00000000ull;

}  // namespace

int64_t TransliterationIndex::FindKey(std::string_view skeleton, uint64_t hash) const {
  if (slots_.empty()) return -1;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const uint64_t v = slots_[slot];
    if (v == 0) return -1;
    if ((v & kTagMask) != (hash & kTagMask)) continue;
    const uint32_t k = static_cast<uint32_t>(v) - 1;
    if (KeyText(k) == skeleton) return k;
  }
}

void TransliterationIndex::BuildIndex() const {
  const Gazetteer& g = *gazetteer_;
  // Each distinct skeleton is interned once in a hash table as it is read
  // (no sort of every posting); its entries arrive in id order, so each
  // key's ids are grouped by counting and then ordered by prominence, ties
  // in id order.
  std::vector<std::pair<uint32_t, uint32_t>> postings;  // (key, entry), in entry order
  std::vector<uint32_t> last_id;                        // per key: the entry of its last posting
  postings.reserve(g.size() * 4);
  key_text_.reserve(g.size() * 24);
  key_offset_.assign(1, 0);
  slots_.assign(size_t{1} << 18, 0);
  // Puts slot value v of hash h in the first free slot of its probe.
  auto place = [](std::vector<uint64_t>& table, uint64_t h, uint64_t v) {
    const size_t m = table.size() - 1;
    size_t slot = h & m;
    while (table[slot] != 0) slot = (slot + 1) & m;
    table[slot] = v;
  };
  auto grow = [&] {
    std::vector<uint64_t> bigger(slots_.size() * 2, 0);
    for (uint64_t v : slots_)
      if (v != 0) place(bigger, StringHash64(KeyText(static_cast<uint32_t>(v) - 1)), v);
    slots_.swap(bigger);
  };
  std::vector<float> prominence(g.size());
  std::vector<std::string> skeletons;
  // Each entry's distinct keys in the Latin script: an entry's names of one
  // key (UAE, U.A.E.) have the same skeletons, read once. The gazetteer's
  // index holds every name's key (PlaceKey(NormalizeKey(name)), names of up
  // to 8 words): its Latin keys are read back from it, grouped by entry in
  // one counting pass, instead of normalising every Latin name again (that
  // was a third of the build). The keys are those of the Latin names but for
  // a few: a name with letters of the Latin Extended Additional block (Đồng
  // Hới) has a Latin key, and a long official form (9+ words) has none. An
  // unfinalized gazetteer (outside its contract: no Lookup() either) lends
  // no keys, and the index stays empty.
  std::vector<uint32_t> key_begin(g.size() + 1, 0), entry_keys;
  // Namesakes share a key: each key's skeletons are read and interned once
  // (about 100k reads, not 109k), and every entry of the key takes them from
  // skeleton_keys[first_skeleton[slot_of_key[k]], …[+1]).
  std::vector<uint32_t> slot_of_key, first_skeleton(1, 0), skeleton_keys;
  if (g.finalized()) {
    std::vector<uint32_t> latin_keys;
    for (uint32_t k = 0; k < g.key_count(); ++k)
      if (!g.key_ids(k).empty() && IsLatinName(g.key_text(k))) latin_keys.push_back(k);
    GroupByKey(
        g.size(),
        [&](auto emit) {
          for (uint32_t k : latin_keys)
            for (uint32_t id : g.key_ids(k)) emit(id, k);
        },
        &key_begin, &entry_keys);
    slot_of_key.assign(g.key_count(), UINT32_MAX);
    first_skeleton.reserve(latin_keys.size() + 1);
    skeleton_keys.reserve(latin_keys.size() * 2);
    for (uint32_t key : latin_keys) {
      slot_of_key[key] = static_cast<uint32_t>(first_skeleton.size() - 1);
      table_.SkeletonsOfKey(g.key_text(key), &skeletons);
      for (const std::string& s : skeletons) {
        if (Classes(s) < 2) continue;
        const uint64_t h = StringHash64(s);
        const int64_t found = FindKey(s, h);
        uint32_t k = static_cast<uint32_t>(found);
        if (found < 0) {
          k = static_cast<uint32_t>(key_offset_.size() - 1);
          key_text_ += s;
          key_offset_.push_back(static_cast<uint32_t>(key_text_.size()));
          last_id.push_back(UINT32_MAX);
          place(slots_, h, (h & kTagMask) | (k + 1));
          if (key_offset_.size() * 2 > slots_.size()) grow();
        }
        skeleton_keys.push_back(k);
      }
      first_skeleton.push_back(static_cast<uint32_t>(skeleton_keys.size()));
    }
  }
  for (uint32_t id = 0; id < g.size(); ++id) {
    prominence[id] = static_cast<float>(Gazetteer::Prominence(g.entry(id)));
    for (uint32_t j = key_begin[id]; j < key_begin[id + 1]; ++j) {
      const uint32_t slot = slot_of_key[entry_keys[j]];
      for (uint32_t m = first_skeleton[slot]; m < first_skeleton[slot + 1]; ++m) {
        const uint32_t k = skeleton_keys[m];
        if (last_id[k] == id) continue;  // the entry's other names with this skeleton
        last_id[k] = id;
        postings.push_back({k, id});
      }
    }
  }
  const size_t n_keys = key_offset_.size() - 1;
  GroupByKey(
      n_keys, [&](auto emit) { for (const auto& p : postings) emit(p.first, p.second); }, &id_begin_, &ids_);
  // Best first: prominence, then id (the ids are in id order already, and
  // the sorts below are stable).
  auto better = [&](uint32_t a, uint32_t b) { return prominence[a] > prominence[b]; };
  for (size_t k = 0; k < n_keys; ++k) {
    const uint32_t begin = id_begin_[k], end = id_begin_[k + 1];
    if (end - begin > 32) {
      std::stable_sort(ids_.begin() + begin, ids_.begin() + end, better);
      continue;
    }
    for (uint32_t a = begin + 1; a < end; ++a) {
      const uint32_t id = ids_[a];
      uint32_t b = a;
      for (; b > begin && prominence[ids_[b - 1]] < prominence[id]; --b) ids_[b] = ids_[b - 1];
      ids_[b] = id;
    }
  }
}

std::vector<TransliterationIndex::Candidate> TransliterationIndex::Candidates(std::string_view name,
                                                                              size_t min_length) const {
  std::string key(1, static_cast<char>(std::min<size_t>(min_length, 255)));
  key += name;
  if (min_length <= 255) {
    std::lock_guard<std::mutex> lock(candidates_mu_);
    if (auto it = candidates_.find(key); it != candidates_.end()) return it->second;
  }
  // Found outside the lock; a thread that found the same name meanwhile
  // keeps its own (equal) answer.
  std::vector<Candidate> found = FindCandidates(name, min_length);
  if (min_length <= 255) {
    std::lock_guard<std::mutex> lock(candidates_mu_);
    if (candidates_.size() >= kMaxRememberedNames) candidates_.clear();
    candidates_.try_emplace(std::move(key), found);
  }
  return found;
}

std::shared_ptr<const std::vector<std::string>> TransliterationIndex::NameSkeletons(std::string_view name) const {
  {
    std::lock_guard<std::mutex> lock(name_skeletons_mu_);
    if (auto it = name_skeletons_.find(name); it != name_skeletons_.end()) return it->second;
  }
  // Read outside the lock; a thread that read the same name meanwhile keeps
  // its own (equal) skeletons.
  auto skeletons = std::make_shared<const std::vector<std::string>>(table_.Skeletons(name));
  std::lock_guard<std::mutex> lock(name_skeletons_mu_);
  if (name_skeletons_.size() >= kMaxRememberedNames) name_skeletons_.clear();
  name_skeletons_.try_emplace(std::string(name), skeletons);
  return skeletons;
}

std::vector<TransliterationIndex::Candidate> TransliterationIndex::FindCandidates(std::string_view name,
                                                                                  size_t min_length) const {
  std::call_once(built_, [this] { BuildOrReadIndex(); });
  std::vector<Candidate> out;
  // A short skeleton's key may hold hundreds of places: each is found again
  // by its id in a map, not by a scan of all those before it.
  std::unordered_map<uint32_t, size_t> at;
  const std::shared_ptr<const std::vector<std::string>> skeletons = NameSkeletons(name);
  for (const std::string& s : *skeletons) {
    size_t classes = Classes(s);
    if (classes < min_length) continue;
    const int64_t found = FindKey(s, StringHash64(s));
    if (found < 0) continue;
    const size_t k = static_cast<size_t>(found);
    for (uint32_t j = id_begin_[k]; j < id_begin_[k + 1]; ++j) {
      uint32_t id = ids_[j];
      auto [it, added] = at.try_emplace(id, out.size());
      if (added) out.push_back({id, static_cast<uint32_t>(classes)});
      else out[it->second].length = std::max<uint32_t>(out[it->second].length, static_cast<uint32_t>(classes));
    }
  }
  // Each entry's prominence once, not at every comparison of the sort.
  const Gazetteer& g = *gazetteer_;
  std::vector<std::pair<double, Candidate>> ranked;
  ranked.reserve(out.size());
  for (const Candidate& c : out) ranked.emplace_back(Gazetteer::Prominence(g.entry(c.id)), c);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = 0; i < ranked.size(); ++i) out[i] = ranked[i].second;
  return out;
}

const TransliterationIndex::EntryReadings& TransliterationIndex::Readings(uint32_t id) const {
  {
    std::lock_guard<std::mutex> lock(readings_mu_);
    if (auto it = readings_.find(id); it != readings_.end()) return it->second;
  }
  // Read outside the lock; a thread that read the same entry meanwhile wins
  // the insert, with the same readings.
  EntryReadings readings;
  const std::vector<std::string>& names = gazetteer_->entry(id).names;
  for (uint32_t i = 0; i < names.size(); ++i) {
    const std::string& n = names[i];
    if (!HasArabicLetter(n)) {
      readings.latin.push_back(i);
      continue;
    }
    ArabicReading r;
    r.non_arabic = HasNonArabicLetter(n);
    r.persian_only = HasPersianOnlyLetter(n);
    r.may_misread_latin = r.non_arabic && !WritesInArabicScript(gazetteer_->entry(id));
    r.name = i;
    const std::string key = NormalizeKey(HamzaAlefLamRead(n));
    r.article = HasArabicArticle(key);
    // A foreign name's final -a written with a plain alef (see Choose).
    r.ends_in_plain_alef = key.ends_with("\xD8\xA7");
    r.consonants = ArabicConsonants(key);
    readings.arabic.push_back(std::move(r));
  }
  std::lock_guard<std::mutex> lock(readings_mu_);
  return readings_.try_emplace(id, std::move(readings)).first->second;
}

bool TransliterationIndex::ReadsALatinName(uint32_t id, std::string_view arabic) const {
  const std::vector<std::string> arabic_skeletons = table_.Skeletons(arabic);
  for (const std::string& n : gazetteer_->entry(id).names) {
    if (HasArabicLetter(n) || !IsLatinName(n)) continue;
    for (const std::string& s : table_.Skeletons(n))
      if (std::find(arabic_skeletons.begin(), arabic_skeletons.end(), s) != arabic_skeletons.end()) return true;
  }
  return false;
}

const std::vector<std::string>& TransliterationIndex::LatinKeys(uint32_t id) const {
  {
    std::lock_guard<std::mutex> lock(readings_mu_);
    if (auto it = latin_keys_.find(id); it != latin_keys_.end()) return it->second;
  }
  std::vector<std::string> keys;
  for (const std::string& n : gazetteer_->entry(id).names)
    if (!HasArabicLetter(n) && IsLatinName(n)) keys.push_back(PlaceKey(NormalizeKey(n)));
  std::lock_guard<std::mutex> lock(readings_mu_);
  return latin_keys_.try_emplace(id, std::move(keys)).first->second;
}

const std::vector<std::string>& TransliterationIndex::ConsonantInitialSkeletons(uint32_t id) const {
  {
    std::lock_guard<std::mutex> lock(readings_mu_);
    if (auto it = consonant_skeletons_.find(id); it != consonant_skeletons_.end()) return it->second;
  }
  std::vector<std::string> skeletons, of_name;
  const std::vector<std::string>& keys = LatinKeys(id);
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string& key = keys[i];
    if (BeginsWithLatinVowel(key)) continue;
    // GeoNames repeats spellings that fold to one key (Halab, Haleb): a key
    // met before gave its skeletons already (the list is asked only whether
    // it holds some skeleton of the query).
    if (std::find(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(i), key) !=
        keys.begin() + static_cast<std::ptrdiff_t>(i))
      continue;
    table_.SkeletonsOfKey(key, &of_name);
    for (std::string& s : of_name)
      if (Classes(s) >= 2) skeletons.push_back(std::move(s));
  }
  std::lock_guard<std::mutex> lock(readings_mu_);
  return consonant_skeletons_.try_emplace(id, std::move(skeletons)).first->second;
}

bool TransliterationIndex::LatinArticle(uint32_t id) const {
  {
    std::lock_guard<std::mutex> lock(readings_mu_);
    if (auto it = latin_article_.find(id); it != latin_article_.end()) return it->second;
  }
  const std::vector<std::string>& names = gazetteer_->entry(id).names;
  bool article = false;
  for (uint32_t i : Readings(id).latin) article = article || table_.HasLatinArticle(names[i]);
  std::lock_guard<std::mutex> lock(readings_mu_);
  return latin_article_.try_emplace(id, article).first->second;
}

TransliterationChoice TransliterationIndex::Choose(std::string_view arabic_name,
                                                   const TransliterationContext& context) const {
  TransliterationChoice choice = ChooseAsWritten(arabic_name, context);
  // The French spellings of the Maghreb drop the Arabic article of a town's
  // name (الفنيدق Fnideq, الخميسات Khemisset, الناظور Nador, المتلوي
  // Metlaoui): a name with the article that finds nothing is read without it
  // there, in a report on that country only (elsewhere the article marks an
  // Arabic name, which no foreign town's is: الحسين is no Hyesan).
  constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
  if (choice.id < 0 && choice.reason.empty() && arabic_name.starts_with(kArticle) &&
      arabic_name.size() > kArticle.size() + 4 && arabic_name.find(' ') != kArticle.size()) {
    auto drops_article = [](const std::string& country) {
      return country == "MA" || country == "DZ" || country == "TN" || country == "MR" || country == "EH";
    };
    std::vector<uint32_t> ids = context.document_places;
    if (context.parent >= 0) ids.push_back(static_cast<uint32_t>(context.parent));
    if (std::any_of(ids.begin(), ids.end(),
                    [&](uint32_t o) { return drops_article(gazetteer_->entry(o).location.country); })) {
      TransliterationChoice bare = ChooseAsWritten(arabic_name.substr(kArticle.size()), context);
      if (bare.id >= 0) {
        const GazetteerEntry& e = gazetteer_->entry(static_cast<uint32_t>(bare.id));
        if (drops_article(e.location.country) && e.location.name_ar.empty() &&
            std::any_of(ids.begin(), ids.end(),
                        [&](uint32_t o) { return gazetteer_->entry(o).location.country == e.location.country; })) {
          bare.reason += " (the article dropped, as Maghrebi French spellings do)";
          bare.article_dropped = true;
          return bare;
        }
      }
    }
  }
  // Maghrebi writers spell a g ك (أكادير Agadir, إنزكان Inezgane, as ڭ
  // without its dots), and Arabic writers of Persian and Dari names often
  // write گ as ك: a name of those countries that finds nothing with a k is
  // read with a g there (غ, the letter read as g alone). Elsewhere ك is a k
  // (غ ج ق write the g).
  constexpr std::string_view kKaf = "\xD9\x83", kGaf = "\xD8\xBA";
  if (choice.id >= 0 || !choice.reason.empty() || arabic_name.find(kKaf) == std::string_view::npos) return choice;
  auto reads_g = [](const std::string& country) {
    return country == "MA" || country == "DZ" || country == "TN" || country == "IR" || country == "AF";
  };
  // The cheap test first: a report none of whose places lies in those
  // countries takes no g reading, so the name is not chosen again.
  std::vector<uint32_t> context_ids = context.document_places;
  if (context.parent >= 0) context_ids.push_back(static_cast<uint32_t>(context.parent));
  if (std::none_of(context_ids.begin(), context_ids.end(),
                   [&](uint32_t o) { return reads_g(gazetteer_->entry(o).location.country); }))
    return choice;
  std::string with_g(arabic_name);
  for (size_t at = with_g.find(kKaf); at != std::string::npos; at = with_g.find(kKaf, at + kGaf.size()))
    with_g.replace(at, kKaf.size(), kGaf);
  TransliterationChoice g_choice = ChooseAsWritten(with_g, context);
  if (g_choice.id < 0) return choice;
  const std::string& country = gazetteer_->entry(static_cast<uint32_t>(g_choice.id)).location.country;
  if (!reads_g(country)) return choice;
  // Only in a report on that country: elsewhere a word with ك (كردية,
  // Kurdish) is no Maghrebi town's name (Ghardaia).
  if (std::none_of(context_ids.begin(), context_ids.end(),
                   [&](uint32_t o) { return gazetteer_->entry(o).location.country == country; }))
    return choice;
  g_choice.reason += " (ك read as a g)";
  return g_choice;
}

TransliterationChoice TransliterationIndex::ChooseAsWritten(std::string_view arabic_name,
                                                            const TransliterationContext& context) const {
  TransliterationChoice choice;
  if (!HasArabicLetter(arabic_name)) return choice;
  // A mountain's, valley's or river's name is not a town's: the gazetteer
  // lists settlements and units, so landforms are not guessed at.
  // The cue's kind, read once: the tests below run per candidate.
  const bool settlement_cue = IsSettlementCue(context.cue), area_cue = IsAreaCue(context.cue);
  if (!settlement_cue && !area_cue && context.cue != "facility") return choice;
  const bool unit_cue = context.cue == "governorate" || context.cue == "subdistrict" || context.cue == "province";
  const bool neighbourhood_cue = context.cue == "neighbourhood";
  const Gazetteer& g = *gazetteer_;
  // The countries of the document's places (and of the named parent).
  std::vector<uint32_t> context_ids = context.document_places;
  if (context.parent >= 0) context_ids.push_back(static_cast<uint32_t>(context.parent));
  auto in_document_country = [&](const GazetteerEntry& e) {
    for (uint32_t o : context_ids)
      if (!e.location.country.empty() && g.entry(o).location.country == e.location.country) return true;
    return false;
  };
  // The article marks an Arabic name (الفاشر, El Fasher); a foreign name
  // written in Arabic takes none ("الحسين" is no Hyesan).
  const std::string query_key = NormalizeKey(HamzaAlefLamRead(arabic_name));
  const bool article = HasArabicArticle(query_key);
  const std::string query_consonants = ArabicConsonants(query_key);
  // The query as a place key, made once: the vowel and letter tests below read it.
  const std::string query_place_key = PlaceKey(query_key);
  const unsigned query_vowels = ArabicFirstVowels(query_place_key);
  // A foreign name's final -a is written with alef or with taa marbuta
  // (زامفارا، زمفارة): a name ending in ة (ه once normalised) agrees with a
  // known spelling ending in a plain alef — not in alef-hamza, the Arabic
  // pattern of الجهراء, which الجهرة is no spelling of.
  std::string final_alef_consonants;
  if (constexpr std::string_view kHeh = "\xD9\x87"; query_consonants.ends_with(kHeh) &&
                                                      query_consonants.size() > kHeh.size())
    final_alef_consonants = query_consonants.substr(0, query_consonants.size() - kHeh.size()) + "\xD8\xA7";
  // The same the other way: the query's plain final alef (ساكابا) against a
  // known spelling's taa marbuta or Urdu final heh (ساکبہ Sacaba), both the
  // foreign -a once normalised to ه.
  std::string final_heh_consonants;
  if (constexpr std::string_view kAlef = "\xD8\xA7"; query_key.ends_with(kAlef) &&
                                                     query_consonants.ends_with(kAlef) &&
                                                     query_consonants.size() > kAlef.size())
    final_heh_consonants = query_consonants.substr(0, query_consonants.size() - kAlef.size()) + "\xD9\x87";
  // A region's label point (the Gaza Strip) is context only in a document
  // that names no town: a named town says better where the report is.
  const bool towns_named = std::any_of(context_ids.begin(), context_ids.end(),
                                       [&](uint32_t o) { return !LabelPoint(g.entry(o)); });
  auto context_point = [&](const GazetteerEntry& oe) {
    return towns_named ? !LabelPoint(oe) : !oe.location.feature_code.starts_with("PCL");
  };
  auto near_document = [&](const GazetteerEntry& e, double km) {
    for (uint32_t o : context_ids) {
      const GazetteerEntry& oe = g.entry(o);
      if (context_point(oe) &&
          !SurelyFartherThanKm(oe.location.lat, oe.location.lon, e.location.lat, e.location.lon, km + 1) &&
          DistanceKm(oe.location.lat, oe.location.lon, e.location.lat, e.location.lon) < km)
        return true;
    }
    return false;
  };
  // The kind of place the cue names: a governorate is a unit, a village or
  // city a populated place.
  auto fits_cue = [&](const GazetteerEntry& e) {
    // A county named after its seat (مقاطعة قوقريال): the seat is a
    // registered seat, or a town of some size in the document's country
    // that GeoNames codes as a plain populated place (Gogrial, Leer and
    // Kapoeta, the seats of South Sudan's counties, are PPL).
    // So is a town of a region the document names, by the region or its
    // seat (حاكم منطقة تاهوا … في مقاطعة تيليا: Tillia, a department seat
    // GeoNames codes as a plain PPL of the Tahoua region).
    auto in_parent_region = [&] {
      for (uint32_t o : context_ids) {
        const GazetteerEntry& pe = g.entry(o);
        if ((pe.location.feature_code == "ADM1" || pe.location.feature_code == "PPLA") &&
            !pe.location.country.empty() && pe.location.country == e.location.country && !pe.admin1_code.empty() &&
            pe.admin1_code == e.admin1_code)
          return true;
      }
      return false;
    };
    if (context.seat_names_unit && e.feature_class == 'P')
      return e.location.name.find(' ') == std::string::npos &&
             (e.location.feature_code.starts_with("PPLA") ||
              (e.population >= 5000 && in_document_country(e)) || in_parent_region());
    // A sub-district (ناحية قلعة سكر) is named after its seat: the unit, or
    // the town where the gazetteer lacks the unit.
    if (context.cue == "subdistrict") return e.feature_class == 'A' || e.feature_class == 'P';
    if (unit_cue) return e.feature_class == 'A';
    if (settlement_cue) return e.feature_class == 'P';
    return true;
  };
  std::vector<Candidate> candidates = Candidates(arabic_name, 2);
  // A foreign name's g is written ج in Egypt and Sudan, غ in the Levant and
  // the Gulf, ق in Yemen, Sudan and the Maghreb: a spelling that differs from
  // a known one only there (غوادر، جوادر: Gwadar) writes the same name when
  // the entry's Latin name has a plain g (not the gh of an Arabic غ).
  const std::string query_g_folded = FoldForeignG(query_consonants);
  const std::string query_z_folded = FoldForeignZ(query_consonants);
  // Does a Latin name of the entry that a name beginning with a consonant
  // letter can write (not Obala for بول) share a skeleton with the query?
  // (A hamza on the first alef is the name's own vowel, not the article's:
  // ألاماتا is Alamata.)
  const bool consonant_initial = !arabic_name.starts_with("\xD8\xA3") && !arabic_name.starts_with("\xD8\xA5") &&
                                 !arabic_name.starts_with("\xD8\xA2") &&
                                 BeginsWithArabicConsonant(PlaceKey(NormalizeKey(arabic_name)));
  // The query's skeletons, from the memo (NameSkeletons), fetched on first
  // need: read below for a consonant-initial name and by the main-name tests.
  std::shared_ptr<const std::vector<std::string>> query_skeletons_memo;
  auto all_query_skeletons = [&]() -> const std::vector<std::string>& {
    if (!query_skeletons_memo) query_skeletons_memo = NameSkeletons(arabic_name);
    return *query_skeletons_memo;
  };
  static const std::vector<std::string> kNoSkeletons;
  const std::vector<std::string>& query_skeletons = consonant_initial ? all_query_skeletons() : kNoSkeletons;
  auto ConsonantInitialReading = [&](uint32_t id) {
    for (const std::string& s : ConsonantInitialSkeletons(id))
      if (std::find(query_skeletons.begin(), query_skeletons.end(), s) != query_skeletons.end()) return true;
    return false;
  };
  // Two classes collide most: only after a settlement or area cue (a
  // facility's name must be longer), in the document's
  // countries, and within 100 km of its places or alone there.
  // A named parent ("مدينة بول في إقليم البحيرة") says where: the only such
  // candidate in the parent country or first-level division is it, however
  // far from the document's other places.
  auto in_parent = [&](const GazetteerEntry& e) {
    if (context.parent < 0) return false;
    const GazetteerEntry& pe = g.entry(static_cast<uint32_t>(context.parent));
    if (pe.location.country.empty() || pe.location.country != e.location.country) return false;
    if (pe.location.feature_code.starts_with("PCL")) return true;
    return pe.location.feature_code == "ADM1" && !pe.admin1_code.empty() && pe.admin1_code == e.admin1_code;
  };
  // A better-known place spelt in Arabic with another first vowel (مارؤا
  // Maroua against مورا) is another name, not this one spelt otherwise: it
  // casts no doubt on a lesser namesake (rival_of below).
  auto ArabicSpellingsHearAnotherVowel = [&](const GazetteerEntry& e) {
    if (query_vowels == 0) return false;
    bool heard = false;
    for (const std::string& n : e.names) {
      if (!HasArabicLetter(n) || HasNonArabicLetter(n)) continue;
      const unsigned v = ArabicFirstVowels(PlaceKey(NormalizeKey(n)));
      if (v == 0) continue;
      if (v & query_vowels) return false;
      heard = true;
    }
    return heard;
  };
  // Namesakes of a two-consonant skeleton in one country: the one whose
  // Latin name has the vowels the Arabic writes, the first ones and the
  // final one, is the one spelt (غودي: Gode, not Gedo or Guda). Only a
  // spelling that writes the first says enough; one that ends in a
  // consonant says the name does too (لوق: Luuq, not a namesake ending in a vowel), since
  // Arabic writes a foreign name's final vowel.
  const unsigned query_final = ArabicFinalVowel(query_place_key);
  auto short_vowels_agree = [&](uint32_t id) {
    if (query_vowels == 0) return false;
    for (const std::string& key : LatinKeys(id)) {
      if (key.find(' ') != std::string::npos) continue;
      if (LatinFirstVowels(key) == query_vowels && LatinFinalVowel(key) == query_final) return true;
    }
    return false;
  };
  size_t short_local = 0, short_in_parent = 0;
  std::vector<uint32_t> short_agreeing;
  for (const Candidate& c : candidates) {
    const bool short_fit = c.length < 3 && fits_cue(g.entry(c.id));
    short_local += short_fit && in_document_country(g.entry(c.id));
    short_in_parent += short_fit && in_parent(g.entry(c.id));
    if (short_fit && context.vowel_tie_break && in_document_country(g.entry(c.id)) && short_vowels_agree(c.id))
      short_agreeing.push_back(c.id);
  }
  // Several namesakes that agree: the town of ten times the others'
  // population (a seat of 20,000 against a hamlet) is the one a report names.
  int64_t short_spelt = -1;
  for (uint32_t id : short_agreeing) {
    const int64_t pop = g.entry(id).population;
    bool dominant = short_agreeing.size() == 1 || pop > 0;
    for (uint32_t o : short_agreeing)
      if (o != id && g.entry(o).population * 10 > pop) dominant = false;
    if (dominant) short_spelt = id;
  }
  // A Persian or Urdu spelling that is no reading of the town's Latin names
  // (بیتؤا for Bertoua) gainsays no report on its country whose spelling
  // reads its main Latin name (برتوا); against one that reads only an
  // alternate name (كورومي and Koromo, Toyota's old name: ٹویوٹا) it still
  // stands, and so it does in a report on another country (بورت, a port).
  auto query_reads_main_name = [&](const GazetteerEntry& e) {
    const std::vector<std::string>& q = all_query_skeletons();
    for (const std::string& s : table_.Skeletons(e.location.name))
      if (std::find(q.begin(), q.end(), s) != q.end())
        return true;
    return false;
  };
  // Whether the namesake has a Latin name and every one of them, as a place
  // key, says what `says` asks: the shape of each vowel test below.
  auto every_latin_key = [&](uint32_t id, auto says) {
    bool any = false;
    for (const std::string& key : LatinKeys(id)) {
      if (!says(key)) return false;
      any = true;
    }
    return any;
  };
  auto EveryLatinFirstVowelIsNoAlef = [&](uint32_t id) {
    return every_latin_key(id, [](const std::string& key) { return LatinFirstVowelIsNoAlef(key); });
  };
  auto EveryLatinFinalVowelGainsays = [&](uint32_t id) {
    if (query_final != 1 && query_final != 4) return false;
    return every_latin_key(id, [&](const std::string& key) {
      const unsigned latin_final = LatinFinalVowel(key);
      return query_final == 1 ? latin_final == 4 : (latin_final == 1 || latin_final == 2);
    });
  };
  // Arabic writes a foreign name's final vowel, so a query ending in a
  // consonant letter (مقار) is no name every one-word Latin spelling of
  // which ends in a, i, o or u (Magaria): the writer would have written
  // ا، ي or و. A final e is often unsaid (Beledweyne بلدوين) and a final
  // hamza or ع may write a vowel (الجهراء): neither gainsays.
  const bool query_consonant_final = [&] {
    const std::string& key = query_place_key;
    if (key.empty() || ArabicFinalVowel(key) != 0) return false;
    const std::u32string letters = Decode(key);
    const char32_t last = letters.back();
    return last != U'\u0621' && last != U'\u0639' && last != U'\u064A' && last != U'\u0649';
  }();
  auto EveryLatinNameEndsInAVowel = [&](uint32_t id) {
    if (!query_consonant_final) return false;
    return every_latin_key(id, [](const std::string& key) {
      return !key.empty() && key.find_first_of(" -") == std::string::npos &&
             std::string_view("aiou").find(key.back()) != std::string_view::npos;
    });
  };
  // A query opening with alef and a vowel letter (أوبوندو، إيراتي) writes a
  // name that begins with a vowel (Ubundu, Erati; a prothetic alef before a
  // consonant cluster, امبره Mbera, has no vowel letter after it): a
  // namesake every Latin name of which begins with a consonant (Bondo) is
  // another place.
  const bool query_vowel_initial = [&] {
    const std::string key = NormalizeKey(arabic_name);
    return key.starts_with("\xD8\xA7\xD9\x88") || key.starts_with("\xD8\xA7\xD9\x8A");
  }();
  auto EveryLatinNameBeginsWithAConsonant = [&](uint32_t id) {
    if (!query_vowel_initial) return false;
    return every_latin_key(id, [](const std::string& key) { return !BeginsWithLatinVowel(key); });
  };
  // و before an alef after a consonant letter is a consonantal w (شينوار
  // Shinwar, متوارا Mtwara): a namesake none of whose Latin names has w, v,
  // o or u (Chinar) writes no such sound.
  const bool query_w_before_alef = [&] {
    const std::u32string letters = Decode(query_place_key);
    for (size_t i = 1; i + 1 < letters.size(); ++i)
      if (letters[i] == U'\u0648' && letters[i + 1] == U'\u0627' && letters[i - 1] != U'\u0627' &&
          letters[i - 1] != U'\u0648' && letters[i - 1] != U'\u064A' && letters[i - 1] != U' ')
        return true;
    return false;
  }();
  auto NoLatinNameWritesAW = [&](uint32_t id) {
    if (!query_w_before_alef) return false;
    return every_latin_key(id, [](const std::string& key) { return key.find_first_of("wvou") == std::string::npos; });
  };
  std::vector<uint32_t> kept, rivals, spelled;  // spelled: kept for a known Arabic spelling that agrees
  for (const Candidate& c : candidates) {
    const GazetteerEntry& e = g.entry(c.id);
    if (!fits_cue(e)) continue;
    if (c.length < 3 && (!(settlement_cue || area_cue) || !in_document_country(e) ||
                         (short_local > 1 && !near_document(e, 100) && !(short_in_parent == 1 && in_parent(e)) &&
                          static_cast<int64_t>(c.id) != short_spelt)))
      continue;
    // An entry whose Arabic name is known and reads differently is another
    // place (Lookup found the name itself missing; a variant spelling with
    // the same skeleton, بولوبردي for "بولو بردي", is still this one).
    bool has_arabic = false, agrees = false, latin_article = false, same_article = false;
    const EntryReadings& readings = Readings(c.id);
    // Only a name with the article asks for a Latin article (read per call:
    // most candidates are never asked).
    if (article) latin_article = LatinArticle(c.id);
    // Asked only when a spelling differs from the query (most agree or are
    // no candidate at all).
    int plain_g = -1, writes_z = -1;
    for (const ArabicReading& n : readings.arabic) {
      if (static_cast<int64_t>(c.id) == context.ignore_arabic_of || n.persian_only ||
          (context.persian_is_no_arabic && n.non_arabic) ||
          (n.may_misread_latin && in_document_country(e) && query_reads_main_name(e) &&
           !ReadsALatinName(c.id, e.names[n.name])))
        continue;
      has_arabic = true;
      bool a = n.article == article;
      same_article |= a;
      agrees |= a && (n.consonants == query_consonants ||
                      (!final_alef_consonants.empty() && n.consonants == final_alef_consonants &&
                       n.ends_in_plain_alef) ||
                      (!final_heh_consonants.empty() && n.consonants == final_heh_consonants));
      // The query writes ز where the known spelling has س: the writer
      // followed a Latin z the entry has (Agadez), not another name.
      if (!agrees && a && query_z_folded != query_consonants && FoldForeignZ(n.consonants) == query_z_folded) {
        if (writes_z < 0) writes_z = WritesZ(e, readings.latin) ? 1 : 0;
        agrees = writes_z == 1;
      }
      if (agrees || !a || query_g_folded == query_consonants) continue;
      if (plain_g < 0) plain_g = WritesPlainG(e, readings.latin) ? 1 : 0;
      agrees = plain_g == 1 && FoldForeignG(n.consonants) == query_g_folded;
    }
    // A neighbourhood is one of a town the report names.
    if (neighbourhood_cue && !near_document(e, 50)) continue;
    if (has_arabic && !agrees) {
      // A rival must be a name the query could write: one beginning with a
      // consonant letter is no spelling of Abidjan (آبدجان) for بوغوني.
      if (same_article && in_document_country(e) && !ArabicSpellingsHearAnotherVowel(e) &&
          !(consonant_initial && !ConsonantInitialReading(c.id)))
        rivals.push_back(c.id);
      continue;
    }
    // Its known spelling has the query's letters but another first vowel
    // written (مارؤا Maroua, the query مورا): a writer who knew that name
    // would have written it so; the query is another place's name.
    if (has_arabic && ArabicSpellingsHearAnotherVowel(e)) continue;
    if (!has_arabic && article && !latin_article) continue;
    if (!has_arabic && consonant_initial && !ConsonantInitialReading(c.id)) continue;
    // The query writes an alef after its first consonant, a long a or e
    // (كابويتا Kapoeta): a namesake every Latin name of which has i, o or u
    // there (Kibiito) is a name the writer would have spelt with ي or و.
    if (!has_arabic && query_vowels == 1 && EveryLatinFirstVowelIsNoAlef(c.id)) continue;
    // Arabic writes a foreign name's final vowel: a query ending in ا (a)
    // is no name every Latin spelling of which ends in o or u (كيتايا is not
    // Chato), one ending in و (o, u) none that ends in a, e or i.
    if (!has_arabic && EveryLatinFinalVowelGainsays(c.id)) continue;
    if (!has_arabic && (EveryLatinNameEndsInAVowel(c.id) || EveryLatinNameBeginsWithAConsonant(c.id) ||
                        NoLatinNameWritesAW(c.id)))
      continue;
    kept.push_back(c.id);
    if (has_arabic) spelled.push_back(c.id);
  }
  if (kept.empty()) return choice;
  // A better-known place of the skeleton in the document's countries, known
  // under another Arabic spelling (قوانغتشو and غوانزو are both Guangzhou),
  // makes a lesser namesake doubtful.
  auto rival_of = [&](uint32_t best) -> std::string {
    const GazetteerEntry& be = g.entry(best);
    for (uint32_t r : rivals) {
      const GazetteerEntry& re = g.entry(r);
      if (Gazetteer::Prominence(re) > Gazetteer::Prominence(be))
        return "transliteration ambiguous: " + be.location.name + " (" + be.location.country + ") or " +
               re.location.name + " (" + re.location.country + ", written " + re.location.name_ar + ")";
    }
    return "";
  };

  auto score = [&](const GazetteerEntry& e, bool with_context) {
    double s = Gazetteer::Prominence(e);
    if (!with_context) return s;
    if (context.parent >= 0) {
      const GazetteerEntry& p = g.entry(static_cast<uint32_t>(context.parent));
      if ((!p.admin1_code.empty() && p.admin1_code == e.admin1_code) ||
          DistanceKm(p.location.lat, p.location.lon, e.location.lat, e.location.lon) < 60)
        s += 10;
    }
    double nearest = 1e9;
    bool same_admin = false;
    for (uint32_t o : context.document_places) {
      const GazetteerEntry& oe = g.entry(o);
      same_admin |= !oe.admin1_code.empty() && oe.admin1_code == e.admin1_code;
      // A country's label point says nothing of where in it the name lies
      // (as in near_document).
      if (!context_point(oe)) continue;
      nearest = std::min(nearest, DistanceKm(oe.location.lat, oe.location.lon, e.location.lat, e.location.lon));
    }
    if (same_admin) s += 5;
    if (nearest < 150) s += 5 * (1 - nearest / 150);
    return s;
  };

  // Namesakes of one skeleton in the document's countries: the one whose
  // Latin name has the vowel the Arabic spelling writes after its first
  // consonants is the one spelt (a name's first syllable is what a writer
  // hears best); one whose every Latin name has another vowel there is less
  // likely. Worth about a tenfold population or a nearby place.
  auto vowel_agreement = [&](uint32_t id) {
    if (query_vowels == 0) return 0.0;
    int best = 0;
    for (const std::string& key : LatinKeys(id)) {
      const unsigned v = LatinFirstVowels(key);
      if (v == 0) continue;
      if (v & query_vowels) return 1.0;
      best = -1;
    }
    return static_cast<double>(best);
  };
  constexpr double kVowelWeight = 2.0;
  std::vector<uint32_t> local;
  for (uint32_t id : kept)
    if (in_document_country(g.entry(id))) local.push_back(id);
  if (!local.empty()) {
    uint32_t best = local[0];
    double best_score = score(g.entry(best), true) + kVowelWeight * vowel_agreement(best);
    for (size_t k = 1; k < local.size(); ++k) {
      double s = score(g.entry(local[k]), true) + kVowelWeight * vowel_agreement(local[k]);
      if (s > best_score) best = local[k], best_score = s;
    }
    choice.reason = rival_of(best);
    if (!choice.reason.empty()) return choice;
    choice.id = best;
    choice.reason = "transliteration: " + g.entry(best).location.name;
    return choice;
  }
  // Nothing in the document's countries. A document whose places are all
  // elsewhere does not name a namesake abroad (قاعدة حرير near Erbil is no
  // Harare), unless the name is an Arabic one, article and all, matched to
  // an "El …" name: two signs agree. Otherwise only a well-known place named
  // as a town, city or unit: a village, area or neighbourhood is too small to
  // stand alone, and a facility is often named after a person (مستشفى جابر
  // is no Jaipur). And only when no namesake in another country is about as
  // well known.
  bool needs_context = context.cue == "village" || context.cue == "neighbourhood" || context.cue == "area" ||
                       context.cue == "farm" || context.cue == "camp" || context.cue == "subdistrict" ||
                       context.cue == "facility";
  if (needs_context || (!context_ids.empty() && !article)) return choice;
  // Abroad, with nothing to place the report, a known Arabic spelling
  // that agrees with the name (near enough for Lookup to miss: أغاديز for
  // أغاديس) outweighs a bare skeleton match elsewhere (Agdas).
  if (!spelled.empty()) kept = spelled;
  // With nothing else to place it, a name must meet the entry's main Latin
  // name: GeoNames' alternate names (old, foreign and misspelt ones: Sartu
  // for Daqing, Merson for Mersin) are many, and a skeleton of two or three
  // classes meets one of them somewhere the report never was.
  auto meets_main_name = [&](const GazetteerEntry& e) {
    const std::vector<std::string>& q = all_query_skeletons();
    for (const std::string& s : table_.Skeletons(e.location.name))
      if (std::find(q.begin(), q.end(), s) != q.end())
        return true;
    return false;
  };
  std::vector<uint32_t> known;
  for (uint32_t id : kept)
    if (WellKnown(g.entry(id)) && meets_main_name(g.entry(id))) known.push_back(id);
  if (known.empty()) return choice;
  uint32_t best = known[0];
  for (uint32_t id : known)
    if (score(g.entry(id), false) > score(g.entry(best), false)) best = id;
  const GazetteerEntry& be = g.entry(best);
  for (uint32_t id : kept) {
    const GazetteerEntry& o = g.entry(id);
    if (o.location.country == be.location.country) continue;
    if (score(o, false) > score(be, false) - 1.0) {
      choice.reason = "transliteration ambiguous: " + be.location.name + " (" + be.location.country + ") or " +
                      o.location.name + " (" + o.location.country + ")";
      return choice;
    }
  }
  choice.reason = rival_of(best);
  if (!choice.reason.empty()) return choice;
  choice.id = best;
  choice.reason = "transliteration: " + be.location.name;
  return choice;
}

Result<std::unique_ptr<TransliterationIndex>> LoadTransliterationIndex(
    const std::string& data_dir, std::shared_ptr<const Gazetteer> gazetteer) {
  std::string path = data_dir + "/geo/transliteration.tsv";
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return std::unique_ptr<TransliterationIndex>();
  auto table = TransliterationTable::Load(path);
  if (!table.ok()) return table.status();
  const uint64_t gazetteer_fingerprint = gazetteer ? gazetteer->source_fingerprint() : 0;
  const size_t gazetteer_entries = gazetteer ? gazetteer->size() : 0;
  auto index = std::make_unique<TransliterationIndex>(std::move(table).value(), std::move(gazetteer));
  // A small gazetteer (a test's) is indexed in less time than its file
  // (a 2 MB hash table at least) takes to write.
  constexpr size_t kCacheMinEntries = 5000;
  if (gazetteer_fingerprint != 0 && gazetteer_entries >= kCacheMinEntries) {
    auto text = ReadFile(path);
    uint64_t fingerprint = 0;
    std::string file;
    if (text.ok()) file = TransliterationIndexCacheFile(gazetteer_fingerprint, HashBytes(*text) ^ text->size(), &fingerprint);
    if (!file.empty()) index->UseCacheFile(std::move(file), fingerprint);
  }
  return index;
}

}  // namespace marsad
