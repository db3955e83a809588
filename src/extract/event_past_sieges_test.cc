// A siege told with a capture of the past in its sentence ("captured the
// city in May 2015 after a siege of several weeks", سيطرت على المدينة في
// يونيو 2023 بعد حصار استمر أسابيع) is how that capture went: folded into it
// as a siege told with a capture of today is (`battle_manner`), not a
// second, historical event. A siege imposed on its own stays. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PastSiegesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PastSiegesTest, ASiegeBeforeAPastCaptureIsPartOfIt) {
  Doc doc = test::ExtractAt("Islamic State fighters captured Palmyra in May 2015 after a siege of several weeks.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Battles");
  Doc ar = test::ExtractAt("وكانت قوات الدعم السريع قد سيطرت على مدينة الجنينة في يونيو 2023 بعد حصار استمر أسابيع.", 2026,
                           3, 10);
  test::MaybeDump(ar);
  ASSERT_EQ(ar.events.size(), 1u);
  EXPECT_EQ(ar.events[0].acled_event_type, "Battles");
}

TEST_F(PastSiegesTest, ASiegeImposedAloneStays) {
  Doc doc = test::ExtractAt("وأعلنت الجماعة فرض حصار على مدينة كوتيالا يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

}  // namespace
}  // namespace marsad
