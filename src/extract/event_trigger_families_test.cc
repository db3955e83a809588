// Whole inflection families of a trigger: every person and tense of the
// firing verb, the sexual assault verb, a cell taken apart, traffic and
// arms bans and emergency rule, and the human chain as a protest. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class TriggerFamiliesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TriggerFamiliesTest, ArabicPluralFiringWithItsObjectBetweenIsAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nقال شهود إن مسلحين مجهولين أوقفوا سيارة مزارعين قرب بلدة القصير مساء الثلاثاء "
      "وأطلقوا عليهم النار.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Attack"), 1u);
}

TEST_F(TriggerFamiliesTest, ArabicPluralOpeningFireIsAnAttack) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nفتحوا النار على سيارة مدنية عند حاجز قرب مدينة الرستن يوم الاثنين، بحسب مصدر محلي.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(TriggerFamiliesTest, HumanChainIsAPeacefulProtest) {
  Doc ar = test::ExtractAt(
      "date 2026-04-02\nشكّل مئات المعلمين سلسلة بشرية أمام مبنى المحافظة في مدينة إربد يوم الأربعاء "
      "للمطالبة برفع الأجور.",
      2026, 4, 2);
  test::MaybeDump(ar);
  EXPECT_EQ(CountSub(ar, "Peaceful protest"), 1u);
  Doc en = test::ExtractAt(
      "date 2026-04-02\nHundreds of nurses formed a human chain outside the health ministry in Accra on Wednesday "
      "to demand unpaid wages.",
      2026, 4, 2);
  test::MaybeDump(en);
  EXPECT_EQ(CountSub(en, "Peaceful protest"), 1u);
}

TEST_F(TriggerFamiliesTest, ArabicSexualAssaultVerbWithItsAdverbIsSexualViolence) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nقال ناشطون إن عناصر من ميليشيا مسلحة اعتدوا جنسياً على ثلاث فتيات في قرية قرب مدينة "
      "نيالا يوم الاثنين.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Sexual violence"), 1u);
}

TEST_F(TriggerFamiliesTest, ACellTakenApartIsAnArrestNotABombMadeSafe) {
  Doc ar = test::ExtractAt(
      "date 2026-04-02\nضبطت الأجهزة الأمنية خلية تابعة لتنظيم مسلح في مدينة الزرقاء يوم الثلاثاء.", 2026, 4, 2);
  test::MaybeDump(ar);
  EXPECT_EQ(CountSub(ar, "Arrests"), 1u);
  Doc en = test::ExtractAt(
      "date 2026-04-02\nCounter-terrorism police dismantled a militant cell in Tangier on Tuesday, the ministry said.",
      2026, 4, 2);
  test::MaybeDump(en);
  EXPECT_EQ(CountSub(en, "Arrests"), 1u);
  EXPECT_EQ(CountSub(en, "Disrupted weapons use"), 0u);
  Doc bomb = test::ExtractAt("date 2026-04-02\nArmy engineers dismantled a roadside bomb near Kirkuk on Tuesday.",
                             2026, 4, 2);
  test::MaybeDump(bomb);
  EXPECT_EQ(CountSub(bomb, "Arrests"), 0u);
}

TEST_F(TriggerFamiliesTest, ArabicTrafficBansAndEmergencyRuleChangeActivity) {
  Doc ban = test::ExtractAt(
      "date 2026-04-02\nفرضت السلطات المحلية في مدينة مأرب يوم الأحد حظراً على حمل السلاح في الأسواق.", 2026, 4, 2);
  test::MaybeDump(ban);
  EXPECT_EQ(CountSub(ban, "Change to group/activity"), 1u);
  Doc traffic = test::ExtractAt(
      "date 2026-04-02\nأعلن محافظ ولاية غاو يوم السبت حظر سير الدراجات النارية ليلاً في المدينة.", 2026, 4, 2);
  test::MaybeDump(traffic);
  EXPECT_EQ(CountSub(traffic, "Change to group/activity"), 1u);
  Doc emergency = test::ExtractAt(
      "date 2026-04-02\nأعلنت الحكومة يوم الخميس حالة الطوارئ في إقليم تيلابيري لمدة ثلاثة أشهر.", 2026, 4, 2);
  test::MaybeDump(emergency);
  EXPECT_EQ(CountSub(emergency, "Change to group/activity"), 1u);
}

