// Police fly no aircraft: a drone or air strike whose doer is left unnamed
// is not the police a report names most (its arrests, its crowds), but the
// air power the report names — the country's army. Turkey's "security
// forces" fighting the PKK are its military (the gendarmerie, coded by ACLED
// as Military Forces of Turkey); facing a crowd they stay its police.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventPoliceAirPowerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* FirstOfSub(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(EventPoliceAirPowerTest, UnnamedDroneStrikeIsNotThePolices) {
  Doc doc = test::ExtractAt(
      "Turkish soldiers killed two PKK militants near Cukurca on Saturday, the governor's office said.\n"
      "An armed drone struck a shelter north of Semdinli on Sunday.\n"
      "Police in Yuksekova detained six people on Monday and police in Hakkari detained four more, "
      "and police dispersed a crowd outside the courthouse.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "tur.mil");
}

TEST_F(EventPoliceAirPowerTest, PoliceShellingSuppliedTellsNoAirPower) {
  Doc doc = test::ExtractAt(
      "Turkish soldiers killed two PKK militants near Cukurca on Saturday, the governor's office said.\n"
      "An armed drone struck a shelter north of Semdinli on Sunday, destroying mortar rounds.\n"
      "Police in Yuksekova detained six people on Monday and police in Hakkari detained four more, "
      "and police dispersed a crowd outside the courthouse.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "tur.mil");
}

TEST_F(EventPoliceAirPowerTest, TurkishSecurityForcesFightingThePkkAreTheMilitary) {
  Doc doc = test::ExtractAt(
      "Turkish security forces clashed with PKK militants in the mountains near Semdinli on Friday, the governor's office "
      "said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "tur.mil");
}

TEST_F(EventPoliceAirPowerTest, TurkishSecurityForcesFacingACrowdAreThePolice) {
  Doc doc = test::ExtractAt(
      "Security forces fired tear gas to disperse about 300 protesters in Diyarbakir on Friday.", 2026, 3, 10);
  test::MaybeDump(doc);
  bool seen = false;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Protests") {
      seen = true;
      EXPECT_EQ(test::CodedId(doc, e.actor2), "tur.police");
    }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace marsad
