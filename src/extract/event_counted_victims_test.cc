// Typing by the party hit and by the act's own words: "a member of" a force
// shot dead is that force's (a clash, no attack on civilians); an exchange
// of fire in the accusative (تبادلاً لإطلاق النار) is a clash. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class CountedVictimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CountedVictimsTest, MemberOfAForceShotDeadIsAClash) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nBAGHDAD, June 5 - Unidentified gunmen shot dead a member of the Iraqi army at a "
      "checkpoint in Baquba on Thursday, local sources said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(CountSub(doc, "Attack"), 0u);
}

TEST_F(CountedVictimsTest, MemberOfNoForceLeavesTheCivilians) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nBAGHDAD, June 5 - Unidentified gunmen shot dead a member of a local family at a "
      "market in Baquba on Thursday, local sources said.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Attack"), 1u);
}

TEST_F(CountedVictimsTest, ArabicAccusativeExchangeOfFireIsAClash) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nالقاهرة - قالت وزارة الداخلية إن تبادلاً لإطلاق النار وقع فجر الخميس بين الشرطة "
      "وعناصر إجرامية في قرية قرب الزقازيق، أسفر عن مقتل عنصرين.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 1u);
  EXPECT_EQ(CountSub(doc, "Attack"), 0u);
}

TEST_F(CountedVictimsTest, ArabicAccusativeSoldiersAfterInnaKill) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nقالت منظمة حقوقية إن جنوداً قتلوا أربعة مدنيين في قرية قرب بعقوبة يوم الأربعاء.",
      2026, 6, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Attack"), 1u);
  for (const Event& e : doc.events) EXPECT_NE(test::ActorId(doc, e.actor1), "");
}

TEST_F(CountedVictimsTest, FederalArmyRetakingATownRegainsIt) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nFano militiamen overran the town of Lalibela on Saturday after a day of fighting, residents "
      "said.\nThe federal army said on Monday that it had retaken Lalibela.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Government regains territory"), 1u);
}

TEST_F(CountedVictimsTest, ArabicCountedCrowdAfterAnAttackVerbRiots) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nهاجم عشرات الشبان، ليل الأحد، محال تجارية يملكها عمال أجانب في مدينة بعقوبة، وحطموا "
      "واجهاتها.",
      2026, 6, 5);
  test::MaybeDump(doc);
  int riots = 0;
  for (const Event& e : doc.events) riots += e.acled_event_type == "Riots";
  EXPECT_EQ(riots, 1);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 0u);
}

TEST_F(CountedVictimsTest, ArabicCountedCrowdAfterAnArrestIsTaken) {
  Doc doc = test::ExtractAt("date 2026-06-05\nاعتقلت الشرطة عشرات الشبان في مدينة بعقوبة يوم الأحد.", 2026, 6, 5);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Arrests"), 1u);
  EXPECT_NE(test::ActorId(doc, doc.events[0].actor1), "gen.civilians");
}

// A count of 11 to 99 takes the singular accusative (قتلوا 14 مزارعاً): the
// farmers are civilians as the plural is, so the killing is an attack on
// them even where the army fights the gunmen later in the report.
TEST_F(CountedVictimsTest, ArabicSingularAccusativeVictimsAreCivilians) {
  Doc doc = test::ExtractAt(
      "date 2026-06-05\nمينا – قال سكان إن مسلحين قتلوا 14 مزارعاً على الأقل ليل الأحد في هجوم على قرية قرب "
      "بلدة مينا بولاية النيجر في وسط نيجيريا.\nوقال متحدث باسم الجيش إن قوات اشتبكت مع المسلحين في غابة "
      "قريبة من مينا مساء الاثنين وقتلت أربعة منهم.",
      2026, 6, 5);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Attack"), 1u);
  EXPECT_EQ(CountSub(doc, "Armed clash"), 1u);
}

}  // namespace
}  // namespace marsad
