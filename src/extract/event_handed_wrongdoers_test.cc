// Wrongdoers handed to the law (`goods` cues of kind `persons`: killers,
// raiders, culprits, perpetrators): a community or a deal that hands them
// over gives up no ground, so "hand over" is no transfer of territory; a
// force handing over its positions still is. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class HandedWrongdoersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(HandedWrongdoersTest, HandingOverKillersIsNoTransferOfTerritory) {
  Doc doc = test::ExtractAt(
      "Elders of two clans signed an accord in Garissa on Monday to return the stolen camels and hand over the killers "
      "to the police.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Agreement"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 0u);
  Doc raiders = test::ExtractAt("Village elders handed over three raiders to the police in Moroto on Sunday.", 2026, 3, 10);
  test::MaybeDump(raiders);
  EXPECT_EQ(test::CountSub(raiders, "Non-violent transfer of territory"), 0u);
}

TEST_F(HandedWrongdoersTest, PositionsHandedOverStayATransfer) {
  Doc doc = test::ExtractAt("The militia handed over its positions in Wajir to the army on Friday.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 1u);
}

}  // namespace
}  // namespace marsad
