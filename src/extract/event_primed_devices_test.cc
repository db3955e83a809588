// A blast word inside a `primed` phrase (معدّة للتفجير، "ready to go off")
// tells devices found before they went off: with no seizure or find of its
// sentence to take it in, it is that find, a disrupted weapons use, not an
// explosion (events.cc, after FoldArrestsIntoFoiledAttacks). Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PrimedDevicesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};


TEST_F(PrimedDevicesTest, DevicesReadyToGoOffInADepotFoundAreNoBlast) {
  Doc doc = test::ExtractAt(
      "وقالت وزارة الداخلية إن الأمن العام ضبط في سرمين مستودعاً يحوي 40 قذيفة هاون وعبوات ناسفة معدّة للتفجير، "
      "واعتقل ثلاثة أشخاص.",
      2026, 11, 18);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

// Two primed phrases in one sentence: neither device went off, whichever
// the fold recodes first.
TEST_F(PrimedDevicesTest, TwoPrimedDevicesInOneSentenceAreNoBlast) {
  Doc doc = test::ExtractAt(
      "وقال مصدر أمني إن مستودعاً في سرمين كان يحوي عبوات ناسفة معدّة للتفجير وأحزمة ناسفة معدّة للتفجير.", 2026, 11,
      18);
  test::MaybeDump(doc);
  int blasts = 0;
  for (const Event& e : doc.events) blasts += e.acled_event_type == "Explosions/Remote violence";
  EXPECT_EQ(blasts, 0);
  EXPECT_GE(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

TEST_F(PrimedDevicesTest, ADeviceThatWentOffStaysABlast) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة بسيارة مدنية في مدينة سرمين مساء أمس، ما أدى إلى إصابة شخصين.", 2026, 11,
                            18);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 0u);
}

}  // namespace
}  // namespace marsad
