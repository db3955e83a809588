#include "extract/event_builder.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdlib>

#include "util/affix.h"
#include "util/civil_time.h"

namespace marsad::events_internal {

namespace {

// The type bit of `attribution` cues (CueMayBe): a loop that reads only
// them skips the others without reading their rows.
constexpr uint64_t kAttributionBit = CueTypeBits({"attribution"});

// How many words past its trigger a relative pronoun may still open a clause
// about the event itself (الهجوم المسلح على القرية الذي وقع عام 2019).
constexpr size_t kRelativeOfEventGap = 3;

int StatusRank(std::string_view s) {
  if (s == "negated") return 6;
  if (s == "intent") return 5;
  // Background stays background when it is also told with doubt.
  if (s == "historical") return 4;
  if (s == "hedged") return 3;
  if (s == "claimed") return 2;
  return 1;
}

// std::atoi of a few bytes taken as a string of their own (leading
// white space, a sign, then digits; 0 when none), without the copy and the
// strtol call: Finish reads two dates of every dated event.
int AtoiOf(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  int n = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) n = n * 10 + (s[i] - '0');
  return negative ? -n : n;
}

// The day a date stands for when judging its age, in days since the epoch:
// a range's last day, a month's middle, a year's last day; INT64_MIN when
// unresolved.
int64_t LastDay(const std::string& value, const std::string& end) {
  const std::string_view v = end.empty() ? value : end;
  if (v.size() < 4) return INT64_MIN;
  const int y = AtoiOf(v.substr(0, 4));
  const int m = v.size() >= 7 ? AtoiOf(v.substr(5, 2)) : 12;
  if (m < 1 || m > 12) return INT64_MIN;
  // A month alone ("last July", "early September") is taken at its middle.
  const int d = v.size() >= 10 ? AtoiOf(v.substr(8, 2)) : (v.size() >= 7 ? 15 : 31);
  if (!IsValidCivil(y, m, d)) return INT64_MIN;
  return DaysFromCivil(CivilDay{y, m, d});
}

// News is of the last days, a week or two; an event whose own date is more
// than three weeks before the report (an agreement "early last September"
// in a mid-October report, a takeover "last July") is background to it.
constexpr int64_t kBackgroundDays = 21;
// Told with doubt (أفادت أنباء غير مؤكدة، "unconfirmed reports") and dated
// within the two months before the report ("last month"), an act is news
// still being established, not background: it stays hedged.
constexpr int64_t kRecentDoubtDays = 62;

}  // namespace

// Whether cue ci is an `attribution` cue (its type bit read first, its row
// only then), and, with `outside_quote`, one said outside any quotation.
bool Builder::AttributionCue(int32_t ci, bool outside_quote) const {
  if (!CueMayBe(ci, kAttributionBit) || cues_[ci].row->type != "attribution") return false;
  return !outside_quote || tok_quote_[words_[cues_[ci].w0].first] < 0;
}

int64_t Builder::RefLastDay() const {
  if (!ref_last_day_) ref_last_day_ = LastDay(ref_day_, "");
  return *ref_last_day_;
}

// The event's date is a day (or a few) of its own sentence, within the
// weeks before the report: the time of news, not of background.
bool Builder::RecentOwnDay(const Event& e, int32_t sentence) const {
  if (e.date < 0 || sent_[date_w_[e.date].first] != sentence) return false;
  const DateMention& own = doc_.dates[e.date];
  if (own.since || own.precision > DatePrecision::kDay) return false;
  const int64_t last = LastDay(own.value, own.end), ref = RefLastDay();
  return last != INT64_MIN && ref != INT64_MIN && ref - last >= 0 && ref - last <= kBackgroundDays;
}

// A roundup's headline names the period it covers (حصيلة شهر تشرين الثاني
// 2026، "Violence in November 2026: a monthly tally"): a month or a span of
// a week or more, told in the document's first sentence, that ended within
// the weeks before the report (kBackgroundDays) or is still running when it
// is written, ending at most 31 days after it (a month's roundup written
// before the month is out). The acts of that period are the report's
// news, however early in it they fell; a period long past ("the November
// 2023 massacre, two years on") makes none. The headline is a short line
// (fifteen words at most) before the act's own sentence: a report's first
// sentence that tells an act "last month" names that act's time, no period.
bool Builder::InReportedPeriod(int64_t last, int32_t sentence) const {
  if (last == INT64_MIN) return false;
  size_t first = 0;
  while (first < words_.size() && sent_[first] < 0) ++first;
  if (first >= words_.size()) return false;
  const int32_t s0 = sent_[first];
  if (sentence <= s0) return false;
  size_t n = 0;
  for (size_t w = first; w < words_.size() && sent_[w] == s0; ++w) n += words_[w].is_word;
  if (n > 15) return false;
  const int64_t ref = RefLastDay();
  if (ref == INT64_MIN) return false;
  const auto day = [](std::string_view v, bool end_of_month) -> int64_t {
    if (v.size() < 7) return INT64_MIN;
    const int y = AtoiOf(v.substr(0, 4)), m = AtoiOf(v.substr(5, 2));
    if (m < 1 || m > 12) return INT64_MIN;
    const int d = v.size() >= 10 ? AtoiOf(v.substr(8, 2)) : end_of_month ? DaysInMonth(y, m) : 1;
    return IsValidCivil(y, m, d) ? DaysFromCivil(CivilDay{y, m, d}) : INT64_MIN;
  };
  for (size_t i = 0; i < doc_.dates.size() && i < date_w_.size(); ++i) {
    if (sent_[date_w_[i].first] != s0) continue;
    const DateMention& d = doc_.dates[i];
    if (d.since || d.value.empty()) continue;
    const int64_t from = day(d.value, false), to = day(d.end.empty() ? d.value : d.end, true);
    if (from == INT64_MIN || to == INT64_MIN || to - from < 6) continue;
    if (ref - to > kBackgroundDays || to - ref > 31) continue;
    if (last >= from && last <= to) return true;
  }
  return false;
}

bool Builder::RecentPeriodAfter(size_t w) const {
  if (w >= words_.size()) return false;
  for (int32_t d : Bucket(s_dates_, sent_[w])) {
    const size_t d0 = date_w_[d].first;
    if (d0 < w || d0 > w + 1 || clause_[d0] != clause_[w]) continue;
    const DateMention& dm = doc_.dates[d];
    if (dm.since || dm.precision > DatePrecision::kMonth) continue;
    const int64_t last = LastDay(dm.value, dm.end), ref = RefLastDay();
    if (last != INT64_MIN && ref != INT64_MIN && ref - last <= kBackgroundDays) return true;
  }
  return false;
}

// "Army explosives experts defused a second device", "its experts had
// dismantled the mine": a source word (`attribution` of kind analyst) right
// before the event word of its clause, with at most an auxiliary between
// (a `finite_verb` cue),
// is the subject doing the act — staff of a force at work, no analyst
// explaining background.
bool Builder::DoerOfTheAct(const CueHit& c, size_t tw0) const {
  if (c.w1 > tw0 || tw0 - c.w1 > 2 || clause_[c.w1 < words_.size() ? c.w1 : c.w0] != clause_[tw0]) return false;
  for (size_t k = c.w1; k < tw0; ++k)
    if (WordCue(k, "finite_verb") == nullptr) return false;  // "had", "have": an auxiliary
  return Latin(tw0);
}

// A date that says it is ahead (يوم الثلاثاء المقبل، "next week"), not one
// read off the narrative ("a day later").
bool Builder::FutureMarked(int32_t d) const {
  for (size_t w = date_w_[d].first; w < date_w_[d].second && w < words_.size(); ++w)
    if (WordCue(w, "intent")) return true;
  return false;
}

void Builder::Raise(Event& e, std::string_view status) {
  if (StatusRank(status) > StatusRank(e.status)) e.status = std::string(status);
}

// A doubt told as a clause of its own that says what follows it (a
// complementizer within six words after the cue, in its sentence: وأفادت
// أنباء بأن …، "unconfirmed reports said that …").
bool Builder::DoubtOfWhatFollows(const CueHit& h) const {
  size_t end = h.w1;
  while (end < words_.size() && end < h.w1 + 6 && sent_[end] == h.sentence) ++end;
  if (ComplementizerBetween(h.w1, end)) return true;
  // …، فيما تحدثت تقارير لم يتسنَّ التحقق منها عن تعرّض نساء لاعتداءات،
  // "…, while unverified reports spoke about …": the reports' topic after
  // a `doubt_topic` word (عن، "about"), up to three words on, is what the
  // doubt is of — not when a number follows the word ("…, a claim that
  // could not be verified, about 40 km north of …": a distance or an
  // estimate, no topic).
  // (The number layer may read the word into the number: "about 40".)
  const auto counted = [&](size_t k) {
    for (int32_t n : Bucket(s_numbers_, h.sentence))
      if (num_w_[n].first <= k + 1 && num_w_[n].second > k) return true;
    return false;
  };
  for (size_t k = h.w1; k < end && k < h.w1 + 3; ++k)
    if (WordCue(k, "doubt_topic") && !counted(k)) return true;
  return false;
}

bool Builder::CueApplies(const CueHit& c, size_t tw0, size_t tw1, int32_t t, bool denial_stops_at_speech) const {
  const int32_t sentence = sent_[tw0];
  if (c.sentence != sentence) return false;
  // "with an unconfirmed number of casualties", حصيلة غير مؤكدة: a doubt
  // said of a count (a `figure_noun` right after or right before it) doubts
  // the count, not the act counted.
  if (c.row->type == "hedge" &&
      (OfAFigure(c) || (c.w1 < words_.size() && sent_[c.w1] == sentence && WordCue(c.w1, "figure_noun"))))
    return false;
  // تفيد تقارير، أفادت تقارير: an Arabic doubt written with an indefinite
  // noun is hearsay; the same words with the article (أفادت التقارير، "the
  // reports", a body's own field reports) are its source, no doubt. Cue
  // matching folds the article, so the words are compared here.
  // The article may stand behind و or ب (والتقارير، بالتقارير): the word's
  // proclitics are read (CarriesArticle), not its first letters. Row words
  // and text words are paired word for word (a phrase is matched so, no
  // punctuation inside it); a row of another length is not compared.
  if (c.row->type == "hedge" && !Latin(c.w0)) {
    std::vector<std::string_view> row_words;
    for (std::string_view row = c.row->cue; !row.empty();) {
      const size_t sp = row.find(' ');
      row_words.push_back(row.substr(0, sp));
      row = sp == std::string_view::npos ? std::string_view() : row.substr(sp + 1);
    }
    if (row_words.size() == c.w1 - c.w0)
      for (size_t k = c.w0; k < c.w1; ++k) {
        if (!words_[k].is_word) continue;
        const bool text_article = words_[k].article_bytes > 0 || CarriesArticle(doc_, words_[k]);
        if (text_article && !row_words[k - c.w0].starts_with(kArArticle)) return false;
      }
  }
  const Label& scope = c.row->scope;
  if (scope == "sentence") {
    // …، وأفادت أنباء بأن …، "…, and unconfirmed reports said that …": a
    // doubt that opens a later clause of its own and tells what follows its
    // complementizer doubts that, not the events told before it.
    if (c.row->type == "hedge" && tw1 <= c.w0 && c.clause != clause_[tw0] && DoubtOfWhatFollows(c)) return false;
    return true;
  }
  if (scope == "clause") {
    // "أن الانفجار مرتبط بنزاع عشائري وليس بنشاط التنظيم": an Arabic
    // negation joined by و after the event word of its clause (وليس،
    // وليست: "and not …") sets aside the alternative told after it, not
    // the event told before it.
    if (c.row->type == "negation" && !Latin(c.w0) && tw1 <= c.w0 && c.w0 > 0 && AndOpens(c.w0, false)) return false;
    // "burned 200 houses and reportedly raped two women": an English doubt
    // told after a coordinator (and, or) right before an act of its own
    // doubts that act, not the deed told before it. (A toll so told, "struck
    // a market and reportedly killed dozens", is the deed's own: doubted.)
    if (c.row->type == "hedge" && Latin(c.w0) && tw1 <= c.w0 && c.clause == clause_[tw0]) {
      bool joined = false, own_act = false;
      for (size_t k = tw1; k < c.w0; ++k) joined = joined || WordCue(k, "coordinator");
      for (int32_t u : Bucket(s_triggers_, sentence))
        own_act = own_act || (trig_w_[u].first >= c.w1 && trig_w_[u].first <= c.w1 + 1 &&
                              doc_.triggers[u].acled_event_type != "casualty");
      if (joined && own_act) return false;
      // "took over two checkpoints after elders agreed to a truce that was
      // reportedly signed": a doubt inside a relative clause (who, which,
      // that; up to two words between) whose antecedent is a later event
      // word doubts that event, not the act told before it.
      const bool of_a_later_event = AnyCue(sentence, "relative", [&](const CueHit& r) {
        if (r.w0 < tw1 || r.w1 > c.w0 || c.w0 - r.w1 > 2) return false;
        for (int32_t u : Bucket(s_triggers_, sentence))
          if (u != t && trig_w_[u].first >= tw1 && trig_w_[u].second <= r.w0 && r.w0 - trig_w_[u].second <= 1 &&
              doc_.triggers[u].acled_event_type != "casualty")
            return true;
        return false;
      });
      if (of_a_later_event) return false;
    }
    // A vow or a threat takes the act it names after it (هدد … بتنفيذ مزيد من
    // الهجمات); an event word before it in its clause is told as done
    // (الاشتباكات تهدد حياة المدنيين: the clashes endanger lives).
    if (c.row->kind == "vow" && tw1 <= c.w0) return false;
    if (c.clause == clause_[tw0]) return true;
    // A vow's object is the act vowed, however many asides set off by commas stand
    // between (توعّد قائد الجيش، في تصريح للصحفيين، باستعادة القرى): the first event
    // word after the vow in its sentence, written with its بـ, no complementizer between
    // (…، مؤكداً أن: a new statement).
    // The reach counts the asides' commas too: sixteen words, a speaker with
    // his title and an aside naming where he spoke (توعد قائد ميداني في الدعم
    // السريع، في مقطع مصور نُشر على منصة إكس، بدخول المدينة).
    if (c.row->kind != "vow" || tw0 < c.w1 || tw0 - c.w1 > 16) return false;
    // A phase of the act (a `phase_noun`: بتكثيف القصف، بمواصلة الهجمات،
    // باستئناف الغارات) right before the event word carries the بـ for it.
    size_t bw = tw0;
    if (tw0 > c.w1 && WordCue(tw0 - 1, "phase_noun")) bw = tw0 - 1;
    auto is_ba = [&](size_t w) { return words_[w].text() == "\xD8\xA8"; };  // بـ written apart
    bool with_ba = is_ba(bw - 1) || (bw >= c.w1 + 2 && !words_[bw - 1].is_word && is_ba(bw - 2));  // بـ«دخول
    for (uint32_t k = words_[bw].first; !with_ba && k < words_[bw].end; ++k) {
      if (doc_.tokens[k].piece != Piece::kProclitic) break;
      with_ba = doc_.TokenText(k) == "\xD8\xA8";
    }
    // The phase noun is matched without its proclitics, which the tokenizer
    // may leave on an unlisted word: a بـ that opens it (no phase noun's
    // own first letter) is the preposition.
    if (!with_ba && bw != tw0) with_ba = words_[bw].text().starts_with("\xD8\xA8");
    if (!with_ba || ComplementizerBetween(c.w1, tw0)) return false;
    for (int32_t u : Bucket(s_triggers_, sentence))
      if (u != t && trig_w_[u].first >= c.w1 && trig_w_[u].first < tw0) return false;
    return true;
  }
  // A denial (نفى، "denied") takes what is told after it, or in its own
  // clause; the events told before it in the sentence (…، فيما نفت الشرطة
  // توقيف أحد) are someone else's word.
  if (scope == "onward") {
    if (c.clause != clause_[tw0] && tw0 < c.w1) return false;
    // "officers arrested 14 people and denied that any protester had been
    // hurt", اعتقلت … ونفت أن يكون …: a denial whose content opens with a
    // complementizer denies what that clause tells, not the act its
    // speaker told before it in the same clause.
    // So for any onward cue, a hedge's too (رجحت المصادر أن …): its
    // complementizer clause is what it doubts.
    if (tw0 < c.w0 && c.w1 < words_.size() && WordCue(c.w1, "complementizer")) return false;
    // "denied that, saying its troops were still fighting", نفى ذلك، مؤكداً
    // أن قواته ما زالت تقاتل: a speech verb after the denial opens what the
    // denier (or another source) asserts — the denial does not reach past it.
    if (denial_stops_at_speech && c.row->type == "negation" && tw0 >= c.w1 && SpeechVerbBetween(c.w1 - 1, tw0))
      return false;
    // …، فيما توعّد المتمردون بمواصلة الزحف، "…, while the rebels vowed to
    // press on": a vow (an `intent` cue of kind vow) standing between the
    // denial and the event word is another party's plan, told in a clause
    // of its own — the denial does not reach the act vowed.
    if (c.row->type == "negation" && tw0 >= c.w1 &&
        AnyCue(sentence, "intent", [&](const CueHit& v) {
          return v.row->kind == "vow" && v.w0 >= c.w1 && v.w1 <= tw0 && v.clause != c.clause;
        }))
      return false;
    return true;
  }
  if (scope == "following") {
    // "Police detained no one after the sit-in": a negation right after a
    // verb of its clause is that verb's object — it denies that act, not
    // the event word after it.
    if (c.row->type == "negation" && Latin(c.w0))
      for (int32_t u : Bucket(s_triggers_, sentence))
        if (trig_w_[u].second == c.w0 && clause_[trig_w_[u].first] == c.clause &&
            doc_.triggers[u].voice == "active")
          return u == t;
    // A future or a plan governs its clause: the event word may stand past
    // the verb, its object and a day ("said they would keep their shops shut
    // on Monday to protest", سينظمون غداً في ساحة المدينة اعتصاماً).
    // A plan governs the acts joined to its object too ("would hold a
    // general strike and a protest"): an event word right after a
    // `coordinator` (and, or; an `article` may follow it) that ends the
    // event word before it is judged as that first one.
    int32_t head = t;
    size_t hw0 = tw0;
    if (c.row->type == "intent" && Latin(tw0)) {
      for (int guard = 0; guard < 4; ++guard) {
        size_t j = hw0;
        if (j > 0 && WordCue(j - 1, "article")) --j;
        if (j == 0 || !WordCue(j - 1, "coordinator")) break;
        int32_t before = -1;
        for (int32_t u : Bucket(s_triggers_, sentence))
          if (trig_w_[u].second == j - 1) before = u;
        if (before < 0) break;
        head = before;
        hw0 = trig_w_[before].first;
      }
    }
    const size_t reach = c.row->type == "intent" && c.clause == clause_[hw0] ? 8 : 4;
    if (c.w1 > hw0 || hw0 - c.w1 > reach) return false;
    // The next trigger after the cue, not a later one.
    for (int32_t u : Bucket(s_triggers_, sentence))
      if (u != head && trig_w_[u].first >= c.w1 && trig_w_[u].first < hw0) return false;
    return true;
  }
  if (scope == "next") return c.w1 <= tw0 && tw0 <= c.w1 + 1;  // لم تسجل أي صدامات: "any" may stand between
  if (scope == "preceding") {
    // A denial that the event took place reaches its subject past a short
    // description ("a march planned in the town on Friday did not take place").
    const size_t reach = c.row->type == "negation" && Latin(c.w0) ? 6 : 4;
    if (tw1 > c.w0 || c.w0 - tw1 > reach || c.clause != clause_[tw0]) return false;
    for (int32_t u : Bucket(s_triggers_, sentence))
      if (u != t && trig_w_[u].first >= tw1 && trig_w_[u].first < c.w0) return false;
    return true;
  }
  return false;
}

