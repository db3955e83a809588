#include "extract/triggers.h"

#include <algorithm>

#include "text/normalize.h"

namespace marsad {
namespace {

// Whether the noun at word i is written as given information: with the
// article (الهجوم، والهجمات), or after an English determiner ("the attack",
// "this deadly attack": a `definite_determiner` cue).
bool IsDefinite(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words, size_t i) {
  if (CarriesArticle(doc, words[i])) return true;
  if (doc.tokens[words[i].first].script != Script::kLatin) return false;
  for (size_t k = i, back = 0; k-- > 0 && back < 2; ++back) {
    if (!words[k].is_word || words[k].clause_break) return false;
    if (!lex.WordCue(words[k], "definite_determiner")) continue;
    // "reports that soldiers raped two women": "that" with a word between
    // it and a past form ending in -ed opens a clause (the word is its
    // subject), it does not determine a noun ("that deadly attack").
    const std::string_view verb = words[i].text();
    if (back == 1 && words[k].text() == "that" && verb.size() > 3 && verb.ends_with("ed")) return false;
    // "the ministry said that no clashes took place": a negation or "any"
    // between "that" and the noun is the clause's own quantifier ("that no
    // deadly attack" is no phrase): "that" opens the clause, no given noun.
    if (back == 1 && words[k].text() == "that" &&
        (lex.WordCue(words[k + 1], "negation") || lex.WordCue(words[k + 1], "any_of")))
      return false;
    return true;
  }
  return false;
}

// "the strike", "the deadliest bombing", "such attacks": an English event
// word right after a determiner (or after a determiner and an ordinal or a
// superlative) is a noun told as given information, whichever row matched
// (English lists forms such as "strikes" or "abduction" once, for the verb
// and the noun alike). Not after "that", which also starts relative clauses
// ("the group that kidnapped them"). The determiners are
// `reference_determiner` cues, the ordinals and the like between
// `reference_modifier` cues.
bool IsEnglishReference(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words, size_t i) {
  if (i == 0 || doc.tokens[words[i].first].script != Script::kLatin) return false;
  auto determiner = [&](size_t k) { return words[k].is_word && lex.WordCue(words[k], "reference_determiner"); };
  if (determiner(i - 1)) return true;
  if (i < 2 || !words[i - 1].is_word || !determiner(i - 2)) return false;
  const std::string_view m = words[i - 1].text();
  return (m.size() > 4 && m.ends_with("est")) || lex.WordCue(words[i - 1], "reference_modifier");
}

// "the Chemical Weapons Convention", "a Counter Terrorism Department
// officer": an English event word written with capitals inside the
// sentence, next to another capitalised word, is part of a name, not an
// event. A sentence without
// a lower-case word of five letters or more is a headline in title case,
// where capitals say nothing.
bool InsideEnglishName(const Doc& doc, const std::vector<LexWord>& words, const std::vector<int32_t>& tok_sent,
                       size_t i, size_t n) {
  if (i == 0 || i + n >= words.size() || doc.tokens[words[i].first].script != Script::kLatin) return false;
  auto capital = [&](size_t k) {
    if (!words[k].is_word || tok_sent[words[k].first] != tok_sent[words[i].first]) return false;
    std::string_view t = doc.OriginalText(doc.tokens[words[k].first].span);
    return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
  };
  for (size_t k = i; k < i + n; ++k)
    if (!capital(k)) return false;
  const bool first_of_sentence = tok_sent[words[i - 1].first] != tok_sent[words[i].first];
  if (first_of_sentence || !(capital(i - 1) || capital(i + n))) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    if (tok_sent[words[k].first] != tok_sent[words[i].first] || !words[k].is_word || words[k].text().size() < 5) continue;
    std::string_view t = doc.OriginalText(doc.tokens[words[k].first].span);
    if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') return true;
  }
  return false;
}

// "أطلق مسلحون النار"، "set part of the building on fire": a form written
// with a gap ("أطلق ... النار") matches its head at word i and its tail
// within six words of the same clause. Returns the head's word count (the
// mention is the head, so a subject in the gap stays the verb's) with the
// rows both parts name in *rows, and the tail's words in *tail; or 0.
// Arabic puts subject and object between the verb and its adverbial tail,
// and the object may carry a relative clause (ضرب حشد غاضب رجلاً يُشتبه في
// أنه مخبر للعصابات حتى الموت): a tail of two words or more, too long to be
// met by chance, is sought up to ten words on; a one-word tail (النار) only six.
constexpr size_t kGapWords = 6;
constexpr size_t kArabicGapWords = 10;
size_t GappedTrigger(const EventLexicon& lex, const std::vector<LexWord>& words, const std::vector<int32_t>& tok_sent,
                     size_t i, std::vector<int32_t>* rows, std::pair<size_t, size_t>* tail) {
  const std::vector<int32_t>* heads = nullptr;
  const size_t h = lex.gap_head_table.Longest(words, i, &heads);
  if (h == 0) return 0;
  const bool latin_head = !words[i].text().empty() && static_cast<unsigned char>(words[i].text()[0]) < 0x80;
  const size_t reach = latin_head ? kGapWords : kArabicGapWords;
  for (size_t k = i + h; k < words.size() && k <= i + h + reach; ++k) {
    if (tok_sent[words[k].first] != tok_sent[words[i].first]) return 0;
    if (words[k].clause_break) {
      const std::vector<int32_t>* after_comma = nullptr;
      // "released a yellow, choking gas": an English comma between two
      // modifiers of one noun ends no clause when a tail of two words or
      // more starts right after it (an adjective and the noun it names).
      const bool coordinate_comma = latin_head && k > i + h && words[k - 1].is_word && words[k].text() == "," &&
                                    k + 1 < words.size() &&
                                    tok_sent[words[k + 1].first] == tok_sent[words[i].first] &&
                                    lex.gap_tail_table.Longest(words, k + 1, &after_comma) >= 2;
      if (!coordinate_comma) return 0;
      continue;
    }
    const std::vector<int32_t>* tails = nullptr;
    const size_t t = lex.gap_tail_table.Longest(words, k, &tails);
    // "fired tear-gas shells": in English an event word of its own in the
    // gap names what was fired; the gapped form does not reach over it.
    const bool latin = !words[k].text().empty() && static_cast<unsigned char>(words[k].text()[0]) < 0x80;
    if (t == 0 && latin && lex.trigger_table.Longest(words, k, &tails) > 0) return 0;
    // "released a statement saying two soldiers were hurt": a speech word
    // in the gap opens what was said; the form does not reach into it.
    if (latin) {
      const CueRow* said = lex.WordCue(words[k], "attribution");
      if (said && said->scope == "quote") return 0;
    }
    if (t == 0) continue;
    size_t tail_words = t;
    auto heads_in = [&](const std::vector<int32_t>& in) {
      rows->clear();
      for (int32_t id : *heads)
        if (std::find(in.begin(), in.end(), id) != in.end()) rows->push_back(id);
    };
    heads_in(*tails);
    // "أضرم مستوطنون النار في المنازل" beside the form "أشعل ... النار في": the
    // longest tail at k may be another head's only; a shorter tail there
    // ("النار") is then this head's own.
    while (rows->empty() && tail_words > 1) {
      const std::span<const LexWord> shorter(words.data(), k + tail_words - 1);
      tail_words = lex.gap_tail_table.Longest(shorter, k, &tails);
      if (tail_words == 0) break;
      heads_in(*tails);
    }
    if (rows->empty()) continue;
    if (k > i + h + kGapWords && tail_words < 2) continue;
    // "ستنظم هجمات بطائرات مسيرة": a tail word that is the end of an event
    // word of several words begun in the gap (طائرات مسيرة "drones") is that
    // word's, not the form's tail ("نظم ... مسيرة", organised a march).
    bool inside_gap_word = false;
    for (size_t j = i + h; j < k && !inside_gap_word; ++j) {
      const std::vector<int32_t>* inner = nullptr;
      inside_gap_word = lex.trigger_table.Longest(words, j, &inner) > k - j;
    }
    if (inside_gap_word) continue;
    // "نفذت طائرات ضربتين جويتين": an event word of several words that starts
    // at the tail, runs past it and has the form's own lemma (ضربة جوية) is
    // the tail told in full: the form's evidence runs to its end, and no
    // word of it is left to be a trigger of its own.
    {
      const std::vector<int32_t>* inner = nullptr;
      const size_t full = lex.trigger_table.Longest(words, k, &inner);
      bool same = false;
      if (full > tail_words)
        for (int32_t x : *inner)
          for (int32_t y : *rows) same = same || lex.triggers[x].lemma == lex.triggers[y].lemma;
      if (same) tail_words = full;
    }
    // "expelled the officials appointed by the administration", طردت المسؤولين المعيّنين
    // من قبل الإدارة: a one-word tail that opens a passive's agent (`passive_agent` من قبل)
    // is the object's own phrase, not the form's tail.
    if (tail_words == 1) {
      const std::vector<int32_t>* cue_ids = nullptr;
      if (lex.cue_table.Longest(words, k, &cue_ids) > 1 &&
          std::any_of(cue_ids->begin(), cue_ids->end(), [&](int32_t id) { return lex.cues[id].type == "passive_agent"; }))
        continue;
    }
    *tail = {k, k + tail_words};
    return h;
  }
  return 0;
}

// "the besieged city", "a bombed-out school": an English past participle
// between an article and the noun it describes is an adjective, not an
// event told (`article`; also after a count, a
// `participle_possessive` or a `participle_preposition`).
bool EnglishParticipleAdjective(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words, size_t i,
                                size_t n) {
  if (n != 1 || i == 0 || i + 1 >= words.size() || doc.tokens[words[i].first].script != Script::kLatin) return false;
  const std::string_view w = words[i].text();
  const std::string_view before = words[i - 1].text();
  if (!w.ends_with("ed")) return false;
  if (lex.WordCue(words[i - 1], "article")) return words[i + 1].is_word && !words[i + 1].clause_break;
  // "handed over 46 captured soldiers", "their captured comrades": after a
  // count or a possessive, before a common noun. A year ("in 2014 captured
  // Mosul") or a name after it leaves the verb.
  const bool count = !before.empty() && before.size() <= 3 &&
                     std::all_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool possessive = lex.WordCue(words[i - 1], "participle_possessive") != nullptr;
  // "walking among burned vehicles", "the smell of burned tyres": a verb
  // never follows a preposition; the participle there describes a noun.
  const bool preposition = lex.WordCue(words[i - 1], "participle_preposition") != nullptr;
  // "denied that its soldiers had executed captured fighters": right after a
  // past verb that is itself an event word, a participle describes that
  // verb's object (a verb never follows a verb with nothing between).
  const std::vector<int32_t>* verb_rows = nullptr;
  const bool after_verb = before.size() > 2 && before.ends_with("ed") && words[i - 1].is_word &&
                          !words[i - 1].clause_break && lex.trigger_table.Longest(words, i - 1, &verb_rows) == 1;
  if (!count && !possessive && !preposition && !after_verb) return false;
  const std::string_view next = words[i + 1].text();
  return words[i + 1].is_word && !words[i + 1].clause_break && !next.empty() && next[0] >= 'a' && next[0] <= 'z';
}

// "was publicly shot", "were reportedly killed": an English adverb in -ly
// between a passive auxiliary and its participle leaves the verb passive;
// so does one the `passive_adverb` cues list ("were also shot dead", "was
// later killed").
bool EnglishAdverb(const Doc& doc, const LexWord& w) {
  return w.is_word && doc.tokens[w.first].script == Script::kLatin && w.text().size() >= 5 && w.text().ends_with("ly");
}

// Whether a release (ACLED "Other", the type of freed/released) is told from
// word k on, in the clause.
bool ReleaseFollows(const EventLexicon& lex, const std::vector<LexWord>& words, const std::vector<int32_t>& tok_sent,
                    size_t k) {
  for (size_t j = k; j < words.size() && j < k + 6; ++j) {
    if (tok_sent[words[j].first] != tok_sent[words[k].first] || words[j].clause_break) return false;
    const std::vector<int32_t>* ids = nullptr;
    if (lex.trigger_table.Longest(words, j, &ids) == 0) continue;
    for (int32_t r : *ids)
      if (lex.triggers[r].acled_sub_event_type == "Other") return true;
  }
  return false;
}

// "women abducted near the border last month were freed", "a man wounded in
// the raid died": a past participle right after a noun, with no auxiliary and
// no object of its own, modifies that noun when a finite verb (`finite_verb`
// cue) follows in the same clause; the clause's event is that verb, the
// participle only says who. The noun is none when it is a pronoun or a
// conjunction (`not_noun`), and the participle takes no object when a
// `modifier_goes_on` word follows it. Without such a verb ("Five soldiers
// killed in ambush near Gao" as a headline) the participle is the event. A
// coordinator or relative word (`participle_clause_end`) ends the search:
// "gunmen stormed into the village and burned" keeps its verbs. A date of its own between the
// participle and the verb ("six people abducted from a camp on 11 May were
// found") makes it a background event told in passing: it stays. So does an
// abduction before a release ("herders kidnapped near the town were freed"):
// the release reads its captives from it (CaptivityBefore), and it is no
// event of its own there.
bool EnglishReducedRelative(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words,
                            const std::vector<int32_t>& tok_sent, const std::vector<bool>& tok_date,
                            const std::vector<int32_t>& rows, size_t i, size_t n) {
  if (n != 1 || i == 0 || i + 1 >= words.size() || doc.tokens[words[i].first].script != Script::kLatin) return false;
  const std::string_view w = words[i].text();
  if (!w.ends_with("ed") && !w.ends_with("en")) return false;
  // "The town, occupied by rebels for a week, is calm again": the same
  // modifier set off by commas after its noun, the verb right after the
  // closing comma.
  const bool aside = i >= 2 && words[i - 1].text() == "," && words[i - 2].is_word;
  const LexWord& noun = words[aside ? i - 2 : i - 1];
  if (!noun.is_word || noun.clause_break || tok_sent[noun.first] != tok_sent[words[i].first]) return false;
  if (lex.WordCue(noun, "not_noun") || lex.WordCue(noun, "passive") || lex.WordCue(noun, "finite_verb") ||
      EnglishAdverb(doc, noun))
    return false;
  // The modifier takes no object: it goes on with a preposition or a time
  // adverb ("abducted on the road", "occupied by rebels", "shot last week").
  // Any other word may be its object ("abducted six elders", "struck sites
  // the group has used"), which makes it the verb.
  const LexWord& next = words[i + 1];
  if (!next.is_word || next.number) return false;
  if (!lex.WordCue(next, "modifier_goes_on")) return false;
  for (size_t k = i + 1; k < words.size() && k < i + 16; ++k) {
    if (aside && words[k].text() == "," && k + 1 < words.size() &&
        tok_sent[words[k + 1].first] == tok_sent[words[i].first]) {
      const LexWord& after = words[k + 1];
      return lex.WordCue(after, "finite_verb") != nullptr || lex.WordCue(after, "passive") != nullptr;
    }
    if (tok_sent[words[k].first] != tok_sent[words[i].first] || words[k].clause_break || words[k].quote_mark)
      return false;
    if (words[k].first < tok_date.size() && tok_date[words[k].first]) return false;
    if (!words[k].is_word) continue;
    if (lex.WordCue(words[k], "participle_clause_end")) return false;
    if (!aside && (lex.WordCue(words[k], "finite_verb") || lex.WordCue(words[k], "passive")))
      return !(std::any_of(rows.begin(), rows.end(),
                           [&](int32_t r) {
                             return lex.triggers[r].acled_sub_event_type == "Abduction/forced disappearance";
                           }) &&
               ReleaseFollows(lex, words, tok_sent, k));
  }
  return false;
}

// "ساحة التحرير"، "شارع الثورة"، "جسر الجمهورية": a definite word right
// after a noun that heads place names (`name_head` cue) is part of the
// name, whatever event it could tell.
bool InPlaceName(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words, size_t i) {
  if (i == 0 || !IsDefinite(doc, lex, words, i) || doc.tokens[words[i].first].script == Script::kLatin) return false;
  return lex.WordCue(words[i - 1], "name_head") != nullptr;
}

// "جبهة استعادة الوحدة"، "حركة تحرير السودان": an indefinite word right
// after a noun that heads group names (`group_head` cue), itself in the
// construct (no article), and followed by a definite word is the group's
// name, whatever event it could tell. The definite word after it keeps
// "حركة احتجاجات واسعة" an event, and an article on the word (جيش
// الاحتلال) is no construct name.
bool InGroupName(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words, size_t i) {
  if (i == 0 || i + 1 >= words.size() || doc.tokens[words[i].first].script == Script::kLatin) return false;
  const LexWord& head = words[i - 1];
  if (!head.is_word || words[i].clause_break || words[i + 1].clause_break || !words[i + 1].is_word) return false;
  if (CarriesArticle(doc, head) || CarriesArticle(doc, words[i]) || !CarriesArticle(doc, words[i + 1])) return false;
  if (doc.tokens[words[i].first].piece == Piece::kProclitic) return false;
  return lex.WordCue(head, "group_head") != nullptr;
}

// Whether word i carries the preposition ب (بالمدفعية), or is it alone (بـ).
bool WithBa(const Doc& doc, const std::vector<LexWord>& words, size_t i) {
  if (words[i].text() == "\xD8\xA8") return true;
  for (uint32_t t = words[i].first; t < words[i].end; ++t) {
    if (doc.tokens[t].piece != Piece::kProclitic) break;
    if (doc.TokenText(t) == "\xD8\xA8") return true;
  }
  return false;
}

// Arabic: ب on the noun (بالمدفعية), before its count (بـ73 صاروخاً), or
// before the first of nouns joined by و (بالمدفعية والصواريخ، بـ20 صاروخاً
// وطائرات مسيّرة): a few words back within the clause.
// "استُخدمت فيه أسلحة رشاشة وقذائف": a weapon named after a verb of use
// (`means_verb` cue) a few words back in its clause — its pronoun (فيه) and
// the weapons listed before it between — is the means of the act the verb's
// pronoun refers to.
bool AfterMeansVerb(const EventLexicon& lex, const std::vector<LexWord>& words, size_t i) {
  for (size_t k = i, back = 0; k-- > 0 && back < 4; ++back) {
    if (words[k].clause_break || words[k].quote_mark) return false;
    // A word of the normalised text is its own key (NormalizeKey test
    // NormalisedTextIsItsOwnKey): asked for every weapon noun, so not re-keyed.
    if (words[k].is_word && lex.KeyCue(words[k].text(), "means_verb")) return true;
  }
  return false;
}

bool ArabicInstrument(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words, size_t i) {
  if (WithBa(doc, words, i) || AfterMeansVerb(lex, words, i)) return true;
  const uint32_t t0 = words[i].first;
  const bool joined = doc.tokens[t0].piece == Piece::kProclitic && doc.TokenText(t0) == "\xD9\x88";  // و
  for (size_t k = i, back = 0; k-- > 0 && back < 4; ++back) {
    if (words[k].clause_break || words[k].quote_mark) return false;
    if (WithBa(doc, words, k)) return true;
    if (!words[k].number && !joined) return false;
  }
  return false;
}

// A violent event word earlier in the clause of word i (its sentence, a few
// words back): the action a weapon noun of pos `means` is told as the
// means of (قصفوا المدينة بالمسيّرات، الهجمات الروسية بالمسيّرات).
bool ViolentHostBefore(const Doc& doc, const std::vector<LexWord>& words, const std::vector<int32_t>& tok_sent,
                       size_t i) {
  uint32_t start = words[i].first;
  for (size_t k = i, back = 0; k-- > 0 && back < 10; ++back) {
    if (words[k].clause_break || words[k].quote_mark || tok_sent[words[k].first] != tok_sent[words[i].first]) break;
    start = words[k].first;
  }
  for (size_t t = doc.triggers.size(); t-- > 0;) {
    const TriggerMention& m = doc.triggers[t];
    if (m.tokens.begin < start) break;
    if (ViolentEventType(m.acled_event_type)) return true;
  }
  return false;
}

// Whether the noun at word i is the means of an action (بالمدفعية، "with
// grenades", "using drones": an `instrument_marker` cue a few words before).
bool IsInstrument(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words, size_t i) {
  if (doc.tokens[words[i].first].script != Script::kLatin) return ArabicInstrument(doc, lex, words, i);
  if (i == 0) return false;
  // "with heavy machine guns and rocket-propelled grenades": a few words back,
  // hyphens and "and" included.
  for (size_t k = i, back = 0; k-- > 0 && back < 7; ++back) {
    if (words[k].clause_break || words[k].quote_mark) return false;
    if (!words[k].is_word) continue;
    if (lex.WordCue(words[k], "instrument_marker")) return true;
  }
  return false;
}

// "the nurses' strike", "the union's strike": whether an English possessive
// ends right before word i — a word in -s with an apostrophe written on it,
// or a word with 's (one word: text/words.h). An opening quote is none.
bool AfterEnglishPossessive(const Doc& doc, const std::vector<LexWord>& words, size_t i) {
  if (i < 2 || doc.tokens[words[i].first].script != Script::kLatin) return false;
  auto apostrophe = [&](size_t k) {
    if (words[k].is_word) return false;
    const std::string_view t = doc.TokenText(words[k].first);
    return t == "'" || t == "\xE2\x80\x99";  // ' or ’
  };
  // the apostrophe written on the word before it, with no space
  const bool glued = doc.tokens[words[i - 1].first].span.begin == doc.tokens[words[i - 2].end - 1].span.end;
  if (apostrophe(i - 1) && words[i - 2].is_word && words[i - 2].text().ends_with("s") && glued) return true;
  const std::string_view w = words[i - 1].text();
  return words[i - 1].is_word && w.size() > 2 && (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s"));
}

// Whether the possessor before word i (see AfterEnglishPossessive) is no
// armed party. "Israel's strikes", "the rebels' strikes" are theirs to fire.
// A plural in -s' ("the nurses' strike") may be no actor at all; a singular
// 's must be civilians, protesters or rioters, since a capital or a region
// stands for its state or army ("Kyiv's strikes", "Moscow's strikes").
bool UnarmedPossessor(const Doc& doc, const std::vector<LexWord>& words, const std::vector<int32_t>& tok_actor,
                      size_t i) {
  const bool singular = words[i - 1].is_word;
  const size_t k = singular ? i - 1 : i - 2;
  const int32_t a = tok_actor[words[k].first];
  if (a < 0) return !singular;
  const std::string& inter = doc.actors[a].acled_inter;
  return inter == "Civilians" || inter == "Protesters" || inter == "Rioters";
}

// "قُتل", "وأُصيب", "سُلِّم": an Arabic verb written with a damma on its
// first letter is a passive perfect (فُعِل، أُفعِل), whatever words follow;
// the damma of an imperfect's prefix (يُطلق، تُطلق، نُطلق) says nothing.
bool VowelledPassive(const Doc& doc, const std::vector<LexWord>& words, size_t i) {
  uint32_t t = words[i].first;
  while (t + 1 < words[i].end && doc.tokens[t].piece == Piece::kProclitic) ++t;
  if (doc.tokens[t].script == Script::kLatin) return false;
  std::string_view s = doc.OriginalText(doc.tokens[t].span);
  if ((s.starts_with("\xD9\x88") || s.starts_with("\xD9\x81")) && s.size() >= 6 &&
      s.substr(4, 2) == "\xD9\x8F")  // و، ف written on the verb
    s.remove_prefix(2);
  if (s.size() < 4 || s.substr(2, 2) != "\xD9\x8F") return false;  // damma
  const std::string_view first = s.substr(0, 2);
  return first != "\xD9\x8A" && first != "\xD8\xAA" && first != "\xD9\x86";  // ي ت ن
}

// A weapon named by its state is a party's mention ("Russian drones", "Israeli
// drones": the state's forces), and its noun also opens the impact phrase of a
// strike ("drones hit", "drones struck"): the mention's last word may start a
// trigger of several words that runs past the mention, never a one-word one
// (the party's name itself is no event), when the word after the mention is
// no trigger by itself.
bool ActorHeadStartsTrigger(const Doc& doc, const EventLexicon& lex, const std::vector<LexWord>& words,
                            const std::vector<int32_t>& tok_actor, size_t i) {
  const int32_t a = tok_actor[words[i].first];
  if (a < 0 || doc.actors[a].tokens.end > words[i].end) return false;
  const std::vector<int32_t>* ids = nullptr;
  const size_t n = lex.trigger_table.Longest(words, i, &ids);
  if (n < 2 || i + n > words.size() || tok_actor[words[i + 1].first] >= 0) return false;
  // A verb that is a trigger of its own ("struck") keeps the mention as its
  // subject; only an impact verb known with its projectile alone ("hit") needs it.
  return lex.trigger_table.Longest(words, i + 1, &ids) == 0;
}

}  // namespace

Status TriggerRecognizer::Run(Doc& doc) const {
  doc.triggers.clear();
  const EventLexicon& lex = *lex_;
  const std::vector<LexWord>& words = doc.lex_words;
  // Room for a trigger every eight words (news prose has about one in
  // fifteen), so that the list seldom moves its mentions as it grows.
  doc.triggers.reserve(words.size() / 8 + 4);
  std::vector<int32_t> tok_sent = TokenSentences(doc);
  // Per token: the actor mention covering it (-1), and whether one starts there.
  std::vector<int32_t> tok_actor(doc.tokens.size(), -1);
  for (size_t a = 0; a < doc.actors.size(); ++a)
    for (uint32_t t = doc.actors[a].tokens.begin; t < doc.actors[a].tokens.end; ++t) tok_actor[t] = static_cast<int32_t>(a);
  // A word of a date is no trigger: فجر اليوم is dawn, "in March" a month.
  std::vector<bool> tok_date(doc.tokens.size(), false);
  for (const DateMention& d : doc.dates)
    for (uint32_t t = d.tokens.begin; t < d.tokens.end && t < tok_date.size(); ++t) tok_date[t] = true;
  // The words of each count ("at least 14"): a plain form that runs into one may yield to a gapped form.
  std::vector<bool> tok_number(doc.tokens.size(), false);
  for (const NumberMention& m : doc.numbers)
    for (uint32_t t = m.tokens.begin; t < m.tokens.end && t < tok_number.size(); ++t) tok_number[t] = true;

  auto is_passive_cue = [&](size_t w) {
    const std::vector<int32_t>* ids = nullptr;
    if (lex.cue_table.Longest(words, w, &ids) != 1) return false;
    for (int32_t id : *ids)
      if (lex.cues[id].type == "passive") return true;
    return false;
  };
  auto actor_at = [&](size_t w) { return w < words.size() && tok_actor[words[w].first] >= 0; };

  std::vector<int32_t> gapped;                      // rows of a gapped form
  std::pair<size_t, size_t> gap_tail{SIZE_MAX, 0};  // its tail's words: no trigger of their own
  size_t i = 0;
  while (i < words.size()) {
    const LexWord& w = words[i];
    if (i >= gap_tail.first && i < gap_tail.second) {
      i = gap_tail.second;
      continue;
    }
    // A clitic written on the word (وفجر اليوم) is outside the date's tokens:
    // any token of the word inside a date makes it the date's.
    bool in_date = false;
    for (uint32_t t = w.first; t < w.end && t < tok_date.size(); ++t) in_date = in_date || tok_date[t];
    if (!w.is_word || in_date || (tok_actor[w.first] >= 0 && !ActorHeadStartsTrigger(doc, lex, words, tok_actor, i))) {
      ++i;
      continue;
    }
    const std::vector<int32_t>* ids = nullptr;
    size_t n = lex.trigger_table.Longest(words, i, &ids);
    // "fired at least 14 rockets at Sderot": a plain form of several words
    // that runs into a count (the "at" of "at least" is the quantifier's, not
    // the form's "fired at") yields to a gapped form ("fired ... rockets")
    // whose head ends before the count and whose tail names what was counted.
    size_t before_count = n;
    for (size_t k = i + 1; n > 1 && k < i + n; ++k)
      if (tok_number[words[k].first]) {
        before_count = k - i;
        break;
      }
    // A gapped form as long as the plain one says more: "handed over 46
    // captured soldiers" is a release by its tail, not "handed over" a town.
    std::pair<size_t, size_t> tail{SIZE_MAX, 0};
    const size_t g = GappedTrigger(lex, words, tok_sent, i, &gapped, &tail);
    // (before_count is n when no count runs into the plain form, and never
    // more: one test covers both.)
    const bool gapped_match = g > 0 && g >= before_count;
    if (gapped_match) ids = &gapped, n = g, gap_tail = tail;
    if (n == 0) {
      ++i;
      continue;
    }
    // A one-word verb form that with the article is another noun (الفرق "the
    // teams", not فرّق "dispersed"): a verb never takes the article. Cue keys
    // are normalised, so the form must be too (أسر is stored اسر).
    const bool article_noun = n == 1 && !gapped_match && IsDefinite(doc, lex, words, i) &&
                              lex.KeyCue(NormalizeKey(lex.triggers[ids->front()].form), "article_noun");
    // أسرة "a family" is no أسره "capturing him": normalised alike (ة and
    // ه are one letter there), a one-word form ending in the pronoun ه never
    // matches a word written with ta marbuta.
    const bool ta_marbuta_noun = [&] {
      if (n != 1 || gapped_match) return false;
      static constexpr std::string_view kHa = "\xD9\x87", kTaMarbuta = "\xD8\xA9";  // ه ة
      const std::string& form = lex.triggers[ids->front()].form;
      if (!std::string_view(form).ends_with(kHa)) return false;
      const std::string_view original = doc.OriginalText(doc.tokens[words[i].end - 1].span);
      return original.ends_with(kTaMarbuta);
    }();
    if (article_noun || ta_marbuta_noun || InsideEnglishName(doc, words, tok_sent, i, n) || EnglishParticipleAdjective(doc, lex, words, i, n) ||
        EnglishReducedRelative(doc, lex, words, tok_sent, tok_date, *ids, i, n) ||
        InPlaceName(doc, lex, words, i) || InGroupName(doc, lex, words, i)) {
      if (gapped_match) gap_tail = {SIZE_MAX, 0};
      i += n;
      continue;
    }
    const bool after_passive_cue =
        i > 0 && (is_passive_cue(i - 1) ||
                  (i > 1 && (EnglishAdverb(doc, words[i - 1]) || lex.WordCue(words[i - 1], "passive_adverb")) &&
                   is_passive_cue(i - 2)));
    // Clause context for voice: an actor before the trigger in its clause.
    bool actor_before = false;
    // A verb joined by و after a comma shares the subject of the clause
    // before (أطلقت الشرطة الغاز، واعتقلت 40 شخصاً): look one clause back.
    const bool coordinated = doc.tokens[w.first].piece == Piece::kProclitic && doc.TokenText(w.first) == "\xD9\x88";  // و
    int breaks_left = coordinated ? 1 : 0;
    for (size_t k = i; k-- > 0;) {
      if (tok_sent[words[k].first] != tok_sent[w.first]) break;
      if (words[k].clause_break && breaks_left-- == 0) break;
      if (actor_at(k)) {
        actor_before = true;
        break;
      }
    }
    const bool actor_after = actor_at(i + n) || (actor_at(i + n + 1) && !words[i + n].clause_break);
    const TriggerRow* chosen = nullptr;
    const TriggerRow* active = nullptr;
    const TriggerRow* passive = nullptr;
    for (int32_t id : *ids) {
      const TriggerRow& row = lex.triggers[id];
      if (row.voice == "active" && !active) active = &row;
      else if (row.voice == "passive" && !passive) passive = &row;
      else if (!chosen) chosen = &row;  // nominal
    }
    std::string voice;
    const bool definite = IsDefinite(doc, lex, words, i);
    if (definite && chosen) {
      // With the article it is the noun (القصف), never the verb (قصف).
    } else if (active && passive) {
      chosen = (after_passive_cue || !(actor_after || actor_before)) ? passive : active;
    } else if (!chosen) {
      chosen = active ? active : passive;
    }
    // A weapon noun that is also a common word (مسيّرات "drones", "marches")
    // is an event only as the means of a violent act before it in its
    // clause, written with ب (بالمسيّرات).
    if (chosen->pos == "means" && !(IsInstrument(doc, lex, words, i) && ViolentHostBefore(doc, words, tok_sent, i))) {
      if (gapped_match) gap_tail = {SIZE_MAX, 0};
      i += n;
      continue;
    }
    // "the nurses' strike": a word that tells a labour stoppage when it is
    // somebody's (`possessive_reading` cue) takes the row its cue names.
    if (n == 1 && !gapped_match && AfterEnglishPossessive(doc, words, i) && UnarmedPossessor(doc, words, tok_actor, i))
      if (const CueRow* c = lex.KeyCue(words[i].text(), "possessive_reading"))
        for (const TriggerRow& row : lex.triggers)
          if (row.form == c->kind) {
            chosen = &row;
            break;
          }
    voice = chosen->voice;
    // After تم/جرى (or "was") the word is a passive whatever row matched:
    // تم أسر عناصر — the soldiers named after it were captured, not captors.
    if (after_passive_cue && voice == "active" && passive) chosen = passive;
    if (after_passive_cue) voice = "passive";
    // A damma written on the verb picks its passive row where it has one
    // (قُتل سبعة محتجين: the seven were killed, no killers).
    if (passive && !definite && VowelledPassive(doc, words, i)) chosen = passive, voice = "passive";

    // Read before the mention is added: nothing below looks at doc.triggers.
    const bool reference = (voice == "nominal" && definite) || IsEnglishReference(doc, lex, words, i);  // تم الاستيلاء is news
    const bool instrument = voice == "nominal" && IsInstrument(doc, lex, words, i);
    // Built in its place in doc.triggers (a mention is a dozen strings: a
    // move of a finished one was as dear as filling it).
    TriggerMention& m = doc.triggers.emplace_back();
    m.tokens = TokenRange{words[i].first, words[i + n - 1].end};
    // The evidence runs to the gapped form's last word; the mention's words
    // are its head, whose subject or object stands in the gap.
    m.span = doc.SpanOf(gapped_match ? TokenRange{m.tokens.begin, words[gap_tail.second - 1].end} : m.tokens);
    m.lemma = chosen->lemma;
    m.acled_event_type = chosen->acled_event_type;
    m.acled_sub_event_type = chosen->acled_sub_event_type;
    m.plover_event_type = chosen->plover_event_type;
    m.plover_mode = chosen->plover_mode;
    m.voice = voice;
    m.roles = chosen->roles;
    m.default_status = chosen->default_status;
    m.confidence = chosen->confidence;
    m.generic = chosen->generic;
    m.definite = reference;
    m.instrument = instrument;
    i += n;
  }
  return Status::OK();
}

}  // namespace marsad
