// English "any" after a negated verb: "did not see any fighting" denies the
// fighting, as لم تقع أي اشتباكات does in Arabic. The event is kept,
// negated, not dropped as a word the particle leaves untold.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EnglishAnyNegationTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EnglishAnyNegationTest, NotWitnessingAnyClashesNegatesThem) {
  Doc doc = test::ExtractAt("Residents of Goma did not witness any clashes on Tuesday, a local official said.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("clashes"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
}

TEST_F(EnglishAnyNegationTest, NotCarryingOutAnyAirstrikesNegatesThem) {
  Doc doc = test::ExtractAt("The army said its troops had not carried out any airstrikes near Sirte on Sunday.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("airstrikes"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "negated");
}

}  // namespace
}  // namespace marsad