// A relative pronoun (`relative` cue) opening the phrase that starts at word
// w, at most one word (an article) before it, and not before word from; its
// antecedent no event noun ("fighting that the army said left 12 dead" goes
// on telling the news, with its source).
bool Builder::RelativeBefore(size_t w, size_t from) const {
  return AnyCue(sent_[w], "relative", [&](const CueHit& c) {
    if (c.w0 < from || c.w1 > w || w - c.w1 > 1) return false;
    for (const auto& [t0, t1] : trig_w_)
      if (t1 == c.w0) return false;
    return true;
  });
}

// Whether a speech verb (an attribution cue said of a speaker) starts
// after word `from` and before word `to`.
bool Builder::SpeechVerbBetween(size_t from, size_t to) const {
  if (from >= words_.size()) return false;
  return AnyCue(sent_[from], "attribution",
                [&](const CueHit& c) { return c.row->scope == "quote" && c.w0 > from && c.w0 < to; });
}

// Whether a complementizer (أن، "that") stands in words [from, to).
bool Builder::ComplementizerBetween(size_t from, size_t to) const {
  for (size_t w = from; w < to && w < words_.size(); ++w)
    if (WordCue(w, "complementizer")) return true;
  return false;
}

// The actor a speech verb's subject names: right after the verb (قال
// الجيش), or after a spokesman's title (أعلن المتحدث العسكري للقوات
// المسلحة، قال الناطق باسم الشرطة); -1 if none.
int32_t Builder::SubjectOfSpeech(const CueHit& c) const {
  if (int32_t a = ActorNear(c.w1, clause_[c.w0], c.w0, c.w1); a >= 0) return a;
  constexpr uint64_t kTitle = CueTypeBits({"military_voice", "government_voice", "attribution"});
  for (int32_t ti : SentenceCueTypes(c.sentence) & kTitle ? Bucket(s_cues_, c.sentence) : std::span<const int32_t>()) {
    if (!CueMayBe(ti, kTitle)) continue;
    const CueHit& t = cues_[ti];
    const Label& type = t.row->type;
    const bool title = type == "military_voice" || type == "government_voice" ||
                       (type == "attribution" && t.row->kind == "official_statement");
    if (t.w0 == c.w1 && title) {
      if (const int32_t a = ActorNear(t.w1, clause_[c.w0], c.w0, c.w1); a >= 0) return a;
      break;
    }
  }
  // قالت إدارة العلاقات العامة في الجيش الباكستاني، قال المتحدث باسم الفرقة
  // الثالثة في الجيش الأوغندي: a body or office that no dictionary names,
  // told as inside an armed force (في + the force), is that force speaking.
  // Up to four words between the verb and في, all words of one clause, none
  // a complementizer or a name; not an unnamed source (مصدر في الجيش, judged
  // by SideSourceOf). The force right after في, armed and coded.
  if (Latin(c.w0) || c.w1 >= words_.size() || WordCue(c.w1, "complementizer")) return -1;
  if (const CueRow* r = WordCue(c.w1, "attribution"); r != nullptr && r->kind == "anonymous_source") return -1;
  // Officials or an officer "in" a force (مسؤولون في طالبان، ضابط في الجيش)
  // are its unnamed members, not its voice.
  // (Normalised text: مسؤول and مسئول are read مسوول and مسيول.)
  if (WordCue(c.w1, "one_victim") || StartsWith(words_[c.w1].bare(), "\u0645\u0633\u0648\u0648\u0644") ||
      StartsWith(words_[c.w1].bare(), "\u0645\u0633\u064a\u0648\u0644"))
    return -1;
  for (size_t k = c.w1 + 1; k <= c.w1 + 4 && k + 1 < words_.size() && clause_[k] == clause_[c.w0]; ++k) {
    if (!words_[k].is_word || WordCue(k, "complementizer") || ActorStartingAt(k) >= 0) return -1;
    if (words_[k].text() != "\u0641\u064a") continue;
    const int32_t a = ActorStartingAt(k + 1);
    if (a < 0 || doc_.actors[a].id.empty() || !Armed(doc_.actors[a].acled_inter)) return -1;
    return a;
  }
  return -1;
}


// The actor named at a speech verb of the sentence (قال الجيش، "the army
// said"), or -1.
int32_t Builder::NamedSpeaker(int32_t sentence) const {
  // Both readings are of the sentence's attribution cues.
  constexpr uint64_t kAttribution = CueTypeBits({"attribution"});
  if (!(SentenceCueTypes(sentence) & kAttribution)) return -1;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    if (!CueMayBe(ci, kAttribution)) continue;
    const CueHit& c = cues_[ci];
    if (c.row->type != "attribution" || c.row->scope != "quote" || tok_quote_[words_[c.w0].first] >= 0) continue;
    if (c.w1 < words_.size() && WordCue(c.w1, "complementizer")) continue;
    int32_t a = SubjectOfSpeech(c);
    if (a < 0) a = ActorEndingAt(c.w0, sentence);
    // A party's own outlet as the subject (أعلن الإعلام العسكري لقوات X): the party speaks.
    if (a < 0)
      for (int32_t mi : Bucket(s_cues_, sentence))
        if (cues_[mi].w0 == c.w1 && (a = MediaOwner(cues_[mi], true)) >= 0) break;
    if (a >= 0) return a;
  }
  // "According to" names its source too (…، وفق المتحدث باسم شرطة الولاية،
  // "according to the army"): the next sentence's وأضاف المتحدث أن goes on
  // with it.
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    if (!CueMayBe(ci, kAttribution)) continue;
    const CueHit& c = cues_[ci];
    if (c.row->type != "attribution" || c.row->scope != "following" || !c.row->kind.empty() ||
        tok_quote_[words_[c.w0].first] >= 0)
      continue;
    if (const int32_t a = ActorNear(c.w1, clause_[c.w0], c.w0, c.w1, -1, 4); a >= 0) return a;
  }
  return -1;
}

// Whether the speaker carried from the sentence before spoke there as an
// unnamed source (قال مصدر عسكري … وأضاف المصدر): the anaphor stays one.
bool Builder::CarriedAnonymous(int32_t speaker) const {
  if (speaker < 0) return false;
  const size_t a0 = actor_w_[speaker].first, a1 = actor_w_[speaker].second;
  return AnyCue(sent_[a0], "attribution", [&](const CueHit& c) {
    return c.row->kind == "anonymous_source" && c.w0 < a1 && a0 <= c.w1;
  });
}

// Whether the words from `w` to a complementizer, at most four, name no one
// new: a subject that stands for the last speaker (وأضاف البيان أن، وأضاف
// الجهاز في بيان أن), not an actor or another kind of source (مصدر، سكان).
bool Builder::AnaphoricSubject(size_t w) const {
  if (w >= words_.size()) return false;
  // An Arabic subject in the indefinite (قالت منظمة حقوقية إن) brings a new
  // speaker in, unless it is a source word itself (متحدث، مصدر).
  // A preposition of circumstance (وأضاف في بيان أن) or an adverb in the
  // accusative, written with tanween on its alif (وأضاف أيضاً أن), is no
  // subject: the words after it are read as below.
  const auto adverb = [&](size_t k) {
    const LexWord& lw = words_[k];
    constexpr std::string_view kAlif = "\xD8\xA7", kFathatan = "\xD9\x8B";  // ا ً
    if (!lw.text().ends_with(kAlif)) return false;
    const Span span{doc_.tokens[lw.first].span.begin, doc_.tokens[lw.end - 1].span.end};
    return doc_.OriginalText(span).find(kFathatan) != std::string_view::npos;
  };
  if (!Latin(w) && words_[w].is_word && words_[w].article_bytes == 0 && !WordCue(w, "speaker_anaphor") &&
      !WordCue(w, "attribution") && !WordCue(w, "complementizer") && !WordCue(w, "circumstance") && !adverb(w))
    return false;
  for (size_t k = w; k < w + 5 && k < words_.size() && sent_[k] == sent_[w]; ++k) {
    if (WordCue(k, "complementizer")) return k > w;
    if (WordCue(k, "speaker_anaphor")) continue;  // وقال المصدر إن: the source already named
    if (ActorStartingAt(k) >= 0) return false;
    if (const CueRow* c = WordCue(k, "attribution"); c && c->kind != "official_statement") return false;
  }
  return false;
}

// The sentence says what it tells cannot be verified (لم يتسنَّ التحقق،
// "could not be independently verified"), by a cue that is no event word.
// "… said 11 raiders were killed, a figure that could not be independently
// verified", وهو رقم لم يتسنَّ التحقق منه: said of a figure (a `figure_noun`
// right before it, or before the relative word before it), the doubt is of
// the count, not of the act counted.
bool Builder::OfAFigure(const CueHit& c) const {
  size_t k = c.w0;
  if (k > 0 && WordCue(k - 1, "relative")) --k;
  return k > 0 && sent_[k - 1] == c.sentence && WordCue(k - 1, "figure_noun");
}

// "Gunmen killed three villagers, but police did not confirm the identity
// of the attackers", لم يتسن التحقق من هوية المهاجمين: a doubt whose object
// is a detail of the deed (a `detail_noun` within three words after it, no
// other event word before it) doubts that detail, not the deed.
bool Builder::OfADetail(const CueHit& c) const {
  for (size_t k = c.w1; k < c.w1 + 3 && k < words_.size() && sent_[k] == c.sentence; ++k) {
    if (WordCue(k, "detail_noun")) return true;
    if (TriggerStartingAt(k)) return false;
  }
  return false;
}

bool Builder::Unverifiable(int32_t sentence) const {
  return AnyCue(sentence, "unverified",
                [&](const CueHit& c) { return !TriggerStartingAt(c.w0) && !OfAFigure(c) && !OfADetail(c); });
}

// The same for the event word at tw0..tw1, less a doubt that opens a later
// clause of its own and tells what follows it (see CueApplies): that one
// doubts what it introduces, not the event told before it.
bool Builder::Unverifiable(int32_t sentence, size_t tw0, size_t tw1) const {
  // …، زاعمة مقتل أكثر من 30 جندياً، "claiming the deaths of …": a claim
  // whose object is a toll (a casualty word right after it) doubts the
  // count, not the act it was told after.
  const auto of_a_toll = [&](const CueHit& c) {
    if (c.w1 >= words_.size() || sent_[c.w1] != sentence || tw1 > c.w0) return false;
    for (int32_t u : Bucket(s_triggers_, sentence))
      if (trig_w_[u].first == c.w1 && doc_.triggers[u].acled_event_type == "casualty") return true;
    return false;
  };
  return AnyCue(sentence, "unverified", [&](const CueHit& c) {
    return !TriggerStartingAt(c.w0) && !OfAFigure(c) && !OfADetail(c) && !of_a_toll(c) &&
           !(tw1 <= c.w0 && c.clause != clause_[tw0] && DoubtOfWhatFollows(c));
  });
}

// A count the sentence says cannot be verified is someone's claim of it.
bool Builder::FigureDoubted(int32_t sentence) const {
  return AnyCue(sentence, "unverified", [&](const CueHit& c) { return OfAFigure(c); });
}

// A protest named after a call verb (`call_to_protest`: ودعت النقابات إلى
// إضراب عام) in its clause, with no event word of another kind or a
// complementizer between, is one called for, not yet held. The verb itself may be the
// protest's word (دعا ناشطون إلى "جمعة الغضب").
bool Builder::CalledFor(const Event& e) const {
  if (e.acled_event_type != "Protests") return false;
  const int32_t sentence = sent_[trig_w_[e.trigger].first];
  const size_t tw0 = trig_w_[e.trigger].first;
  return AnyCue(sentence, "call_to_protest", [&](const CueHit& c) {
    if (c.w0 > tw0 || (tw0 >= c.w1 && tw0 - c.w1 > 8) || c.clause != clause_[tw0]) return false;
    if (tw0 >= c.w1 && ComplementizerBetween(c.w1, tw0)) return false;
    // Protests listed together (إلى إضراب عام وعصيان مدني) are all called for.
    for (int32_t u : Bucket(s_triggers_, sentence))
      if (u != e.trigger && trig_w_[u].first >= c.w1 && trig_w_[u].first < tw0 &&
          doc_.triggers[u].acled_event_type != "Protests")
        return false;
    return true;
  });
}

