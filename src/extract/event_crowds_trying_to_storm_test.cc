// A storming word after a plural verb of attempt with no doer of its own
// (المحتجين الذين حاولوا اقتحام، قبل أن يحاولوا اقتحام) is done by the crowd
// named before it: the crowd's riot, not a clash of the force the sentence
// names. A doer named after the attempt, or a singular force attempting,
// keeps its own reading. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

size_t CountSub(const Doc& doc, const std::string& sub) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

class CrowdsTryingToStormTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CrowdsTryingToStormTest, ProtestersWhoTriedToStormRiot) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nفرّقت قوات الأمن بالغاز المسيل للدموع مساء الأحد مئات المحتجين الذين حاولوا اقتحام مبنى "
      "البرلمان في مدينة بيروت.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(CountSub(doc, "Violent demonstration"), 1u);
}

TEST_F(CrowdsTryingToStormTest, StormingAfterStonesIsTheSameRiot) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nوكان المتظاهرون قد أغلقوا الطريق الرئيسي في مدينة البصرة مساء الأحد، ورشقوا قوات الأمن "
      "بالحجارة قبل أن يحاولوا اقتحام مقر المحافظة.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(CountSub(doc, "Violent demonstration"), 1u);
}

TEST_F(CrowdsTryingToStormTest, GunmenNamedAfterTheAttemptStayTheDoers) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nتظاهر مئات المحتجين أمام مبنى المحافظة في مدينة الحلة، وحاول مسلحون مجهولون اقتحام مركز "
      "الشرطة في المدينة مساء الأحد.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Violent demonstration"), 0u);
}

}  // namespace
}  // namespace marsad
