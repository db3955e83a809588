#include "extract/event_builder.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_set>
#include <optional>

#include "text/normalize.h"
#include "util/civil_time.h"

namespace marsad::events_internal {

namespace {

// The last event of a violent type still kept (not `gone`) in sentence
// `sentence` whose trigger starts before byte `end`, or null: the event a
// dropped word's dead belong to when no particle ties them to another.
Event* LastViolentBefore(Doc& doc, const std::vector<bool>& gone, uint32_t sentence, uint32_t end) {
  Event* last = nullptr;
  for (size_t j = 0; j < doc.events.size(); ++j) {
    const Event& o = doc.events[j];
    if (!gone[j] && o.sentence == sentence && doc.triggers[o.trigger].span.begin < end &&
        ViolentEventType(o.acled_event_type))
      last = &doc.events[j];
  }
  return last;
}

}  // namespace

// Background with no date of its own ("weakened by Israeli attacks in the
// region", an analyst's general remark) names no event ACLED could code:
// past events are kept when the text dates them (منذ عام 2016). A day
// carried over from an earlier sentence is no date of its own ("وتحاصر
// القوات المدينة منذ أشهر" after a sentence dated yesterday).
void Builder::DropUndatedBackground() {
  std::erase_if(doc_.events, [&](const Event& e) {
    return e.status == "historical" && (e.time_basis == "published" || !OwnDate(e));
  });
}

// "وتحاصر القوات المدينة منذ أشهر"، "the rebels have besieged the town for
// months": a verb in the present (or the English perfect) held for a span of
// weeks, months or years (a `standing_span` cue after it in its clause) tells
// a state that goes on — background to the news, no event of a day. A past
// verb with the same span ("حاصرت … منذ أشهر قبل أن") and a span of days are
// left alone.
bool Builder::NonPastVerb(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  const size_t w = trig_w_[e.trigger].first;
  // A trigger row may name the act by its noun (وتحاصر → حصار): the form
  // of the word in the text is what tells the tense.
  // "the village has been attacked repeatedly since 2021": the English
  // passive perfect is as present as the active one.
  if (tr.voice == "passive")
    return Latin(w) && w >= 2 && words_[w - 1].text() == "been" &&
           (words_[w - 2].text() == "has" || words_[w - 2].text() == "have");
  if (Latin(w)) {
    const std::string_view word = words_[w].text();
    if (tr.voice == "active" && (word == tr.lemma || word == tr.lemma + "s")) return true;  // "besiege(s)"
    for (size_t k = 1; k <= 2 && k <= w; ++k) {
      const std::string_view aux = words_[w - k].text();
      if (aux == "has" || aux == "have") return true;  // "have (long) besieged", "has been shelling"
    }
    return false;
  }
  uint32_t stem = tr.tokens.begin;
  while (stem + 1 < tr.tokens.end && doc_.tokens[stem].piece == Piece::kProclitic) ++stem;
  const std::string_view word = doc_.TokenText(stem);
  for (std::string_view prefix : {"\xD9\x8A", "\xD8\xAA"})  // ي ت
    if (word.starts_with(prefix) && !std::string_view(tr.lemma).starts_with(prefix)) return true;
  return false;
}

void Builder::DropStandingStates() {
  std::erase_if(doc_.events, [&](const Event& e) {
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    if (sent_[tw0] < 0) return false;
    // Only a standing verb or span of the sentence makes a standing state.
    constexpr uint64_t kStanding = CueTypeBits({"standing_verb", "standing_span", "series_adverb"});
    if (!(SentenceCueTypes(sent_[tw0]) & kStanding)) return false;
    bool span = false, held = false;
    // "وتشهد مرتفعات القصرين منذ عام 2012 مواجهات متقطعة": a since-date of
    // its clause that begins a month or more before the report, between
    // the standing verb and the event word or right after the word, makes
    // the act a state going on since then, no act of the news.
    size_t since_w = SIZE_MAX;
    if (!Latin(tw0))
      for (int32_t d : Bucket(s_dates_, sent_[tw0])) {
        const DateMention& dm = doc_.dates[d];
        const size_t w = date_w_[d].first;
        if (!dm.since || clause_[w] != clause_[tw0] || w == 0 || !SinceWord(words_[w - 1].text())) continue;
        if (!Usable(dm) || !(OldDate(dm) || PastMonth(dm)) || (w > tw0 && w - tw1 > 10)) continue;
        since_w = std::min(since_w, w);
      }
    for (int32_t ci : Bucket(s_cues_, sent_[tw0])) {
      const CueHit& c = cues_[ci];
      if (c.clause != clause_[tw0] || !CueMayBe(ci, kStanding)) continue;
      // وتفرض الجماعة حصاراً على المدينة منذ أشهر: a present verb (a
      // `standing_verb` cue) that holds the act named by its noun.
      if (c.row->type == "standing_verb") {
        held |= c.w1 <= tw0 && tw0 - c.w1 <= 3;
        // The since-date may stand between the verb and its noun, or after
        // it (since_w is never past tw1 + 10).
        if (since_w != SIZE_MAX && c.w1 <= tw0 && tw0 - c.w1 <= 10 && since_w >= c.w1) {
          held = true;
          span = true;
        }
      } else if (c.row->type == "series_adverb") {
        // "have repeatedly shelled the hills since March": an adverb of
        // repetition right before the verb, "since" after it in the clause,
        // is the series "repeatedly since" after the verb tells.
        if (c.w1 == tw0)
          for (size_t w = tw1; w < words_.size() && w < tw1 + 10; ++w)
            if (words_[w].text() == "since" && clause_[w] == clause_[tw0]) span = true;
      } else if (c.row->type != "standing_span") {
        continue;
      } else {
        span |= c.w0 >= tw1 && c.w0 <= tw1 + 10;
      }
    }
    return span && (held || NonPastVerb(e));
  });
}

// A headline sums up the events its body tells, in fewer words and often
// in the present tense ("Rebels seize town"): its event words are no events
// of their own, the body's sentences carry them.
void Builder::DropHeadline() {
  if (headline_ < 0) return;
  std::erase_if(doc_.events, [&](const Event& e) { return static_cast<int32_t>(e.sentence) <= headline_; });
}

// "لم تعلق الجماعة على الهجوم", "did not say whether clashes occurred": a
// particle that negates the verb next to it (scope `next`) leaves an event
// word further on neither told nor denied. No event; one told elsewhere
// in the report stands.
void Builder::DropUnasserted() {
  std::vector<bool> gone(doc_.events.size(), false);
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& e = doc_.events[i];
    if (e.status == "negated") continue;
    const size_t tw0 = trig_w_[e.trigger].first;
    constexpr uint64_t kNegation = CueTypeBits({"negation"});
    if (!(SentenceCueTypes(sent_[tw0]) & kNegation)) continue;
    for (int32_t ci : Bucket(s_cues_, sent_[tw0])) {
      if (gone[i] || doc_.events[i].status == "negated") break;
      if (!CueMayBe(ci, kNegation)) continue;
      const CueHit& c = cues_[ci];
      if (c.row->type != "negation" || c.row->scope != "next" || c.clause != clause_[tw0]) continue;
      if (tw0 <= c.w1 + 1 || tw0 > c.w1 + 4) continue;
      // "said its troops had not taken part in the fighting": the particle's
      // verb is one of taking part (a `participation` cue right after it,
      // an article or "any" at most between it and the event word; "take"
      // alone may be an event word, the phrase is not): the speaker's side
      // denies fighting it — a negated event, not untold.
      if (c.row->kind != "future" &&
          AnyCue(sent_[tw0], "participation", [&](const CueHit& p) {
            return p.w0 == c.w1 && p.w1 <= tw0 && tw0 - p.w1 <= 1 && p.clause == c.clause;
          })) {
        doc_.events[i].status = "negated";
        break;
      }
      bool between = false;  // the particle's own verb is an event word: that one is negated
      for (int32_t u : Bucket(s_triggers_, sent_[tw0]))
        if (trig_w_[u].first >= c.w1 && trig_w_[u].first < tw0) between = true;
      if (between) continue;
      // "لم تقع أي اشتباكات"، "لم تُسجَّل أية مواجهات": "any" right before
      // the event word makes the particle deny the event — negated, not
      // untold. A refusal of what is to come (لن نقبل بأي تسوية) denies none.
      if (c.row->kind != "future" && WordCue(tw0 - 1, "any_of") != nullptr) {
        doc_.events[i].status = "negated";
        break;
      }
      gone[i] = true;
    }
  }
  // "أُطلقت النار على الحشد فقُتل شخصان، ولم يُعرف مصدر إطلاق النار", "… killing
  // two; it did not say whether the shooting was deliberate": dead told
  // before such an untold event word, in its sentence, were read for it as
  // the nearer word, but no particle reaches back to them: they are the dead
  // of the violent event told before them in that sentence, if it has none.
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& dropped = doc_.events[i];
    if (!gone[i] || !dropped.fatalities) continue;
    const Span toll = dropped.fatalities->span;
    if (toll.end <= toll.begin || toll.end > doc_.triggers[dropped.trigger].span.begin ||
        !SameTollSentence(*dropped.fatalities, sent_[trig_w_[dropped.trigger].first]))
      continue;
    Event* before = LastViolentBefore(doc_, gone, dropped.sentence, toll.begin);
    if (!before || before->fatalities) continue;
    before->fatalities = dropped.fatalities;
    if (!before->civilian_fatalities) before->civilian_fatalities = dropped.civilian_fatalities;
    if (!before->injuries) before->injuries = dropped.injuries;
  }
  DropGone(gone);
}

// "auxiliaries who fight alongside the army", "المناطق التي تسيطر عليها
// القوات": a verb in the present right after a relative pronoun says what
// its noun does or holds, not what happened. No event.
bool Builder::DescribesByHabit(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  const size_t w = trig_w_[e.trigger].first;
  if (tr.voice != "active" || !InRelativeClause(w)) return false;
  uint32_t stem = tr.tokens.begin;
  while (stem + 1 < tr.tokens.end && doc_.tokens[stem].piece == Piece::kProclitic) ++stem;
  const std::string_view word = doc_.TokenText(stem);
  if (doc_.tokens[stem].script == Script::kLatin)
    return words_[w].text() == tr.lemma || words_[w].text() == tr.lemma + "s";
  // The imperfect's prefix (يقاتل، تسيطر) that the lemma, a past stem, lacks.
  for (std::string_view prefix : {"\xD9\x8A", "\xD8\xAA"})  // ي ت
    if (word.starts_with(prefix) && !std::string_view(tr.lemma).starts_with(prefix)) return true;
  return false;
}

