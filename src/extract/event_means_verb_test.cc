// Weapons named after a verb of use in the clause after an act (اشتباك …،
// استُخدمت فيه أسلحة رشاشة وقذائف) are that act's means, not a shelling of
// their own; shells fired with no act before them stay a shelling.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

size_t CountType(const Doc& doc, const std::string& type) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type == type;
  return n;
}

class MeansVerbTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(MeansVerbTest, WeaponsUsedInAClashAreItsMeans) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nأصيب ثلاثة أشخاص ليل الاثنين في اشتباك مسلح بين عشيرتين في مدينة الزرقاء، استخدمت فيه "
      "أسلحة رشاشة وقذائف صاروخية.",
      2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 0u);
  EXPECT_EQ(CountType(doc, "Battles"), 1u);
}

TEST_F(MeansVerbTest, ShellsFiredAloneStayAShelling) {
  Doc doc = test::ExtractAt(
      "date 2025-06-03\nسقطت قذائف هاون على حي سكني في مدينة الزرقاء ليل الاثنين، وأصيب ثلاثة مدنيين.", 2025, 6, 3);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 1u);
}

}  // namespace
}  // namespace marsad
