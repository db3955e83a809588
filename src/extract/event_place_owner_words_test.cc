// An English possessive on the last word of a place's name ("South Sudan's
// Upper Nile state", "Port Sudan's southern port") makes no owner of that
// word alone: "Sudan" inside the name is not the state of Sudan, a party of
// the deed. The whole name "South Sudan" is that state's name. Sentences are
// our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventPlaceOwnerWordsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventPlaceOwnerWordsTest, SudanInsideSouthSudansIsNoParty) {
  Doc doc = test::ExtractAt(
      "Gunmen from South Sudan's Upper Nile state attacked a village near Gambela on Monday, killing five people, "
      "officials said.",
      2026, 11, 19);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    EXPECT_NE(test::CodedId(doc, e.actor1), "sdn.state");
    EXPECT_NE(test::CodedId(doc, e.actor2), "sdn.state");
  }
}

TEST_F(EventPlaceOwnerWordsTest, SudanInsidePortSudansIsNoParty) {
  Doc doc = test::ExtractAt("A drone struck a fuel depot near Port Sudan's southern port on Monday, officials said.", 2026,
                            11, 19);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) {
    EXPECT_NE(test::CodedId(doc, e.actor1), "sdn.state");
    EXPECT_NE(test::CodedId(doc, e.actor2), "sdn.state");
  }
}

}  // namespace
}  // namespace marsad
