#include "geo/gazetteer.h"
#include "geo/geo_math.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/testutil.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

std::string EmbeddedPath() { return test::DataDir() + "/geo/gazetteer.tsv"; }

const Gazetteer& Embedded() {
  static const Gazetteer* g = [] {
    auto r = Gazetteer::Load(EmbeddedPath());
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value().release() : Gazetteer::Create().release();
  }();
  return *g;
}

// The best candidate's field for a name, or "" when the name is unknown.
const GazetteerEntry* Best(const Gazetteer& g, const std::string& name) {
  auto ids = g.LookupName(name);
  return ids.empty() ? nullptr : &g.entry(ids[0]);
}

bool HasCandidate(const Gazetteer& g, const std::string& name, const std::string& feature_code,
                  const std::string& country) {
  for (uint32_t id : g.LookupName(name))
    if (g.entry(id).location.feature_code == feature_code && g.entry(id).location.country == country)
      return true;
  return false;
}

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("marsad_gaz_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& content) const {
    std::string p = (path_ / name).string();
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  std::string Path(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

TEST(EmbeddedGazetteerTest, AleppoByEverySpelling) {
  for (const char* name : {"حلب", "Aleppo", "halab", "Halab", "Alep"}) {
    const GazetteerEntry* e = Best(Embedded(), name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->location.geonames_id, 170063) << name;
    EXPECT_NEAR(e->location.lat, 36.20124, 1e-4);
    EXPECT_NEAR(e->location.lon, 37.16117, 1e-4);
  }
  // The governorate is a candidate too, after the city.
  EXPECT_TRUE(HasCandidate(Embedded(), "حلب", "ADM1", "SY"));
}

// Romanised syllables given as alternate names of foreign towns ("En-an",
// "Pa") are English words and given names in running text: an alternate of
// three letters or fewer outside the Arabic-named countries is no key. Main
// names stay however short (Ann in Myanmar), and so do short Arabic names
// (Al Ain).
TEST(EmbeddedGazetteerTest, ShortForeignAlternatesAreNoKeys) {
  for (const char* word : {"Ann", "An", "Pa"})
    for (uint32_t id : Embedded().LookupName(word))
      EXPECT_NE(Embedded().entry(id).location.country, "CN") << word << " keys " << Embedded().entry(id).location.name;
  EXPECT_TRUE(HasCandidate(Embedded(), "Ann", "PPL", "MM"));
  const GazetteerEntry* ain = Best(Embedded(), "Al-Ain");
  ASSERT_NE(ain, nullptr);
  EXPECT_EQ(ain->location.country, "AE");
}

// A name GeoNames spells with Persian گ is found under the Arabic ج and غ
// spellings of that g (Helmand's Sangin, سنگین).
TEST(EmbeddedGazetteerTest, PersianGafAlsoKeyedAsJimAndGhayn) {
  for (const char* name : {"سنگین", "سنكين", "سنجين", "سنغين"})
    EXPECT_TRUE(HasCandidate(Embedded(), name, "PPLA2", "AF")) << name;
}

// Persian چ, which Arabic lacks, is written ج or تش; a name with گ and چ
// gets every mix. An Arabic name without them gets no other spelling.
TEST(GazetteerSpellingsTest, PersianCheAlsoSpeltAsJimAndTehSheen) {
  const std::vector<std::string> che = Gazetteer::ArabicSpellingsOfG("چمن");
  EXPECT_EQ(che, (std::vector<std::string>{"جمن", "تشمن"}));
  EXPECT_EQ(Gazetteer::ArabicSpellingsOfG("گچ").size(), 4u);
  EXPECT_TRUE(Gazetteer::ArabicSpellingsOfG("حلب").empty());
}

// Pashto's own letters are written in Arabic with the letter each is made
// from: retroflex ړ as ر, ډ as د, ټ as ت, ښ as ش, final ې as ي. A name with
// one of them gets that one spelling; with گ too, each of its mixes.
TEST(GazetteerSpellingsTest, PashtoLettersSpeltWithTheirArabicBase) {
  EXPECT_EQ(Gazetteer::ArabicSpellingsOfG("ډېړ"), (std::vector<std::string>{"دير"}));
  EXPECT_EQ(Gazetteer::ArabicSpellingsOfG("ټښ"), (std::vector<std::string>{"تش"}));
  EXPECT_EQ(Gazetteer::ArabicSpellingsOfG("گړ"), (std::vector<std::string>{"جر", "غر"}));
  EXPECT_TRUE(Gazetteer::ArabicSpellingsOfG("کابل").empty());
}

// Kunar's Naray, which GeoNames writes ناړی, is found as Arabic writes it.
TEST(EmbeddedGazetteerTest, PashtoRetroflexFoundUnderItsArabicLetter) {
  EXPECT_TRUE(HasCandidate(Embedded(), "ناري", "PPLA2", "AF"));
}


// "As Sukhnah", "Ad-Dindar": a Latin name that begins with the Arabic
// article assimilated to its sun letter is found as reports write it with
// al- ("al-Sukhnah", "al-Dindar"), whether the keys were computed on import
// or read back as stored. An article that does not match the next word's
// first letter ("As Gharbi") is no assimilation, nor is an English "At".
TEST(GazetteerTest, AssimilatedArticleNameFoundWithAl) {
  TempDir dir;
  std::string src = dir.Write(
      "g.tsv",
      "#format gazetteer v1\nname\tlat\tlon\tcountry\tnames\n"
      "As Sukhnah\t1\t1\tAA\t\n"
      "Ad-Dindar\t2\t2\tAA\t\n"
      "Ash Shihr\t3\t3\tAA\t\n"
      "As Gharbi\t4\t4\tAA\t\n");
  auto g = Gazetteer::Create();
  ASSERT_TRUE(g->ImportFile(src).ok());
  g->Finalize();
  std::string out = dir.Path("out.tsv");
  ASSERT_TRUE(g->Save(out).ok());
  auto back = Gazetteer::Load(out);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  for (const Gazetteer* gz : {g.get(), back->get()}) {
    for (const char* name : {"al-Sukhnah", "Sukhnah", "al-Dindar", "el-Dindar", "al-Shihr", "As Sukhnah"})
      EXPECT_EQ(gz->LookupName(name).size(), 1u) << name;
    EXPECT_TRUE(gz->LookupName("al-Gharbi").empty());
  }
}

// The name without its assimilated article is a key of the place's own
// name only, and only a rest of five letters or more: an alternate spelling
// ("An Nazi" of a village called otherwise) or a short rest ("Ad Dan",
// "As Seen") would key an English word or a person's name.
TEST(GazetteerTest, AssimilatedArticleKeyOnlyForOwnNameAndLongRest) {
  TempDir dir;
  std::string src = dir.Write(
      "g.tsv",
      "#format gazetteer v1\nname\tlat\tlon\tcountry\tnames\n"
      "Al Qarnazah\t1\t1\tAA\tAn Nazi\n"
      "Ad Dan\t2\t2\tAA\t\n"
      "As Seen\t3\t3\tAA\t\n"
      "At Turbah\t4\t4\tAA\t\n"
      "As Sūma\t5\t5\tAA\t\n");  // four letters in five bytes: letters are counted
  auto g = Gazetteer::Create();
  ASSERT_TRUE(g->ImportFile(src).ok());
  g->Finalize();
  std::string out = dir.Path("out.tsv");
  ASSERT_TRUE(g->Save(out).ok());
  auto back = Gazetteer::Load(out);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  for (const Gazetteer* gz : {g.get(), back->get()}) {
    for (const char* word : {"Nazi", "Dan", "Seen", "Sūma"}) EXPECT_TRUE(gz->LookupName(word).empty()) << word;
    for (const char* name : {"An Nazi", "Ad Dan", "al-Turbah", "Turbah"}) EXPECT_EQ(gz->LookupName(name).size(), 1u) << name;
  }
}

TEST(EmbeddedGazetteerTest, SyrianCitiesOfTheSeed) {
  struct Case { const char* ar; const char* en; int64_t id; };
  for (const Case& c : {Case{"إدلب", "Idlib", 169389}, Case{"درعا", "Daraa", 170905},
                        Case{"حماة", "Hama", 170017}, Case{"حماه", "Hamah", 170017}}) {
    const GazetteerEntry* ar = Best(Embedded(), c.ar);
    const GazetteerEntry* en = Best(Embedded(), c.en);
    ASSERT_NE(ar, nullptr) << c.ar;
    ASSERT_NE(en, nullptr) << c.en;
    EXPECT_EQ(ar->location.geonames_id, c.id) << c.ar;
    EXPECT_EQ(en->location.geonames_id, c.id) << c.en;
  }
}

TEST(EmbeddedGazetteerTest, AbuAlDuhurTownAndAirbaseByEveryVariant) {
  for (const char* name : {"أبو الضهور", "أبو الظهور", "ابو الضهور", "Abu al-Duhur", "Abu ad-Duhur",
                           "Abu el-Duhur", "Abū aḍ Ḍuhūr", "Abu Zuhur", "Abu az-Zuhur"}) {
    bool town = false;
    for (uint32_t id : Embedded().LookupName(name)) town |= Embedded().entry(id).location.geonames_id == 174611;
    EXPECT_TRUE(town) << name;
  }
  for (const char* name : {"مطار أبو الضهور العسكري", "مطار أبو الظهور", "مطار أبو الضهور",
                           "Abu al-Duhur airbase", "Abu ad-Duhur airbase", "Abu Zuhur airbase"}) {
    const GazetteerEntry* e = Best(Embedded(), name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->location.feature_code, "AIRB") << name;
    // East of Idlib city, about 35.73 N 37.10 E.
    EXPECT_NEAR(e->location.lat, 35.73, 0.05) << name;
    EXPECT_NEAR(e->location.lon, 37.10, 0.05) << name;
  }
}

TEST(EmbeddedGazetteerTest, Facilities) {
  const GazetteerEntry* airport = Best(Embedded(), "مطار حلب الدولي");
  ASSERT_NE(airport, nullptr);
  EXPECT_EQ(airport->location.feature_code, "AIRP");
  EXPECT_EQ(airport->admin1_code, "SY.09");
  const GazetteerEntry* prison = Best(Embedded(), "سجن صيدنايا");
  ASSERT_NE(prison, nullptr);
  EXPECT_EQ(prison->location.feature_code, "PRN");
  EXPECT_EQ(prison->location.country, "SY");
  EXPECT_TRUE(HasCandidate(Embedded(), "Bab al-Hawa", "PSTB", "SY"));
  EXPECT_TRUE(HasCandidate(Embedded(), "T4 airbase", "AIRB", "SY"));
}

TEST(EmbeddedGazetteerTest, CountriesAndGaza) {
  for (const char* name : {"لبنان", "Lebanon"}) {
    const GazetteerEntry* e = Best(Embedded(), name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->location.feature_code, "PCLI");
    EXPECT_EQ(e->location.country, "LB");
  }
  for (const char* name : {"غزة", "Gaza"}) {
    const GazetteerEntry* e = Best(Embedded(), name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->location.country, "PS") << name;
  }
  EXPECT_TRUE(HasCandidate(Embedded(), "سوريا", "PCLI", "SY"));
  EXPECT_TRUE(HasCandidate(Embedded(), "سورية", "PCLI", "SY"));
}

// A country is placed at its territory's centroid (Natural Earth), not at
// its capital, also outside the shared regional extract.
TEST(EmbeddedGazetteerTest, CountryPointIsItsTerritorysCentroid) {
  const Gazetteer& g = Embedded();
  const GazetteerEntry* kuwait = nullptr;
  const GazetteerEntry* city = nullptr;
  for (uint32_t id : g.LookupName("الكويت")) {
    const GazetteerEntry& e = g.entry(id);
    if (e.location.feature_code == "PCLI") kuwait = &e;
    if (e.location.feature_code == "PPLC") city = &e;
  }
  ASSERT_NE(kuwait, nullptr);
  ASSERT_NE(city, nullptr);
  EXPECT_GT(std::hypot(kuwait->location.lat - city->location.lat, kuwait->location.lon - city->location.lon), 0.2);
  EXPECT_GT(kuwait->location.lat, 28.5);  // inside the country's extent
  EXPECT_LT(kuwait->location.lat, 30.1);
  EXPECT_GT(kuwait->location.lon, 46.5);
  EXPECT_LT(kuwait->location.lon, 48.5);
  // Kingdoms and the sultanate carry their head noun as a shared alias.
  std::vector<std::string> kingdoms;
  for (uint32_t id : g.LookupName("المملكة")) kingdoms.push_back(g.entry(id).location.country);
  std::sort(kingdoms.begin(), kingdoms.end());
  EXPECT_TRUE(std::binary_search(kingdoms.begin(), kingdoms.end(), std::string("SA")));
  EXPECT_TRUE(std::binary_search(kingdoms.begin(), kingdoms.end(), std::string("JO")));
  ASSERT_FALSE(g.LookupName("السلطنة").empty());
  EXPECT_EQ(g.entry(g.LookupName("السلطنة")[0]).location.country, "OM");
}

// A country with overseas parts is placed on its main landmass when one part
// holds two thirds of its land (tools/build_gazetteer.py
// main_landmass_centroid): Alaska and Hawaii dragged the United States to
// Montana, France sat at Paris. An archipelago with no dominant island keeps
// its capital. Reference points: the published geographic centres of the
// contiguous United States (Lebanon, Kansas) and of metropolitan France.
TEST(EmbeddedGazetteerTest, CountryWithOverseasPartsIsPlacedOnItsMainLandmass) {
  const Gazetteer& g = Embedded();
  auto country_point = [&](const std::string& name) -> const GazetteerEntry* {
    for (uint32_t id : g.LookupName(name))
      if (g.entry(id).location.feature_code == "PCLI") return &g.entry(id);
    return nullptr;
  };
  const GazetteerEntry* us = country_point("الولايات المتحدة");
  ASSERT_NE(us, nullptr);
  EXPECT_LT(DistanceKm(us->location.lat, us->location.lon, 39.83, -98.58), 300.0);
  const GazetteerEntry* france = country_point("فرنسا");
  ASSERT_NE(france, nullptr);
  EXPECT_LT(DistanceKm(france->location.lat, france->location.lon, 46.54, 2.43), 100.0);
  const GazetteerEntry* russia = country_point("روسيا");
  ASSERT_NE(russia, nullptr);
  EXPECT_GT(russia->location.lon, 60.0);  // east of the Urals, not Moscow
  EXPECT_LT(russia->location.lon, 180.0);
  const GazetteerEntry* philippines = country_point("الفلبين");
  const GazetteerEntry* manila = Best(g, "مانيلا");
  ASSERT_NE(philippines, nullptr);
  ASSERT_NE(manila, nullptr);
  EXPECT_LT(DistanceKm(philippines->location.lat, philippines->location.lon, manila->location.lat,
                       manila->location.lon), 30.0);
}

TEST(EmbeddedGazetteerTest, MultiWordNamesAndOchaUnits) {
  EXPECT_NE(Best(Embedded(), "معرة النعمان"), nullptr);
  EXPECT_NE(Best(Embedded(), "خان شيخون"), nullptr);
  EXPECT_NE(Best(Embedded(), "Khan Shaykhun"), nullptr);
  EXPECT_NE(Best(Embedded(), "قبتان الجبل"), nullptr);
  EXPECT_GE(Embedded().max_name_words(), 3);
  EXPECT_LE(Embedded().max_name_words(), 8);
  int adm[4] = {0, 0, 0, 0};
  size_t neighbourhoods = 0;
  for (uint32_t i = 0; i < Embedded().size(); ++i) {
    const GazetteerEntry& e = Embedded().entry(i);
    if (e.source != "ocha") continue;
    const std::string& code = e.location.feature_code;
    if (code == "ADM1") ++adm[1];
    if (code == "ADM2") ++adm[2];
    if (code == "ADM3") ++adm[3];
    if (code == "PPLX") ++neighbourhoods;
  }
  EXPECT_EQ(adm[1], 14);
  EXPECT_EQ(adm[2], 62);
  EXPECT_EQ(adm[3], 272);
  EXPECT_EQ(neighbourhoods, 414u);
}

TEST(EmbeddedGazetteerTest, EveryEntryIsPlausible) {
  for (uint32_t i = 0; i < Embedded().size(); ++i) {
    const Location& l = Embedded().entry(i).location;
    ASSERT_TRUE(std::isfinite(l.lat) && l.lat >= -90 && l.lat <= 90) << l.name;
    ASSERT_TRUE(std::isfinite(l.lon) && l.lon >= -180 && l.lon <= 180) << l.name;
    ASSERT_FALSE(l.name.empty()) << i;
    // Only a region spanning several countries (data/geo/regions.tsv) has none.
    if (Embedded().entry(i).source == "regions" && l.country.empty()) continue;
    ASSERT_EQ(l.country.size(), 2u) << l.name;
    ASSERT_FALSE(l.lat == 0 && l.lon == 0) << l.name;
  }
}

// The Arabic display name is the Arabic spelling, not a Kurdish, Uyghur or
// Persian one, nor one with an admin prefix or a letter standing alone.
TEST(EmbeddedGazetteerTest, ArabicDisplayNamesAreArabic) {
  for (const auto& [name, arabic] : std::vector<std::pair<std::string, std::string>>{
           {"Karbala", "كربلاء"}, {"Damascus", "دمشق"}, {"Tartus", "طرطوس"}, {"Diyarbakir", "ديار بكر"}}) {
    const GazetteerEntry* e = Best(Embedded(), name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->location.name_ar, arabic) << name;
  }
}

TEST(EmbeddedGazetteerTest, LoadsQuickly) {
  double best_ms = 1e9;
  for (int i = 0; i < 3; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    auto g = Gazetteer::Load(EmbeddedPath());
    auto t1 = std::chrono::steady_clock::now();
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    best_ms = std::min(best_ms, std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::printf("[ gazetteer ] load of %zu entries: %.1f ms (best of 3)\n", Embedded().size(), best_ms);
  EXPECT_LT(best_ms, 1000);  // the 100 ms goal is measured (doc/gazetteer.md), not asserted
}

TEST(GazetteerImportTest, GeoNamesDumpAlternateNamesAndOcha) {
  TempDir dir;
  std::string geonames = dir.Write(
      "XX.txt",
      "9000001\tKafr Zita Test\tKafr Zita Test\tKafr Zeita Test,كفرزيتا تست,kfr zyt\t35.3745\t36.6014\tP\tPPL\tSY\t\t10"
      "\t\t\t\t12000\t\t300\tAsia/Damascus\t2020-01-01\n"
      "9000002\tWadi Test\tWadi Test\t\t35.1\t36.2\tH\tWAD\tSY\t\t10\t\t\t\t0\t\t\t\t2020-01-01\n");
  std::string alternates = dir.Write(
      "alternateNamesV2.txt",
      "1\t9000001\tar\tكفر زيتا التجريبية\t\t\t\t\t\t\n"
      "2\t9000001\tlink\thttps://example.org/kafr\t\t\t\t\t\t\n"
      "3\t9000001\ten\tOld Kafrzita Test\t\t\t\t1\t\t\n"
      "4\t9000001\t\tKafrzita Test\t\t\t\t\t\t\n"
      "5\t123456789\tar\tمكان مجهول\t\t\t\t\t\t\n");
  std::string ocha = dir.Write(
      "cod.csv",
      "adm1_pcode,adm1_en,adm1_ar,adm2_pcode,adm2_en,adm2_ar,adm3_pcode,adm3_en,adm3_ar,latitude,longitude\n"
      "XY01,Northland,الشمالية,XY0101,Riverside,الضفة,XY010101,\"Tall Test, East\",تل التجربة الشرقي,10.5,20.5\n"
      "XY01,Northland,الشمالية,XY0101,Riverside,الضفة,XY010102,Hill Test,التلة التجريبية,11.5,21.5\n");
  std::string points = dir.Write(
      "neighbourhoods.csv",
      "PCODE,NAME_EN,NAME_AR,ADM4_PCODE,LATITUDE,LONGITUDE\nN9001,Garden Quarter Test,\"حي الحديقة\nالتجريبي\",C1,10.1,20.1\n");
  auto g = Gazetteer::Create();
  ASSERT_TRUE(g->ImportFile(geonames).ok());
  ASSERT_TRUE(g->ImportFile(alternates).ok());
  Status st = g->ImportFile(ocha);
  ASSERT_TRUE(st.ok()) << st.ToString();
  st = g->ImportFile(points);
  ASSERT_TRUE(st.ok()) << st.ToString();
  g->Finalize();

  const GazetteerEntry* kafr = Best(*g, "كفر زيتا التجريبية");
  ASSERT_NE(kafr, nullptr);
  EXPECT_EQ(kafr->location.geonames_id, 9000001);
  EXPECT_EQ(kafr->population, 12000);
  EXPECT_EQ(kafr->admin1_code, "SY.10");
  EXPECT_NE(Best(*g, "Kafr Zeita Test"), nullptr);
  EXPECT_NE(Best(*g, "Kafrzita Test"), nullptr);       // empty-language alternate kept
  EXPECT_EQ(Best(*g, "Old Kafrzita Test"), nullptr);   // historic dropped
  EXPECT_EQ(Best(*g, "kfr zyt"), nullptr);             // machine romanisation dropped
  EXPECT_TRUE(g->LookupName("https://example.org/kafr").empty());
  EXPECT_EQ(g->FindGeonamesId(123456789), -1);         // alternates never create places
  const GazetteerEntry* wadi = Best(*g, "Wadi Test");
  ASSERT_NE(wadi, nullptr);
  EXPECT_EQ(wadi->feature_class, 'H');

  const GazetteerEntry* tall = Best(*g, "Tall Test, East");
  ASSERT_NE(tall, nullptr);
  EXPECT_EQ(tall->location.pcode, "XY010101");
  EXPECT_EQ(tall->location.feature_code, "ADM3");
  EXPECT_EQ(tall->location.admin1, "Northland");
  EXPECT_EQ(tall->location.admin2, "Riverside");
  EXPECT_NEAR(tall->location.lat, 10.5, 1e-9);
  // Parents are placed at the mean of their children.
  const GazetteerEntry* district = Best(*g, "الضفة");
  ASSERT_NE(district, nullptr);
  EXPECT_EQ(district->location.feature_code, "ADM2");
  EXPECT_NEAR(district->location.lat, 11.0, 1e-9);
  EXPECT_NEAR(district->location.lon, 21.0, 1e-9);
  // A multi-line name keeps its first line.
  const GazetteerEntry* quarter = Best(*g, "حي الحديقة");
  ASSERT_NE(quarter, nullptr);
  EXPECT_EQ(quarter->location.feature_code, "PPLX");
  EXPECT_EQ(quarter->location.name_ar, "حي الحديقة");
}

TEST(GazetteerImportTest, MalformedLinesNamePathAndLine) {
  TempDir dir;
  struct Case { const char* file; std::string content; int line; };
  const Case cases[] = {
      {"bad_lat.txt",
       "1\tA\tA\t\t35\t36\tP\tPPL\tSY\t\t\t\t\t\t0\t\t\t\t\n2\tB\tB\t\t95\t36\tP\tPPL\tSY\t\t\t\t\t\t0\t\t\t\t\n", 2},
      {"short.txt", "1\tA\tA\t\t35\t36\tP\tPPL\tSY\t\t\t\t\t\t0\t\t\t\t\n\n3\tB\tB\n", 3},
      {"alt.txt", "1\t2\tar\tاسم\t\t\t\t\t\t\nx\t2\tar\tاسم\t\t\t\t\t\t\n", 2},
      {"ocha.csv", "adm1_pcode,adm1_en,adm1_ar,lat,lon\nXY01,A,أ,1,2\nXY02,B,ب,north,2\n", 3},
      {"ocha_fields.csv", "PCODE,NAME_EN,NAME_AR,LATITUDE,LONGITUDE\nN1,A,\"أ\nب\",1,2\nN2,B,ب,1\n", 4},
      {"gaz.tsv", "#format gazetteer v1\nname\tlat\tlon\tcountry\nA\t1\t2\tSY\nB\t1\tx\tSY\n", 4},
      {"unknown.txt", "hello world\n", 1},
  };
  for (const Case& c : cases) {
    std::string path = dir.Write(c.file, c.content);
    auto g = Gazetteer::Create();
    Status st = g->ImportFile(path);
    ASSERT_FALSE(st.ok()) << c.file;
    EXPECT_NE(st.message().find(path + ":" + std::to_string(c.line) + ":"), std::string::npos)
        << c.file << ": " << st.message();
  }
  auto missing = Gazetteer::Load(dir.Path("nope.tsv"));
  EXPECT_FALSE(missing.ok());
}

TEST(GazetteerImportTest, SaveLoadRoundTrip) {
  TempDir dir;
  std::string src = dir.Write(
      "g.tsv",
      "#format gazetteer v1\n"
      "geonames_id\tpcode\tname\tname_ar\tlat\tlon\tcountry\tfeature_class\tfeature_code\tadmin1_code\tadmin1\t"
      "admin2\tpopulation\tsource\tnames\n"
      "0\tSY0001\tTest Town\tبلدة الاختبار\t35.12345\t36.54321\tSY\tP\tPPL\tSY.12\tIdleb\tAriha\t1500\tuser:t\t"
      "Test Town|Tist Town|بلدة الاختبار\n"
      "42\t\tSecond Place\t\t-10.5\t-20.25\tZZ\tA\tADM1\t\t\t\t0\tgeonames\t\n");
  auto g = Gazetteer::Create();
  ASSERT_TRUE(g->ImportFile(src).ok());
  g->Finalize();
  std::string out = dir.Path("out.tsv");
  Status st = g->Save(out);
  ASSERT_TRUE(st.ok()) << st.ToString();
  auto back = Gazetteer::Load(out);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ((*back)->size(), 2u);
  for (uint32_t i = 0; i < 2; ++i) {
    const GazetteerEntry& a = g->entry(i);
    const GazetteerEntry& b = (*back)->entry(i);
    EXPECT_EQ(a.location.name, b.location.name);
    EXPECT_EQ(a.location.name_ar, b.location.name_ar);
    EXPECT_EQ(a.location.pcode, b.location.pcode);
    EXPECT_EQ(a.location.geonames_id, b.location.geonames_id);
    EXPECT_NEAR(a.location.lat, b.location.lat, 1e-5);
    EXPECT_NEAR(a.location.lon, b.location.lon, 1e-5);
    EXPECT_EQ(a.location.admin1, b.location.admin1);
    EXPECT_EQ(a.location.admin2, b.location.admin2);
    EXPECT_EQ(a.location.feature_code, b.location.feature_code);
    EXPECT_EQ(a.feature_class, b.feature_class);
    EXPECT_EQ(a.admin1_code, b.admin1_code);
    EXPECT_EQ(a.population, b.population);
    EXPECT_EQ(a.source, b.source);
    EXPECT_EQ(a.names, b.names);
  }
  // Stored keys and computed keys find the same entries.
  for (const char* name : {"Test Town", "Tist Town", "بلدة الاختبار", "Second Place"}) {
    auto x = g->LookupName(name);
    auto y = (*back)->LookupName(name);
    ASSERT_EQ(x.size(), 1u) << name;
    ASSERT_EQ(y.size(), 1u) << name;
    EXPECT_EQ(x[0], y[0]) << name;
  }
}

TEST(GazetteerTest, LookupOrdersByProminence) {
  TempDir dir;
  std::string src = dir.Write(
      "g.tsv",
      "#format gazetteer v1\nname\tlat\tlon\tcountry\tfeature_class\tfeature_code\tpopulation\n"
      "Samename\t1\t1\tAA\tP\tPPL\t500\n"
      "Samename\t2\t2\tBB\tP\tPPL\t90000\n"
      "Samename\t3\t3\tCC\tA\tPCLI\t0\n");
  auto g = Gazetteer::Create();
  ASSERT_TRUE(g->ImportFile(src).ok());
  g->Finalize();
  auto ids = g->LookupName("samename");
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(g->entry(ids[0]).location.country, "CC");
  EXPECT_EQ(g->entry(ids[1]).location.country, "BB");
  EXPECT_EQ(g->entry(ids[2]).location.country, "AA");
  EXPECT_TRUE(g->Lookup("nosuchplace").empty());
}

// The recognizer's window: the longest key a first word starts, also when
// that first word names no place itself; and the stored-key (bulk) path of
// Load agrees with keys computed from the names.
TEST(GazetteerTest, FirstWordIndexAndStoredKeys) {
  TempDir dir;
  std::string src = dir.Write(
      "g.tsv",
      "#format gazetteer v1\nname\tlat\tlon\tcountry\tnames\n"
      "Ras Tanura Port North\t1\t1\tAA\tRas Tanura\n"
      "Tanura\t2\t2\tBB\t\n");
  auto g = Gazetteer::Create();
  ASSERT_TRUE(g->ImportFile(src).ok());
  g->Finalize();
  EXPECT_EQ(g->MaxWordsStartingWith("ras"), 4);  // "ras" alone is no place
  EXPECT_TRUE(g->Lookup("ras").empty());
  EXPECT_EQ(g->MaxWordsStartingWith("tanura"), 1);
  EXPECT_EQ(g->MaxWordsStartingWith("port"), 0);  // only a later word
  std::string out = dir.Path("out.tsv");
  ASSERT_TRUE(g->Save(out).ok());
  auto back = Gazetteer::Load(out);  // "#placekey v1": keys read, not computed
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ((*back)->MaxWordsStartingWith("ras"), 4);
  EXPECT_EQ((*back)->key_count(), g->key_count());
  for (const char* name : {"Ras Tanura", "Ras Tanura Port North", "Tanura"}) {
    auto x = g->LookupName(name);
    auto y = (*back)->LookupName(name);
    ASSERT_EQ(x.size(), 1u) << name;
    ASSERT_EQ(y.size(), 1u) << name;
    EXPECT_EQ(x[0], y[0]) << name;
  }
}

// Finalize groups the postings by key: a name added later to an earlier
// entry (alternate names) and one key from two spellings of an entry still
// give each entry once, best first, ties in id order; key_text/key_ids read
// the index back.
TEST(GazetteerTest, PostingsAddedOutOfOrderAndRepeated) {
  TempDir dir;
  std::string geonames = dir.Write(
      "XX.txt",
      "9100001\tFirstville\tFirstville\tFIRSTVILLE\t10\t20\tP\tPPL\tXX\t\t10\t\t\t\t500\t\t\t\t2020-01-01\n"
      "9100002\tTwinford\tTwinford\t\t11\t21\tP\tPPL\tXX\t\t10\t\t\t\t500\t\t\t\t2020-01-01\n");
  std::string alternates = dir.Write("alternateNamesV2.txt", "1\t9100001\t\tTwinford\t\t\t\t\t\t\n");
  auto g = Gazetteer::Create();
  ASSERT_TRUE(g->ImportFile(geonames).ok());
  ASSERT_TRUE(g->ImportFile(alternates).ok());
  g->Finalize();
  auto twin = g->LookupName("Twinford");
  ASSERT_EQ(twin.size(), 2u);
  EXPECT_EQ(twin[0], 0u);  // equal prominence: id order
  EXPECT_EQ(twin[1], 1u);
  EXPECT_EQ(g->LookupName("Firstville").size(), 1u);
  size_t with_ids = 0;
  for (uint32_t k = 0; k < g->key_count(); ++k) {
    if (g->key_ids(k).empty()) continue;
    ++with_ids;
    auto ids = g->Lookup(g->key_text(k));
    EXPECT_TRUE(std::equal(ids.begin(), ids.end(), g->key_ids(k).begin(), g->key_ids(k).end()));
  }
  EXPECT_EQ(with_ids, 2u);  // "firstville", "twinford"
}

// A place whose population the source does not give (population 0, the
// cities1000 additions) ranks below a namesake of the same feature with a
// population, wherever it stands in the file; between two unknowns the file
// order decides, so the older source's entry comes first.
TEST(GazetteerTest, UnknownPopulationRanksBelowAKnownOne) {
  TempDir dir;
  std::string src = dir.Write(
      "g.tsv",
      "#format gazetteer v1\nname\tlat\tlon\tcountry\tfeature_class\tfeature_code\tpopulation\tsource\n"
      "Twinton\t1\t1\tAA\tP\tPPL\t0\tgeonames-cities1000\n"
      "Twinton\t2\t2\tAA\tP\tPPL\t1500\tgeonames\n"
      "Otherton\t3\t3\tAA\tP\tPPL\t0\tgeonames\n"
      "Otherton\t4\t4\tAA\tP\tPPL\t0\tgeonames-cities1000\n");
  auto g = Gazetteer::Create();
  ASSERT_TRUE(g->ImportFile(src).ok());
  g->Finalize();
  auto twin = g->LookupName("Twinton");
  ASSERT_EQ(twin.size(), 2u);
  EXPECT_EQ(g->entry(twin[0]).population, 1500);
  auto other = g->LookupName("Otherton");
  ASSERT_EQ(other.size(), 2u);
  EXPECT_EQ(g->entry(other[0]).source, "geonames");
}

// cities1000 (a newer GeoNames dump) adds the region's and the war zones'
// towns that cities500 lacks, without a GeoNames id or a population; a town
// it gives a new name at the same point gets that name as an alias; and no
// name of three letters or an English word becomes a key of a new entry.
TEST(EmbeddedGazetteerTest, Cities1000AddsTownsCities500Lacks) {
  struct Case { const char* name; const char* country; };
  for (const Case& c : {Case{"Qana", "LB"}, Case{"Mocuba", "MZ"}, Case{"Wadi Halfa", "SD"}, Case{"Hsipaw", "MM"},
                        Case{"Rutshuru", "CD"}}) {
    const GazetteerEntry* e = nullptr;  // its entry in that country (Qana is also Qena's old name)
    for (uint32_t id : Embedded().LookupName(c.name))
      if (!e && Embedded().entry(id).location.country == c.country) e = &Embedded().entry(id);
    ASSERT_NE(e, nullptr) << c.name;
    if (e->source != "geonames-cities1000") continue;  // an authored facility row may hold it first
    EXPECT_EQ(e->location.geonames_id, 0) << c.name;
    EXPECT_EQ(e->population, 0) << c.name;
    EXPECT_EQ(e->location.feature_code, "PPL") << c.name;
    EXPECT_FALSE(e->location.admin1.empty()) << c.name;
  }
  // Yuzhne (Odesa oblast) was renamed Pivdenne: the GeoNames entry answers to both.
  const GazetteerEntry* renamed = Best(Embedded(), "Pivdenne");
  ASSERT_NE(renamed, nullptr);
  EXPECT_NE(renamed->location.geonames_id, 0);
  EXPECT_EQ(renamed->location.country, "UA");
  for (const char* word : {"Tube", "Sam", "Yao", "Share", "Engineer"})
    for (uint32_t id : Embedded().LookupName(word))
      EXPECT_NE(Embedded().entry(id).source, "geonames-cities1000") << word << " keys " << Embedded().entry(id).location.name;
}

// In the conflict countries a town below the population floor is kept when
// it is a district or province seat whose population GeoNames does not know
// (0): the floor cannot judge it, and reports name district seats.
TEST(EmbeddedGazetteerTest, ConflictCountrySeatsOfUnknownSizeAreKept) {
  struct Case { const char* name; const char* country; };
  for (const Case& c : {Case{"Sukma", "IN"}, Case{"Kangpokpi", "IN"}, Case{"Rueso", "TH"}, Case{"Tiom", "ID"}}) {
    const GazetteerEntry* e = nullptr;
    for (uint32_t id : Embedded().LookupName(c.name))
      if (!e && Embedded().entry(id).location.country == c.country) e = &Embedded().entry(id);
    ASSERT_NE(e, nullptr) << c.name;
    EXPECT_EQ(e->population, 0) << c.name;
    EXPECT_EQ(e->location.feature_code.rfind("PPLA", 0), 0u) << c.name;
  }
}

// data/geo/not_names.tsv takes from GeoNames entries the aliases that are other
// things' names: an armed group's (Hamas is no Hamm), another capital's
// (Islamabad is no Chattogram), another script's spelling taken as the Arabic
// name (Algiers is الجزائر العاصمة, not Uyghur ئالجىر).
TEST(EmbeddedGazetteerTest, NotNamesAreNoKeys) {
  for (const char* name : {"Hamas", "Islamabad", "Nasir", "Since"})
    for (uint32_t id : Embedded().LookupName(name)) {
      const std::string& n = Embedded().entry(id).location.name;
      EXPECT_TRUE(n != "Hamm" && n != "Chattogram" && n != "Demirci" && n != "San Luis de Since") << name << " keys " << n;
    }
  const GazetteerEntry* islamabad = Best(Embedded(), "Islamabad");
  ASSERT_NE(islamabad, nullptr);
  EXPECT_EQ(islamabad->location.country, "PK");
  const GazetteerEntry* algiers = nullptr;
  for (uint32_t id : Embedded().LookupName("Algiers"))
    if (Embedded().entry(id).location.country == "DZ") algiers = &Embedded().entry(id);
  ASSERT_NE(algiers, nullptr);
  EXPECT_TRUE(algiers->location.name_ar.starts_with("الجزائر")) << algiers->location.name_ar;
  // GeoNames gives Muhradah (Hama) the Arabic name of al-Karmah, the Anbar town by
  // Fallujah: the Syrian town keeps محردة and no longer answers to الكرمة.
  for (uint32_t id : Embedded().LookupName("الكرمة"))
    EXPECT_NE(Embedded().entry(id).location.name, "Muhradah");
  bool muhradah_ar = false;
  for (uint32_t id : Embedded().LookupName("محردة"))
    if (Embedded().entry(id).location.name == "Muhradah" && Embedded().entry(id).location.name_ar == "محردة") muhradah_ar = true;
  EXPECT_TRUE(muhradah_ar);
}

// GeoNames writes some Arabic names with their province or country after an
// Arabic comma (بوساداس، ميسيونيس: Posadas, Misiones); text names the town
// alone, so the shipped gazetteer keeps the part before the comma
// (tools/build_gazetteer.py unqualified_arabic).
TEST(ShippedGazetteerNamesTest, ArabicNamesCarryNoQualifierAfterAComma) {
  std::string path = test::DataDir() + "/geo/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << "data/geo/gazetteer.tsv is absent: build it (tools/build_gazetteer.sh)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().message();
  for (uint32_t id = 0; id < (*g)->size(); ++id)
    EXPECT_EQ((*g)->entry(id).location.name_ar.find("\xD8\x8C"), std::string::npos)  // ،
        << (*g)->entry(id).location.name;
  bool posadas = false;
  for (uint32_t id : (*g)->LookupName("بوساداس")) posadas |= (*g)->entry(id).location.name == "Posadas";
  EXPECT_TRUE(posadas);
}

// A cities1000 town within 2 km of an entry whose name it respells (the same
// consonants, vowels, y and the article aside) is that entry: its name
// becomes an alias instead of being dropped as a quarter of the entry
// (tools/build_gazetteer.py consonant_skeleton). English writes Jordan's Ar
// Ruwayshid "Ruwaished".
TEST(ShippedGazetteerNamesTest, CloseRespellingIsAnAliasOfTheTownItRespells) {
  std::string path = test::DataDir() + "/geo/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << "data/geo/gazetteer.tsv is absent: build it (tools/build_gazetteer.sh)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().message();
  bool found = false;
  for (uint32_t id : (*g)->LookupName("Ruwaished"))
    found |= (*g)->entry(id).location.name == "Ar Ruwayshid" && (*g)->entry(id).location.country == "JO";
  EXPECT_TRUE(found);
}

// In the conflict countries a province's seat is kept however small (Wabag,
// seat of Papua New Guinea's Enga, 3,958 people): reports name it as the
// province's town (tools/build_gazetteer.py, CONFLICT_COUNTRIES).
TEST(ShippedGazetteerNamesTest, SmallProvinceSeatOfAConflictCountryIsKept) {
  std::string path = test::DataDir() + "/geo/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << "data/geo/gazetteer.tsv is absent: build it (tools/build_gazetteer.sh)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().message();
  bool found = false;
  for (uint32_t id : (*g)->LookupName("Wabag")) {
    const GazetteerEntry& e = (*g)->entry(id);
    found |= e.location.country == "PG" && e.location.feature_code == "PPLA";
  }
  EXPECT_TRUE(found);
}

// GeoNames types some Arabic names with the article's alef repeated; Arabic never
// writes two bare alefs running, so the build writes one (tools/build_gazetteer.py
// ALEF_RUN_RE) and the capital keeps its plain Arabic name.
TEST(ShippedGazetteerNamesTest, NoArabicNameHasARunOfAlefs) {
  std::string path = test::DataDir() + "/geo/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << "data/geo/gazetteer.tsv is absent: build it (tools/build_gazetteer.sh)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().message();
  const std::string two_alefs = "\xD8\xA7\xD8\xA7";
  for (uint32_t id = 0; id < (*g)->size(); ++id)
    for (const std::string& n : (*g)->entry(id).names)
      ASSERT_EQ(n.find(two_alefs), std::string::npos) << (*g)->entry(id).location.name << ": " << n;
  const GazetteerEntry* khartoum = Best(**g, "Khartoum");
  ASSERT_NE(khartoum, nullptr);
  EXPECT_EQ(khartoum->location.name_ar, "الخرطوم");
}

// Uyghur and Kazakh write their i with a dotless ya (ى) inside a word; Arabic writes
// it only at a word's end, so such a spelling is never the Arabic display name.
TEST(ShippedGazetteerNamesTest, AlefMaqsuraInsideAWordIsNoArabicDisplayName) {
  std::string path = test::DataDir() + "/geo/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << "data/geo/gazetteer.tsv is absent: build it (tools/build_gazetteer.sh)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().message();
  for (const char* city : {"Riyadh", "Madrid", "Rome", "Minsk"}) {
    const GazetteerEntry* e = Best(**g, city);
    ASSERT_NE(e, nullptr) << city;
    const std::string& ar = e->location.name_ar;
    size_t at = ar.find("\xD9\x89");  // ى
    EXPECT_TRUE(at == std::string::npos || at + 2 == ar.size()) << city << ": " << ar;
  }
}

// Western Sahara's towns are EH, as ACLED codes them, though GeoNames files some
// under Morocco: everything of Morocco south of the 27 deg 40' border moves
// (tools/build_gazetteer.py TERRITORY_HELD_BY); Morocco's own south stays MA.
TEST(ShippedGazetteerNamesTest, WesternSaharaTownsAreFiledUnderTheTerritory) {
  std::string path = test::DataDir() + "/geo/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << "data/geo/gazetteer.tsv is absent: build it (tools/build_gazetteer.sh)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_TRUE(HasCandidate(**g, "Smara", "PPL", "EH"));
  EXPECT_FALSE(HasCandidate(**g, "Smara", "PPL", "MA"));
  EXPECT_TRUE(HasCandidate(**g, "Aousserd", "PPL", "EH"));
  EXPECT_TRUE(HasCandidate(**g, "Dakhla", "PPLA", "EH"));
  EXPECT_TRUE(HasCandidate(**g, "Tan-Tan", "PPLA2", "MA"));
  for (uint32_t id = 0; id < (*g)->size(); ++id) {
    const Location& l = (*g)->entry(id).location;
    if (l.country == "MA") ASSERT_GE(l.lat, 27.66) << l.name;
  }
}

// South Sudan's county seats (data/geo/towns.tsv), by Latin and Arabic name, and
// Chad's Adre under its Arabic spelling (data/geo/exonyms.tsv).
TEST(ShippedGazetteerNamesTest, SouthSudanCountySeatsAndAdre) {
  std::string path = test::DataDir() + "/geo/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << "data/geo/gazetteer.tsv is absent: build it (tools/build_gazetteer.sh)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().message();
  for (const char* seat : {"Akobo", "أكوبو", "Pibor", "Rubkona", "Renk", "الرنك", "Nimule"})
    EXPECT_TRUE(HasCandidate(**g, seat, "PPLA2", "SS") || HasCandidate(**g, seat, "PPL", "SS")) << seat;
  EXPECT_TRUE(HasCandidate(**g, "أدري", "PPL", "TD"));
  EXPECT_TRUE(HasCandidate(**g, "الخرطوم بحري", "PPL", "SD"));
}

}  // namespace
}  // namespace marsad
