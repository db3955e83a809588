// "captured three villages in the X region, including A and B": the region
// only says where the listed towns lie; the event is at each of them.
// Sentences are our own.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

std::set<std::string> PlacesOf(const Doc& doc) {
  std::set<std::string> out;
  for (const Event& e : doc.events)
    if (e.place >= 0) out.insert(doc.places[e.place].location.name);
  return out;
}

class ListedPlacesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// "in X and in Y", "في X وفي Y": a list whose second place repeats the
// preposition is a list still — one event at each place.
TEST_F(ListedPlacesTest, PrepositionToldAgainBeforeTheSecondPlace) {
  Doc en = test::ExtractAt("Police arrested at least 30 people in Kirkuk and in Tikrit on Monday, officials said.", 2026, 11,
                           24);
  test::MaybeDump(en);
  EXPECT_EQ(PlacesOf(en), (std::set<std::string>{"Kirkuk", "Tikrit"}));
  Doc ar = test::ExtractAt("اعتقلت الشرطة 30 شخصاً في كركوك وفي تكريت يوم الاثنين.", 2026, 11, 24);
  test::MaybeDump(ar);
  EXPECT_EQ(PlacesOf(ar), (std::set<std::string>{"Kirkuk", "Tikrit"}));
}

// "14 were arrested in X and 9 in Y", "14 … في X و9 في Y": the second
// place's count told before its preposition, the verb left out — one event
// at each place.
TEST_F(ListedPlacesTest, CountToldBeforeTheSecondPlace) {
  Doc doc = test::ExtractAt("Police said 14 people were arrested in Kano and 9 in Kaduna on Friday.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(PlacesOf(doc), (std::set<std::string>{"Kano", "Kaduna"}));
  EXPECT_EQ(doc.events.size(), 2u);
  Doc ar = test::ExtractAt("قالت الشرطة إنها اعتقلت 14 شخصاً في كانو و9 في كادونا يوم الجمعة.", 2025, 4, 12);
  test::MaybeDump(ar);
  EXPECT_EQ(PlacesOf(ar), (std::set<std::string>{"Kano", "Kaduna"}));
}

// "arrested 14 men in X and six in Y": a count written in words lists the
// second place as digits do.
TEST_F(ListedPlacesTest, CountInWordsToldBeforeTheSecondPlace) {
  Doc doc = test::ExtractAt("Police said they had arrested 14 students in Kano and nine in Kaduna over the past week.", 2025,
                            4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(PlacesOf(doc), (std::set<std::string>{"Kano", "Kaduna"}));
  EXPECT_EQ(doc.events.size(), 2u);
}

// "arrested 20 miners in X and 12 smugglers in Y", "أوقفت 20 منقباً بX و12
// مهرباً بY": the second count names what it counts before its place; the
// arrests are two, one at each place.
TEST_F(ListedPlacesTest, CountedNounToldBeforeTheSecondPlace) {
  Doc en = test::ExtractAt("Army units arrested 20 gold miners in Kano and 12 smugglers in Kaduna on Friday, the ministry said.",
                           2025, 4, 12);
  test::MaybeDump(en);
  EXPECT_EQ(en.events.size(), 2u);
  Doc ar = test::ExtractAt("أعلنت الوزارة أن وحدات الجيش أوقفت 20 منقباً عن الذهب بكانو و12 مهرباً بكادونا يوم الجمعة.", 2025,
                           4, 12);
  test::MaybeDump(ar);
  EXPECT_EQ(ar.events.size(), 2u);
}

TEST_F(ListedPlacesTest, EnglishRegionThenIncludingTowns) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nKYIV (Reuters) - Russian forces captured three villages in the Donetsk region on Sunday, "
      "including Kurakhove and Pokrovsk, the defence ministry said.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(PlacesOf(doc), (std::set<std::string>{"Kurakhove", "Pokrovsk"}));
}

TEST_F(ListedPlacesTest, ArabicCountrysideThenMinBaynihaTowns) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nدمشق (رويترز) - سيطرت قوات الحكومة السورية أمس الأحد على ثلاث قرى في ريف إدلب الجنوبي، "
      "من بينها كفرنبل وخان شيخون.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(PlacesOf(doc), (std::set<std::string>{"Kafranbel", "Khan Shaykhun"}));
}

// "including" before people is a part of a toll, not a list of places.
TEST_F(ListedPlacesTest, IncludingPeopleLeavesTheRegion) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nShelling killed five people in the Donetsk region on Sunday, including two children.", 2025, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(PlacesOf(doc), (std::set<std::string>{"Donetsk"}));
}

// Under a negation "or" lists places as "and" does: "no clashes in A or B"
// denies the act at each (one negated event per place); asserted, "A or B"
// stays one event at the first.
TEST_F(ListedPlacesTest, NegatedActOverPlacesJoinedByOr) {
  Doc en = test::ExtractAt("date 2026-03-11\nNo clashes were reported in Zliten or Misrata on Tuesday, the ministry said.",
                           2026, 3, 11);
  test::MaybeDump(en);
  EXPECT_EQ(test::CountWithStatus(en, "Armed clash", "negated"), 2u);
  EXPECT_EQ(PlacesOf(en), (std::set<std::string>{"Zliten", "Misratah"}));
  Doc ar = test::ExtractAt("date 2026-03-11\nولم تُسجَّل أي اشتباكات في مدينتي إدلب أو سراقب يوم الثلاثاء، وفق الوزارة.", 2026,
                           3, 11);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountWithStatus(ar, "Armed clash", "negated"), 2u);
  Doc asserted = test::ExtractAt("date 2026-03-11\nProtesters marched in Zliten or Misrata on Tuesday, police said.", 2026, 3,
                                 11);
  test::MaybeDump(asserted);
  EXPECT_EQ(test::CountSub(asserted, "Peaceful protest"), 1u);
}

}  // namespace
}  // namespace marsad
