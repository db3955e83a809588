#include "geo/geoparser.h"

#include <algorithm>
#include <set>
#include <cctype>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include "text/quotes.h"
#include "text/words.h"
#include "geo/geo_math.h"
#include "geo/place_key.h"
#include "geo/transliteration.h"
#include "text/normalize.h"
#include "util/affix.h"
#include "util/string_set.h"
#include "util/tsv.h"
#include "util/utf8.h"

namespace marsad {

using namespace std::string_view_literals;

// ---------------------------------------------------------------------------
// Lexicon

struct CuePhrase {
  std::vector<std::string> words;  // normalised
  std::vector<std::string> written;  // as written in the data file (hamza kept)
  std::string value;
  bool plural = false;  // cue_plural: takes known names only
  bool dual = false;    // cue_dual: an unknown name only with a second joined by و
  bool seat = false;    // cue_seat: known names only, and no word the lexicons know
};

// A word form's index in PlaceLexicon::word_form, or kNoForm when no
// per-word lexicon holds the form.
constexpr uint32_t kNoForm = UINT32_MAX;

// Cue phrases of one kind, longest first, with the first and last words of
// its phrases: MatchStart() and MatchEnding() run at nearly every word, and
// the word's forms tell them whether any phrase of the list can match, and
// which: by a word's index in first_words (last_words), the phrases that
// begin (end) with it, in list order. The word's forms are looked up once,
// in the one vocabulary of the per-word lexicons (word_form); first_of_form
// (last_of_form) takes a form's index there to its index in first_words
// (last_words), or kNoForm, so no list is probed by string per word.
struct PhraseList {
  std::vector<CuePhrase> phrases;
  StringSet first_words, last_words;
  std::vector<std::vector<uint32_t>> by_first, by_last;
  std::vector<uint32_t> first_of_form, last_of_form;

  void push_back(const CuePhrase& p) { phrases.push_back(p); }
  // Fills the word sets and indexes; once the phrases are in their order
  // and `vocabulary` (word_form) holds every word of them.
  void Index(const StringSet& vocabulary) {
    auto add = [](StringSet& set, std::vector<std::vector<uint32_t>>& by, const std::string& w, uint32_t i) {
      if (set.Insert(w)) by.emplace_back();
      by[set.Find(w)].push_back(i);
    };
    for (uint32_t i = 0; i < phrases.size(); ++i) {
      add(first_words, by_first, phrases[i].words.front(), i);
      add(last_words, by_last, phrases[i].words.back(), i);
    }
    auto by_form = [&](const StringSet& words, std::vector<uint32_t>* of_form) {
      of_form->assign(vocabulary.size(), kNoForm);
      for (size_t k = 0; k < words.size(); ++k)
        (*of_form)[vocabulary.Find(words.at(k))] = static_cast<uint32_t>(k);
    };
    by_form(first_words, &first_of_form);
    by_form(last_words, &last_of_form);
  }
  std::vector<CuePhrase>::const_iterator begin() const { return phrases.begin(); }
  std::vector<CuePhrase>::const_iterator end() const { return phrases.end(); }
};

class PlaceLexicon {
 public:
  static Result<std::unique_ptr<PlaceLexicon>> Load(const std::string& data_dir);

  PhraseList facility, relation, relation_after, direction, cue, link;
  // A preposition after which an unknown foreign word is tried as a town
  // (في توماكو), like a word after a spatial relation.
  PhraseList locative_link;
  // A class noun that may begin a place's own name in the gazetteer (نهر
  // دجلة، قطاع غزة، بلاد الشام) but is no part of the proper name; with the
  // facility and cue words, left out of PlaceMention::name_span.
  PhraseList name_head;
  // Phrases before a place name that make it part of another name: a club or
  // team (ريال مدريد، فاز على X), a newspaper (صحيفة X), an agreement (اتفاق X).
  PhraseList org_before;
  // Words that make a place named by an anaphor clear (الحج، المسجد النبوي:
  // Medina); value = the country code.
  PhraseList anaphor_context;
  // Nouns of a square, street, mosque or school, which news names after a
  // word (ساحة الصحابة، مسجد الصحابة): an anaphor_context word right after
  // one names that place and says nothing of the report's country.
  StringSet eponym_place_head;
  // A phrase that says a report's country as a nationality adjective would,
  // where the adjective is also a common word (الجيش المالي: Mali's army,
  // المالي alone "financial"); value = the country code.
  PhraseList nationality_phrase;
  // A definite noun used for a place already named (المدينة "the city") that
  // is also a place's own name (Medina): value = the country where it is.
  std::unordered_map<std::string, std::string> anaphor;
  StringSet demonstrative;  // هذه، تلك: "this city" is the common noun
  StringSet quantifier;     // كافة، جميع، شتى: "all the fields" is a common plural
  // A colour adjective after a proper place name (روسيا البيضاء، النيل
  // الأزرق): the name's modifier, left out of PlaceMention::name_span when the
  // word before it is a country, region or river of its own.
  StringSet name_tail;
  StringSet name_prefix, name_link, not_place, common;
  // المملكة، الجمهورية: a state's head noun; with a nationality adjective
  // after it (المملكة المغربية) the two words name that nationality's country.
  StringSet state_head;
  // القارة "the continent": with its adjective (القارة الأفريقية، القارة
  // العجوز) it stands for a place, a description and no proper name.
  StringSet descriptive_head;
  // A nationality adjective, in every form, -> its country's code (value of
  // a not_place row): الجيش اللبناني says the report is about Lebanon.
  // Asked of every word of every sentence (FlatStringMap: one array probe).
  FlatStringMap<std::string> nationality;
  StringSet epithet;  // honorifics after a name (مكة المكرمة): matched with it, outside its span
  StringSet org_after;  // the same after the name: مانشستر يونايتد، نيويورك تايمز
  StringSet landmark_after;  // a capitalised head naming a landmark after a place: "Syria Street", "Damascus Gate"
  StringSet local_landmark;  // a noun of a town's landmark after "the X", either case: "the Salam hotel"
  // A fixed expression that begins with a place's name and means something
  // else (مسقط رأس "birthplace", not Muscat): its words are no place.
  PhraseList idiom;
  // A facility noun whose name is an organisation's (جامعة زيورخ, the
  // University of Zurich): the place is read, but is no name of its own.
  StringSet institution;
  // A facility named after the town it stands in (مركز شرطة X, a police
  // station): an unknown name after it is read as a town's name, short
  // skeletons and all, not as a facility's own (often a person's) name.
  StringSet town_facility;
  // English: a head noun of an institution's name ("University", "College",
  // "Centre"): "Ahmadu Bello University" bears a man's name, not a town's.
  StringSet eponym_head;
  StringSet nationality_masc;  // الهولندي، الإسباني: a country's not_place nisba, definite masculine
  StringSet score_link;  // a word between a match score and a team: خسر 1 - 2 أمام X
  StringSet person_before;  // a kunya or title before a person's name: أبو، بن، الأمير
  StringSet relative_pronoun;  // الذي، التي، اللاتي: the clause after them opens with no name
  StringSet speech_verb;  // قال، أضاف، أكد (masculine): what follows is the man who speaks
  StringSet person_name;    // data/ar/words.tsv kind name: first names (محمد، جمال)
  // One-word ordinals of data/ar/dates.tsv (الثاني، الرابع), with and without
  // the article, masculine and feminine (الثانية، ثالثة): after a cue word
  // (بلده الثاني "his second country", المدينة الثالثة) an ordinal is no name.
  StringSet ordinal;
  // Plural verbs of data/ar/words.tsv (kind verb or func) without the silent
  // alif of their ending وا, as writers often drop it: كانو for كانوا.
  StringSet verb_without_alif;
  StringSet given_name_latin;  // data/en/given_names.tsv, as PlaceKeys (Samir, Mohammed)
  // The last word of each English role phrase (data/en/person_roles.tsv:
  // spokesman, commander, minister), as PlaceKeys: a person's name follows.
  StringSet role_latin;
  // Kinds from data/ar/words.tsv of words that are not place names.
  StringSet weak_word;      // noun, adj, verb, name, lex: a place only with support
  StringSet verb_word;      // known as a verb (يدمر، تدمر)
  StringSet nonverb_word;   // known as a noun, adjective, name…: not only a verb
  StringSet function_word;  // func: never starts a place
  // lex: words of the UniversalPetrarch dictionaries, which mix common words
  // with actors' and places' names (زيورخ، ميامي): without the article, a
  // place already when it is a city of 100k+.
  StringSet lex_word;
  // A word of data/ar/words.tsv with a kind other than lex and place: the
  // core vocabulary (a lex word outside it is known to the UniversalPetrarch
  // lists only, which mix names with common words).
  StringSet core_word;
  // A word of data/ar/words.tsv of kind part only (ماين of جان ماين, فاسو):
  // a fragment of a longer name, no common word; another name may hold it.
  StringSet part_only;
  // The one vocabulary of the lexicons asked of every word of a sentence,
  // looked up once per word form (SetWordForms) and then asked by index:
  // every word of every cue phrase first (indexes below phrase_words; a word
  // in none starts none), then the other nationality adjectives.
  StringSet word_form;
  size_t phrase_words = 0;
  std::vector<const std::string*> nationality_of_form;  // by word_form index: the country's code, or null
  // Unique per loaded lexicon (hence per recognizer and gazetteer): names
  // the owner of a thread's FirstWord memo (PlaceRecognizer::Run).
  uint64_t id = 0;
  // Names the gazetteer lacks, matched by consonant skeleton (null: no table).
  std::unique_ptr<const TransliterationIndex> translit;
  // Each first-level division's seat (SeatOf), found once at load: ADM1
  // entry id -> its one PPLA entry id. Divisions with no seat or two are absent.
  std::unordered_map<uint32_t, uint32_t> seat;
  // The gazetteer's countries (feature code PCL*), ids ascending, found once
  // at load: a report's nationalities name their countries (Resolver) with
  // no walk over every entry. Empty: not found (a lexicon made otherwise).
  std::vector<uint32_t> country_entries;

 private:
  Status AddFile(const std::string& path, bool arabic);
};

namespace {

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kHeh = "\xD9\x87";              // ه (normalised ة)
constexpr std::string_view kWaw = "\xD9\x88";              // و
constexpr std::string_view kNoon = "\xD9\x86";             // ن
constexpr std::string_view kYeh = "\xD9\x8A";              // ي
// The imperfect prefix ت (with ي) and object pronouns (BeginsDescribingClause).
constexpr std::string_view kImperfectTeh = "\xD8\xAA";       // ت
constexpr std::string_view kPronounHa = "\xD9\x87\xD8\xA7";     // ها
constexpr std::string_view kPronounHum = "\xD9\x87\xD9\x85";    // هم
constexpr std::string_view kPronounHunna = "\xD9\x87\xD9\x86";  // هن
constexpr std::string_view kAlif = "\xD8\xA7";             // ا

}  // namespace

Status PlaceLexicon::AddFile(const std::string& path, bool arabic) {
  auto tsv = ReadTsv(path, "places", {"kind", "phrase"});
  if (!tsv.ok()) return tsv.status();
  int value_col = tsv->Column("value");
  for (const auto& row : tsv->rows) {
    const std::string& kind = row.fields[0];
    std::string phrase = NormalizeKey(row.fields[1]);
    std::string value = value_col >= 0 ? row.fields[value_col] : "";
    if (phrase.empty()) return tsv->Error(row, "empty phrase");
    CuePhrase cp{SplitWords(phrase), SplitWords(row.fields[1]), value};
    if (kind == "facility") {
      facility.push_back(cp);
    } else if (kind == "relation") {
      relation.push_back(cp);
    } else if (kind == "relation_after") {
      relation_after.push_back(cp);
    } else if (kind == "direction") {
      direction.push_back(cp);
    } else if (kind == "cue") {
      cue.push_back(cp);
    } else if (kind == "cue_plural") {
      cp.plural = true;
      cue.push_back(cp);
    } else if (kind == "cue_dual") {
      cp.dual = true;
      cue.push_back(cp);
    } else if (kind == "cue_seat") {
      cp.plural = true;
      cp.seat = true;
      cue.push_back(cp);
    } else if (kind == "link") {
      link.push_back(cp);
    } else if (kind == "locative_link") {
      locative_link.push_back(cp);
    } else if (kind == "name_head") {
      name_head.push_back(cp);
    } else if (kind == "name_tail") {
      if (cp.words.size() != 1) return tsv->Error(row, "a name tail is one word");
      name_tail.Insert(phrase);
    } else if (kind == "name_prefix") {
      name_prefix.Insert(phrase);
    } else if (kind == "name_link") {
      name_link.Insert(phrase);
    } else if (kind == "common") {
      common.Insert(phrase);
    } else if (kind == "anaphor") {
      anaphor[phrase] = value;
    } else if (kind == "anaphor_context") {
      anaphor_context.push_back(cp);
    } else if (kind == "eponym_place_head") {
      eponym_place_head.Insert(phrase);
    } else if (kind == "nationality_phrase") {
      if (value.empty()) return tsv->Error(row, "a nationality_phrase needs its country code");
      nationality_phrase.push_back(cp);
    } else if (kind == "demonstrative") {
      demonstrative.Insert(phrase);
    } else if (kind == "quantifier") {
      quantifier.Insert(phrase);
    } else if (kind == "epithet") {
      epithet.Insert(phrase);
    } else if (kind == "org_before") {
      org_before.push_back(cp);
    } else if (kind == "person_before") {
      person_before.Insert(phrase);
    } else if (kind == "relative_pronoun") {
      relative_pronoun.Insert(phrase);
    } else if (kind == "speech_verb") {
      speech_verb.Insert(phrase);
    } else if (kind == "score_link") {
      score_link.Insert(phrase);
    } else if (kind == "org_after") {
      org_after.Insert(phrase);
    } else if (kind == "landmark_after") {
      if (cp.words.size() != 1) return tsv->Error(row, "a landmark head is one word");
      landmark_after.Insert(phrase);
    } else if (kind == "local_landmark") {
      if (cp.words.size() != 1) return tsv->Error(row, "a local landmark noun is one word");
      local_landmark.Insert(phrase);
    } else if (kind == "eponym_head") {
      if (cp.words.size() != 1) return tsv->Error(row, "an eponym head is one word");
      eponym_head.Insert(PlaceKey(NormalizeKey(phrase)));
    } else if (kind == "town_facility") {
      town_facility.Insert(phrase);
    } else if (kind == "institution") {
      if (cp.words.size() != 1) return tsv->Error(row, "an institution noun is one word");
      institution.Insert(phrase);
    } else if (kind == "idiom") {
      if (cp.words.size() < 2) return tsv->Error(row, "an idiom has two words or more");
      idiom.push_back(cp);
    } else if (kind == "state_head") {
      state_head.Insert(phrase);
    } else if (kind == "descriptive_head") {
      if (cp.words.size() != 1) return tsv->Error(row, "a descriptive head is one word");
      descriptive_head.Insert(phrase);
    } else if (kind == "not_place") {
      not_place.Insert(phrase);
      if (!value.empty()) nationality.Set(phrase, value);
      if (arabic && EndsWith(phrase, kYeh)) {
        // The listed masculine singular stands for every form, with and
        // without the article: ي، ية، يون، يين. The bare feminine (سورية) is
        // left out because it is also a country's name.
        const std::string forms[] = {phrase + std::string(kWaw) + std::string(kNoon),
                                     phrase + std::string(kYeh) + std::string(kNoon)};
        for (const auto& f : forms) {
          not_place.Insert(f);
          not_place.Insert(std::string(kArticle) + f);
        }
        not_place.Insert(std::string(kArticle) + phrase);
        not_place.Insert(std::string(kArticle) + phrase + std::string(kHeh));
        if (!value.empty()) {
          for (const std::string& f : {forms[0], forms[1], std::string(kArticle) + forms[0], std::string(kArticle) + forms[1],
                                       std::string(kArticle) + phrase, std::string(kArticle) + phrase + std::string(kHeh),
                                       phrase + std::string(kHeh)})
            nationality.Set(f, value);
          nationality_masc.Insert(std::string(kArticle) + phrase);
        }
      }
    } else {
      return tsv->Error(row, "unknown kind '" + kind + "'");
    }
  }
  return Status::OK();
}

Result<std::unique_ptr<PlaceLexicon>> PlaceLexicon::Load(const std::string& data_dir) {
  auto lex = std::make_unique<PlaceLexicon>();
  static std::atomic<uint64_t> next_id{1};
  lex->id = next_id.fetch_add(1);
  MARSAD_RETURN_IF_ERROR(lex->AddFile(data_dir + "/ar/places.tsv", true));
  MARSAD_RETURN_IF_ERROR(lex->AddFile(data_dir + "/en/places.tsv", false));
  auto words = ReadTsv(data_dir + "/ar/words.tsv", "ar_words", {"word", "kind"});
  if (!words.ok()) return words.status();
  std::vector<std::string> plural_verbs;
  std::vector<std::string> part_words;
  StringSet other_words;
  for (const auto& row : words->rows) {
    const std::string& kind = row.fields[1];
    if (kind == "place") continue;
    std::string w = NormalizeKey(row.fields[0]);
    if (kind == "func") lex->function_word.Insert(w);
    else lex->weak_word.Insert(w);
    if (kind == "lex") lex->lex_word.Insert(w);
    else lex->core_word.Insert(w);
    if (kind == "part") part_words.push_back(w);
    else other_words.Insert(w);
    if (kind == "verb") lex->verb_word.Insert(w);
    else lex->nonverb_word.Insert(w);
    if (kind == "name") lex->person_name.Insert(w);
    if ((kind == "verb" || kind == "func") && w.ends_with("\xD9\x88\xD8\xA7"))  // وا
      plural_verbs.push_back(w);
  }
  for (const std::string& w : part_words)
    if (!other_words.Contains(w)) lex->part_only.Insert(w);
  // Only a plural whose singular of three letters or more the lexicon also
  // knows (كان + و): a doubled verb's plural without alif (مرو، ردو) is as
  // often a name (مرو, Merv).
  for (const std::string& v : plural_verbs) {
    std::string singular = v.substr(0, v.size() - 4);
    if (singular.size() >= 6 && (lex->function_word.Contains(singular) || lex->weak_word.Contains(singular)))
      lex->verb_without_alif.Insert(v.substr(0, v.size() - 2));
  }
  auto dates = ReadTsv(data_dir + "/ar/dates.tsv", "dates", {"form", "kind", "value", "count", "part", "flags"});
  if (!dates.ok()) return dates.status();
  for (const auto& row : dates->rows) {
    if (row.fields[1] != "ordinal" || SplitWords(row.fields[0]).size() != 1) continue;
    std::string w = NormalizeKey(row.fields[0]);
    std::string bare = w.starts_with(kArticle) ? w.substr(kArticle.size()) : w;
    for (const std::string& f : {w, bare, std::string(kArticle) + bare})
      lex->ordinal.Insert(f), lex->ordinal.Insert(f + std::string(kHeh));
  }
  auto given = ReadTsv(data_dir + "/en/given_names.tsv", "given_names", {"name"});
  if (!given.ok()) return given.status();
  for (const auto& row : given->rows) lex->given_name_latin.Insert(PlaceKey(NormalizeKey(row.fields[0])));
  auto roles = ReadTsv(data_dir + "/en/person_roles.tsv", "person_roles", {"phrase", "role", "actor"});
  if (!roles.ok()) return roles.status();
  for (const auto& row : roles->rows) {
    std::vector<std::string> words = SplitWords(row.fields[0]);
    if (!words.empty()) lex->role_latin.Insert(PlaceKey(NormalizeKey(words.back())));
  }
  // Longest phrases first, so "شمال شرق" wins over "شمال".
  for (auto* list : {&lex->facility, &lex->relation, &lex->relation_after, &lex->direction, &lex->cue,
                     &lex->link, &lex->org_before, &lex->name_head, &lex->idiom})
    std::stable_sort(list->phrases.begin(), list->phrases.end(),
                     [](const CuePhrase& a, const CuePhrase& b) { return a.words.size() > b.words.size(); });
  for (auto* list : {&lex->facility, &lex->relation, &lex->relation_after, &lex->direction, &lex->cue,
                     &lex->link, &lex->locative_link, &lex->org_before, &lex->anaphor_context, &lex->name_head,
                     &lex->idiom, &lex->nationality_phrase})
    for (const CuePhrase& p : *list)
      for (const std::string& w : p.words) lex->word_form.Insert(w);
  lex->phrase_words = lex->word_form.size();
  for (size_t k = 0; k < lex->nationality.size(); ++k) lex->word_form.Insert(lex->nationality.key(k));
  lex->nationality_of_form.assign(lex->word_form.size(), nullptr);
  for (size_t k = 0; k < lex->nationality.size(); ++k)
    lex->nationality_of_form[lex->word_form.Find(lex->nationality.key(k))] = &lex->nationality.value(k);
  for (auto* list : {&lex->facility, &lex->relation, &lex->relation_after, &lex->direction, &lex->cue,
                     &lex->link, &lex->locative_link, &lex->org_before, &lex->anaphor_context, &lex->name_head,
                     &lex->idiom, &lex->nationality_phrase})
    list->Index(lex->word_form);
  return lex;
}

// ---------------------------------------------------------------------------
// Words: the recognizer works on whitespace words, each seen with and without
// its proclitics.

namespace {

struct FirstWord;

struct Word {
  uint32_t first = 0, end = 0;  // tokens [first, end)
  uint32_t name_first = 0;      // first token after و/ف/ب/ل/ك proclitics (ال kept)
  uint32_t name_end = 0;        // end without enclitics
  bool is_word = false;         // letters (not punctuation, number, symbol)
  bool quote = false;           // a quotation mark
  bool comma = false;
  bool latin = false;
  bool capital = false;         // Latin: written with a capital
  bool article = false;         // the name part starts with ال
  bool proclitic = false;       // a proclitic was skipped
  bool hashtag = false;         // written right after '#' (#حفرالباطن)
  bool letter_kept = false;     // the name keeps a ب/ل/ك read as a proclitic (وبانه)
  bool letter_over_name = false;  // … where the stem alone is a name too (وكسلا: سلا)
  // The word cannot be a name as split: a future particle س was split off
  // (سنوي: only a verb follows it); or it carries tanween (دوراً), the mark
  // of an indefinite common noun.
  bool bad_split = false;
  bool tanween = false;
  // What was read as the article is written أل/إل (ألوان): a name is read
  // only if it begins with those letters itself (ألمانيا).
  bool hamza_article = false;
  // Views into doc.norm(), which outlives the words: no copies per word.
  std::string_view text;        // norm text of the whole word
  std::string_view name;        // norm text of [name_first, name_end)
  std::string_view bare;        // name without ال
  std::string_view name_full;   // norm text of [name_first, end): with the enclitics
  // The whole word as written, and where its name and the name without ال
  // begin in it (bytes): for HamzaAgrees.
  std::string_view orig;
  uint16_t name_orig_at = 0, bare_orig_at = 0;
  // The indexes in PlaceLexicon::word_form of name, bare and text (kNoForm:
  // in no per-word lexicon; a non-word has only its text), set by
  // SetWordForms once the word's forms are final.
  uint32_t form[3] = {kNoForm, kNoForm, kNoForm};
  bool maybe_phrase = true;     // text, name or bare is some cue phrase's word
  // Longest() per-word work, computed on first use (it runs up to five times
  // at one word): whether the word is a function word (-1: not known yet),
  // and the FirstWord of the name (index 0) and of the whole word (index 1).
  mutable int8_t function_cached = -1;
  mutable const FirstWord* first_word[2] = {nullptr, nullptr};
};

// A word form's one-word PlaceKey and MaxWordsStartingWith bound (SIZE_MAX
// when the key is empty or has a space: no bound). Word forms repeat within
// and across documents, so each thread keeps one per distinct form for the
// recognizer it last ran (PlaceRecognizer::Run()): a memo of pure functions
// of the form, the gazetteer fixed. Entries stay put while a document is read.
struct FirstWord {
  std::string key;
  size_t most = 0;
  // The form is Arabic letters only (PlaceKeyIsPerWord): a window of such
  // words is keyed by joining their keys (SentenceReader::Key).
  bool per_word = false;
};
// Form → FirstWord. Looked up at nearly every word, so the forms are a flat
// StringSet (one probe) rather than a node-based map; the values sit in a
// deque by the form's index, where they stay put as the memo grows.
class FirstWordCache {
 public:
  const FirstWord* Find(std::string_view form) const {
    const size_t k = forms_.Find(form);
    return k == StringSet::kNone ? nullptr : &values_[k];
  }
  // REQUIRES: Find(form) is null.
  const FirstWord* Add(std::string_view form, FirstWord fw) {
    forms_.Insert(form);
    return &values_.emplace_back(std::move(fw));
  }
  size_t size() const { return values_.size(); }

