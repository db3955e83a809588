// "The militia" (الميليشيا) of a report that has named a group by that word
// is that group, whoever speaks. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventMilitiaAnaphorTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventMilitiaAnaphorTest, TheMilitiaIsTheGroupNamedSo) {
  Doc doc = test::ExtractAt(
      "صدت قوات الجيش الوطني والقوات الحكومية هجوماً شنته ميليشيا الحوثي قرب صرواح صباح الاثنين، وقال الجيش الوطني إن "
      "قواته تقدمت. وقصفت الميليشيا حياً سكنياً في مدينة مأرب مساء الاثنين.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.houthis");
}

}  // namespace
}  // namespace marsad
