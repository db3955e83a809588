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
  Doc ar = test::ExtractAt("قصفت القوات السودانية قرية قرب الأبيض يوم الاثنين ما أسفر عن مقتل أربعة مدنيين.", 2025, 3, 7);
  test::MaybeDump(ar);
  const Event* a = test::ExpectEvent(ar, "قصفت");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(test::ActorId(ar, a->actor1), "sdn.saf");
}

}  // namespace
}  // namespace marsad
