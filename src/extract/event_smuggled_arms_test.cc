// Arms seized from a smuggling its sentence tells (أحبطت محاولة تهريب
// أسلحة، حجزت سيارات محملة بالأسلحة بعد اشتباك مع مهربين) are the
// smugglers': actor 2 is Smugglers, not left empty. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;

class SmuggledArmsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Disrupted(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Disrupted weapons use") return &e;
  return nullptr;
}

TEST_F(SmuggledArmsTest, ArabicFoiledArmsSmugglingIsTheSmugglersWeapons) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nأعلن الجيش الجزائري أن وحداته أحبطت يوم الأحد محاولة تهريب كمية من الأسلحة "
      "والذخائر عبر الحدود قرب مدينة عين قزام، وضبطت 30 بندقية آلية.",
      2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = Disrupted(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor2), "gen.smugglers");
}

TEST_F(SmuggledArmsTest, ArabicArmsSeizedWithoutSmugglingKeepNoOwner) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nأعلن الجيش الجزائري أن وحداته ضبطت يوم الأحد مخبأ للأسلحة يضم عشر بنادق آلية "
      "قرب مدينة عين قزام.",
      2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = Disrupted(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor2), "");
}

}  // namespace
}  // namespace marsad
