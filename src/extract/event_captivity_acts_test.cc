// An act told as done to captives while they were held ("raped in
// captivity": a `captivity_time` cue, data/en/event_cues.tsv; events.cc),
// with no place named in its sentence, took place where they were held: at
// the latest abduction told before it. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class CaptivityActsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CaptivityActsTest, WomenRapedInCaptivityAreAtTheAbductionsPlace) {
  Doc doc = test::ExtractAt(
      "Gunmen abducted 30 villagers near Lokoja on Saturday, police said. In Ankpa, a mob beat a suspected thief to "
      "death on Sunday. Several of the freed women were raped in captivity, a rights group said.",
      2026, 11, 9);
  test::MaybeDump(doc);
  const Event* rape = test::ExpectEvent(doc, "raped");
  const Event* taking = test::ExpectEvent(doc, "abducted");
  ASSERT_NE(rape, nullptr);
  ASSERT_NE(taking, nullptr);
  EXPECT_EQ(rape->place, taking->place);
  EXPECT_EQ(test::DayOf(doc, "raped"), test::DayOf(doc, "abducted"));
}

TEST_F(CaptivityActsTest, AnActWithAPlaceOfItsOwnKeepsIt) {
  Doc doc = test::ExtractAt(
      "Gunmen abducted 30 villagers near Lokoja on Saturday, police said. Several women were raped in captivity in a "
      "forest camp near Ankpa, a rights group said.",
      2026, 11, 9);
  test::MaybeDump(doc);
  const Event* rape = test::ExpectEvent(doc, "raped");
  const Event* taking = test::ExpectEvent(doc, "abducted");
  ASSERT_NE(rape, nullptr);
  ASSERT_NE(taking, nullptr);
  EXPECT_NE(rape->place, taking->place);
}

}  // namespace
}  // namespace marsad
