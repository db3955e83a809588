// A public order (a curfew, a ban, a closure, a state of emergency:
// `public_order` by the trigger's lemma) is posted for all to obey: whoever
// announces it, even a force's own voice, it is reported, never a party's
// claim. Other changes a party announces keep their claim. Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const Event* For(const Doc& doc, std::string_view trigger) { return test::EventFor(doc, NormalizeKey(trigger)); }

class PublicOrdersTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(PublicOrdersTest, APoliceCommandsBanIsReported) {
  Doc doc = test::ExtractAt("The police command banned all public gatherings in Dosso on Sunday, a police spokesman said.",
                            2025, 6, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Change to group/activity");
  EXPECT_EQ(e.status, "reported");
}

TEST_F(PublicOrdersTest, AnArabicArmyCurfewAnnouncedByItsSpokesmanIsReported) {
  Doc doc = test::ExtractAt("وقال المتحدث باسم الجيش إن قيادة المنطقة فرضت حظر التجول في مدينة مروي ليلة الأحد.", 2025, 6, 2);
  test::MaybeDump(doc);
  const Event* e = For(doc, "حظر التجول");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// The rule is the order's: a base the army says it set up is still its claim.
TEST_F(PublicOrdersTest, ABaseTheArmySaysItSetUpStaysClaimed) {
  Doc doc = test::ExtractAt("The army said on Sunday that its troops had set up a new base near Dosso.", 2025, 6, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Headquarters or base established");
  EXPECT_EQ(e.status, "claimed");
}

}  // namespace
}  // namespace marsad
