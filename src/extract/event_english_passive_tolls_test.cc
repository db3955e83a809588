// English tolls whose count sits apart from the toll word: a victim in the
// singular joined by "and" to a count before a postposed "dead" ("leaving
// three gunmen and a guard dead": 4, event_tolls.cc OpenItemJoinedBefore).
// Sentences are our own.
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

}  // namespace
}  // namespace marsad
