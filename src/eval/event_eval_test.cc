#include "eval/event_eval.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/testutil.h"

namespace marsad {
namespace {

using nlohmann::json;

json Ev(const std::string& type, const std::string& sub, double lat, double lon, const std::string& day,
        const std::string& status = "reported") {
  return {{"acled", {{"event_type", type}, {"sub_event_type", sub}}},
          {"location", {{"lat", lat}, {"lon", lon}, {"name", "P"}}},
          {"time", {{"start", day}, {"end", day}}},
          {"actor1", nullptr},
          {"actor2", nullptr},
          {"fatalities", nullptr},
          {"status", status}};
}

json Doc1(std::initializer_list<json> events) {
  json a = json::array();
  for (const auto& e : events) a.push_back(e);
  return {{"events", a}};
}

const char kBattle[] = "Battles";
const char kClash[] = "Armed clash";
const char kExpl[] = "Explosions/Remote violence";
const char kAir[] = "Air/drone strike";

TEST(HaversineKm, KnownDistance) {
  // Aleppo to Damascus is about 310 km.
  EXPECT_NEAR(HaversineKm(36.2012, 37.1612, 33.5102, 36.2913), 310, 5);
  EXPECT_NEAR(HaversineKm(10, 20, 10, 20), 0, 1e-9);
}

TEST(ScoreDocument, MatchNeedsTypePlaceAndDay) {
  ActorNames names;
  json gold = Doc1({Ev(kBattle, kClash, 36.20, 37.16, "2024-11-27")});
  // Right type, 11 km away, a day later: a match.
  EventScores s = ScoreDocument(gold, Doc1({Ev(kBattle, kClash, 36.30, 37.16, "2024-11-28")}), names, "d", 0, nullptr);
  EXPECT_EQ(s.events.correct_g, 1);
  EXPECT_DOUBLE_EQ(s.events.F1(), 1.0);
  // 33 km away: no match.
  s = ScoreDocument(gold, Doc1({Ev(kBattle, kClash, 36.50, 37.16, "2024-11-27")}), names, "d", 0, nullptr);
  EXPECT_EQ(s.events.correct_g, 0);
  // Two days later: no match.
  s = ScoreDocument(gold, Doc1({Ev(kBattle, kClash, 36.20, 37.16, "2024-11-29")}), names, "d", 0, nullptr);
  EXPECT_EQ(s.events.correct_g, 0);
  // Another type: no match.
  s = ScoreDocument(gold, Doc1({Ev(kExpl, kAir, 36.20, 37.16, "2024-11-27")}), names, "d", 0, nullptr);
  EXPECT_EQ(s.events.correct_g, 0);
  EXPECT_EQ(s.events.predicted, 1);
  EXPECT_EQ(s.events.gold, 1);
}

// Each unmatched event gets one reason, gold side and predicted side alike.
TEST(ScoreDocument, UnmatchedEventsSayWhy) {
  ActorNames names;
  auto why = [&](const json& gold, const json& pred) {
    return ScoreDocument(gold, pred, names, "d", 0, nullptr).why;
  };
  json gold = Doc1({Ev(kBattle, kClash, 36.20, 37.16, "2024-11-27")});
  auto w = why(gold, Doc1({Ev(kBattle, kClash, 36.20, 37.16, "2024-11-30")}));
  EXPECT_EQ(w["missed: wrong day"], 1);
  EXPECT_EQ(w["false: wrong day"], 1);
  w = why(gold, Doc1({Ev(kBattle, kClash, 35.00, 37.16, "2024-11-27")}));
  EXPECT_EQ(w["missed: wrong place"], 1);
  w = why(gold, Doc1({Ev(kBattle, kClash, 35.00, 37.16, "2024-11-30")}));
  EXPECT_EQ(w["missed: place and day"], 1);
  w = why(gold, Doc1({Ev(kExpl, kAir, 36.20, 37.16, "2024-11-27")}));
  EXPECT_EQ(w["missed: another type here"], 1);
  EXPECT_EQ(w["false: another type here"], 1);
  w = why(gold, Doc1({Ev(kExpl, kAir, 30.00, 37.16, "2024-11-27")}));
  EXPECT_EQ(w["missed: no such type"], 1);
  // One prediction for two gold clashes in one place: the second is taken.
  w = why(Doc1({Ev(kBattle, kClash, 36.20, 37.16, "2024-11-27"), Ev(kBattle, kClash, 36.21, 37.16, "2024-11-27")}),
          Doc1({Ev(kBattle, kClash, 36.20, 37.16, "2024-11-27")}));
  EXPECT_EQ(w["missed: taken"], 1);
  EXPECT_EQ(w.size(), 1u);
}

TEST(ScoreDocument, SubEventTypeCountedSeparately) {
  ActorNames names;
  json gold = Doc1({Ev(kBattle, kClash, 36.2, 37.16, "2024-11-27")});
  json pred = Doc1({Ev(kBattle, "Government regains territory", 36.2, 37.16, "2024-11-27")});
  EventScores s = ScoreDocument(gold, pred, names, "d", 0, nullptr);
  EXPECT_EQ(s.events.correct_g, 1);
  EXPECT_EQ(s.sub_events.correct_g, 0);
  // The pair matched on the ACLED type alone is listed with both sub-types.
  std::vector<std::string> errors;
  ScoreDocument(gold, pred, names, "d", 10, &errors);
  bool listed = false;
  for (const auto& e : errors)
    listed |= e.find("SUBTYPE Battles / Armed clash") != std::string::npos &&
              e.find("got Government regains territory") != std::string::npos;
  EXPECT_TRUE(listed);
}

TEST(ScoreDocument, GreedyOneToOne) {
  ActorNames names;
  // Two gold strikes a day apart in one town; three predictions, one a duplicate.
  json gold = Doc1({Ev(kExpl, kAir, 35.0, 36.0, "2024-01-10"), Ev(kExpl, kAir, 35.0, 36.0, "2024-01-11")});
  json pred = Doc1({Ev(kExpl, kAir, 35.0, 36.0, "2024-01-11"), Ev(kExpl, kAir, 35.0, 36.0, "2024-01-11"),
                    Ev(kExpl, kAir, 35.0, 36.0, "2024-01-10")});
  EventScores s = ScoreDocument(gold, pred, names, "d", 0, nullptr);
  EXPECT_EQ(s.events.correct_g, 2);
  EXPECT_EQ(s.events.predicted, 3);
  EXPECT_NEAR(s.events.Precision(), 2.0 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(s.events.Recall(), 1.0);
}

TEST(ScoreDocument, MatchingPairsAsManyAsPossible) {
  ActorNames names;
  // A closeness-first greedy pass pairs the first gold with the same-day
  // prediction and leaves the second gold without one.
  json gold = Doc1({Ev(kExpl, kAir, 35.0, 36.0, "2024-01-10"), Ev(kExpl, kAir, 35.0, 36.0, "2024-01-11")});
  json pred = Doc1({Ev(kExpl, kAir, 35.0, 36.0, "2024-01-10"), Ev(kExpl, kAir, 35.0, 36.0, "2024-01-09")});
  EventScores s = ScoreDocument(gold, pred, names, "d", 0, nullptr);
  EXPECT_EQ(s.events.correct_g, 2);
}

TEST(ScoreDocument, MatchingPrefersTheSameSubEventType) {
  ActorNames names;
  // Two predictions of the gold's ACLED type at its place and day: the one
  // of its sub-event type is its pair, whichever comes first.
  json g = Ev("Strategic developments", "Disrupted weapons use", 35.0, 36.0, "2024-01-10");
  g["actor1"] = {{"name", "Israel Defense Forces"}};
  json truce = Ev("Strategic developments", "Agreement", 35.0, 36.0, "2024-01-10");
  truce["actor1"] = {{"name", "Hezbollah"}};
  json p = Ev("Strategic developments", "Disrupted weapons use", 35.0, 36.0, "2024-01-10");
  p["actor1"] = {{"name", "Israel Defense Forces"}};
  EventScores s = ScoreDocument(Doc1({g}), Doc1({truce, p}), names, "d", 0, nullptr);
  EXPECT_EQ(s.events.correct_g, 1);
  EXPECT_EQ(s.actors.correct_g, 1);
}

TEST(ScoreDocument, ActorsFatalitiesAndStatus) {
  ActorNames names;
  names.Add("Hayat Tahrir al-Sham", "syr.hts");
  names.Add("هيئة تحرير الشام", "syr.hts");
  json g = Ev(kBattle, kClash, 36.2, 37.16, "2024-11-27", "claimed");
  g["actor1"] = {{"name", "Hayat Tahrir al-Sham"}};
  g["actor2"] = {{"name", "Syrian Arab Army"}};
  g["fatalities"] = {{"low", 20}, {"best", nullptr}, {"high", 99}};
  json p = Ev(kBattle, kClash, 36.2, 37.16, "2024-11-27", "reported");
  p["actor1"] = {{"name", "HTS (as printed)"}, {"id", "syr.hts"}};  // right by registry id
  p["actor2"] = {{"name", "syrian arab army"}, {"id", ""}};          // right by normalised name
  p["fatalities"] = {{"low", 20}, {"best", nullptr}, {"high", 99}};
  std::vector<std::string> errors;
  EventScores s = ScoreDocument(Doc1({g}), Doc1({p}), names, "ar/001", 10, &errors);
  EXPECT_EQ(s.actors.gold, 2);
  EXPECT_EQ(s.actors.correct_g, 2);
  EXPECT_EQ(s.fatalities.correct_g, 1);
  EXPECT_EQ(s.status.correct_g, 0);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("ar/001: STATUS", 0), 0u) << errors[0];

  // A wrong registry id is wrong even with a similar name; a figure off by one is wrong.
  p["actor1"]["id"] = "syr.sna";
  p["fatalities"]["high"] = 98;
  p["status"] = "claimed";
  s = ScoreDocument(Doc1({g}), Doc1({p}), names, "x", 0, nullptr);
  EXPECT_EQ(s.actors.correct_g, 1);
  EXPECT_EQ(s.fatalities.correct_g, 0);
  EXPECT_EQ(s.status.correct_g, 1);
}

TEST(ScoreDocument, NoPredictionsIsZeroNotNan) {
  ActorNames names;
  std::vector<std::string> errors;
  EventScores s =
      ScoreDocument(Doc1({Ev(kBattle, kClash, 1, 1, "2024-01-01")}), Doc1({}), names, "en/009", 5, &errors);
  EXPECT_EQ(s.events.gold, 1);
  EXPECT_EQ(s.events.F1(), 0.0);
  EXPECT_EQ(s.events.Precision(), 0.0);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("MISS"), std::string::npos);
}

TEST(ActorNames, LoadsTheRegistry) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  // Canonical names and Arabic aliases of one actor give the same id.
  std::string hts = names->IdOf("هيئة تحرير الشام");
  if (hts.empty()) GTEST_SKIP() << "the registry has no alias هيئة تحرير الشام";
  EXPECT_TRUE(names->Same("هيئة تحرير الشام", "", hts));
  EXPECT_FALSE(names->Same("هيئة تحرير الشام", "", "no.such.actor"));
}

