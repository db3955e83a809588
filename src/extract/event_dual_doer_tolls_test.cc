// A dual in the nominative (-ان) right after an active Arabic killing verb is
// its subject, the doers (اغتال مسلحان), never its dead; its object in the
// oblique dual (رجلين) is. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DualDoerTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DualDoerTollTest, TwoGunmenWhoAssassinatedAreNoToll) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nاغتال مسلحان ملثمان تاجراً أمام متجره في مدينة سبها مساء الأحد.", 2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
}

TEST_F(DualDoerTollTest, TwoGunmenExecutingTwoMenKillTwo) {
  const std::string text = "date 2025-04-10\nأعدم مسلحان رجلين قرب مدينة درنة مساء الثلاثاء.";
  Doc doc = test::ExtractAt(text, 2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
  // The dead are the object, not the doers.
  EXPECT_EQ(doc.events[0].fatalities->span.begin, text.find("رجلين"));
}

// The oblique dual right after the verb is its object: two dead.
TEST_F(DualDoerTollTest, ObliqueDualAfterTheVerbIsTheDead) {
  Doc doc = test::ExtractAt("date 2025-04-10\nأعدمت الجماعة رجلين قرب مدينة درنة مساء الثلاثاء.", 2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
}

}  // namespace
}  // namespace marsad
