// A witness's quote at the end of a report that names the act by a
// definite noun («ثم دوّى الانفجار») recalls the act the report leads
// with, however many sentences later and whichever kind of blast it names.
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

class QuotedRecallTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(QuotedRecallTest, WitnessQuoteAtTheEndRecallsTheLeadBlast) {
  Doc doc = test::ExtractAt(
      "date 2025-06-20\n"
      "مايدوغوري – (وكالات): قُتل سبعة أشخاص عندما فجّر انتحاري نفسه وسط سوق في بلدة دامبوا صباح اليوم الجمعة.\n"
      "وقال الجيش إن طائراته شنّت غارات على معسكر للمسلحين قرب غوزا.\n"
      "وفي بلدة بيو، اعتقلت الشرطة ثلاثة رجال يشتبه بانتمائهم إلى جماعة مسلحة.\n"
      "وأعلنت السلطات حظر تجول في المدينة حتى إشعار آخر.\n"
      "وأغلقت المدارس والأسواق أبوابها في مايدوغوري خشية هجمات جديدة.\n"
      "وقال بائع: «رأيت رجلاً يركض نحو السوق، ثم دوّى الانفجار».",
      2025, 6, 20);
  test::MaybeDump(doc);
  // the bombing and the air strikes, no third blast
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 2u);
}

}  // namespace
}  // namespace marsad
