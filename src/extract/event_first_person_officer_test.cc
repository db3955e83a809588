// A verb in the first person inside the words of an unnamed officer of a
// state force («سنستعيد القرية», said by قائد عسكري) is that force's deed,
// not the report's main actor's. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventFirstPersonOfficerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventFirstPersonOfficerTest, AnArmyCommandersWeWillRetakeIsTheArmys) {
  Doc doc = test::ExtractAt(
      "سيطر مسلحو حركة الشباب على قرية قرب مدينة جوهر صباح الأحد بعد انسحاب الجيش منها. وهاجمت حركة الشباب "
      "قاعدة في جوهر مساء الأحد. وقال قائد عسكري في جوهر: «سنستعيد القرية خلال أيام».",
      2026, 3, 16);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "سنستعيد");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.sna");
}

TEST_F(EventFirstPersonOfficerTest, ANamedPartysSpokesmanStaysHisParty) {
  Doc doc = test::ExtractAt(
      "انسحب الجيش من قرية قرب مدينة جوهر صباح الأحد. وقال متحدث باسم حركة الشباب: «سنسيطر على جوهر خلال أيام».",
      2026, 3, 16);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "سنسيطر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.shabaab");
}

}  // namespace
}  // namespace marsad