// denial_stops_at_speech only when Go() reads an event's status a second
// time (events.cc): the passes that drop or fold denials still see the
// event denied, while its recorded status is what the speaker after the
// denial asserts.
void Builder::Finish(Event& e, bool denial_stops_at_speech) {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  const int32_t sentence = sent_[tw0];
  // Status from cues (only the types CueStatus reads give one).
  constexpr uint64_t kStatusTypes = CueTypeBits({"negation", "foiled", "hedge", "intent", "historical"});
  for (int32_t ci : SentenceCueTypes(sentence) & kStatusTypes ? Bucket(s_cues_, sentence) : std::span<const int32_t>()) {
    if (!CueMayBe(ci, kStatusTypes)) continue;
    const CueHit& c = cues_[ci];
    std::string_view st = CueStatus(*c.row);
    if (st.empty() || !CueApplies(c, tw0, tw1, e.trigger, denial_stops_at_speech)) continue;
    // A hedge word that begins an event phrase is that phrase's word:
    // "claimed the lives of" kills, it claims nothing (so for `unverified`).
    if (st == "hedged" && TriggerStartingAt(c.w0)) continue;
    // A hedge right before a name doubts who did it, not that it happened
    // ("suspected JNIM fighters ambushed a convoy", "Suspected jihadists
    // attacked a post": the hedge of the next word reaches the verb one word
    // on only past a doer it qualifies): the event is reported.
    if (st == "hedged" && (c.row->scope == "following" || c.row->scope == "next") && c.w1 < words_.size() &&
        ActorStartingAt(c.w1) >= 0)
      continue;
    // An attack foiled at the cost of lives was fought off, not averted.
    if (c.row->type == "foiled" && e.fatalities && e.fatalities->best.value_or(0) > 0) continue;
    if (st == "historical") {
      // Year cues (منذ عام، in 2011) are judged by the date they carry; "من
      // قبل" before an actor is the agent ("by"), not "before".
      if (c.w1 < words_.size() && (words_[c.w1].number || ActorStartingAt(c.w1) >= 0)) continue;
      // "women who had been raped": a pluperfect in a relative clause is
      // earlier than its main clause's past, not background to the news.
      if (c.row->scope == "following" && c.w0 > 0 && WordCue(c.w0 - 1, "relative")) continue;
      // وقفة … للمطالبة بالعودة إلى قراهم التي هُجّروا منها قبل سنوات: a cue
      // of its clause told inside a relative clause opened a few words past
      // the event word dates what that clause tells of a later noun, not
      // the event (a relative right after it, الهجوم الذي وقع قبل سنوات,
      // still tells of the event itself).
      if (c.row->scope == "clause" && c.w0 >= tw1 && AnyCue(sentence, "relative", [&](const CueHit& r) {
            return r.w0 >= tw1 + kRelativeOfEventGap && r.w1 <= c.w0 && r.clause == clause_[tw0];
          }))
        continue;
      // "The mission said a girl had been raped on Thursday": a pluperfect
      // whose event carries a day of its own sentence in the last weeks is
      // told back from a speaker's time (or before another act of the
      // news), news still; the day decides, below.
      if (c.row->scope == "following" && RecentOwnDay(e, sentence)) continue;
      // في وقت سابق هذا الأسبوع، "earlier this month": a period of the
      // report's own time right after the cue bounds "earlier" to the last
      // days — news told back, no background.
      if (RecentPeriodAfter(c.w1)) continue;
      // "in the past week": a recent period that begins inside the cue and
      // runs past it is the last days too, not "in the past".
      const auto straddles = [&](int32_t d) {
        return date_w_[d].first < c.w1 && date_w_[d].second > c.w1 && RecentPeriodAfter(date_w_[d].first);
      };
      if (std::any_of(Bucket(s_dates_, sentence).begin(), Bucket(s_dates_, sentence).end(), straddles)) continue;
    }
    Raise(e, st);
  }
  // بقذائف يُعتقد أنها محمّلة بغازات سامة: a doubt about a detail told
  // (detail_doubt) whose doubted words are the event's own noun, at most
  // one word after it in its clause, doubts that the event was what it is
  // told as. A verb after the doubted word (مسيّرة يُعتقد أنها تركية قصفت)
  // tells the act itself, undoubted.
  // So does one whose doubted words are the cause the event noun is told
  // as (أعراض يُرجَّح أنها ناجمة عن مواد كيميائية: a `cause_of` word between).
  if (tr.voice == "nominal" && AnyCue(sentence, "detail_doubt", [&](const CueHit& c) {
        if (c.w1 > tw0 || c.clause != clause_[tw0]) return false;
        if (tw0 - c.w1 <= 1) return true;
        return tw0 - c.w1 <= 3 && AnyCue(sentence, "cause_of", [&](const CueHit& k) {
                 return k.w0 == c.w1 && k.w1 <= tw0 && tw0 - k.w1 <= 1;
               });
      }))
    Raise(e, "hedged");
  if (EnglishSinceClause(tw0)) Raise(e, "historical");
  if (CalledFor(e)) Raise(e, "intent");
  // Old dates of the sentence.
  for (int32_t d : Bucket(s_dates_, sentence)) {
    const DateMention& dm = doc_.dates[d];
    if (!OldDate(dm) || DurationOfNoun(d)) continue;
    if (const size_t owner = PossessedBy(d); owner != SIZE_MAX && (tw0 < owner || tw0 > owner + 2)) continue;
    // "which has fought Turkey since 1984", "has killed thousands since
    // 2015": a state or toll that has run for more than a year, with no day
    // of its own, is background, no event told.
    if (dm.since && Latin(tw0) && PresentPerfect(tw0) && date_w_[d].first > tw0 &&
        clause_[date_w_[d].first] == clause_[tw0] && e.date < 0) {
      Raise(e, "historical");
      continue;
    }
    // وتسيطر الحركة على المدينة منذ 2023: the old day the state began dates
    // its event (StartOfStandingState), told as background.
    if (d == e.date && dm.since && StartOfStandingState(e) == d) {
      Raise(e, "historical");
      continue;
    }
    // منذ سيطرة الحركة عليها عام 2016: the old since-date after the event's
    // word that dates it (the act the since-phrase runs from) makes it a
    // past deed, told as background.
    if (d == e.date && dm.since && date_w_[d].first > tw0) {
      Raise(e, "historical");
      continue;
    }
    if (dm.since && clause_[date_w_[d].first] == clause_[tw0]) continue;
    if (dm.since && date_w_[d].first > tw0) continue;
    // "X, which has fought the government since 2009, ambushed …": a
    // since-date after another event word of its own clause is how long
    // that one has lasted, not this event's time.
    // (Not of the clause a `time_clause` word opens after it: "since 2004,
    // when troops broke up a demonstration" dates the break-up.)
    if (dm.since && SinceOfAnotherTrigger(d, e.trigger) && !(FramesSentence(d) && date_w_[d].first < tw0)) continue;
    if (date_w_[d].first > tw0 && SinceBetween(tw1, date_w_[d].first)) continue;
    if (DatesAnotherTrigger(d, e.trigger) || NearerTriggerOwns(d, e.trigger) || DatesGappedParticiple(d, tw0)) continue;
    if (DateInRelativeAside(d, tw0)) continue;  // الحركة، التي سيطرت … عام 2019، الجيش بتنفيذ الغارة
    // وتسلّمت القوات مواقع أخلاها المقاتلون الأسبوع الماضي في إطار عملية نزع
    // السلاح التي أعلنها الحزب العام الماضي: an old date in a relative clause
    // opened a few words past the trigger, telling no event of its own, is
    // the act of that clause (the announcing), the background of a later
    // noun: it makes the event no past deed and leaves it the day PickDate
    // gave it. (A relative clause that tells an event, «حراك الريف» الذي
    // انطلق عام 2016, is left to the rules for another event's date.)
    if (AnyCue(sentence, "relative", [&](const CueHit& c) {
          return c.w0 >= tw1 + kRelativeOfEventGap && c.w1 <= date_w_[d].first && !TriggerBetween(c.w1, date_w_[d].first);
        }))
      continue;
    // تظاهر الآلاف أمس للمطالبة بمحاكمة المسؤولين عن قمع احتجاجات أيلول
    // 2025: a recent day of the event's own clause, told first, dates it; an
    // older date further on is of what the words after it tell. So does a
    // recent week ("had shelled the hospital this week, saying the damage
    // dated from last year", الأسبوع الماضي).
    if (e.date >= 0 && !OldDate(doc_.dates[e.date]) && doc_.dates[e.date].precision <= DatePrecision::kWeek &&
        sent_[date_w_[e.date].first] == sentence && clause_[date_w_[e.date].first] == clause_[tw0] &&
        date_w_[e.date].first > tw0 && date_w_[d].first > date_w_[e.date].first)
      continue;
    // وقّع ممثلو عائلتين متخاصمتين منذ عامين اتفاق صلح أمس (families at odds
    // for two years signed a deal yesterday): a count of years or months
    // back (منذ عامين، "two years ago") right before the trigger, no nearer
    // to it than a recent day of its clause told after it, measures the words
    // before the trigger (how long a state has lasted); the day dates the act.
    if (e.date >= 0 && !OldDate(doc_.dates[e.date]) && doc_.dates[e.date].precision <= DatePrecision::kDay &&
        sent_[date_w_[e.date].first] == sentence && clause_[date_w_[e.date].first] == clause_[tw0] &&
        date_w_[e.date].first >= tw1 && date_w_[d].second <= tw0 && dm.relative && !dm.since &&
        clause_[date_w_[d].first] == clause_[tw0] && date_w_[e.date].first - tw0 <= tw0 - date_w_[d].first)
      continue;
    // "On Thursday, troops took over the field under the deal the two sides
    // signed last year": a recent day told before the trigger that dates it
    // leaves an old date past the trigger, further from it than that day, to
    // the words that follow the trigger (what a noun after it names).
    if (e.date >= 0 && !OldDate(doc_.dates[e.date]) && doc_.dates[e.date].precision <= DatePrecision::kDay &&
        sent_[date_w_[e.date].first] == sentence && date_w_[e.date].second <= tw0 && date_w_[d].first >= tw1 &&
        date_w_[d].first - tw1 > tw0 - date_w_[e.date].second && !dm.since)
      continue;
    Raise(e, "historical");
    if (e.date < 0 || !OldDate(doc_.dates[e.date])) e.date = static_cast<int32_t>(d), e.time_basis = "text";
  }
  // A day after the report's, named as such (المقبل، غداً، "next"), in the
  // event's clause, is when an act or a protest is planned (تظاهرة … يوم
  // الثلاثاء المقبل): intent, dated on the publication day. (Talks planned
  // on a truce are negotiations, no event: left alone.)
  const bool act = Violent(e.acled_event_type) || e.acled_event_type == "Protests" || e.acled_event_type == "Riots";
  for (int32_t d : Bucket(s_dates_, sentence)) {
    if (!act || !Future(doc_.dates[d]) || clause_[date_w_[d].first] != clause_[tw0] || !FutureMarked(d)) continue;
    if (DatesAnotherTrigger(d, e.trigger) || NearerTriggerOwns(d, e.trigger)) continue;
    Raise(e, "intent");
    if (e.status == "intent") e.date = -1, e.time_basis = "published";
  }
  // The day named after a planned act ("called for another march on
  // Thursday") is when it is to happen: a relative day the reader put before
  // the report (the Thursday before) is the coming one — the plan is dated
  // on the publication day.
  if (e.status == "intent" && e.date >= 0 && doc_.dates[e.date].relative && !doc_.dates[e.date].since &&
      date_w_[e.date].first > tw0 && clause_[date_w_[e.date].first] == clause_[tw0] &&
      doc_.dates[e.date].value.size() >= 10 && doc_.dates[e.date].value.substr(0, 10) < ref_day_)
    e.date = -1, e.time_basis = "published";
  // A plan or threat stands at the time of the report: not on a day carried
  // from the events before, nor on a day of its sentence, which is the day
  // of the saying or of the act told beside it (سيطروا على البلدة يوم الأحد،
  // فيما توعد الجيش باستعادتها; "On Sunday, leaders said they would stage a
  // sit-in").
  if (e.status == "intent" && e.date >= 0) e.date = -1, e.time_basis = "published";
  if (e.date >= 0 && !doc_.dates[e.date].since) {
    const DateMention& own = doc_.dates[e.date];
    const int64_t last = LastDay(own.value, own.end), ref = RefLastDay();
    // The doubt may be that it cannot be verified (`unverified`, which
    // hedges only below): news still being established all the same, when
    // the sentence dates it itself (تقارير لم يتسنَّ التحقق منها … الشهر
    // الماضي), not by a day carried from before.
    const bool doubted = e.status == "hedged" || (e.status == "reported" && sent_[date_w_[e.date].first] == sentence &&
                                                  Unverifiable(sentence, tw0, tw1));
    if (last != INT64_MIN && ref != INT64_MIN && ref - last > kBackgroundDays &&
        !(doubted && ref - last <= kRecentDoubtDays) && !InReportedPeriod(last, sentence))
      Raise(e, "historical");
  }
  // وأضافت الخلية أن …، وقالت الوزارة إن …: a subject in the definite,
  // right after an Arabic speech verb, that repeats a word of a body named
  // as a speaker in the last three sentences (خلية الإعلام الأمني، وزارة
  // الدفاع) stands for that body, though another source spoke in between.
  // -1 when no earlier speaker's name holds the word.
  const auto SpeakerByHeadNoun = [&](size_t w, int32_t at) -> int32_t {
    if (w >= words_.size() || !words_[w].is_word || words_[w].article_bytes == 0 || Latin(w)) return -1;
    const std::string_view head = words_[w].bare();
    for (int32_t back = at - 1; back >= 0 && back >= at - 3; --back) {
      const int32_t sp = NamedSpeaker(back);
      if (sp < 0 || CarriedAnonymous(sp)) continue;
      for (size_t k = actor_w_[sp].first; k < actor_w_[sp].second; ++k)
        if (words_[k].is_word && words_[k].bare() == head) return sp;
    }
    return -1;
  };
  // "…, the cell said", "the administration added": an English definite
  // noun after the deed stands for the body named before whose name holds
  // that noun (the Security Media Cell, the Sumy Regional Military
  // Administration), though it was not the last speaker or not one at all
  // ("what the Security Media Cell described as"): the latest such mention
  // before the verb, in this sentence or the three before, that is no
  // unnamed source. -1 when none.
  const auto BodyByEnglishNoun = [&](size_t w0, int32_t at) -> int32_t {
    if (w0 + 1 >= words_.size() || !Latin(w0) || !words_[w0 + 1].is_word) return -1;
    const std::string_view first = words_[w0].text();
    if (first != "the" && first != "The") return -1;
    const std::string_view noun = words_[w0 + 1].text();
    // "…, the force said" of "Security Belt forces", "the brigade" of the
    // "Giants Brigades": the singular noun stands for a body whose name
    // holds its plural.
    auto same = [&](std::string_view a) {
      if (a.size() == noun.size() + 1 && (a.back() == 's' || a.back() == 'S') && noun.size() >= 4) a.remove_suffix(1);
      if (a.size() != noun.size()) return false;
      for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(noun[i]))) return false;
      return true;
    };
    int32_t best = -1;
    for (int32_t in = at; in >= 0 && in >= at - 3 && best < 0; --in)
      for (int32_t a : Bucket(s_actors_, in)) {
        // An unnamed source ("a security official") is no body on record.
        if (actor_w_[a].second > w0 || doc_.actors[a].id.empty() || CarriedAnonymous(a)) continue;
        if (tok_quote_[words_[actor_w_[a].first].first] >= 0) continue;
        for (size_t k = actor_w_[a].first; k < actor_w_[a].second; ++k)
          if (words_[k].is_word && same(words_[k].text()) && (best < 0 || actor_w_[a].first > actor_w_[best].first)) best = a;
      }
    return best;
  };
  // "The monitor said a drone hit a position, but the force said that
  // strike caused no casualties": a verb of saying before the deed tells
  // it; a body named after it speaks of its own words.
  const auto SpeechVerbBefore = [&](size_t w) {
    return AnyCue(sent_[w], "attribution", [&](const CueHit& v) {
      return v.row->scope == "quote" && v.w1 <= w && tok_quote_[words_[v.w0].first] < 0;
    });
  };
  // Attribution: the quote's speaker, else a speech verb's actor; the kind
  // from the cues of the sentence (or of the quote's intro).
  int32_t speaker = -1;
  if (e.quote >= 0 && static_cast<size_t>(e.quote) < doc_.quote_speakers.size()) speaker = doc_.quote_speakers[e.quote];
  std::string kind;
  std::string outlet;
  Span outlet_span, kind_span;
  bool anonymous = false, participant = false;
  bool carried = false;  // the speaker named in the sentence before (speaker_anaphor)
  const Quote* q = e.quote >= 0 ? &doc_.quotes[e.quote] : nullptr;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    if (!CueMayBe(ci, kAttributionBit)) continue;
    const CueHit& c = cues_[ci];
    if (c.row->type != "attribution") continue;
    uint32_t ct = words_[c.w0].first;
    bool in_quote = tok_quote_[ct] >= 0;
    if (q ? (in_quote && tok_quote_[ct] == e.quote) : in_quote) continue;  // a cue inside the quoted words
    Span cs = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
    // A later speech verb whose complement holds the event (أعلنت السلطات
    // حظر التجول، حيث قال الجيش إن قواته قتلت …) speaks of it, not the first.
    // English may leave the complementizer out: "…, and the LNA said it had
    // set up checkpoints" — the later verb's subject, named before it.
    const bool zero_that = Latin(c.w0) && c.w1 <= tw0 && tw0 - c.w1 <= 3;
    const bool nearer_verb = speaker >= 0 && !q && !carried && c.row->scope == "quote" && c.w1 <= tw0 &&
                             c.w0 > actor_w_[speaker].second && (ComplementizerBetween(c.w1, tw0) || zero_that) &&
                             !SpeechVerbBetween(c.w1, tw0);
    if (nearer_verb) {
      int32_t a = SubjectOfSpeech(c);
      // English names the later verb's subject before it, "that" said or
      // not ("…, which the army denied; the army said instead that it had
      // recaptured …").
      if ((zero_that || Latin(c.w0)) && (a < 0 || actor_w_[a].first >= c.w1)) {
        a = SpeakerEndingAt(c.w0, sentence);
        // A new clause joined by "and", a comma or a semicolon, not a
        // relative one ("who the military said had carried out shootings").
        size_t k = a >= 0 ? actor_w_[a].first : 0;
        if (k > 0 && (words_[k - 1].text() == "the" || words_[k - 1].text() == "The")) --k;
        if (k == 0 || (words_[k - 1].text() != "and" && words_[k - 1].text() != "," && words_[k - 1].text() != ";")) a = -1;
      }
      if (a >= 0 && actor_w_[a].second <= tw0 && (zero_that || ComplementizerBetween(actor_w_[a].second, tw0))) speaker = a;
    }
    if (c.row->scope == "quote" && speaker < 0 && !q) {
      // Past a complementizer (أضاف أن القوات …) starts what is said, not who says it.
      const bool said_next = c.w1 < words_.size() && WordCue(c.w1, "complementizer");
      int32_t a = said_next ? -1 : SubjectOfSpeech(c);
      // English speaks in the inverted order ("…, said the army") only after
      // the news: before it, the name after the verb is the subject of what
      // is said ("residents who stayed said RSF fighters looted").
      if (a >= 0 && c.w1 <= tw0 && Latin(c.w0)) a = -1;
      // أعلن «جيش أراكان»: a name in quotation marks, when no other speech
      // verb stands between it and the event.
      if (a < 0 && !said_next && !SpeechVerbBetween(c.w1, tw0)) a = QuotedName(c.w1);
      bool before_verb = false;
      // A sentence opening on the verb and its complementizer (وأضاف أن …)
      // goes on with the last sentence's speaker.
      const bool opens = c.w0 < 2 || sent_[c.w0 - 2] != sentence;  // at most one word before it
      // English puts the subject before the verb: "Police said on Sunday
      // that they had …" names its speaker there, though the words after
      // the verb name no one (a day, "in a statement").
      const int32_t english_subject =
          a < 0 && Latin(c.w0) && c.w0 > 0 && sent_[c.w0 - 1] == sentence ? SpeakerEndingAt(c.w0, sentence) : -1;
      if (english_subject >= 0) {
        a = english_subject;
        before_verb = true;
      } else if ((said_next || (a < 0 && AnaphoricSubject(c.w1))) && sentence > 0 && opens) {
        a = said_next ? -1 : SpeakerByHeadNoun(c.w1, sentence);
        if (a < 0) a = NamedSpeaker(sentence - 1);
        carried = a >= 0;
      } else if (a < 0 && c.w0 > tw1 + 1 && Latin(c.w0) && sentence > 0 && sent_[c.w0 - 1] == sentence &&
                 AnyCue(sentence, "speaker_anaphor", [&](const CueHit& h) { return h.w1 == c.w0 && h.w0 > tw1; })) {
        // "The army detained four, it added": a pronoun after the deed stands
        // for the speaker of the sentence before; so does a definite noun
        // of several words ("the statement added", "the officer said").
        if (c.w0 >= 2 && sent_[c.w0 - 2] == sentence) a = BodyByEnglishNoun(c.w0 - 2, sentence);
        // "…, the National News Agency reported. … Israeli forces blew up
        // two houses, the agency said": a definite noun that repeats the last
        // word of an outlet named up to three sentences before (a media
        // `attribution` cue, not the dateline's) is that outlet, not the
        // party that spoke in between.
        if (a < 0 && outlet.empty()) {
          const std::string_view head = words_[c.w0 - 1].text();  // norm text: lower-cased already
          for (int32_t back = sentence - 1; back >= 0 && back >= sentence - 3 && outlet.empty(); --back)
            for (int32_t mi : Bucket(s_cues_, back)) {
              const CueHit& m = cues_[mi];
              if (m.row->type != "attribution" || m.row->kind != "media" || m.w0 < dateline_end_ ||
                  tok_quote_[words_[m.w0].first] >= 0 || words_[m.w1 - 1].text() != head)
                continue;
              outlet = m.row->cue;
              outlet_span = doc_.SpanOf(TokenRange{words_[m.w0].first, words_[m.w1 - 1].end});
            }
          if (!outlet.empty()) continue;
        }
        if (a < 0) a = NamedSpeaker(sentence - 1);
        before_verb = carried = a >= 0;
      } else if (const int32_t body = a < 0 && c.w0 >= tw1 + 3 && Latin(c.w0) && sent_[c.w0 - 2] == sentence &&
                                              !SpeechVerbBefore(tw0)
                                          ? BodyByEnglishNoun(c.w0 - 2, sentence) : -1;
                 body >= 0) {
        a = body;
        before_verb = carried = true;
      } else if (a < 0 && c.w0 > 0) {
        a = SpeakerEndingAt(c.w0, sentence);
        before_verb = a >= 0;
      }
      // صدّ الجيش هجوماً …، وقال في بيان إنه …، "لكنه أعلن أن …": an Arabic
      // speech verb inside the sentence whose subject is a pronoun (the
      // complementizer follows it, or في بيان before one) speaks for the
      // sentence's subject, the first actor named in it.
      const std::string_view verb = words_[c.w0].text();
      const bool new_clause = StartsWith(verb, "\u0648") || StartsWith(verb, "\u0641") ||
                              (c.w0 > 0 && (StartsWith(words_[c.w0 - 1].text(), "\u0644\u0643\u0646") ||
                                            StartsWith(words_[c.w0 - 1].text(), "\u0648\u0644\u0643\u0646")));
      const bool in_a_statement = c.w1 + 1 < words_.size() && words_[c.w1].text() == "\u0641\u064a" &&
                                  WordCue(c.w1 + 1, "attribution") && WordCue(c.w1 + 1, "attribution")->kind == "official_statement";
      // "Police arrested nine people and said more arrests would follow":
      // an English speech verb joined by "and" shares the sentence's subject.
      // (A verb of saying, not one of accusing, "and accused them of …",
      // and none after it: "…, their relatives said" names the source.)
      const std::string_view said = words_[c.w0].text();
      size_t sentence_end = c.w1;
      while (sentence_end < words_.size() && sent_[sentence_end] == sentence) ++sentence_end;
      const bool and_verb = Latin(c.w0) && c.w0 > 0 && sent_[c.w0 - 1] == sentence && words_[c.w0 - 1].text() == "and" &&
                            (said == "said" || said == "says" || said == "added" || said == "announced") &&
                            !SpeechVerbBetween(c.w1, sentence_end);
      if (a < 0 && ((!Latin(c.w0) && !opens && new_clause && !StartsWith(c.row->cue, "\u0648") &&
                     (said_next || in_a_statement)) ||
                    and_verb)) {
        for (int32_t x : Bucket(s_actors_, sentence))
          if (actor_w_[x].first < c.w0 && tok_quote_[words_[actor_w_[x].first].first] < 0 &&
              (a < 0 || actor_w_[x].first < actor_w_[a].first))
            a = x;
        before_verb = a >= 0;
      }
      // A speaker named before the event speaks of it (قال الجيش إن …); one
      // after it does in the English order, the news then its source
      // ("troops detained 14, the military says").
      // A verb with a complement of its own ("announced that …") tells that,
      // not the news before it.
      // A speaker after the news inside a relative clause ("gunmen who the
      // army said had fired on troops") speaks of that clause only, not of
      // the news the clause hangs on.
      if (a >= 0 && actor_w_[a].first > tw0 && RelativeBefore(actor_w_[a].first, tw1)) a = -1;
      if (a >= 0 && (actor_w_[a].first < tw0 || (before_verb && c.w0 > tw1 && !said_next))) speaker = a;
    } else if (c.row->scope == "following" && c.row->kind.empty() && speaker < 0 && !q) {
      // "According to" names its source within a few words, past a
      // statement word (وفق بيان لقيادة الجيش، بحسب ما ذكرته X في بيان).
      speaker = ActorNear(c.w1, clause_[c.w0], c.w0, c.w1, -1, 4);
      // "according to the account of a Hamas spokesman", "according to a
      // statement by the army": the source stands past the head its "of" or
      // "by" hangs on (up to three words after the cue), a few words on.
      if (speaker < 0 && Latin(c.w1))
        for (size_t k = c.w1; k < c.w1 + 3 && k + 1 < words_.size() && clause_[k] == clause_[c.w0]; ++k) {
          if (!words_[k].is_word) break;
          if (words_[k].text() != "of" && words_[k].text() != "by") continue;
          speaker = ActorNear(k + 1, clause_[c.w0], c.w0, c.w1, -1, 4);
          break;
        }
      // وفق المصدر ذاته، "according to the ministry", "according to the same
      // source": a `speaker_anaphor` right after the cue names no one new —
      // it stands for a body named before whose name holds its noun, else
      // (in Arabic, whose speech verb comes before its subject) for the
      // speaker last named in the three sentences before.
      if (speaker < 0 && sentence > 0 &&
          AnyCue(sentence, "speaker_anaphor", [&](const CueHit& h) { return h.w0 == c.w1; })) {
        const bool latin = Latin(c.w1);
        int32_t a = latin ? BodyByEnglishNoun(c.w1, sentence) : SpeakerByHeadNoun(c.w1, sentence);
        for (int32_t back = sentence - 1; !latin && a < 0 && back >= 0 && back >= sentence - 3; --back) a = NamedSpeaker(back);
        if (a >= 0) speaker = a, carried = true;
      }
    }
    const Label& k = c.row->kind;
    if (k.empty()) continue;
    // The anaphor (المصدر، "the source") is the carried speaker, anonymous
    // only if that speaker was.
    if (k == "anonymous_source" && carried && WordCue(c.w0, "speaker_anaphor")) {
      if (CarriedAnonymous(speaker)) anonymous = true, kind_span = cs;
      continue;
    }
    if (k == "anonymous_source") anonymous = true, kind_span = cs;
    else if (k == "participant") participant = true, kind_span = cs;
    else if (k == "media") {
      // The agency of a dateline ("KIRKUK (AP) —") filed the report; it is
      // the source only when the sentence names none (AttributeToDocument).
      if (c.w0 < dateline_end_) continue;
      // An outlet's name that is also a place here (الجزيرة the state) is not a source.
      bool place = false;
      for (int32_t pi : Bucket(s_places_, sentence))
        if (doc_.places[pi].span.begin < cs.end && cs.begin < doc_.places[pi].span.end) place = true;
      if (place) continue;
      // "اعتقلت قوات الأمن مدير منظمة حقوقية": a `spoken_source` is a source
      // only with a speech verb or "according to" (an attribution cue of no
      // kind) next to it: overlapping, up to three words after it, or right
      // before it (three words for one of scope `following`, بحسب).
      if (AnyCue(sentence, "spoken_source", [&](const CueHit& x) { return x.w0 == c.w0; }) &&
          !AnyCue(sentence, "attribution", [&](const CueHit& v) {
            if (!v.row->kind.empty()) return false;
            if (v.w0 < c.w1 && c.w0 < v.w1) return true;
            if (v.w0 >= c.w1) return v.w0 - c.w1 <= 3;
            return v.w1 <= c.w0 && c.w0 - v.w1 <= (v.row->scope == "following" ? 3u : 1u);
          }))
        continue;
      // The cue's own key: the text may carry a proclitic (لبي بي سي).
      if (outlet.empty()) outlet = c.row->cue, outlet_span = cs;
      // A `spoken_source` (منظمة حقوقية) names no outlet of its own: it is
      // recorded as written, its proclitics (ولمنظمة) left out, not as the
      // normalised key (منظمه حقوقيه).
      if (outlet_span == cs && AnyCue(sentence, "spoken_source", [&](const CueHit& x) { return x.w0 == c.w0; })) {
        uint32_t t0 = words_[c.w0].first;
        while (t0 + 1 < words_[c.w0].end && doc_.tokens[t0].piece == Piece::kProclitic) ++t0;
        outlet_span = doc_.SpanOf(TokenRange{t0, words_[c.w1 - 1].end});
        outlet = std::string(doc_.OriginalText(outlet_span));
      }
    } else if (kind.empty()) {
      if (k == "analyst" && DoerOfTheAct(c, tw0)) continue;
      // An English witness word that no verb of saying or "according to"
      // stands by is someone the deed befell, not a source ("detained a
      // resident of the city", "arrested two activists").
      // (The verb comes after it, "residents said", "a resident told AFP";
      // right before it, "…, said a resident"; or "according to" does.)
      const std::string_view wc = c.row->cue;
      const bool holds_verb = wc.find(" said") != wc.npos || wc.find(" told") != wc.npos || wc.find("according") != wc.npos;
      if (k == "witness" && Latin(c.w0) && !holds_verb && !AnyCue(sentence, "attribution", [&](const CueHit& v) {
            if (!v.row->kind.empty()) return false;
            if (v.w0 < c.w1 && c.w0 < v.w1) return true;  // "residents said" holds its verb
            if (v.w0 >= c.w1) return v.w0 - c.w1 <= 3;
            if (v.w1 > c.w0) return false;
            if (c.w0 - v.w1 <= (v.row->scope == "following" ? 3u : 1u)) return true;
            // The second of two sources joined after "according to" ("according
            // to the rebels and residents"): "and" opens it or stands right before it.
            const bool joined = words_[c.w0].text() == "and" || words_[c.w0 - 1].text() == "and";
            if (v.row->scope != "following" || c.w0 - v.w1 > 7 || !joined) return false;
            for (size_t k = v.w1; k < c.w0; ++k)
              if (words_[k].clause_break) return false;
            return true;
          }))
        continue;
      kind = k;
      kind_span = cs;
    }
  }
  // الشرطة: اعتقال 3 مشتبهين، الجيش: مقتل …، "Police: three held": a line
  // that opens on an armed party's name and a colon (the breaking-news
  // form) gives that party's word on what follows the colon.
  if (speaker < 0 && !q && kind.empty() && outlet.empty() && !anonymous && !participant) {
    size_t first = tw0;
    while (first > 0 && sent_[first - 1] == sentence) --first;
    for (int32_t a : Bucket(s_actors_, sentence)) {
      const size_t a0 = actor_w_[a].first, a1 = actor_w_[a].second;
      const ActorMention& m = doc_.actors[a];
      if (a1 >= tw0 || a1 >= words_.size() || words_[a1].text() != ":" || m.id.empty() || m.person ||
          !Armed(m.acled_inter) || tok_quote_[words_[a0].first] >= 0)
        continue;
      // The name opens the line (past a "breaking" tag: عاجل |).
      size_t before = 0;
      bool colon_before = false;
      for (size_t w = first; w < a0; ++w) {
        before += words_[w].is_word;
        colon_before = colon_before || words_[w].text() == ":";
      }
      if (before > 1 || colon_before) continue;
      bool colon_after = false;
      for (size_t w = a1 + 1; w < tw0; ++w) colon_after = colon_after || words_[w].text() == ":";
      if (colon_after) continue;
      speaker = a;
      break;
    }
  }
  // "Iraqi aircraft struck what the Security Media Cell described as an IS
  // hideout", "bombed what the Israeli military called a weapons depot":
  // the party that names the deed's object (what X called, termed,
  // described as) right after the English deed word tells it, when the
  // sentence names no other source.
  if (speaker < 0 && !q && kind.empty() && outlet.empty() && !anonymous && !participant && Latin(tw0)) {
    for (size_t w = tw1; w <= tw1 + 1 && w + 2 < words_.size() && sent_[w] == sentence && speaker < 0; ++w) {
      if (words_[w].text() != "what") continue;
      for (int32_t a : Bucket(s_actors_, sentence)) {
        const size_t a0 = actor_w_[a].first, a1 = actor_w_[a].second;
        const bool right_after = a0 == w + 1 || (a0 == w + 2 && (words_[w + 1].text() == "the" || words_[w + 1].text() == "a"));
        const ActorMention& m = doc_.actors[a];
        if (!right_after || a1 + 1 >= words_.size() || sent_[a1] != sentence || m.id.empty() || m.person) continue;
        const std::string_view v = words_[a1].text();
        if (v == "called" || v == "termed" || (v == "described" && words_[a1 + 1].text() == "as")) {
          speaker = a;
          break;
        }
      }
    }
  }
  if (anonymous) kind = "anonymous_source";
  else if (participant) kind = "participant";
  if (speaker >= 0) {
    const ActorMention& s = doc_.actors[speaker];
    e.attribution_source = s.name;
    e.attribution_span = s.span;
    // Only an armed group speaks as a participant; a journalist or a
    // resident named as the speaker (مراسل) leaves the kind to the cues.
    if (kind.empty() && s.acled_inter == "State forces") kind = "official_statement";
    else if (kind.empty() && Armed(s.acled_inter)) kind = "participant";
  } else if (!outlet.empty()) {
    e.attribution_source = outlet;
    e.attribution_span = outlet_span;
    if (kind.empty()) kind = "media";
  } else if (!kind.empty()) {
    e.attribution_span = kind_span;
  }
  e.attribution_kind = kind;
  // Analysts explain; what they cite without a date of its own is
  // background ("weakened by the Israeli attacks in the region").
  if (kind == "analyst" && e.status == "reported" &&
      std::none_of(Bucket(s_dates_, sentence).begin(), Bucket(s_dates_, sentence).end(),
                   [&](int32_t d) { return !doc_.dates[d].value.empty(); }))
    e.status = "historical";
  // A party speaking of its own deed is a claim (of what it suffered, a report).
  if (speaker >= 0 && (kind == "official_statement" || kind == "participant") && !doc_.actors[speaker].id.empty()) {
    const std::string& sid = doc_.actors[speaker].id;
    const std::string a1 = Actor1Of(e);
    // An international body that fights no one (the UN, its agencies)
    // reports what it saw; the subject of its speech verb read as the doer
    // of the deed it tells (أفاد مكتب الأمم المتحدة بأن غارات أصابت …) is
    // no deed of its own.
    const ActorMention& s = doc_.actors[speaker];
    const bool monitor = s.country == "IGO" && s.plover_sector != "MIL";
    if (!a1.empty() && !monitor && lex_.Related(a1, sid)) Raise(e, "claimed");
  }
  // What cannot be verified is hedged, unless a party claims it: an
  // unverified claim is still a claim.
  // (Not a doubt of its own told after the event, of what follows it: see
  // CueApplies.)
  if (e.status == "reported" && Unverifiable(sentence, tw0, tw1)) e.status = "hedged";
  TerritoryByDoer(e);
  double a1 = e.actor1.actor >= 0 ? 1.0 : (e.actor1.implicit ? 0.5 : 0.0);
  double c = tr.confidence * (0.6 + 0.2 * a1 + 0.1 * (e.place >= 0) + 0.1 * (e.time_basis == "text"));
  e.confidence = std::min(1.0, std::round(c * 1000) / 1000);
}

