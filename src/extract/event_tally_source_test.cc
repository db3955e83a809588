// A force's operational or weekly tally (حصيلة عملياتية، حصيلة أسبوعية
// لوزارة الدفاع) is its own statement, and its word carried on through the
// account (وأضافت الحصيلة أن …، كما أوقفت مفارز أخرى …) up to three
// sentences after the ministry is named still speaks for that ministry: its
// forces' arrests there are its claim (data/ar/event_cues.tsv attribution
// rows; event_status.cc SpeakerOf). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::StatusOf;

class TallySourceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TallySourceTest, ArrestTwoSentencesOnInTheTallyIsClaimed) {
  EXPECT_EQ(StatusOf("الجزائر – أفادت حصيلة عملياتية لوزارة الدفاع الوطني بأن مفرزة للجيش الوطني "
                     "الشعبي دمرت مخبأً للجماعات الإرهابية بجبال الشريعة في ولاية البليدة يوم الأحد.\n"
                     "وأضافت الحصيلة أن مفرزة أخرى ضبطت كمية من الذخيرة بتمنراست.\n"
                     "كما أوقفت مفارز أخرى أربعة عناصر دعم للجماعات الإرهابية بولاية باتنة.",
                     "أوقفت"),
            "claimed");
}

}  // namespace
}  // namespace marsad
