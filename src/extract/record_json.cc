#include "extract/record_json.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

#include "text/json_output.h"
#include "text/reference_time.h"
#include "util/civil_time.h"
#include "util/json_writer.h"
#include "util/sha256.h"

namespace marsad {

namespace {

constexpr char kSpanDropped[] = "a span outside the text was dropped";

// Writes one record; keeps the warnings it finds on the way. Every object's
// keys are written in the order of RECORDS.md.
class Writer {
 public:
  Writer(const Doc& doc, std::string* out, int indent)
      : doc_(doc), w_(out, indent), original_valid_(doc.invalid_utf8_bytes() == 0) {}

  void Run(const RecordOptions& options);

 private:
  bool Valid(Span s) const { return s.begin <= s.end && s.end <= doc_.norm().size(); }
  // "text" and "span" of `s`; both null for an empty or bad span.
  void TextSpan(Span s) {
    if (s.empty() || !Valid(s)) {
      if (!s.empty()) Warn(kSpanDropped);
      w_.Key("text");
      w_.Null();
      w_.Key("span");
      w_.Null();
      return;
    }
    Span o = doc_.ToOriginal(s);
    w_.Key("text");
    OriginalString(o);
    w_.Key("span");
    w_.BeginArray();
    w_.Int(o.begin);
    w_.Int(o.end);
    w_.EndArray();
  }
  // The original bytes of `o` as a JSON string. The Doc has decoded the
  // whole original once and counted its invalid bytes: when there were none,
  // a piece that starts and ends on character boundaries (as ToOriginal's
  // spans do) is valid UTF-8 and is escaped without decoding it again.
  void OriginalString(Span o) {
    const std::string& original = doc_.original();
    auto boundary = [&](uint32_t i) {
      return i >= original.size() || (static_cast<unsigned char>(original[i]) & 0xC0) != 0x80;
    };
    const std::string_view text = std::string_view(original).substr(o.begin, o.size());
    if (original_valid_ && boundary(o.begin) && boundary(o.end)) w_.ValidUtf8String(text);
    else w_.String(text);
  }
  void TextObject(Span s) {
    w_.BeginObject();
    TextSpan(s);
    w_.EndObject();
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
  void Field(const JsonKey& key, std::string_view v) {
    w_.Key(key);
    w_.String(v);
  }
  // An empty string is null.
  void FieldOrNull(const JsonKey& key, std::string_view v) {
    w_.Key(key);
    w_.StringOrNull(v);
  }
  void NullField(const JsonKey& key) {
    w_.Key(key);
    w_.Null();
  }
  // Whole figures print as integers (300, not 300.0).
  void Figure(std::optional<double> v) {
    if (!v) return w_.Null();
    double d = *v;
    if (d == static_cast<double>(static_cast<int64_t>(d)) && d > -9e15 && d < 9e15) return w_.Int(static_cast<int64_t>(d));
    w_.Double(d);
  }
  void FigureField(const JsonKey& key, std::optional<double> v) {
    w_.Key(key);
    Figure(v);
  }

  void DocObject(const RecordOptions& options);
  void EventObject(const Event& e, size_t n);
  void Argument(const EventArgument& a);
  void ActorFields(const ActorMention& a);
  // The location fields of RECORDS.md; "text"/"span" only when `with_text`
  // (a mention writes them first, beside its "kind").
  void LocationFields(const PlaceMention& p, bool with_text);
  void Time(const Event& e);
  void Casualty(const std::optional<CasualtyFigure>& f, const std::optional<CasualtyFigure>* civilians,
                bool cumulative);
  void Quantity(const NumberMention& n);
  void QuoteObject(size_t i);
  void Mentions();

  const Doc& doc_;
  JsonWriter w_;
  const bool original_valid_;  // doc_.original() is valid UTF-8
  std::string id_;
  std::string event_id_;
  std::vector<std::string> warnings_;
};

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

void Writer::Run(const RecordOptions& options) {
  id_ = DocumentId(doc_);
  w_.BeginObject();
  w_.Key("doc");
  DocObject(options);
  w_.Key("events");
  w_.BeginArray();
  for (size_t i = 0; i < doc_.events.size(); ++i) EventObject(doc_.events[i], i + 1);
  w_.EndArray();
  w_.Key("quotes");
  w_.BeginArray();
  for (size_t i = 0; i < doc_.quotes.size(); ++i) QuoteObject(i);
  w_.EndArray();
  w_.Key("mentions");
  Mentions();
  // Last, so that it holds what the writer found on the way.
  w_.Key("warnings");
  w_.BeginArray();
  for (const auto& w : doc_.warnings) w_.String(w);
  for (const auto& w : warnings_) w_.String(w);
  w_.EndArray();
  w_.EndObject();
}

void Writer::DocObject(const RecordOptions& options) {
  w_.BeginObject();
  Field("id", id_);
  std::string_view url = doc_.given_url;
  for (const auto& m : doc_.metadata)
    if (url.empty() && m.kind == Metadata::Kind::kSourceUrl) url = m.value;
  FieldOrNull("source_url", url);
  w_.Key("published");
  if (doc_.reference_time) {
    const ReferenceTime& r = *doc_.reference_time;
    w_.BeginObject();
    Field("value", FormatReferenceTime(r));
    Field("precision", PublishedPrecision(r.precision));
    Field("basis", ToString(r.basis));
    w_.EndObject();
  } else {
    w_.Null();
  }
  Field("lang", doc_.lang);
  NullField("title");
  w_.Key("input_id");
  w_.Raw(options.input_id.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  w_.EndObject();
}

void Writer::ActorFields(const ActorMention& a) {
  FieldOrNull("name", a.name);
  FieldOrNull("id", a.id);
  FieldOrNull("acled_inter", a.acled_inter);
  FieldOrNull("plover_sector", a.plover_sector);
  FieldOrNull("country", a.country);
  if (a.person) FieldOrNull("role", a.role);
}

void Writer::Argument(const EventArgument& a) {
  if (const ActorMention* m = At(doc_.actors, a.actor, "actors")) {
    w_.BeginObject();
    ActorFields(a.identity.id.empty() ? *m : a.identity);  // coded as another actor: its names, these words
    TextSpan(m->span);
    w_.Key("implicit");
    w_.Bool(a.implicit);
    w_.EndObject();
    return;
  }
  if (!a.implicit) return w_.Null();
  // An implicit actor has no words of its own; its names come from the
  // registry, else from a mention of the same actor elsewhere in the document.
  const ActorMention* named = a.identity.id.empty() ? nullptr : &a.identity;
  for (const auto& m : doc_.actors)
    if (!named && !a.implicit_id.empty() && m.id == a.implicit_id) {
      named = &m;
      break;
    }
  w_.BeginObject();
  if (named) {
    ActorFields(*named);
  } else {
    NullField("name");
    FieldOrNull("id", a.implicit_id);
    NullField("acled_inter");
    NullField("plover_sector");
    NullField("country");
  }
  NullField("text");
  NullField("span");
  w_.Key("implicit");
  w_.Bool(true);
  w_.EndObject();
}

void Writer::LocationFields(const PlaceMention& p, bool with_text) {
  const Location& l = p.location;
  if (p.resolved) {
    Field("name", l.name);
    FieldOrNull("name_ar", l.name_ar);
    w_.Key("geonames_id");
    if (l.geonames_id != 0) w_.Int(l.geonames_id);
    else w_.Null();
    if (!l.pcode.empty()) Field("pcode", l.pcode);
    w_.Key("lat");
    w_.Double(l.lat);
    w_.Key("lon");
    w_.Double(l.lon);
    FieldOrNull("country", l.country);
    FieldOrNull("admin1", l.admin1);
    FieldOrNull("admin2", l.admin2);
    FieldOrNull("feature_code", l.feature_code);
  } else {
    if (with_text) {  // a mention has written "resolved" already
      w_.Key("resolved");
      w_.Bool(false);
    }
    NullField("name");
    const PlaceMention* parent = At(doc_.places, p.parent, "places");
    w_.Key("parent");
    if (!parent) {
      w_.Null();
    } else if (!Valid(parent->span)) {
      Warn(kSpanDropped);
      w_.String("");
    } else {
      OriginalString(doc_.ToOriginal(parent->span));
    }
  }
  w_.Key("geo_precision");
  w_.Int(p.geo_precision);
  Field("relation", p.relation);
  if (with_text) TextSpan(p.span);
  Field("reason", p.reason);
}

void Writer::Time(const Event& e) {
  const DateMention* d = At(doc_.dates, e.date, "dates");
  if (d) {
    std::optional<CivilDay> start = d->resolved ? ParseIsoDay(d->value) : std::nullopt;
    std::optional<CivilDay> end;
    if (start) {
      if (!d->end.empty()) end = ParseIsoDay(d->end);
      else if (d->since && doc_.reference_time)
        end = CivilFromDays(DaysFromUnixMs(doc_.reference_time->unix_ms));
      else if (d->value.size() == 4) end = CivilDay{start->year, 12, 31};
      else if (d->value.size() == 7) end = CivilDay{start->year, start->month, DaysInMonth(start->year, start->month)};
      else end = start;
      if (!end || DaysFromCivil(*end) < DaysFromCivil(*start)) end = start;
    }
    w_.BeginObject();
    w_.Key("start");
    if (start) w_.String(FormatDay(*start));
    else w_.Null();
    w_.Key("end");
    if (end) w_.String(FormatDay(*end));
    else w_.Null();
    w_.Key("time_precision");
    if (start) {
      int64_t days = DaysFromCivil(*end) - DaysFromCivil(*start);
      w_.Int(days == 0 ? 1 : days <= 14 ? 2 : 3);
    } else {
      w_.Null();
    }
    TextSpan(d->span);
    Field("basis", e.time_basis.empty() ? "text" : e.time_basis);
    w_.EndObject();
    return;
  }
  if (!doc_.reference_time) return w_.Null();
  std::string day = FormatDay(CivilFromDays(DaysFromUnixMs(doc_.reference_time->unix_ms)));
  w_.BeginObject();
  Field("start", day);
  Field("end", day);
  w_.Key("time_precision");
  w_.Int(1);
  NullField("text");
  NullField("span");
  Field("basis", "published");
  w_.EndObject();
}

void Writer::Casualty(const std::optional<CasualtyFigure>& f, const std::optional<CasualtyFigure>* civilians,
                      bool cumulative) {
  if (!f) return w_.Null();
  w_.BeginObject();
  FigureField("low", f->low);
  FigureField("best", f->best);
  FigureField("high", f->high);
  TextSpan(f->span);
  if (civilians) {
    w_.Key("civilians");
    if (*civilians) {
      w_.BeginObject();
      FigureField("low", (*civilians)->low);
      FigureField("best", (*civilians)->best);
      FigureField("high", (*civilians)->high);
      TextSpan((*civilians)->span);
      w_.EndObject();
    } else {
      w_.Null();
    }
  }
  w_.Key("cumulative");
  w_.Bool(cumulative);
  w_.EndObject();
}

void Writer::Quantity(const NumberMention& n) {
  w_.BeginObject();
  FigureField("value", n.value);
  if (n.low || n.high) {
    FigureField("low", n.low);
    FigureField("high", n.high);
  }
  const bool percent = n.kind == NumberMention::Kind::kPercent;
  FieldOrNull("unit", percent ? std::string_view("percent") : std::string_view(n.unit));
  FieldOrNull("of", percent ? std::string_view(n.unit) : std::string_view());
  w_.Key("approx");
  w_.Bool(n.approx);
  TextSpan(n.span);
  w_.EndObject();
}

void Writer::EventObject(const Event& e, size_t n) {
  w_.BeginObject();
  {
    // "<doc id>:<n>" in a buffer kept across events (no string per event).
    event_id_.assign(id_);
    event_id_ += ':';
    char digits[24];
    event_id_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
    Field("id", event_id_);
  }
  w_.Key("acled");
  if (e.acled_event_type.empty() || e.acled_event_type == "none") {
    w_.Null();  // a PLOVER-only event (an accusation, a threat): ACLED codes none
  } else {
    w_.BeginObject();
    Field("event_type", e.acled_event_type);
    Field("sub_event_type", e.acled_sub_event_type);
    w_.EndObject();
  }
  w_.Key("plover");
  w_.BeginObject();
  FieldOrNull("event_type", e.plover_event_type);
  FieldOrNull("mode", e.plover_mode);
  // The Event model has no PLOVER context yet: always an empty list.
  w_.Key("context");
  w_.BeginArray();
  w_.EndArray();
  w_.EndObject();
  w_.Key("trigger");
  if (const TriggerMention* t = At(doc_.triggers, e.trigger, "triggers")) TextObject(t->span);
  else w_.Null();
  w_.Key("actor1");
  Argument(e.actor1);
  w_.Key("actor2");
  Argument(e.actor2);
  w_.Key("location");
  if (const PlaceMention* p = At(doc_.places, e.place, "places")) {
    w_.BeginObject();
    if (p->resolved && p->location.feature_code == "ADM1" && !p->seat.name.empty()) {
      // Known only to lie in a province: coded at its seat (ACLED, geo_precision 3).
      PlaceMention at_seat = *p;
      at_seat.location = p->seat;
      at_seat.geo_precision = 3;
      at_seat.reason = "the seat of " + p->location.name + "; " + p->reason;
      LocationFields(at_seat, /*with_text=*/true);
    } else {
      LocationFields(*p, /*with_text=*/true);
    }
    w_.EndObject();
  } else {
    w_.Null();
  }
  w_.Key("time");
  Time(e);
  w_.Key("fatalities");
  Casualty(e.fatalities, &e.civilian_fatalities, e.cumulative);
  w_.Key("injuries");
  Casualty(e.injuries, nullptr, e.cumulative);
  w_.Key("quantities");
  w_.BeginArray();
  for (int32_t q : e.quantities)
    if (const NumberMention* m = At(doc_.numbers, q, "numbers")) Quantity(*m);
  w_.EndArray();
  Field("status", e.status);
  w_.Key("attribution");
  if (e.attribution_source.empty() && e.attribution_kind.empty() && e.attribution_span.empty()) {
    w_.Null();
  } else {
    w_.BeginObject();
    FieldOrNull("source", e.attribution_source);
    FieldOrNull("kind", e.attribution_kind);
    TextSpan(e.attribution_span);
    w_.EndObject();
  }
  w_.Key("evidence");
  if (const Sentence* s = At(doc_.sentences, e.sentence, "sentences")) TextObject(s->span);
  else w_.Null();
  w_.Key("confidence");
  w_.Double(e.confidence);
  w_.EndObject();
}

void Writer::QuoteObject(size_t i) {
  const Quote& q = doc_.quotes[i];
  const ActorMention* speaker = nullptr;
  if (i < doc_.quote_speakers.size()) speaker = At(doc_.actors, doc_.quote_speakers[i], "actors");
  w_.BeginObject();
  w_.Key("speaker");
  if (speaker) {
    w_.BeginObject();
    FieldOrNull("name", speaker->name);
    FieldOrNull("role", speaker->role);
    FieldOrNull("id", speaker->id);
    TextSpan(speaker->span);
    w_.EndObject();
  } else {
    w_.Null();
  }
  TextSpan(q.span);
  Field("kind", q.indirect ? "indirect" : "direct");
  w_.EndObject();
}

void Writer::Mentions() {
  // Checked in the order of the annotation lists, so that the warnings come
  // out in the same order whatever the text order is; written in text order.
  struct Item {
    uint32_t begin, end;
    int kind;  // 0 place, 1 actor, 2 number, 3 date: the order at one position
    size_t index;
  };
  std::vector<Item> items;
  auto add = [&](Span s, int kind, size_t index) {
    if (!Valid(s)) Warn(kSpanDropped);
    else items.push_back({s.begin, s.end, kind, index});
  };
  for (size_t i = 0; i < doc_.places.size(); ++i) {
    const PlaceMention& p = doc_.places[i];
    if (!p.resolved) At(doc_.places, p.parent, "places");
    add(p.span, 0, i);
  }
  for (size_t i = 0; i < doc_.actors.size(); ++i) add(doc_.actors[i].span, 1, i);
  for (size_t i = 0; i < doc_.numbers.size(); ++i) {
    const NumberMention& n = doc_.numbers[i];
    if (!n.unit_span.empty() && !Valid(n.unit_span)) Warn(kSpanDropped);
    add(n.span, 2, i);
  }
  for (size_t i = 0; i < doc_.dates.size(); ++i) add(doc_.dates[i].span, 3, i);
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.kind < b.kind;
  });