// ACLED writes some rebel groups with their abbreviation before the name
// ("ADF: Allied Democratic Forces"); the registry knows both spellings.
TEST(ActorNames, AcledAbbreviatedNamesAreTheRegistrysActor) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("ADF: Allied Democratic Forces", "", "cod.adf"));
  EXPECT_TRUE(names->Same("BLA: Balochistan Liberation Army", "", "pak.bla"));
  EXPECT_TRUE(names->Same("Jubaland State Forces", "", "som.jubaland"));
  EXPECT_TRUE(names->Same("OLA: Oromo Liberation Army", "", "eth.ola"));
  EXPECT_TRUE(names->Same("KIA: Kachin Independence Army", "", "mmr.kia"));
  EXPECT_TRUE(names->Same("NPA: New People's Army", "", "phl.npa"));
  EXPECT_TRUE(names->Same("ELN: National Liberation Army", "", "col.eln"));
  EXPECT_TRUE(names->Same("CJNG: Jalisco New Generation Cartel", "", "mex.cjng"));
  EXPECT_TRUE(names->Same("FSB: Federal Security Service", "", "rus.fsb"));
  EXPECT_TRUE(names->Same("YPG: Peoples Protection Units", "", "syr.ypg"));
  EXPECT_TRUE(names->Same("SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition", "", "ssd.splm_io"));
  EXPECT_FALSE(names->Same("OLA: Oromo Liberation Army", "", "mmr.kia"));
}

