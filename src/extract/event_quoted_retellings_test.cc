// A direct quote that opens its sentence, after the report told an event,
// retells that event in a witness's words unless it names a place or a day
// of its own, or states a plan. Sentences are our own wording.
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class EventQuotedRetellingsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

TEST_F(EventQuotedRetellingsTest, AWitnessQuoteOpeningItsSentenceIsNoNewEvent) {
  Doc doc = test::ExtractAt(
      "date 2026-06-02\nMAIDUGURI (AFP) - Gunmen stormed a wedding party in a village near Damboa on Saturday, "
      "killing 14 guests, officials said. \"They arrived on motorbikes and opened fire on the dancers,\" a guest "
      "who escaped told AFP.",
      2026, 6, 2);
  test::MaybeDump(doc);
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_EQ(e.sentence, doc.events.front().sentence) << e.acled_sub_event_type;
}

TEST_F(EventQuotedRetellingsTest, AQuoteNamingAPlaceOfItsOwnStays) {
  Doc doc = test::ExtractAt(
      "date 2026-06-02\nKYIV (Reuters) - Russian drones struck a power plant in Sumy on Monday, officials said. "
      "\"Our positions near Kupiansk were shelled all night,\" a Ukrainian soldier said.",
      2026, 6, 2);
  test::MaybeDump(doc);
  EXPECT_NE(test::ExpectEvent(doc, "shelled"), nullptr);
}

// A generic attack word told first ("in an attack by armed herders") has
// no settled kind yet; a witness's quoted shooting in the next sentence
// retells it all the same: one event.
TEST_F(EventQuotedRetellingsTest, AQuotedShootingRetellsAGenericAttackToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-06-02\nقُتل سبعة مزارعين ليل الاثنين في هجوم شنّه رعاة مسلحون على قرية قرب مدينة أبشي، بحسب "
      "مسؤول محلي.\nوقال أحد السكان: «جاؤوا على الجمال وأطلقوا النار على كل من رأوه».",
      2026, 6, 2);
  test::MaybeDump(doc);
  size_t violent = 0;
  for (const Event& e : doc.events)
    violent += e.acled_event_type == "Violence against civilians" || e.acled_event_type == "Battles";
  EXPECT_EQ(violent, 1u);
}

// Shells a witness saw falling during the fight told just before are that
// fight's, no shelling of their own; a quoted shelling that hurt people stays.
TEST_F(EventQuotedRetellingsTest, ShellsFallingInAWitnessQuoteAreTheFightsToldBefore) {
  Doc doc = test::ExtractAt(
      "date 2026-06-02\nاندلعت اشتباكات عنيفة بين مجموعتين مسلحتين وسط مدينة الزاوية ليل الاثنين، بحسب مصادر محلية.\n"
      "وقال أحد السكان: «كانت القذائف تتساقط على الحي طوال الليل».",
      2026, 6, 2);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Shelling/artillery/missile attack"), 0u);
  EXPECT_EQ(test::CountSub(doc, "Armed clash"), 1u);
}

}  // namespace
}  // namespace marsad