  w_.BeginArray();
  for (const Item& it : items) {
    w_.BeginObject();
    switch (it.kind) {
      case 0: {
        const PlaceMention& p = doc_.places[it.index];
        Field("kind", "place");
        TextSpan(p.span);
        w_.Key("resolved");
        w_.Bool(p.resolved);
        LocationFields(p, /*with_text=*/false);
        break;
      }
      case 1: {
        const ActorMention& a = doc_.actors[it.index];
        Field("kind", a.person ? "person" : "actor");
        TextSpan(a.span);
        FieldOrNull("name", a.name);
        FieldOrNull("id", a.id);
        FieldOrNull("acled_inter", a.acled_inter);
        FieldOrNull("plover_sector", a.plover_sector);
        FieldOrNull("country", a.country);
        w_.Key("role");
        if (a.person) w_.StringOrNull(a.role);
        else w_.Null();
        FieldOrNull("alias_kind", a.alias_kind);
        break;
      }
      case 2: {
        const NumberMention& n = doc_.numbers[it.index];
        Field("kind", "number");
        TextSpan(n.span);
        if (n.value) FigureField("value", n.value);
        if (n.low || n.high || !n.value) {
          FigureField("low", n.low);
          FigureField("high", n.high);
        }
        w_.Key("approx");
        w_.Bool(n.approx);
        FieldOrNull("unit", n.kind == NumberMention::Kind::kPercent ? std::string_view("percent")
                                                                      : std::string_view(n.unit));
        if (!n.unit_span.empty()) {
          bool ok = Valid(n.unit_span);
          Span o = ok ? doc_.ToOriginal(n.unit_span) : Span{};
          w_.Key("unit_text");
          if (ok) OriginalString(o);
          else w_.Null();
          w_.Key("unit_span");
          if (ok) {
            w_.BeginArray();
            w_.Int(o.begin);
            w_.Int(o.end);
            w_.EndArray();
          } else {
            w_.Null();
          }
        }
        break;
      }
      default: {
        const DateMention& d = doc_.dates[it.index];
        Field("kind", "date");
        TextSpan(d.span);
        w_.Key("value");
        if (d.resolved && !d.value.empty()) w_.String(d.value);
        else w_.Null();
        if (!d.end.empty()) Field("end", d.end);
        if (d.since) {
          w_.Key("since");
          w_.Bool(true);
        }
        Field("precision", ToString(d.precision));
        Field("basis", ToString(d.basis));
        w_.Key("relative");
        w_.Bool(d.relative);
        break;
      }
    }
    w_.EndObject();
  }
  w_.EndArray();
}

}  // namespace

std::string DocumentId(const Doc& doc) { return Sha256Hex(doc.original()); }

void WriteRecord(const Doc& doc, const RecordOptions& options, std::string* out, int indent) {
  Writer(doc, out, indent).Run(options);
}

nlohmann::json RecordJson(const Doc& doc, const RecordOptions& options) {
  std::string s;
  WriteRecord(doc, options, &s);
  // The writer's output is always valid JSON (the fuzzer checks it); a
  // discarded value here would be a writer bug, and shows up as one.
  return nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
}

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
