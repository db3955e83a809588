// Gazetteer::ImportFile: the marsad format, GeoNames dumps (main table and
// alternateNamesV2) and OCHA P-code CSVs, detected from the first line.
// doc/gazetteer.md describes each accepted layout.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_map>

#include "geo/gazetteer.h"
#include "geo/geo_math.h"
#include "util/tsv.h"

namespace marsad {
namespace {

Status LineError(const std::string& path, int line, std::string_view what) {
  return Status::InvalidArgument("[E002] " + path + ":" + std::to_string(line) + ": " +
                                 std::string(what));
}

std::vector<std::string_view> Split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = line.find(sep, start);
    out.push_back(line.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

// Lenient about spaces and a leading '+', which hand-edited CSVs carry.
bool ParseCoordinate(std::string_view s, double* out) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  return ParseDouble(s, out);
}


bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool HasArabic(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 0xD8 && c <= 0xDB) return true;  // U+0600..U+06FF
    if (c == 0xDD) return true;               // U+0740..U+077F
  }
  return false;
}

// A Latin-script alternate worth indexing: a real spelling (capitalised, only
// Latin letters, spaces and punctuation), not a lower-case machine
// romanisation ("abw aldhwr") nor a code ("ALP"). tools/build_gazetteer.py
// applies the same rule.
bool IsLatinVariant(std::string_view s) {
  if (s.size() < 2) return false;
  size_t letters = 0, upper = 0;
  bool first_letter_upper = false, seen_letter = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (c >= '0' && c <= '9') return false;
      bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
      if (lo || up) {
        if (!seen_letter) first_letter_upper = up;
        seen_letter = true;
        ++letters;
        upper += up;
      }
      ++i;
      continue;
    }
    // Latin-1 supplement .. Latin Extended-B, IPA/modifier letters, Latin Extended Additional.
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (i + len > s.size()) return false;
    char32_t cp;
    if (len == 2) cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    else if (len == 3) cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    else return false;
    bool latin = (cp >= 0xC0 && cp < 0x250 && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF);
    bool mark = (cp >= 0x2B0 && cp <= 0x2FF) || cp == 0x2018 || cp == 0x2019 || cp == 0xB4;
    if (!latin && !mark) return false;
    if (latin) {
      // Upper case in these blocks: Latin-1 C0..DE; elsewhere even code points mostly.
      bool up = cp < 0x100 ? cp < 0xDF : (cp % 2 == 0);
      if (!seen_letter) first_letter_upper = up;
      seen_letter = true;
      ++letters;
      upper += up;
    }
    i += len;
  }
  if (!seen_letter || !first_letter_upper) return false;
  if (letters <= 5 && upper == letters) return false;
  return true;
}

// One CSV record (RFC 4180: quotes, doubled quotes, newlines inside quotes).
// Returns false at end of input. *line is advanced by the newlines consumed.
bool NextCsvRecord(std::string_view text, size_t* pos, int* line, std::vector<std::string>* out,
                   bool* bad_quote) {
  out->clear();
  *bad_quote = false;
  if (*pos >= text.size()) return false;
  std::string field;
  bool quoted = false, was_quoted = false;
  size_t i = *pos;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') { field.push_back('"'); ++i; }
        else quoted = false;
      } else {
        if (c == '\n') ++*line;
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) { quoted = was_quoted = true; continue; }
    if (c == ',') { out->push_back(std::move(field)); field.clear(); was_quoted = false; continue; }
    if (c == '\n') { ++*line; ++i; break; }
    if (c == '\r') continue;
    field.push_back(c);
  }
  if (quoted) *bad_quote = true;
  out->push_back(std::move(field));
  *pos = i;
  return true;
}

// The first line of a multi-line value, trimmed ("Qudsiya\r\n" -> "Qudsiya").
std::string CleanValue(std::string_view s) {
  size_t nl = s.find_first_of("\r\n");
  if (nl != std::string_view::npos) s = s.substr(0, nl);
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, e - b + 1));
}

// Header names compared loosely: "ADM2_PCODE", "adm2_pcode", "admin2Pcode" -> "adm2pcode".
std::string LooseHeader(std::string_view h) {
  std::string s;
  for (char c : h) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) s.push_back(c);
  }
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
  size_t p;
  while ((p = s.find("admin")) != std::string::npos) s.replace(p, 5, "adm");
  return s;
}

}  // namespace

class GazetteerImporter {
 public:
  GazetteerImporter(Gazetteer* g, std::string path) : g_(g), path_(std::move(path)) {
    for (size_t i = 0; i < g_->entries_.size(); ++i) {
      const GazetteerEntry& e = g_->entries_[i];
      if (e.location.geonames_id) by_geonames_.emplace(e.location.geonames_id, i);
      if (!e.location.pcode.empty()) by_pcode_.emplace(e.location.pcode, i);
      if (!e.admin1_code.empty() && !e.location.admin1.empty())
        admin1_names_.emplace(e.admin1_code, e.location.admin1);
    }
  }

