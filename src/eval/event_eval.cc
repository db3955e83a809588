#include "eval/event_eval.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <tuple>

#include "extract/record_json.h"
#include "text/normalize.h"
#include "text/reference_time.h"
#include "util/civil_time.h"
#include "util/tsv.h"

namespace marsad {

using nlohmann::json;

void EventScores::Add(const EventScores& o) {
  documents += o.documents;
  events.Add(o.events);
  sub_events.Add(o.sub_events);
  actors.Add(o.actors);
  fatalities.Add(o.fatalities);
  status.Add(o.status);
  plover_only += o.plover_only;
  for (const auto& [reason, n] : o.why) why[reason] += n;
}

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0088;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

// ------------------------------------------------------------- actor names

void ActorNames::Add(const std::string& name, const std::string& id) {
  std::string key = NormalizeKey(name);
  if (key.empty() || id.empty()) return;
  auto [it, inserted] = ids_.emplace(key, id);
  if (!inserted && it->second != id) it->second = "";  // ambiguous
}

std::string ActorNames::IdOf(const std::string& name) const {
  auto it = ids_.find(NormalizeKey(name));
  return it == ids_.end() ? "" : it->second;
}

namespace {

// ACLED names an identity militia after its community with a descriptor that varies between
// codings of one group ("Kusasi Ethnic Militia", "Kusasi Communal Militia", "Hashid Tribal
// Militia", "Hawiye Clan Militia"); the community, not the descriptor, says which actor it is.
// Returns the name with its descriptor written "ethnic", or "" when the name is no such militia
// or names no community ("Communal militia" alone is the unnamed generic actor).
std::string WithEthnicDescriptor(const std::string& name) {
  static const char* const kDescriptors[] = {" ethnic militia", " communal militia", " tribal militia",
                                             " clan militia"};
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* d : kDescriptors) {
    const std::string descriptor = d;
    if (lower.size() <= descriptor.size() || lower.compare(lower.size() - descriptor.size(), descriptor.size(),
                                                           descriptor) != 0)
      continue;
    return lower.substr(0, lower.size() - descriptor.size()) + " ethnic militia";
  }
  return "";
}

}  // namespace

std::string ActorNames::IdOfGoldName(const std::string& gold_name) const {
  std::string stem = gold_name;
  std::string gid = IdOf(stem);
  // ACLED writes the country of a generic actor after its name, "Protesters (Kenya)", "Communal
  // militia (Lebanon)"; the registry names the actor once, so an unknown name with such a qualifier
  // is the actor its stem names.
  const size_t qualifier = stem.rfind(" (");
  if (gid.empty() && qualifier != std::string::npos && qualifier > 0 && stem.back() == ')') {
    stem = stem.substr(0, qualifier);
    gid = IdOf(stem);
  }
  // The same country may follow "of" ("Gendarmerie of Senegal" beside "Gendarmerie (Senegal)"):
  // only a generic actor (gen.*) takes it, since "Military Forces of Chad" is a registry name of
  // its own and "Government of Manipur" is not the government the bare word names.
  const size_t of = stem.find(" of ");
  if (gid.empty() && of != std::string::npos && of > 0) {
    const std::string generic = IdOf(stem.substr(0, of));
    if (generic.rfind("gen.", 0) == 0 && generic != "gen.authorities") gid = generic;
  }
  if (gid.empty()) {
    const std::string ethnic = WithEthnicDescriptor(stem);
    if (!ethnic.empty()) gid = IdOf(ethnic);
  }
  return gid;
}

bool ActorNames::Same(const std::string& gold_name, const std::string& predicted_name,
                      const std::string& predicted_id) const {
  const std::string gid = IdOfGoldName(gold_name);
  if (!gid.empty()) {
    const std::string pid = !predicted_id.empty() ? predicted_id : IdOf(predicted_name);
    return !pid.empty() && (Within(pid, gid) || Within(gid, pid));
  }
  if (gold_name.empty()) return false;
  if (NormalizeKey(gold_name) == NormalizeKey(predicted_name)) return true;
  // Two names of one community's militia that no registry row knows: the same normalisation on
  // both sides, the country qualifier dropped from each.
  auto community_key = [](std::string name) {
    const size_t qualifier = name.rfind(" (");
    if (qualifier != std::string::npos && qualifier > 0 && name.back() == ')') name = name.substr(0, qualifier);
    return WithEthnicDescriptor(name);
  };
  const std::string gold_key = community_key(gold_name);
  return !gold_key.empty() && gold_key == community_key(predicted_name);
}

