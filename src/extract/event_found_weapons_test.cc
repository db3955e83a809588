// A weapons cache found or seized tells no owner; a weapon stopped in use
// is the interceptor's enemy's. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;

class FoundWeaponsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Disrupted(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Disrupted weapons use") return &e;
  return nullptr;
}

TEST_F(FoundWeaponsTest, ArabicCacheFoundInAReportOnAGroupNamesNoOwner) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nهاجمت حركة الشباب موقعاً للجيش الصومالي قرب مدينة بيدوا يوم الاثنين، ما أدى إلى "
      "مقتل جنديين. وفي مدينة مركا، عثر الجيش الصومالي يوم الثلاثاء على مخبأ أسلحة قرب سوق الماشية.",
      2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = Disrupted(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor2), "");
}

TEST_F(FoundWeaponsTest, EnglishCacheFoundInAReportOnAGroupNamesNoOwner) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nAl-Shabaab fighters attacked an army post near Baidoa on Monday, killing two soldiers. "
      "In Merca, Somali troops found a weapons cache near the livestock market on Tuesday.",
      2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = Disrupted(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor2), "");
}

TEST_F(FoundWeaponsTest, ArabicDroneShotDownIsTheEnemysStill) {
  Doc doc = test::ExtractAt(
      "date 2026-06-03\nهاجمت حركة الشباب موقعاً للجيش الصومالي قرب مدينة بيدوا يوم الاثنين، ما أدى إلى "
      "مقتل جنديين. وأسقط الجيش الصومالي يوم الثلاثاء طائرة مسيّرة قرب مدينة بيدوا.",
      2026, 6, 3);
  test::MaybeDump(doc);
  const Event* e = Disrupted(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor2), "som.shabaab");
}

// حجز كمية من الذخيرة، ضبطوا بندقيتين: the singular mass noun ذخيرة
// ("ammunition") and the dual بندقيتين are arms seized as the plurals are:
// disrupted weapons use, not an arrest.
TEST_F(FoundWeaponsTest, ArabicAmmunitionAndTwoRiflesSeizedAreDisruptedWeaponsUse) {
  for (const char* text : {"date 2026-06-03\nأعلن الحرس الوطني حجز كمية من الذخيرة في مستودع قرب مدينة القصرين يوم الثلاثاء.",
                           "date 2026-06-03\nوقالت مصادر أمنية إن أعوان الحرس حجزوا بندقيتين في سيارة قرب مدينة القصرين "
                           "يوم الثلاثاء."}) {
    Doc doc = test::ExtractAt(text, 2026, 6, 3);
    test::MaybeDump(doc);
    EXPECT_NE(Disrupted(doc), nullptr) << text;
  }
}

}  // namespace
}  // namespace marsad