  Status Run(std::string_view text) {
    std::string_view first = text.substr(0, text.find('\n'));
    if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
    if (first.rfind("#format gazetteer", 0) == 0) return g_->ParseGazetteerText(path_, text, false);
    auto tabs = Split(first, '\t');
    if (tabs.size() == 19 && AllDigits(tabs[0])) return GeoNamesMain(text);
    if ((tabs.size() == 8 || tabs.size() == 10) && AllDigits(tabs[0]) && AllDigits(tabs[1]))
      return AlternateNames(text);
    if (first.find(',') != std::string_view::npos) return OchaCsv(text);
    if (text.empty()) return LineError(path_, 1, "empty file");
    return LineError(path_, 1,
                     "unrecognised format: expected a marsad gazetteer, a GeoNames dump (19 tab-separated "
                     "columns), alternateNamesV2 (10 columns) or an OCHA P-code CSV");
  }

 private:
  uint32_t NewEntry(GazetteerEntry e) {
    // Fields are written to one TSV line, names '|'-joined: keep separators out.
    Location& l = e.location;
    for (std::string* s : {&l.name, &l.name_ar, &l.pcode, &l.country, &l.admin1, &l.admin2, &l.feature_code,
                           &e.admin1_code, &e.source})
      for (char& c : *s)
        if (c == '\t' || c == '\n' || c == '\r' || c == '|') c = ' ';
    uint32_t id = static_cast<uint32_t>(g_->entries_.size());
    if (e.location.geonames_id) by_geonames_[e.location.geonames_id] = id;
    if (!e.location.pcode.empty()) by_pcode_[e.location.pcode] = id;
    std::string name = e.location.name, name_ar = e.location.name_ar;
    g_->entries_.push_back(std::move(e));
    g_->AddName(id, name);
    if (!name_ar.empty()) g_->AddName(id, name_ar);
    return id;
  }

  template <typename F>
  Status ForEachLine(std::string_view text, F&& f) {
    int line_no = 0;
    for (size_t pos = 0; pos < text.size();) {
      size_t nl = text.find('\n', pos);
      std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
      pos = nl == std::string_view::npos ? text.size() : nl + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      MARSAD_RETURN_IF_ERROR(f(line_no, line));
    }
    return Status::OK();
  }

  // GeoNames main table: geonameid name asciiname alternatenames lat lon
  // fclass fcode country cc2 admin1 admin2 admin3 admin4 population elevation
  // dem timezone modified.
  Status GeoNamesMain(std::string_view text) {
    return ForEachLine(text, [&](int line_no, std::string_view line) -> Status {
      auto c = Split(line, '\t');
      if (c.size() != 19)
        return LineError(path_, line_no, std::to_string(c.size()) + " columns, a GeoNames row has 19");
      int64_t id = 0, population = 0;
      double lat, lon;
      if (!AllDigits(c[0]) || !ParseInt(c[0], &id) || id <= 0) return LineError(path_, line_no, "bad geonameid");
      if (!ParseCoordinate(c[4], &lat) || lat < -90 || lat > 90) return LineError(path_, line_no, "bad latitude");
      if (!ParseCoordinate(c[5], &lon) || lon < -180 || lon > 180) return LineError(path_, line_no, "bad longitude");
      if (!ParseInt(c[14], &population) || population < 0) return LineError(path_, line_no, "bad population");
      if (c[1].empty()) return LineError(path_, line_no, "empty name");
      if (c[6].size() > 1) return LineError(path_, line_no, "bad feature class");
      std::vector<std::string_view> alts;
      if (!c[3].empty()) alts = Split(c[3], ',');
      auto it = by_geonames_.find(id);
      uint32_t entry;
      if (it != by_geonames_.end()) {
        entry = it->second;
      } else {
        GazetteerEntry e;
        Location& l = e.location;
        l.geonames_id = id;
        l.name = CleanValue(c[1]);
        l.lat = lat;
        l.lon = lon;
        l.country = c[8];
        l.feature_code = c[7];
        e.feature_class = c[6].empty() ? 'P' : c[6][0];
        e.population = population;
        if (!c[10].empty()) e.admin1_code = std::string(c[8]) + "." + std::string(c[10]);
        auto a1 = admin1_names_.find(e.admin1_code);
        if (a1 != admin1_names_.end()) l.admin1 = a1->second;
        for (std::string_view a : alts)
          if (HasArabic(a)) { l.name_ar = CleanValue(a); break; }
        e.source = "geonames";
        entry = NewEntry(std::move(e));
      }
      g_->AddName(entry, CleanValue(c[2]));
      for (std::string_view a : alts)
        if (HasArabic(a) || IsLatinVariant(a)) g_->AddName(entry, CleanValue(a));
      return Status::OK();
    });
  }

