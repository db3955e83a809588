// Arabic marches: سار "walked" is a protest march when a crowd walks (its
// size or a crowd noun after the verb), and مسيرة, which alone is also a
// drone, is one when told as calm, peaceful or going through the streets.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ArabicMarchesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

int CountOfSubType(const Doc& doc, std::string_view sub) {
  int n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

TEST_F(ArabicMarchesTest, ACrowdWalkingIsAMarch) {
  Doc doc = test::ExtractAt("وفي مدينة الحديدة، سار المئات من الصيادين صباح الخميس نحو مبنى المحافظة للمطالبة بتعويضات.",
                            2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOfSubType(doc, "Peaceful protest"), 1);
}

TEST_F(ArabicMarchesTest, ACountOfPeopleWalkingIsAMarch) {
  Doc doc = test::ExtractAt("وفي مدينة سوسة، سار نحو ثلاثمئة شخص بهدوء في الشارع الرئيسي يوم السبت.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOfSubType(doc, "Peaceful protest"), 1);
}

// "followed the path of": walking with no crowd is no march.
TEST_F(ArabicMarchesTest, WalkingAPathIsNoMarch) {
  Doc doc = test::ExtractAt("وقال الوزير إن الحكومة سارت على نهج الإصلاح منذ العام الماضي في مدينة سوسة.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOfSubType(doc, "Peaceful protest"), 0);
}

TEST_F(ArabicMarchesTest, ACrowdComingOutInAMarch) {
  Doc doc = test::ExtractAt("وخرج العشرات من الطلاب في مسيرة جابت شوارع مدينة إربد يوم الأحد رفضا لرفع الرسوم.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOfSubType(doc, "Peaceful protest"), 1);
}

TEST_F(ArabicMarchesTest, ACalmMarchIsAProtestNotADrone) {
  Doc doc = test::ExtractAt("ونظم عمال الموانئ مسيرة هادئة في مدينة طرطوس يوم الاثنين.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountOfSubType(doc, "Peaceful protest"), 1);
  EXPECT_EQ(CountOfSubType(doc, "Air/drone strike"), 0);
}

TEST_F(ArabicMarchesTest, ASitInDispersedToldWithAPronounIsAnIntervention) {
  // فضّته الشرطة: the sit-in told before, broken up; the arrests made are
  // the intervention's.
  Doc doc = test::ExtractAt(
      "ونظّم العمال اعتصاماً سلمياً أمام مبنى المحافظة في مدينة الناصرية يوم الأحد، فضّته الشرطة واعتقلت اثنين من منظميه.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_sub_event_type, "Protest with intervention");
}

}  // namespace
}  // namespace marsad
