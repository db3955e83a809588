// Arabic tolls told with no figure: the indefinite accusative of a listed
// person noun is one victim (قتلوا راعياً, event_tolls.cc
// AccusativeVictimCue); an indefinite plural toll noun after its event
// (ما أدى إلى سقوط قتلى) is three dead or more, low 3 with no best or high
// (`plural_toll`); a beating told to its end by فارق الحياة kills as حتى
// الموت does (gapped trigger rows); the one who carried out an attack (منفذ
// الهجوم) is one victim noun; a killing verb with the plural object pronoun
// (فقتلوهم) kills those counted before it; a definite toll noun (أقارب
// القتيل) is the dead told already, and a death told after a `lead_up` cue
// and the mishap it names (بعد حادث سير أودى بحياة طفل) is what a crowd
// reacted to, no toll of its riot; a bracketed aside may stand between a
// victim noun and its verb (شاباً (27 عاماً) استشهد). Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class VagueTollsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* FirstOf(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(VagueTollsTest, ArabicAccusativeVictimWithTanweenIsOneDead) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقال مصدر محلي إن مسلحين قتلوا راعياً قرب بلدة طفس غربي درعا مساء الثلاثاء.", 2026, 6, 5);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Attack");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 1.0);
}

TEST_F(VagueTollsTest, ArabicAccusativeVictimWithoutTanweenIsOneDead) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقال مصدر محلي إن مسلحين قتلوا راعيا قرب بلدة طفس غربي درعا مساء الثلاثاء.", 2026, 6, 5);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Attack");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 1.0);
}

TEST_F(VagueTollsTest, ArabicAccusativeVictimJoinedToAnotherCountsBoth) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقال مصدر محلي إن مسلحين قتلوا زوجاً وزوجته قرب بلدة طفس غربي درعا مساء الثلاثاء.", 2026, 6,
      5);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Attack");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 2.0);
}

TEST_F(VagueTollsTest, ArabicAnyoneAfterANegationIsNoVictim) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nأطلق مسلحون النار على حاجز للشرطة قرب بلدة طفس مساء الثلاثاء، ولم يصيبوا أحداً.", 2026, 6,
      5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) {
    if (e.fatalities) {
      EXPECT_NE(e.fatalities->best, 1.0);
    }
  }
}

// The accusative أحداً after a killing verb is "anyone" (the `partitive`
// kind of the أحد row), not one victim: a strike that killed no one has
// no toll.
TEST_F(VagueTollsTest, ArabicAnyoneAsTheKillingsObjectIsNoVictim) {
  Doc doc = test::ExtractAt("date 2026-06-05\nقصفت الطائرات سوقا في بلدة طفس يوم الاثنين ولم تقتل أحداً.", 2026, 6, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value());
}

TEST_F(VagueTollsTest, ArabicPluralTollAfterItsEventIsThreeOrMore) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقصفت طائرة مسيّرة تجمعاً لمسلحين قرب بلدة الخوخة يوم الأربعاء، ما أدى إلى سقوط قتلى وجرحى.",
      2026, 6, 5);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->low, 3.0);
  EXPECT_FALSE(e->fatalities->best.has_value());
  EXPECT_FALSE(e->fatalities->high.has_value());
}

TEST_F(VagueTollsTest, ArabicPluralMartyrsAfterItsEventAreThreeOrMore) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقصف الجيش بالمدفعية قرية قرب بلدة الخوخة يوم الأربعاء، ما أسفر عن سقوط شهداء.", 2026, 6, 5);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  int vague = 0;
  for (const Event& e : doc.events)
    vague += e.fatalities && e.fatalities->low == 3.0 && !e.fatalities->best.has_value();
  EXPECT_EQ(vague, 1);
}

TEST_F(VagueTollsTest, ArabicPluralTollDeniedCountsNone) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nنفى الجيش سقوط قتلى في القصف الذي استهدف قرية قرب بلدة الخوخة يوم الأربعاء.", 2026, 6, 5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value() && e.fatalities->low == 3.0);
}

TEST_F(VagueTollsTest, ArabicDefinitePluralTollIsNoFigure) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقصفت طائرة مسيّرة تجمعاً لمسلحين قرب بلدة الخوخة يوم الأربعاء، ولم تُعرف حصيلة القتلى.",
      2026, 6, 5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value());
}

TEST_F(VagueTollsTest, ArabicHeadlinePluralTollLeavesTheCountAfterIt) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nعاجل | شهداء وجرحى في قصف إسرائيلي استهدف منزلاً في مخيم النصيرات وسط قطاع غزة فجر اليوم.\n"
      "الدفاع المدني: انتشال 7 شهداء حتى اللحظة والبحث جارٍ عن مفقودين.",
      2026, 6, 5);
  test::MaybeDump(doc);
  int counted = 0, vague = 0;
  for (const Event& e : doc.events) {
    if (!e.fatalities) continue;
    counted += e.fatalities->best == 7.0;
    vague += e.fatalities->low == 3.0 && !e.fatalities->best.has_value();
  }
  EXPECT_EQ(counted, 1);
  EXPECT_EQ(vague, 0);
}

