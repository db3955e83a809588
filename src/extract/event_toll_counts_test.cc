// Which count a toll word takes (event_tolls.cc AttachCasualty). Sentences
// are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TollCountTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// A passive toll takes no object: the count after it is the wounded's.
TEST_F(TollCountTest, CountAfterAPassiveTollIsNotItsDead) {
  Doc doc = test::ExtractAt(
      "A boy was killed and five other people were injured when shells hit a market in Kismayo on Friday.", 2025, 4,
      12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events[0];
  ASSERT_TRUE(e.fatalities.has_value());
  EXPECT_EQ(e.fatalities->best, 1.0);
  ASSERT_TRUE(e.injuries.has_value());
  EXPECT_EQ(e.injuries->best, 5.0);
}

// The count after an active toll verb is still its object.
TEST_F(TollCountTest, CountAfterAnActiveTollIsItsDead) {
  Doc doc = test::ExtractAt("Gunmen killed four traders near Kismayo on Friday.", 2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 4.0);
}

}  // namespace
}  // namespace marsad