// More of ACLED's "ABBREVIATION: Full Name" forms, and the forces' own names.
TEST(ActorNames, MoreAcledAbbreviatedNamesAreTheRegistrysActor) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("PKK: Kurdistan Workers Party", "", "tur.pkk"));
  EXPECT_TRUE(names->Same("AA: Arakan Army", "", "mmr.arakan_army"));
  EXPECT_TRUE(names->Same("UPC: Union for Peace in the Central African Republic", "", "caf.upc"));
  EXPECT_TRUE(names->Same(
      "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "",
      "un.minusca"));
  EXPECT_TRUE(names->Same("RSF: Rapid Support Forces", "", "sdn.rsf"));
  EXPECT_TRUE(names->Same("SDF: Syrian Democratic Forces", "", "syr.sdf"));
  EXPECT_TRUE(names->Same("TNLA: Ta'ang National Liberation Army", "", "mmr.tnla"));
  EXPECT_TRUE(names->Same("CPI (Maoist): Communist Party of India (Maoist)", "", "ind.maoists"));
  EXPECT_TRUE(names->Same("Jubaland Police Force", "", "som.jubaland.police"));
  EXPECT_TRUE(names->Same("Government of Libya (Government of National Unity)", "", "lby.gnu"));
  EXPECT_FALSE(names->Same("AA: Arakan Army", "", "mmr.arsa"));
  EXPECT_FALSE(names->Same("PKK: Kurdistan Workers Party", "", "tur.mil"));
}

