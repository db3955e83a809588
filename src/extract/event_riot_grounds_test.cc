// An Arabic arrest whose grounds, told right after the arrest word, are
// rioting (بتهمة الشغب، ضالعين في أعمال الشغب، «من مثيري الشغب») took
// rioters, whatever noun counted them; the riot police's name is no such
// grounds, nor is a riot denied in another clause. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RiotGroundsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Arrest(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests") return &e;
  return nullptr;
}

std::string Taken(const Doc& doc, const Event& e) {
  return e.actor2.actor >= 0 ? test::CodedId(doc, e.actor2) : e.actor2.implicit_id;
}

TEST_F(RiotGroundsTest, PeopleHeldOnARiotChargeAreRioters) {
  Doc doc = test::ExtractAt("date 2026-03-04\nأعلنت الشرطة توقيف 12 شخصاً بتهمة الشغب في مدينة نواذيبو أمس.", 2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Taken(doc, *e), "gen.rioters");
}

TEST_F(RiotGroundsTest, PeopleInvolvedInActsOfRiotingAreRioters) {
  Doc doc = test::ExtractAt("date 2026-03-04\nوقالت الشرطة إنها اعتقلت ثمانية شبان ضالعين في أعمال الشغب بمدينة قفصة مساء أمس.", 2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Taken(doc, *e), "gen.rioters");
}

TEST_F(RiotGroundsTest, APlainArrestStaysCivilians) {
  Doc doc = test::ExtractAt("date 2026-03-04\nأعلنت الشرطة توقيف 12 شخصاً في مدينة نواذيبو أمس.", 2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_NE(Taken(doc, *e), "gen.rioters");
}

TEST_F(RiotGroundsTest, RiotsDeniedInAnotherClauseAreNoGrounds) {
  Doc doc = test::ExtractAt("date 2026-03-04\nأوقفت الشرطة خمسة عمال في مدينة الزويرات أمس، مؤكدة أن الوقفة لم تشهد أي أعمال شغب.", 2026, 3, 4);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_NE(Taken(doc, *e), "gen.rioters");
}

}  // namespace
}  // namespace marsad
