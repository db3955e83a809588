// A total counted since a day a month or more back, in its clause or fronted
// before it in its sentence ("Since January, troops have killed 147 …"), is a
// campaign's running total: no killing of its own however its doer is named
// (event_tolls.cc AttachCasualty). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RunningTotalsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(RunningTotalsTest, FrontedSinceMonthsBackMakesNoKilling) {
  Doc doc = test::ExtractAt(
      "The army clashed with rebels near Argelia on Saturday, killing three of them, a statement said.\nSince "
      "February, troops in Cauca have killed 96 members of illegal armed groups, the statement added.",
      2026, 11, 20);
  test::MaybeDump(doc);
  int counted = 0;
  for (const Event& e : doc.events) {
    ASSERT_FALSE(e.fatalities && e.fatalities->best == 96.0) << e.acled_sub_event_type;
    counted += e.fatalities && e.fatalities->best == 3.0;
  }
  EXPECT_EQ(counted, 1);
}

TEST_F(RunningTotalsTest, SinceMonthsBackInItsClauseMakesNoKilling) {
  Doc doc = test::ExtractAt("Gunmen have killed 60 villagers in Zamfara state since March, officials said.", 2026, 11,
                            20);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
}

TEST_F(RunningTotalsTest, PresentPerfectOnADayIsStillAnAttack) {
  Doc doc = test::ExtractAt("Gunmen have killed 12 villagers in an attack on Kauran Namoda on Monday, police said.",
                            2026, 11, 20);
  test::MaybeDump(doc);
  int counted = 0;
  for (const Event& e : doc.events) counted += e.fatalities && e.fatalities->best == 12.0;
  EXPECT_EQ(counted, 1);
}

}  // namespace
}  // namespace marsad
