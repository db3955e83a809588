#include "text/tokenize.h"

#include <unicode/uchar.h>

#include "util/utf8.h"

namespace marsad {

namespace {

enum class CharClass : uint8_t { kSpace, kNewline, kArabic, kLatin, kOtherLetter, kDigit, kOther };

inline CharClass Classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::kNewline;
    if (cp == ' ' || cp == '\t') return CharClass::kSpace;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLatin;
    return CharClass::kOther;
  }
  if (utf8::IsArabicLetter(cp)) return CharClass::kArabic;
  if (cp == 0xFFFD) return CharClass::kOther;
  if (u_isalpha(cp)) return cp < 0x0250 ? CharClass::kLatin : CharClass::kOtherLetter;
  if (u_isdigit(cp)) return CharClass::kDigit;
  return CharClass::kOther;
}

bool IsNumberSeparator(char32_t cp) { return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C; }

bool StartsUrl(std::string_view s, size_t i) {
  std::string_view r = s.substr(i);
  return r.starts_with("http://") || r.starts_with("https://") || r.starts_with("www.");
}

}  // namespace

Result<std::unique_ptr<Tokenizer>> Tokenizer::Create(const std::string& data_dir) {
  auto seg = CliticSegmenter::Load(data_dir);
  if (!seg.ok()) return seg.status();
  return std::make_unique<Tokenizer>(std::shared_ptr<CliticSegmenter>(std::move(seg).value()));
}

Status Tokenizer::Run(Doc& doc) const {
  const std::string& s = doc.norm();
  auto& tokens = doc.tokens;
  tokens.clear();
  tokens.reserve(s.size() / 5 + 4);
  const size_t n = s.size();
  size_t i = 0;
  bool space_before = true;
  unsigned breaks = 0;
  uint32_t word = 0;
  size_t arabic_letters = 0, latin_letters = 0;
  auto push = [&](size_t b, size_t e, TokenKind kind, Script script) {
    if (space_before && !tokens.empty()) ++word;
    // Written in place, field by field: building a Token on the stack and
    // copying it stalls on store forwarding (the copy reads 16 bytes that
    // were just written as 1- and 2-byte pieces).
    Token& t = tokens.emplace_back();
    t.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    t.kind = kind;
    t.script = script;
    t.space_before = space_before;
    t.breaks_before = static_cast<uint8_t>(breaks > 255 ? 255 : breaks);
    t.word = word;
    space_before = false;
    breaks = 0;
  };
  while (i < n) {
    int len;
    char32_t cp = utf8::Decode(s, i, &len);
    CharClass cls = Classify(cp);
    if (cls == CharClass::kSpace || cls == CharClass::kNewline) {
      if (cls == CharClass::kNewline) ++breaks;
      space_before = true;
      i += len;
      continue;
    }
    size_t start = i;
    if (cls == CharClass::kLatin && StartsUrl(s, i)) {
      size_t e = i;
      while (e < n && s[e] != ' ' && s[e] != '\n' && s[e] != '\t') ++e;
      // Trailing sentence punctuation is not part of the URL.
      while (e > i && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ')' || s[e - 1] == '"' ||
                       s[e - 1] == '\''))
        --e;
      push(i, e, TokenKind::kUrl, Script::kLatin);
      i = e;
      continue;
    }
    i += len;
    switch (cls) {
      case CharClass::kArabic: {
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        while (i < n) {
          // Fast path: two-byte letters U+0621-U+064A (lead bytes D8/D9).
          if (i + 1 < n && (u[i] == 0xD8 || u[i] == 0xD9)) {
            char32_t c = ((u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F);
            if (c >= 0x0621 && c <= 0x064A) {
              i += 2;
              ++arabic_letters;
              continue;
            }
          }
          char32_t c = utf8::Decode(s, i, &len);
          if (Classify(c) != CharClass::kArabic) break;
          i += len;
          ++arabic_letters;
        }
        ++arabic_letters;
        // Normalisation folds ة into ه; the original tells them apart.
        bool ta_marbuta = false;
        if (i - start >= 2 && s[i - 2] == '\xD9' && s[i - 1] == '\x87') {
          std::string_view orig = std::string_view(doc.original()).substr(doc.OriginalOffset(static_cast<uint32_t>(i - 2)));
          ta_marbuta = orig.starts_with("\xD8\xA9") || orig.starts_with("\xEF\xBA\x93") ||
                       orig.starts_with("\xEF\xBA\x94");
        }
        Segmentation seg = segmenter_->Segment(std::string_view(s).substr(start, i - start), ta_marbuta);
        size_t pos = start;
        for (int k = 0; k < seg.proclitic_count; ++k) {
          size_t p = seg.proclitics[k];
          push(pos, pos + p, TokenKind::kWord, Script::kArabic);
          tokens.back().piece = Piece::kProclitic;
          pos += p;
        }
        size_t stem_end = i - seg.enclitic;
        push(pos, stem_end, TokenKind::kWord, Script::kArabic);
        if (seg.proclitic_count || seg.enclitic) tokens.back().piece = Piece::kStem;
        if (seg.enclitic) {
          push(stem_end, i, TokenKind::kWord, Script::kArabic);
          tokens.back().piece = Piece::kEnclitic;
        }
        break;
      }
      case CharClass::kLatin:
      case CharClass::kOtherLetter: {
        // Latin words keep trailing digits ("t4", "f16").
        while (i < n) {
          char32_t c = utf8::Decode(s, i, &len);
          CharClass k = Classify(c);
          if (k != cls && !(cls == CharClass::kLatin && k == CharClass::kDigit)) break;
          i += len;
          if (cls == CharClass::kLatin) ++latin_letters;
        }
        if (cls == CharClass::kLatin) ++latin_letters;
        push(start, i, TokenKind::kWord, cls == CharClass::kLatin ? Script::kLatin : Script::kOther);
        break;
      }
      case CharClass::kDigit: {
        // Digits with inner separators: 1,200  3.5  12٬500  2٫5
        while (i < n) {
          char32_t c = utf8::Decode(s, i, &len);
          if (Classify(c) == CharClass::kDigit) { i += len; continue; }
          if (IsNumberSeparator(c) && i + len < n) {
            int l2;
            char32_t d = utf8::Decode(s, i + len, &l2);
            if (Classify(d) == CharClass::kDigit) { i += len + l2; continue; }
          }
          break;
        }
        push(start, i, TokenKind::kNumber, Script::kNone);
        break;
      }
      default: {
        if (cp == '.') {
          while (i < n && s[i] == '.') ++i;  // "..." is one token
        }
        bool symbol = cp == '%' || cp == '$' || cp == '#' || cp == '@' || cp == '&' || cp == '+' ||
                      cp == '=' || cp == '*' || cp == '/' || cp == '\\' || cp == '<' || cp == '>' ||
                      cp == '|' || cp == '~' || cp == '^' || cp == 0xFFFD ||
                      (cp >= 0x80 && !u_ispunct(cp));
        push(start, i, symbol ? TokenKind::kSymbol : TokenKind::kPunct, Script::kNone);
        break;
      }
    }
  }
  if (arabic_letters == 0 && latin_letters == 0) doc.lang = "und";
  else doc.lang = arabic_letters >= latin_letters ? "ar" : "en";
  return Status::OK();
}

}  // namespace marsad
