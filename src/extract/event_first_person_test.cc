// An Arabic verb in the first person (FirstPersonVerb, event_arguments.cc):
// the future's سن/سأ and the past plural's نا, not a past verb whose own
// stem starts with سا. Words are our own choosing.
#include <gtest/gtest.h>

#include "extract/event_builder.h"
#include "text/normalize.h"

namespace marsad {
namespace {

using events_internal::FirstPersonVerb;

TEST(FirstPersonVerbTest, TheFutureAndThePastPluralAre) {
  EXPECT_TRUE(FirstPersonVerb(NormalizeKey("سنستعيد"), NormalizeKey("استعاد")));
  EXPECT_TRUE(FirstPersonVerb(NormalizeKey("سأهاجم"), NormalizeKey("هاجم")));
  EXPECT_TRUE(FirstPersonVerb(NormalizeKey("وسأسير"), NormalizeKey("سار")));
  EXPECT_TRUE(FirstPersonVerb(NormalizeKey("قتلنا"), NormalizeKey("قتل")));
}

TEST(FirstPersonVerbTest, APastVerbStartingWithSaIsNot) {
  EXPECT_FALSE(FirstPersonVerb(NormalizeKey("سارت"), NormalizeKey("سار")));
  EXPECT_FALSE(FirstPersonVerb(NormalizeKey("وساروا"), NormalizeKey("سار")));
  EXPECT_FALSE(FirstPersonVerb(NormalizeKey("ساعدت"), NormalizeKey("ساعد")));
}

}  // namespace
}  // namespace marsad