TEST_F(VagueTollsTest, ArabicCrowdBeatingUntilLifeLeftKillsOne) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nضرب حشد من السكان رجلاً يُشتبه في سرقته أغناماً حتى فارق الحياة في بلدة ملوي مساء الأحد.",
      2026, 6, 5);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Mob violence");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 1.0);
}

TEST_F(VagueTollsTest, ArabicAssaultByBeatingUntilLifeLeftKillsItsVictim) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nاعتدى حشد من الأهالي بالضرب على شاب اتهموه بسرقة هاتف محمول في سوق المدينة حتى فارق الحياة، "
      "في بلدة ملوي مساء الأحد.",
      2026, 6, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Mob violence"), 1u);
  const Event* e = FirstOf(doc, "Mob violence");
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 1.0);
}

TEST_F(VagueTollsTest, ArabicWomanBurnedUntilLifeLeftIsOneDead) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nأحرق مسلحون امرأة حتى فارقت الحياة في قرية قرب بلدة ملوي مساء الأحد.", 2026, 6, 5);
  test::MaybeDump(doc);
  int one = 0;
  for (const Event& e : doc.events) one += e.fatalities && e.fatalities->best == 1.0;
  EXPECT_EQ(one, 1);
}

TEST_F(VagueTollsTest, ArabicAttackerKilledAloneIsOneDead) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nاقتحم انتحاري بسيارة مفخخة موقعاً للجيش قرب بلدة تلعفر مساء الأحد، لكن الجنود فجّروا السيارة "
      "قبل وصولها، ما أسفر عن مقتل منفذ الهجوم وحده.",
      2026, 6, 5);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Suicide bomb");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->fatalities.has_value());
  EXPECT_EQ(e->fatalities->best, 1.0);
}

TEST_F(VagueTollsTest, ArabicPluralObjectPronounCountsThoseToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقالت الشرطة إن مسلحين أوقفوا شاحنة قرب مدينة خاران مساء الاثنين، وأنزلوا منها ستة عمال "
      "وأطلقوا عليهم النار فقتلوهم.",
      2026, 6, 5);
  test::MaybeDump(doc);
  int counted = 0;
  for (const Event& e : doc.events) counted += e.fatalities && e.fatalities->best == 6.0;
  EXPECT_EQ(counted, 1);
}

TEST_F(VagueTollsTest, ArabicPluralObjectPronounTakesNoCountUsedByAnotherToll) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقتل مسلحون ثلاثة جنود قرب مدينة خاران مساء الاثنين، ثم لاحقتهم القوات وقتلوهم.", 2026, 6,
      5);
  test::MaybeDump(doc);
  double total = 0;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best) total += *e.fatalities->best;
  EXPECT_EQ(total, 3.0);
}

TEST_F(VagueTollsTest, ArabicDefiniteTollNounIsTheDeadToldAlready) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nأطلق مسلحون النار على حاجز للشرطة في مدينة إيلام مساء الأحد، ما أدى إلى إصابة شرطيين.\n"
      "وقال أحد أقارب القتيل للصحفيين إن الشرطة لم تحقق في الحادث.",
      2026, 6, 5);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
}

TEST_F(VagueTollsTest, ArabicIndefiniteTollNounIsOneDead) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nأطلقت قوات الأمن النار على محتجين في مدينة إيلام مساء الأحد، ما أدى إلى سقوط قتيل.", 2026,
      6, 5);
  test::MaybeDump(doc);
  int one = 0;
  for (const Event& e : doc.events) one += e.fatalities && e.fatalities->best == 1.0;
  EXPECT_EQ(one, 1);
}

TEST_F(VagueTollsTest, ArabicDeathOfTheMishapACrowdReactedToIsNoRiotToll) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقال شهود إن عدداً من الشبان اعتدوا بالضرب على سائق حافلة في بلدة الكرك أمس بعد حادث سير أودى "
      "بحياة طفل، وأحرقوا الحافلة.",
      2026, 6, 5);
  test::MaybeDump(doc);
  bool riot = false;
  for (const Event& e : doc.events) {
    if (e.acled_event_type != "Riots") continue;
    riot = true;
    EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
  }
  EXPECT_TRUE(riot);
}

TEST_F(VagueTollsTest, ArabicVictimBeforeABracketedAsideIsOneDead) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقالت وزارة الصحة إن فتى (16 عاماً) استشهد برصاص المستوطنين خلال هجوم على قرية سنجل يوم "
      "الأربعاء.",
      2026, 6, 5);
  test::MaybeDump(doc);
  int one = 0;
  for (const Event& e : doc.events) one += e.fatalities && e.fatalities->best == 1.0;
  EXPECT_EQ(one, 1);
}

}  // namespace
}  // namespace marsad
