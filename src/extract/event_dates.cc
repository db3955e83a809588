#include "extract/event_builder.h"

#include <algorithm>

#include "util/affix.h"
#include "util/civil_time.h"

namespace marsad::events_internal {

namespace {

// Does word `w` open its sentence, after at most one word (a leading و or
// "And", which is no word of its own here)? `sent` maps words to sentences.
bool LeadsSentence(const std::vector<int32_t>& sent, size_t w) {
  size_t lead = 0;
  for (size_t k = w; k-- > 0 && sent[k] == sent[w];) ++lead;
  return lead <= 1;
}

}  // namespace

// More than a year before the reference time.
bool Builder::OldDate(const DateMention& d) const {
  int y = IsoYear(d.value);
  if (y == 0 || ref_year_ == 0) return false;
  if (y < ref_year_ - 1) return true;
  // A bare year before this one ("clashes in 2023") is background.
  if (d.value.size() < 7) return y < ref_year_;
  if (y > ref_year_ - 1) return false;
  return d.value.substr(5) < ref_day_.substr(5, d.value.size() - 5);
}

// A whole month before the reference's ("in July", في تموز الماضي).
bool Builder::PastMonth(const DateMention& d) const {
  return d.value.size() == 7 && ref_day_.size() >= 7 && d.value < ref_day_.substr(0, 7);
}

// After the reference day ("talks resume next week"): what is planned is
// dated on the publication day (intent), never what is reported.
bool Builder::Future(const DateMention& d) const {
  return !ref_day_.empty() && d.value.size() >= 10 && d.value.substr(0, 10) > ref_day_;
}

// A date inside a name (حركة 23 مارس، "the 17 February Brigade") dates nothing.
bool Builder::DateInActorName(int32_t d) const {
  const Span ds = doc_.dates[d].span;
  for (int32_t a : Bucket(s_actors_, sent_[date_w_[d].first]))
    if (doc_.actors[a].span.begin <= ds.begin && ds.end <= doc_.actors[a].span.end) return true;
  return false;
}

// "رواتبهم المتأخرة منذ ثلاثة أشهر" (their wages, unpaid for three months):
// منذ and a count of days, weeks, months or years right after a word with
// the article tells how long that noun's state has lasted, not when the
// event of the clause happened.
// So does a year told with ل ("of", "for": اتفاق السلام لعام 2016, "the
// 2016 peace agreement"; موازنة لسنة 2024): it names which noun it is, it
// is never when the act of the clause happened.
bool Builder::DurationOfNoun(int32_t d) const {
  const DateMention& dm = doc_.dates[d];
  const size_t w = date_w_[d].first;
  if (!dm.since && dm.precision == DatePrecision::kYear && w > 0 && w < words_.size() && sent_[w - 1] == sent_[w] &&
      words_[w - 1].is_word && !words_[w - 1].clause_break) {
    const LexWord& year_word = words_[w];
    const std::string_view first = doc_.TokenText(year_word.first);
    if (doc_.tokens[year_word.first].piece == Piece::kProclitic ? first == "\xD9\x84"  // ل
                                                                   : (StartsWith(first, "\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85") ||  // لعام
                                                                      StartsWith(first, "\xD9\x84\xD8\xB3\xD9\x86\xD8\xA9")))  // لسنة
      return true;
  }
  if (!dm.relative || dm.since || w == 0 || w + 1 >= words_.size()) return false;
  if (words_[w].text() != "\xD9\x85\xD9\x86\xD8\xB0") return false;  // منذ
  // كان يحتجزهما منذ أسبوعين (had been holding them for two weeks): منذ and
  // a count after a state told with كان is how long that state lasted.
  for (size_t k = w; k-- > 0 && k + 3 >= w && sent_[k] == sent_[w] && !words_[k].clause_break;) {
    std::string_view v = words_[k].text();
    if (StartsWith(v, "\xD9\x88")) v.remove_prefix(2);  // و
    if (v == "\xD9\x83\xD8\xA7\xD9\x86" || v == "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA" ||  // كان، كانت
        v == "\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD8\xA7" || v == "\xD9\x83\xD8\xA7\xD9\x86\xD8\xA7")  // كانوا، كانا
      return true;
  }
  const LexWord& before = words_[w - 1];
  if (!before.is_word || before.clause_break || sent_[w - 1] != sent_[w]) return false;
  return CarriesArticle(doc_, before);
}

// وتسيطر الحركة على المدينة منذ كانون الثاني/يناير 2025، "the rebels have
// held the town since March 2024": a state told in the present (or the
// English perfect) with a since-date written as a calendar point right after
// it in its clause began on that date, so the act that began it (the
// takeover, the siege) is dated by it, however old. A span instead (منذ
// أشهر، "for months") tells how long, no day (DropStandingStates); so does a
// since-date of another noun (منذ انقلاب 2021). Fighting and shelling kept up
// since a date ("has fought the government since 2023") are a war going on,
// begun by no one act of a day. -1 when there is no such date.
int32_t Builder::StartOfStandingState(const Event& e) const {
  if (e.trigger < 0 || !NonPastVerb(e)) return -1;
  if (e.acled_sub_event_type == "Armed clash" || e.acled_event_type == "Explosions/Remote violence") return -1;
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  // "the Houthis, who have besieged Taiz since 2015": a state told in a
  // relative clause describes its noun, it tells no act of the story.
  for (size_t k = 0; k <= 2 && k <= tw0; ++k)
    if (InRelativeClause(tw0 - k)) return -1;
  for (int32_t d : Bucket(s_dates_, sent_[tw0])) {
    const DateMention& dm = doc_.dates[d];
    const size_t w = date_w_[d].first;
    if (!dm.since || dm.relative || !Usable(dm) || Future(dm) || w < tw1 || w - tw1 > 10) continue;
    if (clause_[w] != clause_[tw0] || DurationOfNoun(d) || DateInActorName(d)) continue;
    if (w == 0 || !SinceWord(words_[w - 1].text())) continue;
    if (NearerTriggerOwnsAt(d, tw0)) continue;
    return d;
  }
  return -1;
}

// "في تقرير صدر اليوم"، "a report published on Monday": the day a report
// or statement came out dates the report, never what it tells.
bool Builder::PublicationDay(int32_t d) const {
  const size_t w = date_w_[d].first;
  return RightAfterCue(sent_[w], "publication", w);
}

size_t Builder::PossessedBy(int32_t d) const {
  uint32_t t = doc_.dates[d].tokens.end;
  if (doc_.dates[d].attributive) {
    // "the 1988 chemical attack" owns the words after it; هجوم 2017 the noun before.
    const uint32_t b = doc_.dates[d].tokens.begin;
    if (b > 0 && doc_.tokens[b - 1].script == Script::kArabic) return tok_word_[b - 1];
    return t < doc_.tokens.size() ? tok_word_[t] : SIZE_MAX;
  }
  if (t >= doc_.tokens.size() || doc_.tokens[t].span.begin != doc_.dates[d].span.end) return SIZE_MAX;
  const std::string_view mark = doc_.TokenText(t);
  if (mark == "'s" || mark == "\xE2\x80\x99s") {
    ++t;
  } else if (mark == "'" || mark == "\xE2\x80\x99") {
    // "last year's" split at the apostrophe, or a plural's bare one ("the two days' fighting").
    if (t + 1 < doc_.tokens.size() && doc_.TokenText(t + 1) == "s" && doc_.tokens[t + 1].span.begin == doc_.tokens[t].span.end)
      ++t;
    ++t;
  } else {
    return SIZE_MAX;
  }
  return t < doc_.tokens.size() ? tok_word_[t] : SIZE_MAX;
}

// "a curfew until Monday morning", فرض حظر تجول حتى صباح الإثنين: the day
// after حتى / "until" is when a state ends, never when the act that began
// it happened.
static bool UntilWord(std::string_view w) {
  return w == "until" || w == "\xD8\xAD\xD8\xAA\xD9\x89" || w == "\xD8\xAD\xD8\xAA\xD9\x8A";  // حتى، حتي
}

int32_t Builder::PickDate(size_t tw0, int32_t sentence) const {
  // "شهدت البلدة خلال حرب خريف 2024 معارك ضارية", "during the 2014 war,
  // troops shelled …": a date naming a noun after a `circumstance` word
  // (خلال، أثناء، إبان، during) is the time of what the clause tells
  // after that noun, as a date opening the clause would be.
  auto DuringNamedPeriod = [&](int32_t d, size_t owner) {
    if (owner >= tw0 || sent_[owner] != sent_[tw0]) return false;
    const size_t d0 = date_w_[d].first;
    const size_t head = owner < d0 ? owner : d0;  // هجوم 2017: the noun; "the 2014 war": the date
    for (size_t k = head, back = 0; k-- > 0 && back < 2 && sent_[k] == sent_[tw0]; ++back) {
      if (WordCue(k, "circumstance") != nullptr) return true;
      if (words_[k].text() != "the") return false;
    }
    return false;
  };
  auto UntilDate = [&](int32_t d) {
    const size_t w = date_w_[d].first;
    return w > 0 && sent_[w - 1] == sent_[w] && !doc_.dates[d].since && UntilWord(words_[w - 1].text());
  };
  // "قالت البعثة في تقرير صدر الجمعة إن عناصر ارتكبوا … خلال الشهر الجاري",
  // "investigators said last week that fighters had raped … in October": a
  // date between a speech verb and the complementizer that opens what was
  // said is the day of the saying (or of the report); the event said takes a
  // date of the words said when they give one, and that day only otherwise.
  auto date_of_saying = [&](int32_t d) {
    const size_t d0 = date_w_[d].first, d1 = date_w_[d].second;
    if (d1 > tw0) return false;
    const int32_t s = sent_[d0];
    return AnyCue(s, "attribution", [&](const CueHit& c) { return c.w1 <= d0 && d0 - c.w1 <= 8; }) &&
           AnyCue(s, "complementizer", [&](const CueHit& c) { return c.w0 >= d1 && c.w1 <= tw0 && c.w0 - d1 <= 3; });
  };
  // "…, a rights group said in its weekly bulletin on Thursday", "…، قالت
  // الوزارة في بيان الخميس": a date after the trigger and a few words after a
  // later speech verb (no complementizer nor event word between) is the day
  // of the saying, not of the act told before it.
  auto date_of_later_saying = [&](int32_t d) {
    const size_t d0 = date_w_[d].first;
    if (d0 <= tw0) return false;
    const int32_t s = sent_[d0];
    return AnyCue(s, "attribution", [&](const CueHit& c) {
      if (c.row->scope != "quote" || c.w0 <= tw0 || c.w1 > d0 || d0 - c.w1 > 6) return false;
      for (size_t w = c.w1; w < d0; ++w)
        if (TriggerStartingAt(w) || WordCue(w, "complementizer") != nullptr) return false;
      return true;
    });
  };
  int32_t best = -1, background_day = -1;
  size_t best_dist = SIZE_MAX;
  // Inside "two days after <event>" only that phrase's own dates count, and
  // the words themselves; outside it they date nothing.
  const int32_t phrase = PriorPhraseOver(tw0, sentence);
  // "stormed the homes on Saturday after the bodies of people abducted on
  // November 11 were found", "occupied the town for two days before
  // withdrawing on Sunday": an English subordinate clause (after, before,
  // when, until …) has its own time, so a date on the other side of its
  // subordinator is as far from the trigger as a date in another clause. A
  // date right after the subordinator ("until Sunday", "after midnight") is
  // the word's own object, no clause.
  auto subordinate_apart = [&](int32_t d) {
    const size_t dw = date_w_[d].first;
    // استولى التنظيم على تدمر في أيار 2015 قبل أن تستعيدها القوات في آذار
    // 2016: قبل أن، بعد أن open an Arabic clause with its own time.
    if (!Latin(tw0))
      return AnyCue(sentence, "time_subordinator", [&](const CueHit& c) {
        return c.w0 > std::min(tw0, dw) && c.w1 <= std::max(tw0, dw) && (dw < tw0 || dw > c.w1 + 1);
      });
    if (dw < tw0 && FramesSentence(d)) return false;
    for (size_t w = std::min(tw0, dw) + 1; w < std::max(tw0, dw) && w < words_.size(); ++w)
      if (Subordinator(w) && words_[w].text() != "as" && (dw < tw0 || dw > w + 2)) return true;
    return false;
  };
  // A relative word (who, which; الذي، الذين) opens a clause before date d
  // in its stretch of the sentence (no comma between), with a word of that
  // clause before the date: "men who drowned last month". Right after the
  // relative word ("men who last week attacked …") the date may be the
  // trigger's own, told ahead of its verb. "that" as a complementizer
  // ("said that …") opens no relative clause.
  auto in_relative_clause = [&](int32_t d) {
    constexpr size_t kClauseWords = 8;
    const size_t dw = date_w_[d].first;
    for (size_t w = dw; w-- > 0 && sent_[w] == sent_[dw] && dw - w <= kClauseWords;) {
      const std::string_view x = words_[w].text();
      if (x == "," || x == ";" || x == "،" || x == "؛") return false;
      if (WordCue(w, "relative") != nullptr && WordCue(w, "complementizer") == nullptr) return w + 1 < dw;
    }
    return false;
  };
  // "killed 34 villagers on Saturday, in one of the deadliest attacks this
  // year": the compared noun is the event told before it, with no day of its
  // own ("this year" is the comparison's range).
  // (After a toll's verb alone, "killed 34 … in one of the deadliest
  // attacks", the noun is the event and MakeEvent dates it by the verb.)
  if (const int32_t to = ComparedTo(tw0, sentence); to >= 0 && doc_.triggers[to].acled_event_type != "casualty")
    return -1;
  // "aid workers kidnapped in March were released on Sunday": a date
  // between the captivity and the release is the captivity's.
  size_t captivity_w = SIZE_MAX;
  size_t trigger_last = tw0;  // the last word of the trigger at tw0
  for (int32_t u : Bucket(s_triggers_, sentence)) {
    if (trig_w_[u].first == tw0 && trig_w_[u].second > tw0) trigger_last = std::max(trigger_last, trig_w_[u].second - 1);
    if (trig_w_[u].first == tw0 && NeedsCaptives(doc_.triggers[u]))
      if (const int32_t c = CaptivityBefore(u); c >= 0) captivity_w = trig_w_[c].first;
  }
  // "أفرجت السلطات عن 40 شاباً اعتقلوا الشهر الماضي" (released 40 young men
  // arrested last month): an Arabic captivity verb right after the released
  // people, with no conjunction on it (a clause describing them, no act of
  // the story joined to the release), owns a date told after it in its
  // stretch of the sentence; the release is not dated by it.
  size_t held_after_w = SIZE_MAX;
  if (!Latin(tw0))
    for (int32_t r : Bucket(s_triggers_, sentence)) {
      if (trig_w_[r].first != tw0 || (doc_.triggers[r].plover_mode != "release" && !NeedsCaptives(doc_.triggers[r]))) continue;
      for (int32_t u : Bucket(s_triggers_, sentence)) {
        const size_t uw = trig_w_[u].first;
        const std::string_view sub = doc_.triggers[u].acled_sub_event_type;
        if (uw <= trig_w_[r].second || uw > tw0 + 8 || uw >= held_after_w) continue;
        if (sub != "Abduction/forced disappearance" && sub != "Arrests") continue;
        if (doc_.tokens[words_[uw].first].piece == Piece::kProclitic) continue;  // واعتقلت: an act joined to it
        bool apart = false;
        for (size_t w = tw0; w < uw && !apart; ++w) apart = IsComma(words_[w].text()) || words_[w].clause_break;
        if (!apart) held_after_w = uw;
      }
    }
  // "سلّم المسلحون مقراتهم أمس بموجب اتفاق توصل إليه الوجهاء يوم السبت",
  // "handed over the base on Sunday under an accord signed on Friday": an
  // agreement named as the ground of another act (an `act_ground` word right
  // before its noun, or up to two words before it, no punctuation between:
  // بموجب، وفق، "under a truce agreement") came
  // before that act; the act's date, told before the cue, is as far from the
  // agreement as a date of another clause, and a date of the agreement's own
  // words after it wins.
  size_t ground_w = SIZE_MAX;
  for (int32_t u : Bucket(s_triggers_, sentence))
    if (trig_w_[u].first == tw0 && doc_.triggers[u].voice == "nominal" &&
        doc_.triggers[u].acled_sub_event_type == "Agreement")
      for (size_t w = tw0; w-- > 0 && tw0 - w <= 3 && sent_[w] == sent_[tw0] && words_[w].is_word;)
        if (WordCue(w, "act_ground") != nullptr) ground_w = std::min(ground_w, w);
  for (int32_t d : Bucket(s_dates_, sentence)) {
    if (doc_.dates[d].prior && !OpensSentence(d) && d != phrase) continue;
    // "days before the fighting": the noun the stretch counts from is the
    // event it names, not dated by it.
    if (doc_.dates[d].anaphoric && doc_.dates[d].precision == DatePrecision::kWeek &&
        (StretchNamingAt(tw0) == d || StretchNamedEventDay(d) < 0))
      continue;  // the named event itself, or no event told before to count from: no date
    if (date_w_[d].first > captivity_w && date_w_[d].first < tw0) continue;
    if (held_after_w != SIZE_MAX && date_w_[d].first > held_after_w && date_w_[d].first <= held_after_w + 5 &&
        [&] {
          for (size_t w = held_after_w; w < date_w_[d].first; ++w)
            if (IsComma(words_[w].text())) return false;
          return true;
        }())
      continue;  // أفرجت عن شبان اعتقلوا الشهر الماضي: the arrest's date
    // "وقّعوا وثيقة صلح أنهت نزاعاً كان قد تحوّل في أكتوبر الماضي إلى اشتباك":
    // a date after a pluperfect (كان قد) told after the trigger is the
    // earlier act's, whether or not that act is an event word. Only in the
    // pluperfect's own clause: past a comma that opens a new clause (قال إنه
    // كان قد غادر، ثم هاجم المسلحون البلدة يوم الأحد) a date is the sentence's again.
    // A date set off by commas inside it (كان قد تحوّل، في أكتوبر الماضي، إلى
    // اشتباك) is an aside, still the pluperfect's: the date is the sentence's
    // again only when the words after the last comma before it open a clause
    // of their own (و/ف, ثم, or a finite verb).
    const auto new_clause_before = [&](size_t from, size_t dw) {
      size_t b = SIZE_MAX;
      for (size_t k = from; k < dw; ++k)
        if (words_[k].clause_break) b = k;
      if (b == SIZE_MAX || b + 1 >= words_.size()) return true;
      const size_t o = b + 1;
      return AndOpens(o, Latin(o)) || words_[o].text() == "\xD8\xAB\xD9\x85" ||  // ثم
             WordCue(o, "finite_verb") != nullptr;
    };
    if (date_w_[d].first > tw0 && AnyCue(sentence, "pluperfect", [&](const CueHit& c) {
          return c.w0 > trigger_last && c.w1 <= date_w_[d].first &&
                 (clause_[c.w0] == clause_[date_w_[d].first] || !new_clause_before(c.w1, date_w_[d].first));
        }))
      continue;
    if (DatesGappedParticiple(d, tw0)) continue;
    if (phrase >= 0 && date_w_[d].first < date_w_[phrase].first) continue;
    if (d == phrase) {
      // A date written in the phrase, when near, says more than the count;
      // any says more than a count of months.
      const size_t dist =
          doc_.dates[d].precision == DatePrecision::kMonth || doc_.dates[d].precision == DatePrecision::kYear ? 1000
                                                                                                              : 19;
      if (best_dist > dist) best = d, best_dist = dist;
      continue;
    }
    if (!Usable(doc_.dates[d]) || Future(doc_.dates[d]) || date_w_[d].first < dateline_end_) continue;
    if (DateInActorName(d)) continue;  // حركة 23 مارس
    if (DateInRelativeAside(d, tw0)) continue;  // الحركة، التي سيطرت … عام 2019، …
    if (NearerTriggerOwnsAt(d, tw0)) {  // another event's date (its clause, or its relative clause)
      if ((OldDate(doc_.dates[d]) || PastMonth(doc_.dates[d])) && date_w_[d].first < tw0 && !doc_.dates[d].since &&
          !doc_.dates[d].relative && !DurationOfNoun(d))
        background_day = d;
      continue;
    }
    const bool after = date_w_[d].first >= tw0;
    if (after && !doc_.dates[d].since && SinceBetween(tw0 + 1, date_w_[d].first)) continue;
    if (DurationOfNoun(d)) continue;  // رواتبهم المتأخرة منذ ثلاثة أشهر
    if (UntilDate(d)) continue;       // حظر تجول حتى صباح الاثنين: when it ends
    if (PublicationDay(d)) continue;  // تقرير صدر اليوم: the report's day
    // "homes destroyed in last year's war": the possessed noun's date only
    // ("Tuesday's shooting" dates the shooting).
    if (const size_t owner = PossessedBy(d); owner != SIZE_MAX && (tw0 < owner || tw0 > owner + 2) &&
                                              !WhenClauseOfNamedEvent(d, tw0) && !DuringNamedPeriod(d, owner))
      continue;
    // "On Thursday morning, troops took over the field under the deal the
    // two sides signed last year": a day that opens the sentence, before its
    // comma, sets the time of the clause that follows it, as near to its
    // verb as a date of that clause.
    // So does one right after the dateline ("DAMASCUS — On Thursday, …").
    const bool opens_clause = !after && !OldDate(doc_.dates[d]) && !PastMonth(doc_.dates[d]) &&
                              (OpensSentence(d) || (dateline_end_ > 0 && date_w_[d].first >= dateline_end_ &&
                                                    date_w_[d].first - dateline_end_ <= 1));
    const bool same_clause =
        (clause_[date_w_[d].first] == clause_[tw0] || ClosesInterruptedClause(d, tw0) || opens_clause) &&
        !subordinate_apart(d);
    // "since X" dates a running toll (set in AttachCasualty), not the
    // event, unless it tells when the event itself began (معارك استمرت منذ
    // مساء الأربعاء: the since-date right after it, in its clause).
    // The act a since-phrase runs from (منذ سيطرة الحركة عليها عام 2016،
    // "since their incursion in August 2024") is dated by the phrase's date,
    // however old: it is that past deed's own.
    const bool heads_since_phrase =
        tw0 > 0 && (SinceWord(words_[tw0 - 1].text()) ||
                    (tw0 > 1 && words_[tw0 - 2].text() == "since" && !TriggerStartingAt(tw0 - 1)));
    if (doc_.dates[d].since && !(after && same_clause && date_w_[d].first - tw0 <= 8 &&
                                 (!OldDate(doc_.dates[d]) || heads_since_phrase)))
      continue;  // "for the first time since 2016" does not date the event
    // Counted from the trigger's edge: a trigger of several words ("roadside
    // bomb") is no further from a date after it than a one-word one.
    size_t dist = after ? date_w_[d].first - std::max(tw0, std::min(trigger_last, date_w_[d].first))
                        : tw0 - date_w_[d].first;
    if (!same_clause) dist += 20;  // the trigger's own clause first
    if (!after && date_of_saying(d)) dist += 100;  // the saying's day: any date of the words said first
    if (after && date_of_later_saying(d)) dist += 100;  // "…, the group said on Thursday"
    // "On Sunday, relatives of young men who drowned off the coast last month
    // held a vigil", أهالي الشبان الذين غرقوا الشهر الماضي: a date before the
    // trigger inside a relative clause opened before it dates that clause's
    // verb, as far from the event as a date of another clause.
    if (!after && same_clause && in_relative_clause(d)) dist += 20;
    if (!after && ground_w != SIZE_MAX && date_w_[d].second <= ground_w) dist += 20;  // the act's date, not the agreement's
    // "متخاصمتين منذ عامين اتفاق صلح أمس" (at odds for two years, signed a
    // deal yesterday): of two dates as near, one before the trigger and one
    // after it, a span counted in months or years is how long a state has
    // lasted, the day is the act's.
    const bool finer_tie = dist == best_dist && best >= 0 && after && date_w_[best].first < tw0 &&
                           doc_.dates[best].relative && doc_.dates[d].precision <= DatePrecision::kDay &&
                           doc_.dates[best].precision >= DatePrecision::kMonth;
    if (dist < best_dist || finer_tie) best_dist = dist, best = static_cast<int32_t>(d);
  }
  if (best >= 0) return best;
  // "agreed to a ceasefire in October 2025, after days of airstrikes on
  // Barmal": a sentence set in the past by another event's date, told
  // before the trigger, tells background; what it tells after it with no
  // day of its own shares that past, not a day of the news told elsewhere.
  if (background_day >= 0) return background_day;
  // "Separately, …", وفي سياق منفصل، إلى ذلك، من جهة أخرى: the sentence
  // leaves the story told before it, so it has no part in that story's day;
  // with no day of its own it is news of the report's day.
  if (OpensNewStory(sentence)) return -1;
  // "Several women were raped during the fighting", أحرقوا منازل خلال
  // الاشتباكات: an `event_anaphor` (the definite noun of a kind of event after
  // during, خلال، أثناء) refers back to the latest event of that kind told
  // before (its kind: the ACLED event type): a sentence with no day of its
  // own takes that event's day, not the day of the act told right before it.
  // The latest such event is the one meant: undated, it has the report's day.
  // "واعتقلت الشرطة عشرة شبان عقب الغارة", "police detained ten youths
  // after the strike": so does the definite noun of an event right after a
  // `lead_up` cue (بعد، إثر، عقب، في أعقاب, "in the wake of") or English
  // "after the", "following the" (its kind: the noun's own event type): the
  // act followed that event, and with no day of its own it takes its day.
  {
    size_t latest_w = 0;
    bool found = false;
    int32_t latest = -1;
    auto refer_back = [&](std::string_view kind) {
      for (const Event& prev : doc_.events) {
        if (prev.acled_event_type != kind || prev.status == "historical" || prev.status == "intent" ||
            prev.status == "negated" || prev.cumulative)
          continue;  // a fight threatened or denied is none the noun refers to
        const size_t pw = trig_w_[prev.trigger].first;
        if (pw >= tw0 || static_cast<int32_t>(prev.sentence) >= sentence) continue;
        if (prev.date >= 0 && (OldDate(doc_.dates[prev.date]) || Future(doc_.dates[prev.date]))) continue;
        if (!found || pw > latest_w) latest = prev.date, latest_w = pw, found = true;
      }
    };
    AnyCue(sentence, "event_anaphor", [&](const CueHit& c) {
      refer_back(c.row->kind);
      return false;  // every hit looked at
    });
    for (int32_t u : Bucket(s_triggers_, sentence)) {
      const TriggerMention& tr = doc_.triggers[u];
      const size_t uw = trig_w_[u].first;
      if (!tr.definite || uw == tw0 || uw < 2 || tr.acled_event_type.empty() || tr.acled_event_type == "none" ||
          tr.acled_event_type == "casualty")
        continue;
      const bool after_lead_up = AnyCue(sentence, "lead_up", [&](const CueHit& c) { return c.w1 == uw; });
      const bool english_after = Latin(uw) && words_[uw - 1].text() == "the" && sent_[uw - 2] == sentence &&
                                 (words_[uw - 2].text() == "after" || words_[uw - 2].text() == "following");
      if (after_lead_up || english_after) refer_back(tr.acled_event_type);
    }
    if (found) return latest;  // -1: the report's day
  }
  // "وأعلنت الشرطة لاحقاً أنها اعتقلت …", "troops later raided …": an act
  // told as later than the story follows every day told before it, not the
  // background day (a feud of last week) the sentence before ended on.
  if (AnyCue(sentence, "afterwards")) {
    int32_t latest = -1;
    auto last_day = [&](int32_t d) -> const std::string& {
      return doc_.dates[d].end.empty() ? doc_.dates[d].value : doc_.dates[d].end;
    };
    for (const Event& prev : doc_.events) {
      if (static_cast<int32_t>(prev.sentence) >= sentence || prev.acled_event_type == "none" ||
          prev.status == "historical" || prev.date < 0 || prev.cumulative)
        continue;
      const DateMention& dm = doc_.dates[prev.date];
      if (dm.value.size() < 10 || OldDate(dm) || Future(dm)) continue;
      if (latest < 0 || last_day(prev.date) > last_day(latest)) latest = prev.date;
    }
    if (latest >= 0) return latest;
  }
  if (int32_t english = EnglishCarriedDate(tw0); english != -2) return english;
  // A sentence without a date speaks of the day of the main event told
  // before it: the first event of the latest earlier sentence that has
  // one, not a date in a relative clause (زملاء اعتقلوا الأسبوع الماضي).
  // "وكانت العائلات تطالب بالكشف عن مصير طلاب اقتادهم عناصر أمن الأسبوع
  // الماضي. وقالت الشرطة إنه لم يُعتقل أحد": a sentence that a `backstory`
  // cue opens (وكان، وكانت، وكانوا: "had been …") steps back from the story
  // to tell what led to it; a later sentence without a day goes on with the
  // story, so it takes no day from the backstory (as it takes none from a
  // historical event), but the day of the story told before it.
  // A pluperfect with قد (وكانت المدينة قد شهدت مساء الاثنين احتجاجات) tells
  // a deed of the story itself, which the next sentence may go on with
  // (ونفت الشرطة اعتقال أي من المشاركين في الاحتجاجات): only كان and an
  // imperfect, a state that went on (كانت العائلات تطالب، كان الجيش يحاصر),
  // is backstory.
  auto backstory = [&](int32_t s) {
    return AnyCue(s, "backstory", [&](const CueHit& c) {
      if (!LeadsSentence(sent_, c.w0)) return false;
      for (size_t w = c.w1; w < words_.size() && w < c.w1 + 3 && sent_[w] == s; ++w)
        if (words_[w].text() == "\xD9\x82\xD8\xAF") return false;  // قد
      return true;
    });
  };
  for (int32_t s = sentence - 1, skipped = 0; s >= 0 && sentence - s <= 3 + skipped; --s) {
    if (backstory(s) && !backstory(sentence)) {
      ++skipped;
      continue;
    }
    // "قتل مسلحون ستة مدنيين ليل الجمعة … وأضاف المصدر أن المسلحين اقتادوا
    // …": a sentence whose act is told by a toll word only has no event yet
    // (tolls become events after every other trigger, AttachCasualty); its
    // own day is the day of the act it tells, and the speaker who goes on
    // (a `statement_goes_on` cue opening the sentence) tells more of it.
    if (s == sentence - 1 && Bucket(s_events_, s).empty() &&
        AnyCue(sentence, "statement_goes_on", [&](const CueHit& c) { return LeadsSentence(sent_, c.w0); }))
      for (int32_t u : Bucket(s_triggers_, s)) {
        if (doc_.triggers[u].acled_event_type != "casualty") continue;
        const int32_t own = PickDate(trig_w_[u].first, s);
        if (own >= 0 && sent_[date_w_[own].first] == s && !OldDate(doc_.dates[own]) && !doc_.dates[own].since)
          return own;
        break;
      }
    for (int32_t k : Bucket(s_events_, s)) {
      const Event& prev = doc_.events[k];
      if (prev.acled_event_type == "none" || prev.status == "historical") continue;
      if (prev.date < 0) return -1;  // the report's day
      if (!OldDate(doc_.dates[prev.date]) && !prev.cumulative) {
        // "أعلنت الوزارة في حصيلتها للفترة من 18 إلى 24 نوفمبر أن … يوم
        // الخميس. وأضافت أن مفارز أخرى أوقفت …": a statement that covers a
        // range of days, going on, tells more acts of the range, not of the
        // one day its last act was told on: they take the range (its first day).
        // "… أوقفت في الفترة من 25 نوفمبر إلى 1 ديسمبر ستة عناصر. وفي ولاية
        // …، كشفت مفرزة يوم 27 نوفمبر مخبأً. كما أحبطت وحدات …": the range
        // may be told a sentence or two before the last act's, as long as the
        // day of that act lies inside it (the tally still being told).
        if (AnyCue(sentence, "statement_goes_on", [&](const CueHit& c) { return LeadsSentence(sent_, c.w0); })) {
          const std::string& carried = doc_.dates[prev.date].value;
          for (int32_t rs = s; rs >= 0 && sentence - rs <= 3; --rs)
            for (int32_t r : Bucket(s_dates_, rs)) {
              const DateMention& rm = doc_.dates[r];
              if (rm.end.empty() || rm.since || rm.precision != DatePrecision::kDay || !Usable(rm) || OldDate(rm) ||
                  date_w_[r].first < dateline_end_)
                continue;
              if (rs != s && (carried.size() < 10 || rm.value.size() < 10 || rm.end.size() < 10 ||
                              carried.substr(0, 10) < rm.value.substr(0, 10) ||
                              carried.substr(0, 10) > rm.end.substr(0, 10)))
                continue;  // a day outside the range: the tally was left
              return r;
            }
        }
        return prev.date;
      }
      break;
    }
  }
  // Dates are in document order: start from the last one before the trigger.
  size_t d = std::lower_bound(date_w_.begin(), date_w_.end(), std::make_pair(tw0, size_t{0})) - date_w_.begin();
  while (d-- > 0) {
    const DateMention& dm = doc_.dates[d];
    if (dm.value.empty() || dm.since || dm.prior || OldDate(dm) || Future(dm) || date_w_[d].first < dateline_end_ ||
        DateInActorName(static_cast<int32_t>(d)) || PublicationDay(static_cast<int32_t>(d)))
      continue;
    return static_cast<int32_t>(d);
  }
  return -1;
}

// A trigger right after another trigger of its clause is that one's object
// (استعادت السيطرة، فرضت الحظر).
bool Builder::ObjectOfEventVerb(int32_t t, int32_t sentence) const {
  const size_t w0 = trig_w_[t].first;
  for (int32_t o : Bucket(s_triggers_, sentence))
    if (o != t && trig_w_[o].second == w0 && clause_[trig_w_[o].first] == clause_[w0]) return true;
  return false;
}

// "وفي كومبو، خطف مسلحون ثلاثة معلمين": an Arabic paragraph that names no
// day and tells its event in a town far from every event of the paragraphs
// it would take its day from is a new scene of the round-up, not a sequel of
// the last one; what bounds its day is the report's own.
bool Builder::DayOfAnotherScene(const Event& e, int32_t sentence) const {
  if (e.date < 0 || Latin(e) || e.place < 0 || Coarse(e.place) || !doc_.places[e.place].resolved) return false;
  const int32_t from = sent_[date_w_[e.date].first];
  if (from >= sentence || sent_[place_w_[e.place].first] != sentence) return false;
  // "وفي مقاطعة لير، اتهمت منظمة … باغتصاب نساء الأسبوع الماضي. وقال الناطق
  // إن قواته تسلّمت مواقع في مقاطعة مايوم": a vague span of days (last week,
  // early in the week) told for an event of one town is no day of an act
  // the next sentences tell in a town far from every event told with it,
  // with no day of their own: in one paragraph or not, and whatever division
  // the two towns share, they take the report's day. The speaker going on
  // (وأضاف البيان أن …، كما …) keeps the span: more acts of the same tally.
  const auto vague_span_of_another_town = [&] {
    if (doc_.dates[e.date].precision != DatePrecision::kWeek) return false;
    if (AnyCue(sentence, "statement_goes_on", [&](const CueHit& c) { return LeadsSentence(sent_, c.w0); })) return false;
    for (int32_t d : Bucket(s_dates_, sentence))
      if (Usable(doc_.dates[d])) return false;
    bool any_placed = false;
    for (const Event& prev : doc_.events) {
      if (static_cast<int32_t>(prev.sentence) != from || prev.acled_event_type == "none" || prev.place < 0 ||
          !doc_.places[prev.place].resolved)
        continue;
      any_placed = true;
      if (!FarFrom(e.place, prev.place)) return false;
    }
    return any_placed;
  };
  if (vague_span_of_another_town()) return true;
  if (doc_.sentences[from].paragraph == doc_.sentences[sentence].paragraph) return false;
  // "ضبطت مخبأ … خلال الأسبوع الماضي. وأضاف البيان أن الوحدات أوقفت … في
  // تمنراست": a statement that covers a span (a weekly tally, this month's
  // operations) goes on telling acts of that span when its speaker goes on,
  // in whatever town; after one day's event the added act may be of any day.
  const DateMention& carried = doc_.dates[e.date];
  if ((carried.precision >= DatePrecision::kWeek || !carried.end.empty()) &&
      AnyCue(sentence, "statement_goes_on", [&](const CueHit& c) { return LeadsSentence(sent_, c.w0); }))
    return false;
  // A day written anywhere in the sentence, even in a clause of its own
  // (طلاب تظاهروا الجمعة), ties it to the story's days.
  for (int32_t d : Bucket(s_dates_, sentence))
    if (Usable(doc_.dates[d])) return false;
  // وأكد مصدر وقوع الهجوم قرب ديما: a definite noun names the event of its
  // kind told last before it; when that event is of the day carried, the
  // noun keeps it wherever it now places it. One of its own sentence
  // (انفجرت عبوة … ولم تتبنَّ أي جهة التفجير) is the one it names instead,
  // and the object of an event verb right before it (استعادت السيطرة) is
  // that verb's own word, no reference back.
  if (Definite(e) && !ObjectOfEventVerb(e.trigger, sentence)) {
    const size_t tw0 = trig_w_[e.trigger].first;
    for (size_t k = doc_.events.size(); k-- > 0;) {
      const Event& prev = doc_.events[k];
      if (prev.acled_event_type != e.acled_event_type || trig_w_[prev.trigger].first >= tw0) continue;
      const int32_t s = static_cast<int32_t>(prev.sentence);
      if (s >= from && s < sentence && prev.date == e.date) return false;
      break;
    }
  }
  bool any_placed = false;
  for (const Event& prev : doc_.events) {
    if (prev.acled_event_type == "none" || prev.place < 0 || !doc_.places[prev.place].resolved) continue;
    const int32_t s = static_cast<int32_t>(prev.sentence);
    if (s < from || s >= sentence) continue;
    any_placed = true;
    if (!FarFrom(e.place, prev.place) || Encloses(prev.place, e.place)) return false;
  }
  return any_placed;
}

// An English sentence without a date of its own: "no arrests have been
// made so far", "no one had yet been charged" (a perfect) speaks of the time of the report, so the
// publication day (-1); otherwise the day of the latest event told before,
// not a date of background ("a ceasefire that took effect on Nov. 27").
// -2 for Arabic, or when no earlier event has a day from the text.
int32_t Builder::EnglishCarriedDate(size_t tw0) const {
  if (!Latin(tw0)) return -2;
  // "yet" marks the perfect of the report's time even when reported speech
  // shifts it back: "said no suspect had yet been arrested".
  // So does "had" after a noun the text denies, "police said no arrests had
  // been made": the backshifted perfect of what still holds when the report
  // is written. A denial of a past scene ("there had been no clashes in the
  // town", "troops had not entered the town") keeps the day told before.
  const bool denied_noun = tw0 > 0 && (words_[tw0 - 1].text() == "no" || words_[tw0 - 1].text() == "No");
  auto perfect = [&](size_t k) {
    const std::string_view w = words_[k].text();
    return w == "has" || w == "have" || w == "yet" || (denied_noun && k > tw0 && w == "had");
  };
  for (size_t k = tw0; k-- > 0 && k + 3 >= tw0 && !words_[k].clause_break;)  // "have arrested"
    if (perfect(k)) return -1;
  for (size_t k = tw0 + 1; k < words_.size() && k <= tw0 + 2 && !words_[k].clause_break; ++k)  // "arrests have been made"
    if (perfect(k)) return -1;
  for (size_t k = doc_.events.size(); k-- > 0;) {
    const Event& prev = doc_.events[k];
    if (prev.acled_event_type == "none" || prev.date < 0 || trig_w_[prev.trigger].first >= tw0) continue;
    if (prev.status == "historical" || OldDate(doc_.dates[prev.date]) || doc_.dates[prev.date].prior) continue;
    return prev.date;
  }
  return -2;
}

// "the worst defeat since rebels launched an offensive in October": what a
// since-clause tells happened before the news, as its background.
bool Builder::EnglishSinceClause(size_t tw0) const {
  if (!Latin(tw0)) return false;
  // A sentence that ends on "since" ("no news of them since.") opens no
  // clause over the next one: the search stops at the sentence's start.
  for (size_t k = tw0, back = 0; k-- > 0 && back < 10 && !words_[k].clause_break && sent_[k] == sent_[tw0]; ++back) {
    if (words_[k].text() != "since") continue;
    // "the army had since set up a base", "have since fled": right after an
    // auxiliary "since" is an adverb — done after the events told, news.
    if (k > 0 && WordCue(k - 1, "finite_verb") != nullptr) return false;
    // "since Monday" is a date, judged with the dates; "since then" too.
    if (k + 1 < tw0 && (words_[k + 1].number || words_[k + 1].text() == "then")) return false;
    for (int32_t d : Bucket(s_dates_, sent_[k]))
      if (date_w_[d].first == k + 1 || date_w_[d].first == k) return false;
    return true;
  }
  return false;
}

// The vague stretch of days ("days before", "days after") whose named noun
// starts at word w (right after the words, or after "the"); -1 when none.
int32_t Builder::StretchNamingAt(size_t w) const {
  if (w >= words_.size()) return -1;
  for (int32_t d : Bucket(s_dates_, sent_[w])) {
    const DateMention& dm = doc_.dates[d];
    if (!dm.anaphoric || dm.precision != DatePrecision::kWeek) continue;
    const size_t w1 = date_w_[d].second;
    if (w1 == w || (w1 + 1 == w && words_[w1].text() == "the")) return d;
  }
  return -1;
}

int32_t Builder::StretchNamedEventDay(int32_t d) const {
  const DateMention& dm = doc_.dates[d];
  std::string_view kind;
  for (int32_t u : Bucket(s_triggers_, sent_[date_w_[d].first])) {
    if (StretchNamingAt(trig_w_[u].first) != d) continue;
    const std::string& t = doc_.triggers[u].acled_event_type;
    if (t.empty() || t == "none" || t == "casualty") continue;
    kind = t;
    break;
  }
  if (kind.empty()) return -1;  // no event named to count from: too vague
  // "in December 2024, days after the fall of the government": told right
  // after another date, the words describe that date, no stretch of their own.
  for (int32_t o : Bucket(s_dates_, sent_[date_w_[d].first]))
    if (o != d && date_w_[o].second <= date_w_[d].first && date_w_[d].first - date_w_[o].second <= 2) return -1;
  for (size_t k = doc_.events.size(); k-- > 0;) {
    const Event& prev = doc_.events[k];
    if (prev.acled_event_type != kind || prev.date < 0 || prev.date == d || prev.status == "historical" ||
        prev.status == "intent" || prev.status == "negated" || prev.cumulative)
      continue;
    if (doc_.triggers[prev.trigger].span.begin >= dm.span.begin) continue;
    const DateMention& pm = doc_.dates[prev.date];
    if (pm.value.size() < 10 || pm.anaphoric || pm.prior) continue;
    // A stretch after that day that would start after the report's day is
    // no time of a deed told.
    if (dm.anaphor_days > 0) {
      const std::optional<CivilDay> from = ParseIsoDay(pm.value.substr(0, 10));
      if (!from || FormatDay(CivilFromDays(DaysFromCivil(*from) + dm.anaphor_days)) > ref_day_) return -1;
    }
    return prev.date;
  }
  return -1;
}

// "the next day", "four days later": the day of the latest event told before
// the words, moved by their offset; the publication day when none comes
// before. Resolved once, in place, so every event dated by the words shares
// the day. -1 (the report's day) when there is no day to count from.
int32_t Builder::AnchorAnaphoricDate(int32_t d) {
  if (d < 0 || !doc_.dates[d].anaphoric || doc_.dates[d].resolved) return d;
  DateMention& dm = doc_.dates[d];
  // "had raped two girls days before the fighting": a vague stretch of days
  // (week precision) before or after the event the noun right after the
  // words names ("the fighting": the latest event of its kind told before
  // with a day, StretchNamedEventDay). The stretch runs from the offset
  // for a week: the week before that event's day, or the week after it.
  if (dm.precision == DatePrecision::kWeek) {
    const int32_t anchor = StretchNamedEventDay(d);
    if (anchor < 0) return -1;
    std::optional<CivilDay> from = ParseIsoDay(doc_.dates[anchor].value.substr(0, 10));
    if (!from) return -1;
    const int64_t first = DaysFromCivil(*from) + dm.anaphor_days;
    dm.value = FormatDay(CivilFromDays(first));
    dm.end = FormatDay(CivilFromDays(first + 6));
    dm.resolved = true;
    dm.basis = DateBasis::kText;
    return d;
  }
  std::string day = ref_day_;
  DateBasis basis = DateBasis::kPublished;
  int32_t told_in = -1;  // the sentence of the event counted from
  for (size_t k = doc_.events.size(); k-- > 0;) {
    const Event& prev = doc_.events[k];
    if (prev.acled_event_type == "none" || prev.date == d) continue;
    if (doc_.triggers[prev.trigger].span.begin >= dm.span.begin) continue;
    if (prev.date >= 0 && doc_.dates[prev.date].prior) continue;  // told as background of another
    // An event told without a day (what a gang "has used" for years) moves
    // no story on: count from the latest event that has one.
    if (prev.date < 0 && LatestToldDay(d) >= 0) continue;
    if (prev.date >= 0) day = doc_.dates[prev.date].value, basis = doc_.dates[prev.date].basis;
    told_in = sent_[trig_w_[prev.trigger].first];
    break;
  }
  // A day written in a later sentence than that event moved the story on
  // ("…taken from her home on 11 September … Four days later"), even when
  // what happened that day is no event here.
  if (int32_t latest = LatestToldDay(d); latest >= 0 && sent_[date_w_[latest].first] > told_in)
    day = doc_.dates[latest].value, basis = doc_.dates[latest].basis;
  std::optional<CivilDay> from = day.size() >= 10 ? ParseIsoDay(day) : std::nullopt;
  if (!from) return -1;
  dm.value = FormatDay(CivilFromDays(DaysFromCivil(*from) + dm.anaphor_days));
  dm.resolved = true;
  dm.basis = basis;
  dm.precision = DatePrecision::kDay;
  return d;
}

// "two days after a bombing": the bombing's day is the main clause's day,
// moved back. The main clause's day is the date its own words would take
// (PickDate from the phrase's first word, which the phrase does not cover).
// "Two days after the attack, police arrested…": words that open the
// sentence count forward from the event told before, like "two days later".
int32_t Builder::AnchorPriorDate(int32_t d) {
  if (d < 0 || !doc_.dates[d].prior || doc_.dates[d].resolved) return d;
  if (OpensSentence(d)) {
    DateMention& dm = doc_.dates[d];
    if (dm.precision == DatePrecision::kMonth || dm.precision == DatePrecision::kYear)
      return -1;  // "A month after the war,": too vague to count on
    dm.prior = false;
    dm.anaphoric = true;
    dm.anaphor_days = static_cast<int16_t>(-dm.anaphor_days);
    return AnchorAnaphoricDate(d);
  }
  const size_t w = date_w_[d].first;
  const int32_t anchor = AnchorAnaphoricDate(PickDate(w, sent_[w]));
  DateMention& dm = doc_.dates[d];
  const std::string day = anchor >= 0 ? doc_.dates[anchor].value : ref_day_;
  if (dm.precision == DatePrecision::kYear) {  // "three years after": that year
    const int year = IsoYear(day);
    if (year == 0 || year + dm.anaphor_days < 1) return anchor;
    dm.value = std::to_string(year + dm.anaphor_days);
    dm.resolved = true;
    dm.basis = anchor >= 0 ? doc_.dates[anchor].basis : DateBasis::kPublished;
    return d;
  }
  std::optional<CivilDay> from = day.size() >= 10 ? ParseIsoDay(day) : std::nullopt;
  if (!from) return anchor;  // no day to count from: the main clause's month or year
  if (dm.precision == DatePrecision::kMonth) {  // "a month after": that month
    const int months = from->year * 12 + (from->month - 1) + dm.anaphor_days;
    dm.value = FormatMonth(months / 12, months % 12 + 1);
  } else {
    dm.value = FormatDay(CivilFromDays(DaysFromCivil(*from) + dm.anaphor_days));
    dm.precision = DatePrecision::kDay;
  }
  dm.resolved = true;
  dm.basis = anchor >= 0 ? doc_.dates[anchor].basis : DateBasis::kPublished;
  return d;
}

// The words open their sentence (a conjunction may come first: "But two days
// after…"), so the main clause follows them.
// "had retaken Sebba, abandoned by its garrison in September, on Friday": an
// English date set off after the trigger by a comma on its own (with its
// preposition) ends the clause an aside interrupted, so it is the trigger's
// clause, and the aside's date is not.
bool Builder::ClosesInterruptedClause(int32_t d, size_t tw0) const {
  const size_t d0 = date_w_[d].first, d1 = date_w_[d].second;
  if (d0 < tw0 + 3 || !Latin(d0)) return false;
  size_t k = d0 - 1;
  if (words_[k].text() != ",") {
    // its preposition, a short word ("on", "in"), not a verb ("said today")
    if (!words_[k].is_word || words_[k].text().size() > 3 || words_[k - 1].text() != ",") return false;
    --k;
  }
  if (sent_[k] != sent_[tw0]) return false;
  return d1 >= words_.size() || sent_[d1] != sent_[d0] || words_[d1].clause_break ||
         (!words_[d1].is_word && !words_[d1].number);
}

// "handed back two herders who had been detained on Monday", "handed 18
// soldiers captured in July 2025 back": a date right after the participle
// that ends a gapped form (its preposition between) dates that participle,
// the captivity, not the event of the trigger at tw0.
bool Builder::DatesGappedParticiple(int32_t d, size_t tw0) const {
  if (!Latin(tw0)) return false;
  const int32_t sentence = sent_[tw0];
  for (int32_t u : Bucket(s_triggers_, sentence)) {
    const TriggerMention& tr = doc_.triggers[u];
    if (trig_w_[u].first != tw0 || tr.span.end <= doc_.SpanOf(tr.tokens).end) continue;
    size_t k = trig_w_[u].second;
    while (k < words_.size() && sent_[k] == sentence && doc_.tokens[words_[k].first].span.begin < tr.span.end) ++k;
    if (words_[k - 1].text().ends_with("ed") && date_w_[d].first >= k && date_w_[d].first <= k + 1) return true;
  }
  return false;
}

// "the 2019 uprising, when security forces killed …", حرب تموز 2006 حين
// دمرت الغارات …: the trigger stands in the clause a time_clause word opens
// after the noun the old date names (or after the date that names it).
bool Builder::WhenClauseOfNamedEvent(int32_t d, size_t tw0) const {
  const size_t when = TimeClauseAfter(d);
  return when != SIZE_MAX && tw0 > when && FramesSentence(d);
}

bool Builder::OpensNewStory(int32_t sentence) const {
  return AnyCue(sentence, "new_story", [&](const CueHit& c) { return LeadsSentence(sent_, c.w0); });
}

bool Builder::OpensSentence(int32_t d) const { return LeadsSentence(sent_, date_w_[d].first); }

// "In February 2024, more than 60 men were killed in an ambush"، وفي آذار
// 2022 قُتل …: a date of the past that opens its sentence sets the time of
// everything the sentence goes on to tell, through its commas and its
// when-clauses, not of the first event word alone.
// So does one a `time_clause` word follows ("since 2004, when 85 protesters
// died after troops broke up a demonstration"): what the clause tells
// happened then.
// So does an old date that names a noun ("the 2019 uprising, when troops
// killed 30 protesters", "the March 2021 assault on Palma, when insurgents
// held the town", انتفاضة 2019، حين …): the clause the `time_clause` word
// opens right after that noun phrase and its comma tells the named event.
bool Builder::FramesSentence(int32_t d) const {
  if (!OldDate(doc_.dates[d]) && !PastMonth(doc_.dates[d])) return false;
  if (OpensSentence(d)) return true;
  return TimeClauseAfter(d) != SIZE_MAX;
}

// The `time_clause` word that opens a clause right after date d (a comma may
// stand between), or after the noun phrase the date names and the comma that
// closes it; SIZE_MAX when none.
size_t Builder::TimeClauseAfter(int32_t d) const {
  constexpr size_t kNounPhraseWords = 6;
  const int32_t s = sent_[date_w_[d].first];
  size_t next = date_w_[d].second;
  if (next < words_.size() && !words_[next].is_word && sent_[next] == s) ++next;
  if (next < words_.size() && sent_[next] == s && WordCue(next, "time_clause") != nullptr) return next;
  for (size_t k = date_w_[d].second, words = 0; k < words_.size() && sent_[k] == s && words <= kNounPhraseWords; ++k) {
    if (words_[k].is_word) {
      if (words_[k].clause_break || WordCue(k, "time_clause") != nullptr) return SIZE_MAX;
      ++words;
      continue;
    }
    const std::string_view mark = words_[k].text();
    if (!IsComma(mark)) return SIZE_MAX;
    return k + 1 < words_.size() && sent_[k + 1] == s && WordCue(k + 1, "time_clause") != nullptr ? k + 1 : SIZE_MAX;
  }
  return SIZE_MAX;
}

// The "N days after" mention whose named event contains the word at tw0:
// the trigger follows the words in their clause, not far. -1 when none.
int32_t Builder::PriorPhraseOver(size_t tw0, int32_t sentence) const {
  for (int32_t d : Bucket(s_dates_, sentence)) {
    if (!doc_.dates[d].prior || OpensSentence(d)) continue;
    const size_t end = date_w_[d].second;
    if (tw0 >= end && tw0 < end + 12 && clause_[tw0] == clause_[end - 1]) return d;
  }
  return -1;
}

// The last day-precise date written before mention d, of this report's news
// (not a since-date, a year of the past, a dateline or a name). -1 if none.
int32_t Builder::LatestToldDay(int32_t d) const {
  for (int32_t k = d; k-- > 0;) {
    const DateMention& dm = doc_.dates[k];
    if (dm.value.size() < 10 || dm.since || dm.prior || dm.anaphoric || OldDate(dm) || Future(dm)) continue;
    if (date_w_[k].first < dateline_end_ || DateInActorName(k)) continue;
    return k;
  }
  return -1;
}

bool Builder::NearerTriggerOwnsAt(int32_t d, size_t tw) const {
  const size_t dw = date_w_[d].first;
  // In the same clause only through a relative clause of the other event
  // ("despite a ceasefire that took effect in November").
  const bool same_clause = clause_[dw] == clause_[tw];
  if (FramesSentence(d) && tw > dw) return false;
  std::string_view kind;
  for (int32_t u : Bucket(s_triggers_, sent_[dw]))
    if (trig_w_[u].first == tw) kind = doc_.triggers[u].acled_event_type;
  for (int32_t u : Bucket(s_triggers_, sent_[dw])) {
    const size_t uw = trig_w_[u].first;
    if (uw == tw) continue;
    // أطلقت الشرطة الغاز لتفريق متظاهرين تجمعوا الأحد: a word of the same
    // kind in the clause tells the same act, whose day it shares.
    if (same_clause && !kind.empty() && doc_.triggers[u].acled_event_type == kind) continue;
    const bool between = (uw > tw && uw < dw) || (uw < tw && uw > dw);
    // Across clauses only a year of the past: a day of this report's news
    // ("حيث سيطرت على سنجة أمس") dates the whole sentence.
    // A past month (في تموز الماضي) is as much the nearer event's own.
    // So is a week ("adding that six fighters were killed over the past
    // week"): a span the later clause tallies, not a day that moves the story.
    // أطلق خاطفون سراح تلاميذ كانوا قد خُطفوا … في السابع من آذار: the day
    // after a pluperfect told inside the main clause is the earlier act's.
    const bool pluperfect_between =
        uw > tw && AnyCue(sent_[dw], "pluperfect", [&](const CueHit& c) {
          return c.w0 > tw && c.w1 <= uw && clause_[c.w0] == clause_[dw];  // its clause only (PickDate)
        });
    if (between && pluperfect_between) return true;
    if (between && (same_clause ? RelativeBetween(uw, dw)
                                : OldDate(doc_.dates[d]) || PastMonth(doc_.dates[d]) ||
                                      (uw > tw && doc_.dates[d].precision == DatePrecision::kWeek &&
                                       doc_.triggers[u].acled_event_type != "none")))
      return true;
  }
  return false;
}

// "واتهمت الحركة، التي سيطرت على البلدة في آذار 2019، الجيش بتنفيذ الغارة",
// "the rebels, who seized the town in 2019, blamed the army for the strike":
// a date inside a relative clause set off by commas (one before its relative
// word, one after the date) before the trigger at tw0 is the relative verb's;
// it describes the relative's noun, so it neither dates the trigger nor sets
// the rest of the sentence in the past. With no comma before the relative
// word ("قوات الاحتلال التي اقتحمت المخيم فجر اليوم، فيما …") the clause is
// no aside: its act is the scene of the sentence.
bool Builder::DateInRelativeAside(int32_t d, size_t tw0) const {
  constexpr size_t kClauseWords = 8;
  const size_t dw = date_w_[d].first;
  if (dw >= tw0 || sent_[dw] != sent_[tw0]) return false;
  size_t rel = SIZE_MAX;
  for (size_t w = dw; w-- > 0 && sent_[w] == sent_[dw] && dw - w <= kClauseWords;) {
    if (IsComma(words_[w].text()) || words_[w].clause_break) return false;
    if (WordCue(w, "relative") != nullptr && WordCue(w, "complementizer") == nullptr) {
      rel = w;
      break;
    }
  }
  // a word of the clause before the date ("who last week attacked" may date the trigger's own verb)
  if (rel == SIZE_MAX || rel + 1 >= dw || rel == 0 || sent_[rel - 1] != sent_[dw] || !IsComma(words_[rel - 1].text())) return false;
  for (size_t w = date_w_[d].second; w < tw0; ++w)
    if (IsComma(words_[w].text())) return true;
  return false;
}

bool Builder::RelativeBetween(size_t from, size_t to) const {
  return AnyCue(sent_[from], "relative", [&](const CueHit& c) { return c.w0 > from && c.w1 <= to; });
}

bool Builder::SinceOfAnotherTrigger(int32_t d, int32_t t) const {
  const size_t at = date_w_[d].first;
  if (clause_[at] == clause_[trig_w_[t].first]) return false;
  for (int32_t u : Bucket(s_triggers_, sent_[at]))
    if (u != t && trig_w_[u].first < at && clause_[trig_w_[u].first] == clause_[at]) return true;
  return false;
}

bool Builder::DatesAnotherTrigger(int32_t d, int32_t t) const {
  const size_t after = date_w_[d].second;
  if (after >= words_.size() || !Latin(after)) return false;
  for (int32_t u : Bucket(s_triggers_, sent_[date_w_[d].first]))
    if (u != t && trig_w_[u].first == after) return true;
  return false;
}

}  // namespace marsad::events_internal
