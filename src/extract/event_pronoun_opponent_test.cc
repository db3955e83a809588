// اشتبكت معها، اشتبكوا معهم: an Arabic clash whose other side is a pronoun
// on مع is fought with the armed party told last before the verb that is
// not the subject's side — named by the group a partitive gives the men.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class PronounOpponentTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Clash(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Armed clash") return &e;
  return nullptr;
}

TEST_F(PronounOpponentTest, PronounOnWithIsTheGroupOfTheMenChased) {
  Doc doc = test::ExtractAt(
      "مقديشو – رويترز: قتل مسلحون من حركة الشباب ثلاثة قرويين في قرية قرب أفجوي ليل السبت. "
      "وقال الجيش الصومالي إن وحداته طاردت المهاجمين واشتبكت معهم قرب أفجوي صباح الأحد.",
      2026, 8, 3);
  test::MaybeDump(doc);
  const Event* e = Clash(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "som.shabaab") << test::ActorId(doc, e->actor2);
}

}  // namespace
}  // namespace marsad
