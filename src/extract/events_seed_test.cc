// Golden test of the extraction stages on the seed report, read from
// ../shared/seeds/ (skipped when absent). It checks what the extractor gets
// right (the misses are listed in the report to the lead).
#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class EventsSeed : public ::testing::Test {
 protected:
  void SetUp() override {
    auto seed = test::ReadSeed();
    if (!seed) GTEST_SKIP() << "seed absent: " << test::SeedPath();
    ASSERT_NE(test::ExtractLayer(), nullptr);
    doc_ = std::make_unique<Doc>(test::Extract(*seed));
    test::MaybeDump(*doc_);
  }
  // Events whose trigger text (norm) contains `stem`.
  std::vector<const Event*> With(std::string_view stem) const {
    std::vector<const Event*> out;
    std::string key = NormalizeKey(stem);
    for (const Event& e : doc_->events)
      if (doc_->norm(doc_->triggers[e.trigger].span).find(key) != std::string_view::npos) out.push_back(&e);
    return out;
  }
  std::string Place(const Event& e) const { return e.place >= 0 ? doc_->places[e.place].location.name : ""; }
  std::string A1(const Event& e) const { return test::ActorId(*doc_, e.actor1); }
  std::unique_ptr<Doc> doc_;
};

TEST_F(EventsSeed, CaptureOfAleppoWithQuantities) {
  auto v = With("سيطروا");
  ASSERT_EQ(v.size(), 1u);
  const Event& e = *v[0];
  EXPECT_EQ(e.acled_sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(A1(e), "syr.opposition");
  EXPECT_EQ(Place(e), "Aleppo");
  ASSERT_EQ(e.quantities.size(), 2u);
  const NumberMention& pct = doc_->numbers[e.quantities[0]];
  EXPECT_EQ(pct.kind, NumberMention::Kind::kPercent);
  EXPECT_EQ(pct.value.value_or(-1), 70);
  EXPECT_TRUE(pct.approx);
  EXPECT_EQ(doc_->numbers[e.quantities[1]].value.value_or(-1), 16);
  EXPECT_EQ(doc_->numbers[e.quantities[1]].unit, NormalizeKey("قرية"));
}

// The airports "in Aleppo and Idlib" were taken: one event per place, as
// ACLED codes them.
TEST_F(EventsSeed, PassiveCaptureOfAirportsIsImplicitOpposition) {
  auto v = With("الاستيلاء");
  ASSERT_EQ(v.size(), 2u);
  for (const Event* e : v) {
    EXPECT_TRUE(e->actor1.implicit);
    EXPECT_EQ(e->actor1.implicit_id, "syr.opposition");
    EXPECT_EQ(e->acled_event_type, "Battles");
  }
  EXPECT_EQ(Place(*v[0]), "Aleppo");
  EXPECT_EQ(Place(*v[1]), "Idlib");
}

TEST_F(EventsSeed, GunmenTakeAbuDuhurAirbase) {
  const Event* hit = nullptr;
  for (const Event* e : With("سيطر"))
    if (e->place >= 0 && doc_->places[e->place].location.feature_code == "AIRB") hit = e;
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(A1(*hit), "syr.opposition");  // المسلحون in Syria before 2024-12-08
  EXPECT_EQ(hit->status, "reported");
}

TEST_F(EventsSeed, RussianAirStrikes) {
  auto v = With("غارات");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0]->acled_sub_event_type, "Air/drone strike");
  EXPECT_EQ(A1(*v[0]), "rus.mil");
}

TEST_F(EventsSeed, CumulativeTollSinceWednesday) {
  const Event* toll = nullptr;
  for (const Event& e : doc_->events)
    if (e.fatalities && e.civilian_fatalities) toll = &e;
  ASSERT_NE(toll, nullptr);
  EXPECT_EQ(toll->fatalities->low.value_or(-1), 301);
  EXPECT_FALSE(toll->fatalities->high.has_value());
  EXPECT_EQ(toll->civilian_fatalities->low.value_or(-1), 21);
  EXPECT_TRUE(toll->cumulative);
  ASSERT_GE(toll->date, 0);
  EXPECT_EQ(doc_->dates[toll->date].value, "2024-11-27");
  EXPECT_TRUE(doc_->dates[toll->date].since);
}

TEST_F(EventsSeed, CaptureOf2016IsHistorical) {
  const Event* old = nullptr;
  for (const Event* e : With("سيطر"))
    if (e->status == "historical") old = e;
  ASSERT_NE(old, nullptr);
  EXPECT_EQ(A1(*old), "syr.saa");
  ASSERT_GE(old->date, 0);
  EXPECT_EQ(doc_->dates[old->date].value, "2016");
  // "the first time since 2016" is news, not history.
  for (const Event* e : With("الوصول")) EXPECT_NE(e->status, "historical");
}

TEST_F(EventsSeed, NoFightingIsNegatedAndSourcedToBbc) {
  const Event* neg = nullptr;
  for (const Event* e : With("قتال"))
    if (e->status == "negated") neg = e;
  ASSERT_NE(neg, nullptr);
  EXPECT_EQ(neg->attribution_kind, "anonymous_source");
  EXPECT_EQ(neg->attribution_source, NormalizeKey("بي بي سي"));
}

TEST_F(EventsSeed, KurdishAbductionIsHedged) {
  auto v = With("اختطاف");
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0]->status, "hedged");
  EXPECT_EQ(A1(*v[0]), "syr.kurdish_groups");
}

TEST_F(EventsSeed, ContinuingTowardsHamaIsIntent) {
  auto v = With("مستمرون");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0]->status, "intent");
  EXPECT_EQ(Place(*v[0]), "Hamah");
  EXPECT_EQ(v[0]->attribution_kind, "participant");
}

TEST_F(EventsSeed, ArmyStatementAttributedAndTerroristsAreOpposition) {
  ASSERT_FALSE(doc_->quotes.empty());
  ASSERT_GE(doc_->quote_speakers[0], 0);
  EXPECT_EQ(doc_->actors[doc_->quote_speakers[0]].id, "syr.saa");
  int in_statement = 0;
  for (const Event& e : doc_->events) {
    if (e.quote != 0) continue;
    ++in_statement;
    EXPECT_EQ(e.attribution_source, "Syrian Arab Army (Assad era)");
    EXPECT_EQ(e.attribution_kind, "official_statement");
  }
  EXPECT_GE(in_statement, 2);
  bool terrorists = false;
  for (const ActorMention& a : doc_->actors)
    if (doc_->norm(a.span) == NormalizeKey("التنظيمات الإرهابية")) terrorists = a.id == "syr.opposition";
  EXPECT_TRUE(terrorists);
  auto entry = With("دخول");
  ASSERT_EQ(entry.size(), 1u);
  EXPECT_EQ(A1(*entry[0]), "syr.opposition");
}

TEST_F(EventsSeed, IrgcCommanderIsTheLastQuotesSpeaker) {
  int32_t s = doc_->quote_speakers.back();
  ASSERT_GE(s, 0);
  EXPECT_EQ(doc_->actors[s].name, "Hossein Salami");
  EXPECT_EQ(doc_->actors[s].role, "IRGC commander");
}

TEST_F(EventsSeed, CelebrationInDaraa) {
  auto v = With("احتفلت");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0]->acled_event_type, "Protests");
  EXPECT_EQ(Place(*v[0]), "Dar'a");
  EXPECT_EQ(A1(*v[0]), "syr.opposition");
}

}  // namespace
}  // namespace marsad
