#include "text/sentences.h"

#include "text/metadata.h"
#include "text/normalize.h"
#include "util/tsv.h"

namespace marsad {

namespace {

bool IsTerminal(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "\xD8\x9F" /* ؟ */ || t == "\xE2\x80\xA6" /* … */ ||
         (t.size() > 1 && t.find_first_not_of('.') == std::string_view::npos);
}

bool IsLowerLatin(const Doc& doc, uint32_t i) {
  if (doc.tokens[i].script != Script::kLatin) return false;
  // norm() is lower-cased; the original tells the case.
  std::string_view orig = doc.OriginalText(doc.tokens[i].span);
  return !orig.empty() && orig[0] >= 'a' && orig[0] <= 'z';
}

}  // namespace

bool IsClosingMark(std::string_view t) {
  return t == "\"" || t == "'" || t == ")" || t == "]" || t == "\xE2\x80\x9D" /* ” */ ||
         t == "\xC2\xBB" /* » */ || t == "\xE2\x80\x99" /* ’ */ || t == "\xE2\x80\xBA" /* › */;
}

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const std::string& data_dir) {
  auto splitter = std::make_unique<SentenceSplitter>();
  for (const char* lang : {"ar", "en"}) {
    auto file = ReadTsv(data_dir + "/" + lang + "/abbreviations.tsv", "abbreviations", {"abbreviation"});
    if (!file.ok()) return file.status();
    int col = file->Column("abbreviation");
    for (const auto& row : file->rows) {
      std::string a = NormalizeKey(row.fields[col]);
      while (!a.empty() && a.back() == '.') a.pop_back();
      if (a.empty()) return file->Error(row, "empty abbreviation");
      splitter->abbreviations_.insert(std::move(a));
    }
  }
  return splitter;
}

// Token i is terminal punctuation inside [.., end): does it end the sentence?
bool SentenceSplitter::EndsSentence(const Doc& doc, uint32_t i, uint32_t end) const {
  std::string_view t = doc.TokenText(i);
  if (t != ".") return true;
  const auto& tok = doc.tokens;
  if (i > 0 && !tok[i].space_before && tok[i - 1].kind == TokenKind::kWord) {
    std::string_view prev = doc.TokenText(i - 1);
    if (abbreviations_.count(std::string(prev))) return false;
    if (tok[i - 1].script == Script::kLatin && prev.size() == 1) return false;  // initials, U.S.
  }
  if (i + 1 < end) {
    if (!tok[i + 1].space_before && tok[i + 1].kind != TokenKind::kPunct) return false;  // x.y
    if (IsLowerLatin(doc, i + 1)) return false;
  }
  return true;
}

Status SentenceSplitter::Run(Doc& doc) const {
  doc.sentences.clear();
  doc.paragraphs.clear();
  const auto& tok = doc.tokens;
  const uint32_t n = static_cast<uint32_t>(tok.size());
  uint32_t i = 0;
  while (i < n) {
    if (InMetadata(doc, i)) {
      ++i;
      continue;
    }
    // A paragraph runs to the next newline or metadata token.
    uint32_t p_end = i + 1;
    while (p_end < n && tok[p_end].breaks_before == 0 && !InMetadata(doc, p_end)) ++p_end;
    uint32_t para = static_cast<uint32_t>(doc.paragraphs.size());
    doc.paragraphs.push_back(Paragraph{doc.SpanOf(TokenRange{i, p_end}), TokenRange{i, p_end}});
    uint32_t s_begin = i;
    for (uint32_t j = i; j < p_end; ++j) {
      if (tok[j].kind != TokenKind::kPunct || !IsTerminal(doc.TokenText(j))) continue;
      // Absorb a run of terminal marks and the closing marks after it.
      uint32_t k = j + 1;
      while (k < p_end && tok[k].kind == TokenKind::kPunct &&
             (IsTerminal(doc.TokenText(k)) || IsClosingMark(doc.TokenText(k))))
        ++k;
      if (!EndsSentence(doc, j, p_end)) continue;
      doc.sentences.push_back(Sentence{doc.SpanOf(TokenRange{s_begin, k}), TokenRange{s_begin, k}, para});
      s_begin = k;
      j = k - 1;
    }
    if (s_begin < p_end)
      doc.sentences.push_back(
          Sentence{doc.SpanOf(TokenRange{s_begin, p_end}), TokenRange{s_begin, p_end}, para});
    i = p_end;
  }
  return Status::OK();
}

}  // namespace marsad
