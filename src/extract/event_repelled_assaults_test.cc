// A repelling word (a `repulsion` cue: صدّ، "repelled"), generic, alone in
// its sentence, refers back to a fight or an attack told before, never to a
// strike, a shelling or a blast: an assault repelled on the ground is its own
// armed clash (event_unit.cc ResolveCoreference). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RepelledAssaultsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

int CountSubType(const Doc& doc, const std::string& sub) {
  int n = 0;
  for (const Event& e : doc.events) n += e.acled_sub_event_type == sub;
  return n;
}

TEST_F(RepelledAssaultsTest, ArabicInfiltrationRepelledAfterADroneStrikeIsAClash) {
  Doc doc = test::ExtractAt(
      "وقال مصدر عسكري إن طائرة مسيّرة أصابت غرفة عمليات للقوات الحكومية في معسكر قرب مدينة الحزم أمس. وأضاف المصدر "
      "أن القوات الحكومية صدّت أمس محاولة تسلل للحوثيين قرب الحزم وقتلت ثلاثة منهم.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSubType(doc, "Air/drone strike"), 1);
  EXPECT_EQ(CountSubType(doc, "Armed clash"), 1);
}

TEST_F(RepelledAssaultsTest, EnglishInfiltrationRepelledAfterADroneStrikeIsAClash) {
  Doc doc = test::ExtractAt(
      "A Houthi drone struck an army operations room near Mukayras on Friday, the army said. Soldiers repelled an "
      "infiltration attempt near Mukayras on Friday and killed three attackers, it added.",
      2026, 11, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSubType(doc, "Air/drone strike"), 1);
  EXPECT_EQ(CountSubType(doc, "Armed clash"), 1);
}

TEST_F(RepelledAssaultsTest, ArabicAttackRepelledIsTheAttackToldBefore) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون حوثيون مواقع للقوات الحكومية قرب مدينة الحزم أمس. وقال مصدر عسكري إن القوات صدّت الهجوم.", 2026, 11,
      14);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

}  // namespace
}  // namespace marsad
