// A place named inside a first-level division ("X بولاية Y") whose only
// reading lies in another country is a local name the gazetteer lacks, and a
// village named under it is coded up the chain to the division's seat, not
// to the far namesake. Sentences are our own.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

std::set<std::string> CountriesOf(const Doc& doc) {
  std::set<std::string> out;
  for (const Event& e : doc.events)
    if (e.place >= 0) out.insert(doc.places[e.place].location.country);
  return out;
}

class DivisionParentTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DivisionParentTest, VillageUnderAnUnknownAreaOfAStateIsCodedInThatState) {
  // غوما is the DR Congo's Goma by name; here it is an area of Benue State.
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nقال مسؤول محلي إن مسلحين هاجموا قرية تاكورا في منطقة غوما بولاية بينوي ليل السبت "
      "وقتلوا سبعة مزارعين.",
      2025, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(CountriesOf(doc), (std::set<std::string>{"NG"}));
}

TEST_F(DivisionParentTest, TownInsideItsOwnCountrysDivisionStays) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nقال مسؤول محلي إن مسلحين هاجموا مخيماً للنازحين قرب غوما في إقليم شمال كيفو ليل السبت "
      "وقتلوا سبعة أشخاص.",
      2025, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  bool goma = false;
  for (const Event& e : doc.events)
    if (e.place >= 0 && doc.places[e.place].location.name == "Goma") goma = true;
  EXPECT_TRUE(goma);
}

}  // namespace
}  // namespace marsad
