// أوقف is "stopped" as well as "arrested": with a count of people as its
// object right after the verb (and its subject or a time phrase) it is an
// arrest, wherever the count is written in figures or words. Also the type
// words added next to it: a chemical agent named by its effect, birdshot on
// protesters, a stand held in front of a building. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class CountedArrestsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CountedArrestsTest, StoppingACountOfPeopleInWordsIsAnArrest) {
  Doc doc = test::ExtractAt("وقال الجيش في بيان إن وحداته أوقفت أربعة مهربين قرب بلدة عرسال يوم الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(CountedArrestsTest, StoppingACountInFiguresAfterTheSubjectIsAnArrest) {
  Doc doc = test::ExtractAt("أوقفت الشرطة 12 عاملاً في مدينة القصرين أمس.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(CountedArrestsTest, ATimePhraseMayStandBeforeTheCount) {
  Doc doc = test::ExtractAt("أوقفت قوات الأمن خلال الأسبوع الماضي خمسة عناصر في مدينة القل.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(CountedArrestsTest, ACountRightBeforeADayIsStillTheObject) {
  Doc doc = test::ExtractAt("أوقفت الشرطة خمسة شبان يوم السبت في مدينة باتنة.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(CountedArrestsTest, ACountAfterAnotherNounIsNotTheVerbsObject) {
  Doc doc = test::ExtractAt("أوقفت الحكومة العمل ثلاثة أيام في مدينة درنة الأسبوع الماضي.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
}

TEST_F(CountedArrestsTest, ACountFarAfterTheVerbIsNotItsObject) {
  Doc doc = test::ExtractAt("أوقفت الشرطة سيارة بيضاء كانت تسير بسرعة على طريق تقل خمسة أشخاص قرب مدينة صفاقس أمس.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
}

TEST_F(CountedArrestsTest, StoppingTheFightingIsNoArrest) {
  Doc doc = test::ExtractAt("أوقف الطرفان القتال ثلاثة أيام في مدينة درنة الأسبوع الماضي.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 0u);
}

TEST_F(CountedArrestsTest, ArabicChokingGasInADroppedCanisterIsAChemicalWeapon) {
  Doc doc = test::ExtractAt("وأفادت أنباء بأن طائرة مسيّرة ألقت عبوة تحتوي غازاً خانقاً على بلدة قرب مدينة إدلب ليل الثلاثاء.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
}

TEST_F(CountedArrestsTest, EnglishBombsReleasingAYellowGasAreAChemicalWeapon) {
  Doc doc = test::ExtractAt(
      "Residents of a village near Mandalay said bombs dropped by military aircraft on Monday released a thick yellow "
      "gas.",
      2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
}

TEST_F(CountedArrestsTest, BirdshotOnProtestersIsExcessiveForce) {
  Doc doc = test::ExtractAt(
      "تظاهر مئات من الشبان في بلدة الدراز مساء الجمعة، وأطلقت قوات الأمن الرصاص الانشطاري على المحتجين.", 2025, 4,
      12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Excessive force against protesters"), 1u);
}

TEST_F(CountedArrestsTest, ShellsHoldingAToxicGasInAStrikeAreTheChemicalWeapon) {
  Doc doc = test::ExtractAt("تحدث سكان عن قصف بقذائف تحوي غازاً ساماً على قرية قرب مدينة إدلب يوم الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Chemical weapon"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
}

TEST_F(CountedArrestsTest, ALevantineCurfewWordIsAChangeToActivity) {
  Doc doc = test::ExtractAt("وأعلنت بلدية زحلة منع تجول العمال الأجانب في نطاقها بين الثامنة مساءً والسادسة صباحاً.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Change to group/activity"), 1u);
}

TEST_F(CountedArrestsTest, AStandInFrontOfABuildingIsAProtest) {
  Doc doc = test::ExtractAt("نظّم عشرات المعلمين وقفة أمام مبنى المحافظة في مدينة طنطا يوم الأحد للمطالبة بزيادة رواتبهم.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Protests"), 1u);
}

// The party a count follows right after the arrest verb is who was taken,
// not who took them (VSO would put the taker before the count): the army
// told before the verb made the arrest.
TEST_F(CountedArrestsTest, CountedPartyAfterTheVerbIsTaken) {
  Doc doc = test::ExtractAt("وقال الجيش في بيان إن وحداته اعتقلت خمسة مهربين قرب بلدة عرسال يوم الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.smugglers") << test::ActorId(doc, e->actor2);
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.smugglers");
}

// The police report's ضبط "caught": people as its object are arrested; weapons
// caught stay a seizure.
TEST_F(CountedArrestsTest, CatchingSuspectsIsAnArrest) {
  Doc doc = test::ExtractAt("وأعلنت مديرية أمن سوهاج ضبط 8 متهمين في قرية تابعة لمركز جرجا بمحافظة سوهاج مساء الأحد.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  Doc verb = test::ExtractAt("ضبطت الشرطة خمسة من المتورطين في قرية تابعة لمركز جرجا بمحافظة سوهاج مساء الأحد.", 2025, 4, 12);
  test::MaybeDump(verb);
  EXPECT_EQ(test::CountSub(verb, "Arrests"), 1u);
  Doc guns = test::ExtractAt("ضبطت الشرطة ثلاث بنادق آلية في قرية تابعة لمركز جرجا بمحافظة سوهاج مساء الأحد.", 2025, 4, 12);
  test::MaybeDump(guns);
  EXPECT_EQ(test::CountSub(guns, "Arrests"), 0u);
}

// People counted right before أوقفوا are its subject, the undiacritised passive "were
// arrested"; cars counted so are goods, nothing arrested.
TEST_F(CountedArrestsTest, ACountBeforeThePassiveIsItsSubject) {
  Doc doc = test::ExtractAt("وقال محافظ الزرقاء إن 11 شخصاً أوقفوا على خلفية أعمال العنف في مدينة الزرقاء مساء السبت.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
  Doc cars = test::ExtractAt("وقال محافظ الزرقاء إن 11 سيارات أوقفت عند مدخل مدينة الزرقاء مساء السبت.", 2025, 4, 12);
  test::MaybeDump(cars);
  EXPECT_EQ(test::CountSub(cars, "Arrests"), 0u);
}

// Between the verb and its counted object may stand where it happened (a
// place with في and its settlement noun), a time phrase set off by commas,
// the subject's head before من and its force, a nisba or "other" agreeing
// with the subject. Another noun there is still the object: no arrest.
TEST_F(CountedArrestsTest, APlaceBeforeTheCountKeepsTheArrest) {
  Doc doc = test::ExtractAt("أوقفت دورية من الشرطة أمس في بلدة الرصيفة أربعة أشخاص للاشتباه بتهريب السلاح.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(CountedArrestsTest, ATimePhraseBetweenCommasKeepsTheArrest) {
  Doc doc = test::ExtractAt("أوقفت عناصر الأمن الوطني بمدينة مكناس، أمس الخميس، شخصين يشتبه في صلتهما بخلية متطرفة.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(CountedArrestsTest, OtherAfterTheSubjectKeepsTheArrest) {
  Doc doc = test::ExtractAt("وأوقفت مفارز أخرى للجيش في اليوم نفسه تسعة منقبين عن الذهب قرب مدينة جانت.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(CountedArrestsTest, ANounBeforeThePlaceIsStillTheObject) {
  Doc work = test::ExtractAt("أوقفت الحكومة العمل في مدينة درنة ثلاثة أيام الأسبوع الماضي.", 2025, 4, 12);
  test::MaybeDump(work);
  EXPECT_EQ(test::CountSub(work, "Arrests"), 0u);
  Doc fight = test::ExtractAt("أوقف الجيش القتال مع المسلحين ثلاثة أيام في مدينة درنة.", 2025, 4, 12);
  test::MaybeDump(fight);
  EXPECT_EQ(test::CountSub(fight, "Arrests"), 0u);
  Doc cars = test::ExtractAt("أوقفت الشرطة في مدينة صفاقس ثلاث سيارات محملة بالوقود أمس.", 2025, 4, 12);
  test::MaybeDump(cars);
  EXPECT_EQ(test::CountSub(cars, "Arrests"), 0u);
}

}  // namespace
}  // namespace marsad
