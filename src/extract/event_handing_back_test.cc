// Captives handed over after their release are that release told to its
// end, not ground changing hands nor a second release. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::CountSub;

class HandingBackTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(HandingBackTest, ArabicCaptivesHandedToAMissionAfterTheirReleaseAreOneRelease) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nأفرجت الجماعة المسلحة يوم الأحد عن ثلاثة مهندسين كانت تحتجزهم منذ شهر، "
      "وسلّمتهم إلى بعثة إنسانية في مدينة الموصل.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 0u);
}

TEST_F(HandingBackTest, ArabicHandingBackToFamiliesJoinsTheReleaseWithItsCaptors) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nاعتقلت قوات الأمن 20 متظاهرا في مدينة حمص يوم الاثنين، ثم أطلقت سراح 12 منهم "
      "وسلمتهم إلى عائلاتهم.",
      2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_EQ(CountSub(doc, "Other"), 1u);
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Other") {
      ASSERT_GE(e.actor1.actor, 0);
      EXPECT_NE(doc.actors[e.actor1.actor].name.find("Security"), std::string::npos) << doc.actors[e.actor1.actor].name;
    }
}

TEST_F(HandingBackTest, ArabicHandingBackInTheNextSentenceJoinsTheRelease) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nأفرجت قوات الأمن يوم الثلاثاء عن سبعة طلاب في مدينة حمص. وسُلّموا إلى ذويهم "
      "بعد التحقيق معهم.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
}

// A town handed over after a release is ground changing hands: its own event.
TEST_F(HandingBackTest, ArabicTownHandedOverAfterAReleaseStaysATransfer) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nأطلق المسلحون سراح رهينتين يوم الخميس قرب مدينة غاو، وسلّموا بلدة بوريم إلى الجيش.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 1u);
}

TEST_F(HandingBackTest, EnglishHostagesHandedToTheRedCrossAfterTheirReleaseAreOneRelease) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe rebels freed four hostages near Beni on Sunday and handed them over to the Red Cross.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 0u);
}

// The dead or captives handed over by their captors are a release (ACLED);
// suspects handed to prosecutors are not.
TEST_F(HandingBackTest, ArabicBodiesHandedOverByTheirCaptorsAreARelease) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nسلّمت حركة الشباب يوم الاثنين جثث ثلاثة جنود إلى وجهاء محليين في بلدة بلدوين.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
  EXPECT_EQ(CountSub(doc, "Non-violent transfer of territory"), 0u);
}

TEST_F(HandingBackTest, ArabicRemainsOfCaptivesHandedToTheRedCrossAreARelease) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nوسلّم الحوثيون رفات أسيرين سعوديين إلى اللجنة الدولية للصليب الأحمر في صنعاء أمس الأحد.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
}

TEST_F(HandingBackTest, ArabicSuspectsHandedToProsecutorsAreNoRelease) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nسلّمت الشرطة الموقوفين الأربعة إلى النيابة العامة في مدينة طرابلس يوم الأحد.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 0u);
}

// Men in uniform set free are captives whoever held them; a statement
// released that speaks of soldiers frees no one.
TEST_F(HandingBackTest, EnglishSoldiersFreedByRebelsAreARelease) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nMaoist rebels freed three policemen they had held for a month in Sukma district on Friday.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 1u);
}

TEST_F(HandingBackTest, EnglishStatementReleasedAboutSoldiersIsNoRelease) {
  Doc doc = test::ExtractAt(
      "date 2026-03-10\nThe army released a statement on Monday saying two soldiers were wounded near Kidal.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(CountSub(doc, "Other"), 0u);
}

}  // namespace
}  // namespace marsad
