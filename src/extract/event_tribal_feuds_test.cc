// A tribal feud (نزاع عشائري، نزاع قبلي) fought between clans is an armed
// clash even without مسلح, when an armed party (the clans) is named; a feud
// with no armed side (a dispute sent to a court) is none. The grounds an act
// is set against (على خلفية نزاع عشائري) or traced to (تعود إلى) are a
// motive, no event told. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TribalFeudsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(TribalFeudsTest, AFeudBetweenClansIsAnArmedClash) {
  Doc doc = test::ExtractAt(
      "قُتل شخصان وأصيب ثلاثة آخرون مساء الثلاثاء في نزاع عشائري اندلع بين عشيرتين في قضاء الزبير غربي البصرة.", 2026,
      11, 4);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "نزاع عشائري");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->acled_sub_event_type, "Armed clash");
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.clan_militia");
}

TEST_F(TribalFeudsTest, TheAccusativeToo) {
  Doc doc = test::ExtractAt("شهد قضاء الزبير نزاعاً عشائرياً بين عشيرتين أسفر عن مقتل ثلاثة أشخاص.", 2026, 11, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

TEST_F(TribalFeudsTest, AFeudInCourtIsNoClash) {
  Doc doc = test::ExtractAt("أحالت محكمة البصرة نزاعاً عشائرياً على أرض زراعية إلى لجنة مختصة.", 2026, 11, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountType(doc, "Battles"), 0u);
}

TEST_F(TribalFeudsTest, TheFeudBehindAnActIsAMotive) {
  Doc doc = test::ExtractAt(
      "ألقى مسلحون قنبلة يدوية على منزل في قضاء الزبير فجر اليوم على خلفية نزاع عشائري، من دون إصابات.", 2026, 11, 4);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Grenade"), 1u);
  EXPECT_EQ(test::CountType(doc, "Battles"), 0u);
  Doc traced = test::ExtractAt(
      "ألقى مجهولون قنبلة يدوية على منزل في قضاء الزبير، ورجّح مصدر أمني أن دوافع الحادث تعود إلى نزاع عشائري.", 2026,
      11, 4);
  test::MaybeDump(traced);
  EXPECT_EQ(test::CountType(traced, "Battles"), 0u);
}

}  // namespace
}  // namespace marsad
