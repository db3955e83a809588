// A capture named as what was announced — بعد ساعات من إعلان السيطرة — is the
// capture told before, not a second one; the verb (أعلن الجيش السيطرة على …)
// still tells a capture. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

size_t CountCaptures(const Doc& doc) {
  size_t n = 0;
  for (const Event& e : doc.events)
    n += e.acled_sub_event_type == "Non-state actor overtakes territory" ||
         e.acled_sub_event_type == "Government regains territory";
  return n;
}

class AnnouncedCaptureTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// The town's fall long ago, told after, gives the re-mention another side
// than the army's retaking: only the cue keeps it from a capture of its own.
TEST_F(AnnouncedCaptureTest, CaptureNamedAsAnnouncedIsNoSecondCapture) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nأعلن الناطق باسم الجيش السوداني في بيان أمس الأحد أن القوات \"استعادت مقر القيادة بالكامل\" "
      "في وسط مدينة بارا.\nوبعد ساعات من إعلان السيطرة، قصفت قوات الدعم السريع محيط المقر بالمدفعية.\n"
      "وكانت قوات الدعم السريع قد سيطرت على المدينة في الأشهر الأولى من الحرب عام 2023.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("السيطرة")), nullptr);
  EXPECT_EQ(CountCaptures(doc), 2u);  // the retaking and the old fall
}

TEST_F(AnnouncedCaptureTest, AnnouncingVerbStillTellsTheCapture) {
  Doc doc = test::ExtractAt("date 2025-03-10\nأعلن الجيش السيطرة على مدينة بارا أمس الأحد بعد معارك عنيفة.", 2025, 3,
                            10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountCaptures(doc), 1u);
}

}  // namespace
}  // namespace marsad
