// أرداه قتيلاً "brought him down dead" and an Arabic killing verb with its
// object pronoun (فقتلوه) count one dead, even behind the proclitic ف; a
// figure after such a verb (بعدة طلقات) counts no victims
// (event_tolls.cc SingularPronounOn). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PronounVictimTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static double DeadOfFirst(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best) return *e.fatalities->best;
  return -1;
}

TEST_F(PronounVictimTest, BroughtDownDeadCountsOne) {
  for (const char* text : {"أطلق مسلحون النار على شاب في بلدة الخالص، فأردوه قتيلاً.",
                           "أطلق مسلحون النار على شاب في بلدة الخالص، وأردوه قتيلاً.",
                           "أطلق مسلحون النار على شاب في بلدة الخالص، فقتلوه."}) {
    Doc doc = test::ExtractAt(text, 2025, 4, 15);
    test::MaybeDump(doc);
    EXPECT_EQ(DeadOfFirst(doc), 1.0) << text;
  }
}

TEST_F(PronounVictimTest, BulletsAfterTheVerbAreNoVictims) {
  Doc doc = test::ExtractAt(
      "اغتال مسلحون مجهولون صباح اليوم قيادياً سابقاً أمام منزله في مدينة جاسم، وأردوه بعدة طلقات في الرأس.", 2025, 4, 15);
  test::MaybeDump(doc);
  EXPECT_EQ(DeadOfFirst(doc), 1.0);
}

}  // namespace
}  // namespace marsad