// A branch ACLED names under its state's forces is within them: a border
// guard told as the country's police or army is still right.
TEST(ActorNames, BorderGuardsAreWithinTheirStatesForces) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Border Guard Command (Iran)", "", "irn.border_guard"));
  EXPECT_TRUE(names->Same("Police Forces of Iran", "", "irn.border_guard"));
  EXPECT_TRUE(names->Same("Military Forces of Ukraine (2019-) State Border Guard Service", "", "ukr.mil"));
  EXPECT_TRUE(names->Same("Border Guard (Saudi Arabia)", "", "sau.border_guard"));
  EXPECT_FALSE(names->Same("Military Forces of Saudi Arabia", "", "sau.border_guard"));
  EXPECT_TRUE(names->Same("Military Forces of Libya (Government of National Unity)", "", "lby.gnu"));
}

TEST(ActorNames, IslamistMilitiaIsAKindOfMilitants) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Islamist militia (Palestine)", "", "gen.islamist_militia"));
  EXPECT_TRUE(names->Same("Militants (unspecified)", "", "gen.islamist_militia"));
  EXPECT_FALSE(names->Same("Islamist militia (Palestine)", "", "pse.fatah"));
}

// ACLED's full names with an era and a government (Libya's GNU forces and
// police, Tunisia's National Guard) are the registry's actors, and a unit
// counts as its parent force.
TEST(ActorNames, AcledEraNamesOfLibyaAndTunisiaAreTheRegistrysActors) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Police Forces of Libya (2021-) Government of National Unity", "", "lby.police"));
  EXPECT_TRUE(names->Same("Military Forces of Libya (Government of National Unity)", "", "lby.gnu_forces"));
  EXPECT_TRUE(names->Same("National Guard of Tunisia", "", "tun.national_guard"));
  EXPECT_TRUE(names->Same("National Guard of Tunisia", "", "tun.police"));
}

// ACLED names Yemen's armed tribesmen "Tribal militia (Yemen)", a clan
// militia of the country; the registry's Yemeni tribal fighters are one.
TEST(ActorNames, YemeniTribalFightersAreATribalMilitia) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Tribal militia (Yemen)", "", "yem.tribes"));
  EXPECT_FALSE(names->Same("Tribal militia (Yemen)", "", "yem.houthis"));
}

// ACLED's "Clan militia (<country>)" is the generic clan militia of that
// country; Somalia's clan militias are clan militias too.
TEST(ActorNames, ClanMilitiaOfACountryIsTheGenericClanMilitia) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Clan militia (Kenya)", "", "gen.clan_militia"));
  EXPECT_TRUE(names->Same("Clan militia (Somalia)", "", "som.clan_militia"));
  EXPECT_FALSE(names->Same("Clan militia (Kenya)", "", "gen.communal_militia"));
}

// ACLED writes a regional government either way round ("Government of Kano
// State", "Kano State Government"; "Amhara Regional Government").
TEST(ActorNames, RegionBeforeGovernmentIsTheRegionalGovernment) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Niger State Government", "", "nga.gov.niger"));
  EXPECT_TRUE(names->Same("Somali Regional Government", "", "eth.gov.somali"));
  EXPECT_TRUE(names->Same("Lakes State Government", "", "ssd.gov.lakes"));
  EXPECT_FALSE(names->Same("Niger State Government", "", "ner.state"));
}

// ACLED names the state that decrees a curfew or a ban by its government
// ("Government of Jordan"); the registry's state actor answers to it.
TEST(ActorNames, GovernmentOfACountryIsItsStateActor) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Government of Jordan", "", "jor.state"));
  EXPECT_TRUE(names->Same("Government of Egypt", "", "egy.state"));
  EXPECT_TRUE(names->Same("Government of the Philippines", "", "phl.state"));
  EXPECT_TRUE(names->Same("Government of Honduras", "", "hnd.state"));
  EXPECT_FALSE(names->Same("Government of Jordan", "", "egy.state"));
  // Yemen's army under ACLED's Presidential Leadership Council era name.
  EXPECT_TRUE(names->Same("Military Forces of Yemen (2017-) Presidential Leadership Council", "", "yem.army"));
  EXPECT_TRUE(names->Same("Sudan People's Liberation Movement/Army-In Opposition (SPLM/A-IO)", "", "ssd.splm_io"));
}

