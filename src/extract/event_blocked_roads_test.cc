// A road or highway blocked by a crowd is a protest (`block ... road`,
// `road blockade` rows, needs=unarmed), also told ahead in the base form
// ("vowed to block the main highway": intent). Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

const Event* FirstOfType(const Doc& doc, const std::string& type) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == type) return &e;
  return nullptr;
}

class BlockedRoadsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(BlockedRoadsTest, VowToBlockAHighwayIsAProtestIntended) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nKADUNA, Nigeria (Reuters) - Youths in Zaria vowed to block the main highway on Monday if the "
      "kidnapped traders were not released.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Protests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_EQ(e->status, "intent");
}

TEST_F(BlockedRoadsTest, AnnouncedRoadBlockadeIsAProtest) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nDHAKA (AP) - Student groups in Rangamati staged a road blockade across the district on "
      "Wednesday to demand the arrest of the attackers.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Protests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
}

TEST_F(BlockedRoadsTest, FightersBlockingARoadIsNoProtest) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nMOGADISHU (AP) - Al-Shabaab fighters will block the main road to Afgoye, a commander said.",
      2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(FirstOfType(doc, "Protests"), nullptr);
}

// The infinitive after a threat is the act threatened, not folded into the
// PLOVER-only threat: it stays an event (intent) with the threatener as doer.
TEST_F(BlockedRoadsTest, ThreatenedKillingIsAnActIntended) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nJOS, Nigeria (Reuters) - Gunmen holding the farmers near Bokkos threatened to kill them on "
      "Friday unless a ransom was paid.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "kill");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->acled_event_type, "none");
  EXPECT_EQ(e->status, "intent");
}

}  // namespace
}  // namespace marsad
