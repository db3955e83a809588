// Claims told as reports: a party's voice that the status reader missed.
// A national government on its own army's operation, an English speech verb
// later in the sentence whose subject comes before it, and an English
// witness word that is the deed's object rather than a source. Sentences are
// our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventClaimedVoicesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// أعلنت الحكومة X أن الجيش …: the state speaks of its own forces' deed.
TEST_F(EventClaimedVoicesTest, GovernmentOnItsArmysRecaptureIsAClaim) {
  Doc doc = test::ExtractAt("أعلنت الحكومة التشادية يوم الأحد أن الجيش استعاد السيطرة على بلدة فادا بعد معارك مع المتمردين.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "استعاد");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventClaimedVoicesTest, EnglishGovernmentOnItsTroopsIsAClaim) {
  Doc doc = test::ExtractAt("The Malian government said on Sunday that the army had recaptured the town of Menaka from militants.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "recaptured");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// The government on the enemy's deed stays a report.
TEST_F(EventClaimedVoicesTest, GovernmentOnTheEnemysAttackStaysReported) {
  Doc doc = test::ExtractAt("أعلنت الحكومة التشادية أن مسلحين مجهولين هاجموا سوقاً في بلدة فادا وقتلوا خمسة مدنيين.", 2026,
                            5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هاجموا");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// "X said A; Y said instead that it had …": the later verb's subject, named
// before it, speaks of what follows.
TEST_F(EventClaimedVoicesTest, LaterEnglishVerbTakesItsOwnSubject) {
  Doc doc = test::ExtractAt(
      "The rebels said aircraft bombed their camp near Nasir on Monday, which the army denied; the army said instead "
      "that it had recaptured two villages south of Nasir.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "recaptured");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_NE(e->attribution_source.find("rmy"), std::string::npos) << e->attribution_source;
}

// "a resident of the city" detained is the deed's object, no witness telling it.
TEST_F(EventClaimedVoicesTest, DetainedResidentIsNoWitness) {
  Doc doc = test::ExtractAt("The FSB said it had detained a resident of Kursk suspected of passing photographs of bases abroad.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "detained");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_NE(e->attribution_kind, "witness");
}

// Residents who speak are still a source apart from the police.
TEST_F(EventClaimedVoicesTest, SpeakingResidentsStayASource) {
  Doc doc = test::ExtractAt("Police arrested six men in a raid on a market in Kursk on Monday, a resident told reporters.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// "Taliban intelligence said": a service named after its body, before the
// verb, speaks for that body (`speaker_role`).
TEST_F(EventClaimedVoicesTest, IntelligenceServiceSpeaksForItsBody) {
  Doc doc = test::ExtractAt(
      "Taliban intelligence said on Sunday its forces had killed two gunmen in a raid on a hideout in Kunduz city on "
      "Saturday night.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "raid");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// Yemen's "Southern forces" are the Southern Transitional Council's.
TEST_F(EventClaimedVoicesTest, YemenSouthernForcesSpokesmanIsAParty) {
  Doc doc = test::ExtractAt(
      "AL-DHALE, Yemen - Houthi fighters attacked positions of the Southern forces north of al-Dhale on Sunday, "
      "killing two defenders, a Southern forces spokesman said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "yem.stc");
}

TEST_F(EventClaimedVoicesTest, ArabicSouthernForcesInYemen) {
  Doc doc = test::ExtractAt("الضالع – قُتل ثلاثة من جنود القوات الجنوبية يوم الأحد في هجوم شنّه الحوثيون على مواقعهم شمال مدينة الضالع.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "yem.stc");
}

// A state force on another force of the same state's operation: the state
// alone tells it.
TEST_F(EventClaimedVoicesTest, PoliceOnGendarmerieCheckpointsIsAClaim) {
  Doc doc = test::ExtractAt(
      "The Public Security Directorate said gendarmerie units had set up checkpoints at the entrances of Tafila on Sunday.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "set up checkpoints");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventClaimedVoicesTest, PoliceOnSoldiersArrestsIsAClaim) {
  Doc doc = test::ExtractAt("Kenyan police said soldiers had arrested six suspected al-Shabaab fighters near Mandera on Sunday.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A crowd dispersed is public: never a claim, whichever force tells it.
TEST_F(EventClaimedVoicesTest, PoliceOnSoldiersCrowdStaysReported) {
  Doc doc = test::ExtractAt("Kenyan police said soldiers fired tear gas at hundreds of protesters in Mandera on Sunday.", 2026, 5,
                            10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "claimed");
}

// US Africa Command is the US military's: its own strike is its claim.
TEST_F(EventClaimedVoicesTest, AfricaCommandOnItsStrikeIsAClaim) {
  Doc doc = test::ExtractAt(
      "US Africa Command said it carried out an air strike against al-Shabaab fighters near Jilib, Somalia, on Sunday.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "air strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// Morocco's BCIJ is its police: a cell it dismantled is its claim.
TEST_F(EventClaimedVoicesTest, MoroccanJudicialBureauIsThePolice) {
  Doc doc = test::ExtractAt("أعلن المكتب المركزي للأبحاث القضائية يوم الأحد أنه فكّك خلية إرهابية من خمسة عناصر في مدينة طنجة.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "فكّك");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mar.police");
}

// A name no dictionary holds, set off by an apposition that opens on an
// armed body: that body speaks ("X, the military task force in the state,
// said it arrested …").
TEST_F(EventClaimedVoicesTest, ApposedArmedBodySpeaks) {
  Doc doc = test::ExtractAt(
      "Operation Desert Shield, the military task force in the region, said it arrested six suspected kidnappers near "
      "Bokkos on Friday.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// An apposition that only mentions the force further in is no voice of it.
TEST_F(EventClaimedVoicesTest, ApposedMentionOfAForceIsNoVoice) {
  Doc doc = test::ExtractAt(
      "The Bokkos Youth Forum, a group that has long criticised the military, said soldiers had arrested six young men "
      "near Bokkos on Friday.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// An apposition that names the same body again ("known as", "dubbed")
// holds no second speaker: the body before it speaks of its own arrests.
TEST_F(EventClaimedVoicesTest, AliasAppositionKeepsTheSpeaker) {
  Doc doc = test::ExtractAt(
      "The local police, known locally as the Asayish, said they detained three men in Hasakah on Friday.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "detained");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  Doc doc2 = test::ExtractAt(
      "Kurdish internal security forces, also known as the Asayish, said they arrested two men in Hasakah on Friday.",
      2026, 5, 10);
  const Event* e2 = test::ExpectEvent(doc2, "arrested");
  ASSERT_NE(e2, nullptr);
  EXPECT_EQ(e2->status, "claimed");
}

// Not past an apposition that opens on anything else and names an actor.
TEST_F(EventClaimedVoicesTest, ApposedOtherActorStillBlocksTheSpeaker) {
  Doc doc = test::ExtractAt(
      "A local rights group, which often criticises the Asayish, said police detained three men in Hasakah on Friday.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "detained");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// "According to a ministry statement": the state's ministry over the police
// speaks of their arrests as "the ministry said" does; gunmen it did not
// command stay reported.
TEST_F(EventClaimedVoicesTest, MinistryStatementIsTheStatesVoice) {
  Doc doc = test::ExtractAt(
      "Police in Misrata detained four suspected car thieves on Monday, according to a ministry statement.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "detained");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  Doc other = test::ExtractAt(
      "Gunmen fired on a wedding party in Misrata on Monday, killing two guests, according to a ministry statement.",
      2026, 5, 10);
  const Event* g = test::ExpectEvent(other, "fired");
  ASSERT_NE(g, nullptr);
  EXPECT_NE(g->status, "claimed");
}

// The other side of a fight tells it in a later sentence, of "the attack"
// told before: two parties' accounts, reported. Alone, the army's account
// is its claim.
TEST_F(EventClaimedVoicesTest, OtherSideTellingTheAttackLaterIsASecondAccount) {
  const char* army =
      "Al-Shabaab fighters overran an army outpost in Bardere on Saturday, killing at least six soldiers, a Somali "
      "army officer said.\n";
  Doc alone = test::ExtractAt(army, 2026, 5, 10);
  const Event* e = test::ExpectEvent(alone, "overran");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  Doc both = test::ExtractAt(std::string(army) +
                                 "The fighters pulled back before dawn, the officer said.\n"
                                 "Al-Shabaab said on its radio station that it had killed 25 soldiers in the attack.",
                             2026, 5, 10);
  test::MaybeDump(both);
  const Event* b = test::ExpectEvent(both, "overran");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->status, "reported");
}

TEST_F(EventClaimedVoicesTest, OtherSideTellingTheAttackLaterArabic) {
  const std::string army =
      "قال الجيش الصومالي إن قواته صدّت هجوماً شنّه مقاتلو حركة الشباب على قاعدة عسكرية في مدينة بارديري يوم الاثنين.\n";
  Doc alone = test::ExtractAt(army, 2026, 5, 10);
  const Event* e = test::ExpectEvent(alone, "صدّت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  Doc both = test::ExtractAt(army + "في المقابل، قالت حركة الشباب إنها قتلت تسعة جنود خلال الهجوم.", 2026, 5, 10);
  test::MaybeDump(both);
  const Event* b = test::ExpectEvent(both, "صدّت");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->status, "reported");
}

// "The attack" in another speaker's words after the other side's is not
// the other side's account of this fight.
TEST_F(EventClaimedVoicesTest, AttackNamedByAnotherSpeakerLaterIsNoSecondAccount) {
  Doc doc = test::ExtractAt(
      "The army said its drones had struck a column of RSF trucks near Sodari on Saturday, destroying nine of them.\n"
      "The RSF said its fighters had entered the town of Kazgil on Saturday, but the army said it had repelled the "
      "attack.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A later statement of the other side that withholds a word on the fight
// ("without commenting on the fighting") is no second account of it.
TEST_F(EventClaimedVoicesTest, OtherSideWithholdingCommentIsNoSecondAccount) {
  Doc doc = test::ExtractAt(
      "قال الجيش الصومالي إن قواته صدّت هجوماً شنّه مقاتلو حركة الشباب على قاعدة عسكرية في مدينة بارديري يوم الاثنين.\n"
      "وقالت حركة الشباب إن مقاتليها ما زالوا في المنطقة دون أن تعلق على الهجوم.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "صدّت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// حصيلة عمليات الجيش: an army's own tally of its operations is its
// statement, as بيان الجيش is; a death toll of shelling is no one's voice.
TEST_F(EventClaimedVoicesTest, ArmysOperationsTallyIsItsStatement) {
  Doc doc = test::ExtractAt("أفادت حصيلة عمليات الجيش الجزائري للأسبوع الماضي بأن مفارز عسكرية أوقفت تسعة مهربين قرب جانت.",
                            2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "أوقفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A warring state's own news agency, after a verb or opening a line with a
// colon, gives the state's word on its army's strike; a crowd it tells of
// stays reported.
TEST_F(EventClaimedVoicesTest, WarringStatesAgencyIsItsVoice) {
  Doc colon = test::ExtractAt("وكالة الأنباء البوركينية: الطيران العسكري دمّر قاعدة للإرهابيين قرب ديدوغو وحيّد عشرات منهم",
                              2026, 5, 10);
  test::MaybeDump(colon);
  const Event* e = test::ExpectEvent(colon, "دمّر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  Doc verb = test::ExtractAt("ذكرت وكالة الأنباء المالية أن الجيش قصف مواقع للمسلحين قرب غاو يوم الأحد.", 2026, 5, 10);
  const Event* v = test::ExpectEvent(verb, "قصف");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->status, "claimed");
  Doc crowd = test::ExtractAt("ذكرت وكالة الأنباء النيجرية أن متظاهرين تجمعوا في نيامي يوم الأحد.", 2026, 5, 10);
  for (const Event& x : crowd.events) EXPECT_NE(x.status, "claimed");
}

// "According to the ministry" goes on with the ministry that spoke before:
// a blow to its own police it alone tells is its claim.
TEST_F(EventClaimedVoicesTest, AccordingToTheMinistryCarriesItsVoice) {
  Doc doc = test::ExtractAt(
      "KIRKUK (AP) — Police and gunmen fought a gun battle on the outskirts of Kirkuk on Monday that left two officers "
      "dead, the state security ministry said.\n"
      "Gunmen then blocked the road to Kirkuk with burning tyres, the ministry said.\n"
      "A grenade was thrown at a police post in Kirkuk early on Tuesday, damaging the gate but causing no casualties, "
      "according to the ministry.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "grenade");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// Told by medics, the same blow stays a report.
TEST_F(EventClaimedVoicesTest, AccordingToMedicsStaysReported) {
  Doc doc = test::ExtractAt(
      "KIRKUK (AP) — Police and gunmen fought a gun battle on the outskirts of Kirkuk on Monday that left two officers "
      "dead, the state security ministry said.\n"
      "A grenade was thrown at a police post in Kirkuk early on Tuesday, wounding two passers-by, according to medics.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "grenade");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// "local officials and the army said": two sources joined, the party is not
// the only one.
TEST_F(EventClaimedVoicesTest, OfficialsJoinedToTheArmyAreASourceApart) {
  Doc doc = test::ExtractAt(
      "Villagers in rural Guaviare on Wednesday released 12 soldiers they had held since Sunday, local officials and the "
      "army said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "released");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

TEST_F(EventClaimedVoicesTest, RescueOfficialsJoinedToThePoliceAreASourceApart) {
  Doc doc = test::ExtractAt(
      "A suicide bomber blew himself up next to a police checkpoint in Bannu on Wednesday, killing two policemen, "
      "rescue officials and police said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "suicide bomber");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// The police alone on the same blow to their own post: a claim.
TEST_F(EventClaimedVoicesTest, PoliceAloneOnTheBlowToTheirPost) {
  Doc doc = test::ExtractAt(
      "A suicide bomber blew himself up next to a police checkpoint in Bannu on Wednesday, killing two policemen, "
      "police said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "suicide bomber");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// وقالت منظمة حقوقية إن …: an indefinite subject is a new speaker, not the
// army of the sentence before going on.
TEST_F(EventClaimedVoicesTest, ArabicIndefiniteSubjectIsANewSpeaker) {
  Doc doc = test::ExtractAt(
      "باماكو – قال الجيش المالي في بيان إن غارات جوية استهدفت أمس مخابئ للجماعة غرب جني.\n"
      "وقالت منظمة حقوقية إن مسلحين من الجماعة اغتصبوا ثلاث نساء في قرية قرب جني الأسبوع الماضي.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اغتصبوا");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
  // The rights group is its own source now (a monitor, kind media), never
  // the army carried over.
  EXPECT_EQ(e->attribution_kind, "media") << e->attribution_source;
  EXPECT_EQ(e->attribution_source.find("\u062c\u064a\u0634"), std::string::npos) << e->attribution_source;
}

// وأضاف البيان أن …: the definite statement goes on with the army.
TEST_F(EventClaimedVoicesTest, ArabicDefiniteStatementGoesOn) {
  Doc doc = test::ExtractAt(
      "باماكو – قال الجيش المالي في بيان إن غارات جوية استهدفت أمس مخابئ للجماعة غرب جني.\n"
      "وأضاف البيان أن وحدات الجيش اعتقلت خمسة مشتبه بهم في قرية قرب جني.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// وأضاف في بيان أن، وأضاف أيضاً أن: a preposition or an adverb after the
// speech verb is no new subject; the army still speaks.
TEST_F(EventClaimedVoicesTest, ArabicPrepositionOrAdverbAfterTheVerbIsNoNewSpeaker) {
  for (const char* second : {"وأضاف في بيان أن وحدات الجيش اعتقلت خمسة مشتبه بهم في قرية قرب جني.",
                             "وأضاف أيضاً أن وحدات الجيش اعتقلت خمسة مشتبه بهم في قرية قرب جني."}) {
    Doc doc = test::ExtractAt(
        std::string("باماكو – قال الجيش المالي في بيان إن غارات جوية استهدفت أمس مخابئ للجماعة غرب جني.\n") + second,
        2026, 5, 10);
    test::MaybeDump(doc);
    const Event* e = test::ExpectEvent(doc, "اعتقلت");
    ASSERT_NE(e, nullptr) << second;
    EXPECT_EQ(e->status, "claimed") << second;
  }
}

// The rights group a sentence cites is recorded as the text writes it (its
// proclitic left out) with the span of those words, not the normalised cue
// key (منظمه حقوقيه).
TEST_F(EventClaimedVoicesTest, RightsGroupSourceIsTheTextAsWritten) {
  const std::string text = "وأفادت منظمة حقوقية بأن مسلحين أحرقوا عشرة منازل في قرية قرب جني يوم السبت.";
  Doc doc = test::ExtractAt(text, 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "أحرقوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->attribution_source, "\u0645\u0646\u0638\u0645\u0629 \u062d\u0642\u0648\u0642\u064a\u0629");
  EXPECT_EQ(std::string(doc.OriginalText(e->attribution_span)), e->attribution_source);
}

}  // namespace
}  // namespace marsad
