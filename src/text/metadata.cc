#include "text/metadata.h"

#include <algorithm>

namespace marsad {

namespace {
bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

Status MetadataReader::Run(Doc& doc) const {
  doc.metadata.clear();
  const auto& t = doc.tokens;
  // Header: "date" [":"] YYYY ["-" MM ["-" DD]] as the first tokens.
  if (t.size() >= 2 && doc.TokenText(0) == "date") {
    size_t i = 1;
    if (i < t.size() && doc.TokenText(i) == ":") ++i;
    size_t first = i;
    std::string value;
    for (int part = 0; part < 3 && i < t.size(); ++part) {
      if (part > 0) {
        if (i + 1 >= t.size() || doc.TokenText(i) != "-" || t[i].space_before ||
            t[i + 1].space_before || !IsDigits(doc.TokenText(i + 1)))
          break;
        value += "-";
        ++i;
      }
      std::string_view digits = doc.TokenText(i);
      if (!IsDigits(digits) || digits.size() != (part == 0 ? 4u : 2u)) break;
      value += digits;
      ++i;
    }
    if (i > first && value.size() >= 4) {
      doc.metadata.push_back(Metadata{Metadata::Kind::kHeaderDate,
                                      Span{t[0].span.begin, t[i - 1].span.end}, value});
    }
  }
  // Source URLs: URL tokens that end the text (after the last sentence).
  for (size_t i = t.size(); i-- > 0;) {
    if (t[i].kind != TokenKind::kUrl) break;
    doc.metadata.push_back(
        Metadata{Metadata::Kind::kSourceUrl, t[i].span, std::string(doc.OriginalText(t[i].span))});
  }
  return Status::OK();
}

bool InMetadata(const Doc& doc, uint32_t token) {
  const Span& s = doc.tokens[token].span;
  for (const auto& m : doc.metadata)
    if (m.span.Contains(s)) return true;
  return false;
}

}  // namespace marsad
