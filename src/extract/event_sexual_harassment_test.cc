// Sexual harassment and abuse ("sexually harassed", "sexual abuse") are
// sexual violence (ACLED), like rape and sexual assault. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SexualHarassmentTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SexualHarassmentTest, HarassedInCustodyIsSexualViolence) {
  Doc doc = test::ExtractAt(
      "A rights group said two women held at a police station in Diyarbakir on Monday had been sexually harassed by officers.",
      2026, 11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Sexual violence"), 1u);
}

TEST_F(SexualHarassmentTest, SexualAbuseByMilitiamenIsSexualViolence) {
  Doc doc = test::ExtractAt("Residents of Kalehe accused militiamen of the sexual abuse of three girls on Sunday.", 2026,
                            11, 20);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Sexual violence"), 1u);
}

}  // namespace
}  // namespace marsad
