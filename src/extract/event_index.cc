#include "extract/event_builder.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "extract/acled_inter.h"
#include "text/normalize.h"
#include "util/utf8.h"

namespace marsad::events_internal {

std::vector<RoleSlot> ParseRoles(std::string_view roles) {
  std::vector<RoleSlot> out;
  size_t b = 0;
  while (b < roles.size()) {
    size_t e = roles.find(' ', b);
    if (e == std::string_view::npos) e = roles.size();
    std::string_view item = roles.substr(b, e - b);
    b = e + 1;
    size_t eq = item.find('=');
    if (eq == std::string_view::npos) continue;
    RoleSlot s;
    std::string_view slot = item.substr(0, eq);
    if (slot.substr(0, 5) == "prep:") {
      s.slot = "prep";
      s.prep = NormalizeKey(slot.substr(5));
    } else {
      s.slot = std::string(slot);
    }
    std::string_view rs = item.substr(eq + 1);
    size_t rb = 0;
    while (rb <= rs.size()) {
      size_t re = rs.find('/', rb);
      if (re == std::string_view::npos) re = rs.size();
      if (re > rb) s.roles.emplace_back(rs.substr(rb, re - rb));
      rb = re + 1;
    }
    out.push_back(std::move(s));
  }
  return out;
}

namespace {

// ParseRoles of a trigger row's roles text, parsed once per thread: a
// document has dozens of triggers, and their rows share a few hundred roles
// texts. The map's nodes stay put, so the slots can be pointed to; its keys
// come from the lexicon's rows, so it stays small.
const std::vector<RoleSlot>* RolesOf(const std::string& roles) {
  thread_local std::unordered_map<std::string, std::vector<RoleSlot>> parsed;
  auto it = parsed.find(roles);
  if (it == parsed.end()) it = parsed.emplace(roles, ParseRoles(roles)).first;
  return &it->second;
}

}  // namespace

// NormalizeKey of a trigger's lemma, kept per thread: lemmas are the trigger
// lexicon's (a few thousand), and a document's triggers share many of them.
// NormalizeKey is a function of its text alone, so the memo needs no lexicon.
const std::string& LemmaKey(const std::string& lemma) {
  thread_local std::unordered_map<std::string, std::string> keys;
  if (auto it = keys.find(lemma); it != keys.end()) return it->second;
  if (keys.size() >= 8192) keys.clear();  // bounded, whatever lemmas a caller makes up
  return keys.emplace(lemma, NormalizeKey(lemma)).first->second;
}

void Builder::Index() {
  tok_sent_ = TokenSentences(doc_);
  tok_quote_ = TokenQuotes(doc_);
  tok_word_.assign(doc_.tokens.size(), 0);
  clause_.assign(words_.size(), 0);
  sent_.assign(words_.size(), -1);
  int32_t clause = 0;
  for (size_t w = 0; w < words_.size(); ++w) {
    for (uint32_t t = words_[w].first; t < words_[w].end; ++t) tok_word_[t] = w;
    sent_[w] = tok_sent_[words_[w].first];
    if (w > 0 && sent_[w] != sent_[w - 1]) ++clause;
    if (words_[w].clause_break) ++clause;
    clause_[w] = clause;
  }
  auto wspan = [&](TokenRange r, size_t* w0, size_t* w1) {
    if (r.empty() || r.end > tok_word_.size()) {  // defensive: no annotation should be empty
      *w0 = *w1 = 0;
      return;
    }
    *w0 = tok_word_[r.begin];
    *w1 = tok_word_[r.end - 1] + 1;
  };
  actor_w_.resize(doc_.actors.size());
  for (size_t a = 0; a < doc_.actors.size(); ++a) wspan(doc_.actors[a].tokens, &actor_w_[a].first, &actor_w_[a].second);
  place_w_.resize(doc_.places.size());
  for (size_t p = 0; p < doc_.places.size(); ++p) wspan(doc_.places[p].tokens, &place_w_[p].first, &place_w_[p].second);
  coarse_.resize(doc_.places.size());
  for (size_t p = 0; p < doc_.places.size(); ++p) coarse_[p] = CoarseMention(doc_.places[p]);
  // Each event's country is asked many times (actors, claims, sides): read once per place.
  place_country_.assign(doc_.places.size(), std::string());
  for (size_t p = 0; p < doc_.places.size(); ++p)
    if (doc_.places[p].resolved) place_country_[p] = lex_.Alpha3(doc_.places[p].location.country);
  trig_w_.resize(doc_.triggers.size());
  for (size_t t = 0; t < doc_.triggers.size(); ++t) wspan(doc_.triggers[t].tokens, &trig_w_[t].first, &trig_w_[t].second);
  lemma_rows_.resize(doc_.triggers.size());
  for (size_t t = 0; t < doc_.triggers.size(); ++t) lemma_rows_[t] = lex_.cue_table.Find(LemmaKey(doc_.triggers[t].lemma));
  date_w_.resize(doc_.dates.size());
  for (size_t d = 0; d < doc_.dates.size(); ++d) wspan(doc_.dates[d].tokens, &date_w_[d].first, &date_w_[d].second);
  num_w_.resize(doc_.numbers.size());
  for (size_t n = 0; n < doc_.numbers.size(); ++n) wspan(doc_.numbers[n].tokens, &num_w_[n].first, &num_w_[n].second);
  const size_t ns = doc_.sentences.size() + 1;
  s_events_.assign(ns, {});
  auto bucket_of = [&](size_t w) { return static_cast<size_t>(w < words_.size() ? sent_[w] + 1 : 0); };
  auto by_first_word = [&](SentenceBuckets* b, const std::vector<std::pair<size_t, size_t>>& spans) {
    b->Build(ns, spans.size(), [&](size_t i) { return bucket_of(spans[i].first); });
  };
  by_first_word(&s_places_, place_w_);
  by_first_word(&s_dates_, date_w_);
  by_first_word(&s_numbers_, num_w_);
  by_first_word(&s_triggers_, trig_w_);
  by_first_word(&s_actors_, actor_w_);
  actor_start_.assign(words_.size(), -1);
  for (size_t a = doc_.actors.size(); a-- > 0;) actor_start_[actor_w_[a].first] = static_cast<int32_t>(a);
  // The prepositions of the triggers' roles (for "not the subject: after مع").
  trig_roles_.clear();
  for (const TriggerMention& t : doc_.triggers) {
    trig_roles_.push_back(RolesOf(t.roles));
    for (const RoleSlot& s : *trig_roles_.back())
      if (s.slot == "prep" && std::find(preps_.begin(), preps_.end(), s.prep) == preps_.end()) preps_.push_back(s.prep);
  }
  // Actors that are also places are arguments only right next to a trigger.
  actor_is_place_.assign(doc_.actors.size(), false);
  for (size_t a = 0; a < doc_.actors.size(); ++a)
    for (int32_t pi : Bucket(s_places_, sent_[actor_w_[a].first])) {
      const PlaceMention& p = doc_.places[pi];
      // A name no gazetteer entry takes ("members of al-Shabaab in Garissa",
      // read as a place only from the words around it) is the registry's
      // actor it spells, not a place.
      if (!p.resolved && !doc_.actors[a].id.empty() && doc_.actors[a].alias_kind != "generic") continue;
      // The whole name is a place (سوريا، Iran), not a place inside a longer
      // name (Hayat Tahrir al-Sham).
      if (p.span.begin <= NameBegin(a) && doc_.actors[a].span.end <= p.span.end) actor_is_place_[a] = true;
    }
  actor_is_place_any_.assign(doc_.places.size(), false);
  for (size_t p = 0; p < doc_.places.size(); ++p)
    for (int32_t a : Bucket(s_actors_, sent_[place_w_[p].first]))
      if (doc_.actors[a].span.begin <= doc_.places[p].span.begin && doc_.places[p].span.end <= doc_.actors[a].span.end)
        actor_is_place_any_[p] = true;
  // Cues. A cue wholly inside a date is a word of the date: "in May" is a
  // month, not the modal "may".
  word_in_date_.assign(words_.size(), false);
  for (const auto& [d0, d1] : date_w_)
    for (size_t k = d0; k < d1 && k < words_.size(); ++k) word_in_date_[k] = true;
  auto inside_date = [&](size_t w0, size_t w1) {
    for (size_t k = w0; k < w1; ++k)
      if (!WordInDate(k)) return false;
    return true;
  };
  // A status cue wholly inside a place's name is a part of the name:
  // بينوي (Benue) is no ينوي ("intends") behind the proclitic ب.
  std::vector<bool> word_in_place(words_.size(), false);
  for (const auto& [p0, p1] : place_w_)
    for (size_t k = p0; k < p1 && k < words_.size(); ++k) word_in_place[k] = true;
  auto name_part = [&](const CueHit& c) {
    const Label& type = c.row->type;
    if (type != "hedge" && type != "negation" && type != "intent" && type != "historical") return false;
    for (size_t k = c.w0; k < c.w1; ++k)
      if (!word_in_place[k]) return false;
    return c.w1 > c.w0;
  };
  // حمولتها، سيارته، شحنتهم: a noun's ta marbuta is written ت before a
  // pronoun, split off or not; the word is still the `goods` noun its ة form
  // lists (حمولة، سيارة). A plural in ات (قواته) is no such noun. Read here,
  // in word order with the table's cues, so that a word inside a longer
  // phrase is a part of that phrase and no cue of its own, as a goods word
  // written with its ة is (the phrase pass skips the words it covers).
  for (size_t w = 0; w < words_.size();) {
    AddCliticCues(w);
    if (const CueRow* row = TaMarbutaGoods(words_[w])) cues_.push_back(CueHit{w, w + 1, row, sent_[w], clause_[w]});
    const std::vector<int32_t>* ids = nullptr;
    size_t n = lex_.cue_table.Longest(words_, w, &ids);
    // "منذ أشهر", "for months" is a span the date layer reads as well; it
    // tells how long a state has lasted, so its standing_span reading stays;
    // "a day after" dates the act and tells what it came after (`lead_up`).
    if (n > 0 && inside_date(w, w + n)) {
      for (int32_t id : *ids)
        if (lex_.cues[id].type == "standing_span" || lex_.cues[id].type == "lead_up")
          cues_.push_back(CueHit{w, w + n, &lex_.cues[id], sent_[w], clause_[w]});
      n = 0;
    }
    if (n == 0) {
      ++w;
      continue;
    }
    bool opener = false;
    for (int32_t id : *ids) {
      cues_.push_back(CueHit{w, w + n, &lex_.cues[id], sent_[w], clause_[w]});
      opener = opener || lex_.cues[id].type == "new_story";
    }
    // A sentence opener (`new_story`: كما أعلن، كما قال) frames the sentence
    // and takes none of its words' readings: the speech verb inside it is
    // still a speech verb (كما أعلن الجيش … names its speaker).
    if (opener) {
      for (size_t k = w + 1; k < w + n; ++k) {
        AddCliticCues(k);
        const std::vector<int32_t>* inner = nullptr;
        const size_t m = lex_.cue_table.Longest(words_, k, &inner);
        if (m == 0) continue;
        for (int32_t id : *inner) cues_.push_back(CueHit{k, k + m, &lex_.cues[id], sent_[k], clause_[k]});
        break;
      }
      w += n;
      continue;
    }
    // Two cues may share words: in "there were no casualties" the negation
    // "there were no" holds the first word of "no casualties". A cue that
    // begins inside this one and reaches past its end is read as well; one
    // that ends within it is a part of the longer phrase, not a cue of its own.
    for (size_t k = w + 1; k < w + n; ++k) AddCliticCues(k);
    for (size_t k = w + 1; k < w + n; ++k) {
      const std::vector<int32_t>* inner = nullptr;
      const size_t m = lex_.cue_table.Longest(words_, k, &inner);
      if (k + m <= w + n) continue;
      for (int32_t id : *inner) cues_.push_back(CueHit{k, k + m, &lex_.cues[id], sent_[k], clause_[k]});
      break;
    }
    w += n;
  }
  // A negation wholly inside a count is a word of its quantifier: the لا of
  // «ما لا يقل عن خمس نساء» ("no fewer than five women") and the "no" of "no
  // more than ten" bound the figure and deny nothing.
  std::vector<bool> word_in_number(words_.size(), false);
  for (const auto& [n0, n1] : num_w_)
    for (size_t k = n0; k < n1 && k < words_.size(); ++k) word_in_number[k] = true;
  auto quantifier_part = [&](const CueHit& c) {
    if (c.row->type != "negation" || c.w1 <= c.w0) return false;
    for (size_t k = c.w0; k < c.w1; ++k)
      if (!word_in_number[k]) return false;
    return true;
  };
  cues_.erase(std::remove_if(cues_.begin(), cues_.end(), [&](const CueHit& c) { return name_part(c) || quantifier_part(c); }),
              cues_.end());
  s_cues_.Build(ns, cues_.size(), [&](size_t c) { return bucket_of(cues_[c].w0); });
  cue_sig_.resize(cues_.size());
  s_cue_types_.assign(ns, 0);
  for (size_t c = 0; c < cues_.size(); ++c) {
    cue_sig_[c] = CueTypeSig(cues_[c].row->type);
    s_cue_types_[bucket_of(cues_[c].w0)] |= CueTypeBit(cue_sig_[c]);
  }
  capital_cues_.clear();
  lethal_outcome_at_.assign(words_.size(), false);
  for (size_t c = 0; c < cues_.size(); ++c) {
    const std::string_view type = cues_[c].row->type;  // a length test first, not a strlen per cue
    if (type == std::string_view("capital")) capital_cues_.push_back(static_cast<int32_t>(c));
    else if (type == std::string_view("lethal_outcome") && cues_[c].w0 < words_.size()) lethal_outcome_at_[cues_[c].w0] = true;
  }
  // "فيما نفت الرباط تنفيذ أي ضربة", "Rabat denied carrying out any strike":
  // a country's capital told as the subject of a speech or denial verb (an
  // `attribution` cue of scope quote, a `negation` of scope onward) — right
  // after the Arabic verb, right before the English one — is its government
  // speaking, as a capital the registry names (قالت طهران) is: no scene of
  // its sentence, nor one the next sentence goes on at.
  for (size_t p = 0; p < doc_.places.size(); ++p) {
    const PlaceMention& m = doc_.places[p];
    if (actor_is_place_any_[p] || !m.resolved || m.location.feature_code != "PPLC" || !m.relation_span.empty()) continue;
    const size_t w0 = place_w_[p].first, w1 = place_w_[p].second;
    for (int32_t ci : Bucket(s_cues_, sent_[w0])) {
      const CueRow& row = *cues_[ci].row;
      const bool speech = (row.type == "attribution" && row.scope == "quote") || (row.type == "negation" && row.scope == "onward");
      if (speech && (Latin(w0) ? cues_[ci].w0 == w1 : cues_[ci].w1 == w0)) {
        actor_is_place_any_[p] = true;
        break;
      }
    }
  }
  from_origin_.assign(doc_.places.size(), -1);
  // The killed and wounded named after a toll word (قُتل ثلاثة من عناصر
  // الأمن) are victims: never the subject of a later verb. The count between
  // may be a range (ما بين 10 و15 عنصراً من X): its figures add no distance; a
  // relative clause between ("which UN investigators blamed on X") has its own nouns.
  // Not across a subordinator: in "the killings came hours after protesters
  // stormed" the protesters are the storming's subject. Nor across a
  // complementizer: a tally that speaks (أفادت حصيلة عمليات الجيش بأن مفارز
  // أوقفت، وأضافت الحصيلة أن) opens reported words whose subject is theirs.
  victim_.assign(doc_.actors.size(), false);
  minor_victim_.assign(doc_.actors.size(), false);
  const auto words_between = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t k = from; k < to; ++k) n += !words_[k].number;
    const bool relative = AnyCue(sent_[from], "relative", [&](const CueHit& c) { return c.w0 >= from && c.w1 <= to; });
    return relative ? SIZE_MAX : n;
  };
  // "were killed by Turkish air strikes": a nationality right after an
  // English "by" qualifies the agent of the toll (its strikes, its shells),
  // not its victims.
  const auto english_agent = [&](size_t a) {
    const size_t w = actor_w_[a].first;
    return Latin(w) && w > 0 && words_[w - 1].text() == "by" && doc_.actors[a].alias_kind == "adjective";
  };
  for (size_t a = 0; a < doc_.actors.size(); ++a)
    for (int32_t t : Bucket(s_triggers_, sent_[actor_w_[a].first]))
      if (doc_.triggers[t].acled_event_type == "casualty" && !english_agent(a) && clause_[trig_w_[t].first] == clause_[actor_w_[a].first] &&
          ((trig_w_[t].second <= actor_w_[a].first && words_between(trig_w_[t].second, actor_w_[a].first) <= 5 &&
            !SubordinatorBetween(trig_w_[t].second, actor_w_[a].first) &&
            !ComplementizerBetween(trig_w_[t].second, actor_w_[a].first)) ||
           // "three soldiers were killed": right before a passive toll word
           (doc_.triggers[t].voice == "passive" && actor_w_[a].second <= trig_w_[t].first &&
            trig_w_[t].first - actor_w_[a].second <= 2)))
        victim_[a] = true;
  // "killed 40 members of the Volunteers for the Defence of the Homeland
  // (VDP)": a name in brackets right after a victim's name glosses it (its
  // abbreviation, a gloss) and is the same victim, not a subject of its own.
  for (size_t a = 1; a < doc_.actors.size(); ++a) {
    const size_t w0 = actor_w_[a].first, w1 = actor_w_[a].second;
    if (victim_[a] || !victim_[a - 1] || w0 == 0 || actor_w_[a - 1].second + 1 != w0 || w1 >= words_.size()) continue;
    const std::string_view open = words_[w0 - 1].text(), close = words_[w1].text();
    if (((open == "(" && close == ")") || (open == "[" && close == "]")) && sent_[w0] == sent_[actor_w_[a - 1].first])
      victim_[a] = true;
  }
  // "killing five people, including two soldiers", "بينهم أربعة جنود": the
  // part of a toll named after a subset cue and its count are victims too,
  // when a toll word of the sentence comes before the cue. A dual noun
  // (بينهم شرطيان) is its own count: the noun right after the cue.
  constexpr uint64_t kSubset = CueTypeBits({"subset"});
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    if (victim_[a]) continue;
    const size_t aw = actor_w_[a].first;
    if (!(SentenceCueTypes(sent_[aw]) & kSubset)) continue;
    for (int32_t ci : Bucket(s_cues_, sent_[aw])) {
      if (!CueMayBe(ci, kSubset)) continue;
      const CueHit& c = cues_[ci];
      if (c.row->type != "subset" || c.row->scope == "preceding" || c.w1 > aw) continue;
      size_t k = c.w1;
      std::optional<double> part;
      for (bool moved = true; moved && k < aw;) {
        moved = false;
        if (words_[k].number || words_[k].text() == "of") ++k, moved = true;
        else
          for (int32_t n : Bucket(s_numbers_, sent_[aw]))
            if (num_w_[n].first == k && num_w_[n].second > k) {
              // A count whose phrase takes in the noun (أربعة شرطيين) stops at it.
              k = num_w_[n].second > aw && actor_w_[a].second <= num_w_[n].second ? aw : num_w_[n].second;
              moved = true, part = doc_.numbers[n].value;
            }
      }
      const auto own_count = [&] {
        for (int32_t n : Bucket(s_numbers_, sent_[aw]))
          if (num_w_[n] == actor_w_[a]) return part = doc_.numbers[n].value, true;
        return false;
      };
      if (k != aw || (k == c.w1 && !own_count())) continue;  // the cue, its count, then the noun
      bool toll = false;
      for (int32_t t : Bucket(s_triggers_, sent_[aw]))
        toll |= doc_.triggers[t].acled_event_type == "casualty" && trig_w_[t].second <= c.w0;
      if (!toll) continue;
      victim_[a] = true;
      // The whole the part is taken from: the last count before the cue,
      // a few words back ("at least nine people, among them"; "at least" gives its low figure).
      std::optional<double> whole;
      size_t whole_end = 0;
      for (int32_t n : Bucket(s_numbers_, sent_[aw]))
        if (num_w_[n].second <= c.w0 && num_w_[n].second >= whole_end && c.w0 - num_w_[n].second <= 6 &&
            !doc_.numbers[n].vague)
          whole = doc_.numbers[n].value ? doc_.numbers[n].value : doc_.numbers[n].low, whole_end = num_w_[n].second;
      if (part && whole && *part * 2 < *whole) minor_victim_[a] = true;
    }
  }
  num_in_date_.assign(doc_.numbers.size(), false);
  num_after_subset_.assign(doc_.numbers.size(), false);
  for (size_t n = 0; n < doc_.numbers.size(); ++n) {
    for (int32_t d : Bucket(s_dates_, sent_[num_w_[n].first]))
      if (doc_.numbers[n].span.begin < doc_.dates[d].span.end && doc_.dates[d].span.begin < doc_.numbers[n].span.end)
        num_in_date_[n] = true;
    for (int32_t c : SentenceCueTypes(sent_[num_w_[n].first]) & kSubset ? Bucket(s_cues_, sent_[num_w_[n].first])
                                                                         : std::span<const int32_t>())
      if (CueMayBe(c, kSubset) && cues_[c].row->type == "subset" &&
          (cues_[c].row->scope == "preceding" ? cues_[c].w0 == num_w_[n].second
                                              : cues_[c].w1 == num_w_[n].first || cues_[c].w1 + 1 == num_w_[n].first))
        num_after_subset_[n] = true;  // "بينهم ثلاثة", "three of those killed": part of a toll told
  }
  ref_day_ = ReferenceDay(doc_);
  ref_year_ = IsoYear(ref_day_);
  headline_ = FindHeadline();
  dateline_end_ = DatelineEnd();
  place_memo_.assign(doc_.places.size(), 0);  // last: the predicates it keeps read the dateline
  unnamed_speaker_.assign(doc_.actors.size(), -1);
}

