// An English alias that ends on a possessive word's stem names the owner
// ("shelled the Sudanese army's positions": the army was hit), unless the
// owner is a place ("Myanmar's military"), owns a unit named right after it,
// or an `owned_body` word follows ("al-Qaeda's Sahel affiliate"). Sentences
// are our own wording.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventPossessiveOwnersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventPossessiveOwnersTest, OwnerOfTheShelledPositionsIsTheTarget) {
  Doc doc = test::ExtractAt(
      "The Rapid Support Forces shelled the Sudanese army's positions near Babanusa on Sunday, activists said.", 2026,
      11, 17);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "sdn.saf");
}

// Either apostrophe.
TEST_F(EventPossessiveOwnersTest, GroupOwnerWithEitherApostrophe) {
  for (const char* mark : {"'", "\xE2\x80\x99"}) {
    Doc doc = test::ExtractAt(std::string("Israeli jets struck Hezbollah") + mark +
                                  "s positions near Khiam on Sunday, the Israeli army said.",
                              2026, 11, 17);
    test::MaybeDump(doc);
    const Event* e = test::ExpectEvent(doc, "struck");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(test::ActorId(doc, e->actor2), "lbn.hezbollah") << mark;
  }
}

// A country owning the force after it is no party: the force is.
TEST_F(EventPossessiveOwnersTest, PlaceOwnerLeavesTheForce) {
  Doc doc = test::ExtractAt(
      "Myanmar's military shelled a village near Shwebo on Sunday, killing three civilians, residents said.", 2026, 11,
      17);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mmr.mil");
}

// The owner of an affiliate is not the affiliate.
TEST_F(EventPossessiveOwnersTest, OwnerOfAnAffiliateIsNoParty) {
  Doc doc = test::ExtractAt(
      "Gunmen of al-Qaeda's Sahel affiliate stormed an army post near Kayes on Sunday, killing four soldiers.", 2026, 11,
      17);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "stormed");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "al_qaeda");
}

}  // namespace
}  // namespace marsad
