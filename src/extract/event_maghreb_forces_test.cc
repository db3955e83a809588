// Maghreb wording of state bodies: "the security services" (مصالح الأمن)
// arrest as the country's security forces, and a "Ministry of National
// Defence" is no Syrian militia. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventMaghrebForcesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventMaghrebForcesTest, SecurityServicesArrestAsAlgeriasForces) {
  Doc doc = test::ExtractAt("أعلنت مصالح الأمن بولاية باتنة الجزائرية توقيف خمسة أشخاص يوم الاثنين.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "توقيف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "dza.police");
}

TEST_F(EventMaghrebForcesTest, MinistryOfNationalDefenceIsNoSyrianMilitia) {
  Doc doc = test::ExtractAt(
      "أعلنت وزارة الدفاع الوطني أن مفرزة للجيش قتلت إرهابيين اثنين قرب بلدة القل بولاية سكيكدة الجزائرية يوم السبت.",
      2026, 3, 9);
  test::MaybeDump(doc);
  for (const ActorMention& m : doc.actors) EXPECT_NE(m.id, "syr.ndf") << m.name;
}

}  // namespace
}  // namespace marsad
