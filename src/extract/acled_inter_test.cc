#include "extract/acled_inter.h"

#include <gtest/gtest.h>

namespace marsad {
namespace {

TEST(ArmedInterTest, ArmedCategories) {
  EXPECT_TRUE(ArmedInter("State forces"));
  EXPECT_TRUE(ArmedInter("Rebel group"));
  EXPECT_TRUE(ArmedInter("Political militia"));
  EXPECT_TRUE(ArmedInter("Identity militia"));
  EXPECT_TRUE(ArmedInter("External/Other forces"));
}

TEST(ArmedInterTest, UnarmedCategories) {
  EXPECT_FALSE(ArmedInter("Civilians"));
  EXPECT_FALSE(ArmedInter("Protesters"));
  EXPECT_FALSE(ArmedInter("Rioters"));
  EXPECT_FALSE(ArmedInter("Other"));
  EXPECT_FALSE(ArmedInter(""));
  EXPECT_FALSE(ArmedInter("state forces"));  // the codes are exact
}

}  // namespace
}  // namespace marsad
