// المجلس العسكري نالوت: a town right after an Arabic `group_noun` cue, with
// no preposition, is part of the body's name, never the event's place; told
// after في it still locates. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class CouncilTownsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(CouncilTownsTest, ATownInsideACouncilsNameIsNoPlace) {
  Doc doc = test::ExtractAt(
      "وتسلمت قوة من المجلس العسكري نالوت يوم الأربعاء إدارة منفذ وازن الحدودي من كتيبة تابعة لوزارة الداخلية.", 2026,
      3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const PlaceMention* p = test::PlaceOf(doc, &doc.events[0]);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Wazin");
}

TEST_F(CouncilTownsTest, ATownAfterAPrepositionStillLocates) {
  Doc doc = test::ExtractAt("وهاجم مسلحون مقر المجلس العسكري في نالوت فجر الأحد.", 2026, 3, 10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const PlaceMention* p = test::PlaceOf(doc, &doc.events[0]);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->location.name, "Nalut");
}

// An unknown crossing told first hangs under no town of an actor's name told
// after it: the event is not coded to the council's town.
TEST_F(CouncilTownsTest, AnUnknownCrossingIsNotPutInTheCouncilsTown) {
  Doc doc = test::ExtractAt(
      "واندلعت اشتباكات عنيفة عند معبر رأس اجدير الحدودي بين دورية للشرطة ومسلحين من المجلس العسكري نالوت.", 2026, 3,
      10);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const PlaceMention* p = test::PlaceOf(doc, &doc.events[0]);
  if (p != nullptr) EXPECT_NE(p->location.name, "Nalut");
}

}  // namespace
}  // namespace marsad
