// The machines a force escorts do its work: "bulldozers escorted by soldiers
// demolished six houses" is the soldiers' demolition (an `ally` cue right
// after a subject that names no party); where a party is the subject ("the
// militia, escorted by police, looted …") the escort stays no doer.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventEscortedMachinesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* FirstOfSub(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(EventEscortedMachinesTest, BulldozersEscortedByPoliceAreThePolices) {
  Doc doc = test::ExtractAt(
      "On Tuesday, bulldozers escorted by police demolished nine shops near the market in Minya, residents said.", 2026,
      3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Looting/property destruction");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "egy.police");
}

TEST_F(EventEscortedMachinesTest, ANamedDoerKeepsTheDeed) {
  Doc doc = test::ExtractAt(
      "On Tuesday, Houthi fighters escorted by tribesmen looted nine shops near the market in Dhamar, residents said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Looting/property destruction");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.houthis");
}

// A backer is not an escort: "backed by" names an ally of the doers, who do
// their deed themselves (an unnamed armed group).
TEST_F(EventEscortedMachinesTest, ABackerIsNoEscort) {
  Doc doc = test::ExtractAt(
      "On Tuesday, bulldozers backed by police demolished nine shops near the market in Minya, residents said.", 2026,
      3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Looting/property destruction");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor1), "egy.police");
}

}  // namespace
}  // namespace marsad
