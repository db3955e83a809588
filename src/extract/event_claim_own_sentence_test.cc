// A claim of responsibility in the sentence that tells its deed before it
// claims that deed, not the violence of the sentences before; a claim of
// two deeds (الهجومين) still covers both. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventClaimOwnSentenceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const std::string kGrenade = "ألقى مجهولون قنبلة يدوية على مركز للشرطة في مدينة بيشاور ليل الجمعة. ";
const std::string kBlast = "وانفجرت عبوة ناسفة بسيارة للشرطة في بيشاور صباح السبت، ما أدى إلى مقتل شرطيين، وأعلنت حركة طالبان ";

TEST_F(EventClaimOwnSentenceTest, TheClaimCoversTheBlastOfItsSentenceOnly) {
  Doc doc = test::ExtractAt(kGrenade + kBlast + "باكستان مسؤوليتها عن التفجير.", 2026, 3, 8);
  test::MaybeDump(doc);
  const Event* grenade = test::ExpectEvent(doc, "قنبلة يدوية");
  ASSERT_NE(grenade, nullptr);
  EXPECT_NE(test::ActorId(doc, grenade->actor1), "pak.ttp");
  const Event* blast = test::ExpectEvent(doc, "وانفجرت");
  ASSERT_NE(blast, nullptr);
  EXPECT_EQ(test::ActorId(doc, blast->actor1), "pak.ttp");
}

TEST_F(EventClaimOwnSentenceTest, AClaimOfBothAttacksCoversBoth) {
  Doc doc = test::ExtractAt(kGrenade + kBlast + "باكستان مسؤوليتها عن الهجومين.", 2026, 3, 8);
  test::MaybeDump(doc);
  const Event* grenade = test::ExpectEvent(doc, "قنبلة يدوية");
  ASSERT_NE(grenade, nullptr);
  EXPECT_EQ(test::ActorId(doc, grenade->actor1), "pak.ttp");
}

}  // namespace
}  // namespace marsad
