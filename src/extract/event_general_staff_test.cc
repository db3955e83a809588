// A country's general staff or army command (هيئة الأركان، رئاسة الأركان،
// قيادة الجيش) speaks and acts for that country's army: an arrest it
// announces with no other doer named was made by the army of the place.
// Libya's own row (the General Staff in Tripoli) still wins there.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class GeneralStaffTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(GeneralStaffTest, AnnouncedArrestIsTheArmysOfThePlace) {
  Doc doc = test::ExtractAt("نيامي - أعلنت رئاسة الأركان في النيجر توقيف سبعة مشتبه بهم في مدينة تاهوا أمس الثلاثاء.",
                            2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("توقيف"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.army");  // the writer codes it by the place: Niger's army
}

TEST_F(GeneralStaffTest, NationalAdjectiveNamesTheArmy) {
  Doc doc = test::ExtractAt(
      "أعلنت هيئة الأركان العامة الأوكرانية أن قواتها قصفت مستودع وقود قرب بيلغورود ليل الأحد.", 2025, 3, 10);
  test::MaybeDump(doc);
  bool named = false;
  for (const ActorMention& m : doc.actors) named |= m.id == "ukr.mil" && m.tokens.size() >= 3;  // the staff, not the adjective
  EXPECT_TRUE(named);
}

TEST_F(GeneralStaffTest, LibyanGeneralStaffKeepsItsOwnActor) {
  Doc doc = test::ExtractAt("طرابلس - أعلنت رئاسة الأركان توقيف خمسة مهربين في مدينة الزاوية يوم السبت.", 2025, 3, 10);
  test::MaybeDump(doc);
  const Event* e = test::EventFor(doc, NormalizeKey("توقيف"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "lby.gnu_forces");
}

}  // namespace
}  // namespace marsad
