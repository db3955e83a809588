// A sentence opener (`new_story`: كما أعلن، كما قال) holds a speech verb that
// is still one: the speaker after it is the sentence's source. Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class OpenerSpeechTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OpenerSpeechTest, TheArmyAnnouncingItsBaseAfterKamaClaimsIt) {
  Doc doc = test::ExtractAt("كما أعلن الجيش إقامة قاعدة متقدمة جديدة شرق مدينة كايا لتأمين الطريق.", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Headquarters or base established");
  EXPECT_EQ(e.status, "claimed");
  EXPECT_EQ(e.attribution_kind, "official_statement");
}

TEST_F(OpenerSpeechTest, KamaQalaNamesItsSpeaker) {
  Doc doc = test::ExtractAt("كما قالت الشرطة إنها اعتقلت خمسة مشتبه بهم في مدينة كانو مساء الأحد.", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Arrests");
  EXPECT_EQ(e.status, "claimed");
  EXPECT_FALSE(e.attribution_source.empty());
}

// A line opening on an armed party's name and a colon (the breaking-news
// form) gives that party's word on what follows: its own arrest is a claim.
TEST_F(OpenerSpeechTest, PoliceBeforeAColonClaimTheirArrest) {
  Doc doc = test::ExtractAt("الشرطة: اعتقال خمسة مشتبهين بعد مداهمة منزل في مدينة كانو فجر اليوم", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Arrests");
  EXPECT_EQ(e.status, "claimed");
  EXPECT_EQ(e.attribution_kind, "official_statement");
}

TEST_F(OpenerSpeechTest, AColonHeadlineAfterABreakingTagStillNamesItsSpeaker) {
  Doc doc = test::ExtractAt("عاجل | الجيش: مقتل سبعة مسلحين في اشتباك مع قواتنا قرب مدينة كايا مساء أمس", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().status, "claimed");
  EXPECT_FALSE(doc.events.front().attribution_source.empty());
}

// Residents before the colon are no party: what they tell stays reported.
TEST_F(OpenerSpeechTest, ResidentsBeforeAColonReportTheArrest) {
  Doc doc = test::ExtractAt("سكان: الشرطة اعتقلت خمسة شبان بعد مداهمة منزل في مدينة كانو فجر اليوم", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().status, "reported");
}

// The party's name after a town and its colon is no speaker of the line.
TEST_F(OpenerSpeechTest, APartyNamedPastATownsColonSpeaksForNoOne) {
  Doc doc = test::ExtractAt("كانو: الشرطة تعتقل خمسة شبان بعد مداهمة منزل فجر اليوم", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_NE(doc.events.front().attribution_kind, "official_statement");
}

// A party's outlet named in quotation marks (وكالة «تسنيم») is that party's
// voice as it is unquoted; one a claim was made through (عبر وكالة «أعماق»)
// carries the claim, not the news of the sentence.
TEST_F(OpenerSpeechTest, APartysAgencyInQuotationMarksClaimsTheFight) {
  Doc doc = test::ExtractAt("وذكرت وكالة «تسنيم» أن الحرس الثوري قتل أربعة مسلحين في اشتباك قرب مريوان مساء الأحد.", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().status, "claimed");
}

TEST_F(OpenerSpeechTest, TheAgencyAClaimWasMadeThroughIsNoSourceOfTheBlast) {
  Doc doc = test::ExtractAt(
      "قال مسؤول محلي إن عبوة ناسفة انفجرت بحافلة في مدينة جلال آباد صباح اليوم، ما أدى إلى مقتل ثلاثة ركاب، "
      "فيما تبنى تنظيم «ولاية خراسان» الهجوم عبر وكالة «أعماق».",
      2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_NE(doc.events.front().status, "claimed");
}

// English may leave out "that" after a later speech verb joined by "and":
// that verb's subject, named before it, speaks of what follows.
TEST_F(OpenerSpeechTest, LaterEnglishSpeakerWithoutThatClaimsItsCheckpoints) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nElders announced a truce on Saturday, and the LNA said it had set up three new checkpoints in Sabha.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "set up");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
  EXPECT_EQ(e->attribution_source, "Libyan National Army (Haftar)");
}

TEST_F(OpenerSpeechTest, LaterResidentsWithoutThatLeaveTheirNewsReported) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nThe LNA announced a truce on Saturday, and residents said gunmen had set up three checkpoints in Sabha.",
      2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_NE(e.status, "claimed") << e.acled_sub_event_type;
}

}  // namespace
}  // namespace marsad
