#include "extract/triggers.h"

#include <gtest/gtest.h>

#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

const TriggerMention* Find(const Doc& doc, std::string_view lemma_or_text) {
  std::string key = NormalizeKey(lemma_or_text);
  for (const TriggerMention& t : doc.triggers)
    if (t.lemma == lemma_or_text || doc.norm(t.span).find(key) != std::string_view::npos) return &t;
  return nullptr;
}

TEST(Triggers, VoiceOfAmbiguousVerb) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc passive = test::Extract("وقتل خمسة أشخاص في القصف.");
  const TriggerMention* t = Find(passive, "قتل");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->voice, "passive");
  Doc active = test::Extract("قتل الجيش الإسرائيلي خمسة مسلحين.");
  t = Find(active, "قتل");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->voice, "active");
}

TEST(Triggers, PassiveCueMakesVerbalNounPassive) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("وتم الاستيلاء على مستودعات الذخيرة.");
  const TriggerMention* t = Find(doc, "الاستيلاء");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->voice, "passive");
  EXPECT_EQ(t->acled_sub_event_type, "Non-state actor overtakes territory");
}

TEST(Triggers, MultiWordWithArticleAndClitics) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("وشنت الطائرات الحربية سلسلة من الغارات الجوية على البلدة.");
  const TriggerMention* t = Find(doc, "الغارات الجوية");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->acled_sub_event_type, "Air/drone strike");
  EXPECT_EQ(t->tokens.end - t->tokens.begin >= 2, true);
}

// "the nurses' strike", "the dockers' strikes": a strike told as a group's
// is a stoppage of work; a strike from the air keeps its means, and a
// country's or a capital's strikes are still fired.
TEST(Triggers, PossessiveStrikeIsAStoppageOfWork) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc nurses = test::Extract("The nurses' strike at the city hospitals went into a second week.");
  const TriggerMention* t = Find(nurses, "strike");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->plover_event_type, "PROTEST");
  EXPECT_EQ(t->acled_event_type, "none");
  Doc union_ = test::Extract("The dockers\u2019 strikes closed the harbour for two days.");
  t = Find(union_, "strikes");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->plover_event_type, "PROTEST");
  Doc camp = test::Extract("An air strike on the labourers' camp near the quarry killed four men.");
  t = Find(camp, "air strike");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->acled_sub_event_type, "Air/drone strike");
  Doc state = test::Extract("Israel's strikes on the border villages went on through the night.");
  t = Find(state, "strikes");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->acled_sub_event_type, "Air/drone strike");
  Doc capital = test::Extract("Kyiv's strikes on the refinery near the border set two tanks ablaze.");
  t = Find(capital, "strikes");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->acled_sub_event_type, "Air/drone strike");
}

// Mentions are built in their place in the document's list, which keeps
// room for one every eight words: a weapon noun after a strike still finds
// the strike before it (read before its own mention is added), a definite
// noun is still given information, and the list did not grow by moving.
TEST(Triggers, MentionListKeepsRoomForOneEveryEightWords) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract(
      "قصفت القوات الحكومية قرية شرقية بالمسيّرات صباح أمس، وقال سكان إن الهجوم أسفر عن مقتل امرأتين.");
  const TriggerMention* drones = Find(doc, "بالمسيّرات");
  ASSERT_NE(drones, nullptr);
  EXPECT_TRUE(drones->instrument);
  const TriggerMention* attack = Find(doc, "الهجوم");
  ASSERT_NE(attack, nullptr);
  EXPECT_TRUE(attack->definite);
  EXPECT_GE(doc.triggers.capacity(), doc.lex_words.size() / 8 + 4);
}

TEST(Triggers, English) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  Doc doc = test::Extract("Rebels seized the town after clashes with government troops.");
  EXPECT_NE(Find(doc, "seized"), nullptr);
  EXPECT_NE(Find(doc, "clashes"), nullptr);
  for (const TriggerMention& t : doc.triggers) EXPECT_FALSE(doc.norm(t.span) == "town");
}

TEST(Triggers, NotInsideActorNames) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  // "تحرير" (liberation) is part of the group's name here, not an event.
  Doc doc = test::Extract("أصدرت هيئة تحرير الشام بيانا.");
  for (const TriggerMention& t : doc.triggers)
    EXPECT_EQ(doc.norm(t.span).find(NormalizeKey("تحرير")), std::string_view::npos);
}

TEST(Triggers, DatePartWithClitic) {
  ASSERT_NE(test::ExtractLayer(), nullptr);
  // وفجر اليوم: "and at dawn today", a date with its conjunction, not a blast.
  Doc doc = test::ExtractAt("وفجر اليوم، داهمت الشرطة منزلاً في الحي.", 2024, 3, 2);
  for (const TriggerMention& t : doc.triggers) EXPECT_NE(t.lemma, "\xD9\x81\xD8\xAC\xD8\xB1");  // فجر
  EXPECT_NE(Find(doc, "داهمت"), nullptr);
}

}  // namespace
}  // namespace marsad
