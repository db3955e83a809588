// أسر as "families" (plural of أسرة), not the verb "captured": after منازل،
// بيوت "the homes of" and مع "with" (`not_event` cues of scope `next`: the
// word inside the cue after its first is a word of the phrase) it is no
// abduction; the verb with its subject and object stays one. Sentences are
// our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class FamiliesNounTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(FamiliesNounTest, TheHomesOfFamiliesAreNoAbduction) {
  Doc doc = test::ExtractAt("هاجم عشرات من أهالي قرية في مركز ملوي ليل الجمعة منازل أسر مسيحية ورشقوها بالحجارة.", 2026, 3,
                            10);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Abduction/forced disappearance"), 0u);
  Doc march = test::ExtractAt("وسارت مئات النساء أمس في مدينة بورتو نوفو تضامناً مع أسر الضحايا.", 2026, 3, 10);
  test::MaybeDump(march);
  EXPECT_EQ(test::CountSub(march, "Abduction/forced disappearance"), 0u);
  EXPECT_EQ(test::CountSub(march, "Peaceful protest"), 1u);
}

TEST_F(FamiliesNounTest, TheVerbStaysACapture) {
  Doc doc = test::ExtractAt("وأسر مقاتلو الحركة ثلاثة جنود قرب بلدة ميناكا يوم الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

}  // namespace
}  // namespace marsad
