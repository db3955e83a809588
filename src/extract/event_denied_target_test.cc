// A denial whose act names a target of its own (ونفت المطرانية إحراق كنيسة)
// that the act told before never names (homes were burned) denies another
// act: a second, negated event, not the told one disputed
// (DropDenialsOfReportedEvents, MergeElaborations). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DeniedTargetTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(DeniedTargetTest, ArabicDeniedChurchBurningAfterHomesIsASecondEvent) {
  Doc doc = test::ExtractAt(
      "أحرق مجهولون منازل في قرية العزب بمحافظة المنيا يوم الخميس. ونفت المطرانية ما تردد عن إحراق كنيسة في القرية.",
      2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 2u);
}

TEST_F(DeniedTargetTest, ArabicDenialOfTheSameTargetDisputesTheToldAct) {
  Doc doc = test::ExtractAt(
      "أحرق مجهولون كنيسة في قرية العزب بمحافظة المنيا يوم الخميس. ونفت المطرانية إحراق كنيسة في القرية.", 2025, 4, 16);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
}

}  // namespace
}  // namespace marsad
