// A handover's second side is the force that held the place, named after it
// in a relative clause or a preposition (former_holder cues). Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;

class FormerHolderTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Handover(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Non-violent transfer of territory") return &e;
  return nullptr;
}

TEST_F(FormerHolderTest, ArabicRelativeClauseNamesWhoHeldTheBase) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nتسلّم الجيش النيجري يوم الأحد قاعدة عسكرية في مدينة أغاديز كانت تشغلها القوات "
      "الأمريكية منذ سنوات.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "ner.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "usa.mil");
}

TEST_F(FormerHolderTest, ArabicWasInChargeOfNamesWhoHeldTheCheckpoints) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nتسلّم الجيش النيجري يوم الأحد حاجزين على طريق أغاديز كانت تتولاهما "
      "القوات الأمريكية منذ سنوات.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "ner.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "usa.mil");
}

TEST_F(FormerHolderTest, ArabicReceivedFromNamesTheOtherSideButNotAPartitive) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nتسلّمت قوة من الشرطة الصومالية مقر البلدية في مدينة بلدوين من قوات الدعم "
      "السريع بعد وساطة من شيوخ العشائر.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "som.police");
  EXPECT_EQ(ActorId(doc, e->actor2), "sdn.rsf");
}

TEST_F(FormerHolderTest, EnglishHeldByNamesWhoHeldTheCamp) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nSomali police peacefully took over a camp in Beledweyne without a fight on Sunday, a camp held by "
      "Ethiopian troops since 2023.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "som.police");
  EXPECT_EQ(ActorId(doc, e->actor2), "eth.mil");
}

TEST_F(FormerHolderTest, ArabicDualRelativeClauseNamesWhoHeldBothPosts) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nتسلّم الجيش النيجري يوم الأحد مقرين في مدينة أغاديز كانت تشغلهما القوات "
      "الأمريكية منذ سنوات.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "ner.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "usa.mil");
}

TEST_F(FormerHolderTest, ArabicEvacuatedByNamesWhoHeldThePositions) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nتسلّم الجيش النيجري يوم الأحد ثلاثة مواقع قرب مدينة أغاديز أخلتها القوات "
      "الأمريكية الشهر الماضي.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "ner.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "usa.mil");
}

// كان X يشغله: the holder stands between كان and the holding verb.
TEST_F(FormerHolderTest, ArabicHolderBetweenKanaAndItsVerbHeldTheBase) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nتسلّم الجيش النيجري يوم الأحد موقعاً قرب مدينة أغاديز كانت القوات الأمريكية "
      "تشغله منذ سنوات.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "ner.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "usa.mil");
}

TEST_F(FormerHolderTest, ArabicSpeakerThatTookTheBaseIsTheTakerNotItsFormerHolder) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nأعلن الجيش النيجري يوم الأحد أنه تسلّم موقعاً كان الجيش الأمريكي يشغله قرب "
      "مدينة أغاديز.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor1), "ner.mil");
  EXPECT_EQ(ActorId(doc, e->actor2), "usa.mil");
}

// With no one named as the holder, actor 2 stays empty.
TEST_F(FormerHolderTest, ArabicHandoverWithNoHolderNamesNoSecondSide) {
  Doc doc = test::ExtractAt(
      "date 2026-04-12\nتسلّم الجيش التشادي يوم الأحد ثلاث نقاط تفتيش من الجهة الشمالية لمدينة أبشي.",
      2026, 4, 12);
  test::MaybeDump(doc);
  const Event* e = Handover(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor2), "");
}

}  // namespace
}  // namespace marsad
