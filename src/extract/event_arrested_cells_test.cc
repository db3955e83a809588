// An arrested cell (خلية، "cell") with no group named is an unidentified
// armed group, not civilians. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventArrestedCellsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventArrestedCellsTest, UnnamedCellIsAnUnidentifiedArmedGroup) {
  Doc doc = test::ExtractAt("أعلنت الشرطة اعتقال خلية من ثلاثة أشخاص في مدينة الموصل يوم الثلاثاء.", 2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اعتقال");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.unidentified_armed_group");
  Doc plural = test::ExtractAt("ألقت قوات الأمن القبض على خلايا نائمة في كركوك فجر الأحد.", 2026, 3, 5);
  test::MaybeDump(plural);
  const Event* p = test::ExpectEvent(plural, "القبض على");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(test::ActorId(plural, p->actor2), "gen.unidentified_armed_group");
}

// The group a cell belongs to, named in its sentence, is whom the arrest took;
// people not told as a cell stay civilians.
TEST_F(EventArrestedCellsTest, NamedGroupAndPlainPeopleKeepTheirCoding) {
  Doc doc = test::ExtractAt("اعتقلت قوات الأمن خلية تابعة لتنظيم داعش في الموصل يوم الثلاثاء.", 2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اعتقلت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "isis");
  Doc plain = test::ExtractAt("اعتقلت الشرطة ثلاثة شبان في الموصل يوم الثلاثاء.", 2026, 3, 5);
  test::MaybeDump(plain);
  const Event* p = test::ExpectEvent(plain, "اعتقلت");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(test::ActorId(plain, p->actor2), "gen.civilians");
}


// People taken and told as smugglers (يشتبه في تهريبهم، أنهم مهربون) are
// Smugglers, not civilians; a named group still wins.
TEST_F(EventArrestedCellsTest, PeopleToldAsSmugglersAreSmugglers) {
  Doc doc = test::ExtractAt("أوقفت الشرطة أربعة أشخاص يشتبه في تهريبهم السجائر عبر الحدود قرب مدينة الزرقاء يوم الاثنين.", 2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "أوقفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.smugglers");
  Doc told = test::ExtractAt("ألقت قوات الأمن القبض على رجلين يعتقد أنهما مهربون في مدينة الكرك فجر الأحد.", 2026, 3, 5);
  test::MaybeDump(told);
  const Event* t = test::ExpectEvent(told, "القبض");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(test::ActorId(told, t->actor2), "gen.smugglers");
  Doc far = test::ExtractAt("اعتقلت الشرطة ثلاثة شبان في الموصل يوم الثلاثاء بعد مشاجرة في سوق المدينة القديمة، فيما تواصل حملتها على التهريب.", 2026, 3, 5);
  test::MaybeDump(far);
  const Event* f = test::ExpectEvent(far, "اعتقلت");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(test::ActorId(far, f->actor2), "gen.civilians");
}


// Those who organise irregular migration, and drivers taken when a smuggling
// told just before in the sentence was foiled, are smugglers; migrants
// arrested for migrating stay civilians. Sentences are our own wording.
TEST_F(EventArrestedCellsTest, MigrationOrganisersAndFoiledSmugglersAreSmugglers) {
  Doc doc = test::ExtractAt("ألقت الشرطة القبض على تسعة أشخاص بتهمة تنظيم رحلات هجرة غير نظامية قرب مدينة طبرق يوم الاثنين.", 2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "القبض");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.smugglers");
  Doc foiled = test::ExtractAt("أحبطت قوات حرس الحدود محاولة تهريب شحنة سجائر قرب مدينة الكرك وضبطت شاحنة واعتقلت سائقها فجر الأحد.", 2026, 3, 5);
  test::MaybeDump(foiled);
  const Event* f = test::ExpectEvent(foiled, "اعتقلت");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(test::ActorId(foiled, f->actor2), "gen.smugglers");
  Doc migrants = test::ExtractAt("اعتقلت الشرطة عشرين مهاجراً غير نظامي في مدينة طبرق يوم الاثنين.", 2026, 3, 5);
  test::MaybeDump(migrants);
  const Event* m = test::ExpectEvent(migrants, "اعتقلت");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(test::ActorId(migrants, m->actor2), "gen.civilians");
}


// Arresting forces told by their service's name are the country's: the
// Maghreb's "security services" its police, Egypt's border guards its army.
TEST_F(EventArrestedCellsTest, ServiceNamesOfArrestingForcesAreCoded) {
  Doc doc = test::ExtractAt("أوقفت المصالح الأمنية خمسة أشخاص في مدينة فاس يوم الاثنين.", 2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "أوقفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "mar.police");
  Doc border = test::ExtractAt("ألقت قوات حرس الحدود القبض على ثلاثة أشخاص قرب مدينة السلوم فجر الأحد.", 2026, 3, 5);
  test::MaybeDump(border);
  const Event* b = test::ExpectEvent(border, "القبض");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->actor1.identity.id, "egy.mil");
}

}  // namespace
}  // namespace marsad
