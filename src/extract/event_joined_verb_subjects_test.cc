// A verb joined by و/"and" with no subject of its own shares the subject of
// the verb before it, not the party of a verbal noun told between them; and
// "the X-ian Defence Forces" is X's army. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventJoinedVerbSubjectsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// The army repelled an attack by the RSF and retook a village: the retaking
// is the army's, not the RSF's whose attack (a verbal noun) was named last.
TEST_F(EventJoinedVerbSubjectsTest, JoinedVerbSkipsTheVerbalNounsAgent) {
  Doc doc = test::ExtractAt(
      "وقال الجيش السوداني إن قواته صدّت هجوماً لقوات الدعم السريع قرب مدينة بارا يوم الأحد، واستعادت السيطرة على قرية أم سيالة.",
      2026, 5, 12);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "واستعادت");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor1), "sdn.rsf");
}

TEST_F(EventJoinedVerbSubjectsTest, PeoplesDefenceForcesOfANationAreItsArmy) {
  Doc doc = test::ExtractAt(
      "وقالت قوات الدفاع الشعبية التنزانية إن جنودها اشتبكوا مع مسلحين قرب بلدة كيتايا يوم الخميس.", 2026, 5, 12);
  test::MaybeDump(doc);
  bool army = false;
  for (const auto& m : doc.actors) army = army || m.id == "tza.mil";
  EXPECT_TRUE(army);
}

}  // namespace
}  // namespace marsad
