#include "extract/record_json.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "text/json_output.h"
#include "text/reference_time.h"
#include "util/civil_time.h"
#include "util/sha256.h"

namespace marsad {

using nlohmann::json;

namespace {

// Whole figures print as integers (300, not 300.0).
json Figure(std::optional<double> v) {
  if (!v) return nullptr;
  double d = *v;
  if (d == static_cast<double>(static_cast<int64_t>(d)) && d > -9e15 && d < 9e15) return static_cast<int64_t>(d);
  return d;
}

json Str(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Writes one record; keeps the warnings it finds on the way.
class Writer {
 public:
  explicit Writer(const Doc& doc) : doc_(doc) {}

  json Run(const RecordOptions& options);

 private:
  bool Valid(Span s) const { return s.begin <= s.end && s.end <= doc_.norm().size(); }
  // {"text", "span"} fields added to `j`; both null for an empty or bad span.
  void AddText(json& j, Span s) {
    if (s.empty() || !Valid(s)) {
      if (!s.empty()) Warn("a span outside the text was dropped");
      j["text"] = nullptr;
      j["span"] = nullptr;
      return;
    }
    j["text"] = std::string(doc_.OriginalText(s));
    j["span"] = SpanJson(doc_, s);
  }
  json TextObject(Span s) {
    json j = json::object();
    AddText(j, s);
    return j;
  }
  template <typename V>
  const typename V::value_type* At(const V& v, int64_t i, const char* what) {
    if (i < 0) return nullptr;
    if (static_cast<uint64_t>(i) >= v.size()) {
      Warn(std::string("an index into ") + what + " was out of range and was dropped");
      return nullptr;
    }
    return &v[static_cast<size_t>(i)];
  }
  void Warn(std::string w) {
    if (std::find(warnings_.begin(), warnings_.end(), w) == warnings_.end()) warnings_.push_back(std::move(w));
  }

  json DocJson(const RecordOptions& options);
  json EventJson(const Event& e, size_t n);
  json ArgumentJson(const EventArgument& a);
  json ActorFields(const ActorMention& a);
  json LocationJson(const PlaceMention& p);
  json TimeJson(const Event& e);
  json CasualtyJson(const std::optional<CasualtyFigure>& f, const std::optional<CasualtyFigure>* civilians,
                    bool cumulative);
  json QuantityJson(const NumberMention& n);
  json QuoteJson(size_t i);
  json Mentions();

  const Doc& doc_;
  std::string id_;
  std::vector<std::string> warnings_;
};

std::optional<CivilDay> ParseDay(std::string_view s) {
  if (s.size() < 4) return std::nullopt;
  auto num = [&](size_t at, size_t n) -> int {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  CivilDay d;
  d.year = num(0, 4);
  if (d.year < 0) return std::nullopt;
  if (s.size() >= 7) d.month = num(5, 2);
  if (s.size() >= 10) d.day = num(8, 2);
  if (d.month < 1 || d.day < 1 || !IsValidCivil(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

// RECORDS.md lists second|minute|day|month|year; an hour is kept as minute
// precision of a time whose minutes are zero, a week as day.
const char* PublishedPrecision(DatePrecision p) {
  switch (p) {
    case DatePrecision::kSecond: return "second";
    case DatePrecision::kMinute:
    case DatePrecision::kHour: return "minute";
    case DatePrecision::kDay:
    case DatePrecision::kWeek: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

}  // namespace

std::string DocumentId(const Doc& doc) { return Sha256Hex(doc.original()); }

json Writer::Run(const RecordOptions& options) {
  id_ = DocumentId(doc_);
  json out;
  out["doc"] = DocJson(options);
  json events = json::array();
  for (size_t i = 0; i < doc_.events.size(); ++i) events.push_back(EventJson(doc_.events[i], i + 1));
  out["events"] = std::move(events);
  json quotes = json::array();
  for (size_t i = 0; i < doc_.quotes.size(); ++i) quotes.push_back(QuoteJson(i));
  out["quotes"] = std::move(quotes);
  out["mentions"] = Mentions();
  json warnings = json::array();
  for (const auto& w : doc_.warnings) warnings.push_back(w);
  for (const auto& w : warnings_) warnings.push_back(w);
  out["warnings"] = std::move(warnings);
  return out;
}

json Writer::DocJson(const RecordOptions& options) {
  json d;
  d["id"] = id_;
  std::string url = doc_.given_url;
  for (const auto& m : doc_.metadata)
    if (url.empty() && m.kind == Metadata::Kind::kSourceUrl) url = m.value;
  d["source_url"] = Str(url);
  if (doc_.reference_time) {
    const ReferenceTime& r = *doc_.reference_time;
    d["published"] = {{"value", FormatReferenceTime(r)},
                      {"precision", PublishedPrecision(r.precision)},
                      {"basis", ToString(r.basis)}};
  } else {
    d["published"] = nullptr;
  }
  d["lang"] = doc_.lang;
  d["title"] = nullptr;
  d["input_id"] = options.input_id;
  return d;
}

json Writer::ActorFields(const ActorMention& a) {
  json j;
  j["name"] = Str(a.name);
  j["id"] = Str(a.id);
  j["acled_inter"] = Str(a.acled_inter);
  j["plover_sector"] = Str(a.plover_sector);
  j["country"] = Str(a.country);
  if (a.person) j["role"] = Str(a.role);
  return j;
}

json Writer::ArgumentJson(const EventArgument& a) {
  if (const ActorMention* m = At(doc_.actors, a.actor, "actors")) {
    json j = ActorFields(*m);
    AddText(j, m->span);
    j["implicit"] = a.implicit;
    return j;
  }
  if (!a.implicit) return nullptr;
  // An implicit actor has no words of its own; take its names from a mention
  // of the same actor elsewhere in the document when there is one.
  json j = {{"name", nullptr}, {"id", Str(a.implicit_id)}, {"acled_inter", nullptr},
            {"plover_sector", nullptr}, {"country", nullptr}};
  if (!a.identity.id.empty()) {
    j = ActorFields(a.identity);
  } else {
    for (const auto& m : doc_.actors)
      if (!a.implicit_id.empty() && m.id == a.implicit_id) {
        j = ActorFields(m);
        break;
      }
  }
  j["text"] = nullptr;
  j["span"] = nullptr;
  j["implicit"] = true;
  return j;
}

json Writer::LocationJson(const PlaceMention& p) {
  json j;
  const Location& l = p.location;
  if (p.resolved) {
    j["name"] = l.name;
    j["name_ar"] = Str(l.name_ar);
    j["geonames_id"] = l.geonames_id != 0 ? json(l.geonames_id) : json(nullptr);
    if (!l.pcode.empty()) j["pcode"] = l.pcode;
    j["lat"] = l.lat;
    j["lon"] = l.lon;
    j["country"] = Str(l.country);
    j["admin1"] = Str(l.admin1);
    j["admin2"] = Str(l.admin2);
    j["feature_code"] = Str(l.feature_code);
  } else {
    j["resolved"] = false;
    j["name"] = nullptr;
    const PlaceMention* parent = At(doc_.places, p.parent, "places");
    j["parent"] = parent ? json(std::string(doc_.OriginalText(parent->span))) : json(nullptr);
  }
  j["geo_precision"] = p.geo_precision;
  j["relation"] = p.relation;
  AddText(j, p.span);
  j["reason"] = p.reason;
  return j;
}

json Writer::TimeJson(const Event& e) {
  const DateMention* d = At(doc_.dates, e.date, "dates");
  if (d) {
    json j;
    std::optional<CivilDay> start = d->resolved ? ParseDay(d->value) : std::nullopt;
    std::optional<CivilDay> end;
    if (start) {
      if (!d->end.empty()) end = ParseDay(d->end);
      else if (d->since && doc_.reference_time)
        end = CivilFromDays(DaysFromUnixMs(doc_.reference_time->unix_ms));
      else if (d->value.size() == 4) end = CivilDay{start->year, 12, 31};
      else if (d->value.size() == 7) end = CivilDay{start->year, start->month, DaysInMonth(start->year, start->month)};
      else end = start;
      if (!end || DaysFromCivil(*end) < DaysFromCivil(*start)) end = start;
    }
    j["start"] = start ? json(FormatDay(*start)) : json(nullptr);
    j["end"] = end ? json(FormatDay(*end)) : json(nullptr);
    if (start) {
      int64_t days = DaysFromCivil(*end) - DaysFromCivil(*start);
      j["time_precision"] = days == 0 ? 1 : days <= 14 ? 2 : 3;
    } else {
      j["time_precision"] = nullptr;
    }
    AddText(j, d->span);
    j["basis"] = e.time_basis.empty() ? "text" : e.time_basis;
    return j;
  }
  if (!doc_.reference_time) return nullptr;
  std::string day = FormatDay(CivilFromDays(DaysFromUnixMs(doc_.reference_time->unix_ms)));
  return {{"start", day}, {"end", day}, {"time_precision", 1}, {"text", nullptr}, {"span", nullptr},
          {"basis", "published"}};
}

json Writer::CasualtyJson(const std::optional<CasualtyFigure>& f, const std::optional<CasualtyFigure>* civilians,
                          bool cumulative) {
  if (!f) return nullptr;
  json j = {{"low", Figure(f->low)}, {"best", Figure(f->best)}, {"high", Figure(f->high)}};
  AddText(j, f->span);
  if (civilians) {
    if (*civilians) {
      json c = {{"low", Figure((*civilians)->low)}, {"best", Figure((*civilians)->best)},
                {"high", Figure((*civilians)->high)}};
      AddText(c, (*civilians)->span);
      j["civilians"] = std::move(c);
    } else {
      j["civilians"] = nullptr;
    }
  }
  j["cumulative"] = cumulative;
  return j;
}

json Writer::QuantityJson(const NumberMention& n) {
  json j;
  j["value"] = Figure(n.value);
  if (n.low || n.high) {
    j["low"] = Figure(n.low);
    j["high"] = Figure(n.high);
  }
  bool percent = n.kind == NumberMention::Kind::kPercent;
  j["unit"] = percent ? json("percent") : Str(n.unit);
  j["of"] = percent ? Str(n.unit) : json(nullptr);
  j["approx"] = n.approx;
  AddText(j, n.span);
  return j;
}

json Writer::EventJson(const Event& e, size_t n) {
  json j;
  j["id"] = id_ + ":" + std::to_string(n);
  j["acled"] = {{"event_type", Str(e.acled_event_type)}, {"sub_event_type", Str(e.acled_sub_event_type)}};
  // The Event model has no PLOVER context yet: always an empty list.
  j["plover"] = {{"event_type", Str(e.plover_event_type)}, {"mode", Str(e.plover_mode)},
                 {"context", json::array()}};
  const TriggerMention* t = At(doc_.triggers, e.trigger, "triggers");
  j["trigger"] = t ? TextObject(t->span) : json(nullptr);
  j["actor1"] = ArgumentJson(e.actor1);
  j["actor2"] = ArgumentJson(e.actor2);
  const PlaceMention* p = At(doc_.places, e.place, "places");
  j["location"] = p ? LocationJson(*p) : json(nullptr);
  j["time"] = TimeJson(e);
  j["fatalities"] = CasualtyJson(e.fatalities, &e.civilian_fatalities, e.cumulative);
  j["injuries"] = CasualtyJson(e.injuries, nullptr, e.cumulative);
  json quantities = json::array();
  for (int32_t q : e.quantities)
    if (const NumberMention* m = At(doc_.numbers, q, "numbers")) quantities.push_back(QuantityJson(*m));
  j["quantities"] = std::move(quantities);
  j["status"] = e.status;
  if (e.attribution_source.empty() && e.attribution_kind.empty() && e.attribution_span.empty()) {
    j["attribution"] = nullptr;
  } else {
    json a = {{"source", Str(e.attribution_source)}, {"kind", Str(e.attribution_kind)}};
    AddText(a, e.attribution_span);
    j["attribution"] = std::move(a);
  }
  const Sentence* s = At(doc_.sentences, e.sentence, "sentences");
  j["evidence"] = s ? TextObject(s->span) : json(nullptr);
  j["confidence"] = e.confidence;
  return j;
}

json Writer::QuoteJson(size_t i) {
  const Quote& q = doc_.quotes[i];
  json j;
  const ActorMention* speaker = nullptr;
  if (i < doc_.quote_speakers.size()) speaker = At(doc_.actors, doc_.quote_speakers[i], "actors");
  if (speaker) {
    json s = {{"name", Str(speaker->name)}, {"role", Str(speaker->role)}, {"id", Str(speaker->id)}};
    AddText(s, speaker->span);
    j["speaker"] = std::move(s);
  } else {
    j["speaker"] = nullptr;
  }
  AddText(j, q.span);
  // doc.quotes holds text inside quotation marks; indirect speech is not a Quote.
  j["kind"] = "direct";
  return j;
}

json Writer::Mentions() {
  // (position, kind order, json): sorted so mentions read in text order.
  struct Item {
    uint32_t begin, end;
    int kind;
    json j;
  };
  std::vector<Item> items;
  auto add = [&](Span s, int kind, json j) {
    if (!Valid(s)) {
      Warn("a span outside the text was dropped");
      return;
    }
    items.push_back({s.begin, s.end, kind, std::move(j)});
  };
  for (const auto& p : doc_.places) {
    json j = LocationJson(p);
    if (p.resolved) j["resolved"] = true;
    j["kind"] = "place";
    add(p.span, 0, std::move(j));
  }
  for (const auto& a : doc_.actors) {
    json j = ActorFields(a);
    j["kind"] = a.person ? "person" : "actor";
    if (!a.person) j["role"] = nullptr;
    j["alias_kind"] = Str(a.alias_kind);
    AddText(j, a.span);
    add(a.span, 1, std::move(j));
  }
  for (const auto& n : doc_.numbers) {
    json j = {{"kind", "number"}};
    if (n.value) j["value"] = Figure(n.value);
    if (n.low || n.high || !n.value) {
      j["low"] = Figure(n.low);
      j["high"] = Figure(n.high);
    }
    j["approx"] = n.approx;
    j["unit"] = n.kind == NumberMention::Kind::kPercent ? json("percent") : Str(n.unit);
    if (!n.unit_span.empty()) {
      json u = TextObject(n.unit_span);
      j["unit_text"] = u["text"];
      j["unit_span"] = u["span"];
    }
    AddText(j, n.span);
    add(n.span, 2, std::move(j));
  }
  for (const auto& d : doc_.dates) {
    json j = {{"kind", "date"},
              {"value", d.resolved && !d.value.empty() ? json(d.value) : json(nullptr)},
              {"precision", ToString(d.precision)},
              {"basis", ToString(d.basis)},
              {"relative", d.relative}};
    if (!d.end.empty()) j["end"] = d.end;
    if (d.since) j["since"] = true;
    AddText(j, d.span);
    add(d.span, 3, std::move(j));
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.kind < b.kind;
  });
  json out = json::array();
  for (auto& it : items) out.push_back(std::move(it.j));
  return out;
}

json RecordJson(const Doc& doc, const RecordOptions& options) { return Writer(doc).Run(options); }

namespace {

// Picks CreateExtractLayer when pipeline.h declares it, so this file builds
// before and after the extraction stages land.
template <typename P>
Result<Pipeline> CreateLayer(const std::string& data_dir, const std::string& gazetteer, bool* extract) {
  if constexpr (requires { P::CreateExtractLayer(data_dir, gazetteer); }) {
    *extract = true;
    return P::CreateExtractLayer(data_dir, gazetteer);
  } else {
    *extract = false;
    return P::CreateAnalyzeLayer(data_dir, gazetteer);
  }
}

}  // namespace

Result<Pipeline> CreateExtractPipeline(const std::string& data_dir, const std::string& gazetteer_path,
                                       bool* have_extract_layer) {
  bool extract = false;
  auto r = CreateLayer<Pipeline>(data_dir, gazetteer_path, &extract);
  if (have_extract_layer) *have_extract_layer = extract;
  return r;
}

}  // namespace marsad
