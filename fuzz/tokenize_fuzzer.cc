// Fuzz target for the tokenizer (src/text/tokenize.h).
//
// Oracles, each a __builtin_trap() when broken:
//   - tokens are non-empty, in increasing order, do not overlap, and tile the
//     non-space bytes of norm(): every byte outside a token is ' ', '\t' or
//     '\n', and no token contains one of those;
//   - space_before is set exactly when whitespace (or the text start) comes
//     before the token, and `word` counts whitespace-delimited words;
//   - clitic pieces (proclitic*, stem, enclitic?) are Arabic words that abut
//     each other inside one whitespace word, with exactly one stem;
//   - doc.lang is "ar", "en" or "und".
// The tokenizer is built once from marsad::DefaultDataDir().
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "marsad/doc.h"
#include "marsad/pipeline.h"
#include "text/tokenize.h"

namespace {

constexpr size_t kMaxInput = 64 * 1024;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

const marsad::Tokenizer& GetTokenizer() {
  static const marsad::Tokenizer* tokenizer = [] {
    auto r = marsad::Tokenizer::Create(marsad::DefaultDataDir());
    if (!r.ok()) {
      std::fprintf(stderr, "tokenize_fuzzer: %s\n", r.status().message().c_str());
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *tokenizer;
}

// Checks the clitic pieces [b, e), a maximal run of non-kWhole tokens: one
// segmented Arabic word, proclitics then one stem then at most one enclitic,
// abutting each other inside one whitespace word.
void CheckPieces(const marsad::Doc& doc, size_t b, size_t e) {
  using marsad::Piece;
  const auto& t = doc.tokens;
  size_t i = b;
  while (i < e && t[i].piece == Piece::kProclitic) ++i;
  Check(i < e && t[i].piece == Piece::kStem);
  ++i;
  if (i < e && t[i].piece == Piece::kEnclitic) ++i;
  Check(i == e);
  for (size_t k = b; k < e; ++k) {
    Check(t[k].kind == marsad::TokenKind::kWord && t[k].script == marsad::Script::kArabic);
    if (k > b) Check(t[k - 1].span.end == t[k].span.begin && t[k - 1].word == t[k].word);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  marsad::Doc doc(std::string(reinterpret_cast<const char*>(data), size));
  Check(GetTokenizer().Run(doc).ok());
  const std::string& s = doc.norm();
  const auto& t = doc.tokens;

  Check(doc.lang == "ar" || doc.lang == "en" || doc.lang == "und");
  size_t pos = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    const marsad::Span& sp = t[i].span;
    Check(sp.begin < sp.end && sp.end <= s.size());
    Check(sp.begin >= pos);
    bool gap = sp.begin > pos || i == 0;
    for (size_t k = pos; k < sp.begin; ++k) Check(IsSpace(s[k]));
    for (size_t k = sp.begin; k < sp.end; ++k) Check(!IsSpace(s[k]));
    Check(t[i].space_before == gap);
    if (i == 0) {
      Check(t[i].word == 0);
    } else {
      Check(t[i].word == t[i - 1].word + (gap ? 1 : 0));
    }
    pos = sp.end;
  }
  for (size_t k = pos; k < s.size(); ++k) Check(IsSpace(s[k]));

  for (size_t b = 0; b < t.size();) {
    if (t[b].piece == marsad::Piece::kWhole) {
      ++b;
      continue;
    }
    // A run ends at a whole token or at whitespace: two Arabic words cannot
    // otherwise abut (their letters would form one word).
    size_t e = b + 1;
    while (e < t.size() && t[e].piece != marsad::Piece::kWhole && !t[e].space_before) ++e;
    CheckPieces(doc, b, e);
    b = e;
  }
  return 0;
}
