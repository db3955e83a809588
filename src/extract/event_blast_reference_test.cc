// "The bombing came years after …": a generic word of a bomb attack (a
// `blast_reference` lemma, data/en/event_cues.tsv) refers back only to an
// explosion or remote-violence event, never to a capture told last — whose
// toll and day it would otherwise carry (event_unit.cc). Sentences are our
// own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class BlastReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(BlastReferenceTest, BombingIsNoCaptureToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-11-26\nHours later, national army troops recaptured a village near Jowhar, the ministry said.\n"
      "The bombing came four years after a car bombing in the Qoryoley Dhexe district killed more than 20 people in "
      "October 2022.",
      2026, 11, 26);
  test::MaybeDump(doc);
  const Event* capture = test::FirstOfSub(doc, "Government regains territory");
  ASSERT_NE(capture, nullptr);
  EXPECT_FALSE(capture->fatalities.has_value());
  EXPECT_EQ(test::DayOf(doc, "recaptured"), "");
}

}  // namespace
}  // namespace marsad