 private:
  StringSet forms_;
  std::deque<FirstWord> values_;
};
struct FirstWordMemo {
  uint64_t owner = 0;  // PlaceLexicon::id
  FirstWordCache map;
};
// Bounds the memo's memory (about 100 bytes a form): cleared when larger.
constexpr size_t kMaxMemoForms = 200000;

// What the sentences of one document share, computed on first use: the
// FirstWord of each word form (the thread's memo).
struct DocCache {
  FirstWordCache* first_words = nullptr;
  // The words of the sentence being read (SentenceReader::words_), one
  // buffer for all the document's sentences.
  std::vector<Word> words;
  // Candidate lists narrowed to the namesakes written as the text writes
  // them (SentenceReader::AsWritten); a deque keeps the spans valid.
  std::deque<std::vector<uint32_t>> narrowed;
  // Countries whose anaphor_context words the document uses (الحج: SA).
  std::unordered_set<std::string> anaphor_context;
  // How often the document uses each country's nationality adjective.
  std::unordered_map<std::string, int> nationality;
  // NormalizeKey of a span's normalised text (SpanKey), made once per span:
  // NamedBeforeWithItsCue asks it of every earlier cued mention at every
  // word it tries. Keyed by (begin << 32 | end); nodes stay put.
  std::unordered_map<uint64_t, std::string> span_keys;
};

// NormalizeKey(doc.norm(span)), from the document's memo. A pure function of
// the document's fixed text and the span.
const std::string& SpanKey(const Doc& doc, Span span, DocCache* cache) {
  const uint64_t k = (static_cast<uint64_t>(span.begin) << 32) | span.end;
  auto [it, added] = cache->span_keys.try_emplace(k);
  if (added) it->second = NormalizeKey(doc.norm(span));
  return it->second;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// Does the word of tokens [i, end) end in an English possessive 's (or ’s)
// after at least one letter token?
bool PossessiveEnding(const Doc& doc, uint32_t i, uint32_t end) {
  if (end < i + 3) return false;
  std::string_view mark = doc.TokenText(end - 2), s = doc.TokenText(end - 1);
  return (mark == "'" || mark == "\xE2\x80\x99") && (s == "s" || s == "S");
}

// Builds the words of tokens [begin, end) into *out (emptied first: the
// caller passes one vector for all the sentences of a document, so that its
// room is reused rather than made again per sentence).
// "Cox's Bazar", "St John's Wood": a possessive that the gazetteer has as
// part of a name with the capitalised word after it is that name's letter.
bool PossessiveInName(const Doc& doc, uint32_t i, uint32_t whole_end, uint32_t end, const Gazetteer& gaz) {
  if (whole_end >= end || doc.tokens[whole_end].kind != TokenKind::kWord ||
      doc.tokens[whole_end].script != Script::kLatin)
    return false;
  const std::string_view next = doc.OriginalText(doc.tokens[whole_end].span);
  if (next.empty() || !IsUpperAscii(next[0])) return false;
  const uint32_t next_end = WordEnd(doc, whole_end, end);
  const std::string_view name =
      doc.OriginalText(Span{doc.tokens[i].span.begin, doc.tokens[next_end - 1].span.end});
  return !gaz.LookupName(name).empty();
}

// Tanween ً ٌ ٍ (D9 8B, D9 8C, D9 8D) anywhere in `o`. Asked of every word
// of every document: the rare second byte is tested first, with one
// compare, so most bytes cost a load and a branch.
bool HasTanween(std::string_view o) {
  const auto* p = reinterpret_cast<const unsigned char*>(o.data());
  for (size_t b = 1; b < o.size(); ++b)
    if (static_cast<unsigned char>(p[b] - 0x8B) <= 2 && p[b - 1] == 0xD9) return true;
  return false;
}

// Whether `word`, compared without case, is one of `articles` (lowercase
// Latin spellings of the Arabic article: al, el, ash …).
bool IsLatinArticle(std::string_view word, std::span<const std::string_view> articles) {
  const auto same = [&](std::string_view a) {
    return a.size() == word.size() && std::equal(a.begin(), a.end(), word.begin(), [](char x, char y) {
             return x == static_cast<char>(std::tolower(static_cast<unsigned char>(y)));
           });
  };
  return std::any_of(articles.begin(), articles.end(), same);
}

// "the Kontagora-Rijau road", "the Afgooye-Mogadishu highway": two towns
// the gazetteer knows, joined by a hyphen into a name it does not know, are
// a road's two ends, each a name of its own. Returns the hyphen's token, or
// 0 where the whitespace word [i, whole_end) is one name (Guinea-Bissau,
// al-Bab, Ash-Shaddadah: no article before the hyphen).
uint32_t HyphenBetweenTowns(const Doc& doc, uint32_t i, uint32_t whole_end, const Gazetteer& gaz) {
  if (whole_end != i + 3 || doc.tokens[i].script != Script::kLatin || doc.TokenText(i + 1) != "-") return 0;
  const std::string_view left = doc.OriginalText(doc.tokens[i].span), right = doc.OriginalText(doc.tokens[i + 2].span);
  if (left.size() < 3 || right.size() < 3 || !IsUpperAscii(left[0]) || !IsUpperAscii(right[0])) return 0;
  static constexpr std::string_view kArticles[] = {"ash", "ath", "adh"};
  if (IsLatinArticle(left, kArticles)) return 0;
  const std::string_view whole = doc.OriginalText(Span{doc.tokens[i].span.begin, doc.tokens[i + 2].span.end});
  if (!gaz.LookupName(whole).empty() || gaz.LookupName(left).empty() || gaz.LookupName(right).empty()) return 0;
  return i + 1;
}

void BuildWords(const Doc& doc, uint32_t begin, uint32_t end, const Gazetteer& gaz, std::vector<Word>* out) {
  std::vector<Word>& words = *out;
  words.clear();
  // No more words than tokens: the references below stay valid.
  words.reserve(end - begin);
  uint32_t i = begin;
  while (i < end) {
    const Token& t = doc.tokens[i];
    // "#حفر_الباطن": an underscore between letters stands for a space (tweets,
    // hashtags); it is dropped so the words around it can form one name.
    if (t.kind != TokenKind::kWord && i > begin && i + 1 < end && !t.space_before &&
        !doc.tokens[i + 1].space_before && doc.tokens[i - 1].kind == TokenKind::kWord &&
        doc.tokens[i + 1].kind == TokenKind::kWord && doc.TokenText(i) == "_") {
      ++i;
      continue;
    }
    Word& w = words.emplace_back();  // built in place
    w.first = i;
    if (t.kind != TokenKind::kWord) {
      w.end = i + 1;
      w.name_first = i;
      w.name_end = i + 1;
      std::string_view tx = doc.TokenText(i);
      w.quote = IsQuotationMark(tx);
      w.comma = tx == "," || tx == "\xD8\x8C";  // , ،
      w.text = tx;
      ++i;
      continue;
    }
    // A run of word tokens of one whitespace word (text/words.h). An English
    // possessive ending is no part of a name (Aleppo's countryside): it is a
    // word of its own, not a letter word, so a name neither takes it nor runs
    // on past it (Syria's Idlib is two names).
    uint32_t whole_end = WordEnd(doc, i, end);
    if (const uint32_t hyphen = HyphenBetweenTowns(doc, i, whole_end, gaz); hyphen > 0) whole_end = hyphen;
    const bool possessive = t.script == Script::kLatin && PossessiveEnding(doc, i, whole_end) &&
                            !PossessiveInName(doc, i, whole_end, end, gaz);
    const uint32_t j = possessive ? whole_end - 2 : whole_end;
    w.end = j;
    w.is_word = true;
    w.latin = t.script == Script::kLatin;
    w.hashtag = i > begin && !t.space_before && doc.TokenText(i - 1) == "#";
    uint32_t k = i;
    while (k + 1 < j && doc.tokens[k].piece == Piece::kProclitic) {
      std::string_view px = doc.TokenText(k);
      if (px == kArticle) break;
      if (px == "\xD9\x84\xD9\x84") {  // لل = ل + ال
        w.article = true;
        w.proclitic = true;
        ++k;
        break;
      }
      if (px == "\xD8\xB3") w.bad_split = true;  // س: only before a verb
      w.proclitic = true;
      ++k;
    }
    // A conjunction before a name that begins with a preposition's letter
    // (وبانه: و + Baneh) was split as و + ب + a stem because ب + stem is also
    // a function word (بأنه written without hamza): when the stem alone is no
    // name and the letter with it is one, the name begins at the letter. A
    // hamza the name does not write (وبأنه) still rules it out (Longest).
    // After ك the letter is kept even when the stem is a name too.
    if (k >= i + 2 && k < j && doc.tokens[k].piece != Piece::kProclitic) {
      std::string_view last = doc.TokenText(k - 1);
      std::string_view before = doc.TokenText(k - 2);
      if ((last == "\xD8\xA8" || last == "\xD9\x84" || last == "\xD9\x83") &&  // ب ل ك
          (before == "\xD9\x88" || before == "\xD9\x81")) {                       // و ف
        uint32_t stem_end = j;
        while (stem_end > k + 1 && doc.tokens[stem_end - 1].piece == Piece::kEnclitic) --stem_end;
        if (stem_end == j && doc.TokenText(k) != kArticle) {
          std::string_view stem = doc.norm(Span{doc.tokens[k].span.begin, doc.tokens[j - 1].span.end});
          std::string_view with = doc.norm(Span{doc.tokens[k - 1].span.begin, doc.tokens[j - 1].span.end});
          // ك "like" before a town is rare after و/ف: when the letter with
          // the stem is a name (وكسلا: و + Kassala), it wins over the stem's
          // namesake (سلا, Salé).
          const bool kaf = last == "\xD9\x83";
          if ((kaf || gaz.Lookup(PlaceKey(std::string(stem))).empty()) && !gaz.Lookup(PlaceKey(std::string(with))).empty()) {
            --k;
            w.letter_kept = true;
            w.letter_over_name = kaf && !gaz.Lookup(PlaceKey(std::string(stem))).empty();
          }
        }
      }
    }
    w.name_first = k;
    if (doc.TokenText(k) == kArticle && k + 1 < j) {
      std::string_view art = doc.OriginalText(doc.tokens[k].span);
      if (!art.empty() && !StartsWith(art, "\xD8\xA7")) w.hamza_article = true;  // not ا: أل، إل
    }
    Span whole{doc.tokens[i].span.begin, doc.tokens[j - 1].span.end};
    w.orig = doc.OriginalText(whole);
    w.tanween = HasTanween(w.orig);
    uint32_t e = j;
    while (e > k + 1 && doc.tokens[e - 1].piece == Piece::kEnclitic) --e;
    w.name_end = e;
    w.text = doc.norm(whole);
    w.name_orig_at = static_cast<uint16_t>(std::min<uint32_t>(doc.tokens[k].span.begin - whole.begin, 0xFFFF));
    w.bare_orig_at = doc.TokenText(k) == kArticle && k + 1 < j
                         ? static_cast<uint16_t>(std::min<uint32_t>(doc.tokens[k + 1].span.begin - whole.begin, 0xFFFF))
                         : static_cast<uint16_t>(w.name_orig_at + kArticle.size());
    w.name = doc.norm(Span{doc.tokens[k].span.begin, doc.tokens[e - 1].span.end});
    w.name_full = e == j ? w.name : doc.norm(Span{doc.tokens[k].span.begin, doc.tokens[j - 1].span.end});
    if (StartsWith(w.name, kArticle) && w.name.size() > kArticle.size() + 2) {
      w.article = true;
      w.bare = w.name.substr(kArticle.size());
    } else {
      w.bare = w.name;
    }
    if (w.latin) {
      std::string_view orig = doc.OriginalText(doc.tokens[i].span);
      w.capital = !orig.empty() && IsUpperAscii(orig[0]);
      if (!w.capital && j > i + 2) {  // al-Bab: the letter after the hyphen
        std::string_view o2 = doc.OriginalText(doc.tokens[i + 2].span);
        w.capital = !o2.empty() && IsUpperAscii(o2[0]);
      }
    }
    i = j;
    if (possessive) {
      Word& s = words.emplace_back();  // (w is not used after this)
      s.first = s.name_first = j;
      s.end = s.name_end = whole_end;
      s.text = doc.norm(Span{doc.tokens[j].span.begin, doc.tokens[whole_end - 1].span.end});
      i = whole_end;
    }
  }
}

// The next Arabic letter of `s` (marks and tatweel skipped) from byte *i, as
// its code point, *i moved past it; 0 at the end. The letters are read one
// at a time where they are compared: no vector of them is made per word.
char32_t NextArabicLetter(std::string_view s, size_t* i) {
  while (*i < s.size()) {
    int len;
    const char32_t cp = utf8::Decode(s, *i, &len);
    *i += static_cast<size_t>(len);
    if (cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) return cp;
  }
  return 0;
}

// Writers often leave hamza off an alef but do not add one where there is
// none: a word written with أ/إ/آ is not a phrase word written with a bare ا
// at that letter (وأدى "and it led to" is not وادي "valley", though both
// normalise alike). `text` is read from its start against `written`.
bool HamzaAgrees(std::string_view text, std::string_view written) {
  size_t i = 0, j = 0;
  for (;;) {  // letter by letter, to the end of the shorter
    const char32_t t = NextArabicLetter(text, &i);
    const char32_t p = t ? NextArabicLetter(written, &j) : 0;
    if (!p) return true;
    if ((t == 0x0623 || t == 0x0625 || t == 0x0622) && p == 0x0627) return false;
  }
}

// `written`: the phrase word as written in the data file, or null.
bool WordIs(const Word& w, const std::string& p, bool allow_bare = true, const std::string* written = nullptr) {
  if (!w.is_word) return w.text == p;
  size_t from;
  if (w.name == p) from = w.name_orig_at;
  else if (allow_bare && w.bare == p) from = w.bare_orig_at;
  else if (w.text == p) from = 0;
  else return false;
  return !written || from >= w.orig.size() || HamzaAgrees(w.orig.substr(from), *written);
}

// Does `phrase` match words [at, at + n)? Quote marks inside are not skipped.
// `allow_bare`: a word with the article matches a phrase written without it
// (الريف ~ ريف); cue words do not, since "المزرعة" is a name, "مزرعة X" a cue.
bool MatchAt(const std::vector<Word>& words, size_t at, const CuePhrase& phrase, bool allow_bare = true) {
  if (at + phrase.words.size() > words.size() || !words[at].maybe_phrase) return false;
  const bool as_written = phrase.written.size() == phrase.words.size();
  for (size_t k = 0; k < phrase.words.size(); ++k)
    if (!WordIs(words[at + k], phrase.words[k], allow_bare, as_written ? &phrase.written[k] : nullptr))
      return false;
  return true;
}

// Looks up the word's name, bare form and text in the lexicon's one
// vocabulary (word_form), once: the per-word lexicons are then asked by
// index. (bare is a suffix of name, name a part of text: a form of the same
// size is the same form, and is not looked up twice.)
void SetWordForms(Word& w, const PlaceLexicon& lex) {
  auto find = [&](std::string_view form) {
    const size_t k = lex.word_form.Find(form);
    return k == StringSet::kNone ? kNoForm : static_cast<uint32_t>(k);
  };
  if (!w.is_word) {
    w.form[0] = w.form[1] = kNoForm;
    w.form[2] = find(w.text);
  } else {
    w.form[0] = find(w.name);
    w.form[1] = w.bare.size() == w.name.size() ? w.form[0] : find(w.bare);
    w.form[2] = w.text.size() == w.name.size() ? w.form[0] : find(w.text);
  }
  w.maybe_phrase = w.form[0] < lex.phrase_words || w.form[1] < lex.phrase_words || w.form[2] < lex.phrase_words;
}

// Calls try_phrase(i) for the phrases i of a list whose first (last) word
// `w` can be (WordIs: its name, bare form or whole text), in list order,
// until one returns true; returns whether one did. `of_form` and `by` are
// the list's first_of_form and by_first (last_of_form, by_last).
template <typename F>
bool ForPhrasesOf(const Word& w, const std::vector<uint32_t>& of_form, const std::vector<std::vector<uint32_t>>& by,
                  bool allow_bare, F&& try_phrase) {
  if (!w.maybe_phrase) return false;  // every word of a phrase is maybe_phrase
  const std::vector<uint32_t>* lists[3];
  size_t n = 0;
  auto add = [&](uint32_t form) {
    if (form == kNoForm) return;
    const uint32_t k = of_form[form];
    if (k == kNoForm) return;
    for (size_t j = 0; j < n; ++j)
      if (lists[j] == &by[k]) return;
    lists[n++] = &by[k];
  };
  if (w.is_word) {
    add(w.form[0]);
    if (allow_bare) add(w.form[1]);
  }
  add(w.form[2]);
  // Merge the (ascending) lists: the first phrase in list order wins.
  size_t pos[3] = {0, 0, 0};
  for (;;) {
    size_t best = n;
    for (size_t j = 0; j < n; ++j)
      if (pos[j] < lists[j]->size() && (best == n || (*lists[j])[pos[j]] < (*lists[best])[pos[best]])) best = j;
    if (best == n) return false;
    if (try_phrase((*lists[best])[pos[best]++])) return true;
  }
}

// Can word `w` be the first word of a phrase of `list` (the forms
// ForPhrasesOf looks up, with the bare form)? A test to run before
// MatchStart where it is asked of every word of a sentence.
bool MayStartPhrase(const Word& w, const PhraseList& list) {
  if (!w.maybe_phrase) return false;
  const auto starts = [&](uint32_t form) { return form != kNoForm && list.first_of_form[form] != kNoForm; };
  return (w.is_word && (starts(w.form[0]) || starts(w.form[1]))) || starts(w.form[2]);
}

const CuePhrase* MatchStart(const std::vector<Word>& words, size_t at, const PhraseList& list,
                            bool allow_bare = true) {
  if (at >= words.size()) return nullptr;
  const CuePhrase* found = nullptr;
  ForPhrasesOf(words[at], list.first_of_form, list.by_first, allow_bare, [&](uint32_t i) {
    if (!MatchAt(words, at, list.phrases[i], allow_bare)) return false;
    found = &list.phrases[i];
    return true;
  });
  return found;
}

// A phrase ending right before word `end`: returns its first word index or -1.
int MatchEnding(const std::vector<Word>& words, size_t end, const PhraseList& list, const CuePhrase** which,
                bool allow_bare = true) {
  if (end < 1 || end > words.size()) return -1;
  int found = -1;
  ForPhrasesOf(words[end - 1], list.last_of_form, list.by_last, allow_bare, [&](uint32_t i) {
    const CuePhrase& p = list.phrases[i];
    if (p.words.size() > end || !MatchAt(words, end - p.words.size(), p, allow_bare)) return false;
    *which = &p;
    found = static_cast<int>(end - p.words.size());
    return true;
  });
  return found;
}


// (The codes and sources below are compared as string_views ("…"sv): sizes
// first, then a fixed-size comparison, where a std::string compared with a
// C string measures the literal and compares in a library call. These tests
// run for every candidate of every name.)
bool IsCountry(const GazetteerEntry& e) { return StartsWith(e.location.feature_code, "PCL"sv) ||
                                                 e.location.feature_code == "TERR"sv; }
bool IsAdmin1(const GazetteerEntry& e) { return e.location.feature_code == "ADM1"sv; }

// A continent, region, sea or river authored in data/geo/regions.tsv (not a
// first-level division, which reads like any ADM1).
bool IsRegion(const GazetteerEntry& e) {
  return e.source == "regions"sv && e.feature_class != 'A' && e.feature_class != 'P';
}

}  // namespace

// Countries where Arabic is spoken (and Israel, whose towns have Arabic
// names): there a town's name may carry the article even where the
// gazetteer's Arabic name lacks it.
namespace {

// A two-letter country code as one number, so that a list of codes is one
// switch (start-up asks it of every gazetteer row) rather than a string
// comparison per listed code; any other length is 0, which no code is.
constexpr uint32_t CountryCode(std::string_view cc) {
  return cc.size() == 2 ? static_cast<uint32_t>(static_cast<unsigned char>(cc[0])) << 8 |
                              static_cast<unsigned char>(cc[1])
                        : 0;
}

}  // namespace

bool ArabicSpeaking(std::string_view cc) {
  if (cc.empty()) return true;
  switch (CountryCode(cc)) {
    case CountryCode("SY"): case CountryCode("IQ"): case CountryCode("LB"): case CountryCode("JO"):
    case CountryCode("PS"): case CountryCode("IL"): case CountryCode("EG"): case CountryCode("SA"):
    case CountryCode("YE"): case CountryCode("KW"): case CountryCode("QA"): case CountryCode("BH"):
    case CountryCode("AE"): case CountryCode("OM"): case CountryCode("LY"): case CountryCode("TN"):
    case CountryCode("DZ"): case CountryCode("MA"): case CountryCode("SD"): case CountryCode("SS"):
    case CountryCode("MR"): case CountryCode("KM"):
    case CountryCode("ER"): case CountryCode("TD"): case CountryCode("EH"):
      return true;
    default:
      return false;
  }
}

namespace {

// Countries whose places have Arabic names of their own, often with the
// article (القاهرة، الخضيرة، الأهواز). Elsewhere an Arabic name is a
// transliteration and takes no article: "السيول" is the floods, not Seoul.
bool ArabicNamedCountry(std::string_view cc) {
  switch (CountryCode(cc)) {
    case CountryCode("IR"): case CountryCode("TR"): case CountryCode("AF"): case CountryCode("PK"):
    case CountryCode("CY"):
      return true;
    default:
      return ArabicSpeaking(cc);
  }
}

// Countries whose places GeoNames names in Persian letters as their own
// language writes them.
bool PersianSpeaking(std::string_view cc) { return cc == "IR" || cc == "AF"; }

// A cue word that names a settlement (قرية، بلدة، مدينة, "the town of").
bool SettlementCue(std::string_view cue) { return cue == "village" || cue == "town" || cue == "city"; }

// Only Arabic letters (U+0621..U+064A): no digit glued after a conjunction
// (و50), no Latin or punctuation.
bool ArabicLettersOnly(std::string_view word) {
  if (word.empty()) return false;
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const char32_t cp = utf8::Decode(word, i, &len);  // utf8::kInvalid is out of range too
    if (cp < 0x621 || cp > 0x64A) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

// A relation that puts a place beside the named one (جنوب X، "west of X"),
// not in or near it.
bool SideRelation(std::string_view relation) { return !relation.empty() && relation != "in" && relation != "near"; }

// A place well enough known to be read without support: a country or
// division, a capital or governorate seat, an authored facility, a Syrian
// admin unit, a big city anywhere, or a town of the region.
// Known the world over, whatever the report's region: all of Strong but the
// towns of the region.
bool StrongAnywhere(const GazetteerEntry& e) {
  const std::string& f = e.location.feature_code;
  if (IsCountry(e) || f == "ADM1"sv || f == "ADM2"sv || f == "PPLC"sv || f == "PPLA"sv) return true;
  if (e.source == "facilities"sv || e.source == "regions"sv) return true;
  if (e.population >= 100000) return true;
  return e.source == "ocha"sv && f != "PPLX"sv;
}

bool Strong(const GazetteerEntry& e) {
  const std::string& f = e.location.feature_code;
  if (StrongAnywhere(e)) return true;
  // The countries of the region, as one switch (CountryCode) rather than a
  // string comparison per code: Strong is asked of every candidate.
  bool region = false;
  switch (CountryCode(e.location.country)) {
    case CountryCode("SY"): case CountryCode("IQ"): case CountryCode("LB"): case CountryCode("JO"):
    case CountryCode("PS"): case CountryCode("IL"): case CountryCode("EG"): case CountryCode("SA"):
    case CountryCode("YE"): case CountryCode("TR"): case CountryCode("IR"): case CountryCode("KW"):
    case CountryCode("QA"): case CountryCode("BH"): case CountryCode("AE"): case CountryCode("OM"):
    case CountryCode("LY"): case CountryCode("TN"): case CountryCode("DZ"): case CountryCode("MA"):
    case CountryCode("SD"): case CountryCode("EH"): case CountryCode("MR"):
      region = true;
      break;
    default:
      break;
  }
  return region && e.feature_class == 'P' && f != "PPLX"sv && e.population >= 10000;
}

// Has `s` a letter of the Arabic script that Arabic itself does not use
// (Persian ی ک گ پ چ, Urdu, Pashto…: U+0672–U+06FF)? Such a name is another
// language's.
bool PersianLetters(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]), d = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xD9 && d >= 0xB2) || c == 0xDA || c == 0xDB) return true;
  }
  return false;
}

// NormalizeKey of a string of the gazetteer (an entry's name, main name or
// Arabic name), made once per thread: the recognizer and resolver ask it of
// the same candidates' names in document after document, and a lookup by the
// string's address costs a tenth of normalising it again. The gazetteer is
// immutable while its recognizer lives, so an address names one string;
// PlaceRecognizer::Run() clears the memo when another recognizer (another
// gazetteer) runs on the thread, and when it grows past kMaxMemoNames.
struct NormalizedNameMemo {
  uint64_t owner = 0;  // PlaceLexicon::id
  std::unordered_map<const std::string*, std::string> keys;
  // Per gazetteer entry, the PlaceKeys of its Arabic names written without
  // and with the article (SentenceReader::WrittenAs): as pure a function of
  // the entry, kept with the names' keys.
  struct AliasKeys {
    std::vector<std::string> bare, definite;
  };
  std::unordered_map<uint32_t, AliasKeys> alias_keys;
};
thread_local NormalizedNameMemo tl_normalized_names;
constexpr size_t kMaxMemoNames = 200000;  // as kMaxMemoForms: tens of MB at most

// REQUIRES: `s` is a string of the gazetteer of the recognizer running.
const std::string& NormalizedName(const std::string& s) {
  auto [it, added] = tl_normalized_names.keys.try_emplace(&s);
  if (added) it->second = NormalizeKey(s);
  return it->second;
}

// Does some Arabic alias of `e` begin with the article? (الهند، الفاتيكان)
bool HasArticleAlias(const GazetteerEntry& e) {
  for (const std::string& n : e.names)
    if (NormalizedName(n).starts_with("\xD8\xA7\xD9\x84")) return true;  // ال
  return false;
}

bool CodeIn(const std::string& code, const std::string& list) {
  if (code.empty()) return false;
  size_t i = 0;
  while (i <= list.size()) {
    size_t j = list.find('|', i);
    if (j == std::string::npos) j = list.size();
    if (list.compare(i, j - i, code) == 0) return true;
    i = j + 1;
  }
  return false;
}

// The Arabic letters of `s` with the marks (short vowels, shadda, sukun)
// written on each; hamza-on-alef, alef maqsura and ta marbuta folded. Empty
// when `s` has a character other than Arabic letters, marks and spaces.
struct MarkedLetter {
  char32_t letter;
  uint16_t marks;  // bit (mark - U+064B)
};
std::vector<MarkedLetter> MarkedLetters(std::string_view s, bool* any_mark) {
  std::vector<MarkedLetter> out;
  *any_mark = false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    if (c < 0x80) {
      cp = c;
      i += 1;
    } else if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
      cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      i += 2;
    } else {
      return {};
    }
    if (cp == ' ' || cp == 0x0640) continue;
    if (cp >= 0x064B && cp <= 0x0652) {
      if (out.empty()) return {};
      out.back().marks |= static_cast<uint16_t>(1u << (cp - 0x064B));
      *any_mark = true;
      continue;
    }
    if (!((cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x0671 && cp <= 0x06D3))) return {};
    if (cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671) cp = 0x0627;
    if (cp == 0x0649) cp = 0x064A;
    if (cp == 0x0629) cp = 0x0647;
    out.push_back({cp, 0});
  }
  return out;
}

// Does `s` write a mark MarkedLetters reads (U+064B..U+0652, UTF-8 D9 8B..D9 92)?
bool HasArabicMark(std::string_view s) {
  for (size_t b = 1; b < s.size(); ++b)
    if (static_cast<unsigned char>(s[b - 1]) == 0xD9 && static_cast<unsigned char>(s[b]) >= 0x8B &&
        static_cast<unsigned char>(s[b]) <= 0x92)
      return true;
  return false;
}

// Does `e` have an alias written with vowel marks that agree with the marks
// of the text (عُمان is Oman, عمّان Amman)? `t`: MarkedLetters of the text
// as written, made once for all its candidates; `text_marks`: whether the
// text has marks (none: false).
bool MarksAgree(const std::vector<MarkedLetter>& t, bool text_marks, const GazetteerEntry& e) {
  if (!text_marks || t.empty()) return false;
  for (const std::string& n : e.names) {
    bool alias_marks = false;
    auto a = MarkedLetters(n, &alias_marks);
    if (!alias_marks || a.size() != t.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < t.size() && ok; ++k)
      ok = t[k].letter == a[k].letter && (t[k].marks & ~a[k].marks) == 0;
    if (ok) return true;
  }
  return false;
}

// A mention while the document is read, before resolution.
struct Pending {
  PlaceMention m;
  uint32_t sentence = 0;
  std::span<const uint32_t> candidates;
  std::string facility_codes;  // the facility word's feature codes, or ""
  bool facility_at_town = false;
  bool market_town = false;  // the town a market is named after (سوق X): no mention unless found
  bool facility_named_by_word = false;  // its name is an ordinary word (مستشفى الثورة)
  std::string cue;             // the cue word's kind (village, governorate…), or ""
  bool plural_cue = false;     // the cue is plural (أحياء X: the quarters of X)
  bool county_named_after_seat = false;  // "مقاطعة كابونغ": an unknown county's name, its seat's too
  std::string direction;       // side of "ريف X الغربي"
  std::string parent_relation; // the link word's relation when parent was set by a link
  bool comma_parent = false;   // parent set by "X، Y": kept only if Y is larger
  bool tentative = false;      // a little-known name: kept only near the document's other places
  std::string unknown_name;    // a name kept unresolved, as written (for the transliteration fallback)
  // An anaphor (المدينة): the country where it names a place, and whether a
  // demonstrative points at it (هذه المدينة: the common noun). See
  // DropUnclearAnaphors.
  std::string anaphor;
  bool demonstrative = false;
  bool cued_before = false;    // a bare name the document introduced with its cue (NamedBeforeWithItsCue)
  bool hashtag_guess = false;  // an unknown name after #: kept only as a well-known place
  // A definite word after a locative في (وفي الفنيدق): mostly a noun (مصدر في
  // الحزام), so kept only when read as a Maghrebi town without its article.
  bool article_dropped_only = false;
  bool locative = false;       // English: a capitalised name right after a link or relation word ("in X")
  bool names_local_landmark = false;  // English: "the X hotel", a `local_landmark` noun after the name
  bool dateline = false;       // read at the report's dateline (العيون - …)
  bool epithet_in_span = false;  // the span ends with an honorific that is part of the name (المدينة المنورة)
  std::vector<uint32_t> cue_named;  // units whose name is the cue with the name (منطقة الجوف)
};

// The seat of a first-level division: the one province seat (PPLA) of the
// same country whose division is named by one of the division's names, with or
// without a trailing generic word ("Sennar State" is Sennar's). ACLED codes an
// event known only to lie in a province at its capital.

// The keys a division's names give (SeatOf): each name's NameKey, and the
// name without its trailing generic word.
std::unordered_set<std::string> SeatKeys(const GazetteerEntry& d) {
  std::unordered_set<std::string> keys;
  for (const std::string& n : d.names) {
    keys.insert(Gazetteer::NameKey(n));
    const size_t sp = n.rfind(' ');
    if (sp != std::string::npos) {
      std::string last = n.substr(sp + 1);
      for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (last == "state" || last == "region" || last == "province" || last == "oblast" || last == "governorate")
        keys.insert(Gazetteer::NameKey(n.substr(0, sp)));
    }
  }
  keys.erase("");
  return keys;
}

// PlaceLexicon::country_entries.
std::vector<uint32_t> CountryEntries(const Gazetteer& gaz) {
  std::vector<uint32_t> out;
  for (uint32_t id = 0; id < gaz.size(); ++id)
    if (gaz.entry(id).location.feature_code.starts_with("PCL")) out.push_back(id);
  return out;
}

// SeatOf for every first-level division at once: the province seats grouped
// by country and division key, then each division's keys looked up (an entry
// has one division key, so the groups a division's keys reach are disjoint).
std::unordered_map<uint32_t, uint32_t> BuildSeatIndex(const Gazetteer& gaz) {
  struct Group {
    uint32_t first = 0;
    uint32_t count = 0;
  };
  std::unordered_map<std::string, Group> groups;  // country + '\t' + NameKey(admin1)
  for (size_t e = 0; e < gaz.size(); ++e) {
    const Location& s = gaz.entry(static_cast<uint32_t>(e)).location;
    if (s.feature_code != "PPLA" || s.admin1.empty()) continue;
    std::string key = Gazetteer::NameKey(s.admin1);
    if (key.empty()) continue;
    Group& g = groups[s.country + '\t' + key];
    if (g.count++ == 0) g.first = static_cast<uint32_t>(e);
  }
  std::unordered_map<uint32_t, uint32_t> seat;
  for (size_t e = 0; e < gaz.size(); ++e) {
    const GazetteerEntry& d = gaz.entry(static_cast<uint32_t>(e));
    if (d.location.feature_code != "ADM1") continue;
    uint32_t count = 0, found = 0;
    for (const std::string& k : SeatKeys(d)) {
      auto it = groups.find(d.location.country + '\t' + k);
      if (it == groups.end()) continue;
      count += it->second.count;
      found = it->second.first;
    }
    if (count == 1) seat.emplace(static_cast<uint32_t>(e), found);  // two seats: not sure which
  }
  return seat;
}

// The seat of entry `id` when it is a first-level division, from the index
// BuildSeatIndex made; else an empty location.
Location SeatOf(const Gazetteer& gaz, const std::unordered_map<uint32_t, uint32_t>& seats, uint32_t id) {
  if (gaz.entry(id).location.feature_code != "ADM1") return {};
  auto it = seats.find(id);
  return it == seats.end() ? Location{} : gaz.entry(it->second).location;
}

// Removes the mentions whose index `drop` returns true for; parents are
// renumbered (a parent removed is no parent). `drop(i)` is asked once per
// mention, in order, and may read mention i (not yet moved) but no other.
// Most calls drop none: nothing moves before the first mention dropped, and
// the rest close up in place (a Pending is large).
template <typename Pred>
void EraseMentions(std::vector<Pending>* pending, Pred drop) {
  std::vector<Pending>& v = *pending;
  size_t first = 0;
  while (first < v.size() && !drop(first)) ++first;
  if (first == v.size()) return;
  std::vector<int32_t> remap(v.size(), -1);
  for (size_t i = 0; i < first; ++i) remap[i] = static_cast<int32_t>(i);
  size_t kept = first;
  for (size_t i = first + 1; i < v.size(); ++i) {
    if (drop(i)) continue;
    remap[i] = static_cast<int32_t>(kept);
    v[kept++] = std::move(v[i]);
  }
  v.erase(v.begin() + static_cast<std::ptrdiff_t>(kept), v.end());
  for (auto& p : v)
    if (p.m.parent >= 0) p.m.parent = remap[p.m.parent];
}

}  // namespace

// ---------------------------------------------------------------------------
// Recognition

PlaceRecognizer::PlaceRecognizer(std::unique_ptr<const PlaceLexicon> lexicon,
                                 std::shared_ptr<const Gazetteer> gazetteer)
    : lexicon_(std::move(lexicon)), gazetteer_(std::move(gazetteer)) {}

PlaceRecognizer::~PlaceRecognizer() = default;

Result<std::unique_ptr<PlaceRecognizer>> PlaceRecognizer::Create(const std::string& data_dir,
                                                                 std::shared_ptr<const Gazetteer> gazetteer) {
  if (!gazetteer) return Status::InvalidArgument("[E030] the place recognizer needs a gazetteer");
  auto lex = PlaceLexicon::Load(data_dir);
  if (!lex.ok()) return lex.status();
  auto translit = LoadTransliterationIndex(data_dir, gazetteer);
  if (!translit.ok()) return translit.status();
  lex.value()->translit = std::move(translit).value();
  lex.value()->seat = BuildSeatIndex(*gazetteer);
  lex.value()->country_entries = CountryEntries(*gazetteer);
  return std::make_unique<PlaceRecognizer>(std::move(lex).value(), std::move(gazetteer));
}

namespace {

class SentenceReader {
 public:
  // `org_keys` collects the keys of names read as a team's or, after a first
  // name or title, as a person's (see DropOrgNamesakes).
  SentenceReader(const Doc& doc, const PlaceLexicon& lex, const Gazetteer& gaz, uint32_t sentence,
                 std::vector<Pending>* out, std::unordered_set<std::string>* org_keys, DocCache* cache)
      : doc_(doc), lex_(lex), gaz_(gaz), sentence_(sentence), out_(out), words_(cache->words),
        org_keys_(org_keys), cache_(cache) {}

  void Read(uint32_t tok_begin, uint32_t tok_end) {
    BuildWords(doc_, tok_begin, tok_end, gaz_, &words_);
    for (Word& w : words_) SetWordForms(w, lex_);
    size_t first_new = out_->size();
    if (!lex_.anaphor.empty())
      for (size_t k = 0; k < words_.size(); ++k)
        if (MayStartPhrase(words_[k], lex_.anaphor_context))
          if (const CuePhrase* c = MatchStart(words_, k, lex_.anaphor_context)) {
            // ساحة الصحابة، ميدان الصحابة: the word names a square, no context.
            const CuePhrase* f = nullptr;
            if (k > 0 && words_[k - 1].is_word &&
                (lex_.eponym_place_head.Contains(words_[k - 1].name) ||
                 lex_.eponym_place_head.Contains(words_[k - 1].text) || MatchEnding(words_, k, lex_.facility, &f) >= 0))
              continue;
            cache_->anaphor_context.insert(c->value);
          }
    if (!lex_.nationality.empty())
      for (const Word& w : words_) {
        if (!w.is_word) continue;
        // (name is a part of text: of the same size, it is the same form.)
        auto country_of = [&](uint32_t form) { return form == kNoForm ? nullptr : lex_.nationality_of_form[form]; };
        const std::string* country = country_of(w.form[0]);
        if (!country && w.text.size() != w.name.size()) country = country_of(w.form[2]);
        if (country) ++cache_->nationality[*country];
      }
    if (!lex_.nationality_phrase.phrases.empty())
      for (size_t k = 0; k < words_.size(); ++k)
        if (MayStartPhrase(words_[k], lex_.nationality_phrase))
          if (const CuePhrase* c = MatchStart(words_, k, lex_.nationality_phrase)) ++cache_->nationality[c->value];
    for (size_t k = 1; k < words_.size(); ++k)
      if (UnknownNameAfterGovernorWithWaw(k)) words_[k] = WholeWord(words_[k]);
    size_t w = 0;
    while (w < words_.size()) {
      size_t next = TryAt(w);
      w = next > w ? next : w + 1;
    }
    LinkParents(first_new);
  }

 private:
  // Words [at, at + n) as a lookup key: the first word without its
  // proclitics, the others whole; quote marks are skipped when `in_quotes`.
  std::string Key(size_t at, size_t n, bool whole = false) const {
    // Longest asks a key of every window of a name's start. Words of Arabic
    // letters only fold each on its own (PlaceKeyIsPerWord): their key is
    // the join of the words' one-word keys, which the thread's memo holds
    // (FirstWordOf), with no PlaceKey of the whole window.
    bool per_word = true;
    size_t size = 0;
    for (size_t k = at; k < at + n && per_word; ++k) {
      const FirstWord& fw = FirstWordOf(words_[k], k == at && !whole ? 0 : 1);
      per_word = fw.per_word;
      size += fw.key.size() + 1;
    }
    if (per_word) {
      std::string joined;
      joined.reserve(size);
      for (size_t k = at; k < at + n; ++k) {
        const std::string& word_key = FirstWordOf(words_[k], k == at && !whole ? 0 : 1).key;
        if (word_key.empty()) continue;
        if (!joined.empty()) joined.push_back(' ');
        joined += word_key;
      }
      return joined;
    }
    // The words joined in a buffer kept per thread (only PlaceKey's result
    // is a new string).
    thread_local std::string key;
    key.clear();
    for (size_t k = at; k < at + n; ++k) {
      if (!key.empty()) key.push_back(' ');
      key += k == at && !whole ? words_[k].name : words_[k].text;
    }
    return PlaceKey(key);
  }

  // How many words from `at` can form a name: letters only, stopping at
  // punctuation, numbers and quote marks.
  size_t RunLength(size_t at) const {
    size_t n = 0;
    while (at + n < words_.size() && words_[at + n].is_word) ++n;
    return n;
  }

  // A relation phrase ending right before word `end` (its first word, or
  // -1). A relation noun governs the place in the construct state, without
  // the article: ريف حلب, but الريف is "the countryside" (بالريف سنة 1882).
  int RelationBefore(size_t end, const CuePhrase** rel) const {
    return MatchEnding(words_, end, lex_.relation, rel, false);
  }

  bool IsRelationOrCueWord(const Word& w) const {
    if (!w.maybe_phrase) return false;  // a match needs a phrase word
    // Only the phrases that begin with one of the word's forms can be it
    // (the list's by_first index), not every phrase of the list.
    for (const PhraseList* list : {&lex_.relation, &lex_.cue, &lex_.facility, &lex_.link, &lex_.direction}) {
      const bool allow_bare = list != &lex_.cue;
      if (ForPhrasesOf(w, list->first_of_form, list->by_first, allow_bare, [&](uint32_t i) {
            const CuePhrase& p = list->phrases[i];
            return p.words.size() == 1 &&
                   WordIs(w, p.words[0], allow_bare, p.written.empty() ? nullptr : &p.written[0]);
          }))
        return true;
    }
    return false;
  }

  // "قرب مدينة معبر": a settlement noun governs its town's name, and a town
  // may bear a facility word's name (معبر "crossing", Ma'bar in Yemen). Read
  // as a name there when the gazetteer knows the word, as written without
  // the article, as a place (the facility word alone is no relation or cue).
  bool TownNamedByAFacilityWord(const CuePhrase& cue, size_t at) const {
    const Word& w = words_[at];
    if (!SettlementCue(cue.value) || cue.plural || w.latin || w.article || w.proclitic || w.name_end != w.end)
      return false;
    for (const PhraseList* list : {&lex_.relation, &lex_.cue, &lex_.link, &lex_.direction})
      if (ForPhrasesOf(w, list->first_of_form, list->by_first, list != &lex_.cue, [&](uint32_t i) {
            const CuePhrase& p = list->phrases[i];
            return p.words.size() == 1 && WordIs(w, p.words[0], list != &lex_.cue,
                                                 p.written.empty() ? nullptr : &p.written[0]);
          }))
        return false;
    return !gaz_.Lookup(PlaceKey(w.text)).empty();
  }

  // Longest gazetteer match starting at words_[at]; returns the word count
  // (0 if none) and sets *ids. `supported`: a cue, relation or facility word
  // stands before it, which lets a common word through.
  // The word's FirstWord (its one-word key, Key(at, 1, whole), and bound),
  // from the thread's memo.
  const FirstWord& FirstWordOf(const Word& w, int whole) const {
    if (!w.first_word[whole]) {
      std::string_view form = whole ? w.text : w.name;
      const FirstWord* found = cache_->first_words->Find(form);
      if (!found) {
        FirstWord fw;
        fw.key = PlaceKey(form);
        fw.per_word = PlaceKeyIsPerWord(form);
        fw.most = !fw.key.empty() && fw.key.find(' ') == std::string::npos
                      ? static_cast<size_t>(gaz_.MaxWordsStartingWith(fw.key))
                      : SIZE_MAX;
        found = cache_->first_words->Add(form, std::move(fw));
      }
      w.first_word[whole] = found;
    }
    return *w.first_word[whole];
  }