// "المنطقة التي انسحبت منها القوات"، "قاعدة صرين التي أخلتها القوات": a
// withdrawal right after a relative pronoun (or كان قد), with a pronoun for
// the place it left (منها، أخلتها), says which ground its noun is — a
// description, not news. "The troops who withdrew from the town" (no such
// pronoun) stays an event. So is the ground people were driven from
// (قراهم التي هُجّروا منها، البلدة التي رُحّلوا منها): a displacement
// word (mode `deport`) in a relative clause with منها/منه after it names
// the villages, no displacement told as news.
bool Builder::DescribesGroundLeft(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  const size_t w = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
  const bool withdrawal = tr.voice == "active" && e.acled_sub_event_type == "Non-violent transfer of territory";
  const bool displacement = tr.plover_mode == "deport" && !Latin(w);
  if (!withdrawal && !displacement) return false;
  // "قصف مواقع انسحب إليها المهاجمون", قرى هُجّروا منها: an Arabic relative
  // clause on an indefinite noun has no pronoun before the verb; the noun of
  // ground (positions, villages) right before the word and the pronoun after
  // it (إليها، منها: the resumptive pronoun of the ground) mark it.
  const auto unmarked_relative = [&] {
    if (Latin(w) || w == 0 || w1 >= words_.size() || clause_[w - 1] != clause_[w] || words_[w - 1].clause_break)
      return false;
    if (!WordCue(w - 1, "military_target") && !WordCue(w - 1, "settlement")) return false;
    // Only an indefinite noun takes such a clause: after a definite one
    // (دخل الجيش البلدة وانسحب منها المسلحون) or a verb joined by و/ف the
    // verb tells a new act, its pronoun pointing back to the noun.
    const bool joined = doc_.tokens[tr.tokens.begin].piece == Piece::kProclitic &&
                        (doc_.TokenText(tr.tokens.begin) == "\xD9\x88" || doc_.TokenText(tr.tokens.begin) == "\xD9\x81");  // و ف
    if (words_[w - 1].article_bytes > 0 || joined) return false;
    const std::string_view after = words_[w1].text();
    return after == "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x87\xD8\xA7" ||          // اليها
           after == "\xD8\xA5\xD9\x84\xD9\x8A\xD9\x87\xD8\xA7" ||          // إليها
           after == "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x87" || after == "\xD8\xA5\xD9\x84\xD9\x8A\xD9\x87" ||  // اليه إليه
           after == "\xD9\x85\xD9\x86\xD9\x87\xD8\xA7" || after == "\xD9\x85\xD9\x86\xD9\x87";  // منها منه
  };
  if (unmarked_relative()) return true;
  if (!InRelativeClause(w) && !(w >= 2 && InRelativeClause(w - 2) && words_[w - 1].text() == "\xD9\x82\xD8\xAF"))  // قد
    return false;
  if (withdrawal && doc_.tokens[tr.tokens.end - 1].piece == Piece::kEnclitic) return true;
  return w1 < words_.size() && (words_[w1].text() == "\xD9\x85\xD9\x86\xD9\x87\xD8\xA7" ||  // منها
                                words_[w1].text() == "\xD9\x85\xD9\x86\xD9\x87");  // منه
}

// "Entered the town without a fight", دون قتال: the word after a `without`
// cue tells how another event went; it is no event of its own. A town
// taken "without a fight" changed hands peacefully: ACLED's non-violent
// transfer of territory. The words of a charge or a figure of speech after
// a `not_event` cue (بجرم الشغب والاعتداء، مرشح للانفجار) are no events.
void Builder::DropMannerWithout() {
  std::vector<bool> gone(doc_.events.size(), false);
  // "a deal under which the militia handed over two checkpoints to the
  // police": an English verb in the past tense inside the terms of a deal
  // (a `not_event` cue of clause scope: under which, providing for) tells
  // what was done under it — an event; "under which both groups would
  // leave", "agreed to pull back and hand over" are only terms.
  const auto DoneInTerms = [&](size_t tw0) {
    if (!Latin(tw0)) return false;
    const std::string_view word = words_[tw0].text();
    if (word.size() < 4 || !word.ends_with("ed")) return false;
    if (tw0 == 0) return true;
    std::string_view before = words_[tw0 - 1].text();
    for (const std::string_view aux : {"would", "will", "to", "shall", "should", "could", "must", "may", "might", "be",
                                       "been", "being", "and", "or", "have", "has", "had"})
      if (before == aux) return false;
    return true;
  };
  const std::string_view ala = "\xD8\xB9\xD9\x84\xD9\x8A";  // على (normalised علي)
  const auto takes_property = [&](size_t tw1, int32_t sentence) {
    // An Arabic capture verb takes its object through على, its subject
    // (however it was read) standing before.
    bool before_ala = tw1 < words_.size() && !Latin(tw1);
    for (size_t w = tw1; w < words_.size() && w < tw1 + 8 && sent_[w] == sentence; ++w) {
      if (words_[w].clause_break) return false;
      const bool property = AnyCue(sentence, "goods", [&](const CueHit& c) { return c.w0 == w && c.row->kind == "property"; });
      if (property) return true;
      if (before_ala) {
        before_ala = words_[w].text() != ala;
        continue;
      }
      if (!InActorMention(w, sentence) && !words_[w].number && !WordCue(w, "object_lead")) return false;
    }
    return false;
  };
  // اتهم الجيش باستخدام غازات سامة في قصف مواقعها، "accused the army of
  // dropping chemical agents from a drone on its positions": the accusation's
  // reach ends at the agent, but the strike or shelling told after it in its
  // clause (out of the cue's reach) stays an event of the report, and the
  // agent is what it was made with — kept, it folds into that strike and
  // gives it its kind (FoldChemicalDelivery), claimed by the accuser.
  const auto agent_of_a_told_strike = [&](const CueHit& c, const Event& e) {
    if (e.acled_sub_event_type != "Chemical weapon") return false;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
      if (&o == &e || o.sentence != e.sentence || o.acled_event_type != "Explosions/Remote violence" ||
          o.acled_sub_event_type == "Chemical weapon")
        return false;
      const size_t ow0 = trig_w_[o.trigger].first, ow1 = trig_w_[o.trigger].second;
      return ow0 >= tw1 && clause_[ow0] == clause_[tw0] && !NotEventCueCovers(c, ow0, ow1);
    });
  };
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& e = doc_.events[i];
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    bool without = false;
    // واستعادة 180 رأساً، "recovered the stolen cattle": a word of regaining
    // takes back what was taken; the property is no loot (and no ground).
    const bool recovery = doc_.triggers[e.trigger].acled_sub_event_type == "Government regains territory";
    // TerritoryTaken(e), asked once per event rather than of every cue, and
    // again when a cue below makes the event a peaceful transfer.
    bool taken = TerritoryTaken(e);
    // Every reading below is of one of these types.
    constexpr uint64_t kMannerTypes =
        CueTypeBits({"without", "not_event", "milestone", "former_holder", "lead_up", "goods"});
    for (int32_t ci : SentenceCueTypes(sent_[tw0]) & kMannerTypes ? Bucket(s_cues_, sent_[tw0]) : std::span<const int32_t>()) {
      if (!CueMayBe(ci, kMannerTypes)) continue;
      const CueHit& c = cues_[ci];
      // "Without firing a shot", "unopposed": the cue itself says no fight
      // was fought; a territory word of its sentence changed hands
      // peacefully, as with "without a fight" below.
      // Its own words ("a shot") are no event.
      if (c.row->type == "without" && c.row->kind == "peaceful") {
        if (tw0 >= c.w0 && tw1 <= c.w1) gone[i] = true;
        if (taken) {
          doc_.events[i].acled_event_type = "Strategic developments";
          doc_.events[i].acled_sub_event_type = "Non-violent transfer of territory";
          taken = TerritoryTaken(e);
        }
        continue;
      }
      if (c.row->type == "without" && CueApplies(c, tw0, tw1, e.trigger)) gone[i] = without = true;
      if (c.row->type == "not_event" && NotEventCueCovers(c, tw0, tw1) && NotEventKindFits(c, e) &&
          !agent_of_a_told_strike(c, e) && !(c.row->scope == "clause" && DoneInTerms(tw0)))
        gone[i] = true;
      if (c.row->type == "milestone" && c.w1 == tw0 && ReachesMilestone(tw1)) gone[i] = true;
      // قريتين كانت الحركة تسيطر عليهما، "villages the rebels had held":
      // control held before, told to name the loser of a capture, is no
      // capture of its own.
      if (c.row->type == "former_holder" && tw0 >= c.w0 && tw1 <= c.w1 && taken) gone[i] = true;
      if (c.row->type == "lead_up" && c.w1 == tw0 && AnchorsAnother(e)) gone[i] = true;
      // "دهم الجيش الأحياء عقب الاشتباكات": after a `lead_up` cue a definite
      // event word of a kind the report told in an earlier sentence points
      // back to that event; it tells no new one.
      if (c.row->type == "lead_up" && c.w1 == tw0 && ToldBefore(e)) gone[i] = true;
      // استولوا على أسلحة: seizing goods is part of the attack, no capture of territory.
      // Kind `persons` (الموقوف، الأسرى، الجثث): people handed over, no
      // territory; seized or led away they are captives, so only the
      // handover rule below reads them.
      const bool persons = c.row->kind == "persons";
      if (taken && GoodsTaken(c, tw0, tw1) && (c.row->kind != "property" || recovery)) gone[i] = true;
      // اقتادوا السيارات: things led away are stolen, no one abducted (Arabic:
      // an English goods word may head people, "aid workers").
      // A home named after a preposition is where they were taken from
      // (اقتيدوا من منازلهم): only property right after the verb was led away.
      const bool led_away = c.row->kind == "property" ? c.w0 == tw1 : c.w0 >= tw1 && c.w0 <= tw1 + 2;
      if (c.row->type == "goods" && !persons && e.acled_sub_event_type == "Abduction/forced disappearance" && led_away &&
          !Latin(tw0))
        gone[i] = true;
      // تسليم عدد من قطع السلاح، سلّم الموقوف: handing over weapons or people
      // is no transfer of territory. Bodies or prisoners received may come
      // after the receiver and where and when (تسلّم المستشفى في المدينة
      // اليوم جثامين …): further on in the clause.
      if (c.row->type == "goods" && e.acled_sub_event_type == "Non-violent transfer of territory" && c.w0 >= tw1 &&
          (c.w0 <= tw1 + 4 || (persons && c.w0 <= tw1 + 8 && clause_[c.w0] == clause_[tw0])))
        gone[i] = true;
    }
    // استولوا على منزلها، "seized more than 200 head of cattle": what a capture
    // verb takes is people's property (a `goods` cue of kind property: homes,
    // land, crops, herds, aid), not ground — ACLED's looting. The object may
    // stand past the subject (استولى عناصر فصيل مسلح على محصول) and a count
    // or an article; any other word ends the search.
    // A word whose subject is the ground (سقطت، "fell") takes no object.
    const bool ground_subject = doc_.triggers[e.trigger].roles.find("subj=place") != std::string::npos;
    if (!gone[i] && TerritoryTaken(e) && !recovery && !ground_subject && takes_property(tw1, sent_[tw0])) {
      doc_.events[i].acled_event_type = "Strategic developments";
      doc_.events[i].acled_sub_event_type = "Looting/property destruction";
      continue;
    }
    // Only "without a fight" says how the capture went; a battle word that
    // names goods seized (استولت على العربات) or a charge says nothing of it.
    if (!without || e.acled_event_type != "Battles") continue;
    for (Event& taken : doc_.events)
      if (taken.sentence == e.sentence && TerritoryTaken(taken)) {
        taken.acled_event_type = "Strategic developments";
        taken.acled_sub_event_type = "Non-violent transfer of territory";
      }
  }
  // "اشتبكوا معهم، ما أسفر عن مقتل أربعة منهم واستعادة 150 رأساً من الماشية":
  // a capture of goods is no event, and the dead read for it are those of
  // the fighting told before it in its sentence, if that has none of its own.
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& dropped = doc_.events[i];
    if (!gone[i] || !TerritoryTaken(dropped) || !dropped.fatalities) continue;
    Event* fight = LastViolentBefore(doc_, gone, dropped.sentence, doc_.triggers[dropped.trigger].span.begin);
    if (!fight || fight->fatalities) continue;
    fight->fatalities = dropped.fatalities;
    if (!fight->civilian_fatalities) fight->civilian_fatalities = dropped.civilian_fatalities;
  }
  DropGone(gone);
}

