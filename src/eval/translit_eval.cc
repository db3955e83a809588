#include "eval/translit_eval.h"

#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "geo/gazetteer.h"
#include "geo/geo_math.h"
#include "geo/transliteration.h"

namespace marsad {
namespace {

std::vector<std::string> SplitTab(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  return out;
}

// Countries whose towns reports in Arabic write in Arabic letters and the
// gazetteer mostly knows in Latin: the contexts a common word is tried in.
constexpr const char* kWordCountries[] = {"BF", "ML", "NE", "NG", "TD", "CM", "CF", "CD", "SS", "ET", "KE", "MZ",
                                          "MM", "PH", "CO", "HT", "UA", "RU", "IN", "AF"};

}  // namespace

Result<TranslitEvalReport> EvalTranslitDir(const std::string& data_dir, const std::string& gazetteer_path,
                                           const std::string& dir, int show_errors) {
  auto gaz = Gazetteer::Load(gazetteer_path);
  if (!gaz.ok()) return gaz.status();
  std::shared_ptr<const Gazetteer> g(std::move(gaz).value());
  auto index = LoadTransliterationIndex(data_dir, g);
  if (!index.ok()) return index.status();
  if (!*index) return Status::NotFound("no " + data_dir + "/geo/transliteration.tsv");
  const TransliterationIndex& ix = **index;

  std::map<std::string, uint32_t> country_entry;
  std::map<int64_t, uint32_t> by_geonames_id;
  for (uint32_t id = 0; id < g->size(); ++id) {
    const Location& l = g->entry(id).location;
    if (l.geonames_id) by_geonames_id.emplace(l.geonames_id, id);
    if (l.feature_code.starts_with("PCL") && !country_entry.count(l.country)) country_entry[l.country] = id;
  }
  TranslitEvalReport r;
  auto note = [&](std::string line) {
    if (static_cast<int>(r.errors.size()) < show_errors) r.errors.push_back(std::move(line));
  };

  std::ifstream towns(dir + "/towns.tsv");
  if (!towns) return Status::IOError("cannot read " + dir + "/towns.tsv");
  std::string line;
  while (std::getline(towns, line)) {
    auto c = SplitTab(line);
    if (c.size() < 6) continue;
    double lat = 0, lon = 0;
    if (!ParseDouble(c[2], &lat) || !ParseDouble(c[3], &lon)) continue;
    ++r.towns;
    int64_t gid = std::stoll(c[1]);
    for (const auto& cand : ix.Candidates(c[0], 2))
      if (g->entry(cand.id).location.geonames_id == gid) {
        ++r.found;
        break;
      }
    auto score = [&](TranslitCounts* counts, const TransliterationContext& ctx, const char* label) {
      ++counts->items;
      TransliterationChoice ch = ix.Choose(c[0], ctx);
      if (ch.id < 0) {
        note(std::string("MISS  ") + label + " " + c[0] + " = " + c[5] + " (" + c[4] + ")" +
             (ch.reason.empty() ? "" : ": " + ch.reason));
        return;
      }
      ++counts->resolved;
      const Location& got = g->entry(static_cast<uint32_t>(ch.id)).location;
      if (DistanceKm(lat, lon, got.lat, got.lon) <= 25) {
        ++counts->right;
      } else {
        note(std::string("WRONG ") + label + " " + c[0] + " = " + c[5] + " (" + c[4] + "), got " + got.name + " (" +
             got.country + ")");
      }
    };
    TransliterationContext ctx;
    ctx.cue = "city";
    if (auto it = by_geonames_id.find(gid); it != by_geonames_id.end()) ctx.ignore_arabic_of = it->second;
    if (auto it = country_entry.find(c[4]); it != country_entry.end()) ctx.document_places.push_back(it->second);
    score(&r.in_country, ctx, "country");
    ctx.document_places.clear();
    score(&r.alone, ctx, "alone");
  }

  std::ifstream words(dir + "/words.tsv");
  if (!words) return Status::IOError("cannot read " + dir + "/words.tsv");
  while (std::getline(words, line)) {
    auto c = SplitTab(line);
    if (c.empty() || c[0].empty()) continue;
    ++r.words;
    TransliterationContext ctx;
    ctx.cue = "town";
    if (TransliterationChoice ch = ix.Choose(c[0], ctx); ch.id >= 0) {
      ++r.word_hits_alone;
      note("WORD  alone " + c[0] + " -> " + g->entry(static_cast<uint32_t>(ch.id)).location.name);
    }
    for (const char* cc : kWordCountries) {
      auto it = country_entry.find(cc);
      if (it == country_entry.end()) continue;
      ctx.document_places = {it->second};
      if (TransliterationChoice ch = ix.Choose(c[0], ctx); ch.id >= 0) {
        ++r.word_hits_country;
        note("WORD  " + std::string(cc) + " " + c[0] + " -> " + g->entry(static_cast<uint32_t>(ch.id)).location.name);
        break;
      }
    }
  }
  return r;
}

}  // namespace marsad
