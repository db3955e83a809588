// "A strike killed nine and destroyed a school": the damage verb joined to
// the toll verb shares its subject, the strike — one event. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class DamageAfterTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DamageAfterTollTest, StrikeThatKilledAndDestroyedIsOneEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nBAGHDAD, June 5 - A drone strike on a village near Baquba on Thursday killed nine "
      "civilians, including four children, and destroyed a school, residents said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(CountSub(doc, "Looting/property destruction"), 0u);
}

TEST_F(DamageAfterTollTest, DamageWithASubjectOfItsOwnStaysApart) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nBAGHDAD, June 5 - A drone strike on a village near Baquba on Thursday killed two "
      "fighters. On Friday, militiamen looted and destroyed shops in the market of Baquba, residents said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(CountSub(doc, "Looting/property destruction"), 1u);
}

}  // namespace
}  // namespace marsad
