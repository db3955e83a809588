// PlaceKey: the folds that make the spellings people write of one place name
// meet in one key. doc/gazetteer.md lists every fold with an example; keep
// the two in step (and bump kPlaceKeyVersion in gazetteer.cc when a fold
// changes, so files with stored keys are re-keyed on load).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"

namespace marsad {
namespace {

bool IsArabicLead(unsigned char c) { return c >= 0xD8 && c <= 0xDB; }

// Latin articles of transliterated Arabic names ("Abu al-Duhur", "Tall at
// Tamr", "As-Suwayda"). al/el/ul are never English words: dropped wherever
// they stand alone. The others are ("at", "an", "as"), so alone they are
// dropped only between two other words of a name.
bool IsStrongArticle(std::string_view w) { return w == "al" || w == "el" || w == "ul"; }
bool IsArticle(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;  // asked of every Latin word
  static constexpr std::string_view kArticles[] = {
      "al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ed", "er",
      "es", "et", "ez", "en", "esh", "ech", "edh", "ej", "aj", "ag", "ak"};
  for (std::string_view a : kArticles)
    if (w == a) return true;
  return false;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The generic first words of Arabic place names (بنت، دير، بيت، عين، كفر،
// تل) have French-style and English-style spellings whose vowels differ
// beyond the letter folds (Bent Jbeil = Bint Jbeil, Dair = Deir = Dayr):
// each is read as one spelling. Short vowels are not folded in general:
// that would make English words meet foreign names (Rival = Reval).
std::string_view PrefixSpelling(std::string_view w) {
  if (w.size() < 3 || w.size() > 4) return w;  // asked of every Latin word
  static constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
      {"bent", "bint"}, {"deir", "dayr"}, {"dair", "dayr"}, {"beit", "bayt"}, {"bait", "bayt"},
      {"ein", "ayn"},   {"ain", "ayn"},   {"kfar", "kafr"}, {"kefr", "kafr"}, {"tel", "tal"},
      {"tell", "tal"}};
  for (const auto& [from, to] : kPrefixes)
    if (w == from) return to;
  return w;
}

// Appends one Latin word (lower-case ASCII, accents already stripped),
// folded, to *out. Written in place at the end of *out: PlaceKey runs for
// every candidate name of every document, and once per gazetteer name at
// start-up, so it builds no string per word.
void AppendLatinWord(std::string_view w, std::string* out) {
  const size_t start = out->size();
  // No fold lengthens the word: written through a pointer into room made
  // for all of it, then cut to what was written.
  out->resize(start + w.size());
  char* o = out->data() + start;
  size_t m = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char n = i + 1 < w.size() ? w[i + 1] : '\0';
    if (c == 'd' && n == 'j') continue;                 // Djerba -> jerba
    if (c == 'd' && n == 'h') { o[m++] = 'd'; ++i; continue; }  // Dhuhur -> duhur
    if (c == 'o' && (n == 'u' || n == 'o')) { o[m++] = 'u'; ++i; continue; }  // Douhour
    if (c == 'e' && n == 'e') { o[m++] = 'i'; ++i; continue; }  // Deeb = Dib
    o[m++] = c == 'q' ? 'k' : c;                        // Qamishli = Kamishli
  }
  // Doubled letters: Raqqa = Raqa, Aleppo = Alepo, Daraa = Dara.
  size_t end = 0;
  for (size_t i = 0; i < m; ++i) {
    char c = o[i];
    if (end == 0 || o[end - 1] != c || !(c >= 'a' && c <= 'z')) o[end++] = c;
  }
  std::string& t = *out;
  t.resize(start + end);
  end = start + end;
  const size_t len = end - start;
  // Final -ah/-eh: Hamah = Hama, Hasakeh = Hasakah = Hasaka.
  if (len > 3 && t.back() == 'h' && (t[t.size() - 2] == 'a' || t[t.size() - 2] == 'e')) {
    t.pop_back();
    t.back() = 'a';
  }
  // Final consonant + y: Qamishly = Qamishli.
  if (t.size() - start > 3 && t.back() == 'y' && !IsVowel(t[t.size() - 2])) t.back() = 'i';
}

// Appends one Arabic-script word to *out, folded: article dropped, ظ -> ض,
// lone hamza dropped, Persian گ -> ك (Arabic has no g: an Arabic report
// writes Iran's شادگان as شادكان, and GeoNames keeps the Persian spelling).
void AppendArabicWord(std::string_view w, std::string* out) {
  // "ال" is D8 A7 D9 84; keep it when fewer than two letters would remain.
  if (w.size() >= 8 && w.substr(0, 4) == "\xD8\xA7\xD9\x84") w.remove_prefix(4);
  // No fold lengthens the word (two bytes for two, or none): written through
  // a pointer into room made for all of it, then cut to what was written,
  // as AppendLatinWord does (a byte at a time through push_back cost a tenth
  // of PlaceKey's instructions on Arabic reports).
  const size_t start = out->size();
  out->resize(start + w.size());
  char* o = out->data() + start;
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  const size_t n = w.size();
  size_t m = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = p[i];
    if (c == 0xD8 && i + 1 < n) {
      const unsigned char d = p[i + 1];
      if (d == 0xB8) {  // ظ -> ض
        o[m++] = '\xD8';
        o[m++] = '\xB6';
        ++i;
        continue;
      }
      if (d == 0xA1) {  // ء
        ++i;
        continue;
      }
    }
    if (c == 0xDA && i + 1 < n && p[i + 1] == 0xAF) {  // گ -> ك
      o[m++] = '\xD9';
      o[m++] = '\x83';
      ++i;
      continue;
    }
    o[m++] = static_cast<char>(c);
  }
  out->resize(start + m);
}

// Apostrophe-like marks inside transliterations: ' ` ´ ‘ ’ ʻ ʼ ʽ ʾ ʿ.
size_t ApostropheLength(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == '\'' || c == '`') return 1;
  if (i + 1 >= s.size()) return 0;
  unsigned char d = s[i + 1];
  if (c == 0xC2 && d == 0xB4) return 2;                       // ´
  if (c == 0xCA && d >= 0xBB && d <= 0xBF) return 2;          // ʻ ʼ ʽ ʾ ʿ
  if (c == 0xE2 && i + 2 < s.size() && d == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99))
    return 3;                                                  // ‘ ’
  return 0;
}

