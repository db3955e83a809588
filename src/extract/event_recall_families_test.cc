// Events once never extracted: protest gatherings told by the present or
// feminine forms of the crowd verbs, by تجمع with an approximate crowd size
// or by a gathering named a protest by its adjective; a killing told beside
// an arson or a looting; an event dated by a day while a month of a year
// names a past disaster beside it. Sentences are our own wording;
// published Saturday 2024-11-30.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventRecallFamiliesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// A gathering named by its adjective (تجمعاً احتجاجياً، وقفة سلمية) is a protest.
TEST_F(EventRecallFamiliesTest, ArabicGatheringNamedAProtest) {
  Doc doc = test::ExtractAt("نظّم تجار السوق في البصرة تجمعاً احتجاجياً على غلاء الأسعار يوم الأربعاء.", 2024, 11, 30);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Peaceful protest"), 1u);
  Doc stand = test::ExtractAt("نفذ معلمون وقفة سلمية أمام مديرية التربية في الموصل يوم الخميس.", 2024, 11, 30);
  EXPECT_EQ(test::CountSub(stand, "Peaceful protest"), 1u);
  // The right of assembly is no gathering.
  Doc right = test::ExtractAt("وقال المحامي إن الدستور يكفل حرية التجمع السلمي في العراق.", 2024, 11, 30);
  EXPECT_EQ(test::CountSub(right, "Peaceful protest"), 0u);
}

// تجمع with an approximate crowd size, and the present and feminine forms
// of the crowd verbs.
TEST_F(EventRecallFamiliesTest, ArabicCrowdVerbFamilies) {
  Doc about = test::ExtractAt("تجمّع نحو 200 من المتقاعدين أمام مبنى المحافظة في البصرة يوم الاثنين.", 2024, 11, 30);
  test::MaybeDump(about);
  EXPECT_EQ(test::CountSub(about, "Peaceful protest"), 1u);
  Doc women = test::ExtractAt("واعتصمن أمهات المفقودين أمام مقر الأمم المتحدة في الموصل يوم الأحد.", 2024, 11, 30);
  EXPECT_EQ(test::CountSub(women, "Peaceful protest"), 1u);
  Doc present = test::ExtractAt("ويحتشد المحتجون منذ الصباح أمام مبنى البرلمان في بغداد.", 2024, 11, 30);
  EXPECT_EQ(test::CountSub(present, "Peaceful protest"), 1u);
}

// The dual of a feminine event noun and its adjective (ضربتين جويتين،
// عبوتين ناسفتين) is the same kind of event as the singular.
TEST_F(EventRecallFamiliesTest, ArabicFeminineNounDuals) {
  Doc air = test::ExtractAt("نفذت طائرات التحالف ضربتين جويتين على مواقع للمسلحين قرب الموصل يوم الخميس.", 2024, 11, 30);
  test::MaybeDump(air);
  EXPECT_EQ(test::CountSub(air, "Air/drone strike"), 1u);
  Doc ied = test::ExtractAt("انفجرت عبوتان ناسفتان على طريق قرب بلدة الحويجة يوم الأربعاء.", 2024, 11, 30);
  test::MaybeDump(ied);
  EXPECT_EQ(test::CountSub(ied, "Remote explosive/landmine/IED"), 1u);
}

// Hand grenades seized or found are a seizure, never a grenade attack.
TEST_F(EventRecallFamiliesTest, SeizedGrenadesAreNoAttack) {
  Doc ar = test::ExtractAt("وعثرت الشرطة على قنبلة يدوية في منزل بالموصل يوم الأحد.", 2024, 11, 30);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountSub(ar, "Grenade"), 0u);
  Doc seized = test::ExtractAt("اعتقلت الشرطة أربعة أشخاص في الموصل يوم الأحد، وضبط قنبلتين يدويتين في منزل أحدهم.", 2024, 11, 30);
  EXPECT_EQ(test::CountSub(seized, "Grenade"), 0u);
  Doc en = test::ExtractAt("Police arrested four men in Mosul on Sunday and seized a rifle and two hand grenades.", 2024, 11, 30);
  test::MaybeDump(en);
  EXPECT_EQ(test::CountSub(en, "Grenade"), 0u);
}

// A month of a year right after a disaster's noun names the disaster; the
// day told in the clause dates the gathering.
TEST_F(EventRecallFamiliesTest, DisasterMonthNamesTheDisaster) {
  Doc doc = test::ExtractAt(
      "تجمّع نحو 300 من الناجين من زلزال شباط 2023 أمام مبنى المحافظة في الموصل يوم الاثنين مطالبين بالتعويضات.",
      2024, 11, 30);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Peaceful protest");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->date, 0);
  EXPECT_EQ(doc.dates[e->date].value, "2024-11-25");
}

// Looting and arson kill no one: a killing told with its doer beside them
// is an attack of its own, in both languages.
TEST_F(EventRecallFamiliesTest, KillingBesideArsonIsItsOwnAttack) {
  Doc en = test::ExtractAt(
      "Armed men killed two farmers and set fire to several huts in a village near Arua on Saturday, elders said.", 2024,
      11, 30);
  test::MaybeDump(en);
  EXPECT_EQ(test::CountSub(en, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(en, "Looting/property destruction"), 1u);
  Doc ar = test::ExtractAt("قتل مسلحون ستة مزارعين ونهبوا السوق الرئيسي في بلدة قرب الموصل يوم الجمعة.", 2024, 11, 30);
  test::MaybeDump(ar);
  EXPECT_EQ(test::CountSub(ar, "Attack"), 1u);
  EXPECT_EQ(test::CountSub(ar, "Looting/property destruction"), 1u);
}

// The dead told after a destruction, in a clause of their own, are what it
// did: no killing of its own.
TEST_F(EventRecallFamiliesTest, DeadOfADestructionStayItsToll) {
  Doc doc = test::ExtractAt("The army said it had destroyed a rebel column near Arua on Tuesday, killing dozens of fighters.",
                            2024, 11, 30);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Attack"), 0u);
}

}  // namespace
}  // namespace marsad
