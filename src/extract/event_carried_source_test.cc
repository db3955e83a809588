// An unnamed source of a side named again in the next sentence (وأضاف المصدر
// أن، "the source added") still speaks for that side: the deed of its own
// forces it tells there is its claim, as in the sentence before. "مصدر
// النيران" (the source of the fire) is where the fire came from, no speaking
// source. A future or a plan governs its clause past the verb's object and a
// day (event_status.cc SideSourceOf, CueApplies). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::StatusOf;

class CarriedSourceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CarriedSourceTest, SourceNamedAgainClaimsItsForcesArrests) {
  EXPECT_EQ(StatusOf("قُتل جنديان من الجيش العراقي في هجوم شنّه مسلحون على حاجز "
                     "قرب مدينة بعقوبة فجر اليوم الأربعاء، وفق ما قال "
                     "مصدر عسكري. وأضاف المصدر أن القوات لاحقت المهاجمين "
                     "واعتقلت ثلاثة منهم في بساتين قريبة.",
                     "واعتقلت"),
            "claimed");
}

TEST_F(CarriedSourceTest, SourceOfTheFireIsNoSpeakingSource) {
  EXPECT_EQ(StatusOf("قُتل جنديان من الجيش العراقي في هجوم شنّه مسلحون على حاجز "
                     "قرب مدينة بعقوبة فجر اليوم الأربعاء، وفق ما قال "
                     "مصدر عسكري. وأضاف المصدر أن القوات ردّت على مصدر النيران "
                     "واعتقلت ثلاثة من المهاجمين.",
                     "واعتقلت"),
            "claimed");
}

TEST_F(CarriedSourceTest, ResidentsSourceNamedAgainStaysReported) {
  EXPECT_EQ(StatusOf("قُتل جنديان من الجيش العراقي في هجوم شنّه مسلحون على حاجز قرب "
                     "مدينة بعقوبة فجر اليوم الأربعاء، وفق ما قال "
                     "سكان. وأضاف السكان أن القوات اعتقلت ثلاثة شبان من القرية.",
                     "اعتقلت"),
            "reported");
}

TEST_F(CarriedSourceTest, FutureReachesAProtestPastItsObjectAndDay) {
  EXPECT_EQ(StatusOf("Shopkeepers in the old market of Hebron said they would "
                     "keep their shops shut on Sunday to protest against "
                     "the arrests.",
                     "protest"),
            "intent");
}

TEST_F(CarriedSourceTest, FutureStopsAtItsClause) {
  EXPECT_EQ(StatusOf("Police said talks would resume next week, and hundreds "
                     "of shopkeepers protested in Hebron on Sunday.",
                     "protested"),
            "reported");
}

// A status cue inside a place's name is a part of the name: بينوي (Benue)
// holds ينوي ("intends") behind the proclitic ب.
TEST_F(CarriedSourceTest, IntentWordInsideAPlaceNameIsNoCue) {
  EXPECT_EQ(StatusOf("في ولاية بينوي، أحرق مسلحون عشرات المنازل في قرية قرب "
                     "مدينة غبوكو مساء الأحد.",
                     "أحرق"),
            "reported");
}

TEST_F(CarriedSourceTest, IntentWordBeforeAPlaceNameStaysACue) {
  EXPECT_EQ(StatusOf("ينوي مسلحون إحراق المنازل في قرية قرب مدينة غبوكو.", "إحراق"), "intent");
}

// The English pluperfect is the past of reported speech or the earlier of
// two acts told, not background: "said they had been raped last week"
// is news. A year, "previously", "years ago" mark background.
TEST_F(CarriedSourceTest, PluperfectInReportedSpeechIsNews) {
  EXPECT_EQ(StatusOf("A doctor in Bunia said he had examined five women who "
                     "told him they had been raped by armed men near Djugu "
                     "last week.",
                     "raped"),
            "reported");
}

TEST_F(CarriedSourceTest, PreviouslyStaysBackground) {
  Doc doc = test::ExtractAt(
      "Gunmen had previously abducted two women on the "
      "road to Nyunzu in 2019, a nurse in Kalemie said.",
      2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("abducted"));
  if (e != nullptr) EXPECT_EQ(e->status, "historical");
}

