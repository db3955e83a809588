// A nationality adjective with a generic state-force noun names that
// country's force (data/{ar,en}/national_force_forms.tsv). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class NationalForceFormsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(NationalForceFormsTest, NationalityAndForceNounNameTheCountrysForce) {
  Doc en = test::ExtractAt("Sudanese forces shelled a village near El Obeid on Monday, killing four civilians.", 2025, 3, 7);
  test::MaybeDump(en);
  const Event* e = test::ExpectEvent(en, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(en, e->actor1), "sdn.saf");
  bool whole = false;  // the phrase, not the adjective alone
  for (const ActorMention& m : en.actors) whole |= m.id == "sdn.saf" && m.alias_kind == "common";
  EXPECT_TRUE(whole);
  Doc ar = test::ExtractAt("قصفت القوات السودانية قرية قرب الأبيض يوم الاثنين ما أسفر عن مقتل أربعة مدنيين.", 2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = test::ExpectEvent(ar, "قصفت");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(ar, a->actor1), "sdn.saf");
}

// The noun tells the kind of force: "security forces" of a country whose
// umbrella is its police are its police; a genitive plural agrees too.
TEST_F(NationalForceFormsTest, TheNounTellsTheKindOfForce) {
  Doc en = test::ExtractAt("Kenyan security forces arrested six men in Garissa on Friday.", 2025, 3, 7);
  test::MaybeDump(en);
  const Event* e = test::ExpectEvent(en, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(en, e->actor1), "ken.police");
  Doc ar = test::ExtractAt("أعلن مسؤول محلي مقتل جنود كينيين في انفجار عبوة ناسفة قرب مانديرا يوم الجمعة.", 2025, 3, 7);
  test::MaybeDump(ar);
  bool named = false;
  for (const ActorMention& m : ar.actors) named |= m.id == "ken.mil" && m.alias_kind == "common";
  EXPECT_TRUE(named);
}

}  // namespace
}  // namespace marsad
