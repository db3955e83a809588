// Battles or violence against civilians, told by who died: a generic attack
// whose dead are counted as civilians, or as people with no armed party named
// but the attackers, fell on civilians; people killed where a second armed
// side is named stay a battle's dead. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventUnarmedDeadTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* For(const Doc& doc, std::string_view trigger) { return test::ExpectEvent(doc, trigger); }

TEST_F(EventUnarmedDeadTest, PeopleKilledInAnAttackWithNoArmedSideAreCivilians) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nArmed men killed nine people in an attack on a farming village near the river on Sunday, a "
      "local official said.",
      2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

TEST_F(EventUnarmedDeadTest, ArabicPersonsKilledInAnAttackWithNoArmedSideAreCivilians) {
  Doc doc = test::ExtractAt("قتل مسلحون مجهولون ثمانية أشخاص في هجوم على قرية زراعية يوم الأحد.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هجوم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
  EXPECT_EQ(e->acled_sub_event_type, "Attack");
}

// The dead told as civilians in a range (ما بين 6 و9 مدنيين) are civilians
// though the first figure has no noun of its own.
TEST_F(EventUnarmedDeadTest, ArabicRangeOfCiviliansMakesTheAttackOnCivilians) {
  Doc doc =
      test::ExtractAt("هاجم مسلحون من حركة الشباب قرية صغيرة يوم السبت وقتلوا ما بين 6 و9 مدنيين.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
}

// A second armed side named in the sentence: the people killed may be its
// fighters, so the attack stays a battle.
TEST_F(EventUnarmedDeadTest, PeopleKilledInAnAttackOnTheArmyStayABattle) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nAl-Shabaab fighters killed nine people in an attack on a Somali army base on Sunday, a "
      "local official said.",
      2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Battles");
}

// A killing told by its toll word alone, its doers named and its dead
// counted as people, with no armed party named but the killers.
TEST_F(EventUnarmedDeadTest, PeopleKilledByGunmenWithNoAttackWordAreCivilians) {
  Doc doc = test::ExtractAt("قتل مسلحون ستة أشخاص قرب النهر ليل الأحد.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "قتل");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
}

// Men taken to be made to serve are abducted, not arrested (ACLED: forced
// recruitment is abduction/forced disappearance).
TEST_F(EventUnarmedDeadTest, MenTakenForMilitaryServiceAreAbductedNotArrested) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nTroops detained 40 young men at a bus station on Monday and sent them to barracks for "
      "military service, their families said.",
      2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "detained");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Violence against civilians");
  EXPECT_EQ(e->acled_sub_event_type, "Abduction/forced disappearance");
}

// Taken to an unknown place is still an arrest when state forces take them.
TEST_F(EventUnarmedDeadTest, ArrestToAnUnknownPlaceStaysAnArrest) {
  Doc doc = test::ExtractAt("اعتقلت قوات الأمن خمسة شبان في حي المحطة يوم الاثنين واقتادتهم إلى جهة مجهولة.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
}

}  // namespace
}  // namespace marsad
