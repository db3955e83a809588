// Words the event stages once held in code and now read from the cue tables
// (data/{ar,en}/event_cues.tsv): each test runs a sentence with the shipped
// data and with a copy that lacks the cue type, and the result must differ,
// so the data file, not a literal, decides. Sentences are our own.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

// A data directory like the shipped one whose event_cues.tsv files lack
// every row of cue type `type`; the rest are links to the shipped files.
void WriteDataWithout(const fs::path& dir, const std::string& type) {
  const fs::path shipped = test::DataDir();
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(shipped)) {
    const std::string sub = e.path().filename().string();
    if (sub != "ar" && sub != "en") {
      fs::create_directory_symlink(e.path(), dir / sub);
      continue;
    }
    fs::create_directories(dir / sub);
    for (const auto& f : fs::directory_iterator(e.path())) {
      if (f.path().filename() != "event_cues.tsv") {
        fs::create_symlink(f.path(), dir / sub / f.path().filename());
        continue;
      }
      std::ifstream in(f.path());
      std::ofstream out(dir / sub / "event_cues.tsv");
      const std::string typed = "\t" + type + "\t";
      for (std::string line; std::getline(in, line);)
        if (line.find(typed) == std::string::npos) out << line << "\n";
    }
  }
}

// The number of events and their ACLED sub-event types, in order.
std::string Summary(const Doc& doc) {
  std::ostringstream s;
  s << doc.events.size();
  for (const Event& e : doc.events) s << " | " << e.acled_sub_event_type;
  return s.str();
}

// The same with each event's dead (best figure, "-" when none is told).
std::string SummaryWithTolls(const Doc& doc) {
  std::ostringstream s;
  s << doc.events.size();
  for (const Event& e : doc.events) {
    s << " | " << e.acled_sub_event_type << " ";
    if (e.fatalities && e.fatalities->best) s << *e.fatalities->best;
    else s << "-";
  }
  return s.str();
}

// The same with each event's actor 2 (its registry id, "" when none).
std::string SummaryWithActor2(const Doc& doc) {
  std::ostringstream s;
  s << doc.events.size();
  for (const Event& e : doc.events) s << " | " << e.acled_sub_event_type << " " << test::ActorId(doc, e.actor2);
  return s.str();
}

class CueDataTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }

  // What `text` gives with the shipped data and without cue type `type`.
  std::pair<std::string, std::string> WithAndWithout(const std::string& type, const std::string& text,
                                                      std::string (*summary)(const Doc&) = Summary) {
    test::ScopedTempPath dir("cues_without_" + type);
    WriteDataWithout(dir.path(), type);
    auto layer = Pipeline::CreateExtractLayer(dir.path());
    EXPECT_TRUE(layer.ok()) << layer.status().ToString();
    if (!layer.ok()) return {};
    Doc with = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(with);
    Doc without(text);
    without.given_time = with.given_time;
    EXPECT_TRUE(layer->Run(without).ok());
    return {summary(with), summary(without)};
  }
};

// Armed men who kill and then burn houses commit two events; without
// `own_deed` the burning would be read as what the killing did.
TEST_F(CueDataTest, OwnDeedKeepsBurningAfterAKillingItsOwnEvent) {
  const auto [with, without] = WithAndWithout(
      "own_deed", "Gunmen shot dead four herders near Maiduguri on Sunday and burned their huts.");
  EXPECT_EQ(with, "2 | Attack | Looting/property destruction");
  EXPECT_EQ(without, "1 | Attack");
}

TEST_F(CueDataTest, OwnDeedHoldsForArabicBurning) {
  const auto [with, without] =
      WithAndWithout("own_deed", "اختطف مسلحون ثلاثة رعاة قرب مدينة الجنينة يوم الأحد وأحرقوا أكواخهم.");
  EXPECT_EQ(with, "2 | Abduction/forced disappearance | Looting/property destruction");
  EXPECT_EQ(without, "1 | Abduction/forced disappearance");
}

// Explosives seized ready for use after an arrest were an explosion
// stopped; without `primed` they would be read as what the arrest took.
TEST_F(CueDataTest, PrimedKeepsDevicesReadyForUseTheirOwnEvent) {
  const auto [with, without] = WithAndWithout(
      "primed", "Police arrested three men in Kirkuk on Sunday and seized explosives that were ready for use.");
  EXPECT_EQ(with, "2 | Arrests | Disrupted weapons use");
  EXPECT_EQ(without, "1 | Arrests");
}