// A ministry of defence or of security by its other English names speaks for
// the forces it commands: their fight is its claim.
TEST_F(CarriedSourceTest, DefenseDepartmentOnItsSoldiersClashClaims) {
  EXPECT_EQ(StatusOf("Soldiers clashed with cartel gunmen near Apatzingan on "
                     "Thursday, killing five of them, the Defense Department "
                     "said.",
                     "clashed"),
            "claimed");
}

TEST_F(CarriedSourceTest, SecurityMinistryOnItsPoliceClashClaims) {
  EXPECT_EQ(StatusOf("State police clashed with gunmen near Celaya on Monday, "
                     "killing two of them, the state security ministry said.",
                     "clashed"),
            "claimed");
}

// An Arabic speech verb followed by its complementizer (يقول إن) has its
// subject before it; the party named after إن is what is said, no second
// source beside the speaker.
TEST_F(CarriedSourceTest, ArmySaysItsSoldiersClashedClaims) {
  EXPECT_EQ(StatusOf("الجيش الأوغندي يقول إن جنوده اشتبكوا مع مسلحين من قبيلة "
                     "الماتيسو قرب موروتو بعد الظهر وقتلوا ثلاثة منهم.",
                     "اشتبكوا"),
            "claimed");
}

// سابقاً after a person's role is "former", no time cue: the killing of a
// former judge told today is news.
TEST_F(CarriedSourceTest, FormerJudgeKilledIsNews) {
  EXPECT_EQ(StatusOf("اغتال مسلحون مجهولون قاضياً سابقاً أمام منزله في مدينة "
                     "هرات مساء الأحد.",
                     "اغتال"),
            "reported");
}

// "could not be independently confirmed" doubts the act as "… verified" does.
TEST_F(CarriedSourceTest, CouldNotBeIndependentlyConfirmedHedges) {
  EXPECT_EQ(StatusOf("Residents said militiamen looted the main market of "
                     "Kalehe on Sunday, though this could not be independently "
                     "confirmed.",
                     "looted"),
            "hedged");
}

// A voice in the possessive ("the command's spokesman") speaks for the
// forces as the bare voice does.
TEST_F(CarriedSourceTest, CommandsSpokesmanOnItsForcesFightClaims) {
  EXPECT_EQ(StatusOf("Soldiers clashed with bandits in a forest near Zuru on "
                     "Tuesday, killing four of them, the command's spokesman "
                     "said.",
                     "clashed"),
            "claimed");
}

// "…, the cell said": a definite noun after the deed that repeats a word of
// a body named before (the Security Media Cell), though that body only
// described something there and another source spoke last, is that body
// speaking: the arrest by its forces is its claim (event_status.cc
// BodyByEnglishNoun).
TEST_F(CarriedSourceTest, EnglishNounAfterTheDeedIsTheBodyNamedBefore) {
  EXPECT_EQ(StatusOf("SAMARRA, Iraq (Reuters) - Iraqi jets bombed what the Security Media Cell "
                     "called a weapons cache in the desert west of Samarra on Sunday. "
                     "Counter-terrorism forces detained two suspected smugglers in Baiji "
                     "on Monday night, the cell said.",
                     "detained"),
            "claimed");
}

// A noun that no body named before holds ("the newspaper") names no party:
// the arrest stays reported.
TEST_F(CarriedSourceTest, EnglishNounNoBodyHoldsStaysReported) {
  EXPECT_EQ(StatusOf("SAMARRA, Iraq (Reuters) - Iraqi jets bombed what the Security Media Cell "
                     "called a weapons cache in the desert west of Samarra on Sunday. "
                     "Counter-terrorism forces detained two suspected smugglers in Baiji "
                     "on Monday night, the newspaper said.",
                     "detained"),
            "reported");
}

