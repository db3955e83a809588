// Words that name people by what was once done to them — الموقوفين "the
// detainees", المختطفين "the abductees", الأسر "the families" — and an act
// named only as what people fear ("fearing renewed fighting") tell no event of
// their own. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class PeopleByPastActTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PeopleByPastActTest, DetaineesHandedToProsecutorsAreNoArrest) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nأعلنت السلطات يوم الثلاثاء أن الشرطة سلّمت الموقوفين الثلاثة إلى النيابة العامة في حمص.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Arrests"), 0u);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 0u);
}

TEST_F(PeopleByPastActTest, DetaineesAfterTheirArrestAddNoSecondEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nاعتقلت قوات الأمن خمسة أشخاص في حلب يوم الاثنين، وقالت إن الموقوفين متهمون بالسرقة.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Arrests"), 1u);
  EXPECT_EQ(CountSub(doc, "Looting/property destruction"), 0u);
}

TEST_F(PeopleByPastActTest, TheAbducteesAreNoNewAbduction) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nطالب أهالي المختطفين يوم الأحد حكومة ولاية كانو بتسريع المفاوضات.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(PeopleByPastActTest, AbductionVerbStillTellsTheAct) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nاختطف مسلحون عشرين قروياً في ولاية زمفارا يوم الأحد، وقالت الشرطة إن المختطفين نقلوا إلى الغابة.",
      2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 1u);
}

// أسر is stored with its hamza: its article_noun cue must match it all the same.
TEST_F(PeopleByPastActTest, FamiliesWrittenLikeCaptivityAreNoAbduction) {
  Doc doc = test::ExtractAt("date 2025-03-10\nقال مسؤولون إن مئات الأسر نزحت من قرى درعا يوم الأحد.", 2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Abduction/forced disappearance"), 0u);
}

TEST_F(PeopleByPastActTest, ArabicActFearedIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nأفاد ناشطون بأن السكان فرّوا من بلدة الشحيل يوم السبت خوفاً من الاشتباكات.", 2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 0u);
}

TEST_F(PeopleByPastActTest, EnglishActFearedIsNoEvent) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nResidents fled Sake on Friday, local activists said, fearing renewed fighting.", 2025, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 0u);
}

// "Nigerian forces", like "Nigerian troops", names the army: both parties of an
// agreement are found, not one.
TEST_F(PeopleByPastActTest, NationalityAndForcesNamesTheArmyAsAParty) {
  Doc doc = test::ExtractAt(
      "date 2025-03-10\nBoko Haram and Nigerian forces agreed on Sunday to a ceasefire after talks in Abuja.", 2025, 3,
      10);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "agreed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "nga.mil");
}

}  // namespace
}  // namespace marsad