// What a byte is to PlaceKey's split: most are letters, read in runs.
enum class ByteClass : uint8_t { kLetter, kSeparator, kHyphen, kDot, kMaybeApostrophe };
constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> t{};
  for (unsigned char c : {' ', '\t', ',', '(', ')', '"', ';'}) t[c] = ByteClass::kSeparator;
  for (unsigned char c : {'-', '_', '/'}) t[c] = ByteClass::kHyphen;
  t['.'] = ByteClass::kDot;
  // The first bytes of the marks ApostropheLength knows.
  for (unsigned char c : {'\'', '`', '\xC2', '\xCA', '\xE2'}) t[c] = ByteClass::kMaybeApostrophe;
  return t;
}();

}  // namespace

std::string PlaceKey(std::string_view in) {
  // The name's letters (apostrophes and dots dropped) in parts: words split
  // at spaces and punctuation, parts of a word at hyphens; separators in a
  // row count as one, and empty words and parts are none. Kept per thread
  // and reused: PlaceKey allocates nothing but its result.
  struct Part {
    uint32_t begin, end;  // in `letters`
    uint32_t word;
  };
  thread_local std::string tl_letters;
  thread_local std::vector<Part> tl_parts;
  std::string& letters = tl_letters;
  std::vector<Part>& parts = tl_parts;
  if (letters.capacity() > (1u << 16)) {  // keep nothing of a one-off long input
    std::string().swap(letters);
    std::vector<Part>().swap(parts);
  }
  letters.clear();
  parts.clear();
  uint32_t word = 0;
  bool new_part = true;  // the next letter starts a part
  for (size_t i = 0; i < in.size();) {
    ByteClass cls = kByteClass[static_cast<unsigned char>(in[i])];
    if (cls == ByteClass::kMaybeApostrophe) {
      if (size_t ap = ApostropheLength(in, i)) {
        i += ap;
        continue;
      }
      cls = ByteClass::kLetter;
    }
    if (cls == ByteClass::kSeparator) {
      if (!parts.empty() && parts.back().word == word) ++word;
      new_part = true;
      ++i;
    } else if (cls == ByteClass::kHyphen) {
      new_part = true;
      ++i;
    } else if (cls == ByteClass::kDot) {  // U.S. = US, St. = St
      ++i;
    } else {
      // A run of letters goes in at once.
      size_t j = i + 1;
      while (j < in.size() && kByteClass[static_cast<unsigned char>(in[j])] == ByteClass::kLetter) ++j;
      if (new_part) parts.push_back({static_cast<uint32_t>(letters.size()), 0, word});
      new_part = false;
      letters.append(in.data() + i, j - i);
      parts.back().end = static_cast<uint32_t>(letters.size());
      i = j;
    }
  }
  // Articles dropped: a Latin article hyphened to the part after it
  // (al-Bab), and a Latin article standing as a word of its own (see
  // IsStrongArticle). A name that is only articles is kept as written.
  const uint32_t n_words = parts.empty() ? 0 : parts.back().word + 1;
  auto dropped = [&](size_t k) {
    std::string_view part = std::string_view(letters).substr(parts[k].begin, parts[k].end - parts[k].begin);
    if (IsArabicLead(static_cast<unsigned char>(part[0]))) return false;
    const uint32_t w = parts[k].word;
    const bool word_begins = k == 0 || parts[k - 1].word != w;
    const bool word_ends = k + 1 == parts.size() || parts[k + 1].word != w;
    if (!word_ends) return IsArticle(part);
    if (!word_begins || n_words < 2) return false;
    return IsStrongArticle(part) || (w != 0 && w + 1 != n_words && IsArticle(part));
  };
  bool keep_all = true;
  for (size_t k = 0; k < parts.size() && keep_all; ++k) keep_all = dropped(k);
  std::string out;
  out.reserve(letters.size() + parts.size());
  for (size_t k = 0; k < parts.size(); ++k) {
    if (!keep_all && dropped(k)) continue;
    std::string_view part = std::string_view(letters).substr(parts[k].begin, parts[k].end - parts[k].begin);
    const size_t mark = out.size();
    if (!out.empty()) out.push_back(' ');
    const size_t start = out.size();
    if (IsArabicLead(static_cast<unsigned char>(part[0]))) AppendArabicWord(part, &out);
    else AppendLatinWord(PrefixSpelling(part), &out);
    if (out.size() == start) out.resize(mark);  // folded to nothing
  }
  return out;
}

}  // namespace marsad
