// "Dissidents from the FARC" (منشقون عن القوات المسلحة الثورية الكولومبية)
// are the FARC dissidents, not the Colombian armed forces whose words the
// name holds; so is the FARC's own name told of a time after it disarmed.
// Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventFarcDissidentsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventFarcDissidentsTest, DissidentsFromTheFarcAreNoArmy) {
  Doc doc = test::ExtractAt(
      "قتل خمسة مقاتلين في اشتباكات بين جيش التحرير الوطني ومنشقين عن القوات المسلحة الثورية الكولومبية قرب تيبو "
      "يوم الجمعة.",
      2026, 4, 4);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "col.farc_dissidents"));
  EXPECT_FALSE(test::Named(doc, "col.mil"));
}

TEST_F(EventFarcDissidentsTest, CaseFormsOfTheShortName) {
  Doc doc = test::ExtractAt("تتواصل المعارك بين جيش التحرير الوطني ومنشقي فارك قرب تيبو منذ السبت.", 2026, 4, 6);
  test::MaybeDump(doc);
  EXPECT_TRUE(test::Named(doc, "col.farc_dissidents"));
}

TEST_F(EventFarcDissidentsTest, TheFarcBeforeItDisarmedIsNotTheDissidents) {
  Doc doc = test::ExtractAt(
      "هاجمت القوات المسلحة الثورية الكولومبية مركزاً للشرطة قرب تيبو في آذار/مارس 2010، بحسب الجيش.", 2010, 3, 20);
  test::MaybeDump(doc);
  EXPECT_FALSE(test::Named(doc, "col.farc_dissidents"));
}

}  // namespace
}  // namespace marsad
