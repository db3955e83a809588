// Going out, or back, to the streets is how a protest is told in both
// languages ("took to the streets", العودة إلى الشارع): every inflection is a
// protest, reported when told done and intent when told ahead. Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class StreetReturnsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(StreetReturnsTest, ArabicVowToReturnToTheStreetIsAnIntendedProtest) {
  Doc doc = test::ExtractAt(
      "تظاهر مئات المعلمين أمام وزارة التربية في طهران يوم الاثنين للمطالبة برواتبهم.\n"
      "وتوعّد المحتجون بالعودة إلى الشارع في تبريز يوم الأحد المقبل.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "عودة إلى الشارع");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_EQ(e->status, "intent");
}

TEST_F(StreetReturnsTest, ArabicCrowdsThatWentDownToTheStreetsProtested) {
  // The verb right before its goal (the subject told first or a pronoun):
  // with a subject between, نزل الجيش إلى الشوارع is troops deployed.
  Doc doc = test::ExtractAt("وقال شهود إن آلاف الشبان نزلوا إلى الشوارع في مدينة صفاقس مساء الأحد رفضاً لغلاء الأسعار.", 2026,
                            11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "نزلوا إلى الشوارع");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_EQ(e->status, "reported");
}

TEST_F(StreetReturnsTest, EnglishReturnToTheStreetsIsAnIntendedProtest) {
  Doc doc = test::ExtractAt(
      "Hundreds of teachers protested outside the education ministry in Mombasa on Monday, demanding unpaid wages.\n"
      "The union said they would return to the streets of Nairobi next Tuesday.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "return to the streets");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_EQ(e->status, "intent");
}

TEST_F(StreetReturnsTest, EnglishTakingToTheStreetsIsAProtest) {
  Doc doc = test::ExtractAt("Thousands of farmers have taken to the streets of Lahore since Monday over wheat prices.", 2026,
                            11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
}

}  // namespace
}  // namespace marsad