  size_t Longest(size_t at, int support, std::span<const uint32_t>* ids, bool* tentative = nullptr,
                 bool whole_first = false) const {
    if (tentative) *tentative = false;
    last_whole_ = last_full_ = false;
    const Word& w0 = words_[at];
    if (!w0.is_word) return 0;
    if (w0.tanween) return 0;
    // How many words a name here may have: counted only once some name
    // starts with the first word (most words of running text start none).
    size_t run = SIZE_MAX;
    // First without the proclitics (وحلب → حلب); then, if nothing matched,
    // the whole word, since a name may begin with a proclitic's letter (واشنطن).
    // After a settlement's cue the order is turned: a noun in construct
    // takes its name with no preposition between (بلدة ببنين is the town
    // Bebnine, never "the town in Benin"), so the whole word is tried first.
    const int readings = w0.proclitic || w0.bad_split ? 2 : 1;
    for (int r = w0.bad_split ? 1 : 0; r < readings; ++r) {
      const int whole = whole_first && w0.proclitic && !w0.bad_split ? 1 - r : r;
      // One lookup of the first word rules out most words of running text
      // before any multi-word key is built.
      size_t most = FirstWordOf(w0, whole).most;
      if (most > 0) {
        if (run == SIZE_MAX) run = std::min<size_t>(RunLength(at), std::max(1, gaz_.max_name_words()));
        most = std::min(run, most);
      }
      // A function word is never a place alone, but may begin one (أم درمان،
      // أم قصر: أم is also the particle "or"). Asked only when some name
      // starts with the word: most words of running text begin none.
      // Read whole, the word is what it is as written: a clitic reading that
      // leaves a function word (كايا as ك + أيا) says nothing of it.
      const bool function = most > 0 && (whole ? lex_.function_word.Contains(w0.text) : FunctionWord(w0));
      const size_t fewest = function ? 2 : 1;
      for (size_t n = most; n >= fewest; --n) {
        const Word& last = words_[at + n - 1];
        // (A lowercase facility word may end an English name: "the Tishreen
        // dam", as the gazetteer's own aliases write it. The facility phrase
        // must end the name, after its first word: "air" of "air base" ends
        // none.)
        const auto facility_ends_name = [&] {
          const CuePhrase* which = nullptr;
          const int start = MatchEnding(words_, at + n, lex_.facility, &which);
          return start > static_cast<int>(at);
        };
        if (w0.latin && (!w0.capital || (!last.capital && (n == 1 || !facility_ends_name())))) continue;
        // A later word that the text layer read with a proclitic or an
        // enclitic is matched as written (Key): ساو باولو is no ساو + ب +
        // اولو, سبين بولدك no سبين + ب + ولد + ك, and حلب وحمص matches no
        // name. (A later word with an enclitic once ended the phrase; the
        // key as written is what a name must match.)
        // A word read with an enclitic pronoun (وجهها، قصيرة read as قصير+ه)
        // is a noun, not a name, unless the whole word is a name (حماه).
        bool enclitic = w0.name_end != w0.end;
        if (enclitic && n > 1) continue;
        std::string multi;
        if (enclitic) multi = PlaceKey(whole ? w0.text : w0.name_full);
        else if (n > 1) multi = Key(at, n, whole);
        const std::string& key = enclitic || n > 1 ? multi : w0.first_word[whole]->key;  // Key(at, 1, whole)
        if (key.empty()) continue;
        auto found = gaz_.Lookup(key);
        if (found.empty()) continue;
        if ((enclitic || (n == 1 && PronounReading(w0))) && !EndingAgrees(w0, found)) continue;
        if (w0.hamza_article && !ArticleInName(found)) continue;
        // Read whole, the word must be written as some name of the place is:
        // hamza on an alef that the names write bare is a clitic reading's
        // mark (وإن "and indeed", not وان Van; بأنه, not بانه Baneh).
        if (whole && !w0.latin && !HamzaAsInSomeName(w0.orig, key, found)) continue;
        // So is a bare stem a proclitic was split from, with hamza on an alef
        // inside it: that split is mostly a verb's misreading (بدأنا "we
        // began" as ب + دأنا, not الدانا). Without a proclitic or with the
        // article (الفأو، بالفأو) the word is a noun, and names are often
        // stored without their hamza.
        if (!whole && n == 1 && w0.proclitic && !w0.article && !w0.latin &&
            !HamzaInsideAsInSomeName(w0.orig.substr(w0.name_orig_at), key, found))
          continue;
        // Arabic names a place with the article or without it, as the place
        // is called (الجبيل the Saudi port, جبيل Byblos; مشهد the Iranian
        // city, المشهد "the scene"; باب a door, الباب the town): of one word
        // only the namesakes written as the text writes it are weighed.
        if (n == 1 && !w0.latin && !enclitic) {
          found = AsWritten(key, whole ? StartsWith(w0.text, kArticle) : w0.article, found);
          if (found.empty()) break;
        }
        if (n == 1) {
          Word as_written;
          if (whole) as_written = WholeWord(w0);
          // A stem of two letters with an enclitic (أب + ها، بن + ها، قط + نا)
          // is rarely that noun with a pronoun (her father is أبوها، أباها):
          // the name matched is the whole word (Abha, Banha, Qatana), and it
          // is judged as such, not as a two-letter word.
          const bool short_stem = !whole && enclitic && !w0.latin && w0.bare.size() < 6;
          if (short_stem) as_written = WithEnclitic(w0);
          Verdict v = Acceptable(at, support, found, whole || short_stem ? &as_written : nullptr);
          // Read whole, a word that also reads as a proclitic and a function
          // word (وان "and that", بانه "that it", written without hamza) is
          // that function word in running text; with no cue or relation
          // before it the place (Van, Baneh) needs the document's other places.
          if (v == kAccept && whole && support == 0 && !w0.latin && w0.proclitic && !w0.bad_split &&
              lex_.function_word.Contains(w0.name))
            v = kTentative;
          // So is the name that keeps the letter after a conjunction (وبانه
          // also reads "and that it"): without a cue or relation it is a
          // place only as the next of a list of places (في مريوان وبانه),
          // the word before it a name the gazetteer has, and then near the
          // document's other places.
          // A stem that is a name too (وكسلا: سلا) reads as a place either
          // way: no function word to fear.
          if (v != kReject && !whole && support == 0 && w0.letter_kept && !w0.letter_over_name) {
            const bool after_name = at > 0 && words_[at - 1].is_word && !words_[at - 1].latin &&
                                    !gaz_.Lookup(PlaceKey(std::string(words_[at - 1].name))).empty();
            v = after_name ? kTentative : kReject;
          }
          if (v == kReject || (v == kTentative && !tentative)) break;
          if (tentative) *tentative = v == kTentative;
        }
        *ids = found;
        last_whole_ = whole;
        last_full_ = enclitic;
        return n;
      }
    }
    return 0;
  }

  // The word read whole, as a name that begins with a proclitic's letter
  // (واشنطن، كايا): no proclitic, its name the whole word.
  Word WholeWord(const Word& w) const {
    Word v = w;
    v.proclitic = v.bad_split = v.hamza_article = false;
    v.name_first = v.first;
    v.name = v.name_full = v.text;
    v.article = StartsWith(v.text, kArticle) && v.text.size() > kArticle.size() + 2;
    v.bare = v.article ? v.text.substr(kArticle.size()) : v.text;
    v.name_orig_at = 0;
    v.bare_orig_at = static_cast<uint16_t>(v.article ? kArticle.size() : 0);
    v.function_cached = -1;
    v.first_word[0] = v.first_word[1];
    SetWordForms(v, lex_);
    return v;
  }

  // The word read with its enclitic as part of its name (أبها: not أب + ها).
  Word WithEnclitic(const Word& w) const {
    Word v = w;
    v.name = v.name_full;
    v.name_end = v.end;
    v.bare = v.article ? v.name.substr(kArticle.size()) : v.name;
    v.function_cached = -1;
    SetWordForms(v, lex_);
    return v;
  }

  bool FunctionWord(const Word& w) const {
    if (w.function_cached < 0)
      w.function_cached = lex_.function_word.Contains(w.name) || lex_.function_word.Contains(w.text);
    return w.function_cached > 0;
  }

  // Is the word, as written (`orig`), written as some Arabic name of the
  // candidates whose key is `key` is, as to hamza on alef (HamzaAgrees)?
  bool HamzaAsInSomeName(std::string_view orig, const std::string& key, std::span<const uint32_t> ids) const {
    bool hamza = false;
    size_t at = 0;
    for (char32_t c; !hamza && (c = NextArabicLetter(orig, &at)) != 0;) hamza = c == 0x0623 || c == 0x0625 || c == 0x0622;
    if (!hamza) return true;
    for (uint32_t id : ids)
      for (const std::string& n : gaz_.entry(id).names)
        if (PlaceKey(n) == key && HamzaAgrees(orig, n)) return true;
    return false;
  }

  // HamzaAsInSomeName for a stem without the article read after a proclitic,
  // when hamza sits on an alef after its first letter: a name is weighed
  // without its article (the stem دأنا against الدانا). Hamza on a first
  // alef is left to the writer (وإدلب for ادلب): many names are stored bare.
  bool HamzaInsideAsInSomeName(std::string_view stem, const std::string& key, std::span<const uint32_t> ids) const {
    bool inside = false;
    size_t at = 0;
    bool first = true;
    for (char32_t c; !inside && (c = NextArabicLetter(stem, &at)) != 0; first = false)
      inside = !first && (c == 0x0623 || c == 0x0625 || c == 0x0622);
    if (!inside) return true;
    for (uint32_t id : ids)
      for (const std::string& n : gaz_.entry(id).names) {
        if (NormalizedName(n) != key) continue;
        std::string_view written = n;
        if (written.starts_with(kArticle)) written.remove_prefix(kArticle.size());
        if (HamzaAgrees(stem, written)) return true;
      }
    return false;
  }

  // Does some name of the candidates begin with the letters ال (ألمانيا)?
  bool ArticleInName(std::span<const uint32_t> ids) const {
    for (uint32_t id : ids)
      for (const std::string& n : gaz_.entry(id).names)
        if (StartsWith(NormalizedName(n), kArticle)) return true;
    return false;
  }

  // Does the word, kept whole by the tokenizer, also read as a known word
  // with the pronoun ه "his" (حديثه = حديث + ه)? Only when it is written with
  // ه, not ة.
  bool PronounReading(const Word& w) const {
    if (w.latin || w.article || !EndsWith(w.name, kHeh) || w.name.size() < 6) return false;
    std::string_view orig = doc_.OriginalText(doc_.tokens[w.end - 1].span);
    if (!EndsWith(orig, kHeh)) return false;  // ة is written: a feminine noun or a name
    std::string_view stem = w.name.substr(0, w.name.size() - kHeh.size());
    return lex_.weak_word.Contains(stem) || lex_.function_word.Contains(stem);
  }

  // A word read with an enclitic (حوله = حول + ه "around it") is a place only
  // when its ending is written as in a name of the place: the key folds ة
  // into ه, the text does not (الحولة is a town, حوله a preposition).
  bool EndingAgrees(const Word& w, std::span<const uint32_t> ids) const {
    std::string written = Tail(doc_.OriginalText(Span{doc_.tokens[w.first].span.begin,
                                                      doc_.tokens[w.end - 1].span.end}));
    for (uint32_t id : ids)
      for (const std::string& n : gaz_.entry(id).names)
        if (Tail(n) == written) return true;
    return false;
  }

