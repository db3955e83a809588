// An Arabic arrest or seizure with no taker named or supplied was made by
// the state force of the event's country that the report told last before
// it (in its sentence or the three before): an anaphor (القيادة، المديرية)
// or a bare verbal noun refers to it. A foreign force told before is not
// it. Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class StateTakerBeforeTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Arrest(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests") return &e;
  return nullptr;
}

TEST_F(StateTakerBeforeTest, TheForceToldBeforeMadeTheArrest) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nنفذ الجيش اللبناني حملة تفتيش واسعة في مدينة الهرمل فجر اليوم. "
      "وأعلنت القيادة لاحقاً توقيف أربعة أشخاص في المدينة.",
      2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->actor1.actor, 0);
  EXPECT_EQ(doc.actors[e->actor1.actor].acled_inter, "State forces");
  EXPECT_EQ(doc.actors[e->actor1.actor].country, "LBN");
}

TEST_F(StateTakerBeforeTest, AForeignForceToldBeforeIsNotTheTaker) {
  Doc doc = test::ExtractAt(
      "date 2026-05-06\nقصفت القوات الإسرائيلية أطراف مدينة الهرمل فجر اليوم. "
      "وأعلنت القيادة لاحقاً توقيف أربعة أشخاص في المدينة.",
      2026, 5, 6);
  test::MaybeDump(doc);
  const Event* e = Arrest(doc);
  ASSERT_NE(e, nullptr);
  const std::string by = e->actor1.actor >= 0 ? doc.actors[e->actor1.actor].country : "";
  EXPECT_NE(by, "ISR");
}

}  // namespace
}  // namespace marsad
