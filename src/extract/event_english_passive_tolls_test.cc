// English tolls whose count sits apart from the toll word: a victim in the
// singular joined by "and" to a count before a postposed "dead" ("leaving
// three gunmen and a guard dead": 4, event_tolls.cc OpenItemJoinedBefore);
// an adverb between a passive auxiliary and its participle ("were later shot
// dead": `passive_adverb`, triggers.cc) leaves the verb passive, its subject
// the victims; a toll told with one place of a list of struck places goes
// with the event there (event_places.cc SplitCoordinatedPlaces). Sentences
// are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EnglishPassiveTollsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

std::optional<double> ClashToll(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash" && e.fatalities) return e.fatalities->best;
  return std::nullopt;
}

TEST_F(EnglishPassiveTollsTest, SingularVictimJoinedBeforePostposedDeadIsCounted) {
  Doc doc = test::ExtractAt(
      "Tribal gunmen clashed with police in Zawiya on Wednesday, leaving three gunmen and a police officer dead, the "
      "interior ministry said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(ClashToll(doc), 4.0);
}

TEST_F(EnglishPassiveTollsTest, SingularVictimOfAnotherTollWordIsNotCounted) {
  Doc doc = test::ExtractAt(
      "Tribal gunmen clashed with police in Zawiya on Wednesday, leaving three gunmen dead and a police officer "
      "wounded, the interior ministry said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(ClashToll(doc), 3.0);
}

TEST_F(EnglishPassiveTollsTest, UnnumberedItemJoinedBeforePostposedDeadStaysOpen) {
  Doc doc = test::ExtractAt(
      "Tribal gunmen clashed with police in Zawiya on Wednesday, leaving four guards and an unknown number of gunmen "
      "dead, the interior ministry said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(ClashToll(doc), 4.0);
}

TEST_F(EnglishPassiveTollsTest, AdverbAfterTheAuxiliaryKeepsThePluralPassive) {
  Doc doc = test::ExtractAt(
      "Two traders were later shot dead by soldiers in a village near Bamenda on Monday, residents said.", 2026, 6, 5);
  test::MaybeDump(doc);
  int counted = 0;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Attack" || !e.fatalities) continue;
    EXPECT_EQ(e.fatalities->best, 2.0);
    EXPECT_EQ(test::CodedId(doc, e.actor2), "gen.civilians");
    ++counted;
  }
  EXPECT_EQ(counted, 1);
}

TEST_F(EnglishPassiveTollsTest, AlsoAfterTheAuxiliaryKeepsTheSingularPassive) {
  Doc doc = test::ExtractAt(
      "Troops raided a village near Bamenda on Monday. A trader was also shot dead by the troops, residents said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  int one = 0;
  for (const Event& e : doc.events) one += e.fatalities && e.fatalities->best == 1.0;
  EXPECT_EQ(one, 1);
}

TEST_F(EnglishPassiveTollsTest, TollToldAtOnePlaceOfTheListGoesThere) {
  Doc doc = test::ExtractAt(
      "Israeli artillery shelled the edges of Aitaroun and Bint Jbeil on Tuesday night, the army said, while the "
      "state news agency reported that a farmer was killed in Bint Jbeil.",
      2026, 6, 5);
  test::MaybeDump(doc);
  int shellings = 0;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Shelling/artillery/missile attack" || e.place < 0) continue;
    ++shellings;
    const std::string& name = doc.places[e.place].location.name;
    if (name == "Aitaroun") EXPECT_FALSE(e.fatalities.has_value());
    else EXPECT_TRUE(e.fatalities.has_value()) << name;
  }
  EXPECT_EQ(shellings, 2);
}

TEST_F(EnglishPassiveTollsTest, TollOfTheWholeListStaysOnTheFirstPlace) {
  Doc doc = test::ExtractAt(
      "Israeli artillery shelled the edges of Aitaroun and Bint Jbeil on Tuesday night, killing two farmers, the "
      "state news agency said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Shelling/artillery/missile attack" || e.place < 0) continue;
    if (doc.places[e.place].location.name == "Aitaroun") EXPECT_TRUE(e.fatalities.has_value());
    else EXPECT_FALSE(e.fatalities.has_value());
  }
}

}  // namespace
}  // namespace marsad
