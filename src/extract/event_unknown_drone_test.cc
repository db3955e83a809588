// An unknown drone (طائرة مسيّرة مجهولة, مسيّرة مجهولة) is coded as ACLED
// codes a strike by unknown aircraft: unidentified military forces, like
// unknown warplanes (طائرات حربية مجهولة) and like the English rows
// ("unidentified drone"). Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;

class UnknownDroneTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Strike(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Air/drone strike") return &e;
  return nullptr;
}

TEST_F(UnknownDroneTest, AnUnknownDroneIsUnidentifiedMilitaryForces) {
  Doc doc = test::ExtractAt("date 2026-04-12\nقصفت طائرة مسيّرة مجهولة سيارة على طريق قرب مدينة البوكمال فجر اليوم.", 2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Strike(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "gen.unidentified_military");
}

TEST_F(UnknownDroneTest, ABareUnknownDroneIsUnidentifiedMilitaryForces) {
  Doc doc = test::ExtractAt("date 2026-04-12\nاستهدفت مسيّرة مجهولة شاحنة قرب مدينة البوكمال صباح اليوم.", 2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Strike(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "gen.unidentified_military");
}

TEST_F(UnknownDroneTest, UnknownWarplanesAreAState) {
  Doc doc = test::ExtractAt("date 2026-04-12\nقصفت طائرات حربية مجهولة مواقع قرب مدينة البوكمال فجر اليوم.", 2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Strike(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "gen.unidentified_military");
}

}  // namespace
}  // namespace marsad
