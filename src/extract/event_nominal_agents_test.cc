// An English noun of violence against civilians names its doer in a "by"
// phrase ("the rape of four women by soldiers", "the massacre of villagers
// by militiamen"), and a group that "documented" such a deed tells it, it
// did not do it. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class NominalAgentsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(NominalAgentsTest, TheByPhraseOfARapeNounIsItsDoer) {
  Doc doc = test::ExtractAt(
      "A rights group said it had documented the rape of four women by soldiers in villages near Bambari last week.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Sexual violence");
  ASSERT_NE(e, nullptr);
  const std::string id = test::ActorId(doc, e->actor1);
  EXPECT_TRUE(id == "caf.mil" || id == "gen.army") << id;  // the soldiers, coded by place when it is known
  // The group documented it: no party's own word.
  EXPECT_EQ(e->status, "reported");
}

TEST_F(NominalAgentsTest, TheByPhraseOfAMassacreNounIsItsDoer) {
  Doc doc = test::ExtractAt(
      "Survivors described the massacre of 30 villagers by Boko Haram fighters near Gwoza on Friday.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Attack");
  ASSERT_NE(e, nullptr);
  const std::string id = test::ActorId(doc, e->actor1);
  EXPECT_FALSE(id.empty());
  EXPECT_FALSE(id.starts_with("gen.unidentified")) << id;
}

}  // namespace
}  // namespace marsad
