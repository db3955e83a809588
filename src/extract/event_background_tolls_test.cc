// A toll told with an act whose sentence also names background fighting
// ("…, as fighting intensified") belongs to the act, not to the background
// word that is dropped. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class BackgroundTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(BackgroundTollTest, KillingBesideBackgroundFightingIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nGunmen killed six people at a bus stop in Jos on Tuesday night, police said, as fighting "
      "between two rival gangs dragged on.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.acled_event_type, "Violence against civilians");
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 6.0);
}

// The armed parties of the background phrase fought its fight, not the act.
TEST_F(BackgroundTollTest, BackgroundFightersDoNotMakeTheActABattle) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nGunmen killed three farmers near Makurdi on Monday, as fighting between the army and Boko "
      "Haram intensified.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Attack");
}

// With no doer, the dead stay with the background word and go with it: no
// event is made of them, nor are they given to an earlier sentence's event.
TEST_F(BackgroundTollTest, DeadWithNoDoerGoWithTheBackground) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nTroops arrested two smugglers in Agadez on Monday. Residents said four people died on "
      "Tuesday in Tahoua as fighting spread.",
      2025, 4, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
}

// A killing joined after a charge's event word (a suspicion of kidnapping
// and killing) is part of the charge, no event.
TEST_F(BackgroundTollTest, ArabicKillingInAChargeIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nأوقفت الشرطة ثلاثة أشخاص في مدينة طرابلس للاشتباه بتورطهم في خطف تاجر وقتله الشهر الماضي.",
      2025, 4, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Violence against civilians");
  for (const Event& e : doc.events) EXPECT_NE(e.acled_event_type, "Battles");
}

}  // namespace
}  // namespace marsad
