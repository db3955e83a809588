// Maghreb reports name the security forces "agents" (أعوان الأمن، أعوان
// الشرطة) and the Levant "units" (الوحدات الأمنية): generic state forces,
// coded as the country's. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventSecurityAgentsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventSecurityAgentsTest, AgentsOfSecurityAreTheStoningsTarget) {
  Doc doc = test::ExtractAt("وفي مدينة قفصة، رشق شبان غاضبون أعوان الأمن بالحجارة مساء الأحد.", 2026, 3, 5);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "رشق");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor2.identity.id, "tun.police");
}

}  // namespace
}  // namespace marsad
