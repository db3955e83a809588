// An ambush (an `ambush` cue on the trigger's lemma) by an armed doer whose
// dead are all civilians, no armed party named as hit, is violence against
// civilians; an ambush on soldiers stays a clash. Sentences are our own
// wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventAmbushedCiviliansTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventAmbushedCiviliansTest, AmbushKillingPassengersIsAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nGunmen ambushed a bus near Kadi on Monday, killing nine passengers, police said.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::FirstOfSub(doc, "Armed clash"), nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
}

TEST_F(EventAmbushedCiviliansTest, AmbushKillingSoldiersStaysAClash) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nGunmen ambushed an army patrol near Kadi on Monday, killing nine soldiers, officials said.", 2026,
      3, 10);
  test::MaybeDump(doc);
  EXPECT_NE(test::FirstOfSub(doc, "Armed clash"), nullptr);
  EXPECT_EQ(test::FirstOfSub(doc, "Attack"), nullptr);
}

TEST_F(EventAmbushedCiviliansTest, CountedVillagersKilledByGunmenAreAnAttack) {
  // The singular after a count of 11-99 (قروياً، فلاحاً) names civilians too.
  for (const char* text : {"date 2026-03-10\nقال مسؤول محلي إن مسلحين قتلوا 14 قروياً مساء السبت قرب بلدة كادي.",
                           "date 2026-03-10\nقال شهود إن مسلحين قتلوا 12 فلاحاً في حقولهم قرب بلدة كادي يوم الأحد.",
                           "date 2026-03-10\nقال شهود إن مسلحين قتلوا 13 مسافراً على الطريق قرب بلدة كادي يوم الأحد."}) {
    Doc doc = test::ExtractAt(text, 2026, 3, 10);
    test::MaybeDump(doc);
    EXPECT_NE(test::FirstOfSub(doc, "Attack"), nullptr) << text;
    EXPECT_EQ(test::FirstOfSub(doc, "Armed clash"), nullptr) << text;
  }
}

}  // namespace
}  // namespace marsad