// قال المتحدث باسم اللواء الخامس في الجيش الأوغندي: an office no dictionary
// names, told as inside an armed force, is that force speaking of its
// troops' fight, and so is the same speaker carried into the next sentence
// (وأضاف أن): its claim (event_status.cc SubjectOfSpeech).
TEST_F(CarriedSourceTest, OfficeInsideAnArmySpeaksForIt) {
  const std::string text =
      "قال المتحدث باسم اللواء الخامس في الجيش الأوغندي إن الجنود لاحقوا لصوص الماشية "
      "واشتبكوا معهم قرب موروتو مساء الأحد. وأضاف أن حملة نزع السلاح في المنطقة "
      "أسفرت خلال الأسبوع الماضي عن اعتقال 15 مشتبهاً بهم.";
  EXPECT_EQ(StatusOf(text, "واشتبكوا"), "claimed");
  EXPECT_EQ(StatusOf(text, "اعتقال"), "claimed");
}

// A deed whose doer is given from the deed before it in its own sentence
// ("RSF fighters attacked …, killing … and looting shops") is no operation
// the government voice of the sentence leaves unnamed and did itself: the
// looting told by local authorities stays reported (event_status.cc
// SettleClaims).
TEST_F(CarriedSourceTest, DoerNamedBeforeIsNoUnnamedOperationOfTheVoice) {
  EXPECT_EQ(StatusOf("On 2 June, Rapid Support Forces (RSF) fighters attacked the village of "
                     "Wad Ashana, north of Kosti, killing at least 12 civilians and looting shops "
                     "and livestock, according to local authorities.",
                     "looting"),
            "reported");
}

// A party named after "according to" (وفق، بحسب) is the speaker the next
// sentence's وأضاف المتحدث أن goes on with: its own forces' arrest is its claim.
TEST_F(CarriedSourceTest, SpokesmanAfterAccordingToCarriesIntoTheNextSentence) {
  EXPECT_EQ(StatusOf("قُتل ثلاثة من عناصر طالبان بانفجار عبوة ناسفة في مدينة قندهار صباح أمس، "
                     "وفق المتحدث باسم شرطة الولاية.\n"
                     "وأضاف المتحدث أن قوات الأمن اعتقلت خمسة مشتبهين في مديرية أرغنداب.",
                     "اعتقلت"),
            "claimed");
}

// With no source in the sentence before, the added words speak for no party.
TEST_F(CarriedSourceTest, NoSourceBeforeLeavesTheAddedArrestReported) {
  EXPECT_EQ(StatusOf("قُتل ثلاثة من عناصر طالبان بانفجار عبوة ناسفة في مدينة قندهار صباح أمس.\n"
                     "وأضاف سكان أن قوات الأمن اعتقلت خمسة شبان في مديرية أرغنداب.",
                     "اعتقلت"),
            "reported");
}

// "Later", "then" (`sequel`) in a sentence that names no source of its own:
// the account of the sentence before goes on, and so does its source.
TEST_F(CarriedSourceTest, TroopsLaterArrestingGoOnWithTheArmysAccount) {
  EXPECT_EQ(StatusOf("date 2026-06-03\nGunmen fought a three-hour battle with soldiers in the old market of Kaya "
                     "on Monday, killing two soldiers, the army said.\n"
                     "Troops later raided several houses and arrested nine suspects.",
                     "arrested"),
            "claimed");
}

TEST_F(CarriedSourceTest, WithoutASequelWordTheNextSentenceKeepsItsOwnVoice) {
  EXPECT_EQ(StatusOf("date 2026-06-03\nGunmen fought a three-hour battle with soldiers in the old market of Kaya "
                     "on Monday, killing two soldiers, the army said.\n"
                     "Troops raided several houses and arrested nine suspects.",
                     "arrested"),
            "reported");
}

TEST_F(CarriedSourceTest, ResidentsAccountGoingOnStaysReported) {
  EXPECT_EQ(StatusOf("date 2026-06-03\nGunmen killed three villagers in Kaya on Monday, residents said.\n"
                     "Troops later raided several houses and arrested nine suspects.",
                     "arrested"),
            "reported");
}

}  // namespace
}  // namespace marsad
