// A fighter handing himself over (سلّم نفسه، سلّم 12 مسلحاً أنفسهم) surrenders,
// as سلّموا أنفسهم does: no ground handed over. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SurrenderedSelvesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SurrenderedSelvesTest, HandingHimselfOverIsASurrender) {
  Doc doc = test::ExtractAt("قالت وزارة الدفاع إن إرهابياً سلّم نفسه إلى السلطات العسكرية في تمنراست يوم الأحد.", 2026, 11,
                            4);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 0u);
  const Event* e = test::ExpectEvent(doc, "سلّم نفسه");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Other");
}

TEST_F(SurrenderedSelvesTest, APluralReflexiveAfterTheSubject) {
  Doc doc = test::ExtractAt("سلّم 12 مسلحاً أنفسهم إلى الجيش في مدينة الزبير أمس.", 2026, 11, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Other"), 1u);
}

TEST_F(SurrenderedSelvesTest, PositionsHandedOverStayATransfer) {
  Doc doc = test::ExtractAt("سلّمت الفصائل المسلحة مواقعها في مدينة الزبير للجيش أمس.", 2026, 11, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 1u);
}

// The verb first, the fighter's noun between it and the reflexive (سلّم
// إرهابي نفسه): the same surrender, no ground handed over.
TEST_F(SurrenderedSelvesTest, TheFightersNounBetweenVerbAndReflexive) {
  Doc doc = test::ExtractAt("وسلّم إرهابي نفسه إلى السلطات العسكرية في تمنراست يوم الأحد وبحوزته بندقية رشاشة.", 2026,
                            11, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Other"), 1u);
}

}  // namespace
}  // namespace marsad
