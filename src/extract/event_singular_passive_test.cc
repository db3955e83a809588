// An English passive toll's subject count (event_tolls.cc EnglishSubjectCount):
// a verb in the singular ("a man was killed") takes no count above one, a
// count of places ("14 villages", a `settlement` noun) counts no victims, and
// a semicolon closes the clause an earlier count was told in. Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SingularPassiveTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const CasualtyFigure* FirstToll(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.fatalities) return &*e.fatalities;
  return nullptr;
}

TEST_F(SingularPassiveTest, SingularVerbAfterACountOfVillagesIsOneDead) {
  Doc doc = test::ExtractAt(
      // (A town the gazetteer knows: a count of a district's villages with no
      // place where its toll fell is a day's tally, no event — events.cc.)
      "Enemy artillery shelled 12 villages of the Izium district on Tuesday; a 70-year-old farmer was killed in "
      "Izium.",
      2025, 6, 4);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->best, std::optional<double>(1.0));
  EXPECT_EQ(f->high, std::optional<double>(1.0));
}

TEST_F(SingularPassiveTest, SingularVerbAfterAnotherCountIsOneDead) {
  Doc doc = test::ExtractAt(
      "Rebels fired 30 mortar rounds at the army base near Goma on Monday and a soldier was reportedly killed.", 2025,
      6, 4);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->best, std::optional<double>(1.0));
}

TEST_F(SingularPassiveTest, CountOfSettlementsIsNoPluralSubject) {
  Doc doc = test::ExtractAt("Drones struck 9 settlements near Kherson on Sunday, and civilians were killed.", 2025, 6,
                            4);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    if (e.fatalities) {
      EXPECT_NE(e.fatalities->best, std::optional<double>(9.0));
    }
  }
}

TEST_F(SingularPassiveTest, CountBeforeASemicolonIsAnotherClause) {
  Doc doc = test::ExtractAt("Gunmen torched 7 shops in the market of Maiduguri on Friday; guards were killed.", 2025,
                            6, 4);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    if (e.fatalities) {
      EXPECT_NE(e.fatalities->best, std::optional<double>(7.0));
    }
  }
}

TEST_F(SingularPassiveTest, PluralSubjectStillTakesItsCount) {
  Doc doc = test::ExtractAt(
      "At least 12 people, including three children, were killed when militants attacked a market in Bunia on "
      "Monday.",
      2025, 6, 4);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->low, std::optional<double>(12.0));
}

}  // namespace
}  // namespace marsad
