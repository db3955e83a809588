// "storm" after an article or a weather word ("after the storm", "a
// tropical storm": `not_event` cues of scope next, data/en/event_cues.tsv)
// is the weather noun, no storming. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class WeatherStormsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(WeatherStormsTest, DebrisClearedAfterTheStormIsNoClash) {
  Doc doc = test::ExtractAt("Workers cleared the area of debris after the storm.", 2026, 11, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 0u);
}

TEST_F(WeatherStormsTest, ATropicalStormIsNoClash) {
  Doc doc = test::ExtractAt("A tropical storm hit the coast near Basra on Sunday.", 2026, 11, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 0u);
}

TEST_F(WeatherStormsTest, MilitantsStormingAPostStayAClash) {
  Doc doc = test::ExtractAt("Militants stormed a police post near Hawija on Sunday.", 2026, 11, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

}  // namespace
}  // namespace marsad
