// A doubt about a detail (يُرجَّح أنها، يُعتقد أنها) whose doubted words are
// the cause an event noun names (ناجمة عن مواد كيميائية) doubts that event:
// hedged, as when the doubt stands right before its noun. Sentences are our
// own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class DoubtedCauseTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Chemical(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Chemical weapon") return &e;
  return nullptr;
}

TEST_F(DoubtedCauseTest, SymptomsLikelyCausedByChemicalsAreHedged) {
  Doc doc = test::ExtractAt(
      "وقال أطباء في مستشفى الفاشر إنهم عالجوا سبعة مصابين من قرية طويلة بأعراض اختناق يُرجَّح أنها ناجمة عن مواد كيميائية.",
      2025, 8, 3);
  test::MaybeDump(doc);
  const Event* e = Chemical(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

TEST_F(DoubtedCauseTest, SymptomsCausedByChemicalsAreNotDoubted) {
  Doc doc = test::ExtractAt(
      "وقال أطباء في مستشفى الفاشر إنهم عالجوا سبعة مصابين من قرية طويلة بأعراض اختناق ناجمة عن مواد كيميائية.", 2025, 8, 3);
  test::MaybeDump(doc);
  const Event* e = Chemical(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "hedged");
}

}  // namespace
}  // namespace marsad
