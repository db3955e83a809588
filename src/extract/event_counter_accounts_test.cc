// A generic verb whose subject, right before it, is a definite noun of
// violence (الغارات أصابت، "the strikes hit") tells the act that noun refers
// back to: a second account of its dead (residents' civilians against the
// army's militants) is no second act (ResolveCoreference). A generic verb
// with a doer of its own and its own toll stays an event. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

int CountType(const Doc& doc, const std::string& type) {
  int n = 0;
  for (const Event& e : doc.events)
    if (e.acled_event_type == type) ++n;
  return n;
}

class CounterAccountsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CounterAccountsTest, ResidentsRetellTheStrikesTheArmyClaimed) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nأعلن الجيش أن طائراته المسيرة حيّدت عشرة من الإرهابيين في غارات قرب مدينة تيساليت يوم "
      "الثلاثاء، فيما قال سكان إن الغارات أصابت تجمعاً لرعاة وقتلت ستة مدنيين.",
      2026, 5, 6);
  test::MaybeDump(doc);
  ASSERT_EQ(CountType(doc, "Explosions/Remote violence"), 1);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(CounterAccountsTest, AnotherDoerWithItsOwnTollStaysAnEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nأعلن الجيش أن طائراته المسيرة حيّدت عشرة من الإرهابيين في غارات قرب مدينة تيساليت يوم "
      "الثلاثاء، فيما قال سكان إن مسلحين هاجموا تجمعاً لرعاة وقتلوا ستة مدنيين.",
      2026, 5, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Explosions/Remote violence"), 1);
  EXPECT_EQ(doc.events.size(), 2u);
}

}  // namespace
}  // namespace marsad
