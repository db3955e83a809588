// A place told of a side scene — "Similar protests took place in Y",
// وخرجت تظاهرات مماثلة في Y — is not where the next sentence's event was:
// the report goes on at its main scene. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class SideSceneTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SideSceneTest, EnglishSimilarProtestsPlaceDoesNotCarryOn) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nNAIROBI (Reuters) - Police fired tear gas at hundreds of protesters in Kisumu on Monday.\n"
      "Similar protests took place in Nakuru, local media reported.\n"
      "Officers arrested twelve people, a police spokesman said.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->place, 0);
  EXPECT_EQ(doc.places[e->place].location.name, "Kisumu");
}

TEST_F(SideSceneTest, ArabicSimilarProtestsPlaceDoesNotCarryOn) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nتظاهر مئات المحتجين أمس الأحد في مدينة البصرة احتجاجاً على انقطاع الكهرباء.\n"
      "وخرجت تظاهرات مماثلة في مدينة الناصرية.\n"
      "واعتقلت قوات الأمن خمسة من المحتجين، بحسب مصدر في الشرطة.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "واعتقلت");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->place, 0);
  EXPECT_EQ(doc.places[e->place].location.name, "Basrah");
}

}  // namespace
}  // namespace marsad
