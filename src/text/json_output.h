// The JSON form of a Doc's text-layer annotations (doc/analyze-format.md), as
// printed by `marsad analyze`. Every span is converted to original() bytes.
#ifndef MARSAD_TEXT_JSON_OUTPUT_H_
#define MARSAD_TEXT_JSON_OUTPUT_H_

#include <nlohmann/json.hpp>

#include "marsad/doc.h"

namespace marsad {

nlohmann::json SpanJson(const Doc& doc, Span norm_span);
nlohmann::json AnalyzeJson(const Doc& doc);

const char* ToString(TokenKind k);
const char* ToString(Script s);
const char* ToString(Piece p);
const char* ToString(DatePrecision p);
const char* ToString(DateBasis b);
const char* ToString(ReferenceTime::Basis b);

}  // namespace marsad

#endif  // MARSAD_TEXT_JSON_OUTPUT_H_