// "دخلت الاشتباكات يومها الخامس": an event word right after the verb of
// entering, with the period it reached (its pronoun on it) a few words on
// in its clause, measures how long a running event has lasted. Its start,
// told or not, is the event; this day is none.
bool Builder::ReachesMilestone(size_t tw1) const {
  return AnyCue(sent_[tw1 - 1], "milestone", [&](const CueHit& c) {
    return c.w0 >= tw1 && c.w0 <= tw1 + 4 && c.clause == clause_[tw1 - 1];
  });
}

// "أحرقت المنازل بعد دخول القوات إليها": a capture word right after a
// `lead_up` cue, in the sentence of an event of another kind, dates that
// event by a move told or known — the capture is no news of that sentence.
// (A weapon word right after it is what fell: إثر سقوط قذيفة, folded later.)
bool Builder::AnchorsAnother(const Event& e) const {
  if (!TerritoryTaken(e)) return false;
  const size_t tw1 = trig_w_[e.trigger].second;
  return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
    const size_t o0 = trig_w_[o.trigger].first;
    return o.sentence == e.sentence && o.acled_event_type != "Battles" && !(o0 >= tw1 && o0 <= tw1 + 1);
  });
}

bool Builder::ToldBefore(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first;
  if (Latin(tw0) || words_[tw0].article_bytes == 0) return false;
  return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
    return o.sentence < e.sentence && o.acled_event_type == e.acled_event_type;
  });
}

// "The fall of <a person>": a capture word whose complement right after it
// (past a `genitive` cue ending it, "fall of", and a `definite_article`) is a named person is the fall of a
// ruler from power, no ground taken. ("Fell to" names its taker there.)
void Builder::DropFallenPersons() {
  std::erase_if(doc_.events, [&](const Event& e) {
    if (!TerritoryTaken(e)) return false;
    const size_t tw1 = trig_w_[e.trigger].second;
    if (tw1 == 0 || !WordCue(tw1 - 1, "genitive")) return false;
    size_t w = tw1;
    if (WordCue(w, "definite_article")) ++w;
    if (w >= words_.size() || actor_start_[w] < 0) return false;
    return doc_.actors[actor_start_[w]].person;
  });
}

// Where a `not_event` cue's reach ends, by its scope: `next` only the word
// right after it (ساحة التحرير: a square's name), and the event word after
// that one; `preceding` the event word
// right before it (فرق الدفاع المدني: "teams", not "dispersed"); `clause`
// the rest of its clause (what an agreement provides for: يقضي بانسحاب
// القوات ونشر قوات محايدة); otherwise up to four words after it. A cue of
// kind `territory` reaches only a word of territory taken (تحت السيطرة is
// control held; تحت قصف جوي is still a strike).
bool Builder::NotEventCueCovers(const CueHit& c, size_t tw0, size_t tw1) const {
  // A gathering for aid (يتجمعون قرب نقطة توزيع، تجمعوا أمام مركز توزيع) is
  // told with a preposition of place between: up to four words after.
  if (c.row->scope == "preceding" && c.row->kind == "gathering")
    return tw1 <= c.w0 && c.w0 <= tw1 + 4 && clause_[tw0] == c.clause;
  // "Mass abductions from schools and highways have become common in the
  // state", "Kidnapping for ransom is common": an event noun that a predicate
  // of habit says is common (kind `commonplace`, up to six words after it in
  // its clause) names a kind of act the region knows, no event told. The
  // row's own verb agrees with the noun (are/have rows a plural, is/has rows
  // a singular one), so the noun's spelling is not asked.
  if (c.row->scope == "preceding" && c.row->kind == "commonplace")
    return tw1 <= c.w0 && c.w0 <= tw1 + 6 && clause_[tw0] == c.clause;
  if (c.row->scope == "preceding") return tw1 == c.w0;
  // منذ بدء الهجوم: an event word that begins inside the cue's last words
  // and reaches past it is the word the cue governs, which the cue's longest
  // match must not hide. With a day after it in its clause (منذ بدء الهجوم
  // يوم الإثنين) it is the running event itself, told with its start.
  if (c.row->scope == "next" && tw0 > c.w0 && tw0 < c.w1 && tw1 > c.w1)
    return clause_[tw0] == c.clause && !DatedLaterInClause(tw1 - 1);
  // رعاة رحّل "nomadic herders": an event word inside a cue of several words,
  // after its first, is a word of the phrase the cue names (an adjective, not
  // the verb رحّل "deported"), no event.
  if (c.row->scope == "next" && tw0 > c.w0 && tw1 <= c.w1) return clause_[tw0] == c.clause;
  if (tw0 < c.w1 || clause_[tw0] != c.clause) return false;
  // أفراد العصابات اغتصبوا، "the gangs' members raped": the head of an Arabic
  // construct never carries the article, so a noun cue written with it
  // (العصابات، الشبكة) has no genitive after it; a bare event word there
  // (no proclitic: no و continuing a verb before, no ل of a complement as
  // in الخاضعة لسيطرة) is the predicate of its sentence, told.
  if (c.row->scope == "next" && tw0 == c.w1 && c.w1 > c.w0 && !Latin(c.w1 - 1) &&
      CarriesArticle(doc_, words_[c.w1 - 1]) && doc_.tokens[words_[tw0].first].piece != Piece::kProclitic)
    return false;
  // "accused of a shooting attack": the head noun right after an event word
  // the cue reaches is the same phrase, reached too. So is the act an
  // attempt noun right after the cue governs (اتهموه بمحاولة خطف طفلة: the
  // charge is the attempted abduction, no event told).
  // منذ سيطرة الحركة عليها عام 2016، "since their incursion in August 2024":
  // the act a since-phrase runs from, told with a month or a year of its own
  // (a written date past the reference's month, within eight words after it
  // in its clause), is a past deed the report dates, coded as historical —
  // not a bare reference to a time ("since the ceasefire", منذ الهجوم).
  // The start of a run (منذ بدء/اندلاع/استئناف القتال, "since fighting
  // erupted in February": a bare English noun is the war's start) is no
  // such deed: the since word alone, or English "since" with a determiner.
  if (c.row->scope == "next" && tw0 == c.w1 &&
      ((words_[c.w0].text() == "since" && c.w1 == c.w0 + 2) ||
       (words_[c.w0].text() == "\xD9\x85\xD9\x86\xD8\xB0" && c.w1 == c.w0 + 1))) {  // منذ
    // منذ سقوط النظام السابق، "since the fall of the former government": a
    // word whose subject is the ground that fell (سقوط، "fall of"), with no
    // place right after it, tells a change of power the period runs from,
    // no ground taken ("since the fall of Kabul in 2021" stays a capture).
    const bool party_fell = [&] {
      bool ground_subject = false;
      for (int32_t u : Bucket(s_triggers_, sent_[tw0]))
        ground_subject |= trig_w_[u].first == tw0 && doc_.triggers[u].roles.find("subj=place") != std::string::npos;
      if (!ground_subject) return false;
      for (int32_t p : Bucket(s_places_, sent_[tw0]))
        if (place_w_[p].first >= tw1 && place_w_[p].first <= tw1 + 1) return false;
      return true;
    }();
    for (int32_t d : Bucket(s_dates_, sent_[tw0])) {
      if (party_fell) break;
      const size_t dw = date_w_[d].first;
      if (dw >= tw1 && dw - tw1 <= 8 && clause_[dw] == clause_[tw0] && !doc_.dates[d].relative &&
          (OldDate(doc_.dates[d]) || PastMonth(doc_.dates[d])))
        return false;
    }
  }
  // وهدد منظمو الاعتصام بإغلاق الطريق: a word after the one the cue reaches
  // that opens with the preposition ب or ل is no head noun of that phrase
  // but the complement of a verb before it — the organisers' threat to
  // close the road is told, only the sit-in they organised is not.
  const auto preposition_opens = [&](size_t w) {
    if (Latin(w) || doc_.tokens[words_[w].first].piece != Piece::kProclitic) return false;
    const std::string_view p = doc_.TokenText(words_[w].first);
    return p == "\xD8\xA8" || p == "\xD9\x84";  // ب ل
  };
  if (c.row->scope == "next")
    return tw0 == c.w1 ||
           (tw0 == c.w1 + 1 && ((TriggerStartingAt(c.w1) && !preposition_opens(tw0)) || WordCue(c.w1, "attempt")));
  if (c.row->scope == "clause") return true;
  // "have been accused by the United Nations of widespread rape": a passive
  // cue's agent ("by" right after it) stands between it and the act it
  // names; the act is reached up to eight words on. The party named there
  // is the accuser, not the one charged: only a day of the act told in its
  // clause makes it a deed of that day, told ("since 2022" is a span the
  // charge runs over, no day).
  if (Latin(c.w0) && c.w1 < tw0 && words_[c.w1].text() == "by") {
    if (tw0 > c.w1 + 8) return false;
    for (int32_t d : Bucket(s_dates_, sent_[tw0]))
      if (date_w_[d].first >= tw1 && clause_[date_w_[d].first] == clause_[tw0] && !doc_.dates[d].since) return false;
    return true;
  }
  if (tw0 > c.w1 + 4) return false;
  // اتهمت الحركة الجيش بقصف مواقعها يوم الأحد: a party named between the cue
  // and the event word is the one charged, and an act it is charged with on
  // a day told in its clause is a deed of that day, told (claimed) by its
  // accuser. Undated, or laid on no party named there (اتُّهم بخطف طفلة,
  // "accused of kidnapping"), it is the grounds of a charge, no event.
  for (size_t w = c.w1; w < tw0; ++w)
    if (ActorStartingAt(w) >= 0 && DatedLaterInClause(tw1 - 1)) return false;
  return true;
}

