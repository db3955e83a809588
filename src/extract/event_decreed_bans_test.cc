// A ban (on motorbikes, on gatherings) that no named party imposes is the
// government's of the country it is in, as a curfew is; a group named
// imposing it keeps it. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class DecreedBansTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Change(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Change to group/activity") return &e;
  return nullptr;
}

TEST_F(DecreedBansTest, BanOnMotorbikesByTheGovernorIsTheGovernments) {
  Doc doc = test::ExtractAt(
      "NAIROBI, Aug 12 (Reuters) - The county governor on Monday banned motorbike traffic after dark in Mandera "
      "to curb attacks, officials said.",
      2026, 8, 12);
  test::MaybeDump(doc);
  const Event* e = Change(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "ken.gov") << e->actor1.identity.id;
}

TEST_F(DecreedBansTest, ExtendedBanOnGatheringsIsTheGovernments) {
  Doc doc = test::ExtractAt(
      "DAKAR, May 20 (AFP) - Officials in Ziguinchor on Tuesday extended a ban on public gatherings for another "
      "month, citing the risk of unrest.",
      2026, 5, 20);
  test::MaybeDump(doc);
  const Event* e = Change(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor1.identity.id, "sen.gov") << e->actor1.identity.id;
}

TEST_F(DecreedBansTest, BanImposedByANamedGroupStaysItsOwn) {
  Doc doc = test::ExtractAt(
      "MOGADISHU, July 1 (Reuters) - Al-Shabaab imposed a ban on smartphones in villages it controls near Jilib, "
      "residents said on Tuesday.",
      2026, 7, 1);
  test::MaybeDump(doc);
  const Event* e = Change(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "som.shabaab") << test::ActorId(doc, e->actor1);
}

// A ban on women names them as its object: they are who it restricts
// (actor 2, civilians), never who imposed it, whether the verb is the ban
// itself or a decree's (قراراً يمنع), where the issuer is actor 1.
TEST_F(DecreedBansTest, WomenBannedByADecreeAreItsObject) {
  Doc doc = test::ExtractAt(
      "كابول – أصدرت سلطات طالبان في ولاية بلخ قراراً يمنع النساء من العمل في المطاعم اعتباراً من اليوم الأحد.", 2026,
      6, 14);
  test::MaybeDump(doc);
  const Event* e = Change(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "afg.taliban") << test::ActorId(doc, e->actor1);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians") << test::ActorId(doc, e->actor2);
}

TEST_F(DecreedBansTest, WomenBarredAfterTheSubjectAreTheObject) {
  Doc doc = test::ExtractAt(
      "كابول – منعت سلطات طالبان النساء من السفر إلى مدينة هرات دون محرم اعتباراً من يوم الخميس.", 2026, 6, 14);
  test::MaybeDump(doc);
  const Event* e = Change(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor2), "gen.civilians") << test::ActorId(doc, e->actor2);
  EXPECT_NE(test::ActorId(doc, e->actor1), "gen.civilians");
}

}  // namespace
}  // namespace marsad
