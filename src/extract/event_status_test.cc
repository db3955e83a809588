// Event status and attribution (event_status.cc): who is the only source of
// an event, and when that makes it a party's claim (RECORDS.md `claimed`).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

class EventStatusTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventStatusTest, AnArmyOnTheEnemysStrikeIsAClaim) {
  Doc doc = test::ExtractAt("قال الجيش الإسرائيلي إن حزب الله أطلق صواريخ على بلدة المطلة مساء أمس.", 2024, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أطلق");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventStatusTest, PoliceOnAnAttackByUnknownMenReport) {
  Doc doc = test::ExtractAt(
      "Unidentified gunmen threw a grenade at a shop in Bannu on Friday night, injuring two people, police said.", 2024,
      6, 22);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(e.status, "reported") << e.acled_sub_event_type;
}

TEST_F(EventStatusTest, TheSourceNamedAfterTheNewsInEnglishOrder) {
  // The military speaks of its own troops' arrests: its claim.
  Doc doc = test::ExtractAt("Troops arrested nine suspects in a raid near Jenin overnight, the military said.", 2025, 3, 4);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventStatusTest, WitnessesBesideThePartyMakeItAReport) {
  Doc doc = test::ExtractAt(
      "قال سكان إن طيران الجيش السوداني قصف سوقاً في مدينة الضعين أمس، في حين قال الجيش إنه استهدف مواقع للمتمردين.",
      2024, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(EventStatusTest, APartysNewsAgencyOnAStrikeIsAClaim) {
  Doc doc = test::ExtractAt("صنعاء – سبأ: شن طيران العدوان الأمريكي ثلاث غارات على مديرية باجل بمحافظة الحديدة فجر اليوم.",
                            2025, 4, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "غارات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventStatusTest, AnArmedGroupsStatementSpeaksForTheWholeDocument) {
  Doc doc = test::ExtractAt(
      "IDF Statement\nOvernight, fighter jets struck a Hezbollah weapons depot near Tyre in southern Lebanon.\n"
      "Later, Hezbollah fired rockets toward Metula.",
      2024, 10, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events)
    if (e.acled_event_type != "none") { EXPECT_EQ(e.status, "claimed") << e.acled_sub_event_type; }
}

TEST_F(EventStatusTest, AnAdmissionByTheLosingSideMakesTheClaimAReport) {
  Doc doc = test::ExtractAt(
      "أعلنت قوات الدعم السريع سيطرتها على مدينة سنجة أمس. وأقر الجيش السوداني بانسحاب قواته من المدينة.", 2024, 7, 1);
  test::MaybeDump(doc);
  const Event* e = For(doc, "سيطرتها");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(EventStatusTest, AFightingArmThatNamesNoActorSpeaksForItsParty) {
  Doc doc = test::ExtractAt(
      "Ukrainian troops recaptured the village of Robotyne on Friday, the General Staff said.", 2023, 8, 29);
  test::MaybeDump(doc);
  const Event* e = For(doc, "recaptured");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventStatusTest, TheSpeakersOwnForcesDoTheDeed) {
  Doc doc = test::ExtractAt("أعلنت قيادة المنطقة الشرقية أن دفاعاتها الجوية أسقطت طائرة مسيرة قرب مدينة مأرب فجر اليوم.",
                            2022, 3, 9);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أسقطت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventStatusTest, AnEnglishLiveBlogThatCannotVerifyHedges) {
  Doc doc = test::ExtractAt(
      "Local media are reporting clashes between youths and soldiers in Nablus; we have not been able to verify this.",
      2025, 2, 18);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].status, "hedged");
}

TEST_F(EventStatusTest, AnEventOfAnEarlierMonthIsBackground) {
  // Filed in mid-November; the truce of "last September" is background.
  Doc doc = test::ExtractAt(
      "قتل مسلحون مجهولون رجلاً في بلدة جاسم أمس. ويأتي ذلك بعد اتفاق تسوية وقع في البلدة في أيلول الماضي.", 2022, 11,
      16);
  test::MaybeDump(doc);
  const Event* news = For(doc, "قتل");
  ASSERT_NE(news, nullptr);
  EXPECT_EQ(news->status, "reported");
  const Event* deal = For(doc, "اتفاق");
  ASSERT_NE(deal, nullptr);
  EXPECT_EQ(deal->status, "historical");
}

TEST_F(EventStatusTest, BackgroundToldWithDoubtStaysBackground) {
  Doc doc = test::ExtractAt("Rebels are believed to have seized the town of Kalay in June.", 2024, 9, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "seized");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "historical");
}

TEST_F(EventStatusTest, AProtestCalledForNextWeekIsIntent) {
  Doc doc = test::ExtractAt("ودعت نقابات العمال إلى تظاهرة حاشدة في مدينة البصرة يوم الأحد المقبل.", 2023, 7, 12);
  test::MaybeDump(doc);
  const Event* e = For(doc, "تظاهرة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  EXPECT_EQ(e->date, -1);  // dated on the publication day
}

TEST_F(EventStatusTest, ADayReadOffTheNarrativeIsNoPlan) {
  // "the next day" counts from the told events, not from the report.
  Doc doc = test::ExtractAt("Clashes erupted in Zawiya on Tuesday and resumed the next day.", 2024, 5, 15);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "intent") << e.acled_sub_event_type;
}

TEST_F(EventStatusTest, AGovernmentOnItsOwnForcesClaimsOnTheEnemysReports) {
  Doc own = test::ExtractAt("قالت وزارة الإعلام إن الجيش استعاد السيطرة على بلدة مهداي أمس.", 2023, 12, 5);
  test::MaybeDump(own);
  const Event* e = For(own, "استعاد");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  Doc enemy = test::ExtractAt("Rebels shelled a market in Beledweyne on Monday, the government said.", 2023, 12, 5);
  test::MaybeDump(enemy);
  const Event* r = For(enemy, "shelled");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->status, "reported");
}

TEST_F(EventStatusTest, ADroppedSubjectSpeaksOfItsOwnDeed) {
  Doc doc = test::ExtractAt("أقامت قوات الدعم السريع قاعدة جديدة في بلدة أم روابة، وقالت إنها ستؤمن الطريق.", 2024, 2, 1);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قاعدة جديدة");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventStatusTest, WillKeepAdvancingIsIntent) {
  Doc doc = test::ExtractAt("وقال قائد ميداني إن قواته ستواصل التقدم نحو مدينة الأبيض.", 2024, 6, 30);
  test::MaybeDump(doc);
  const Event* e = For(doc, "التقدم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(EventStatusTest, AnalystsCommentingLeaveTheClaimAClaim) {
  Doc doc = test::ExtractAt(
      "The Israeli military said its aircraft struck a Hamas command centre in Rafah on Monday, a move analysts see as "
      "a signal to mediators.",
      2024, 5, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventStatusTest, ASentenceNamingNoSourceSpeaksInTheDocumentsVoice) {
  Doc doc = test::ExtractAt(
      "رام الله - وفا: اقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس فجر اليوم.\n"
      "وفي طوباس، اعتقلت قوات الاحتلال ثلاثة شبان.",
      2023, 6, 20);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->attribution_kind, "media");
  EXPECT_EQ(e->status, "reported");  // WAFA is no party to the raids it reports
}

TEST_F(EventStatusTest, AClaimVerbHedgesUnlessAPartyMakesTheClaim) {
  Doc party = test::ExtractAt("The Russian army claimed its troops captured the village of Ivanivka on Tuesday.", 2024, 3,
                              6);
  test::MaybeDump(party);
  const Event* p = For(party, "captured");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->status, "claimed");
  Doc others = test::ExtractAt("زعمت صفحات محلية أن مسلحين خطفوا تاجرين قرب بلدة الصنمين أمس.", 2024, 3, 6);
  test::MaybeDump(others);
  const Event* o = For(others, "خطفوا");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->status, "hedged");
}

