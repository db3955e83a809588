// An act a `topic` cue names right before it (رفضاً لهدم منازل، احتجاجاً على
// اعتقال تجار) is what a crowd rallied against — the crowd's reason, not an
// event of its own, even when told indefinite or read by the lexicon as a
// verb (ل before هدم makes it a verbal noun).
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class GrievanceTopicsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(GrievanceTopicsTest, DemolitionProtestedAgainstIsNoDemolition) {
  Doc doc = test::ExtractAt(
      "وفي بلدة بيت أمر شمال الخليل، تظاهر عشرات المواطنين أمس رفضاً لهدم منازل في البلدة.", 2025, 3, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Looting/property destruction");
}

TEST_F(GrievanceTopicsTest, IndefiniteArrestProtestedAgainstIsNoArrest) {
  Doc doc = test::ExtractAt(
      "وفي مدينة غاو، أغلق شبان غاضبون الطريق الرئيسي أمس احتجاجاً على اعتقال صيادين.", 2025, 3, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.acled_sub_event_type, "Arrests");
}

// The demolition told as an act of its own, in the sentence after, stays.
TEST_F(GrievanceTopicsTest, DemolitionToldOnItsOwnStays) {
  Doc doc = test::ExtractAt(
      "تظاهر عشرات المواطنين في بيت أمر شمال الخليل أمس رفضاً لهدم منازل في البلدة.\n"
      "وكانت سلطات الاحتلال قد هدمت الأسبوع الماضي ثلاثة منازل في بيت أمر.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هدمت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Looting/property destruction");
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("لهدم")), nullptr);
}

}  // namespace
}  // namespace marsad
