#include "text/quotes.h"

#include "text/sentences.h"

namespace marsad {

namespace {

// Quotation marks, by what they can do.
enum class Mark { kNone, kOpen, kClose, kEither };

struct MarkInfo {
  Mark role;
  std::string_view closes_with[2];  // for openers
};

MarkInfo Classify(std::string_view t) {
  if (t == "\xC2\xAB") return {Mark::kOpen, {"\xC2\xBB", ""}};                      // « »
  if (t == "\xC2\xBB") return {Mark::kClose, {}};
  if (t == "\xE2\x80\x9C") return {Mark::kOpen, {"\xE2\x80\x9D", "\xE2\x80\x9C"}};  // “ ” (or “ “)
  if (t == "\xE2\x80\x9D") return {Mark::kClose, {}};
  if (t == "\xE2\x80\x9E") return {Mark::kOpen, {"\xE2\x80\x9C", "\xE2\x80\x9D"}};  // „
  if (t == "\xE2\x80\xB9") return {Mark::kOpen, {"\xE2\x80\xBA", ""}};              // ‹ ›
  if (t == "\xE2\x80\xBA") return {Mark::kClose, {}};
  if (t == "\xE2\x80\x98") return {Mark::kOpen, {"\xE2\x80\x99", ""}};              // ‘ ’
  if (t == "\xE2\x80\x99") return {Mark::kClose, {}};
  if (t == "\"") return {Mark::kEither, {"\"", ""}};
  if (t == "'") return {Mark::kEither, {"'", ""}};
  return {Mark::kNone, {}};
}

bool IsSingle(std::string_view t) { return t == "'" || t == "\xE2\x80\x98" || t == "\xE2\x80\x99"; }

}  // namespace

bool IsQuotationMark(std::string_view t) {
  return t == "\"" || t == "\xC2\xAB" || t == "\xC2\xBB" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" ||
         t == "'" || t == "\xE2\x80\x98" || t == "\xE2\x80\x99";
}

Status QuoteFinder::Run(Doc& doc) const {
  doc.quotes.clear();
  const auto& tok = doc.tokens;
  auto sentence_start = [&](uint32_t i) {
    // Sentences are few per paragraph; a linear scan from the paragraph is cheap.
    for (const auto& s : doc.sentences)
      if (s.tokens.begin <= i && i < s.tokens.end) return s.tokens.begin;
    return i;
  };
  for (const auto& para : doc.paragraphs) {
    const uint32_t end = para.tokens.end;
    for (uint32_t i = para.tokens.begin; i < end; ++i) {
      if (tok[i].kind != TokenKind::kPunct) continue;
      std::string_view mark = doc.TokenText(i);
      MarkInfo info = Classify(mark);
      if (info.role != Mark::kOpen && info.role != Mark::kEither) continue;
      bool glued_left = i > para.tokens.begin && !tok[i].space_before && tok[i - 1].kind == TokenKind::kWord;
      bool glued_right = i + 1 < end && !tok[i + 1].space_before;
      // An apostrophe inside or after a word ("don't", "Qur'an", "soldiers'") is no quote.
      if (IsSingle(mark) && glued_left) continue;
      // An ambiguous mark opens only where a quote can start: not glued to
      // the word before it, and followed by text.
      if (info.role == Mark::kEither && (glued_left || !glued_right)) continue;
      // Find the closing mark in this paragraph.
      uint32_t close = end;
      for (uint32_t j = i + 1; j < end; ++j) {
        if (tok[j].kind != TokenKind::kPunct) continue;
        std::string_view t = doc.TokenText(j);
        if (t != info.closes_with[0] && (info.closes_with[1].empty() || t != info.closes_with[1])) continue;
        if (IsSingle(t) && j + 1 < end && !tok[j + 1].space_before && tok[j + 1].kind == TokenKind::kWord)
          continue;  // an apostrophe inside the quote
        close = j;
        break;
      }
      Quote q;
      q.after_colon = i > para.tokens.begin && doc.TokenText(i - 1) == ":";
      q.closed = close < end;
      if (!q.closed && info.role == Mark::kEither && !q.after_colon) {
        doc.warnings.push_back("[W020] unmatched quotation mark at byte " +
                               std::to_string(doc.ToOriginal(tok[i].span).begin) + " left unquoted");
        continue;
      }
      q.tokens = TokenRange{i + 1, close};
      q.span = q.tokens.empty() ? Span{tok[i].span.end, tok[i].span.end} : doc.SpanOf(q.tokens);
      q.outer = Span{tok[i].span.begin, q.closed ? tok[close].span.end : q.span.end};
      uint32_t intro_end = q.after_colon ? i - 1 : i;
      q.intro = TokenRange{sentence_start(i), intro_end};
      if (q.intro.begin > q.intro.end) q.intro = TokenRange{intro_end, intro_end};
      doc.quotes.push_back(q);
      i = q.closed ? close : end;
    }
  }
  return Status::OK();
}

}  // namespace marsad
