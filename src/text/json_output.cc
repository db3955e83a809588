#include "text/json_output.h"

#include "text/reference_time.h"
#include "util/civil_time.h"

namespace marsad {

using nlohmann::json;

const char* ToString(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
  }
  return "?";
}
const char* ToString(Script s) {
  switch (s) {
    case Script::kNone: return "none";
    case Script::kArabic: return "arabic";
    case Script::kLatin: return "latin";
    case Script::kOther: return "other";
  }
  return "?";
}
const char* ToString(Piece p) {
  switch (p) {
    case Piece::kWhole: return "whole";
    case Piece::kProclitic: return "proclitic";
    case Piece::kStem: return "stem";
    case Piece::kEnclitic: return "enclitic";
  }
  return "?";
}
const char* ToString(DatePrecision p) {
  switch (p) {
    case DatePrecision::kSecond: return "second";
    case DatePrecision::kMinute: return "minute";
    case DatePrecision::kHour: return "hour";
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "?";
}
const char* ToString(DateBasis b) {
  switch (b) {
    case DateBasis::kText: return "text";
    case DateBasis::kPublished: return "published";
    case DateBasis::kNone: return "none";
  }
  return "?";
}
const char* ToString(ReferenceTime::Basis b) {
  switch (b) {
    case ReferenceTime::Basis::kXStatusId: return "x_status_id";
    case ReferenceTime::Basis::kFeed: return "feed";
    case ReferenceTime::Basis::kHeader: return "header";
    case ReferenceTime::Basis::kHttp: return "http";
    case ReferenceTime::Basis::kText: return "text";
    case ReferenceTime::Basis::kGiven: return "given";
  }
  return "?";
}

json SpanJson(const Doc& doc, Span norm_span) {
  Span o = doc.ToOriginal(norm_span);
  return json::array({o.begin, o.end});
}

namespace {
json Text(const Doc& doc, Span s) { return std::string(doc.OriginalText(s)); }

// Whole figures print as integers (300, not 300.0).
json Figure(double v) {
  // The range test comes first: casting a double outside int64 is undefined.
  if (v > -9e15 && v < 9e15 && v == static_cast<double>(static_cast<int64_t>(v)))
    return json(static_cast<int64_t>(v));
  return json(v);
}

}  // namespace

json AnalyzeJson(const Doc& doc) {
  json out;
  out["lang"] = doc.lang;
  out["bytes"] = doc.original().size();
  if (doc.reference_time) {
    const auto& r = *doc.reference_time;
    json ref = {{"value", FormatReferenceTime(r)},
                {"precision", ToString(r.precision)},
                {"basis", ToString(r.basis)}};
    if (!r.source.empty()) ref["span"] = SpanJson(doc, r.source);
    out["reference_time"] = ref;
  } else {
    out["reference_time"] = nullptr;
  }
  json tokens = json::array();
  for (const auto& t : doc.tokens) {
    json j = {{"text", Text(doc, t.span)}, {"norm", std::string(doc.norm(t.span))},
              {"span", SpanJson(doc, t.span)}, {"kind", ToString(t.kind)}};
    if (t.piece != Piece::kWhole) j["piece"] = ToString(t.piece);
    tokens.push_back(std::move(j));
  }
  out["tokens"] = std::move(tokens);
  json sentences = json::array();
  for (const auto& s : doc.sentences)
    sentences.push_back({{"span", SpanJson(doc, s.span)}, {"tokens", {s.tokens.begin, s.tokens.end}},
                         {"paragraph", s.paragraph}, {"text", Text(doc, s.span)}});
  out["sentences"] = std::move(sentences);
  json quotes = json::array();
  for (const auto& q : doc.quotes) {
    json j = {{"text", Text(doc, q.span)}, {"span", SpanJson(doc, q.span)},
              {"outer_span", SpanJson(doc, q.outer)}, {"closed", q.closed},
              {"after_colon", q.after_colon}};
    if (!q.intro.empty()) {
      Span is = doc.SpanOf(q.intro);
      j["intro"] = {{"text", Text(doc, is)}, {"span", SpanJson(doc, is)}};
    }
    quotes.push_back(std::move(j));
  }
  out["quotes"] = std::move(quotes);
  json numbers = json::array();
  for (const auto& n : doc.numbers) {
    json j = {{"text", Text(doc, n.span)}, {"span", SpanJson(doc, n.span)},
              {"kind", n.kind == NumberMention::Kind::kPercent ? "percent" : "cardinal"},
              {"approx", n.approx}};
    if (n.vague) j["vague"] = true;
    if (n.value) j["value"] = Figure(*n.value);
    if (n.low || n.high) {
      j["low"] = n.low ? Figure(*n.low) : json(nullptr);
      j["high"] = n.high ? Figure(*n.high) : json(nullptr);
    }
    if (!n.unit_span.empty()) {
      j["unit"] = n.unit;
      j["unit_text"] = Text(doc, n.unit_span);
      j["unit_span"] = SpanJson(doc, n.unit_span);
    } else {
      j["unit"] = nullptr;
    }
    numbers.push_back(std::move(j));
  }
  out["numbers"] = std::move(numbers);
  json dates = json::array();
  for (const auto& d : doc.dates) {
    json j = {{"text", Text(doc, d.span)}, {"span", SpanJson(doc, d.span)},
              {"value", d.resolved ? json(d.value) : json(nullptr)},
              {"precision", ToString(d.precision)}, {"basis", ToString(d.basis)},
              {"relative", d.relative}, {"resolved", d.resolved}};
    if (!d.end.empty()) j["end"] = d.end;
    if (d.since) j["since"] = true;
    if (!d.part_of_day.empty()) j["part_of_day"] = d.part_of_day;
    if (d.hijri) j["hijri"] = true;
    if (d.anaphoric) j["anaphor_days"] = d.anaphor_days;
    dates.push_back(std::move(j));
  }
  out["dates"] = std::move(dates);
  // --- places (geoparser; fields of the location object of RECORDS.md) ---
  json places = json::array();
  for (const auto& p : doc.places) {
    json j = {{"text", Text(doc, p.span)}, {"span", SpanJson(doc, p.span)}, {"resolved", p.resolved}};
    if (p.resolved) {
      const Location& l = p.location;
      j["name"] = l.name;
      j["name_ar"] = l.name_ar.empty() ? json(nullptr) : json(l.name_ar);
      if (l.geonames_id != 0) j["geonames_id"] = l.geonames_id;
      if (!l.pcode.empty()) j["pcode"] = l.pcode;
      j["lat"] = l.lat;
      j["lon"] = l.lon;
      j["country"] = l.country.empty() ? json(nullptr) : json(l.country);
      j["admin1"] = l.admin1.empty() ? json(nullptr) : json(l.admin1);
      j["admin2"] = l.admin2.empty() ? json(nullptr) : json(l.admin2);
      j["feature_code"] = l.feature_code;
    }
    j["geo_precision"] = p.geo_precision;
    j["relation"] = p.relation;
    if (!p.relation_span.empty())
      j["relation_span"] = {{"text", Text(doc, p.relation_span)}, {"span", SpanJson(doc, p.relation_span)}};
    if (p.parent >= 0 && static_cast<size_t>(p.parent) < doc.places.size()) {
      j["parent"] = p.parent;
      j["parent_text"] = Text(doc, doc.places[p.parent].span);
    }
    else if (!p.resolved) j["parent"] = nullptr;
    j["reason"] = p.reason;
    places.push_back(std::move(j));
  }
  out["places"] = std::move(places);
  // --- end places ---
  json meta = json::array();
  for (const auto& m : doc.metadata)
    meta.push_back({{"kind", m.kind == Metadata::Kind::kHeaderDate ? "header_date" : "source_url"},
                    {"value", m.value}, {"span", SpanJson(doc, m.span)}});
  out["metadata"] = std::move(meta);
  out["warnings"] = doc.warnings;
  return out;
}

}  // namespace marsad
