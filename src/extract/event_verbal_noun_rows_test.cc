// Verbal nouns (تفريق، إطلاق سراح، مداهمة) are nominal trigger rows: the noun
// after them is what the act was done to, never its subject, so the doer is
// looked for elsewhere in the sentence. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class VerbalNounRowsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OfSubType(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(VerbalNounRowsTest, DispersingTheCrowdIsThePolicesIntervention) {
  Doc doc = test::ExtractAt(
      "الخرطوم - شهدت مدينة عطبرة يوم الخميس احتجاجات على غلاء الأسعار، وأقدمت قوات الأمن على تفريق المتظاهرين "
      "بالغاز المسيل للدموع.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSubType(doc, "Protest with intervention");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "gen.protesters");
  EXPECT_FALSE(e->actor2.identity.id.empty());
  EXPECT_NE(e->actor2.identity.id, "gen.protesters");
}

TEST_F(VerbalNounRowsTest, ThoseReleasedAreNotTheReleaser) {
  Doc doc = test::ExtractAt(
      "صنعاء - أعلنت جماعة الحوثي يوم الأحد إطلاق سراح عشرين أسيراً من القوات الحكومية في مدينة مأرب.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("إطلاق سراح"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "yem.houthis");
}

TEST_F(VerbalNounRowsTest, AssassinationByHandsOfNamesTheDoerNotTheAnnouncer) {
  Doc doc = test::ExtractAt(
      "البصرة - أعلنت الشرطة العراقية اغتيال ضابط في الاستخبارات على يد مسلحين مجهولين في مدينة البصرة مساء الأحد.",
      2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("اغتيال"));
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor1), "irq.police");
}

}  // namespace
}  // namespace marsad
