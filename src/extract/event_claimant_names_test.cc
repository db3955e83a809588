// Who a claim or an attribution names as the doer: a claimant named after a
// kind-of-group noun and a quotation mark, a group's branch named beside it,
// a headline's present-tense claim, a claim that tells its own deed, and an
// attack a speaker "attributed to" a group (نسبته الشرطة إلى X). Sentences
// are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventClaimantNamesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// تبنى تنظيم «داعش – ولاية خراسان» التفجير: the branch claims, not the parent.
TEST_F(EventClaimantNamesTest, QuotedBranchAfterAGroupNounClaims) {
  Doc doc = test::ExtractAt(
      "قتل عنصران من حركة طالبان بانفجار عبوة لاصقة استهدفت سيارتهم في مدينة قندوز صباح الأحد، فيما تبنى تنظيم «داعش – "
      "ولاية خراسان» التفجير عبر وكالة «أعماق».",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis.khorasan");
}

// A headline's present tense (تتبنى) claims as the past does.
TEST_F(EventClaimantNamesTest, PresentTenseClaimNamesTheBomber) {
  Doc doc = test::ExtractAt(
      "انفجار عبوة ناسفة بشاحنة على طريق بلدوين صباح اليوم\n"
      "مصادر محلية: قتيلان وخمسة جرحى… وحركة الشباب تتبنى التفجير",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_EQ(e->status, "claimed");
}

// A claim that names its own deed after the claimant (تبنى التنظيم، عبر
// وكالته، تفجير عبوة … الأحد الماضي) claims that deed only, not the blast
// told before it.
TEST_F(EventClaimantNamesTest, AClaimOfItsOwnDeedLeavesTheEarlierBlast) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة مدنيين بانفجار سيارة مفخخة قرب سوق مدينة العريش أمس الثلاثاء.\n"
      "وفي سياق آخر، تبنى تنظيم ولاية سيناء، عبر وكالة أعماق، تفجير عبوة ناسفة في مدرعة للجيش جنوب مدينة رفح الأحد الماضي.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* blast = test::ExpectEvent(doc, "بانفجار");
  ASSERT_NE(blast, nullptr);
  EXPECT_NE(test::ActorId(doc, blast->actor1), "isis.sinai");
  const Event* bomb = test::ExpectEvent(doc, "تفجير");
  ASSERT_NE(bomb, nullptr);
  EXPECT_EQ(test::ActorId(doc, bomb->actor1), "isis.sinai");
}

// في هجوم نسبته الشرطة إلى X: who attributes stands between the verb and
// إلى; X did the deed.
TEST_F(EventClaimantNamesTest, AttackAttributedByASpeakerToAGroupIsIts) {
  Doc doc = test::ExtractAt(
      "قتل جنديان عندما انفجرت عبوة ناسفة بمركبتهما قرب مدينة بلدوين صباح الأحد، في هجوم نسبته السلطات إلى حركة الشباب.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
}

// A bare الحشد is "the crowd" away from Iraq and Syria: no Popular
// Mobilization Forces in a Kenyan market.
TEST_F(EventClaimantNamesTest, TheCrowdOutsideIraqIsNoMilitia) {
  Doc doc = test::ExtractAt(
      "ضرب حشد غاضب رجلاً حتى الموت في سوق مدينة غاريسا مساء الأربعاء، قبل أن تتدخل الشرطة لتفريق الحشد.", 2026, 3, 5);
  test::MaybeDump(doc);
  for (const ActorMention& m : doc.actors) EXPECT_NE(m.id, "irq.pmf") << m.id;
}

// A mine "left over by" a group (لغم من مخلفات X) was laid by it: X is the
// blast's actor 1, not its target.
TEST_F(EventClaimantNamesTest, MineLeftOverByAGroupIsItsBlast) {
  Doc doc = test::ExtractAt(
      "قتل طفل وأصيب اثنان آخران بانفجار لغم أرضي من مخلفات الحوثيين في مزرعة شمال مدينة حيس صباح اليوم.", 2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.houthis");
  EXPECT_NE(test::ActorId(doc, e->actor2), "yem.houthis");
}

// Real parties the registry names: Tunisia's IS-aligned Jund al-Khilafa and
// the Zuwara Military Council in Libya.
TEST_F(EventClaimantNamesTest, JundAlKhilafaAndTheZuwaraCouncilAreNamed) {
  Doc doc = test::ExtractAt(
      "اشتبكت وحدات من الحرس الوطني مع عناصر من كتيبة جند الخلافة في جبال الشعانبي قرب مدينة القصرين فجر الأحد.", 2026, 3,
      5);
  test::MaybeDump(doc);
  bool jund = false;
  for (const ActorMention& m : doc.actors) jund = jund || m.id == "tun.jund_khilafa";
  EXPECT_TRUE(jund);
  Doc zuwara = test::ExtractAt("وقال المجلس العسكري لزوارة إن قواته انتشرت عند معبر رأس جدير يوم الأحد.", 2026, 3, 5);
  test::MaybeDump(zuwara);
  bool council = false;
  for (const ActorMention& m : zuwara.actors) council = council || m.id == "lby.zuwara_mc";
  EXPECT_TRUE(council);
}

}  // namespace
}  // namespace marsad
