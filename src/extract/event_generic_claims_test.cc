// A generic word (استهدف، "targeted") told after an act of its type in its
// own sentence — a party's own account of that act — names that act: it is
// never merged with an event of another sentence (a shelling told next, of
// that day and place), which keeps its own word and status.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class GenericClaimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(GenericClaimsTest, ArabicArmyAccountJoinsTheDroneStrikeNotTheShelling) {
  Doc doc = test::ExtractAt(
      "استهدفت مسيّرة إسرائيلية مساء أمس دراجة نارية عند مدخل بلدة بنت جبيل، ما أدى إلى مقتل شابين، فيما أعلن "
      "الجيش الإسرائيلي أنه استهدف عنصرين من حزب الله.\n"
      "وتعرض محيط بلدة بنت جبيل لقصف مدفعي إسرائيلي خلال الليل، من دون وقوع إصابات.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
  const Event* strike = test::EventFor(doc, NormalizeKey("مسيّرة"));
  if (strike == nullptr) strike = test::EventFor(doc, NormalizeKey("استهدفت"));
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->acled_sub_event_type, "Air/drone strike");
  const Event* shelling = test::ExpectEvent(doc, "قصف مدفعي");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(shelling->acled_sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(shelling->status, "reported");
}

TEST_F(GenericClaimsTest, EnglishArmyAccountLeavesTheNextShellingAlone) {
  Doc doc = test::ExtractAt(
      "A drone struck a motorcycle at the entrance of Bint Jbeil on Sunday evening, killing two young men, and the "
      "Israeli army said it targeted two Hezbollah operatives.\n"
      "Israeli artillery shelled the outskirts of Bint Jbeil overnight, causing no casualties.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 2u);
  const Event* shelling = test::ExpectEvent(doc, "shelled");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(shelling->acled_sub_event_type, "Shelling/artillery/missile attack");
}

}  // namespace
}  // namespace marsad
