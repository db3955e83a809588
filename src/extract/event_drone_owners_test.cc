// Armed groups fly drones too: a drone strike's doer is the drone's owner when
// the sentence tells it — after a word of belonging on the drone (مسيّرات
// تابعة لـ X), a group's adjective on it (مسيّرة حوثية) — not the state air
// power supplied when no one is named; the owner of what the drone hit is
// not its doer. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventDroneOwnersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventDroneOwnersTest, DronesBelongingToAGroupAreItsStrike) {
  Doc doc = test::ExtractAt(
      "استهدفت مسيّرات تابعة لقوات الدعم السريع، فجر الاثنين، مستودعاً للوقود في مدينة الأبيض بولاية شمال كردفان.", 2026, 3,
      10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
  EXPECT_FALSE(e->actor1.implicit);
}

// Marks around the owner's name (لـ«الدعم السريع») are no words between the
// drone and its verb: one strike, the owner's, on what the verb names, even
// when another party's shelling opens the sentence.
TEST_F(EventDroneOwnersTest, QuotedOwnerNameKeepsTheDroneWithItsVerb) {
  Doc doc = test::ExtractAt(
      "وقصفت مدفعية الجيش مواقع «الدعم السريع» غربي مدينة الأبيض صباح الاثنين، فيما قالت مصادر محلية إن طائرة مسيّرة "
      "تابعة لـ«الدعم السريع» استهدفت سوقاً في المدينة وأصابت ثلاثة مدنيين.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf");
}

// A relative clause naming who fired (صواريخ أطلقها الحرس الثوري الإيراني
// فجر الأحد أصابت): the name counts as one word between the weapon and its
// verb, so the missiles and what they hit are one strike.
TEST_F(EventDroneOwnersTest, ALongNameBetweenWeaponAndVerbIsOneWord) {
  Doc doc = test::ExtractAt(
      "وفي محافظة السليمانية، أفاد مصدر أمني بأن صواريخ أطلقها الحرس الثوري الإيراني فجر الأحد أصابت معسكراً لحزب كردي "
      "إيراني معارض قرب بنجوين، دون أن تسفر عن إصابات.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Explosions/Remote violence"), 1u);
}

TEST_F(EventDroneOwnersTest, AGroupAdjectiveOnTheDroneNamesTheGroup) {
  Doc doc = test::ExtractAt("قال مصدر محلي إن طائرة مسيّرة حوثية قصفت منزلاً في مدينة حيس مساء الأحد، ما أسفر عن مقتل طفلين.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.houthis");
}

TEST_F(EventDroneOwnersTest, TheOwnerOfWhatWasHitIsNotTheDoer) {
  Doc doc = test::ExtractAt("قصف الجيش السوداني بطائرة مسيّرة سيارة تابعة لقوات الدعم السريع قرب مدينة بارا يوم السبت.", 2026,
                            3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "sdn.rsf");
}

// A doubt on whose the drones were (يُعتقد أنها تابعة لـ X), a comma before
// it or none, still names their owner as the doer; and the owner read as
// what was hit is no actor 2 of its own strike.
TEST_F(EventDroneOwnersTest, DronesBelievedToBelongToAGroupAreItsStrike) {
  for (const char* text :
       {"استهدفت طائرات مسيّرة يُعتقد أنها تابعة لقوات الدعم السريع محطة المياه في مدينة كوستي يوم الثلاثاء.",
        "أصابت مسيّرات، يُرجَّح أنها تابعة لقوات الدعم السريع، مخزناً للحبوب في مدينة سنار فجر الأربعاء."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    const Event* e = test::FirstOfSub(doc, "Air/drone strike");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(test::ActorId(doc, e->actor1), "sdn.rsf") << text;
    EXPECT_NE(test::ActorId(doc, e->actor2), "sdn.rsf") << text;
  }
}

// A statement that blames a group for an attack and tells of the army's
// drones striking the attackers: the drones' owner (a generic army right
// after the word of belonging) is the strike's doer, the blamed group what
// it hit — not the other way round.
TEST_F(EventDroneOwnersTest, TheArmysDronesStrikeTheGroupBlamedBeforeThem) {
  Doc doc = test::ExtractAt(
      "اتهمت وزارة الدفاع النيجرية تنظيم «الدولة الإسلامية في الساحل» بالهجوم على بلدة تيلابيري، وقالت إن طائرات مسيّرة "
      "تابعة للجيش قصفت ليلاً مواقع للتنظيم قرب البلدة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.army");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "isis.sahel");
}

}  // namespace
}  // namespace marsad
