// فيما، بينما، في حين (`writer_turn`) open a clause of the writer's own: a
// military or government voice whose speech verb stands before the turn
// speaks for what it said, not for the deed past it, so that deed is no
// claim of the voice. Sentences are our own.
#include <gtest/gtest.h>

#include "extract/events.h"
#include "extract/extract_testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

class WriterTurnTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(test::ExtractLayer(), nullptr); }
};

const Event* ArrestIn(const Doc& doc) {
  for (const Event& e : doc.events)
    if (e.acled_sub_event_type == "Arrests") return &e;
  return nullptr;
}

// Told as what the governor announced, the arrest is the state's own word.
TEST_F(WriterTurnTest, AnArrestTheGovernorAnnouncesIsItsClaim) {
  Doc doc = test::ExtractAt("وأعلن حاكم الولاية أن الشرطة أوقفت أمس خمسة أشخاص يشتبه في تورطهم في الهجوم على السوق.", 2025, 4, 9);
  test::MaybeDump(doc);
  const Event* e = ArrestIn(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(WriterTurnTest, AnArrestPastFimaIsTheWritersAccount) {
  Doc doc = test::ExtractAt("وأعلن حاكم الولاية أن الوضع في المدينة هادئ، فيما أوقفت الشرطة أمس خمسة أشخاص يشتبه في تورطهم في الهجوم على السوق.",
                            2025, 4, 9);
  test::MaybeDump(doc);
  const Event* e = ArrestIn(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

TEST_F(WriterTurnTest, AnArrestPastBaynamaIsTheWritersAccount) {
  Doc doc = test::ExtractAt("وأعلن حاكم الولاية حظر التجول في المدينة، بينما أوقفت الشرطة أمس خمسة أشخاص يشتبه في تورطهم في الهجوم على السوق.",
                            2025, 4, 9);
  test::MaybeDump(doc);
  const Event* e = ArrestIn(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "reported");
}

// فيما يخص "regarding" and فيما بعد "later" open no clause of the
// writer's: the governor still speaks for the arrest told after them.
TEST_F(WriterTurnTest, FimaYakhussuIsNoTurn) {
  Doc doc = test::ExtractAt("وأعلن حاكم الولاية فيما يخص الهجوم على السوق أن الشرطة أوقفت أمس خمسة أشخاص يشتبه في تورطهم.", 2025, 4, 9);
  test::MaybeDump(doc);
  const Event* e = ArrestIn(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

TEST_F(WriterTurnTest, FimaBaduIsNoTurn) {
  Doc doc = test::ExtractAt("وأعلن حاكم الولاية فيما بعد أن الشرطة أوقفت أمس خمسة أشخاص يشتبه في تورطهم في الهجوم على السوق.", 2025, 4, 9);
  test::MaybeDump(doc);
  const Event* e = ArrestIn(doc);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, "claimed");
}

// A blast told after the writer's turn is another explosion, not the charge
// of the suicide bomber told before it; the toll told before the turn stays
// the bombing's.
TEST_F(WriterTurnTest, ABlastAfterTheTurnIsNoChargeOfTheBomber) {
  Doc doc = test::ExtractAt(
      "وفي بلدة الباب، فجّر انتحاري نفسه قرب حاجز للشرطة صباح الأحد، فقُتل شرطيان، فيما انفجرت عبوة ناسفة بسيارة "
      "عسكرية على طريق قريب في اليوم نفسه.",
      2025, 4, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Suicide bomb"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 1u);
  const Event* bombing = test::FirstOfSub(doc, "Suicide bomb");
  ASSERT_NE(bombing, nullptr);
  ASSERT_TRUE(bombing->fatalities.has_value());
  EXPECT_EQ(bombing->fatalities->best, 2);
}

// Without the turn the blast is the bomber's charge: one suicide bombing.
TEST_F(WriterTurnTest, TheBombersBlastWithNoTurnIsOneBombing) {
  Doc doc = test::ExtractAt(
      "وفي بلدة الباب، فجّر انتحاري نفسه قرب حاجز للشرطة صباح الأحد، وانفجرت عبوة ناسفة كان يحملها، فقُتل شرطيان.",
      2025, 4, 9);
  test::MaybeDump(doc);
  EXPECT_EQ(test::CountSub(doc, "Suicide bomb"), 1u);
  EXPECT_EQ(test::CountSub(doc, "Remote explosive/landmine/IED"), 0u);
}

}  // namespace
// A toll told before the turn with no killing event before it is the toll
// of the event told after the turn: nothing else could have taken it.
TEST_F(WriterTurnTest, ATollWithNoEventBeforeTheTurnIsTheBlastsAfterIt) {
  Doc doc = test::ExtractAt("قُتل أربعة مدنيين فيما أصيب خمسة آخرون بانفجار سيارة مفخخة قرب سوق مدينة كركوك مساء السبت.", 2025, 4, 9);
  test::MaybeDump(doc);
  const Event* blast = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Explosions/Remote violence") blast = &e;
  ASSERT_NE(blast, nullptr);
  ASSERT_TRUE(blast->fatalities.has_value());
  EXPECT_EQ(blast->fatalities->best, 4);
}

TEST_F(WriterTurnTest, SoldiersKilledWhileDefusingABombAreTheBlastsToll) {
  Doc doc = test::ExtractAt("قُتل جنديان بينما كانا يفككان لغماً أرضياً انفجر بهما على طريق قرب مدينة تكريت يوم الخميس.", 2025, 4, 9);
  test::MaybeDump(doc);
  const Event* blast = nullptr;
  for (const Event& e : doc.events)
    if (e.acled_event_type == "Explosions/Remote violence") blast = &e;
  ASSERT_NE(blast, nullptr);
  ASSERT_TRUE(blast->fatalities.has_value());
  EXPECT_EQ(blast->fatalities->best, 2);
}

}  // namespace marsad