TEST_F(TriggerFamiliesTest, ArabicEventWordInsideAGroupNameIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nأعلنت جبهة استعادة الديمقراطية المسلحة أن مقاتليها هاجموا فجر الأحد موقعاً للجيش قرب مدينة "
      "تاجورة.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Government regains territory"), 0u);
  EXPECT_EQ(CountSub(doc, "Non-state actor overtakes territory"), 0u);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 1u);
}

TEST_F(TriggerFamiliesTest, ArabicMovementOfProtestsWithNoNameAfterIsStillAProtest) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nشهدت مدينة السويداء يوم الجمعة حركة احتجاجات واسعة ضد غلاء الأسعار.", 2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Peaceful protest"), 1u);
}

// إخلاء سبيل "letting go" is a release like أفرج عن and أطلق سراح: the
// active with its doer, the passive (أُخلي سبيل) and the verbal noun. أخلى
// alone (a building emptied) stays no release.
TEST_F(TriggerFamiliesTest, ArabicLettingGoIsARelease) {
  for (const char* text : {"date 2026-04-02\nقال محامون إن النيابة أخلت سبيل خمسة طلاب اعتقلوا في مدينة المنيا يوم الاثنين.",
                           "date 2026-04-02\nقال مصدر أمني إنه أُخلي سبيل ثلاثة صيادين احتجزتهم قوة بحرية قبالة مدينة صيدا يوم الأحد.",
                           "date 2026-04-02\nطالبت عائلات الموقوفين بإخلاء سبيل أبنائها المحتجزين في سجن مدينة المنيا منذ الاثنين."}) {
    Doc doc = test::ExtractAt(text, 2026, 4, 2);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Other"), 1u) << text;
  }
  Doc doc = test::ExtractAt("date 2026-04-02\nأخلت الشرطة مبنى المحكمة في مدينة المنيا يوم الثلاثاء بعد بلاغ عن حريق.", 2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 0u);
}

// ردّت على مصادر النيران "returned fire at its sources": the fired-upon
// shot back, an exchange of fire (an armed clash). Only the told act (the
// perfect); a force's habit (تردّ على مصادر النيران فقط) is no event.
TEST_F(TriggerFamiliesTest, ArabicReturnedFireIsAnArmedClash) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nتعرضت دورية للجيش لإطلاق نار من قبل مسلحين قرب بلدة القصير مساء الثلاثاء، فردت على "
      "مصادر النيران دون وقوع إصابات.",
      2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 1u);
  Doc habit = test::ExtractAt(
      "date 2026-04-02\nقال متحدث باسم الجيش إن قواته تردّ على مصادر النيران فقط في محيط مدينة القصير.", 2026, 4, 2);
  test::MaybeDump(habit);
  EXPECT_EQ(CountSub(habit, "Armed clash"), 0u);
}

// حجز "seized" (Maghreb usage) with a weapon or explosive object is a
// seizure of arms like ضبط; حجز of anything else (cars, tickets) is no event.
TEST_F(TriggerFamiliesTest, ArabicSeizingArmsWithHajzIsDisruptedWeaponsUse) {
  for (const char* text : {"date 2026-04-02\nأوقفت الشرطة ثلاثة مشتبه بهم في مدينة وجدة يوم الاثنين، وأسفر التفتيش عن حجز "
                           "عبوتين ناسفتين.",
                           "date 2026-04-02\nقالت السلطات إن عناصر الدرك حجزت خمس بنادق صيد في مدينة الرشيدية يوم الاثنين.",
                           "date 2026-04-02\nقالت الشرطة إن عناصرها حجزت عبوة ناسفة في سيارة قرب مدينة وجدة يوم الاثنين.",
                           // the tail عبوة ناسفة of حجز ... عبوة ناسفة hides not عثرت على ... عبوة
                           "date 2026-04-02\nعثرت قوات الأمن على عبوة ناسفة معدة للتفجير قرب مدينة طوباس يوم الاثنين وفككتها."}) {
    Doc doc = test::ExtractAt(text, 2026, 4, 2);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Disrupted weapons use"), 1u) << text;
  }
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nحجزت الجمارك ثلاث سيارات مهربة في ميناء مدينة طنجة يوم الاثنين، وحجز المسافرون تذاكرهم.", 2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 0u);
}

