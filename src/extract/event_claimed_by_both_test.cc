// A blow a state's forces took, told on their side's word, that the armed
// group which struck also claims (`responsibility`) is told by both sides:
// reported, no one party's claim. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

class ClaimedByBothTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// The control: the army officer alone on the blow its forces took claims it.
TEST_F(ClaimedByBothTest, TheStruckSideAloneClaimsTheBlow) {
  Doc doc = test::ExtractAt(
      "A suicide bomber drove a car packed with explosives into an army base in Baidoa on Monday, killing six "
      "soldiers, an army officer said.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "suicide bomber");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(ClaimedByBothTest, AnAttackClaimedByTheGroupIsReported) {
  Doc doc = test::ExtractAt(
      "A suicide bomber drove a car packed with explosives into an army base in Baidoa on Monday, killing six "
      "soldiers, in an attack claimed by al-Shabaab, an army officer said.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "suicide bomber");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ClaimedByBothTest, ArabicClaimInTheNextSentenceMakesItReported) {
  Doc doc = test::ExtractAt(
      "قُتل أربعة جنود عندما فجّر انتحاري سيارة مفخخة عند بوابة قاعدة عسكرية في مدينة بيدوا صباح الاثنين، وفق ضابط في الجيش.\n"
      "وتبنت حركة الشباب الهجوم في بيان.",
      2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Suicide bomb");
  EXPECT_EQ(e.status, "reported");
}

TEST_F(ClaimedByBothTest, ArabicWithoutTheClaimStaysClaimed) {
  Doc doc = test::ExtractAt(
      "قُتل أربعة جنود عندما فجّر انتحاري سيارة مفخخة عند بوابة قاعدة عسكرية في مدينة بيدوا صباح الاثنين، وفق ضابط في الجيش.",
      2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Suicide bomb");
  EXPECT_EQ(e.status, "claimed");
}

}  // namespace
}  // namespace marsad
