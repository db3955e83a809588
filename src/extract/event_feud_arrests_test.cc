// Men of both families, clans or tribes of a feud just told (ألقت القبض على
// ستة من أفراد العائلتين) are taken as the feud's fighters: the arrest's
// actor 2 is the communal militia of that fight, not civilians. Sentences
// are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

using test::ActorId;

class FeudArrestsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Arrest(const Doc& doc) { return test::FirstOfSub(doc, "Arrests"); }

TEST_F(FeudArrestsTest, MembersOfTheTwoFamiliesAreTheFeudsMilitia) {
  Doc doc = test::ExtractAt(
      "date 2026-11-16\nقُتل شخصان في تبادل لإطلاق النار بين عائلتين بقرية قرب مدينة ملوي مساء الأحد بسبب خلاف على "
      "أرض زراعية.\nوقال مصدر أمني إن قوات الأمن ألقت القبض على ستة من أفراد العائلتين وضبطت بحوزتهم أسلحة نارية.",
      2026, 11, 16);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(ActorId(doc, e->actor2), "gen.communal_militia");
}

}  // namespace
}  // namespace marsad
