// An English arrest is made by whom its subject names. A non-state armed
// group supplied from elsewhere in the report (the attackers just told), or
// named after the verb among those taken, made none: the police did. A
// group named as the taker (the subject, or "by X") stands.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class ArrestTakersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ArrestTakersTest, AttackersToldBeforeAreNotTheArresters) {
  Doc doc = test::ExtractAt(
      "Suspected Boko Haram fighters raided a village near Konduga on Tuesday, killing five people. Security "
      "officers arrested two suspects in Maiduguri on Wednesday in connection with the raid.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("arrested"));
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "nga.boko_haram");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "nga.police");
}

TEST_F(ArrestTakersTest, GroupOfThoseTakenIsNotTheTaker) {
  Doc doc = test::ExtractAt(
      "A counter-terrorism unit detained two suspected al-Shabaab financiers in Garissa on Thursday, the police said.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("detained"));
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "som.shabaab");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "som.shabaab");
}

TEST_F(ArrestTakersTest, GroupNamedAsTakerStands) {
  Doc doc = test::ExtractAt("Islamic State militants rounded up 20 men in a village near Mayadin on Friday, residents said.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("rounded up"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isis");
}

TEST_F(ArrestTakersTest, AgentAfterByStands) {
  Doc doc = test::ExtractAt(
      "Residents protested on Monday against the detention of a village chief by Houthi fighters in Ibb.", 2025, 3,
      10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("detention"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.houthis");
}

// "The region's police" (شرطة المنطقة) is the police of the unit the report
// is in, as شرطة الولاية is: it announces an arrest it made.
TEST_F(ArrestTakersTest, RegionPoliceAnnouncingAnArrestMadeIt) {
  Doc doc = test::ExtractAt("دار السلام – أعلنت شرطة المنطقة اعتقال 12 شخصاً في مدينة متوارا بتهمة السرقة.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.police") << test::ActorId(doc, e->actor1);
}

// An arrest that names no taker ("officers" is no actor; a passive with no
// agent) was the state's: the police of its country, and those taken after a
// protest are its crowd.
TEST_F(ArrestTakersTest, ArrestNamingNoTakerIsThePolicesAfterAProtestTheCrowds) {
  Doc doc = test::ExtractAt(
      "Hundreds of people marched through Tizi Ouzou on Monday against unemployment. Officers arrested at least 20 "
      "people in Tizi Ouzou, a rights group said.",
      2026, 11, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("arrested"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "dza.police");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "gen.protesters");
}

TEST_F(ArrestTakersTest, PassiveArrestWithNoAgentIsThePolices) {
  Doc doc = test::ExtractAt("At least 25 people had been arrested in Kermanshah since Thursday, a rights group said.", 2026,
                            11, 10);
  test::MaybeDump(doc);
  const Event* e = nullptr;
  for (const Event& x : doc.events)
    if (x.acled_sub_event_type == "Arrests") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "irn.police");
}

// "The authorities arrested three activists": an Arabic arrest by the
// authorities, a generic noun, is their police's (ACLED's Police Forces of
// the country); a curfew they decree stays the government's.
TEST_F(ArrestTakersTest, ArrestByTheAuthoritiesIsThePolices) {
  Doc doc = test::ExtractAt("اعتقلت السلطات صباح اليوم ثلاثة ناشطين في مدينة وجدة بتهمة التحريض على التجمهر.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "mar.police");
  Doc named = test::ExtractAt("اعتقلت الحكومة المغربية صباح اليوم ثلاثة ناشطين في مدينة وجدة.", 2026, 11, 20);
  test::MaybeDump(named);
  const Event* n = test::FirstOfSub(named, "Arrests");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(test::CodedId(named, n->actor1), "mar.gov");
}

// In a region with its own police (Jubaland's Lower Juba) the authorities'
// arrest is that region's police's, not the country's.
TEST_F(ArrestTakersTest, ArrestByTheAuthoritiesInARegionIsItsOwnPolices) {
  Doc doc = test::ExtractAt("اعتقلت السلطات صباح اليوم أربعة شبان في مدينة كسمايو بتهمة حيازة أسلحة.", 2026, 11, 20);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "som.jubaland.police");
}

}  // namespace
}  // namespace marsad
