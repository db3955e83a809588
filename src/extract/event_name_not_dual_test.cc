// A word the actor lexicon reads as a name (طالبان: the Taliban) is no dual
// of a person noun (طالب "student") as a killing verb's object
// (event_tolls.cc VictimNounCue). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class NameNotDualTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(NameNotDualTest, TalibanAfterTheObjectCountsNoTwo) {
  Doc doc = test::ExtractAt("قال سكان إن مسلحين مجهولين اغتالوا داعية مقرّباً من طالبان في قندوز ليل الأحد.",
                            2025, 6, 4);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    if (e.fatalities) {
      EXPECT_NE(e.fatalities->best, std::optional<double>(2.0));
    }
  }
  Doc mufti = test::ExtractAt("قال سكان إن مسلحين مجهولين اغتالوا مفتي الولاية المقرّب من طالبان في قندوز ليل الأحد.", 2025,
                              6, 4);
  test::MaybeDump(mufti);
  ASSERT_FALSE(mufti.events.empty());
  for (const Event& e : mufti.events) {
    if (e.fatalities) {
      EXPECT_NE(e.fatalities->best, std::optional<double>(2.0));
    }
  }
}

TEST_F(NameNotDualTest, DualOfAPersonNounStillCountsTwo) {
  Doc doc = test::ExtractAt("أفادت مصادر محلية بأن مجهولين اغتالوا طالبين جامعيين في مدينة قندوز ليل الأحد.", 2025, 6, 4);
  test::MaybeDump(doc);
  bool two = false;
  for (const Event& e : doc.events)
    if (e.fatalities && e.fatalities->best == std::optional<double>(2.0)) two = true;
  EXPECT_TRUE(two);
}

}  // namespace
}  // namespace marsad
