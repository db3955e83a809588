// Parties the registry lacked: Libya's Internal Security Agency (جهاز الأمن
// الداخلي, only where the event is in Libya), the government of Eritrea
// (its authorities), Djibouti's FRUD. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class RegistryPartiesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Sub(const Doc& doc, const char* sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(RegistryPartiesTest, LibyasInternalSecurityAgencyArrests) {
  Doc doc = test::ExtractAt("date 2026-05-06\nاعتقل جهاز الأمن الداخلي ثلاثة أشخاص في مدينة درنة أمس.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Sub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "lby.isa");
}

TEST_F(RegistryPartiesTest, TheSameNameElsewhereIsNotLibyas) {
  Doc doc = test::ExtractAt("date 2026-05-06\nاعتقل جهاز الأمن الداخلي ثلاثة أشخاص في مدينة الخليل أمس.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Sub(doc, "Arrests");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(test::CodedId(doc, e->actor1), "lby.isa");
}

TEST_F(RegistryPartiesTest, EritreasAuthoritiesAreItsGovernment) {
  Doc doc = test::ExtractAt("date 2026-05-06\nأفرجت السلطات الإريترية أمس عن 12 معتقلاً في مدينة بارنتو.", 2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Sub(doc, "Other");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::CodedId(doc, e->actor1), "eri.gov");
}

TEST_F(RegistryPartiesTest, FrudIsAnArmedGroupOfDjibouti) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nهاجم مسلحون من جبهة استعادة الوحدة والديمقراطية المسلحة موقعاً للجيش قرب مدينة تاجورة أمس.", 2026, 5, 6);
  test::MaybeDump(doc);
  bool found = false;
  for (const Event& e : doc.events)
    found = found || test::CodedId(doc, e.actor1) == "dji.frud" || test::CodedId(doc, e.actor2) == "dji.frud";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace marsad