  // The last two Arabic letters of `s`, marks skipped, alef forms and ى
  // folded, ة kept apart from ه.
  static std::string Tail(std::string_view s) {
    std::vector<std::string> letters;
    size_t i = 0;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
      std::string ch(s.substr(i, len));
      i += len;
      if (ch == " ") {
        letters.clear();
        continue;
      }
      if (len != 2) continue;
      char32_t cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(ch[1]) & 0x3F);
      if (cp < 0x0621 || cp > 0x064A) continue;  // marks, tatweel, other scripts
      if (cp == 0x0622 || cp == 0x0623 || cp == 0x0625) ch = "\xD8\xA7";  // ا
      if (cp == 0x0649) ch = "\xD9\x8A";                                  // ي
      letters.push_back(ch);
    }
    size_t k = letters.size() >= 2 ? letters.size() - 2 : 0;
    std::string out;
    for (; k < letters.size(); ++k) out += letters[k];
    return out;
  }

  // Filters single-word matches that are more often ordinary words:
  // kReject, kAccept, or kTentative (kept only if the document's other places
  // are near it; see Resolver). `support`: 0 none, 1 a relation or facility
  // word before it, 2 a settlement cue (قرية X).
  enum Verdict { kReject, kTentative, kAccept };
  // `as`: the word as read (WholeWord when read without splitting off its
  // proclitics); words_[at] by default.
  Verdict Acceptable(size_t at, int support, std::span<const uint32_t> ids, const Word* as = nullptr) const {
    const Word& w = as ? *as : words_[at];
    if (lex_.not_place.Contains(w.text) || lex_.not_place.Contains(w.name) || lex_.not_place.Contains(w.bare))
      return kReject;
    if (w.latin && InDate(w)) return kReject;
    if (FirstWordOfUnitName(at)) return kReject;
    if (InEnglishInstitutionName(at)) return kReject;
    if (EnglishAcronym(at) && !AnyCountryOrDivision(ids)) return kReject;
    if (LatinPrefixBeginsName(at) && !AnyCountryOrDivision(ids)) return kReject;
    if (support >= 2) return kAccept;
    if (support == 0 && PartOfLongerName(at) && !AnyCountryOrDivision(ids)) return kReject;
    // A plural verb written without its final alif (كانو قد عاشوا "they had
    // lived", not Kano) is a place after a relation or cue (في كانو), or
    // near the document's places (a report on Kano names it so).
    if (support == 0 && !w.latin && !w.article && !w.proclitic && lex_.verb_without_alif.Contains(w.bare))
      return kTentative;
    bool any_strong = false, any_big = false, any_region = false, any_city = false, any_seat = false;
    bool any_named_region = false;  // authored: الشام، الحجاز
    bool any_lesser_seat = false;   // the seat of a district or sub-district
    for (uint32_t id : ids) {
      const GazetteerEntry& e = gaz_.entry(id);
      any_strong |= Strong(e);
      any_seat |= e.location.feature_code == "PPLA"sv || e.location.feature_code == "PPLC"sv;
      any_lesser_seat |= e.location.feature_code == "PPLA2"sv || e.location.feature_code == "PPLA3"sv;
      any_named_region |= IsRegion(e);
      any_region |= IsCountry(e) || IsAdmin1(e);
      any_big |= IsCountry(e) || IsAdmin1(e) || e.population >= 500000;
      // A transliterated foreign name is seldom an Arabic word; a name in
      // the Arab world or Iran, Turkey… often is one (أمل، ميمنة).
      any_city |= !ArabicNamedCountry(e.location.country) && e.population >= 100000;
      // A continent, sea or gulf is as well known as a country; a named
      // region (نجد) needs a population to stand without support.
      const std::string& f = e.location.feature_code;
      any_big |= IsRegion(e) && (f == "CONT"sv || f == "SEA"sv || f == "OCN"sv || f == "GULF"sv);
    }
    // The first person of an imperfect verb the lexicon knows in the third
    // (أزور "I visit" for يزور; not the Azores) is no place without support,
    // short of the document's places nearby; a country or province stays
    // (ابين, Abyan, for يبين "shows").
    if (support == 0 && !any_region && !any_big && FirstPersonOfKnownVerb(w)) return kTentative;
    // Two letters (حد، لي) are a place only as a country, a province or a
    // city as well known as one (قم, Qom), or with a cue.
    if (!w.latin && w.bare.size() < 6 && !any_region && !any_big) return kReject;
    // The whole word too: a fixed word (بصدد) is no proclitic + a town.
    bool common = lex_.common.Contains(w.name) || lex_.common.Contains(w.bare) ||
                  (w.proclitic && lex_.common.Contains(w.text)) || IsRelationOrCueWord(w);
    if (common && support == 0) return kReject;
    // After a first name, a kunya or a title the word is a person's name:
    // أبو خليل، الأمير مولاي رشيد، محمد بنيس. A country's name is not one.
    // One sense per document: the person's name alone later (قال بولتون)
    // is still the person (DropOrgNamesakes).
    if (support == 0 && !w.latin && !w.proclitic && at > 0 && (!any_region || AdmOnlyNotBig(ids)) &&
        PersonBefore(words_[at - 1])) {
      org_keys_->insert(PlaceKey(std::string(w.name)));
      return kReject;
    }
    // A relative pronoun opens its clause with a verb or a preposition
    // (اللاتي عدن "who returned", التي تعز "which endears"), not with a bare
    // name: a word right after it is the clause's verb. A preposition or
    // conjunction on the word (التي بحلب) leaves it a place.
    if (support == 0 && !w.latin && !w.proclitic && at > 0 && WordIn(lex_.relative_pronoun, words_[at - 1]))
      return kReject;
    // A demonstrative points at a common noun (ذلك الرباط "that bond", هذا
    // الباب "this door"): a definite word right after one is no town's name.
    // A country or province keeps its name (هذا العراق).
    if (support == 0 && !w.latin && !w.proclitic && w.article && !any_region && at > 0 &&
        WordIn(lex_.demonstrative, words_[at - 1]))
      return kReject;
    // A quantifier of all or many (كافة الميادين "all the fields", شتى
    // المجالات) takes a definite plural or collective noun, not a town.
    if (support == 0 && !w.latin && !w.proclitic && w.article && !any_region && at > 0 &&
        WordIn(lex_.quantifier, words_[at - 1]))
      return kReject;
    // A town does not speak, and Arabic gives a town's name a feminine verb:
    // after a masculine verb of saying (قال، وأضاف) a bare name that is no
    // country or province is the man who speaks (ورفض بولتون), for the
    // whole document as after a first name.
    if (support == 0 && !w.latin && !w.proclitic && at > 0 && (!any_region || AdmOnlyNotBig(ids)) &&
        WordIn(lex_.speech_verb, words_[at - 1])) {
      org_keys_->insert(PlaceKey(std::string(w.name)));
      return kReject;
    }
    // The same in English: a capitalised given name right before the word
    // makes it a family name (Samir Hassan is a man, not a town); so does a
    // role word before it or before a capitalised word before it
    // ("spokesman Hassan", "commander Abdi Hassan": the given name need not
    // be one we list).
    if (support == 0 && w.latin && at > 0 && !any_region && (GivenNameBefore(words_[at - 1]) || RoleBefore(at)))
      return kReject;
    // ف "so, then" opens a clause and ك "like" compares; a transliterated
    // foreign name that begins with their letter (فوستر Foster, كلارك Clark)
    // is read as that proclitic + a foreign town more often than it is one
    // (ف + وستر, Worcester). Read so, a little-known place outside the Arab
    // world is kept only near the document's other places.
    if (support == 0 && !w.latin && FaOrKafProcliticOnly(w) && !any_region &&
        std::none_of(ids.begin(), ids.end(),
                     [&](uint32_t id) { return ArabicNamedCountry(gaz_.entry(id).location.country); }))
      return kTentative;
    if (!w.latin && support == 0) {
      bool nisba = EndsWith(w.bare, kYeh) || EndsWith(w.bare, std::string(kYeh) + std::string(kHeh));
      // A definite nisba (…ي، …ية) or a definite word after a definite common
      // noun is mostly an adjective: الطائرات الحربية، القوات الروسية.
      // Big places pass: اللاذقية، الإسكندرية.
      // Arabic adjectives agree with their noun in definiteness, and a noun
      // before a name is in the construct state, without ال (مدينة الباب):
      // so a definite word after a definite word that is not itself a place
      // is read as an adjective (المروج الخضراء، الفيزياء الحديثة).
      // A conjunction or preposition before the word (والصويرة) ends the phrase.
      bool after_noun = at > 0 && !w.proclitic && DefiniteNonPlace(words_[at - 1]);
      if (w.article && after_noun && !any_big) return kReject;
      // But a word joined by و to a definite common noun is coordinated with
      // it, a noun of the same kind (القلب والعين "the heart and the eye",
      // الخضراء والبيضاء): a place then only as a country or a province.
      if (w.article && !any_region && at > 0 && w.proclitic && w.name_first == w.first + 1 &&
          doc_.TokenText(w.first) == kWaw && CommonDefiniteNoun(words_[at - 1]) &&
          !(!word_of_.empty() && word_of_.back().second == at))  // not the end of a place's name
        return kReject;
      // Adjectives of one noun are coordinated by و (الألوان الخضراء
      // والبيضاء والحمراء، اللوحات المائية والزيتية): a word of an
      // adjective's shape (a nisba, or the feminine فعلاء of colours)
      // joined by و to an adjective is one too, a place only as a country
      // or province.
      if (w.article && !any_region && (nisba || EndsWith(w.bare, "\xD8\xA7\xD8\xA1")) &&  // اء
          WawOnly(w) && AgreeingAdjective(at - 1) &&
          !(!word_of_.empty() && word_of_.back().second == at))
        return kReject;
      if (w.article && nisba && !any_big && !any_strong) return kReject;
      // A definite noun takes its adjective with the article too (الطبقة
      // السياسية "the political class"): a small place's name followed by a
      // definite nisba the lexicon knows, that is neither a side (الغربية)
      // nor a nationality (الرقة السورية) nor itself a place, is a common
      // noun with its adjective, not the town.
      if (w.article && !any_big && !any_named_region && NisbaAdjectiveAfter(at)) return kReject;
      // The feminine of a known common word (سلمي → سلمية "peaceful", as in
      // مسيرة سلمية) is as common as the word: short of a big place it is
      // kept only near the document's other places (سلمية in a report on Hama).
      if (!w.article && nisba && EndsWith(w.bare, kHeh) && !any_big &&
          lex_.weak_word.Contains(w.bare.substr(0, w.bare.size() - kHeh.size())))
        return kTentative;
      // An indefinite accusative (tanwin, written as a final alif) of a known
      // common word is that word (يلعب دورا "plays a role", خبرا "news"), never
      // written with ال: short of a big place it needs a cue or a relation.
      // A nisba's alif is a country's name (سوريا، تركيا) and is left alone.
      if (!w.article && !any_big && EndsWith(w.bare, kAlif) && w.bare.size() >= 3 * kAlif.size()) {
        std::string_view stem = w.bare.substr(0, w.bare.size() - kAlif.size());
        if (!EndsWith(stem, kYeh) && lex_.weak_word.Contains(stem) && !lex_.lex_word.Contains(stem) &&
            !lex_.person_name.Contains(stem))
          return kReject;
      }
      // A known common word (noun, verb, person name…) is a place only when
      // the gazetteer calls it a country, a first-level division or a big
      // city, and then not as an adjective after a noun (القوات السعودية).
      if (lex_.weak_word.Contains(w.bare) || lex_.weak_word.Contains(w.name)) {
        bool lex_only = !w.article && (lex_.lex_word.Contains(w.bare) || lex_.lex_word.Contains(w.name));
        // People are named after towns and regions and towns after people: a
        // word known only as a person's name, written with the article as
        // family names and bynames are (الجهراء، الشام), is a place already as
        // the seat of a province, a capital or an authored region; a word
        // only the UniversalPetrarch dictionaries know, as a seat (تندوف).
        bool name_only = w.article && lex_.person_name.Contains(w.bare);
        bool seat = any_seat || (name_only && any_named_region);
        // The UniversalPetrarch dictionaries list a region by its name as an
        // actor (كردستان، وزيرستان، كشمير): a word only they know, written
        // without the article as the region is, is that region, no common word.
        bool lex_region = lex_only && any_named_region && !after_noun;
        // After a locative في a definite word only the UniversalPetrarch
        // lists know (في الرديف; رديف "reserve" is theirs) is a town the
        // gazetteer names as often as a noun: kept near the document's
        // places (tentative), not rejected.
        const CuePhrase* in = nullptr;
        if (w.article && !w.proclitic && !after_noun && !nisba && !any_big && LexOnly(w) &&
            MatchEnding(words_, at, lex_.locative_link, &in, false) >= 0 &&
            std::any_of(ids.begin(), ids.end(), [&](uint32_t id) { return gaz_.entry(id).feature_class == 'P'; }))
          return kTentative;
        // A bare word of three letters the UniversalPetrarch lists know is
        // mostly a given name there (بول Paul, جون John): as a seat it is the
        // town only right after a locative في (في بول: Bol), not alone
        // (التشيلي بول، وبول).
        // (short_lex_seat is computed first, but only the seat clause reads
        // it: lex_only && any_city accepts whatever it says.)
        const bool short_lex_seat = lex_only && !name_only && !w.article && w.bare.size() < 8 && !any_big &&
                                    !lex_region && (w.proclitic || MatchEnding(words_, at, lex_.locative_link, &in, false) < 0);
        const bool accept =
            (any_big || (lex_only && any_city) || lex_region ||
             ((name_only || lex_only) && seat && !after_noun && !short_lex_seat)) &&
            !(w.article && nisba && after_noun);
        if (accept) return kAccept;
        // "وفي الخمس، اقتحم مسلحون …": a definite word alone between a
        // fronted في and a comma sets the scene of what follows; a seat or
        // a city of that name is the town (kept near the document's places).
        if (w.article && !w.proclitic && !nisba && FrontedSceneWord(at) &&
            std::any_of(ids.begin(), ids.end(), [&](uint32_t id) {
              const GazetteerEntry& e = gaz_.entry(id);
              const std::string& f = e.location.feature_code;
              return e.feature_class == 'P' && (f == "PPLA"sv || f == "PPLA2"sv || f == "PPLC"sv || e.population >= 100000);
            }))
          return kTentative;
        // So is such a word of four letters or more written without the
        // article (وفي يفرن: يفرن "they flee" is theirs) that nothing above
        // accepts: Arabic puts no verb right after في, and the lists' other
        // words, foreign names, are places as often as people there.
        if (!w.article && w.bare.size() >= 8 && !w.proclitic && !after_noun && !nisba && LexOnly(w) &&
            MatchEnding(words_, at, lex_.locative_link, &in, false) >= 0 &&
            std::any_of(ids.begin(), ids.end(), [&](uint32_t id) { return gaz_.entry(id).feature_class == 'P'; }))
          return kTentative;
        // A word the lexicons know only inside longer place names (غات of
        // كريات غات) is seldom a common word alone: bare, right after a locative في
        // it is the town the gazetteer holds by that name (في غات: Ghat),
        // kept only near the document's places.
        if (!w.proclitic && !after_noun && !nisba && PartOnlyTown(at, w, ids) &&
            MatchEnding(words_, at, lex_.locative_link, &in, false) >= 0)
          return kTentative;
        return kReject;
      }
    }
    // "Near" is said of things as well as places: قرب البركان is near the
    // volcano. A common word after it still needs a big place. (A side, غرب
    // X، ريف X, is said of places.)
    const CuePhrase* rel = nullptr;
    // A word known only as a verb (تدمر "destroys", Palmyra) is no thing:
    // Arabic puts no finite verb right after a preposition, so after قرب
    // it is the place. (A three-letter past tense is also its verbal noun:
    // قرب سجن "near a prison", سحب "withdrawal".)
    const bool verb_only = !w.article && w.bare.size() >= 8 && lex_.verb_word.Contains(w.bare) &&
                           !lex_.nonverb_word.Contains(w.bare);
    if (!w.latin && support == 1 && !verb_only && (lex_.weak_word.Contains(w.bare) || lex_.weak_word.Contains(w.name)) &&
        !lex_.lex_word.Contains(w.bare) && RelationBefore(at, &rel) >= 0 && rel->value == "near")
      return any_big ? kAccept : PartOnlyTown(at, w, ids) ? kTentative : kReject;  // قرب غات: as after في
    // English capitalises names, so a capitalised word is already a name;
    // the seat of a district or sub-district is then known enough to stand
    // alone (GeoNames gives many no population). In Arabic, without
    // capitals, such a name needs the document's other places.
    return any_strong || (w.latin && w.capital && any_lesser_seat) ? kAccept : kTentative;
  }

  // An Arabic word the lexicons know only as a word of longer place names
  // (kind part of data/ar/words.tsv, no other kind) that the gazetteer holds
  // as a populated place: a town's name of its own more than a common word.
  // Written without the article (العيون is also "the eyes") and not in
  // construct with a definite noun after it (في عيون الناس "in people's
  // eyes"), as a town's bare name is.
  bool PartOnlyTown(size_t at, const Word& w, std::span<const uint32_t> ids) const {
    if (w.latin || w.article || !lex_.part_only.Contains(w.bare)) return false;
    if (at + 1 < words_.size() && words_[at + 1].is_word && !words_[at + 1].latin && words_[at + 1].article &&
        !words_[at + 1].proclitic)
      return false;
    return std::any_of(ids.begin(), ids.end(), [&](uint32_t id) { return gaz_.entry(id).feature_class == 'P'; });
  }

  // The word at `at` stands alone between a fronted في (وفي، or في opening
  // the sentence) and a comma: "وفي X، …".
  bool FrontedSceneWord(size_t at) const {
    if (at == 0 || at + 1 >= words_.size()) return false;
    const Word& in = words_[at - 1];
    if (!in.is_word || in.name != "\xD9\x81\xD9\x8A") return false;  // في
    const bool opens = at - 1 == 0 || !words_[at - 2].is_word || (in.proclitic && doc_.TokenText(in.first) == kWaw);
    return opens && words_[at + 1].comma;
  }

  // "the Izalco prison", "the Mitiga airport": a capitalised English name
  // (one or two words) between "the" and a facility word names the town of
  // the facility, which supports it as a relation word would.
  bool FacilityOfNamedTown(size_t at) const {
    if (at == 0 || !words_[at].latin || !words_[at].capital || words_[at - 1].text != "the") return false;
    for (size_t k = at + 1; k < words_.size() && k <= at + 2; ++k) {
      if (!words_[k].is_word || !words_[k].latin) return false;
      if (!words_[k].capital) return MatchStart(words_, k, lex_.facility) != nullptr;
    }
    return false;
  }

  // A one-word Arabic name that the document gave before after a cue word
  // (مدينة العمارة، بلدة البصيرة) names that place again when it comes back
  // bare (في العمارة، وفي البصيرة أيضاً), though it is also a common word.
  // So does the town of the report's dateline (العيون - …، وفي العيون).
  bool CuedBefore(size_t at) const {
    const Word& w = words_[at];
    if (w.latin || !w.is_word) return false;
    // Most words of running text begin no name (the memo's bound is 0), and
    // a word that begins none is none: no cued place is asked for them.
    const FirstWord& first = FirstWordOf(w, 0);
    if (first.most == 0) return false;
    // Most words come before any cued place, or in a document with none:
    // the gazetteer is asked only when a cued place could match.
    const auto cued = [](const Pending& p) { return (!p.cue.empty() && !p.plural_cue) || p.dateline; };
    if (std::none_of(out_->begin(), out_->end(), cued)) return false;
    const std::span<const uint32_t> ids = gaz_.Lookup(first.key);  // Key(at, 1)
    if (ids.empty()) return false;
    for (const Pending& p : *out_) {
      if (!cued(p)) continue;
      for (uint32_t id : p.candidates)
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) return true;
    }
    return false;
  }

  // One name, one place per document, for a name the gazetteer lacks: once
  // the writer has introduced it with its cue (بلدة X، the village of X) the
  // bare name later in the report is that place again (سكان X). Only a word
  // no lexicon knows spreads so, written as it was after the cue and without
  // an enclitic: a common noun misread once stays one misreading. Returns
  // the name's length in words (0: none) and sets *named to the cued mention.
  size_t NamedBeforeWithItsCue(size_t at, const Pending** named) const {
    const Word& w = words_[at];
    if (!w.is_word || w.tanween || w.hashtag || w.name_end != w.end) return 0;
    if (w.latin ? !w.capital : w.bare.size() < 6) return 0;  // 3 Arabic letters
    const auto cued = [](const Pending& p) {
      return !p.cue.empty() && !p.plural_cue && p.candidates.empty() && !p.m.resolved && !p.tentative &&
             !p.hashtag_guess && p.facility_codes.empty();
    };
    if (std::none_of(out_->begin(), out_->end(), cued)) return 0;
    if (!w.latin && (lex_.function_word.Contains(w.bare) || lex_.function_word.Contains(w.name))) return 0;
    if (IsRelationOrCueWord(w)) return 0;
    // A common first word (كوري "Korean" of كوري بوقودي) is the name again
    // only when the whole name of two words or more comes back: one word
    // alone is the common word.
    const bool common_first =
        (!w.latin && (lex_.weak_word.Contains(w.bare) || lex_.common.Contains(w.bare) ||
                      lex_.common.Contains(w.name) || lex_.lex_word.Contains(w.bare))) ||
        lex_.not_place.Contains(w.text) || lex_.person_name.Contains(w.name);
    const size_t run = RunLength(at);
    for (const Pending& p : *out_) {
      if (!cued(p)) continue;
      const std::string& key = SpanKey(doc_, p.m.span, cache_);
      const size_t len = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
      if (len > run || len > 3 || (common_first && len < 2)) continue;
      const Word& last = words_[at + len - 1];
      if (last.name_end != last.end) continue;
      const Span here{doc_.tokens[w.name_first].span.begin, doc_.tokens[last.name_end - 1].span.end};
      if (SpanKey(doc_, here, cache_) != key) continue;
      *named = &p;
      return len;
    }
    return 0;
  }

  // An Arabic report opens with the town it is filed from, before a dash
  // or the agency's name (العيون - …، الفاشر (رويترز) - …): the first word or
  // two of the first sentence, so placed, name a place even when they are
  // also common words (العيون "the eyes").
  bool DatelineWord(size_t at) const {
    const Word& w = words_[at];
    if (w.latin || !w.is_word || doc_.sentences.empty() || w.first != doc_.sentences[0].tokens.begin) return false;
    for (size_t k = at; k < words_.size() && k < at + 2; ++k) {
      const uint32_t next = words_[k].end;
      if (next >= doc_.tokens.size()) return false;
      const std::string_view t = doc_.TokenText(next);
      if (t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "(") return true;  // - – — (
      if (k + 1 >= words_.size() || !words_[k + 1].is_word || words_[k + 1].latin) return false;
    }
    return false;
  }

  // The word of an Arabic dateline is a district's or sub-district's seat
  // (PPLA2, PPLA3; a province's seat or capital is sure already) and no word
  // the lexicons know otherwise (a common noun, a verb, a person's name).
  bool SeatDatelineName(const Word& w, std::span<const uint32_t> ids) const {
    if (w.latin || w.proclitic || w.tanween || w.bad_split) return false;
    for (std::string_view x : {std::string_view(w.text), std::string_view(w.bare), std::string_view(w.name)})
      if (lex_.weak_word.Contains(x) || lex_.lex_word.Contains(x) || lex_.common.Contains(x) ||
          lex_.function_word.Contains(x) || lex_.not_place.Contains(x) || lex_.person_name.Contains(x))
        return false;
    return std::any_of(ids.begin(), ids.end(), [&](uint32_t id) {
      const GazetteerEntry& e = gaz_.entry(id);
      const std::string& f = e.location.feature_code;
      return e.feature_class == 'P' && (f == "PPLA2"sv || f == "PPLA3"sv);
    });
  }

  // English names a province by all its words before the unit noun: in
  // "X Y province" the province is "X Y", and X alone (a namesake town
  // elsewhere) is not the place meant.
  bool FirstWordOfUnitName(size_t at) const {
    const Word& w = words_[at];
    if (!w.latin || !w.capital || at + 2 >= words_.size()) return false;
    const Word& next = words_[at + 1];
    if (!next.is_word || !next.latin || !next.capital) return false;
    // "Imphal West district": a unit phrase of its own begins at the second
    // word (`relation_after` "west district"), so X is the place.
    if (const CuePhrase* half = MatchStart(words_, at + 1, lex_.relation_after); half != nullptr && half->words.size() >= 2)
      return false;
    const CuePhrase* unit = MatchStart(words_, at + 2, lex_.relation_after);
    return unit != nullptr && unit->value == "in" && gaz_.Lookup(PlaceKey(next.name)).empty();
  }

  // English writes a group's or an agency's short name in capitals: "the
  // BLA claimed", "SANA reported" are no towns Bla or Sanaa. A dateline is
  // in capitals too ("GAO, Mali", "SUKKUR:", "GAZA/BEIRUT"): a word
  // the punctuation of a dateline follows is left as a place, and so are a
  // country's or a province's short names (US, UAE).
  bool EnglishAcronym(size_t at) const {
    const Word& w = words_[at];
    if (!w.latin || !w.is_word || w.end != w.first + 1) return false;
    std::string_view orig = doc_.OriginalText(doc_.tokens[w.first].span);
    if (orig.size() < 2 || orig.size() > 4 || !std::all_of(orig.begin(), orig.end(), IsUpperAscii)) return false;
    if (w.end >= doc_.tokens.size()) return false;
    const std::string_view next = doc_.TokenText(w.end);
    static constexpr std::string_view kDatelineMarks[] = {",", "(", "-", ":", "/", "\xE2\x80\x93", "\xE2\x80\x94"};
    return std::find(std::begin(kDatelineMarks), std::end(kDatelineMarks), next) == std::end(kDatelineMarks);
  }

  // English names institutions after people and by a head noun: "Ahmadu
  // Bello University", "Shehu Shagari College", "the Emergency Medicine
  // Centre". A town's name right before the head noun is the institution's
  // town only when it opens the name ("Gulu University"); after another
  // capitalised word that is no place ("Ahmadu") it ends a person's name.
  // A head noun that is itself a place's name (Centre, a region of
  // Cameroon) after a capitalised word ends the institution's name, unless
  // a unit noun follows ("Haiti's Centre department").
  bool InEnglishInstitutionName(size_t at) const {
    const Word& w = words_[at];
    if (!w.latin || !w.capital || at == 0) return false;
    const Word& prev = words_[at - 1];
    if (!prev.is_word || !prev.latin || !prev.capital || LatinArticleWord(prev)) return false;
    if (lex_.eponym_head.Contains(PlaceKey(w.name))) return MatchStart(words_, at + 1, lex_.relation_after) == nullptr;
    if (at + 1 >= words_.size()) return false;
    const Word& next = words_[at + 1];
    if (!next.is_word || !next.latin || !next.capital || !lex_.eponym_head.Contains(PlaceKey(next.name))) return false;
    // The sentence's first word is capitalised anyway; a place, a name
    // prefix (Ain, Tell) or a role (President) before it says nothing.
    return at >= 2 && gaz_.Lookup(PlaceKey(prev.name)).empty() && !lex_.name_prefix.Contains(NormalizeKey(prev.name)) &&
           !lex_.role_latin.Contains(PlaceKey(prev.name));
  }

  // "Ras Baalbek", "Ain Arab": a capitalised name prefix (`name_prefix` in
  // data/en/places.tsv) with a capitalised word right after it begins a
  // longer name; when the gazetteer lacks the longer name (the longest match
  // failed), the prefix alone (Ar Rass in Saudi Arabia, Ain in Yemen) is not
  // the place meant, whatever word comes before it ("near", "the town of").
  bool LatinPrefixBeginsName(size_t at) const {
    const Word& w = words_[at];
    if (!w.latin || !w.capital || at + 1 >= words_.size() || !lex_.name_prefix.Contains(NormalizeKey(w.name)))
      return false;
    const Word& next = words_[at + 1];
    return next.is_word && next.latin && next.capital && !LatinArticleWord(next);
  }

  // English writes an Arabic construct name as words joined by a
  // hyphenated article: "Ain al-Hilweh", "Souq al-Juma", "Jund al-Sham". A
  // capitalised word right before such an article word, or an article word
  // right after a capitalised word inside the sentence, is one word of a
  // longer name; when the longer name is not in the gazetteer (the longest
  // match failed), the word alone is not the place meant.
  bool PartOfLongerName(size_t at) const {
    const Word& w = words_[at];
    if (!w.latin || !w.capital) return false;
    if (at + 1 < words_.size() && LatinArticleWord(words_[at + 1])) return true;
    // "Ain Zara", "Tell Tamer", "Kafr Nabl": after a capitalised name prefix
    // (`name_prefix` in data/en/places.tsv) the word is the end of a longer name.
    if (at >= 1) {
      const Word& prev = words_[at - 1];
      if (prev.is_word && prev.latin && prev.capital && lex_.name_prefix.Contains(NormalizeKey(prev.name))) return true;
    }
    // "Lanao del Sur", "Rio Grande do Sul": after a Romance `name_link` (del,
    // do…) that follows a capitalised word, the word ends a longer name
    // (not Sur in Oman).
    if (at >= 2) {
      const Word& link = words_[at - 1];
      const Word& head = words_[at - 2];
      if (link.is_word && link.latin && !link.capital && lex_.name_link.Contains(NormalizeKey(link.name)) &&
          head.is_word && head.latin && head.capital)
        return true;
    }
    if (!LatinArticleWord(w) || at < 2) return false;  // a sentence's first word is capitalised anyway
    const Word& prev = words_[at - 1];
    return prev.is_word && prev.latin && prev.capital && !LatinArticleWord(prev);
  }

  // A word no lexicon knows, as a foreign name is (مقاطعة موروتو), and not
  // shaped as an Arabic feminine or plural noun (مقاطعة شاملة، مقاطعة
  // منتجات: a boycott), which a foreign county's name seldom ends as.
  bool UnknownToLexicons(const Word& w) const {
    if (w.tanween || EndsWith(w.bare, kHeh) || EndsWith(w.bare, "\xD8\xA7\xD8\xAA")) return false;  // ـه (ة)، ـات
    for (std::string_view k : {w.bare, w.name})
      if (lex_.common.Contains(k) || (lex_.weak_word.Contains(k) && !lex_.part_only.Contains(k)) ||
          lex_.lex_word.Contains(k) ||
          lex_.function_word.Contains(k) || lex_.not_place.Contains(k))
        return false;
    return true;
  }

  // A Latin word that begins with a hyphenated Arabic article (al-, el-, ash-…).
  bool LatinArticleWord(const Word& w) const {
    if (!w.is_word || !w.latin || w.end < w.first + 3 || doc_.TokenText(w.first + 1) != "-") return false;
    static constexpr std::string_view kArticles[] = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath", "adh"};
    return IsLatinArticle(doc_.TokenText(w.first), kArticles);
  }

  // A capitalised Latin word that is an Arabic article alone (El, Al, Ash):
  // the first word of a name read without it.
  bool SeparateLatinArticle(const Word& w) const {
    if (!w.is_word || !w.latin || !w.capital || w.end != w.first + 1) return false;
    static constexpr std::string_view kArticles[] = {"al", "el", "ad", "ar", "ash", "az", "ath", "adh", "ed", "er", "ez"};
    return IsLatinArticle(doc_.TokenText(w.first), kArticles);
  }

  bool AnyCountryOrDivision(std::span<const uint32_t> ids) const {
    return std::any_of(ids.begin(), ids.end(), [&](uint32_t id) {
      return IsCountry(gaz_.entry(id)) || IsAdmin1(gaz_.entry(id));
    });
  }

  // A definite Arabic word (الـ…) that is neither a place name nor a cue or
  // relation word: the noun of a definite noun phrase.
  bool DefiniteNonPlace(const Word& w) const {
    if (!w.is_word || w.latin || !w.article) return false;
    if (lex_.weak_word.Contains(w.bare)) return true;
    if (lex_.common.Contains(w.name)) return true;
    if (IsRelationOrCueWord(w)) return false;
    return gaz_.Lookup(PlaceKey(w.name)).empty();
  }

  // A definite word the lexicon knows as a common word, not a person's
  // name, and the gazetteer not as a place (القلب; not الشام or الأحمد).
  bool CommonDefiniteNoun(const Word& w) const {
    return w.is_word && !w.latin && w.article && lex_.weak_word.Contains(w.bare) &&
           !lex_.person_name.Contains(w.bare) && gaz_.Lookup(PlaceKey(w.name)).empty();
  }

  // English month abbreviations are also short names (Nov. 27 is no Nov):
  // a word the date reader took is part of a date.
  bool InDate(const Word& w) const {
    for (const DateMention& d : doc_.dates)
      if (d.tokens.begin <= w.first && w.first < d.tokens.end) return true;
    return false;
  }

  bool GivenNameBefore(const Word& w) const {
    // A kunya or patronymic word (Abu, Umm, bin) is listed as person_before.
    return w.is_word && w.latin && w.capital &&
           (lex_.given_name_latin.Contains(PlaceKey(w.name)) || lex_.person_before.Contains(NormalizeKey(w.name)));
  }

  // A role word (spokesman, commander) right before the word at `at`, or
  // before one capitalised word before it.
  bool RoleBefore(size_t at) const {
    auto role = [&](const Word& w) { return w.is_word && w.latin && lex_.role_latin.Contains(PlaceKey(w.name)); };
    if (role(words_[at - 1])) return true;
    const Word& prev = words_[at - 1];
    return at > 1 && prev.is_word && prev.latin && prev.capital && role(words_[at - 2]);
  }

  // "أبو بكر", "أبو علي": a kunya and a given name are a man's name; a
  // quarter of a town that bears them (a PPLX) is that place only after a
  // cue or a relation.
  bool KunyaOfAQuarter(size_t at, size_t n, std::span<const uint32_t> ids) const {
    if (n != 2 || !PersonBefore(words_[at]) || words_[at].article) return false;
    const Word& given = words_[at + 1];
    if (given.latin || given.article || given.proclitic || !lex_.person_name.Contains(given.name)) return false;
    return std::all_of(ids.begin(), ids.end(),
                       [&](uint32_t id) { return gaz_.entry(id).location.feature_code == "PPLX"sv; });
  }

  // Is the word after `at` a definite nisba adjective (السياسية) the lexicon
  // knows as a word, and neither a side, a nationality nor a place's name?
  bool NisbaAdjectiveAfter(size_t at) const {
    if (at + 1 >= words_.size()) return false;
    const Word& n = words_[at + 1];
    if (!n.is_word || n.latin || !n.article || n.proclitic) return false;
    const std::string heh_yeh = std::string(kYeh) + std::string(kHeh);
    if (!EndsWith(n.bare, kYeh) && !EndsWith(n.bare, heh_yeh)) return false;
    if (!lex_.weak_word.Contains(n.bare)) return false;
    if (lex_.not_place.Contains(n.text) || lex_.not_place.Contains(n.name) || lex_.not_place.Contains(n.bare))
      return false;
    std::string masculine(n.text);
    if (EndsWith(masculine, kHeh)) masculine.resize(masculine.size() - kHeh.size());
    if (lex_.direction.first_words.Contains(n.text) || lex_.direction.first_words.Contains(masculine))
      return false;
    return gaz_.Lookup(PlaceKey(n.name)).empty();
  }

  bool WawOnly(const Word& w) const {
    return w.proclitic && w.name_first == w.first + 1 && doc_.TokenText(w.first) == kWaw;
  }

  // Whether a word that begins with و is read whole first, as a name that
  // begins with the letter: right after a preposition or a relation word
  // (the conjunction و never stands between one and what it governs: في
  // وجدة is "in Oujda", not "in and Jeddah"; قرب واجد is Waajid), or
  // anywhere, a sentence's first word too, once the document has read it
  // whole as a place (ReadWholeBefore). The clitic reading stays the
  // fallback when the whole word names no place.
  bool WawReadWholeFirst(size_t at) const {
    return WawOnly(words_[at]) && ((at > 0 && AfterRelationOrLocative(at)) || ReadWholeBefore(at));
  }

  // One reading per document: a word beginning with و that the document
  // already read whole as a place (وفي وجدة، … Oujda) is that place again
  // (ولاية أمن وجدة), not و + another (جدة, Jeddah).
  bool ReadWholeBefore(size_t at) const {
    const std::string_view whole = words_[at].text;
    if (out_->empty() || FirstWordOf(words_[at], 1).most == 0) return false;  // the whole word begins no name
    for (const Pending& q : *out_)
      if (doc_.norm(q.m.span) == whole) return true;
    return false;
  }

  // Whether a relation word (شمال، قرب) or a locative link (في) ends right
  // before word `at`.
  bool AfterRelationOrLocative(size_t at) const {
    const CuePhrase* governor = nullptr;
    return RelationBefore(at, &governor) >= 0 || MatchEnding(words_, at, lex_.locative_link, &governor, false) >= 0;
  }

  // Is the definite word at k an adjective of the noun before it
  // (الألوان الخضراء: a definite word after a definite word that is no
  // place), or joined by و to such an adjective (والبيضاء)?
  bool AgreeingAdjective(size_t k, int depth = 0) const {
    const Word& w = words_[k];
    if (k == 0 || depth > 4 || !w.is_word || w.latin || !w.article) return false;
    if (!w.proclitic) return DefiniteNonPlace(words_[k - 1]);
    return WawOnly(w) && AgreeingAdjective(k - 1, depth + 1);
  }

  // The word's only proclitic is ف or ك.
  // "في كاليمي"، "مدينة فالويكي": a foreign name beginning with ف or ك is
  // split as that proclitic (+ ال) and a stem no lexicon knows. Where only a
  // name can stand (after a cue, a relation or a locative في), neither "so"
  // nor "like" can, and the whole word is the name.
  bool GluedInitialName(const Word& w) const {
    if (!w.is_word || w.latin || w.tanween || w.bad_split || w.hashtag || !FaOrKafProcliticOnly(w)) return false;
    if (w.name_end != w.end || w.text.size() < 10) return false;  // 5 Arabic letters
    const auto known = [&](std::string_view x) {
      return lex_.function_word.Contains(x) || lex_.weak_word.Contains(x) || lex_.lex_word.Contains(x) ||
             lex_.common.Contains(x) || lex_.not_place.Contains(x) || lex_.person_name.Contains(x);
    };
    return !known(w.text) && !known(w.bare) && !known(w.name) && !IsRelationOrCueWord(w);
  }

  // "وجير – «نيشن»:": a report's dateline, the first word before the dash or
  // the agency's parenthesis, is the town it is filed from; nothing joins it
  // to a word before, so a first letter the segmenter read as a proclitic
  // (و + جير, "and lime") is the name's own. Four letters or more, no
  // enclitic, the whole word known to no lexicon.
  bool GluedDatelineName(const Word& w) const {
    if (!w.is_word || w.latin || w.tanween || w.bad_split || w.hashtag || !w.proclitic) return false;
    if (w.name_first != w.first + 1 || w.name_end != w.end || w.text.size() < 8) return false;  // 4 Arabic letters
    if (StartsWith(std::string_view(w.text), "\xD9\x84\xD9\x84"sv)) return false;  // لل: ل + the article
    return !lex_.function_word.Contains(w.text) && !lex_.weak_word.Contains(w.text) &&
           !lex_.lex_word.Contains(w.text) && !lex_.common.Contains(w.text) && !lex_.not_place.Contains(w.text) &&
           !lex_.person_name.Contains(w.text) && !IsRelationOrCueWord(w);
  }

  // After a settlement noun (بلدة لافي، قرية بانغا) a genitive name follows
  // directly: Arabic puts no ل or ب between the two, so a word that begins
  // with one of the four one-letter proclitics' letters there is read whole
  // when it has four letters or more and no lexicon knows it (لأجل، بها are
  // not names).
  bool GluedNameAfterSettlement(const Word& w) const {
    if (!w.is_word || w.latin || w.tanween || w.bad_split || w.hashtag || !w.proclitic) return false;
    if (w.name_first != w.first + 1 || w.name_end != w.end || w.text.size() < 8) return false;  // 4 Arabic letters
    if (StartsWith(std::string_view(w.text), "\xD9\x84\xD9\x84"sv)) return false;  // لل: ل + the article
    // ل before an imperfect verb says "so as to" (عدت إلى قريتي لأجد، لنرى).
    if (StartsWith(w.orig, "\xD9\x84"sv)) {  // as written: the normalised text has lost the hamza
      const std::string_view stem = w.orig.substr(2);
      for (std::string_view prefix : {"\xD8\xA3"sv, "\xD9\x8A"sv, "\xD8\xAA"sv, "\xD9\x86"sv})  // أ ي ت ن
        if (StartsWith(stem, prefix)) return false;
    }
    const auto known = [&](std::string_view x) {
      return lex_.function_word.Contains(x) || lex_.weak_word.Contains(x) || lex_.lex_word.Contains(x) ||
             lex_.common.Contains(x) || lex_.not_place.Contains(x) || lex_.person_name.Contains(x);
    };
    // The stem may be a word only the UniversalPetrarch lists know (افي):
    // that is what split the name.
    const bool real_word_stem = lex_.function_word.Contains(w.name) || lex_.common.Contains(w.name) ||
                                lex_.not_place.Contains(w.name) ||
                                (lex_.weak_word.Contains(w.name) && !lex_.lex_word.Contains(w.name));
    return !known(w.text) && !real_word_stem && !IsRelationOrCueWord(w);
  }

  bool JoinedByWa(size_t at) const {
    // (An unknown second name may be left unsplit: وكيتالي.)
    return at < words_.size() && words_[at].is_word && !words_[at].latin &&
           StartsWith(words_[at].orig, "\xD9\x88"sv);  // و
  }

  // "بين مدينتي X وكاكوما": the dual's second name is joined to the first by
  // و alone and stands as bare as the first after the cue; a letter after و
  // that could be a proclitic (ك، ب، ل، ف) is the name's own. The word is
  // read again from after و.
  void ReadWholeAfterWa(size_t at) {
    if (!JoinedByWa(at)) return;
    Word& w = words_[at];
    const uint32_t k = w.first + 1;
    if (w.name_end <= k || doc_.tokens[w.first].piece != Piece::kProclitic || doc_.TokenText(w.first) != "\xD9\x88" ||
        doc_.TokenText(k) == "\xD9\x84\xD9\x84")  // و ... not لل
      return;
    dual_second_ = at;
    w.proclitic = false;
    if (w.name_first <= k || doc_.TokenText(k) == kArticle) return;
    const Span whole{doc_.tokens[w.first].span.begin, doc_.tokens[w.end - 1].span.end};
    w.name_first = k;
    w.bad_split = false;
    w.hamza_article = false;
    w.name = doc_.norm(Span{doc_.tokens[k].span.begin, doc_.tokens[w.name_end - 1].span.end});
    w.name_full = doc_.norm(Span{doc_.tokens[k].span.begin, doc_.tokens[w.end - 1].span.end});
    w.article = false;
    w.bare = w.name;
    w.name_orig_at = static_cast<uint16_t>(std::min<uint32_t>(doc_.tokens[k].span.begin - whole.begin, 0xFFFF));
    w.bare_orig_at = static_cast<uint16_t>(w.name_orig_at + kArticle.size());
    SetWordForms(w, lex_);
    w.function_cached = -1;
    w.first_word[0] = w.first_word[1] = nullptr;
  }

  // "شمال وجير"، "في وجير"، "مدينة وجير": و cannot stand between a relation,
  // في or a settlement noun and the name they govern, so a word there that
  // begins with و, which no lexicon knows whole and whose stem after و is no
  // cue or relation word (شمال وجنوب X), is one name, read whole (Wajir, not
  // "and" + the particle جير) by the gazetteer and the transliteration
  // fallback.
  bool UnknownNameAfterGovernorWithWaw(size_t at) const {
    const Word& w = words_[at];
    if (!w.is_word || w.latin || w.tanween || w.hashtag || !WawOnly(w) || w.name_end != w.end || w.text.size() < 8)
      return false;
    if (IsRelationOrCueWord(w)) return false;
    if (!UnknownToLexicons(WholeWord(w))) return false;
    if (AfterRelationOrLocative(at)) return true;
    const CuePhrase* governor = nullptr;
    return MatchEnding(words_, at, lex_.cue, &governor, false) >= 0 && governor && SettlementCue(governor->value);
  }

  bool FaOrKafProcliticOnly(const Word& w) const {
    if (!w.proclitic || w.name_first != w.first + 1) return false;
    std::string_view p = doc_.TokenText(w.first);
    return p == "\xD9\x81" || p == "\xD9\x83";  // ف، ك
  }

  // A word joined by و inside a list of places (العراق وفارس والشام،
  // كربلاء وقم ومشهد) is one of them though it is also a common word or a
  // name (فارس "knight", قم "rise"): a place read just before it, and a
  // well-known place joined by و right after it, coordinate like with like.
  bool InListOfPlaces(size_t at) const {
    const Word& w = words_[at];
    if (w.latin || !WawOnly(w) || at + 1 >= words_.size() || word_of_.empty() || word_of_.back().second != at)
      return false;
    const Word& next = words_[at + 1];
    if (!next.is_word || next.latin || !WawOnly(next)) return false;
    const std::span<const uint32_t> ids = gaz_.Lookup(PlaceKey(next.name));
    return std::any_of(ids.begin(), ids.end(), [&](uint32_t id) {
      const GazetteerEntry& e = gaz_.entry(id);
      return IsCountry(e) || IsAdmin1(e) || e.location.feature_code == "PPLC"sv || e.location.feature_code == "PPLA"sv ||
             (IsRegion(e) && e.feature_class != 'H');
    });
  }

  // A first-level division named like a person (Gedo, Aragon, Amran) and
  // known neither as a country nor as a big city: after a first name, a
  // kunya or بن it is the person's family name (غسان بن جدو، لويس اراغون).
  bool AdmOnlyNotBig(std::span<const uint32_t> ids) const {
    return std::none_of(ids.begin(), ids.end(), [&](uint32_t id) {
      const GazetteerEntry& e = gaz_.entry(id);
      return IsCountry(e) || IsRegion(e) || (!IsAdmin1(e) && e.population >= 500000);
    });
  }

  // An Arabic word of `set`, by its name (proclitics off) or as written:
  // the relative pronoun or speech verb before a candidate.
  static bool WordIn(const StringSet& set, const Word& w) {
    if (!w.is_word || w.latin) return false;
    return set.Contains(w.name) || set.Contains(w.text);
  }

  bool PersonBefore(const Word& w) const {
    if (!w.is_word || w.latin || w.proclitic) return false;
    return lex_.person_before.Contains(w.name) || lex_.person_before.Contains(w.text) ||
           lex_.person_name.Contains(w.name);
  }

  // The candidates with an Arabic name of key `key` written with the article
  // (`definite`) or without it. Names in Persian letters (جبیل) say nothing of
  // how Arabic writes an Arab place; a place of Iran or Afghanistan has its
  // own name in them, which Arabic copies but for گ, written ك, ج or غ (folded by
  // PlaceKey: شادكان is شادگان). The keys of its names are made once per
  // thread (NormalizedNameMemo).
  bool WrittenAs(uint32_t id, const std::string& key, bool definite) const {
    auto [it, added] = tl_normalized_names.alias_keys.try_emplace(id);
    if (added) {
      const bool persian_own = PersianSpeaking(gaz_.entry(id).location.country);
      for (const std::string& n : gaz_.entry(id).names) {
        if (n.empty() || static_cast<unsigned char>(n[0]) < 0xD8) continue;  // Latin
        if (PersianLetters(n) && !persian_own) continue;
        const std::string& k = NormalizedName(n);
        if (k.empty() || static_cast<unsigned char>(k[0]) < 0xD8) continue;
        auto& written = StartsWith(k, kArticle) ? it->second.definite : it->second.bare;
        written.push_back(PlaceKey(k));
        // سنجين as Arabic writes Pashto سنگین (Gazetteer::ArabicSpellingsOfG).
        if (persian_own)
          for (const std::string& spelt : Gazetteer::ArabicSpellingsOfG(k)) written.push_back(PlaceKey(spelt));
      }
    }
    const auto& keys = definite ? it->second.definite : it->second.bare;
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  }

  // `ids` narrowed to the namesakes with a name of key `key` written with
  // the article (`definite`) or without; empty when none is.
  std::span<const uint32_t> AsWritten(const std::string& key, bool definite, std::span<const uint32_t> ids) const {
    std::vector<uint32_t> kept;
    for (uint32_t id : ids)
      if (WrittenAs(id, key, definite)) kept.push_back(id);
    // The gazetteer often lacks the article of an Arab town's name (بترا for
    // البتراء): with none so written, a town where Arabic is spoken still
    // fits, and elsewhere one with some name written with the article.
    if (definite && kept.empty())
      for (uint32_t id : ids)
        if (ArabicSpeaking(gaz_.entry(id).location.country) || HasArticleAlias(gaz_.entry(id))) kept.push_back(id);
    if (kept.size() == ids.size()) return ids;
    return cache_->narrowed.emplace_back(std::move(kept));
  }

  // Everything that can start at words_[at]; returns the index after what was used.
  size_t TryAt(size_t at) {
    const Word& w = words_[at];
    if (!w.is_word) return at + 1;
    // Facility phrase: مطار حلب، مطار "أبو الضهور"، Aleppo airport is a plain name.
    if (const CuePhrase* f = MatchStart(words_, at, lex_.facility)) {
      size_t after = at + f->words.size();
      // "مطارها العسكري" (its military airport): a facility word with a
      // possessive pronoun is the facility of a place named before; the
      // word after it is an adjective, no name.
      if (const Word& fw = words_[after - 1]; !fw.latin && fw.name_end != fw.end) return after;
      // The whole phrase may itself be an alias (مطار حلب الدولي).
      std::span<const uint32_t> ids;
      size_t n = Longest(at, 1, &ids);
      if (n > f->words.size()) {
        AddMention(at, at + n, ids, "facility", f->value);
        return at + n;
      }
      bool quoted = after < words_.size() && words_[after].quote;
      size_t name_at = quoted ? after + 1 : after;
      if (name_at < words_.size() && words_[name_at].is_word) {
        bool tentative = false;
        size_t m = 0;
        if (quoted) {
          // The alias with the facility word: مطار + "أبو الضهور".
          for (size_t k = RunLength(name_at); k >= 1 && m == 0; --k) {
            auto whole = gaz_.Lookup(PlaceKey(JoinText(at, f->words.size()) + " " + JoinText(name_at, k, true)));
            if (!whole.empty()) ids = whole, m = k;
          }
        }
        // A market (سوق X) is named after its town: the mention is the
        // town's name alone, read as any name; a quoted name after it is
        // the market's own (سوق "الأمل"), no town.
        const bool market = f->value == "MKT";
        if (market && quoted) return after;
        if (m == 0) m = Longest(name_at, 1, &ids, &tentative);
        if (market && m > 0) return after;
        size_t end = name_at + (m > 0 ? m : 0);
        if (m > 0) {
          Pending& p = AddMention(at, end, ids, "facility", f->value);
          p.tentative = tentative;
          p.m.span = Span{doc_.tokens[words_[at].name_first].span.begin,
                          doc_.tokens[words_[end - 1].name_end - 1].span.end};
          bool closing = quoted && end < words_.size() && words_[end].quote;
          if (closing) {
            p.m.span.end = doc_.tokens[words_[end].first].span.end;
            p.m.tokens.end = words_[end].end;
            word_of_.back().second = end + 1;
          }
          return closing ? end + 1 : end;
        }
        const Word& nw = words_[name_at];
        // An unknown name follows a facility word in the construct state
        // (سجن صيدنايا), never a definite one (السجن المركزي: an adjective),
        // and carries no preposition (قاعدة للتدريب).
        bool construct = !words_[at].article && !nw.proclitic;
        // A quoted name is closed within a few words and opens with no
        // preposition: «في أسرع وقت ممكن» after المعبر is a quotation.
        const size_t quoted_len = quoted ? UnknownNameLength(name_at, true) : 0;
        if (quoted && (lex_.function_word.Contains(nw.name) || name_at + quoted_len >= words_.size() ||
                       !words_[name_at + quoted_len].quote))
          return after;
        // A town facility is named after a foreign town written without the
        // article (سوق غاجيرام); a definite word after it is what is traded
        // or guarded (سوق العقارات، سوق الخضار): no name at all.
        std::string facility_words;
        for (const std::string& fw : f->words) facility_words += (facility_words.empty() ? "" : " ") + fw;
        if (!quoted && nw.article && lex_.town_facility.Contains(facility_words)) return after;
        // (Tanween marks an indefinite adjective, مستشفى جديداً "a new
        // hospital": no name.)
        if (quoted || (construct && !nw.latin && !nw.tanween && !lex_.function_word.Contains(nw.name) &&
                       !lex_.weak_word.Contains(nw.bare) && !lex_.not_place.Contains(nw.text))) {
          size_t len = UnknownNameLength(name_at, quoted);
          std::string facility_phrase;
          for (const std::string& fw : f->words) facility_phrase += (facility_phrase.empty() ? "" : " ") + fw;
          AddUnknown(market ? name_at : at, name_at, name_at + len,
                     lex_.town_facility.Contains(facility_phrase) ? "town" : "facility");
          out_->back().facility_codes = f->value;  // placed at its town if transliterated
          out_->back().market_town = market;
          size_t end = name_at + len;
          if (quoted && end < words_.size() && words_[end].quote) {
            Pending& p = out_->back();
            p.m.span.end = doc_.tokens[words_[end].first].span.end;
            p.m.tokens.end = words_[end].end;
            word_of_.back().second = ++end;
          }
          return end;
        }
      }
      return after;
    }
    // Cue phrase: قرية X، بلدة X، the village of X.
    if (const CuePhrase* c = MatchStart(words_, at, lex_.cue, false)) {
      size_t name_at = at + c->words.size();
      // تنظيم «ولاية سيناء»: the cue and its name are a group's name.
      if (InQuotedOrganisationName(at)) return name_at;
      // A quote mark, or a hashtag's # (مدينة #الكويت), may stand between.
      if (name_at < words_.size() && (words_[name_at].quote || words_[name_at].text == "#")) ++name_at;
      // "the town of El Obeid": a name whose Arabic article is a word of its
      // own is read from the word after the article when only that reading
      // is known (the article alone is a function word, no name).
      if (name_at + 1 < words_.size() && SeparateLatinArticle(words_[name_at]) && words_[name_at + 1].latin &&
          words_[name_at + 1].capital) {
        std::span<const uint32_t> with_article, without_article;
        if (Longest(name_at, 2, &with_article) == 0 && Longest(name_at + 1, 2, &without_article) > 0) ++name_at;
      }
      std::span<const uint32_t> ids, self_ids;
      // The cue word may begin the name itself (جبل الزاوية، مدينة حمص): a
      // landform's name keeps it; a settlement's name is written without.
      size_t self = Longest(at, 0, &self_ids);
      bool landform = c->value == "mountain" || c->value == "valley" || c->value == "river" || c->value == "hill";
      size_t m = 0;
      // A word that begins with a proclitic's letter is read whole when the
      // whole word is a name (مدينة كتم: not ك + تم).
      bool name_ok = name_at < words_.size() && words_[name_at].is_word &&
                     (!words_[name_at].proclitic || !gaz_.Lookup(PlaceKey(words_[name_at].text)).empty() ||
                      GluedInitialName(words_[name_at]) ||
                      (SettlementCue(c->value) && GluedNameAfterSettlement(words_[name_at]))) &&
                     (lex_.name_prefix.Contains(words_[name_at].name) ||
                      !lex_.function_word.Contains(words_[name_at].proclitic ? words_[name_at].text
                                                                             : words_[name_at].name)) &&
                     (!IsRelationOrCueWord(words_[name_at]) || TownNamedByAFacilityWord(*c, name_at));
      // A street is named after a town or a person (شارع بغداد in Damascus):
      // its name is kept unresolved, never read as its namesake.
      if (name_ok && c->value != "street")
        m = Longest(name_at, 2, &ids, nullptr, !landform && !gaz_.Lookup(PlaceKey(words_[name_at].text)).empty());
      if (name_ok && c->value != "street" && m == 0 && GluedName(name_at, &ids)) m = 1;  // محافظة #حفرالباطن
      // A province or state is named by a unit, its seat or a well-known town
      // (ولاية الخرطوم، ولاية نيويورك): a village's name (هيران in Iraq, for
      // the Somali region) or a common word's (الجزيرة) is not what "ولاية X"
      // names.
      if (m > 0 && c->value == "province" && !NamesAUnit(ids) &&
          (lex_.common.Contains(words_[name_at].name) ||
           std::none_of(ids.begin(), ids.end(), [&](uint32_t id) { return Strong(gaz_.entry(id)); })))
        m = 0;
      // A unit named after its seat town with a cue that is as often a
      // common noun (`cue_seat`: دائرة, Mali's cercle and Algeria's daïra, and
      // "a department") takes a known town's name, but no word the lexicons
      // know as another word: دائرة الهجرة is the migration department, not
      // the Yemeni seat Al Hijrah. A unit of the name is still taken.
      // A name read whole over a proclitic the text layer split off (ليري, Léré,
      // not ل + يري) is judged whole.
      if (m > 0 && c->seat && !NamesAUnit(ids)) {
        const Word& nw = words_[name_at];
        const bool known = nw.proclitic ? lex_.common.Contains(nw.text) || lex_.lex_word.Contains(nw.text) ||
                                              (lex_.weak_word.Contains(nw.text) && !lex_.part_only.Contains(nw.text)) ||
                                              lex_.function_word.Contains(nw.text)
                                        : !UnknownToLexicons(nw);
        if (known) m = 0;
      }
      // A sector of work is named with a common word (قطاع الحكومة، قطاع
      // النقل): after قطاع only a name no lexicon knows as a word is a town's.
      if (m > 0 && c->value == "sector" &&
          (lex_.common.Contains(words_[name_at].name) || lex_.weak_word.Contains(words_[name_at].bare)))
        m = 0;
      // A first name that is also a village's (سالم) begins a person's full
      // name when a family name follows: the town is named after the person.
      if (m == 1 && lex_.person_name.Contains(words_[name_at].name) && NamedAfterAPerson(name_at)) m = 0;
      // "منطقة عين زارة": a name prefix (عين، تل، كفر) with a name word after
      // it begins a two-word name, not the village that bears the bare
      // prefix as its name.
      if (m == 1 && lex_.name_prefix.Contains(words_[name_at].name) && PrefixBeginsName(name_at)) m = 0;
      // "دولة X" names a country; دولة القانون، دولة الطائف (the state that
      // came of the Taif agreement) are no places.
      if (m > 0 && c->value == "country" &&
          std::none_of(ids.begin(), ids.end(), [&](uint32_t id) { return IsCountry(gaz_.entry(id)); }))
        return name_at + m;
      // The cue and the name together are a unit's own name (منطقة الجوف,
      // the Saudi region; الجوف alone is also a Libyan town): the unit is a
      // candidate of the name after the cue, marked to be preferred. After a
      // province's cue (ولاية سنار, a state's alias) the name is the unit's
      // alone, not the town's that gave it its name.
      // With a quote mark or # between (منطقة #الجوف) cue and name are still
      // the unit's name, written without the mark.
      if (m > 0 && !landform && name_at > at + c->words.size() && self < name_at - at + m) {
        std::string phrase;
        for (size_t k = at; k < name_at + m; ++k) {
          if (k >= at + c->words.size() && k < name_at) continue;
          if (!phrase.empty()) phrase += ' ';
          phrase += words_[k].name;
        }
        std::span<const uint32_t> marked = gaz_.Lookup(PlaceKey(phrase));
        if (!marked.empty()) {
          self_ids = marked;
          self = name_at - at + m;
        }
      }
      std::vector<uint32_t> cue_named;
      if (m > 0 && !landform && self == name_at - at + m) {
        if ((c->value == "province" || c->value == "governorate") && NamesAUnit(self_ids)) ids = self_ids;
        std::vector<uint32_t> all(ids.begin(), ids.end());
        for (uint32_t id : self_ids) {
          // مدينة زنجبار: a town's name, no unit's. An authored region named
          // with its cue (منطقة الساحل, the Sahel) is one too.
          if (gaz_.entry(id).feature_class != 'A' && !IsRegion(gaz_.entry(id))) continue;
          cue_named.push_back(id);
          if (std::find(all.begin(), all.end(), id) == all.end()) all.push_back(id);
        }
        if (all.size() > ids.size()) ids = cache_->narrowed.emplace_back(std::move(all));
      }
      // A sector's cue that with its name is a place's whole name (قطاع غزة:
      // the Strip, not Gaza City) keeps that reading; a bare sector of a town
      // (قطاع تيفاريتي) is read as the town.
      const bool whole_sector = c->value == "sector" && m > 0 && self == name_at - at + m;
      if (self > c->words.size() && (landform || whole_sector || self > name_at - at + m)) {
        AddMention(at, at + self, self_ids, "", "");
        return at + self;
      }
      if (m > 0) {
        Pending& p = AddMention(name_at, name_at + m, ids, "", "");
        p.cue = c->value;
        p.cue_named = std::move(cue_named);
        p.plural_cue = c->plural;
        // "قضاء المدينة" (a district of Basra): after a unit's cue the word
        // is the unit's name, not "the city" told before.
        if (c->value == "district" || c->value == "subdistrict" || c->value == "governorate" || c->value == "province")
          p.anaphor.clear();
        if (c->dual) ReadWholeAfterWa(name_at + m), dual_cue_ = c->value;
        return name_at + m;
      }
      // "16 قرية" counts villages; it names none.
      bool counted = at > 0 && doc_.tokens[words_[at - 1].first].kind == TokenKind::kNumber;
      // "مقاطعة كابونغ": a county named after its seat is written without
      // the article, as a foreign name is; the boycott sense takes a
      // definite object (مقاطعة المنتجات، مقاطعة الانتخابات), so an
      // article-less word after the province cue is read as a name.
      // A name the gazetteer knows is read as usual after the cue.
      const bool bare_county = (c->plural || c->dual) && c->value == "province" && name_ok && !words_[name_at].latin &&
                               !words_[name_at].article && !words_[name_at].proclitic &&
                               gaz_.Lookup(PlaceKey(words_[name_at].name)).empty() && UnknownToLexicons(words_[name_at]);
      // منطقة كوري X: a nationality adjective with an unknown word after it
      // begins a two-word name (NisbaBeginsName).
      if (name_ok && !counted && !c->plural && !c->dual && c->value != "street" && NisbaBeginsName(name_at)) {
        AddUnknown(name_at, name_at, name_at + 2, c->value);
        return name_at + 2;
      }
      // (The dual of a known-names-only cue, مقاطعتي, is known names only too.)
      const bool known_only = c->plural || (c->dual && c->value == "province");
      if (name_ok && !counted && (!known_only || bare_county)) {
        const Word& nw = words_[name_at];
        bool prefix = lex_.name_prefix.Contains(nw.name);
        bool looks_like_name = nw.latin ? nw.capital
                                        : !lex_.not_place.Contains(nw.text) &&
                                              (prefix || !lex_.function_word.Contains(nw.bare)) &&
                                              // a word only the UniversalPetrarch dictionaries know is
                                              // often a place's name (ولاية ميريلاند)
                                              !(lex_.weak_word.Contains(nw.bare) && !lex_.lex_word.Contains(nw.bare) &&
                                                !lex_.part_only.Contains(nw.bare) &&
                                                !nw.article &&
                                                !lex_.name_prefix.Contains(nw.name) && !NamedAfterAPerson(name_at)) &&
                                              !DescribedArea(*c, nw) && !UnitOfASector(*c, name_at) &&
                                              !DescriptiveNisba(nw) && !lex_.ordinal.Contains(nw.name) &&
                                              !BeginsDescribingClause(name_at);
        if (looks_like_name) {
          // (After a dual cue the word after the first name is the second,
          // joined by و: no half of a foreign two-word name.)
          size_t len = UnknownNameLength(name_at, false, c->value == "street", !SettlementCue(c->value) && !c->dual);
          // The dual names two places (بين بلدتي X وY); without the second it
          // is "my town" (عدت إلى قريتي لأرى).
          if (c->dual && !JoinedByWa(name_at + len)) return name_at;
          AddUnknown(name_at, name_at, name_at + len, c->value);
          out_->back().county_named_after_seat = bare_county;
          if (c->dual) ReadWholeAfterWa(name_at + len), dual_cue_ = c->value;
          return name_at + len;
        }
      }
      return name_at;
    }
    std::span<const uint32_t> ids;
    const CuePhrase* rel = nullptr;
    int support = RelationBefore(at, &rel) >= 0 ? 1 : 0;
    // "north-west of El Obeid": the relation supports the name past its article.
    if (support == 0 && at > 0 && SeparateLatinArticle(words_[at - 1]) && RelationBefore(at - 1, &rel) >= 0) support = 1;
    if (support == 0 && CuedBefore(at)) support = 1;
    if (support == 0 && InListOfPlaces(at)) support = 1;
    if (support == 0 && FacilityOfNamedTown(at)) support = 1;
    const bool dateline = support == 0 && DatelineWord(at);
    if (dateline) support = 1;
    bool tentative = false;
    size_t n = Longest(at, support, &ids, &tentative, WawReadWholeFirst(at));
    if (n <= 1 && StateNamedByItsNationality(at, &ids)) {
      AddMention(at, at + 2, ids, "", "");
      return at + 2;
    }
    if (n == 0 && GluedName(at, &ids)) {
      AddMention(at, at + 1, ids, "", "");
      return at + 1;
    }
    if (n == 0) {
      const Pending* named = nullptr;
      if (const size_t len = NamedBeforeWithItsCue(at, &named)) {
        const std::string cue = named->cue;
        const bool county_named_after_seat = named->county_named_after_seat;
        AddUnknown(at, at, at + len, cue);
        out_->back().m.reason = "not in gazetteer; named with its cue before in the document";
        out_->back().cued_before = true;
        // "مقاطعة كابويتا … في كابويتا": the county named after its seat
        // was read as the seat town; its bare name later is that town too.
        out_->back().county_named_after_seat = county_named_after_seat;
        return at + len;
      }
    }
    // The dual's second name (بلدتي X وY) is a place the gazetteer may lack,
    // as the first.
    if (n == 0 && at == dual_second_ && !lex_.function_word.Contains(words_[at].name) &&
        !lex_.common.Contains(words_[at].bare) && !lex_.not_place.Contains(words_[at].text) &&
        !IsRelationOrCueWord(words_[at])) {
      const size_t len = UnknownNameLength(at, false);
      AddUnknown(at, at, at + len, dual_cue_);
      // مقاطعتي X وY: the second county is named after its seat as the first.
      out_->back().county_named_after_seat =
          dual_cue_ == "province" && !words_[at].article && UnknownToLexicons(words_[at]);
      return at + len;
    }
    if (n == 0 && HashtagName(at)) {
      // Tweets tag places (#الخفجي): an unknown name after # is tried by
      // transliteration and kept only when that finds a place near the
      // document's sure places (a tentative place: see DropUnconfirmed).
      AddUnknown(at, at, at + 1, "area");
      out_->back().tentative = true;
      out_->back().hashtag_guess = true;
      return at + 1;
    }
    const CuePhrase* locative = nullptr;
    const bool after_relation = support > 0 && rel && rel->value != "in";
    const bool after_locative = !after_relation && MatchEnding(words_, at, lex_.locative_link, &locative, false) >= 0 &&
                                NameAfterLocativeLink(at);
    // A one-word dateline the gazetteer lacks (ليشينغا (لوزا) -) is the town
    // the report is filed from: tried like a word after a relation.
    const bool unknown_dateline = dateline && words_[at].first == doc_.sentences[0].tokens.begin &&
                                  words_[at].end < doc_.tokens.size() &&
                                  (doc_.TokenText(words_[at].end) == "-" || doc_.TokenText(words_[at].end) == "(" ||
                                   doc_.TokenText(words_[at].end) == "\xE2\x80\x93");
    const bool glued_dateline = n == 0 && unknown_dateline && GluedDatelineName(words_[at]);
    if (n == 0 && (after_relation || after_locative || unknown_dateline) &&
        (UnknownAfterRelation(at, after_relation || after_locative) || GluedInitialName(words_[at]) || glued_dateline)) {
      // "قرب مويدا"، "شمالي مونتيبويز": a word no lexicon knows, after a
      // spatial relation, is tried as a town's name by transliteration and
      // kept as a tentative place (DropUnconfirmed: in the country of the
      // document's places, like an English name after a preposition).
      AddUnknown(at, at, at + 1, "town", glued_dateline);
      out_->back().tentative = true;
      out_->back().locative = true;
      // (Let in by the article alone: a definite word after في.)
      out_->back().article_dropped_only =
          !(UnknownAfterRelation(at, after_relation) || GluedInitialName(words_[at]) || glued_dateline);
      return at + 1;
    }
    if (n == 0) return at + 1;
    // "ريال مدريد"، "نادي القادسية"، "مانشستر يونايتد"، "صحيفة « القدس »"،
    // "فاز على X 2 - 1": the place names a club, a paper or an agreement.
    if (OtherName other = NamesSomethingElse(at, n, ids); other != kNotOther) {
      if (other == kTeam) org_keys_->insert(Key(at, n));
      return at + n;
    }
    if (support == 0 && MasculineNationalityAfter(at + n, ids)) return at + n;
    // A span of years in parentheses right after a bare name (X ( 1882 -
    // 1963 ), وروما ( 2000 - 2004 )) gives a man's life or a player's
    // seasons at a club: the name is the man's or the club's, for the
    // whole document. A country keeps its place (a national team, a land
    // lived in).
    if (support == 0 && YearSpanAt(at + n) &&
        std::none_of(ids.begin(), ids.end(), [&](uint32_t id) { return IsCountry(gaz_.entry(id)); })) {
      org_keys_->insert(Key(at, n));
      return at + n;
    }
    if (support == 0 && KunyaOfAQuarter(at, n, ids)) return at + n;
    Pending& added = AddMention(at, at + n, ids, "", "");
    added.tentative = tentative;
    added.dateline = dateline;
    // An Arabic report's dateline (الهرمل – «الوكالة الوطنية للإعلام»)
    // names the town it is filed from: a one-word name no lexicon knows as
    // a common word, that the gazetteer holds as the seat of a district or
    // sub-district, is that town however small GeoNames makes it — a sure
    // place, the context its namesakes are read in, not one waiting for it.
    if (dateline && tentative && n == 1 && SeatDatelineName(words_[at], ids)) {
      added.tentative = false;
    }
    // "in X", "near X": English says where with a preposition and a
    // capitalised name (see DropUnconfirmed).
    const CuePhrase* link = nullptr;
    added.locative = tentative && words_[at].latin && words_[at].capital &&
                     (support > 0 || MatchEnding(words_, at, lex_.link, &link, false) >= 0 ||
                      LinkedUnitOfATown(at, at + n));
    // Arabic says where the same way (في مياوادي، قرب X، غربي X): a name the
    // gazetteer knows in Arabic, after a spatial relation or a locative في,
    // is as much a place as an unknown word there that the transliteration
    // fallback finds (UnknownAfterRelation). A common word never gets here
    // (Acceptable rejects it short of a big place).
    added.locative |= tentative && !words_[at].latin && n == 1 && (after_relation || after_locative);
    return at + n;
  }

  // "in the Mahbes sector", "near the Mueda district": a capitalised name
  // between "the" after a link word and a unit noun (`relation_after` of
  // value in) is said where as "in X" is: the town the unit is named by.
  bool LinkedUnitOfATown(size_t at, size_t end) const {
    if (at < 2 || end >= words_.size()) return false;
    const Word& the = words_[at - 1];
    if (!the.is_word || !the.latin || the.capital || NormalizeKey(the.name) != "the") return false;
    const CuePhrase* link = nullptr;
    if (MatchEnding(words_, at - 1, lex_.link, &link, false) < 0) return false;
    const CuePhrase* unit = MatchStart(words_, end, lex_.relation_after);
    return unit != nullptr && unit->value == "in";
  }

  // "المملكة المغربية"، "الجمهورية اليمنية": a state's head noun with the
  // definite feminine nationality adjective after it names that country, as
  // its official form does; the gazetteer holds few of these forms.
  bool StateNamedByItsNationality(size_t at, std::span<const uint32_t>* ids) const {
    if (at + 1 >= words_.size()) return false;
    const Word& head = words_[at];
    const Word& adj = words_[at + 1];
    // (للمملكة: the article is written inside the proclitic لل.)
    if (!head.is_word || head.latin || !head.article) return false;
    // The adjective's own marks first: they rule out most words without a lookup.
    if (!adj.is_word || adj.latin || !adj.article || adj.proclitic || adj.name_end != adj.end ||
        !EndsWith(adj.name, kHeh))
      return false;
    // Asked at every word with the article: the key is built on the stack,
    // not in a std::string allocated each time.
    char buf[64];
    std::string long_key;
    std::string_view key;
    if (kArticle.size() + head.bare.size() <= sizeof buf) {
      std::memcpy(buf, kArticle.data(), kArticle.size());
      std::memcpy(buf + kArticle.size(), head.bare.data(), head.bare.size());
      key = std::string_view(buf, kArticle.size() + head.bare.size());
    } else {
      key = long_key = std::string(kArticle) + std::string(head.bare);
    }
    if (!lex_.state_head.Contains(key)) return false;
    const std::string* country = lex_.nationality.Find(adj.name);
    if (!country) return false;
    // tools/build_gazetteer.py writes the countries first.
    for (uint32_t id = 0; id < gaz_.size() && IsCountry(gaz_.entry(id)); ++id)
      if (gaz_.entry(id).location.country == *country) {
        *ids = cache_->narrowed.emplace_back(std::vector<uint32_t>{id});
        return true;
      }
    return false;
  }

  // The quote mark opening the quoted name that `at` stands in, a few words
  // back with no other mark between; kNoQuote when there is none.
  static constexpr size_t kNoQuote = static_cast<size_t>(-1);
  size_t OpeningQuoteBefore(size_t at) const {
    constexpr size_t kLongestQuotedName = 4;
    for (size_t k = at; k > 0 && at - k < kLongestQuotedName; --k) {
      const Word& w = words_[k - 1];
      if (w.quote) return k - 1;
      if (!w.is_word) return kNoQuote;
    }
    return kNoQuote;
  }

  // An Arabic report names its source in quotes right after the dateline's
  // dash (عدن – «عدن الغد»، القاهرة – «الشروق»، نيروبي – «ديلي نيشن»): the
  // quoted words name the outlet, not a place of the report, whatever
  // place's name they hold.
  bool OutletAfterDateline(size_t at) const {
    if (doc_.sentences.empty() || words_.empty() || words_[0].first != doc_.sentences[0].tokens.begin) return false;
    const size_t open = OpeningQuoteBefore(at);
    if (open == kNoQuote || open == 0) return false;
    const Word& dash = words_[open - 1];
    if (dash.is_word || dash.first - doc_.sentences[0].tokens.begin > 4) return false;
    const std::string_view t = doc_.TokenText(dash.first);
    return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94";  // - – —
  }

  // قال لـ«الشرق الأوسط»، صرّح ل ـ «الجزيرة»، أكد لـ«عدن الغد»: a quoted
  // name that opens right after a bare preposition ل, and begins with a
  // place's name, is whom a statement was made to: a newspaper, channel or
  // agency. Arabic quotes a town it names after إلى، في or من (وصلوا إلى
  // «الباب»), not after a lone ل.
  bool OutletSpokenTo(size_t at, size_t n) const {
    if (at < 2 || !words_[at - 1].quote) return false;
    constexpr size_t kLongestOutletTail = 3;  // «الصومال الجديد»، «دارفور 24»
    size_t close = at + n;
    while (close < words_.size() && close - (at + n) < kLongestOutletTail && words_[close].is_word) ++close;
    if (close < words_.size() && !words_[close].quote && !words_[close].is_word &&
        doc_.tokens[words_[close].first].kind == TokenKind::kNumber)
      ++close;
    if (close >= words_.size() || !words_[close].quote) return false;
    size_t k = at - 1;
    // ل ـ «: a tatweel written apart is a word of its own.
    while (k > 0 && !words_[k - 1].is_word && !words_[k - 1].quote &&
           (words_[k - 1].text.empty() || words_[k - 1].text == "\xD9\x80"))
      --k;
    if (k == 0) return false;
    const Word& prep = words_[k - 1];
    return prep.is_word && !prep.latin && (prep.text == "\xD9\x84" || prep.text == "\xD9\x84\xD9\x80");  // ل، لـ
  }

  bool InQuotedOrganisationName(size_t at) const {
    const CuePhrase* org = nullptr;
    size_t open = OpeningQuoteBefore(at);
    return open != kNoQuote && MatchEnding(words_, open, lex_.org_before, &org) >= 0 && org->value != "team";
  }

  // Is the place name at words [at, at + n) part of another name? An
  // org_before phrase ends right before it (a quote mark may stand between:
  // صحيفة « القدس »), an org_after word follows it, or a match score stands
  // next to it (فاز على X 4 - صفر، خسر 1 - 2 أمام X). A team is named by its
  // town (a club) or its country (a national team, which stays a place).
  // kTeam: a team's name, which then holds for the whole document.
  enum OtherName { kNotOther, kOther, kTeam };
  OtherName NamesSomethingElse(size_t at, size_t n, std::span<const uint32_t> ids) const {
    bool country = std::any_of(ids.begin(), ids.end(), [&](uint32_t id) { return IsCountry(gaz_.entry(id)); });
    size_t before = at > 0 && words_[at - 1].quote ? at - 1 : at;
    const CuePhrase* org = nullptr;
    // The name is the second term of a construct (شركة قطر): the word before
    // it has no article and the name no preposition (الشركة بالسعودية).
    int org_at = MatchEnding(words_, before, lex_.org_before, &org);
    if (org_at >= 0 && !(org->value == "team" && country) && !words_[at].proclitic &&
        !words_[org_at + org->words.size() - 1].article)
      return org->value == "team" ? kTeam : kOther;
    // A team word with its own adjective, in apposition to the club's name
    // (فريقه الجديد X، ناديه السابق X: "his new team X"): the adjective
    // agrees with the team word, so the name after it is the team's.
    if (!country && before == at && at >= 2 && !words_[at].proclitic) {
      const Word& adjective = words_[at - 1];
      const CuePhrase* team = nullptr;
      const int team_at = MatchEnding(words_, at - 1, lex_.org_before, &team);
      if (team_at >= 0 && team->value == "team" && team->words.size() == 1 && adjective.is_word &&
          !adjective.latin && adjective.article && !adjective.proclitic &&
          words_[team_at].name_end < words_[team_at].end &&
          (lex_.weak_word.Contains(adjective.bare) || gaz_.Lookup(PlaceKey(adjective.name)).empty()))
        return kTeam;
    }
    // A quoted name after an organisation word holds the place as one of its
    // words (تنظيم «ولاية خراسان»، جماعة «أنصار بيت المقدس»): the group's name.
    if (InQuotedOrganisationName(at)) return kOther;
    if (OutletAfterDateline(at)) return kOther;
    if (OutletSpokenTo(at, n)) return kOther;
    size_t end = at + n;
    // An idiom read from the name on and running past it (مسقط رأسه): the
    // name is a word of the expression.
    if (const CuePhrase* fixed = MatchStart(words_, at, lex_.idiom); fixed && fixed->words.size() > n) return kOther;
    // A word joined by و opens the next conjunct (كفرنبل وخان شيخون), no
    // part of this name.
    if (end < words_.size() && words_[end].is_word &&
        ((!words_[end].proclitic && lex_.org_after.Contains(words_[end].name)) ||
         lex_.org_after.Contains(words_[end].text)))
      return kOther;
    // "Syria Street", "Damascus Gate", "Haifa Street": a street, gate or square
    // named after a place, mostly in another town, is no scene at that place.
    // Capitalised only ("Baghdad street markets" are in Baghdad).
    if (end < words_.size() && words_[end].latin && words_[end].capital && words_[at].latin &&
        lex_.landmark_after.Contains(words_[end].name))
      return kOther;
    if (country) return kNotOther;
    // A score right after the name, or after one more word of the team's
    // name (أورلاندو بايراتس 4 - صفر); before it, across أمام/على/ضد/مع.
    if (ScoreAt(end) || (end < words_.size() && words_[end].is_word && ScoreAt(end + 1))) return kTeam;
    if (ScoreEndingAt(at)) return kTeam;
    return at >= 1 && words_[at - 1].is_word && lex_.score_link.Contains(words_[at - 1].name) &&
                   ScoreEndingAt(at - 1)
               ? kTeam
               : kNotOther;
  }

  // Arabic treats a town's name as feminine: its adjective is feminine
  // (أولم الألمانية، طابا المصرية). A definite masculine nationality nisba
  // right after a bare town's name agrees with an unsaid masculine noun, a
  // club or a paper (أجاكس الهولندي، فالنسيا الإسباني، القدس العربي): no
  // place. Countries, divisions, regions and waters are left alone
  // (العراق، الفرات: masculine names).
  bool MasculineNationalityAfter(size_t end, std::span<const uint32_t> ids) const {
    if (end >= words_.size() || !words_[end].is_word || words_[end].latin || words_[end].proclitic) return false;
    const Word& adj = words_[end];
    if (!lex_.nationality_masc.Contains(adj.text) && !lex_.nationality_masc.Contains(adj.name)) return false;
    return !ids.empty() && std::all_of(ids.begin(), ids.end(), [&](uint32_t id) {
      const GazetteerEntry& e = gaz_.entry(id);
      return e.feature_class == 'P' && !IsCountry(e) && !IsAdmin1(e);
    });
  }

  // A number, or the word صفر (nil), as one side of a score.
  bool ScoreSide(size_t i) const {
    if (i >= words_.size()) return false;
    const Word& w = words_[i];
    if (w.is_word) return w.name == "\xD8\xB5\xD9\x81\xD8\xB1";  // صفر
    return doc_.tokens[w.first].kind == TokenKind::kNumber && w.text.size() <= 2;
  }
  bool ScoreAt(size_t i) const {
    return i + 2 < words_.size() && ScoreSide(i) && words_[i + 1].text == "-" && ScoreSide(i + 2);
  }
  bool YearAt(size_t i) const {
    return i < words_.size() && !words_[i].is_word && doc_.tokens[words_[i].first].kind == TokenKind::kNumber &&
           words_[i].text.size() == 4;
  }
  bool YearSpanAt(size_t i) const {
    if (i + 3 >= words_.size() || words_[i].text != "(") return false;
    const std::string_view dash = words_[i + 2].text;
    return YearAt(i + 1) && YearAt(i + 3) &&
           (dash == "-" || dash == "\xD9\x80" || dash == "\xE2\x80\x93");  // - ـ –
  }
  bool ScoreEndingAt(size_t end) const { return end >= 3 && ScoreAt(end - 3); }

  // "#حفرالباطن": hashtags glue a name's words; an inner ال usually begins
  // the next word. Each such split is looked up (no single-word filters: a
  // two-word name is not a common word). Informal writing glues them outside
  // hashtags too (امطار حفرالباطن); there, as compound first names are glued
  // the same way (عبدالله، صلاحالدين), the first part must not be a first
  // name and the place must be well known.
  bool GluedName(size_t at, std::span<const uint32_t>* ids) const {
    const Word& w = words_[at];
    if (w.latin || !w.is_word || w.name_end != w.end) return false;
    const std::string_view s = w.name;
    for (size_t pos = s.find(kArticle, 4); pos != std::string::npos; pos = s.find(kArticle, pos + 2)) {
      if (s.size() - pos < kArticle.size() + 4) break;
      const std::string head(s.substr(0, pos));
      if (!w.hashtag && lex_.person_name.Contains(head)) continue;
      auto found = gaz_.Lookup(PlaceKey(head + " " + std::string(s.substr(pos))));
      if (!w.hashtag &&
          std::none_of(found.begin(), found.end(), [&](uint32_t id) { return Strong(gaz_.entry(id)); }))
        continue;
      if (!found.empty()) {
        *ids = found;
        return true;
      }
    }
    return false;
  }

  // A word right after # that reads as a name: Arabic, with the article (a
  // place's name more often than a topic's), no clitic, not a word the
  // lexicon knows.
  bool HashtagName(size_t at) const {
    const Word& w = words_[at];
    return w.hashtag && w.is_word && !w.latin && w.article && !w.proclitic && w.name_end == w.end &&
           w.bare.size() >= 6 && !lex_.weak_word.Contains(w.bare) && !lex_.function_word.Contains(w.bare) &&
           !lex_.common.Contains(w.name) && !lex_.not_place.Contains(w.text) && !IsRelationOrCueWord(w);
  }

  // Can the word after the name prefix at `at` be the rest of its name: an
  // Arabic word, no function, cue or relation word, and no proclitic و?
  bool PrefixBeginsName(size_t at) const {
    if (at + 1 >= words_.size()) return false;
    const Word& n = words_[at + 1];
    return n.is_word && !n.latin && !n.proclitic && !lex_.function_word.Contains(n.name) && !IsRelationOrCueWord(n) &&
           !lex_.not_place.Contains(n.text);
  }

  // Words [at, at + n) as written: the first without its proclitics unless
  // `first_whole`, the later ones whole.
  std::string JoinText(size_t at, size_t n, bool first_whole = false) const {
    std::string s;
    for (size_t k = at; k < at + n; ++k) {
      if (!s.empty()) s.push_back(' ');
      s += k == at && !first_whole ? words_[k].name : words_[k].text;
    }
    return s;
  }

  // "منطقة الحدود" (the border area), "منطقة الخطر" (the danger zone),
  // "ولاية الفقيه" (the jurist's rule): after an area or province cue a
  // definite common word says what the area is; it is no name unless the
  // gazetteer knows it. (A village or a quarter is named: حي الجامعة.)
  bool DescribedArea(const CuePhrase& cue, const Word& w) const {
    return (cue.value == "area" || cue.value == "province" || cue.value == "governorate" || cue.value == "district") &&
           !w.latin && w.article && lex_.weak_word.Contains(w.bare) &&
           !lex_.person_name.Contains(w.bare);
  }

  // "مديرية أمن المنيا" (the security directorate of Minya), "مديرية صحة
  // تعز": a unit cue, then a common noun without the article in the
  // construct state before a definite word, names an office for a sector
  // of a place, not a district called by that noun.
  bool UnitOfASector(const CuePhrase& cue, size_t at) const {
    // Only a district's cue: a governorate or an area is often named so
    // (محافظة شمال سيناء، منطقة وادي خالد).
    if (cue.value != "district") return false;
    const Word& w = words_[at];
    if (w.latin || w.article || !lex_.weak_word.Contains(w.bare) || lex_.name_prefix.Contains(w.name) ||
        lex_.person_name.Contains(w.bare))
      return false;
    if (at + 1 >= words_.size() || !words_[at + 1].is_word || words_[at + 1].latin || !words_[at + 1].article)
      return false;
    // Both words in one sentence, no punctuation between.
    return words_[at + 1].first == words_[at].end;
  }

  // "منطقة قطرها ستة كيلومترات" (an area whose diameter…), "مدينة يقطنها
  // مليونا شخص" (a city that two million inhabit): Arabic describes an
  // indefinite noun with a clause that points back to it with a pronoun. The
  // word after the cue carries that pronoun (قطر + ها), or is an imperfect
  // verb (ي، ت) that carries it or is followed by a word that does (يحظر
  // فيها). A name carries no pronoun.
  bool BeginsDescribingClause(size_t at) const {
    const Word& w = words_[at];
    if (w.latin || w.article || !w.is_word) return false;
    if (w.name_end != w.end) return true;
    if (!StartsWith(w.name, kYeh) && !StartsWith(w.name, kImperfectTeh)) return false;
    if (w.name.size() >= 8 && EndsWithPronoun(w)) return true;  // 4 letters or more
    // Or the verb needs no pronoun (منطقة يحظر على الطيران، قرية يسمى أهلها):
    // the imperfect prefix on a verb the lexicon knows (حظر، سمي) is no name's
    // first letter. Only unknown names reach here; يبرود، تدمر are found first.
    std::string_view stem = w.name.substr(kYeh.size());
    if (at + 1 >= words_.size()) return false;
    const Word& next = words_[at + 1];
    // A stem only the UniversalPetrarch lists know (خار) is as often a
    // noun's letters as a verb's (ولاية تخار, Takhar): read as a verb only
    // when a preposition or particle follows it, as a clause goes on.
    const bool lex_only_stem = lex_.lex_word.Contains(stem) && !lex_.core_word.Contains(stem);
    if (stem.size() >= 6 && lex_.weak_word.Contains(stem) && !lex_.person_name.Contains(stem) &&
        (!lex_only_stem || (next.is_word && !next.latin && lex_.function_word.Contains(next.name))))
      return true;
    return next.is_word && !next.latin && !next.proclitic && EndsWithPronoun(next);
  }

  static bool EndsWithPronoun(const Word& w) {
    if (w.name_end != w.end) return true;
    for (std::string_view p : {kPronounHa, kPronounHum, kPronounHunna})
      if (w.text.size() > p.size() + 2 && EndsWith(w.text, p)) return true;
    return false;
  }

  bool NamesAUnit(std::span<const uint32_t> ids) const {
    return std::any_of(ids.begin(), ids.end(), [&](uint32_t id) {
      const GazetteerEntry& e = gaz_.entry(id);
      const std::string& f = e.location.feature_code;
      return e.feature_class == 'A' || f == "PPLA" || IsRegion(e);
    });
  }

  // أ + the stem of an imperfect verb the lexicon knows with ي (أزور،
  // يزور), itself unknown to the lexicon as anything else.
  bool FirstPersonOfKnownVerb(const Word& w) const {
    // The normalised text writes أ as ا.
    static constexpr std::string_view kAlifFirst = "\xD8\xA7";   // ا
    static constexpr std::string_view kYehPrefix = "\xD9\x8A";  // ي
    if (w.latin || w.article || w.proclitic || w.bare.size() < 8 || !StartsWith(w.bare, kAlifFirst)) return false;
    if (lex_.weak_word.Contains(w.bare) && !lex_.verb_word.Contains(w.bare)) return false;
    std::string third(kYehPrefix);
    third += w.bare.substr(kAlifFirst.size());
    return lex_.verb_word.Contains(third) && !lex_.nonverb_word.Contains(third);
  }

  // A word only the UniversalPetrarch lists know (no core word, no common
  // noun, no person's name).
  bool LexOnly(const Word& w) const {
    return (lex_.lex_word.Contains(w.bare) || lex_.lex_word.Contains(w.name)) && !lex_.core_word.Contains(w.bare) &&
           !lex_.core_word.Contains(w.name) && !lex_.common.Contains(w.name) && !lex_.common.Contains(w.bare) &&
           !lex_.person_name.Contains(w.bare);
  }

  // "حي سكني" (a residential quarter), "منطقة صناعية": an indefinite
  // adjective made of a known word with the nisba ending (سكن + ي) says what
  // the place is; a name after a cue is a noun in the construct state.
  bool DescriptiveNisba(const Word& w) const {
    if (w.latin || w.article || w.proclitic) return false;
    if (lex_.person_name.Contains(w.bare) || lex_.lex_word.Contains(w.bare)) return false;
    std::string_view stem = w.bare;
    if (EndsWith(stem, kHeh)) stem.remove_suffix(kHeh.size());
    if (!EndsWith(stem, kYeh)) return false;
    stem.remove_suffix(kYeh.size());
    if (stem.size() >= 4 && lex_.weak_word.Contains(stem)) return true;
    // A noun ending in a weak letter turns it into و before the nisba (رعي →
    // رعوي "pastoral", قرية → قروي, دنيا → دنيوي, سماء → سماوي): منطقة رعوية
    // is a pastoral area, not a town whose skeleton r-w-y the fallback reads.
    if (stem.size() < 6 || !EndsWith(stem, kWaw)) return false;
    stem.remove_suffix(kWaw.size());
    for (std::string_view weak_end : {kYeh, kAlif, kHeh, std::string_view("\xD8\xA7\xD8\xA1")}) {  // ي ا ة اء
      std::string noun(stem);
      noun += weak_end;
      if (lex_.weak_word.Contains(noun) && !lex_.person_name.Contains(noun)) return true;
    }
    return false;
  }

  // Towns and quarters are named after people: مدينة صباح الأحمد، منطقة سعد
  // العبدالله. A first name or a noun followed by a family name with the
  // article (a person's name, or a word the lexicon does not know) is such a
  // name.
  bool NamedAfterAPerson(size_t at) const {
    if (RunLength(at) < 2) return false;
    const Word& a = words_[at];
    const Word& b = words_[at + 1];
    return !a.article && !a.latin && b.article && !b.proclitic && !b.latin && b.name_end == b.end &&
           !lex_.function_word.Contains(b.bare) && !lex_.not_place.Contains(b.text) && !IsRelationOrCueWord(b) &&
           (lex_.person_name.Contains(b.bare) || !lex_.weak_word.Contains(b.bare));
  }

  // An unknown name after a cue: one word, or two when the first is a name
  // prefix (أبو، عين، تل…) or the second carries the article and is not a
  // common word (معرة النعمان); three when the second is a name_link (دي).
  // Inside quotes: up to the closing mark.
  // `street`: a street's name may be two foreign words (شارع تيان تشنغ): a
  // second word the lexicon does not know is read with the first.
  size_t UnknownNameLength(size_t at, bool quoted, bool street = false, bool foreign_pair = false) const {
    size_t run = RunLength(at);
    if (quoted) {
      size_t n = 0;
      while (n < run && n < 5) ++n;
      return std::max<size_t>(n, 1);
    }
    if (run < 2) return 1;
    const Word& a = words_[at];
    const Word& b = words_[at + 1];
    if (a.latin) {
      size_t n = 1;
      while (n < run && n < 4 && words_[at + n].capital) ++n;
      return n;
    }
    // Romance names join their words with a particle (فيرا دي سانتانا Feira
    // de Santana, سان خوسيه ديل غوابو): the name runs over it to the next word.
    if (run >= 3 && !b.proclitic && lex_.name_link.Contains(b.name)) {
      const Word& c = words_[at + 2];
      if (!c.proclitic && !c.article && !lex_.function_word.Contains(c.bare) && !IsRelationOrCueWord(c) &&
          !InDate(c))
        return 3;
    }
    if (b.proclitic || lex_.function_word.Contains(b.name) || IsRelationOrCueWord(b)) return 1;
    // A link phrase after the name (قرية X التابعة لناحية Y) ties it to its parent.
    for (const auto& l : lex_.link)
      if (l.words.size() >= 2 && l.words[0] == b.name) return 1;
    if (lex_.name_prefix.Contains(a.name)) return 2;
    if (b.article && !lex_.weak_word.Contains(b.bare) && !lex_.not_place.Contains(b.text)) return 2;
    if (NamedAfterAPerson(at)) return 2;
    if (street && !b.article && !lex_.weak_word.Contains(b.name) && !lex_.not_place.Contains(b.text)) return 2;
    // A foreign name is often two words (منطقة كوانغ يي، حي فانغ يي): after an
    // area or quarter cue, a second bare Arabic word no lexicon knows, not a
    // first name and without a plural or dual ending (مصابتين), is no Arabic
    // word describing the place but the name's second half. Not after a
    // settlement cue: the fallback finds a town by its first word (بلدة
    // مراوك يو, Mrauk-U) and not by both. A lone letter is no half of a name:
    // و written apart (سومطرا و 50) is the conjunction.
    if (foreign_pair && !a.article && !a.proclitic && !a.latin && !b.article && !b.latin &&
        b.name_end == b.end && b.bare.size() >= 4 && UnknownToLexicons(a) && UnknownToLexicons(b) &&
        ArabicLettersOnly(b.bare) &&
        !lex_.person_name.Contains(b.bare) && !EndsWith(b.bare, "\xD9\x8A\xD9\x86") &&
        !EndsWith(b.bare, "\xD9\x88\xD9\x86") && !EndsWith(b.bare, "\xD8\xA7\xD9\x86"))  // ين ون ان
      return 2;
    return 1;
  }

  // A colour adjective after a word that is by itself a country, a first-level
  // unit, a region or a river (روسيا البيضاء، النيل الأزرق): a modifier that
  // ANERcorp leaves out of the name. Not after a common noun (الدار البيضاء،
  // البحر الأحمر), which is no place alone.
  bool ModifierTail(const Word& head, const Word& tail) const {
    if (!tail.is_word || tail.latin || tail.proclitic || !lex_.name_tail.Contains(tail.name)) return false;
    if (!head.is_word || head.latin || head.name_end != head.end) return false;
    if (lex_.common.Contains(head.bare) || lex_.common.Contains(head.name)) return false;
    for (uint32_t id : gaz_.Lookup(PlaceKey(head.name))) {
      const GazetteerEntry& e = gaz_.entry(id);
      const std::string& fc = e.location.feature_code;
      if (fc == "PCLI" || fc == "CONT" || fc == "ADM1" || e.feature_class == 'L' || e.feature_class == 'H') return true;
    }
    return false;
  }

  // PlaceMention::name_span of the words [at, end): without a leading
  // facility, cue or class word (and a quote mark after it) when a name
  // follows it within the mention.
  void SetNameSpan(size_t at, size_t end, PlaceMention* m) const {
    size_t from = at;
    const CuePhrase* head = nullptr;
    for (const PhraseList* list : {&lex_.facility, &lex_.cue, &lex_.name_head})
      if (!head) head = MatchStart(words_, at, *list, /*allow_bare=*/false);
    if (head) {
      size_t k = at + head->words.size();
      if (k < end && words_[k].quote) ++k;
      if (k < end && words_[k].is_word) from = k;
      m->in_org_name = from != at && head->words.size() == 1 && lex_.institution.Contains(head->words[0]);
    }
    uint32_t first = from == at ? m->span.begin : doc_.tokens[words_[from].name_first].span.begin;
    uint32_t last = m->span.end;
    if (end == from + 2 && ModifierTail(words_[from], words_[end - 1])) last = doc_.tokens[words_[from].end - 1].span.end;
    m->name_span = Span{first, last};
  }

  Pending& AddMention(size_t at, size_t end, std::span<const uint32_t> ids, const char* how,
                      const std::string& facility_codes) {
    Pending& p = out_->emplace_back();  // built in place; nothing else is added to out_ meanwhile
    p.sentence = sentence_;
    p.names_local_landmark = at > 0 && end < words_.size() && words_[at].latin && words_[end].latin &&
                             words_[at - 1].text == "the" &&  // norm text: "The" too
                             lex_.local_landmark.Contains(words_[end].text);
    p.candidates = ids;
    p.facility_codes = facility_codes;
    if (!facility_codes.empty() && end > at + 1) {
      const Word& last = words_[end - 1];
      p.facility_named_by_word = !last.latin && (lex_.common.Contains(last.bare) || (lex_.weak_word.Contains(last.bare) &&
                                                                                      !lex_.person_name.Contains(last.bare)));
    }
    const Word& a = words_[at];
    // An honorific after a name (مكة المكرمة) is matched with it but is not
    // part of the name's span — unless the name alone is the common noun of
    // an anaphor (المدينة "the city"): المدينة المنورة is the name itself.
    size_t shown = end;
    const bool epithet =
        end - at >= 2 && (lex_.epithet.Contains(words_[end - 1].name) || lex_.epithet.Contains(words_[end - 1].text));
    if (epithet && !(end - at == 2 && lex_.anaphor.contains(std::string(words_[at].name)))) --shown;
    p.epithet_in_span = epithet && shown == end && end - at == 2;
    const Word& z = words_[shown - 1];
    uint32_t first = last_whole_ ? a.first : a.name_first;
    // A Romance name's last word takes no Arabic enclitic (سانتانا is not
    // سانتا + نا).
    const bool after_name_link = shown >= at + 3 && lex_.name_link.Contains(words_[shown - 2].name);
    // A later word of a name is matched as written (Key): its span is the
    // whole word, enclitic letters and all (سبين بولدك).
    uint32_t last = (last_full_ && shown == at + 1) || after_name_link || shown >= at + 2 ? z.end : z.name_end;
    last_whole_ = last_full_ = false;
    p.m.tokens = TokenRange{first, last};
    p.m.span = Span{doc_.tokens[first].span.begin, doc_.tokens[last - 1].span.end};
    SetNameSpan(at, end, &p.m);
    p.m.head_noun_alone = end == at + 1 && a.article && !a.latin &&
                          lex_.state_head.Contains(std::string(kArticle) + std::string(a.bare));
    // A common noun with its adjective (القارة الأفريقية "the African
    // continent", للقارة الأوروبية) names the place by description: read and
    // resolved, but no proper name for NER, as the lone head noun is not.
    if (end >= at + 2 && a.article && !a.latin &&
        lex_.descriptive_head.Contains(std::string(kArticle) + std::string(a.bare)))
      p.m.head_noun_alone = true;
    // The one word of the name, or of a facility's name (مطار المدينة), is an
    // anaphor, without the epithet that would make it a name (المدينة المنورة).
    if (shown == end && (end == at + 1 || std::string_view(how) == "facility")) {
      const Word& nw = words_[end - 1];
      auto a = lex_.anaphor.find(std::string(nw.name));
      if (a != lex_.anaphor.end() && !nw.latin) {
        p.anaphor = a->second;
        const Word* before = end - 1 > 0 ? &words_[end - 2] : nullptr;
        p.demonstrative = before && before->is_word && end - 1 == at &&
                          (lex_.demonstrative.Contains(before->text) || lex_.demonstrative.Contains(before->name));
      }
    }
    FindRelation(at, end, &p);
    word_of_.push_back({at, end});
    return p;
  }

  // Right after a locative في, the word at `at` ends its phrase: the
  // sentence ends or goes on with punctuation (no quote mark), a word joined
  // by و, a function word (a preposition) or a date.
  bool LexNameEndsHere(size_t at) const {
    const CuePhrase* in = nullptr;
    if (MatchEnding(words_, at, lex_.locative_link, &in, false) < 0) return false;
    if (at + 1 >= words_.size()) return true;
    const Word& next = words_[at + 1];
    if (!next.is_word) return !next.quote;
    if (next.latin) return false;
    // و split off as a proclitic (وسلّمته) or standing alone, not a word
    // that merely begins with the letter (وزارة); a relation or cue word
    // after the name (في X وسط البلاد، في X ولاية Y) ends its phrase too.
    const bool joined_by_wa = doc_.TokenText(next.first) == "\xD9\x88" &&  // و
                              (next.end == next.first + 1 || doc_.tokens[next.first].piece == Piece::kProclitic);
    return joined_by_wa || IsRelationOrCueWord(next) || lex_.function_word.Contains(next.name) ||
           lex_.function_word.Contains(next.text) || InDate(next);
  }

  // Can the Arabic word at `at`, which the gazetteer lacks, be a town's
  // name? Written without a clitic, of four letters or more, and known to
  // no lexicon as a word. An Arabic town's name often has the article
  // (القطينة، الروصيرص): after a spatial relation (قرب، شمال، شرقي), which
  // is said of places, a definite word is tried too, its article matched to
  // a Latin one (Al Qitena); after في it is mostly a body or a thing (مصدر
  // في الحزام, the Security Belt forces), so only `definite_too` allows it.
  bool UnknownAfterRelation(size_t at, bool definite_too) const {
    const Word& w = words_[at];
    if (!w.is_word || w.latin || w.proclitic || w.tanween || w.bad_split || w.hashtag) return false;
    if (w.article && !definite_too) return false;
    if (w.name_end != w.end || w.name_first != w.first) return false;
    // Three letters do (لوق Luuq, كاو Gao) without the article: the fallback
    // keeps a short skeleton only in the document's countries, near its
    // places, and DropUnconfirmed only a town of the country it names.
    if (w.bare.size() < (w.article ? 8u : 6u)) return false;  // 4 or 3 Arabic letters
    if (w.article && (lex_.common.Contains(w.name) || lex_.weak_word.Contains(w.name) || lex_.lex_word.Contains(w.name)))
      return false;
    // A word of four letters or more only the UniversalPetrarch lists know
    // (no core word, no common noun, no person's name) right after a
    // locative في is tried as a foreign name is when what follows it ends a
    // place's phrase — punctuation, a word joined by و, a function word or a
    // date (في واجد وسلّمتها، وفي يفرن،) — for the lists also hold common
    // nouns, which govern a noun after them (في إجراء محادثات، في كتاب «…»).
    const bool lex_only_name = !w.article && w.bare.size() >= 8 && LexOnly(w) && LexNameEndsHere(at);
    return !lex_.not_place.Contains(w.text) && !lex_.function_word.Contains(w.bare) &&
           (!lex_.weak_word.Contains(w.bare) || lex_.part_only.Contains(w.bare) || lex_only_name) &&
           (!lex_.lex_word.Contains(w.bare) || lex_only_name) && !lex_.common.Contains(w.bare) &&
           !lex_.person_name.Contains(w.name) && !IsRelationOrCueWord(w);
  }

  // "منطقة كوري X": a nationality adjective (كوري "Korean") describes the
  // noun before it; right after a cue word (منطقة، بلدة), indefinite and
  // followed by a word no lexicon knows (not a date, not definite), it is the
  // first word of a two-word name.
  bool NisbaBeginsName(size_t at) const {
    const Word& w = words_[at];
    if (!w.is_word || w.latin || w.article || w.proclitic || w.tanween || w.bad_split || w.hashtag) return false;
    if (w.name_end != w.end || w.name_first != w.first || !lex_.nationality.Find(w.name)) return false;
    if (RunLength(at) < 2) return false;
    const Word& b = words_[at + 1];
    // The second word may begin with a letter the segmenter took for a
    // proclitic (ب + وقودي): no ب or ل stands between an adjective and a name.
    return !b.article && !InDate(b) && (UnknownAfterRelation(at + 1, false) || GluedDatelineName(b)) &&
           !lex_.nationality.Find(b.name) && NameAfterLocativeLink(at + 1);
  }

  // After في a word no lexicon lists is mostly an Arabic noun the lexicons
  // miss: one ending in taa marbuta (في خطوة), with an unsplit possessive
  // (في أصولها، في ذهنه), or governing a definite noun in the construct state (في
  // أسعار النفط، في ظروف الاحتلال). A town's name is followed by a date, a
  // comma, a verb or a preposition (في توماكو الأربعاء، وفي بويا،).
  bool NameAfterLocativeLink(size_t at) const {
    const std::string_view orig = words_[at].orig;
    if (orig.ends_with("\xD8\xA9") || orig.ends_with("\xD9\x87\xD8\xA7") ||  // ة، ها
        orig.ends_with("\xD9\x87\xD9\x85"))                                      // هم
      return false;
    // A final ه after a consonant is the possessive "his" (في ذهنه، في
    // حذائه); foreign names write a final e as يه (موريه، كاباريه).
    if (orig.ends_with("\xD9\x87") && !orig.ends_with("\xD9\x8A\xD9\x87")) return false;
    if (at + 1 < words_.size() && words_[at + 1].is_word && !words_[at + 1].latin && words_[at + 1].article &&
        !words_[at + 1].proclitic && !InDate(words_[at + 1]))
      return false;
    // A three-letter noun governs one with a possessive as often (في عقر
    // داره، في صلب عمله): what follows a three-letter name is no such word.
    if (words_[at].bare.size() < 8 && at + 1 < words_.size() && words_[at + 1].is_word && !words_[at + 1].latin &&
        !words_[at + 1].proclitic) {
      const std::string_view next = words_[at + 1].orig;
      if (words_[at + 1].name_end != words_[at + 1].end || next.ends_with("\xD9\x87\xD8\xA7") ||
          next.ends_with("\xD9\x87\xD9\x85") || (next.ends_with("\xD9\x87") && !next.ends_with("\xD9\x8A\xD9\x87")))
        return false;
    }
    return true;
  }

  // `whole_word`: the one word at name_at is the name as written, whatever
  // proclitic the segmenter split from it (GluedDatelineName).
  void AddUnknown(size_t span_at, size_t name_at, size_t end, const std::string& cue, bool whole_word = false) {
    Pending& p = AddMention(span_at, end, {}, "", "");
    p.cue = cue;
    p.m.resolved = false;
    p.m.reason = "not in gazetteer";
    // Only what reads as a name goes to the transliteration fallback: not a
    // word after a proclitic (المستشفى بجروح), with an enclitic (أهله) or
    // known as a common word (منطقة الحدود).
    // A word only the UniversalPetrarch lists know (`lex`, which mix names
    // with common words: كداده) may be a name here, if it has four letters
    // or more (two-consonant skeletons of short words collide: خار); after a
    // settlement noun (مدينة بول، بلدة كاو) three do, since the fallback
    // keeps a short skeleton only in the document's country and near its
    // places.
    const bool settlement = SettlementCue(cue);
    const size_t lex_name_bytes = settlement ? 6 : 8;  // 3 or 4 Arabic letters
    bool name_like = !words_[name_at].proclitic;
    for (size_t k = name_at; k < end && name_like; ++k) {
      const std::string_view bare = words_[k].bare;
      const bool lex_name = lex_.lex_word.Contains(bare) && bare.size() >= lex_name_bytes;
      const bool after_name_link = k >= name_at + 2 && lex_.name_link.Contains(words_[k - 1].name);
      // A saint's title is followed by the saint's name (سان مارك، سانتا
      // ماريا): a first name or a word there is still the town's name.
      const bool after_prefix = k == name_at + 1 && lex_.name_prefix.Contains(words_[name_at].name);
      name_like = (words_[k].name_end == words_[k].end || after_name_link) &&
                  (lex_.name_prefix.Contains(words_[k].name) ||
                   ((!lex_.weak_word.Contains(bare) || lex_name || after_prefix || lex_.part_only.Contains(bare)) &&
                    (!lex_.common.Contains(bare) || after_prefix) && !lex_.function_word.Contains(bare)));
    }
    if (name_like) p.unknown_name = JoinText(name_at, end - name_at);
    else if (end == name_at + 1 && (whole_word || GluedInitialName(words_[name_at]) ||
                                    (settlement && GluedNameAfterSettlement(words_[name_at])))) {
      p.unknown_name = std::string(words_[name_at].text);
      p.m.span.begin = doc_.tokens[words_[name_at].first].span.begin;
    }
    // Written أل/إل (ألاماتا), the first letters are no article: the
    // transliteration fallback reads the hamza (HamzaAlefLamRead), which
    // the normalised text has lost.
    if (name_like && words_[name_at].hamza_article && p.unknown_name.starts_with("\xD8\xA7\xD9\x84"))
      p.unknown_name.replace(0, 2, "\xD8\xA3");
    // So is a later word's (سيوداد ألتاميرانو, Ciudad Altamirano).
    if (name_like && end > name_at + 1) {
      size_t at = p.unknown_name.find(' ');
      for (size_t k = name_at + 1; k < end && at != std::string::npos; ++k) {
        if (words_[k].hamza_article && p.unknown_name.compare(at + 1, 4, "\xD8\xA7\xD9\x84") == 0)
          p.unknown_name.replace(at + 1, 2, "\xD8\xA3");
        at = p.unknown_name.find(' ', at + 1);
      }
    }
  }

  // The relation words before the mention (شرقي إدلب، ريف حلب، near X, the
  // outskirts of X) or after it (the Aleppo countryside), and the side of
  // "ريف حلب الغربي".
  void FindRelation(size_t at, size_t end, Pending* p) {
    const CuePhrase* rel = nullptr;
    size_t before = at;
    // Skip a cue word between the relation and the name: شرق مدينة حلب.
    const CuePhrase* cue = nullptr;
    int cue_at = MatchEnding(words_, before, lex_.cue, &cue);
    int r = RelationBefore(before, &rel);
    if (r < 0 && cue_at >= 0) r = RelationBefore(cue_at, &rel);
    // An English name whose Arabic article is written as a word of its own
    // ("north-west of El Fasher", "near Al Qaim") may be read without it: the
    // relation governs the article and the name together.
    if (r < 0 && cue_at < 0 && at > 0 && SeparateLatinArticle(words_[at - 1])) r = RelationBefore(at - 1, &rel);
    if (r >= 0) {
      p->m.relation = rel->value;
      size_t last = r + rel->words.size() - 1;
      p->m.relation_span = Span{doc_.tokens[words_[r].name_first].span.begin,
                                doc_.tokens[words_[last].name_end - 1].span.end};
    } else if (end < words_.size()) {
      if (const CuePhrase* after = MatchStart(words_, end, lex_.relation_after)) {
        p->m.relation = after->value;
        size_t last = end + after->words.size() - 1;
        p->m.relation_span = Span{doc_.tokens[words_[end].name_first].span.begin,
                                  doc_.tokens[words_[last].name_end - 1].span.end};
      }
    }
    if (end < words_.size()) {
      if (const CuePhrase* d = MatchStart(words_, end, lex_.direction)) {
        p->direction = d->value;
        if (p->m.relation == "in") {  // "the western Aleppo countryside" reads the other way round
          p->m.relation = "in";
        }
      }
    }
    // English "western Syria", "southern Idlib": a side before the name.
    if (r < 0 && at > 0 && words_[at].latin) {
      const CuePhrase* d = nullptr;
      if (MatchEnding(words_, at, lex_.direction, &d) >= 0) p->direction = d->value;
    }
  }

  // "X في ريف حلب"، "X، إدلب"، "X شرقي إدلب"، "X in Idlib": the next mention of
  // the sentence is X's parent when only link words, a comma or Y's own
  // relation words stand between them.
  void LinkParents(size_t first_new) {
    for (size_t i = first_new; i + 1 < out_->size(); ++i) {
      Pending& x = (*out_)[i];
      Pending& y = (*out_)[i + 1];
      size_t gap_at = word_of_[i - first_new].second;
      size_t y_at = word_of_[i + 1 - first_new].first;
      // Where Y's own words start: its relation words, or a cue word.
      size_t y_start = y_at;
      if (!y.m.relation_span.empty()) {
        while (y_start > gap_at && doc_.tokens[words_[y_start - 1].first].span.begin >= y.m.relation_span.begin)
          --y_start;
      }
      const CuePhrase* cue = nullptr;
      int c = MatchEnding(words_, y_start, lex_.cue, &cue);
      if (c >= static_cast<int>(gap_at)) y_start = c;
      if (y_start < gap_at) continue;
      size_t gap = y_start - gap_at;
      bool linked = false;
      if (gap == 0 && !y.m.relation_span.empty()) {
        linked = true;  // X شرقي Y، X بريف Y
        x.parent_relation = y.m.relation;
      } else if (gap == 1 && words_[gap_at].comma) {
        linked = true;
        x.comma_parent = true;
      } else if (gap == 0 && words_[y_start].proclitic && !words_[y_start].latin &&
                 doc_.TokenText(words_[y_start].first) == "\xD8\xA8") {  // X بحلب، X بولاية Y
        linked = true;
      } else if (gap > 0) {
        for (const auto& l : lex_.link)
          if (l.words.size() == gap && MatchAt(words_, gap_at, l)) linked = true;
      }
      if (linked) x.m.parent = static_cast<int32_t>(i + 1);
    }
  }

  const Doc& doc_;
  const PlaceLexicon& lex_;
  const Gazetteer& gaz_;
  uint32_t sentence_;
  std::vector<Pending>* out_;
  std::vector<Word>& words_;  // the document's buffer (DocCache::words), rebuilt per sentence
  // Set by Longest() when it matched a first word with its proclitics, read
  // by the AddMention() that follows it.
  mutable bool last_whole_ = false;
  // The word after و that is a dual cue's second name (ReadWholeAfterWa), and the cue's kind.
  size_t dual_second_ = SIZE_MAX;
  std::string dual_cue_;
  mutable bool last_full_ = false;  // the same, when it matched the first word with its enclitics
  std::vector<std::pair<size_t, size_t>> word_of_;  // word range of each mention added by this reader
  std::unordered_set<std::string>* org_keys_;
  DocCache* cache_;  // the document's, shared by its sentences
};

