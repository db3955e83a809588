// Which ACLED sub-event type a report's words make (the third 2026-12-07
// session): a chemical agent named by its effect, an accused party's
// chemical agent delivered by a strike told after it. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventTypeChoicesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// "Shells containing a choking agent": the agent named by its effect is a
// chemical weapon, whatever carried it.
TEST_F(EventTypeChoicesTest, AChokingAgentIsAChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "Rebel commanders said the army fired shells containing a choking agent at their trenches near Kidal on Monday.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

// The effect in apposition to the agent named ("chloropicrin, a choking
// agent,") is that agent: one event.
TEST_F(EventTypeChoicesTest, AnAgentInAppositionIsTheSameEvent) {
  Doc doc = test::ExtractAt(
      "Soldiers said drones dropped grenades filled with chloropicrin, a choking agent, on their trenches near Siversk "
      "on Sunday.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
}

// اتهم X الجيش باستخدام غازات سامة في قصف: the accusation's reach ends at the
// agent, but the shelling told after it stays an event; the agent gives it
// its kind. An accusation with no strike told after it is still no event.
TEST_F(EventTypeChoicesTest, AnAccusedChemicalAgentGivesTheToldStrikeItsKind) {
  Doc doc = test::ExtractAt("واتهمت الحركة في بيانها الجيش باستخدام غازات سامة في قصف مواقعها قرب مدينة فادا.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
  Doc drone = test::ExtractAt("واتهم البيان الجيش بإلقاء «مواد كيميائية» من طائرة مسيّرة على مواقع مقاتليه قرب مدينة كيدال.",
                              2025, 4, 12);
  test::MaybeDump(drone);
  EXPECT_EQ(test::CountSub(drone, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(drone, "Air/drone strike"), 0u);
  Doc bare = test::ExtractAt("واتهمت الحركة الجيش باستخدام غازات سامة.", 2025, 4, 12);
  test::MaybeDump(bare);
  EXPECT_EQ(test::CountSub(bare, "Chemical weapon"), 0u);
}

// وإقامة مركز متقدم فيها: the verbal noun of setting up with a post in the
// genitive right after it is a base established; الإقامة في "staying in" a
// post is none.
TEST_F(EventTypeChoicesTest, SettingUpAnAdvancedPostIsABaseEstablished) {
  Doc doc = test::ExtractAt("وأعلن الجيش طرد المسلحين من بلدة جيبو، وإقامة مركز متقدم فيها يوم الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
  Doc stay = test::ExtractAt("وقال الجندي إن الإقامة في موقع عسكري قرب بلدة جيبو صعبة في الشتاء.", 2025, 4, 12);
  test::MaybeDump(stay);
  EXPECT_EQ(test::CountSub(stay, "Headquarters or base established"), 0u);
}

// A crowd whose violence falls on the state's forces named in its clause is
// a violent demonstration, however its doers were named; one that kills or
// beats a person stays a mob.
TEST_F(EventTypeChoicesTest, ACrowdStoningThePoliceIsAViolentDemonstration) {
  Doc en = test::ExtractAt("Dozens of youths attacked a police post with stones in the town of Eldoret on Monday.", 2025, 4, 12);
  test::MaybeDump(en);
  EXPECT_EQ(test::CountSub(en, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(en, "Mob violence"), 0u);
  Doc ar = test::ExtractAt("هاجم عشرات الشبان مركزاً للدرك بالحجارة في مدينة تيارت مساء الأحد.", 2025, 4, 12);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountSub(ar, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(ar, "Mob violence"), 0u);
  Doc lynching = test::ExtractAt(
      "A mob beat a man to death in the town of Mardan on Monday and set fire to the police station nearby.", 2025, 4,
      12);
  test::MaybeDump(lynching);
  EXPECT_EQ(test::CountSub(lynching, "Mob violence"), 1u);
}

// "Stoned the police station": stones thrown by a crowd are a violent
// demonstration; "stoned to death" is still the killing.
TEST_F(EventTypeChoicesTest, ACrowdThatStonedABuildingIsAViolentDemonstration) {
  Doc doc = test::ExtractAt(
      "Youths protesting new market fees in Garissa stoned the police station there on Tuesday, breaking windows.", 2025,
      4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
  Doc crowd = test::ExtractAt("Hundreds of demonstrators stoned the governor's office in Garissa on Tuesday.", 2025, 4, 12);
  test::MaybeDump(crowd);
  EXPECT_EQ(test::CountSub(crowd, "Violent demonstration"), 1u);
  Doc death = test::ExtractAt("A woman was stoned to death by a mob in the village of Mardan on Monday.", 2025, 4, 12);
  test::MaybeDump(death);
  EXPECT_EQ(test::CountSub(death, "Violent demonstration"), 0u);
}

// قذيفة أطلقتها مسيّرة مجهولة: a shell an unknown drone fired (the drone read
// as the actor, no strike word of its own) is the drone's munition, an air
// strike; a shell a named force fired stays a shelling.
TEST_F(EventTypeChoicesTest, AShellFiredByAnUnknownDroneIsAnAirStrike) {
  Doc doc = test::ExtractAt("وتحدثت أنباء عن سقوط قذيفة أطلقتها مسيّرة مجهولة قرب مخيم الزعتري يوم الخميس، من دون إصابات.", 2025,
                            4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
  Doc army = test::ExtractAt("وسقطت قذيفة أطلقها الجيش على منزل في بلدة الخيام يوم الخميس.", 2025, 4, 12);
  test::MaybeDump(army);
  EXPECT_EQ(test::CountSub(army, "Air/drone strike"), 0u);
}

// People a state force took whose fate or whereabouts are told unknown
// after it (ولا يزال مصيرهم مجهولاً، "his whereabouts remain unknown") were
// forcibly disappeared, no arrest; a bare arrest stays one.
TEST_F(EventTypeChoicesTest, TakenWithTheirFateUnknownIsADisappearance) {
  Doc ar = test::ExtractAt("واعتقلت الاستخبارات العسكرية خمسة شبان في مدينة الدامر يوم الأحد، ولا يزال مصيرهم مجهولاً.", 2025, 4,
                           12);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountSub(ar, "Abduction/forced disappearance"), 1u);
  EXPECT_EQ(test::CountSub(ar, "Arrests"), 0u);
  Doc en = test::ExtractAt(
      "Police detained a local journalist outside his home in Kassala on Sunday, and his whereabouts remain unknown, his "
      "family said.",
      2025, 4, 12);
  test::MaybeDump(en);
  EXPECT_EQ(test::CountSub(en, "Abduction/forced disappearance"), 1u);
  Doc bare = test::ExtractAt("واعتقلت الاستخبارات العسكرية خمسة شبان في مدينة الدامر يوم الأحد.", 2025, 4, 12);
  test::MaybeDump(bare);
  EXPECT_EQ(test::CountSub(bare, "Arrests"), 1u);
}

// Tareq Saleh's National Resistance Forces fight the Houthis for the
// recognised government (a pro-government militia in the registry): ground
// they take back is the government's regained, as with the Giants Brigades.
TEST_F(EventTypeChoicesTest, ThePlcsCoastalForcesRegainTerritory) {
  Doc ar = test::ExtractAt(
      "قالت قيادة المقاومة الوطنية إن قواتها استعادت تبة استراتيجية شمال مديرية حيس بعد معارك مع مليشيا الحوثي يوم الأحد.", 2025,
      4, 12);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountSub(ar, "Government regains territory"), 1u);
  EXPECT_EQ(test::CountSub(ar, "Non-state actor overtakes territory"), 0u);
}

// A storming vowed with a town as its object is the capture vowed; one of
// positions stays a clash told ahead.
TEST_F(EventTypeChoicesTest, AVowToStormATownIsACaptureToldAhead) {
  Doc ar = test::ExtractAt("وتوعد قائد ميداني في الدعم السريع باقتحام مدينة الأبيض خلال أيام.", 2025, 4, 12);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountSub(ar, "Non-state actor overtakes territory"), 1u);
  EXPECT_EQ(test::CountSub(ar, "Armed clash"), 0u);
  Doc en = test::ExtractAt("A Houthi commander told the group's television that its fighters would soon storm Mocha.", 2025, 4, 12);
  test::MaybeDump(en);
  EXPECT_EQ(test::CountSub(en, "Non-state actor overtakes territory"), 1u);
  Doc posts = test::ExtractAt("وتوعد قائد حوثي باقتحام مواقع القوات الحكومية في مديرية حيس.", 2025, 4, 12);
  test::MaybeDump(posts);
  EXPECT_EQ(test::CountSub(posts, "Non-state actor overtakes territory"), 0u);
}

// State forces firing on a procession or on marchers put down a gathering
// (excessive force against protesters, as on mourners); gunmen firing on a
// religious procession attack civilians.
TEST_F(EventTypeChoicesTest, TroopsFiringOnAProcessionIsExcessiveForce) {
  Doc doc = test::ExtractAt("Army troops opened fire on a procession of students in Rangamati on Wednesday, killing one student.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 1u);
  Doc gunmen = test::ExtractAt("Gunmen opened fire on a religious procession in the town of Jos on Wednesday, killing two people.",
                               2025, 4, 12);
  test::MaybeDump(gunmen);
  EXPECT_EQ(test::CountSub(gunmen, "Excessive force against protesters"), 0u);
}

// Sports fans are a crowd (rioters); clashes both sides wage between the
// police and fans are the crowd's violence, a violent demonstration.
TEST_F(EventTypeChoicesTest, ClashesBetweenPoliceAndFansAreAViolentDemonstration) {
  Doc ar = test::ExtractAt("واندلعت مواجهات بين الشرطة ومشجعين قرب الملعب البلدي في مدينة وهران مساء الأحد.", 2025, 4, 12);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountSub(ar, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(ar, "Armed clash"), 0u);
  Doc en = test::ExtractAt("Clashes broke out between police and football fans outside the stadium in Oran on Sunday evening.", 2025,
                           4, 12);
  test::MaybeDump(en);
  EXPECT_EQ(test::CountSub(en, "Violent demonstration"), 1u);
  EXPECT_EQ(test::CountSub(en, "Armed clash"), 0u);
}

// Troops that "dispersed the attackers" drove off the doers of an attack
// told before: no crowd of protesters put down; "dispersed the protesters"
// still is one.
TEST_F(EventTypeChoicesTest, DispersingTheAttackersIsNoProtest) {
  Doc doc = test::ExtractAt(
      "Settlers set fire to three cars in the village of Burqa on Saturday. The army said soldiers had dispersed the "
      "attackers.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Protest with intervention"), 0u);
  Doc crowd = test::ExtractAt("Police dispersed the protesters with tear gas in the town of Burqa on Saturday.", 2025, 4, 12);
  test::MaybeDump(crowd);
  EXPECT_EQ(test::CountSub(crowd, "Protest with intervention"), 1u);
}

// إيقاف with people right after it is an arrest (here denied); إيقاف of
// fighting or of anything else is none.
TEST_F(EventTypeChoicesTest, StoppingAPersonIsAnArrest) {
  Doc doc = test::ExtractAt("وأفاد الناطق باسم الأمن الوطني بأنه لم يتم إيقاف أي شخص على خلفية أحداث مدينة القصرين.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Arrests", "negated"), 1u);
  Doc work = test::ExtractAt("وقررت الولاية إيقاف العمل في ميناء مدينة القصرين يوم الاثنين.", 2025, 4, 12);
  test::MaybeDump(work);
  EXPECT_EQ(test::CountSub(work, "Arrests"), 0u);
}

}  // namespace
}  // namespace marsad