// دخلوها "they entered it": the place a joined pronoun, an armed group's
// entry is its taking, as دخلوا; an unarmed subject enters no territory.
TEST_F(TriggerFamiliesTest, ArabicEnteringItIsATakingOnlyForArmedMen) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nهاجم مسلحون من حركة الشباب بلدة بلدوين فجر الاثنين ودخلوها بعد معارك مع الجيش.", 2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Non-state actor overtakes territory"), 1u);
  Doc visit = test::ExtractAt(
      "date 2026-04-02\nوصل وفد أممي إلى بلدة بلدوين يوم الاثنين، ودخلها الصحفيون لأول مرة منذ شهر.", 2026, 4, 2);
  test::MaybeDump(visit);
  EXPECT_EQ(visit.events.size(), 0u);
}

// The first person plural of "liberate" (نحرر) and its future (سنحرر): a
// commander's vow to take a town is an intended territorial event.
TEST_F(TriggerFamiliesTest, ArabicWeWillLiberateIsAnIntendedTaking) {
  Doc doc = test::ExtractAt(
      "date 2026-04-02\nقال قائد ميداني في الجيش: \"سنحرر مدينة الفاشر من الميليشيا خلال أيام\".", 2026, 4, 2);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].acled_event_type, "Battles");
  EXPECT_EQ(doc.events[0].status, "intent");
}

// Livestock rustled, a village pillaged: the looting family of loot/plunder.
TEST_F(TriggerFamiliesTest, EnglishRustledAndPillagedAreLooting) {
  for (const char* text : {"date 2026-04-02\nBandits rustled more than 200 cattle from herders near Illela on Monday, residents said.",
                           "date 2026-04-02\nMilitiamen pillaged the market of Djugu on Sunday night, traders said."}) {
    Doc doc = test::ExtractAt(text, 2026, 4, 2);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Looting/property destruction"), 1u) << text;
  }
}

// أشعل النار في "set fire to" is a burning like أضرم النار, its doer also
// in the gap (أشعل مجهولون النار في); a fire lit for warmth is no event. The
// longer tail of that gapped form (النار في) does not hide the shorter tail of
// أضرم ... النار at the same word.
TEST_F(TriggerFamiliesTest, ArabicSettingFireIsPropertyDestruction) {
  for (const char* text : {"date 2026-04-02\nقال سكان إن مجهولين أشعلوا النار في ثلاث سيارات قرب مدينة الموصل مساء الاثنين.",
                           "date 2026-04-02\nقال سكان إنه أشعل مجهولون النار في مستودع للحبوب قرب مدينة الموصل مساء الاثنين.",
                           "date 2026-04-02\nقال سكان إنه أضرم مستوطنون النار في منزلين قرب بلدة سنجل مساء الاثنين."}) {
    Doc doc = test::ExtractAt(text, 2026, 4, 2);
    test::MaybeDump(doc);
    EXPECT_EQ(CountSub(doc, "Looting/property destruction"), 1u) << text;
  }
  Doc doc = test::ExtractAt("date 2026-04-02\nأشعل الرعاة النار للتدفئة قرب مدينة الموصل ليل الاثنين.", 2026, 4, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 0u);
}

}  // namespace
}  // namespace marsad
