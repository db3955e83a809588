// "the convoy's military escort" names the soldiers guarding it (a gen.army
// alias): fire opened on them is a fight with the army, not an attack on
// civilians. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class MilitaryEscortsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(MilitaryEscortsTest, FireOnAConvoysMilitaryEscortIsAClash) {
  Doc doc = test::ExtractAt(
      "date 2026-05-04\nBAMAKO (AFP) — Gunmen opened fire on the convoy's military escort near Kayes on Wednesday.",
      2026, 5, 4);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Armed clash");
}

}  // namespace
}  // namespace marsad
