#include "eval/geo_eval.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "geo/geo_math.h"
#include "util/tsv.h"

namespace marsad {

namespace {


// Byte offset of every code point boundary of `s` (size = code points + 1).
std::vector<uint32_t> CodePointOffsets(const std::string& s) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  out.push_back(static_cast<uint32_t>(s.size()));
  return out;
}

double Num(const nlohmann::json& j) {
  if (j.is_number()) return j.get<double>();
  if (j.is_string()) return std::atof(j.get<std::string>().c_str());
  return NAN;
}

}  // namespace

Result<GeoEvalReport> EvalGeoDir(const Pipeline& pipeline, const std::string& dir, int keep_examples) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".jsonl") files.push_back(it->path().string());
  if (ec) return Status::IOError("[E040] cannot read directory " + dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound("[E041] no .jsonl files under " + dir);
  std::sort(files.begin(), files.end());
  GeoEvalReport rep;
  std::set<std::string> seen;
  for (const auto& path : files) {
    auto raw = ReadFile(path);
    if (!raw.ok()) return raw.status();
    const std::string& s = raw.value();
    size_t i = 0;
    int line_no = 0;
    while (i < s.size()) {
      size_t j = s.find('\n', i);
      if (j == std::string::npos) j = s.size();
      std::string line = s.substr(i, j - i);
      i = j + 1;
      ++line_no;
      if (line.empty()) continue;
      nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
      if (row.is_discarded() || !row.is_object())
        return Status::InvalidArgument("[E042] " + path + ":" + std::to_string(line_no) + ": not a JSON object");
      std::string id = row.value("tweet_id", "");
      if (!id.empty() && !seen.insert(id).second) continue;
      std::string text = row.value("text", "");
      auto cps = CodePointOffsets(text);
      ++rep.tweets;
      rep.bytes += text.size();
      Doc doc(text);
      auto t0 = std::chrono::steady_clock::now();
      Status st = pipeline.Run(doc);
      rep.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (!st.ok()) return st;
      std::vector<std::pair<Span, const PlaceMention*>> pred;
      for (const auto& p : doc.places) pred.push_back({doc.ToOriginal(p.span), &p});
      std::vector<Span> gold_spans;
      if (!row.contains("location_mentions") || !row["location_mentions"].is_array()) continue;
      for (const auto& lm : row["location_mentions"]) {
        size_t b = lm.value("start_offset", 0), e = lm.value("end_offset", 0);
        if (b > e || e >= cps.size()) continue;
        Span g{cps[b], cps[e]};
        gold_spans.push_back(g);
        std::string type = lm.value("type", "?");
        const auto& osm = lm.contains("osm_json") ? lm["osm_json"] : nlohmann::json::object();
        double glat = osm.contains("lat") ? Num(osm["lat"]) : NAN, glon = osm.contains("lon") ? Num(osm["lon"]) : NAN;
        bool in_box_known = osm.contains("boundingbox") && osm["boundingbox"].is_array() &&
                            osm["boundingbox"].size() == 4;
        GeoCounts& t = rep.by_type[type];
        ++rep.all.gold;
        ++t.gold;
        const PlaceMention* hit = nullptr;
        bool any = false;
        for (const auto& [ps, pm] : pred) {
          if (ps.begin < g.end && g.begin < ps.end) {
            any = true;
            if (pm->resolved && !hit) hit = pm;
          }
        }
        if (any) ++rep.all.found, ++t.found;
        if (!any && static_cast<int>(rep.missed.size()) < keep_examples)
          rep.missed.push_back(lm.value("text", "") + " [" + type + "] | " + text);
        if (!hit) continue;
        ++rep.all.resolved, ++t.resolved;
        double d = DistanceKm(glat, glon, hit->location.lat, hit->location.lon);
        bool near = std::isfinite(d) && d <= 25.0;
        bool box = false;
        if (in_box_known) {
          const auto& bb = osm["boundingbox"];  // [south, north, west, east]
          double s0 = Num(bb[0]), n0 = Num(bb[1]), w0 = Num(bb[2]), e0 = Num(bb[3]);
          box = hit->location.lat >= s0 && hit->location.lat <= n0 && hit->location.lon >= w0 &&
                hit->location.lon <= e0;
        }
        if (near) ++rep.all.within25, ++t.within25;
        if (near || box) ++rep.all.within_box, ++t.within_box;
        if (!near && !box && static_cast<int>(rep.wrong.size()) < keep_examples)
          rep.wrong.push_back(lm.value("text", "") + " [" + type + "]: got " + hit->location.name + " " +
                              hit->location.country + " (" + std::to_string(static_cast<int>(d)) +
                              " km) because " + hit->reason + "; gold " + osm.value("display_name", ""));
        if (!near && box && static_cast<int>(rep.far.size()) < keep_examples)
          rep.far.push_back(lm.value("text", "") + " [" + type + "]: got " + hit->location.name + " " +
                            hit->location.country + " " + hit->location.feature_code + " (" +
                            std::to_string(static_cast<int>(d)) + " km); gold " + osm.value("display_name", "") +
                            " (" + osm.value("category", "") + "/" + osm.value("type", "") + ")");
      }
      for (const auto& entry : pred) {
        const Span& ps = entry.first;  // a named variable: clang 14 cannot capture a structured binding
        ++rep.predicted;
        bool on = std::any_of(gold_spans.begin(), gold_spans.end(),
                              [&](const Span& g) { return ps.begin < g.end && g.begin < ps.end; });
        rep.predicted_on_gold += on;
      }
    }
  }
  return rep;
}

}  // namespace marsad
