#include "extract/phrase_starts.h"

#include <gtest/gtest.h>

#include "extract/event_lexicon.h"
#include "tests/testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

// Every table gives the same longest phrase and ids at every word whether
// the word was marked once for all tables or each table looks it up itself.
void ExpectSameMatches(const std::vector<const PhraseTable*>& tables, const PhraseStarts& starts,
                       const std::vector<LexWord>& plain) {
  std::vector<LexWord> marked = plain;
  for (LexWord& w : marked) starts.Mark(w);
  for (const PhraseTable* t : tables)
    for (size_t at = 0; at < plain.size(); ++at) {
      const std::vector<int32_t>* a = nullptr;
      const std::vector<int32_t>* b = nullptr;
      ASSERT_EQ(t->Longest(plain, at, &a), t->Longest(marked, at, &b)) << at;
      EXPECT_EQ(a, b) << at;
    }
}

TEST(PhraseStarts, MarkedWordsMatchAsUnmarkedOnes) {
  PhraseTable strikes, places;
  strikes.Add(NormalizeKey("غارات جوية"), 1);
  strikes.Add(NormalizeKey("غارات"), 2);
  strikes.Add(NormalizeKey("قصف مدفعي عنيف"), 3);
  places.Add(NormalizeKey("المدينة"), 4);
  places.Add(NormalizeKey("غارات"), 5);  // a first word both tables have
  auto starts = PhraseStarts::Build({&strikes, &places});
  Doc doc = test::Analyze("وبالغارات الجوية على المدينة وقصف مدفعي عنيف ثم غارات");
  const std::vector<LexWord> words = BuildLexWords(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  ExpectSameMatches({&strikes, &places}, *starts, words);

  std::vector<LexWord> marked = words;
  for (LexWord& w : marked) starts->Mark(w);
  EXPECT_NE(marked[0].starts, 0);  // وبالغارات: its variant غارات begins phrases
  EXPECT_EQ(marked[0].start_tables, 3);  // in both tables
  EXPECT_EQ(marked[2].starts, 0);  // على begins none
  EXPECT_EQ(marked[3].start_tables, 2);  // المدينة: only in places
  const std::vector<int32_t>* ids = nullptr;
  EXPECT_EQ(strikes.Longest(marked, 0, &ids), 2u);
  EXPECT_EQ((*ids)[0], 1);
  EXPECT_EQ(places.Longest(marked, 0, &ids), 1u);
  EXPECT_EQ((*ids)[0], 5);

  // A table changed after the index was built leaves it: its new first
  // word is still found in words marked before.
  places.Add(NormalizeKey("على"), 6);
  EXPECT_EQ(places.Longest(marked, 2, &ids), 1u);
  EXPECT_EQ((*ids)[0], 6);
}

TEST(PhraseStarts, ShippedLexiconMatchesAsBefore) {
  auto lex = EventLexicon::Load(test::DataDir());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const EventLexicon& l = *lex.value();
  ASSERT_NE(l.phrase_starts, nullptr);
  Doc doc = test::Analyze(
      "قال المرصد السوري لحقوق الإنسان إن غارات جوية استهدفت بلدة في ريف إدلب، وأطلق مسلحون النار على "
      "عناصر الشرطة. The Syrian Observatory for Human Rights said an air strike killed three civilians.");
  const std::vector<LexWord> words = BuildLexWords(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  ExpectSameMatches({&l.alias_table, &l.trigger_table, &l.cue_table, &l.person_table, &l.role_table,
                     &l.gap_head_table, &l.gap_tail_table},
                    *l.phrase_starts, words);
}

}  // namespace
}  // namespace marsad