// ---------------------------------------------------------------------------
// Disambiguation

struct Resolved {
  const GazetteerEntry* e;
  std::string text;  // as written, for reasons
};

class Resolver {
 public:
  Resolver(const Doc& doc, const Gazetteer& gaz, const TransliterationIndex* translit,
           const std::unordered_map<uint32_t, uint32_t>& seats, std::vector<Pending>* pending,
           const std::unordered_map<std::string, int>* nationality = nullptr,
           const std::vector<uint32_t>* country_entries = nullptr)
      : doc_(doc), gaz_(gaz), translit_(translit), seats_(seats), p_(*pending), nationality_(nationality),
        country_entries_(country_entries) {}

  void Run() {
    // Each mention's name as written, keyed once for the passes that compare
    // mentions pairwise (valid until DropUnconfirmed erases mentions).
    written_keys_.clear();
    // An epithet kept in the span (المدينة المنورة) is no part of how the
    // name is written: the place is still called by its main name.
    for (const Pending& p : p_) {
      std::string key = NormalizeKey(doc_.norm(p.m.span));
      if (p.epithet_in_span && key.rfind(' ') != std::string::npos) key.resize(key.rfind(' '));
      written_keys_.push_back(std::move(key));
    }
    for (size_t i = 0; i < p_.size(); ++i) AsNamedWithItsCue(i);
    // 1. Places with one reading set the context.
    for (size_t i = 0; i < p_.size(); ++i) {
      Pending& p = p_[i];
      if (p.candidates.empty() || p.tentative) continue;
      if (!p.anaphor.empty()) {
        ChooseInCountry(i, p.anaphor);
      } else if (p.candidates.size() == 1 && p.cue != "neighbourhood") {
        // A quarter's one namesake may be another town's quarter: it waits
        // for the context (Score, NeighbourhoodHere).
        Choose(i, p.candidates[0], "only candidate");
      } else {
        int countries = 0;
        for (uint32_t id : p.candidates) countries += IsCountry(gaz_.entry(id));
        uint32_t country = 0;
        int64_t other_pop = 0;
        for (uint32_t id : p.candidates) {
          if (IsCountry(gaz_.entry(id))) country = id;
          else other_pop = std::max(other_pop, gaz_.entry(id).population);
        }
        // A country's name wins over small namesakes; over a big city
        // (عمان: Oman, Amman) only in context (Score).
        if (countries == 1 && other_pop < 100000 && p.cue.empty() && p.facility_codes.empty())
          Choose(i, country, "country name");
      }
    }
    for (size_t i = 0; i < p_.size(); ++i)
      if (p_[i].m.resolved && p_[i].m.entry >= 0) NamesakeInTheDocumentCountry(i);
    // Country prior: the country most of the resolved places are in.
    std::unordered_map<std::string, int> by_country;
    for (const auto& p : p_)
      if (p.m.resolved && !p.tentative && !p.m.location.country.empty()) by_country[p.m.location.country]++;
    int best = 0;
    for (const auto& [c, n] : by_country)
      if (n > best || (n == best && c < prior_)) best = n, prior_ = c;
    if (by_country.size() == 1) one_country_ = prior_;
    // A country the report both places a sure place in and names the
    // nationality of ("Beninese soldiers" under COTONOU) is one of its own
    // countries, though a neighbour's places outnumber it.
    if (nationality_ != nullptr)
      for (const auto& [c, n] : by_country)
        if (NationalityNamed(c)) own_countries_.insert(c);
    // A report whose sure places are countries alone (neighbours: a border
    // with Gambia) has for its own the countries whose nationality it names
    // (one to three: the Senegalese army), as Transliterate reads them.
    bool countries_alone = !by_country.empty();
    for (const auto& p : p_)
      if (p.m.resolved && !p.tentative && p.m.entry >= 0 && !IsCountry(gaz_.entry(p.m.entry))) countries_alone = false;
    if (countries_alone)
      for (uint32_t id : NamedNationalityCountries()) own_countries_.insert(gaz_.entry(id).location.country);
    // A tie (a dateline town of one country, two neighbours named once):
    // the nationality the report names most among the tied countries, when
    // one leads (جنود بنينيين: Benin), else the first code as before.
    if (nationality_ != nullptr && by_country.size() > 1) {
      std::string lead;
      int most = 0, ties = 0;
      for (const auto& [c, n] : by_country) {
        if (n != best) continue;
        auto it = nationality_->find(c);
        int k = it == nationality_->end() ? 0 : it->second;
        if (k > most) most = k, lead = c, ties = 0;
        else if (k == most) ++ties;
      }
      if (most > 0 && ties == 0) prior_ = lead;
    }
    // No place with one reading: the nationality the report names most
    // (الجيش اللبناني) is its country — طرابلس alone is then Lebanon's
    // Tripoli. A tie names none.
    if (by_country.empty() && nationality_ != nullptr) {
      int most = 0, ties = 0;
      std::string c;
      for (const auto& [cc, n] : *nationality_)
        if (n > most) most = n, c = cc, ties = 0;
        else if (n == most) ++ties;
      if (most > 0 && ties == 0) prior_ = c;
    }
    for (size_t i = 0; i < p_.size(); ++i) DoubtFoldedStray(i);
    // 2. Parents before their children, then the rest in text order.
    std::vector<size_t> scored;
    for (int round = 0; round < 2; ++round)
      for (size_t i = 0; i < p_.size(); ++i) {
        Pending& p = p_[i];
        if (p.m.resolved || p.candidates.empty()) continue;
        bool has_unresolved_parent = p.m.parent >= 0 && !p_[p.m.parent].m.resolved &&
                                     !p_[p.m.parent].candidates.empty();
        if (round == 0 && has_unresolved_parent) continue;
        Score(i);
        scored.push_back(i);
      }
    // Read in text order, a name met early saw only the places before it; a
    // report names its places all through ("... in Kostiantynivka. ... near
    // Pokrovsk"), so each is read once more with all the others as context.
    // A country among the readings is weighed by its own rules (a country's
    // name, named among countries), which later towns should not overturn.
    for (size_t i : scored)
      if (p_[i].m.resolved && p_[i].candidates.size() > 1 &&
          std::none_of(p_[i].candidates.begin(), p_[i].candidates.end(),
                       [&](uint32_t id) { return IsCountry(gaz_.entry(id)); }))
        Score(i);
    for (size_t i = 0; i < p_.size(); ++i) AsReadBefore(i);
    for (size_t i = 0; i < p_.size(); ++i) DoubtForeignAlternateName(i);
    for (size_t i = 0; i < p_.size(); ++i) DoubtFarSmallTown(i);
    for (size_t i = 0; i < p_.size(); ++i) DoubtFarDivisionNamingALandmark(i);
    for (size_t i = 0; i < p_.size(); ++i) ForeignNameOfTwoWords(i);
    for (size_t i = 0; i < p_.size(); ++i) ForeignPersianSpelling(i);
    if (translit_) Transliterate();
    for (size_t i = 0; i < p_.size(); ++i) NotAcrossTheWorldFromItsTown(i);
    DropUnconfirmed();
    CampNamedAfterAFarTown();
    // 3. Comma parents only when the parent is the larger unit; unknown names
    // hang under their nearest resolvable place in the sentence.
    for (size_t i = 0; i < p_.size(); ++i) {
      Pending& p = p_[i];
      if (p.m.parent >= 0 && p.comma_parent) {
        const Pending& y = p_[p.m.parent];
        bool larger = y.m.resolved && p.m.resolved
                          ? (y.m.location.feature_code.starts_with("ADM") || IsCountryCode(y.m.location)) &&
                                !(p.m.location.feature_code.starts_with("ADM") || IsCountryCode(p.m.location))
                          : y.m.resolved;
        if (!larger) p.m.parent = -1;
      }
      // The name again lies where it lay when it was introduced (the
      // village of X west of Y ... residents who fled X).
      if (!p.m.resolved && p.m.parent < 0 && p.cued_before) {
        const std::string key = NormalizeKey(doc_.norm(p.m.span));
        for (size_t j = 0; j < i; ++j)
          if (!p_[j].m.resolved && !p_[j].cued_before && p_[j].m.parent >= 0 &&
              NormalizeKey(doc_.norm(p_[j].m.span)) == key) {
            p.m.parent = p_[j].m.parent;
            break;
          }
      }
      if (!p.m.resolved && p.m.parent < 0) {
        int bestj = -1;
        uint32_t bestd = UINT32_MAX;
        for (size_t j = 0; j < p_.size(); ++j) {
          if (j == i || !p_[j].m.resolved || p_[j].sentence != p.sentence) continue;
          uint32_t d = p_[j].m.tokens.begin > p.m.tokens.begin ? p_[j].m.tokens.begin - p.m.tokens.end
                                                               : p.m.tokens.begin - p_[j].m.tokens.end;
          if (d < bestd) bestd = d, bestj = static_cast<int>(j);
        }
        p.m.parent = bestj;
      }
    }
    DropFarNamesakeOfAWordNamedFacility();
    // A market's unknown name that transliteration found no town for is
    // what the market sells or its own name (سوق انتقالات), no place.
    EraseMentions(&p_, [&](size_t i) { return p_[i].market_town && !p_[i].m.resolved; });
    for (auto& p : p_) Finish(&p);
  }

