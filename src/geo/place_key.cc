// PlaceKey: the folds that make the spellings people write of one place name
// meet in one key. doc/gazetteer.md lists every fold with an example; keep
// the two in step (and bump kPlaceKeyVersion in gazetteer.cc when a fold
// changes, so files with stored keys are re-keyed on load).
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
  static constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
      {"bent", "bint"}, {"deir", "dayr"}, {"dair", "dayr"}, {"beit", "bayt"}, {"bait", "bayt"},
      {"ein", "ayn"},   {"ain", "ayn"},   {"kfar", "kafr"}, {"kefr", "kafr"}, {"tel", "tal"},
      {"tell", "tal"}};
  for (const auto& [from, to] : kPrefixes)
    if (w == from) return to;
  return w;
}

// Folds one Latin word (lower-case ASCII, accents already stripped).
std::string FoldLatinWord(std::string_view w) {
  std::string s;
  s.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char n = i + 1 < w.size() ? w[i + 1] : '\0';
    if (c == 'd' && n == 'j') continue;                 // Djerba -> jerba
    if (c == 'd' && n == 'h') { s.push_back('d'); ++i; continue; }  // Dhuhur -> duhur
    if (c == 'o' && (n == 'u' || n == 'o')) { s.push_back('u'); ++i; continue; }  // Douhour
    if (c == 'e' && n == 'e') { s.push_back('i'); ++i; continue; }  // Deeb = Dib
    s.push_back(c == 'q' ? 'k' : c);                    // Qamishli = Kamishli
  }
  // Doubled letters: Raqqa = Raqa, Aleppo = Alepo, Daraa = Dara.
  std::string t;
  t.reserve(s.size());
  for (char c : s)
    if (t.empty() || t.back() != c || !(c >= 'a' && c <= 'z')) t.push_back(c);
  // Final -ah/-eh: Hamah = Hama, Hasakeh = Hasakah = Hasaka.
  if (t.size() > 3 && t.back() == 'h' && (t[t.size() - 2] == 'a' || t[t.size() - 2] == 'e')) {
    t.pop_back();
    t.back() = 'a';
  }
  // Final consonant + y: Qamishly = Qamishli.
  if (t.size() > 3 && t.back() == 'y' && !IsVowel(t[t.size() - 2])) t.back() = 'i';
  return t;
}

// Folds one Arabic-script word: article dropped, ظ -> ض, lone hamza dropped.
std::string FoldArabicWord(std::string_view w) {
  // "ال" is D8 A7 D9 84; keep it when fewer than two letters would remain.
  if (w.size() >= 8 && w.substr(0, 4) == "\xD8\xA7\xD9\x84") w.remove_prefix(4);
  std::string s;
  s.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = w[i];
    if (c == 0xD8 && i + 1 < w.size()) {
      unsigned char d = w[i + 1];
      if (d == 0xB8) { s += "\xD8\xB6"; ++i; continue; }  // ظ -> ض
      if (d == 0xA1) { ++i; continue; }                   // ء
    }
    s.push_back(static_cast<char>(c));
  }
  return s;
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

}  // namespace

std::string PlaceKey(std::string_view in) {
  // Words (split on spaces), each a list of hyphen-joined parts.
  std::vector<std::vector<std::string>> words(1);
  words.back().emplace_back();
  for (size_t i = 0; i < in.size();) {
    size_t ap = ApostropheLength(in, i);
    if (ap) { i += ap; continue; }
    char c = in[i];
    if (c == ' ' || c == '\t' || c == ',' || c == '(' || c == ')' || c == '"' || c == ';') {
      if (!words.back().back().empty() || words.back().size() > 1) {
        words.emplace_back();
        words.back().emplace_back();
      }
      ++i;
      continue;
    }
    if (c == '-' || c == '_' || c == '/') {
      if (!words.back().back().empty()) words.back().emplace_back();
      ++i;
      continue;
    }
    if (c == '.') { ++i; continue; }  // U.S. = US, St. = St
    words.back().back().push_back(c);
    ++i;
  }
  // Flatten, dropping the articles.
  std::vector<std::string_view> kept;
  size_t n_words = 0;
  for (auto& parts : words) {
    while (!parts.empty() && parts.back().empty()) parts.pop_back();
    if (!parts.empty()) ++n_words;
  }
  size_t w_index = 0;
  for (auto& parts : words) {
    if (parts.empty()) continue;
    bool first = w_index == 0, last = w_index + 1 == n_words;
    ++w_index;
    for (size_t p = 0; p < parts.size(); ++p) {
      std::string_view part = parts[p];
      if (part.empty()) continue;
      bool latin = !IsArabicLead(static_cast<unsigned char>(part[0]));
      if (latin && parts.size() > 1 && p + 1 < parts.size() && IsArticle(part)) continue;  // al-Bab
      if (latin && parts.size() == 1 && n_words > 1 &&
          (IsStrongArticle(part) || (!first && !last && IsArticle(part))))
        continue;
      kept.push_back(part);
    }
  }
  std::string out;
  if (kept.empty()) {  // the name is only an article: keep it as written
    for (auto& parts : words)
      for (auto& p : parts)
        if (!p.empty()) kept.push_back(p);
  }
  for (std::string_view part : kept) {
    std::string folded = IsArabicLead(static_cast<unsigned char>(part[0])) ? FoldArabicWord(part)
                                                                           : FoldLatinWord(PrefixSpelling(part));
    if (folded.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += folded;
  }
  return out;
}

}  // namespace marsad