  // alternateNamesV2: alternateNameId geonameid isolanguage name isPreferred
  // isShort isColloquial isHistoric from to. Adds names to known entries only.
  Status AlternateNames(std::string_view text) {
    static const std::string_view kPseudo[] = {"link", "post", "iata", "icao", "faac", "fr_1793",
                                               "abbr", "wkdt", "unlc", "tcid", "phon", "piny"};
    return ForEachLine(text, [&](int line_no, std::string_view line) -> Status {
      auto c = Split(line, '\t');
      if (c.size() != 8 && c.size() != 10)
        return LineError(path_, line_no, std::to_string(c.size()) + " columns, alternateNames rows have 8 or 10");
      int64_t id;
      if (!AllDigits(c[0]) || !AllDigits(c[1]) || !ParseInt(c[1], &id))
        return LineError(path_, line_no, "bad alternateNameId or geonameid");
      if (std::find(std::begin(kPseudo), std::end(kPseudo), c[2]) != std::end(kPseudo)) return Status::OK();
      if (c[7] == "1") return Status::OK();  // historic: Beroea is not today's Aleppo
      auto it = by_geonames_.find(id);
      if (it == by_geonames_.end()) return Status::OK();
      std::string_view name = c[3];
      if (HasArabic(name) || IsLatinVariant(name)) {
        g_->AddName(it->second, CleanValue(name));
        GazetteerEntry& e = g_->entries_[it->second];
        if (e.location.name_ar.empty() && c[2] == "ar") e.location.name_ar = CleanValue(name);
      }
      return Status::OK();
    });
  }

