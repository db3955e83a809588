// ACLED codes a detention as an Arrest when a state or a group that governs
// the territory makes it (data/shared/governing_authorities.tsv), and as an
// Abduction/forced disappearance when another non-state armed group does.
#include <gtest/gtest.h>

#include "extract/event_lexicon.h"
#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "tests/testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class GoverningTakersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Taking(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests" || e.acled_sub_event_type == "Abduction/forced disappearance") return &e;
  return nullptr;
}

TEST_F(GoverningTakersTest, RebelDetentionOutsideItsTerritoryIsAnAbduction) {
  Doc doc = test::ExtractAt("The Rapid Support Forces detained eleven traders at a market in Nyala on Sunday, relatives said.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = Taking(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Abduction/forced disappearance");
}

TEST_F(GoverningTakersTest, ArabicRebelDetentionIsAnAbduction) {
  Doc doc = test::ExtractAt("احتجزت قوات الدعم السريع سبعة معلمين في مدينة الفاشر يوم الأحد، بحسب أقاربهم.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = Taking(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Abduction/forced disappearance");
}

TEST_F(GoverningTakersTest, GoverningGroupArrestsInItsTerritory) {
  Doc doc = test::ExtractAt("The Houthis arrested four aid workers in Sanaa on Monday, the United Nations said.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = Taking(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
}

TEST_F(GoverningTakersTest, ArabicGoverningGroupArrests) {
  Doc doc = test::ExtractAt("اعتقلت قوات سوريا الديمقراطية خمسة شبان في مدينة الرقة يوم الثلاثاء.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = Taking(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
}

TEST_F(GoverningTakersTest, GroupTakenByAStateForceStaysAnArrest) {
  Doc doc = test::ExtractAt("اعتقلت قوات الأمن ثلاثة من عناصر قوات الدعم السريع في كسلا يوم الأحد.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = Taking(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Arrests");
}

TEST(GoverningAuthoritiesTest, ScopeAndEraDecide) {
  auto lex = EventLexicon::Load(test::DataDir());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const EventLexicon& l = *lex.value();
  EXPECT_TRUE(l.GovernsTerritory("yem.houthis", "YEM", "", "2025-03-10"));
  EXPECT_FALSE(l.GovernsTerritory("yem.houthis", "YEM", "", "2010-03-10"));  // before Sanaa fell
  EXPECT_FALSE(l.GovernsTerritory("yem.houthis", "SAU", "", "2025-03-10"));
  EXPECT_TRUE(l.GovernsTerritory("syr.asayish", "SYR", "", "2025-03"));       // a child of the administration
  EXPECT_FALSE(l.GovernsTerritory("sdn.rsf", "SDN", "", "2025-03-10"));
  EXPECT_FALSE(l.GovernsTerritory("syr.hts", "SYR", "", "2025"));             // after the rule ended
}

}  // namespace
}  // namespace marsad