bool ActorNames::Within(const std::string& id, const std::string& ancestor) const {
  std::string at = id;
  for (int depth = 0; depth < 8 && !at.empty(); ++depth) {
    if (at == ancestor) return true;
    auto it = parent_.find(at);
    if (it == parent_.end()) return false;
    at = it->second;
  }
  return false;
}

Result<ActorNames> ActorNames::Load(const std::string& data_dir) {
  ActorNames names;
  namespace fs = std::filesystem;
  std::error_code ec;
  const std::string registry = data_dir + "/shared/actors.tsv";
  if (fs::exists(registry, ec)) {
    auto t = ReadTsv(registry, "actors", {"id", "name"});
    if (!t.ok()) return t.status();
    int id = t->Column("id"), name = t->Column("name"), parent = t->Column("parent");
    if (parent >= 0)
      for (const auto& row : t->rows)
        if (!row.fields[parent].empty()) names.parent_.emplace(row.fields[id], row.fields[parent]);
    // Canonical names first: an alias never takes a canonical name from its actor.
    for (const auto& row : t->rows) names.ids_.emplace(NormalizeKey(row.fields[name]), row.fields[id]);
  }
  ActorNames aliases;
  for (const char* lang : {"ar", "en"}) {
    const std::string path = data_dir + "/" + lang + "/actor_aliases.tsv";
    if (!fs::exists(path, ec)) continue;
    auto t = ReadTsv(path, "actor_aliases", {"alias", "actor"});
    if (!t.ok()) return t.status();
    int alias = t->Column("alias"), actor = t->Column("actor"), context = t->Column("context");
    for (const auto& row : t->rows) {
      if (context >= 0 && !row.fields[context].empty()) continue;
      if (row.fields[actor].empty() || row.fields[actor][0] == '@') continue;
      aliases.Add(row.fields[alias], row.fields[actor]);
    }
  }
  for (const auto& [key, id] : aliases.ids_) names.ids_.emplace(key, id);
  return names;
}

// ------------------------------------------------------------------ scoring

