// A party's own account of the deed told before, in either language and
// whatever its speech verb, is that event, and its larger count of the dead
// is the toll's high bound (event_folds.cc FoldOwnAccounts). Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class OwnAccountClaimsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static int TolledEvents(const Doc& doc) {
  int n = 0;
  for (const Event& e : doc.events) n += e.fatalities ? 1 : 0;
  return n;
}

static const CasualtyFigure* FirstToll(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.fatalities) return &*e.fatalities;
  return nullptr;
}

TEST_F(OwnAccountClaimsTest, ArabicAnnouncedOwnCountIsTheHighBound) {
  Doc doc = test::ExtractAt(
      "قُتل ما لا يقل عن 12 جندياً ليل الاثنين في هجوم شنّه مسلحون على قاعدة عسكرية في بلدة منغونو، وفق مصادر أمنية.\n"
      "وأعلن التنظيم في بيان أنه قتل 30 جندياً.",
      2025, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(TolledEvents(doc), 1);
  const CasualtyFigure* f = FirstToll(doc);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->best, std::optional<double>(12.0));
  EXPECT_EQ(f->high, std::optional<double>(30.0));
}

}  // namespace
}  // namespace marsad