// A headline ("Rebels seize border town as talks stall", "الجيش يستعيد
// البلدة") is the report's first line: alone in its paragraph, with no full
// stop at its end, and the body after it. It sums up what the body tells.
// An ellipsis or a question mark inside it may cut it in two sentences
// ("عاجل | X: قوات الأمن تطلق الرصاص… قتيل وجرحى"): the whole first
// paragraph is the headline when it is that short. Returns its last sentence.
int32_t Builder::FindHeadline() const {
  const std::vector<Sentence>& ss = doc_.sentences;
  if (ss.size() < 2 || ss[0].tokens.empty()) return -1;
  size_t last_sentence = 0;
  while (last_sentence + 1 < ss.size() && ss[last_sentence + 1].paragraph == ss[0].paragraph) ++last_sentence;
  if (last_sentence + 1 >= ss.size() || last_sentence > 2 || ss[last_sentence].tokens.empty()) return -1;
  // Whether the paragraph whose last sentence is `i` ends as prose does.
  const auto ends_prose = [&](size_t i) {
    const Sentence& end = ss[i];
    if (end.tokens.empty()) return true;
    std::string_view last = doc_.TokenText(end.tokens.end - 1);
    // A closing quotation mark ends a quoted sentence ("...," he said.").
    if (end.tokens.size() > 1 && (last == "\"" || last == "\xE2\x80\x9D" || last == "\xC2\xBB"))
      last = doc_.TokenText(end.tokens.end - 2);
    return last == "." || last == "\xE2\x80\xA6" || last == "\xDB\x94";  // . … ۔
  };
  if (ends_prose(last_sentence)) return -1;
  // A ticker of breaking-news lines (عاجل | …, each its own item, none
  // closed by a full stop): when the two paragraphs after the first line
  // end unpunctuated too, the first line is one item among them, not a
  // headline summing up a body.
  size_t unpunctuated = 0, paragraphs = 0;
  for (size_t i = last_sentence + 1; i < ss.size() && paragraphs < 2; ++i)
    if (i + 1 == ss.size() || ss[i + 1].paragraph != ss[i].paragraph) {
      ++paragraphs;
      unpunctuated += !ends_prose(i);
    }
  if (paragraphs == 2 && unpunctuated == 2) return -1;
  size_t words = 0;
  for (size_t w = 0; w < words_.size(); ++w) words += sent_[w] >= 0 && sent_[w] <= static_cast<int32_t>(last_sentence);
  return words <= 30 ? static_cast<int32_t>(last_sentence) : -1;
}