// ACLED territory refinement by actor type: who took the ground decides
// whether a government regains it or a non-state actor overtakes it. Run
// when the event is built and again once later passes have found the doer
// (a speaker's own forces, an accused party), so the sub-type follows the
// doer finally named.
void Builder::TerritoryByDoer(Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  // Whether a fighters noun stands where a clause's subject does: first in
  // its sentence or clause, right after a complementizer (إن المقاتلين،
  // "said that the fighters"), or in its subject case (مقاتلو).
  auto fighters_open_clause = [&](const CueHit& c, int32_t sentence, bool latin) {
    if (!latin && c.row->kind == "nominative") return true;
    size_t w = c.w0;
    if (latin && w > 0 && words_[w - 1].text() == "the") --w;
    if (w == 0 || sent_[w - 1] != sentence || clause_[w - 1] != clause_[w]) return true;
    if (WordCue(w - 1, "complementizer")) return true;
    // "Residents said the fighters entered": English may leave "that" out.
    return latin && w >= 2 && SpeechVerbBetween(w - 2, w);
  };
  // "مقاتلو الحركة سيطروا على بلدة"، "its fighters seized the base": a
  // capture whose subject is a `fighters_noun` (the word a group's armed men
  // are called by; a state's are soldiers or troops) was made by a non-state
  // party, whatever its name. A state force (or a militia on its side) read
  // as the taker from elsewhere in the sentence or the report (the army
  // whose post was taken, مركز للشرطة، the report's other side) is no
  // taker unless the subject itself names it (مقاتلو العشائر الموالية).
  // Arabic puts the subject before the verb (after a speech verb) or right
  // after it; English before it, up to three words of auxiliary or adverb.
  // The subject's words: -2 when the rule does not hold, else the named
  // non-state party in them (-1: none named, "its fighters").
  auto fighters_taker = [&]() -> int32_t {
    if (e.acled_sub_event_type != "Non-state actor overtakes territory" &&
        e.acled_sub_event_type != "Government regains territory")
      return -2;
    const std::string a1id = Actor1Of(e);
    if (a1id.empty() || !OnGovernmentSide(a1id)) return -2;
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const bool latin = Latin(e);
    int32_t taker = -2;
    AnyCue(sentence, "fighters_noun", [&](const CueHit& c) {
      // The group's name after the noun belongs to the subject (كان مقاتلو
      // ائتلاف الوطنيين من أجل التغيير قد سيطروا).
      size_t subject_end = c.w1;
      for (int32_t ai : Bucket(s_actors_, sentence))
        if (actor_w_[ai].first == c.w1 && actor_w_[ai].second <= tw0) subject_end = std::max(subject_end, actor_w_[ai].second);
      const bool before = subject_end <= tw0 && tw0 - subject_end <= (latin ? 3u : 2u);
      // After the verb only the subject case (مقاتلو): مقاتلي there is its object.
      const bool after = !latin && c.row->kind == "nominative" && c.w0 >= tw1 && c.w0 - tw1 <= 1;
      // "إن المقاتلين دخلوا البلدة من ثلاثة محاور، وسيطروا على"، "the
      // fighters entered the town from the east and seized": a capture verb
      // joined by و/"and" to a verb that is no event shares that verb's
      // subject, the fighters noun opening its clause, when no party and no
      // new clause of speech stands between. The verb between may be a
      // trigger that made no event (دخلوا needs an armed subject the lexicon
      // knows): the fighters noun names none.
      const bool joined = !before && !after && subject_end < tw0 && tw0 - subject_end <= 12 &&
                          AndOpens(tw0, latin) && fighters_open_clause(c, sentence, latin) &&
                          !ComplementizerBetween(subject_end, tw0) &&
                          [&] {
                            for (int32_t ai : Bucket(s_actors_, sentence))
                              if (actor_w_[ai].first >= subject_end && actor_w_[ai].first < tw0) return false;
                            return true;
                          }();
      if (!before && !after && !joined) return false;
      const size_t s0 = before || joined ? c.w0 : tw1, s1 = joined ? subject_end : before ? tw0 : c.w1 + 1;
      for (size_t w = s0; w < s1; ++w)
        if (words_[w].clause_break) return false;
      // "Government forces backed by clan fighters recaptured", قوات الجيش
      // بالتعاون مع مقاتلي العشائر استعادت: fighters told a few words after
      // a party on the state's side, in its clause, are its backers, and
      // the party is the subject.
      for (int32_t ai : Bucket(s_actors_, sentence)) {
        const size_t a1 = actor_w_[ai].second;
        if (a1 > c.w0 || c.w0 - a1 > 4 || doc_.actors[ai].id.empty() || !OnGovernmentSide(doc_.actors[ai].id)) continue;
        bool broken = false;
        for (size_t w = a1; w < c.w0; ++w) broken |= words_[w].clause_break;
        if (!broken) return false;
      }
      // A party named in or right after the subject ("Houthi fighters",
      // مقاتلو العشائر، مقاتلي «وازاليندو») is who took the ground: one on
      // the state's side keeps the reading.
      int32_t named = -1;
      for (int32_t ai : Bucket(s_actors_, sentence)) {
        if (actor_w_[ai].first > s1 || actor_w_[ai].second <= s0) continue;
        const std::string& id = doc_.actors[ai].id;
        if (id.empty() || OnGovernmentSide(id)) return false;
        if (named < 0 && doc_.actors[ai].alias_kind != "generic") named = ai;
      }
      taker = named;
      return true;
    });
    return taker;
  };
  if (const int32_t taker = fighters_taker(); taker > -2) {
    // The state side read as the taker is the side the fighters took the
    // ground from: the holder, actor 2.
    e.actor2 = e.actor1;
    e.actor1 = EventArgument{};
    e.actor1.actor = taker >= 0 ? taker : -1;
    e.acled_sub_event_type = "Non-state actor overtakes territory";
    return;
  }
  // "قوات الولاية، بدعم من الجيش الوطني، استعادت"، "local forces, backed by
  // the army, retook": a capture whose subject is told with a state force
  // backing it (an `ally` mention on the state's side ending right before
  // the verb) was made on the government's side, whoever the unnamed
  // subject is; a non-state doer read from elsewhere (not named in the
  // verb's clause) gives way to the backer.
  if (e.acled_sub_event_type == "Non-state actor overtakes territory" ||
      e.acled_sub_event_type == "Government regains territory") {
    const std::string a1 = Actor1Of(e);
    const size_t tw0 = trig_w_[e.trigger].first;
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    const bool doer_in_clause = e.actor1.actor >= 0 && sent_[actor_w_[e.actor1.actor].first] == sentence &&
                                clause_[actor_w_[e.actor1.actor].first] == clause_[tw0];
    if (!a1.empty() && !OnGovernmentSide(a1) && !doer_in_clause)
      for (int32_t ai : Bucket(s_actors_, sentence)) {
        const ActorMention& m = doc_.actors[ai];
        // A nationality adjective (بوساطة أمريكية) tells a mediator or a
        // patron abroad, no force in the field.
        if (!ally_[ai] || m.id.empty() || m.alias_kind == "adjective" || !OnGovernmentSide(m.id) || actor_w_[ai].second > tw0 ||
            tw0 - actor_w_[ai].second > 2)
          continue;
        if (e.actor2.actor == ai || Actor2Of(e) == m.id) e.actor2 = EventArgument{};
        if (Actor2Of(e).empty()) e.actor2 = e.actor1;
        e.actor1 = EventArgument{};
        e.actor1.actor = ai;
        e.acled_sub_event_type = "Government regains territory";
        break;
      }
  }
  const ActorInfo* implicit = e.actor1.actor < 0 && e.actor1.implicit ? lex_.Actor(e.actor1.implicit_id) : nullptr;
  if (e.actor1.actor >= 0 || implicit) {
    const std::string& inter = implicit ? implicit->acled_inter : doc_.actors[e.actor1.actor].acled_inter;
    // A state's forces taking ground in another country (Russian troops
    // capture a Ukrainian village) regain nothing of their government's:
    // ACLED codes it as territory overtaken, the forces being external.
    const std::string& home = implicit ? implicit->country : doc_.actors[e.actor1.actor].country;
    const std::string there = PlaceCountry(e);
    const bool abroad = inter == "State forces" && !home.empty() && !there.empty() && there != home;
    // Militias the registry files under the pro-government militias (or a
    // state) are the state's affiliates: ACLED codes their gains with the
    // state's.
    const std::string a1id = Actor1Of(e);
    // A movement that later took the state (the Taliban before Kabul fell)
    // took ground as a non-state actor, the day of the takeover included.
    const std::string day = e.date >= 0 ? doc_.dates[e.date].value : ReferenceDay(doc_);
    const bool not_yet_state = !a1id.empty() && lex_.NotYetTheState(a1id, day);
    const bool government_side = (inter == "State forces" && !not_yet_state) ||
                                 (!a1id.empty() && lex_.IsWithin(a1id, "gen.pro_gov_militias"));
    // Foreign troops winning ground back from insurgents (Rwandan troops
    // retake a Mozambican town from jihadists) fight on the host
    // government's side; those winning it from the host's own army
    // (or from nobody named) overtake it.
    const std::string a2id = Actor2Of(e);
    const ActorInfo* loser = a2id.empty() ? nullptr : lex_.Actor(a2id);
    const bool ally_regains = tr.acled_sub_event_type == "Government regains territory" && loser &&
                              !loser->acled_inter.empty() && loser->acled_inter != "State forces" &&
                              loser->acled_inter != "External/Other forces" && !OnGovernmentSide(a2id);
    if (abroad) {
      if (e.acled_sub_event_type == "Government regains territory" && !ally_regains)
        e.acled_sub_event_type = "Non-state actor overtakes territory";
    } else if (e.acled_sub_event_type == "Non-state actor overtakes territory" && government_side)
      e.acled_sub_event_type = "Government regains territory";
    else if (e.acled_sub_event_type == "Government regains territory" && !inter.empty() && !government_side)
      e.acled_sub_event_type = "Non-state actor overtakes territory";
  }
}

