// The gendarmerie is a state force of its own (Maghreb, Turkey, francophone
// Africa): "الدرك", "gendarmes" name it; in the Sahel juntas' countries ACLED
// codes it as the military (national_forces.tsv). Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventGendarmerieTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventGendarmerieTest, StonesThrownAtTheGendarmerie) {
  Doc doc = test::ExtractAt("ورشق محتجون قوات الدرك بالحجارة في مدينة كانكان مساء الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Violent demonstration");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.gendarmerie");
  Doc en = test::ExtractAt("In Kankan, protesters threw stones at gendarmes on Sunday evening.", 2026, 3, 10);
  test::MaybeDump(en);
  const Event* f = test::FirstOfSub(en, "Violent demonstration");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(test::ActorId(en, f->actor2), "gen.gendarmerie");
}

TEST_F(EventGendarmerieTest, InMaliTheGendarmerieIsTheMilitary) {
  Doc doc = test::ExtractAt("هاجم مسلحون موقعاً لقوات الدرك في بلدة نيونو يوم السبت.", 2026, 3, 10);
  test::MaybeDump(doc);
  bool coded_military = false;
  for (const Event& e : doc.events)
    for (const EventArgument* a : {&e.actor1, &e.actor2})
      if (a->actor >= 0 && doc.actors[a->actor].id == "gen.gendarmerie") coded_military = a->coded_id == "mli.mil";
  EXPECT_TRUE(coded_military);
}

}  // namespace
}  // namespace marsad
