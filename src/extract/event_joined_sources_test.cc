// A second source joined to a party's by "and" (بحسب ضابط في الجيش ومصادر
// طبية، "an army officer and witnesses said"): the party is not the only
// source, so the deed is `reported`, not `claimed` (event_status.cc
// OtherSourceInSentence). A source joined that is itself a party's keeps the
// claim. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class JoinedSourcesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

std::string StatusOfFirst(const Doc& doc) { return doc.events.empty() ? "" : doc.events.front().status; }

TEST_F(JoinedSourcesTest, ArabicMedicalSourcesJoinedToAnOfficer) {
  Doc doc = test::ExtractAt(
      "فجّر انتحاري سيارة مفخخة قرب ثكنة عسكرية في مدينة كسمايو صباح الأحد، ما أدى إلى مقتل خمسة جنود، بحسب ضابط "
      "في الجيش ومصادر طبية.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "reported");
}

TEST_F(JoinedSourcesTest, ArabicOfficerAloneClaims) {
  Doc doc = test::ExtractAt(
      "فجّر انتحاري سيارة مفخخة قرب ثكنة عسكرية في مدينة كسمايو صباح الأحد، ما أدى إلى مقتل خمسة جنود، بحسب ضابط "
      "في الجيش.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "claimed");
}

TEST_F(JoinedSourcesTest, EnglishWitnessesJoinedToAnArmySpokesman) {
  Doc doc = test::ExtractAt(
      "A suicide bomber blew up a car outside an army barracks in Kismayo on Sunday, killing five soldiers, the army "
      "and witnesses said.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "reported");
}

TEST_F(JoinedSourcesTest, EnglishArmyAloneClaims) {
  Doc doc = test::ExtractAt(
      "A suicide bomber blew up a car outside an army barracks in Kismayo on Sunday, killing five soldiers, the army "
      "said.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "claimed");
}

// Security and local sources named together (مصادر أمنية ومحلية، "security
// and local sources"): no security side alone (data/*/event_cues.tsv rows).
TEST_F(JoinedSourcesTest, ArabicSecurityAndLocalSources) {
  Doc doc = test::ExtractAt(
      "قالت مصادر أمنية ومحلية إن مسلحين نصبوا كميناً لدورية للجيش قرب بلدة جيبو صباح الأحد، ما أسفر عن مقتل ستة جنود.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "reported");
}

TEST_F(JoinedSourcesTest, ArabicSecuritySourcesAloneClaim) {
  Doc doc = test::ExtractAt(
      "قالت مصادر أمنية إن مسلحين نصبوا كميناً لدورية للجيش قرب بلدة جيبو صباح الأحد، ما أسفر عن مقتل ستة جنود.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "claimed");
}

TEST_F(JoinedSourcesTest, EnglishSecurityAndLocalSources) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed an army patrol near Djibo on Sunday, killing six soldiers, security and local sources said.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "reported");
}

TEST_F(JoinedSourcesTest, EnglishSecuritySourcesAloneClaim) {
  Doc doc = test::ExtractAt(
      "Gunmen ambushed an army patrol near Djibo on Sunday, killing six soldiers, security sources said.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "claimed");
}

// Kin, residents or owners who tell what befell them (بحسب أقارب المخطوفين،
// "relatives said") are witnesses, no party: the deed is reported.
TEST_F(JoinedSourcesTest, ArabicRelativesTellAnAbduction) {
  Doc doc = test::ExtractAt(
      "وفي قرية قرب بلدوين، اختطف مسلحو حركة الشباب ثلاثة معلمين ليل الأحد بعد رفضهم دفع الإتاوة للحركة، بحسب أقارب "
      "المخطوفين.",
      2025, 4, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "اختطف");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(JoinedSourcesTest, EnglishRelativesTellAnArrest) {
  Doc doc = test::ExtractAt(
      "Police arrested four students in Mansoura on Sunday after a sit-in at the university, relatives said; the interior "
      "ministry gave no comment.",
      2025, 4, 14);
  test::MaybeDump(doc);
  const Event* e = test::ExpectEvent(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(JoinedSourcesTest, EnglishPoliceAloneClaimTheArrest) {
  Doc doc = test::ExtractAt(
      "Police arrested four students in Mansoura on Sunday after a sit-in at the university, police said.", 2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "claimed");
}

// Medics and hospital staff who count the dead are no party ("hospital
// officials", "medical sources", "health partners"): beside the army they
// make its word not the only one.
TEST_F(JoinedSourcesTest, EnglishHospitalOfficialsBesideTheArmy) {
  Doc doc = test::ExtractAt(
      "RSF drones struck a fuel depot in Kosti on Sunday, killing four workers, according to the army and hospital "
      "officials.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "reported");
}

TEST_F(JoinedSourcesTest, EnglishHealthPartnersBesideTheArmy) {
  Doc doc = test::ExtractAt(
      "RSF drones struck a fuel depot in Kosti on Sunday, killing four workers, according to the army and health "
      "partners.",
      2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "reported");
}

TEST_F(JoinedSourcesTest, EnglishArmyAloneClaimsTheStrike) {
  Doc doc = test::ExtractAt(
      "RSF drones struck a fuel depot in Kosti on Sunday, killing four workers, according to the army.", 2025, 4, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(StatusOfFirst(doc), "claimed");
}

// A foiled attempt is the stopping force's claim, unless witnesses in its
// sentence saw it too (event_status.cc, Disrupted weapons use).
TEST_F(JoinedSourcesTest, ArabicDroneDownedSeenByWitnesses) {
  Doc doc = test::ExtractAt("اعترضت الدفاعات الجوية طائرة مسيّرة فوق مدينة مأرب مساء الأحد، بحسب الجيش وشهود عيان.",
                            2025, 4, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Disrupted weapons use", "reported"), 1u);
}

TEST_F(JoinedSourcesTest, ArabicDroneDownedOnTheArmysWordAlone) {
  Doc doc = test::ExtractAt("اعترضت الدفاعات الجوية طائرة مسيّرة فوق مدينة مأرب مساء الأحد، بحسب الجيش.", 2025, 4, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Disrupted weapons use", "claimed"), 1u);
}

TEST_F(JoinedSourcesTest, EnglishDroneDownedSeenByResidents) {
  Doc doc = test::ExtractAt(
      "Air defences shot down a drone over Marib on Sunday, the army said, and residents said they saw it fall.", 2025,
      4, 14);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountWithStatus(doc, "Disrupted weapons use", "reported"), 1u);
}

}  // namespace
}  // namespace marsad
