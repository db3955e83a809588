// Arabic doubts told of what follows: رجّحت، رجّح، ترجّح ("deemed it
// likely", `hedge` cues of scope onward) and لم يتسنَّ لها/لنا/له/لهم التحقق
// ("that could not be verified", with the pronoun of who could not) hedge
// the events told after them, not the ones told before in their sentence.
// Sentences are our own.
#include <gtest/gtest.h>

#include <string>

#include "extract/events.h"
#include "extract/extract_testutil.h"

namespace marsad {
namespace {

class LikelyReportsTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* OfSub(const Doc& doc, const std::string& sub) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == sub) return &e;
  return nullptr;
}

TEST_F(LikelyReportsTest, WhatSourcesDeemLikelyIsHedged) {
  Doc doc = test::ExtractAt(
      "هزت انفجارات قوية بلدة القائم ليل الاثنين، ورجّحت مصادر محلية أن تكون ناجمة عن غارة بطائرة مسيّرة استهدفت "
      "مستودعاً للأسلحة.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* e = OfSub(doc, "Air/drone strike");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "hedged");
}

TEST_F(LikelyReportsTest, ReportsThatCouldNotBeVerifiedHedgeWhatTheyTell) {
  Doc doc = test::ExtractAt(
      "اعتقلت قوات الأمن 12 شخصاً في مدينة كرمانشاه منذ السبت، وتفيد تقارير لم يتسنَّ لها التحقق منها بتعرض عدد من "
      "الموقوفين للضرب المبرح داخل السجن.",
      2026, 3, 10);
  test::MaybeDump(doc);
  const Event* beating = OfSub(doc, "Attack");
  ASSERT_NE(beating, nullptr);
  EXPECT_EQ(beating->status, "hedged");
  const Event* arrest = OfSub(doc, "Arrests");
  ASSERT_NE(arrest, nullptr);
  EXPECT_NE(arrest->status, "hedged");
}

}  // namespace
}  // namespace marsad
