// "مقاطعة X" names a county or province (Kenya's counties are named after
// their seats): a town the sentence names inside it keeps the event, as after
// ولاية or إقليم. The word is as often "boycott", so only a known name after it
// is read as a place. Sentences are our own.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

std::set<std::string> PlacesOf(const Doc& doc) {
  std::set<std::string> out;
  for (const Event& e : doc.events)
    if (e.place >= 0) out.insert(doc.places[e.place].location.name);
  return out;
}

class CountyCueTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CountyCueTest, TownInsideACountyNamedAfterItsSeatKeepsTheEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nنيروبي - وفي مقاطعة لامو، قتل مسلحون ثلاثة صيادين أمس الأحد في مزرعة قرب "
      "مبيكيتوني.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(PlacesOf(doc), (std::set<std::string>{"Mpeketoni"}));
}

TEST_F(CountyCueTest, BoycottOfACommonNounIsNoPlace) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nعمّان - دعت نقابات إلى مقاطعة المنتجات المستوردة ومقاطعة الانتخابات البلدية.", 2025, 3, 10);
  test::MaybeDump(doc);
  for (const PlaceMention& p : doc.places) {
    const std::string text(doc.OriginalText(p.span));
    EXPECT_EQ(text.find("المنتجات"), std::string::npos) << text;
    EXPECT_EQ(text.find("الانتخابات"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace marsad
