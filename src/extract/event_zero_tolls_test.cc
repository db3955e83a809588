// A toll of zero ("no one was hurt", دون أن تسبب خسائر بشرية، من دون أن يسفر
// ذلك عن إصابات) is the toll of the act told before it; an arson's or
// looting's own zero stays, though ACLED codes no dead on a strategic
// development (event_tolls.cc ZeroTolls, NoTollsOfDevelopments). Sentences
// are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ZeroTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const Event* FirstOfSubtype(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(ZeroTollTest, ArsonWithNoOneHurtKeepsItsZero) {
  Doc doc = test::ExtractAt(
      "أضرم مجهولون النار في ثلاثة متاجر في مدينة حماة ليل الأحد، من دون أن يسفر ذلك عن إصابات.", 2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubtype(doc, "Looting/property destruction");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 0.0);
  EXPECT_EQ(e->fatalities->high, 0.0);
}

TEST_F(ZeroTollTest, WithoutCausingHumanLossesIsAZeroToll) {
  Doc doc = test::ExtractAt("قصفت مدفعية الجيش قرية قرب مدينة حماة ليل الأحد دون أن تسبب خسائر بشرية.", 2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 0.0);
}

// A toll of zero told of places together holds at each of them: the event
// is split by place, and no one was hurt at any.
TEST_F(ZeroTollTest, ZeroTollOfCoordinatedPlacesHoldsAtEach) {
  Doc doc = test::ExtractAt("Artillery shelled the outskirts of Aitaroun and Marjayoun on Sunday, causing no casualties.",
                            2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_GE(doc.events.size(), 2u);
  for (const Event& e : doc.events) {
    ASSERT_TRUE(e.fatalities.has_value());
    EXPECT_EQ(e.fatalities->best, 0.0);
    EXPECT_EQ(e.fatalities->high, 0.0);
  }
}

// A looting's dead told beside it are still none of its own.
TEST_F(ZeroTollTest, LootingTakesNoDead) {
  Doc doc = test::ExtractAt("Gunmen looted shops in Gao on Sunday and killed two traders.", 2026, 11, 2);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubtype(doc, "Looting/property destruction");
  if (e) {
    EXPECT_FALSE(e->fatalities.has_value());
  }
}

// The war a mine outlived is a reference, no clash of its own, and the mine
// told before it in the clause takes the dead (event_tolls.cc AttachCasualty;
// `not_event` "left over from").
TEST_F(ZeroTollTest, MineLeftOverFromFightingTakesTheDead) {
  Doc doc = test::ExtractAt(
      "An unexploded shell left over from past fighting killed three shepherds near Gao on Sunday, officials said.", 2026,
      11, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(FirstOfSubtype(doc, "Armed clash"), nullptr);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

// With no violent event before it, a background word before the toll in
// its clause is still the killer.
TEST_F(ZeroTollTest, FightingAloneBeforeItsTollStillTakesIt) {
  Doc doc = test::ExtractAt("Fighting near Gao on Sunday killed four soldiers, officials said.", 2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
}

// "اشتباكات قُتل فيها جندي": the preposition with the clash's pronoun
// (`resumptive`) stands between the toll verb and its one victim
// (event_tolls.cc ArabicOneVictim).
TEST_F(ZeroTollTest, VictimAfterAResumptivePrepositionIsOne) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون نقطة للشرطة قرب مدينة حماة ليل الأحد، واندلعت اشتباكات قُتل خلالها شرطي.", 2026, 11, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 1.0);
}

}  // namespace
}  // namespace marsad
