// "The group said the attacks would continue": a campaign said to go on
// (`campaign_vow`) is of the kind of the latest violent act told before it,
// not the attack word's default fighting. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class VowedCampaignsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* IntentEvent(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.status == "intent") return &e;
  return nullptr;
}

TEST_F(VowedCampaignsTest, AttacksSaidToGoOnAreOfTheShellingToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nGAO (AFP) — Rebel gunners shelled army barracks outside Gao on Sunday, the rebels said in a statement.\n"
      "A rebel commander said the attacks would continue until the troops left the region.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* vow = IntentEvent(doc);
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->acled_event_type, "Explosions/Remote violence");
  EXPECT_EQ(vow->acled_sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(vow->plover_mode, "heavy-weapons");
}

TEST_F(VowedCampaignsTest, AttacksSaidToGoOnAfterFightingStayFighting) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nGAO (AFP) — Rebels clashed with army troops outside Gao on Sunday, the rebels said in a statement.\n"
      "A rebel commander said the attacks would continue until the troops left the region.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* vow = IntentEvent(doc);
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->acled_sub_event_type, "Armed clash");
}

TEST_F(VowedCampaignsTest, AThreatOfANewAttackKeepsItsOwnKind) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nGAO (AFP) — Rebel gunners shelled army barracks outside Gao on Sunday, the rebels said in a statement.\n"
      "The rebels warned they would attack any army convoy on the road to Gao.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* vow = IntentEvent(doc);
  ASSERT_NE(vow, nullptr);
  EXPECT_NE(vow->acled_sub_event_type, "Shelling/artillery/missile attack");
}

// "operations in the mountains would continue": the operation's place
// between its noun and "would continue" (a gapped row) is a fight told ahead.
TEST_F(VowedCampaignsTest, OperationsWithTheirPlaceBetweenSaidToGoOn) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nANKARA (AP) — Troops killed four militants in clashes near Sirnak on Sunday, the ministry said.\n"
      "The army said operations in the mountains would continue.",
      2026, 5, 4);
  test::MaybeDump(doc);
  const Event* vow = IntentEvent(doc);
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->acled_sub_event_type, "Armed clash");
}

}  // namespace
}  // namespace marsad
