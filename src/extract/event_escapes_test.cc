// A flight word right after a word of trying or managing (`escape` cue:
// حاولا، تمكنّ من) in its clause is people getting
// away, no territory given up, whoever the sentence names near it
// (event_not_events.cc UnarmedFlight). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EscapesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EscapesTest, ArabicMenWhoTriedToFleeGaveUpNoGround) {
  Doc doc = test::ExtractAt(
      "قال سكان إن مسلحين اقتحموا قرية قرب بلدة دامبوا فجر اليوم وخطفوا 20 مزارعاً وقتلوا رجلين حاولا الفرار.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 0u);
  EXPECT_GE(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(EscapesTest, ArabicWomenWhoManagedToFleeGaveUpNoGround) {
  Doc doc = test::ExtractAt(
      "وأفاد رجال تمكنوا من الفرار بأن مسلحين خطفوا 12 راعياً قرب بلدة باما يوم الجمعة.", 2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Non-violent transfer of territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

}  // namespace
}  // namespace marsad