  // OCHA P-code CSVs: admN_pcode/admN_en/admN_ar columns (COD-AB tables and
  // gazetteers; the deepest level is the row's own unit) or PCODE/NAME_EN/
  // NAME_AR point lists (neighbourhoods, communities) with coordinates.
  Status OchaCsv(std::string_view text) {
    size_t pos = 0;
    int line = 1;
    std::vector<std::string> header_raw, rec;
    bool bad_quote;
    NextCsvRecord(text, &pos, &line, &header_raw, &bad_quote);
    std::unordered_map<std::string, int> col;
    for (size_t i = 0; i < header_raw.size(); ++i) col.emplace(LooseHeader(header_raw[i]), static_cast<int>(i));
    auto find = [&](std::initializer_list<const char*> names) {
      for (const char* n : names) {
        auto it = col.find(n);
        if (it != col.end()) return it->second;
      }
      return -1;
    };
    struct Level { int pcode = -1, en = -1, ar = -1, alt = -1; };
    Level levels[6];
    int deepest = -1;
    for (int n = 0; n <= 5; ++n) {
      std::string p = "adm" + std::to_string(n);
      auto f = [&](const std::string& suffix) {
        auto it = col.find(p + suffix);
        return it == col.end() ? -1 : it->second;
      };
      levels[n].pcode = f("pcode");
      levels[n].en = f("en") >= 0 ? f("en") : f("nameen") >= 0 ? f("nameen") : f("name");
      levels[n].ar = f("ar") >= 0 ? f("ar") : f("namear");
      levels[n].alt = f("arref") >= 0 ? f("arref") : f("namarref");
      if (levels[n].pcode >= 0 && n > 0) deepest = n;
    }
    int lat_col = find({"centroidlat", "latitude", "lat", "centerlat", "y", "latitudey", "ycoord"});
    int lon_col = find({"centroidlon", "longitude", "lon", "long", "lng", "centerlon", "x", "longitudex", "xcoord"});
    Level point;
    point.pcode = find({"pcode"});
    point.en = find({"nameen", "name", "namelatin"});
    point.ar = find({"namear", "namearabic"});
    point.alt = find({"namarref", "namearref"});
    bool point_file = point.pcode >= 0 && point.en >= 0;
    if (!point_file && deepest < 0)
      return LineError(path_, 1, "CSV header has neither admN_pcode columns nor PCODE/NAME_EN columns");
    if (point_file && (lat_col < 0 || lon_col < 0))
      return LineError(path_, 1, "a PCODE/NAME_EN list needs latitude/longitude columns");

    // Parents without coordinates of their own get the mean of their children.
    struct Sum { double lat = 0, lon = 0; int n = 0; };
    std::unordered_map<uint32_t, Sum> derived;
    while (true) {
      int record_line = line;
      if (!NextCsvRecord(text, &pos, &line, &rec, &bad_quote)) break;
      if (rec.size() == 1 && CleanValue(rec[0]).empty()) continue;
      if (bad_quote) return LineError(path_, record_line, "unterminated quoted field");
      if (rec.size() != header_raw.size())
        return LineError(path_, record_line, std::to_string(rec.size()) + " fields, header has " +
                                                 std::to_string(header_raw.size()));
      auto get = [&](int i) { return i >= 0 ? CleanValue(rec[i]) : std::string(); };
      double lat = 0, lon = 0;
      bool have_point = lat_col >= 0 && lon_col >= 0;
      if (have_point) {
        if (!ParseCoordinate(get(lat_col), &lat) || lat < -90 || lat > 90)
          return LineError(path_, record_line, "bad latitude '" + get(lat_col) + "'");
        if (!ParseCoordinate(get(lon_col), &lon) || lon < -180 || lon > 180)
          return LineError(path_, record_line, "bad longitude '" + get(lon_col) + "'");
      }
      std::string country;
      for (int n = 0; n <= 5 && country.empty(); ++n) {
        std::string p = get(levels[n].pcode);
        if (p.size() >= 2 && std::isupper(static_cast<unsigned char>(p[0])) &&
            std::isupper(static_cast<unsigned char>(p[1])))
          country = p.substr(0, 2);
      }
      std::string adm1_pcode = get(levels[1].pcode);
      std::string admin1_code = adm1_pcode;
      auto a1 = by_pcode_.find(adm1_pcode);
      if (a1 != by_pcode_.end() && !g_->entries_[a1->second].admin1_code.empty())
        admin1_code = g_->entries_[a1->second].admin1_code;
      std::string admin1 = get(levels[1].en), admin2 = get(levels[2].en);

      auto upsert = [&](const Level& lv, const char* code, char fclass, bool own_point) -> Status {
        std::string pcode = get(lv.pcode), en = get(lv.en), ar = get(lv.ar);
        if (pcode.empty()) return Status::OK();
        if (en.empty() && ar.empty()) {
          if (!own_point) return Status::OK();  // a parent named elsewhere, if at all
          return LineError(path_, record_line, "P-code " + pcode + " has no name");
        }
        uint32_t id;
        auto it = by_pcode_.find(pcode);
        if (it != by_pcode_.end()) {
          id = it->second;
        } else if (!have_point) {
          return Status::OK();  // no coordinates: only names for units already known
        } else {
          GazetteerEntry e;
          Location& l = e.location;
          l.pcode = pcode;
          l.name = en.empty() ? ar : en;
          l.name_ar = HasArabic(ar) ? ar : "";
          l.country = country;
          l.feature_code = code;
          l.admin1 = std::string(code) == "ADM1" ? "" : admin1;
          l.admin2 = std::string(code) == "ADM1" || std::string(code) == "ADM2" ? "" : admin2;
          e.feature_class = fclass;
          e.admin1_code = admin1_code;
          e.source = "ocha";
          if (own_point) { l.lat = lat; l.lon = lon; }
          id = NewEntry(std::move(e));
          if (!own_point) derived[id];
        }
        if (!ar.empty()) g_->AddName(id, ar);
        if (!en.empty()) g_->AddName(id, en);
        std::string alt = get(lv.alt);
        if (!alt.empty()) g_->AddName(id, alt);
        auto d = derived.find(id);
        if (d != derived.end() && have_point) {
          d->second.lat += lat;
          d->second.lon += lon;
          ++d->second.n;
        }
        return Status::OK();
      };
      static const char* kCodes[] = {"PCLI", "ADM1", "ADM2", "ADM3", "ADM4", "ADM5"};
      int top = point_file ? 5 : deepest;
      for (int n = 1; n <= top; ++n) {
        if (levels[n].pcode < 0) continue;
        bool own = !point_file && n == deepest && have_point;
        MARSAD_RETURN_IF_ERROR(upsert(levels[n], n == 4 && !point_file ? "PPL" : kCodes[n],
                                      n == 4 && !point_file ? 'P' : 'A', own));
      }
      if (point_file) {
        bool neighbourhood = levels[4].pcode >= 0;
        MARSAD_RETURN_IF_ERROR(upsert(point, neighbourhood ? "PPLX" : "PPL", 'P', true));
      }
    }
    for (auto& [id, sum] : derived) {
      g_->entries_[id].location.lat = sum.lat / sum.n;
      g_->entries_[id].location.lon = sum.lon / sum.n;
    }
    return Status::OK();
  }

  Gazetteer* g_;
  std::string path_;
  std::unordered_map<int64_t, uint32_t> by_geonames_;
  std::unordered_map<std::string, uint32_t> by_pcode_;
  std::unordered_map<std::string, std::string> admin1_names_;
};

Status Gazetteer::ImportFile(const std::string& path) {
  if (finalized_) return Status::Internal("[E002] " + path + ": gazetteer already finalized");
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  GazetteerImporter importer(this, path);
  return importer.Run(*text);
}

}  // namespace marsad