// "The fall of <person>" is a ruler losing power: no territory taken.
// Without the `genitive` cue the capture word stands as a seizure.
TEST_F(CueDataTest, GenitiveTiesTheFallToAPerson) {
  const auto [with, without] =
      WithAndWithout("genitive", "Crowds in Homs celebrated the fall of Bashar al-Assad on Sunday.");
  EXPECT_EQ(with.find("Non-state actor overtakes territory"), std::string::npos) << with;
  EXPECT_NE(without.find("Non-state actor overtakes territory"), std::string::npos) << without;
}

// The article between "of" and the person is skipped by `definite_article`.
TEST_F(CueDataTest, DefiniteArticleIsSkippedBeforeThePerson) {
  const auto [with, without] = WithAndWithout(
      "definite_article", "Crowds in Homs celebrated the fall of the Bashar al-Assad government on Sunday.");
  EXPECT_EQ(with.find("Non-state actor overtakes territory"), std::string::npos) << with;
  EXPECT_NE(without.find("Non-state actor overtakes territory"), std::string::npos) << without;
}

// A road closed by protesters is how they protested; without `closure`
// it stays a closure of the authorities' (a strategic development).
TEST_F(CueDataTest, ClosureByACrowdIsItsProtest) {
  for (const char* text : {"Angry protesters shut down the main road in Karak on Sunday over fuel prices.",
                           "أغلق محتجون غاضبون الطريق الرئيسي في مدينة الكرك يوم الأحد."}) {
    const auto [with, without] = WithAndWithout("closure", text);
    EXPECT_NE(with.find("Peaceful protest"), std::string::npos) << with;
    EXPECT_EQ(without.find("Peaceful protest"), std::string::npos) << without;
  }
}

// Tear gas fired at residents in a raid, with no crowd told of, is force on
// civilians; without `dispersal_means` it would stay a protest.
TEST_F(CueDataTest, DispersalMeansWithNoCrowdAreNoProtest) {
  for (const char* text : {"Soldiers fired tear gas at residents during a raid on a house in Nablus on Sunday.",
                           "أطلق جنود الغاز المسيل للدموع على السكان خلال مداهمة منزل في نابلس يوم الأحد."}) {
    const auto [with, without] = WithAndWithout("dispersal_means", text);
    EXPECT_EQ(with.find("Protest with intervention"), std::string::npos) << with;
    EXPECT_NE(without.find("Protest with intervention"), std::string::npos) << without;
  }
}

// Destroying an armoured vehicle is part of the fighting; without
// `destruction` it would stand as property destruction of its own.
TEST_F(CueDataTest, DestructionOfAMilitaryTargetIsNoPropertyDestruction) {
  for (const char* text : {"The army destroyed four armoured vehicles of the rebels near Kidal on Sunday.",
                           "دمر الجيش أربع عربات مدرعة للمتمردين قرب مدينة كيدال يوم الأحد."}) {
    const auto [with, without] = WithAndWithout("destruction", text);
    EXPECT_EQ(with.find("Looting/property destruction"), std::string::npos) << with;
    EXPECT_NE(without.find("Looting/property destruction"), std::string::npos) << without;
  }
}


// Word lists of the English toll, participle and object rules, moved from
// code to cue types: each sentence reads differently without its type.
TEST_F(CueDataTest, SingularOpenersCountJoinedSubjects) {
  const auto [with, without] = WithAndWithout(
      "singular_opener", "A farmer and his son were shot dead by gunmen in Katsina on Monday.", SummaryWithTolls);
  EXPECT_EQ(with, "1 | Attack 2");
  EXPECT_EQ(without, "1 | Attack -");
}

TEST_F(CueDataTest, CollectiveHeadIsNoSingleDead) {
  const auto [with, without] = WithAndWithout(
      "collective_head", "Gunmen ambushed a minibus near Zaria on Monday, killing the crew.", SummaryWithTolls);
  EXPECT_EQ(with, "1 | Armed clash -");
  EXPECT_EQ(without, "1 | Armed clash 1");
}

