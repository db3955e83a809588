// ACLED codes no dead on a peaceful protest nor on a protest met with force
// short of killing: a dispersal that kills is excessive force, and the dead
// a marching crowd speaks of (the killing it protests, a disaster it mourns)
// are no toll of the march. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventProtestTollsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

bool HasDead(const Event& e) { return e.fatalities && e.fatalities->low.value_or(0) > 0; }

TEST_F(EventProtestTollsTest, MarchMourningAnOldDisasterCarriesNoDead) {
  Doc doc = test::ExtractAt(
      "date 2026-05-10\nThousands of protesters marched through Kragujevac on Saturday to mark a year since a "
      "bridge collapse that killed 12 people.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "marched");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Peaceful protest");
  EXPECT_FALSE(HasDead(*e));
}

TEST_F(EventProtestTollsTest, ArabicSitInOverAKillingCarriesNoDead) {
  Doc doc = test::ExtractAt(
      "تظاهر المئات من سكان مدينة الحلة أمس الأحد أمام مبنى المحافظة، مطالبين بمحاسبة المسؤولين عن مقتل طالب "
      "جامعي الأسبوع الماضي.",
      2026, 5, 11);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "تظاهر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_event_type, "Protests");
  EXPECT_FALSE(HasDead(*e));
}

TEST_F(EventProtestTollsTest, DispersalThatKillsIsExcessiveForce) {
  Doc doc = test::ExtractAt(
      "date 2026-05-10\nPolice dispersed a rally of farmers with tear gas in Kisumu on Saturday, killing two "
      "of them, witnesses said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "dispersed");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(HasDead(*e));
  EXPECT_EQ(e->acled_sub_event_type, "Excessive force against protesters");
}

TEST_F(EventProtestTollsTest, DeathInAnotherTownIsNoTollOfTheDispersal) {
  Doc doc = test::ExtractAt(
      "وفي مدينة أورورو، فرّقت الشرطة بالغاز المسيل للدموع عشرات العمال الذين تجمعوا أمام مبنى البلدية أمس.\n"
      "وتوفي رجل متأثراً بجروح أصيب بها في بلدة مجاورة، وفق مصادر طبية.",
      2026, 5, 11);
  test::MaybeDump(doc);
  ASSERT_NE(test::ExpectEvent(doc, "فرّقت"), nullptr);
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Protests") { EXPECT_FALSE(HasDead(e)) << e.acled_sub_event_type; }
}

TEST_F(EventProtestTollsTest, DispersalWithNoOneHurtKeepsItsZero) {
  Doc doc = test::ExtractAt(
      "date 2026-05-10\nPolice dispersed a rally of teachers with tear gas in Kisumu on Saturday; no one was "
      "hurt, witnesses said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "dispersed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Protest with intervention");
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->low, 0);
}

// Protesters wounded by bullets (a `gunfire` cue) in a dispersal's sentence:
// serious harm by firearms, excessive force; shots fired in the air that
// leave one lightly hurt keep a protest with intervention.
TEST_F(EventProtestTollsTest, ProtestersWoundedByBulletsIsExcessiveForce) {
  Doc ar = test::ExtractAt(
      "أصيب أربعة شبان برصاص قوات الأمن خلال قمعها مسيرة سلمية في مدينة نابلس اليوم الجمعة.", 2026, 11, 20);
  test::MaybeDump(ar);
  const Event* a = test::ExpectEvent(ar, "قمعها");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->acled_sub_event_type, "Excessive force against protesters");
  Doc en = test::ExtractAt(
      "Police broke up a protest in Kisumu with tear gas on Friday, wounding three people, two of them with gunshot "
      "wounds.",
      2026, 11, 20);
  test::MaybeDump(en);
  const Event* e = test::ExpectEvent(en, "broke up a protest");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Excessive force against protesters");
  Doc air = test::ExtractAt(
      "تدخلت قوات الشرطة وفرقت المحتجين في مدينة نابلس بالهراوات وإطلاق الرصاص في الهواء، ما أدى إلى إصابة شاب "
      "بجروح طفيفة.",
      2026, 11, 20);
  test::MaybeDump(air);
  const Event* r = test::ExpectEvent(air, "وفرقت");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->acled_sub_event_type, "Protest with intervention");
}

// Rubber or plastic bullets (a `less_lethal` row right after the `gunfire`
// cue) are force short of firearms: protesters wounded by them keep a
// protest with intervention; live bullets in the same shape do not.
TEST_F(EventProtestTollsTest, ProtestersWoundedByRubberBulletsStayIntervention) {
  Doc rubber = test::ExtractAt(
      "أصيب خمسة متظاهرين بالرصاص المطاطي أثناء تفريق الشرطة اعتصاماً أمام مقر الولاية في مدينة سوسة يوم الأحد.",
      2026, 11, 22);
  test::MaybeDump(rubber);
  ASSERT_FALSE(rubber.events.empty());
  for (const Event& e : rubber.events) EXPECT_EQ(e.acled_sub_event_type, "Protest with intervention");
  Doc plastic = test::ExtractAt(
      "أصيب ثلاثة طلاب برصاص مطاطي خلال تفريق قوات الأمن وقفة احتجاجية في مدينة قابس صباح الاثنين.", 2026, 11,
      23);
  test::MaybeDump(plastic);
  ASSERT_FALSE(plastic.events.empty());
  for (const Event& e : plastic.events) EXPECT_EQ(e.acled_sub_event_type, "Protest with intervention");
  Doc live = test::ExtractAt(
      "أصيب خمسة متظاهرين برصاص حي أثناء تفريق الشرطة اعتصاماً أمام مقر الولاية في مدينة سوسة يوم الأحد.", 2026,
      11, 22);
  test::MaybeDump(live);
  ASSERT_FALSE(live.events.empty());
  EXPECT_EQ(live.events.front().acled_sub_event_type, "Excessive force against protesters");
}

}  // namespace
}  // namespace marsad
