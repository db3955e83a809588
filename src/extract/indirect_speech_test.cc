#include "extract/indirect_speech.h"

#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class IndirectSpeechTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
  static const Quote* Indirect(const Doc& doc, size_t* index = nullptr) {
    for (size_t i = 0; i < doc.quotes.size(); ++i)
      if (doc.quotes[i].indirect) {
        if (index) *index = i;
        return &doc.quotes[i];
      }
    return nullptr;
  }
};

TEST_F(IndirectSpeechTest, ArabicSpeechVerbSpeakerAndComplementizer) {
  Doc doc = test::ExtractAt("وقال الجيش السوداني إن قواته استعادت السيطرة على مدينة ود مدني.", 2025, 1, 12);
  size_t i = 0;
  const Quote* q = Indirect(doc, &i);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(doc.OriginalText(q->span), "قواته استعادت السيطرة على مدينة ود مدني");
  ASSERT_GE(doc.quote_speakers[i], 0);
  EXPECT_EQ(doc.actors[doc.quote_speakers[i]].id, "sdn.saf");
}

TEST_F(IndirectSpeechTest, EnglishSpeakerBeforeTheVerb) {
  Doc doc = test::ExtractAt("The Sudanese army said that its forces retook Wad Madani on Saturday.", 2025, 1, 12);
  size_t i = 0;
  const Quote* q = Indirect(doc, &i);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(doc.OriginalText(q->span), "its forces retook Wad Madani on Saturday");
  EXPECT_EQ(doc.actors[doc.quote_speakers[i]].id, "sdn.saf");
}

TEST_F(IndirectSpeechTest, NeedsASpeakerAndAComplementizer) {
  // No actor speaks; a direct quote stays direct only.
  EXPECT_EQ(Indirect(test::ExtractAt("وقال مسؤول إن الوضع هادئ.", 2025, 1, 12)), nullptr);
  Doc direct = test::ExtractAt("وقال الجيش السوداني: «استعدنا المدينة».", 2025, 1, 12);
  EXPECT_EQ(Indirect(direct), nullptr);
  EXPECT_FALSE(direct.quotes.empty());
}

}  // namespace
}  // namespace marsad