TEST_F(EventStatusTest, ADroppedSubjectBeforeTheDeedIsTheLastSpeaker) {
  Doc doc = test::ExtractAt(
      "قال المرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة. وأضاف أن قوات النظام قصفت بلدة كنصفرة بالمدفعية أمس.",
      2023, 10, 5);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(EventStatusTest, AndHeAddedGoesOnWithTheLastSpeaker) {
  Doc doc = test::ExtractAt(
      "قال الجيش السوداني في بيان إن الوضع في الفاشر تحت السيطرة. وأضاف أن قواته صدت هجوماً لقوات الدعم السريع على "
      "المدينة أمس.",
      2024, 6, 15);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events)
    if (e.sentence == 1) { EXPECT_EQ(e.status, "claimed") << e.acled_sub_event_type; }
}

TEST_F(EventStatusTest, AnArmedGroupOnTheEnemysDeedIsAStatementNotAParticipant) {
  Doc doc = test::ExtractAt("قالت قوات الدعم السريع إن طيران الجيش السوداني قصف سوق مدينة الضعين أمس.", 2024, 5, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قصف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->attribution_kind, "official_statement");
  EXPECT_EQ(e->status, "claimed");
}

// A threat in a sentence with no day of its own is dated on the report's
// day, not on the day carried from the events told before it.
TEST_F(EventStatusTest, AnUndatedThreatIsNotCarriedToTheDayBefore) {
  Doc doc = test::ExtractAt(
      "Militia fighters shelled the market of Kadugli on Monday, killing three traders. The army said the militia "
      "threatened to storm the city of Dilling.",
      2024, 5, 15);
  test::MaybeDump(doc);
  const Event* shelled = For(doc, "shelled");
  ASSERT_NE(shelled, nullptr);
  ASSERT_GE(shelled->date, 0);
  EXPECT_EQ(doc.dates[shelled->date].value, "2024-05-13");
  const Event* plan = For(doc, "threatened");
  ASSERT_NE(plan, nullptr);
  EXPECT_EQ(plan->status, "intent");
  EXPECT_EQ(plan->date, -1);
}

}  // namespace
}  // namespace marsad