// A party's own statement, as the document's first line or dateline names it:
// "IDF Statement", "Press release — <police>", المركز الإعلامي لـ<group> – بيان
// (a short heading with a statement word and an armed actor), or a party's
// news agency filing the copy (حماة-سانا، "(SONNA)"). Every sentence that
// names no other source speaks in that voice.
void Builder::FindDocumentVoice() {
  size_t first = 0;
  while (first < words_.size() && sent_[first] < 0) ++first;
  if (first >= words_.size()) return;
  const int32_t s0 = sent_[first];
  size_t first_trigger = SIZE_MAX;
  for (int32_t t : Bucket(s_triggers_, s0)) first_trigger = std::min(first_trigger, trig_w_[t].first);
  bool statement = false;
  for (int32_t ci : Bucket(s_cues_, s0)) {
    const CueHit& c = cues_[ci];
    if (c.w0 >= first + 8 || c.w0 >= first_trigger) continue;
    if (c.row->type == "party_media") doc_party_media_ = true;
    // A place-named outlet (الجزيرة) is read as the place elsewhere; here,
    // heading the copy, it files it.
    if (c.row->type == "attribution" && c.row->kind == "media" && doc_outlet_.empty()) {
      doc_outlet_ = c.row->cue;
      doc_outlet_span_ = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
    }
  }
  for (int32_t ci : Bucket(s_cues_, s0))
    if (cues_[ci].row->type == "attribution" && cues_[ci].row->kind == "official_statement") statement = true;
  size_t words = 0;
  for (size_t w = first; w < words_.size() && sent_[w] == s0; ++w) words += words_[w].is_word;
  // A channel's own heading (🔴 جبهة المقاومة الوطنية | بنجشير, "Kherson
  // Regional Military Administration", "… Media Office on X:"): a first
  // line of a few words that tells no event and opens on a party's own name
  // files the posts after it, as a press statement's heading does. A
  // headline of an agency's copy ("Hezbollah chief to speak Friday") is no
  // channel's heading: the line must bear a channel's mark (an emoji, a "|",
  // a closing colon), or the report have no outlet and no dateline.
  const auto channel_line = [&] {
    const Span at = doc_.ToOriginal(doc_.SpanOf(TokenRange{words_[first].first, words_[first].end}));
    const std::string& text = doc_.original();
    const size_t from = at.begin == 0 ? 0 : text.rfind('\n', at.begin - 1) + 1;
    size_t to = text.find('\n', at.begin);
    if (to == std::string::npos) to = text.size();
    std::string_view line = std::string_view(text).substr(from, to - from);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
    return (!line.empty() && line.back() == ':') || line.find('|') != std::string_view::npos ||
           std::any_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xF0; });
  };
  const bool heading = first_trigger == SIZE_MAX && words <= 8 &&
                       ((doc_outlet_.empty() && dateline_end_ == 0) || channel_line());
  if ((!statement || words > 12) && !heading) return;
  // A letterhead: a heading line that is nothing but the names of bodies
  // ("Ministry of Interior – Government of National Stability", وزارة
  // الداخلية – مديرية الأمن العام). A force's common name opening it is the
  // issuer, as it is opening a statement's heading: no headline is made of
  // names alone.
  bool names_only = true;
  for (size_t w = first; names_only && w < words_.size() && sent_[w] == s0; ++w) {
    if (!words_[w].is_word) continue;
    bool named = false;
    for (int32_t a : Bucket(s_actors_, s0)) named = named || (actor_w_[a].first <= w && w < actor_w_[a].second);
    names_only = named;
  }
  for (int32_t a : Bucket(s_actors_, s0)) {
    const ActorMention& m = doc_.actors[a];
    // "NATIONAL POLICE SERVICE - PRESS STATEMENT", "ARMY PRESS RELEASE": a
    // force's common name opening the heading (at most one word before it)
    // is the issuer, coded by the place like any generic speaker.
    size_t lead = 0;
    for (size_t w = first; w < actor_w_[a].first; ++w) lead += words_[w].is_word;
    const bool opens_heading = lead <= 1 && !m.person && tok_quote_[words_[actor_w_[a].first].first] < 0 &&
                               actor_w_[a].second < first_trigger;
    // (Only the party's name opening the line: not a place's state read as
    // an actor, "SUDAN: … Flash Update", طهران – وكالات.)
    if (!statement) {
      bool place = false;
      for (int32_t p : Bucket(s_places_, s0))
        place = place || (place_w_[p].first < actor_w_[a].second && actor_w_[a].first < place_w_[p].second);
      if (lead > 0 || place || (m.alias_kind == "generic" && !names_only)) continue;
    }
    if (!m.id.empty() && Armed(m.acled_inter) && (m.alias_kind != "generic" || opens_heading)) {
      doc_voice_ = a;
      return;
    }
  }
}

// The actor named as the event's source (its span is the attribution's);
// an anonymous source speaks for no one on record.
int32_t Builder::SpeakerOf(const Event& e) const {
  if (e.attribution_kind == "anonymous_source" || e.attribution_span.end == 0) return -1;
  // Named in the sentence, or in one of the three before when this one goes
  // on with its speaker (وأضاف أن …، وأضافت الحصيلة أن …، كما أوقفت …: the
  // account carried on); not a source that an event merged into this one
  // brought from later on.
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  const uint32_t at = doc_.triggers[e.trigger].span.begin;
  for (int32_t in : {sentence, sentence - 1, sentence - 2, sentence - 3}) {
    if (in < 0) continue;
    for (int32_t a : Bucket(s_actors_, in)) {
      const Span sp = doc_.actors[a].span;
      if (sp.begin == e.attribution_span.begin && sp.end == e.attribution_span.end && (in == sentence || sp.end <= at))
        return a;
    }
  }
  return -1;
}

// Whether a speech verb or "according to" (an attribution cue of no kind)
// stands within three words of the phrase in words [w0, w1): a source that
// speaks (قال مصدر أمني، "a security official said", "according to
// security sources"), not a victim of the same words ("killed a security
// official").
bool Builder::Spoken(size_t w0, size_t w1, int32_t sentence) const {
  return AnyCue(sentence, "attribution", [&](const CueHit& v) {
    if (!v.row->kind.empty()) return false;
    return (v.w1 <= w0 && w0 - v.w1 <= 3) || (v.w0 >= w1 && v.w0 - w1 <= 3);
  });
}

// An unnamed source whose own words name its side (مصدر عسكري، مصادر
// أمنية، "a military source", "security sources": the phrase is a generic
// alias of the army or the security forces; مصدر في الجيش, "a source in the
// army", the side right after it) speaks for that armed party, unnamed: the
// party is still the only source, as when its spokesman speaks. -1 when the
// source is anyone else's (local sources, a medic, an official of no force).
int32_t Builder::SideSourceOf(const Event& e) const {
  if (e.attribution_kind != "anonymous_source" || e.attribution_span.end == 0) return -1;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  const uint32_t at = doc_.triggers[e.trigger].span.begin;
  constexpr int32_t kNoneHere = -2;
  // 📍 مصدر أمني: الإفراج عن …، "Security sources: …": the source phrase
  // opens its line (past a "breaking" tag: عاجل |) and a colon follows it —
  // the breaking-news form, its word on what follows the colon, as a verb
  // of saying would give it.
  auto opens_on_colon = [&](size_t p0, size_t p1) {
    if (p1 >= words_.size() || words_[p1].text() != ":" || sent_[p1] != sent_[p0]) return false;
    size_t first = p0, before = 0;
    while (first > 0 && sent_[first - 1] == sent_[p0]) --first;
    for (size_t w = first; w < p0; ++w) {
      if (words_[w].text() == ":") return false;
      before += words_[w].is_word;
    }
    return before <= 1;
  };
  // The word a side named after the source word's preposition starts on:
  // past an opening quotation mark (مصدر عسكري في «قسد»).
  auto side_start = [&](size_t w) {
    if (w < words_.size() && !words_[w].is_word &&
        (words_[w].text() == "\u00ab" || words_[w].text() == "\"" || words_[w].text() == "\u201c"))
      return w + 1;
    return w;
  };
  // The side of the source phrase spanning `source` in sentence `in`; -1 when
  // the source there is no armed party's, kNoneHere when none is there.
  // A side named after the source word (مصدر عسكري في «قسد») is its side
  // over the source phrase's own coding by the place (مصدر عسكري read as
  // the army of the country): that one is looked at second.
  auto side_of = [&](const Span& source, int32_t in) -> int32_t {
    for (int pass = 0; pass < 2; ++pass) {
      for (int32_t a : Bucket(s_actors_, in)) {
        // مصدر في الأمن العام، "a source in the police": the source word is
        // the attribution, its side named one preposition after it.
        const bool side_after_source_word = AnyCue(in, "attribution", [&](const CueHit& c) {
          if (c.row->kind != "anonymous_source" || actor_w_[a].first != side_start(c.w1 + 1)) return false;
          const Span cs = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
          return cs.begin == source.begin && cs.end == source.end &&
                 (words_[c.w1].text() == "\u0641\u064a" || words_[c.w1].text() == "in" || words_[c.w1].text() == "within");
        });
        const Span sp = doc_.actors[a].span;
        if (pass == 0 ? !side_after_source_word : (sp.begin != source.begin || sp.end != source.end)) continue;
        const ActorMention& m = doc_.actors[a];
        if (in != sentence && m.span.end > at) continue;
        if (m.id.empty() || !Armed(m.acled_inter)) return -1;
        const bool source_phrase = AnyCue(in, "attribution", [&](const CueHit& c) {
          if (c.row->kind != "anonymous_source" || tok_quote_[words_[c.w0].first] >= 0) return false;
          // "local officials and the army said": two sources joined, not
          // one source of the army's.
          for (size_t k = c.w1; k < actor_w_[a].first; ++k)
            if (words_[k].text() == "and" || words_[k].clause_break) return false;
          return c.w0 <= actor_w_[a].second && actor_w_[a].first <= side_start(c.w1 + 1) &&
                 (Spoken(c.w0, c.w1, in) || opens_on_colon(std::min(c.w0, actor_w_[a].first), std::max(c.w1, actor_w_[a].second)));
        });
        return source_phrase ? a : -1;
      }
    }
    return kNoneHere;
  };
  for (int32_t in : {sentence, sentence - 1}) {
    if (in < 0) continue;
    if (const int32_t a = side_of(e.attribution_span, in); a != kNoneHere) return a;
  }
  // The source named again (وأضاف المصدر أن، "the source added"): the
  // side of the unnamed source that spoke in the sentence before.
  const bool anaphor = sentence > 0 && AnyCue(sentence, "attribution", [&](const CueHit& c) {
    if (c.row->kind != "anonymous_source") return false;
    const Span cs = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
    if (cs.begin != e.attribution_span.begin || cs.end != e.attribution_span.end) return false;
    return AnyCue(sentence, "speaker_anaphor", [&](const CueHit& h) { return h.w0 <= c.w0 && c.w0 < h.w1; });
  });
  if (!anaphor) return -1;
  for (int32_t ci : Bucket(s_cues_, sentence - 1)) {
    const CueHit& c = cues_[ci];
    if (!AttributionCue(ci, true) || c.row->kind != "anonymous_source") continue;
    const Span cs = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
    if (const int32_t a = side_of(cs, sentence - 1); a != kNoneHere) return a;
  }
  return -1;
}

// A statement told as the source, not its speaker ("according to a statement
// from the Joint Operations Command", "an army statement", بيان لمحافظة X،
// ذكرته غرفة العمليات في بيان): the party whose statement it is, named right
// after the statement word, right before it, or as the subject of the speech
// verb it completes. -1 when the statement names no party.
int32_t Builder::StatementOwner(const Event& e) const {
  if (e.attribution_kind != "official_statement" || e.attribution_span.end == 0) return -1;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (!AttributionCue(ci, true) || c.row->kind != "official_statement") continue;
    // A body that speaks (وزارة الصحة، "ministry") is its own voice, judged elsewhere.
    if (c.row->scope != "sentence") continue;
    const Span cs = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
    if (cs.begin != e.attribution_span.begin || cs.end != e.attribution_span.end) continue;
    // The owner is a noun phrase's genitive: past a speech verb or a
    // complementizer ("the statement said army units …") comes what is said.
    int32_t a = ActorNear(c.w1, clause_[c.w0], tw0, tw1, -1, 3);
    if (a >= 0 && (SpeechVerbBetween(c.w0, actor_w_[a].first + 1) || ComplementizerBetween(c.w1, actor_w_[a].first))) a = -1;
    if (a < 0) a = ActorEndingAt(c.w0, sentence);
    if (a < 0) {
      // The speech verb the statement word completes (ذكرته X في بيان، "X said in a statement").
      for (int32_t vi : Bucket(s_cues_, sentence)) {
        const CueHit& v = cues_[vi];
        if (v.row->type != "attribution" || v.row->scope != "quote" || v.w1 > c.w0 || c.w0 - v.w1 > 4) continue;
        if (int32_t s = SubjectOfSpeech(v); s >= 0 && actor_w_[s].second <= c.w0) a = s;
      }
    }
    // "The statement" named again (بحسب البيان، "according to the
    // statement"): the one a party issued a sentence or two before.
    const std::string_view word = words_[c.w0].text();
    const bool definite = Latin(c.w0) ? c.w0 > 0 && sent_[c.w0 - 1] == sentence && (words_[c.w0 - 1].text() == "the" || words_[c.w0 - 1].text() == "The")
                                      : word.substr(0, 4) == "\u0627\u0644";
    for (int32_t back = sentence - 1; a < 0 && definite && back >= 0 && back >= sentence - 2; --back) a = NamedSpeaker(back);
    if (a < 0 || doc_.actors[a].id.empty() || !Armed(doc_.actors[a].acled_inter)) return -1;
    return a;
  }
  return -1;
}

// An independent source (witnesses, a monitor, an unnamed source) tells the
// event apart from `speaker`, unless it is the speaker's own side speaking
// unnamed: of its operation, of a blow it took or of a fight it was in
// (مصدر عسكري on مواجهات with the enemy), the party is still the only source.
bool Builder::SourceApartFrom(int32_t speaker, const Event& e) const {
  return Independent(e.attribution_kind) && speaker != SideSourceOf(e);
}

// RECORDS.md: `claimed` where a party to the conflict is the only source.
// A party speaks of its own deed (police of their arrests too), of a blow
// its own force took (the police on the grenade thrown at their post, a
// security source on the bomb that hit its patrol), or its fighting arm (an
// army, an armed group) speaks of the other side's: the IDF on Hezbollah's
// rockets, the SDF on a Turkish drone. A civil authority (a governor, a
// health ministry) on the enemy's strike reports as officials do:
// `reported`. So does anyone on a deed of unknown gunmen against others, or
// of a crowd.
bool Builder::PartyClaims(int32_t speaker, const Event& e) const {
  if (speaker < 0) return false;
  const ActorMention& s = doc_.actors[speaker];
  const std::string a1 = Actor1Of(e), a2 = Actor2Of(e);
  if (s.id.empty() || !Armed(s.acled_inter) || (a1.empty() && a2.empty())) return false;
  // Witnesses, a monitor or another named source in the sentence: the
  // party is not the only source.
  if (SourceApartFrom(speaker, e)) return false;
  const bool unnamed_side = Independent(e.attribution_kind);  // and so the speaker's own side
  if (OtherSourceInSentence(speaker, static_cast<int32_t>(e.sentence))) return false;
  // An unnamed speaker (the interior ministry, "police said") is the
  // state's force where the event happens: coded, it speaks of its own
  // deed when the doer is it or a unit of it (not the state above it).
  const std::string country = PlaceCountry(e);
  auto coded = [&](const std::string& id) {
    std::string c = country.empty() ? "" : lex_.NationalForce(id, country);
    return c.empty() ? id : c;
  };
  // A source that names its nationality (مصدر عسكري مغربي، "a Syrian
  // military source") is that country's force wherever the deed was done.
  const std::string nationality = SourceNationality(speaker);
  // (The source phrase may already be coded by the place: مصدر عسكري in Iraq
  // is Iraq's army; its nationality overrides that.)
  const std::string generic = s.alias_kind == "generic" ? s.id : s.plover_sector == "COP" ? "gen.police" : "gen.army";
  const std::string own_force = nationality.empty() || nationality == s.country ? "" : lex_.NationalForce(generic, nationality);
  const std::string sid = own_force.empty() ? coded(s.id) : own_force;
  // A generic doer or victim (the army, "police") is coded by the place as
  // the speaker may be: the same force or a unit of it when both codings
  // agree, whether the speaker's own mention was national already (the
  // Somali army, Togo's government) or coded here.
  // "A security source", "a security official" speak for the state's
  // security forces at large, the army as much as the police or the
  // gendarmerie: any state force of the country the event is in is theirs.
  const bool all_security = s.id == "gen.security_forces" && own_force.empty() && !country.empty();
  auto state_force_here = [&](const std::string& id) {
    const ActorInfo* info = lex_.Actor(id);
    if (!info || info->acled_inter != "State forces") return false;
    // A generic force (the gendarmes, "troops") is the one of the place.
    return info->country.empty() || info->country == country;
  };
  // "Security forces killed six rebels, police said": the security forces
  // at large are every state force of the place, the speaking police or
  // army among them, as a security source speaks for any of them.
  const bool state_speaker_here = s.acled_inter == "State forces" && s.plover_sector != "GOV" && !country.empty() &&
                                  (s.country.empty() || s.country == country);
  // A force the registry puts right under the state of the place though
  // ACLED codes it apart (Iraq's Popular Mobilization Forces, legally a
  // state force): a security source speaks for it as for the army — مصدر
  // أمني on the bomb that hit a PMF vehicle, on a PMF clash with IS.
  auto under_the_state_here = [&](const std::string& id) {
    const ActorInfo* info = lex_.Actor(id);
    if (!info || info->parent.empty() || info->country != country) return false;
    const ActorInfo* up = lex_.Actor(info->parent);
    return up && up->parent.empty() && up->plover_sector == "GOV" && up->acled_inter == "State forces";
  };
  auto related = [&](const std::string& id) {
    return lex_.Related(id, s.id) || coded(id) == sid || lex_.IsWithin(coded(id), sid) ||
           (all_security && (state_force_here(id) || under_the_state_here(id))) ||
           (state_speaker_here && id == "gen.security_forces");
  };
  // Another state force of the place doing the state's own work (the
  // police on the gendarmerie's checkpoints, the army on the police's
  // arrests): an operation of the same state, told by it alone.
  const bool sister_force_operation = state_speaker_here && e.acled_event_type == "Strategic developments" &&
                                      !a1.empty() && state_force_here(coded(a1));
  if (sister_force_operation) return true;
  // Its own deed, or a battle it fought in (an attack its fighters
  // repelled; the police attacked at their post report it, as on any attack).
  if (!a1.empty() && related(a1)) return true;
  // A national government on its own forces' deed (أعلنت الحكومة التشادية أن
  // الجيش استعاد …, "the government said troops retook …"): the state
  // speaks of its own operation, as its army would.
  const auto same_state_forces = [&](const std::string& id) {
    const ActorInfo* f = lex_.Actor(id);
    const ActorInfo* g = lex_.Actor(s.id);
    if (f == nullptr || g == nullptr || f->acled_inter != "State forces" || f->plover_sector == "GOV" ||
        g->country.empty() || f->country != g->country)
      return false;
    // The national government (under the state, or the state itself), not
    // a region's (nga.gov.borno), speaks for the state's forces: those
    // right under the state or under itself, or registered under no one.
    const ActorInfo* root = g->parent.empty() ? g : lex_.Actor(g->parent);
    if (root == nullptr || !root->parent.empty()) return false;
    return f->parent.empty() || f->parent == root->id || lex_.IsWithin(id, g->id);
  };
  if (!a1.empty() && s.plover_sector == "GOV" && same_state_forces(coded(a1))) return true;
  // The blow its own force took: the attacked side is the one telling it
  // (a crowd's clash with the police is public, and stays reported).
  // (A state or government as a whole, GOV, speaks of a blow to its forces
  // as officials do: its own bodies are civil ones, a health ministry.)
  const bool crowd = e.acled_event_type == "Protests" || e.acled_event_type == "Riots";
  const bool civil_state = s.plover_sector == "GOV" && sid == s.id;
  if (!a2.empty() && (civil_state ? lex_.Related(a2, s.id) : related(a2)) && !crowd) return true;
  if (a1.empty()) return false;
  // An unnamed source of a side vouches for its side's own operations and
  // the blows it took; the enemy's other deeds it tells as any insider does,
  // and others are not excluded from telling them.
  if (unnamed_side) return false;
  // A fight its own forces were in (قواتنا، "its troops" in the sentence),
  // whoever the other side was.
  if (e.acled_event_type == "Battles" && s.plover_sector != "COP" && AnyCue(static_cast<int32_t>(e.sentence), "own_forces"))
    return true;
  if (s.plover_sector == "COP" || s.plover_sector == "GOV" || Unidentified(a1)) return false;
  // A peacekeeping mission on a deed it was neither party to (MONUSCO on a
  // militia's raid on a camp) speaks as an international monitor does.
  if (s.country == "IGO") return false;
  return Armed(InterOf(e.actor1));
}

