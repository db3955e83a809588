// A burning, a looting, an abduction or a rape told only by a noun that
// refers back to an attack ("the assailants", "during the raid") was done
// by that attack's doers, when a named armed party did it. Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class ReferredAttackDoersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ReferredAttackDoersTest, TheAssailantsWhoBurnedHomesAreTheRaidingGroup) {
  Doc doc = test::ExtractAt(
      "Al-Shabaab fighters attacked the village of Bulo Burde on Sunday, killing four farmers, a local elder said. "
      "The assailants also burned a dozen huts before leaving.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Looting/property destruction");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab");
}

TEST_F(ReferredAttackDoersTest, WomenAbductedDuringTheRaidWereTakenByItsDoers) {
  Doc doc = test::ExtractAt(
      "Boko Haram fighters raided a market in Gwoza on Friday and killed seven traders, residents said. "
      "Five women were abducted during the raid.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  const std::string id = test::ActorId(doc, e->actor1);
  EXPECT_FALSE(id.starts_with("gen.unidentified")) << id;
  EXPECT_FALSE(id.empty());
}

TEST_F(ReferredAttackDoersTest, UnknownRaidersLeaveTheDeedUnidentified) {
  Doc doc = test::ExtractAt(
      "Gunmen raided a market in Gwoza on Friday and killed seven traders, residents said. "
      "Five women were abducted during the raid.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Abduction/forced disappearance");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(test::ActorId(doc, e->actor1).starts_with("gen.unidentified")) << test::ActorId(doc, e->actor1);
}

}  // namespace
}  // namespace marsad
