// "The government's forces" (قوات الحكومة، قوات حكومية) are the army of the
// report's country, as القوات الحكومية. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventGovernmentForcesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventGovernmentForcesTest, TheGovernmentsForcesInYemenAreItsArmy) {
  Doc doc = test::ExtractAt(
      "قال مسؤول محلي إن قوات الحكومة اشتبكت مع الحوثيين قرب مدينة حرض بمحافظة حجة فجر الثلاثاء.", 2026, 9, 2);
  test::MaybeDump(doc);
  bool named = false;
  for (const ActorMention& a : doc.actors) named = named || a.id == "yem.army";
  EXPECT_TRUE(named);
}

TEST_F(EventGovernmentForcesTest, IndefiniteGovernmentForcesAreCodedByTheCountry) {
  Doc doc = test::ExtractAt(
      "قال سكان إن قوات حكومية اشتبكت مع مسلحين من حركة الشباب قرب مدينة بلدوين فجر الثلاثاء.", 2026, 9, 2);
  test::MaybeDump(doc);
  bool army = false;
  for (const Event& e : doc.events)
    army = army || test::CodedId(doc, e.actor1) == "som.sna" || test::CodedId(doc, e.actor2) == "som.sna";
  EXPECT_TRUE(army) << test::Dump(doc);
}

}  // namespace
}  // namespace marsad
