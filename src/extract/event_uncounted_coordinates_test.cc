// Victims joined to a count with no count of their own ("and an unknown
// number of rebels", وعدد غير معروف من المسلحين) add none for certain and leave
// the toll open above (event_tolls.cc CoordinatedCount); "an unknown number"
// is no single victim. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class UncountedCoordinatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const CasualtyFigure* FirstToll(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.fatalities) return &*e.fatalities;
  return nullptr;
}

TEST_F(UncountedCoordinatesTest, EnglishUnknownNumberOpensTheToll) {
  Doc doc = test::ExtractAt(
      "Militants ambushed an army convoy near Gao on Friday, sparking a firefight in which six soldiers and an unknown "
      "number of attackers were killed.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->low, std::optional<double>(6.0));
  EXPECT_EQ(f->best, std::optional<double>(6.0));
  EXPECT_FALSE(f->high);
}

TEST_F(UncountedCoordinatesTest, ArabicUnknownNumberOpensTheToll) {
  Doc doc = test::ExtractAt("قُتل خمسة جنود وعدد غير معروف من المسلحين في اشتباك قرب مدينة غاو يوم الجمعة.", 2025, 6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->low, std::optional<double>(5.0));
  EXPECT_EQ(f->best, std::optional<double>(5.0));
  EXPECT_FALSE(f->high);
}

TEST_F(UncountedCoordinatesTest, CountedCoordinateStillAdds) {
  Doc doc = test::ExtractAt("Gunmen killed three police officers and two civilians near Kidal on Friday, officials said.",
                            2025, 6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->best, std::optional<double>(5.0));
  EXPECT_EQ(f->high, std::optional<double>(5.0));
}

// "leaving N guards and an unknown number of bandits dead": the count stands
// farther from the postposed "dead" than a count's noun alone, past the open
// item joined to it (event_tolls.cc OpenItemJoinedBefore).
TEST_F(UncountedCoordinatesTest, PostposedDeadAfterAnOpenItemTakesTheCount) {
  Doc doc = test::ExtractAt(
      "Hunters fought a gun battle with bandits near Kaiama on Friday, leaving three hunters and an unknown number of "
      "bandits dead.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->low, std::optional<double>(3.0));
  EXPECT_FALSE(f->high);
}

// A figure before an event word of the sentence ("the 3R group", "a
// two-hour firefight") is no count of a passive toll told after that word:
// the subject's count is the later one (event_tolls.cc EnglishSubjectCount).
TEST_F(UncountedCoordinatesTest, FigureBeforeAnotherEventWordIsNoSubjectCount) {
  Doc doc = test::ExtractAt(
      "Fighters of the 3R armed group ambushed an army patrol near Paoua on Friday, sparking a two-hour firefight in "
      "which five soldiers and an unknown number of rebels were killed.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->low, std::optional<double>(5.0));
  EXPECT_EQ(f->best, std::optional<double>(5.0));
  EXPECT_FALSE(f->high);
}

TEST_F(UncountedCoordinatesTest, FigureInAGroupsNameIsNoSubjectCount) {
  Doc doc = test::ExtractAt(
      "Fighters of the 3R armed group attacked an army post near Paoua on Friday, and two soldiers were killed.", 2025,
      6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->best, std::optional<double>(2.0));
}

}  // namespace
}  // namespace marsad
