// An operation named as the object of an Arabic speech verb (أعلنت الشرطة
// توقيف …) is the announcing body's own act: `claimed`. Not so what a rights
// group announces, nor what follows a complementizer (قالت النيابة إن …),
// nor a fight a prosecutor merely reports. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

const Event* FirstOf(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

class AnnouncedActsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(AnnouncedActsTest, PoliceAnnouncingAnArrestClaimIt) {
  Doc doc = test::ExtractAt(
      "date 2026-04-14\nوأعلنت شرطة البصرة توقيف سبعة من المتظاهرين في قضاء الزبير بتهمة إحراق الإطارات.", 2026, 4,
      14);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(AnnouncedActsTest, SecurityDirectorateAnnouncingAnArrestClaimsIt) {
  Doc doc = test::ExtractAt(
      "date 2026-04-14\nوأعلنت مديرية أمن أسيوط في بيان القبض على تسعة متهمين في مدينة ديروط.", 2026, 4, 14);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(AnnouncedActsTest, ProsecutionAnnouncingAnArrestClaimsIt) {
  Doc doc = test::ExtractAt(
      "date 2026-04-14\nوأعلنت النيابة العامة توقيف 20 شخصاً في مدينة الموصل بتهمة التخريب.", 2026, 4, 14);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A rights group cannot arrest: it tells what the state did.
TEST_F(AnnouncedActsTest, RightsGroupAnnouncingAnArrestReportsIt) {
  Doc doc = test::ExtractAt(
      "date 2026-04-14\nوأعلنت منظمة حقوقية محلية اعتقال خمسة ناشطين في مدينة الموصل أمس.", 2026, 4, 14);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->status, "claimed");
}

// A prosecutor gives the toll of a fight between gangs; it fought in none.
TEST_F(AnnouncedActsTest, ProsecutorOnAGangFightReportsIt) {
  Doc doc = test::ExtractAt(
      "date 2026-04-14\nقُتل خمسة أشخاص في اشتباك مسلح بين عصابتين في مدينة تيخوانا مساء أمس، وفق النيابة العامة.",
      2026, 4, 14);
  test::MaybeDump(doc);
  const Event* e = FirstOf(doc, "Armed clash");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

}  // namespace
}  // namespace marsad
