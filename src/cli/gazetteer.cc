// `marsad gazetteer import|lookup|stats`: build a user gazetteer from GeoNames
// or OCHA files, query one, or summarise one (doc/gazetteer.md).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "geo/gazetteer.h"
#include "marsad/pipeline.h"

namespace marsad::cli {

void AddGazetteer(CLI::App& app, GazetteerOptions* opts) {
  CLI::App* cmd = app.add_subcommand("gazetteer", "Import, query or summarise a gazetteer");
  cmd->require_subcommand(1);
  auto common = [&](CLI::App* sub) {
    sub->add_option("--gazetteer", opts->gazetteer,
                    "Gazetteer file (default: <data-dir>/geo/gazetteer.tsv)");
    sub->add_option("--data-dir", opts->data_dir,
                    "Data directory (default: $MARSAD_DATA_DIR or the built-in one)");
  };
  CLI::App* imp = cmd->add_subcommand(
      "import", "Add GeoNames dumps (allCountries.txt, XX.txt, cities*.txt, alternateNamesV2.txt), OCHA "
                "P-code CSVs or marsad gazetteer files to the gazetteer and write the result");
  imp->add_option("files", opts->files, "Files to import, in order")->required();
  imp->add_option("--out", opts->out, "Output gazetteer file")->required();
  imp->add_flag("--empty", opts->empty, "Start from an empty gazetteer instead of the embedded one");
  common(imp);
  CLI::App* look = cmd->add_subcommand("lookup", "Print the entries a name matches, best first, as JSON Lines");
  look->add_option("names", opts->names, "Place names as written")->required();
  look->add_option("--limit", opts->limit, "Most candidates per name (0: all)")->capture_default_str();
  common(look);
  CLI::App* stats = cmd->add_subcommand("stats", "Print counts and load time of the gazetteer as JSON");
  common(stats);
  opts->import_cmd = imp;
  opts->lookup_cmd = look;
  opts->stats_cmd = stats;
}

namespace {

std::string GazetteerPath(const GazetteerOptions& opts) {
  if (!opts.gazetteer.empty()) return opts.gazetteer;
  return (opts.data_dir.empty() ? DefaultDataDir() : opts.data_dir) + "/geo/gazetteer.tsv";
}

nlohmann::json EntryJson(const Gazetteer& g, uint32_t id) {
  const GazetteerEntry& e = g.entry(id);
  const Location& l = e.location;
  nlohmann::json j;
  j["entry"] = id;
  if (l.geonames_id) j["geonames_id"] = l.geonames_id;
  if (!l.pcode.empty()) j["pcode"] = l.pcode;
  j["name"] = l.name;
  if (!l.name_ar.empty()) j["name_ar"] = l.name_ar;
  j["lat"] = l.lat;
  j["lon"] = l.lon;
  j["country"] = l.country;
  if (!l.admin1.empty()) j["admin1"] = l.admin1;
  if (!l.admin2.empty()) j["admin2"] = l.admin2;
  j["feature_class"] = std::string(1, e.feature_class);
  j["feature_code"] = l.feature_code;
  if (e.population) j["population"] = e.population;
  j["source"] = e.source;
  return j;
}

bool WriteLine(const std::string& s) {
  std::string line = s + "\n";
  return std::fwrite(line.data(), 1, line.size(), stdout) == line.size();
}

}  // namespace

int RunGazetteer(const GazetteerOptions& opts) {
  if (opts.import_cmd && opts.import_cmd->parsed()) {
    std::unique_ptr<Gazetteer> g = Gazetteer::Create();
    if (!opts.empty) {
      Status st = g->ImportFile(GazetteerPath(opts));
      if (!st.ok()) {
        std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
        return 1;
      }
    }
    size_t before = g->size();
    for (const std::string& f : opts.files) {
      size_t n = g->size();
      Status st = g->ImportFile(f);
      if (!st.ok()) {
        std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
        return 1;
      }
      std::fprintf(stderr, "marsad: %s: %zu new entries\n", f.c_str(), g->size() - n);
    }
    Status st = g->Save(opts.out);
    if (!st.ok()) {
      std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
      return 1;
    }
    std::fprintf(stderr, "marsad: wrote %s: %zu entries (%zu imported)\n", opts.out.c_str(), g->size(),
                 g->size() - before);
    return 0;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto loaded = Gazetteer::Load(GazetteerPath(opts));
  auto t1 = std::chrono::steady_clock::now();
  if (!loaded.ok()) {
    std::fprintf(stderr, "marsad: %s\n", loaded.status().message().c_str());
    return 1;
  }
  const Gazetteer& g = **loaded;
  if (opts.lookup_cmd && opts.lookup_cmd->parsed()) {
    for (const std::string& name : opts.names) {
      std::string key = Gazetteer::NameKey(name);
      auto ids = g.Lookup(key);
      size_t n = 0;
      for (uint32_t id : ids) {
        if (opts.limit > 0 && n++ >= static_cast<size_t>(opts.limit)) break;
        nlohmann::json j = EntryJson(g, id);
        j["query"] = name;
        j["key"] = key;
        if (!WriteLine(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))) return 0;
      }
      if (ids.empty()) std::fprintf(stderr, "marsad: no place named '%s' (key '%s')\n", name.c_str(), key.c_str());
    }
    return 0;
  }
  std::map<std::string, size_t> by_source, by_class;
  size_t names = 0;
  for (uint32_t i = 0; i < g.size(); ++i) {
    ++by_source[g.entry(i).source];
    ++by_class[std::string(1, g.entry(i).feature_class)];
    names += g.entry(i).names.size();
  }
  nlohmann::json j;
  j["path"] = GazetteerPath(opts);
  j["entries"] = g.size();
  j["names"] = names;
  j["keys"] = g.key_count();
  j["index_slots"] = g.posting_count();
  j["max_name_words"] = g.max_name_words();
  j["load_ms"] = std::chrono::duration<double, std::milli>(t1 - t0).count();
  j["by_source"] = by_source;
  j["by_feature_class"] = by_class;
  WriteLine(j.dump(2));
  return 0;
}

}  // namespace marsad::cli
