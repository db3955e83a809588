// Dead told before an event word that a negation particle leaves untold
// ("ولم يُعرف مصدر إطلاق النار": the source of the shooting is not known)
// are the dead of the act told before them in their sentence, not lost
// with the untold word. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class UntoldMentionTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(UntoldMentionTollTest, ShootingKeepsItsDeadBeforeAnUnknownSource) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nأطلق مجهولون النار على حافلة ركاب قرب مدينة الزاوية أمس فقُتل رجلان، ولم تُعرف دوافع "
      "إطلاق النار.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
}

TEST_F(UntoldMentionTollTest, CrowdShotKeepsItsDeadBeforeAnUnknownSource) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nأُطلقت النار على تجمع للمزارعين قرب بلدة القصير صباح الإثنين فقُتل ثلاثة أشخاص، ولم "
      "يُعرف مصدر إطلاق النار.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 3.0);
}

// The untold word's own clause holds no dead of the act before it: an
// event with a toll of its own keeps it.
TEST_F(UntoldMentionTollTest, ActWithItsOwnTollKeepsIt) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nهاجم مسلحون قافلة للجيش قرب بلدة القصير صباح الإثنين وقتلوا أربعة جنود، ولم يُعرف مصدر "
      "إطلاق النار.",
      2025, 4, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
}

}  // namespace
}  // namespace marsad
