// A claim of responsibility told in the sentence of the deed, after it,
// names that deed again — not a second event (event_folds.cc
// FoldResponsibilityClaims). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class ClaimInSentenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(ClaimInSentenceTest, ArabicClaimantBetweenClaimAndDeed) {
  Doc doc = test::ExtractAt(
      "انفجرت عبوة ناسفة بآلية لقوات الحزام الأمني على الطريق بين أحور وزنجبار مساء الجمعة، ما أسفر عن إصابة جنديين، "
      "وتبنّى تنظيم القاعدة في جزيرة العرب التفجير لاحقاً.",
      2025, 4, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Explosions/Remote violence"), 1u);
}

TEST_F(ClaimInSentenceTest, ArabicUnnamedClaimantBetweenClaimAndDeed) {
  Doc doc = test::ExtractAt(
      "انفجرت عبوة ناسفة بشاحنة للجيش على الطريق بين مودية وعتق مساء الجمعة، وأصيب سائقها، وتبنّت جماعة مسلحة "
      "التفجير في بيان.",
      2025, 4, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Explosions/Remote violence"), 1u);
}

TEST_F(ClaimInSentenceTest, EnglishClaimAfterTheDeedOfItsSentence) {
  Doc doc = test::ExtractAt(
      "A roadside bomb hit an army truck on the road between Kismayo and Jamaame on Sunday, wounding three soldiers, "
      "and al-Shabaab claimed the bombing in a statement.",
      2025, 4, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Explosions/Remote violence"), 1u);
}

// A claim of the deeds in the plural ("claimed the killings") names their
// doer as the singular does.
TEST_F(ClaimInSentenceTest, EnglishClaimOfTheKillingsNamesTheGunmen) {
  Doc doc = test::ExtractAt(
      "Gunmen shot dead four truck drivers near Turbat on Sunday night, police said. The Baloch Liberation Army "
      "claimed the killings in a statement.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "pak.bla");
}

}  // namespace
}  // namespace marsad
