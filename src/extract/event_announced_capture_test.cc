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

// Fighting told as how a capture was won, with a span of time between the
// cue and the battle word (بعد أسابيع من القتال), is that capture: one event,
// no clash beside it.
TEST_F(AnnouncedCaptureTest, FightingACaptureCameAfterIsThatCapture) {
  for (const char* text : {
           "date 2025-03-10\nسيطر المتمردون على بلدة كادقلي يوم الأحد بعد أسابيع من القتال مع الجيش.",
           "date 2025-03-10\nوكان المتمردون قد سيطروا على مدينة كادقلي عام 2023 بعد أشهر من المعارك.",
       }) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountCaptures(doc), 1u) << text;
    EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u) << text;
  }
}

// What a capture word takes after a count may be things or people, no
// ground: trucks seized, migrants freed; سقوط of soldiers is their death.
TEST_F(AnnouncedCaptureTest, TrucksMigrantsAndFallenSoldiersAreNoGround) {
  for (const char* text : {
           "date 2025-03-10\nSoldiers seized two armored trucks after a shootout in Kadugli on Sunday.",
           "date 2025-03-10\nوقال المصدر إن القوة حرّرت 25 مهاجراً كانت العصابة تحتجزهم في مزرعة قرب كادقلي يوم الأحد.",
           "date 2025-03-10\nوأسفرت المواجهات قرب كادقلي يوم الأحد عن مقتل سبعة مسلحين وسقوط جنديين من الجيش.",
       }) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountCaptures(doc), 0u) << text;
  }
}

// A single weapon recovered after a fight is goods, no ground won: the
// fight stays a clash.
TEST_F(AnnouncedCaptureTest, AWeaponRecoveredIsNoGround) {
  for (const char* text : {
           "date 2025-03-10\nPolice exchanged gunfire with gang members in Kadugli on Sunday, killing one and seizing a pistol.",
           "date 2025-03-10\nقال الجيش إن مفرزة قتلت مسلحاً خلال اشتباك قرب كادقلي يوم الأحد، واسترجعت مسدساً وذخيرة.",
       }) {
    Doc doc = test::ExtractAt(text, 2025, 3, 10);
    test::MaybeDump(doc);
    EXPECT_EQ(CountCaptures(doc), 0u) << text;
    EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u) << text;
  }
}

}  // namespace
}  // namespace marsad
