// Registry names English reports use for a state's or a group's forces.
// A country's frontier force has a name of its own where the registry knows
// one (Iran's Border Guard Command, Saudi Arabia's Border Guard, Ukraine's
// State Border Guard Service): "Iranian border guards", and bare "border
// guards" in that country, are that force; elsewhere bare border guards stay
// the country's security forces. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventBorderGuardsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* FirstOfType(const Doc& doc, std::string_view type) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == type) return &e;
  return nullptr;
}

TEST_F(EventBorderGuardsTest, NationalityNamesTheBorderGuard) {
  Doc doc = test::ExtractAt("Iranian border guards shot dead two porters near Baneh on Monday, a rights group said.", 2026,
                            3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Violence against civilians");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "irn.border_guard");
}

TEST_F(EventBorderGuardsTest, BareBorderGuardsInTheirCountry) {
  Doc doc = test::ExtractAt("Border guards shot dead a fuel porter near Saravan on Tuesday, a rights group said.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Violence against civilians");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "irn.border_guard");
}

TEST_F(EventBorderGuardsTest, SaudiBorderGuardsOnTheYemeniFrontier) {
  Doc doc = test::ExtractAt("Saudi border guards opened fire on a group of migrants near Haydan on Friday, killing three.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Violence against civilians");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "sau.border_guard");
}

TEST_F(EventBorderGuardsTest, BareBorderGuardsElsewhereAreNotAnotherCountrys) {
  Doc doc = test::ExtractAt("Border guards shot dead two smugglers near Ruwaished on Monday, the army said.", 2026, 3, 10);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    const std::string id = test::CodedId(doc, e.actor1);
    EXPECT_NE(id, "irn.border_guard");
    EXPECT_NE(id, "sau.border_guard");
    EXPECT_NE(id, "ukr.border_guard");
  }
}

// Burundi's ruling-party youth league acts as its militia.
TEST_F(EventBorderGuardsTest, ImbonerakureIsARegistryActor) {
  Doc doc = test::ExtractAt("Members of the Imbonerakure beat a teacher unconscious in Cibitoke on Sunday, a rights group said.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Violence against civilians");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "bdi.imbonerakure");
}

// Armed Islamists no group name is given for are a militants' kind of their
// own (ACLED's "Islamist militia (<country>)"), still militants.
TEST_F(EventBorderGuardsTest, IslamistMilitantsAreAnIslamistMilitia) {
  Doc doc = test::ExtractAt(
      "Clashes between Fatah members and Islamist militants in a refugee camp near Sidon killed two people on "
      "Tuesday, medics said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "pse.fatah");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.islamist_militia");
}

// "Government aircraft", "military jets": the state's air power is its army
// (coded to the country's force), not the speaker who tells of the raid.
TEST_F(EventBorderGuardsTest, GovernmentAircraftAreTheArmy) {
  Doc doc = test::ExtractAt(
      "The SPLA-IO said government aircraft bombed its positions south of Nasir on Tuesday, killing four fighters.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "ssd.mil");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "ssd.splm_io");
}

}  // namespace
}  // namespace marsad
