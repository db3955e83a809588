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

}  // namespace
}  // namespace marsad
