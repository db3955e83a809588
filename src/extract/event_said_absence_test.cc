// English negated and accused acts (s6ennegation): "said that no clashes
// took place" is a stated absence, not a reference to clashes told before
// (triggers.cc IsDefinite); "have been accused by the UN of rape" is the
// content of an accusation, no event (event_not_events.cc
// NotEventCueCovers, passive `not_event` rows). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SaidAbsenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SaidAbsenceTest, SaidThatNoClashesIsANegatedClash) {
  Doc doc = test::ExtractAt(
      "The governor toured the market of Zliten on Tuesday.\n"
      "The interior ministry said that no clashes had taken place inside the town.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "negated"), 1u);
}

TEST_F(SaidAbsenceTest, AffirmsThatNoFightingAfterAnArsonIsANegatedClash) {
  Doc doc = test::ExtractAt(
      "Unknown men burned a police car in Zliten on Monday night.\n"
      "The ministry affirms that no fighting took place in the town and urges residents to stay calm.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Armed clash", "negated"), 1u);
}

TEST_F(SaidAbsenceTest, ThatDeadlyAttackStaysAReference) {
  // "that" right before an adjective and the noun still determines it.
  Doc doc = test::ExtractAt(
      "Gunmen killed three farmers near Gusau on Monday.\n"
      "Residents said that deadly attack was the third this month.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 1u);
}

TEST_F(SaidAbsenceTest, AccusedByAnAgencyOfRapeIsNoEvent) {
  Doc doc = test::ExtractAt(
      "Soldiers of both armies have been accused by Amnesty International of widespread rape in Darfur since 2023.",
      2026, 11, 24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Sexual violence"), 0u);
}

TEST_F(SaidAbsenceTest, AccusedByResidentsOfADatedShellingIsTold) {
  Doc doc = test::ExtractAt("Soldiers were accused by residents of shelling the market in Nyala on Monday.", 2026, 11,
                            24);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 1u);
}

}  // namespace
}  // namespace marsad
