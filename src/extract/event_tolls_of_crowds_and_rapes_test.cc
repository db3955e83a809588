// A rape carries no toll of its own (the dead of the raid are the attack's),
// and a riot told after the sentence of the dead did not kill them (they fell
// to the force that met the crowd), while dead told after the riot are its
// own (event_tolls.cc NoTollsOfDevelopments, NoTollsOfPeacefulCrowds).
// Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class TollsOfCrowdsAndRapesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const Event* OfSubtype(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(TollsOfCrowdsAndRapesTest, EnglishRapesDuringARaidCarryNoToll) {
  Doc doc = test::ExtractAt(
      "Armed men raided a village near Bunia on Saturday and killed nine farmers.\n"
      "Four women were raped during the raid, a local official said.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const Event* rape = OfSubtype(doc, "Sexual violence");
  ASSERT_NE(rape, nullptr);
  EXPECT_FALSE(rape->fatalities);
}

TEST_F(TollsOfCrowdsAndRapesTest, ArabicRapesDuringARaidCarryNoToll) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون قرية قرب مدينة بونيا يوم السبت وقتلوا تسعة مزارعين، وأشار مسؤول محلي إلى تعرض أربع نساء للاغتصاب خلال "
      "الهجوم.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const Event* rape = OfSubtype(doc, "Sexual violence");
  ASSERT_NE(rape, nullptr);
  EXPECT_FALSE(rape->fatalities);
}

TEST_F(TollsOfCrowdsAndRapesTest, EnglishRiotAfterTheDeadCarriesNoToll) {
  Doc doc = test::ExtractAt(
      "A student was shot dead on Monday when police broke up a march in Bamako, his family said.\n"
      "In the Kalaban district, youths burned tyres and threw stones at police, witnesses said.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const Event* riot = OfSubtype(doc, "Violent demonstration");
  ASSERT_NE(riot, nullptr);
  EXPECT_FALSE(riot->fatalities);
}

TEST_F(TollsOfCrowdsAndRapesTest, ArabicRiotAfterTheDeadCarriesNoToll) {
  Doc doc = test::ExtractAt(
      "قُتل طالب برصاص الشرطة خلال مسيرة في مدينة باماكو يوم الاثنين، بحسب عائلته.\n"
      "وفي حي كالابان، أحرق شبان إطارات ورشقوا الشرطة بالحجارة، وفق شهود.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const Event* riot = OfSubtype(doc, "Violent demonstration");
  ASSERT_NE(riot, nullptr);
  EXPECT_FALSE(riot->fatalities);
}

TEST_F(TollsOfCrowdsAndRapesTest, DeadToldAfterTheRiotAreItsOwn) {
  Doc doc = test::ExtractAt(
      "Hundreds of traders blocked the main road into Kayes on Monday and threw stones at police.\n"
      "One trader was killed and nine people were wounded, a hospital official said.",
      2025, 6, 2);
  test::MaybeDump(doc);
  const Event* riot = OfSubtype(doc, "Violent demonstration");
  ASSERT_NE(riot, nullptr);
  ASSERT_TRUE(riot->fatalities);
  EXPECT_EQ(riot->fatalities->best, std::optional<double>(1.0));
}

}  // namespace
}  // namespace marsad
