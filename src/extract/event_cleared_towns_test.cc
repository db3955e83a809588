// (And "car bombing" rows: a bombing by car bomb is the car bomb, a remote
// explosive, not the air raid "bombing" alone reads as.)
// Forces that "cleared the town of" fighters (gapped rows "cleared ... town
// of", "cleared ... village of" …) took it back: a government regaining
// territory, placed at the town "the town" refers back to. Sentences are our
// own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ClearedTownsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ClearedTownsTest, ClearingTheTownOfFightersRegainsIt) {
  Doc doc = test::ExtractAt(
      "Fano fighters entered Gondar on Sunday after clashes with federal forces. The army later said it had cleared the "
      "town of what it called extremist forces, killing more than 30 of them.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(test::CountSub(doc, "Government regains territory"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Government regains territory") {
      ASSERT_GE(e.place, 0);
      EXPECT_EQ(doc.places[e.place].location.name, "Gondar");
    }
}

TEST_F(ClearedTownsTest, ACarBombingIsACarBombNoAirStrike) {
  Doc doc = test::ExtractAt(
      "At least seven people were killed when gunmen stormed a checkpoint in Jowhar on Wednesday. In October 2022, a "
      "twin car bombing in the Mahas district killed more than 20 people.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Air/drone strike"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
}

// What a town is cleared of must be an armed party named right after "of"
// (needs=foe_after): rubble, protesters or mines are no foe driven out.
TEST_F(ClearedTownsTest, ClearingOfRubbleProtestersOrMinesRegainsNothing) {
  for (const char* text :
       {"Volunteers cleared the area of debris after the storm in Benghazi on Tuesday.",
        "Riot police cleared the city of demonstrators on Tuesday in Tizi Ouzou.",
        "Army sappers cleared the district of explosives left by the insurgents near Misrata on Tuesday."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u) << text;
  }
}

TEST_F(ClearedTownsTest, ClearingTheVillageOfMilitantsRegainsIt) {
  Doc doc = test::ExtractAt(
      "The army said on Tuesday it had cleared the village of al-Shabaab fighters near Afgoye.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 1u);
}

}  // namespace
}  // namespace marsad
