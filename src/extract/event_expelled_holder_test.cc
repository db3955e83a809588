// A taking of territory told "after driving out X" (بعد طرد عناصر X منها)
// was taken from X; FACT's Arabic name without "in Chad" is FACT.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventExpelledHolderTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventExpelledHolderTest, TheGroupDrivenOutLostThePlace) {
  Doc doc = test::ExtractAt(
      "قال مسؤول محلي إن الجيش المالي قصف مواقع قرب ميناكا يوم السبت. وسيطر مقاتلو جماعة نصرة الإسلام والمسلمين "
      "على بلدة قرب ميناكا يوم الأحد بعد طرد عناصر تنظيم الدولة الإسلامية منها.",
      2026, 6, 8);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "وسيطر");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "mli.jnim");
  EXPECT_NE(test::CodedId(doc, e->actor2), "mli.army");
  EXPECT_EQ(test::ActorId(doc, e->actor2), "isis");
}

TEST_F(EventExpelledHolderTest, PastGenericGunmenOfTheGroup) {
  Doc doc = test::ExtractAt(
      "أعلنت الحكومة التشادية أن الجيش استعاد السيطرة على منجم للذهب شمال فايا لارجو بعد طرد مسلحين من جبهة "
      "التناوب والوفاق منه يوم الخميس.",
      2026, 6, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "استعاد");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor2), "tcd.fact");
}

TEST_F(EventExpelledHolderTest, NoPartyNamedAfterTheCueChangesNothing) {
  Doc doc = test::ExtractAt(
      "سيطر مقاتلو جماعة نصرة الإسلام والمسلمين على بلدة قرب ميناكا يوم الأحد بعد طرد السكان منها.", 2026, 6, 8);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "سيطر");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::ActorId(doc, e->actor2), "gen.civilians");
}

}  // namespace
}  // namespace marsad