TEST(ActorNames, CountryQualifierAfterAGenericNameIsTheSameActor) {
  ActorNames names;
  names.Add("Protesters", "gen.protesters");
  names.Add("Rioters", "gen.rioters");
  EXPECT_TRUE(names.Same("Protesters (Chile)", "Protesters", "gen.protesters"));
  EXPECT_TRUE(names.Same("Protesters", "Protesters", "gen.protesters"));
  EXPECT_FALSE(names.Same("Rioters (Chile)", "Protesters", "gen.protesters"));
  EXPECT_FALSE(names.Same("Unknown group (Chile)", "Protesters", "gen.protesters"));
}

TEST(EvalEventsDir, RunsOverADirectory) {
  char tmpl[] = "/tmp/marsad_event_eval_test.XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::filesystem::create_directories(dir + "/en");
  std::ofstream(dir + "/en/001.txt") << "date 2024-05-02\nTwo rockets hit a village near the border on Wednesday.\n";
  json expected = {{"published", "2024-05-02T08:00:00Z"},
                   {"lang", "en"},
                   {"events", json::array({Ev(kExpl, "Shelling/artillery/missile attack", 33.2, 35.5, "2024-05-01")})}};
  std::ofstream(dir + "/en/001.expected.json") << expected.dump();
  std::ofstream(dir + "/en/002.txt") << "Nothing happened.\n";
  std::ofstream(dir + "/en/002.expected.json") << R"({"lang":"en","events":[]})";
  auto r = EvalEventsDir(test::TextLayer(), ActorNames(), dir, 10);
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->all.documents, 2);
  EXPECT_EQ(r->all.events.gold, 1);
  EXPECT_EQ(r->by_lang["en"].documents, 2);
  // The text layer predicts no events: recall 0, and the miss is listed.
  EXPECT_EQ(r->all.events.correct_g, 0);
  ASSERT_FALSE(r->errors.empty());
  EXPECT_EQ(r->errors[0].rfind("en/001: MISS", 0), 0u) << r->errors[0];
}

TEST(EvalEventsDir, BadExpectedFileIsAnError) {
  char tmpl[] = "/tmp/marsad_event_eval_test.XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::ofstream(dir + "/001.txt") << "x\n";
  std::ofstream(dir + "/001.expected.json") << "{broken";
  auto r = EvalEventsDir(test::TextLayer(), ActorNames(), dir, 0);
  std::filesystem::remove_all(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("001.expected.json"), std::string::npos);
}


// A generic actor's country may follow "of" as well as stand in parentheses; a country's own
// registry name or another word before "of" is left alone.
TEST(ActorNames, CountryAfterOfOnAGenericActorIsTheSameActor) {
  ActorNames names;
  names.Add("Gendarmerie", "gen.gendarmerie");
  names.Add("Government", "gen.authorities");
  names.Add("Government of Ruritania", "rur.state");
  EXPECT_TRUE(names.Same("Gendarmerie of Ruritania", "Gendarmerie", "gen.gendarmerie"));
  EXPECT_TRUE(names.Same("Gendarmerie (Ruritania)", "Gendarmerie", "gen.gendarmerie"));
  EXPECT_FALSE(names.Same("Government of Northern Province", "Government of Ruritania", "rur.state"));
  EXPECT_FALSE(names.Same("Gendarmerie of Ruritania", "Government of Ruritania", "rur.state"));
}

// One community's militia under ethnic / communal / tribal / clan descriptors is one actor;
// the unnamed generic "Communal militia" is not any community's.
TEST(ActorNames, IdentityMilitiaDescriptorsNameOneActor) {
  ActorNames names;
  names.Add("Zubari ethnic militia", "rur.zubari_militia");
  names.Add("Communal militia", "gen.communal_militia");
  EXPECT_TRUE(names.Same("Zubari Communal Militia (Ruritania)", "", "rur.zubari_militia"));
  EXPECT_TRUE(names.Same("Zubari Tribal Militia", "", "rur.zubari_militia"));
  EXPECT_FALSE(names.Same("Kolo Communal Militia (Ruritania)", "", "rur.zubari_militia"));
  EXPECT_FALSE(names.Same("Communal militia (Ruritania)", "", "rur.zubari_militia"));
  // Neither name in the registry: the same community on both sides.
  EXPECT_TRUE(names.Same("Kolo Communal Militia (Ruritania)", "Kolo ethnic militia", ""));
  EXPECT_FALSE(names.Same("Kolo Communal Militia (Ruritania)", "Mbe ethnic militia", ""));
}

}  // namespace
}  // namespace marsad
