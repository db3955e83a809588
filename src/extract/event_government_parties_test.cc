// "The government" as a party: a bare government is the authorities of the
// country where the event happens; a longer name it begins ("the Government
// of National Unity") keeps its own actor; western Libya's government is
// Tripoli's. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventGovernmentPartiesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventGovernmentPartiesTest, BareGovernmentSignsAsTheCountrysAuthorities) {
  Doc doc = test::ExtractAt(
      "On Friday, the government and the Houthis signed an agreement in Taiz to exchange 40 detainees, "
      "mediators said.",
      2026, 5, 15);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Agreement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "yem.gov");
  EXPECT_EQ(test::CodedId(doc, e->actor2), "yem.houthis");
}

TEST_F(EventGovernmentPartiesTest, LongerNameTheGovernmentBeginsKeepsItsActor) {
  Doc doc = test::ExtractAt(
      "The Government of National Unity's interior ministry said its forces arrested five smugglers in Zawiya "
      "on Monday.",
      2026, 5, 12);
  test::MaybeDump(doc);
  bool gnu = false, bare = false;
  for (const ActorMention& a : doc.actors) {
    if (a.id == "lby.gnu") gnu = true;
    if (a.id == "gen.authorities") bare = true;
  }
  EXPECT_TRUE(gnu);
  EXPECT_FALSE(bare);
}

TEST_F(EventGovernmentPartiesTest, TripoliGovernmentIsTheGovernmentOfNationalUnity) {
  Doc doc = test::ExtractAt(
      "On Sunday, the neighbourhood council of Tajoura announced an agreement with the government in Tripoli "
      "to withdraw the armed groups from the district.",
      2026, 5, 17);
  test::MaybeDump(doc);
  const Event* e = test::FirstOfSub(doc, "Agreement");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "lby.gnu");
}

TEST_F(EventGovernmentPartiesTest, GenericNounKeepsItsWordsBeforeAnotherGenericNoun) {
  const std::string text = "In Dibis, federal army officers fired on a crowd of protesters on Monday, killing two.";
  Doc doc = test::ExtractAt(text, 2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, "fired on");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor2.actor, 0);
  const Span s = doc.actors[e->actor2.actor].span;
  EXPECT_EQ(text.substr(s.begin, s.size()), "federal army");
}

}  // namespace
}  // namespace marsad
