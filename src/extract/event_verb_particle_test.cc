// A nationality adjective ending right before the particle قد / لقد that
// stands between a subject and its verb (وكانت وحدة تركية قد اعتقلت) names
// the verb's doer, as it does right before the verb. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class VerbParticleTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(VerbParticleTest, AdjectiveBeforeQadNamesTheDoer) {
  Doc doc = test::ExtractAt("date 2026-05-20\nوكانت وحدة تركية قد اعتقلت ثلاثة رعاة قرب بلدة تل أبيض يوم الأحد.", 2026, 5,
                            20);
  test::MaybeDump(doc);
  const Event* arrest = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests") arrest = &e;
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(test::CodedId(doc, arrest->actor1), "tur.mil");
}

// A base entered "without any friction" (من دون أي احتكاك) after the other
// side withdrew from it changed hands peacefully: a non-violent transfer.
TEST_F(VerbParticleTest, BaseEnteredWithoutFrictionIsANonViolentTransfer) {
  Doc doc = test::ExtractAt(
      "date 2026-05-20\nوكانت وحدات روسية قد دخلت قاعدة قرب بلدة عين عيسى التي انسحبت منها القوات الأمريكية، من "
      "دون أي احتكاك بين الجانبين.",
      2026, 5, 20);
  test::MaybeDump(doc);
  const Event* entry = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Battles" || e.acled_sub_event_type == "Non-violent transfer of territory") entry = &e;
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->acled_sub_event_type, "Non-violent transfer of territory");
  EXPECT_EQ(test::CodedId(doc, entry->actor1), "rus.mil");
}

}  // namespace
}  // namespace marsad
