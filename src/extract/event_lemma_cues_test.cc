// The event builder looks a trigger's lemma up in the cue table once per
// document (Builder::Index, lemma_rows_) and keeps each lemma's lookup key
// per thread (LemmaKey, event_index.cc): the key is NormalizeKey's, however
// often and in whatever order lemmas are asked, and nothing of one
// document's triggers carries into the next. Lemmas and sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/event_builder.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

using events_internal::LemmaKey;

TEST(LemmaKeyTest, IsNormalizeKeyOfTheLemma) {
  // Hamza forms, ta marbuta and alef maqsura are what NormalizeKey folds.
  for (const std::string lemma : {"أطلق", "إصابة", "اشتباك", "مسيرة", "رمى", "Shelled", "killed"})
    EXPECT_EQ(LemmaKey(lemma), NormalizeKey(lemma)) << lemma;
}

TEST(LemmaKeyTest, AskedAgainGivesTheSameKey) {
  const std::string first = LemmaKey("أطلق");
  EXPECT_EQ(LemmaKey("هاجم"), NormalizeKey("هاجم"));
  EXPECT_EQ(LemmaKey("أطلق"), first);
}

TEST(LemmaKeyTest, StaysRightPastItsBound) {
  // More lemmas than the memo keeps: it starts over, and every key is still
  // NormalizeKey's (none left over from before, none mixed up).
  const std::string before = LemmaKey("أصيب");
  for (int i = 0; i < 9000; ++i) {
    const std::string made_up = "إطلاق" + std::to_string(i);
    ASSERT_EQ(LemmaKey(made_up), NormalizeKey(made_up)) << i;
  }
  EXPECT_EQ(LemmaKey("أصيب"), before);
  EXPECT_EQ(LemmaKey("إطلاق17"), NormalizeKey("إطلاق17"));
}

class LemmaRowsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// Trigger words whose lemmas the builder's rules ask about by cue type
// (abduction, arrest, shelling, an attack verb and a protest noun).
constexpr const char* kArabic =
    "اختطف مسلحون مجهولون ثلاثة تجار على الطريق قرب بلدة الحميدية، فيما اعتقلت قوات الأمن خمسة أشخاص "
    "بعد قصف مدفعي استهدف القرية وهجوم على نقطة عسكرية.";
constexpr const char* kEnglish =
    "Gunmen abducted three traders on the road near the town of Tal Abyad, while police arrested five "
    "people after shelling hit the village and protesters marched in the town on Monday.";

TEST_F(LemmaRowsTest, ADocumentReadAgainAfterAnotherGivesTheSameEvents) {
  const std::string first = test::Dump(test::ExtractAt(kArabic, 2025, 3, 2));
  const std::string other = test::Dump(test::ExtractAt(kEnglish, 2025, 3, 2));
  ASSERT_FALSE(test::ExtractAt(kArabic, 2025, 3, 2).events.empty());
  ASSERT_FALSE(test::ExtractAt(kEnglish, 2025, 3, 2).events.empty());
  EXPECT_EQ(test::Dump(test::ExtractAt(kArabic, 2025, 3, 2)), first);
  EXPECT_EQ(test::Dump(test::ExtractAt(kEnglish, 2025, 3, 2)), other);
  EXPECT_NE(first, other);
}

}  // namespace
}  // namespace marsad
