// An act named again as a time mark or as it ends — "since the ceasefire",
// "the fighting stopped", منذ بدء الهجوم، توقفت الاشتباكات — is the act told
// before, or one known, and no event of its own. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

size_t CountType(const Doc& doc, const std::string& type) {
  size_t n = 0;
  for (const Event& e : doc.events) n += e.acled_event_type == type;
  return n;
}

class RementionTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(RementionTest, ActAfterSinceIsTheTimeAPeriodRunsFrom) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nPolice shot dead four demonstrators in Kisumu on Wednesday, medics said, the deadliest day "
      "since the protest movement began in January.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("protest")), nullptr);
  EXPECT_NE(test::EventFor(doc, NormalizeKey("shot dead")), nullptr);
}

TEST_F(RementionTest, SinceWithADeedAndItsDateStillTellsIt) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nResidents blamed the Rapid Support Forces, which have used drones against the camp since seizing "
      "Nyala in October last year.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Battles"), 1u);
}

TEST_F(RementionTest, FightingThatStoppedIsTheFightingToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nClashes broke out between two armed groups in Gao on Monday night, killing three people, "
      "residents said. The fighting stopped on Tuesday morning after elders intervened.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Battles"), 1u);
}

// A bare event noun after "since" ("since fighting erupted in March") is the
// start of the running war a count is measured from, even with its month.
TEST_F(RementionTest, BareEventNounAfterSinceIsTheWarsStart) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nMore than 40,000 people have left the district since fighting erupted in February, aid "
      "agencies said.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Battles"), 0u);
}

// "As fighting spread": the running conflict an act is told against is
// background, no battle of its own.
TEST_F(RementionTest, FightingAnActIsSetAgainstIsBackground) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nGunmen killed four traders at a market in Bunia on Tuesday, local officials said, as fighting "
      "between rival militias in Ituri province intensified.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Battles"), 0u);
}

// The cue منذ بدء ends inside the event word بدء الهجوم; with no day of its
// own the attack is the one told before.
TEST_F(RementionTest, ArabicAttackSinceTheStartIsNoNewAttack) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nقُتل خمسة مدنيين في قصف مدفعي على سوق بلدة كفرنبل أمس الأربعاء. "
      "وأفاد الدفاع المدني بنزوح مئات العائلات من البلدة منذ بدء الهجوم.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::EventFor(doc, NormalizeKey("بدء الهجوم")), nullptr);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST_F(RementionTest, ArabicClashesThatStoppedAreTheClashesToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2025-04-10\nاندلعت اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية مساء الاثنين، ما أدى إلى مقتل ثلاثة أشخاص. "
      "وتوقفت الاشتباكات صباح الثلاثاء بعد تدخل وجهاء المدينة.",
      2025, 4, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountType(doc, "Battles"), 1u);
}

}  // namespace
}  // namespace marsad
