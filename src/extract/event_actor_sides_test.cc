// Actors of events from the actor registry and its trigger roles: the
// nationality of a strike noun, a country's forces for a generic "army",
// and the fighters of a named group on one side only. Sentences are our
// own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventActorSidesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* For(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  return e;
}

// A strike noun's nationality adjective (هجوم صاروخي إسرائيلي، ضربة جوية
// تركية) names the country's forces as the striker, after a preposition too.
TEST_F(EventActorSidesTest, AdjectiveOfAStrikeNounNamesTheStriker) {
  Doc doc = test::ExtractAt("قتل ثلاثة أشخاص في هجوم صاروخي إسرائيلي على بلدة الخيام مساء الخميس.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هجوم صاروخي");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "isr.idf");
  Doc air = test::ExtractAt("أصيب أربعة مدنيين في ضربة جوية تركية على قرية قرب القامشلي ليل الأربعاء.", 2025, 3, 7);
  test::MaybeDump(air);
  const Event* a = For(air, "ضربة جوية");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(air, a->actor1), "tur.mil");
}

// "The army" in an event in Chad is Chad's army (data/shared/national_forces.tsv).
TEST_F(EventActorSidesTest, ArmyPostInChadIsChadsArmy) {
  Doc doc = test::ExtractAt(
      "date 2025-03-07\nN'DJAMENA, March 7 (Wire) - Boko Haram fighters attacked an army post near Bol on Tuesday, "
      "killing five soldiers, the army said.",
      2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "tcd.mil");
}

// مسلحون من X: X is whose men the subject is, not the object of the verb;
// the object is what follows the name.
TEST_F(EventActorSidesTest, GroupOfTheSubjectIsNotTheObject) {
  Doc doc = test::ExtractAt("هاجم مسلحون من جبهة البوليساريو موقعا للجيش المغربي قرب السمارة أمس.", 2025, 3, 7);
  test::MaybeDump(doc);
  const Event* e = For(doc, "هاجم");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mar.polisario");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "mar.mil");
  Doc abd = test::ExtractAt("خطف مسلحون من جيش تحرير أورومو خمسة تجار على طريق قرب مدينة فيتشي يوم الأحد.", 2025, 3, 7);
  test::MaybeDump(abd);
  const Event* k = For(abd, "خطف");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(test::ActorId(abd, k->actor1), "eth.ola");
  EXPECT_NE(test::ActorId(abd, k->actor2), "eth.ola");
}

}  // namespace
}  // namespace marsad
