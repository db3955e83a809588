// A retaking word and a pluperfect taking word told after it in its
// sentence with a moment of its own ("retook the post the gunmen had seized
// when the fighting began", استعادت القوات السيطرة على مقر كان المسلحون قد
// استولوا عليه مع بدء المواجهات) are two events: the capture the retaking
// undid, and the retaking (event_unit.cc SameEvent). With no moment of its
// own the taking only says who held the ground (event_folds.cc
// FoldHandovers; event_units_test.cc). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RetakenCapturesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

size_t Territory(const Doc& doc) {
  return test::CountSub(doc, "Government regains territory") +
         test::CountSub(doc, "Non-state actor overtakes territory");
}

TEST_F(RetakenCapturesTest, ArabicRetakingOfWhatGunmenHadSeizedIsTwoEvents) {
  Doc doc = test::ExtractAt(
      "اندلعت مواجهات مساء الجمعة بين قوات القيادة العامة ومسلحين قبليين في مدينة مرزق.\n"
      "وقالت القيادة العامة أمس إن قواتها استعادت السيطرة على مبنى البلدية كان المسلحون قد استولوا عليه في بداية "
      "القتال.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Territory(doc), 2u);
}

TEST_F(RetakenCapturesTest, ArabicTakingAtTheStartOfTheClashesIsItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "وقالت القيادة العامة أمس إن قواتها استعادت السيطرة على مقر أمني في مدينة مرزق كان المسلحون قد استولوا عليه "
      "مع بدء المواجهات.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Territory(doc), 2u);
}

// English names both doers here, which keeps the two apart already; the
// rule must not undo that.
TEST_F(RetakenCapturesTest, EnglishRetakingOfWhatMilitantsHadSeizedIsTwoEvents) {
  Doc doc = test::ExtractAt(
      "Fighting broke out on Friday between the Libyan National Army and tribal gunmen in Murzuq. The LNA said on Sunday "
      "that its forces had retaken the town hall, which the gunmen had seized when the fighting began.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Territory(doc), 2u);
}

// The object of the retaking verb (السيطرة) is no capture of its own.
TEST_F(RetakenCapturesTest, ArabicRetakingWithItsObjectIsOneEvent) {
  Doc doc = test::ExtractAt("استعادت القوات الحكومية السيطرة على مدينة سبها صباح أمس بعد معارك عنيفة.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Territory(doc), 1u);
}

}  // namespace
}  // namespace marsad