// Whether a `not_event` cue reaches the event's word, so that
// DropMannerWithout will drop it as background ("as fighting intensified").
bool Builder::ToldAsBackground(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  return AnyCue(sent_[tw0], "not_event", [&](const CueHit& c) {
    return NotEventCueCovers(c, tw0, tw1) && NotEventKindFits(c, e);
  });
}

// A cue of kind `territory` reaches only a word of territory taken (تحت
// السيطرة is control held; تحت قصف جوي is still a strike); of kind
// `nominal` only an event told as a noun ("since fighting erupted" is the
// war's start; "since seizing the town in May", a verb, is a deed told).
//
// Of kind `contents` (تحتوي على، what a container holds) it reaches a
// chemical agent only where a find is told: bombs or barrels "containing
// poison gas" dropped on a place are how a chemical attack is told, a depot
// found holding it is a find.
bool Builder::NotEventKindFits(const CueHit& c, const Event& e) const {
  if (c.row->kind == "territory") return TerritoryTaken(e);
  if (c.row->kind == "contents" && e.acled_sub_event_type == "Chemical weapon")
    return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
      return o.sentence == e.sentence && o.acled_sub_event_type == "Disrupted weapons use";
    });
  if (c.row->kind == "nominal") return doc_.triggers[e.trigger].voice == "nominal";
  // A goal (حتى): "سنواصل العمليات حتى تفكيك المقار" states no act; a town
  // to take (لن نتوقف حتى نحرر مدينة حرض، حتى تحرير مدينة كيدال) is where
  // the vow is aimed: that taking stays, as its sentence tells it.
  if (c.row->kind == "goal") return !TownTakingAimedAt(e);
  // Of kind `gathering` (نقطة توزيع، "aid distribution point") it reaches
  // only a crowd's gathering told as a protest: people gathered to be given
  // aid protest nothing; fire opened on them is still an attack.
  // A grievance told in the sentence (a `topic` cue: احتجاجاً على، تنديداً)
  // makes the gathering a protest wherever it is held.
  if (c.row->kind == "gathering")
    return e.acled_event_type == "Protests" && !AnyCue(static_cast<int32_t>(e.sentence), "topic");
  return true;
}

bool Builder::TownTakingAimedAt(const Event& e) const {
  return TerritoryTaken(e) && e.place >= 0 && !Coarse(e.place) && !PlaceFromBefore(e) &&
         place_w_[e.place].first >= trig_w_[e.trigger].second;
}

bool Builder::DatedLaterInClause(size_t w) const {
  return std::any_of(Bucket(s_dates_, sent_[w]).begin(), Bucket(s_dates_, sent_[w]).end(),
                     [&](int32_t d) { return date_w_[d].first > w && clause_[date_w_[d].first] == clause_[w]; });
}

// "Vowed to keep targeting Israel", "would keep striking army positions
// along the border with Niger": a vow to go on with a campaign already
// running whose only aim is a country, a border or a region named after it
// (a place of its sentence after the `continuation` cue — keep, continue; a
// possessive may stand between: "keep up its raids" —, or a
// `region_anaphor`: "across the province") names no place ACLED could code:
// no event. So does one told as the condition of another threat ("if the
// coalition keeps up its air raids": a `not_event` cue before it in its
// clause). Told as done ("kept firing for hours") it stays: only intent is
// dropped. A vowed advance ("would keep advancing until they reach the
// city") has an objective of its own, a place to take: coded as intent, it
// stays. So does a vow to go on at a place its clause names right after the
// act ("would keep raiding Tubas and Tammun", "keep attacking army positions
// in Segou"): a threat aimed at that place. And so, as the newer gold sets
// code it (fresh22 on, "placed where the act is aimed"), does an English vow
// that names no place at all ("would keep up the bombardment until the
// groups were disarmed", "would keep attacking police in the southern
// districts"): it is aimed where the report's acts are, and is intent there
// (VowToGoOn keeps it from being read as a reference back to them). Arabic
// has no `continuation` rows yet; its vows are left as they were.
void Builder::DropCampaignVows() {
  std::vector<bool> gone(doc_.events.size(), false);
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& e = doc_.events[i];
    if (e.status != "intent" || TerritoryTaken(e)) continue;
    const size_t tw0 = trig_w_[e.trigger].first;
    if (e.place >= 0) {
      const size_t pw = place_w_[e.place].first;
      const size_t tw1 = trig_w_[e.trigger].second;
      if (sent_[pw] == sent_[tw0] && pw >= tw1 && pw <= tw1 + 5 && clause_[pw] == clause_[tw0]) continue;
    }
    const size_t cue_end = ContinuationCueEnd(tw0);
    if (cue_end == SIZE_MAX) continue;
    // With no place named after it in its sentence ("would keep up the
    // bombardment until the groups were disarmed", "would keep attacking
    // police in the southern districts") the vow is aimed where the
    // report's acts are: a threat ACLED codes there, as intent. One whose
    // only aim is a country, a border or a region named after it ("keep
    // targeting Israel", "along the border with Niger") names no place to
    // code; one told as a condition ("if the coalition keeps up its air
    // raids") no act at all.
    // Only an area counts (a country, a province, a region: Coarse); a town
    // after it ("until they leave Kidal") is where the vow is aimed.
    const bool place_after = std::any_of(Bucket(s_places_, sent_[tw0]).begin(), Bucket(s_places_, sent_[tw0]).end(),
                                         [&](int32_t p) { return place_w_[p].first >= cue_end && Coarse(p); });
    // "across the province", "throughout the region": the whole region, no
    // town to code.
    const bool region_wide =
        AnyCue(sent_[tw0], "region_anaphor", [&](const CueHit& c) { return c.w0 >= cue_end; });
    const bool condition = AnyCue(sent_[tw0], "not_event", [&](const CueHit& c) {
      return c.clause == clause_[tw0] && c.w1 <= tw0 && c.row->scope == "following";
    });
    gone[i] = place_after || region_wide || condition || !Latin(e);
  }
  DropGone(gone);
}

// "احتفلوا بتقدمهم", "protested against the strikes": an event a crowd
// rallies for or against, named as given (with the article or a possessive
// pronoun) and with no day after it, is what the crowd reacts to — an
// event told before or known — and no second event at the crowd's place.
// "استدعت الخارجية السفير احتجاجاً على القصف": the adverb احتجاجاً ("in
// protest") gives the reason for its clause's act. It is a protest only
// where there is a crowd in its sentence (protesters or rioters named, or
// another crowd word: احتشد مئات المحتجين … احتجاجاً) or when it is the
// object of a verb of organising (نظموا احتجاجاً).
void Builder::DropProtestAdverbs() {
  static const std::string kAdverb = "\xD8\xA7\xD8\xAD\xD8\xAA\xD8\xAC\xD8\xA7\xD8\xAC\xD8\xA7";  // احتجاجا
  static const std::string kOrganise = "\xD9\x86\xD8\xB8\xD9\x85";  // نظم
  std::erase_if(doc_.events, [&](const Event& e) {
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    if (w1 != w0 + 1 || words_[w0].text() != kAdverb || e.acled_event_type != "Protests") return false;
    if (w0 > 0) {  // نظموا، ونظموا
      std::string_view before = words_[w0 - 1].text();
      if (before.starts_with("\xD9\x88") || before.starts_with("\xD9\x81")) before.remove_prefix(2);  // و ف
      if (before.starts_with(kOrganise)) return false;
    }
    for (int32_t a : Bucket(s_actors_, sent_[w0])) {
      const std::string& inter = doc_.actors[a].acled_inter;
      if (inter == "Protesters" || inter == "Rioters") return false;
    }
    for (int32_t t : Bucket(s_triggers_, sent_[w0])) {
      const TriggerMention& o = doc_.triggers[t];
      if (t != e.trigger && (o.acled_event_type == "Protests" || o.acled_event_type == "Riots")) return false;
    }
    return true;
  });
}

void Builder::DropCrowdTopics() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    const TriggerMention& tr = doc_.triggers[ev[i].trigger];
    const size_t w = trig_w_[ev[i].trigger].first;
    const bool topic_cue = AnyCue(sent_[w], "topic", [&](const CueHit& c) { return c.w1 <= w && w - c.w1 <= 1; });
    // A word the lexicon reads as a verb is a verbal noun after a topic cue
    // and a preposition (رفضاً لهدم: ل before هدم).
    // So is an English word after an article (the lexicon's verb row of a
    // noun: "protested against the demolition of homes") when the report
    // tells that act of its own in the next sentences or the one before
    // ("Earlier on Thursday, bulldozers had demolished 14 houses"): the
    // crowd's grievance re-tells it. Told nowhere else, it stays the news
    // ("protested against the detention of an elder the previous week").
    const bool determined =
        topic_cue && Latin(tr) && w > 0 && sent_[w - 1] == sent_[w] &&
        (words_[w - 1].text() == "the" || words_[w - 1].text() == "a" || words_[w - 1].text() == "an") &&
        std::any_of(ev.begin(), ev.end(), [&](const Event& o) {
          return &o != &ev[i] && o.acled_sub_event_type == ev[i].acled_sub_event_type && o.sentence != ev[i].sentence &&
                 o.sentence + 1 >= ev[i].sentence && o.sentence <= ev[i].sentence + 2;
        });
    const bool noun = tr.voice == "nominal" || (topic_cue && (AfterPreposition(w) || determined));
    if (CrowdRank(ev[i]) || !noun || !(topic_cue || AfterPreposition(w))) continue;
    const bool dated_after = std::any_of(Bucket(s_dates_, sent_[w]).begin(), Bucket(s_dates_, sent_[w]).end(),
                                         [&](int32_t d) { return date_w_[d].first > w && clause_[date_w_[d].first] == clause_[w]; });
    if (dated_after) continue;
    const bool possessed = doc_.tokens[tr.tokens.end - 1].piece == Piece::kEnclitic;
    // A measure protested against ("protested against a ban on motorbikes",
    // "a new curfew") is the crowd's grievance even when told indefinite.
    // So is an act a `topic` cue names right before it (رفضاً لهدم منازل،
    // "in protest at killings of farmers"): the crowd's reason, however
    // the noun is told.
    if (!topic_cue && !tr.definite && !possessed && !(Latin(tr) && ev[i].acled_event_type == "Strategic developments"))
      continue;
    for (Event& crowd : ev) {
      const size_t cw = trig_w_[crowd.trigger].second;
        // (Up to twelve words on: "protested at the port of X on Saturday
      // against a ban on fishing" names where and when before the grievance.)
      if (!(CrowdRank(crowd) && clause_[cw - 1] == clause_[w] && cw <= w && w - cw <= 12)) continue;
      gone[i] = true;
      HandTollsToCrowd(ev[i], w, crowd);
    }
  }
  DropGone(gone);
}

