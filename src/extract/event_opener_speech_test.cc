// A sentence opener (`new_story`: كما أعلن، كما قال) holds a speech verb that
// is still one: the speaker after it is the sentence's source. Sentences are
// our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class OpenerSpeechTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(OpenerSpeechTest, TheArmyAnnouncingItsBaseAfterKamaClaimsIt) {
  Doc doc = test::ExtractAt("كما أعلن الجيش إقامة قاعدة متقدمة جديدة شرق مدينة كايا لتأمين الطريق.", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Headquarters or base established");
  EXPECT_EQ(e.status, "claimed");
  EXPECT_EQ(e.attribution_kind, "official_statement");
}

TEST_F(OpenerSpeechTest, KamaQalaNamesItsSpeaker) {
  Doc doc = test::ExtractAt("كما قالت الشرطة إنها اعتقلت خمسة مشتبه بهم في مدينة كانو مساء الأحد.", 2025, 6, 3);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  EXPECT_EQ(e.acled_sub_event_type, "Arrests");
  EXPECT_EQ(e.status, "claimed");
  EXPECT_FALSE(e.attribution_source.empty());
}

}  // namespace
}  // namespace marsad
