// Iraqi usage: سيطرة also names a checkpoint. After a preposition of place
// (هجوم على سيطرة، عند سيطرة، قرب سيطرة) or with a holder right after it
// (سيطرة أمنية، سيطرة تابعة للجيش، سيطرة يتولاها الحشد) the indefinite noun
// is a post someone mans, not a capture (`not_event` cues of kind
// `territory` in data/ar/event_cues.tsv). A capture told with its verb or
// its own noun stays. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class IraqiCheckpointsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

size_t Captures(const Doc& doc) {
  return test::CountSub(doc, "Non-state actor overtakes territory") +
         test::CountSub(doc, "Government regains territory");
}

TEST_F(IraqiCheckpointsTest, AnAttackOnACheckpointTakesNoGround) {
  Doc doc = test::ExtractAt(
      "وقتل جنديان في هجوم شنه مسلحون على سيطرة يتولاها الحشد الشعبي قرب بلدة الطارمية شمال بغداد.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Captures(doc), 0u);
  EXPECT_NE(test::EventFor(doc, NormalizeKey("هجوم")), nullptr);
}

TEST_F(IraqiCheckpointsTest, ANearbyBlastIsNoCapture) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة قرب سيطرة للشرطة في مدينة بعقوبة صباح اليوم.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Captures(doc), 0u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
}

TEST_F(IraqiCheckpointsTest, AHeldCheckpointIsNoCapture) {
  Doc doc = test::ExtractAt("وأطلق مسلحون النار على سيطرة تابعة للجيش العراقي في قضاء الطارمية.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Captures(doc), 0u);
}

TEST_F(IraqiCheckpointsTest, ASecurityCheckpointIsNoCapture) {
  Doc doc = test::ExtractAt("وأصيب ثلاثة من عناصر الشرطة بجروح عند سيطرة أمنية في مدخل مدينة سامراء.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Captures(doc), 0u);
}

TEST_F(IraqiCheckpointsTest, ACaptureToldWithItsNounStays) {
  Doc doc = test::ExtractAt("وأعلن الجيش العراقي سيطرته على بلدة الطارمية بعد معارك عنيفة مع مسلحي التنظيم.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(Captures(doc), 1u);
}

}  // namespace
}  // namespace marsad
