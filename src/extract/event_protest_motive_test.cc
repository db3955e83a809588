// A protest word after a crowd's act in its sentence, dated only by what
// it protests, is why the crowd acted — not a second protest on that day
// (event_unit.cc MergeCrowdEvents). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ProtestMotiveTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static int CountType(const Doc& doc, const std::string& type) {
  int n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type == type;
  return n;
}

TEST_F(ProtestMotiveTest, ArabicRiotInProtestOfAnEarlierKillingIsOneEvent) {
  Doc doc = test::ExtractAt(
      "وفي مدينة صفاقس، أحرق محتجون غاضبون سيارة للشرطة مساء الخميس، احتجاجاً على مقتل شاب برصاص الأمن مساء الأربعاء.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Riots"), 1);
  EXPECT_EQ(CountType(doc, "Protests"), 0);
}

TEST_F(ProtestMotiveTest, ArabicProtestOfAGrievanceMonthsOldIsOneEvent) {
  Doc doc = test::ExtractAt(
      "وفي مدينة بنزرت، تظاهر مئات من عمال الميناء أمس الاثنين، احتجاجاً على تأخر صرف رواتبهم منذ ثلاثة أشهر.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Protests"), 1);
}

TEST_F(ProtestMotiveTest, AnotherCrowdOnAnotherDayStaysItsOwnProtest) {
  Doc doc = test::ExtractAt("تظاهر مئات الطلاب في مدينة صفاقس يوم الاثنين، وتظاهر آخرون في المدينة نفسها يوم الثلاثاء.",
                            2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Protests"), 2);
}

}  // namespace
}  // namespace marsad
