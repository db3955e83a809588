// Words of a place that an attack hit, not acts of their own: an Arabic base
// or post word that is the object of an attack word (توعد بمهاجمة القاعدة
// الجديدة، هاجم مسلحون فجر اليوم نقطة عسكرية جديدة) sets up no base, and
// سيطرة after على or عند is the Iraqi checkpoint (هجوم على سيطرة للجيش), no
// capture (data/ar/event_cues.tsv). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class StruckTargetsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(StruckTargetsTest, ANewPostAttackedIsNoBaseSetUp) {
  Doc doc = test::ExtractAt("هاجم مسلحون فجر اليوم نقطة عسكرية جديدة للجيش قرب بلدة تيلابيري.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

TEST_F(StruckTargetsTest, ANewBaseTargetedIsNoBaseSetUp) {
  Doc doc = test::ExtractAt("قال قائد الشرطة إن مسلحين استهدفوا قاعدة جديدة للجيش قرب بلدة كيدال أمس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 0u);
}

TEST_F(StruckTargetsTest, ANewBaseThreatenedIsNoBaseSetUp) {
  Doc doc = test::ExtractAt("توعد قيادي في الجماعة بمهاجمة القاعدة الجديدة قرب مدينة كيدال.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 0u);
}

TEST_F(StruckTargetsTest, APostSetUpAfterAFightStays) {
  Doc doc = test::ExtractAt("اشتبك الجيش مع مسلحين قرب بلدة تيلابيري أمس، وأقام نقطة عسكرية جديدة عند مدخلها.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Headquarters or base established"), 1u);
}

TEST_F(StruckTargetsTest, ACheckpointAttackedIsNoCapture) {
  Doc doc = test::ExtractAt("أطلق مسلحون النار على سيطرة تابعة للجيش قرب قضاء الطارمية أمس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(StruckTargetsTest, ABlastAtACheckpointIsNoCapture) {
  Doc doc = test::ExtractAt("انفجرت عبوة ناسفة صباح اليوم عند سيطرة للشرطة في قضاء الطارمية.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Non-state actor overtakes territory"), 0u);
}

TEST_F(StruckTargetsTest, ControlAnnouncedIsStillACapture) {
  Doc doc = test::ExtractAt("أعلن الجيش سيطرة قواته على قضاء الطارمية أمس.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Government regains territory") + test::CountSub(doc, "Non-state actor overtakes territory"), 1u);
}

// أعلنت الوزارة إلقاء القبض على ثلاثة خلال مداهمة: an arrest told as a
// verbal noun (what was announced) hosts the raid it was made in, as a verb
// does — one arrest.
TEST_F(StruckTargetsTest, ArrestToldAsANounDuringARaidIsOneArrest) {
  Doc doc = test::ExtractAt(
      "أعلنت وزارة الداخلية أمس إلقاء القبض على ثلاثة من أفراد خلية خلال مداهمة نفذتها قوى الأمن فجر الأحد في "
      "بلدة صوران.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(StruckTargetsTest, ArrestVerbDuringARaidStaysOneArrest) {
  Doc doc = test::ExtractAt("اعتقلت قوى الأمن ثلاثة مطلوبين خلال مداهمة نفذتها فجر الأحد في بلدة صوران.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

// A force's own speaker saying the protesters it fired on threw stones
// tells its account of that crowd, no riot of its own; witnesses saying so
// tell a riot.
TEST_F(StruckTargetsTest, ForcesAccountOfTheCrowdIsNoSecondEvent) {
  Doc doc = test::ExtractAt(
      "قُتل شخصان أمس عندما أطلقت الشرطة النار على مئات من العمال تظاهروا في مدينة قفصة احتجاجاً على البطالة. "
      "وقال متحدث باسم الشرطة إن المتظاهرين هاجموا عناصر الأمن بالحجارة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 0u);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(StruckTargetsTest, WitnessesAccountOfStonesIsStillARiot) {
  Doc doc = test::ExtractAt(
      "قُتل شخصان أمس عندما أطلقت الشرطة النار على مئات من العمال تظاهروا في مدينة قفصة احتجاجاً على البطالة. "
      "وقال شهود إن المتظاهرين رشقوا عناصر الأمن بالحجارة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Violent demonstration"), 1u);
}

// مكان + an act (مكان احتجازه، مكان سقوط القذيفة) names the site of an act
// told before: no second event.
TEST_F(StruckTargetsTest, ThePlaceOfHisDetentionIsNoSecondArrest) {
  Doc doc = test::ExtractAt(
      "اعتقلت قوات الأمن ناشطاً في مدينة زاهدان قبل أسبوعين، وترفض السلطات إبلاغ عائلته بمكان احتجازه.", 2026, 3,
      10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

// The people released, described by how they were taken a week or more
// before (كان قد احتجزهم الأسبوع الماضي، خُطفوا الشهر الماضي): a reference
// to an act told in its own time. A taking with a calendar date of its own
// is coded apart.
TEST_F(StruckTargetsTest, DetainedLastWeekBeforeTheirReleaseIsNoArrest) {
  Doc doc = test::ExtractAt(
      "أطلق جهاز أمني في مدينة مصراتة أمس سراح أربعة طلاب كان قد احتجزهم الأسبوع الماضي بسبب منشورات.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Other"), 1u);
}

TEST_F(StruckTargetsTest, AbductedLastMonthBeforeTheirReleaseIsNoAbduction) {
  Doc doc = test::ExtractAt(
      "أُطلق سراح 12 راعياً خُطفوا الشهر الماضي من قرية قرب مدينة زاريا بعد دفع فدية يوم الأربعاء.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(StruckTargetsTest, AbductionWithItsOwnCalendarDateStays) {
  Doc doc = test::ExtractAt(
      "أطلق مسلحون أمس سراح 20 تلميذاً كانوا قد خُطفوا من مدرسة في بلدة كوريغا في الثاني من آذار.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

TEST_F(StruckTargetsTest, AbductionDaysBeforeTheReleaseStays) {
  Doc doc = test::ExtractAt("أطلق مسلحون أمس سراح سائقين اثنين كانوا قد خطفوهم يوم الأحد قرب مدينة زاريا.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 1u);
}

// ضمن "as part of", as في إطار: the campaign an act belongs to (ضمن
// الحصار الذي يفرضونه) is no event of its own.
TEST_F(StruckTargetsTest, TheSiegeAnActIsPartOfIsNoSecondEvent) {
  Doc doc = test::ExtractAt(
      "أحرق مسلحو الجماعة أمس عشرة صهاريج للوقود قرب مدينة سيكاسو، ضمن الحصار الذي يفرضونه على المدينة.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Looting/property destruction"), 1u);
  EXPECT_EQ(doc.events.size(), 1u);
}

// The towns the mediators come from (برعاية أعيان من X وY) are no list of
// scenes: one agreement. Towns listed as the scene still split.
TEST_F(StruckTargetsTest, MediatorsTownsAreNoListOfScenes) {
  Doc doc = test::ExtractAt(
      "وأعلن المجلس البلدي فرض حظر تجول في وسط مدينة الزاوية، بعد التوصل إلى وقف لإطلاق النار برعاية أعيان من الزاوية "
      "وصرمان.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Agreement"), 1u);
}

TEST_F(StruckTargetsTest, TwoTownsOfAFightStillSplit) {
  Doc doc = test::ExtractAt("اشتبك مسلحون مع الجيش أمس في مدينتي الزاوية وصرمان.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 2u);
}

}  // namespace
}  // namespace marsad
