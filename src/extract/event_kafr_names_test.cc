// كفر heads village names across the Levant and Egypt (كفر قاسم، كفر نبل،
// كفر الشيخ): letter-level clitic stripping must not read it as ك + فرّ
// "fled" (event_lexicon.cc AddLetterVariants). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class KafrNameTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(KafrNameTest, VillageNamedKafrIsNoWithdrawal) {
  Doc doc = test::ExtractAt("أحرق مستوطنون ثلاث سيارات في قرية كفر قاسم مساء الأحد.", 2025, 4, 15);
  test::MaybeDump(doc);
  for (const Event& e : doc.events)
    EXPECT_NE(e.acled_sub_event_type, "Non-violent transfer of territory") << e.acled_sub_event_type;
  bool burned = false;
  for (const Event& e : doc.events) burned |= e.acled_sub_event_type == "Looting/property destruction";
  EXPECT_TRUE(burned);
}

TEST_F(KafrNameTest, FightersWhoFledStillWithdraw) {
  Doc doc = test::ExtractAt("وفرّ المسلحون من بلدة كفر قاسم يوم الأحد.", 2025, 4, 15);
  test::MaybeDump(doc);
  bool fled = false;
  for (const Event& e : doc.events) fled |= e.acled_sub_event_type == "Non-violent transfer of territory";
  EXPECT_TRUE(fled);
}

}  // namespace
}  // namespace marsad
