// A force counted as under half of a blast's dead ("eleven people, including
// two policemen", تسعة بينهم شرطيان) was not what the blast struck: the
// crowd it stood in was, and the force is no actor 2. When the sentence
// names a forces' site as struck (a checkpoint, a base), the force stands.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class MinorVictimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Blast(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Explosions/Remote violence") return &e;
  return nullptr;
}

TEST_F(MinorVictimsTest, FewPolicemenAmongManyDeadAreNotTheTarget) {
  Doc ar = test::ExtractAt(
      "بيشاور - قُتل تسعة أشخاص على الأقل، بينهم شرطيان، عندما فجّر انتحاري نفسه وسط سوق شعبي في مدينة بنو يوم الاثنين.",
      2025, 3, 10);
  test::MaybeDump(ar);
  const Event* a = Blast(ar);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->actor2.identity.id, "gen.civilians");
  Doc en = test::ExtractAt(
      "A suicide bomber blew himself up at a wedding hall in Bannu on Monday, killing eleven people, including two "
      "policemen.",
      2025, 3, 10);
  test::MaybeDump(en);
  const Event* e = Blast(en);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "gen.civilians");
}

TEST_F(MinorVictimsTest, ForcesSiteStruckKeepsTheForce) {
  Doc ar = test::ExtractAt(
      "بيشاور - قُتل ثمانية أشخاص بينهم جنديان عندما فجر انتحاري نفسه عند حاجز أمني في مدينة بنو يوم الاثنين.", 2025, 3,
      10);
  test::MaybeDump(ar);
  const Event* a = Blast(ar);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->actor2.identity.id, "pak.mil");
  Doc en = test::ExtractAt(
      "A suicide bomber blew himself up at a police checkpoint in Bannu on Monday, killing eleven people, including "
      "two policemen.",
      2025, 3, 10);
  test::MaybeDump(en);
  const Event* e = Blast(en);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "pak.police");
}

// A counted part (بينهم أربعة شرطيين) is a victim too, never the doer; here
// the force is most of the dead, at its own checkpoint: what was struck.
TEST_F(MinorVictimsTest, CountedForceMostOfTheDeadIsTheTarget) {
  Doc ar = test::ExtractAt(
      "بيشاور - قُتل ستة أشخاص، بينهم أربعة شرطيين، عندما فجّر انتحاري نفسه قرب نقطة تفتيش في مدينة بنو يوم الاثنين.", 2025, 3,
      10);
  test::MaybeDump(ar);
  const Event* a = Blast(ar);
  ASSERT_NE(a, nullptr);
  EXPECT_NE(a->actor1.identity.id, "pak.police");
  EXPECT_EQ(a->actor2.identity.id, "pak.police");
}

}  // namespace
}  // namespace marsad
