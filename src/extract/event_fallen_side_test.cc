// An Arabic fight told by one side's dead (قُتل اثنان من X خلال تبادل لإطلاق
// النار مع Y) is coded as English "X were killed in an encounter with Y":
// the party fought with is actor 1, the fallen actor 2. Police communiqués'
// "criminal elements" (العناصر الإجرامية، تشكيل عصابي) are an unnamed gang,
// ACLED's "Criminal group (<country>)". Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "eval/event_eval.h"
#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;
using test::CodedId;

class FallenSideTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Clash(const Doc& doc) { return test::FirstOfSub(doc, "Armed clash"); }

TEST_F(FallenSideTest, ArabicCriminalsKilledInAShootoutWithPoliceAreActor2) {
  Doc doc = test::ExtractAt(
      "date 2026-11-16\nقُتل اثنان من العناصر الإجرامية خلال تبادل لإطلاق النار مع قوة من الشرطة قرب مدينة سوهاج "
      "مساء الأحد.",
      2026, 11, 16);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(CodedId(doc, e->actor1), "egy.police");
  EXPECT_EQ(ActorId(doc, e->actor2), "gen.unidentified_gang");
}

TEST(FallenSideNames, CriminalGroupIsTheUnnamedGang) {
  auto names = ActorNames::Load(test::DataDir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(names->Same("Criminal group (Egypt)", "", "gen.unidentified_gang"));
}

}  // namespace
}  // namespace marsad
