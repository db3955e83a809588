// Riot police (قوات مكافحة الشغب) are the police of the country they act
// in, in Iraq too, not its security forces at large. Our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventRiotPoliceTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventRiotPoliceTest, RiotPoliceInIraqAreIraqsPolice) {
  Doc doc = test::ExtractAt("أطلقت قوات مكافحة الشغب الغاز المسيل للدموع على متظاهرين في البصرة مساء الأحد.", 2026, 3, 9);
  test::MaybeDump(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  // Whichever side the force stands on, it is Iraq's police.
  EXPECT_TRUE(e.actor1.identity.id == "irq.police" || e.actor2.identity.id == "irq.police")
      << e.actor1.identity.id << " / " << e.actor2.identity.id;
}

}  // namespace
}  // namespace marsad
