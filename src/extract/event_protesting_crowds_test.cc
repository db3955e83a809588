// A crowd protests, never an armed party: a state force, a rebel group or a
// government found as a protest's actor 1 is what the crowd protested
// against, or the force that broke it up (then actor 2); armed men of a
// community who rally are the crowd.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class ProtestingCrowdsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ProtestingCrowdsTest, GroupProtestedAgainstIsNotTheProtester) {
  Doc doc = test::ExtractAt("Hundreds of residents protested against the Taliban in Herat on Friday, witnesses said.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("protested"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.protesters");
}

TEST_F(ProtestingCrowdsTest, TribesmenWhoRallyAreProtesters) {
  Doc doc = test::ExtractAt("Thousands of tribesmen rallied in Marib on Sunday against the appointment of a new governor.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("rallied"));
  ASSERT_NE(e, nullptr);
  // Coded as protesters, the report's words kept.
  const std::string coded = e->actor1.coded_id.empty() ? test::ActorId(doc, e->actor1) : e->actor1.coded_id;
  EXPECT_EQ(coded, "gen.protesters");
}

TEST_F(ProtestingCrowdsTest, ForceThatBrokeUpARallyIsItsActorTwo) {
  Doc doc = test::ExtractAt(
      "In Harare, police used tear gas to break up a small rally on Saturday, and activists said four people were held.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("rally"));
  if (e == nullptr) e = test::EventFor(doc, NormalizeKey("tear gas"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Protests");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.protesters");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.police");
}

}  // namespace
}  // namespace marsad
