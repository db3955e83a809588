// "No arrests have been made", "no one was detained": English denies the
// taking itself. No one was taken, so the arrest has no actor 2, and the
// attackers who went free are not its actor 1: only the state arrests.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DeniedArrestsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeniedArrestsTest, NoArrestsAfterACartelKillingTakeNoOneAndAreNotTheCartels) {
  Doc doc = test::ExtractAt(
      "Gunmen from the Jalisco cartel shot dead three farmers outside Zamora on Friday. "
      "No arrests have been made, state prosecutors said.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("arrests"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mex.police");
}

TEST_F(DeniedArrestsTest, NoOneDetainedAfterARiotTakesNoRioters) {
  Doc doc = test::ExtractAt("A crowd set fire to a tax office in Kano on Monday. Police said no one was detained.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("was detained"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "");
}

TEST_F(DeniedArrestsTest, DetainingNoOneOfACrowdKeepsTheCrowd) {
  // The negation after the verb leaves the crowd faced as those not taken.
  Doc doc = test::ExtractAt("Hundreds of students rallied in Dhaka on Sunday, and police detained no one.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("detained"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.protesters");
}

TEST_F(DeniedArrestsTest, NoArrestsAfterAMobKillingStayAnArrestByThePolice) {
  // The mob read as the doer of the unmade arrest is the one not taken: the
  // negated taking is no abduction by the mob.
  Doc doc = test::ExtractAt(
      "In Kidal, a mob beat to death a man accused of theft on Sunday evening, police said, adding that no arrests "
      "had been made.",
      2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("arrests"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mli.police");
}

TEST_F(DeniedArrestsTest, ArabicStoppingNoOneIsADeniedArrest) {
  // أوقف is also "stopped"; with "anyone" as its object it is an arrest,
  // and لم before it denies it.
  Doc doc = test::ExtractAt("أحرق محتجون غاضبون مبنى البلدية في مصراتة أمس. وقالت الشرطة إنها لم توقف أحداً منهم.", 2026, 10,
                            10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "توقف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
  EXPECT_EQ(e->status, "negated");
}


TEST_F(DeniedArrestsTest, ArabicDeniedArrestWithNoTakerIsByTheCountrysPolice) {
  // No one named made the arrest that was denied: the police of the event's
  // country would have (as English "no arrests have been made").
  Doc doc = test::ExtractAt("أغلق محتجون غاضبون الطريق الرئيسي في مدينة المنصورة أمس، ولم تسجل أي حالات اعتقال.",
                            2026, 10, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اعتقال");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
  EXPECT_EQ(e->status, "negated");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "egy.police");
}

// A bare English denial of arrests reaches back three sentences at most for
// the act it answers: an ambush told five sentences before, with a market
// opened elsewhere in between, does not lend it its place.
TEST_F(DeniedArrestsTest, BareDenialFarAfterAnAmbushTakesNotItsPlace) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed an army patrol near Kidal on Monday, killing two soldiers. The governor of Gao opened a new "
      "market on Tuesday. Traders in Gao welcomed the market. The market sells grain and cloth. The region's harvest "
      "was good this year. No arrests have been made.",
      2025, 3, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("arrests"));
  if (e == nullptr) return;  // dropped with no place: no place lent either
  const PlaceMention* p = test::PlaceOf(doc, e);
  if (p != nullptr) { EXPECT_NE(p->location.name, "Kidal"); }
}

}  // namespace
}  // namespace marsad
