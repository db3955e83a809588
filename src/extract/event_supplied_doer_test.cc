// A bombing or harm to civilians told with no doer named takes no doer from
// the report's main actor where that actor cannot be it: a state force sends
// no suicide bombers; a mine, roadside bomb or grenade may be anyone's; the
// army or police a report names most, not named at a killing or a rape, are
// its tellers or pursuers — unless the harm was done in custody. Sentences
// are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SuppliedDoerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* FirstOfSubType(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(SuppliedDoerTest, SuicideBomberIsNoArmyTheReportNamesMost) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقال الجيش النيجيري إن قواته قتلت 12 مسلحاً في ولاية بورنو يوم الاثنين. وأضاف الجيش النيجيري "
      "أن قواته اعتقلت خمسة مشتبهين في يوبي. وفي مايدوغوري، فجّر انتحاري نفسه في سوق مساء الثلاثاء، ما أسفر عن مقتل "
      "أربعة أشخاص.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubType(doc, "Suicide bomb");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.unidentified_armed_group");
}

TEST_F(SuppliedDoerTest, ArabicRoadsideBombIsNotTheGroupTheReportNamesMost) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقُتل جنديان من الجيش العراقي بانفجار عبوة ناسفة استهدفت دوريتهم قرب كركوك مساء الثلاثاء، وفق "
      "مصدر أمني. وما زالت خلايا تنظيم داعش تنشط في المنطقة، ونفذ تنظيم داعش هجوماً على قرية قرب الحويجة الشهر "
      "الماضي.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubType(doc, "Remote explosive/landmine/IED");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.unidentified_armed_group");
}

TEST_F(SuppliedDoerTest, RapeTheReportLeavesUnnamedIsNoPoliceDeed) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nاعتقلت الشرطة الإيرانية 40 متظاهراً في طهران يوم الاثنين. وأغلقت الشرطة الإيرانية جامعتين. ونقلت "
      "منظمة حقوقية عن مصادر أن نساء في قرية قرب طهران تعرضن لاعتداءات جنسية الأسبوع الماضي.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubType(doc, "Sexual violence");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "gen.unidentified_armed_group");
}

TEST_F(SuppliedDoerTest, RapeInCustodyStaysTheJailers) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nاعتقلت الشرطة الإيرانية 40 متظاهراً في طهران يوم الاثنين. وأغلقت الشرطة الإيرانية جامعتين. ونقلت "
      "منظمة حقوقية عن مصادر أن معتقلات في سجن إيفين تعرضن لاعتداءات جنسية خلال الاستجواب الأسبوع الماضي.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubType(doc, "Sexual violence");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "irn.police");
}

// The report's main actor (the guard corps, named most) did not jail the
// detainees: the security forces told arresting them did, and abuse in
// their custody is theirs.
TEST_F(SuppliedDoerTest, AbuseInCustodyIsTheArrestersNotTheMainActor) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقال الحرس الثوري إنه قتل ثلاثة مسلحين في اشتباك قرب سردشت يوم الأحد. وأضاف الحرس الثوري "
      "أنه صادر أسلحة في مهاباد. واعتقلت قوات الأمن 20 شخصاً في مدينة سقز يوم السبت، وتفيد تقارير بتعرض عدد من "
      "المعتقلين للضرب داخل مركز احتجاز في سقز.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = FirstOfSubType(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "irn.police");
}

}  // namespace
}  // namespace marsad
