// Intent events a plan or a vow tells, and the forms that name them: the bare
// English infinitive "enter" with a town right after it (past the Latin
// spelling of the Arabic article: "enter El Geneina"), "take back" a town,
// the Arabic advance noun زحف (بمواصلة الزحف نحو X), a "new" march called
// for (دعت اللجان إلى مسيرة جديدة), and an advance repelled (تصدت لزحف) as
// the fight that stopped it. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

const Event* FirstOfSub(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

class VowedAdvancesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(VowedAdvancesTest, EnglishEnterATownIsAVowedCapture) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nA rebel commander said in a video on Sunday that his fighters would \"enter Kadugli within "
      "days\".",
      2026, 3, 2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(VowedAdvancesTest, TownAfterALatinArticleIsRightAfterTheVerb) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nA rebel commander vowed on Sunday that his fighters would \"enter El Fasher before the "
      "rains\".",
      2026, 3, 2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(VowedAdvancesTest, EnterWithNoTownIsNoCapture) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nThe two sides said on Sunday they would enter talks in Kadugli next month.", 2026, 3, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(FirstOfSub(doc, "Non-state actor overtakes territory"), nullptr);
  EXPECT_EQ(FirstOfSub(doc, "Government regains territory"), nullptr);
}

TEST_F(VowedAdvancesTest, TakeBackATownIsARecapture) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nThe Sudanese army said on Sunday that its troops would take back Kadugli within days.", 2026, 3,
      2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Government regains territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(VowedAdvancesTest, TakeBackWithNoTownIsNoRecapture) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nThe Sudanese army said on Sunday it would keep fighting until it had taken back the whole "
      "state.",
      2026, 3, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(FirstOfSub(doc, "Government regains territory"), nullptr);
  EXPECT_EQ(FirstOfSub(doc, "Non-state actor overtakes territory"), nullptr);
}

TEST_F(VowedAdvancesTest, ArabicAdvanceNounIsAVowedCapture) {
  Doc doc = test::ExtractAt("date 2026-03-02\nوتوعدت الحركة في بيان أمس بمواصلة الزحف نحو مدينة بوكافو.", 2026, 3, 2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(VowedAdvancesTest, ArabicRepelledAdvanceIsAClash) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nوقالت القوات الحكومية إنها تصدت لزحف واسع للحوثيين على مواقعها في مديرية حريب يوم الأحد.",
      2026, 3, 2);
  test::MaybeDump(doc);
  EXPECT_NE(FirstOfSub(doc, "Armed clash"), nullptr);
  EXPECT_EQ(FirstOfSub(doc, "Government regains territory"), nullptr);
  EXPECT_EQ(FirstOfSub(doc, "Non-state actor overtakes territory"), nullptr);
}

TEST_F(VowedAdvancesTest, ArabicNewMarchCalledForIsIntent) {
  Doc doc = test::ExtractAt("date 2026-03-02\nودعت لجان المقاومة إلى مسيرة جديدة في مدينة كسلا يوم الخميس المقبل.",
                            2026, 3, 2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Peaceful protest");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  EXPECT_EQ(FirstOfSub(doc, "Air/drone strike"), nullptr);
}

TEST_F(VowedAdvancesTest, OtherDronesStayDrones) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nوقال الجيش إن دفاعاته الجوية أسقطت ثلاث مسيّرات أخرى فوق مدينة كوستي يوم الأحد.", 2026, 3, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(FirstOfSub(doc, "Peaceful protest"), nullptr);
}

// A march held and the next one called for in one sentence, at one place:
// the call names a protest still to come, not the purpose of the first.
TEST_F(VowedAdvancesTest, ArabicMarchCalledForBesideOneHeldStays) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nخرج العشرات في مدينة كسلا مساء السبت في مسيرة سلمية للمطالبة بتحسين الخدمات، ودعا المنظمون "
      "إلى مسيرة جديدة في المدينة يوم الخميس المقبل.",
      2026, 3, 2);
  test::MaybeDump(doc);
  size_t held = 0, called = 0;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Peaceful protest") (e.status == "intent" ? called : held) += 1;
  EXPECT_EQ(held, 1u);
  EXPECT_EQ(called, 1u);
}

TEST_F(VowedAdvancesTest, EnglishMarchCalledForBesideOneHeldStays) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nHundreds protested in Kassala on Sunday, and organisers called for a fresh march in Kassala "
      "next Tuesday.",
      2026, 3, 2);
  test::MaybeDump(doc);
  size_t held = 0, called = 0;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Peaceful protest") (e.status == "intent" ? called : held) += 1;
  EXPECT_EQ(held, 1u);
  EXPECT_EQ(called, 1u);
}

// "blocked the highway to protest a price rise": a protest of purpose stays
// folded into the crowd's deed.
TEST_F(VowedAdvancesTest, ProtestOfPurposeStaysFolded) {
  Doc doc = test::ExtractAt(
      "date 2026-03-02\nHundreds of drivers blocked the main road in Kassala on Sunday to protest a rise in fuel "
      "prices.",
      2026, 3, 2);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "intent");
}

// A vow's object is the act vowed however many asides stand between (a `vow`
// intent cue reaching its first بـ event word past commas): the retaking is intent.
TEST_F(VowedAdvancesTest, VowReachesItsObjectPastAnAside) {
  Doc doc = test::ExtractAt(
      "وتوعّد قائد المنطقة العسكرية، في تصريح للتلفزيون الرسمي مساء الأحد، باستعادة كل القرى التي يتمركز فيها المسلحون شرقي "
      "ولاية الساحل.",
      2026, 3, 2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Government regains territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

// Past a complementizer the sentence tells a new statement, no longer the vow's object.
TEST_F(VowedAdvancesTest, VowDoesNotReachPastAComplementizer) {
  Doc doc = test::ExtractAt(
      "وتوعّد قائد المنطقة العسكرية بالثأر، مؤكداً أن الجيش استعاد السيطرة على بلدة دوري في ولاية الساحل صباح الأحد.", 2026, 3,
      2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Government regains territory");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "intent");
}

// Driving a force out of a place is its taking (طرد X من Y); a من that opens a passive's
// agent (المعيّنين من قبل) names no place left.
TEST_F(VowedAdvancesTest, ExpellingAForceFromAPlaceIsItsTaking) {
  Doc doc = test::ExtractAt(
      "طردت القوات النيجرية مقاتلي بوكو حرام من بلدة ديفا الحدودية صباح الأحد بعد معارك استمرت ساعات.", 2026, 3, 2);
  test::MaybeDump(doc);
  const Event* taken = FirstOfSub(doc, "Government regains territory");
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(test::ActorId(doc, taken->actor2), "nga.boko_haram");
  Doc vow = test::ExtractAt("وتوعدت الجماعة في بيانها بطرد القوات الحكومية من بلدة ديفا قبل نهاية العام.", 2026, 3, 2);
  test::MaybeDump(vow);
  const Event* e = FirstOfSub(vow, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  Doc officials = test::ExtractAt(
      "اقتحم محتجون مكاتب البلدية في مدينة ديفا صباح الأحد وطردوا الموظفين المعيّنين من قبل الحكومة المركزية.", 2026, 3, 2);
  test::MaybeDump(officials);
  EXPECT_EQ(FirstOfSub(officials, "Non-state actor overtakes territory"), nullptr);
  EXPECT_EQ(FirstOfSub(officials, "Government regains territory"), nullptr);
}

}  // namespace
}  // namespace marsad
