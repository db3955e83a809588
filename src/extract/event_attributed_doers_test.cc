// Who did an attack, by a speaker's attribution (نسبوا الهجوم إلى X) and by
// the Islamic State province a report's words or country name. Sentences
// are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventAttributedDoersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventAttributedDoersTest, AttackAttributedToAGroupIsIts) {
  Doc doc = test::ExtractAt(
      "قال مسؤولون إن مسلحين قتلوا 12 مدنياً في هجوم على سوق قرب بلدة تيلابيري، ونسبوا الهجوم إلى تنظيم «داعش».",
      2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis");
}

TEST_F(EventAttributedDoersTest, IslamicStateInTheSahelIsItsProvince) {
  Doc doc = test::ExtractAt("هاجم مقاتلو الدولة الإسلامية في الساحل قرية قرب تيلابيري فجر الأحد.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis.sahel");
}

TEST_F(EventAttributedDoersTest, IslamicStateInMaliIsTheSahelProvince) {
  Doc doc = test::ExtractAt("هاجم تنظيم داعش موقعاً للجيش قرب مدينة ميناكا في شمال مالي فجر الأحد.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis.sahel");
}

}  // namespace
}  // namespace marsad