// The first sentence of the body: after the headline, if there is one.
int32_t Builder::LeadSentence() const { return headline_ + 1; }

// A dateline ("GAZA, Aug 11 (Agency) -") opens the first sentence: a place
// first, then a dash within a few words. Its place and day say where and
// when the report was filed, not where and when the news happened.
size_t Builder::DatelineEnd() const {
  // A header line ("date 2024-08-11") may come first, outside any sentence.
  // Under a headline, the body's first sentence opens with it.
  const int32_t lead = LeadSentence();
  size_t first = 0;
  while (first < words_.size() && sent_[first] < lead) ++first;
  bool place_first = false;
  for (size_t p = 0; p < place_w_.size(); ++p) {
    const auto& pw = place_w_[p];
    if (pw.first < first || pw.first > first + 1 || sent_[pw.first] != lead) continue;
    place_first = true;
    // "PESHAWAR: A suicide bomber …" (the South Asian papers' form): a town
    // in capitals right before a colon is a dateline too. (A country so
    // told, "SUDAN: North Darfur – Flash Update", is a title's topic.)
    const std::string_view name = doc_.OriginalText(doc_.SpanOf(doc_.places[p].tokens));
    if (pw.first == first && pw.second < words_.size() && words_[pw.second].text() == ":" &&
        std::none_of(name.begin(), name.end(), [](unsigned char c) { return c >= 'a' && c <= 'z'; }) &&
        std::any_of(name.begin(), name.end(), [](unsigned char c) { return c >= 'A' && c <= 'Z'; }) &&
        !CoarseMention(doc_.places[p]))
      return pw.second + 1;
  }
  if (!place_first) return 0;
  for (size_t w = first; w < words_.size() && w < first + 16 && sent_[w] == lead; ++w) {
    const std::string_view t = words_[w].text();
    if (t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94") return w + 1;
  }
  // "Ranchi, Nov 10 (PTI) Two jawans were killed …", "KABUL (AP) Gunmen …":
  // with no dash, the agency in brackets right after the town or the day
  // ends the dateline (not a name's abbreviation: "The Arakan Army (AA)").
  size_t town_end = 0;
  for (size_t p = 0; p < place_w_.size(); ++p)
    if (place_w_[p].first >= first && place_w_[p].first <= first + 1 && sent_[place_w_[p].first] == lead) {
      town_end = place_w_[p].second;
      break;
    }
  for (size_t w = town_end; w < words_.size() && w < first + 8 && sent_[w] == lead; ++w) {
    if (words_[w].text() != "(" || w == 0) continue;
    const std::string_view before = words_[w - 1].text();
    const bool day = !before.empty() && std::all_of(before.begin(), before.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
    if (w != town_end && !day) return 0;
    for (size_t k = w + 2; k < words_.size() && k <= w + 4 && sent_[k] == lead; ++k)
      if (words_[k].text() == ")") return k + 1;
    return 0;
  }
  return 0;
}

// "the deadliest bombing since a suicide attack killed 32 in 2021": a date
// after "since" belongs to the earlier event the since-clause tells, not to
// a trigger before it.
bool Builder::TriggerStartingAt(size_t w) const {
  if (w >= words_.size()) return false;
  for (int32_t t : Bucket(s_triggers_, sent_[w]))
    if (trig_w_[t].first == w) return true;
  return false;
}

int32_t Builder::NumberStartingAt(size_t w) const {
  if (w >= words_.size()) return -1;
  for (int32_t n : Bucket(s_numbers_, sent_[w]))
    if (num_w_[n].first == w) return n;
  return -1;
}

// A proclitic cue (the future س of سيهاجمون، ستنظم) is a hit of no width
// at the start of the word that carries it, so that its scope counts from
// that word: the verb itself, or the event noun right after it.
void Builder::AddCliticCues(size_t w) {
  if (lex_.clitic_cues.empty() || !words_[w].is_word) return;
  for (uint32_t t = words_[w].first; t + 1 < words_[w].end && doc_.tokens[t].piece == Piece::kProclitic; ++t)
    for (const CueRow& row : lex_.clitic_cues)
      if (doc_.TokenText(t) == row.cue) cues_.push_back(CueHit{w, w, &row, sent_[w], clause_[w]});
}

const CueRow* Builder::TaMarbutaGoods(const LexWord& word) const {
  static constexpr std::string_view kTa = "\xD8\xAA", kAlif = "\xD8\xA7", kHa = "\xD9\x87";  // ت ا ه
  static constexpr std::string_view kPronouns[] = {"\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85",
                                                   "\xD9\x87\xD9\x86", "\xD9\x87"};  // هما ها هم هن ه
  if (!word.is_word || doc_.tokens[word.first].script != Script::kArabic) return nullptr;
  for (std::string_view v : word.variants) {
    for (std::string_view p : kPronouns) {
      if (!v.ends_with(p)) continue;
      const std::string_view stem = v.substr(0, v.size() - p.size());
      if (!stem.ends_with(kTa) || utf8::CodePointCount(stem) < 4) break;
      const std::string_view base = stem.substr(0, stem.size() - kTa.size());
      if (base.ends_with(kAlif)) break;
      // The ة form, spelt in a buffer on the stack: no allocation per word.
      char buf[64];
      if (base.size() + kHa.size() > sizeof buf) break;
      base.copy(buf, base.size());
      kHa.copy(buf + base.size(), kHa.size());
      if (const CueRow* row = lex_.KeyCue(std::string_view(buf, base.size() + kHa.size()), "goods")) return row;
      break;
    }
  }
  return nullptr;
}

void WordCueMemo::Fill(const EventLexicon& lex, const LexWord& word, Slot* slot) {
  slot->begin = static_cast<uint32_t>(rows_.size());
  for (std::string_view key : word.variants)
    if (const std::vector<int32_t>* ids = lex.cue_table.Find(key))
      for (int32_t id : *ids) {
        const CueRow* row = &lex.cues[id];
        const uint32_t sig = CueTypeSig(row->type);
        rows_.push_back(Row{sig, row});
        slot->types |= CueTypeBit(sig);
      }
  slot->end = static_cast<uint32_t>(rows_.size());
}

const CueRow* WordCueMemo::Match(const Slot& slot, uint32_t sig, std::string_view type) const {
  for (uint32_t i = slot.begin; i < slot.end; ++i)
    if (rows_[i].sig == sig && rows_[i].row->type == type) return rows_[i].row;
  return nullptr;
}

bool Builder::SinceBetween(size_t tw1, size_t dw) const {
  for (size_t w = tw1; w < dw && w < words_.size(); ++w)
    if (words_[w].text() == "since") return true;
  return false;
}

// After a toll word "as" is mostly a count ("killed as many as 20 fighters").
bool Builder::SubordinatorBetween(size_t w0, size_t w1) const {
  for (size_t w = w0; w < w1 && w < words_.size(); ++w)
    if (Subordinator(w) && words_[w].text() != "as") return true;
  return false;
}

// Actors named as backing another ("مدعومة بمقاتلي العشائر", "backed by
// Russian jets") fight on its side: never its opponent. The backing phrase
// may describe the backers at length before naming them (بمساندة مقاتلي
// العشائر المحلية المعروفين بـ"X"): it runs to the end of its clause.
void Builder::MarkAllies() {
  ally_.assign(doc_.actors.size(), false);
  for (const CueHit& c : cues_) {
    if (c.row->type == "mediator" || c.row->type == "charged_link") {
      MarkMediator(c);
      continue;
    }
    if (c.row->type != "ally") continue;
    // A cue opening its clause sets off the backers up to the clause's end
    // ("the army, backed by fighters of the local clans known as X, took");
    // elsewhere the names in its clause within eight words, or right after it.
    const bool opens = c.w0 > 0 && words_[c.w0 - 1].clause_break;
    for (int32_t a : Bucket(s_actors_, c.sentence)) {
      const size_t w = actor_w_[a].first;
      if (w < c.w1) continue;
      const bool near = w <= c.w1 + 4 || (w <= c.w1 + 8 && clause_[w] == clause_[c.w1]);  // "(معاويسلي)" too
      if (near || (opens && clause_[w] == c.clause)) ally_[a] = true;
    }
  }
}

// A mediator or sponsor (بوساطة أمريكية، رعته روسيا، "brokered by Qatar")
// is no party to what it brokered: like a backer, it fills no slot. Only
// the name right after the cue: the parties often follow it (رعته روسيا بين
// X وY).
// So is the group captives are charged with aiding (بتهمة التعاون مع الدعم
// السريع، "on suspicion of collaborating with the RSF"): named in the charge,
// it neither made the arrest nor is the one arrested.
// Kind `subject` ("elders brokered a truce", "community leaders later
// brokered a ceasefire"): the verb's own subject, the name ending at most two
// words before it in its clause, is the mediator.
void Builder::MarkMediator(const CueHit& c) {
  const bool subject = c.row->kind == "subject";
  for (int32_t a : Bucket(s_actors_, c.sentence)) {
    if (subject) {
      const size_t end = actor_w_[a].second;
      if (end <= c.w0 && c.w0 - end <= 2 && clause_[actor_w_[a].first] == c.clause) ally_[a] = true;
    } else if (actor_w_[a].first >= c.w1 && actor_w_[a].first <= c.w1 + 1) {
      ally_[a] = true;
    }
  }
}

void Builder::FindMainActor() {
  std::map<std::string, std::pair<int, size_t>> freq;  // id → (count, first mention)
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    const ActorMention& m = doc_.actors[a];
    // A name that fills no slot (a backer, a mediator, the group named in a
    // charge) is not who the report's unattributed deeds belong to.
    // "The enemy" is a party's word for the other side: who it fights, not
    // whom the report is about.
    // A named crowd (a party or movement whose rallies ACLED codes under its
    // name: the DEM Party, the BYC) is no doer of the unattributed armed
    // deeds (a defused bomb, a surrender) either.
    if (m.id.empty() || m.person || m.alias_kind == "generic" || m.alias_kind == "adjective" ||
        m.alias_kind == "enemy" || m.acled_inter == "Civilians" || m.acled_inter == "Protesters" ||
        m.acled_inter == "Rioters" || actor_is_place_[a] ||
        victim_[a] || ally_[a])
      continue;
    auto& f = freq.try_emplace(m.id, std::make_pair(0, a)).first->second;
    ++f.first;
  }
  int best = 0;
  size_t first = 0;
  for (const auto& [id, f] : freq)
    if (f.first > best || (f.first == best && f.second < first)) best = f.first, first = f.second, main_actor_ = id;
}

std::string Builder::PlaceKeyOf(const Event& e) const {
  if (e.place < 0) return "";
  const PlaceMention& p = doc_.places[e.place];
  if (!p.resolved) return std::string(doc_.norm(p.span));
  std::string key = "#";  // built by appending: GCC 12 warns (-Wrestrict) on "#" + std::string
  key += std::to_string(p.entry);
  return key;
}

// Every pair of a document's events is compared (MergeDuplicates): most
// differ in place, and building two keys per pair cost more than the rest.
bool Builder::SamePlaceKey(const Event& a, const Event& b) const {
  if (a.place < 0 || b.place < 0) return false;
  const PlaceMention &pa = doc_.places[a.place], &pb = doc_.places[b.place];
  if (pa.resolved && pb.resolved) return pa.entry == pb.entry;
  if (!pa.resolved && !pb.resolved) {
    const std::string_view ta = doc_.norm(pa.span);
    return !ta.empty() && ta == doc_.norm(pb.span);
  }
  const std::string ka = PlaceKeyOf(a);  // an unread name against an entry's key: rare
  return !ka.empty() && ka == PlaceKeyOf(b);
}

std::string Builder::Actor1Of(const Event& e) const {
  if (e.actor1.actor >= 0) return doc_.actors[e.actor1.actor].id;
  return e.actor1.implicit_id;
}

bool Builder::TerritoryTaken(const Event& e) {
  return e.acled_sub_event_type == "Non-state actor overtakes territory" ||
         e.acled_sub_event_type == "Government regains territory";
}

size_t Builder::WordAtByte(uint32_t at) const {
  return static_cast<size_t>(
      std::lower_bound(words_.begin(), words_.end(), at,
                       [&](const LexWord& w, uint32_t b) { return doc_.tokens[w.first].span.begin < b; }) -
      words_.begin());
}

// A capture verb's object right after it is goods, not ground (استولوا على
// أسلحة، واسترجعت ثلاثة مسدسات); freed or recovered people too in Arabic
// (حرّروا رهينتين، استعادة الجثث), where an English goods word may head
// people ("aid workers").
bool Builder::GoodsTaken(const CueHit& c, size_t tw0, size_t tw1) const {
  return c.row->type == "goods" && c.w0 >= tw1 && c.w0 <= tw1 + 2 && (c.row->kind != "persons" || !Latin(tw0));
}

// A capture of goods or people (GoodsTaken), no ground.
bool Builder::CaptureOfGoods(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  return AnyCue(static_cast<int32_t>(e.sentence), "goods", [&](const CueHit& c) { return GoodsTaken(c, tw0, tw1); });
}

// Removes the events a pass merged into others (gone[i]), keeping the order.
// In place: an Event is large, and a new vector grown one push at a time
// moved every kept event again at each reallocation.
void Builder::DropGone(const std::vector<bool>& gone) {
  std::vector<Event>& ev = doc_.events;
  // Most passes drop nothing: the events before the first gone one stay
  // where they are, untouched.
  size_t kept = 0;
  while (kept < ev.size() && !gone[kept]) ++kept;
  if (kept == ev.size()) return;
  for (size_t i = kept + 1; i < ev.size(); ++i) {
    if (gone[i]) continue;
    if (kept != i) ev[kept] = std::move(ev[i]);
    ++kept;
  }
  ev.erase(ev.begin() + static_cast<std::ptrdiff_t>(kept), ev.end());
}

bool Builder::Happened(std::string_view status) {
  return status == "reported" || status == "claimed" || status == "hedged";
}

// Battles have two sides: a battle event that names one keeps the
// opponent the report gives it elsewhere (the same sentence first, then
// the document), marked implicit.
std::string Builder::Actor2Of(const Event& e) const {
  if (e.actor2.actor >= 0) return doc_.actors[e.actor2.actor].id;
  return e.actor2.implicit_id;
}

std::string Builder::InterOf(const EventArgument& a) const {
  if (a.actor >= 0) return doc_.actors[a.actor].acled_inter;
  const ActorInfo* info = a.implicit ? lex_.Actor(a.implicit_id) : nullptr;
  return info ? info->acled_inter : "";
}

bool Builder::Armed(std::string_view inter) { return ArmedInter(inter); }

bool Builder::ArmedParty(const ActorMention& m) {
  return !m.id.empty() && !m.person && Armed(m.acled_inter) && m.alias_kind != "adjective";
}

std::string Builder::PlaceCountry(const Event& e) const {
  if (e.place < 0 || !doc_.places[e.place].resolved) return "";
  if (static_cast<size_t>(e.place) < place_country_.size()) return place_country_[e.place];  // read in Index
  return lex_.Alpha3(doc_.places[e.place].location.country);
}

// Where an actor's name starts, after its proclitics (ولبنان → لبنان).
uint32_t Builder::NameBegin(size_t a) const {
  const ActorMention& m = doc_.actors[a];
  for (uint32_t t = m.tokens.begin; t < m.tokens.end; ++t)
    if (doc_.tokens[t].piece != Piece::kProclitic) return doc_.tokens[t].span.begin;
  return m.span.begin;
}

const CueRow* Builder::LemmaCue(const TriggerMention& t, std::string_view type) const {
  const TriggerMention* first = doc_.triggers.data();
  if (&t >= first && &t < first + lemma_rows_.size()) {
    // As EventLexicon::KeyCue, on the rows Index found for the trigger.
    if (const std::vector<int32_t>* ids = lemma_rows_[&t - first])
      for (int32_t id : *ids)
        if (lex_.cues[id].type == type) return &lex_.cues[id];
    return nullptr;
  }
  return lex_.KeyCue(NormalizeKey(t.lemma), type);  // a trigger made after Index()
}

}  // namespace marsad::events_internal
