// A party's voice the status reader missed: an unnamed source of a party's
// side opening a breaking-news line with a colon (مصدر أمني: …), and a force's
// communique — as a heading, or named again after the deed ("…, the
// communique said"); and a denial by the state struck, in the next sentence,
// that leaves the striking army's claim its own. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventHeadlineSourcesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// 📍 مصدر أمني: توقيف …: the security forces' own word on their arrest.
TEST_F(EventHeadlineSourcesTest, SideSourceOpeningALineWithAColonClaims) {
  Doc doc = test::ExtractAt("احتج شبان في مدينة كيفة أمس.\n📍 مصدر أمني: توقيف 7 أشخاص في كيفة بتهمة إحراق مركز للشرطة", 2026, 5,
                            10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "توقيف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// عاجل | مصدر عسكري: مقتل …: past the "breaking" tag.
TEST_F(EventHeadlineSourcesTest, MilitarySourceAfterABreakingTagClaims) {
  Doc doc = test::ExtractAt("عاجل | مصدر عسكري: مقتل 4 مسلحين في اشتباك مع الجيش قرب مدينة تيلابيري", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اشتباك");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// "Security sources: troops arrested …" in English too.
TEST_F(EventHeadlineSourcesTest, EnglishSecuritySourcesColonClaims) {
  Doc doc = test::ExtractAt("Security sources: troops arrested six suspected smugglers near Zuwara on Friday.", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// مصادر محلية: local sources are no party's voice: the deed stays reported.
TEST_F(EventHeadlineSourcesTest, LocalSourcesColonStaysReported) {
  Doc doc = test::ExtractAt("📍 مصادر محلية: توقيف 7 أشخاص في كيفة بتهمة إحراق مركز للشرطة", 2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "توقيف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// A town's colon before the source: the source does not open the line as its
// speaker (كيفة: مصدر أمني …) — the line is the town's dateline and the
// source has no colon of its own after it.
TEST_F(EventHeadlineSourcesTest, SourceAfterATownsColonWithoutItsOwnStaysReported) {
  Doc doc = test::ExtractAt("📍 كيفة: مصدر أمني يصاب بجروح ومسلحون يحرقون مركزاً للشرطة", 2026, 5, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "claimed") << e.acled_sub_event_type;
}

// "…, the communique said": the communique of the ministry named before.
TEST_F(EventHeadlineSourcesTest, CommuniqueNamedAgainCarriesItsSpeaker) {
  Doc doc = test::ExtractAt(
      "Polisario units shelled Moroccan positions near Mahbes on Monday, the Sahrawi defence ministry said in its daily "
      "communique.\nOther units shelled rebel trenches near Farsia on Tuesday, inflicting heavy losses, the communique "
      "said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  int claimed = 0;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Explosions/Remote violence") {
      EXPECT_EQ(e.status, "claimed") << e.acled_sub_event_type;
      ++claimed;
    }
  EXPECT_EQ(claimed, 2);
}

// A heading "COMMUNIQUE OF THE NATIONAL ARMY OF COLOMBIA" is the army's
// statement: its account of its troops' fight is a claim.
TEST_F(EventHeadlineSourcesTest, CommuniqueHeadingIsTheArmysVoice) {
  Doc doc = test::ExtractAt(
      "COMMUNIQUE OF THE NATIONAL ARMY OF COLOMBIA\nOn Saturday, troops clashed with fighters of the ELN near Tame, "
      "Arauca, killing two of them.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "clashed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// The target state's statement in the next sentence denies something else
// ("said no shells had been fired from the area"): no second account of the
// strike, which stays the striking army's claim.
TEST_F(EventHeadlineSourcesTest, TargetStatesDenialNextIsNoSecondAccount) {
  Doc doc = test::ExtractAt(
      "The Israeli military said it had struck a Hezbollah weapons depot near Nabatieh on Friday. The Lebanese army "
      "said no shells had been fired from the area.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "struck");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(EventHeadlineSourcesTest, ArabicTargetStatesDenialNextIsNoSecondAccount) {
  Doc doc = test::ExtractAt(
      "قال الجيش الإسرائيلي إن طائراته أغارت على مستودع أسلحة لحزب الله قرب النبطية يوم الجمعة. وقال الجيش اللبناني إنه لم "
      "تُطلق أي قذائف من المنطقة.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "أغارت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// "according to the rebels and residents": the party is not the only
// source of the strike, which stays reported; alone, the party claims it.
TEST_F(EventHeadlineSourcesTest, PartyAndResidentsAfterAccordingToIsReported) {
  Doc doc = test::ExtractAt(
      "Military jets bombed a market in Laiza on Wednesday, killing at least nine people, according to the Kachin "
      "Independence Army and residents.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "bombed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
  Doc alone = test::ExtractAt(
      "Military jets bombed a market in Laiza on Wednesday, killing at least nine people, according to the Kachin "
      "Independence Army.",
      2026, 5, 10);
  const Event* f = test::ExpectEvent(alone, "bombed");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->status, "claimed");
}

// The struck side tells the same attack in its sentence: both sides tell it,
// reported; one that gainsays it ("but the army said it had repelled the
// attack") leaves the claim the claimant's.
TEST_F(EventHeadlineSourcesTest, StruckSideTellingTheAttackTooIsReported) {
  Doc doc = test::ExtractAt(
      "The PKK said its fighters had attacked a Turkish base near Zakho overnight, killing nine soldiers, while the "
      "Turkish army said one soldier was wounded in the attack.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(EventHeadlineSourcesTest, StruckSideGainsayingTheClaimLeavesItClaimed) {
  Doc doc = test::ExtractAt(
      "The PKK said its fighters had attacked a Turkish base near Zakho overnight, killing nine soldiers, but the "
      "Turkish army said it had repelled the attack.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

}  // namespace
}  // namespace marsad
