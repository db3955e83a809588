// A killing told before an abduction or a rape of its sentence is an attack
// of its own; a killing told after the taking is the fate of those taken
// (event_tolls.cc KillingBesideTaking). Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class KillingBesideTakingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

static const Event* OfSubtype(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

static std::optional<double> TollOf(const Event* e) {
  if (e == nullptr || !e->fatalities) return std::nullopt;
  return e->fatalities->best;
}

TEST_F(KillingBesideTakingTest, EnglishKillingThenKidnappingIsTwoEvents) {
  Doc doc = test::ExtractAt("Gunmen killed four villagers and kidnapped two teachers near Mopti on Tuesday, officials said.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(TollOf(OfSubtype(doc, "Attack")), std::optional<double>(4.0));
  ASSERT_NE(OfSubtype(doc, "Abduction/forced disappearance"), nullptr);
  EXPECT_FALSE(OfSubtype(doc, "Abduction/forced disappearance")->fatalities);
}

TEST_F(KillingBesideTakingTest, ArabicPassiveKillingThenPassiveAbductionIsTwoEvents) {
  Doc doc = test::ExtractAt("قُتل مزارع وخُطفت زوجته في هجوم لمسلحين على قرية قرب موبتي يوم الثلاثاء.", 2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(TollOf(OfSubtype(doc, "Attack")), std::optional<double>(1.0));
  ASSERT_NE(OfSubtype(doc, "Abduction/forced disappearance"), nullptr);
  EXPECT_FALSE(OfSubtype(doc, "Abduction/forced disappearance")->fatalities);
}

TEST_F(KillingBesideTakingTest, EnglishShootingThenRapeIsTwoEvents) {
  Doc doc = test::ExtractAt(
      "Near Kananga, a farmer was shot dead and his daughter raped by armed men on Sunday night, neighbours said.", 2025,
      4, 12);
  test::MaybeDump(doc);
  ASSERT_NE(OfSubtype(doc, "Sexual violence"), nullptr);
  EXPECT_FALSE(OfSubtype(doc, "Sexual violence")->fatalities);
}

TEST_F(KillingBesideTakingTest, KillingOfThoseTakenStaysWithTheAbduction) {
  Doc doc = test::ExtractAt("اختطف مسلحون مهندساً قرب مدينة سبها يوم الأحد وقتلوه بعد يومين، وفق مصادر محلية.", 2025, 4,
                            12);
  test::MaybeDump(doc);
  EXPECT_EQ(OfSubtype(doc, "Attack"), nullptr);
  EXPECT_NE(OfSubtype(doc, "Abduction/forced disappearance"), nullptr);
}

TEST_F(KillingBesideTakingTest, ArabicOthersKilledAfterTheTakingAreAnAttack) {
  Doc doc = test::ExtractAt("اختطف مسلحون ستة رعاة من قرية قرب موبتي ليل الأحد، وقتلوا اثنين آخرين حاولا المقاومة، بحسب مسؤول محلي.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(TollOf(OfSubtype(doc, "Attack")), std::optional<double>(2.0));
  ASSERT_NE(OfSubtype(doc, "Abduction/forced disappearance"), nullptr);
  EXPECT_FALSE(OfSubtype(doc, "Abduction/forced disappearance")->fatalities);
}

TEST_F(KillingBesideTakingTest, EnglishOthersKilledAfterTheTakingAreAnAttack) {
  Doc doc = test::ExtractAt("Gunmen kidnapped six herders near Mopti on Sunday night and killed two others who resisted, officials said.",
                            2025, 4, 12);
  test::MaybeDump(doc);
  EXPECT_EQ(TollOf(OfSubtype(doc, "Attack")), std::optional<double>(2.0));
  ASSERT_NE(OfSubtype(doc, "Abduction/forced disappearance"), nullptr);
}

}  // namespace
}  // namespace marsad