 private:
  // "مستشفى الثورة"، "مدرسة الأمل": a facility the gazetteer lacks, named
  // after an ordinary word, lies in the report's town; a small namesake town
  // of that word far from every other place of the document (a hamlet called
  // Ath Thawrah 500 km off) is not where it is.
  void DropFarNamesakeOfAWordNamedFacility() {
    for (size_t i = 0; i < p_.size(); ++i) {
      Pending& p = p_[i];
      if (!p.m.resolved || p.m.entry < 0 || p.facility_codes.empty() || p.tentative) continue;
      const GazetteerEntry& e = gaz_.entry(static_cast<uint32_t>(p.m.entry));
      if (!p.facility_named_by_word || !PlacedAtTown(p, e) || Strong(e)) continue;
      bool other = false, near = false;
      for (size_t j = 0; j < p_.size() && !near; ++j) {
        if (j == i || !p_[j].m.resolved || p_[j].m.entry < 0 || p_[j].tentative) continue;
        const GazetteerEntry& o = gaz_.entry(static_cast<uint32_t>(p_[j].m.entry));
        if (IsCountry(o)) continue;
        other = true;
        near = DistanceKm(o.location.lat, o.location.lon, e.location.lat, e.location.lon) < 100;
      }
      if (!other || near) continue;
      p.m.resolved = false;
      p.m.entry = -1;
      p.m.location = Location{};
      p.m.reason = "facility named after a word; its namesake " + e.location.name + " is far from the document's places";
    }
  }

  // "مخيم السمارة للاجئين قرب تندوف": a camp is often named after the town
  // its people came from; told near another town far from that one (over
  // 50 km), in the same phrase, it lies at the town it is near. (Gaza's and
  // Lebanon's camps, the Sahrawi camps near Tindouf.)
  void CampNamedAfterAFarTown() {
    for (size_t i = 0; i < p_.size(); ++i) {
      Pending& p = p_[i];
      if (p.cue != "camp" || !p.m.resolved || p.m.entry < 0 || i + 1 >= p_.size()) continue;
      const Pending& q = p_[i + 1];
      if (q.sentence != p.sentence || !q.m.resolved || q.m.entry < 0 || q.m.relation == "in" ||
          q.m.relation_span.empty() || q.m.tokens.begin < p.m.tokens.end || q.m.tokens.begin - p.m.tokens.end > 8)
        continue;
      const GazetteerEntry& e = gaz_.entry(static_cast<uint32_t>(q.m.entry));
      if (e.feature_class != 'P' || IsCountry(e)) continue;
      // No clause between: a comma or a full stop ends the phrase.
      bool clause = false;
      for (uint32_t t = p.m.tokens.end; t < q.m.tokens.begin && !clause; ++t) {
        const std::string_view w = doc_.TokenText(t);
        clause = w == "," || w == "\xD8\x8C" || w == "." || w == ";" || w == "\xD8\x9B";  // ، ؛
      }
      if (clause) continue;
      if (DistanceKm(p.m.location.lat, p.m.location.lon, e.location.lat, e.location.lon) <= 50) continue;
      const std::string named = p.m.location.name;
      Choose(i, static_cast<uint32_t>(q.m.entry), "a camp named after " + named + ", far from " + Written(i + 1) +
                                                       " it is told near: placed there");
    }
  }

  static bool IsCountryCode(const Location& l) {
    return l.feature_code.starts_with("PCL") || l.feature_code == "TERR";
  }

  std::string Written(size_t i) const { return std::string(doc_.OriginalText(p_[i].m.span)); }

  // An anaphor kept by its context names the place of its country (the
  // most populous candidate there); with none there it is no place.
  void ChooseInCountry(size_t i, const std::string& country) {
    const GazetteerEntry* best = nullptr;
    uint32_t best_id = 0;
    for (uint32_t id : p_[i].candidates) {
      const GazetteerEntry& e = gaz_.entry(id);
      if (e.location.country == country && (!best || e.population > best->population)) best = &e, best_id = id;
    }
    if (best) Choose(i, best_id, "named in its context (" + country + ")");
    else p_[i].tentative = true, p_[i].candidates = {};  // dropped with the unconfirmed
  }

  // One name, one place per document: once the writer has named a place
  // with its cue and the gazetteer lacks it (ولاية الجزيرة, kept unresolved),
  // the bare name later in the report is that place, not a namesake the
  // gazetteer has (الجزيرة: an alternate name of Algiers).
  void AsNamedWithItsCue(size_t i) {
    Pending& p = p_[i];
    if (p.candidates.empty() || !p.cue.empty() || !p.facility_codes.empty() || p.m.parent >= 0 ||
        !p.anaphor.empty())
      return;
    for (size_t j = 0; j < p_.size(); ++j) {
      const Pending& q = p_[j];
      if (q.cue.empty() || q.cue == "facility" || !q.candidates.empty() || q.m.resolved) continue;
      // A word tried as a town only because a relation stands before it
      // (بين غات، قرب X: a tentative guess, DropUnconfirmed) was named with
      // no cue: the gazetteer's reading of the name elsewhere stands.
      if (q.tentative) continue;
      if (written_keys_[j] != written_keys_[i]) continue;
      p.candidates = {};
      p.cue = q.cue;
      p.m.reason = "not in gazetteer; named with its cue in the document";
      return;
    }
  }

  void Choose(size_t i, uint32_t id, std::string reason) {
    Pending& p = p_[i];
    p.m.resolved = true;
    p.m.entry = static_cast<int32_t>(id);
    p.m.location = gaz_.entry(id).location;
    p.m.seat = SeatOf(gaz_, seats_, id);
    p.m.reason = std::move(reason);
  }

  // A foreign town's name of two words whose first word alone is a far
  // namesake's (بلدة بوني يادي in a report on Nigeria: Buni Yadi, not Boni
  // in Mali): when the one-word reading lies in none of the countries of the
  // document's other sure places, the two words are read together by
  // transliteration, and a two-word name found in those countries wins.
  void ForeignNameOfTwoWords(size_t i) {
    Pending& p = p_[i];
    if (!translit_ || !p.m.resolved || p.m.entry < 0) return;
    const bool settlement = SettlementCue(p.cue);
    const bool side = SideRelation(p.m.relation);
    const bool spatial = !p.m.relation.empty() && p.m.relation != "in";
    if (!settlement && !side && !spatial) return;
    // Both readings below want a second word: with none, the document's
    // places need not be gathered (they are, for each mention).
    if (!LastTokenOfTwoWords(i, /*rejoin_proclitic=*/true)) return;
    std::vector<uint32_t> sure;
    std::vector<std::string> countries;
    for (size_t j = 0; j < p_.size(); ++j) {
      if (j == i || !p_[j].m.resolved || p_[j].m.entry < 0 || p_[j].tentative) continue;
      // The name's own other mentions, read as the same namesake (بلدة بوني
      // يادي later on), are no evidence for that namesake's country.
      if (p_[j].m.entry == p.m.entry) continue;
      sure.push_back(static_cast<uint32_t>(p_[j].m.entry));
      if (!p_[j].m.location.country.empty()) countries.push_back(p_[j].m.location.country);
    }
    NationalitiesStandForCountries(sure, countries);
    // A town's name of two words whose first word is a better-known town's
    // of the same country (مدينة غاروا بولاي، قرب غاروا بولاي: Garoua
    // Boulai, not Garoua): after a settlement cue or a spatial relation, the
    // two words are read together in that country, and a two-word name
    // found there wins.
    if ((settlement || spatial) && gaz_.entry(p.m.entry).feature_class == 'P' &&
        (countries.empty() || std::find(countries.begin(), countries.end(), p.m.location.country) != countries.end())) {
      const std::vector<std::string> own{p.m.location.country};
      TransliterationContext context{settlement ? p.cue : "town", sure, -1};
      if (p.m.parent >= 0 && p_[p.m.parent].m.resolved) context.parent = p_[p.m.parent].m.entry;
      ReadTwoWordsTogether(i, context, &own);
      return;
    }
    // "قرب بوني يادي" as "شمال بوني يادي": any spatial relation names a place.
    if (!settlement && !side && !spatial) return;
    if (countries.empty() || std::find(countries.begin(), countries.end(), p.m.location.country) != countries.end())
      return;
    TransliterationContext context{settlement ? p.cue : "town", sure, -1};
    if (p.m.parent >= 0 && p_[p.m.parent].m.resolved) context.parent = p_[p.m.parent].m.entry;
    ReadTwoWordsTogether(i, context, &countries);
  }

