// Claims told as reports, carried by the words around the deed: an Arabic
// sentence opening on كما that goes on with the list of the account before,
// an English unit's spokesman or commander ("a brigade spokesman said"), and
// "the force said" after the deed standing for a body whose name holds its
// plural; a heading opened by a force's common name ("NATIONAL POLICE SERVICE -
// PRESS STATEMENT"). Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventUnitVoicesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// كما اعتقلت قوات الأمن …: the security source of the sentence before goes
// on with its side's own operations.
TEST_F(EventUnitVoicesTest, ArabicAlsoGoesOnWithTheSourceBefore) {
  Doc doc = test::ExtractAt(
      "انفجرت عبوة ناسفة صباح اليوم بدورية للشرطة قرب مدينة الرمادي، ما أدى إلى إصابة شرطيين، وفق مصدر أمني في "
      "قيادة شرطة الأنبار.\nكما اعتقلت قوات الأمن اليوم خمسة مطلوبين في الرمادي.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// The same sentence with no كما, after a sentence of no source: the writer's.
TEST_F(EventUnitVoicesTest, ArabicArrestWithNoSourceStaysReported) {
  Doc doc = test::ExtractAt(
      "انفجرت عبوة ناسفة صباح اليوم بدورية للشرطة قرب مدينة الرمادي، ما أدى إلى إصابة شرطيين.\nكما اعتقلت قوات "
      "الأمن اليوم خمسة مطلوبين في الرمادي.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// كما with another party's deed: the writer's list goes on, not the
// statement before (a foreign command does not tell a local militia's base).
TEST_F(EventUnitVoicesTest, ArabicAlsoWithAnotherPartysDeedIsNotCarried) {
  Doc doc = test::ExtractAt(
      "وأعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أنها نفذت غارة جوية يوم الأربعاء على مخبأ لتنظيم «داعش» جنوب "
      "بوصاصو.\nكما أقامت قوات دراويش بونتلاند قاعدة جديدة قرب قرضو.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "أقامت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// "…, a brigade spokesman said": the unit's spokesman speaks for its force.
TEST_F(EventUnitVoicesTest, EnglishBrigadeSpokesmanSpeaksForItsForce) {
  Doc doc = test::ExtractAt(
      "Ukrainian troops pushed Russian forces out of two trenches near Kupiansk overnight after a short battle, a "
      "brigade spokesman said on Sunday.",
      2026, 5, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  bool claimed = false;
  for (const Event& e : doc.events) claimed = claimed || e.status == "claimed";
  EXPECT_TRUE(claimed);
}

TEST_F(EventUnitVoicesTest, EnglishBattalionCommanderSpeaksForItsForce) {
  Doc doc = test::ExtractAt(
      "Government troops repelled an attack by al-Shabaab fighters on their base near Jowhar on Friday, killing six of "
      "the attackers, a battalion commander said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "repelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A plain spokesman of no unit, after a deed of unknown gunmen on civilians:
// no claim.
TEST_F(EventUnitVoicesTest, EnglishSpokesmanOnGunmenStaysReported) {
  Doc doc = test::ExtractAt(
      "Unknown gunmen shot dead four farmers in a village near Jos on Friday, a spokesman for the state governor said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// "…, the force said": the singular noun of a body whose name holds it in
// the plural (Security Belt forces).
TEST_F(EventUnitVoicesTest, EnglishTheForceStandsForForcesNamedBefore) {
  Doc doc = test::ExtractAt(
      "Security Belt forces arrested three suspected al-Qaeda members at a checkpoint in Zinjibar on Sunday, the force "
      "said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A monitor told the deed first; the force named after it speaks of its own
// words ("but the force said that strike caused no casualties").
TEST_F(EventUnitVoicesTest, EnglishForceAfterAMonitorsAccountSpeaksOfItsOwnWords) {
  Doc doc = test::ExtractAt(
      "The Syrian Observatory for Human Rights said a Turkish drone hit a Syrian Democratic Forces position near "
      "Hasakah on Monday, but the force said that strike caused no casualties.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "hit");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// "NATIONAL POLICE SERVICE - PRESS STATEMENT": a force's common name opening
// the heading of a statement is its issuer; the police's own arrests and the
// blow their patrol took are its claim.
TEST_F(EventUnitVoicesTest, HeadingOpenedByAForcesCommonNameIsItsVoice) {
  Doc doc = test::ExtractAt(
      "NATIONAL POLICE SERVICE - PRESS STATEMENT\nOn Sunday, a roadside bomb exploded under a police vehicle near "
      "Garissa, injuring two officers.\nFour suspects were arrested in Garissa town on Monday.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* bomb = test::ExpectEvent(doc, "roadside bomb");
  ASSERT_NE(bomb, nullptr);
  EXPECT_EQ(bomb->status, "claimed");
  const Event* arrest = test::ExpectEvent(doc, "were arrested");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->status, "claimed");
}

// The force named deeper in the heading is what it is about, not its issuer.
TEST_F(EventUnitVoicesTest, HeadingNamingAForceLaterIsNoVoice) {
  Doc doc = test::ExtractAt(
      "Residents dispute the police statement\nFour suspects were arrested in Garissa town on Monday.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* arrest = test::ExpectEvent(doc, "were arrested");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->status, "reported");
}

// A force's channel: the enemy's blow on the positions of "our defenders",
// relayed with the unit's own word ("…, the Defence Forces reported"), is
// the blow its own forces took.
TEST_F(EventUnitVoicesTest, BlowOnThePositionsOfOurDefendersIsClaimed) {
  Doc doc = test::ExtractAt(
      "Zaporizhzhia Regional Military Administration\nNear Huliaipole, enemy drones dropped munitions with chemical "
      "irritants on the positions of our defenders overnight, the Defence Forces reported.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "dropped");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// "our" that is no armed party's, with a verb of saying: the speakers'.
TEST_F(EventUnitVoicesTest, OurHousesToldByResidentsStayReported) {
  Doc doc = test::ExtractAt(
      "Zaporizhzhia Regional Military Administration\nNear Huliaipole, enemy drones dropped munitions with chemical "
      "irritants on the roofs of our houses overnight, residents said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "dropped");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// مصدر عسكري في «قسد»: the side named after the source word, past its
// quotation mark, is the source's side (not the army the place would give
// the bare source phrase): the blow its own fighters took is its claim.
TEST_F(EventUnitVoicesTest, ArabicSourceOfAQuotedSideSpeaksForIt) {
  Doc doc = test::ExtractAt(
      "قُتل عنصران من «قوات سوريا الديمقراطية» فجر اليوم في هجوم شنّه مسلحون على حاجز قرب بلدة الهول شرقي الحسكة، "
      "وفق ما قال مصدر عسكري في «قسد».",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A cue written with a straight apostrophe reads the curly one of news copy
// ("the governor’s office said"): the province's government on its police.
TEST_F(EventUnitVoicesTest, CurlyApostropheReadsTheCue) {
  for (const char* mark : {"'", "\xE2\x80\x99"}) {
    Doc doc = test::ExtractAt(std::string("In Cizre, police detained six people on Tuesday on suspicion of helping the "
                                          "militants, the Sirnak governor") +
                                  mark + "s office said.",
                              2026, 5, 10);
    test::MaybeDump(doc);
    const Event* e = test::ExpectEvent(doc, "detained");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->status, "claimed") << mark;
  }
}

// "struck what the army described as a rebel camp": the party that names
// the deed's object tells the deed; its own forces' strike is its claim.
TEST_F(EventUnitVoicesTest, WhatThePartyDescribedAsNamesTheSource) {
  Doc doc = test::ExtractAt(
      "Nigerian Air Force jets struck what the Nigerian Air Force described as a bandit hideout in a forest near Tsafe "
      "on Sunday, killing several fighters.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// "what" not right after the deed word names what it hit, no source of it.
TEST_F(EventUnitVoicesTest, WhatFarFromTheDeedIsNoSource) {
  Doc doc = test::ExtractAt(
      "Unknown gunmen opened fire on a bus near Tsafe on Sunday, near what the Nigerian Air Force described as a "
      "bandit hideout, killing four passengers.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "opened fire");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// وأضاف البيان أن …: the statement of the defence ministry goes on; its
// air force's strikes are its claim, as the ambush told before was.
TEST_F(EventUnitVoicesTest, ArabicStatementAddedCarriesTheMilitaryVoice) {
  Doc doc = test::ExtractAt(
      "أعلنت وزارة الدفاع النيجرية في بيان أن وحدة من الجيش تعرضت لكمين نصبه إرهابيون قرب مدينة تاهوا يوم الجمعة.\n"
      "وأضاف البيان أن الطيران العسكري نفّذ ضربات ضد المهاجمين أثناء فرارهم شمال تاهوا.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ضربات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// وأضافوا أن الطيران العسكري …: residents go on; the words after the
// complementizer are what they say, no military voice speaking.
TEST_F(EventUnitVoicesTest, ArabicWordsAfterTheComplementizerAreNoVoice) {
  Doc doc = test::ExtractAt(
      "قال سكان إن مسلحين هاجموا قرية قرب مدينة تاهوا يوم الجمعة.\nوأضافوا أن الطيران العسكري نفّذ ضربات ضد "
      "المهاجمين أثناء فرارهم شمال تاهوا.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "ضربات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// وأضاف أن المهاجمين أحرقوا …: the police spokesman goes on, but the
// doer carried after the complementizer is the armed group told before, no
// unnamed force of the police: their word on others' deeds is a report.
TEST_F(EventUnitVoicesTest, ArabicCarriedArmedGroupIsNoOperationOfTheVoice) {
  Doc doc = test::ExtractAt(
      "قال متحدث باسم شرطة ولاية بورنو إن مسلحين يُشتبه في انتمائهم إلى جماعة «بوكو حرام» هاجموا قرية قرب دامبوا "
      "ليل الجمعة، فقتلوا خمسة قرويين.\nوأضاف أن المهاجمين أحرقوا عشرات المنازل ومخزناً للحبوب قبل أن يفرّوا.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "أحرقوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// ذكرت قناة «المسيرة» أن …: the outlet word and the quoted name together
// are the party's channel; its word on its side's drone is its claim.
TEST_F(EventUnitVoicesTest, ArabicOutletWithQuotedPartyNameClaims) {
  Doc doc = test::ExtractAt(
      "وذكرت قناة «المسيرة» أن طائرة مسيّرة تابعة لقوات صنعاء استهدفت تجمعاً لقوات المقاومة الوطنية قرب مدينة "
      "حيس.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "طائرة مسيّرة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// An outlet of no party with its name in quotation marks stays a report.
TEST_F(EventUnitVoicesTest, ArabicOutletWithQuotedOtherNameReports) {
  Doc doc = test::ExtractAt(
      "وذكرت قناة «الشرق» أن طائرة مسيّرة تابعة لقوات صنعاء استهدفت تجمعاً لقوات المقاومة الوطنية قرب مدينة حيس.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "طائرة مسيّرة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// "bombed what the military described as a weapons depot": the force that
// names what was hit tells the strike; it is no side of it.
TEST_F(EventUnitVoicesTest, WhatTheMilitaryDescribedAsIsNoParty) {
  Doc doc = test::ExtractAt(
      "Israeli jets bombed what the military described as a weapons depot outside Nabatieh on Tuesday.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "bombed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorText(doc, e->actor2), "-");
  EXPECT_NE(test::ActorText(doc, e->actor1), "the military");
}

// "what the army called a militant hideout": the same with "called".
TEST_F(EventUnitVoicesTest, WhatTheArmyCalledIsNoParty) {
  Doc doc = test::ExtractAt(
      "Turkish drones struck what the army called a militant hideout near Qandil on Friday.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorText(doc, e->actor2), "-");
}

}  // namespace
}  // namespace marsad
