// A generic attack word whose toll was read is not folded into the
// abduction, sexual violence or capture of territory told beside it in its
// sentence (event_unit.cc ResolveCoreference): the killing is coded apart
// and keeps its toll; an attack word that killed no one still names the
// abduction. So does a storming that carried the dead (events.cc).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class KillingBesideAbductionTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const Event* OfKind(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(KillingBesideAbductionTest, KillingAndAbductionAreTwoEvents) {
  Doc doc = test::ExtractAt(
      "On Monday, armed herders attacked a farming village about 20 km north of Makurdi, killing 12 people and "
      "abducting five women, local officials said.",
      2025, 6, 4);
  test::MaybeDump(doc);
  const Event* abduction = OfKind(doc, "Abduction/forced disappearance");
  ASSERT_NE(abduction, nullptr);
  EXPECT_FALSE(abduction->fatalities);
  bool killing = false;
  for (const Event& e : doc.events)
    if (&e != abduction && e.fatalities && e.fatalities->best == std::optional<double>(12.0)) killing = true;
  EXPECT_TRUE(killing);
}

TEST_F(KillingBesideAbductionTest, AttackThatKilledNoOneIsTheAbduction) {
  Doc doc = test::ExtractAt(
      "On Monday, armed herders attacked a farming village about 20 km north of Makurdi, abducting five women, local "
      "officials said.",
      2025, 6, 4);
  test::MaybeDump(doc);
  ASSERT_NE(OfKind(doc, "Abduction/forced disappearance"), nullptr);
  size_t violent = 0;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Violence against civilians" || e.acled_event_type == "Battles") ++violent;
  EXPECT_EQ(violent, 1u);
}

// A storming that carried the dead, beside an abduction of its doers with
// no toll of its own, is the killing: an attack apart (events.cc, before the
// storming folds into the act it led to).
TEST_F(KillingBesideAbductionTest, ArabicStormingThatKilledBesideAbductionIsAnAttack) {
  Doc doc = test::ExtractAt(
      "مايدوغوري – قال مسؤول محلي إن مسلحين اقتحموا قرية قرب مدينة بيو ليل الأحد، فقتلوا ستة مزارعين وخطفوا عشر "
      "نساء.",
      2025, 6, 4);
  test::MaybeDump(doc);
  const Event* abduction = OfKind(doc, "Abduction/forced disappearance");
  ASSERT_NE(abduction, nullptr);
  EXPECT_FALSE(abduction->fatalities);
  const Event* attack = OfKind(doc, "Attack");
  ASSERT_NE(attack, nullptr);
  ASSERT_TRUE(attack->fatalities);
  EXPECT_EQ(attack->fatalities->best, std::optional<double>(6.0));
}

// With no abduction beside it the storming keeps its reading.
TEST_F(KillingBesideAbductionTest, ArabicStormingThatKilledAloneIsNoAttackHere) {
  Doc doc = test::ExtractAt("مايدوغوري – قال مسؤول محلي إن مسلحين اقتحموا قرية قرب مدينة بيو ليل الأحد، فقتلوا ستة مزارعين.",
                            2025, 6, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(OfKind(doc, "Abduction/forced disappearance"), nullptr);
  EXPECT_EQ(doc.events.size(), 1u);
}

}  // namespace
}  // namespace marsad
