// Agreements told with dates and places between the verb and the deal, and
// their terms named right after the agreement word. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class AgreementTermsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(AgreementTermsTest, ArabicDealAndItsCeasefireTermsAreOneAgreementWhereSigned) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوقّعت الحكومة والحركة أمس في جوبا اتفاقا لوقف إطلاق النار في ولاية النيل الأزرق.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Agreement"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Agreement") {
      ASSERT_GE(e.place, 0);
      EXPECT_EQ(doc.places[e.place].location.name, "Juba");
    }
}

// A capital named after a preposition is where the deal was signed, not a
// party to it.
// "to return … and hand over …": the second term, joined by "and" with no
// "to" of its own, is a term too, no handover told; a verb after "and"
// that is no bare infinitive ("and withdrew") stays an act.
TEST_F(AgreementTermsTest, EnglishSecondTermJoinedByAndIsATerm) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nClan elders signed a truce in Kotido on Sunday to free their captives and hand over the "
      "raiders to the police.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Agreement"), 1u);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 0u);
  Doc done = test::ExtractAt(
      "date 2026-03-10\nThe two sides signed a truce in Kotido on Sunday, and the rebels withdrew from the town on "
      "Monday.",
      2026, 3, 10);
  test::MaybeDump(done);
  EXPECT_EQ(CountSub(done, "Agreement"), 1u);
  EXPECT_EQ(CountSub(done, "Non-violent transfer of territory"), 1u);
}

TEST_F(AgreementTermsTest, ArabicCapitalAfterAPrepositionIsNoPartyToTheDeal) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوقّع الطرفان أمس الأحد في الدوحة اتفاقاً لوقف إطلاق النار في إقليم دارفور.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Agreement"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Agreement" && e.actor1.actor >= 0) {
      EXPECT_NE(doc.actors[e.actor1.actor].id, "qat.state");
    }
}

TEST_F(AgreementTermsTest, ArabicAgreementWithDayAndPlaceBeforeItsObjectIsTold) {
  Doc doc = test::ExtractAt("date 2026-03-10\nاتفق الطرفان يوم الجمعة في مدينة الجنينة على هدنة.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Agreement"), 1u);
}

TEST_F(AgreementTermsTest, EnglishAgreementWithADayBeforeItsObjectIsTold) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe Taliban and Pakistani forces agreed on Friday to a ceasefire near Chaman.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Agreement"), 1u);
}

const Event* FirstSub(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

std::string IdOf(const Doc& doc, const EventArgument& a) {
  if (!a.identity.id.empty()) return a.identity.id;
  return a.actor >= 0 ? doc.actors[a.actor].id : a.implicit_id;
}

// Nigeria's armed cult groups are ACLED's "Cult militia": rival groups of
// them are both sides of their fighting.
TEST_F(AgreementTermsTest, EnglishRivalCultGroupsAreBothSidesOfTheirClash) {
  Doc doc = test::ExtractAt("Rival cult groups clashed in Warri on Monday night, leaving three young men dead.", 2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = FirstSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(IdOf(doc, e->actor1), "gen.cult_militia");
  EXPECT_EQ(IdOf(doc, e->actor2), "gen.cult_militia");
}

// Whoever "brokered" a truce mediated it and is no party: the speaker told
// before it is none either; the parties are the sides of the fighting, two
// rival groups of one kind both.
TEST_F(AgreementTermsTest, EnglishBrokeredTruceIsBetweenTheRivalsNotTheSpeaker) {
  Doc doc = test::ExtractAt(
      "Rival cult groups clashed in Warri on Monday night, leaving three young men dead. Police said no one had been "
      "arrested, but community leaders later brokered a truce between the two groups.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = FirstSub(doc, "Agreement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(IdOf(doc, e->actor1), "gen.cult_militia");
  EXPECT_EQ(IdOf(doc, e->actor2), "gen.cult_militia");
}

TEST_F(AgreementTermsTest, EnglishEldersWhoBrokeredACeasefireAreNoParty) {
  Doc doc = test::ExtractAt(
      "Gunmen from rival families clashed in Warri on Monday, leaving two dead. Tribal elders brokered a ceasefire in "
      "Warri on Tuesday.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = FirstSub(doc, "Agreement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(IdOf(doc, e->actor1), "gen.communal_militia");
  EXPECT_EQ(IdOf(doc, e->actor2), "gen.communal_militia");
}

// A party named as the subject of the fighting in the same sentence stays.
TEST_F(AgreementTermsTest, EnglishFightersBeforeABrokeredCeasefireStayItsParties) {
  Doc doc = test::ExtractAt("The army fought the rebels in Warri on Monday until local elders brokered a ceasefire.", 2026,
                            11, 10);
  test::MaybeDump(doc);
  const Event* e = FirstSub(doc, "Agreement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(IdOf(doc, e->actor1), "nga.mil");
  EXPECT_FALSE(e->actor2.identity.id.empty());
}

}  // namespace
}  // namespace marsad
