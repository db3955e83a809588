// What a party tells of a deed, confirmed in the same sentence by another
// than its speaker (وهو ما أكده سكان، "a claim confirmed by residents": a
// `confirmation` cue after the deed), has a second account: reported, no one
// party's claim. The source itself told as confirming (وفق ما أكدته الشرطة)
// is no second account. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

class ConfirmedAccountsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// The control: the group alone on its fighters' burning claims it.
TEST_F(ConfirmedAccountsTest, AGroupAloneOnItsBurningClaimsIt) {
  Doc doc = test::ExtractAt("وقالت جماعة نصرة الإسلام والمسلمين إن مقاتليها أحرقوا أمس خمس شاحنات على الطريق قرب مدينة غاو.",
                            2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أحرقوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(ConfirmedAccountsTest, ArabicBurningConfirmedByResidentsIsReported) {
  Doc doc = test::ExtractAt(
      "وقالت جماعة نصرة الإسلام والمسلمين إن مقاتليها أحرقوا أمس خمس شاحنات على الطريق قرب مدينة غاو، وهو ما أكده سكان في المنطقة.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أحرقوا");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ConfirmedAccountsTest, ArabicFightConfirmedByTheOtherSideIsReported) {
  Doc doc = test::ExtractAt(
      "أعلن الجيش النيجري أن اشتباكات دارت أمس مع مسلحين من تنظيم الدولة قرب بلدة تيلابيري، وهي اشتباكات أكدها التنظيم في بيان.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "اشتباكات");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// وفق ما أكدته الشرطة: the police are the source, confirming their own
// arrest: still their claim.
TEST_F(ConfirmedAccountsTest, TheSourceToldAsConfirmingIsNoSecondAccount) {
  Doc doc = test::ExtractAt("أوقفت الشرطة ثلاثة مهربين مسلحين في مدينة القصرين أمس، وفق ما أكدته الشرطة في بيان.", 2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "أوقفت");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(ConfirmedAccountsTest, EnglishShellingConfirmedByResidentsIsReported) {
  Doc doc = test::ExtractAt(
      "The army said its artillery shelled rebel positions near Kalehe on Monday, a claim confirmed by residents of the area.",
      2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(ConfirmedAccountsTest, EnglishShellingOnTheArmysWordAloneIsClaimed) {
  Doc doc = test::ExtractAt("The army said its artillery shelled rebel positions near Kalehe on Monday.", 2025, 6, 3);
  test::MaybeDump(doc);
  const Event* e = For(doc, "shelled");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

}  // namespace
}  // namespace marsad
