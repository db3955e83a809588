// The event builder asks "is there a cue of type T in this sentence?"
// (Builder::AnyCue) tens of thousands of times a document. Index() keeps,
// per sentence, a 64-bit set of its cues' type signatures (CueTypeSig,
// CueTypeBit): a type whose bit is not set has no cue there, and a cue's
// signature is compared before its type's bytes. These tests check the
// signature's promises and that a rule asking for a cue still finds it in a
// sentence that holds many other cue types, in a document with a header
// line outside any sentence. The sentences are our own.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/event_builder.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using events_internal::CueTypeBit;
using events_internal::CueTypeSig;
using events_internal::RolesHave;

// A trigger row's role tokens are read whole (Builder::NeedsArmed): a row
// that needs an armed target does not thereby need an armed party.
TEST(RolesHaveTest, ReadsWholeTokensOnly) {
  EXPECT_TRUE(RolesHave("subj=actor1 needs=armed", "needs=armed"));
  EXPECT_TRUE(RolesHave("needs=armed needs=place", "needs=armed"));
  EXPECT_FALSE(RolesHave("subj=actor2 needs=armed_target", "needs=armed"));
  EXPECT_TRUE(RolesHave("needs=armed_target needs=armed", "needs=armed"));
  EXPECT_FALSE(RolesHave("subj=actor1 unneeds=armed", "needs=armed"));
  EXPECT_FALSE(RolesHave("", "needs=armed"));
}

TEST(CueTypeSigTest, EqualTypesHaveEqualSignaturesAndBits) {
  for (const std::string type : {"subjected", "relative", "goods", "negation", "hedge", "detail_doubt", "x"}) {
    const std::string copy = type;  // another buffer, the same bytes
    EXPECT_EQ(CueTypeSig(type), CueTypeSig(std::string_view(copy))) << type;
    EXPECT_EQ(CueTypeBit(CueTypeSig(type)), CueTypeBit(CueTypeSig(copy))) << type;
  }
}

TEST(CueTypeSigTest, TellsLengthAndEndsApart) {
  EXPECT_NE(CueTypeSig("hedge"), CueTypeSig("hedges"));
  EXPECT_NE(CueTypeSig("intent"), CueTypeSig("extent"));
  EXPECT_NE(CueTypeSig("lead_up"), CueTypeSig("lead_in"));
  EXPECT_EQ(CueTypeSig(""), 0u);
}

TEST(CueTypeSigTest, TypesMayShareASignature) {
  // Same length, first, middle and last bytes: the signature alone cannot
  // tell them apart, which is why AnyCue compares the type after it.
  EXPECT_EQ(CueTypeSig("abcde"), CueTypeSig("axcye"));
}

TEST(CueTypeSigTest, EachSignatureSetsOneBit) {
  for (const std::string_view type : {"subjected", "relative", "goods", "negation", "capital", "subset"}) {
    const uint64_t bit = CueTypeBit(CueTypeSig(type));
    EXPECT_NE(bit, 0u) << type;
    EXPECT_EQ(bit & (bit - 1), 0u) << type;
  }
}

TEST(CueTypeSigTest, TheBitsOfSeveralTypesHoldEachOnesBit) {
  constexpr uint64_t kStatus = events_internal::CueTypeBits({"negation", "foiled", "hedge", "intent", "historical"});
  for (const std::string_view type : {"negation", "foiled", "hedge", "intent", "historical"})
    EXPECT_NE(kStatus & CueTypeBit(CueTypeSig(type)), 0u) << type;
  EXPECT_EQ(events_internal::CueTypeBits({}), 0u);
  EXPECT_EQ(events_internal::CueTypeBits({"goods"}), CueTypeBit(CueTypeSig("goods")));
}

class CueTypeSetsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// A `subjected` cue ("came under") in the second sentence of a report with
// a header line, among a speech verb, a hedge and a day: the town it has as
// subject is where the shelling fell, not the town the fire came from
// (without the cue the event goes to Hama).
TEST_F(CueTypeSetsTest, SubjectedCueFoundAmongOtherCuesOfItsSentence) {
  const Doc doc = test::ExtractAt(
      "date 2019-05-09\n"
      "Tensions have been high in the area for days, local activists said.\n"
      "Residents said on Thursday that the town of Kafranbel, south of Idlib, reportedly came under heavy "
      "shelling from army positions in Hama.",
      2019, 5, 9);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "shelling");
  ASSERT_NE(e, nullptr);
  const PlaceMention* p = test::PlaceOf(doc, e);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Kafranbel");
}

// The speech verbs' loops read `attribution` cues only and skip the others
// by their type bits: an unnamed source's word is still found in a sentence
// that also holds a hedge, a day, a settlement noun and a manner cue.
TEST_F(CueTypeSetsTest, AttributionFoundAmongOtherCuesOfItsSentence) {
  const Doc doc = test::ExtractAt(
      "date 2019-05-07\n"
      "A security source, speaking on condition of anonymity, said on Tuesday that gunmen reportedly killed two "
      "soldiers at a checkpoint near the town of Kafranbel, without giving further details.",
      2019, 5, 7);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "killed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->attribution_kind, "anonymous_source");
  EXPECT_EQ(e->status, "hedged");
}

// Every dated event is compared with the report's day, read once per
// document (Builder::RefLastDay): a recent act, one of a year before and
// another recent one of the same report keep their own statuses in turn,
// and a second report of another day is judged by its own day.
TEST_F(CueTypeSetsTest, EachDatedEventIsJudgedByItsReportsDay) {
  const std::string text =
      "Gunmen killed two soldiers at a checkpoint near the town of Kafranbel on Monday. In July 2018, gunmen "
      "killed three policemen in the same area, residents said. On Tuesday, gunmen attacked a patrol near Maarat al-Numan.";
  const Doc doc = test::ExtractAt("date 2019-10-16\n" + text, 2019, 10, 16);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 3u);
  EXPECT_EQ(doc.events[0].status, "reported");
  EXPECT_EQ(doc.events[1].status, "historical");
  EXPECT_EQ(doc.events[2].status, "reported");
  // The same words in a report of August 2018: the July act is news.
  const Doc older = test::ExtractAt("date 2018-08-02\n" + text, 2018, 8, 2);
  test::MaybeDump(older);
  ASSERT_GE(older.events.size(), 2u);
  size_t historical = 0;
  for (const Event& e : older.events) historical += e.status == "historical";
  EXPECT_EQ(historical, 0u);
}

}  // namespace
}  // namespace marsad