  // GeoNames gives many towns abroad only a Persian or Urdu spelling in the
  // Arabic script (سانتا کروز, with Persian kaf, for a Santa Cruz of the
  // Philippines), and the key folds it into the Arabic one. A place read by
  // such a spelling alone, in a country none of the document's other sure
  // places is in, yields to a namesake in the document's countries found by
  // transliteration (Santa Cruz de la Sierra in a report on Bolivia).
  static constexpr double kFarSmallTownKm = 1500;
  void ForeignPersianSpelling(size_t i) {
    Pending& p = p_[i];
    if (!translit_ || !p.m.resolved || p.m.entry < 0 || p.tentative || !p.anaphor.empty()) return;
    if (doc_.tokens[p.m.tokens.begin].script != Script::kArabic) return;
    const GazetteerEntry& e = gaz_.entry(p.m.entry);
    if (IsCountry(e) || IsAdmin1(e) || IsRegion(e) || e.location.feature_code == "PPLC") return;
    // The place's names written as the text writes it, read first (the pass
    // over the document's other places below is a pass for every mention):
    // an Arabic spelling of its own holds in the Arab world and its
    // neighbours; elsewhere it is one transliteration among others (مورا for
    // a Mora of one country and a Moura of another). A village or small town
    // thousands of km from the report's country is no more than such a
    // namesake, even in the Arab world (دورا in a report on Djibouti is not
    // Dura near Hebron).
    bool written = false, own_arabic_spelling = false;
    for (const std::string& n : e.names) {
      if (NormalizedName(n) != written_keys_[i]) continue;
      written = true;
      if (!PersianLetters(n) && ArabicNamedCountry(e.location.country)) {
        own_arabic_spelling = true;
        break;
      }
    }
    if (!written) return;
    std::vector<uint32_t> sure;
    std::vector<std::string> countries;
    // A town of under 100,000 that seats nothing, over kFarSmallTownKm from
    // every other place of the document, its countries' own points included.
    bool far_small_town = e.feature_class == 'P' && e.population < 100000 &&
                          !e.location.feature_code.starts_with("PPLA");
    if (own_arabic_spelling && !far_small_town) return;
    for (size_t j = 0; j < p_.size(); ++j) {
      if (j == i || !p_[j].m.resolved || p_[j].m.entry < 0 || p_[j].tentative || p_[j].m.entry == p.m.entry) continue;
      sure.push_back(static_cast<uint32_t>(p_[j].m.entry));
      if (!p_[j].m.location.country.empty()) countries.push_back(p_[j].m.location.country);
      const Location& o = gaz_.entry(p_[j].m.entry).location;
      far_small_town &= DistanceKm(o.lat, o.lon, e.location.lat, e.location.lon) >= kFarSmallTownKm;
      if (own_arabic_spelling && !far_small_town) return;
    }
    // (An Arab-world town's own spelling stands against a nationality alone:
    // Israeli forces raid a village of Lebanon, not one of Israel.)
    if (!ArabicNamedCountry(e.location.country)) NationalitiesStandForCountries(sure, countries);
    if (countries.empty() || std::find(countries.begin(), countries.end(), e.location.country) != countries.end())
      return;
    TransliterationContext context{p.cue.empty() ? "town" : p.cue, sure, -1};
    if (p.m.parent >= 0 && p_[p.m.parent].m.resolved) context.parent = p_[p.m.parent].m.entry;
    context.persian_is_no_arabic = true;
    TransliterationChoice c = translit_->Choose(doc_.norm(p.m.span), context);
    if (c.id < 0 || c.id == p.m.entry) return;
    const GazetteerEntry& home = gaz_.entry(static_cast<uint32_t>(c.id));
    if (std::find(countries.begin(), countries.end(), home.location.country) == countries.end()) return;
    Choose(i, static_cast<uint32_t>(c.id), "a namesake in the document's countries; " + c.reason);
  }

  // Reads mention i, one Arabic word, with the free Arabic word after it by
  // transliteration; when that finds an entry with a Latin name of two words
  // or more (in one of `countries`, unless null), the mention takes both
  // words and the entry. Returns whether it did.
  bool ReadTwoWordsTogether(size_t i, const TransliterationContext& context, const std::vector<std::string>* countries) {
    Pending& p = p_[i];
    const std::optional<uint32_t> second_word_end = LastTokenOfTwoWords(i, /*rejoin_proclitic=*/countries != nullptr);
    if (!second_word_end) return false;
    const uint32_t last = *second_word_end;
    const Span both{p.m.span.begin, doc_.tokens[last].span.end};
    TransliterationChoice c = translit_->Choose(doc_.norm(both), context);
    if (c.id < 0) return false;
    const GazetteerEntry& e = gaz_.entry(static_cast<uint32_t>(c.id));
    if (countries && std::find(countries->begin(), countries->end(), e.location.country) == countries->end())
      return false;
    if (std::none_of(e.names.begin(), e.names.end(), [](const std::string& n) {
          return !n.empty() && static_cast<unsigned char>(n[0]) < 0x80 &&
                 n.find_first_of(" -") != std::string::npos;
        }))
      return false;
    p.m.span = both;
    p.m.tokens.end = last + 1;
    written_keys_[i] = NormalizeKey(doc_.norm(both));
    if (!p.unknown_name.empty()) p.unknown_name = std::string(doc_.norm(both));
    Choose(i, static_cast<uint32_t>(c.id), "two words read together; " + c.reason);
    // The one-word reading may have been doubted as a far small town (بن:
    // Baneh in Iran); the two-word reading found in the document's
    // countries is not that doubt's object.
    if (countries) p.tentative = false;
    return true;
  }

  // The last token of the Arabic word after the one-word mention i, when the
  // two could be read as one name (ReadTwoWordsTogether): a whole word of
  // the sentence, no place of its own; none otherwise.
  std::optional<uint32_t> LastTokenOfTwoWords(size_t i, bool rejoin_proclitic) const {
    const Pending& p = p_[i];
    if (p.m.tokens.size() != 1) return std::nullopt;
    const uint32_t next = p.m.tokens.end;
    if (next >= doc_.tokens.size() || p.sentence >= doc_.sentences.size() ||
        next >= doc_.sentences[p.sentence].tokens.end)
      return std::nullopt;
    const Token& t = doc_.tokens[next];
    const Token& first = doc_.tokens[p.m.tokens.begin];
    if (t.kind != TokenKind::kWord || t.script != Script::kArabic || !t.space_before ||
        first.piece != Piece::kWhole || first.script != Script::kArabic)
      return std::nullopt;
    // The segmenter splits a foreign word that begins like a proclitic
    // (بيانغ → ب + يانغ); read where the match must lie in the document's
    // countries, the word is taken whole again.
    uint32_t last = next;
    if (t.piece == Piece::kProclitic && rejoin_proclitic && next + 1 < doc_.sentences[p.sentence].tokens.end &&
        doc_.tokens[next + 1].piece == Piece::kStem && !doc_.tokens[next + 1].space_before &&
        (next + 2 >= doc_.tokens.size() || doc_.tokens[next + 2].piece != Piece::kEnclitic))
      last = next + 1;
    else if (t.piece != Piece::kWhole)
      return std::nullopt;
    for (const Pending& q : p_)
      if (q.m.tokens.begin <= last && next < q.m.tokens.end) return std::nullopt;  // a place of its own
    return last;
  }

  // One name, one place per document: a name written again with no parent
  // of its own is the place the report read it as before ("the village of
  // X, west of Y … outside X"), not a namesake the later context favours.
  bool AsReadBefore(size_t i) {
    const Pending& p = p_[i];
    // A country or division read on its own is the strongest reading there is.
    if (!p.m.resolved || p.m.parent >= 0 || p.m.entry < 0 || IsCountry(gaz_.entry(p.m.entry)) ||
        IsAdmin1(gaz_.entry(p.m.entry)))
      return false;
    for (size_t j = 0; j < i; ++j) {
      const Pending& q = p_[j];
      if (!q.m.resolved || q.tentative || q.m.entry < 0 || written_keys_[j] != written_keys_[i]) continue;
      const auto id = static_cast<uint32_t>(q.m.entry);
      if (id == static_cast<uint32_t>(p.m.entry)) return false;
      if (std::find(p.candidates.begin(), p.candidates.end(), id) == p.candidates.end()) return false;
      Choose(i, id, "as read before in the document (" + Written(j) + ")");
      return true;
    }
    return false;
  }

  // How near the nearest other place must be to count in Score.
  static constexpr double kNearestKm = 150;
  // Population weighs 2 log10(population): 4 is a factor of a hundred.
  static constexpr double kMainNameWeight = 4;

  void Score(size_t i) {
    if (SharedCountryName(p_[i])) return ResolveByDocumentCountry(i);
    if (p_[i].cue == "neighbourhood" ? !NeighbourhoodHere(i) : !QuarterOfParent(i)) return;
    if (!NearParent(i)) return;
    Pending& p = p_[i];
    const size_t n = p.candidates.size();
    // The reason of the heaviest weight a candidate got, as a code: its text
    // is made only for the candidate chosen (most candidates lose, and most
    // reasons would be strings on the heap).
    enum class Why : uint8_t {
      kNone, kParent, kFacility, kGovernorate, kCountryCue, kSettlement, kNeighbourhood, kDistrict, kSameAdmin,
      kNearest, kDateline, kPrior, kCountryName, kCountryOwnName, kAmongCountries, kWrittenAs, kMainName,
      kCueNamed, kRegionName, kMarks, kPopulated, kRelativeTown, kPopulation, kBestKnown,
    };
    struct Cand {
      uint32_t id;
      double score;
      Why why;
      double why_weight;
      // What the texts of kSameAdmin and kNearest name (views into doc_.original()).
      std::string_view same_admin, nearest_name;
      double nearest;
    };
    std::vector<Cand> cands;
    cands.reserve(n);
    const std::string& written = written_keys_[i];  // NormalizeKey of the mention as written (Run)
    const std::string written_squashed = Squashed(written);
    const Pending* parent = p.m.parent >= 0 && p_[p.m.parent].m.resolved ? &p_[p.m.parent] : nullptr;
    // Other mentions resolved as countries; none counted when the document
    // names the country of a rival town (الأردن … عمان: Amman).
    int countries_named = 0;
    // The sure places weighed as context, found once for all candidates: a
    // document names a handful, so a list searched in order does (no set).
    std::vector<const std::string*> named_countries;
    struct Context {
      const GazetteerEntry* o;
      Span span;
    };
    std::vector<Context> context;
    named_countries.reserve(p_.size());
    context.reserve(p_.size());
    for (size_t j = 0; j < p_.size(); ++j) {
      if (j == i || !p_[j].m.resolved || p_[j].m.entry < 0 || p_[j].tentative) continue;
      named_countries.push_back(&p_[j].m.location.country);
      const GazetteerEntry& o = gaz_.entry(p_[j].m.entry);
      if (IsCountry(o)) ++countries_named;
      // Another mention of the same name is no evidence for its own reading:
      // a namesake read once (القنيطرة as Kenitra) would otherwise hold its
      // other mentions in its country and they it.
      if (written_keys_[j] == written) continue;
      // A region's point is where a map puts its label: nearness to it says little.
      if (!IsCountry(o) && !IsRegion(o)) context.push_back({&o, p_[j].m.span});
    }
    // (Asked only while some country is counted, and once is enough.)
    for (size_t r = 0; r < p.candidates.size() && countries_named > 0; ++r) {
      const GazetteerEntry& e = gaz_.entry(p.candidates[r]);
      if (!IsCountry(e) && std::any_of(named_countries.begin(), named_countries.end(),
                                       [&](const std::string* c) { return *c == e.location.country; }))
        countries_named = 0;
    }
    // The text's marked letters are weighed only when it writes a mark
    // (MarksAgree): most names are written without, and no list is made.
    bool text_marks = false;
    std::vector<MarkedLetter> marked;
    if (const std::string_view as_written = doc_.OriginalText(p.m.span); HasArabicMark(as_written))
      marked = MarkedLetters(as_written, &text_marks);
    for (size_t r = 0; r < n; ++r) {
      uint32_t id = p.candidates[r];
      const GazetteerEntry& e = gaz_.entry(id);
      Cand c{id, 0, Why::kNone, 0, {}, {}, 0};
      auto because = [&c](double w, Why why) {
        c.score += w;
        if (w > c.why_weight) {
          c.why_weight = w;
          c.why = why;
        }
      };
      if (parent) {
        const GazetteerEntry& pe = gaz_.entry(parent->m.entry);
        if (!pe.admin1_code.empty() && pe.admin1_code == e.admin1_code) because(100, Why::kParent);
        else if (!SurelyFartherThanKm(pe.location.lat, pe.location.lon, e.location.lat, e.location.lon, 61) &&
                 DistanceKm(pe.location.lat, pe.location.lon, e.location.lat, e.location.lon) < 60)
          because(90, Why::kParent);
        else if (pe.location.country == e.location.country) because(30, Why::kParent);
      }
      if (!p.facility_codes.empty() && CodeIn(e.location.feature_code, p.facility_codes))
        because(60, Why::kFacility);
      if (!p.cue.empty()) {
        if ((p.cue == "governorate" || p.cue == "province") && IsAdmin1(e)) because(40, Why::kGovernorate);
        else if (p.cue == "country" && IsCountry(e)) because(40, Why::kCountryCue);  // دولة الكويت
        else if (SettlementCue(p.cue) && e.feature_class == 'P')
          because(20, Why::kSettlement);
        else if (p.cue == "neighbourhood" && e.location.feature_code == "PPLX") because(20, Why::kNeighbourhood);
        else if (p.cue == "district" && (e.location.feature_code == "ADM2" || e.location.feature_code == "PPLA2"))
          because(20, Why::kDistrict);
      }
      // Context: the other places of the document.
      double nearest = 1e9;
      std::string_view nearest_name, same_admin;  // as written: views into doc_.original()
      for (const Context& c : context) {
        const GazetteerEntry& o = *c.o;
        if (same_admin.empty() && !o.admin1_code.empty() && o.admin1_code == e.admin1_code)
          same_admin = doc_.OriginalText(c.span);
        // Only a distance under kNearestKm counts (below): a place surely
        // further is skipped without the trigonometry.
        if (SurelyFartherThanKm(o.location.lat, o.location.lon, e.location.lat, e.location.lon, kNearestKm + 1))
          continue;
        double d = DistanceKm(o.location.lat, o.location.lon, e.location.lat, e.location.lon);
        if (d < nearest) nearest = d, nearest_name = doc_.OriginalText(c.span);
      }
      c.same_admin = same_admin;
      c.nearest_name = nearest_name;
      c.nearest = nearest;
      if (!same_admin.empty()) because(25, Why::kSameAdmin);
      if (nearest < kNearestKm) because(20 * (1 - nearest / kNearestKm), Why::kNearest);
      // A report is filed from a city (a capital, a seat or a large town):
      // its dateline outweighs a country the text names in passing (العائدين
      // من إيران) that holds a hamlet of the same name.
      if (p.dateline && e.feature_class == 'P' &&
          (e.location.feature_code == "PPLC" || e.location.feature_code == "PPLA" || e.population >= 100000))
        because(15, Why::kDateline);
      if (!prior_.empty() && e.location.country == prior_)
        because(12, Why::kPrior);
      if (IsCountry(e) && p.cue.empty() && p.facility_codes.empty()) {
        because(16, Why::kCountryName);
        // A city that bears a country's name is mostly called by a longer
        // one (Mexico City, Panama City): a bare name that is the country's
        // own main name and no rival's is the country.
        if (OnlyCountryCalledSo(p, written)) because(12, Why::kCountryOwnName);
        // In a list of countries (البحرين، الإمارات، عمان) a name a country
        // shares with a city (Oman, Amman) is the country.
        if (countries_named >= 2) because(20, Why::kAmongCountries);
      }
      // Loose keys fold spellings together (Iraq, Irak: Arak's old name);
      // the name exactly as written beats a fold.
      if (WrittenAsNamed(written, e)) because(14, Why::kWrittenAs);
      // GeoNames lists a town's former names among its alternates (Engels
      // was Pokrovsk) without marking them: a name that is a place's own
      // main name today is the place meant over another's alternate, unless
      // that other is a hundred times larger (an exonym of a great city).
      if (WrittenAsMainName(written_squashed, e)) because(kMainNameWeight, Why::kMainName);
      // The cue and the name together are this unit's own name (منطقة الجوف).
      if (std::find(p.cue_named.begin(), p.cue_named.end(), id) != p.cue_named.end())
        because(30, Why::kCueNamed);
      if (IsRegion(e) && p.cue.empty() && p.facility_codes.empty()) because(8, Why::kRegionName);
      if (MarksAgree(marked, text_marks, e))
        because(60, Why::kMarks);  // the writer's own choice
      // Relations and plain mentions point at settlements before regions.
      if (e.feature_class == 'P') because(3, Why::kPopulated);
      if (p.m.relation != "in" && e.feature_class == 'P') because(4, Why::kRelativeTown);
      double pop = e.population > 0 ? 2 * std::log10(static_cast<double>(e.population)) : 0;
      because(pop, Why::kPopulation);
      because(2.0 * (n - r) / n, Why::kBestKnown);
      cands.push_back(c);
    }
    size_t best = 0;
    for (size_t k = 1; k < cands.size(); ++k)
      if (cands[k].score > cands[best].score) best = k;
    const Cand& b = cands[best];
    auto why_text = [&]() -> std::string {
      switch (b.why) {
        case Why::kNone: return "";
        case Why::kParent: return "in " + std::string(doc_.OriginalText(parent->m.span)) + " (named parent)";
        case Why::kFacility: return "a facility of that kind";
        case Why::kGovernorate: return "named as a governorate";
        case Why::kCountryCue: return "named as a country";
        case Why::kSettlement: return "named as a " + p.cue;
        case Why::kNeighbourhood: return "named as a neighbourhood";
        case Why::kDistrict: return "named as a district (or its seat)";
        case Why::kSameAdmin: return "same governorate as " + std::string(b.same_admin);
        case Why::kNearest:
          return "nearest to " + std::string(b.nearest_name) + " (" + std::to_string(static_cast<int>(b.nearest)) +
                 " km)";
        case Why::kDateline: return "a city a report is filed from (dateline)";
        case Why::kPrior: return "in the document's country (" + prior_ + ")";
        case Why::kCountryName: return "a country's name";
        case Why::kCountryOwnName: return "the country's own name";
        case Why::kAmongCountries: return "named among countries";
        case Why::kWrittenAs: return "written as its name";
        case Why::kMainName: return "its main name";
        case Why::kCueNamed: return "named with its cue";
        case Why::kRegionName: return "a region's name";
        case Why::kMarks: return "written vowels match " + gaz_.entry(b.id).location.name_ar;
        case Why::kPopulated: return "a populated place";
        case Why::kRelativeTown: return "a town for a relative position";
        case Why::kPopulation: return "largest population among " + std::to_string(n);
        case Why::kBestKnown: return "best-known among " + std::to_string(n);
      }
      return "";
    };
    Choose(i, b.id, why_text());
    if (NamesakeInTheDocumentCountry(i)) return;
    if (FarFromTheDocument(p, gaz_.entry(cands[best].id))) {
      p.tentative = true;  // dropped unless near a sure place (DropUnconfirmed)
      p.m.reason += "; outside the document's country (" + one_country_ + ")";
    }
  }

  // When all the document's sure places lie in one country, a bare name read
  // as a little-known town of another country needs more than its name: a
  // report from Mogadishu that names a shop or a station after a far town
  // (الأندلس) is not about that town. A cue, a relation, a facility word or a
  // named parent is such evidence; so is being a country, a division, a
  // capital or seat, a region or a city of 100k+.
  bool FarFromTheDocument(const Pending& p, const GazetteerEntry& e) const {
    if (one_country_.empty() || e.location.country == one_country_ || e.location.country.empty()) return false;
    if (!p.cue.empty() || !p.facility_codes.empty() || p.m.parent >= 0 || p.m.relation != "in") return false;
    const std::string& f = e.location.feature_code;
    return !(IsCountry(e) || IsAdmin1(e) || IsRegion(e) || f == "PPLC" || f == "PPLA" || e.population >= 100000);
  }

  // A report whose sure places all lie in one country names, after a
  // settlement cue, a little-known town of another country (كتم: Kitim in
  // Jordan, by its Arabic name) where its own country has a town of that
  // name in Latin letters only (Kutum in Sudan): the town of the report's
  // country is meant. Found by transliteration among that country's places;
  // returns whether it was.
  bool NamesakeInTheDocumentCountry(size_t i) {
    Pending& p = p_[i];
    const GazetteerEntry& e = gaz_.entry(p.m.entry);
    std::string country = CountryOfTheOthers(i);
    if (!translit_ || country.empty() || e.location.country == country || e.location.country.empty())
      return false;
    const std::string& f = e.location.feature_code;
    // The small seat of another country's province is as little known
    // (قلات: Qalat, seat of Zabul, against Kalat in a report on Balochistan).
    const bool small_seat = f == "PPLA" && e.population < 100000;
    if (IsCountry(e) || IsAdmin1(e) || IsRegion(e) || (Strong(e) && !small_seat) || f == "PPLC") return false;
    for (uint32_t id : p.candidates)
      if (gaz_.entry(id).location.country == country) return false;  // scored as usual
    std::vector<uint32_t> sure;
    for (size_t j = 0; j < p_.size(); ++j)
      if (j != i && p_[j].m.resolved && p_[j].m.entry >= 0 && !p_[j].tentative)
        sure.push_back(static_cast<uint32_t>(p_[j].m.entry));
    // Only a name the text marks as a town's (a settlement cue, or a side
    // of it: جنوب قلات): a bare name's short skeleton finds a namesake
    // anywhere (صيدا, s-d: Sa'ad).
    const bool settlement = SettlementCue(p.cue);
    const bool side = SideRelation(p.m.relation);
    if (sure.empty() || !(settlement || side)) return false;
    TransliterationContext context{settlement ? p.cue : "town", sure, -1};
    if (p.m.parent >= 0 && p_[p.m.parent].m.resolved) context.parent = p_[p.m.parent].m.entry;
    // A reading the gazetteer gives the word is set aside for a surer one
    // than a tie broken on vowels (the word may begin a two-word name).
    context.vowel_tie_break = false;
    TransliterationChoice c = translit_->Choose(doc_.norm(p.m.span), context);
    if (c.id < 0 || gaz_.entry(static_cast<uint32_t>(c.id)).location.country != country) return false;
    Choose(i, static_cast<uint32_t>(c.id), "in the document's country (" + country + "); " + c.reason);
    return true;
  }

  // A lone namesake reached only through a loose spelling fold ("Kila" ~
  // Killa, a Colombian city's nickname; "Kuriga" ~ Kouriga in Morocco) in a
  // country none of the document's other places is in, and over 1500 km
  // from all of its towns, is a stray: it is kept only near a sure place
  // (DropUnconfirmed). A country, a division, a region or a capital is named
  // from afar and stays; so does a folded spelling of a town of the region
  // (Bint Jbeil for Bent Jbail in a report on Syria and Lebanon).
  void DoubtFoldedStray(size_t i) {
    Pending& p = p_[i];
    if (!p.m.resolved || p.m.entry < 0 || p.tentative || p.candidates.size() != 1 || !p.anaphor.empty()) return;
    const GazetteerEntry& e = gaz_.entry(p.m.entry);
    if (IsCountry(e) || IsAdmin1(e) || IsRegion(e) || e.location.feature_code == "PPLC") return;
    // Words glued or joined by '_' in a hashtag (#حفر_الباطن) are the name as written.
    auto squash = [](std::string k) {
      std::erase_if(k, [](char c) { return c == ' ' || c == '_'; });
      return k;
    };
    const std::string written = squash(NormalizeKey(doc_.norm(p.m.span)));
    if (squash(NormalizedName(e.location.name)) == written) return;
    for (const std::string& name : e.names)
      if (squash(NormalizedName(name)) == written) return;
    if (!FarFromEveryCountryOfTheDocument(i, e)) return;
    p.tentative = true;
    p.m.reason += "; a loose spelling of a name in none of the document's countries";
  }

  // Whether entry e, read for place i, is in none of the countries of the
  // document's other sure places and over 1500 km from each of them that is
  // no country or region — with at least one such place to judge by.
  bool FarFromEveryCountryOfTheDocument(size_t i, const GazetteerEntry& e, double far_km = 1500) const {
    bool others = false;
    for (size_t j = 0; j < p_.size(); ++j) {
      if (j == i || !p_[j].m.resolved || p_[j].tentative || p_[j].m.location.country.empty()) continue;
      const Location& o = p_[j].m.location;
      if (o.country == e.location.country) return false;
      if (p_[j].m.entry < 0 || IsCountry(gaz_.entry(p_[j].m.entry)) || IsRegion(gaz_.entry(p_[j].m.entry))) continue;
      if (DistanceKm(o.lat, o.lon, e.location.lat, e.location.lon) < far_km) return false;
      others = true;
    }
    return others;
  }

  // The gazetteer keeps the district towns of whole countries (doc/gazetteer.md),
  // and their names recur the world over (Delmas, a Port-au-Prince commune and a
  // South African town): a little-known town (not `Strong`, no seat of a
  // first-level division) in a country none of the document's sure places is
  // in, and over 1500 km from every one of them that is no country or region,
  // is a stray namesake: it is kept only near a sure place (DropUnconfirmed).
  void DoubtFarSmallTown(size_t i) {
    Pending& p = p_[i];
    if (!p.m.resolved || p.m.entry < 0 || p.tentative || !p.anaphor.empty()) return;
    const GazetteerEntry& e = gaz_.entry(p.m.entry);
    const std::string& f = e.location.feature_code;
    if (e.feature_class != 'P' || f == "PPLC" || f == "PPLA" || e.location.country.empty()) return;
    // A town of the region is known to Arabic reports on the region, not
    // beyond it: one named bare (no cue, no relation, not the dateline) in
    // a report that names neither its country nor its nationality and whose
    // other places all lie in one far country is a namesake of a common word
    // (في مقلع للحجارة, 'at a stone quarry', in a report on Kenya: Mekla,
    // Algeria). A report telling of several countries may name any town.
    const bool region_town_unsupported = !StrongAnywhere(e) && OtherPlacesInOneCountry(i) && p.cue.empty() &&
                                         p.facility_codes.empty() &&
                                         p.m.relation == "in" && p.m.parent < 0 && !p.dateline &&
                                         !NationalityNamed(e.location.country);
    if (Strong(e) && !region_town_unsupported) return;
    // A quarter is named by reports on its own town: one of another country
    // than all the document's places, and not within 50 km of them, is a
    // namesake (مركز مدينة أربيل read as a Syrian "City Centre").
    if (!FarFromEveryCountryOfTheDocument(i, e, f == "PPLX" ? 50 : 1500)) return;
    p.tentative = true;
    p.m.reason += "; a small town far from the document's places, in none of its countries";
  }

  // "the Oromia neighbourhood", "the Borgou hotel": an English name
  // between "the" and a noun of a town's landmark (either case: "the
  // Borgou Hotel") (data/en/
  // places.tsv `local_landmark`) names a quarter, hotel or market of the
  // town the report is about, often after a far province. Read as a
  // first-level division or a region in none of the countries of the
  // document's other sure places and over 1000 km from them, it is that
  // landmark's namesake: kept only near a sure place (DropUnconfirmed).
  void DoubtFarDivisionNamingALandmark(size_t i) {
    Pending& p = p_[i];
    if (!p.m.resolved || p.m.entry < 0 || p.tentative || p.dateline || !p.anaphor.empty() || !p.cue.empty()) return;
    const GazetteerEntry& e = gaz_.entry(p.m.entry);
    if (IsCountry(e) || !(IsAdmin1(e) || IsRegion(e))) return;
    if (!p.names_local_landmark) return;
    if (!FarFromEveryCountryOfTheDocument(i, e, 1000)) return;
    p.tentative = true;
    p.m.reason += "; a far division naming a local landmark";
  }

  // Whether the document's sure places but place i lie in one country.
  bool OtherPlacesInOneCountry(size_t i) const {
    const std::string* country = nullptr;
    for (size_t j = 0; j < p_.size(); ++j) {
      if (j == i || !p_[j].m.resolved || p_[j].tentative || p_[j].m.location.country.empty()) continue;
      if (country && *country != p_[j].m.location.country) return false;
      country = &p_[j].m.location.country;
    }
    return country != nullptr;
  }

  bool NationalityNamed(const std::string& country) const {
    if (nationality_ == nullptr) return false;
    auto it = nationality_->find(country);
    return it != nationality_->end() && it->second > 0;
  }

  // GeoNames lists many alternate names per place, old, foreign and
  // misspelt ones among them (Hamas for Hamm, Nasir for a Turkish town, Raj
  // for Rey): a place read by a name other than its main Latin or Arabic one,
  // in a country none of the document's other sure places is in and over
  // 1500 km from the towns of its main country and its well-known places,
  // is a stray namesake of the name the writer meant. It is kept only near
  // a sure place (DropUnconfirmed). A country, a division, a region or a
  // capital stays.
  void DoubtForeignAlternateName(size_t i) {
    Pending& p = p_[i];
    if (!p.m.resolved || p.m.entry < 0 || p.tentative || !p.anaphor.empty()) return;
    const GazetteerEntry& e = gaz_.entry(p.m.entry);
    if (IsCountry(e) || IsAdmin1(e) || IsRegion(e) || e.location.feature_code == "PPLC") return;
    // A facility the gazetteer lacks, placed at a town of its name, is
    // doubted like an alternate name (مستشفى X at a far village called X).
    const bool at_town = PlacedAtTown(p, e);
    if (!at_town && WrittenAsMainName(Squashed(written_keys_[i]), e)) return;
    // The dateline is the report's own place: a spelling of it that is not
    // the gazetteer's main Arabic name (هرات, هراة) is still that city.
    if (p.dateline) return;
    // A facility is in a country of the report (or near one of its places).
    const double far_km = at_town ? 0 : 1500;
    bool others = false;
    for (size_t j = 0; j < p_.size(); ++j) {
      const Pending& q = p_[j];
      if (j == i || !q.m.resolved || q.tentative || q.m.location.country.empty() || q.m.entry < 0) continue;
      // Support comes from other places: not from another mention of this
      // one, nor from another stray of the same kind (Hiraan read as an
      // Iraqi town next to Mahas read as a Jordanian one).
      const GazetteerEntry& o = gaz_.entry(q.m.entry);
      if (q.m.entry == p.m.entry) continue;
      if (o.location.country != prior_ && !WrittenAsMainName(Squashed(written_keys_[j]), o))
        continue;
      if (o.location.country == e.location.country) return;
      others = true;  // a place of another country, a country or a region among them
      // Nearness counts to the towns of the document's main country and to
      // well-known places (Amman for Daraa; not a Syrian quarter a Somali
      // report names a radio station after).
      if (IsCountry(o) || IsRegion(o) || (o.location.country != prior_ && !Strong(o))) continue;
      if (DistanceKm(o.location.lat, o.location.lon, e.location.lat, e.location.lon) < far_km) return;
    }
    if (!others) return;
    p.tentative = true;
    p.m.reason += "; an alternate name of a place in none of the document's countries";
  }

  // A name's NormalizeKey without spaces, underscores or hyphens: "Ain
  // al-Hilweh", "Ain_al_Hilweh" and "Ainal Hilweh" are one written name.
  static std::string Squashed(std::string k) {
    std::erase_if(k, [](char c) { return c == ' ' || c == '_' || c == '-'; });
    return k;
  }
  // `name`: a string of the gazetteer (NormalizedName).
  // Squashed(k) == squashed, without making Squashed(k): asked of every
  // name of every candidate.
  static bool SquashesTo(std::string_view k, std::string_view squashed) {
    size_t j = 0;
    for (char c : k) {
      if (c == ' ' || c == '_' || c == '-') continue;
      if (j == squashed.size() || squashed[j] != c) return false;
      ++j;
    }
    return j == squashed.size();
  }

  // Is `written` (Squashed NormalizeKey of the mention) the place's main Latin or Arabic
  // name? The gazetteer's main Arabic name may carry a cue word (مدينة هون)
  // or be missing or another language's (ہام): then any Arabic alias is as
  // good (authored exonyms such as غوانتانامو are aliases). Outside the
  // Arab world an Arabic name is a transliteration, and one spelling is as
  // good as another (نيو أورليانز، نيو أورلينز).
  static bool WrittenAsMainName(const std::string& written, const GazetteerEntry& e) {
    if (SquashesTo(NormalizedName(e.location.name), written)) return true;
    const std::string& ar = NormalizedName(e.location.name_ar);
    if (!ar.empty() && SquashesTo(ar, written)) return true;
    if (ar.find(' ') != std::string::npos && SquashesTo(std::string_view(ar).substr(ar.rfind(' ') + 1), written))
      return true;
    if (!ar.empty() && !PersianLetters(e.location.name_ar) && ArabicNamedCountry(e.location.country)) return false;
    for (const std::string& n : e.names)
      if (!n.empty() && static_cast<unsigned char>(n[0]) >= 0xD8 && !PersianLetters(n) &&
          SquashesTo(NormalizedName(n), written))
        return true;
    return false;
  }

  // The one country all the other sure places of the document lie in, or "".
  std::string CountryOfTheOthers(size_t i) const {
    std::string country;
    for (size_t j = 0; j < p_.size(); ++j) {
      if (j == i || !p_[j].m.resolved || p_[j].tentative || p_[j].m.location.country.empty()) continue;
      if (!country.empty() && country != p_[j].m.location.country) return "";
      country = p_[j].m.location.country;
    }
    return country;
  }

  // "حي X" names a quarter of the town the report is about: of its
  // namesakes only those in the named parent (its division, or within 25
  // km of a town) or, without one, within 25 km of the document's other
  // places are weighed. With none there the quarter is kept unresolved under
  // its town rather than read as a far namesake. Returns whether some
  // candidate is left.
  bool NeighbourhoodHere(size_t i) {
    Pending& p = p_[i];
    const std::vector<const GazetteerEntry*> towns = TownsOfQuarter(i);
    if (towns.empty()) return true;  // no town to be in: scored as usual
    // "أحياء الكويت"، "أحياء دمشق" (the quarters of X): X is the town itself.
    if (p.plural_cue) return true;
    std::vector<uint32_t> kept;
    for (uint32_t id : p.candidates)
      if (InOneOf(towns, gaz_.entry(id))) kept.push_back(id);
    if (kept.size() == p.candidates.size()) return true;
    narrowed_.push_back(std::move(kept));
    p.candidates = narrowed_.back();
    if (!p.candidates.empty()) return true;
    p.m.reason = "not in gazetteer here (its namesakes are far from the named town)";
    return false;
  }

