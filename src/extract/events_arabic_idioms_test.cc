// Arabic idioms and ambiguous forms of event words: a reflexive after the
// bombers (فجّرت امرأتان نفسيهما), قضى نحبه "he died", the dual طالبان
// ("two students") against the Taliban, and the verbal noun الخطف as what a
// crowd protests, whose dead told after it fell at the crowd's event.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ArabicIdiomsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OfSubType(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

bool NamesActor(const Doc& doc, std::string_view id) {
  return std::any_of(doc.actors.begin(), doc.actors.end(), [&](const ActorMention& a) { return a.id == id; });
}

// Verb, subject, then the reflexive: the bombers stand in between.
TEST_F(ArabicIdiomsTest, ReflexiveAfterTheBombersIsASuicideBombing) {
  Doc doc = test::ExtractAt("فجرت امرأتان نفسيهما عند مدخل سوق الماشية في مدينة مايدوغوري مساء الأحد.", 2025, 3, 6);
  test::MaybeDump(doc);
  const Event* bomb = OfSubType(doc, "Suicide bomb");
  ASSERT_NE(bomb, nullptr);
  // The two women are the bombers, never civilians: their group is unknown.
  EXPECT_NE(test::ActorId(doc, bomb->actor1), "gen.civilians");
}

TEST_F(ArabicIdiomsTest, SingularReflexiveAfterABomberNoun) {
  Doc doc = test::ExtractAt("وفجر انتحاري يرتدي حزاما ناسفا نفسه قرب حاجز للشرطة في مدينة كانو يوم الاثنين.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_NE(OfSubType(doc, "Suicide bomb"), nullptr);
}

// نفسه after a place is "the same": blowing up a bridge there is no suicide.
TEST_F(ArabicIdiomsTest, TheSamePlaceIsNoReflexive) {
  Doc doc = test::ExtractAt("وفجر مسلحون جسرا في المكان نفسه قرب مدينة الموصل يوم الاثنين.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(OfSubType(doc, "Suicide bomb"), nullptr);
}

// Blowing up a bridge or houses named as the object demolishes them: property
// destruction, no bomb attack; a bomb set off near a bridge stays one.
TEST_F(ArabicIdiomsTest, BlowingUpABridgeIsDestruction) {
  Doc doc = test::ExtractAt("وفجر مسلحون مجهولون جسرا على الطريق بين مدينتي كيدال وغاو ليل الأحد.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_NE(OfSubType(doc, "Looting/property destruction"), nullptr);
  EXPECT_EQ(OfSubType(doc, "Remote explosive/landmine/IED"), nullptr);
}

TEST_F(ArabicIdiomsTest, BlowingUpHousesIsDestruction) {
  Doc doc = test::ExtractAt("وقال رئيس البلدية إن القوات فجرت أمس نحو عشرين منزلا في بلدة عيترون.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_NE(OfSubType(doc, "Looting/property destruction"), nullptr);
}

TEST_F(ArabicIdiomsTest, ABombNearABridgeStaysABomb) {
  Doc doc = test::ExtractAt("وفجر مسلحون عبوة ناسفة قرب جسر على الطريق بين مدينتي كيدال وغاو ليل الأحد.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(OfSubType(doc, "Looting/property destruction"), nullptr);
}

// Forces that blow up a mine they found destroy it: no bomb attack.
TEST_F(ArabicIdiomsTest, BlowingUpAFoundMineIsADisruption) {
  Doc doc = test::ExtractAt("وقال الجيش إن وحداته فجرت صباح الاثنين لغما أرضيا عثر عليه قرب بلدة تلعفر.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_NE(OfSubType(doc, "Disrupted weapons use"), nullptr);
  EXPECT_EQ(OfSubType(doc, "Remote explosive/landmine/IED"), nullptr);
}

// A sweep is how ground is searched; it takes no territory.
TEST_F(ArabicIdiomsTest, ASweepTakesNoTerritory) {
  Doc doc = test::ExtractAt("وأطلقت القوات عملية تمشيط واسعة في محيط بلدة تلعفر يوم الاثنين.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(OfSubType(doc, "Government regains territory"), nullptr);
  EXPECT_EQ(OfSubType(doc, "Non-state actor overtakes territory"), nullptr);
}

// أوقف is "stopped" and "arrested": a counted group of people stopped is arrested.
TEST_F(ArabicIdiomsTest, StoppingCountedPeopleIsAnArrest) {
  Doc doc = test::ExtractAt("وأعلنت الشرطة إيقاف 31 شخصا في مدينة صفاقس بعد مواجهات ليلية.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_NE(OfSubType(doc, "Arrests"), nullptr);
}

TEST_F(ArabicIdiomsTest, StoppingTheFightingIsNoArrest) {
  Doc doc = test::ExtractAt("ودعا الوسطاء إلى إيقاف القتال في مدينة صفاقس فورا.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_EQ(OfSubType(doc, "Arrests"), nullptr);
}

// قضى نحبه "fulfilled his vow": died; the dead may stand before نحبهم.
TEST_F(ArabicIdiomsTest, QadaNahbahuCountsTheDead) {
  Doc doc = test::ExtractAt("قضى ثلاثة مدنيين نحبهم بقصف مدفعي استهدف بلدة الأتارب غربي حلب صباح الأحد.", 2025, 3, 6);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::Figures(doc.events[0].fatalities), "3/3/3");
}

// Far from where the Taliban fight and with the movement named nowhere,
// طالبان after a killing verb is two students.
TEST_F(ArabicIdiomsTest, DualOfStudentAwayFromTheTaliban) {
  Doc doc = test::ExtractAt(
      "وفي مدينة الكوت، أطلقت الشرطة الرصاص الحي على محتجين تجمعوا أمام مبنى المحافظة، فقتل طالبان وأصيب أربعة.", 2025,
      3, 6);
  test::MaybeDump(doc);
  EXPECT_FALSE(NamesActor(doc, "afg.taliban"));
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(test::Figures(doc.events[0].fatalities), "2/2/2");
}

TEST_F(ArabicIdiomsTest, TalibanWhereItFights) {
  Doc doc = test::ExtractAt("هاجم مقاتلون من طالبان نقطة للشرطة في ولاية قندهار ليل الأحد.", 2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_TRUE(NamesActor(doc, "afg.taliban"));
}

TEST_F(ArabicIdiomsTest, TalibanNamedInFullElsewhereInTheDocument) {
  Doc doc = test::ExtractAt(
      "قال متحدث باسم حركة طالبان إن الحركة مستعدة للحوار.\nوالتقى وفد من طالبان مسؤولين في الدوحة يوم الأحد.", 2025, 3,
      6);
  test::MaybeDump(doc);
  const long n = std::count_if(doc.actors.begin(), doc.actors.end(),
                               [](const ActorMention& a) { return a.id == "afg.taliban"; });
  EXPECT_GE(n, 2);
}

// The abduction the crowd protests is no event; the dead told after it, in
// a clause of their own, fell when the police fired on the crowd.
TEST_F(ArabicIdiomsTest, DeadAfterTheGrievanceAreTheCrowds) {
  Doc doc = test::ExtractAt(
      "وفي مدينة الكوت، أطلقت الشرطة الرصاص الحي على طلاب تظاهروا احتجاجا على الخطف، فقتل شابان وأصيب ثلاثة.", 2025, 3,
      6);
  test::MaybeDump(doc);
  EXPECT_EQ(OfSubType(doc, "Abduction/forced disappearance"), nullptr);
  const Event* force = OfSubType(doc, "Excessive force against protesters");
  ASSERT_NE(force, nullptr);
  EXPECT_EQ(test::Figures(force->fatalities), "2/2/2");
}

// What someone survived (نجا من الكمين) and the protest those held were
// taken at (الموقوفين في احتجاجات …) were told before: references, no
// second ambush and no second protest.
TEST_F(ArabicIdiomsTest, SurvivedAmbushAndProtestOfTheDetainedAreReferences) {
  Doc ambush = test::ExtractAt(
      "نصب مسلحون كميناً لقافلة شاحنات تجارية قرب مدينة غاو مساء الأحد وأحرقوا ثلاثاً منها. وقال سائق نجا من الكمين "
      "إن المسلحين كانوا يستقلون دراجات نارية.",
      2025, 3, 6);
  test::MaybeDump(ambush);
  size_t ambushes = 0;
  for (const Event& e : ambush.events) ambushes += e.acled_event_type == "Battles" || e.acled_event_type == "Violence against civilians";
  EXPECT_LE(ambushes, 1u);
  Doc held = test::ExtractAt(
      "تظاهر مئات الطلاب في مدينة صفاقس يوم السبت احتجاجاً على غلاء المعيشة. وأفرجت الشرطة يوم الأحد عن عشرة من "
      "الموقوفين في احتجاجات المدينة.",
      2025, 3, 6);
  test::MaybeDump(held);
  size_t protests = 0;
  for (const Event& e : held.events) protests += e.acled_event_type == "Protests";
  EXPECT_EQ(protests, 1u);
}

// A headline cut in two by an ellipsis (عاجل | X: … قتلى وجرحى) is still
// the headline: the whole short first paragraph sums up the body, and its
// present-tense event word (dated the day the report was filed) is no
// second use of force beside the one the body tells on its own day.
TEST_F(ArabicIdiomsTest, HeadlineCutByAnEllipsisTellsNoEventOfItsOwn) {
  Doc doc = test::ExtractAt(
      "date 2025-03-06\nعاجل | البصرة: قوات الأمن تطلق الرصاص الحي على محتجين… قتيل وجرحى\nأطلقت قوات الأمن "
      "العراقية النار على مئات المحتجين الذين أغلقوا طريقاً رئيسياً في مدينة البصرة ليل الثلاثاء، ما أدى إلى مقتل شاب "
      "وإصابة خمسة آخرين.",
      2025, 3, 6);
  test::MaybeDump(doc);
  size_t force = 0;
  for (const Event& e : doc.events) force += e.acled_sub_event_type == "Excessive force against protesters";
  EXPECT_EQ(force, 1u);
}

// Unvocalised تعد after كانت is mostly "was considered" (كانت تعد معقلا):
// the not_event rows كانت تعد / كان يعد reach only the next event word
// within four words, so an act told after the description stands; the plot
// reading (كانوا يعدون لتفجير …) still tells no event.
TEST_F(ArabicIdiomsTest, WasConsideredIsNoPastPlan) {
  Doc doc = test::ExtractAt(
      "قالت مصادر محلية إن بلدة العريش كانت تعد معقلا للمسلحين قبل أن تقصفها الطائرات الحربية يوم الاثنين.",
      2025, 3, 6);
  test::MaybeDump(doc);
  EXPECT_FALSE(doc.events.empty());
  Doc pl = test::ExtractAt(
      "قال مسؤول إن حي الشهداء كان يعد أكبر معاقل المسلحين في المدينة قبل أن تقصفه الطائرات الحربية يوم الاثنين.",
      2025, 3, 6);
  test::MaybeDump(pl);
  EXPECT_FALSE(pl.events.empty());
  Doc plot = test::ExtractAt(
      "اعتقلت قوات الأمن يوم الاثنين ثلاثة مسلحين في مدينة الموصل كانوا يعدون لتفجير عبوة ناسفة في سوق المدينة.",
      2025, 3, 6);
  test::MaybeDump(plot);
  EXPECT_EQ(OfSubType(plot, "Remote explosive/landmine/IED"), nullptr);
}

}  // namespace
}  // namespace marsad
