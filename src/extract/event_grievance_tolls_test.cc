// The death a crowd reacts to ("in protest at the killing of …", احتجاجاً على
// مقتل …) is no toll of the protest or riot (event_tolls.cc
// NoTollsOfGrievances); the dead of the riot itself stay. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class GrievanceTollTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static bool CrowdHasDead(const Doc& doc) {
  for (const Event& e : doc.events)
    if ((e.acled_event_type == "Riots" || e.acled_event_type == "Protests") && e.fatalities &&
        e.fatalities->best.value_or(0) > 0)
      return true;
  return false;
}

TEST_F(GrievanceTollTest, ArabicKillingProtestedIsNoRiotToll) {
  Doc doc = test::ExtractAt(
      "رشق شبان غاضبون دورية للشرطة بالحجارة وأحرقوا إطارات في بلدة القبيات مساء اليوم، احتجاجاً على مقتل شاب برصاص مجهولين.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(CrowdHasDead(doc));
}

TEST_F(GrievanceTollTest, EnglishKillingProtestedIsNoRiotToll) {
  Doc doc = test::ExtractAt(
      "Hundreds of angry youths threw stones at police in Kisumu on Monday in protest at the killing of a rider by officers.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(CrowdHasDead(doc));
}

TEST_F(GrievanceTollTest, DeadOfTheRiotItselfStay) {
  Doc doc = test::ExtractAt("Rioters torched shops in Kisumu on Monday, and two people were killed when police fired on the crowd.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  bool two = false;
  for (const Event& e : doc.events) two |= e.fatalities && e.fatalities->best == 2.0;
  EXPECT_TRUE(two);
}

// تنديداً بـ: the preposition is written on the death word (بمقتل), so the
// topic cue is the one word تنديداً.
TEST_F(GrievanceTollTest, ArabicKillingDenouncedIsNoRiotToll) {
  Doc doc = test::ExtractAt(
      "خرج مئات المحتجين إلى شوارع بلدة الرقيبة أمس، تنديداً بمقتل سائق في حملة للشرطة، ورشق بعضهم مبنى البلدية بالحجارة.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(CrowdHasDead(doc));
}

// بعد وفاة / إثر مقتل: the death came before the crowd acted, its cause.
TEST_F(GrievanceTollTest, ArabicDeathBeforeTheRiotIsNoRiotToll) {
  Doc doc = test::ExtractAt(
      "وفي بلدة الرقيبة، أضرم شبان غاضبون النار في مركز للشرطة ليل الأحد، بعد وفاة شاب موقوف داخله في ظروف غامضة.",
      2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_FALSE(CrowdHasDead(doc));
}

TEST_F(GrievanceTollTest, ArabicProtestAfterAKillingIsNoProtestToll) {
  Doc doc = test::ExtractAt("وشهدت بلدة الرقيبة احتجاجات واسعة أمس إثر مقتل بائع متجول برصاص عنصر أمن.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_FALSE(CrowdHasDead(doc));
}

// "بعد" before the crowd's own dead, with no death word right after it,
// leaves them the riot's.
TEST_F(GrievanceTollTest, ArabicDeadAfterTheRiotStay) {
  Doc doc = test::ExtractAt(
      "رشق محتجون مركزاً للشرطة بالحجارة في بلدة الرقيبة مساء أمس، وقُتل شابان بعد ساعات حين أطلقت الشرطة النار على الحشد.",
      2025, 4, 12);
  test::MaybeDump(doc);
  bool dead = false;
  for (const Event& e : doc.events) dead |= e.fatalities && e.fatalities->best.value_or(0) > 0;
  EXPECT_TRUE(dead);
}

}  // namespace
}  // namespace marsad
