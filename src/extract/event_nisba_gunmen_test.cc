// Gunmen named by a group's nisba (مسلحون حوثيون) are that group's men, not
// unidentified gunmen. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventNisbaGunmenTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventNisbaGunmenTest, HouthiGunmenAreTheHouthis) {
  Doc doc = test::ExtractAt("صنعاء – اختطف مسلحون حوثيون أربعة تجار من محالهم في مدينة ذمار مساء الأحد.", 2026, 3, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اختطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.houthis") << test::ActorId(doc, e->actor1);
}

}  // namespace
}  // namespace marsad
