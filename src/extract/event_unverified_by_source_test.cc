// A source that says it could not verify what it tells (مشيرة إلى أنها لم
// تتمكن بعد من التحقق منها) leaves the event hedged, as لم يتسن التحقق
// does. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class UnverifiedBySourceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Rape(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Sexual violence") return &e;
  return nullptr;
}

TEST_F(UnverifiedBySourceTest, ARightsGroupThatCouldNotVerifyHedges) {
  Doc doc = test::ExtractAt(
      "وتحدثت منظمة حقوقية عن نساء تعرضن للاغتصاب على أيدي مسلحين قرب مدينة كادقلي الأسبوع الماضي، مشيرة إلى أنها لم تتمكن "
      "بعد من التحقق من هذه الروايات.",
      2025, 9, 1);
  test::MaybeDump(doc);
  const Event* e = Rape(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

TEST_F(UnverifiedBySourceTest, ARightsGroupThatTellsItPlainlyReports) {
  Doc doc = test::ExtractAt(
      "وتحدثت منظمة حقوقية عن نساء تعرضن للاغتصاب على أيدي مسلحين قرب مدينة كادقلي الأسبوع الماضي.", 2025, 9, 1);
  test::MaybeDump(doc);
  const Event* e = Rape(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

}  // namespace
}  // namespace marsad
