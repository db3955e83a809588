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

// Numbers after "aged" (and the list they open) are ages, not counts.
TEST_F(TollCountTest, AgesAreNoCount) {
  Doc doc = test::ExtractAt("Two girls aged 7 and 11 were killed when a mortar shell hit their house in Kismayo on Thursday.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events[0].fatalities.has_value());
  EXPECT_EQ(doc.events[0].fatalities->best, 2.0);
  Doc list = test::ExtractAt("Gunmen shot dead three men, aged 20, 25 and 31, near Kismayo on Saturday.", 2025, 4, 12);
  ASSERT_FALSE(list.events.empty());
  ASSERT_TRUE(list.events[0].fatalities.has_value());
  EXPECT_EQ(list.events[0].fatalities->best, 3.0);
}

TEST_F(TollCountTest, ArabicAgeRangeIsNoCount) {
  Doc doc = test::ExtractAt("وقتل صبية تتراوح أعمارهم بين 8 و13 عاماً في قصف مدفعي على حي سكني في مدينة تعز يوم الخميس.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events)
    if (e.fatalities) {
      EXPECT_NE(e.fatalities->low, 8.0);
      EXPECT_NE(e.fatalities->high, 13.0);
    }
}

}  // namespace
}  // namespace marsad
