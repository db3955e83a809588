// A flight or withdrawal whose only place is where the movers went
// (`destination` cue: باتجاه، نحو، towards) hands over no ground there
// (event_flight_destinations.cc); one that says where from keeps that place.
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FlightDestinationTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const Event* Transfer(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Non-violent transfer of territory") return &e;
  return nullptr;
}

TEST_F(FlightDestinationTest, ArabicAttackersFleeingTowardATownHandOverNothing) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون مجهولون حاجزاً للشرطة في بلدة الخالص مساء أمس، ثم لاذوا بالفرار باتجاه بلدة المقدادية.", 2025, 4, 15);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(Transfer(doc), nullptr);
}

TEST_F(FlightDestinationTest, ArabicWithdrawalTowardACityHandsOverNothing) {
  Doc doc = test::ExtractAt("انسحب مقاتلو الحركة باتجاه مدينة غوما يوم الثلاثاء.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(Transfer(doc), nullptr);
}

TEST_F(FlightDestinationTest, WithdrawalFromATownKeepsThatTown) {
  for (const char* text : {"انسحب مقاتلو الحركة من بلدة ساكي نحو مدينة غوما يوم الثلاثاء.",
                           "M23 fighters withdrew from Sake towards Goma on Tuesday."}) {
    Doc doc = test::ExtractAt(text, 2025, 4, 15);
    test::MaybeDump(doc);
    const Event* e = Transfer(doc);
    ASSERT_NE(e, nullptr) << text;
    ASSERT_GE(e->place, 0) << text;
    EXPECT_EQ(doc.places[e->place].location.name, "Sake") << text;
  }
}

}  // namespace
}  // namespace marsad