// The country of the nationality adjective that qualifies a source phrase:
// in Arabic right after it (مصدر عسكري مغربي), in English right before it
// ("a Syrian military source"); "" when none does.
std::string Builder::SourceNationality(int32_t speaker) const {
  const ActorMention& s = doc_.actors[speaker];
  if (s.id.empty() || !Armed(s.acled_inter)) return "";
  const size_t w0 = actor_w_[speaker].first, w1 = actor_w_[speaker].second;
  const size_t at = Latin(w0) ? (w0 > 0 ? w0 - 1 : SIZE_MAX) : w1;
  if (at >= words_.size() || sent_[at] != sent_[w0] || !words_[at].is_word) return "";
  return lex_.NationalityCountry(words_[at]);
}

// A party's statement leaves its own forces unnamed (أن القوات ضبطت، القوة
// المنفذة عثرت على مخبأ) and names the enemy: an operation of its own (a
// seizure, an arrest, a curfew; a fight its army was in) with no doer named
// is its own deed. A blast or an attack on civilians by no one named stays
// the unknown's.
bool Builder::UnnamedOwnDeed(int32_t speaker, const Event& e) const {
  if (speaker < 0 || !Actor1Of(e).empty()) return false;
  if (SourceApartFrom(speaker, e)) return false;
  const ActorMention& s = doc_.actors[speaker];
  if (s.id.empty() || !Armed(s.acled_inter)) return false;
  if (OtherSourceInSentence(speaker, static_cast<int32_t>(e.sentence))) return false;
  return OwnOperation(e, s.plover_sector == "COP");
}

// The kinds of deed a party's statement tells of its own forces without
// naming them: operations (seizures, arrests, curfews, bases) and, but for
// the police, fights.
bool Builder::OwnOperation(const Event& e, bool police) {
  if (e.acled_event_type == "Battles") return !police;
  return e.acled_event_type == "Strategic developments";
}

// Another actor named at a speech verb or "according to" of the sentence,
// outside the quoted words (قالت طهران … بحسب سلطات الإقليم).
bool Builder::OtherSourceInSentence(int32_t speaker, int32_t sentence) const {
  const std::string& sid = doc_.actors[speaker].id;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (!AttributionCue(ci, true) || !c.row->kind.empty()) continue;
    // An English speech verb takes its subject before it; the name right
    // after it opens what is said ("the army said Russian artillery
    // shelled …"), unless the verb is inverted after the news ("…, said
    // the army").
    const bool said_before_name = Latin(c.w0) && c.row->scope == "quote" && !(c.w0 > 0 && words_[c.w0 - 1].text() == ",");
    // Past a complementizer right after the verb (يقول إن، قال إن) starts
    // what is said, not who says it.
    const bool said_next = c.w1 < words_.size() && sent_[c.w1] == sentence && WordCue(c.w1, "complementizer");
    int32_t a = said_before_name || said_next ? -1 : ActorNear(c.w1, c.clause, c.w0, c.w1);
    if (a < 0) a = ActorEndingAt(c.w0, sentence);
    if (a < 0 || a == speaker || doc_.actors[a].id.empty()) continue;
    const std::string& id = doc_.actors[a].id;
    if (!lex_.Related(id, sid)) return true;
  }
  // A second source joined to the party's by "and" (بحسب ضابط في الجيش
  // ومصادر طبية، "a police officer and witnesses said"): witnesses, an
  // outlet or unnamed sources that are no armed party's tell it too.
  size_t end = actor_w_[speaker].second;
  const size_t start = actor_w_[speaker].first;
  if (end == 0 || sent_[start] != sentence) return false;
  // The party's short name in brackets after its full one ("the Kachin
  // Independence Army (KIA) and residents"): the second source is joined
  // past it.
  if (end + 2 < words_.size() && words_[end].text() == "(" && sent_[end] == sentence)
    for (size_t k = end + 1; k < words_.size() && k <= end + 4 && sent_[k] == sentence; ++k)
      if (words_[k].text() == ")") {
        end = k + 1;
        break;
      }
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (!AttributionCue(ci, true) || !Independent(c.row->kind)) continue;
    if (c.w0 < end || c.w0 - end > 1) continue;
    // In English the "and" may be the cue's own first word ("and residents":
    // the second of two sources after "according to").
    const bool joined = Latin(c.w0) ? (c.w0 > 0 && words_[c.w0 - 1].text() == "and") ||
                                          (c.w0 == end && words_[c.w0].text() == "and")
                                    : StartsWith(words_[c.w0].text(), "\u0648") && !StartsWith(c.row->cue, "\u0648");
    if (!joined) continue;
    bool party = false;
    for (int32_t a : Bucket(s_actors_, sentence))
      if (a != speaker && actor_w_[a].first >= c.w0 && actor_w_[a].first <= c.w1 + 1 && Armed(doc_.actors[a].acled_inter))
        party = true;
    if (!party) return true;
  }
  return false;
}

// A cue of `type` placed as a speaker: at most two words after a speech
// verb (أعلن محور تعز العسكري، "according to the General Staff") or right
// before it ("the defence ministry said"), outside quotes.
bool Builder::VoiceBySpeechVerb(int32_t sentence, std::string_view type, size_t after) const {
  for (int32_t vi : Bucket(s_cues_, sentence)) {
    const CueHit& v = cues_[vi];
    if (v.row->type != type || tok_quote_[words_[v.w0].first] >= 0) continue;
    // In a relative clause after the event it speaks of that clause only.
    if (v.w0 > after && RelativeBefore(v.w0, after)) continue;
    // A clause of the writer's own after it (`writer_turn`: …، فيما أوقفت
    // قوات الدرك 16 شخصاً): the voice told what came before, not the deed
    // past the turn. (Kind `not`: فيما يخص "regarding", فيما بعد "later"
    // turn nothing.)
    if (after != SIZE_MAX && v.w1 < after && WriterTurnBetween(sentence, v.w1, after - 1)) continue;
    // "the military's Western Mindanao Command said", "the army's media
    // centre said": an English voice in the possessive owns the unit or
    // office named after it, which speaks for it (up to four words, no
    // clause break between).
    const size_t gap = PossessiveUnitEnd(v.w1, sentence);
    // "an army spokesman for the region said", "a military spokesman in the
    // province added": an English post-modifier (for, in or of and at most
    // three words, no actor's, one clause) between the voice and its verb.
    const auto post_modifier = [&](size_t verb) {
      if (!Latin(v.w0) || v.w1 >= words_.size() || verb <= v.w1 + 1 || verb - v.w1 > 4) return false;
      const std::string_view p = words_[v.w1].text();
      if (p != "for" && p != "in" && p != "of") return false;
      for (size_t k = v.w1; k < verb; ++k)
        if (!words_[k].is_word || sent_[k] != sentence || clause_[k] != clause_[v.w0]) return false;
      for (int32_t a : Bucket(s_actors_, sentence))
        if (actor_w_[a].first < verb && actor_w_[a].second > v.w1) return false;
      return true;
    };
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (!AttributionCue(ci, false) || !c.row->kind.empty()) continue;
      // After the verb, its subject: past a complementizer (وأضافوا أن
      // الطيران العسكري …) starts what is said, no voice of the speaker.
      const bool after_verb = c.w1 <= v.w0 && v.w0 - c.w1 <= 2 && !ComplementizerBetween(c.w1, v.w0);
      if (after_verb || (v.w1 <= c.w0 && c.w0 - v.w1 <= 1) || (gap != SIZE_MAX && c.w0 == gap) ||
          post_modifier(c.w0))
        return true;
    }
  }
  return false;
}

// The word after the unit an English possessive voice owns ("the army's
// Second Division" → the word after "Division"): the cue's last word ends on
// 's and one to four words follow with no clause break and no actor of
// their own; SIZE_MAX when the cue is no possessive.
size_t Builder::PossessiveUnitEnd(size_t w1, int32_t sentence) const {
  if (w1 == 0 || !Latin(w1 - 1)) return SIZE_MAX;
  const LexWord& owner = words_[w1 - 1];
  if (owner.end - owner.first < 3) return SIZE_MAX;
  const std::string_view mark = doc_.TokenText(owner.end - 2), s = doc_.TokenText(owner.end - 1);
  if (!((mark == "'" || mark == "\xE2\x80\x99") && (s == "s" || s == "S"))) return SIZE_MAX;
  size_t k = w1;
  while (k < words_.size() && k - w1 < 4 && sent_[k] == sentence && (words_[k].is_word || words_[k].number) &&
         !words_[k].clause_break && ActorStartingAt(k) < 0 && !WordCue(k, "attribution"))
    ++k;
  return k > w1 ? k : SIZE_MAX;
}

// Whether the sentence's speech verb has a pronoun for its subject ("…, it
// said", "…, they added"): it goes on with the last sentence's speaker.
bool Builder::AnaphoricSpeech(int32_t sentence) const {
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (!AttributionCue(ci, true)) continue;
    if (c.row->scope == "quote" && AnyCue(sentence, "speaker_anaphor", [&](const CueHit& a) { return a.w1 == c.w0; })) return true;
    // وأضاف البيان أن …، وأضاف أن …: an Arabic speech verb opening its
    // sentence whose subject is left out or only stands for the last
    // speaker (a definite noun, المصدر، البيان, the complementizer right
    // after it) goes on with the speaker of before, as Finish reads it.
    if (c.row->scope == "quote" && !Latin(c.w0) && (c.w0 < 1 || sent_[c.w0 - 1] != sentence) && c.w1 < words_.size() &&
        sent_[c.w1] == sentence && (WordCue(c.w1, "complementizer") || AnaphoricSubject(c.w1)))
      return true;
    // "According to the ministry", بحسب المصدر نفسه: the anaphor right
    // after "according to" names the voice of before too.
    if (c.row->scope == "following" && c.row->kind.empty() &&
        AnyCue(sentence, "speaker_anaphor", [&](const CueHit& a) { return a.w0 == c.w1; }))
      return true;
  }
  return false;
}

// A voice of `type` that spoke in the sentences before, carried to this one
// by a chain of pronoun subjects ("the defence ministry said …. Troops also
// arrested four, it said"), at most three sentences back.
bool Builder::CarriedVoice(int32_t sentence, std::string_view type) const {
  for (int32_t s = sentence, hops = 0; s > 0 && hops < 3 && AnaphoricSpeech(s); --s, ++hops)
    if (VoiceBySpeechVerb(s - 1, type)) return true;
  return false;
}

// The speaker is a fighting arm that names no actor (military_voice).
bool Builder::MilitaryVoice(int32_t sentence, size_t after) const {
  return VoiceBySpeechVerb(sentence, "military_voice", after) || CarriedVoice(sentence, "military_voice");
}

// A government body that names no actor speaking of the state's own forces
// (قالت وزارة الإعلام إن الجيش استعاد، "the interior ministry said 20 were
// detained"): a government about its own operations; of the enemy's deeds
// it reports as any official.
bool Builder::GovernmentVoice(int32_t sentence, size_t after) const {
  return VoiceBySpeechVerb(sentence, "government_voice", after) || CarriedVoice(sentence, "government_voice");
}

// An order (a curfew, a ban, a closure) whose doer is the government body
// that issues it (decreeing_body: "the interior ministry imposed a curfew",
// فرضت قيادة العمليات حظراً، أعلن حاكم الإقليم فرض حظر التجول) is known from
// that body's own decree; a public order (`public_order`: a curfew, a ban,
// a closure) is made `reported` again by Finish, whoever decreed it, and
// other orders stay the body's claim. The body stands as the
// order's subject: before the event word in its clause with no other event
// word between ("the Interior Ministry on Friday extended a dusk-to-dawn
// curfew"), right after it (Arabic verb first), or as
// the subject of a speech verb whose object the order is. Returns the cue.
const CueHit* Builder::DecreeingBody(const Event& e, bool* announced) const {
  if (announced != nullptr) *announced = false;
  if (e.acled_sub_event_type != "Change to group/activity") return nullptr;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  for (int32_t bi : Bucket(s_cues_, sentence)) {
    const CueHit& b = cues_[bi];
    if (b.row->type != "decreeing_body" || tok_quote_[words_[b.w0].first] >= 0) continue;
    if (b.w1 <= tw0 && tw0 - b.w1 <= 8 && b.clause == clause_[tw0] && !ComplementizerBetween(b.w1, tw0)) {
      bool other = false;  // another event word between: the body is its subject
      for (int32_t u : Bucket(s_triggers_, sentence))
        if (u != e.trigger && trig_w_[u].first >= b.w1 && trig_w_[u].first < tw0) other = true;
      if (!other) return &b;
    }
    if (b.w0 >= tw1 && b.w0 - tw1 <= 1) return &b;
    if (b.w1 > tw0 || tw0 - b.w1 > 6) continue;
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (c.row->type == "attribution" && c.row->scope == "quote" && c.w1 <= b.w0 && b.w0 - c.w1 <= 1 &&
          !ComplementizerBetween(b.w1, tw0)) {
        if (announced != nullptr) *announced = true;
        return &b;
      }
    }
  }
  return nullptr;
}

// A decreeing body that commands force (an interior ministry, a police or
// operations command: a `military_voice` cue over it, or an armed actor
// of its own that is no civil government) is a party to the unrest it
// orders against: an order it imposes is its own operation, its claim
// (a public order such as a curfew is `reported` all the same: Finish).
// A civil body (a governor, a district administration, a state
// government) imposing an order in the report's own words is public
// administration, the order posted for all to see: `reported`, unless the
// body itself announced it (a speech verb, DecreeingBody's `announced`).
bool Builder::SecurityBody(const CueHit& body) const {
  if (AnyCue(body.sentence, "military_voice",
             [&](const CueHit& v) { return v.w0 < body.w1 && body.w0 < v.w1; }))
    return true;
  // A one-word voice inside the body's longer cue (قيادة in قيادة عمليات).
  for (size_t k = body.w0; k < body.w1; ++k)
    if (WordCue(k, "military_voice") != nullptr) return true;
  for (int32_t a : Bucket(s_actors_, body.sentence)) {
    if (actor_w_[a].first >= body.w1 || body.w0 >= actor_w_[a].second) continue;
    const ActorMention& m = doc_.actors[a];
    if (!m.id.empty() && Armed(m.acled_inter) && m.plover_sector != "GOV") return true;
  }
  return false;
}

// A sentence that names no source speaks in the document's voice: the party
// whose statement it is, else the agency that filed it (its dateline).
void Builder::AttributeToDocument(Event& e) const {
  if (doc_voice_ >= 0) {
    const ActorMention& v = doc_.actors[doc_voice_];
    e.attribution_source = v.name;
    e.attribution_span = v.span;
    e.attribution_kind = v.acled_inter == "State forces" ? "official_statement" : "participant";
  } else if (!doc_outlet_.empty()) {
    e.attribution_source = doc_outlet_;
    e.attribution_span = doc_outlet_span_;
    e.attribution_kind = "media";
  }
}

// A source that saw or heard for itself: witnesses, an outlet or monitor,
// unnamed officials or locals. (Analysts comment on what others tell.)
bool Builder::Independent(std::string_view kind) {
  return kind == "witness" || kind == "media" || kind == "anonymous_source";
}

// A speech verb with no subject of its own, right before its complementizer,
// after the deed (افتتحت القيادة مقراً … قالت إنه سيكون): in Arabic the
// dropped subject is the one the sentence is about, the event's own actor
// speaking of its deed. (Before the deed, وأضاف أن …, the subject is the
// last speaker, whoever that was.)
bool Builder::DroppedSpeaker(const Event& e) const {
  const size_t tw1 = trig_w_[e.trigger].second;
  for (int32_t ci : Bucket(s_cues_, static_cast<int32_t>(e.sentence))) {
    const CueHit& c = cues_[ci];
    if (c.row->type != "attribution" || c.row->scope != "quote" || tok_quote_[words_[c.w0].first] >= 0) continue;
    if (c.w0 < tw1) continue;
    if (c.w1 < words_.size() && WordCue(c.w1, "complementizer") && ActorStartingAt(c.w1) < 0 &&
        !Latin(c.w0))
      return true;
  }
  return false;
}