// "تظاهروا احتجاجاً على الخطف، فقُتل طالبان": the dead told in a clause after
// the grievance's were counted to the grievance, the nearest event before
// them; they fell at the crowd's own event. A toll inside the grievance's
// clause (احتجاجاً على الغارة التي قتلت خمسة) stays the grievance's and goes with it.
void Builder::HandTollsToCrowd(Event& topic, size_t topic_w, Event& crowd) {
  size_t after = topic_w;
  while (after < words_.size() && sent_[after] == sent_[topic_w] && clause_[after] == clause_[topic_w]) ++after;
  if (after >= words_.size() || sent_[after] != sent_[topic_w]) return;
  const uint32_t clause_end = doc_.tokens[words_[after].first].span.begin;
  for (auto slot : {&Event::fatalities, &Event::civilian_fatalities, &Event::injuries}) {
    std::optional<CasualtyFigure>& figure = topic.*slot;
    if (figure && !(crowd.*slot) && !figure->span.empty() && figure->span.begin >= clause_end) {
      crowd.*slot = figure;
      figure.reset();
    }
  }
}

// "hurled bombs at a rally", "a suicide bomber struck a march": a gathering
// named as the object of a blast's preposition, a few words after the blast
// in its clause, is what was hit — the blast is the event, the gathering no
// protest of its own that day.
void Builder::DropStruckGatherings() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].acled_event_type != "Protests" || doc_.triggers[ev[i].trigger].voice != "nominal") continue;
    const size_t w = trig_w_[ev[i].trigger].first;
    // The preposition, with up to two words (an article, a party's name) between it and the noun.
    size_t prep = SIZE_MAX;
    for (size_t k = 1; k <= 3 && k <= w; ++k) {
      if (clause_[w - k] != clause_[w]) break;
      if (AfterPrepositionWord(w - k + 1)) {
        prep = w - k;
        break;
      }
    }
    if (prep == SIZE_MAX) continue;
    for (const Event& blast : ev) {
      if (blast.acled_event_type != "Explosions/Remote violence") continue;
      const size_t bw = trig_w_[blast.trigger].second;
      if (bw <= prep && clause_[bw - 1] == clause_[w] && prep - bw <= 6) gone[i] = true;
    }
  }
  DropGone(gone);
}

// توعد بمهاجمة القاعدة الجديدة، هاجم مسلحون فجر اليوم نقطة عسكرية جديدة،
// استهدفوا قاعدة جديدة للجيش: an Arabic base or post word that is the
// object of an attack word before it in its clause — right after it, after
// على, or past only the attackers' name and the time — is what was hit (or
// threatened), told as a place: the attack is the event, no base set up
// that day. A post joined by و (وأقاموا نقطة) or after other words (بعد
// اشتباكات عنيفة أقام الجيش نقطة) is an act of its own and stays.
void Builder::DropStruckPosts() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].acled_sub_event_type != "Headquarters or base established" || Latin(ev[i])) continue;
    const size_t w = trig_w_[ev[i].trigger].first;
    if (w == 0 || Conjoined(w, w)) continue;
    const int32_t sent = sent_[w];
    const auto covered = [&](size_t k) {
      for (int32_t a : Bucket(s_actors_, sent))
        if (actor_w_[a].first <= k && k < actor_w_[a].second) return true;
      for (int32_t d : Bucket(s_dates_, sent))
        if (date_w_[d].first <= k && k < date_w_[d].second) return true;
      return false;
    };
    for (const Event& attack : ev) {
      if (attack.acled_event_type != "Battles" && attack.acled_event_type != "Explosions/Remote violence" &&
          attack.acled_event_type != "Violence against civilians")
        continue;
      if (Latin(attack) || attack.sentence != ev[i].sentence) continue;
      const size_t bw = trig_w_[attack.trigger].second;
      if (bw > w || w - bw > 6 || clause_[bw - 1] != clause_[w]) continue;
      bool object = true;
      for (size_t k = bw; k < w && object; ++k)
        object = !words_[k].clause_break && clause_[k] == clause_[w] &&
                 (covered(k) || (k + 1 == w && AfterPrepositionWord(w)));
      if (object) {
        gone[i] = true;
        break;
      }
    }
  }
  DropGone(gone);
}

// أطلق الجهاز سراح خمسة شبان كان قد احتجزهم الأسبوع الماضي، أُطلق سراح 17
// مزارعاً خُطفوا الشهر الماضي: an Arabic arrest or abduction verb after a
// release word of its sentence (within twelve words), dated only by a span
// back from the release (الأسبوع الماضي، قبل أسبوعين، الشهر الماضي: a
// relative date a week or more before it), describes the people freed by
// how they were taken — a reference to an act told in its own time, no
// event of this report. A taking told with a calendar date of its own (في
// السابع من آذار) is coded apart, historical.
void Builder::DropCaptivesTakenBefore() {
  const auto day_number = [](const std::string& v) -> std::optional<int64_t> {
    if (v.size() != 10 && v.size() != 7) return std::nullopt;  // a day or a month, no year alone
    std::optional<CivilDay> day = ParseIsoDay(v);
    if (!day) return std::nullopt;
    if (v.size() == 7) day->day = 15;  // a month alone: its middle
    return DaysFromCivil(*day);
  };
  std::erase_if(doc_.events, [&](const Event& e) {
    if (e.acled_sub_event_type != "Arrests" && e.acled_sub_event_type != "Abduction/forced disappearance") return false;
    if (Latin(e) || doc_.triggers[e.trigger].voice == "nominal" || e.date < 0) return false;
    const DateMention& d = doc_.dates[e.date];
    if (!d.relative || sent_[date_w_[e.date].first] != static_cast<int32_t>(e.sentence)) return false;
    const size_t w0 = trig_w_[e.trigger].first;
    for (const Event& r : doc_.events) {
      if (r.plover_mode != "release" || r.sentence != e.sentence || Latin(r)) continue;
      const size_t r1 = trig_w_[r.trigger].second;
      if (r1 > w0 || w0 - r1 > 12) continue;
      const std::optional<int64_t> taken = day_number(d.value), freed = day_number(DayOf(r));
      if (taken && freed && *freed - *taken >= 7) return true;
    }
    return false;
  });
}

// An agreement or truce is news when the text tells it being made or
// taking effect (وقّع الطرفان اتفاقاً، التوصل إلى هدنة، "signed a deal", `concluded`
// cues). Named bare — what an attack violated (في انتهاك لوقف إطلاق النار),
// what someone hopes for (قبل أي اتفاق), what a group felt betrayed by —
// it is a known agreement referred to, no event. A denied one stays
// (لا يتضمن الاتفاق وقفاً لإطلاق النار).
void Builder::DropAgreementMentions() {
  // وقّع أعيان من القبيلتين وممثلون عن المجلس، مساء الخميس، اتفاقاً: in a
  // verb-first clause the subject, the day and the place stand between the
  // signing verb and the agreement, however long they are. The verb concludes
  // the agreement when, those told parties, dates and places (and punctuation)
  // set aside, at most eight words stand between them in the sentence, and no
  // other event word does.
  const auto concluded_across_its_subject = [&](size_t verb_end, size_t agreement) {
    if (verb_end > agreement || sent_[verb_end] != sent_[agreement]) return false;
    const int32_t sentence = sent_[agreement];
    const auto within = [&](const auto& bucket, const auto& spans, size_t k) {
      for (int32_t i : Bucket(bucket, sentence))
        if (spans[i].first <= k && k < spans[i].second) return true;
      return false;
    };
    int plain = 0;
    for (size_t k = verb_end; k < agreement; ++k) {
      for (int32_t u : Bucket(s_triggers_, sentence))
        if (trig_w_[u].first == k) return false;
      if (!words_[k].is_word || within(s_actors_, actor_w_, k) || within(s_dates_, date_w_, k) ||
          within(s_places_, place_w_, k))
        continue;
      if (++plain > 8) return false;
    }
    return true;
  };
  std::erase_if(doc_.events, [&](const Event& e) {
    if (e.acled_sub_event_type != "Agreement" || e.status == "negated") return false;
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    if (AnyCue(static_cast<int32_t>(e.sentence), "negation",
               [&](const CueHit& c) { return c.clause == clause_[w0] && c.w1 <= w0; }))
      return false;
    return !AnyCue(static_cast<int32_t>(e.sentence), "concluded", [&](const CueHit& c) {
      return (c.w1 + 8 >= w0 && c.w0 <= w1 + 8) || concluded_across_its_subject(c.w1, w0);
    });
  });
}

// ACLED codes an event to the nearest named town; an event whose only
// place is a whole country ("strikes on Yemen", "fighting in Colombia",
// غارات على أفغانستان) is a campaign or a summary of events told town by
// town, or told of a town the gazetteer does not know. No event of its own.
// (PLOVER-only events — an accusation between states — are not ACLED's unit
// and stay.)
// A town the gazetteer does not know, named in the event's clause (بلدة
// كفركلا), is where it happened: the event stays, placed at the country
// with its imprecision, rather than be lost.
void Builder::DropCountryWide() {
  std::erase_if(doc_.events, [&](const Event& e) {
    if (e.acled_event_type == "none" || e.place < 0 || !doc_.places[e.place].resolved ||
        doc_.places[e.place].location.feature_code.rfind("PCL", 0) != 0)
      return false;
    const size_t w = trig_w_[e.trigger].first;
    for (int32_t p : Bucket(s_places_, sent_[w]))
      if (!doc_.places[p].resolved && clause_[place_w_[p].first] == clause_[w]) return false;
    return true;
  });
}

// "Would keep up the bombardment", "continue its raids": an act vowed to go
// on with, right after a `continuation` cue of its clause (or one word
// after it: a possessive or article).
bool Builder::VowToGoOn(const Event& e) const {
  return e.status == "intent" && ContinuationCueEnd(trig_w_[e.trigger].first) != SIZE_MAX;
}

size_t Builder::ContinuationCueEnd(size_t tw0) const {
  size_t end = SIZE_MAX;
  AnyCue(sent_[tw0], "continuation", [&](const CueHit& c) {
    if (c.clause != clause_[tw0] || tw0 < c.w1 || tw0 > c.w1 + 1) return false;
    end = c.w1;
    return true;
  });
  return end;
}

bool Builder::EnglishReference(const Event& e) const {
  return Definite(e) && Latin(e);
}

// A date of the clause of word w that dates it: not the dateline, not a
// since-date ("since July" counts events, it does not date one).
bool Builder::ClauseHasDate(size_t w) const {
  for (int32_t d : Bucket(s_dates_, sent_[w]))
    if (clause_[date_w_[d].first] == clause_[w] && date_w_[d].first >= dateline_end_ && !doc_.dates[d].since &&
        !(date_w_[d].first > w && SinceBetween(w + 1, date_w_[d].first)))
      return true;
  return false;
}

// "such attacks", "similar lynchings": a kind of event, never one event.
bool Builder::KindOfEvent(size_t w) const { return w > 0 && WordCue(w - 1, "kind_of"); }

