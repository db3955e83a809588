// A channel's own heading (a first line of a few words that tells no event
// and opens on a party's name: 🔴 جبهة المقاومة الوطنية | بنجشير, "Houthi
// Military Media Centre") files the posts after it: they are that party's
// word, and what it tells of the other side is its claim. A place read as a
// state ("SUDAN: … Situation Report") heads no channel. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class ChannelHeadingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OfSubType(const Doc& doc, std::string_view sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(ChannelHeadingTest, APartysArabicChannelClaimsTheEnemysBurning) {
  Doc doc = test::ExtractAt(
      "🔴 جبهة المقاومة الوطنية | بنجشير\n📍 عناصر طالبان أحرقوا صباح اليوم ثلاثة منازل في قرية قرب بازارك\n", 2025, 3, 2);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Looting/property destruction");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(ChannelHeadingTest, APlaceHeadingIsNoChannel) {
  Doc doc = test::ExtractAt("🔴 بنجشير\n📍 عناصر طالبان أحرقوا صباح اليوم ثلاثة منازل في قرية قرب بازارك\n", 2025, 3, 2);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Looting/property destruction");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ChannelHeadingTest, AnEnglishMediaCentreHeadingClaims) {
  Doc doc = test::ExtractAt(
      "Houthi Military Media Centre\nSaudi border guards opened fire on a group of migrants near Haydan on Saturday, killing two of them.\n",
      2025, 3, 2);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(ChannelHeadingTest, AStateNamedAsAPlaceHeadsNoChannel) {
  Doc doc = test::ExtractAt(
      "SUDAN: Kassala - Situation Report\nRSF fighters attacked a market in Kassala on Friday, killing four traders.\n", 2025, 3, 2);
  test::MaybeDump(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.status, "claimed") << e.acled_sub_event_type;
}

// An agency's headline that opens on a party ("Houthi leader to speak
// Friday") above a dateline is no channel's heading: the body is the
// agency's report, not the party's word.
TEST_F(ChannelHeadingTest, AnAgencysHeadlineOnAPartyIsNoChannel) {
  Doc doc = test::ExtractAt(
      "Houthi leader to speak on Friday\nSANAA, March 2 (Reuters) - Saudi border guards opened fire on a group of migrants "
      "near Haydan on Saturday, killing two of them.\n",
      2025, 3, 2);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Attack");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// A letterhead — a first line made only of the names of bodies, a force's
// common name opening it ("Ministry of Interior – Government of National
// Unity") — is the issuer's, as a statement's heading is: what its police
// did is its claim. A headline opening on the same common name but telling
// more than names ("Interior Ministry to review …") heads no statement.
TEST_F(ChannelHeadingTest, ALetterheadOfGenericNamesClaimsItsPolicesArrests) {
  Doc doc = test::ExtractAt(
      "Ministry of Interior – Government of National Unity\nPolice arrested five men carrying rifles at a checkpoint in "
      "Zawiya on Monday.\n",
      2025, 3, 2);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(ChannelHeadingTest, AHeadlineOpeningOnAGenericNameIsNoLetterhead) {
  Doc doc = test::ExtractAt(
      "Interior Ministry to review border rules\nPolice arrested five men carrying rifles at a checkpoint in "
      "Zawiya on Monday.\n",
      2025, 3, 2);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

}  // namespace
}  // namespace marsad
