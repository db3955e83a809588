// A toll of a later sentence with no event of its own, told at a town far
// from the earlier event and on another day, is not that event's toll
// (event_tolls.cc TollToldElsewhere). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TollElsewhereTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static int Violent(const Doc& doc) {
  int n = 0;
  for (const Event& e : doc.events)
    n += e.acled_event_type == "Violence against civilians" || e.acled_event_type == "Battles";
  return n;
}

// Joined to the shooting, the later toll kept "the attack" apart from it as
// a second event.
TEST_F(TollElsewhereTest, EnglishKillingInAnotherTownOnAnotherDayStaysApart) {
  Doc doc = test::ExtractAt(
      "Four people were shot dead when gunmen opened fire on a bus in Ikorodu on Thursday evening, police said, "
      "linking the attack to a dispute between rival transport unions.\n"
      "In Ibadan, a local chief was shot dead at his home late on Wednesday, the state government said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  // The chief shot dead names its weapon: a killing of its own at Ibadan
  // (AttachCasualty), never the bus attack's toll.
  EXPECT_EQ(Violent(doc), 2);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities);
  EXPECT_EQ(doc.events[0].fatalities->best, std::optional<double>(4.0));
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[1].acled_sub_event_type, "Attack");
  ASSERT_TRUE(doc.events[1].fatalities);
  EXPECT_EQ(doc.events[1].fatalities->best, std::optional<double>(1.0));
}

TEST_F(TollElsewhereTest, ArabicKillingInAnotherTownOnAnotherDayIsNotTheEarlierToll) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون مجهولون حافلة ركاب قرب مدينة كركوك مساء الخميس، وفق الشرطة.\n"
      "وفي مدينة البصرة، قُتل موظف حكومي أمام منزله فجر الاثنين.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(doc.events[0].fatalities);
}

// The same town and day: the later toll is still the earlier event's.
TEST_F(TollElsewhereTest, LaterTollAtTheSamePlaceStillJoins) {
  Doc doc = test::ExtractAt(
      "Gunmen attacked a market in Ikorodu on Thursday, police said.\n"
      "In Ikorodu, two traders were killed on Thursday, a witness said.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities);
  EXPECT_EQ(doc.events[0].fatalities->best, std::optional<double>(2.0));
}

}  // namespace
}  // namespace marsad
