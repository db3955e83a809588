#include "extract/record_json.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/testutil.h"
#include "text/reference_time.h"
#include "util/sha256.h"

namespace marsad {
namespace {

using nlohmann::json;

// First occurrence of `needle` (normalised spelling) in doc.norm().
Span FindNorm(const Doc& doc, std::string_view needle) {
  size_t at = doc.norm().find(needle);
  EXPECT_NE(at, std::string::npos) << "'" << needle << "' not in norm()";
  if (at == std::string::npos) return Span{};
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Every {"text","span"} pair anywhere in `j` holds the original bytes it names.
void ExpectSpansHoldTheirText(const json& j, const std::string& original, int* seen) {
  if (j.is_object()) {
    if (j.contains("span") && j["span"].is_array()) {
      size_t b = j["span"][0], e = j["span"][1];
      ASSERT_LE(b, e);
      ASSERT_LE(e, original.size());
      ASSERT_TRUE(j.contains("text"));
      EXPECT_EQ(original.substr(b, e - b), j["text"].get<std::string>());
      ++*seen;
    }
    for (const auto& [k, v] : j.items()) ExpectSpansHoldTheirText(v, original, seen);
  } else if (j.is_array()) {
    for (const auto& v : j) ExpectSpansHoldTheirText(v, original, seen);
  }
}

// A test sentence of our own, with diacritics and Arabic-Indic digits so
// that norm() offsets differ from the original ones.
const char kText[] = "قُتِلَ ٣ مدنيين في قصفٍ على سراقب يوم الأحد، وقال مسؤول محلي: «الوضع صعب».";

struct Built {
  Doc doc;
  json record;
};

Doc MakeDoc() {
  Doc doc = test::Analyze(kText);
  doc.given_time = std::nullopt;
  // A place, an actor, a trigger and an event, by hand: the stages that
  // would find them are not under test here.
  PlaceMention p;
  p.span = FindNorm(doc, "سراقب");
  p.resolved = true;
  p.location.name = "Saraqib";
  p.location.name_ar = "سراقب";
  p.location.geonames_id = 163345;
  p.location.lat = 35.8647;
  p.location.lon = 36.8058;
  p.location.country = "SY";
  p.location.feature_code = "PPL";
  p.reason = "test";
  doc.places.push_back(p);
  ActorMention a;
  a.span = FindNorm(doc, "مسوول محلي");
  a.name = "Local official";
  a.person = true;
  a.role = "local official";
  doc.actors.push_back(a);
  ActorMention civ;
  civ.span = FindNorm(doc, "مدنيين");
  civ.id = "gen.civilians";
  civ.name = "Civilians";
  civ.acled_inter = "Civilians";
  civ.plover_sector = "CVL";
  doc.actors.push_back(civ);
  TriggerMention t;
  t.span = FindNorm(doc, "قصف");
  t.acled_event_type = "Explosions/Remote violence";
  t.acled_sub_event_type = "Shelling/artillery/missile attack";
  doc.triggers.push_back(t);
  Event e;
  e.trigger = 0;
  e.acled_event_type = t.acled_event_type;
  e.acled_sub_event_type = t.acled_sub_event_type;
  e.plover_event_type = "ASSAULT";
  e.plover_mode = "heavy-weapons";
  e.actor1.implicit = true;
  e.actor1.implicit_id = "gen.civilians";  // named elsewhere in the doc: its names are borrowed
  e.actor2.actor = 0;
  e.place = 0;
  e.date = doc.dates.empty() ? -1 : 0;
  e.time_basis = "text";
  CasualtyFigure f;
  f.low = f.best = f.high = 3;
  f.span = FindNorm(doc, "3 مدنيين");
  e.fatalities = f;
  e.civilian_fatalities = f;
  e.status = "reported";
  e.attribution_source = "Local official";
  e.attribution_kind = "anonymous_source";
  e.attribution_span = FindNorm(doc, "مسوول محلي");
  e.confidence = 0.75;
  doc.events.push_back(e);
  doc.quote_speakers.assign(doc.quotes.size(), 0);
  return doc;
}

TEST(RecordJson, DocumentHeader) {
  Doc doc = test::Analyze("Shells fell on the market.\n");
  json r = RecordJson(doc, RecordOptions{json("feed-9")});
  EXPECT_EQ(r["doc"]["id"], Sha256Hex("Shells fell on the market.\n"));
  EXPECT_EQ(r["doc"]["input_id"], "feed-9");
  EXPECT_EQ(r["doc"]["lang"], "en");
  EXPECT_TRUE(r["doc"]["title"].is_null());
  EXPECT_TRUE(r["doc"]["published"].is_null());
  EXPECT_TRUE(r["doc"]["source_url"].is_null());
  for (const char* k : {"events", "quotes", "mentions", "warnings"}) EXPECT_TRUE(r[k].is_array()) << k;
  // No publication time: the text layer says so, and the record carries it.
  EXPECT_FALSE(r["warnings"].empty());
}

TEST(RecordJson, PublishedGivenAndUrl) {
  Doc doc("Talks resumed.\n");
  doc.given_time = ParseIsoTime("2024-11-30T00:16:46Z");
  doc.given_url = "https://example.org/n/1";
  ASSERT_TRUE(test::TextLayer().Run(doc).ok());
  json r = RecordJson(doc);
  EXPECT_EQ(r["doc"]["published"]["value"], "2024-11-30T00:16:46Z");
  EXPECT_EQ(r["doc"]["published"]["precision"], "second");
  EXPECT_EQ(r["doc"]["published"]["basis"], "given");
  EXPECT_EQ(r["doc"]["source_url"], "https://example.org/n/1");
  EXPECT_TRUE(r["doc"]["input_id"].is_null());
}

TEST(RecordJson, HeaderDateGivesBasisHeader) {
  Doc doc = test::Analyze("date 2024-11\nThe crossing was closed.\n");
  json r = RecordJson(doc);
  ASSERT_TRUE(r["doc"]["published"].is_object()) << r.dump();
  EXPECT_EQ(r["doc"]["published"]["value"], "2024-11");
  EXPECT_EQ(r["doc"]["published"]["precision"], "month");
  EXPECT_EQ(r["doc"]["published"]["basis"], "header");
}

TEST(RecordJson, EventFieldsPointIntoTheOriginalText) {
  Doc doc = MakeDoc();
  json r = RecordJson(doc);
  const std::string original = doc.original();
  ASSERT_EQ(r["events"].size(), 1u) << r.dump();
  const json& e = r["events"][0];
  EXPECT_EQ(e["id"], DocumentId(doc) + ":1");
  EXPECT_EQ(e["acled"]["sub_event_type"], "Shelling/artillery/missile attack");
  EXPECT_EQ(e["plover"]["mode"], "heavy-weapons");
  // The original spelling, with the tanween that normalisation dropped.
  EXPECT_EQ(e["trigger"]["text"], "قصفٍ") << e["trigger"].dump();
  EXPECT_EQ(e["actor1"]["implicit"], true);
  EXPECT_EQ(e["actor1"]["name"], "Civilians");
  EXPECT_TRUE(e["actor1"]["span"].is_null());
  EXPECT_EQ(e["actor2"]["text"], "مسؤول محلي");
  EXPECT_EQ(e["actor2"]["role"], "local official");
  EXPECT_EQ(e["location"]["name"], "Saraqib");
  EXPECT_EQ(e["location"]["geonames_id"], 163345);
  EXPECT_EQ(e["location"]["text"], "سراقب");
  EXPECT_EQ(e["fatalities"]["best"], 3);
  EXPECT_EQ(e["fatalities"]["text"], "٣ مدنيين");
  EXPECT_EQ(e["fatalities"]["civilians"]["low"], 3);
  EXPECT_EQ(e["fatalities"]["cumulative"], false);
  EXPECT_TRUE(e["injuries"].is_null());
  EXPECT_EQ(e["status"], "reported");
  EXPECT_EQ(e["attribution"]["kind"], "anonymous_source");
  EXPECT_EQ(e["attribution"]["text"], "مسؤول محلي");
  EXPECT_EQ(e["confidence"], 0.75);
  ASSERT_TRUE(e["evidence"].is_object());
  EXPECT_EQ(e["evidence"]["text"].get<std::string>().rfind("قُتِلَ", 0), 0u) << e["evidence"].dump();
  int spans = 0;
  ExpectSpansHoldTheirText(r, original, &spans);
  EXPECT_GT(spans, 10);
}

TEST(RecordJson, TimeFromAMentionOrThePublicationDay) {
  Doc doc = MakeDoc();
  json r = RecordJson(doc);
  const json& t = r["events"][0]["time"];
  if (doc.dates.empty()) GTEST_SKIP() << "the date reader found no date in the test sentence";
  // No reference time: "يوم الأحد" is recognised but unresolved.
  EXPECT_TRUE(t["start"].is_null()) << t.dump();
  EXPECT_EQ(t["text"], "يوم الأحد") << t.dump();
  EXPECT_EQ(t["basis"], "text");

  Doc doc2 = MakeDoc();
  doc2.events[0].date = -1;
  doc2.reference_time = ParseIsoTime("2024-11-30T08:00:00Z");
  json t2 = RecordJson(doc2)["events"][0]["time"];
  EXPECT_EQ(t2["start"], "2024-11-30");
  EXPECT_EQ(t2["end"], "2024-11-30");
  EXPECT_EQ(t2["basis"], "published");
  EXPECT_TRUE(t2["span"].is_null());
}

TEST(RecordJson, MonthAndYearDatesBecomeRanges) {
  Doc doc = MakeDoc();
  DateMention month;
  month.resolved = true;
  month.value = "2024-02";
  month.precision = DatePrecision::kMonth;
  month.span = doc.places[0].span;
  DateMention year = month;
  year.value = "2016";
  doc.dates = {month, year};
  doc.events[0].date = 0;
  json t = RecordJson(doc)["events"][0]["time"];
  EXPECT_EQ(t["start"], "2024-02-01");
  EXPECT_EQ(t["end"], "2024-02-29");
  EXPECT_EQ(t["time_precision"], 3);
  doc.events[0].date = 1;
  t = RecordJson(doc)["events"][0]["time"];
  EXPECT_EQ(t["start"], "2016-01-01");
  EXPECT_EQ(t["end"], "2016-12-31");
}

TEST(RecordJson, QuoteSpeakerAndMentionsInTextOrder) {
  Doc doc = MakeDoc();
  json r = RecordJson(doc);
  ASSERT_EQ(r["quotes"].size(), doc.quotes.size());
  if (doc.quotes.empty()) GTEST_SKIP() << "the quote reader found no quote";
  EXPECT_EQ(r["quotes"][0]["text"], "الوضع صعب");
  EXPECT_EQ(r["quotes"][0]["kind"], "direct");
  EXPECT_EQ(r["quotes"][0]["speaker"]["role"], "local official");
  EXPECT_EQ(r["quotes"][0]["speaker"]["text"], "مسؤول محلي");
  uint32_t last = 0;
  bool place = false, person = false, actor = false, number = false;
  for (const auto& m : r["mentions"]) {
    uint32_t b = m["span"][0];
    EXPECT_LE(last, b);
    last = b;
    place |= m["kind"] == "place";
    person |= m["kind"] == "person";
    actor |= m["kind"] == "actor";
    number |= m["kind"] == "number";
  }
  EXPECT_TRUE(place && person && actor && number) << r["mentions"].dump();
}

// Keys come out in the order of RECORDS.md, not alphabetically.
std::vector<std::string> Keys(const nlohmann::ordered_json& j) {
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  return keys;
}

TEST(RecordJson, KeysInTheOrderOfTheContract) {
  Doc doc = MakeDoc();
  std::string line;
  WriteRecord(doc, RecordOptions{json(7)}, &line);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  auto r = nlohmann::ordered_json::parse(line);
  using V = std::vector<std::string>;
  EXPECT_EQ(Keys(r), (V{"doc", "events", "quotes", "mentions", "warnings"}));
  EXPECT_EQ(Keys(r["doc"]), (V{"id", "source_url", "published", "lang", "title", "input_id"}));
  EXPECT_EQ(r["doc"]["input_id"], 7);
  const auto& e = r["events"][0];
  EXPECT_EQ(Keys(e), (V{"id", "acled", "plover", "trigger", "actor1", "actor2", "location", "time", "fatalities",
                        "injuries", "quantities", "status", "attribution", "evidence", "confidence"}));
  EXPECT_EQ(Keys(e["plover"]), (V{"event_type", "mode", "context"}));
  EXPECT_EQ(Keys(e["actor2"]), (V{"name", "id", "acled_inter", "plover_sector", "country", "role", "text", "span",
                                  "implicit"}));
  EXPECT_EQ(Keys(e["location"]), (V{"name", "name_ar", "geonames_id", "lat", "lon", "country", "admin1", "admin2",
                                    "feature_code", "geo_precision", "relation", "text", "span", "reason"}));
  EXPECT_EQ(Keys(e["fatalities"]), (V{"low", "best", "high", "text", "span", "civilians", "cumulative"}));
  EXPECT_EQ(Keys(e["attribution"]), (V{"source", "kind", "text", "span"}));
  for (const auto& m : r["mentions"]) {
    V keys = Keys(m);
    ASSERT_GE(keys.size(), 3u);
    EXPECT_EQ((V{keys[0], keys[1], keys[2]}), (V{"kind", "text", "span"}));
  }
  // The indented form is the same record.
  std::string pretty;
  WriteRecord(doc, RecordOptions{json(7)}, &pretty, 2);
  EXPECT_EQ(nlohmann::ordered_json::parse(pretty), r);
  EXPECT_EQ(json::parse(line), RecordJson(doc, RecordOptions{json(7)}));
}

TEST(RecordJson, BadIndicesAreDroppedWithAWarning) {
  Doc doc = MakeDoc();
  doc.events[0].trigger = 99;
  doc.events[0].place = 7;
  doc.events[0].actor2.actor = 42;
  doc.events[0].quantities = {-1, 1000};
  doc.events[0].sentence = 500;
  doc.quote_speakers.assign(doc.quotes.size(), 12);
  json r = RecordJson(doc);
  const json& e = r["events"][0];
  EXPECT_TRUE(e["trigger"].is_null());
  EXPECT_TRUE(e["location"].is_null());
  EXPECT_TRUE(e["actor2"].is_null());
  EXPECT_TRUE(e["quantities"].empty());
  EXPECT_TRUE(e["evidence"].is_null());
  bool warned = false;
  for (const auto& w : r["warnings"]) warned |= w.get<std::string>().find("out of range") != std::string::npos;
  EXPECT_TRUE(warned) << r["warnings"].dump();
}

TEST(RecordJson, UnresolvedPlaceNamesItsParent) {
  Doc doc = MakeDoc();
  PlaceMention village;
  village.span = FindNorm(doc, "مدنيين");
  village.resolved = false;
  village.parent = 0;
  village.reason = "not in the gazetteer";
  doc.places.push_back(village);
  doc.events[0].place = 1;
  json loc = RecordJson(doc)["events"][0]["location"];
  EXPECT_EQ(loc["resolved"], false);
  EXPECT_EQ(loc["parent"], "سراقب");
  EXPECT_TRUE(loc["name"].is_null());
}

// A place the gazetteer knows without a GeoNames id (an authored facility,
// a cities1000 town) writes the key with null, as RECORDS.md allows.
TEST(RecordJson, UnknownGeonamesIdIsNull) {
  Doc doc = MakeDoc();
  doc.places[0].location.geonames_id = 0;
  json r = RecordJson(doc);
  const json& loc = r["events"][0]["location"];
  ASSERT_TRUE(loc.contains("geonames_id")) << loc.dump();
  EXPECT_TRUE(loc["geonames_id"].is_null());
  EXPECT_EQ(loc["name"], "Saraqib");
}

// An event known only to lie in a province is coded at the province's seat
// (ACLED geo_precision 3); the places list keeps the province itself.
TEST(RecordJson, ProvinceOnlyEventIsCodedAtItsSeat) {
  Doc doc = MakeDoc();
  doc.places[0].location.name = "Northland";
  doc.places[0].location.feature_code = "ADM1";
  doc.places[0].location.lat = 10.0;
  doc.places[0].location.lon = 20.0;
  doc.places[0].seat.name = "Seatville";
  doc.places[0].seat.feature_code = "PPLA";
  doc.places[0].seat.lat = 11.5;
  doc.places[0].seat.lon = 21.5;
  json r = RecordJson(doc);
  const json& loc = r["events"][0]["location"];
  EXPECT_EQ(loc["name"], "Seatville");
  EXPECT_DOUBLE_EQ(loc["lat"].get<double>(), 11.5);
  EXPECT_EQ(loc["geo_precision"], 3);
  bool listed = false;
  for (const auto& m : r["mentions"])
    if (m.value("kind", "") == "place") listed |= m["name"] == "Northland";
  EXPECT_TRUE(listed) << r.dump();
}

// Texts with quotes, backslashes and tabs come out escaped, and a document
// with an invalid byte has it written as U+FFFD, whichever way the writer
// escapes the document's text.
TEST(RecordJson, TextPiecesEscapedAndInvalidBytesReplaced) {
  for (const std::string text : {std::string("Gunmen \"stormed\" the\tdepot \\ in the town.\n"),
                                 std::string("Gunmen \"stormed\" the\tdepot \xff in the town.\n")}) {
    Doc doc = test::Analyze(text);
    TriggerMention t;
    // From "stormed" to "depot" (norm() may hold the tab as a space).
    t.span = Span{FindNorm(doc, "stormed").begin, FindNorm(doc, "depot").end};
    doc.triggers.push_back(t);
    Event e;
    e.trigger = static_cast<int32_t>(doc.triggers.size() - 1);
    e.sentence = doc.sentences.empty() ? -1 : 0;
    doc.events.assign(1, e);
    std::string line;
    WriteRecord(doc, RecordOptions{}, &line);
    json r = json::parse(line);
    EXPECT_EQ(r["events"][0]["trigger"]["text"], "stormed\" the\tdepot");
    const std::string evidence = r["events"][0]["evidence"]["text"];
    const bool invalid = text.find('\xff') != std::string::npos;
    EXPECT_EQ(evidence.find("\xEF\xBF\xBD") != std::string::npos, invalid) << evidence;
    EXPECT_EQ(evidence.find('\\') != std::string::npos, !invalid) << evidence;
    // Byte for byte what nlohmann prints for the same values in the same order.
    EXPECT_EQ(line, nlohmann::ordered_json::parse(line).dump(-1, ' ', false, json::error_handler_t::replace));
  }
}

}  // namespace
}  // namespace marsad
