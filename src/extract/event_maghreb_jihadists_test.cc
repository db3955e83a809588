// The "terrorists" of Algerian and Tunisian statements (إرهابيين، الجماعات
// الإرهابية) are unnamed jihadist groups: ACLED's "Jihadist group
// (<country>)". Elsewhere the word stays generic militants. Sentences are
// our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventMaghrebJihadistsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventMaghrebJihadistsTest, AlgerianTerroristsAreAJihadistGroup) {
  Doc doc = test::ExtractAt(
      "أعلنت وزارة الدفاع الوطني أن مفرزة للجيش الوطني الشعبي قضت على إرهابيين اثنين في كمين قرب مدينة تبسة يوم "
      "الأحد.",
      2026, 8, 3);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "gen.jihadists"));
  EXPECT_FALSE(test::Named(doc, "gen.militants"));
}

TEST_F(EventMaghrebJihadistsTest, TunisianTerroristGroupToo) {
  Doc doc = test::ExtractAt(
      "قالت وزارة الدفاع التونسية إن وحدات الجيش اشتبكت مع مجموعة إرهابية في جبل الشعانبي بولاية القصرين يوم "
      "السبت.",
      2026, 8, 2);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "gen.jihadists"));
}

TEST_F(EventMaghrebJihadistsTest, NotOutsideTheMaghreb) {
  Doc doc = test::ExtractAt("قال مسؤول إن القوات العراقية قتلت ثلاثة إرهابيين في كمين قرب مدينة الرطبة يوم الأحد.", 2026, 8, 3);
  test::MaybeDump(doc);
  EXPECT_FALSE(test::Named(doc, "gen.jihadists"));
}

}  // namespace
}  // namespace marsad
