// An Arabic threat verb (هدد، هددت، هددوا، يهدد، تهدد، مهدداً: `intent` cues
// of kind `vow`, scope clause) takes the act it threatens as its object, as
// توعد does: the act told after it, even past the threatening party's name,
// the statement it spoke in and a light noun (بتنفيذ مزيد من الهجمات), is an
// intent event. An event word told before the threat verb in its clause is
// not its object (الاشتباكات تهدد حياة المدنيين: the clashes are told as
// done). Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ArabicThreatsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OfSub(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(ArabicThreatsTest, TheThreatenedAttacksAreIntent) {
  Doc doc = test::ExtractAt(
      "وهدد تنظيم «الدولة الإسلامية» في بيان على قناته بتنفيذ مزيد من الهجمات الانتحارية في ريف حمص الشرقي.", 2026, 3,
      10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Suicide bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(ArabicThreatsTest, OtherFormsOfTheVerbThreatenToo) {
  Doc doc = test::ExtractAt(
      "وهددت جماعة مسلحة في منشورات وزعتها على السكان ليلاً بتنفيذ هجمات انتحارية في مدينة الرقة.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Suicide bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(ArabicThreatsTest, AnActBeforeTheThreatVerbIsToldAsDone) {
  Doc doc = test::ExtractAt("وقال مسؤول محلي إن الاشتباكات العنيفة في بلدة جاسم أمس تهدد حياة آلاف المدنيين.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "intent");
}

// ملاحقة (needs=vow): a hunt for wrongdoers vowed is an arrest told ahead;
// the same word told as done is no arrest of its own.
TEST_F(ArabicThreatsTest, AVowedPursuitIsAnArrestToldAhead) {
  Doc doc = test::ExtractAt("وتعهد محافظ حمص بملاحقة المتورطين في إحراق المحال التجارية في مدينة تلكلخ.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(ArabicThreatsTest, AVowedHuntForArmedMenIsAFightToldAhead) {
  Doc doc = test::ExtractAt("وتوعد قائد القوات المشتركة بملاحقة المسلحين في الجبال المحيطة بمدينة الرستن.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(OfSub(doc, "Arrests"), nullptr);
  const Event* e = OfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(ArabicThreatsTest, APursuitToldAsDoneIsNoArrestOfItsOwn) {
  Doc doc = test::ExtractAt("وقال مصدر أمني إن الدورية أنهت ملاحقة سيارة مسرعة على طريق حمص طرطوس من دون حوادث.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  EXPECT_EQ(OfSub(doc, "Arrests"), nullptr);
}


// The verbal nouns مهاجمة and ضرب after a vow or threat (توعدت الجماعة
// بمهاجمة أي قافلة، بمواصلة ضرب مواقع الجيش) are the attack threatened:
// intent. Elsewhere (القوات المهاجمة: the attacking forces) no event.
TEST_F(ArabicThreatsTest, AttackingAndStrikingVowedAreIntent) {
  Doc attack = test::ExtractAt(
      "وتوعدت الجماعة في رسالة صوتية بمهاجمة أي قافلة عسكرية تسلك الطريق قرب مدينة كايس.", 2026, 3, 10);
  test::MaybeDump(attack);
  const Event* e = OfSub(attack, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
  Doc strike = test::ExtractAt("وتوعدت الجبهة في بيان بمواصلة ضرب مواقع الجيش في محيط مدينة أرليت.", 2026, 3, 10);
  test::MaybeDump(strike);
  EXPECT_EQ(test::CountWithStatus(strike, "Armed clash", "intent"), 1u);
  Doc forces = test::ExtractAt("وقال شهود إن القوات المهاجمة انسحبت من محيط مدينة أرليت مساء أمس.", 2026, 3, 10);
  test::MaybeDump(forces);
  EXPECT_EQ(test::CountSub(forces, "Armed clash"), 0u);
}


// A plan told in the past (كانت الخلية تخطط لتفجير أنابيب نفط، "a cell that
// was planning to bomb pipelines") is the plot of those arrested, foiled: no
// event, done or planned; the arrest stays.
TEST_F(ArabicThreatsTest, APlotToldInThePastIsNoEvent) {
  Doc doc = test::ExtractAt(
      "اعتقلت قوات الأمن أمس في مدينة الأهواز خلية من أربعة أشخاص كانت تخطط لتفجير أنابيب نفط.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  Doc en = test::ExtractAt(
      "date 2026-03-10\nPolice arrested four men in Ahvaz on Monday who were planning to bomb an oil pipeline.", 2026,
      3, 10);
  test::MaybeDump(en);
  EXPECT_EQ(test::CountSub(en, "Remote explosive/landmine/IED"), 0u);
}


// A pledge not to do it (أفرجت الشرطة عنهم بعد تعهد ذويهم بعدم العودة
// للاحتجاج) tells what is not to come: no event.
TEST_F(ArabicThreatsTest, APledgeNotToProtestIsNoEvent) {
  Doc doc = test::ExtractAt(
      "أفرجت الشرطة أمس في مدينة روصو عن سبعة موقوفين بعد تعهد ذويهم بعدم العودة للاحتجاج.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 0u);
}

// A killing threatened with a count (هدد بقتل عشرة رهائن) has killed no one:
// the threatened act carries no toll.
TEST_F(ArabicThreatsTest, AThreatenedKillingCarriesNoToll) {
  Doc doc = test::ExtractAt(
      "date 2025-07-02\nوهدد المسلحون في بيان يوم الثلاثاء بقتل عشرة رهائن في مدينة غاو إذا لم تُدفع الفدية.",
      2025, 7, 2);
  test::MaybeDump(doc);
  size_t intents = 0;
  for (const Event& e : doc.events) {
    intents += e.status == "intent";
    if (e.status == "intent") EXPECT_FALSE(e.fatalities.has_value()) << e.acled_sub_event_type;
  }
  EXPECT_GE(intents, 1u);
}

// A denial told first (نفى الجيش خسارة أي موقع) does not reach the act
// another party vows in a later clause (فيما توعّد المتمردون بمواصلة
// الزحف): that advance is their plan, intent, not denied.
TEST_F(ArabicThreatsTest, ADenialBeforeAnotherPartysVowLeavesTheVowedActIntent) {
  Doc doc = test::ExtractAt(
      "ونفى الجيش في بيان خسارة أي موقع قرب مدينة أبشة، فيما توعّد المتمردون بمواصلة الزحف نحو مدينة أبشة.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

// A vow reaches its object past asides set off by commas when a phase noun
// (`phase_noun`: بتكثيف، بمواصلة) carries the بـ for the event word right
// after it: the shelling vowed is intent, not a shelling told as done.
TEST_F(ArabicThreatsTest, APhaseNounCarriesTheVowsBaPastAnAside) {
  Doc doc = test::ExtractAt(
      "وتوعد قيادي في الحركة، في حديث لقناة محلية، بتكثيف القصف على مواقع القوات الحكومية في مدينة كسلا خلال الأيام المقبلة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Shelling/artillery/missile attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

// The vow's reach past its asides counts their words and commas: a speaker
// with his title and an aside naming where he spoke (fourteen words) still
// leave the town's entry vowed.
TEST_F(ArabicThreatsTest, AVowReachesItsObjectPastALongAside) {
  Doc doc = test::ExtractAt(
      "وتوعد قائد ميداني في حركة الشباب، في تسجيل صوتي بثته حسابات موالية للحركة، بدخول مدينة كسمايو قبل نهاية الشهر.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Non-state actor overtakes territory");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

// A warning that the warner will go on striking (حذّر من أنه سيواصل ضرب،
// ستواصل: the future of مواصلة, a vow) threatens the strike: ضرب, a word
// that is an attack only as the object of a vow, is an intent event.
TEST_F(ArabicThreatsTest, AWarningThatItWillGoOnStrikingIsAThreatenedAttack) {
  Doc doc = test::ExtractAt("وحذرت حركة الشباب في بيان من أنها ستواصل ضرب مواقع القوات الحكومية في إقليم جوبا السفلى.",
                            2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

TEST_F(ArabicThreatsTest, HeWarnedHeWouldGoOnStriking) {
  Doc doc = test::ExtractAt("وحذر قائد الفصيل من أنه سيواصل ضرب مواقع الجيش قرب بلدة كفرنبل.", 2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "intent");
}

}  // namespace
}  // namespace marsad
