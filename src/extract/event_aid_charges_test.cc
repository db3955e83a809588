// People an Arabic arrest took on a charge of aiding an armed group
// (financing it, supplying it, sheltering its men) are civilians, not the
// group named after the charge; the group's own men taken stay the group.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class AidChargesTest : public ::testing::Test {
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

TEST_F(AidChargesTest, SuppliersOfAGroupAreCivilians) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nاعتقلت الشرطة النيجيرية سبعة أشخاص في مدينة مايدوغوري أمس بتهمة تزويد جماعة بوكو حرام بالوقود.",
      2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Taken(doc, *e), "gen.civilians");
}

TEST_F(AidChargesTest, TheGroupsOwnMenStayTheGroup) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nاعتقلت الشرطة النيجيرية سبعة عناصر من جماعة بوكو حرام في مدينة مايدوغوري أمس.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(Taken(doc, *e), "nga.boko_haram");
}

}  // namespace
}  // namespace marsad
