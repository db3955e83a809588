// Victims joined to a count with no count of their own ("and an unknown
// number of rebels", وعدد غير معروف من المسلحين) add none for certain and leave
// the toll open above (event_tolls.cc CoordinatedCount); "an unknown number"
// is no single victim. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class UncountedCoordinatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const CasualtyFigure* FirstToll(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.fatalities) return &*e.fatalities;
  return nullptr;
}

TEST_F(UncountedCoordinatesTest, EnglishUnknownNumberOpensTheToll) {
  Doc doc = test::ExtractAt(
      "Militants ambushed an army convoy near Gao on Friday, sparking a firefight in which six soldiers and an unknown "
      "number of attackers were killed.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->low, std::optional<double>(6.0));
  EXPECT_EQ(f->best, std::optional<double>(6.0));
  EXPECT_FALSE(f->high);
}

TEST_F(UncountedCoordinatesTest, ArabicUnknownNumberOpensTheToll) {
  Doc doc = test::ExtractAt("قُتل خمسة جنود وعدد غير معروف من المسلحين في اشتباك قرب مدينة غاو يوم الجمعة.", 2025, 6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->low, std::optional<double>(5.0));
  EXPECT_EQ(f->best, std::optional<double>(5.0));
  EXPECT_FALSE(f->high);
}

TEST_F(UncountedCoordinatesTest, CountedCoordinateStillAdds) {
  Doc doc = test::ExtractAt("Gunmen killed three police officers and two civilians near Kidal on Friday, officials said.",
                            2025, 6, 2);
  test::MaybeDump(doc);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->best, std::optional<double>(5.0));
  EXPECT_EQ(f->high, std::optional<double>(5.0));
}

}  // namespace
}  // namespace marsad
