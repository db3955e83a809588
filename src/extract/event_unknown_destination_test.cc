// جهة مجهولة right after إلى (نقلوه إلى جهة مجهولة) is where captives were
// taken — a `destination` cue holding the preposition and the name — no
// unidentified armed party, and it lends no doer to a second arrest. As a
// doer (خطفت جهة مجهولة) it is still one. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class UnknownDestinationTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(UnknownDestinationTest, AnUnknownDestinationIsNoArmedParty) {
  Doc doc = test::ExtractAt(
      "واعتقلت قوات الأمن سبعة طلاب في مدينة سنندج، ونُقل ثلاثة منهم إلى جهة مجهولة ولم تتمكن عائلاتهم من معرفة مكان "
      "احتجازهم.",
      2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_FALSE(test::Named(doc, "gen.unidentified_armed_group"));
  EXPECT_EQ(test::CountSub(doc, "Arrests"), 1u);
}

TEST_F(UnknownDestinationTest, LedAwayToAnUnknownDestination) {
  Doc doc = test::ExtractAt("داهم مسلحون منزل صحفي في مدينة الديوانية واقتادوه إلى جهة مجهولة.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_FALSE(test::Named(doc, "gen.unidentified_armed_group"));
}

TEST_F(UnknownDestinationTest, AnUnknownPartyAsDoerIsStillAParty) {
  Doc doc = test::ExtractAt("وخطفت جهة مجهولة ناشطاً مدنياً في مدينة البصرة مساء الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "gen.unidentified_armed_group"));
}

}  // namespace
}  // namespace marsad