  // "ساحة الأمويين بدمشق": a name told with its town (the named parent) is
  // not a quarter of another town: namesakes that are quarters (PPLX) far
  // from the parent are not weighed. With none left the name is kept
  // unresolved under its town. Returns whether some candidate is left.
  bool QuarterOfParent(size_t i) {
    Pending& p = p_[i];
    if (p.m.parent < 0 || !p_[p.m.parent].m.resolved || p_[p.m.parent].m.entry < 0) return true;
    const GazetteerEntry& t = gaz_.entry(p_[p.m.parent].m.entry);
    if (IsCountry(t) || IsRegion(t)) return true;
    // Most names have no quarter among their namesakes: all are kept, and no
    // list is made.
    if (std::none_of(p.candidates.begin(), p.candidates.end(),
                     [&](uint32_t id) { return gaz_.entry(id).location.feature_code == "PPLX"; }))
      return true;
    const std::vector<const GazetteerEntry*> towns{&t};
    std::vector<uint32_t> kept;
    kept.reserve(p.candidates.size());
    for (uint32_t id : p.candidates) {
      const GazetteerEntry& e = gaz_.entry(id);
      if (e.location.feature_code != "PPLX" || InOneOf(towns, e)) kept.push_back(id);
    }
    if (kept.size() == p.candidates.size()) return true;
    narrowed_.push_back(std::move(kept));
    p.candidates = narrowed_.back();
    if (!p.candidates.empty()) return true;
    p.m.reason = "not in gazetteer here (its namesakes are quarters of other towns)";
    return false;
  }

  // "a village X near Y": a place told as near a named town lies close to
  // it, so its namesakes far from that town are not weighed (the compass
  // relations, "north of Y", reach further and are not capped). With none
  // left the name is kept unresolved under the town it is near.
  bool NearParent(size_t i) {
    static constexpr double kNearKm = 30;
    Pending& p = p_[i];
    if (p.parent_relation != "near" || p.m.parent < 0 || !p_[p.m.parent].m.resolved || p_[p.m.parent].m.entry < 0)
      return true;
    const GazetteerEntry& t = gaz_.entry(p_[p.m.parent].m.entry);
    if (t.feature_class != 'P') return true;
    std::vector<uint32_t> kept;
    for (uint32_t id : p.candidates) {
      const GazetteerEntry& e = gaz_.entry(id);
      if (DistanceKm(t.location.lat, t.location.lon, e.location.lat, e.location.lon) < kNearKm) kept.push_back(id);
    }
    if (kept.size() == p.candidates.size()) return true;
    narrowed_.push_back(std::move(kept));
    p.candidates = narrowed_.back();
    if (!p.candidates.empty()) return true;
    p.m.reason = "not in gazetteer here (its namesakes are far from the town it is near)";
    return false;
  }

  // "X شرقي Y", "X north of Y", "X near Y", "بلدة X في Y": a place told
  // against a town, or in it, lies in that town's neighbourhood. A reading of X in another country
  // than Y and far from it (الكرمة شرقي الفلوجة read as a Syrian village
  // 700 km off) is a namesake of a place the gazetteer lacks: X is kept
  // unresolved under Y, and so are its later mentions by the same name read
  // the same way. Compass relations reach further than "near" (NearParent),
  // and a border may lie between (a Turkish town north of a Syrian one), so
  // only another country over kFarFromItsTownKm away is refused. A capital
  // stays: it is named against a town only in a route or a flight.
  static constexpr double kFarFromItsTownKm = 150;
  void NotAcrossTheWorldFromItsTown(size_t i) {
    Pending& p = p_[i];
    if (!p.m.resolved || p.m.entry < 0 || p.m.parent < 0 || p.comma_parent) return;
    const Pending& y = p_[p.m.parent];
    if (!y.m.resolved || y.m.entry < 0 || y.tentative) return;
    const GazetteerEntry& t = gaz_.entry(y.m.entry);
    const GazetteerEntry& e = gaz_.entry(p.m.entry);
    // A first-level division named as the place's own (غوما بولاية بينوي, X
    // in Y State) holds it: a namesake in another country is no reading
    // either. (A division after a compass word is only a bearing.)
    const bool holding_division = IsAdmin1(t) && p.parent_relation.empty();
    if ((t.feature_class != 'P' && !holding_division) || IsCountry(e) || IsAdmin1(e) || IsRegion(e) ||
        e.location.feature_code == "PPLC")
      return;
    if (e.location.country.empty() || t.location.country.empty()) return;
    // "near Moreh in Tengnoupal district": a place told in a town or a
    // district lies in it, so a reading in another first-level division of
    // the same country, far from it (a Gujarat town for a Manipur village),
    // is a namesake too (only told in it, by a link word or "in": a compass
    // bearing may cross a division's border).
    // The document must back the town's division over the reading's: another
    // sure place of it in the town's division, none in the reading's (else
    // the town may be the misread one: خيبر read as Khairpur, Landi Kotal
    // beside Peshawar).
    const auto others_in = [&](const std::string& admin1) {
      size_t n = 0;
      for (size_t j = 0; j < p_.size(); ++j)
        if (j != i && static_cast<int32_t>(j) != p.m.parent && p_[j].m.resolved && !p_[j].tentative &&
            p_[j].m.entry >= 0 && gaz_.entry(p_[j].m.entry).admin1_code == admin1)
          ++n;
      return n;
    };
    const bool other_division = e.location.country == t.location.country &&
                                (p.parent_relation.empty() || p.parent_relation == "in") &&
                                !e.admin1_code.empty() && !t.admin1_code.empty() && e.admin1_code != t.admin1_code &&
                                others_in(t.admin1_code) > 0 && others_in(e.admin1_code) == 0;
    if (e.location.country == t.location.country && !other_division) return;
    if (DistanceKm(t.location.lat, t.location.lon, e.location.lat, e.location.lon) < kFarFromItsTownKm) return;
    const int32_t namesake = p.m.entry;
    const std::string why = "not in gazetteer here (its namesake " + e.location.name + " is in another " +
                            (other_division ? "division" : "country") + ", far from " + Written(p.m.parent) + ")";
    for (size_t j = i; j < p_.size(); ++j) {
      Pending& q = p_[j];
      if (q.m.entry != namesake || written_keys_[j] != written_keys_[i]) continue;
      q.m.resolved = false;
      q.m.entry = -1;
      q.m.location = Location{};
      q.m.seat = Location{};
      q.m.reason = why;
      q.tentative = false;  // a name kept under its town, not a doubted reading
      if (j != i && q.m.parent < 0) q.m.parent = p.m.parent;
    }
    LocalNameByTransliteration(i, why);
  }

  // The far namesake was found by its Arabic name; the place the report
  // means, next to its town, may be one the gazetteer holds in Latin script
  // only (دورا near Tadjoura: Dorra, not Dura in Palestine). The fallback is
  // asked with the town as the named parent, and its reading is kept only in
  // the town's country and within reach of it.
  void LocalNameByTransliteration(size_t i, const std::string& why) {
    Pending& p = p_[i];
    if (!translit_ || p.m.resolved || p.m.parent < 0 || !p_[p.m.parent].m.resolved || p_[p.m.parent].m.entry < 0)
      return;
    const GazetteerEntry& t = gaz_.entry(p_[p.m.parent].m.entry);
    std::vector<uint32_t> sure;
    for (const Pending& q : p_)
      if (q.m.resolved && q.m.entry >= 0 && !q.tentative) sure.push_back(static_cast<uint32_t>(q.m.entry));
    TransliterationContext context{p.cue.empty() ? "town" : p.cue, sure, p_[p.m.parent].m.entry};
    TransliterationChoice c = translit_->Choose(doc_.norm(p.m.span), context);
    if (c.id < 0) return;
    const GazetteerEntry& e = gaz_.entry(static_cast<uint32_t>(c.id));
    if (e.location.country != t.location.country ||
        DistanceKm(t.location.lat, t.location.lon, e.location.lat, e.location.lon) >= kFarFromItsTownKm)
      return;
    const std::string key = written_keys_[i];
    for (size_t j = i; j < p_.size(); ++j)
      if (!p_[j].m.resolved && p_[j].m.reason == why && written_keys_[j] == key)
        Choose(j, static_cast<uint32_t>(c.id), "near its town; " + c.reason);
  }

  // The towns a quarter named by mention i can be in: its named parent,
  // else the document's other sure places; countries and regions are no
  // town. Empty when there is none.
  std::vector<const GazetteerEntry*> TownsOfQuarter(size_t i) const {
    const Pending& p = p_[i];
    std::vector<const GazetteerEntry*> towns;
    auto add = [&](const Pending& q) {
      const GazetteerEntry& t = gaz_.entry(q.m.entry);
      if (!IsCountry(t) && !IsRegion(t)) towns.push_back(&t);
    };
    if (p.m.parent >= 0 && p_[p.m.parent].m.resolved && p_[p.m.parent].m.entry >= 0) {
      add(p_[p.m.parent]);
      if (!towns.empty()) return towns;
    }
    for (size_t j = 0; j < p_.size(); ++j)
      if (j != i && p_[j].m.resolved && p_[j].m.entry >= 0 && !p_[j].tentative) add(p_[j]);
    return towns;
  }

  // Is `e` in one of `towns`: the same division when the town is a unit, or
  // within 25 km?
  static bool InOneOf(const std::vector<const GazetteerEntry*>& towns, const GazetteerEntry& e) {
    for (const GazetteerEntry* t : towns) {
      bool unit = t->feature_class == 'A' && !t->admin1_code.empty();
      if ((unit && t->admin1_code == e.admin1_code) ||
          DistanceKm(t->location.lat, t->location.lon, e.location.lat, e.location.lon) < 25)
        return true;
    }
    return false;
  }

  // Is `written` (NormalizeKey of the mention) the English main name of one
  // of the mention's candidates, that one a country, and no other's? Arabic
  // writes the capital as the country in full (عمان: Oman and Amman; the
  // gazetteer's Arabic display names are no guide there): left to context.
  bool OnlyCountryCalledSo(const Pending& p, const std::string& written) const {
    if (written.empty() || static_cast<unsigned char>(written[0]) >= 0x80) return false;  // not Latin
    bool country = false;
    for (uint32_t id : p.candidates) {
      const GazetteerEntry& e = gaz_.entry(id);
      bool main = NormalizedName(e.location.name) == written;
      if (!main) continue;
      if (!IsCountry(e)) return false;
      country = true;
    }
    return country;
  }

  // `written`: NormalizeKey of the mention's norm text.
  bool WrittenAsNamed(const std::string& written, const GazetteerEntry& e) const {
    for (const std::string& name : e.names)
      if (NormalizedName(name) == written) return true;
    return NormalizedName(e.location.name) == written;
  }

  // A name that only countries bear, several of them (المملكة: Saudi Arabia,
  // Jordan, Bahrain…; the gazetteer gives a kingdom's head noun to each):
  // writers use it for the country they write from or about.
  bool SharedCountryName(const Pending& p) const {
    if (p.candidates.size() < 2 || !p.cue.empty() || !p.facility_codes.empty()) return false;
    for (uint32_t id : p.candidates)
      if (!IsCountry(gaz_.entry(id))) return false;
    return true;
  }

  // The candidate that is the document's country (the prior), else the
  // country most other resolved places are in; with none, no place.
  void ResolveByDocumentCountry(size_t i) {
    Pending& p = p_[i];
    std::unordered_map<std::string, int> votes;
    for (size_t j = 0; j < p_.size(); ++j)
      if (j != i && p_[j].m.resolved && !p_[j].m.location.country.empty()) votes[p_[j].m.location.country]++;
    uint32_t best = 0;
    int best_votes = 0;
    for (uint32_t id : p.candidates) {
      const std::string& cc = gaz_.entry(id).location.country;
      int v = votes.count(cc) ? votes[cc] : 0;
      if (cc == prior_) v += 1000;
      if (v > best_votes) best = id, best_votes = v;
    }
    if (best_votes == 0) {
      // Without one it is the common noun (المملكة الحديثة: Egypt's New
      // Kingdom), not a place: dropped with the unconfirmed.
      p.tentative = true;
      return;
    }
    Choose(i, best, "the document's country (" + gaz_.entry(best).location.country + ")");
  }

  // The entry of mention i's named parent as context for the
  // transliteration fallback, or -1. A tentative parent (a name kept only if
  // the document's places confirm it) in none of the countries of `sure`
  // (the document's sure places) is no context: "في شمال البلاد" (in the
  // north of the country) is no town Al Bilad in Yemen placing a town of a
  // report on Benin there. A tentative parent in their country (بلدة X شمال
  // أفدييفكا in a report on Ukraine) still is.
  int64_t ParentAsContext(size_t i, const std::vector<uint32_t>& sure) const {
    const Pending& p = p_[i];
    if (p.m.parent < 0 || !p_[p.m.parent].m.resolved) return -1;
    const Pending& parent = p_[p.m.parent];
    if (!parent.tentative || parent.m.entry < 0 || sure.empty()) return parent.m.entry;
    const std::string& cc = gaz_.entry(static_cast<uint32_t>(parent.m.entry)).location.country;
    for (uint32_t id : sure)
      if (gaz_.entry(id).location.country == cc) return parent.m.entry;
    return -1;
  }

  // Names the gazetteer lacks but the text marks as places (after a cue or a
  // facility word), matched by consonant skeleton (geo/transliteration.h)
  // and decided by the document's sure places.
  void Transliterate() {
    std::vector<uint32_t> sure;
    for (const Pending& q : p_)
      if (q.m.resolved && q.m.entry >= 0 && !q.tentative) sure.push_back(static_cast<uint32_t>(q.m.entry));
    // A report filed from towns the gazetteer knows in Latin only may name
    // no sure place, yet say whose towns they are by nationalities (قوات
    // الدفاع الشعبية التنزانية، جماعة «أنصار السنة» الموزمبيقية): those
    // countries, when few, are context as their names would be ("في مدينة X
    // في تنزانيا"), so a town's namesake across the world (متوارا: Mathura)
    // does not outbid it.
    // Countries alone (a border with Gambia, mediators from Guinea-Bissau)
    // are as often the neighbours a report mentions as its own: beside them
    // the nationalities count too (the Senegalese army: its towns).
    std::vector<uint32_t> by_nationality;
    if (std::all_of(sure.begin(), sure.end(), [&](uint32_t id) { return IsCountry(gaz_.entry(id)); }))
      by_nationality = NamedNationalityCountries();
    sure.insert(sure.end(), by_nationality.begin(), by_nationality.end());
    // A name matched in one round is context for the next (a well-known
    // town places the document in its country).
    std::vector<std::string> refused(p_.size());
    std::vector<size_t> one_word;  // read by the skeleton of one word alone
    // Ties broken on written vowels come last (TransliterationContext).
    bool vowel_tie_break = false;
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = 0; i < p_.size(); ++i) {
        Pending& p = p_[i];
        if (p.m.resolved || !p.candidates.empty() || p.unknown_name.empty()) continue;
        TransliterationContext context{p.cue, sure, -1};
        context.seat_names_unit = p.county_named_after_seat;
        context.vowel_tie_break = vowel_tie_break;
        context.parent = ParentAsContext(i, sure);
        // A foreign name of two words is sought whole before its first word
        // (بلدة بون سوندي: Pont-Sonde, not a town of the first word alone).
        if (!p.article_dropped_only && ReadTwoWordsTogether(i, context, nullptr)) {
          sure.push_back(static_cast<uint32_t>(p.m.entry));
          changed = true;
          continue;
        }
        TransliterationChoice c = translit_->Choose(p.unknown_name, context);
        refused[i] = c.reason;
        if (c.id < 0) continue;
        if (p.article_dropped_only && !c.article_dropped) {
          refused[i] = "a definite word after في, read with its article: " + c.reason;
          continue;
        }
        // A quarter's namesake far from its town is another town's quarter.
        if (p.cue == "neighbourhood" && !p.plural_cue) {
          const std::vector<const GazetteerEntry*> towns = TownsOfQuarter(i);
          if (!towns.empty() && !InOneOf(towns, gaz_.entry(static_cast<uint32_t>(c.id)))) {
            refused[i] = "its namesake " + gaz_.entry(static_cast<uint32_t>(c.id)).location.name + " is far from the named town";
            continue;
          }
        }
        // A village lies near the report's scene: a namesake found by its
        // sounds over 500 km from every town the document places surely
        // (كيوانجا near Rutshuru read as Kenge, 1,500 km off) is another
        // place; the village stays unresolved under the places near it.
        if (p.cue == "village" && FarFromEverySureTown(gaz_.entry(static_cast<uint32_t>(c.id)), sure, 500)) {
          refused[i] = "its namesake " + gaz_.entry(static_cast<uint32_t>(c.id)).location.name +
                       " is far from every town of the document";
          continue;
        }
        Choose(i, static_cast<uint32_t>(c.id), c.reason);
        sure.push_back(static_cast<uint32_t>(c.id));
        one_word.push_back(i);
        changed = true;
        // Of several nationalities (the Malian army and the Russian Africa
        // Corps), the towns found say which is the report's country: the
        // others' entries are context no longer (كيتا after Nioro is Kita,
        // not Chita).
        if (by_nationality.size() > 1) DropNationalitiesWithoutTowns(by_nationality, sure);
      }
      if (!changed && !vowel_tie_break) changed = vowel_tie_break = true;
    }
    // A round reads its names in text order: a two-word name met before the
    // town that places the document (بلدة داتو بيانغ … مدينة كوتاباتو) was
    // sought whole without that context, and its first word alone then
    // matched a better-known namesake. Read whole again with every place
    // the rounds found, a two-word name in the document's countries wins.
    for (size_t i : one_word) {
      std::vector<uint32_t> others;
      std::vector<std::string> countries;
      for (size_t j = 0; j < p_.size(); ++j) {
        if (j == i || !p_[j].m.resolved || p_[j].m.entry < 0 || p_[j].tentative) continue;
        others.push_back(static_cast<uint32_t>(p_[j].m.entry));
        if (!p_[j].m.location.country.empty()) countries.push_back(p_[j].m.location.country);
      }
      if (countries.empty()) continue;
      TransliterationContext context{p_[i].cue, others, -1};
      context.parent = ParentAsContext(i, others);
      ReadTwoWordsTogether(i, context, &countries);
    }
    for (size_t i = 0; i < p_.size(); ++i)
      if (!p_[i].m.resolved && !refused[i].empty()) p_[i].m.reason += "; " + refused[i];
    for (size_t i = 0; i < p_.size(); ++i) TownOfTheUnit(i, sure);
  }

  // Whether entry e lies over `km` from each town (no country, division or
  // region) among `sure`, with at least one such town to judge by.
  bool FarFromEverySureTown(const GazetteerEntry& e, const std::vector<uint32_t>& sure, double km) const {
    bool any = false;
    for (uint32_t id : sure) {
      const GazetteerEntry& o = gaz_.entry(id);
      if (IsCountry(o) || IsAdmin1(o) || IsRegion(o) || o.feature_class != 'P') continue;
      any = true;
      if (DistanceKm(o.location.lat, o.location.lon, e.location.lat, e.location.lon) <= km) return false;
    }
    return any;
  }

  // The country entries of the nationalities the report names, when it
  // names one to three (more is a report on a region or on diplomacy).
  const std::vector<uint32_t>& NamedNationalityCountries() {
    if (nationality_countries_) return *nationality_countries_;
    std::vector<uint32_t>& out = nationality_countries_.emplace();
    if (nationality_ == nullptr) return out;
    size_t named = 0;
    for (const auto& kv : *nationality_) named += kv.second > 0;
    if (named == 0 || named > 3) return out;
    auto add_if_named = [&](uint32_t id) {
      if (NationalityNamed(gaz_.entry(id).location.country)) out.push_back(id);
    };
    std::vector<uint32_t> scanned;  // a lexicon built without its country list
    const std::vector<uint32_t>* countries = country_entries_;
    if (countries == nullptr || countries->empty()) countries = &(scanned = CountryEntries(gaz_));
    for (uint32_t id : *countries) add_if_named(id);
    return out;
  }

  // Removes from `sure` the entries of `by_nationality` (country entries)
  // whose country none of the places in `sure` lies in, once some place is
  // found; `by_nationality` keeps those left.
  void DropNationalitiesWithoutTowns(std::vector<uint32_t>& by_nationality, std::vector<uint32_t>& sure) const {
    std::unordered_set<std::string> found;
    for (uint32_t id : sure)
      if (std::find(by_nationality.begin(), by_nationality.end(), id) == by_nationality.end())
        found.insert(gaz_.entry(id).location.country);
    if (found.empty()) return;
    const auto townless = [&](uint32_t id) { return found.count(gaz_.entry(id).location.country) == 0; };
    for (uint32_t id : by_nationality)
      if (townless(id)) sure.erase(std::remove(sure.begin(), sure.end(), id), sure.end());
    by_nationality.erase(std::remove_if(by_nationality.begin(), by_nationality.end(), townless), by_nationality.end());
  }

  // A report with no other sure place has the countries whose nationality
  // it names (قالت الشرطة الليبية) for its own: each country's entry joins
  // `sure` and its code `countries`.
  void NationalitiesStandForCountries(std::vector<uint32_t>& sure, std::vector<std::string>& countries) {
    if (!countries.empty()) return;
    for (uint32_t id : NamedNationalityCountries()) {
      sure.push_back(id);
      countries.push_back(gaz_.entry(id).location.country);
    }
  }

  // "مدينة مأرب": a settlement cue names the town, not the province or
  // district of the same name. When the gazetteer has the unit under that
  // Arabic name and the town under its Latin name only, the town is found
  // by transliteration (inside the unit, which is context).
  void TownOfTheUnit(size_t i, const std::vector<uint32_t>& sure) {
    Pending& p = p_[i];
    if (!p.m.resolved || p.m.entry < 0 || gaz_.entry(p.m.entry).feature_class != 'A') return;
    if (p.cue != "village" && p.cue != "town" && p.cue != "city") return;
    TransliterationContext context{p.cue, sure, p.m.entry};
    TransliterationChoice c = translit_->Choose(doc_.norm(p.m.span), context);
    if (c.id < 0 || gaz_.entry(static_cast<uint32_t>(c.id)).feature_class != 'P') return;
    // The town a unit is named after lies inside it: a namesake far from
    // the unit's point (بلدة صرين: the sub-district's seat, not a Suran of
    // another district a hundred km off) is another place, and the unit's
    // own point is the better reading of the town.
    const GazetteerEntry& unit = gaz_.entry(p.m.entry);
    const GazetteerEntry& town = gaz_.entry(static_cast<uint32_t>(c.id));
    const double reach = SeatReachKm(unit.location.feature_code);
    if (reach > 0 &&
        DistanceKm(unit.location.lat, unit.location.lon, town.location.lat, town.location.lon) > reach)
      return;
    Choose(i, static_cast<uint32_t>(c.id), "named as a " + p.cue + "; " + c.reason);
  }

  // How far a unit's seat may lie from the unit's point: a sub-district
  // (ADM3) spans some tens of km, a district (ADM2) about a hundred; a
  // first-level division may be larger than any fixed reach (0: no limit).
  static double SeatReachKm(const std::string& feature_code) {
    if (feature_code == "ADM3") return 40;
    if (feature_code == "ADM2") return 100;
    return 0;
  }

  // English capitalises names: two different capitalised names that both
  // read as towns within 50 km of each other, one of them after a
  // preposition or relation ("around X and Y", "from X to Y"), are seldom a
  // coincidence of two ordinary words; each confirms the other when the
  // document has no sure place nearby (a report on small front-line towns).
  // For each tentative mention: the index of such a partner, or -1.
  std::vector<int> NearbyCapitalisedPairs() const {
    std::vector<int> partner(p_.size(), -1);
    const auto capitalised = [&](const Pending& p) {
      const std::string_view t = doc_.OriginalText(p.m.span);
      return !t.empty() && IsUpperAscii(t[0]);
    };
    const auto usable = [&](const Pending& p) {
      return p.tentative && p.m.resolved && p.m.entry >= 0 && !p.hashtag_guess &&
             gaz_.entry(p.m.entry).feature_class == 'P' && capitalised(p);
    };
    for (size_t i = 0; i < p_.size(); ++i) {
      if (!usable(p_[i])) continue;
      const GazetteerEntry& e = gaz_.entry(p_[i].m.entry);
      for (size_t j = 0; j < p_.size(); ++j) {
        if (j == i || !usable(p_[j]) || !(p_[i].locative || p_[j].locative)) continue;
        if (p_[j].m.entry == p_[i].m.entry || written_keys_[j] == written_keys_[i]) continue;
        const GazetteerEntry& o = gaz_.entry(p_[j].m.entry);
        if (DistanceKm(o.location.lat, o.location.lon, e.location.lat, e.location.lon) < 50) {
          partner[i] = static_cast<int>(j);
          break;
        }
      }
    }
    return partner;
  }

  // A report on a country whose towns the gazetteer knows in Latin only
  // names no sure place at all: every town it names is tentative, and each
  // would need another to confirm it. A provincial seat, a capital or a big
  // city named where a place stands (after a preposition or relation, or as
  // the dateline) is no Arabic common word: when all such readings lie in
  // one country, they are the report's places and confirm its smaller
  // towns. Readings in two countries confirm nothing.
  void AnchorOnItsBestKnownTown() {
    for (const Pending& q : p_)
      if (q.m.resolved && q.m.entry >= 0 && !q.tentative) return;
    const auto well_known = [&](const Pending& p) {
      if (!p.tentative || !p.m.resolved || p.m.entry < 0 || p.hashtag_guess || !(p.locative || p.dateline))
        return false;
      const GazetteerEntry& e = gaz_.entry(p.m.entry);
      const std::string& f = e.location.feature_code;
      return e.feature_class == 'P' && (f == "PPLA"sv || f == "PPLC"sv || e.population >= 100000);
    };
    std::string country;
    for (const Pending& p : p_) {
      if (!well_known(p)) continue;
      if (country.empty()) country = gaz_.entry(p.m.entry).location.country;
      else if (country != gaz_.entry(p.m.entry).location.country) return;
    }
    if (country.empty()) return;
    for (Pending& p : p_) {
      if (!well_known(p)) continue;
      p.tentative = false;
      p.m.reason = "the best-known town of a report with no sure place; " + p.m.reason;
    }
    prior_ = country;
  }

  // A tentative place stays only when a sure place of the document is in the
  // same first-level division or within 50 km of it.
  void DropUnconfirmed() {
    AnchorOnItsBestKnownTown();
    std::vector<char> keep(p_.size(), 1);
    const std::vector<int> paired = NearbyCapitalisedPairs();
    for (size_t i = 0; i < p_.size(); ++i) {
      Pending& p = p_[i];
      if (p.tentative) {
        keep[i] = false;
        if (paired[i] >= 0) {
          keep[i] = true;
          p.m.reason = "near " + Written(static_cast<size_t>(paired[i])) + ", also named; " + p.m.reason;
          continue;
        }
        if (p.m.resolved && !(p.hashtag_guess && !Strong(gaz_.entry(p.m.entry)))) {
          const GazetteerEntry& e = gaz_.entry(p.m.entry);
          // English says where with a preposition and a capitalised name
          // ("in X", "near X"): a town so named in the country most of the
          // document's sure places are in is the place meant, however small.
          if (p.locative && e.feature_class == 'P' && !prior_.empty() && e.location.country == prior_) {
            keep[i] = true;
            p.m.reason = "named after a preposition in the document's country (" + prior_ + "); " + p.m.reason;
          } else if (p.locative && e.feature_class == 'P' && own_countries_.count(e.location.country) > 0) {
            keep[i] = true;
            p.m.reason = "named after a preposition in a country the report names a nationality and a place of (" +
                         e.location.country + "); " + p.m.reason;
          }
          for (size_t j = 0; j < p_.size() && !keep[i]; ++j) {
            if (j == i || p_[j].tentative || !p_[j].m.resolved) continue;
            const GazetteerEntry& o = gaz_.entry(p_[j].m.entry);
            // A sure place of the document's country (the country of most of
            // its places), the country itself or any place in it, confirms
            // the seats of its districts and sub-districts however far apart
            // (#الجفر … #الأردن; a district seat and a province named under
            // an older division), not its villages.
            const std::string& f = e.location.feature_code;
            if (o.location.country == e.location.country && e.location.country == prior_ &&
                (f == "PPLA2" || f == "PPLA3")) {
              keep[i] = true;
              p.m.reason = "a seat in the country of " + Written(j) + "; " + p.m.reason;
              continue;
            }
            if (IsCountry(o)) continue;
            // A province confirms the towns of its extent: an authored one has
            // a label point and no code, so a radius of its size stands in.
            const double radius = IsAdmin1(o) && o.admin1_code.empty() && o.location.country == e.location.country
                                      ? 250
                                      : 50;
            if ((!o.admin1_code.empty() && o.admin1_code == e.admin1_code) ||
                DistanceKm(o.location.lat, o.location.lon, e.location.lat, e.location.lon) < radius) {
              keep[i] = true;
              p.m.reason = "near " + Written(j) + "; " + p.m.reason;
            }
          }
        }
      }
    }
    // One sense per document: an English name dropped above that the
    // document keeps elsewhere as the same town ("on the road between
    // Lalibela and Weldiya") is that town again where no preposition tells
    // it ("Fano fighters entered Lalibela", "Lalibela, a UNESCO site, was
    // captured").
    for (size_t i = 0; i < p_.size(); ++i) {
      const Pending& p = p_[i];
      if (keep[i] || !p.tentative || !p.m.resolved || p.hashtag_guess || p.m.span.begin >= p.m.span.end) continue;
      if (static_cast<unsigned char>(doc_.norm()[p.m.span.begin]) >= 0x80) continue;
      if (gaz_.entry(p.m.entry).feature_class != 'P') continue;
      for (size_t j = 0; j < p_.size(); ++j)
        if (j != i && keep[j] && p_[j].m.resolved && p_[j].m.entry == p.m.entry) {
          keep[i] = true;
          p_[i].m.reason = "the town " + Written(j) + " names elsewhere; " + p_[i].m.reason;
          break;
        }
    }
    EraseMentions(&p_, [&](size_t i) { return !keep[i]; });
  }

  // A facility word whose facility the gazetteer lacks: the place read is
  // its town.
  static bool PlacedAtTown(const Pending& p, const GazetteerEntry& e) {
    return !p.facility_codes.empty() && !CodeIn(e.location.feature_code, p.facility_codes) && e.feature_class != 'S';
  }

  void Finish(Pending* p) {
    PlaceMention& m = p->m;
    if (!m.resolved) {
      if (m.reason.empty()) m.reason = "not in gazetteer";
      m.geo_precision = m.relation == "in" ? 1 : 2;
      if (!p->cue.empty() && p->cue != "facility") m.reason += " (" + p->cue + ")";
      return;
    }
    const GazetteerEntry& e = gaz_.entry(m.entry);
    if (PlacedAtTown(*p, e)) {
      // The facility is not in the gazetteer: place it at its town.
      p->facility_at_town = true;
      std::string code = p->facility_codes.substr(0, p->facility_codes.find('|'));
      m.reason = "facility not in gazetteer; placed at the town " + m.location.name + " (" + m.reason + ")";
      m.location.feature_code = code;
      m.location.geonames_id = 0;
      m.location.pcode.clear();
    }
    bool region = IsCountry(e) || IsAdmin1(e);
    if (region) m.geo_precision = 3;
    else if (m.relation != "in" || p->facility_at_town || (e.feature_class == 'A')) m.geo_precision = 2;
    else m.geo_precision = 1;
    if (!p->direction.empty()) m.reason += "; " + p->direction + " side";
    if (!p->parent_relation.empty() && m.parent >= 0) m.reason += "; parent gives " + p->parent_relation;
  }

  const Doc& doc_;
  const Gazetteer& gaz_;
  const TransliterationIndex* translit_;  // may be null
  const std::unordered_map<uint32_t, uint32_t>& seats_;  // PlaceLexicon::seat
  std::vector<Pending>& p_;
  std::vector<std::string> written_keys_;  // NormalizeKey of each mention as written (Run)
  std::string prior_;
  std::optional<std::vector<uint32_t>> nationality_countries_;  // NamedNationalityCountries, once asked
  std::set<std::string> own_countries_;
  const std::unordered_map<std::string, int>* nationality_ = nullptr;
  const std::vector<uint32_t>* country_entries_ = nullptr;  // PlaceLexicon::country_entries
  std::string one_country_;  // the country of all the sure places, when there is one
  std::deque<std::vector<uint32_t>> narrowed_;  // candidate lists narrowed by context (stable storage)
};

}  // namespace

namespace {

// One sense per document: once a town's name has been read as a team's
// (فاز على برشلونة) or a person's (جون بولتون), its other bare mentions in
// the document (اقترب برشلونة من اللقب، قال بولتون) name the same thing. Mentions with a relation, a
// cue or a facility word stay places.
void DropOrgNamesakes(const Doc& doc, const std::unordered_set<std::string>& org_keys,
                      std::vector<Pending>* pending) {
  if (org_keys.empty()) return;
  EraseMentions(pending, [&](size_t i) {
    const Pending& p = (*pending)[i];
    bool bare = p.m.relation_span.empty() && p.cue.empty() && p.facility_codes.empty();
    return bare && org_keys.count(PlaceKey(std::string(doc.norm(p.m.span)))) > 0;
  });
}

// News calls a town already named "the city" (المدينة), which is also
// Medina's name: an anaphor is a place only in a document that uses words
// of its place's own context (الحج، المسجد النبوي، مكة; data/ar/places.tsv
// anaphor_context), and never after a demonstrative (هذه المدينة). A place
// of its country alone is no such context: a report from Riyadh calls
// Riyadh "the city". With its epithet (المدينة المنورة) it is a name and no
// anaphor.
void DropUnclearAnaphors(const std::unordered_set<std::string>& context, std::vector<Pending>* pending) {
  EraseMentions(pending, [&](size_t i) {
    const Pending& p = (*pending)[i];
    return !p.anaphor.empty() && (p.demonstrative || !context.count(p.anaphor));
  });
}

}  // namespace

Status PlaceRecognizer::Run(Doc& doc) const {
  doc.places.clear();
  std::vector<Pending> pending;
  // Room for the mentions of most documents at once: a Pending is large,
  // and each growth of the vector moves every one read so far.
  pending.reserve(64);
  std::unordered_set<std::string> org_keys;
  DocCache cache;
  thread_local FirstWordMemo memo;
  if (memo.owner != lexicon_->id || memo.map.size() > kMaxMemoForms) {
    memo.map = FirstWordCache();
    memo.owner = lexicon_->id;
  }
  cache.first_words = &memo.map;
  if (tl_normalized_names.owner != lexicon_->id || tl_normalized_names.keys.size() > kMaxMemoNames ||
      tl_normalized_names.alias_keys.size() > kMaxMemoNames) {
    tl_normalized_names.keys = {};
    tl_normalized_names.alias_keys = {};
    tl_normalized_names.owner = lexicon_->id;
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    size_t before = pending.size();
    SentenceReader reader(doc, *lexicon_, *gazetteer_, s, &pending, &org_keys, &cache);
    reader.Read(sent.tokens.begin, sent.tokens.end);
    // Parent indices were set relative to the reader's own list: they are
    // already global because the reader appends to `pending` directly.
    (void)before;
  }
  DropOrgNamesakes(doc, org_keys, &pending);
  DropUnclearAnaphors(cache.anaphor_context, &pending);
  Resolver(doc, *gazetteer_, lexicon_->translit.get(), lexicon_->seat, &pending, &cache.nationality,
           &lexicon_->country_entries)
      .Run();
  doc.places.reserve(pending.size());
  for (auto& p : pending) {
    p.m.cue = p.cue;
    doc.places.push_back(std::move(p.m));
  }
  return Status::OK();
}

}  // namespace marsad
