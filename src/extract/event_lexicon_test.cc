#include "extract/event_lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "tests/testutil.h"
#include "text/normalize.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

TEST(EventLexicon, LoadsShippedData) {
  auto lex = EventLexicon::Load(test::DataDir());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const EventLexicon& l = *lex.value();
  EXPECT_GT(l.aliases.size(), 1000u);
  EXPECT_GT(l.triggers.size(), 1000u);
  // Entries are normalised: written with أ/ة, found under ا/ه.
  EXPECT_TRUE(l.alias_table.Has(NormalizeKey("الحرس الثوري الإيراني")));
  EXPECT_TRUE(l.trigger_table.Has(NormalizeKey("غارات جوية")));
  ASSERT_NE(l.Actor("irn.irgc"), nullptr);
  EXPECT_EQ(l.Actor("irn.irgc")->abbreviation, "IRGC");
  EXPECT_TRUE(l.IsWithin("syr.saa", "syr.gov.assad"));
  EXPECT_FALSE(l.IsWithin("syr.gov.assad", "syr.saa"));
  EXPECT_EQ(l.Alpha3("SY"), "SYR");
}

// Classes of event words the extractor's rules name live in cue rows read by
// a trigger's lemma, and the words its rules compare with live in cue rows
// read by word: an analyst adds a storming word or a preposition of aim
// without recompiling.
TEST(EventLexicon, WordClassesOfRulesAreCueRows) {
  auto lex = EventLexicon::Load(test::DataDir());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const EventLexicon& l = *lex.value();
  const auto has = [&](const char* word, const char* type) { return l.KeyCue(NormalizeKey(word), type) != nullptr; };
  for (const char* w : {"اقتحم", "اقتحام", "storm"}) EXPECT_TRUE(has(w, "storming")) << w;
  for (const char* w : {"أطلق النار", "shoot"}) EXPECT_TRUE(has(w, "shooting")) << w;
  EXPECT_FALSE(has("أطلق صواريخ", "shooting"));
  for (const char* w : {"على", "باتجاه", "on", "at", "upon"}) EXPECT_TRUE(has(w, "aimed_fire")) << w;
  EXPECT_FALSE(has("by", "aimed_fire"));
  for (const char* w : {"positions", "troops", "trenches"}) EXPECT_TRUE(has(w, "fighting_post")) << w;
  for (const char* w : {"its", "our", "their"}) EXPECT_TRUE(has(w, "own_possessive")) << w;
  EXPECT_FALSE(has("his", "own_possessive"));
  for (const char* w : {"بين", "between"}) EXPECT_TRUE(has(w, "between")) << w;
  EXPECT_TRUE(has("من", "partitive"));
  EXPECT_TRUE(has("منهم", "partitive_pronoun"));
  EXPECT_FALSE(has("من", "partitive_pronoun"));
  EXPECT_TRUE(has("سقط", "falling"));
  for (const char* w : {"فجر", "تفجير"}) EXPECT_TRUE(has(w, "blowing_up")) << w;
  EXPECT_TRUE(has("withdraw", "withdrawal"));
  for (const char* w : {"فر", "flee"}) EXPECT_TRUE(has(w, "flight")) << w;
  EXPECT_TRUE(has("disperse", "dispersal"));
  for (const char* w : {"قطع الاتصالات", "internet shutdown"}) EXPECT_TRUE(has(w, "network_cut")) << w;
  for (const char* w : {"water", "electricity", "المياه", "الكهرباء"}) EXPECT_TRUE(has(w, "utility")) << w;
  for (const char* w : {"peacefully", "without"}) EXPECT_TRUE(has(w, "no_object")) << w;
  for (const char* w : {"were", "to"}) EXPECT_TRUE(has(w, "passive_or_infinitive")) << w;
  EXPECT_FALSE(has("the", "passive_or_infinitive"));
  for (const char* w : {"head", "dozens"}) EXPECT_TRUE(has(w, "object_lead")) << w;
  for (const char* w : {"in", "west", "towards"}) EXPECT_TRUE(has(w, "locative_preposition")) << w;
  EXPECT_TRUE(has("outside", "spatial_preposition"));
  EXPECT_FALSE(has("from", "spatial_preposition"));
  EXPECT_TRUE(has("airport", "facility_after"));
  EXPECT_FALSE(has("government", "facility_after"));
  for (const char* w : {"معهم", "معها"}) EXPECT_TRUE(has(w, "with_pronoun")) << w;
  for (const char* w : {"three", "several"}) EXPECT_TRUE(has(w, "holder_lead")) << w;
}

