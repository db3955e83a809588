// Two ways a sentence's words point at the day of another act. A date inside
// a relative clause set off by commas (الحركة، التي سيطرت على البلدة عام
// 2023، …; "the rebels, who seized the town in 2023, …") is that clause's
// own: it neither dates the main verb after it nor makes it a past deed.
// And an act told "after the strike" (عقب الغارة، بعد الاشتباكات) with no day
// of its own takes the day of the event the noun refers back to, not the
// day of the sentence told right before it. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventRelativeAsideDatesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* Find(const Doc& doc, std::string_view trigger) {
  const Event* e = test::EventFor(doc, NormalizeKey(trigger));
  EXPECT_NE(e, nullptr) << trigger;
  return e;
}

std::string DayOf(const Doc& doc, std::string_view trigger) {
  const Event* e = Find(doc, trigger);
  if (!e || e->date < 0) return "";
  return doc.dates[e->date].value;
}

std::string StatusOf(const Doc& doc, std::string_view trigger) {
  const Event* e = Find(doc, trigger);
  return e ? e->status : "";
}

// Published Saturday 2024-11-30: Thursday is the 28th.
TEST_F(EventRelativeAsideDatesTest, EnglishAsideYearDatesNeitherTheArrestNorItsStatus) {
  Doc doc = test::ExtractAt(
      "Drones struck a cattle market in Kutum on Thursday evening, killing six people, witnesses said. "
      "The Rapid Support Forces, which seized the town in March 2023, arrested ten young men in Kutum.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "struck"), "2024-11-28");
  EXPECT_EQ(DayOf(doc, "arrested"), "2024-11-28");
  EXPECT_NE(StatusOf(doc, "arrested"), "historical");
}

TEST_F(EventRelativeAsideDatesTest, ArabicAsideYearDatesNeitherTheArrestNorItsStatus) {
  Doc doc = test::ExtractAt(
      "قصفت طائرة مسيّرة سوقاً للماشية في بلدة كتم مساء الخميس، ما أدى إلى مقتل ستة أشخاص، وفق شهود. "
      "وأعلنت قوات الدعم السريع، التي سيطرت على البلدة في آذار/مارس 2023، اعتقال عشرة شبان في كتم.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "قصفت"), "2024-11-28");
  EXPECT_EQ(DayOf(doc, "اعتقال"), "2024-11-28");
  EXPECT_NE(StatusOf(doc, "اعتقال"), "historical");
}

// A relative clause with no comma before its relative word is no aside: the
// raid it tells is the scene, and its day dates the act told after it.
TEST_F(EventRelativeAsideDatesTest, ArabicRelativeClauseWithoutOpeningCommaKeepsItsDay) {
  Doc doc = test::ExtractAt(
      "أحرق مستوطنون منازل في بلدة ترمسعيا مساء الأربعاء. "
      "وفي جنين، اندلعت مواجهات مع القوات التي اقتحمت المخيم فجر اليوم، فيما فجّر مقاتلون عبوة ناسفة بآلية عسكرية.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "فجّر"), "2024-11-30");
}

// Last week is the 18th–24th.
TEST_F(EventRelativeAsideDatesTest, EnglishAfterTheStrikeTakesTheStrikesDay) {
  Doc doc = test::ExtractAt(
      "Drones struck a cattle market in Kutum on Thursday evening, killing six people, witnesses said. "
      "Gunmen attacked a village near Tawila last week, residents said. "
      "Police detained ten young men in Kutum after the strike.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "detained"), "2024-11-28");
}

TEST_F(EventRelativeAsideDatesTest, ArabicAfterTheStrikeTakesTheStrikesDay) {
  Doc doc = test::ExtractAt(
      "قصفت طائرة مسيّرة سوقاً للماشية في بلدة كتم مساء الخميس، ما أدى إلى مقتل ستة أشخاص. "
      "وقال سكان إن مسلحين هاجموا قرية قرب طويلة الأسبوع الماضي. "
      "واعتقلت الشرطة عشرة شبان في كتم عقب الغارة.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "اعتقلت"), "2024-11-28");
}

// Without such words the act goes on with the sentence told before it.
TEST_F(EventRelativeAsideDatesTest, ArabicWithoutAfterTheStrikeKeepsTheLatestDay) {
  Doc doc = test::ExtractAt(
      "قصفت طائرة مسيّرة سوقاً للماشية في بلدة كتم مساء الخميس، ما أدى إلى مقتل ستة أشخاص. "
      "وقال سكان إن مسلحين هاجموا قرية قرب طويلة الأسبوع الماضي. "
      "واعتقلت الشرطة عشرة شبان في طويلة.",
      2024, 11, 30);
  EXPECT_EQ(DayOf(doc, "اعتقلت"), "2024-11-18");
}

}  // namespace
}  // namespace marsad
