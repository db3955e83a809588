// A chemical attack is never plain news: told as fact it is the charge of
// the side that tells it (`claimed`), or, from witnesses, an outlet or an
// unnamed source, a doubt not yet established (`hedged`). Sentences are our
// own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class ChemicalStatusTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Chemical(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Chemical weapon") return &e;
  return nullptr;
}

TEST_F(ChemicalStatusTest, AnAdministrationsGasChargeIsItsClaim) {
  Doc doc = test::ExtractAt(
      "The Zaporizhzhia Regional Military Administration said Russian drones dropped grenades with tear gas on Ukrainian "
      "positions near Orikhiv on Wednesday.",
      2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = Chemical(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(ChemicalStatusTest, WitnessesOfGasAreHedged) {
  Doc doc = test::ExtractAt("وقال شهود عيان إن طائرة مسيّرة ألقت عبوات تحوي غازات سامة على قرية أم سيالة مساء الأربعاء.", 2025, 4,
                            10);
  test::MaybeDump(doc);
  const Event* e = Chemical(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

TEST_F(ChemicalStatusTest, ResidentsOfChlorineAreHedged) {
  Doc doc = test::ExtractAt(
      "أفاد سكان بأن قذائف محملة بغاز الكلور سقطت على أطراف بلدة الرهد مساء الأربعاء ما أدى إلى حالات اختناق.", 2025, 4, 10);
  test::MaybeDump(doc);
  const Event* e = Chemical(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

}  // namespace
}  // namespace marsad
