// An actor alias written with a straight apostrophe in actor_aliases.tsv
// ("Jama'at Nusrat al-Islam wal-Muslimin") reads the curly one news copy
// often writes (’) as well. Sentences are our own wording.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventCurlyAliasesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventCurlyAliasesTest, GroupNameReadsEitherApostrophe) {
  for (const char* mark : {"'", "\xE2\x80\x99"}) {
    Doc doc = test::ExtractAt(std::string("Fighters of Jama") + mark +
                                  "at Nusrat al-Islam wal-Muslimin stormed an army post near Kayes on Sunday, "
                                  "killing four soldiers.",
                              2026, 5, 10);
    test::MaybeDump(doc);
    const Event* e = test::ExpectEvent(doc, "stormed");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(test::ActorId(doc, e->actor1), "mli.jnim") << mark;
  }
}

// The curly form of a two-apostrophe name alone, with no straight one in
// the sentence: the name is still read.
TEST_F(EventCurlyAliasesTest, CurlyNameAloneIsTheDoer) {
  Doc doc = test::ExtractAt(
      "Militants of Jama\xE2\x80\x99" "at Nusrat al-Islam wal-Muslimin ambushed a convoy of soldiers near Djibo on "
      "Monday, killing six of them, the army said.",
      2026, 5, 10);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mli.jnim");
}

}  // namespace
}  // namespace marsad