// "frequent attacks", "a series of air strikes", "more than 140 attacks":
// a plural that sums up many acts is the background of a report.
bool Builder::SummaryPlural(const Event& e) const {
  const size_t w = trig_w_[e.trigger].first;
  const std::string_view t = words_[trig_w_[e.trigger].second - 1].text();
  if (w == 0 || !t.ends_with("s")) return false;
  if (WordCue(w - 1, "summary") || WordCue(w - 1, "series")) return true;
  if (words_[w - 1].text() == "of" && w >= 2 && WordCue(w - 2, "series")) return true;
  // A count of generic acts without a day ("has launched more than 140
  // attacks"), or told over a span of days only ("counted 14 attacks during
  // the week", "… this week": a range or a week, no one day); "42 drones
  // overnight" is one event.
  auto span_only = [&] {
    bool any = false;
    for (int32_t d : Bucket(s_dates_, sent_[w]))
      if (clause_[date_w_[d].first] == clause_[w] && date_w_[d].first >= dateline_end_ && !doc_.dates[d].since) {
        if (doc_.dates[d].end.empty()) return false;
        any = true;
      }
    return any;
  };
  return words_[w - 1].number && Generic(e) && (!ClauseHasDate(w) || span_only()) && ManyCountedAt(w);
}

// A count of ten or more acts right before the event word at w ("more than
// 140 attacks", أكثر من 300 غارة).
bool Builder::ManyCountedAt(size_t w) const {
  for (int32_t n : Bucket(s_numbers_, sent_[w])) {
    if (num_w_[n].second != w) continue;
    const NumberMention& m = doc_.numbers[n];
    const std::optional<double> v = m.value ? m.value : m.low;
    if (v && *v >= 10) return true;
  }
  return false;
}

// "وثقت منظمات أكثر من 300 غارة جوية على ريف إدلب منذ مطلع الشهر", "more than
// 40 drone attacks since January": a count of ten or more acts since a day
// is a tally of earlier events, not one event (ACLED codes each of them, told
// on its own, or none).
bool Builder::TallySince(const Event& e) const {
  const size_t w = trig_w_[e.trigger].first;
  if (RunningTollOfPlural(e)) return true;
  if (!ManyCountedAt(w)) return false;
  for (int32_t d : Bucket(s_dates_, sent_[w]))
    if (doc_.dates[d].since && clause_[date_w_[d].first] == clause_[w] && date_w_[d].first > w) return true;
  return false;
}

// "more than 300 people have been killed by drone strikes since the truce",
// "dozens have died in raids since January": a plural event noun inside a
// present-perfect toll that runs since a time longer ago than a day is the
// cause of a running total, not one event. "since Thursday" is left alone:
// a toll of a few days is often that of the report's own fighting.
bool Builder::RunningTollOfPlural(const Event& e) const {
  if (!Latin(e)) return false;
  const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
  if (!words_[w1 - 1].text().ends_with("s")) return false;
  // A noun, or a plural read as a verb ("by Israeli strikes") that a
  // preposition right before (one modifier between) makes the cause.
  bool cause = doc_.triggers[e.trigger].voice == "nominal";
  for (size_t k = w0, back = 0; !cause && k-- > 0 && back < 2 && !words_[k].clause_break; ++back)
    cause = words_[k].text() == "by" || words_[k].text() == "in";
  if (!cause) return false;
  bool perfect = false;
  for (size_t k = w0, back = 0; k-- > 0 && back < 8 && !words_[k].clause_break; ++back)
    perfect |= words_[k].text() == "have" || words_[k].text() == "has";
  if (!perfect) return false;
  for (size_t k = w1; k < words_.size() && k < w1 + 6 && !words_[k].clause_break; ++k) {
    if (words_[k].text() != "since") continue;
    for (int32_t d : Bucket(s_dates_, sent_[k]))
      if (date_w_[d].first == k + 1 || date_w_[d].first == k)
        return doc_.dates[d].precision > DatePrecision::kDay;
    return true;
  }
  return false;
}

// "a year of fighting", "decades of conflict": a span of months or years
// of an activity (a `span_of_years` cue before "of"; `span_of_days` for
// days or weeks) is the background of a report, not an event of it.
bool Builder::LongSpanOf(size_t w, bool days) const {
  // "a year of cross-border fighting": up to two modifiers after "of".
  for (size_t of = w; of-- > 0 && w - of <= 5;) {
    if (words_[of].clause_break) return false;
    if (words_[of].text() != "of") continue;
    if (of == 0) return false;
    return WordCue(of - 1, days ? "span_of_days" : "span_of_years") != nullptr;
  }
  return false;
}

// بعد سنوات من المواجهة، بعد أكثر من عام على سقوط المدينة، مواجهات شبه يومية:
// an Arabic event word right after a long span of time (a `summary` cue
// that ends in its preposition), or right before a `summary` adjective,
// sums up acts of months or years — background, no event — unless its
// clause dates it.
bool Builder::ArabicSummary(size_t w0, size_t w1) const {
  return !ClauseHasDate(w0) && AnyCue(sent_[w0], "summary", [&](const CueHit& c) {
    return c.clause == clause_[w0] && (c.w1 == w0 || c.w0 == w1);
  });
}

// "Calm returned after two days of street battles", "handed over its camp
// after days of fighting": days or weeks of an activity the report tells
// on its own elsewhere (an event of the same kind) sum up those acts.
bool Builder::SpanOfDaysToldElsewhere(const Event& e) const {
  if (!Latin(e) ||
      !LongSpanOf(trig_w_[e.trigger].first, /*days=*/true))
    return false;
  return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
    return &o != &e && o.sentence != e.sentence && o.acled_sub_event_type == e.acled_sub_event_type;
  });
}

// "an attack on the city could trigger a massacre", يخشى مراقبون أن تمتد
// المواجهات، ينذر بجولة جديدة من المعارك: what could, might, may or can
// happen, what someone fears or a situation portends, is a possibility,
// not an event ("may have killed" is a hedged event, and stays).
bool Builder::Possibility(size_t w) const {
  // A `possibility` cue up to four words before the event word, in its
  // clause; with several_words, only a cue of two words or more.
  const auto cue_before = [&](bool several_words) {
    return AnyCue(sent_[w], "possibility", [&](const CueHit& c) {
      return (!several_words || c.w1 > c.w0 + 1) && c.clause == clause_[w] && c.w1 <= w && w - c.w1 <= 4;
    });
  };
  if (!Latin(w)) return cue_before(false);
  for (size_t k = w, back = 0; k-- > 0 && back < 5 && !words_[k].clause_break; ++back) {
    if (!WordCue(k, "possibility")) continue;
    // "in May" is the month, not the modal.
    if (WordInDate(k)) continue;
    return !(k + 1 < words_.size() && words_[k + 1].text() == "have");
  }
  // "fled for fear of renewed fighting", "in anticipation of attacks": a
  // cue of several words, which no one word's cue holds, read as the
  // Arabic ones are (up to four words before the event word, its clause).
  return cue_before(true);
}

// "Shooting at hungry people is not policing," said a researcher;
// "Extrajudicial executions are crimes": a quotation that opens with an
// event word and says what such acts are (is, are) speaks of a kind of
// act, not of one the report tells.
bool Builder::QuotedGeneralStatement(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  const int32_t q = tok_quote_[tr.tokens.begin];
  if (q < 0 || doc_.quotes[q].indirect) return false;
  const size_t qw0 = tok_word_[doc_.quotes[q].tokens.begin], qw1 = tok_word_[doc_.quotes[q].tokens.end - 1] + 1;
  const size_t w0 = trig_w_[e.trigger].first;
  if (w0 > qw0 + 1) return false;
  for (int32_t d : Bucket(s_dates_, sent_[w0]))
    if (date_w_[d].first >= qw0 && date_w_[d].first < qw1) return false;
  for (size_t w = trig_w_[e.trigger].second; w < qw1; ++w)
    if (WordCue(w, "copula")) return true;
  return false;
}

// "\"They came at dawn and started shooting,\" a survivor said": a direct
// quote that opens its sentence, after the report has told an event, is a
// witness retelling what was told — no new event — unless it names a place
// or a day of its own, or tells a plan or a denial ("\"Our posts in X were
// shelled all night,\" a soldier said" names where, and stays).
bool Builder::QuotedRetelling(const Event& e) const {
  if (!Latin(e) || e.status == "intent" || e.status == "negated") return false;
  const int32_t q = tok_quote_[doc_.triggers[e.trigger].tokens.begin];
  if (q < 0 || doc_.quotes[q].indirect) return false;
  const Quote& quote = doc_.quotes[q];
  const size_t qw0 = tok_word_[quote.tokens.begin];
  // Only the opening mark may stand before it in its sentence.
  for (size_t k = qw0; k-- > 0 && sent_[k] == sent_[qw0];)
    for (unsigned char c : words_[k].text())
      if (std::isalnum(c)) return false;
  for (const DateMention& d : doc_.dates)
    if (quote.span.Contains(d.span)) return false;
  for (const PlaceMention& p : doc_.places)
    if (quote.span.Contains(p.span)) return false;
  return true;
}