namespace {

std::string GetString(const json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

const json& Get(const json& j, const char* key) {
  static const json kNull;
  if (!j.is_object()) return kNull;
  auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

std::optional<int64_t> Day(const json& j) {
  if (!j.is_string()) return std::nullopt;
  const std::string& s = j.get_ref<const std::string&>();
  if (s.size() < 10) return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || !IsValidCivil(y, m, d)) return std::nullopt;
  return DaysFromCivil(CivilDay{y, m, d});
}

struct Ev {
  const json* j;
  std::string type, sub;
  bool has_place = false;
  double lat = 0, lon = 0;
  bool has_time = false;
  int64_t start = 0, end = 0;
};

Ev Read(const json& e) {
  Ev v;
  v.j = &e;
  v.type = GetString(Get(e, "acled"), "event_type");
  v.sub = GetString(Get(e, "acled"), "sub_event_type");
  const json& loc = Get(e, "location");
  if (Get(loc, "lat").is_number() && Get(loc, "lon").is_number()) {
    v.has_place = true;
    v.lat = Get(loc, "lat").get<double>();
    v.lon = Get(loc, "lon").get<double>();
  }
  const json& t = Get(e, "time");
  auto s = Day(Get(t, "start"));
  auto en = Day(Get(t, "end"));
  if (s) {
    v.has_time = true;
    v.start = *s;
    v.end = en && *en >= *s ? *en : *s;
  }
  return v;
}

std::vector<Ev> ReadEvents(const json& j) {
  std::vector<Ev> out;
  const json& events = Get(j, "events");
  if (events.is_array())
    for (const auto& e : events) out.push_back(Read(e));
  return out;
}

// Minimum-cost assignment of an n x n cost matrix (Hungarian algorithm,
// O(n^3)): row i gets column result[i].
std::vector<size_t> Assign(const std::vector<std::vector<int64_t>>& cost) {
  const size_t n = cost.size();
  constexpr int64_t kInf = INT64_MAX / 4;
  std::vector<int64_t> u(n + 1), v(n + 1);
  std::vector<size_t> p(n + 1), way(n + 1);
  for (size_t i = 1; i <= n; ++i) {
    p[0] = i;
    size_t j0 = 0;
    std::vector<int64_t> minv(n + 1, kInf);
    std::vector<bool> used(n + 1, false);
    do {
      used[j0] = true;
      const size_t i0 = p[j0];
      size_t j1 = 0;
      int64_t delta = kInf;
      for (size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        const int64_t cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) minv[j] = cur, way[j] = j0;
        if (minv[j] < delta) delta = minv[j], j1 = j;
      }
      for (size_t j = 0; j <= n; ++j)
        if (used[j]) u[p[j]] += delta, v[j] -= delta;
        else minv[j] -= delta;
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  std::vector<size_t> result(n);
  for (size_t j = 1; j <= n; ++j) result[p[j] - 1] = j - 1;
  return result;
}

// One-to-one matching: pairs[i] = (gold index, predicted index). The most
// pairs possible; among those, the most that agree on the sub-event type,
// then the smallest day gaps and distances. (A greedy pass by closeness
// alone paired a gold interception with a truce of the same ACLED type
// that came first in the text, and scored the truce's actors.)
std::vector<std::pair<size_t, size_t>> Match(const std::vector<Ev>& gold, const std::vector<Ev>& pred, bool sub) {
  const size_t n = std::max(gold.size(), pred.size());
  // Cost 0 for no pair; a pair gains far more than any gap, distance or
  // sub-type can cost it, so a pair is never given up for a closer one.
  constexpr int64_t kPair = 1'000'000'000, kSubType = 1'000'000, kPerDay = 10'000;
  std::vector<std::vector<int64_t>> cost(n, std::vector<int64_t>(n, 0));
  bool any = false;
  for (size_t g = 0; g < gold.size(); ++g)
    for (size_t p = 0; p < pred.size(); ++p) {
      const Ev &a = gold[g], &b = pred[p];
      if (a.type.empty() || a.type != b.type) continue;
      if (sub && a.sub != b.sub) continue;
      double km = 0;
      if (a.has_place) {
        if (!b.has_place) continue;
        km = HaversineKm(a.lat, a.lon, b.lat, b.lon);
        if (km > 25.0) continue;
      }
      int64_t gap = 0;
      if (a.has_time) {
        if (!b.has_time) continue;
        gap = std::max<int64_t>({0, b.start - a.end, a.start - b.end});
        if (gap > 1) continue;
      }
      cost[g][p] = -(kPair + (a.sub == b.sub ? kSubType : 0) - gap * kPerDay - static_cast<int64_t>(km * 100));
      any = true;
    }
  std::vector<std::pair<size_t, size_t>> pairs;
  if (!any) return pairs;
  const std::vector<size_t> col = Assign(cost);
  for (size_t g = 0; g < gold.size(); ++g)
    if (col[g] < pred.size() && cost[g][col[g]] < 0) pairs.emplace_back(g, col[g]);
  return pairs;
}

bool NearPlace(const Ev& a, const Ev& b) {
  return !a.has_place || !b.has_place || HaversineKm(a.lat, a.lon, b.lat, b.lon) <= 25.0;
}

bool NearDay(const Ev& a, const Ev& b) {
  return !a.has_time || !b.has_time || std::max<int64_t>({0, b.start - a.end, a.start - b.end}) <= 1;
}

// Why `e`, left unmatched, found no partner among `others` (the other side
// of the same report, matched or not). The first reason that holds:
//   another type here   no event of its ACLED type on the other side, but one
//                       of another type at its place and day (mistyped);
//   no such type        no event of its type on the other side at all;
//   taken               one of its type at its place and day, paired with
//                       another event (merged into one, or split in two);
//   wrong day           one of its type at its place, on another day;
//   wrong place         one of its type on its day, elsewhere;
//   place and day       its type only, elsewhere and on another day.
std::string WhyUnmatched(const Ev& e, const std::vector<Ev>& others) {
  bool same_type = false, here_other_type = false, place_ok = false, day_ok = false, both_ok = false;
  for (const Ev& o : others) {
    const bool near_place = NearPlace(e, o), near_day = NearDay(e, o);
    if (o.type != e.type) {
      here_other_type |= near_place && near_day;
      continue;
    }
    same_type = true;
    both_ok |= near_place && near_day;
    place_ok |= near_place;
    day_ok |= near_day;
  }
  if (!same_type) return here_other_type ? "another type here" : "no such type";
  if (both_ok) return "taken";
  if (place_ok) return "wrong day";
  if (day_ok) return "wrong place";
  return "place and day";
}

std::string Describe(const Ev& e) {
  const json& j = *e.j;
  std::string s = e.type + " / " + e.sub;
  const json& trig = Get(j, "trigger");
  std::string t = trig.is_string() ? trig.get<std::string>() : GetString(trig, "text");
  if (!t.empty()) s += " '" + t + "'";
  std::string place = GetString(Get(j, "location"), "name");
  if (place.empty()) place = GetString(Get(j, "location"), "text");
  s += " at " + (place.empty() ? std::string("?") : place);
  std::string day = GetString(Get(j, "time"), "start");
  s += " on " + (day.empty() ? std::string("?") : day);
  std::string status = GetString(j, "status");
  if (!status.empty()) s += " [" + status + "]";
  return s;
}

bool Filled(const json& j) { return j.is_object(); }

std::string ActorLabel(const json& a) {
  if (!a.is_object()) return "none";
  std::string n = GetString(a, "name");
  if (n.empty()) n = GetString(a, "id");
  if (n.empty()) n = GetString(a, "text");
  return n.empty() ? "?" : n;
}

bool SameFigures(const json& a, const json& b) {
  for (const char* k : {"low", "best", "high"}) {
    const json &x = Get(a, k), &y = Get(b, k);
    if (x.is_null() != y.is_null()) return false;
    if (!x.is_null() && (!x.is_number() || !y.is_number() || x.get<double>() != y.get<double>())) return false;
  }
  return true;
}

std::string Figures(const json& f) {
  if (!f.is_object()) return "none";
  std::string s;
  for (const char* k : {"low", "best", "high"}) {
    const json& v = Get(f, k);
    if (!s.empty()) s += '/';
    s += v.is_null() ? std::string("-") : v.dump();
  }
  return s;
}

}  // namespace

EventScores ScoreDocument(const json& expected, const json& predicted, const ActorNames& actors,
                          const std::string& name, int keep_errors, std::vector<std::string>* errors) {
  auto error = [&](const std::string& line) {
    if (errors && static_cast<int>(errors->size()) < keep_errors) errors->push_back(name + ": " + line);
  };
  EventScores s;
  s.documents = 1;
  std::vector<Ev> gold = ReadEvents(expected), pred = ReadEvents(predicted);
  const size_t all_pred = pred.size();
  std::erase_if(pred, [](const Ev& e) { return e.type.empty() || e.type == "none"; });
  s.plover_only = static_cast<int>(all_pred - pred.size());
  auto pairs = Match(gold, pred, /*sub=*/false);
  auto sub_pairs = Match(gold, pred, /*sub=*/true);
  s.events = {static_cast<int>(gold.size()), static_cast<int>(pred.size()), static_cast<int>(pairs.size()),
              static_cast<int>(pairs.size())};
  s.sub_events = {static_cast<int>(gold.size()), static_cast<int>(pred.size()), static_cast<int>(sub_pairs.size()),
                  static_cast<int>(sub_pairs.size())};
  s.status.gold = static_cast<int>(gold.size());
  s.status.predicted = static_cast<int>(pred.size());
  for (const auto& e : gold) {
    for (const char* slot : {"actor1", "actor2"}) s.actors.gold += Filled(Get(*e.j, slot));
    s.fatalities.gold += Filled(Get(*e.j, "fatalities"));
  }
  for (const auto& e : pred) {
    for (const char* slot : {"actor1", "actor2"}) s.actors.predicted += Filled(Get(*e.j, slot));
    s.fatalities.predicted += Filled(Get(*e.j, "fatalities"));
  }
  std::vector<bool> gmatched(gold.size()), pmatched(pred.size());
  for (const auto& [g, p] : pairs) {
    gmatched[g] = pmatched[p] = true;
    const json &gj = *gold[g].j, &pj = *pred[p].j;
    for (const char* slot : {"actor1", "actor2"}) {
      const json &ga = Get(gj, slot), &pa = Get(pj, slot);
      if (Filled(ga) && Filled(pa) && actors.Same(GetString(ga, "name"), GetString(pa, "name"), GetString(pa, "id"))) {
        ++s.actors.correct_p;
        ++s.actors.correct_g;
      } else if (Filled(ga) || Filled(pa)) {
        error(std::string("ACTOR ") + slot + " of " + Describe(gold[g]) + ": expected " + ActorLabel(ga) + ", got " +
              ActorLabel(pa));
      }
    }
    const json &gf = Get(gj, "fatalities"), &pf = Get(pj, "fatalities");
    if (Filled(gf) && Filled(pf) && SameFigures(gf, pf)) {
      ++s.fatalities.correct_p;
      ++s.fatalities.correct_g;
    } else if (Filled(gf) || Filled(pf)) {
      error("FATAL " + Describe(gold[g]) + ": expected " + Figures(gf) + ", got " + Figures(pf));
    }
    if (gold[g].sub != pred[p].sub) error("SUBTYPE " + Describe(gold[g]) + ": got " + pred[p].sub);
    std::string gs = GetString(gj, "status"), ps = GetString(pj, "status");
    if (!gs.empty() && gs == ps) {
      ++s.status.correct_p;
      ++s.status.correct_g;
    } else {
      error("STATUS " + Describe(gold[g]) + ": expected " + gs + ", got " + ps);
    }
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (gmatched[g]) continue;
    const std::string why = WhyUnmatched(gold[g], pred);
    ++s.why["missed: " + why];
    error("MISS  " + Describe(gold[g]) + " (" + why + ")");
  }
  for (size_t p = 0; p < pred.size(); ++p) {
    if (pmatched[p]) continue;
    const std::string why = WhyUnmatched(pred[p], gold);
    ++s.why["false: " + why];
    error("FALSE " + Describe(pred[p]) + " (" + why + ")");
  }
  return s;
}

Result<EventEvalReport> EvalEventsDir(const Pipeline& pipeline, const ActorNames& actors, const std::string& dir,
                                      int show_errors) {
  namespace fs = std::filesystem;
  constexpr std::string_view kSuffix = ".expected.json";
  std::vector<std::string> expected_files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::InvalidArgument(dir + ": not a directory");
  fs::recursive_directory_iterator it(dir, ec);
  if (ec) return Status::IOError("cannot list " + dir + ": " + ec.message());
  for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
    if (ec) return Status::IOError("cannot list " + dir + ": " + ec.message());
    std::string p = it->path().string();
    if (p.size() > kSuffix.size() && p.ends_with(kSuffix) && it->is_regular_file(ec)) expected_files.push_back(p);
  }
  std::sort(expected_files.begin(), expected_files.end());
  if (expected_files.empty()) return Status::NotFound(dir + ": no *.expected.json files");

  EventEvalReport report;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& path : expected_files) {
    const std::string stem = path.substr(0, path.size() - kSuffix.size());
    auto expected_text = ReadFile(path);
    if (!expected_text.ok()) return expected_text.status();
    json expected = json::parse(*expected_text, nullptr, false);
    if (expected.is_discarded() || !expected.is_object())
      return Status::InvalidArgument(path + ": not a JSON object");
    auto text = ReadFile(stem + ".txt");
    if (!text.ok()) return text.status();
    report.bytes += text->size();
    Doc doc(std::move(text).value());
    if (auto pub = Get(expected, "published"); pub.is_string()) {
      doc.given_time = ParseIsoTime(pub.get<std::string>());
      if (!doc.given_time) return Status::InvalidArgument(path + ": \"published\" is not an ISO 8601 time");
    }
    MARSAD_RETURN_IF_ERROR(pipeline.Run(doc));
    json predicted = RecordJson(doc);
    std::string name = fs::path(stem).lexically_relative(dir).string();
    if (name.empty() || name == ".") name = stem;
    EventScores s = ScoreDocument(expected, predicted, actors, name, show_errors, &report.errors);
    std::string lang = GetString(expected, "lang");
    if (lang.empty()) lang = doc.lang;
    report.all.Add(s);
    report.by_lang[lang].Add(s);
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace marsad