// The extract layer hands the lexicon the tokenizer's segmenter rather than
// reading the clitic TSVs a second time. The tokenizer has added gazetteer
// names to it by then; the lexicon reads only the clitic grammar, so a known
// word added there leaves the stems it sees as a fresh segmenter gives them.
TEST(EventLexicon, SharesAGivenSegmenterAndReadsOnlyItsGrammar) {
  auto fresh = CliticSegmenter::Load(test::DataDir());
  ASSERT_TRUE(fresh.ok()) << fresh.status().ToString();
  auto loaded = CliticSegmenter::Load(test::DataDir());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  std::shared_ptr<CliticSegmenter> extended = std::move(loaded).value();
  const std::string word = NormalizeKey("وقريتهم");
  extended->AddKnownWord(word);  // a name the gazetteer might lend, kept whole by the tokenizer
  auto lex = EventLexicon::Load(test::DataDir(), extended);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ(lex.value()->clitics.get(), extended.get());
  const std::string wa = NormalizeKey("و");
  EXPECT_EQ(lex.value()->clitics->StemsAfter(word, wa), fresh.value()->StemsAfter(word, wa));
  EXPECT_FALSE(lex.value()->clitics->StemsAfter(word, wa).empty());

  auto own = EventLexicon::Load(test::DataDir());  // no segmenter given: it reads its own
  ASSERT_TRUE(own.ok()) << own.status().ToString();
  ASSERT_NE(own.value()->clitics, nullptr);
  EXPECT_NE(own.value()->clitics.get(), extended.get());
}

// A copy of the data directory with one line appended to `file`.
std::string BrokenCopy(const std::string& file, const std::string& line) {
  fs::path dir = fs::temp_directory_path() / ("marsad_lex_" + std::to_string(::getpid()) + "_" +
                                              std::to_string(std::hash<std::string>{}(file + line)));
  fs::remove_all(dir);
  for (const char* sub : {"shared", "ar", "en"}) {
    fs::create_directories(dir / sub);
    for (const auto& e : fs::directory_iterator(fs::path(test::DataDir()) / sub))
      if (e.path().extension() == ".tsv") fs::copy_file(e.path(), dir / sub / e.path().filename());
  }
  std::ofstream(dir / file, std::ios::app) << line << "\n";
  return dir.string();
}

TEST(EventLexicon, BadRowsNameFileAndLine) {
  struct Case {
    std::string file, line, needle;
  } cases[] = {
      {"ar/actor_aliases.tsv", "عصابة وهمية\tnone.such\tcommon\t\t", "unknown actor"},
      {"ar/actor_aliases.tsv", "عصابة وهمية\tsyr.hts\tcommon\tweather:rain\t", "unknown context rule"},
      {"ar/actor_aliases.tsv", "عصابة وهمية\tsyr.hts\tcommon\tbefore:2024-13\t", "YYYY-MM-DD"},
      {"en/event_triggers.tsv", "zapped\tzap\tverb\tBattles\tArmed clash\tASSAULT\t\tactive\tsubj=actor1\treported\t1.5\t",
       "confidence"},
      {"en/event_cues.tsv", "maybe\tguess\t\tsentence\t", "unknown cue type"},
      {"en/event_cues.tsv", "catapults\tweapon\t\tnext\t", "needs kind aerial or heavy-weapons"},
      {"en/event_cues.tsv", "perhaps\thedge\tmedia\tclause\t", "only attribution, weapon, one_victim, military_target, civilian_target, not_event, without, goods, negation, cumulative, intent, route, place_anaphor, possessive_reading, event_anaphor, fighters_noun, own_deed, collective_of, mediator, decreeing_body, common_noun_name, settlement_noun and community_occupation cues take a kind"},
      {"en/event_cues.tsv", "swore\tintent\tpromise\tclause\t", "an intent cue takes kind vow or none"},
      {"en/event_cues.tsv", "warriors\tfighters_noun\taccusative\tsentence\t", "a fighters_noun cue takes kind nominative or none"},
      {"en/event_cues.tsv", "strike\tpossessive_reading\t\tnext\t", "a possessive_reading cue needs a trigger form as kind"},
      {"ar/event_cues.tsv", "تحت\tnot_event\tcivilian\tnext\t", "a not_event cue takes kind territory, nominal, contents, goal, gathering, commonplace or none"},
      {"en/event_cues.tsv", "kiosk\tcivilian_target\taerial\tsentence\t", "a civilian_target cue takes kind political, dwelling or none"},
      {"en/event_cues.tsv", "arbitrated\tmediator\tobject\tsentence\t", "a mediator cue takes kind subject or none"},
      {"en/event_cues.tsv", "gossip\tattribution\trumour\tsentence\t", "unknown attribution kind"},
      {"shared/persons.tsv", "per.x\tX\tX\tboss\tnone.such\t", "unknown actor"},
  };
  for (const Case& c : cases) {
    std::string dir = BrokenCopy(c.file, c.line);
    auto lex = EventLexicon::Load(dir);
    ASSERT_FALSE(lex.ok()) << c.file << ": " << c.line;
    std::string msg = lex.status().ToString();
    EXPECT_NE(msg.find(c.file + ":"), std::string::npos) << msg;
    EXPECT_NE(msg.find(c.needle), std::string::npos) << msg;
    fs::remove_all(dir);
  }
}

