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

// A claimant whose name ends like a dual or a plural (طالبان) is no claim of
// two deeds: the deed word after the name (التفجير) is one, and the grenade
// of the sentence before stays the unknown hands'.
TEST_F(EventClaimOwnSentenceTest, AClaimantNamedLikeADualClaimsOneDeed) {
  Doc doc = test::ExtractAt(kGrenade +
                                "وانفجرت عبوة ناسفة بسيارة للشرطة في بيشاور صباح السبت، ما أدى إلى مقتل شرطيين، وتبنت "
                                "حركة طالبان التفجير.",
                            2026, 3, 8);
  test::MaybeDump(doc);
  const Event* grenade = test::ExpectEvent(doc, "قنبلة يدوية");
  ASSERT_NE(grenade, nullptr);
  EXPECT_NE(test::ActorId(doc, grenade->actor1), "afg.taliban");
}

// An indefinite deed word with a genitive after it (تفجير الاثنين "Monday's
// bombing") is one deed; only after a `deeds_collective` (كلا، سلسلة) does
// the annexed dual or plural claim several.
TEST_F(EventClaimOwnSentenceTest, AGenitiveAfterTheDeedIsNoPluralButAQuantifierIs) {
  Doc one = test::ExtractAt(kGrenade + kBlast + "باكستان مسؤوليتها عن تفجير الاثنين.", 2026, 3, 8);
  test::MaybeDump(one);
  const Event* grenade = test::ExpectEvent(one, "قنبلة يدوية");
  ASSERT_NE(grenade, nullptr);
  EXPECT_NE(test::ActorId(one, grenade->actor1), "pak.ttp");
  for (const char* tail : {"باكستان مسؤوليتها عن كلا الهجومين.", "باكستان مسؤوليتها عن سلسلة التفجيرات."}) {
    Doc both = test::ExtractAt(kGrenade + kBlast + tail, 2026, 3, 8);
    test::MaybeDump(both);
    const Event* g = test::ExpectEvent(both, "قنبلة يدوية");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(test::ActorId(both, g->actor1), "pak.ttp") << tail;
  }
}

// A definite deed (الهجوم) and how it was done after it (بالعبوات): one deed.
TEST_F(EventClaimOwnSentenceTest, TheMeansAfterTheDeedIsNoSecondDeed) {
  Doc doc = test::ExtractAt(kGrenade + kBlast + "باكستان مسؤوليتها عن الهجوم بالعبوات.", 2026, 3, 8);
  test::MaybeDump(doc);
  const Event* grenade = test::ExpectEvent(doc, "قنبلة يدوية");
  ASSERT_NE(grenade, nullptr);
  EXPECT_NE(test::ActorId(doc, grenade->actor1), "pak.ttp");
}

}  // namespace
}  // namespace marsad
