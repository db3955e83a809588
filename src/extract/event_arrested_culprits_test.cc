// Those an arrest takes, told as the doers of the violence just reported
// (`culprits`: منفذي الهجوم، طرفي النزاع، "the perpetrators"), are that
// violence's non-state side, not civilians; suspects only "suspected of
// involvement" stay civilians. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventArrestedCulpritsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventArrestedCulpritsTest, PerpetratorsOfTheAttackAreItsGunmen) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة أشخاص في هجوم شنه مسلحون على مقهى في مدينة الموصل ليل الأحد.\n"
      "وقالت الشرطة إنها ألقت القبض على اثنين من منفذي الهجوم.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ألقت القبض");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.unidentified_gunmen");
  Doc en = test::ExtractAt(
      "date 2026-03-05\nGunmen stormed a bar in Kandahar on Sunday night, killing five people. "
      "Police said on Monday they had arrested two of the perpetrators.",
      2026, 3, 5);
  test::MaybeDump(en);
  const Event* a = test::ExpectEvent(en, "arrested");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(en, a->actor2), "gen.unidentified_gunmen");
}

TEST_F(EventArrestedCulpritsTest, BothSidesOfAFeudAreTheCommunalMilitia) {
  Doc doc = test::ExtractAt(
      "قتل رجلان في اشتباكات بين عائلتين متناحرتين في بلدة الزبير غرب البصرة يوم السبت.\n"
      "واعتقلت الشرطة خمسة أشخاص من طرفي النزاع.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "واعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.communal_militia");
}

// A brawl's two sides (طرفي المشاجرة) are as a feud's: the families that fought.
TEST_F(EventArrestedCulpritsTest, BothSidesOfABrawlAreTheCommunalMilitia) {
  Doc doc = test::ExtractAt(
      "قتل رجلان في مشاجرة بالأسلحة النارية بين عائلتين في قرية قرب مدينة سوهاج يوم السبت.\n"
      "وأعلنت الشرطة ضبط ثمانية متهمين من طرفي المشاجرة.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ضبط");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.communal_militia");
}

TEST_F(EventArrestedCulpritsTest, SuspectsStayCivilians) {
  Doc doc = test::ExtractAt(
      "قتل ثلاثة أشخاص في هجوم شنه مسلحون على مقهى في مدينة الموصل ليل الأحد.\n"
      "وقالت الشرطة إنها ألقت القبض على اثنين يشتبه في تورطهما بالهجوم.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ألقت القبض");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
}

// Counted from the attackers told again (ثلاثة من المهاجمين، أربعة منهم
// after the attackers were chased): those taken are the attack's doers; the
// attackers killed in another clause leave the suspects taken civilians.
TEST_F(EventArrestedCulpritsTest, CountedFromTheAttackersAreTheAttackersGroup) {
  Doc doc = test::ExtractAt(
      "هاجم عناصر من تنظيم داعش حاجزاً للجيش العراقي قرب قضاء الحويجة فجر الأحد، ما أدى إلى مقتل جنديين.\n"
      "وقال مصدر أمني إن القوات طاردت المهاجمين في الوديان واعتقلت ثلاثة منهم صباح اليوم.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* attack = test::ExpectEvent(doc, "هاجم");
  const Event* e = test::ExpectEvent(doc, "واعتقلت");
  ASSERT_NE(attack, nullptr);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), test::ActorId(doc, attack->actor1));
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.civilians");
  Doc of = test::ExtractAt(
      "هاجم عناصر من تنظيم داعش حاجزاً للجيش العراقي قرب قضاء الحويجة فجر الأحد، ما أدى إلى مقتل جنديين.\n"
      "وأضاف المصدر أن القوات ردت على مصدر النيران واعتقلت اثنين من المهاجمين.",
      2026, 3, 5);
  test::MaybeDump(of);
  const Event* a2 = test::ExpectEvent(of, "واعتقلت");
  ASSERT_NE(a2, nullptr);
  EXPECT_NE(test::ActorId(of, a2->actor2), "gen.civilians");
}

TEST_F(EventArrestedCulpritsTest, AttackersKilledInAnotherClauseLeaveSuspectsCivilians) {
  Doc doc = test::ExtractAt(
      "هاجم عناصر من تنظيم داعش حاجزاً للجيش العراقي قرب قضاء الحويجة فجر الأحد.\n"
      "وقال الجيش إن قواته قتلت عدداً من المهاجمين واعتقلت 20 مشتبهاً بهم في القرى المجاورة.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "واعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians");
}

// "Arrested 16 people over the attack": those taken over the violence just
// told are its doers, here the mob (rioters), not civilians.
TEST_F(EventArrestedCulpritsTest, ArrestedOverTheAttackAreTheMob) {
  Doc doc = test::ExtractAt(
      "A mob set fire to five homes of Christians in a village near Minya on Saturday, the diocese said. Two men were "
      "hurt by stones thrown by the crowd. \"We hid inside all night,\" a resident told reporters. Police arrested 16 "
      "people over the attack, the ministry said on Sunday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.rioters");
}

// Suspects "linked to the attack" (على صلة بالهجوم) are tied to the deed
// just told: its named doers, here the group that claimed the bombing. The
// same arrest with no such link takes civilians.
TEST_F(EventArrestedCulpritsTest, SuspectsLinkedToTheAttackAreItsDoers) {
  Doc doc = test::ExtractAt(
      "تبنى تنظيم داعش تفجير عبوة ناسفة استهدفت دورية للجيش قرب مدينة تكريت صباح الأحد.\n"
      "واعتقلت قوات الأمن ثلاثة مشتبهين في قرية مجاورة على صلة بالهجوم.",
      2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "واعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "isis");
  Doc plain = test::ExtractAt(
      "تبنى تنظيم داعش تفجير عبوة ناسفة استهدفت دورية للجيش قرب مدينة تكريت صباح الأحد.\n"
      "واعتقلت قوات الأمن ثلاثة مشتبهين في قرية مجاورة.",
      2026, 3, 5);
  test::MaybeDump(plain);
  const Event* p = test::ExpectEvent(plain, "واعتقلت");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(test::ActorId(plain, p->actor2), "gen.civilians");
}

}  // namespace
}  // namespace marsad