// An operation named as the object of an Arabic speech verb (أعلنت شرطة
// المحافظة توقيف ستة، أعلن الجيش فرض طوق أمني): with no complementizer
// between, the event word is a verbal noun with no agent of its own (a
// finite verb would need أن), and the body that announces it is the one
// that did it — its claim. The subject, right after the verb, is an armed
// party (a state force, an armed group), or a body that orders arrests and
// bans (`decreeing_body`: النيابة العامة، محافظ) announcing one of those;
// between it and the verbal noun stand at most a few words (في بيان، a
// day) and no other event word.
bool Builder::AnnouncedByDoer(const Event& e) const {
  if (Latin(e) || !OwnOperation(e, false)) return false;
  const bool order = e.acled_sub_event_type == "Arrests" || e.acled_sub_event_type == "Change to group/activity";
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  const size_t tw0 = trig_w_[e.trigger].first;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (!AttributionCue(ci, true) || c.row->scope != "quote") continue;
    if (c.w1 > tw0 || clause_[c.w0] != clause_[tw0] || ComplementizerBetween(c.w1, tw0) || TriggerBetween(c.w1, tw0)) continue;
    if (const int32_t a = SubjectOfSpeech(c); a >= 0 && actor_w_[a].second <= tw0 && tw0 - actor_w_[a].second <= 4) {
      const ActorMention& m = doc_.actors[a];
      if (!m.id.empty() && Armed(m.acled_inter) && !Unidentified(m.id)) return true;
    }
    if (order && AnyCue(sentence, "decreeing_body", [&](const CueHit& b) {
          return b.w0 >= c.w1 && b.w0 - c.w1 <= 1 && b.w1 <= tw0 && tw0 - b.w1 <= 4;
        }))
      return true;
  }
  return false;
}

bool Builder::DenialVerbBefore(const CueHit& c, const Event& e) const {
  return e.status == "negated" && c.row->type == "negation" && c.row->scope == "onward" &&
         c.w1 <= trig_w_[e.trigger].first;
}

// The event's doer is the speaker's own force (أن وحداته أسقطت، دفاعاتها
// الجوية، "its fighters", "our troops"), told after a speech verb: its
// own deed, whoever the speaker is.
bool Builder::OwnForcesOf(const Event& e, std::pair<size_t, size_t>* objects_span) const {
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  // Only an own_forces cue of the sentence answers yes.
  constexpr uint64_t kOwnForces = CueTypeBits({"own_forces"});
  if (!(SentenceCueTypes(sentence) & kOwnForces)) return false;
  // A denial is its teller's word too: "the front denied that its
  // fighters executed prisoners", نفت الجبهة إعدام مقاتليها أسرى.
  const bool verb_before =
      AnyCue(sentence, "attribution", [&](const CueHit& c) { return c.row->scope == "quote" && c.w1 <= tw0; }) ||
      AnyCue(sentence, "negation", [&](const CueHit& c) { return DenialVerbBefore(c, e); });
  if (!verb_before) return false;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    if (!CueMayBe(ci, kOwnForces)) continue;
    const CueHit& c = cues_[ci];
    if (c.row->type != "own_forces") continue;
    // A speech or report verb between ("it had documented the rape of …")
    // makes the subject the teller of the deed, not its doer.
    const bool told_between = c.w1 < tw0 && AnyCue(sentence, "attribution", [&](const CueHit& v) {
      return v.row->scope == "quote" && v.w0 >= c.w1 && v.w1 <= tw0;
    });
    // After the word, the own forces are its doers in Arabic (أسقطت
    // دفاعاتها الجوية) and after an English "by" ("an attack by its
    // fighters"); right after an English verb they are its object ("the
    // military had shelled its fighters").
    const bool after = c.w0 >= tw1 && c.w0 - tw1 <= 1 &&
                       (!Latin(e) || (c.w0 == tw1 + 1 && words_[tw1].text() == "by"));
    if ((c.w1 <= tw0 && tw0 - c.w1 <= 2 && !told_between) || after) return true;
    if (c.w1 <= tw0 && !told_between && Latin(e) && CoordinatedAfterOwnForces(c, tw0, objects_span)) return true;
  }
  return false;
}

// "The army said its troops had repelled an assault on the town on Friday,
// and on Saturday recaptured the village": a verb joined by "and" to a deed
// the own forces do right after their noun shares their subject; the names
// in the first deed's words are its objects, not the second deed's doer.
bool Builder::CoordinatedAfterOwnForces(const CueHit& own, size_t tw0, std::pair<size_t, size_t>* objects_span) const {
  const int32_t sentence = own.sentence;
  bool first_deed = false;
  for (int32_t ti : Bucket(s_triggers_, sentence)) {
    const size_t w = trig_w_[ti].first;
    first_deed |= w >= own.w1 && w - own.w1 <= 2 && w < tw0;
  }
  if (!first_deed) return false;
  // "and", then at most a few words of time or place before the verb, none
  // a party's name (which would be the second verb's own subject).
  constexpr size_t kLead = 4;
  size_t and_w = tw0;
  for (size_t w = tw0; w > own.w1 && tw0 - w <= kLead + 1; --w)
    if (words_[w - 1].text() == "and") {
      and_w = w - 1;
      break;
    }
  if (and_w == tw0) return false;
  for (int32_t ai : Bucket(s_actors_, sentence))
    if (actor_w_[ai].first > and_w && actor_w_[ai].first < tw0) return false;
  for (size_t w = own.w1; w < and_w; ++w)
    if (sent_[w] != sentence) return false;
  if (objects_span != nullptr) *objects_span = {own.w1, and_w};
  return true;
}

// The word carries the preposition لـ (لقوات، للجيش): a reading of it
// without that letter (قوات، الجيش) is among its variants.
bool Builder::PrepositionLam(const LexWord& w) {
  constexpr std::string_view kLam = "\u0644", kAl = "\u0627\u0644";
  const std::string_view t = w.text();
  if (t.substr(0, kLam.size()) != kLam) return false;
  const std::string_view rest = t.substr(kLam.size());
  for (size_t i = 1; i < w.variants.size(); ++i) {
    const std::string_view v = w.variants[i];
    if (v == rest || (rest.substr(0, kLam.size()) == kLam && v.substr(0, kAl.size()) == kAl && v.substr(kAl.size()) == rest.substr(kLam.size())))
      return true;
  }
  return false;
}

// Media that the phrase itself gives an owner that fights (وسائل إعلام
// الحوثيين، إعلام الجيش، "Houthi media", "Taliban-run media"): that party's
// outlets, whose copy is its word, as a named party agency's is.
bool Builder::MediaOfAParty(const CueHit& c) const { return MediaOwner(c) >= 0; }

// The armed party whose outlet the media cue names, or -1. As a speech
// verb's subject (أعلن الإعلام العسكري لقوات X) the noun is the outlet
// speaking, so a name after لـ owns it too (`lam_owns`).
int32_t Builder::MediaOwner(const CueHit& c, bool lam_owns) const {
  if (c.row->type != "attribution" || c.row->kind != "media") return -1;
  int32_t owner = -1;
  if (Latin(c.w0)) owner = c.w0 > 0 ? ActorEndingAt(c.w0, c.sentence) : -1;
  else owner = ActorStartingAt(c.w1);
  if (owner < 0) return -1;
  // Arabic owns by the bare genitive (وسائل إعلام الحوثيين); a name after
  // the preposition لـ is looser, and the noun is often no outlet at all
  // (موقع لقوات الحزام: a position of the forces).
  if (!lam_owns && !Latin(c.w0) && PrepositionLam(words_[c.w1])) return -1;
  const ActorMention& m = doc_.actors[owner];
  return !m.id.empty() && Armed(m.acled_inter) && !Unidentified(m.id) && m.alias_kind != "generic" ? owner : -1;
}

// A party's news agency or channel on an armed deed, or on a deed whose
// actor it leaves unnamed (غارات شنها العدوان); not on a crowd's.
bool Builder::PartyMediaClaims(const Event& e) const {
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  const bool own = e.attribution_kind.empty() && e.attribution_source.empty();
  bool media = own && doc_party_media_;
  // A party's outlet named in quotation marks (ذكرت وكالة «تسنيم» أن …):
  // the quote is the name itself, all of it the cue's words.
  const auto named_in_marks = [&](const CueHit& c) {
    const int32_t q = tok_quote_[words_[c.w0].first];
    if (q < 0) return true;
    // Relaying another's word (نقلته وكالة «تسنيم» عن مسؤول أمني): that
    // source's, not the outlet's.
    if (e.attribution_kind == "anonymous_source" || e.attribution_kind == "witness") return false;
    const Quote& quote = doc_.quotes[q];
    return !quote.indirect && quote.tokens.begin == words_[c.w0].first && quote.tokens.end == words_[c.w1 - 1].end;
  };
  // The outlet a claim was made through (تبنى التنظيم الهجوم عبر وكالة
  // «أعماق»، "claimed the attack through its Amaq agency") carries the
  // claim, not the sentence's news.
  const auto channel = [&](const CueHit& c) {
    for (size_t k = c.w0, back = 0; k > 0 && back < 3; --k) {
      const std::string_view t = words_[k - 1].text();
      if (t == "\u0639\u0628\u0631" || t == "via" || t == "through") return true;
      back += words_[k - 1].is_word;
    }
    return false;
  };
  // ذكرت قناة «المسيرة» أن …: an outlet word with the outlet's name right
  // after it in quotation marks, the two together a party outlet's row
  // (قناة المسيرة; the name alone, المسيرة, is also "the drone").
  const auto outlet_with_quoted_name = [&](const CueHit& c) {
    if (c.row->type != "attribution" || c.row->kind != "media" || tok_quote_[words_[c.w0].first] >= 0) return false;
    size_t k = c.w1;
    while (k < words_.size() && sent_[k] == sentence && !words_[k].is_word && k - c.w1 < 2) ++k;
    if (k >= words_.size() || sent_[k] != sentence) return false;
    const int32_t qi = tok_quote_[words_[k].first];
    if (qi < 0) return false;
    const Quote& quote = doc_.quotes[qi];
    if (quote.tokens.empty() || quote.tokens.end - quote.tokens.begin > 6) return false;
    const Span name{doc_.tokens[quote.tokens.begin].span.begin, doc_.tokens[quote.tokens.end - 1].span.end};
    const std::vector<int32_t>* ids = lex_.cue_table.Find(c.row->cue + " " + std::string(doc_.norm(name)));
    if (ids == nullptr) return false;
    for (int32_t id : *ids)
      if (lex_.cues[static_cast<size_t>(id)].type == "party_media") return true;
    return false;
  };
  // The cue's kind first: the tests of its words are asked of a media cue only.
  // (MediaOfAParty and outlet_with_quoted_name read `attribution` cues only.)
  constexpr uint64_t kMediaTypes = CueTypeBits({"party_media", "attribution"});
  for (int32_t ci : Bucket(s_cues_, sentence))
    if (!media && CueMayBe(ci, kMediaTypes) &&
        (cues_[ci].row->type == "party_media" || MediaOfAParty(cues_[ci]) || outlet_with_quoted_name(cues_[ci])) &&
        named_in_marks(cues_[ci]) && !channel(cues_[ci]))
      media = true;
  if (!media || e.acled_event_type == "Protests" || e.acled_event_type == "Riots") return false;
  const std::string a1 = Actor1Of(e);
  return a1.empty() || (Armed(InterOf(e.actor1)) && !Unidentified(a1));
}

// The side that lost concedes it (أقر الجيش بانسحاب قواته، "admitted"):
// the winner's claim is then not the only source.
bool Builder::AdmittedByOtherSide(const Event& e) const {
  const std::string a2 = Actor2Of(e);
  if (a2.empty()) return false;
  for (int32_t a : admitters_)
    if (lex_.Related(a2, doc_.actors[a].id)) return true;
  return false;
}

// Fire across a border that a party claims and the state it fell in tells
// of too ("Hezbollah says it fired rockets at Metula; the Israeli military
// says 30 projectiles crossed", قال الجيش الإسرائيلي إن صفارات الإنذار
// دوّت): the claimant is not the only source. The other state's forces or
// government speak in the event's sentence or the next.
bool Builder::ToldByTargetState(const Event& e) const {
  if (e.acled_event_type != "Explosions/Remote violence") return false;
  const std::string country = PlaceCountry(e);
  const std::string a1 = Actor1Of(e);
  const ActorInfo* by = a1.empty() ? nullptr : lex_.Actor(a1);
  if (country.empty() || !by || by->country.empty() || by->country == country) return false;
  for (int32_t sentence : {static_cast<int32_t>(e.sentence), static_cast<int32_t>(e.sentence) + 1}) {
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (!AttributionCue(ci, true) || !c.row->kind.empty()) continue;
      int32_t a = ActorNear(c.w1, c.clause, c.w0, c.w1);
      if (a < 0) a = ActorEndingAt(c.w0, sentence);
      if (a < 0 || doc_.actors[a].id.empty()) continue;
      const ActorMention& m = doc_.actors[a];
      // A source phrase coded by the place (مصدر عسكري in Iraq) that names
      // another nationality (مصدر عسكري تركي) is not the place's state.
      if (const std::string nat = SourceNationality(a); !nat.empty() && nat != m.country) continue;
      // The target state as the event's own speaker, on the blow it took
      // ("the Ukrainian army said Russian artillery shelled its positions"),
      // is the claimant itself, no second source.
      if (a == SpeakerOf(e)) continue;
      // The next sentence's statement that denies (said no rockets had been
      // fired from the area, "said none of its troops were hurt") speaks of
      // what did not happen, not of this fire: no second account of it.
      if (sentence != static_cast<int32_t>(e.sentence) &&
          AnyCue(sentence, "negation", [&](const CueHit& n) { return n.w0 >= c.w1 && n.w0 - c.w1 <= 3; }))
        continue;
      if (m.country == country && m.acled_inter == "State forces" && !lex_.Related(m.id, a1)) return true;
    }
  }
  return false;
}

// A deed by the forces of a state other than the one it happens in (an
// Israeli strike in Gaza, a Pakistani raid in Khost): a government body of
// the place speaks of it as of the enemy's, not of its own forces.
bool Builder::ForeignDeed(const Event& e) const {
  const std::string country = PlaceCountry(e);
  const std::string a1 = Actor1Of(e);
  const ActorInfo* by = a1.empty() ? nullptr : lex_.Actor(a1);
  return !country.empty() && by && !by->country.empty() && by->country != country;
}

// A blow the state's own forces took (a bomb at a police post, an ambush on
// an army patrol), told by a military or government voice that names no
// actor ("…, the Defence Ministry said", "the Interior Ministry said"): the
// body speaks for the forces struck, the party is the only source, as when
// it is named (PartyClaims). Not a crowd's clash with the police, which all
// saw; not the forces of another state than the one the blow fell in.
bool Builder::BlowToTheVoicesForces(const Event& e, size_t after) const {
  if (e.acled_event_type != "Battles" && e.acled_event_type != "Explosions/Remote violence") return false;
  const std::string a1 = Actor1Of(e), a2 = Actor2Of(e);
  if (a2.empty() || InterOf(e.actor2) != "State forces") return false;
  // A generic force struck (an army vehicle, a police post) is the force
  // of the country it was struck in.
  const std::string country = PlaceCountry(e);
  const ActorInfo* struck = lex_.Actor(a2);
  if (country.empty() || !struck) return false;
  if (struck->country.empty() ? lex_.NationalForce(a2, country).empty() : struck->country != country) return false;
  // The state's own deed is its own voice's claim already (SettleClaims).
  if (!a1.empty() && InterOf(e.actor1) == "State forces") return false;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  return MilitaryVoice(sentence, after);
}

