// مسيرة is a march and, written without its shadda, a drone (مسيّرة). After
// نظّم "organised" or دعا ... إلى "called to" it is a march (`نظم ... مسيرة`,
// `دعا ... إلى مسيرة` rows), but not when it ends a drone word begun in the
// gap (ستنظم هجمات بطائرات مسيرة). A riot-police unit (وحدات مكافحة الشغب)
// that disperses a march is police, not a riot. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

const Event* FirstOfType(const Doc& doc, const std::string& type) {
  for (const Event& e : doc.events)
    if (e.acled_event_type == type) return &e;
  return nullptr;
}

class OrganisedMarchesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OrganisedMarchesTest, OrganisedMarchIsAProtest) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nوفي مدينة سوسة، نظّم العشرات من العمال المسرّحين مسيرة نحو مقر الولاية صباح اليوم.", 2026, 3,
      12);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Protests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_EQ(e->status, "reported");
  EXPECT_EQ(FirstOfType(doc, "Explosions/Remote violence"), nullptr);
}

TEST_F(OrganisedMarchesTest, CallToMarchIsIntent) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nوفي مدينة القيروان، دعت تنسيقية المعطلين أنصارها إلى مسيرة أمام مقر الولاية يوم السبت المقبل.",
      2026, 3, 12);
  test::MaybeDump(doc);
  const Event* e = FirstOfType(doc, "Protests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(OrganisedMarchesTest, DroneWordInTheGapIsNoMarch) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nوقال قائد الجماعة في مأرب إن مقاتليه سينظمون هجمات بطائرات مسيرة على مواقع الجيش.", 2026, 3,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(FirstOfType(doc, "Protests"), nullptr);
}

TEST_F(OrganisedMarchesTest, RiotPoliceDispersingAMarchIsNoRiot) {
  Doc doc = test::ExtractAt(
      "date 2026-03-12\nوفي مدينة صفاقس، نظّم مئات الصيادين أمس مسيرة إلى مقر الولاية، فرّقتها وحدات مكافحة الشغب "
      "بالغاز المسيل للدموع.",
      2026, 3, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(FirstOfType(doc, "Riots"), nullptr);
  const Event* e = FirstOfType(doc, "Protests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Protest with intervention");
}

}  // namespace
}  // namespace marsad
