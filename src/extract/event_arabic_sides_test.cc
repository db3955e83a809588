// Arabic sides of an event (the s7actorsar rules): a side's abbreviation in
// brackets is no second side, a plural verb written with its object carries
// its subject, and a town falls "into the grip" of its taker. Sentences are
// our own wording.
#include <gtest/gtest.h>

#include "eval/event_eval.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventArabicSidesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// بين X (Y) وZ: Y, the abbreviation of X in brackets, names X again; the
// other side is Z, told after the brackets.
TEST_F(EventArabicSidesTest, AbbreviationInBracketsIsNoSecondSide) {
  Doc doc = test::ExtractAt(
      "وقعت مواجهات مسلحة ليل الثلاثاء بين قوات سوريا الديمقراطية (قسد) وأبناء العشائر قرب بلدة الصور في ريف دير "
      "الزور.",
      2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "مواجهات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "syr.sdf");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "syr.tribes");
}

// A plural verb written with its object (أضرموا النار) carries its subject as
// a VSO verb in the plural does: the body whose building burned, named after
// the verb, is what was hit, and the gunmen before the verb did it.
TEST_F(EventArabicSidesTest, PluralVerbWithItsObjectCarriesItsSubject) {
  Doc doc = test::ExtractAt(
      "وقال سكان إن مسلحين مجهولين أضرموا النار في مبنى الشرطة في بلدة الميادين فجر الأحد.", 2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "أضرموا النار");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(test::ActorId(doc, e->actor1).rfind("gen.unidentified", 0) == 0) << test::ActorId(doc, e->actor1);
}

// سقطت المدينة في قبضة X: X took the town, whoever the report named before.
TEST_F(EventArabicSidesTest, TownFallingIntoTheGripOfAGroupWasTakenByIt) {
  Doc doc = test::ExtractAt(
      "وقال قيادي في قسد إن الأوضاع هادئة. وكانت مدينة الطبقة قد سقطت في قبضة تنظيم الدولة الإسلامية في آب/أغسطس "
      "2014.",
      2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "سقطت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis");
  Doc bi = test::ExtractAt(
      "وقال قيادي في قسد إن الأوضاع هادئة. وكانت مدينة الطبقة قد سقطت بقبضة تنظيم الدولة الإسلامية في آب/أغسطس 2014.",
      2026, 5, 14);
  test::MaybeDump(bi);
  const Event* b = test::ExpectEvent(bi, "سقطت");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(test::ActorId(bi, b->actor1), "isis");
}

// A jihadist group no name is given for (what a Maghreb ministry calls
// terrorists) is a kind of Islamist militia: the registry's generic jihadists
// sit under it, so "Islamist militia (Algeria)" and "Jihadist group (Algeria)"
// both name the party read from إرهابيين.
TEST_F(EventArabicSidesTest, UnnamedJihadistsAreAnIslamistMilitia) {
  Doc doc = test::ExtractAt(
      "أعلنت وزارة الدفاع الجزائرية أن مفرزة للجيش اشتبكت مع مجموعة إرهابية قرب تمنراست فجر الاثنين.", 2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتبكت");
  ASSERT_NE(e, nullptr);
  const std::string foe = test::CodedId(doc, e->actor2);
  EXPECT_EQ(foe, "gen.jihadists");
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Islamist militia (Algeria)", "", foe));
  EXPECT_TRUE(names->Same("Jihadist group (Algeria)", "", foe));
  EXPECT_FALSE(names->Same("Islamist militia (Algeria)", "", "gen.unidentified_gunmen"));
}

// طائرة مسيّرة تابعة لـ X قصفت: the drone's owner, named after the word of
// belonging, struck; the party that owns the channel telling it (قناة Y
// التابعة لـ Z) did not. In Yemen "the joint forces" are the West Coast forces.
TEST_F(EventArabicSidesTest, OwnerOfTheDroneStruckNotTheOwnerOfTheChannel) {
  Doc doc = test::ExtractAt(
      "وذكرت إذاعة محلية تابعة للحوثيين أن طائرة مسيّرة تابعة للقوات المشتركة قصفت سوقاً شعبية في مديرية الخوخة "
      "بمحافظة الحديدة، ما أدى إلى مقتل بائع.",
      2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "طائرة مسيّرة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.joint_forces");
  EXPECT_NE(test::ActorId(doc, e->actor2), "yem.houthis");
  Doc army = test::ExtractAt(
      "وقال مكتب إعلامي تابع لحركة الشباب إن طائرة مسيّرة تابعة للجيش الصومالي قصفت قرية قرب مدينة جوهر.", 2026, 5,
      14);
  test::MaybeDump(army);
  const Event* a = test::ExpectEvent(army, "طائرة مسيّرة");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::CodedId(army, a->actor1), "som.sna");
}

// طائرات مسيّرة، يُعتقد أنها أمريكية: a nationality adjective right after a
// doubt on the weapon says whose the weapon is, as right after the weapon.
TEST_F(EventArabicSidesTest, DroneBelievedToBeOfANationIsThatNationsStrike) {
  Doc doc = test::ExtractAt(
      "نفذت طائرة مسيّرة، يُعتقد أنها أمريكية، غارة على سيارة في وادٍ قرب مدينة مأرب مساء الجمعة.", 2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "طائرة مسيّرة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "usa.mil");
}

// "The gunmen" (المسلحين) told again after a named group's attack are that
// group: the strike on them hits the attackers of the attack told last.
TEST_F(EventArabicSidesTest, TheGunmenToldAgainAreTheLastAttackersGroup) {
  Doc doc = test::ExtractAt(
      "انفجرت عبوة ناسفة زرعها تنظيم الدولة الإسلامية في بونتلاند على طريق قرب مدينة بوصاصو أمس. وقال سكان إن "
      "مقاتلين من حركة الشباب هاجموا قاعدة عسكرية في بلدة بولوبردي فجر اليوم. وقال الجيش الصومالي إن غاراته على "
      "مواقع فر إليها المسلحون قرب البلدة أسفرت عن مقتل عشرة منهم.",
      2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "غاراته");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "som.shabaab");
}

// اعتقلت ستة من المتورطين after a clash between two clans: "those involved"
// are the feud's fighters, not civilians; "handing over those involved in any
// attack" still tells no attack.
TEST_F(EventArabicSidesTest, ThoseInvolvedTakenAfterAFeudAreItsFighters) {
  Doc doc = test::ExtractAt(
      "تحول خلاف على قطعة أرض في قرية قرب مدينة الكوت مساء أمس إلى اشتباك مسلح بين أفراد من عشيرتين، قبل أن "
      "تتدخل قوة من الشرطة وتعتقل خمسة من المتورطين.",
      2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "وتعتقل");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor2), "gen.civilians");
  EXPECT_EQ(test::CodedId(doc, e->actor2), test::CodedId(doc, test::ExpectEvent(doc, "اشتباك مسلح")->actor1));
  Doc pact = test::ExtractAt(
      "وقّع وجهاء من القبيلتين اليوم وثيقة صلح تتعهد بتسليم المتورطين في أي اعتداء إلى الشرطة في مدينة الكوت.", 2026,
      5, 14);
  test::MaybeDump(pact);
  EXPECT_EQ(test::EventFor(pact, NormalizeKey("اعتداء")), nullptr);
}

// «دخل رجل يرتدي زي الشرطة»: the force whose uniform a man wears did not
// enter; with no armed party named, no taking of ground is read.
TEST_F(EventArabicSidesTest, TheForceWhoseUniformAManWearsIsNoSubject) {
  Doc doc = test::ExtractAt(
      "وقال أحد العاملين في الفندق بمدينة كسمايو: «كنا نستعد لإغلاق المطبخ عندما دخل رجل يرتدي زي الجيش، ثم سمعنا "
      "انفجاراً قوياً».",
      2026, 5, 14);
  test::MaybeDump(doc);
  // The blast heard is told (the loop below is not run over no events), and
  // no event takes the army whose uniform the man wears as its named doer.
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
  for (const Event& e : doc.events) {
    EXPECT_NE(e.acled_event_type, "Battles") << e.acled_sub_event_type << " " << test::ActorId(doc, e.actor1);
    EXPECT_FALSE(e.actor1.actor >= 0 && !e.actor1.implicit && test::ActorId(doc, e.actor1) == "som.sna")
        << e.acled_sub_event_type;
  }
}

}  // namespace
}  // namespace marsad