void Builder::SettleClaims() {
  FindDocumentVoice();
  // The account goes on (`next_step`: "Troops later raided …", "Insurgents
  // then fired on the rangers …", ثم، بعد ذلك): a sentence that names no
  // source of its own (no attribution cue, no quote) and tells the next step
  // before its deed is told by the source of the sentence right before it.
  // Whether that makes it a claim is the source's side's to decide, below.
  if (doc_voice_ < 0)
    for (Event& e : doc_.events) {
      const int32_t sentence = static_cast<int32_t>(e.sentence);
      if (sentence == 0 || e.quote >= 0 || !e.attribution_kind.empty() || !e.attribution_source.empty()) continue;
      const size_t tw0 = trig_w_[e.trigger].first;
      if (tok_quote_[words_[tw0].first] >= 0 || AnyCue(sentence, "attribution", [](const CueHit&) { return true; })) continue;
      // The next-step word opens the sentence (its first three words).
      size_t opening = tw0;
      while (opening > 0 && sent_[opening - 1] == sentence) --opening;
      const auto opens = [&](const CueHit& c) {
        size_t n = 0;
        for (size_t w = opening; w < c.w0; ++w) n += words_[w].is_word;
        return c.w1 <= tw0 && n <= 2;
      };
      // كما اعتقلت قوات الأمن …، كما أوقف الجيش …: "also" as the sentence's
      // first word (`statement_goes_on` with no verb of saying: those are
      // attribution cues, above) goes on with the list of the account
      // before — of that source's own side's deeds (or of a doer left
      // unnamed); another party's deed told so is the writer's list.
      const bool next_step = AnyCue(sentence, "next_step", opens);
      const bool goes_on = !next_step && AnyCue(sentence, "statement_goes_on", [&](const CueHit& c) {
        return c.w0 == opening && c.w1 <= tw0;
      });
      if (!next_step && !goes_on) continue;
      const Event* before = nullptr;
      for (const Event& p : doc_.events)
        if (static_cast<int32_t>(p.sentence) == sentence - 1 && p.quote < 0 && !p.attribution_kind.empty() &&
            p.attribution_kind != "media")
          before = &p;
      if (before == nullptr) continue;
      if (goes_on) {
        int32_t source = SpeakerOf(*before);
        if (source < 0) source = SideSourceOf(*before);
        if (source < 0) source = StatementOwner(*before);
        const std::string doer = Actor1Of(e);
        if (source < 0 || doc_.actors[source].id.empty()) continue;
        // A generic source (مصدر أمني, "the army") is the force of the place.
        const std::string& sid = doc_.actors[source].id;
        const std::string country = PlaceCountry(e);
        const std::string coded = country.empty() ? "" : lex_.NationalForce(sid, country);
        const auto same_side = [&](const std::string& id) {
          return !id.empty() && (doer == id || lex_.Related(doer, id) || lex_.IsWithin(doer, id));
        };
        if (!doer.empty() && !same_side(sid) && !same_side(coded)) continue;
      }
      e.attribution_kind = before->attribution_kind;
      e.attribution_span = before->attribution_span;
      e.attribution_source = before->attribution_source;
    }
  // A blow a state's forces took, told on their side's word, that the armed
  // group which struck claims (`responsibility`: "in an attack claimed by
  // X", تبنت الحركة الهجوم) in its sentence, after the deed, or in the next:
  // both sides tell it, so it is no one party's claim — reported. A deed
  // told only in the claim (its word after the claim's) stays the
  // claimant's (AssignClaimedResponsibility).
  const auto ClaimedByTheOtherSide = [&](const Event& e) {
    if (e.acled_event_type != "Battles" && e.acled_event_type != "Explosions/Remote violence") return false;
    const std::string a1 = Actor1Of(e), a2 = Actor2Of(e);
    if (a2.empty() || InterOf(e.actor2) != "State forces") return false;
    const int32_t es = static_cast<int32_t>(e.sentence);
    const int32_t speaker = SpeakerOf(e);
    for (const CueHit& c : cues_) {
      if (c.row->type != "responsibility" || c.sentence < es || c.sentence - es > 1) continue;
      if (c.sentence == es && c.w0 < trig_w_[e.trigger].second) continue;
      int32_t claimant = ActorStartingAt(c.w1);
      if (claimant < 0 && c.w1 + 1 < words_.size()) claimant = ActorStartingAt(c.w1 + 1);
      if (claimant < 0)
        for (int32_t a : Bucket(s_actors_, c.sentence))
          if (actor_w_[a].second <= c.w0 && c.w0 - actor_w_[a].second <= 1) claimant = a;
      if (claimant < 0 || claimant == speaker) continue;
      const ActorMention& m = doc_.actors[claimant];
      if (m.id.empty() || m.alias_kind == "generic" || !Armed(m.acled_inter) || m.acled_inter == "State forces") continue;
      if (lex_.Related(m.id, a2)) continue;
      if (speaker >= 0 && !doc_.actors[speaker].id.empty() && lex_.Related(m.id, doc_.actors[speaker].id)) continue;
      if (!a1.empty() && !Unidentified(a1) && !lex_.Related(m.id, a1)) continue;
      return true;
    }
    return false;
  };
  // The struck side tells the same fight in the deed's own sentence, after
  // it ("the PKK said its fighters attacked a Turkish base …, while the
  // Turkish army said one soldier was wounded"): both sides tell it, so it
  // is no one party's claim — reported.
  const auto ToldByTheStruckToo = [&](const Event& e) {
    if (e.acled_event_type != "Battles" && e.acled_event_type != "Explosions/Remote violence") return false;
    const std::string a2 = Actor2Of(e);
    const int32_t speaker = SpeakerOf(e);
    if (a2.empty() || speaker < 0 || doc_.actors[speaker].id.empty() || !Armed(InterOf(e.actor2))) return false;
    if (lex_.Related(a2, doc_.actors[speaker].id)) return false;
    const int32_t es = static_cast<int32_t>(e.sentence);
    for (int32_t ci : Bucket(s_cues_, es)) {
      const CueHit& c = cues_[ci];
      if (!AttributionCue(ci, true) || !c.row->kind.empty()) continue;
      if (c.w0 < trig_w_[e.trigger].second) continue;
      const int32_t a = ActorEndingAt(c.w0, es);
      if (a < 0 || a == speaker || doc_.actors[a].id.empty() || !Armed(doc_.actors[a].acled_inter)) continue;
      if (!lex_.Related(doc_.actors[a].id, a2)) continue;
      // "…, but the army said it had repelled the attack", "though Ukraine's
      // military said fighting was continuing": the struck side gainsays the
      // claim; it stays the claimant's word.
      bool contrast = false;
      for (size_t k = trig_w_[e.trigger].second; k < c.w0; ++k) {
        const std::string_view t = words_[k].text();
        contrast = contrast || t == "but" || t == "though" || t == "although" || t == "however" ||
                   t == "\u0644\u0643\u0646" || t == "\u0644\u0643\u0646\u0651";
      }
      if (!contrast) return true;
    }
    return false;
  };
  // The other side of the fight tells it in a later sentence (up to two
  // on), of the attack told before (`attack_reference` after its speech
  // verb: "Al-Shabaab said it had killed 31 soldiers in the attack", زعمت
  // الحركة أنها قتلت 12 جندياً خلال الهجوم): two parties' accounts, no one
  // party's claim — reported.
  const auto ToldByTheOtherSideLater = [&](const Event& e) {
    if (e.acled_event_type != "Battles" && e.acled_event_type != "Explosions/Remote violence") return false;
    // The party's named speaker, or the side an unnamed source of it speaks
    // for ("a Somali army officer said", مصدر عسكري).
    int32_t speaker = SpeakerOf(e);
    if (speaker < 0) speaker = SideSourceOf(e);
    const std::string a1 = Actor1Of(e), a2 = Actor2Of(e);
    if (speaker < 0 || doc_.actors[speaker].id.empty()) return false;
    const std::string& sid = doc_.actors[speaker].id;
    const int32_t es = static_cast<int32_t>(e.sentence);
    for (int32_t s = es + 1; s <= es + 2; ++s) {
      for (int32_t ci : Bucket(s_cues_, s)) {
        const CueHit& c = cues_[ci];
        if (!AttributionCue(ci, true) || !c.row->kind.empty() || c.row->scope != "quote") continue;
        int32_t a = Latin(c.w0) ? SpeakerEndingAt(c.w0, s) : SubjectOfSpeech(c);
        if (a < 0 || a == speaker) continue;
        const ActorMention& m = doc_.actors[a];
        if (m.id.empty() || !Armed(m.acled_inter) || lex_.Related(m.id, sid)) continue;
        if (!((!a1.empty() && lex_.Related(m.id, a1)) || (!a2.empty() && lex_.Related(m.id, a2)))) continue;
        // Not a denial, nor a word withheld (دون أن يعلق على الاشتباكات,
        // "without commenting on the fighting"): a negation between the
        // verb and the attack it names.
        const bool told = AnyCue(s, "attack_reference", [&](const CueHit& r) {
          const auto between = [&](const CueHit& n) { return n.w0 >= c.w1 && n.w0 < r.w0; };
          // Its own words, not another speaker's after it ("…, but the army
          // said it had repelled the attack").
          return r.w0 >= c.w1 && !AnyCue(s, "negation", between) && !AnyCue(s, "without", between) &&
                 !SpeechVerbBetween(c.w1, r.w0);
        });
        if (told) return true;
      }
    }
    return false;
  };
  // What was just told, confirmed in its own sentence by another than its
  // speaker (وهو ما أكده سائقون، وهي معارك أكدها المتمردون أنفسهم، "which
  // residents confirmed": a `confirmation` cue after
  // the deed): a second account, no one party's claim — reported. Not the
  // source itself told as confirming (وفق ما أكدته الشرطة: an attribution
  // word right before), nor the speaker confirming its own word.
  const auto ConfirmedByAnother = [&](const Event& e) {
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    const size_t tw1 = trig_w_[e.trigger].second;
    int32_t speaker = SpeakerOf(e);
    if (speaker < 0) speaker = SideSourceOf(e);
    if (speaker < 0) speaker = doc_voice_;
    return AnyCue(sentence, "confirmation", [&](const CueHit& c) {
      if (c.w0 < tw1 || tok_quote_[words_[c.w0].first] >= 0) return false;
      const bool as_source = AnyCue(sentence, "attribution", [&](const CueHit& v) {
        return v.row->kind.empty() && v.w1 <= c.w0 && c.w0 - v.w1 <= 1;
      });
      if (as_source) return false;
      int32_t by = ActorNear(c.w1, c.clause, c.w0, c.w1);
      if (by < 0) by = ActorEndingAt(c.w0, sentence);
      // A confirmer named (وهو ما أكده سكان، أكدها التنظيم): with none (وهو ما
      // أكده بيان لاحق, "a later statement") the confirmation may be the
      // speaker's own, no second account.
      if (by < 0) return false;
      if (speaker >= 0 && !doc_.actors[by].id.empty() && !doc_.actors[speaker].id.empty() &&
          (doc_.actors[by].id == doc_.actors[speaker].id || lex_.Related(doc_.actors[by].id, doc_.actors[speaker].id)))
        return false;
      return true;
    });
  };
  for (const CueHit& c : cues_) {
    if (c.row->type != "admission") continue;
    int32_t a = ActorNear(c.w1, c.clause, c.w0, c.w1);
    if (a < 0)
      for (int32_t x : Bucket(s_actors_, c.sentence))
        if (actor_w_[x].second <= c.w0 && c.w0 - actor_w_[x].second <= 1) a = x;
    if (a >= 0 && !doc_.actors[a].id.empty()) admitters_.push_back(a);
  }
  // Whether the deed is the speaker's side's own: its doer is the speaker
  // or a force the two codings of the place make one.
  const auto OwnDeedOf = [&](int32_t speaker, const Event& e) {
    const std::string a1 = Actor1Of(e);
    const std::string& sid = doc_.actors[speaker].id;
    if (a1.empty() || sid.empty() || Unidentified(a1) || !Armed(InterOf(e.actor1))) return true;
    if (lex_.Related(a1, sid)) return true;
    const std::string country = PlaceCountry(e);
    if (country.empty()) return false;
    const std::string s_here = lex_.NationalForce(sid, country), a_here = lex_.NationalForce(a1, country);
    return s_here == a1 || a_here == sid || (!s_here.empty() && s_here == a_here);
  };
  // The writer's own forces next to the deed, told in the first person in
  // a sentence with no speech verb and no "according to" (and not in a
  // quote): English "our" at most three words before the deed, or after a
  // preposition up to five words after its last word, its target ("our defenders
  // repelled", "dropped munitions … on our positions"); an Arabic own-forces
  // word in the first person (قواتنا، مقاتلينا) as close.
  const auto FirstPersonForces = [&](const Event& e) {
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    if (tok_quote_[words_[tw0].first] >= 0) return false;
    // A verb of saying in the sentence ("…, the Defence Forces reported")
    // leaves the first person to a force named with it ("our defenders",
    // "our border guards": an armed party's mention opening on "our"), the
    // channel relaying its own unit's word; "residents said shells fell on
    // our houses" is theirs.
    const bool speech =
        AnyCue(sentence, "attribution", [&](const CueHit& c) { return c.row->scope == "quote" || c.row->scope == "following"; });
    const auto armed_our = [&](size_t w) {
      const int32_t a = ActorStartingAt(w);
      return a >= 0 && !doc_.actors[a].id.empty() && Armed(doc_.actors[a].acled_inter);
    };
    const auto near = [&](size_t w0, size_t w1) {
      return (w1 <= tw0 && tw0 - w1 <= 2) || (w0 >= tw1 && w0 - tw1 <= 1);
    };
    const auto place_word = [](std::string_view p) {
      return p == "on" || p == "at" || p == "against" || p == "near" || p == "into" || p == "toward" || p == "towards";
    };
    for (size_t w = tw0 >= 3 ? tw0 - 3 : 0; w < tw1 + 10 && w < words_.size(); ++w) {
      if (sent_[w] != sentence || clause_[w] != clause_[tw0]) continue;
      const std::string_view t = words_[w].text();
      if (t != "our" && t != "Our") continue;
      if (speech && !armed_our(w)) continue;
      if (w < tw0) return true;
      // After the deed, its target: "on our positions", "at our troops";
      // or the holder of its target ("on the positions of our defenders":
      // "of" right before, the preposition at most three words before it).
      const std::string_view p = w > 0 ? words_[w - 1].text() : std::string_view();
      if (w >= tw1 && w < tw1 + 6 && place_word(p)) return true;
      if (w >= tw1 + 2 && p == "of")
        for (size_t k = w - 2; k >= tw1 && w - k <= 4; --k)
          if (clause_[k] == clause_[w] && place_word(words_[k].text())) return true;
    }
    if (speech) return false;
    return AnyCue(sentence, "own_forces", [&](const CueHit& c) {
      return EndsWith(c.row->cue, "\u0646\u0627") && tok_quote_[words_[c.w0].first] < 0 && near(c.w0, c.w1);
    });
  };
  for (Event& e : doc_.events) {
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    // Hedged only because it cannot be verified: a party's unverified word
    // is still its claim.
    const bool open = e.status == "reported" || (e.status == "hedged" && !AnyCue(sentence, "hedge"));
    if (open) {
      int32_t speaker = SpeakerOf(e);
      if (speaker < 0 && e.attribution_kind.empty() && e.attribution_source.empty()) speaker = doc_voice_;
      const int32_t side_source = speaker < 0 ? SideSourceOf(e) : -1;
      if (side_source >= 0) speaker = side_source;
      if (speaker < 0) speaker = StatementOwner(e);
      const bool independent = Independent(e.attribution_kind) && side_source < 0;
      const size_t tw1 = trig_w_[e.trigger].second;
      const std::string a1 = Actor1Of(e);
      const bool armed_deed = !a1.empty() && Armed(InterOf(e.actor1)) && !Unidentified(a1);
      // The speaker's own forces are armed whether or not their name was read.
      // So are the writer's own, told in the first person with no speaker
      // at all (a force's own channel: "our defenders repelled three
      // assaults", "gas grenades dropped on our positions", صدّت قواتنا).
      const bool own = (OwnForcesOf(e) || FirstPersonForces(e)) && !Unidentified(a1);
      const bool state_deed = armed_deed && InterOf(e.actor1) == "State forces";
      // An operation whose doer the sentence leaves unnamed (its actor empty
      // or carried over from before): the voice announcing it did it.
      // "RSF fighters attacked the village, … looting livestock, according
      // to local authorities": the deed's doer, given from a deed before it,
      // is named in its own sentence — no unnamed operation of the voice.
      const auto DoerNamedBefore = [&](const Event& ev) {
        const std::string doer = Actor1Of(ev);
        if (doer.empty()) return false;
        const size_t t0 = trig_w_[ev.trigger].first;
        for (int32_t x : Bucket(s_actors_, static_cast<int32_t>(ev.sentence))) {
          const ActorMention& m = doc_.actors[x];
          if (actor_w_[x].first < t0 && !m.id.empty() && Armed(m.acled_inter) && (m.id == doer || lex_.Related(m.id, doer)))
            return true;
        }
        return false;
      };
      // وأضاف أن المهاجمين أحرقوا عشرات المنازل: a doer carried from a deed
      // told before that is an armed group of its own (not a state's force,
      // not unknown gunmen), in a clause of its own after a complementizer,
      // is that group, no unnamed force of the voice. (A deed that is the
      // speech verb's object, أعلنت الشرطة القبض على …، إقامة نقطة, names no
      // doer at all: the voice's own operation whoever was carried to it.)
      const auto CarriedArmedGroup = [&](const Event& ev) {
        const std::string doer = Actor1Of(ev);
        if (doer.empty() || !Armed(InterOf(ev.actor1)) || InterOf(ev.actor1) == "State forces" || Unidentified(doer))
          return false;
        size_t first = trig_w_[ev.trigger].first;
        while (first > 0 && sent_[first - 1] == static_cast<int32_t>(ev.sentence)) --first;
        return ComplementizerBetween(first, trig_w_[ev.trigger].first);
      };
      const bool voice = speaker < 0 && !independent &&
                         ((armed_deed && MilitaryVoice(sentence, tw1)) || own ||
                          (state_deed && !ForeignDeed(e) && GovernmentVoice(sentence, tw1)) || (armed_deed && DroppedSpeaker(e)) ||
                          (e.actor1.actor < 0 && OwnOperation(e, false) && !DoerNamedBefore(e) && !CarriedArmedGroup(e) &&
                           (MilitaryVoice(sentence, tw1) || GovernmentVoice(sentence, tw1))));
      // "The army said it had shelled", أعلن الجيش أنه قصف: a party names
      // itself as the doer, its own deed whatever actor the deed was given.
      const bool self_told = own && !independent && side_source < 0 && speaker >= 0 && !doc_.actors[speaker].id.empty() &&
                             Armed(doc_.actors[speaker].acled_inter) && !OtherSourceInSentence(speaker, sentence);
      const bool announced = !independent && AnnouncedByDoer(e) &&
                             (speaker < 0 || !OtherSourceInSentence(speaker, sentence));
      const bool struck_voice = speaker < 0 && !independent && BlowToTheVoicesForces(e, tw1);
      if (voice || self_told || announced || struck_voice || PartyClaims(speaker, e) || UnnamedOwnDeed(speaker, e) ||
          PartyMediaClaims(e))
        e.status = "claimed";
      const bool official = e.attribution_kind.empty() || e.attribution_kind == "official_statement";
      bool by_speech = false;
      const CueHit* body = e.status != "claimed" && official && side_source < 0 ? DecreeingBody(e, &by_speech) : nullptr;
      if (body != nullptr && (by_speech || SecurityBody(*body))) {
        e.status = "claimed";
        if (e.attribution_source.empty()) {
          e.attribution_span = doc_.SpanOf(TokenRange{words_[body->w0].first, words_[body->w1 - 1].end});
          e.attribution_source = body->row->cue;
          e.attribution_kind = "official_statement";
        }
      }
    }
    if (e.status == "claimed" &&
        (AdmittedByOtherSide(e) || ToldByTargetState(e) || ClaimedByTheOtherSide(e) || ToldByTheStruckToo(e) ||
         ToldByTheOtherSideLater(e) || ConfirmedByAnother(e)))
      e.status = "reported";
    // A party's charge against the other side that cannot be verified ("the
    // KNU accused the military of releasing a choking gas on its positions,
    // a claim that could not be independently verified"): the deed of
    // another than the speaker is hedged; only its own deed stays its claim.
    if (e.status == "claimed" && Unverifiable(sentence))
      if (const int32_t sp = SpeakerOf(e); sp >= 0 && !OwnDeedOf(sp, e)) e.status = "hedged";
    // An agreement is the act of its parties together, public by nature: no
    // one party's claim. A device defused or a drone downed is known only
    // from the force that stopped it: its claim.
    if (e.status == "claimed" && e.acled_sub_event_type == "Agreement") e.status = "reported";
    // A crowd in the street is seen by all: a protest, a riot or the force
    // that broke it up is public, whoever tells it (police on their own tear
    // gas report what everyone saw), never one party's word.
    if (e.status == "claimed" && (e.acled_event_type == "Protests" || e.acled_event_type == "Riots"))
      e.status = "reported";
    // A public order (`public_order`, by the trigger's lemma: a curfew, a
    // ban, a closure, a state of emergency) is posted for all to obey: the
    // authority that announces it tells what everyone can see, `reported`,
    // never its claim. (A siege is no such order: the besieger's word.)
    if (e.status == "claimed" && e.acled_sub_event_type == "Change to group/activity" &&
        LemmaCue(doc_.triggers[e.trigger], "public_order") != nullptr)
      e.status = "reported";
    // (Unless witnesses in its sentence saw it too: مصادر أمنية وشهود.)
    if (e.status == "reported" && e.acled_sub_event_type == "Disrupted weapons use" &&
        !AnyCue(sentence, "attribution", [&](const CueHit& c) {
          return c.row->kind == "witness" && tok_quote_[words_[c.w0].first] < 0;
        }))
      e.status = "claimed";
    // A chemical attack is never plain news (no gold set has a reported
    // one): told as fact, it is the charge of the side that tells it — a
    // party, an official, the report's own voice — or, from a witness, an
    // outlet or an unnamed source named in its sentence, a doubt not yet
    // established. (Read before the document's voice on purpose: a charge
    // whose speaker the sentence names by a word the attribution missed —
    // "It said …", "The ministry also accused …" — in an agency's copy is
    // that side's claim, as the gold codes it, not the agency's doubt.)
    if (e.status == "reported" && e.acled_sub_event_type == "Chemical weapon")
      e.status = e.attribution_kind == "witness" || e.attribution_kind == "media" || e.attribution_kind == "anonymous_source"
                     ? "hedged"
                     : "claimed";
    if (e.attribution_kind.empty() && e.attribution_source.empty()) AttributeToDocument(e);
    // A participant speaks of its own action (or a fight it was in); an
    // armed group on record about others' deeds is a named organisation's
    // statement.
    if (const int32_t sp = SpeakerOf(e); sp >= 0 && e.attribution_kind == "participant") {
      const std::string& sid = doc_.actors[sp].id;
      auto related = [&](const std::string& id) {
        return !id.empty() && lex_.Related(id, sid);
      };
      if (!sid.empty() && !Actor1Of(e).empty() && !related(Actor1Of(e)) && !related(Actor2Of(e)))
        e.attribution_kind = "official_statement";
    }
  }
}

}  // namespace marsad::events_internal