// A span of months or years of an activity, and a kind of event, are
// background too.
// An English reference left without an event to refer to, after the lead
// and without a date of its own ("did not comment on the demolitions", "in
// line with the agreement", "similar lynchings"), names something the
// reader is assumed to know: background, not this report's news. ("The
// 2014 kidnapping" dates itself and stays.)
void Builder::DropUnanchoredReferences() {
  const size_t lead = static_cast<size_t>(
      dateline_end_ > 0 && dateline_end_ < words_.size() ? std::max(0, sent_[dateline_end_]) : LeadSentence());
  // Read before anything is removed: the test looks at the other events.
  std::vector<bool> span_told(doc_.events.size(), false);
  for (size_t i = 0; i < doc_.events.size(); ++i) span_told[i] = SpanOfDaysToldElsewhere(doc_.events[i]);
  std::vector<bool> after_blast(doc_.events.size(), false);
  for (size_t i = 0; i < doc_.events.size(); ++i) after_blast[i] = FightingAfterBlast(i);
  std::vector<bool> retold(doc_.events.size(), false);
  for (size_t i = 0; i < doc_.events.size(); ++i)
    retold[i] = QuotedRetelling(doc_.events[i]) &&
                std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
                  return o.sentence < doc_.events[i].sentence && o.quote < 0 && Happened(o.status);
                });
  // "will continue offensive operations … until they are dismantled", "would
  // keep attacking until the last fighter is killed": an English act told
  // right after "until" (up to five words between, no event word) that
  // closes a plan or a vow (an `intent` cue before it in its sentence) is
  // the goal the party states, as after حتى: none told ("until they take
  // Kidal": a town to take is where the vow is aimed, and stays).
  const auto goal_of_a_vow = [&](const Event& e) {
    if (!Latin(e)) return false;
    const size_t tw0 = trig_w_[e.trigger].first;
    const int32_t sentence = sent_[tw0];
    for (size_t k = tw0; k-- > 0 && tw0 - k <= 6 && sent_[k] == sentence;) {
      if (TriggerBetween(k + 1, tw0)) return false;
      if (words_[k].text() != "until") continue;
      return !TownTakingAimedAt(e) && AnyCue(sentence, "intent", [&](const CueHit& c) { return c.w1 <= k; });
    }
    return false;
  };
  // "The army said its troops had not taken part in the fighting": a
  // party denying its own part in the act told before (a negated event right
  // after a `participation` cue, an article at most between) tells an event
  // of its own, negated — the reference is its object, not background.
  const auto denied_part = [&](const Event& e) {
    if (e.status != "negated" || !Latin(e)) return false;
    const size_t tw0 = trig_w_[e.trigger].first;
    return AnyCue(sent_[tw0], "participation",
                  [&](const CueHit& p) { return p.w1 <= tw0 && tw0 - p.w1 <= 1 && p.clause == clause_[tw0]; });
  };
  // Its place, when its sentence names none, is that of the act it denies a
  // part in: the latest happened event of its type told in the three
  // sentences before (the dateline's town is no place of the fighting).
  for (Event& e : doc_.events) {
    if (!denied_part(e) || (e.place >= 0 && !PlaceFromBefore(e))) continue;
    for (const Event& o : doc_.events) {
      if (o.sentence >= e.sentence || e.sentence - o.sentence > 3 || !Happened(o.status) ||
          o.acled_event_type != e.acled_event_type || o.place < 0)
        continue;
      e.place = o.place;
    }
  }
  const Event* const first = doc_.events.data();
  std::erase_if(doc_.events, [&](const Event& e) {
    const size_t w = trig_w_[e.trigger].first;
    if (goal_of_a_vow(e)) return true;
    if (denied_part(e)) return false;
    if (span_told[static_cast<size_t>(&e - first)]) return true;  // remove_if tests each at its place
    if (retold[static_cast<size_t>(&e - first)]) return true;
    if (after_blast[static_cast<size_t>(&e - first)]) return false;
    if (e.status != "negated" && Possibility(w)) return true;
    if (AvertedByFoiling(e)) return true;
    if (TallySince(e)) return true;
    if (!Latin(e)) return ArabicSummary(w, trig_w_[e.trigger].second);
    // "would hold daily rallies in Hakkari and Yuksekova": a series planned
    // is a plan told, `intent` at each place it names; only acts already
    // done are summed up as background.
    // "teachers protesting over three months of unpaid salaries pelted the
    // building with stones": an English verb in the past tense ("-ed", an
    // active row) is its clause's own verb, no activity a span counts ("a
    // year of fighting", "months of clashes"); after a relative word ("two
    // years of war that killed thousands") it tells what the span did.
    const std::string_view tw = words_[w].text();
    bool past_verb = Latin(w) && doc_.triggers[e.trigger].voice == "active" && tw.size() > 3 && tw.ends_with("ed");
    for (size_t k = w; past_verb && k-- > 0 && w - k <= 6 && !words_[k].clause_break;)
      if (WordCue(k, "relative") != nullptr) past_verb = false;
    if ((LongSpanOf(w) && !past_verb) || (SummaryPlural(e) && e.status != "intent") || QuotedGeneralStatement(e)) return true;
    // "arrested for sharing videos of protests online": a bare event noun
    // right after a `depiction` cue (videos of, footage of, images of) is
    // what was filmed or shown, a kind of scene, not an act the report
    // tells ("footage of the protest in X", with its article, may be one).
    if (Latin(e) && AnyCue(sent_[w], "depiction", [&](const CueHit& c) { return c.w1 == w; }))
      return true;
    // A vow to go on that DropCampaignVows kept is a threat aimed where the
    // report's acts are ("would keep attacking police", "keep up the
    // bombardment"): neither a policy nor a reference back.
    if (VowToGoOn(e)) return false;
    // "Israel says it is targeting Hezbollah infrastructure": a generic word
    // after the lead that refers to no event told and names no place or
    // day of its own states a policy or a campaign.
    if (Generic(e) && e.sentence > lead && !ClauseHasDate(w) && (e.place < 0 || PlaceFromBefore(e)) && !e.fatalities &&
        !e.injuries)
      return true;
    // "Israel's offensive has killed more than 41,000": the war summed up.
    if (Generic(e) && e.cumulative && e.fatalities && !ClauseHasDate(w)) return true;
    return EnglishReference(e) && (KindOfEvent(w) || (e.sentence > lead && !ClauseHasDate(w)));
  });
}

// "Gunmen attacked the base, opening the assault with a suicide car bomb
// ... The fighting lasted five hours": an assault told with its opening
// blast is the blast and the clash that followed it (ACLED codes both).
// "The fighting" then refers to the assault, which the blast took over;
// a bombing's aftermath fought on the ground is news, not background.
bool Builder::FightingAfterBlast(size_t i) const {
  const std::vector<Event>& ev = doc_.events;
  const Event& e = ev[i];
  if (!EnglishReference(e) || e.acled_sub_event_type != "Armed clash" || !Happened(e.status)) return false;
  // Who fought whom and what it cost are the clash's own, not the blast's;
  // only the place and day must agree. The clash is told right after.
  Event probe = e;
  probe.actor1 = EventArgument{};
  probe.fatalities.reset(), probe.injuries.reset();
  // An assault told as its own clash as well ("stormed the hotel") is what
  // the fighting refers to: nothing is left to rescue.
  for (size_t j = 0; j < i; ++j)
    if (ev[j].acled_event_type == "Battles" && ev[j].sentence < e.sentence && e.sentence - ev[j].sentence <= 3)
      return false;
  for (size_t j = i; j-- > 0;) {
    const Event& o = ev[j];
    if (o.sentence >= e.sentence) continue;
    if (e.sentence - o.sentence > 1) break;
    if ((o.acled_sub_event_type == "Suicide bomb" || o.acled_sub_event_type == "Remote explosive/landmine/IED") &&
        Happened(o.status) && Corefer(o, probe))
      return true;
  }
  return false;
}

// A party's denial (نفت الجماعة احتجاز موظفين، "the army denied…") of an
// event the report told before as happening is that event disputed, not a
// second, negated event: the earlier record stands.
bool Builder::SameKind(const Event& a, const Event& b) {
  auto detention = [](const Event& e) {
    return e.acled_sub_event_type == "Arrests" || e.acled_sub_event_type == "Abduction/forced disappearance";
  };
  // Force used on a crowd is typed by who the crowd was (protesters,
  // rioters, a mob): a denial types it by its own words.
  auto crowd_force = [](const Event& e) {
    return e.acled_event_type == "Protests" || e.acled_event_type == "Riots" ||
           e.acled_event_type == "Violence against civilians";
  };
  return a.acled_event_type == b.acled_event_type || (detention(a) && detention(b)) ||
         (crowd_force(a) && crowd_force(b));
}

// "أحبطت الشرطة هجوماً"، "police foiled an attack": an attack averted
// without loss never took place, and no party says it did — no event of
// its own (the foiling may be one: a device defused, a clash).
bool Builder::AvertedByFoiling(const Event& e) const {
  if (e.status != "negated") return false;
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  if (AnyCue(static_cast<int32_t>(e.sentence), "foiled",
             [&](const CueHit& c) { return CueApplies(c, tw0, tw1, e.trigger); }))
    return true;
  // "لن تنسحب القوات"، "will not withdraw": a refusal of what is to come
  // tells no event, done or undone.
  return AnyCue(static_cast<int32_t>(e.sentence), "negation", [&](const CueHit& c) {
    return c.row->kind == "future" && CueApplies(c, tw0, tw1, e.trigger);
  });
}

bool Builder::Denied(const Event& e) const {
  return e.status == "negated" && AnyCue(static_cast<int32_t>(e.sentence), "negation",
                                         [](const CueHit& c) { return c.row->scope == "sentence" || c.row->scope == "onward"; });
}

// The place a denial names after its event word, in its clause ("denied
// any clashes in X"): a place before it is the denier's own (شرطة
// الديوانية) or where the statement was made.
// So is a place anaphor there ("denied arresting activists in the city",
// عن اعتقال ناشطين في المدينة, after a sentence on X): the town it refers
// back to is the denial's own.
bool Builder::DeniedAtOwnPlace(const Event& d) const {
  if (d.place < 0) return false;
  const size_t tw1 = trig_w_[d.trigger].second;
  if (AnyCue(static_cast<int32_t>(d.sentence), "place_anaphor", [&](const CueHit& c) {
        return c.w0 >= tw1 && c.w0 < words_.size() && clause_[c.w0] == clause_[tw1 - 1];
      }))
    return true;
  // "ونفى والي إليزي … توقيف منظمي المسيرة", "the governor of X denied":
  // the area of the official who governs it and denies (a `decreeing_body`
  // title right before a place — "of" between in English — before the
  // event word) is what the denial answers for, when the event is placed at
  // a town in it.
  for (int32_t q : Bucket(s_places_, static_cast<int32_t>(d.sentence))) {
    const size_t qw = place_w_[q].first;
    if (qw < tw1 && !Coarse(d.place) && (q == d.place || !PlacesApart(q, d.place)) &&
        AnyCue(static_cast<int32_t>(d.sentence), "decreeing_body", [&](const CueHit& c) {
          // Only one who governs the area (kind governor: والي، محافظ،
          // "the governor"); a police or operations command (قيادة شرطة X)
          // answers for its own deeds, the ones told before.
          return c.row->kind == "governor" &&
                 (c.w1 == qw || (c.w1 + 1 == qw && Latin(qw) && words_[c.w1].text() == "of"));
        }))
      return true;
  }
  if (PlaceFromBefore(d)) return false;
  const size_t pw = place_w_[d.place].first;
  return pw >= tw1 && clause_[pw] == clause_[tw1 - 1];
}

bool Builder::DeniesAnotherTarget(const Event& denial, const Event& told) const {
  const CueRow* target = WordCue(trig_w_[denial.trigger].second, "civilian_target");
  if (!target) return false;
  const size_t t0 = trig_w_[told.trigger].first;
  for (size_t w = 0; w < words_.size(); ++w)
    if (sent_[w] == sent_[t0] && clause_[w] == clause_[t0] && WordCue(w, "civilian_target") == target) return false;
  return true;
}

