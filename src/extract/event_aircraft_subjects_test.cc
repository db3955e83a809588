// An aircraft that is the subject of a strike verb told before it — with its
// owner, an adjective or قد between in Arabic, a lowercase adverb in English —
// makes the strike an air/drone strike (KindFromWeaponSubject,
// ArabicAircraftDoer). Artillery told the same way stays shelling. Sentences
// are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class AircraftSubjectsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(AircraftSubjectsTest, ArabicAircraftWithItsOwnerInConstruct) {
  Doc doc = test::ExtractAt("قال سكان إن طائرات الجيش السوداني قصفت سوقاً في مدينة نيالا صباح اليوم.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

TEST_F(AircraftSubjectsTest, ArabicAircraftWithAnAdjectiveAndQad) {
  Doc doc = test::ExtractAt("وكانت مسيّرة أخرى قد أصابت محطة المياه في مدينة كوستي مساء الأحد.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

TEST_F(AircraftSubjectsTest, ArabicArtilleryBeforeTheVerbStaysShelling) {
  Doc doc = test::ExtractAt("قال سكان إن مدفعية الجيش السوداني قصفت سوقاً في مدينة نيالا صباح اليوم.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

TEST_F(AircraftSubjectsTest, EnglishAircraftWithAnAdverbBeforeTheVerb) {
  Doc doc = test::ExtractAt("Army aircraft later pounded rebel positions in the hills near Kutum on Monday.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

TEST_F(AircraftSubjectsTest, EnglishArtilleryWithAnAdverbStaysShelling) {
  Doc doc = test::ExtractAt("Army artillery later pounded rebel positions in the hills near Kutum on Monday.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

// A destruction verb with an aircraft standing before it as its subject is a
// strike from the air, not property destruction (WeaponDestroying); an
// aircraft after the verb is what was destroyed.
TEST_F(AircraftSubjectsTest, ArabicAircraftBeforeADestructionVerbIsAnAirStrike) {
  Doc doc = test::ExtractAt("قال الجيش إن الطيران العسكري دمّر مخزناً للذخيرة في غابة قرب بلدة ديبو أمس.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 0u);
}

TEST_F(AircraftSubjectsTest, ArabicAircraftAfterADestructionVerbIsItsObject) {
  Doc doc = test::ExtractAt("قال سكان إن مسلحين دمّروا طائرة مسيّرة في مطار بلدة ديبو أمس.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
}

// A destruction verb joined by و in the masculine plural (ودمّروا) is done
// by people: an aircraft told before it (a plane stolen, an airstrip
// stormed) is no doer of it, and the destruction stays property destruction.
TEST_F(AircraftSubjectsTest, ArabicPluralDestructionJoinedAfterAnAircraftIsByHands) {
  for (const char* text : {"قال سكان إن مسلحين هاجموا مطاراً صغيراً وسرقوا طائرة ودمّروا ثلاثة مخازن للحبوب قرب بلدة ديبو أمس.",
                           "قال سكان إن مسلحين اقتحموا مهبطاً للطائرات ودمّروا ثلاثة مخازن للحبوب قرب بلدة ديبو أمس."}) {
    Doc doc = test::ExtractAt(text, 2025, 4, 16);
    test::MaybeDump(doc);
    EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u) << text;
  }
}

// Fire from a drone or aircraft, its doer, is the aircraft's strike: one
// air/drone strike, no shooting on the ground beside it. Gunmen who open fire
// still shoot.
TEST_F(AircraftSubjectsTest, FireFromADroneIsItsStrike) {
  for (const char* text : {"قال مسعفون إن طائرة مسيّرة أطلقت النار على مزارعين قرب بلدة خزاعة صباح اليوم.",
                           "A military drone opened fire on farmers near Khuza'a on Tuesday morning, medics said."}) {
    Doc doc = test::ExtractAt(text, 2025, 4, 16);
    test::MaybeDump(doc);
    EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 1u) << text;
    EXPECT_EQ(test::CountSub(doc, "Attack"), 0u) << text;
  }
  Doc gunmen = test::ExtractAt("Gunmen opened fire on farmers near Khuza'a on Tuesday morning, medics said.", 2025, 4, 16);
  test::MaybeDump(gunmen);
  EXPECT_EQ(test::CountSub(gunmen, "Air/drone strike"), 0u);
}

}  // namespace
}  // namespace marsad
