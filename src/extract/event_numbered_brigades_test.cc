// اللواء الثامن bare is a numbered brigade of any army: only in Syria
// (country:SYR) is it the Daraa Eighth Brigade, a rebel group whose own finds
// of arms are no disrupted weapons use; elsewhere a find by "a force of the
// eighth brigade" stays an event. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class NumberedBrigadesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(NumberedBrigadesTest, ANumberedBrigadeOutsideSyriaFindsArms) {
  Doc doc = test::ExtractAt("وأعلنت وزارة الدفاع أن قوة من اللواء الثامن عثرت شرق مدينة الرمادي على مخبأ للأسلحة والعتاد.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
  EXPECT_FALSE(test::Named(doc, "syr.daraa.8brigade"));
}

TEST_F(NumberedBrigadesTest, TheEighthBrigadeInDaraaIsStillNamed) {
  Doc doc = test::ExtractAt("هاجم مسلحون مقراً لـاللواء الثامن في بلدة بصرى الشام بريف درعا الشرقي.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "syr.daraa.8brigade"));
}

}  // namespace
}  // namespace marsad
