// عمل على تفكيكها، أعلن توقيفه: a verbal noun of the event lexicon carries its
// object as a pronoun; the noun is a known stem (tools/ar_words_core.tsv), so
// the pronoun splits off and the trigger reads the noun.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class SuffixedVerbalNounsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(SuffixedVerbalNounsTest, DefusalWithObjectPronounIsAnEvent) {
  Doc doc = test::ExtractAt("عثرت دورية للجيش على منصة صواريخ في خراج بلدة القليلة وعملت على تفكيكها.", 2024, 5, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Disrupted weapons use"), 1u);
}

}  // namespace
}  // namespace marsad
