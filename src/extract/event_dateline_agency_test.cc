// The agency in a dateline ("KIRKUK, Iraq (AP) —") filed the report: the
// source of the lead sentence is the speaker that sentence names, the
// agency only when it names none.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DatelineAgencyTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DatelineAgencyTest, TheLeadSentencesOwnSpeakerIsItsSource) {
  const std::string text =
      "MOSUL, Iraq (AP) — Militants of the Islamic State group attacked a police checkpoint west of Mosul on Monday, "
      "killing three policemen, Iraqi security officials said.";
  Doc doc = test::ExtractAt(text, 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("attacked"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->attribution_span.begin, text.find("security officials"));
}

TEST_F(DatelineAgencyTest, WithNoSpeakerTheAgencyStillFiledIt) {
  const std::string text =
      "MOSUL, Iraq (AP) — Militants of the Islamic State group attacked a police checkpoint west of Mosul on Monday, "
      "killing three policemen.";
  Doc doc = test::ExtractAt(text, 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("attacked"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->attribution_span.begin, text.find("AP"));
}

// A name in brackets inside the dateline is the agency that files the
// report ("BAWKU (GNA) —": the Ghana News Agency), never a party to it,
// whatever actor its letters spell elsewhere.
TEST_F(DatelineAgencyTest, BracketedAgencyInTheDatelineIsNoParty) {
  Doc doc = test::ExtractAt(
      "BAWKU (GNA) — Gunmen killed four people in an attack on a market in Bawku on Saturday, police said. Soldiers "
      "exchanged fire with the attackers but made no arrests, the army said.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    EXPECT_NE(test::CodedId(doc, e.actor1), "lby.gna");
    EXPECT_NE(test::CodedId(doc, e.actor2), "lby.gna");
  }
}

}  // namespace
}  // namespace marsad