TEST(EventLexicon, WordsMatchThroughClitics) {
  Doc doc = test::Analyze("وبالغارات الجوية وللمدينة");
  std::vector<LexWord> words = BuildLexWords(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  ASSERT_EQ(words.size(), 3u);
  auto has = [](const LexWord& w, const std::string& v) {
    return std::find(w.variants.begin(), w.variants.end(), NormalizeKey(v)) != w.variants.end();
  };
  EXPECT_TRUE(has(words[0], "غارات"));
  EXPECT_EQ(words[1].bare(), NormalizeKey("جوية"));
  EXPECT_TRUE(has(words[2], "المدينة"));
  EXPECT_TRUE(has(words[2], "مدينة"));
  // A word is never cut to a stub: فقط stays whole (no "قط").
  Doc d2 = test::Analyze("فقط");
  std::vector<LexWord> w2 = BuildLexWords(d2, 0, static_cast<uint32_t>(d2.tokens.size()));
  ASSERT_EQ(w2.size(), 1u);
  EXPECT_FALSE(has(w2[0], "قط"));
  // ك "like" leaves no two-letter stub (كفر is no فر "fled"); ب and ل may
  // (بصد "by repelling"), and ك before a longer word still comes off.
  Doc d3 = test::Analyze("كفر بصد كالمدينة");
  std::vector<LexWord> w3 = BuildLexWords(d3, 0, static_cast<uint32_t>(d3.tokens.size()));
  ASSERT_EQ(w3.size(), 3u);
  EXPECT_FALSE(has(w3[0], "فر"));
  EXPECT_TRUE(has(w3[1], "صد"));
  EXPECT_TRUE(has(w3[2], "مدينة"));

  PhraseTable t;
  t.Add(NormalizeKey("غارات جوية"), 7);
  const std::vector<int32_t>* ids = nullptr;
  EXPECT_EQ(t.Longest(words, 0, &ids), 2u);
  ASSERT_NE(ids, nullptr);
  EXPECT_EQ((*ids)[0], 7);
  EXPECT_EQ(t.Longest(words, 1, &ids), 0u);
}

// A phrase whose key outgrows the buffer Longest builds keys in (256 bytes
// on the stack) is still found whole, and a shorter one inside it too.
TEST(PhraseTable, MatchesAPhraseLongerThanItsKeyBuffer) {
  std::string text;
  for (int i = 0; i < 12; ++i) text += std::string(i ? " " : "") + "convoys crossed northern ridges";
  Doc d = test::Analyze(text);
  std::vector<LexWord> words = BuildLexWords(d, 0, static_cast<uint32_t>(d.tokens.size()));
  ASSERT_EQ(words.size(), 48u);
  std::string phrase, first_ten;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) phrase += ' ';
    phrase += words[i].text();
    if (i == 9) first_ten = phrase;
  }
  ASSERT_GT(phrase.size(), 256u);
  PhraseTable t;
  t.Add(first_ten, 1);
  t.Add(phrase, 2);
  const std::vector<int32_t>* ids = nullptr;
  EXPECT_EQ(t.Longest(words, 0, &ids), words.size());
  ASSERT_NE(ids, nullptr);
  EXPECT_EQ((*ids)[0], 2);
  // Four words on, the text repeats: too short for the whole phrase.
  EXPECT_EQ(t.Longest(words, 4, &ids), 10u);
  EXPECT_EQ((*ids)[0], 1);
  EXPECT_EQ(t.Longest(words, 1, &ids), 0u);
}

// A table that remembers its answers gives the same ones asked again, over
// a shorter run of the same words (which cuts the phrase), and after a
// phrase is added; another table never reads its memo.
TEST(PhraseTable, RememberedAnswersAreTheTablesOwnAndBoundedByTheWords) {
  Doc d = test::Analyze("rebels shelled the old bridge at dawn");
  std::vector<LexWord> words = BuildLexWords(d, 0, static_cast<uint32_t>(d.tokens.size()));
  ASSERT_EQ(words.size(), 7u);
  PhraseTable t;
  t.Add("the old bridge", 1);
  t.Add("the old", 2);
  t.Remember();
  PhraseTable other;
  other.Add("the old bridge at dawn", 3);
  other.Remember();
  const std::span<const LexWord> all(words);
  for (int pass = 0; pass < 2; ++pass) {
    const std::vector<int32_t>* ids = nullptr;
    EXPECT_EQ(t.Longest(all, 2, &ids), 3u) << pass;
    ASSERT_NE(ids, nullptr);
    EXPECT_EQ((*ids)[0], 1);
    // Words cut after "old": only the shorter phrase fits.
    EXPECT_EQ(t.Longest(all.first(4), 2, &ids), 2u) << pass;
    EXPECT_EQ((*ids)[0], 2);
    EXPECT_EQ(other.Longest(all, 2, &ids), 5u) << pass;
    EXPECT_EQ((*ids)[0], 3);
    const std::vector<int32_t>* none = nullptr;
    EXPECT_EQ(t.Longest(all, 1, &none), 0u) << pass;
    EXPECT_EQ(none, nullptr);
  }
  t.Add("the old bridge at", 4);
  const std::vector<int32_t>* ids = nullptr;
  EXPECT_EQ(t.Longest(all, 2, &ids), 4u);
  EXPECT_EQ((*ids)[0], 4);
}

}  // namespace
}  // namespace marsad
