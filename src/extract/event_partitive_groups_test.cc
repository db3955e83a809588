// Generic fighters told as a named group's: through a kind-of-group noun
// (مسلحون من تنظيم «X») or as suspected members (يعتقد أنهم من X). Sentences
// are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventPartitiveGroupsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventPartitiveGroupsTest, GroupNounAndQuotesBeforeTheName) {
  Doc doc = test::ExtractAt("هاجم مسلحون من تنظيم «داعش» قاعدة للجيش قرب بلدة تلعفر فجر الاثنين.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis");
}

TEST_F(EventPartitiveGroupsTest, FightersBelievedToBeOfAGroupAreIts) {
  Doc doc = test::ExtractAt("خطف مسلحون يعتقد أنهم من حركة الشباب أربعة مزارعين قرب جوهر مساء الأحد.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "خطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
}

// Unnamed gunmen with no group after them stay unidentified.
TEST_F(EventPartitiveGroupsTest, GunmenWithNoGroupStayUnidentified) {
  Doc doc = test::ExtractAt("خطف مسلحون من القرية أربعة مزارعين قرب جوهر مساء الأحد.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "خطف");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "som.shabaab");
}

// The name in quotation marks right after the partitive, no group noun
// between (اشتبكت مع مسلحين من «X»): the other side is X.
TEST_F(EventPartitiveGroupsTest, QuotedNameRightAfterThePartitive) {
  Doc doc = test::ExtractAt(
      "جوبا – قال متحدث عسكري إن قوات دفاع شعب جنوب السودان اشتبكت مع مسلحين من «جبهة الخلاص الوطني» قرب مدينة ياي "
      "يوم السبت.",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتبكت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "ssd.nas") << test::ActorId(doc, e->actor2);
}

}  // namespace
}  // namespace marsad