void Builder::DropDenialsOfReportedEvents() {
  std::vector<bool> gone(doc_.events.size(), false);
  // The denial names the crowd the force was used on (على المحتجين، "at the
  // protesters"): a bare "denied using live rounds" answers what was told.
  auto CrowdNamed = [&](const Event& e) {
    const size_t tw1 = trig_w_[e.trigger].second;
    for (size_t w = tw1; w < tw1 + 6 && w < words_.size() && clause_[w] == clause_[tw1 - 1]; ++w) {
      const int32_t a = ActorStartingAt(w);
      if (a < 0) continue;
      const std::string& inter = doc_.actors[a].acled_inter;
      if (inter == "Protesters" || inter == "Rioters") return true;
    }
    return false;
  };
  // A crowd in the told event's sentence or the one before: a crowd actor
  // named there, or a protest or riot told there.
  auto CrowdAround = [&](const Event& r) {
    const int32_t s = static_cast<int32_t>(r.sentence);
    for (int32_t k = std::max(0, s - 1); k <= s; ++k)
      for (int32_t a : Bucket(s_actors_, k)) {
        const std::string& inter = doc_.actors[a].acled_inter;
        if (inter == "Protesters" || inter == "Rioters") return true;
      }
    return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
      return (o.acled_event_type == "Protests" || o.acled_event_type == "Riots") &&
             static_cast<int32_t>(o.sentence) >= s - 1 && static_cast<int32_t>(o.sentence) <= s;
    });
  };
  // "The police said officers had not opened fire", قالت الشرطة إن عناصرها
  // لم يطلقوا النار: force a speaker says was not used (a negation of its
  // own verb, in a sentence with a verb of saying) answers the account of
  // lethal force on a crowd told before as a denial does.
  auto SaidAbsence = [&](const Event& e) {
    if (e.status != "negated") return false;
    return AnyCue(static_cast<int32_t>(e.sentence), "attribution", [](const CueHit& c) { return c.row->scope == "quote"; });
  };
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& d = doc_.events[i];
    const bool said_only = !Denied(d);
    if (said_only && !SaidAbsence(d)) continue;
    const std::string da = d.actor1.actor >= 0 ? doc_.actors[d.actor1.actor].id : "";
    for (size_t j = 0; j < i; ++j) {
      const Event& r = doc_.events[j];
      // Said so, only of lethal force on a crowd told before (the police
      // answering for live fire): other acts a speaker says did not happen
      // are events of their own.
      if (said_only && r.acled_sub_event_type != "Excessive force against protesters") continue;
      // Told before the denial: in an earlier sentence, or earlier in its
      // own (اعتقلت 12 …، بينما نفت الكتيبة اعتقال أي من مقاتليها).
      const bool before = r.sentence < d.sentence || (r.sentence == d.sentence && trig_w_[r.trigger].first < trig_w_[d.trigger].first);
      if (gone[j] || !before || !Happened(r.status) || !SameKind(r, d)) continue;
      // A denial of lethal force on a crowd (نفت استخدام الذخيرة الحية ضد
      // المحتجين، "denied firing live rounds at the protesters") disputes
      // lethal force told before, not the crowd's own protest or riot nor
      // its dispersal by other means (tear gas, batons: a protest with
      // intervention): those stay, and the denied force is an event of its
      // own, negated.
      if (d.acled_sub_event_type == "Excessive force against protesters" && CrowdNamed(d) &&
          r.acled_sub_event_type != "Excessive force against protesters" &&
          (r.acled_event_type == "Protests" || r.acled_event_type == "Riots"))
        continue;
      // ونفت الشرطة أن تكون قواتها قد أطلقت النار على المتظاهرين, "denied
      // firing at the protesters", after soldiers' fire at a bomber or an
      // armed party told where no crowd is (no crowd named and no protest or
      // riot in its sentence or the one before): the denial is of force on
      // the crowd, another act, negated on its own; the fire told stays.
      // So for any kind of act: a denied arrest of protesters (نفى … إلقاء
      // القبض على أي من العمال المحتجين) after an arrest of brawlers told
      // where no crowd is disputes no arrest told; it is negated on its own.
      if (CrowdNamed(d) && !CrowdAround(r)) continue;
      // نافياً أن تكون الحركة قد دخلت البلدة after the group's claim that it
      // repelled an attack there: a denied change of hands disputes a change
      // of hands, not the fight told before: the fight stays, and the denied
      // capture is an event of its own. (A denied fight after a capture told
      // — نفت … خسارة أي موقع، وقالت إن قواتها صدّت الهجوم — is the losing
      // side's account of that battle.)
      if (d.acled_event_type == "Battles" && d.acled_sub_event_type != "Armed clash" &&
          r.acled_sub_event_type == "Armed clash")
        continue;
      // نفت الخلية استخدام التنظيم غازات سامة، "denied using toxic gas"
      // after a roadside bomb told: a denial of poison gas disputes a gas
      // attack only; the blast stays, and the denied gas is negated on its own.
      if ((d.acled_sub_event_type == "Chemical weapon") != (r.acled_sub_event_type == "Chemical weapon")) continue;
      if (d.time_basis == "text" && DayOf(d) != DayOf(r)) continue;  // "no new clashes on Wednesday"
      // "نفى المحافظ وقوع أي اشتباكات داخل المدينة نفسها"، "denied any
      // fighting in X" after a clash told at Y: a denial that names a place
      // of its own, apart from the told event's, answers for that place — a
      // second, negated event there, not the first one disputed.
      if (DeniedAtOwnPlace(d) && r.place >= 0 && PlacesApart(d.place, r.place)) continue;
      // The denial names the same parties (its genitive may be the victims: احتجاز صحفيين).
      const std::string ra = Actor1Of(r);
      // Unnamed arms of one state ("the authorities" deny what "the
      // security forces" did) are one party until coded by the place.
      auto unnamed_state = [&](const std::string& id) {
        const ActorInfo* info = lex_.Actor(id);
        return info && info->country.empty() && info->acled_inter == "State forces";
      };
      // Force on a crowd is the state's: the police denies what the
      // security forces were told to have fired (state forces of one
      // country, or unnamed ones, are one party to a crowd's account).
      auto state_of = [&](const std::string& id) -> const ActorInfo* {
        const ActorInfo* info = lex_.Actor(id);
        return info && info->acled_inter == "State forces" ? info : nullptr;
      };
      const ActorInfo* ds = da.empty() ? nullptr : state_of(da);
      const ActorInfo* rs = ra.empty() ? nullptr : state_of(ra);
      const bool crowd_force_denied = d.acled_sub_event_type == "Excessive force against protesters" &&
                                      r.acled_sub_event_type == d.acled_sub_event_type && ds && rs &&
                                      (ds->country.empty() || rs->country.empty() || ds->country == rs->country);
      // ونفى متحدث باسم طالبان وقوع أي هجوم في أندراب after the front's claim
      // that its fighters attacked a Taliban post there: a fight has two
      // sides, and one whose other side is not yet named (read later from the
      // dyad) may be denied by that other side — the same fight disputed.
      const bool other_side_of_fight = r.acled_sub_event_type == "Armed clash" &&
                                       d.acled_sub_event_type == "Armed clash" && r.actor2.actor < 0 &&
                                       !r.actor2.implicit && InterOf(d.actor1) != "Civilians";
      const bool same_party = da.empty() || ra.empty() || lex_.Related(da, ra) || da == Actor2Of(r) ||
                              (unnamed_state(da) && unnamed_state(ra)) || crowd_force_denied || other_side_of_fight;
      if (!same_party) continue;
      if (DeniesAnotherTarget(d, r)) continue;
      gone[i] = true;
      break;
    }
  }
  DropGone(gone);
}

// English verbs that need a complement to be an event: a crowd marches
// somewhere ("marched through the capital"), while "marched the hostages
// into the bush" (a `march_object` cue after it) is a captor's act; a withdrawal leaves somewhere
// ("withdrew from the town", "pulled out of"), while "before withdrawing"
// or "until they retreated" closes the tale of an attack.
bool Builder::EnglishWithoutComplement(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  if (!Latin(tr)) return false;
  const size_t w1 = trig_w_[e.trigger].second;
  if (e.acled_sub_event_type == "Peaceful protest" && words_[trig_w_[e.trigger].first].text().starts_with("march") &&
      !Definite(e)) {
    return WordCue(w1, "march_object") != nullptr;
  }
  // "fired on"/"fired at" take their target after the preposition; when a
  // day ("had been fired on Friday") or a count ("fired at least 40 shells")
  // follows instead, the preposition was the date's or the figure's, and
  // nobody was named fired on.
  if (tr.lemma == "shoot" && w1 > 0 && w1 - 1 > trig_w_[e.trigger].first) {
    const std::string_view prep = words_[w1 - 1].text();
    if (prep == "on" || prep == "at" || prep == "upon") {
      if (w1 < words_.size() && words_[w1].text() == "least") return true;
      // "rockets fired at Belgorod", "artillery fired on the town", "12
      // drones fired at": a heavy weapon, or projectiles counted, did the
      // firing, no gunfire; its strike is told by its own words. "A drone
      // fired on fishermen" is that drone's strike, kept (KindFromWeaponSubject).
      const size_t tw0 = trig_w_[e.trigger].first;
      if (tw0 > 0)
        if (const CueRow* weapon = WordCue(tw0 - 1, "weapon"))
          if (weapon->kind == "heavy-weapons" || (tw0 > 1 && words_[tw0 - 2].number)) return true;
      if (sent_[w1 - 1] >= 0)
        for (int32_t d : Bucket(s_dates_, sent_[w1 - 1]))
          if (date_w_[d].first == w1) return true;
    }
  }
  if (e.acled_sub_event_type == "Non-violent transfer of territory" && LemmaCue(tr, "withdrawal")) {
    for (size_t k = w1; k < w1 + 5 && k < words_.size() && clause_[k] == clause_[w1 - 1]; ++k)
      if (words_[k].text() == "from" || words_[k].text() == "of") return false;
    return true;
  }
  return false;
}

// "Thousands of residents fled across the border", نزح الأهالي وفرّوا من
// القرية, "the prime minister fled the country": only armed forces that flee
// give up territory; people fleeing is displacement, no event ACLED codes.
// Nor does a crowd that falls back (تراجع المحتجون) hand over any ground.
bool Builder::UnarmedFlight(const Event& e) const {
  if (e.acled_sub_event_type != "Non-violent transfer of territory") return false;
  const std::string inter = InterOf(e.actor1);
  if (inter == "Civilians" || inter == "Protesters" || inter == "Rioters") return true;
  const TriggerMention& tr = doc_.triggers[e.trigger];
  if (!LemmaCue(tr, "flight")) return false;
  // نساء تمكنّ من الفرار، حاولا الفرار: a flight word right after a word of
  // trying or managing (`escape` cue, in its clause; the cues are Arabic
  // rows only today) is people getting away, whoever the sentence names
  // near it.
  const size_t tw0 = trig_w_[e.trigger].first;
  if (AnyCue(static_cast<int32_t>(e.sentence), "escape",
             [&](const CueHit& c) { return c.w1 <= tw0 && tw0 - c.w1 <= 1 && c.clause == clause_[tw0]; }))
    return true;
  return e.actor1.actor < 0 || inter.empty();
}

void Builder::DropWithoutComplement() {
  std::erase_if(doc_.events, [&](const Event& e) { return EnglishWithoutComplement(e) || UnarmedFlight(e); });
}

}  // namespace marsad::events_internal
