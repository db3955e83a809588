// A government body that issues an order (decreeing_body) is the source of
// the order it is the subject of; the order itself (a curfew, a ban) is
// posted for all (`public_order`): reported, never its claim. Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

class DecreeingBodyTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

// "30-day": a figure hyphened to its word is one word, no clause break
// between the ministry and its curfew.
TEST_F(DecreeingBodyTest, AMinistrysOwnCurfewIsPublicNews) {
  Doc doc = test::ExtractAt("The interior ministry imposed a 30-day curfew on Kosti on Tuesday.", 2025, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "curfew");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
  EXPECT_EQ(e->attribution_kind, "official_statement");
}

// A civil body's order told in the report's own words is public
// administration, posted for all: reported, and so when the body itself
// announced it (a speech verb).
TEST_F(DecreeingBodyTest, AGovernorsOwnOrderToldAsNewsIsReported) {
  Doc doc = test::ExtractAt("The provincial governor on Monday extended a ban on motorbike traffic in Mopti.", 2025, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ban");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(DecreeingBodyTest, ADistrictAdministrationsCurfewIsReported) {
  Doc doc = test::ExtractAt("The district administration imposed a night curfew on Kosti on Tuesday.", 2025, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "curfew");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(DecreeingBodyTest, ArabicGovernorsCurfewToldAsNewsIsReported) {
  Doc doc = test::ExtractAt("وفرض حاكم الولاية حظر التجول في مدينة كسلا مساء الثلاثاء.", 2025, 5, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().acled_sub_event_type, "Change to group/activity");
  EXPECT_EQ(doc.events.front().status, "reported");
}

// A police or operations command commands force, but its curfew is still
// an order posted for all: reported.
TEST_F(DecreeingBodyTest, ArabicOperationsCommandsCurfewIsPublicNews) {
  Doc doc = test::ExtractAt("وفرضت قيادة عمليات كسلا حظر التجول في مدينة كسلا مساء الثلاثاء.", 2025, 5, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().acled_sub_event_type, "Change to group/activity");
  EXPECT_EQ(doc.events.front().status, "reported");
}

TEST_F(DecreeingBodyTest, AnOperationsCommandsCurfewIsPublicNews) {
  Doc doc = test::ExtractAt("The operations command imposed a night curfew on Kosti on Tuesday.", 2025, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "curfew");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// Generic authorities name no body whose decree it is: public news.
TEST_F(DecreeingBodyTest, AuthoritiesImposingACurfewIsReported) {
  Doc doc = test::ExtractAt("Authorities imposed a night curfew on Kosti on Tuesday.", 2025, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "curfew");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(DecreeingBodyTest, ArabicBodyAfterItsVerbReports) {
  Doc doc = test::ExtractAt("وفرضت وزارة الداخلية حظر التجول في مدينة كسلا مساء الثلاثاء.", 2025, 5, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().acled_sub_event_type, "Change to group/activity");
  EXPECT_EQ(doc.events.front().status, "reported");
}

TEST_F(DecreeingBodyTest, ArabicBodyAnnouncingTheOrderReports) {
  Doc doc = test::ExtractAt("وأعلن حاكم الإقليم فرض حظر التجول في مدينة كسلا ابتداء من مساء الخميس.", 2025, 5, 14);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().acled_sub_event_type, "Change to group/activity");
  EXPECT_EQ(doc.events.front().status, "reported");
}

// "Ministry of National Defence" is a defence ministry: the army's deed it
// tells is its claim.
TEST_F(DecreeingBodyTest, NationalDefenceMinistryVoicesTheArmy) {
  Doc doc = test::ExtractAt("Army units killed four militants near Medea on Sunday, the Ministry of National Defence said.",
                            2025, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "killed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A voice that names no actor, carried on by pronoun subjects: the army's
// deed told two sentences on is still the ministry's claim.
TEST_F(DecreeingBodyTest, VoiceCarriedByPronounSubjects) {
  Doc doc = test::ExtractAt(
      "Army units killed three militants near Medea on Sunday, the defence ministry said.\n"
      "A patrol found a cache of rifles near Bechar, the statement added.\n"
      "Soldiers also arrested four people near Tlemcen last week, it said.",
      2025, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "arrested");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A court is the state's judiciary: the release it orders is the
// government's act, not that of the armed group the report named before.
TEST_F(DecreeingBodyTest, ACourtsReleaseOrderIsTheStates) {
  Doc doc = test::ExtractAt(
      "Islamic State fighters attacked an army post near Tikrit last month. A court in Tikrit ordered the release of 20 "
      "detainees held without charge on Thursday.",
      2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "ordered the release");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.authorities");
}

TEST_F(DecreeingBodyTest, ACourtsReleaseOrderIsTheStatesInArabic) {
  Doc doc = test::ExtractAt(
      "هاجم مسلحون من تنظيم الدولة الإسلامية نقطة للجيش قرب تكريت الشهر الماضي. وأمرت محكمة في تكريت يوم الخميس "
      "بالإفراج عن 20 موقوفاً.",
      2026, 5, 14);
  test::MaybeDump(doc);
  const Event* e = For(doc, "بالإفراج");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(test::ActorId(doc, e->actor1), "gen.authorities");
}

}  // namespace
}  // namespace marsad
