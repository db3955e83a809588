// The event builder's cheaper bookkeeping (events.cc, event_index.cc,
// event_places.cc, event_status.cc) must read as before: only events that
// may end up denied are kept unfinished for the denier's own account; an
// event told at several places is copied in place after its own, the other
// events left where they were; a date's age is read from its digits.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class KeptEventsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// An undenied event before the denial: the denier's account after its
// speech verb is still found as the same event, asserted, and the denied
// capture stays negated.
TEST_F(KeptEventsTest, DenialAfterAnUndeniedEventKeepsTheDeniersAccount) {
  Doc doc = test::ExtractAt(
      "Rebels attacked a police post in Kadugli on Saturday. The army denied that the rebels had captured "
      "Kadugli on Sunday, saying its troops were still fighting the rebels on the edge of the town.",
      2024, 6, 3);
  test::MaybeDump(doc);
  const Event* attacked = test::ExpectEvent(doc, "attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_NE(attacked->status, "negated");
  const Event* captured = test::ExpectEvent(doc, "captured");
  ASSERT_NE(captured, nullptr);
  EXPECT_EQ(captured->status, "negated");
  const Event* fighting = test::ExpectEvent(doc, "fighting");
  ASSERT_NE(fighting, nullptr);
  EXPECT_NE(fighting->status, "negated");
}

// Protests at three towns after a single-place attack: the attack stays
// first, the protest's copies follow it, one at each town.
TEST_F(KeptEventsTest, AnEventAtSeveralPlacesIsCopiedAfterItsOwn) {
  Doc doc = test::ExtractAt(
      "اقتحمت قوات الأمن منزلاً في مدينة حمص يوم الخميس. وشهدت مدينة السلمية وبلدات صوران وطيبة الإمام وقفات "
      "احتجاجية يوم الجمعة.",
      2024, 11, 30);
  test::MaybeDump(doc);
  std::vector<std::string> types;
  std::vector<int32_t> places;
  for (const Event& e : doc.events) {
    types.push_back(e.acled_event_type);
    if (e.acled_event_type == "Protests") places.push_back(e.place);
  }
  ASSERT_GE(types.size(), 4u);
  EXPECT_NE(types.front(), "Protests");
  EXPECT_EQ(places.size(), 3u);
  for (size_t i = 1; i < places.size(); ++i) EXPECT_NE(places[i], places[0]);
  // The protests come last, together.
  for (size_t i = types.size() - 3; i < types.size(); ++i) EXPECT_EQ(types[i], "Protests");
}

// A month alone more than three weeks before the report is background; a
// day of the last week is news.
TEST_F(KeptEventsTest, TheAgeOfADateIsReadFromItsDigits) {
  Doc old = test::ExtractAt("Rebels captured the town of Kadugli last July, residents said.", 2024, 10, 15);
  test::MaybeDump(old);
  const Event* was = test::ExpectEvent(old, "captured");
  ASSERT_NE(was, nullptr);
  EXPECT_EQ(was->status, "historical");
  Doc recent = test::ExtractAt("Rebels captured the town of Kadugli on Sunday, residents said.", 2024, 10, 15);
  const Event* now = test::ExpectEvent(recent, "captured");
  ASSERT_NE(now, nullptr);
  EXPECT_NE(now->status, "historical");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// Each event's country is read per place (Builder::PlaceCountry, once per
// place in Index): police of two countries in one report are each coded
// by the country of their own event's town.
TEST_F(KeptEventsTest, EachPlaceGivesItsOwnCountrysForce) {
  Doc doc = test::ExtractAt(
      "Police arrested ten protesters in Khartoum on Monday. Police arrested five students in Cairo on Tuesday.",
      2024, 6, 5);
  test::MaybeDump(doc);
  std::vector<std::string> coded;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests") coded.push_back(test::CodedId(doc, e.actor1));
  ASSERT_EQ(coded.size(), 2u);
  EXPECT_FALSE(coded[0].empty());
  EXPECT_FALSE(coded[1].empty());
  EXPECT_NE(coded[0], coded[1]);
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// DropMannerWithout asks once per event whether it takes ground, and again
// once a peaceful cue has made it a transfer: the capture told "without
// firing a shot" is a non-violent transfer, and the shot no event.
TEST_F(KeptEventsTest, ACaptureWithoutAShotIsAPeacefulTransfer) {
  Doc doc = test::ExtractAt("Rebels took control of the town of Kadugli without firing a shot on Sunday.", 2024, 6, 3);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Non-violent transfer of territory");
}

}  // namespace
}  // namespace marsad

namespace marsad {
namespace {

// A road's ends are read once per place (Builder::place_memo_): a second
// event on the same stretch, in the next sentence, is placed as the first.
TEST_F(KeptEventsTest, TheSameStretchPlacesEachEventAlike) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed a convoy on the road between Zakho and Batifa on Monday. Two days later, a roadside bomb "
      "struck a police car on the road between Zakho and Batifa.",
      2024, 6, 5);
  test::MaybeDump(doc);
  const Event* first = test::ExpectEvent(doc, "ambushed");
  const Event* second = test::ExpectEvent(doc, "roadside bomb");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  ASSERT_GE(first->place, 0);
  ASSERT_GE(second->place, 0);
  EXPECT_EQ(doc.places[first->place].location.name, doc.places[second->place].location.name);
}

}  // namespace
}  // namespace marsad
