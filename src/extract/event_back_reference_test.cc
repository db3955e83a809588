// An English event told, then named again by a definite noun ("The handover
// followed …", "The protest followed …") is one event: a day told after a
// later event word of the noun's sentence dates that word, and a crowd noun
// names a crowd's event whether it stayed peaceful or rioted. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

size_t CountCrowd(const Doc& doc) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type == "Protests" || e.acled_event_type == "Riots";
  return n;
}

class BackReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(BackReferenceTest, HandoverDatedByTheAgreementAfterItIsTheHandoverToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nRebel fighters handed over the town of Kasese to army units on Thursday, officials said.\n"
      "The handover followed a truce signed by both sides in Mbarara on Monday.",
      2025, 6, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 1u);
}

TEST_F(BackReferenceTest, AttackDatedByTheOperationAfterItIsTheAttackToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nGunmen stormed a police post in Kebbi on Wednesday, killing three officers, police said.\n"
      "The attack came days after an army offensive launched against bandit camps near Zuru on Sunday.",
      2025, 6, 20);
  test::MaybeDump(doc);
  size_t battles = 0;
  for (const Event& e : doc.events) {
    if (e.acled_event_type != "Battles") continue;
    ++battles;
    ASSERT_GE(e.date, 0);
    EXPECT_EQ(doc.dates[e.date].value, "2025-06-18");  // the storming's day, not the offensive's
  }
  EXPECT_EQ(battles, 1u);
}

TEST_F(BackReferenceTest, ProtestNamesTheRiotToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nIn Tamale, hundreds of traders blocked the main highway with burning tyres on Thursday to "
      "denounce a new market levy.\nThe protest followed the arrest on Tuesday of a union leader by police.",
      2025, 6, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountCrowd(doc), 1u);
}

TEST_F(BackReferenceTest, RaidThatCameAsTalksOpenedIsTheRaidToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nSoldiers raided a rebel hideout outside Tumaco on Thursday, killing two fighters, the army "
      "said.\nThe raid came as peace talks opened in Havana on Wednesday.",
      2025, 6, 20);
  test::MaybeDump(doc);
  size_t battles = 0;
  for (const Event& e : doc.events) battles += e.acled_event_type == "Battles";
  EXPECT_EQ(battles, 1u);
}

// The two words a sequel cue relates stay two events, even of one kind.
TEST_F(BackReferenceTest, DealThatFollowsAnOlderAccordLeavesTheAccordItsOwnEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nThe government and the Tuareg rebels signed an agreement in Kidal on Thursday to pull fighters "
      "back from the town, officials said.\nThe agreement follows a wider accord signed in Algiers in May 2015.",
      2025, 6, 20);
  test::MaybeDump(doc);
  size_t agreements = 0, old = 0;
  for (const Event& e : doc.events) {
    if (e.acled_sub_event_type != "Agreement") continue;
    ++agreements;
    old += e.date >= 0 && doc.dates[e.date].value.starts_with("2015");
  }
  EXPECT_EQ(agreements, 2u);
  EXPECT_EQ(old, 1u);
}

// Control: a definite noun whose own day comes right after it, with no
// other event word between, is a new event on another day.
TEST_F(BackReferenceTest, DefiniteNounWithItsOwnLaterDayStaysApart) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\nRebel fighters handed over the town of Kasese to army units on Thursday, officials said.\n"
      "The handover of Bundibugyo on June 2 had collapsed after two days.",
      2025, 6, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 2u);
}

// "Villagers beat a thief to death … police arrested four men over the
// lynching": the mob noun names the beating told before (an attack until the
// crowd makes it mob violence), not a second mob event on the arrest's day.
TEST_F(BackReferenceTest, LynchingNamedAfterTheBeatingIsThatBeating) {
  Doc doc = test::ExtractAt(
      "date 2026-05-12\nVillagers in Bunia beat a man they suspected of theft so badly on Sunday night that he died, "
      "witnesses said.\nPolice said on Monday that they had arrested four men over the lynching.",
      2026, 5, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(CountCrowd(doc) + CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(CountSub(doc, "Arrests"), 1u);
}

}  // namespace
}  // namespace marsad