TEST_F(CueDataTest, VictimPhraseEndsBeforeAPreposition) {
  const auto [with, without] = WithAndWithout(
      "victim_phrase_end", "Gunmen shot dead the driver inside his car near Zaria on Monday.", SummaryWithTolls);
  EXPECT_EQ(with, "1 | Attack 1");
  EXPECT_EQ(without, "1 | Attack -");
}

TEST_F(CueDataTest, ANumberOfIsNoCountOfOne) {
  const auto [with, without] = WithAndWithout(
      "not_one_count", "Gunmen killed a number of villagers near Zaria on Monday.", SummaryWithTolls);
  EXPECT_EQ(with, "1 | Attack -");
  EXPECT_EQ(without, "1 | Attack 1");
}

TEST_F(CueDataTest, CountDeterminerJoinsTheCountToTheToll) {
  const auto [with, without] = WithAndWithout(
      "count_determiner", "Gunmen killed a farmer and his two sons near Zaria on Monday.", SummaryWithTolls);
  EXPECT_EQ(with, "1 | Attack 3");
  EXPECT_EQ(without, "1 | Attack 2");
}

TEST_F(CueDataTest, MarchWithAnObjectIsNoProtest) {
  const auto [with, without] =
      WithAndWithout("march_object", "Kidnappers marched the hostages into the forest near Kaduna on Monday.");
  EXPECT_EQ(with, "0");
  EXPECT_EQ(without, "1 | Peaceful protest");
}

TEST_F(CueDataTest, AYearOfFightingIsBackground) {
  const auto [with, without] =
      WithAndWithout("span_of_years", "Residents of Khartoum marked a year of fighting on Monday.");
  EXPECT_EQ(with, "0");
  EXPECT_EQ(without, "1 | Armed clash");
}

TEST_F(CueDataTest, ParticipleBeforeAPrepositionModifiesItsNoun) {
  const auto [with, without] =
      WithAndWithout("modifier_goes_on", "Shops looted during the riots were reopened in Kano on Monday.");
  EXPECT_EQ(with, "1 | Violent demonstration");
  EXPECT_EQ(without, "2 | Looting/property destruction | Violent demonstration");
}

TEST_F(CueDataTest, CoordinatorEndsTheSearchForTheParticiplesVerb) {
  const auto [with, without] = WithAndWithout(
      "participle_clause_end", "Shops looted in the riots and closed since then were reopened in Kano on Monday.");
  EXPECT_EQ(with, "2 | Looting/property destruction | Violent demonstration");
  EXPECT_EQ(without, "1 | Violent demonstration");
}

TEST_F(CueDataTest, DefusedBombHasNoOwnerSupplied) {
  const auto [with, without] = WithAndWithout(
      "planted_before",
      // At another town: where the group just struck, the find would be its (InterceptedWeaponOwners).
      "JNIM fighters attacked an army post near Gao on Sunday. On Monday soldiers defused a roadside bomb near Ansongo.",
      SummaryWithActor2);
  EXPECT_EQ(with, "2 | Armed clash mli.mil | Disrupted weapons use ");
  EXPECT_EQ(without, "2 | Armed clash mli.mil | Disrupted weapons use mli.jnim");
}

TEST_F(CueDataTest, DiedAfterASingularSubjectIsOneDead) {
  const auto [with, without] = WithAndWithout(
      "died_subject_opener",
      "Gunmen attacked a bus near Zaria on Monday and the 40-year-old driver died in hospital.", SummaryWithTolls);
  EXPECT_EQ(with, "1 | Attack 1");
  EXPECT_EQ(without, "1 | Attack -");
}

TEST_F(CueDataTest, ParticipleAfterAnArticleIsAnAdjective) {
  const auto [with, without] = WithAndWithout("article", "Residents fled the besieged city of Gao on Monday.");
  EXPECT_EQ(with, "0");
  EXPECT_EQ(without, "1 | Change to group/activity");
}

TEST_F(CueDataTest, ParticipleAfterAPrepositionIsAnAdjective) {
  const auto [with, without] =
      WithAndWithout("participle_preposition", "Residents walked among burned vehicles in Gao on Monday.");
  EXPECT_EQ(with, "0");
  EXPECT_EQ(without, "1 | Looting/property destruction");
}

}  // namespace
}  // namespace marsad
