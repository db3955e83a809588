// Mends of the sixth 2026-12-07 session's review, part 2 (s6rmends2): each
// wrong reading the review found, with the intended reading beside it.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;

class ReviewMends2Test : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// 1. A doubt of a detail (`detail_noun`: identity, motive …) is no doubt of the deed.
TEST_F(ReviewMends2Test, UnconfirmedIdentityOfTheDoersLeavesTheKillingReported) {
  Doc doc = test::ExtractAt(
      "Bandits shot dead four traders near Zaria on Friday, but the police did not confirm the identity of the gunmen.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ReviewMends2Test, UnconfirmedMotiveLeavesTheKillingReported) {
  Doc doc = test::ExtractAt(
      "Bandits shot dead four traders near Zaria on Friday; the police have not confirmed the motive of the gunmen.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ReviewMends2Test, UnconfirmedIncidentStillHedgesTheKilling) {
  Doc doc = test::ExtractAt(
      "Bandits shot dead four traders near Zaria on Friday, but the police did not confirm the incident.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shot dead");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

// 2. "about" followed by a number is a distance or an estimate, no doubt's topic.
TEST_F(ReviewMends2Test, AboutAndADistanceAfterADoubtKeepTheCaptureHedged) {
  Doc doc = test::ExtractAt(
      "Militiamen captured the village of Nyamilima on Tuesday, a claim that could not be independently verified, about "
      "25 km east of Rutshuru.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "captured");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

TEST_F(ReviewMends2Test, ReportsSpeakingAboutAnotherDeedLeaveTheFirstReported) {
  Doc doc = test::ExtractAt(
      "Gunmen killed six herders near Rutshuru on Tuesday, while unverified reports spoke about the burning of huts.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "killed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// 3. "freed during the raid": a phrase naming the attack names no captors.
TEST_F(ReviewMends2Test, FreedDuringARaidIsNoReleaseByTheKidnappers) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nGunmen kidnapped five farmers near Katsina on Monday. The farmers were freed during the raid on "
      "Thursday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* release = nullptr;
  for (const Event& e : doc.events)
    if (e.plover_mode == "release") release = &e;
  ASSERT_NE(release, nullptr);
  EXPECT_NE(ActorId(doc, release->actor1), "gen.unidentified_gunmen");
}

// 4. A confirmation with no confirmer named may be the speaker's own.
TEST_F(ReviewMends2Test, ConfirmedByALaterStatementStaysTheArmysClaim) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن طائراته قصفت أمس مخبأ للمسلحين قرب بلدة ميناكا، وهو ما أكده بيان صدر مساء.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(ReviewMends2Test, ConfirmedByResidentsIsReported) {
  Doc doc = test::ExtractAt(
      "قال الجيش إن طائراته قصفت أمس مخبأ للمسلحين قرب بلدة ميناكا، وهو ما أكده سكان في البلدة.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قصفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// 5. "afterwards" told after the deed is of the next verb: the deed folds
// into the attack told before.
TEST_F(ReviewMends2Test, AfterwardsOfTheNextVerbLeavesTheDeedFolded) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nJihadists attacked a gendarmerie post near Kantchari on Saturday, killing five gendarmes.\n"
      "Witnesses said the assailants shot dead a cook and afterwards fled toward the border.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(ReviewMends2Test, ThenBeforeTheDeedMakesItANextAct) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nJihadists attacked a gendarmerie post near Kantchari on Saturday, killing five gendarmes.\n"
      "Witnesses said the assailants then executed a cook from a nearby village.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
}

// 6. The article behind و (والادعاءات): a definite noun, no hearsay.
TEST_F(ReviewMends2Test, AllegationsWithTheArticleBehindWawHedgeNothing) {
  Doc doc = test::ExtractAt("قتل مسلحون ثلاثة مزارعين قرب مدينة غاو يوم الأحد، ونفى الجيش الشائعات والادعاءات.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قتل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ReviewMends2Test, IndefiniteAllegationsStillHedge) {
  Doc doc = test::ExtractAt("قتل مسلحون ثلاثة مزارعين قرب مدينة غاو يوم الأحد، وسط ادعاءات بتورط الجيش.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "قتل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

}  // namespace
}  // namespace marsad
