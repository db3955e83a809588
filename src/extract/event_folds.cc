#include "extract/event_builder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "text/normalize.h"

namespace marsad::events_internal {

namespace {

// A quotation mark or bracket standing as a word of its own.
bool QuoteMark(std::string_view w) {
  for (const std::string_view mark : {"\xC2\xAB", "\xC2\xBB", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "(", ")"})
    if (w == mark) return true;
  return false;
}

// A device, projectile or cache stopped before use: ACLED disrupted weapons
// use, PLOVER COERCE / intercept.
void MarkDisruptedWeaponsUse(Event& e) {
  e.acled_event_type = "Strategic developments";
  e.acled_sub_event_type = "Disrupted weapons use";
  e.plover_event_type = "COERCE";
  e.plover_mode = "intercept";
}

}  // namespace

// "Al-Shabaab said it had killed 13 soldiers": a party's own toll, told
// after the event, is its claim about that event (a higher figure raises
// the toll's high bound), not a battle of its own. A toll word made an
// event only because it named its perpetrator (AttachCasualty) is such a
// claim when it is claimed or hedged and an earlier violent event of the
// three sentences before agrees with it; a place read without "in"/"at"
// ("its Andalus radio") does not tell where it happened.
void Builder::FoldClaimedTolls() {
  std::vector<Event>& ev = doc_.events;
  // "وفي مدينة جعار، قتل مسلحون …", "in the town of X": a town told after
  // "in" and its settlement noun (the `settlement` cues; English puts "of"
  // and maybe "the" between) is where the toll was, as surely as "in X".
  const auto in_settlement = [&](int32_t p) {
    size_t w = place_w_[p].first;
    if (w >= 2 && Latin(w) && words_[w - 1].text() == "of") --w;
    if (w < 2 || WordCue(w - 1, "settlement") == nullptr) return false;
    size_t k = w - 2;
    if (Latin(w) && k > 0 && (words_[k].text() == "the" || words_[k].text() == "The")) --k;
    return InWord(k);
  };
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (doc_.triggers[ev[i].trigger].acled_event_type != "casualty") continue;
    // A running total ("has killed more than 40,000") is no claim about one event.
    if (PresentPerfect(trig_w_[ev[i].trigger].first) || ev[i].cumulative) continue;
    const bool told = !ev[i].attribution_source.empty() || !ev[i].attribution_kind.empty();
    if (ev[i].status != "claimed" && ev[i].status != "hedged" && !told &&
        !FigureDoubted(static_cast<int32_t>(ev[i].sentence)))
      continue;
    Event probe = ev[i];
    probe.fatalities.reset(), probe.injuries.reset();
    // "وزعمت الحركة أنها قتلت 22 جندياً": the dead the claim counts (the
    // noun right after its count), read as the verb's subject, are no doer.
    if (const int32_t a = probe.actor1.actor; a >= 0 && victim_[a]) {
      const size_t aw = actor_w_[a].first;
      for (int32_t n : Bucket(s_numbers_, sent_[aw]))
        if (num_w_[n].second == aw) probe.actor1 = EventArgument{};
      // «قضينا على عنصرين من حزب الله»: the dead named right after the
      // verb (a victim mention 0-2 words after it, in its clause: its
      // object, whatever its form) are no doer either.
      const size_t tw1 = trig_w_[ev[i].trigger].second;
      if (aw >= tw1 && aw <= tw1 + 2 && clause_[aw] == clause_[tw1 - 1]) probe.actor1 = EventArgument{};
    }
    // "near X", قرب X (an `anaphor_relation` word right before the town)
    // tells where the toll was as "in X" does: a claim at another place is
    // no account of the event told before.
    const auto near = [&](int32_t p) {
      const size_t w = place_w_[p].first;
      return w > 0 && WordCue(w - 1, "anaphor_relation") != nullptr;
    };
    if (probe.place >= 0 && !AfterIn(probe.place) && !in_settlement(probe.place) && !near(probe.place)) probe.place = -1;
    for (size_t j = i; j-- > 0;) {
      if (gone[j] || ev[j].sentence >= ev[i].sentence) continue;
      if (ev[i].sentence - ev[j].sentence > 3) break;
      if (!Violent(ev[j].acled_event_type) || !Corefer(ev[j], probe)) continue;
      Event claim = std::move(ev[i]);
      claim.place = probe.place;
      Absorb(ev[j], std::move(claim), false);
      gone[i] = true;
      break;
    }
  }
  DropGone(gone);
}

bool Builder::PropertyObject(const Event& e) const {
  // (English puts an article between: "demolished the house".)
  for (size_t k = trig_w_[e.trigger].first; k <= trig_w_[e.trigger].second + 1 && k < words_.size(); ++k)
    if (const CueRow* g = WordCue(k, "goods"); g != nullptr && g->kind == "property") return true;
  return false;
}

// "Militants stormed a base in X, killing nine soldiers. The group said its
// fighters had killed 20", وأعلن التنظيم أنه قتل 30 جندياً: a party retelling, after the news, a deed of
// the kind just told — its own forces (`own_forces`) or the speaker itself
// (`speaker_anaphor` right after the speech frame) as the doer — gives its
// account of that event, not another one. It joins the latest happened
// event of its ACLED type in the three sentences before, at the same place
// and day (a day named before the deed dates the statement: "said on
// Sunday that its fighters had repelled…"); its figure is the party's
// claim (Absorb). Captures stay: each site a party says it took is news.
bool Builder::OwnAccountOfDeed(const Event& e) const {
  if (TerritoryTaken(e) || doc_.triggers[e.trigger].voice == "passive" || AnotherOfKind(e)) return false;
  // "The group warned that it would attack police in X": a threat is no
  // account of a deed done, whoever its subject; it stays an intent event.
  if (e.status == "intent") return false;
  if (e.acled_event_type != "Battles" && e.acled_event_type != "Explosions/Remote violence") return false;
  const size_t tw0 = trig_w_[e.trigger].first;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  size_t subject = SIZE_MAX;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (c.row->type != "own_forces" && c.row->type != "speaker_anaphor") continue;
    if (c.w1 > tw0 || tw0 - c.w1 > 1) continue;
    subject = std::min(subject, c.w0);
  }
  if (subject == SIZE_MAX) return false;
  // The speech frame: a speech verb ending at most three words before the
  // subject ("said in a statement that its fighters", "claimed it").
  return AnyCue(sentence, "attribution", [&](const CueHit& c) { return c.w1 <= subject && subject - c.w1 <= 3; });
}

// The party telling its deed fought in the event told before: it is that
// event's actor 1 or 2, or the side it could be is not known — no actor 2,
// or a doer told only by description ("gunmen", "militants": no country).
// Those a deed killed being civilians, a force saying it fought there
// ("peacekeepers exchanged fire with the assailants") tells its own clash.
bool Builder::OneSideOf(const Event& account, const Event& told) const {
  const std::string teller = Actor1Of(account);
  if (teller.empty()) return true;
  if (told.civilian_fatalities && !account.civilian_fatalities) return false;
  const auto is_teller = [&](const std::string& x) { return x == teller || lex_.Related(x, teller); };
  // "Clashes broke out between X and Y … the army said one of its units
  // returned fire": a fight told as one between two sides the teller is not
  // named among is theirs; the teller's is its own (BetweenOthers).
  if (BetweenOthers(told, teller)) return false;
  const bool doer_open = told.actor1.actor < 0 || doc_.actors[told.actor1.actor].country.empty();
  if (doer_open || is_teller(Actor1Of(told))) return true;
  // The target of a strike saying it fired is hitting back, another event;
  // only a fight has the teller as its other side.
  return told.acled_event_type == "Battles" && (told.actor2.actor < 0 || is_teller(Actor2Of(told)));
}

void Builder::FoldOwnAccounts() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  // "Three shells fell near the town on Friday … The front had said on
  // Wednesday that its units shelled army positions east of the town",
  // وكانت الجبهة قد أعلنت يوم الأربعاء أن وحداتها قصفت: a statement dated
  // (a day named before the deed) earlier than the day of the event told
  // before cannot retell that event — it tells an earlier deed of its own.
  const auto stated_before = [&](const Event& account, const Event& told) {
    if (account.date < 0 || told.date < 0 || date_w_[account.date].first >= trig_w_[account.trigger].first) return false;
    const std::string& said = doc_.dates[account.date].value;
    const std::string& done = doc_.dates[told.date].value;
    return said.size() == 10 && done.size() == 10 && said < done;  // two days, YYYY-MM-DD
  };
  for (size_t i = 0; i < ev.size(); ++i) {
    if (!OwnAccountOfDeed(ev[i])) continue;
    Event probe = ev[i];
    probe.actor1 = EventArgument{};
    probe.fatalities.reset(), probe.injuries.reset();
    probe.status = "reported";
    if (probe.date >= 0 && date_w_[probe.date].first < trig_w_[probe.trigger].first) probe.date = -1, probe.time_basis.clear();
    for (size_t j = i; j-- > 0;) {
      if (gone[j] || ev[j].sentence >= ev[i].sentence) continue;
      if (ev[i].sentence - ev[j].sentence > 3) break;
      if (ev[j].acled_event_type != ev[i].acled_event_type || !Happened(ev[j].status)) continue;
      if (!Corefer(ev[j], probe) || !OneSideOf(ev[i], ev[j]) || stated_before(ev[i], ev[j])) continue;
      if (ev[i].place >= 0 && ev[j].place >= 0 && PlaceKeyOf(ev[i]) != PlaceKeyOf(ev[j]) &&
          !Encloses(ev[i].place, ev[j].place) && !Encloses(ev[j].place, ev[i].place))
        continue;
      // A party's own count of whom it killed is its claim, whatever its
      // speech verb (أعلن، "announced"): a larger figure is the high bound.
      Event account = std::move(ev[i]);
      account.status = "claimed";
      Absorb(ev[j], std::move(account), false);
      gone[i] = true;
      break;
    }
  }
  DropGone(gone);
}

// "Al-Shabaab claimed the attack, saying it killed more than 30", تبنت
// الحركة التفجير: the deed named right after a claim of responsibility is
// the violent event told before it, in its sentence or the three before,
// not another one;
// the claimant's figure then raises that event's high bound (Absorb).
void Builder::FoldResponsibilityClaims() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (const CueHit& c : cues_) {
    if (c.row->type != "responsibility") continue;
    for (size_t i = 0; i < ev.size(); ++i) {
      const size_t tw0 = trig_w_[ev[i].trigger].first;
      if (gone[i] || static_cast<int32_t>(ev[i].sentence) != c.sentence || tw0 < c.w0) continue;
      // Arabic names the claimant between the verb and the deed (تبنّى
      // تنظيم القاعدة في جزيرة العرب التفجير): words of an actor may stand
      // between, as two other words may.
      bool claimant_between = tw0 > c.w1;
      for (size_t k = c.w1; k < tw0 && claimant_between; ++k)
        claimant_between = !words_[k].clause_break && InActorMention(k, c.sentence);
      if (tw0 > c.w1 + 2 && !claimant_between) continue;
      if (!Violent(ev[i].acled_event_type)) continue;
      for (size_t j = ev.size(); j-- > 0;) {
        // The deed may be told earlier in the claim's own sentence ("a
        // bomb hit the convoy, and the group claimed the bombing").
        if (gone[j] || j == i || static_cast<int32_t>(ev[j].sentence) > c.sentence) continue;
        if (static_cast<int32_t>(ev[j].sentence) == c.sentence && trig_w_[ev[j].trigger].second > c.w0) continue;
        if (c.sentence - static_cast<int32_t>(ev[j].sentence) > 3) continue;
        if (!Violent(ev[j].acled_event_type) || !Happened(ev[j].status)) continue;
        Absorb(ev[j], std::move(ev[i]), false);
        gone[i] = true;
        break;
      }
    }
  }
  DropGone(gone);
}

// "We woke up to two blasts, then heard gunfire", استيقظنا على انفجارين ثم
// سمعنا إطلاق نار: what a witness heard is how the attack the report told
// before sounded to him (`perceived` cues), not another event. A violent
// word a few words after such a cue joins the latest violent event told
// before its sentence; the witness's words add nothing to it. So does the
// act a party condemns (`reaction` cues: أدانت الحكومة استهداف الاجتماع،
// "the ministry condemned the attack"), right after the cue; condemned and
// told nowhere before, it stands.
void Builder::FoldPerceivedEvents() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (const CueHit& c : cues_) {
    const bool reaction = c.row->type == "reaction";
    if (c.row->type != "perceived" && !reaction) continue;
    const size_t reach = reaction ? 3 : 12;
    // "Gunfire and explosions were heard": a passive of hearing (scope
    // `preceding`) tells what was heard in the few words before it.
    const bool before = c.row->scope == "preceding";
    for (size_t i = 0; i < ev.size(); ++i) {
      const size_t tw0 = trig_w_[ev[i].trigger].first, tw1 = trig_w_[ev[i].trigger].second;
      if (gone[i] || static_cast<int32_t>(ev[i].sentence) != c.sentence) continue;
      if (before ? (tw1 > c.w0 || c.w0 - tw1 > 4) : (tw0 <= c.w1 || tw0 > c.w1 + reach)) continue;
      if (!Violent(ev[i].acled_event_type)) continue;
      Event probe = ev[i];
      probe.date = -1, probe.time_basis.clear(), probe.quote = -1;
      probe.actor1 = EventArgument{};
      probe.fatalities.reset(), probe.injuries.reset();
      if (probe.place >= 0 && !AfterIn(probe.place)) probe.place = -1;
      // "Explosions were heard as the army battled the rebels": the fighting
      // its own sentence tells is what was heard.
      if (before) {
        for (size_t j = 0; j < ev.size() && !gone[i]; ++j) {
          if (gone[j] || j == i || ev[j].sentence != ev[i].sentence || trig_w_[ev[j].trigger].first <= c.w1) continue;
          if (!Violent(ev[j].acled_event_type) || !Happened(ev[j].status)) continue;
          probe.status = ev[j].status;
          if (Corefer(ev[j], probe)) gone[i] = true;
        }
        if (gone[i]) continue;
      }
      for (size_t j = ev.size(); j-- > 0;) {
        if (gone[j] || j == i || ev[j].sentence >= ev[i].sentence) continue;
        if (!Violent(ev[j].acled_event_type) || !Happened(ev[j].status)) continue;
        probe.status = ev[j].status;  // the witness tells it as done
        if (Corefer(ev[j], probe)) gone[i] = true;
        break;
      }
    }
  }
  DropGone(gone);
}

// "a drone and a ballistic missile were intercepted": the weapons named
// with an interception in its clause are what was stopped, not attacks.
// "The ministry said the attacks would continue": a campaign said to go on
// (its word's lemma a `campaign_vow` cue, the event intent) is the acts told
// before going on — of the kind of the latest violent act that happened
// before it ("bombarded positions … the attacks would continue": shelling),
// not the word's default fighting. A kind its own words gave (a weapon,
// a civilian target) stays.
void Builder::TypeVowedCampaigns() {
  for (Event& e : doc_.events) {
    if (e.status != "intent") continue;
    const TriggerMention& t = doc_.triggers[e.trigger];
    // The noun of a row told as intent ("attacks would continue"), not a
    // threat of a new deed ("would attack any truck", "keep attacking").
    if (t.default_status != "intent" || t.voice != "nominal" || !LemmaCue(t, "campaign_vow") ||
        e.acled_event_type != t.acled_event_type ||
        e.acled_sub_event_type != t.acled_sub_event_type)
      continue;
    const Event* last = nullptr;
    for (const Event& o : doc_.events) {
      if (&o == &e || !Violent(o.acled_event_type) || !Happened(o.status)) continue;
      if (doc_.triggers[o.trigger].span.begin >= t.span.begin) continue;
      if (!last || doc_.triggers[o.trigger].span.begin > doc_.triggers[last->trigger].span.begin) last = &o;
    }
    if (!last) continue;
    e.acled_event_type = last->acled_event_type;
    e.acled_sub_event_type = last->acled_sub_event_type;
    e.plover_event_type = last->plover_event_type, e.plover_mode = last->plover_mode;
  }
}

void Builder::FoldInterceptedWeapons() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].acled_sub_event_type != "Disrupted weapons use") continue;
    // English: "X and Y were intercepted"; an Arabic clause joins the
    // launch and its interception with و (أطلق صواريخ واعترضت معظمها).
    if (!Latin(ev[i])) continue;
    const int32_t clause = clause_[trig_w_[ev[i].trigger].first];
    for (size_t j = 0; j < ev.size(); ++j) {
      if (gone[j] || ev[j].acled_event_type != "Explosions/Remote violence" || ev[j].fatalities || ev[j].injuries)
        continue;
      if (doc_.triggers[ev[j].trigger].voice != "nominal" || clause_[trig_w_[ev[j].trigger].first] != clause) continue;
      gone[j] = true;
    }
  }
  DropGone(gone);
}

// Force used on a rioting crowd is part of the riot (ACLED: a violent
// demonstration with the force as actor 2), not an attack of its own:
// "troops opened fire on stone-throwing youths, killing a boy".
bool Builder::ForceOnCrowd(const Event& e) {
  const Label& sub = e.acled_sub_event_type;
  return sub == "Attack" || sub == "Excessive force against protesters" || sub == "Protest with intervention";
}

void Builder::FoldForceIntoRiots() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t r = 0; r < ev.size(); ++r) {
    if (ev[r].acled_sub_event_type != "Violent demonstration" || !Happened(ev[r].status)) continue;
    for (size_t f = 0; f < ev.size(); ++f) {
      if (f == r || gone[f] || !ForceOnCrowd(ev[f]) || ev[f].sentence != ev[r].sentence || ev[f].quote != ev[r].quote)
        continue;
      // Shooting people the report calls protesters stays excessive force.
      if (ev[f].acled_sub_event_type == "Excessive force against protesters" && ev[f].actor2.actor >= 0 &&
          InterOf(ev[f].actor2) == "Protesters")
        continue;
      if (!PlaceKeyOf(ev[f]).empty() && !PlaceKeyOf(ev[r]).empty() && PlaceKeyOf(ev[f]) != PlaceKeyOf(ev[r])) continue;
      // The force is actor 2; the crowd (set later when unnamed) actor 1.
      EventArgument force = ev[f].actor1;
      if (InterOf(ev[r].actor1) == "State forces") force = ev[r].actor1, ev[r].actor1 = EventArgument{};
      if (ev[r].actor2.actor < 0 && !ev[r].actor2.implicit && (force.actor >= 0 || force.implicit)) ev[r].actor2 = force;
      ev[f].actor1 = EventArgument{};
      ev[f].actor2 = EventArgument{};
      Absorb(ev[r], std::move(ev[f]), false);
      gone[f] = true;
    }
  }
  DropGone(gone);
}

// "Police dispersed the sit-in and detained a dozen students", فرّقت
// الشرطة التجمع واعتقلت عدداً منهم: arrests made in breaking up a crowd are
// how the force intervened in the protest (ACLED: protest with intervention
// or excessive force, the force as actor 2), not an event of their own.
// Arrests after a riot stay arrests: the crowd's violence is its own event
// and the round-up that follows is the authorities' ("police arrested 40
// people after demonstrators set a police station ablaze").
// "Police detained eight women who had gathered to demand …", "detained
// students who staged a sit-in", اعتقلت الشرطة طلاباً الذين …: the protest is
// told in a relative clause on those arrested — the arrest broke up that
// protest (ACLED: protest with intervention). A relative word after the
// arrest word, at most three words before the protest word, nothing told
// between.
bool Builder::ProtestOfTheArrested(const Event& arrest, const Event& protest) const {
  const size_t a1 = trig_w_[arrest.trigger].second, p0 = trig_w_[protest.trigger].first;
  if (p0 <= a1 || p0 - a1 > 12 || sent_[p0] != sent_[a1 - 1]) return false;
  return AnyCue(sent_[p0], "relative", [&](const CueHit& c) {
    if (c.w0 < a1 || c.w1 > p0 || p0 - c.w1 > 3) return false;
    for (const auto& [t0, t1] : trig_w_)
      if (t0 >= c.w1 && t0 < p0) return false;
    return true;
  });
}

void Builder::FoldArrestsIntoCrowdEvents() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t a = 0; a < ev.size(); ++a) {
    if (ev[a].acled_sub_event_type != "Arrests" || !Happened(ev[a].status)) continue;
    for (size_t c = 0; c < ev.size(); ++c) {
      Event& crowd = ev[c];
      const int rank = CrowdRank(crowd);
      const bool arrested_protesters = rank == 1 && ProtestOfTheArrested(ev[a], crowd);
      if (gone[c] || (rank != 2 && rank != 4 && !arrested_protesters) || !Happened(crowd.status) ||
          crowd.sentence != ev[a].sentence ||
          crowd.quote != ev[a].quote || DayOf(crowd) != DayOf(ev[a]))
        continue;
      const std::string pc = PlaceKeyOf(crowd), pa = PlaceKeyOf(ev[a]);
      if (!pc.empty() && !pa.empty() && pc != pa) continue;
      // The force that made the arrests intervened: actor 2 of the crowd's event.
      const EventArgument force = ev[a].actor1;
      if (crowd.actor2.actor < 0 && !crowd.actor2.implicit && force.actor != crowd.actor1.actor) crowd.actor2 = force;
      ev[a].actor1 = EventArgument{};
      ev[a].actor2 = EventArgument{};
      if (arrested_protesters) crowd.acled_sub_event_type = "Protest with intervention";
      Absorb(crowd, std::move(ev[a]), false);
      gone[a] = true;
      break;
    }
  }
  DropGone(gone);
}

// "حاولت قوة إسرائيلية التقدم نحو البلدة": a capture word up to three
// words after an `attempt` cue in its clause was tried, not achieved; what
// ACLED codes is the fighting it met.
//
// So is a seizing of property tried in a sentence that tells a battle
// (اشتباكات مع مسلحين حاولوا الاستيلاء على أرض زراعية): the fight is the
// event, nothing was looted.
void Builder::AttemptsAreFighting() {
  const auto battle_in_sentence = [&](const Event& e) {
    return std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
      return &o != &e && o.sentence == e.sentence && o.acled_sub_event_type == "Armed clash";
    });
  };
  for (Event& e : doc_.events) {
    const bool tried_looting =
        e.acled_sub_event_type == "Looting/property destruction" && e.plover_mode == "seize" && battle_in_sentence(e);
    if (!TerritoryTaken(e) && !tried_looting) continue;
    const size_t w = trig_w_[e.trigger].first;
    if (AnyCue(sent_[w], "attempt", [&](const CueHit& c) { return w >= c.w1 && w <= c.w1 + 3 && c.clause == clause_[w]; })) {
      e.acled_event_type = "Battles";
      e.acled_sub_event_type = "Armed clash";
    }
  }
  // "the protest turned into clashes with police", تحولت الاحتجاجات إلى
  // مواجهات مع قوات الأمن: a clash word up to two words after a `turned_into`
  // cue (the crowd word between in Arabic's verb-first order, or up to three
  // words before the cue) is the crowd's own violence, not a battle of armed
  // groups (ACLED: one violent demonstration, the force as actor 2; the
  // crowd's stages of its place and day meet it in MergeCrowdEvents).
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Armed clash") continue;
    const size_t w = trig_w_[e.trigger].first;
    const bool turned = AnyCue(sent_[w], "turned_into", [&](const CueHit& c) {
      if (c.w1 > w || w - c.w1 > 4 || c.clause != clause_[w]) return false;
      for (size_t t = 0; t < trig_w_.size(); ++t) {
        const size_t t0 = trig_w_[t].first;
        if (sent_[t0] != sent_[w] || CrowdRank(doc_.triggers[t].acled_sub_event_type) == 0) continue;
        // The crowd word: the cue verb's subject, just before it or just after it.
        if ((t0 < c.w0 && c.w0 - t0 <= 3) || (t0 >= c.w1 && t0 < w)) return true;
      }
      return false;
    });
    if (!turned) continue;
    e.acled_event_type = "Riots";
    e.acled_sub_event_type = "Violent demonstration";
    e.plover_event_type = "PROTEST";
    e.plover_mode = "riot";
  }
}

// "سقطت قذائف" is shells falling, not a town falling: a territory verb
// whose subject is a weapon word next to it is that weapon's event; so is a
// storming whose subject is a bomber or a bomb (اقتحم انتحاري).
void Builder::FoldFallingWeapons() {
  const std::vector<Event>& ev = doc_.events;
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Non-state actor overtakes territory" &&
        e.acled_sub_event_type != "Government regains territory")
      return -1;
    if (doc_.triggers[e.trigger].voice == "nominal") return -1;
    const size_t begin = trig_w_[e.trigger].first, end = trig_w_[e.trigger].second;
    for (size_t o = 0; o < ev.size(); ++o) {
      if (ev[o].acled_event_type != "Explosions/Remote violence") continue;
      const size_t o0 = trig_w_[ev[o].trigger].first, o1 = trig_w_[ev[o].trigger].second;
      // VSO (سقطت قذائف) or SVO (صواريخ محملة بالسارين قد سقطت، قذائف
      // أطلقتها قوات الدعم سقطت: the launcher's clause between).
      if ((o0 >= end && o0 <= end + 1) || (o1 <= begin && begin - o1 <= 5 && clause_[o0] == clause_[begin]))
        return static_cast<int32_t>(o);
    }
    return -1;
  });
  // "اقتحم انتحاري يقود سيارة مفخخة بوابة القاعدة"، "اقتحمت سيارة مفخخة
  // مدخل المعسكر": a storming whose subject, right after the verb (or right
  // before it), is the bomber or the bomb of an explosion told there is how
  // the bomb reached its target — the bombing ACLED codes, not a battle
  // beside it. Gunmen storming after the blast (أعقبه اقتحام مسلحين) have a
  // subject of their own and stay.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Armed clash" || doc_.triggers[e.trigger].voice == "nominal") return -1;
    const size_t begin = trig_w_[e.trigger].first, end = trig_w_[e.trigger].second;
    for (size_t o = 0; o < ev.size(); ++o) {
      if (ev[o].acled_event_type != "Explosions/Remote violence" || ev[o].sentence != e.sentence) continue;
      const size_t o0 = trig_w_[ev[o].trigger].first, o1 = trig_w_[ev[o].trigger].second;
      if ((o0 == end || o1 == begin) && clause_[o0] == clause_[begin]) return static_cast<int32_t>(o);
    }
    return -1;
  });
  // "الطائرة سقطت دون أن تحدث أضراراً": a weapon or aircraft word right
  // before or after the verb of falling is what fell, though no strike of it is told
  // there — never a town falling.
  std::erase_if(doc_.events, [&](const Event& e) {
    const TriggerMention& tr = doc_.triggers[e.trigger];
    if (!TerritoryTaken(e) || tr.voice == "nominal" || !LemmaCue(tr, "falling")) return false;
    const size_t end = trig_w_[e.trigger].second;
    size_t begin = trig_w_[e.trigger].first;
    if (begin > 0 && (words_[begin - 1].text() == "\"" || words_[begin - 1].text() == "\xC2\xAB")) --begin;  // الطائرة "سقطت، «
    return (begin > 0 && WordCue(begin - 1, "weapon")) ||
           (WordCue(end, "weapon") && clause_[end] == clause_[end - 1]);
  });
}

// Damage done by a strike or a battle told in its clause (دمرت الغارات
// المنازل، "shelling damaged homes") is part of that event, as ACLED codes
// it: not a second, property-destruction event.
void Builder::FoldDamageOfViolence() {
  // Drones and missiles destroyed in flight ("air defences destroyed 60
  // drones") were intercepted: disrupted weapons use, unless the sentence
  // tells the interception already (اعترضت ودمرت 16 مسيّرة: one event).
  for (Event& e : doc_.events) {
    if (!DestroysMilitaryTarget(e, /*projectile=*/true)) continue;
    const bool told = std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
      return o.sentence == e.sentence && o.acled_sub_event_type == "Disrupted weapons use";
    });
    if (told) continue;
    MarkDisruptedWeaponsUse(e);
  }
  // "found and blew up a cache of explosives", دمّرت خلال العملية مخبأً
  // يحتوي على قذائف: a cache of arms (`military_target` of kind
  // `stockpile`) destroyed, burned or blown up — its object within three
  // words after the word in its clause — was never used: disrupted weapons
  // use, like a device defused, not property destruction. A strike or a
  // battle told before it in its sentence ("the air strike destroyed a
  // weapons cache") is what destroyed it: the fold below makes them one.
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Looting/property destruction" || doc_.triggers[e.trigger].plover_mode != "destroy")
      continue;
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    const bool by_violence = std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& o) {
      return o.sentence == e.sentence && trig_w_[o.trigger].first < w0 &&
             (o.acled_event_type == "Explosions/Remote violence" || o.acled_event_type == "Battles");
    });
    if (by_violence) continue;
    // "كشفت ودمرت، إثر عملية بحث وتمشيط بجبال X، مخبأً يحتوي على …": an
    // aside between commas right after the word (how or where it was done)
    // stands between it and its object; the object counts from the aside's
    // closing comma.
    const auto comma = [&](size_t w) { return IsComma(words_[w].text()); };
    size_t from = w1;
    if (w1 < words_.size() && sent_[w1] == static_cast<int32_t>(e.sentence) && comma(w1))
      for (size_t w = w1 + 1; w < words_.size() && w <= w1 + 16 && sent_[w] == static_cast<int32_t>(e.sentence); ++w)
        if (comma(w)) {
          from = w + 1;
          break;
        }
    if (!AnyCue(static_cast<int32_t>(e.sentence), "military_target", [&](const CueHit& c) {
          return c.row->kind == "stockpile" && c.w0 >= from && c.w0 <= from + 3 &&
                 (c.clause == clause_[w0] || from != w1);
        }))
      continue;
    MarkDisruptedWeaponsUse(e);
  }
  // "قصفت الطائرة منزلاً ودمرته"، "هاجم مسلحون القرية وأحرقوا المنازل",
  // "gunmen stormed the village and burned homes": a damage verb joined by
  // "and" (و) to the verb of a strike, an attack or a riot told before it in
  // its sentence (in its clause, or the verb of the one before), with no subject of its
  // own and no other doer, is what that act did: ACLED codes the act, not a
  // second, property-destruction event. -1 if there is no such act.
  // Burning and plunder (`own_deed` cues: أحرق، نهب، "burned", "looted") are deeds of their
  // own, not what an attack or a battle did: armed men who abduct or kill
  // and then burn homes commit two events (ACLED codes the burning as
  // property destruction). A crowd's burning is its riot, burning after
  // a generic attack word (attacked, هاجم) is what the attack was, and
  // fire after a strike or a shelling is what its munitions set.
  const auto own_deed = [&](const Event& e) { return LemmaCue(doc_.triggers[e.trigger], "own_deed"); };
  const auto crowd_act = [&](const Event& o) {
    if (o.acled_event_type == "Riots") return true;
    const std::string a1 = InterOf(o.actor1);
    return a1 == "Protesters" || a1 == "Rioters" || (a1 == "Civilians" && o.actor1.actor >= 0);
  };
  const auto joined_damage_host = [&](const Event& e) -> int32_t {
    const TriggerMention& tr = doc_.triggers[e.trigger];
    if (tr.voice == "nominal" || tr.voice == "passive") return -1;
    const CueRow* deed_row = own_deed(e);
    const bool deed = deed_row != nullptr;
    // A burning (an `own_deed` row of kind `fire`), not a plunder.
    const bool burning = deed && deed_row->kind == "fire";
    const size_t w0 = trig_w_[e.trigger].first;
    // An English participle after a comma ("shelled the outskirts, setting
    // orchards on fire") goes on telling the act before it, as "and" does.
    const bool participle = Latin(e) && CommaParticiple(w0);
    const bool joined = AndOpens(w0, Latin(e)) || participle;
    if (!joined) return -1;
    if (SubjectRightAfter(e)) return -1;
    const bool property_object = PropertyObject(e);
    const std::vector<Event>& ev = doc_.events;
    int32_t host = -1;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& o = ev[i];
      if (o.sentence != e.sentence || trig_w_[o.trigger].second > w0) continue;
      // Arms found or seized and then destroyed or burned (عثرت على عبوات
      // ودمرتها، "seized the weapons and burned them") were disposed of: the
      // seizure, not a second event.
      const bool seizure = o.acled_sub_event_type == "Disrupted weapons use";
      if (!Violent(o.acled_event_type) && o.acled_event_type != "Riots" && !seizure) continue;
      // "blew up three bombs planted on the road and demolished the house of
      // a prisoner", فجّرت عبوات … وهدمت منزل أسير: people's property (a
      // `goods` word of kind `property`) as the damage verb's object is no
      // arms disposed of — a destruction of its own.
      if (seizure && property_object) continue;
      // Fire after a strike or a shelling (قصفت المدفعية أطراف البلدة
      // وأشعلت النار في البساتين، "shelled the outskirts, setting orchards
      // on fire") is what its munitions did, no burning by hand. Only a
      // burning, and only after an air strike or a shelling: plunder, or
      // anything after a bomb or a grenade, is a deed of its own.
      const bool fire_of_strike =
          burning && (o.acled_sub_event_type == "Air/drone strike" ||
                      o.acled_sub_event_type == "Shelling/artillery/missile attack");
      if (deed && !seizure && !crowd_act(o) && !Generic(o) && !fire_of_strike) continue;
      const int32_t oc = clause_[trig_w_[o.trigger].first];
      // The clause before only through its verb (هاجموا القرية، وأحرقوا),
      // never a noun of it (للتنديد بعجز الحكومة عن مواجهة العصابات).
      // A seizure's trigger often spans its object (عثرت على 40 عبوة), whatever its voice.
      if (oc != clause_[w0] && (oc + 1 != clause_[w0] || (doc_.triggers[o.trigger].voice == "nominal" && !seizure)))
        continue;
      if (DayOf(o) != DayOf(e)) continue;
      // A verb joined by "and" with no subject of its own shares the subject
      // of the verb before: a doer read from that verb's own object (ورشق
      // شبان الشرطة بالحجارة وأحرقوا سيارة: not the police) is a misreading.
      const bool object_as_doer = e.actor1.actor >= 0 && e.actor1.actor == o.actor2.actor;
      if (o.actor1.actor >= 0 && e.actor1.actor >= 0 && Actor1Of(o) != Actor1Of(e) && !object_as_doer) continue;
      host = static_cast<int32_t>(i);  // the latest such act
    }
    return host;
  };
  const std::vector<Event>& ev = doc_.events;
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Looting/property destruction") return -1;
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& o = ev[i];
      if (!Violent(o.acled_event_type) || clause_[trig_w_[o.trigger].first] != clause_[w0]) continue;
      const size_t o0 = trig_w_[o.trigger].first, o1 = trig_w_[o.trigger].second;
      // The strike is the damage verb's subject: right after it (VSO) or right before it.
      if ((o0 >= w1 && o0 <= w1 + 1) || (o1 <= w0 && w0 - o1 <= 1)) return static_cast<int32_t>(i);
    }
    // "an air strike by the air force destroyed a logistics camp", "a drone
    // strike near the berm on Tuesday had destroyed a pickup": a strike or
    // blast named earlier in the clause of a damage verb, no other event
    // word between, is its subject — what the strike did.
    // "tanks shelled the town almost daily and bulldozers demolished 30
    // buildings": an English damage verb with a subject of its own after
    // "and" (one or two words, an article and a noun; no adverb) tells
    // another doer's act, not what the strike did.
    const auto own_subject_after_and = [&] {
      if (!Latin(e) || w0 < 2) return false;
      const std::string_view before = words_[w0 - 1].text();
      if (!words_[w0 - 1].is_word || before.ends_with("ly") || before == "then" || before == "also" ||
          before == "later" || before == "again" || before.empty() || !std::islower(static_cast<unsigned char>(before[0])))
        return false;
      if (words_[w0 - 2].text() == "and") return true;
      return w0 >= 3 && words_[w0 - 3].text() == "and" && words_[w0 - 2].text() == "the";
    };
    if (doc_.triggers[e.trigger].voice != "nominal" && !own_subject_after_and())
      for (size_t i = ev.size(); i-- > 0;) {
        const Event& o = ev[i];
        const size_t o1 = trig_w_[o.trigger].second;
        if (o.sentence != e.sentence || o1 > w0) continue;
        if (o.acled_event_type != "Explosions/Remote violence" || clause_[trig_w_[o.trigger].first] != clause_[w0] ||
            w0 - o1 > 12)
          break;
        return static_cast<int32_t>(i);
      }
    if (const int32_t h = joined_damage_host(e); h >= 0) return h;
    if (const int32_t h = StrikeBeforeItsToll(e); h >= 0) return h;
    // "ضربة جوية استهدفت وكراً، ما أسفر عن تدمير الوكر", "shelling hit the
    // market, destroying shops": damage after a `result` cue, first or among
    // the outcomes joined in its clause (ما أدى إلى إصابة امرأتين وتدمير
    // منازل), is what the latest strike or battle before it did — in the
    // sentence, or in the one before when the sentence only elaborates it
    // (وأوضح المصدر أن الغارات طالت المنازل، ما أدى إلى تدمير…).
    const auto after_result = [&](const CueHit& c) { return w0 >= c.w1 && w0 <= c.w1 + 6 && c.clause == clause_[w0]; };
    const bool destroys_arms = DestroysMilitaryTarget(e);
    // "a grenade was hurled at the restaurant; nobody was hurt, but windows
    // and two cars were destroyed": damage told in the passive, no doer
    // named, after a blast or strike of its sentence is that blast's.
    const bool passive_damage =
        doc_.triggers[e.trigger].voice == "passive" && e.actor1.actor < 0 && e.plover_mode == "destroy";
    if (passive_damage)
      for (size_t i = 0; i < ev.size(); ++i)
        if (ev[i].sentence == e.sentence && trig_w_[ev[i].trigger].first < w0 &&
            ev[i].acled_event_type == "Explosions/Remote violence" && DayOf(ev[i]) == DayOf(e))
          return static_cast<int32_t>(i);
    if (!destroys_arms && !AnyCue(static_cast<int32_t>(e.sentence), "result", after_result) &&
        !(w0 > 0 && WordCue(w0 - 1, "result")))
      return -1;
    int32_t host = -1;
    for (size_t i = 0; i < ev.size(); ++i)
      if (ev[i].sentence <= e.sentence && ev[i].sentence + 1 >= e.sentence && trig_w_[ev[i].trigger].first < w0 &&
          (ev[i].acled_event_type == "Explosions/Remote violence" || ev[i].acled_event_type == "Battles"))
        host = static_cast<int32_t>(i);
    // Arms, vehicles or positions destroyed (اعترضت ودمرت طائرات مسيرة)
    // belong to any other event of the sentence, before or after.
    for (size_t i = 0; destroys_arms && host < 0 && i < ev.size(); ++i)
      if (ev[i].sentence == e.sentence && ev[i].acled_sub_event_type != e.acled_sub_event_type &&
          ev[i].acled_event_type != "none")
        host = static_cast<int32_t>(i);
    return host;
  });
  // Told alone, the destruction of the other side's arms is still a blow of
  // fighting ACLED codes by its fighting, never property destruction.
  std::erase_if(doc_.events, [&](const Event& e) {
    return e.acled_sub_event_type == "Looting/property destruction" && DestroysMilitaryTarget(e);
  });
}

// "A drone strike on the village on Thursday killed nine civilians,
// including four children, and destroyed a school": a damage verb joined by
// "and" (و) to a toll verb (a `casualty` word, no event of its own) shares
// that verb's subject — the strike or blast that is the last event word
// before it in its sentence, on its day, with no other event word between.
// ACLED codes the strike; the damage is what it did. -1 if none.
int32_t Builder::StrikeBeforeItsToll(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  if (tr.voice == "nominal" || tr.voice == "passive") return -1;
  const size_t w0 = trig_w_[e.trigger].first;
  if (!AndOpens(w0, Latin(e))) return -1;
  if (SubjectRightAfter(e)) return -1;
  // The nearest event word before the damage verb must be a toll verb.
  int32_t nearest = -1;
  for (int32_t u : Bucket(s_triggers_, sent_[w0]))
    if (u != e.trigger && trig_w_[u].second <= w0 && (nearest < 0 || trig_w_[u].first > trig_w_[nearest].first))
      nearest = u;
  if (nearest < 0 || doc_.triggers[nearest].acled_event_type != "casualty") return -1;
  const size_t toll0 = trig_w_[nearest].first;
  const std::vector<Event>& ev = doc_.events;
  int32_t host = -1;
  for (size_t i = 0; i < ev.size(); ++i)
    if (ev[i].sentence == e.sentence && trig_w_[ev[i].trigger].second <= toll0 &&
        (host < 0 || trig_w_[ev[i].trigger].first > trig_w_[ev[host].trigger].first))
      host = static_cast<int32_t>(i);
  if (host < 0 || ev[host].acled_event_type != "Explosions/Remote violence" || DayOf(ev[host]) != DayOf(e)) return -1;
  return host;
}

// "دمرت القوات أربع عربات"، "تدمير مقرات"، "دمرت خلالها أربع آليات",
// "destroyed 60 Ukrainian drones": a
// destruction word (`destruction` cue on its lemma: دمر، demolish) whose object, within three words after it in its clause
// (a subject, an adverb with its pronoun and a count between), is arms, a
// military vehicle, a hideout or a position (`military_target`); with
// `projectile`, a drone or missile (kind `projectile`).
bool Builder::DestroysMilitaryTarget(const Event& e, bool projectile) const {
  if (e.acled_sub_event_type != "Looting/property destruction" ||
      !LemmaCue(doc_.triggers[e.trigger], "destruction"))
    return false;
  const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
  // "destroyed 23 of 31 drones", "دمرت 12 من أصل 15 مسيرة": in a partitive
  // count between the word and its object, the "of" and the whole counted are
  // the count's own words: they do not push the object out of the window.
  const auto partitive_words = [&](size_t from, size_t to) {
    size_t extra = 0;
    for (int32_t a : Bucket(s_numbers_, static_cast<int32_t>(e.sentence))) {
      const size_t ae = num_w_[a].second;
      if (num_w_[a].first < from || ae >= to) continue;
      for (int32_t b : Bucket(s_numbers_, static_cast<int32_t>(e.sentence))) {
        const size_t bw = num_w_[b].first;
        if (bw <= ae || num_w_[b].second > to || bw - ae > 2) continue;
        bool of = true;
        for (size_t k = ae; k < bw && of; ++k) {
          const std::string_view t = words_[k].text();
          of = t == "of" || t == "out" || t == "\xD9\x85\xD9\x86" || t == "\xD8\xA3\xD8\xB5\xD9\x84";  // من، أصل
        }
        if (of) extra += num_w_[b].second - ae;
      }
    }
    return extra;
  };
  return AnyCue(static_cast<int32_t>(e.sentence), "military_target",
                [&](const CueHit& c) {
                  return c.w0 >= w1 && c.w0 <= w1 + 3 + partitive_words(w1, c.w0) &&
                         c.clause == clause_[w0] && (!projectile || c.row->kind == "projectile");
                });
}

// "A new wave of looting, as gunmen stormed homes and shops": a storming
// whose object is homes, shops or a market (`civilian_target`), told in the
// sentence of a looting, is how the looting was done, not a battle. The
// looting keeps its own parties: the storming's subject and object are its
// doers and the property, no dyad of a fight.
void Builder::FoldRaidsIntoLooting() {
  const std::vector<Event>& ev = doc_.events;
  const auto looting_in = [&](uint32_t sentence) {
    return std::any_of(ev.begin(), ev.end(), [&](const Event& o) {
      return o.sentence == sentence && o.acled_sub_event_type == "Looting/property destruction";
    });
  };
  const auto raid = [&](const Event& e) {
    if (e.acled_sub_event_type != "Armed clash" || !looting_in(e.sentence)) return false;
    const size_t w1 = trig_w_[e.trigger].second;
    return AnyCue(static_cast<int32_t>(e.sentence), "civilian_target", [&](const CueHit& c) {
      return c.w0 >= w1 && c.w0 <= w1 + 8 && clause_[c.w0] == clause_[w1 - 1];  // a VSO subject between
    });
  };
  // A raid that killed or wounded people (هجوم على قرية قُتل فيه سبعة،
  // سرقوا خلاله الماشية) is the violence ACLED codes; what the raiders took
  // or burned during it is part of that event, not the event.
  const auto deadly = [&](const Event& e) { return (e.fatalities || e.injuries) && raid(e); };
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Looting/property destruction") return -1;
    for (size_t i = 0; i < ev.size(); ++i)
      if (ev[i].sentence == e.sentence && DayOf(ev[i]) == DayOf(e) && deadly(ev[i])) return static_cast<int32_t>(i);
    return -1;
  });
  std::erase_if(doc_.events, [&](const Event& e) { return raid(e) && !e.fatalities && !e.injuries; });
}

// A verb of remote violence and the weapon or bomber named right after it
// (فجّر انتحاري سيارة مفخخة، "detonated an IED") are one event, of the
// noun's kind; so is the weapon or bomber as its subject, a few words
// before it in its clause ("a roadside bomb struck a patrol", طائرة مسيّرة
// تابعة للجيش قصفت). `told_end`: where a noun already folded after the
// verb ends; the next one may follow it.
bool Builder::WeaponOfVerb(size_t noun, size_t verb, size_t told_end) const {
  const Event &n = doc_.events[noun], &v = doc_.events[verb];
  const size_t n0 = trig_w_[n.trigger].first, n1 = trig_w_[n.trigger].second;
  const size_t v0 = trig_w_[v.trigger].first, v1 = std::max(trig_w_[v.trigger].second, told_end);
  if (n0 >= v1) return n0 <= v1 + 1;
  if (n1 > v0 || clause_[n0] != clause_[v0]) return false;
  // Marks around a name (مسيّرة تابعة لـ«قسد» قصفت, a drone 'of the "SDF"')
  // are no words of the distance, and a name between (صواريخ أطلقها الحرس
  // الثوري الإيراني ليل الخميس أصابت) counts as one word however long.
  size_t between = 0;
  for (size_t w = n1; w < v0; ++w) {
    if (QuoteMark(words_[w].text())) continue;
    bool inside_name = false;
    for (int32_t a : Bucket(s_actors_, sent_[v0]))
      inside_name |= actor_w_[a].first < w && w < actor_w_[a].second;
    between += !inside_name;
  }
  if (between > 4) return false;
  for (int32_t t : Bucket(s_triggers_, sent_[v0]))  // nothing else told between them
    if (trig_w_[t].first >= n1 && trig_w_[t].first < v0) return false;
  return true;
}

void Builder::FoldAdjacentWeapons() {
  // "سقطت قذيفة أطلقتها طائرة مسيّرة على منزل", "a grenade dropped by a
  // drone": a weapon noun whose launcher (a `launcher` cue right after it)
  // is an aircraft's word is what that air strike was made with — one
  // Air/drone strike, as ACLED codes a drone's munition, not a shelling or
  // a blast beside it.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_event_type != "Explosions/Remote violence" || e.acled_sub_event_type == "Air/drone strike" ||
        doc_.triggers[e.trigger].voice != "nominal")
      return -1;
    const size_t n1 = trig_w_[e.trigger].second;
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    for (size_t o = 0; o < doc_.events.size(); ++o) {
      const Event& a = doc_.events[o];
      if (a.sentence != e.sentence || a.acled_sub_event_type != "Air/drone strike" || doc_.triggers[a.trigger].voice != "nominal") continue;
      const size_t a0 = trig_w_[a.trigger].first;
      if (a0 <= n1) continue;
      if (AnyCue(sentence, "launcher",
                 [&](const CueHit& c) { return c.w0 >= n1 && c.w0 <= n1 + 1 && a0 >= c.w1 && a0 <= c.w1 + 1; }))
        return static_cast<int32_t>(o);
    }
    return -1;
  });
  // قذيفة أطلقتها مسيّرة مجهولة، "a shell fired by a drone": the aircraft's
  // word read as its owner (an unknown drone is an actor) tells no strike of
  // its own to fold into, but the weapon is still its munition.
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Explosions/Remote violence" || e.acled_sub_event_type == "Air/drone strike" ||
        e.acled_sub_event_type == "Chemical weapon" || doc_.triggers[e.trigger].voice != "nominal")
      continue;
    const size_t n1 = trig_w_[e.trigger].second;
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    const bool by_aircraft = AnyCue(sentence, "launcher", [&](const CueHit& c) {
      if (c.w0 < n1 || c.w0 > n1 + 1) return false;
      for (size_t w = c.w1; w <= c.w1 + 2 && w < words_.size() && sent_[w] == sentence && !words_[w].clause_break; ++w)
        if (const CueRow* k = WordCue(w, "weapon"); k && k->kind == "aerial") return true;
      return false;
    });
    if (!by_aircraft) continue;
    e.acled_sub_event_type = "Air/drone strike";
    e.plover_mode = "aerial";
  }
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    const TriggerMention& verb = doc_.triggers[ev[i].trigger];
    // جراء انفجار قنبلة يدوية: a blast noun is told with its weapon right
    // after it as a blast verb is, one explosion. (After ب, بانفجار عبوة,
    // the noun is the means of the act told and folds as an instrument.)
    const bool blast_noun =
        verb.voice == "nominal" && !verb.instrument && LemmaCue(verb, "bare_blast");
    if (gone[i] || (verb.voice == "nominal" && !blast_noun) || ev[i].acled_event_type != "Explosions/Remote violence")
      continue;
    // The bomber and then his vehicle (فجّر انتحاري سيارة مفخخة): the
    // first noun tells the kind, the next one how it was done.
    size_t told_end = 0;
    for (size_t j = 0; j < ev.size(); ++j) {
      if (j == i || gone[j] || ev[j].acled_event_type != "Explosions/Remote violence" ||
          !WeaponOfVerb(j, i, told_end))
        continue;
      if (doc_.triggers[ev[j].trigger].voice != "nominal" || ev[j].status != ev[i].status) continue;
      if (blast_noun && trig_w_[ev[j].trigger].first < trig_w_[ev[i].trigger].first) continue;
      if (trig_w_[ev[j].trigger].first < trig_w_[ev[i].trigger].first) {
        if (told_end) continue;
        // The weapon as subject is the event told; the verb tells what it did
        // — unless what it did names a chemical agent (قذيفة أطلقت دخاناً
        // أصفر): the agent's kind outranks its carrier's, as in FoldInstruments.
        // Sides the noun only guessed give way to those the verb's own
        // clause names (طائرة مسيّرة تابعة لـX استهدفت سوقاً: X's strike on the market).
        const bool agent_kind = ev[i].acled_sub_event_type == "Chemical weapon";
        const auto told_in_clause = [&](const EventArgument& a, size_t w) {
          return a.actor >= 0 && !a.implicit && clause_[actor_w_[a.actor].first] == clause_[w];
        };
        const size_t noun_w = trig_w_[ev[j].trigger].first;
        if (told_in_clause(ev[i].actor1, noun_w) && !told_in_clause(ev[j].actor1, noun_w)) {
          ev[j].actor1 = ev[i].actor1;
          if (ev[i].actor2.actor >= 0 && !ev[i].actor2.implicit) ev[j].actor2 = ev[i].actor2;
        }
        Absorb(ev[j], std::move(ev[i]), /*take_kind=*/agent_kind);
        gone[i] = true;
        break;
      }
      Event noun = std::move(ev[j]);
      const int32_t keep_trigger = ev[i].trigger;
      const size_t noun_end = trig_w_[noun.trigger].second;
      // A bomb or grenade a drone or aircraft drops (ألقت مسيرة عبوة ناسفة)
      // is what the air strike was made with: ACLED codes it Air/drone strike.
      // A generic verb ("a vehicle struck a roadside bomb") is no air strike
      // of its own: the bomb it ran into tells the kind.
      const bool dropped = ev[i].acled_sub_event_type == "Air/drone strike" && !verb.generic &&
                           (noun.acled_sub_event_type == "Remote explosive/landmine/IED" || noun.acled_sub_event_type == "Grenade");
      Absorb(ev[i], std::move(noun), /*take_kind=*/told_end == 0 && !dropped);
      ev[i].trigger = keep_trigger;
      gone[j] = true;
      told_end = noun_end;
      j = SIZE_MAX;  // look again right after the noun just folded (wraps to 0)
    }
  }
  DropGone(gone);
}

// A weapon named as the means of an action (قصفت بالمدفعية، "fought with
// grenades", صواريخ محملة بغاز السارين) is that action, not another event.
// It tells the kind of remote violence or of a generic attack; a battle
// stays a battle.
void Builder::FoldInstruments() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (!doc_.triggers[ev[i].trigger].instrument || !Violent(ev[i].acled_event_type)) continue;
    const size_t w = trig_w_[ev[i].trigger].first;
    size_t host = SIZE_MAX;
    for (size_t j = 0; j < ev.size(); ++j) {
      const size_t hw = trig_w_[ev[j].trigger].first;
      if (j == i || gone[j] || hw >= w || clause_[hw] != clause_[w] || !Violent(ev[j].acled_event_type)) continue;
      if (host == SIZE_MAX || hw > trig_w_[ev[host].trigger].first) host = j;
    }
    // "اشتباك مسلح بين عائلتين، استُخدمت فيه أسلحة رشاشة وقذائف": weapons
    // after a verb of use (`means_verb`) in the clause right after the act's
    // are that act's means, the verb's pronoun pointing back to it.
    if (host == SIZE_MAX && clause_[w] > 0 &&
        AnyCue(static_cast<int32_t>(ev[i].sentence), "means_verb",
               [&](const CueHit& c) { return c.clause == clause_[w] && c.w1 <= w; }))
      for (size_t j = 0; j < ev.size(); ++j) {
        const size_t hw = trig_w_[ev[j].trigger].first;
        if (j == i || gone[j] || hw >= w || clause_[hw] + 1 != clause_[w] || ev[j].sentence != ev[i].sentence ||
            !Violent(ev[j].acled_event_type))
          continue;
        if (host == SIZE_MAX || hw > trig_w_[ev[host].trigger].first) host = j;
      }
    if (host == SIZE_MAX) continue;
    Event& h = ev[host];
    // "using sarin in an air strike": the agent's kind outranks its carrier's.
    const bool take_kind = (Generic(h) || h.acled_event_type == ev[i].acled_event_type) &&
                           h.acled_sub_event_type != "Chemical weapon";
    Event inst = std::move(ev[i]);
    const int32_t keep_trigger = h.trigger;
    const uint32_t keep_sentence = h.sentence;
    Absorb(h, std::move(inst), take_kind);
    h.trigger = keep_trigger;  // the action's word stays the evidence
    h.sentence = keep_sentence;
    gone[i] = true;
  }
  DropGone(gone);
}

// ACLED codes any use of a chemical agent as a chemical weapon event,
// whatever delivered it: "used chlorine in an air strike on X", باستخدام
// أسلحة كيميائية في قصف جوي على — the agent and the strike or shelling of
// its sentence, of one place and day, are one event of the agent's kind.
// Its doer is the agent's: the strike's word often sits next to the accuser.
void Builder::FoldChemicalDelivery() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  // "grenades filled with chloropicrin, a choking agent,": the agent told
  // again by its effect right after a comma (an article at most between) is
  // an apposition, the same agent.
  for (size_t i = 0; i < ev.size(); ++i) {
    if (gone[i] || ev[i].acled_sub_event_type != "Chemical weapon") continue;
    for (size_t j = 0; j < ev.size(); ++j) {
      if (j == i || gone[j] || ev[j].acled_sub_event_type != "Chemical weapon" || ev[j].sentence != ev[i].sentence)
        continue;
      const size_t end = trig_w_[ev[i].trigger].second, w0 = trig_w_[ev[j].trigger].first;
      if (w0 <= end || w0 - end > 2 || !words_[end].clause_break) continue;
      if (w0 - end == 2 && words_[end + 1].text() != "a" && words_[end + 1].text() != "an" &&
          words_[end + 1].text() != "the")
        continue;
      Absorb(ev[i], std::move(ev[j]), /*take_kind=*/false);
      gone[j] = true;
    }
  }
  for (size_t i = 0; i < ev.size(); ++i) {
    if (gone[i] || ev[i].acled_sub_event_type != "Chemical weapon") continue;
    for (size_t j = 0; j < ev.size(); ++j) {
      if (j == i || gone[j] || ev[j].sentence != ev[i].sentence ||
          ev[j].acled_event_type != "Explosions/Remote violence" || ev[j].acled_sub_event_type == "Chemical weapon")
        continue;
      Event delivery = ev[j];
      delivery.actor1 = EventArgument{};
      if (!Corefer(ev[i], delivery)) continue;
      delivery.actor2 = ev[j].actor2;
      Absorb(ev[i], std::move(delivery), /*take_kind=*/false);
      gone[j] = true;
    }
  }
  DropGone(gone);
  // A bomb or grenade a drone or aircraft carries or drops is that air
  // strike's payload, ACLED's Air/drone strike — not an IED of its own:
  // ألقت طائرة مسيّرة أوكرانية عبوة ناسفة، هجوم بطائرة مسيّرة مفخخة، "a drone
  // dropped an explosive device", "a bomb dropped by a drone". The weapon
  // word is a noun or adjective within three words of the strike's, in its
  // clause, no other event told between (FoldAdjacentWeapons takes a verb and
  // the noun right after it; a nationality or an article may stand here).
  FoldInto([&](const Event& e) -> int32_t {
    if ((e.acled_sub_event_type != "Remote explosive/landmine/IED" && e.acled_sub_event_type != "Grenade") ||
        doc_.triggers[e.trigger].voice != "nominal")
      return -1;
    const size_t n0 = trig_w_[e.trigger].first, n1 = trig_w_[e.trigger].second;
    for (size_t k = 0; k < ev.size(); ++k) {
      if (ev[k].acled_sub_event_type != "Air/drone strike" || ev[k].sentence != e.sentence || ev[k].status != e.status)
        continue;
      const size_t s0 = trig_w_[ev[k].trigger].first, s1 = trig_w_[ev[k].trigger].second;
      if (clause_[s0] != clause_[n0]) continue;
      const bool after = n0 >= s1 && n0 - s1 <= 3, before = s0 >= n1 && s0 - n1 <= 3;
      if (!after && !before) continue;
      const size_t from = after ? s1 : n1, to = after ? n0 : s0;
      bool told_between = false;
      for (const Event& o : ev)
        if (o.sentence == e.sentence && trig_w_[o.trigger].first >= from && trig_w_[o.trigger].first < to)
          told_between = true;
      if (!told_between) return static_cast<int32_t>(k);
    }
    return -1;
  });
}

// "Gunmen threw a grenade at a checkpoint, and the explosion wounded three",
// قصفت مسيّرة منزلاً... وأدى الانفجار إلى: a blast told without its weapon
// (a `bare_blast` lemma) is how the typed explosion told next to it went
// off, not a second event. A blast word whose weapon is its own subject or
// object (انفجرت عبوة ناسفة، "a car bomb exploded") names that weapon and
// counts as typed: two typed explosions stay two.
bool Builder::BareBlast(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  if (e.acled_event_type != "Explosions/Remote violence" || !LemmaCue(tr, "bare_blast"))
    return false;
  const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
  for (int32_t t : Bucket(s_triggers_, sent_[w0])) {
    const TriggerMention& o = doc_.triggers[t];
    if (t == e.trigger || o.acled_event_type != "Explosions/Remote violence" ||
        LemmaCue(o, "bare_blast"))
      continue;
    const size_t o0 = trig_w_[t].first, o1 = trig_w_[t].second;
    if (o0 >= w1 && o0 <= w1 + 1) return false;
    if (o1 <= w0 && w0 - o1 <= 1 && clause_[o0] == clause_[w0]) return false;
  }
  return true;
}

// The typed explosion told nearest before the blast (its sentence or the
// one before), else nearest after it (its sentence or the next), of a place
// and day it can share.
void Builder::FoldBareBlasts() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  std::vector<bool> bare(ev.size());
  for (size_t i = 0; i < ev.size(); ++i) bare[i] = BareBlast(ev[i]);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (!bare[i]) continue;
    Event probe = ev[i];
    probe.actor1 = EventArgument{};  // a blast word's subject is its weapon or target, no doer
    const auto host_fits = [&](size_t j) {
      return !gone[j] && !bare[j] && ev[j].acled_event_type == "Explosions/Remote violence" &&
             Corefer(ev[j], probe);
    };
    size_t host = SIZE_MAX;
    for (size_t j = i; j-- > 0 && host == SIZE_MAX;) {
      if (ev[i].sentence - ev[j].sentence > 1) break;
      if (host_fits(j)) host = j;
    }
    for (size_t j = i + 1; j < ev.size() && host == SIZE_MAX; ++j) {
      if (ev[j].sentence - ev[i].sentence > 1) break;
      if (host_fits(j)) host = j;
    }
    if (host == SIZE_MAX) continue;
    Absorb(ev[host], std::move(ev[i]), /*take_kind=*/false);
    gone[i] = true;
  }
  DropGone(gone);
}

// An English verb after "to" is not an act told as done: the purpose or
// content of an act of its sentence ("fired tear gas to disperse them",
// "agreed to withdraw", "tried to storm the base"), which is the event;
// alone, a plan ("have 60 days to withdraw"), so intent. Inflected forms
// after "to" are nouns ("led to clashes") and stay.
bool Builder::EnglishInfinitive(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  const size_t w = trig_w_[e.trigger].first;
  if (tr.voice == "nominal" || w == 0 || !Latin(tr)) return false;
  const auto bare = [&](size_t k) {
    const std::string_view t = words_[k].text();
    return !(t.ends_with("s") || t.ends_with("ed") || t.ends_with("ing") || t.ends_with("ion"));
  };
  if (!bare(w)) return false;
  if (words_[w - 1].text() == "to") return true;
  // "signed a pact to return stolen cattle and hand over raiders": a bare
  // verb after "and"/"or" joined to a to-infinitive of its clause (up to
  // eight words before, "to" then a lowercase bare word that is no article
  // or possessive: "fled to the town and attack…" names a place) is one too.
  const std::string_view joiner = words_[w - 1].text();
  if (joiner != "and" && joiner != "or") return false;
  // The word must be its trigger's base form: an irregular past passes
  // bare() ("to steal cattle and shot two herders" tells a shooting done).
  {
    const std::string_view word = words_[w].text();
    const std::string_view lemma = std::string_view(tr.lemma).substr(0, tr.lemma.find(' '));
    if (word.size() != lemma.size()) return false;
    for (size_t i = 0; i < word.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(word[i])) != std::tolower(static_cast<unsigned char>(lemma[i])))
        return false;
  }
  for (size_t back = 2; back <= 9 && back <= w; ++back) {
    const size_t k = w - back;
    if (words_[k].clause_break || clause_[k] != clause_[w]) return false;
    if (words_[k].text() != "to" || k + 1 >= w - 1) continue;
    const std::string_view v = words_[k + 1].text();
    if (v.empty() || !std::islower(static_cast<unsigned char>(v[0])) || words_[k + 1].number || !bare(k + 1)) return false;
    for (const std::string_view det : {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
      if (v == det) return false;
    return true;
  }
  return false;
}

// "Russian drones attacked Odesa", "Israeli jets targeted a car": a
// generic verb whose subject names the weapon tells the kind of the
// attack (an air or drone strike, a missile or artillery attack). Missiles
// fired by an aircraft or drone right before the verb ("an Israeli drone
// fired two missiles") are an air/drone strike (ACLED: the aircraft decides).
//
// Arabic names the aircraft as the doer right after the verb or noun
// (قصفت طائرة حربية، قصف الطيران الحربي، قصفته مسيّرة) or before it in its
// clause, its owner or adjective between (مسيّرات الجيش قصفت، الطائرات
// التركية قصفت، مسيّرة تطلق صاروخاً): a missile or shelling attack is then
// an air/drone strike. After a verb whose subject stands before it (الدفاعات
// استهدفت طائرة) the aircraft is the object, and nothing changes.
bool Builder::ArabicAircraftDoer(const Event& e) const {
  const auto [begin, end] = trig_w_[e.trigger];
  if (Latin(begin)) return false;
  const auto aerial = [&](size_t w) {
    const CueRow* c = WordCue(w, "weapon");
    return c && c->kind == "aerial";
  };
  for (size_t back = 1; back <= 2 && back <= begin; ++back) {
    const size_t w = begin - back;
    if (words_[w].clause_break || clause_[w] != clause_[begin]) break;
    if (aerial(w)) return true;
  }
  // Its owner told after it by a belonging word (مسيّرة تابعة للجيش قصفت،
  // طائرة حربية تابعة للجيش قصفت، مسيّرة مسلحة تابعة لفرقة العمل استهدفت):
  // the aircraft, one adjective at most before that word, is still the
  // subject standing before the verb, the owner's name between.
  for (size_t back = 2; back <= 8 && back <= begin; ++back) {
    const size_t w = begin - back;
    if (words_[w].clause_break || clause_[w] != clause_[begin]) break;
    if (!WordCue(w, "belonging")) continue;
    // The drone word inside an outlet's name (قناة المسيرة التابعة
    // للحوثيين إن قصفاً …) is no aircraft.
    const auto outlet = [&](size_t a) {
      return AnyCue(sent_[a], "party_media", [&](const CueHit& c) { return c.w0 <= a && a < c.w1; }) ||
             AnyCue(sent_[a], "attribution", [&](const CueHit& c) { return c.w0 <= a && a < c.w1; });
    };
    for (size_t before = 1; before <= 2 && before <= w; ++before) {
      const size_t a = w - before;
      if (words_[a].clause_break || clause_[a] != clause_[begin]) break;
      if (aerial(a)) return !outlet(a);
    }
    break;
  }
  // إن طائرات الجيش التشادي قصفت، مسيّرة إسرائيلية تطلق صاروخاً، مسيّرة مماثلة
  // قد أصابت: an aircraft before the verb in its clause is its subject, with
  // its owner (a party named in construct or as an adjective, or a mention
  // the aircraft opens) and at most two other words (an adjective, قد, a
  // verb of launching) between — no event word, and no event word right
  // before the aircraft whose object it could be.
  {
    size_t w = begin;
    int others = 0;
    const auto subject = [&](size_t a) { return a == 0 || !TriggerBetween(a - 1, a); };
    while (w > 0 && begin - w < 7) {
      const size_t prev = w - 1;
      if (words_[prev].clause_break || clause_[prev] != clause_[begin] || sent_[prev] != sent_[begin]) break;
      if (aerial(prev)) return subject(prev);
      if (const int32_t a = ActorEndingAt(w, sent_[begin]); a >= 0 && actor_w_[a].first < w) {
        w = actor_w_[a].first;
        if (aerial(w)) return subject(w);
        continue;
      }
      if (!words_[prev].is_word || TriggerBetween(prev, w) || ++others > 2) break;
      w = prev;
    }
  }
  if (end >= words_.size() || clause_[end] != clause_[end - 1] || !aerial(end)) return false;
  if (begin == 0 || clause_[begin - 1] != clause_[begin]) return true;
  for (size_t a = 0; a < actor_w_.size(); ++a)
    if (actor_w_[a].second == begin) return false;  // SVO: the aircraft is the object
  return true;
}

// "Rebels seized a village chief and his sons", "gunmen captured five
// farmers", "activists had been seized by men in plain clothes": a capture
// verb whose object (its subject, when passive) is people — a `captive`
// cue within three words after it in its clause, before any preposition
// (a `captive_search_end` cue),
// or within four before its passive — took persons, not ground. ACLED
// codes it an abduction, or an arrest when named state forces took them
// (English: Arabic capture verbs read their object through على).
void Builder::CapturedPeople() {
  const auto stop = [&](size_t w) { return WordCue(w, "captive_search_end") != nullptr; };
  std::vector<bool> gone(doc_.events.size(), false);
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    Event& e = doc_.events[i];
    if (!TerritoryTaken(e) || !Latin(e)) continue;
    const TriggerMention& tr = doc_.triggers[e.trigger];
    if (tr.voice == "nominal") continue;
    const auto [tw0, tw1] = trig_w_[e.trigger];
    bool people = false;
    if (tr.voice == "passive") {
      // "a trader from X was seized": the subject may carry a phrase of its
      // own. "Rifles and ammunition were seized": goods, no capture at all.
      for (size_t back = 1; back <= 4 && back <= tw0 && !people && !gone[i]; ++back) {
        const size_t w = tw0 - back;
        if (clause_[w] != clause_[tw0]) break;
        people = WordCue(w, "captive") != nullptr;
        const CueRow* goods = WordCue(w, "goods");
        gone[i] = !people && goods && goods->kind != "persons";
      }
    } else {
      for (size_t w = tw1; w < tw1 + 4 && w < words_.size() && !people; ++w) {
        if (clause_[w] != clause_[tw0] || stop(w)) break;
        people = WordCue(w, "captive") != nullptr;
      }
    }
    if (!people) continue;
    const bool state = e.actor1.actor >= 0 && InterOf(e.actor1) == "State forces";
    e.acled_event_type = state ? "Strategic developments" : "Violence against civilians";
    e.acled_sub_event_type = state ? "Arrests" : "Abduction/forced disappearance";
    e.plover_event_type = state ? "COERCE" : "ASSAULT";
    e.plover_mode = state ? "arrest" : "abduct";
    e.actor2 = EventArgument{};
  }
  DropGone(gone);
}

// "shells destroyed three houses", "a drone then destroyed two boats": a
// weapon right before a destruction verb (one lowercase word, an adverb,
// may stand between) is what destroyed — a strike, not the property
// destruction ACLED codes of hands that burn and loot. Returns the weapon
// cue, or nullptr. Arabic: an aircraft standing before the verb in its
// clause, one word (its adjective or owner) at most between (الطيران
// العسكري دمّر، مسيّرة دمّرت): its subject, an air strike; an aircraft after
// the verb may be its object (دمّر الجيش طائرة مسيّرة) and changes nothing.
const CueRow* Builder::WeaponDestroying(const Event& e) const {
  if (e.acled_sub_event_type != "Looting/property destruction") return nullptr;
  const size_t tw0 = trig_w_[e.trigger].first;
  if (tw0 == 0) return nullptr;
  if (!Latin(tw0)) {
    // Verbs agree with their doer: a masculine plural (دمّروا، ويدمّرون) is
    // done by people, never by aircraft (a plural of things takes the
    // feminine singular: دمّرت) — an aircraft before it is their object or
    // their place (سرقوا طائرة ودمّروا، اقتحموا مهبط الطائرات ودمّروا).
    if (ArabicMasculinePluralVerb(words_[tw0].text())) return nullptr;
    // طائرات عراقية من طراز إف-16 دمّرت: the aircraft's model (من طراز، من
    // نوع and up to four words), after the aircraft or its adjective, may
    // stand between too.
    const auto model_after = [&](size_t w) {
      if (w + 2 >= tw0 || words_[w + 1].text() != "\xD9\x85\xD9\x86") return false;  // من
      const std::string_view k = words_[w + 2].text();
      return (k == "\xD8\xB7\xD8\xB1\xD8\xA7\xD8\xB2" || k == "\xD9\x86\xD9\x88\xD8\xB9") &&  // طراز، نوع
             tw0 - (w + 3) <= 4 && !TriggerBetween(w + 1, tw0);
    };
    for (size_t back = 1; back <= 8 && back <= tw0; ++back) {
      const size_t w = tw0 - back;
      if (words_[w].clause_break || clause_[w] != clause_[tw0]) break;
      if (const CueRow* c = WordCue(w, "weapon"); c && c->kind == "aerial" && (back <= 2 || model_after(w) || model_after(w + 1)))
        return c;
    }
    // طائرات سلاح الجو لاحقت المهاجمين ودمّرت ثلاثة زوارق: a destruction verb
    // joined by و, with no subject of its own, shares the subject of the
    // verb it is joined to — an aircraft heading its clause, up to ten words
    // back in the sentence (no clause break between but the و's own).
    if (AndOpens(tw0, false) && !SubjectRightAfter(e)) {
      bool crossed = false;
      for (size_t back = 1; back <= 10 && back <= tw0; ++back) {
        const size_t w = tw0 - back;
        if (sent_[w] != sent_[tw0]) break;
        if (words_[w].clause_break) {
          if (crossed || back > 1) break;
          crossed = true;
          continue;
        }
        if (const CueRow* c = WordCue(w, "weapon"); c && c->kind == "aerial") return c;
      }
    }
    return nullptr;
  }
  if (const CueRow* c = WordCue(tw0 - 1, "weapon"); c && clause_[tw0 - 1] == clause_[tw0]) return c;
  if (tw0 < 2 || clause_[tw0 - 2] != clause_[tw0] || !words_[tw0 - 1].is_word) return nullptr;
  const std::string_view between = words_[tw0 - 1].text();
  if (between.empty() || !std::islower(static_cast<unsigned char>(between.front()))) return nullptr;
  return WordCue(tw0 - 2, "weapon");
}

void Builder::KindFromWeaponSubject() {
  // فجّر الجيش أمس الخميس ثلاثة منازل، أقدمت قوة على تفجير منزل شيخ قبلي: an
  // Arabic blowing-up word (فجّر، تفجير) whose object — past its subject, a
  // day and a count, in its clause — is a building (`civilian_target`, no
  // preposition on it), with no one killed or wounded, demolishes it:
  // property destruction, as نسف and هدم do. (An accusative object,
  // فجّر ... منزلاً، is a trigger row of its own; a bomb set off near a house,
  // فجّر عبوة قرب منزل، has the bomb for its object.)
  const auto blows_up_building = [&](const Event& e) {
    if (e.acled_sub_event_type != "Remote explosive/landmine/IED" || e.fatalities || e.injuries) return false;
    const TriggerMention& tr = doc_.triggers[e.trigger];
    if (Latin(tr) || !LemmaCue(tr, "blowing_up")) return false;
    const size_t tw0 = trig_w_[e.trigger].first;
    size_t w = trig_w_[e.trigger].second;
    while (w < words_.size() && sent_[w] == sent_[tw0] && clause_[w] == clause_[tw0]) {
      if (const int32_t a = ActorStartingAt(w); a >= 0) {
        w = std::max(w + 1, actor_w_[a].second);
        continue;
      }
      if (word_in_date_[w]) {
        ++w;
        continue;
      }
      bool number = false;
      for (int32_t n : Bucket(s_numbers_, sent_[w]))
        if (num_w_[n].first == w) number = true, w = std::max(w + 1, num_w_[n].second);
      if (!number) break;
    }
    if (w < words_.size() && clause_[w] == clause_[tw0] && WordCue(w, "civilian_target") &&
        doc_.tokens[words_[w].first].piece != Piece::kProclitic)
      return true;
    // فجّرت قوة توغلت فجراً نحو 400 متر داخل الأراضي ثلاثة منازل: past a
    // clause describing the subject, a count and a building right after it
    // (no proclitic on it) are still the object — unless a bomb word comes
    // first (فجّر عبوة قرب ثلاثة منازل).
    for (size_t k = trig_w_[e.trigger].second; k < words_.size() && k < trig_w_[e.trigger].second + 14; ++k) {
      if (sent_[k] != sent_[tw0] || clause_[k] != clause_[tw0]) break;
      if (WordCue(k, "weapon") != nullptr) return false;
      for (int32_t u : Bucket(s_triggers_, sent_[k]))
        if (trig_w_[u].first == k && doc_.triggers[u].acled_event_type == "Explosions/Remote violence") return false;
      if (k == 0 || !WordCue(k, "civilian_target") || doc_.tokens[words_[k].first].piece == Piece::kProclitic) continue;
      for (int32_t n : Bucket(s_numbers_, sent_[k]))
        if (num_w_[n].second == k) return true;
    }
    return false;
  };
  // "Army aircraft later pounded hideouts", "a drone damaged an energy
  // facility": an aircraft right before the verb (a lowercase adverb may
  // stand between) is the doer — an air strike, whoever owns it.
  const auto english_aircraft_subject = [&](const Event& e) {
    const size_t tw0 = trig_w_[e.trigger].first;
    if (!Latin(tw0) || tw0 == 0) return false;
    const auto aerial = [&](size_t w) {
      const CueRow* c = WordCue(w, "weapon");
      return c && c->kind == "aerial" && clause_[w] == clause_[tw0] && sent_[w] == sent_[tw0];
    };
    if (aerial(tw0 - 1)) return true;
    if (tw0 < 2 || !words_[tw0 - 1].is_word || words_[tw0 - 1].clause_break) return false;
    const std::string_view between = words_[tw0 - 1].text();
    if (between.empty() || !std::islower(static_cast<unsigned char>(between.front())) ||
        TriggerBetween(tw0 - 1, tw0) || WordCue(tw0 - 1, "weapon"))
      return false;
    return aerial(tw0 - 2);
  };
  // A weapon word types the event: aerial ones are air strikes, the rest
  // shelling.
  const auto typed_by_weapon = [](Event& e, const CueRow& weapon) {
    const bool air = weapon.kind == "aerial";
    e.acled_event_type = "Explosions/Remote violence";
    e.acled_sub_event_type = air ? "Air/drone strike" : "Shelling/artillery/missile attack";
    e.plover_event_type = "ASSAULT";
    e.plover_mode = air ? "aerial" : "heavy-weapons";
  };
  for (Event& e : doc_.events) {
    if (blows_up_building(e)) {
      e.acled_event_type = "Strategic developments";
      e.acled_sub_event_type = "Looting/property destruction";
      e.plover_event_type = "ASSAULT";
      e.plover_mode = "destroy";
      continue;
    }
    if (const CueRow* weapon = WeaponDestroying(e)) {
      typed_by_weapon(e, *weapon);
      continue;
    }
    const bool missile = e.acled_sub_event_type == "Shelling/artillery/missile attack";
    if (missile && (ArabicAircraftDoer(e) || english_aircraft_subject(e))) {
      e.acled_sub_event_type = "Air/drone strike";
      e.plover_mode = "aerial";
      continue;
    }
    // مسيّرة أخرى ألقت قنبلة، "a drone dropped a grenade": a grenade or bomb
    // thrown by an aircraft standing as the verb's subject is dropped from
    // the air, an air/drone strike, not a grenade thrown on the ground.
    if (e.acled_sub_event_type == "Grenade" && doc_.triggers[e.trigger].voice == "active" &&
        (ArabicAircraftDoer(e) || english_aircraft_subject(e))) {
      e.acled_sub_event_type = "Air/drone strike";
      e.plover_mode = "aerial";
      continue;
    }
    // "An Israeli drone opened fire on fishermen", أطلقت طائرة مسيّرة النار على
    // صيادين: fire from an aircraft or drone, its doer, is an air/drone strike
    // (ACLED codes the aircraft), not a shooting on the ground; the aircraft's
    // own word in the clause is then the same strike (MergeDuplicates).
    if ((e.acled_sub_event_type == "Attack" || e.acled_sub_event_type == "Armed clash") &&
        LemmaCue(doc_.triggers[e.trigger], "shooting") && (ArabicAircraftDoer(e) || english_aircraft_subject(e))) {
      e.acled_event_type = "Explosions/Remote violence";
      e.acled_sub_event_type = "Air/drone strike";
      e.plover_event_type = "ASSAULT";
      e.plover_mode = "aerial";
      continue;
    }
    // "Three rockets fired from southern Lebanon struck the town": the
    // weapon heads the subject and a launch phrase (`origin` cue: fired
    // from, launched from) follows it; the place after the phrase ends
    // the subject, and the weapon types the generic verb.
    if (Generic(e) && Latin(trig_w_[e.trigger].first)) {
      const size_t tw0 = trig_w_[e.trigger].first;
      const CueRow* launched = nullptr;
      AnyCue(static_cast<int32_t>(sent_[tw0]), "origin", [&](const CueHit& c) {
        if (c.w0 == 0 || c.w1 > tw0 || tw0 - c.w1 > 5 || c.clause != clause_[tw0] ||
            clause_[c.w0 - 1] != clause_[tw0] || TriggerBetween(c.w1, tw0))
          return false;
        launched = WordCue(c.w0 - 1, "weapon");
        return launched != nullptr;
      });
      if (launched) {
        typed_by_weapon(e, *launched);
        continue;
      }
    }
    if ((!Generic(e) && !missile) || e.actor1.actor < 0) continue;
    const ActorMention& a = doc_.actors[e.actor1.actor];
    if (doc_.tokens[a.tokens.begin].script != Script::kLatin) continue;
    const size_t end = actor_w_[e.actor1.actor].second;
    const CueRow* weapon = WordCue(end - 1, "weapon");
    if (!Generic(e)) {
      if (!weapon && end + 1 == trig_w_[e.trigger].first) weapon = WordCue(end, "weapon");  // "Israeli" + "drone"
      if (!weapon || weapon->kind != "aerial") continue;
    }
    if (!weapon) continue;
    const bool air = weapon->kind == "aerial";
    e.acled_event_type = "Explosions/Remote violence";
    e.acled_sub_event_type = air ? "Air/drone strike" : "Shelling/artillery/missile attack";
    e.plover_event_type = "ASSAULT";
    e.plover_mode = air ? "aerial" : "heavy-weapons";
  }
}

// "Air defences repelled three drones", تصدّت المضادات لثلاث مسيّرات: a
// repelling word (`repulsion` cue on its lemma) whose object, within three
// words after it in its clause (a preposition, a count or "a" between, no
// event word), is a drone or missile (`military_target` of kind `projectile`) stopped weapons
// in flight — an interception (disrupted weapons use), not a clash with the
// side that launched them. Told with the downing ("and shot them down",
// وأسقطتها) the merge that follows makes the two words one event.
void Builder::RepelledProjectiles() {
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Battles") continue;
    if (!LemmaCue(doc_.triggers[e.trigger], "repulsion")) continue;
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    const bool projectile = AnyCue(static_cast<int32_t>(e.sentence), "military_target", [&](const CueHit& c) {
      if (c.row->kind != "projectile" || c.w0 < w1 || c.w0 > w1 + 3 || c.clause != clause_[w0]) return false;
      // "repelled an attack backed by rockets": an attack word between is
      // what was repelled, the weapons only its means.
      return !TriggerBetween(w1, c.w0);
    });
    if (!projectile) continue;
    MarkDisruptedWeaponsUse(e);
  }
}

// "urged allies to supply more air defence systems and to allow Kyiv to
// strike targets in Russia": what someone urges, asks, calls for, wants or
// plans is no act told, whatever event words its infinitive clause holds.
bool Builder::EnglishRequested(const Event& e) const {
  const size_t w = trig_w_[e.trigger].first;
  if (!Latin(w)) return false;
  // A sentence's end is no clause break: the request must be of its own
  // sentence ("… urged civil servants to stay at work. Aircraft bombed X").
  for (size_t k = w, back = 0; k-- > 0 && back < 12 && !words_[k].clause_break && sent_[k] == sent_[w]; ++back) {
    if (words_[k].text() != "to") continue;
    for (size_t g = k, gb = 0; g-- > 0 && gb < 8 && !words_[g].clause_break && sent_[g] == sent_[w]; ++gb)
      if (WordCue(g, "request")) return true;
  }
  return false;
}

// أطلقوا النار في الهواء لتفريق المحتجين: a dispersal word with the
// purpose ل (لتفريق) tells what the force of its clause was for, as the
// English infinitive does: one protest with intervention.
bool Builder::ArabicDispersalPurpose(const Event& e) const {
  if (e.acled_sub_event_type != "Protest with intervention") return false;
  const LexWord& word = words_[trig_w_[e.trigger].first];
  if (doc_.tokens[word.first].script == Script::kLatin) return false;
  constexpr std::string_view kLam = "\xD9\x84";  // ل
  if (!word.text().starts_with(kLam) || word.text().size() <= kLam.size()) return false;
  const std::string_view stem = std::string_view(word.text()).substr(kLam.size());
  for (size_t i = 0; i < word.variants.size(); ++i)
    if (word.variants[i] == stem) return true;
  return false;
}

// "Hundreds of growers drove their tractors into town on Sunday to
// protest", "fishermen blocked the road to protest": a protest infinitive
// after a past verb of its clause (a word in -ed, or one the lexicon marks
// `past_verb`, not an auxiliary's participle) names what the crowd's act
// was: the protest took place. Only a plan (a modal or `intent` cue,
// raised apart) or no act done leaves it intent.
bool Builder::CrowdWentToProtest(const Event& e) const {
  if (e.acled_sub_event_type != "Peaceful protest") return false;
  const size_t to = trig_w_[e.trigger].first - 1;
  for (size_t k = to, back = 0; k-- > 0 && back < 14 && !words_[k].clause_break && clause_[k] == clause_[to];
       ++back) {
    const std::string_view t = words_[k].text();
    const bool past = (t.size() > 4 && t.ends_with("ed") && !words_[k].number) || WordCue(k, "past_verb");
    if (!past) continue;
    // "were deployed to", "would have gathered to": a participle after a
    // passive or a modal tells no act the crowd did.
    if (k > 0 && (WordCue(k - 1, "passive") || WordCue(k - 1, "intent"))) return false;
    return true;
  }
  return false;
}

void Builder::FoldInfinitives() {
  std::erase_if(doc_.events, [&](const Event& e) { return e.acled_event_type != "none" && EnglishRequested(e); });
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    const bool purpose = ArabicDispersalPurpose(ev[i]);
    if ((!purpose && !EnglishInfinitive(ev[i])) || ev[i].acled_event_type == "none") continue;
    const size_t w = trig_w_[ev[i].trigger].first;
    size_t host = SIZE_MAX;
    // "vowed to block the highway", "threatened to kill the hostages": the
    // act threatened is the event (FoldThreats, later, makes it intent with
    // the threatener as its actor); a PLOVER-only threat hosts no infinitive.
    const auto threat = [&](const Event& o) { return o.acled_event_type == "none" && o.plover_event_type == "THREATEN"; };
    for (size_t j = 0; j < ev.size(); ++j)
      if (j != i && !gone[j] && !threat(ev[j]) && ev[j].sentence == ev[i].sentence && trig_w_[ev[j].trigger].first < w &&
          (!purpose || ((ev[j].acled_event_type == "Violence against civilians" || ev[j].acled_event_type == "Battles") &&
                        clause_[trig_w_[ev[j].trigger].first] == clause_[w])))
        host = j;
    // "claimed the kidnapping in a video, in which fighters threatened to
    // burn down any school", "freed 32 soldiers and vowed to push on": a
    // threat or vow word between the act told before and the infinitive
    // governs it — the threatened act, not how that one was done.
    bool threatened = false;
    if (host != SIZE_MAX && !purpose)
      for (size_t j = 0; j < ev.size(); ++j)
        if (j != i && threat(ev[j]) && ev[j].sentence == ev[i].sentence &&
            trig_w_[ev[j].trigger].first > trig_w_[ev[host].trigger].first && trig_w_[ev[j].trigger].first < w) {
          host = SIZE_MAX;
          threatened = true;
          break;
        }
    if (purpose && host == SIZE_MAX) continue;
    // "Police used batons to break up the rally": the infinitive says what
    // a means already used was for (`instrument_marker` "used", past, in its
    // clause just before): a deed done, no plan.
    const auto used_for = [&] {
      for (size_t back = 2; back <= 6 && back <= w; ++back) {
        const size_t k = w - back;
        if (words_[k].clause_break || clause_[k] != clause_[w]) return false;
        if (WordCue(k, "instrument_marker") && words_[k].text().ends_with("ed")) return true;
      }
      return false;
    };
    if (host == SIZE_MAX && used_for()) continue;
    if (host == SIZE_MAX) {
      if (!CrowdWentToProtest(ev[i])) Raise(ev[i], "intent");
      // A threat stands at the time of the report, not on the day of the
      // deed told beside it ("burned three lorries on Sunday night and left
      // leaflets threatening to kill anyone"), as Finish dates intent.
      if (threatened && ev[i].status == "intent") ev[i].date = -1, ev[i].time_basis = "published";
      continue;
    }
    // "beat participants to break up a gathering": force used to disperse
    // a crowd is ACLED's protest with intervention, whatever the force did.
    const bool dispersal = ev[i].acled_sub_event_type == "Protest with intervention" &&
                           (ev[host].acled_event_type == "Violence against civilians" ||
                            ev[host].acled_event_type == "Battles");
    const int32_t host_trigger = ev[host].trigger;
    Absorb(ev[host], std::move(ev[i]), dispersal);  // its toll and place stay told
    if (dispersal && !purpose) ev[host].trigger = host_trigger;  // لتفريق stays the evidence: it names the crowd
    gone[i] = true;
  }
  DropGone(gone);
}

// "Abducted eleven staff in a campaign of raids", اعتقلت … خلال مداهمة: a
// verbal noun after a `circumstance` cue (في، خلال، during) tells how the
// latest verb of its sentence was done: one event. A crowd's event stays its own ("arrested
// during protests" is two events for ACLED). A violent noun that carries the
// sentence's toll is the event a property-destroying verb was part of.
void Builder::FoldCircumstances() {
  const std::vector<Event>& ev = doc_.events;
  FoldInto([&](const Event& e) -> int32_t {
    const TriggerMention& tr = doc_.triggers[e.trigger];
    const size_t w0 = trig_w_[e.trigger].first;
    // English lists one form for verb and noun ("raid"): after an article
    // ("in a dawn raid", "during an overnight operation") it is the noun, and
    // a modifier may stand between.
    const bool latin = Latin(tr);
    auto article = [&](size_t k) { return WordCue(k, "article") != nullptr; };
    const bool noun = tr.voice == "nominal" || (latin && ((w0 >= 1 && article(w0 - 1)) || (w0 >= 2 && article(w0 - 2))));
    // Right after a bare preposition a raid word is a noun too ("arrested
    // nine men in raids", "during raids on homes"): no finite verb follows
    // "in"/"during" straight away.
    const bool raid_word = LemmaCue(tr, "storming") != nullptr;
    if (e.acled_event_type == "Protests" || e.acled_event_type == "Riots") return -1;
    // Arabic: right after the cue's preposition (في إطار دمج الفصائل، خلال
    // مداهمة) the word can only be a noun, whatever row matched it. A frame
    // that is an act of its own time (في إطار اتفاق الموقع عام 2020) is the
    // background it is, so only a word read as a noun reaches it.
    const bool own_time = e.status == "historical";
    const auto framed = [&](const CueHit& c) {
      if (c.w1 > w0) return false;
      if (latin) return (noun && w0 - c.w1 <= 1) || (raid_word && w0 == c.w1);
      return w0 == c.w1 && (noun || !own_time);
    };
    if (!AnyCue(sent_[w0], "circumstance", framed)) return -1;
    // أعلنت الوزارة إلقاء القبض على ثلاثة خلال مداهمة: an arrest told as a
    // verbal noun (the content of what was announced) hosts an arrest raid
    // of its clause as a verb would — the raid is how they were taken.
    int32_t host = -1;
    for (size_t i = 0; i < ev.size(); ++i) {
      const size_t h0 = trig_w_[ev[i].trigger].first;
      if (h0 < w0 && sent_[h0] == sent_[w0] &&
          (doc_.triggers[ev[i].trigger].voice != "nominal" ||
           (!latin && e.acled_sub_event_type == "Arrests" && ev[i].acled_sub_event_type == "Arrests" &&
            clause_[h0] == clause_[w0])) &&
          ev[i].acled_event_type != "none")
        host = static_cast<int32_t>(i);
    }
    return host;
  }, [&](const Event& host, const Event& e) {
    // "killed 12 farmers and burnt houses in an attack on a village": the
    // attack that killed is the event; the burning is what it did.
    return host.acled_sub_event_type == "Looting/property destruction" && Violent(e.acled_event_type) &&
           (e.fatalities || e.injuries);
  });
  // اقتادت … ثلاثة شبان إلى جهة مجهولة بعد مداهمة منازلهم: an Arabic raid
  // noun (a `storming` word or a raid read as an arrest) right after a
  // `lead_up` word (بعد، إثر، عقب) is how the abduction, arrest or fight told
  // before it in its sentence, that day, was done — the raid that took them,
  // one event. Its doer is the act's: a party read for it from the words
  // around (إلى جهة مجهولة) is none.
  std::vector<Event>& all = doc_.events;
  std::vector<bool> gone(all.size(), false);
  for (size_t k = 0; k < all.size(); ++k) {
    const Event& e = all[k];
    const TriggerMention& tr = doc_.triggers[e.trigger];
    const size_t w0 = trig_w_[e.trigger].first;
    if (Latin(tr) || tr.voice != "nominal") continue;
    if (!LemmaCue(tr, "storming") && !(e.acled_sub_event_type == "Arrests" && LemmaCue(tr, "raid"))) continue;
    if (!AnyCue(sent_[w0], "lead_up", [&](const CueHit& c) { return c.w1 == w0; })) continue;
    size_t host = SIZE_MAX;
    for (size_t i = 0; i < all.size(); ++i) {
      const size_t h0 = trig_w_[all[i].trigger].first;
      if (gone[i] || h0 >= w0 || sent_[h0] != sent_[w0] || doc_.triggers[all[i].trigger].voice == "nominal") continue;
      host = i;
    }
    if (host == SIZE_MAX) continue;
    const Event& h = all[host];
    const bool takes = h.acled_sub_event_type == "Arrests" || h.acled_sub_event_type == "Abduction/forced disappearance" ||
                       h.acled_sub_event_type == "Armed clash";
    if (!takes || DayOf(h) != DayOf(e)) continue;
    all[k].actor1 = EventArgument{};
    Absorb(all[host], std::move(all[k]), false);
    gone[k] = true;
  }
  DropGone(gone);
}

// Weapons named after their seizure or find (عثرت على مخبأ يضم أحزمة
// ناسفة، "seized explosive belts") are what was disrupted, not attacks.
void Builder::FoldSeizedWeapons() {
  const std::vector<Event>& ev = doc_.events;
  // "intercepted six of ten rockets, while one hit a kindergarten": the
  // one that got through (an impact row told of "one", "another", which
  // needs a projectile near: needs=interceptable) was not stopped; nor was
  // a weapon told as "another" in the event's own clause before its word
  // ("destroyed 14 drones overnight, and another drone dropped a munition
  // filled with chloropicrin on a checkpoint").
  const auto got_through = [&](const Event& e) {
    if (doc_.triggers[e.trigger].roles.find("needs=interceptable") != std::string::npos) return true;
    if (!Latin(e)) return false;
    for (size_t k = trig_w_[e.trigger].first, back = 0; k-- > 0 && back < 6 && !words_[k].clause_break; ++back)
      if (WordCue(k, "another")) return true;
    return false;
  };
  // The one that got through was the launcher's, not the interceptor's: a
  // doer read for it that is the interception's (the sentence's subject,
  // "air defences") gives way to the interception's other side.
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Explosions/Remote violence" || !got_through(e) || e.actor1.actor < 0) continue;
    for (const Event& o : doc_.events)
      if (&o != &e && o.acled_sub_event_type == "Disrupted weapons use" && o.sentence == e.sentence &&
          o.actor1.actor >= 0 && Actor1Of(o) == Actor1Of(e)) {
        e.actor1 = o.actor2;
        break;
      }
  }
  FoldInto([&](const Event& e) -> int32_t {
    // "intercepted most of the rockets and that a launcher team was struck by
    // a drone": an English strike verb with an aircraft in its clause is a
    // strike of its own, no weapon taken.
    const bool own_strike = Latin(e) && doc_.triggers[e.trigger].voice != "nominal" && AircraftInClause(e);
    if (e.acled_event_type != "Explosions/Remote violence" || own_strike || got_through(e)) return -1;
    for (size_t i = 0; i < ev.size(); ++i)
      if (ev[i].acled_sub_event_type == "Disrupted weapons use" && ev[i].sentence == e.sentence &&
          trig_w_[ev[i].trigger].first < trig_w_[e.trigger].first)
        return static_cast<int32_t>(i);
    return -1;
  });
  // "Troops destroyed a cave complex used by militants and seized rifles
  // hidden inside", دمّرت فتحة نفق وضبطت كمية من الذخائر: a force destroying
  // a hideout, a lab or a tunnel and seizing arms in one act — the two verbs
  // joined by "and" (و), on one day, at one place, by one doer or none named
  // of its own — is one operation, the seizure ACLED codes as disrupted
  // weapons use; the destruction is what the operation did there, no
  // property destruction of its own.
  // People's homes or land (a `goods` word of kind `property` in the damage
  // words: وهدمت منزل أسير، "demolished the house of") are no hideout of the
  // operation: their destruction stays an event of its own.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Looting/property destruction" || doc_.triggers[e.trigger].voice == "nominal" ||
        !Happened(e.status))
      return -1;
    const size_t e0 = trig_w_[e.trigger].first;
    if (PropertyObject(e)) return -1;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& o = ev[i];
      if (o.acled_sub_event_type != "Disrupted weapons use" || o.plover_mode != "confiscate" ||
          o.sentence != e.sentence || !Happened(o.status) || DayOf(o) != DayOf(e))
        continue;
      const size_t o0 = trig_w_[o.trigger].first;
      if (!AndOpens(std::max(o0, e0), Latin(e))) continue;
      if (e.place >= 0 && o.place >= 0 && e.place != o.place && !SamePlaceKey(o, e)) continue;
      if (e.actor1.actor >= 0 && !e.actor1.implicit && o.actor1.actor >= 0 && Actor1Of(o) != Actor1Of(e)) continue;
      return static_cast<int32_t>(i);
    }
    return -1;
  });
}

// Attackers who "withdrew after the clash" (قبل انسحابهم) end a battle:
// their withdrawal is that battle's, not a handover of territory. A
// withdrawal with no fighting (or fighting denied) stays its own event.
// "وأوقفت المطلوب وضبطت في داخله بندقيتين"، "arrested four men and
// recovered two rifles": arms seized or found (a confiscating word), told
// with "and" right after an arrest or a fight of its sentence, by the same
// doer or none named of its own, on that day, were taken from those the
// operation caught or fought — ACLED codes the arrest or the fight, with no
// disrupted weapons use of its own. A find at a place of its own ("and
// seized a depot of rockets in a village near X") stays an event, as do
// devices defused or weapons intercepted (not confiscating words), devices
// told ready to go off (a `primed` cue after the find), and a
// find told after a bare toll ("said it killed gunmen and seized weapons":
// the toll retells a fight, the find is news).
void Builder::FoldFindsIntoOperations() {
  const std::vector<Event>& ev = doc_.events;
  // "Its fighters killed 20 soldiers and seized weapons", استولى المسلحون على
  // أسلحة: arms a rebel group or a militia carries off are loot of its own
  // fight, which ACLED codes (if at all) as that fight; a disrupted weapons
  // use is arms a state's forces (their allies, a movement's police) took
  // from those who would use them. Only a doer the text names before the
  // weapon noun counts: one after it planted or carried the arms (نزعت
  // الفرق الهندسية ألغاماً زرعها الحوثيون), it did not take them.
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    const Event& e = ev[i];
    if (e.acled_sub_event_type != "Disrupted weapons use" || e.plover_mode != "confiscate") continue;
    if (e.actor1.actor < 0 || e.actor1.implicit) continue;
    const ActorMention& doer = doc_.actors[e.actor1.actor];
    if (doer.span.begin >= doc_.triggers[e.trigger].span.end) continue;
    // "a workshop used by the rebels": a party after "by" is the agent of
    // another verb, read here for want of a subject, not one that seized.
    size_t before = actor_w_[e.actor1.actor].first;
    if (before > 0 && (words_[before - 1].text() == "the" || words_[before - 1].text() == "a")) --before;
    if (before > 0 && words_[before - 1].text() == "by") continue;
    const std::string& inter = doer.acled_inter;
    const bool armed_group = inter == "Rebel group" || inter == "Political militia" || inter == "Identity militia";
    if (armed_group && doer.plover_sector != "COP" && !OnGovernmentSide(doer.id)) gone[i] = true;
  }
  DropGone(gone);
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Disrupted weapons use" || e.plover_mode != "confiscate") return -1;
    const size_t w0 = trig_w_[e.trigger].first;
    const bool joined = AndOpens(w0, Latin(e));
    if (!joined) return -1;
    // "and seized two car bombs ready for use", وضبطت بحوزتهم عبوتين معدتين
    // للتفجير: devices ready to go off were an explosion stopped, which ACLED
    // codes as a disrupted weapons use beside the arrest, not as loot of it.
    if (AnyCue(sent_[w0], "primed", [&](const CueHit& c) { return c.w0 > w0; })) return -1;
    // "arrested four suspects and seized a cache of rifles in a farmhouse",
    // اعتقلت 11 مشتبهاً وضبطت مخزناً يحوي عبوات: arms found in a cache (a
    // `military_target` word of kind `stockpile` as the find's object, up to
    // three words after its word in its clause) were stored there, not
    // carried by those the operation caught: a find of its own.
    const size_t w1 = trig_w_[e.trigger].second;
    if (AnyCue(sent_[w0], "military_target", [&](const CueHit& c) {
          return c.row->kind == "stockpile" && c.w0 >= w0 && c.w0 <= w1 + 3 && c.clause == clause_[w0];
        }))
      return -1;
    int32_t host = -1;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& o = ev[i];
      if (o.sentence != e.sentence || trig_w_[o.trigger].second > w0) continue;
      if (o.acled_sub_event_type != "Arrests" && o.acled_sub_event_type != "Armed clash") continue;
      if (doc_.triggers[o.trigger].acled_event_type == "casualty" || !Happened(o.status)) continue;
      if (DayOf(o) != DayOf(e)) continue;
      if (e.place >= 0 && o.place >= 0 && e.place != o.place && !SamePlaceKey(o, e)) continue;
      if (e.actor1.actor >= 0 && !e.actor1.implicit && o.actor1.actor >= 0 && Actor1Of(o) != Actor1Of(e)) continue;
      host = static_cast<int32_t>(i);  // the latest such act
    }
    return host;
  });
  // "Troops destroyed a cave complex used by militants and seized rifles and
  // explosives hidden inside": a state force's destruction of a hideout told
  // with "and" before its find, that day, is the raid that made the find —
  // one disrupted weapons use, as ACLED codes it, not a looting beside it.
  // So is an English find told as a participle after a comma ("found and
  // destroyed two caves used as depots near X, seizing 23 rifles"): the
  // participle tells the same act as "and" would.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Looting/property destruction" || !Happened(e.status)) return -1;
    if (e.actor1.actor < 0 || InterOf(e.actor1) != "State forces") return -1;
    const size_t w1 = trig_w_[e.trigger].second;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& o = ev[i];
      if (o.sentence != e.sentence || o.acled_sub_event_type != "Disrupted weapons use" || o.plover_mode != "confiscate")
        continue;
      const size_t o0 = trig_w_[o.trigger].first;
      if (o0 < w1 || !(AndOpens(o0, Latin(o)) || (Latin(o) && CommaParticiple(o0))) || DayOf(o) != DayOf(e)) continue;
      if (o.actor1.actor >= 0 && !o.actor1.implicit && Actor1Of(o) != Actor1Of(e)) continue;
      return static_cast<int32_t>(i);
    }
    return -1;
  });
}

// "Police foiled an attack, intercepting three gunmen planting a bomb, and
// detained two of them", أحبطت هجوماً واعترضت مسلحين واعتقلت اثنين منهم:
// those taken while an attack was stopped (an interception or a defusal
// told before in the sentence, on that day or with no day of its own, at that place, by the same
// doer or none named of its own) are part of the disrupted weapons use, as
// ACLED codes it. Weapons seized before an arrest are another story (a
// confiscation: FoldFindsIntoOperations folds the other way).
void Builder::FoldArrestsIntoFoiledAttacks() {
  std::vector<Event>& ev = doc_.events;
  const auto state = [&](const EventArgument& a) { return InterOf(a) == "State forces"; };
  std::vector<int32_t> host(ev.size(), -1);
  for (size_t k = 0; k < ev.size(); ++k) {
    const Event& e = ev[k];
    if (e.acled_sub_event_type != "Arrests" || !Happened(e.status)) continue;
    const size_t w0 = trig_w_[e.trigger].first;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& o = ev[i];
      if (o.sentence != e.sentence || trig_w_[o.trigger].second > w0) continue;
      if (o.acled_sub_event_type != "Disrupted weapons use" || o.plover_mode != "intercept" || !Happened(o.status))
        continue;
      if (DayOf(o) != DayOf(e) && OwnDate(e)) continue;  // a day of its own told apart
      if (e.place >= 0 && o.place >= 0 && e.place != o.place && !SamePlaceKey(o, e)) continue;
      // A state force that made the arrests stopped the attack: a
      // non-state party read as the interception's doer is the one stopped.
      const bool other_doer = e.actor1.actor >= 0 && !e.actor1.implicit && o.actor1.actor >= 0 &&
                              Actor1Of(o) != Actor1Of(e);
      if (other_doer && !(state(e.actor1) && !state(o.actor1))) continue;
      host[k] = static_cast<int32_t>(i);
    }
  }
  std::vector<bool> gone(ev.size(), false);
  for (size_t k = 0; k < ev.size(); ++k) {
    const int32_t h = host[k];
    if (h < 0) continue;
    Event& o = ev[h];
    if (state(ev[k].actor1) && o.actor1.actor >= 0 && !state(o.actor1)) {
      const std::string second = o.actor2.actor >= 0 ? doc_.actors[o.actor2.actor].id : o.actor2.implicit_id;
      if (Actor1Of(ev[k]) == second) std::swap(o.actor1, o.actor2);
      else if (o.actor2.actor < 0 && o.actor2.implicit_id.empty()) o.actor2 = o.actor1, o.actor1 = ev[k].actor1;
    }
    Absorb(o, std::move(ev[k]), false);
    gone[k] = true;
  }
  DropGone(gone);
}

void Builder::FoldWithdrawalsFromFighting() {
  const std::vector<Event>& ev = doc_.events;
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Non-violent transfer of territory") return -1;
    const std::string a = Actor1Of(e);
    if (a.empty()) return -1;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& b = ev[i];
      if (b.acled_sub_event_type != "Armed clash" || !Happened(b.status)) continue;
      if (b.sentence > e.sentence || e.sentence - b.sentence > 1) continue;
      // "took over positions on Wednesday, a day after the two forces
      // fought": ground taken (no withdrawal word) on another day than the
      // fighting ends no battle; it is a handover of its own.
      if (doc_.triggers[e.trigger].plover_event_type != "RETREAT" && b.date >= 0 && e.date >= 0 &&
          DayOf(b).size() == 10 && DayOf(e).size() == 10 && DayOf(b) != DayOf(e))
        continue;
      // Fighting elsewhere (clashes near one town, then a withdrawal from
      // another) ends no withdrawal.
      if (e.place >= 0 && b.place >= 0 && PlaceKeyOf(e) != PlaceKeyOf(b) && !Encloses(e.place, b.place) &&
          !Encloses(b.place, e.place))
        continue;
      if (Actor1Of(b) == a || Actor2Of(b) == a) return static_cast<int32_t>(i);
    }
    return -1;
  });
}

// "أضرموا النار في السوق قبل انسحابهم"، "looted the shops before
// withdrawing", "hit the column as it withdrew" (أثناء انسحابه): a
// withdrawal right after a `sequence` word (قبل، أثناء، before, during) is
// the tail of the operation its sentence tells, not a handover of its own.
// It joins the nearest violent act, riot ("youths threw stones at the
// troops as they withdrew") or destruction of its sentence; with none it
// stays. Runs after FoldHandovers: an entry into ground the other
// side left is theirs to read.
void Builder::FoldTimedWithdrawals() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  for (size_t k = 0; k < ev.size(); ++k) {
    const Event& e = ev[k];
    if (e.acled_sub_event_type != "Non-violent transfer of territory") continue;
    const size_t w0 = trig_w_[e.trigger].first;
    bool timed = false;
    // One word may stand between ("before they withdrew", بعد أن انسحب).
    for (size_t back = 1; back <= 2 && back <= w0 && !timed; ++back) timed = WordCue(w0 - back, "sequence") != nullptr;
    if (!timed) continue;
    size_t host = SIZE_MAX, best = SIZE_MAX;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& o = ev[i];
      if (i == k || gone[i] || o.sentence != e.sentence ||
          !(Violent(o.acled_event_type) || o.acled_event_type == "Riots" ||
            o.acled_sub_event_type == "Looting/property destruction"))
        continue;
      const size_t ow = trig_w_[o.trigger].first, gap = ow > w0 ? ow - w0 : w0 - ow;
      if (gap < best) best = gap, host = i;
    }
    if (host == SIZE_MAX) continue;
    // Where they withdrew from or to, and when, are not where and when the
    // event happened.
    Event left = std::move(ev[k]);
    left.place = -1, left.date = -1, left.time_basis.clear();
    Absorb(ev[host], std::move(left), /*take_kind=*/false);
    gone[k] = true;
  }
  DropGone(gone);
}

// "Took the village after battles that killed 30" (سيطرت … بعد معارك):
// ACLED codes the change of hands, the fighting for it included, as one
// event of the capture's kind.
// A siege told in the sentence of a capture or a battle ("captured the HQ
// after a weeks-long siege", "forces ended a siege of the hotel hours after
// gunmen stormed it") is how that battle went, not a second event.
void Builder::FoldFightingIntoCaptures() {
  const std::vector<Event>& ev = doc_.events;
  // The capture's sides win: the one it names as winner is the fighting's
  // side 1 (the words may have read the loser there).
  for (Event& e : doc_.events) {
    const int32_t c = LeadUpCapture(e);
    if (c < 0) continue;
    const std::string winner = Actor1Of(ev[c]);
    if (!winner.empty() && Actor1Of(e) != winner) std::swap(e.actor1, e.actor2);
  }
  FoldInto([&](const Event& e) -> int32_t {
    if (LemmaCue(doc_.triggers[e.trigger], "battle_manner")) {
      // سيطرت على المدينة في أكتوبر 2025 بعد حصار استمر أكثر من عام: a
      // siege told with a capture of the past is how that capture went too.
      for (size_t i = 0; i < ev.size(); ++i)
        if (ev[i].sentence == e.sentence && ev[i].acled_event_type == "Battles" &&
            (Happened(ev[i].status) || (ev[i].status == "historical" && e.status == "historical")))
          return static_cast<int32_t>(i);
      // "JNIM seized the town of Ke-Macina on Monday … The fighters had
      // besieged the town for weeks": a siege of the place taken, told in
      // the sentence right after the taking, is how it was won too.
      if (e.sentence > 0 && Happened(e.status) && !PlaceKeyOf(e).empty())
        for (size_t i = 0; i < ev.size(); ++i)
          if (ev[i].sentence + 1 == e.sentence && TerritoryTaken(ev[i]) && Happened(ev[i].status) &&
              PlaceKeyOf(ev[i]) == PlaceKeyOf(e))
            return static_cast<int32_t>(i);
      return -1;
    }
    if (e.acled_sub_event_type != "Armed clash") return -1;
    if (const int32_t c = LeadUpCapture(e); c >= 0) return c;
    // "took the crossing in March 2024 after clashes with armed men": a
    // capture of the past and its fighting, both historical, fold as today's.
    const bool past = e.status == "historical";
    if (!Happened(e.status) && !past) return -1;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& c = ev[i];
      if (c.sentence != e.sentence || !TerritoryTaken(c) || Generic(c) || CaptureOfGoods(c)) continue;
      if (past ? c.status != "historical" : !Happened(c.status)) continue;
      if (DayOf(c) != DayOf(e)) continue;  // days of fighting "since Wednesday" are their own event
      const std::string a = Actor1Of(e), b = Actor1Of(c);
      if (a.empty() || b.empty() || a == b || a == Actor2Of(c) || Actor2Of(e) == b) return static_cast<int32_t>(i);
      // "the army retook the town after the militants withdrew following
      // battles": the side the fighting names is the loser, the other the
      // capturer the sentence names.
      if (Actor2Of(e).empty() && c.actor1.actor >= 0 && !PlaceKeyOf(c).empty() && PlaceKeyOf(e) == PlaceKeyOf(c))
        return static_cast<int32_t>(i);
    }
    return -1;
  });
}

// "حررت القوات البلدة بعد معارك": a battle word right after a `lead_up`
// cue is the fighting the capture of its sentence, on its day, came after —
// how it was won, whoever the words name, in the past as today. The
// capture's index, or -1.
int32_t Builder::LeadUpCapture(const Event& e) const {
  if (e.acled_sub_event_type != "Armed clash") return -1;
  const size_t w = trig_w_[e.trigger].first;
  // "بعد أسابيع من القتال", "after weeks of fighting": a span of time may
  // stand between the cue and the battle word; no other event word may.
  auto leads_up = [&](const CueHit& c) {
    if (c.w1 == w) return true;
    if (c.w1 > w || w - c.w1 > 3) return false;
    return !TriggerBetween(c.w1, w);
  };
  if (!AnyCue(sent_[w], "lead_up", leads_up)) return -1;
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const Event& c = doc_.events[i];
    const bool same_time = Happened(c.status) ? Happened(e.status) : c.status == e.status && c.status == "historical";
    if (c.sentence == e.sentence && TerritoryTaken(c) && same_time && !Generic(c) && DayOf(c) == DayOf(e))
      return static_cast<int32_t>(i);
  }
  return -1;
}

// Whether a sentence tells fighting, remote violence or its dead (its
// words, whatever events they were folded into). Fighting the sentence
// denies ("فدخلها المسلحون دون مقاومة، ولم تقع أي اشتباكات", "no clashes
// took place"): a word whose own event is negated tells none.
bool Builder::FightingIn(uint32_t sentence, size_t upto) const {
  for (size_t t = 0; t < doc_.triggers.size(); ++t) {
    const TriggerMention& tr = doc_.triggers[t];
    if (sent_[trig_w_[t].first] != static_cast<int32_t>(sentence)) continue;
    if (upto != SIZE_MAX && trig_w_[t].first > upto && clause_[trig_w_[t].first] != clause_[upto]) {
      // A speech or charge verb between (واتهم الطيران بقصف مواقعه) opens
      // another statement; a verb going on from the act (وقتلت عدداً منهم)
      // tells how it went.
      const size_t t0 = trig_w_[t].first;
      const bool said_apart = AnyCue(sent_[t0], "attribution", [&](const CueHit& c) {
        return c.w0 > upto && c.w1 <= t0 && c.row->scope == "quote" && clause_[c.w0] != clause_[upto];
      });
      if (said_apart) continue;
    }
    const bool denied = std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& e) {
      return e.trigger == static_cast<int32_t>(t) && e.status == "negated";
    });
    if (denied) continue;
    if (tr.acled_sub_event_type == "Armed clash" || tr.acled_event_type == "Explosions/Remote violence" ||
        tr.acled_event_type == "casualty")
      return true;
  }
  return false;
}

// "Entered the town after Y withdrew", "took the city after the army pulled
// out of it": one change of hands, from the one who left (actor 2) to the
// one who came — in one sentence, or told again later of the same town and
// day.
// The entry is the event whose word tells a taking (دخلت، سيطرت); the
// other, a withdrawal (انسحب).
void Builder::FoldHandovers() {
  std::vector<Event>& ev = doc_.events;
  auto handover = [&](const Event& e) { return e.acled_sub_event_type == "Non-violent transfer of territory"; };
  // "أعلن الجيش أنه تسلّم من القوة المشتركة قاعدتها"، "took over the base
  // from the joint force": a handing-over word right before "from" (من)
  // tells the side that received the ground — its subject is the one who
  // came.
  auto received_from = [&](const Event& e) {
    // A word of handing over (its object the ground), not of leaving
    // (انسحب من، "withdrew from": من names the place left).
    const std::string& roles = doc_.triggers[e.trigger].roles;
    if (roles.rfind("subj=actor1", 0) != 0 || roles.find("obj=place") == std::string::npos) return false;
    const size_t w1 = trig_w_[e.trigger].second;
    if (w1 >= words_.size() || sent_[w1] != static_cast<int32_t>(e.sentence)) return false;
    const std::string_view next = words_[w1].text();
    return next == "from" || next == "\xD9\x85\xD9\x86";  // من
  };
  // وأعلن الجيش أنه تسلّم موقعاً … وانتشر فيه بعد انسحاب القوة الإسرائيلية
  // منه: a handing-over verb with a withdrawal by another doer told after it
  // in its sentence right after a `lead_up` cue (بعد، "after") is told by the
  // side that came: the withdrawal is the ground it received.
  auto received_after_withdrawal = [&](const Event& e) {
    if (doc_.triggers[e.trigger].voice == "nominal") return false;
    const size_t e1 = trig_w_[e.trigger].second;
    for (const Event& o : ev) {
      if (&o == &e || o.sentence != e.sentence || !handover(o) || doc_.triggers[o.trigger].plover_mode != "withdraw")
        continue;
      const size_t o0 = trig_w_[o.trigger].first;
      if (o0 < e1 || o.actor1.actor < 0 || e.actor1.actor < 0 || Actor1Of(o) == Actor1Of(e)) continue;
      if (AnyCue(static_cast<int32_t>(e.sentence), "lead_up", [&](const CueHit& c) { return c.w1 == o0; })) return true;
    }
    return false;
  };
  auto entry = [&](const Event& e) {
    const Label& told = doc_.triggers[e.trigger].acled_sub_event_type;
    // A handover told by its taker's word ("moved in without a fight") is the entry too.
    return TerritoryTaken(e) ||
           (handover(e) && (told == "Non-state actor overtakes territory" || told == "Government regains territory" ||
                            doc_.triggers[e.trigger].plover_event_type == "COERCE" ||
                            (doc_.triggers[e.trigger].voice != "nominal" && received_from(e)) ||
                            received_after_withdrawal(e)));
  };
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (gone[i] || !entry(ev[i])) continue;
    for (size_t j = 0; j < ev.size(); ++j) {
      Event& w = ev[j];
      if (j == i || gone[j] || !handover(w) || entry(w)) continue;
      // Told in a later sentence ("the insurgents had pulled out of the
      // town overnight"): of the same town on the same day.
      const bool later_same_town = w.sentence > ev[i].sentence && !PlaceKeyOf(w).empty() &&
                                   PlaceKeyOf(w) == PlaceKeyOf(ev[i]) && DayOf(w) == DayOf(ev[i]) &&
                                   Happened(w.status) && Happened(ev[i].status);
      if (w.sentence != ev[i].sentence && !later_same_town) continue;
      const std::string came = Actor1Of(ev[i]), left = Actor1Of(w);
      if (came.empty() || left.empty() || came == left) continue;
      // Told in its own sentence, "militants fled" may name the side only
      // loosely: the dyad pass names the other side then.
      if (ev[i].actor2.actor < 0 && !ev[i].actor2.implicit && w.sentence == ev[i].sentence) ev[i].actor2 = w.actor1;
      // "Troops entered the city two days after Moscow announced it was
      // pulling out": ground the other side left, with no fighting told in
      // the sentence, changes hands without violence (ACLED).
      // Fighting told after the entry's clause (واتهم الطيران بقصف مواقعه)
      // is another event, not how the ground was taken.
      if (w.sentence == ev[i].sentence && !FightingIn(ev[i].sentence, trig_w_[ev[i].trigger].first)) {
        ev[i].acled_event_type = "Strategic developments";
        ev[i].acled_sub_event_type = "Non-violent transfer of territory";
      }
      Absorb(ev[i], std::move(w), /*take_kind=*/false);
      gone[j] = true;
    }
  }
  DropGone(gone);
  // "استعادت السيطرة على البلدة بعد أسابيع من سيطرة مسلحي الجماعة عليها"،
  // "regained control of X after driving out militants who had occupied
  // it": another taker, told after a retaking in its sentence as having
  // taken the ground before (a pluperfect, كانت … قد, or after "after",
  // بعد) — or the retaking's own actor 2 —, with no day of its own, held
  // it: the retaking's background, no capture of its own.
  std::vector<bool> held(ev.size(), false);
  // Told as before the retaking: a pluperfect (كانت … قد، "had") or after
  // "after" (بعد، إثر، عقب) up to four words before, in its clause.
  const auto prior = [&](size_t w0) {
    for (size_t k = w0 >= 4 ? w0 - 4 : 0; k < w0; ++k) {
      if (clause_[k] != clause_[w0]) continue;
      std::string_view t = words_[k].text();
      if (t.starts_with("\xD9\x88")) t.remove_prefix(2);  // و
      if (t == "had" || t == "after" || t == "\xD9\x83\xD8\xA7\xD9\x86" || t == "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA" ||
          t == "\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD8\xA7" || WordCue(k, "lead_up"))  // كان كانت كانوا
        return true;
    }
    return false;
  };
  for (size_t k = 0; k < ev.size(); ++k) {
    const Event& e = ev[k];
    if (!TerritoryTaken(e) || !Happened(e.status) || e.actor1.actor < 0) continue;
    const size_t w0 = trig_w_[e.trigger].first;
    // A day named right after it is its own ("كانت قد سيطرت عليها في مارس").
    // So is a time clause ("which the gunmen had seized when the fighting
    // began", عندما، حين): the taking told as an act of its own moment.
    bool own_day = false;
    for (int32_t d : Bucket(s_dates_, sent_[w0]))
      own_day |= date_w_[d].first > w0 && date_w_[d].first <= w0 + 6;
    for (size_t j = trig_w_[e.trigger].second; j < words_.size() && j <= w0 + 6 && sent_[j] == sent_[w0]; ++j) {
      std::string_view t = words_[j].text();
      if (t.starts_with("\xD9\x88")) t.remove_prefix(2);  // و
      own_day |= t == "when" || t == "while" || t == "during" || t == "\xD8\xB9\xD9\x86\xD8\xAF\xD9\x85\xD8\xA7" ||
                 t == "\xD8\xAD\xD9\x8A\xD9\x86" || t == "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84";  // عندما، حين، خلال
      // مع بدء المواجهات، في بداية القتال، "at the start of": its moment in the fight.
      if (j + 1 < words_.size() && sent_[j + 1] == sent_[w0]) {
        const std::string_view next = words_[j + 1].text();
        const bool start = next == "\xD8\xA8\xD8\xAF\xD8\xA1" || next == "\xD8\xA8\xD8\xAF\xD8\xA7\xD9\x8A\xD8\xA9" ||
                           next == "start" || next == "outset";  // بدء، بداية
        own_day |= start && (t == "\xD9\x85\xD8\xB9" || t == "\xD9\x81\xD9\x8A" || t == "at" || t == "the");  // مع، في
      }
    }
    if (own_day) continue;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& h = ev[i];
      if (i == k || held[i] || !TerritoryTaken(h) || !Happened(h.status) || h.sentence != e.sentence ||
          trig_w_[h.trigger].second > w0)
        continue;
      // A count of time before it ("two days after the rebels overran it")
      // dates it apart from the retaking's day: its own event.
      bool dated_before = false;
      for (int32_t d : Bucket(s_dates_, sent_[w0]))
        dated_before |= d != h.date && date_w_[d].second <= w0 && date_w_[d].first + 6 >= w0 &&
                        date_w_[d].first >= trig_w_[h.trigger].second;
      if (dated_before) continue;
      const std::string loser = Actor2Of(h);
      const bool other_taker =
          h.actor1.actor >= 0 && !h.actor1.implicit && !e.actor1.implicit && Actor1Of(e) != Actor1Of(h);
      // Either taker (the retaking's own actor 2, or another) must be told
      // as before it: a recapture told after, by the side that lost the
      // ground, is an act of its own.
      if (!((Actor1Of(e) == loser && !loser.empty()) || other_taker) || !prior(w0)) continue;
      if (!PlaceKeyOf(e).empty() && !PlaceKeyOf(h).empty() && PlaceKeyOf(e) != PlaceKeyOf(h)) continue;
      if (h.actor2.actor < 0 && !h.actor2.implicit) ev[i].actor2 = e.actor1;  // the side that held it
      held[k] = true;
      break;
    }
  }
  DropGone(held);
  // "SDF vehicles entered Dhiban at dawn and took over two checkpoints
  // without a fight", دخلت القوات البلدة وسيطرت على مبنى البلدية: a taking
  // of ground joined by "and" (و) to a taking told before it in its
  // sentence, on its day, by its doer or none named of its own, at its place
  // or none of its own, goes on telling that one change of hands; an
  // unopposed one (a non-violent transfer) names its kind. Two towns taken
  // are two events (captures stay news, and a place apart keeps its own).
  const auto takes_ground = [](const Event& e) {
    return TerritoryTaken(e) || e.acled_sub_event_type == "Non-violent transfer of territory";
  };
  FoldInto(
      [&](const Event& e) -> int32_t {
        if (!takes_ground(e) || !Happened(e.status)) return -1;
        const size_t w0 = trig_w_[e.trigger].first;
        if (!AndOpens(w0, Latin(e))) return -1;
        int32_t host = -1;
        for (size_t i = 0; i < ev.size(); ++i) {
          const Event& h = ev[i];
          if (&h == &e || h.sentence != e.sentence || trig_w_[h.trigger].second > w0) continue;
          if (!takes_ground(h) || h.status != e.status || DayOf(h) != DayOf(e)) continue;
          host = static_cast<int32_t>(i);  // the latest taking before it
        }
        if (host < 0) return -1;
        const Event& h = ev[host];
        if (e.actor1.actor >= 0 && !e.actor1.implicit && h.actor1.actor >= 0 && Actor1Of(e) != Actor1Of(h)) return -1;
        if (e.place >= 0 && h.place >= 0 && e.place != h.place && !SamePlaceKey(h, e)) return -1;
        return host;
      },
      [](const Event& host, const Event& folded) {
        return folded.acled_sub_event_type == "Non-violent transfer of territory" &&
               host.acled_sub_event_type != "Non-violent transfer of territory";
      });
}

// "أفرجت الجماعة عن جنديين وسلّمتهما إلى بعثة إنسانية", "freed the
// hostages and handed them to the Red Cross", "أُفرج عنهم. وسُلّموا إلى
// ذويهم": captives handed over after their release are that release told
// to its end, not ground changing hands nor a second release. A handover
// (a transfer of territory, or a release told by its handing back) after a
// release, in its sentence or the next, on its day, joins it; a place
// named right after the handover word is ground handed over and stays its
// own event. The release keeps its captors; the handover may tell where.
void Builder::FoldHandingBack() {
  const std::vector<Event>& ev = doc_.events;
  const auto release = [](const Event& e) {
    return e.acled_sub_event_type == "Other" && e.plover_mode == "release";
  };
  FoldInto([&](const Event& e) -> int32_t {
    // A handing-over word: its subject gives, a preposition names who
    // receives (سلّم، "handed over"; not a withdrawal, انسحب).
    const std::string& roles = doc_.triggers[e.trigger].roles;
    const bool transfer = e.acled_sub_event_type == "Non-violent transfer of territory" &&
                          roles.rfind("subj=actor2", 0) == 0 && roles.find("prep:") != std::string::npos;
    if ((!transfer && !release(e)) || !Happened(e.status)) return -1;
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    if (transfer && e.place >= 0 && place_w_[e.place].first >= w1 && place_w_[e.place].first <= w1 + 1) return -1;
    for (size_t i = ev.size(); i-- > 0;) {
      const Event& r = ev[i];
      if (&r == &e || !release(r) || !Happened(r.status) || trig_w_[r.trigger].first >= w0) continue;
      if (r.sentence > e.sentence || e.sentence - r.sentence > 1) continue;
      // One sentence joins them whatever day each names (the release's
      // may be when the captives were taken: كانت تحتجزهما منذ أغسطس).
      if (r.quote != e.quote || (r.sentence != e.sentence && DayOf(r) != DayOf(e))) continue;
      // Ground given up between them ("withdrew from positions it handed to
      // a local force") is what the handover hands over.
      const Span from = doc_.triggers[r.trigger].span, to = doc_.triggers[e.trigger].span;
      bool ground_between = false;
      for (const TriggerMention& t : doc_.triggers)
        if (t.span.begin >= from.end && t.span.begin < to.begin &&
            (t.acled_sub_event_type == "Non-violent transfer of territory" ||
             t.acled_sub_event_type == "Non-state actor overtakes territory" ||
             t.acled_sub_event_type == "Government regains territory"))
          ground_between = true;
      if (ground_between) continue;
      // The handover names the captors again or no one (the families it
      // names inside its own words receive, they do not act).
      const Span told = doc_.triggers[e.trigger].span;
      const bool own_words = e.actor1.actor >= 0 && doc_.actors[e.actor1.actor].span.begin >= told.begin &&
                             doc_.actors[e.actor1.actor].span.begin < told.end;
      if (e.actor1.actor >= 0 && !own_words && Actor1Of(e) != Actor1Of(r)) continue;
      return static_cast<int32_t>(i);
    }
    return -1;
  });
}

// "وقّع الطرفان في جوبا اتفاقاً لوقف إطلاق النار في النيل الأزرق", "a deal on
// a truce": the terms named right after a new agreement word (at most one
// word between, a preposition) are that agreement, not a second one; it
// stays where it was made, the place of its terms filling only a gap.
void Builder::FoldTermsOfAgreements() {
  const std::vector<Event>& ev = doc_.events;
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Agreement") return -1;
    const size_t w0 = trig_w_[e.trigger].first;
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& a = ev[i];
      // "ولا يتضمن الاتفاق وقفاً لإطلاق النار": the deal told before, and
      // what it lacks, are no one agreement and its terms.
      if (&a == &e || a.acled_sub_event_type != "Agreement" || a.sentence != e.sentence || a.quote != e.quote ||
          a.status != e.status || Definite(a))
        continue;
      const size_t a1 = trig_w_[a.trigger].second;
      if (a1 <= w0 && w0 - a1 <= 1 && clause_[trig_w_[a.trigger].first] == clause_[w0]) return static_cast<int32_t>(i);
    }
    return -1;
  });
}

// An Arabic verb joined by و with no subject of its own (وكانت الحركة قد
// سيطرت على البلدة …، وتوعدت باستعادة القرى) has the subject of the clause it
// joins: the party named before the verb of the sentence's first deed told
// before it (a name after a verb or verbal noun is its object or its
// genitive doer, as in بعد انسحاب القوات منها). -1 when none.
int32_t Builder::CarriedSubject(const std::vector<Event>& ev, size_t threat) const {
  const size_t tw0 = trig_w_[ev[threat].trigger].first;
  if (Latin(ev[threat]) || words_[tw0].text().substr(0, 2) != "\xD9\x88") return -1;  // و
  if (ActorStartingAt(tw0 + 1) >= 0) return -1;  // وتوعدت الحركة: a subject of its own
  if (ev[threat].actor1.actor >= 0 && actor_w_[ev[threat].actor1.actor].first > tw0) return -1;
  int32_t subject = -1;
  size_t earliest = tw0;
  for (const Event& o : ev) {
    const size_t ow0 = trig_w_[o.trigger].first;
    if (o.sentence != ev[threat].sentence || ow0 >= tw0 || ow0 >= earliest || o.actor1.actor < 0) continue;
    const size_t named = actor_w_[o.actor1.actor].first;
    if (named >= ow0 || sent_[named] != sent_[ow0]) continue;
    earliest = ow0;
    subject = o.actor1.actor;
  }
  return subject;
}

// A threat (توعد، هدد، "vowed") is told with the act threatened (توعد
// باستعادة المدينة): that act is the event, as intent, with the threatener
// as its actor; the PLOVER-only threat is not a second event.
void Builder::FoldThreats() {
  std::vector<Event>& ev = doc_.events;
  std::vector<bool> gone(ev.size(), false);
  // "threatening to kill anyone who does", "threatened to kill other
  // community leaders": a killing threatened (its word ends at kill_w1)
  // against people no force is named for — actor 2 is no armed party, and
  // no armed party is named within two words after the killing word — is a
  // threat against civilians: an attack on them, not a clash. A second side
  // already read (named or implied) stays.
  const auto threatened_civilians = [&](Event& e, size_t kill_w1) {
    if (Armed(InterOf(e.actor2))) return false;
    for (int32_t a : Bucket(s_actors_, sent_[kill_w1 - 1]))
      if (actor_w_[a].first >= kill_w1 && actor_w_[a].first <= kill_w1 + 2 && Armed(doc_.actors[a].acled_inter))
        return false;
    e.acled_event_type = "Violence against civilians";
    e.acled_sub_event_type = "Attack";
    if (e.actor2.actor < 0 && !e.actor2.implicit) SetImplicitId(e.actor2, "gen.civilians");
    return true;
  };
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].acled_event_type != "none" || ev[i].plover_event_type != "THREATEN") continue;
    const size_t tw1 = trig_w_[ev[i].trigger].second;
    for (size_t j = 0; j < ev.size(); ++j) {
      const size_t w = trig_w_[ev[j].trigger].first;
      if (j == i || gone[j] || ev[j].acled_event_type == "none" || w < tw1 || w - tw1 > 6) continue;
      if (clause_[w] != clause_[tw1 - 1]) continue;
      Raise(ev[j], "intent");
      if (ev[j].acled_sub_event_type == "Armed clash" && doc_.triggers[ev[j].trigger].acled_event_type == "casualty")
        threatened_civilians(ev[j], trig_w_[ev[j].trigger].second);
      // A name read before an Arabic و-verb is another clause's word; the
      // verb's subject is the one it carries over.
      const int32_t carried = CarriedSubject(ev, i);
      const int32_t threatener = carried >= 0 ? carried : ev[i].actor1.actor;
      if (threatener >= 0 && ev[j].actor1.actor < 0) SetActor(ev[j].actor1, threatener);
      // The threatener is the doer of the act it threatens (وتوعدت باستعادة
      // القريتين): a party named outside the act's own words is the act's
      // other side or no side of it at all.
      else if (threatener >= 0 && ev[j].actor1.actor != threatener && !lex_.Related(doc_.actors[threatener].id, Actor1Of(ev[j])) &&
               !(actor_w_[ev[j].actor1.actor].first >= tw1 && actor_w_[ev[j].actor1.actor].first < w)) {
        if (Actor2Of(ev[j]) == doc_.actors[threatener].id) ev[j].actor2 = ev[j].actor1;
        SetActor(ev[j].actor1, threatener);
      }
      gone[i] = true;
      break;
    }
    // "armed groups had threatened to kill other community leaders": a
    // killing word right after the threat that made no event of its own (the
    // loop above found no live event in reach: its toll went to a deed told
    // before) is the threat's own act — an intent attack on civilians, as
    // above. A threat denied ("did not threaten to kill") stays denied.
    if (gone[i] || ev[i].status == "negated") continue;
    const int32_t sentence = static_cast<int32_t>(ev[i].sentence);
    for (int32_t u : Bucket(s_triggers_, sentence)) {
      const size_t u0 = trig_w_[u].first;
      if (doc_.triggers[u].acled_event_type != "casualty" || u0 < tw1 || u0 - tw1 > 1 || clause_[u0] != clause_[tw1 - 1])
        continue;
      if (threatened_civilians(ev[i], trig_w_[u].second)) Raise(ev[i], "intent");
      break;
    }
  }
  DropGone(gone);
}

// "Gunmen abducted 30 people in raids on two villages. The attackers shot
// dead a guard who resisted": a shooting or fighting told of the doers of
// an attack told before under a noun that only refers back to them
// (`doer_anaphor` cue: the attackers, المهاجمون) is that attack's course,
// not an event of its own, when it has no day of its own and no other place.
void Builder::FoldDeedsOfTheAttackers() {
  const std::vector<Event>& ev = doc_.events;
  const auto same_place = [&](const Event& a, const Event& b) {
    if (a.place < 0 || b.place < 0 || a.place == b.place) return true;
    const PlaceMention &pa = doc_.places[a.place], &pb = doc_.places[b.place];
    return (pa.resolved && pb.resolved && pa.entry == pb.entry) || Encloses(a.place, b.place) ||
           Encloses(b.place, a.place);
  };
  FoldInto([&](const Event& e) -> int32_t {
    if (!Happened(e.status) || (e.date >= 0 && OwnDate(e))) return -1;
    // Burning, plunder and abduction stay deeds of their own (ACLED codes
    // them apart even in one raid): only the killing and shooting fold.
    if (e.acled_sub_event_type != "Attack" && e.acled_sub_event_type != "Armed clash") return -1;
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    const int32_t s = static_cast<int32_t>(e.sentence);
    // The subject before the verb, or inside a trigger that spans it. (Right
    // after an Arabic verb the noun was measured to join distinct acts too
    // often: not taken.)
    if (!AnyCue(s, "doer_anaphor", [&](const CueHit& c) { return c.w0 < w1 && (c.w1 > w0 || w0 - c.w1 <= 12); }))
      return -1;
    // "The attackers then executed six men", أعدم المهاجمون بعد ذلك ستة رجال:
    // a `next_step` or `afterwards` word in its clause tells the next act of
    // the story, one of its own — told before the event word, or in Arabic
    // right after the verb or its subject (أعدموا بعد ذلك، أعدم المهاجمون
    // بعد ذلك). One told later ("shot dead two guards and afterwards
    // withdrew") is of the next verb.
    const auto next_act = [&](const CueHit& c) {
      if (c.clause != clause_[w0]) return false;
      return c.w1 <= w0 || (!Latin(w0) && c.w0 >= w1 && c.w0 - w1 <= 1);
    };
    if (AnyCue(s, "next_step", next_act) || AnyCue(s, "afterwards", next_act)) return -1;
    for (size_t j = ev.size(); j-- > 0;) {
      const Event& o = ev[j];
      if (o.sentence >= e.sentence || e.sentence - o.sentence > 2) continue;
      if (o.acled_event_type != "Violence against civilians" && o.acled_event_type != "Battles") continue;
      if (!Happened(o.status) || o.quote >= 0) continue;
      return DayOf(o) == DayOf(e) && same_place(o, e) ? static_cast<int32_t>(j) : -1;
    }
    return -1;
  });
}

}  // namespace marsad::events_internal

namespace marsad::events_internal {

// "An Israeli drone struck a car near X … The army vowed to keep striking
// any threat in the south", وتوعد الجيش بمواصلة ضرب أي تهديد: a threatened
// act told by a generic word (ضرب، "attacks": an Armed clash by default)
// whose doer's last act told before it in the report, of a battle, an air
// or drone strike or a shelling (that happened), was a strike or a shelling
// is more of that kind (ACLED types the threat as the action threatened).
void Builder::VowedStrikesOfTheirKind() {
  std::vector<Event>& ev = doc_.events;
  for (size_t i = 0; i < ev.size(); ++i) {
    Event& e = ev[i];
    if (e.status != "intent" || !Generic(e) || e.acled_sub_event_type != "Armed clash" || e.actor1.actor < 0) continue;
    const std::string doer = Actor1Of(e);
    const size_t tw = trig_w_[e.trigger].first;
    const Event* last = nullptr;
    size_t last_w = 0;
    for (size_t j = 0; j < ev.size(); ++j) {
      const Event& o = ev[j];
      if (j == i || !Happened(o.status) || o.status == "historical" || o.actor1.actor < 0) continue;
      // A grenade thrown or a charge set off says nothing of how the party strikes from afar.
      if (o.acled_event_type != "Battles" && o.acled_sub_event_type != "Air/drone strike" &&
          o.acled_sub_event_type != "Shelling/artillery/missile attack")
        continue;
      const size_t ow = trig_w_[o.trigger].first;
      if (ow >= tw || (last && ow < last_w)) continue;
      const std::string od = Actor1Of(o);
      if (od != doer && !lex_.Related(od, doer)) continue;
      last = &o, last_w = ow;
    }
    if (!last || (last->acled_sub_event_type != "Air/drone strike" &&
                  last->acled_sub_event_type != "Shelling/artillery/missile attack"))
      continue;
    e.acled_event_type = last->acled_event_type;
    e.acled_sub_event_type = last->acled_sub_event_type;
    e.plover_mode = last->plover_mode;
  }
}

// "Pakistani artillery shelled villages in X … The Taliban's defence
// ministry said its forces responded by targeting Pakistani military posts
// across the border", ردّت القوات بقصف مواقع: a shelling (not an air strike:
// a force in the air meets no fire back), not of civilians, told right after
// a verb of hitting back (a `response` cue, up to two words before it) by an
// armed party other than the doer of a strike, shelling or fight told in its
// sentence or the one before is the two forces exchanging fire (ACLED: an
// armed clash of its own, the first act staying as told).
void Builder::HittingBackIsAClash() {
  std::vector<Event>& ev = doc_.events;
  const auto armed = [&](const EventArgument& a) {
    const std::string inter = InterOf(a);
    return !inter.empty() && inter != "Civilians" && inter != "Protesters" && inter != "Rioters";
  };
  for (size_t i = 0; i < ev.size(); ++i) {
    Event& e = ev[i];
    if (e.acled_sub_event_type != "Shelling/artillery/missile attack" || !Happened(e.status) ||
        e.status == "historical" || e.actor1.actor < 0 || !armed(e.actor1))
      continue;
    // Fire back on a village (its victims civilians) is a shelling of them still.
    if (InterOf(e.actor2) == "Civilians") continue;
    const size_t w0 = trig_w_[e.trigger].first;
    const bool response = (w0 >= 1 && WordCue(w0 - 1, "response")) || (w0 >= 2 && WordCue(w0 - 2, "response"));
    if (!response) continue;
    bool hit_first = false;
    for (size_t j = 0; j < ev.size() && !hit_first; ++j) {
      const Event& o = ev[j];
      if (j == i || o.sentence > e.sentence || e.sentence - o.sentence > 1 || !Happened(o.status)) continue;
      if (o.sentence == e.sentence && trig_w_[o.trigger].first >= w0) continue;
      // The first act is fire a force can answer: a strike, a shelling or a
      // fight — not a bomb, a grenade or a suicide attack, whose doers hold
      // no position to fire back at.
      if (o.acled_sub_event_type != "Air/drone strike" && o.acled_sub_event_type != "Shelling/artillery/missile attack" &&
          o.acled_event_type != "Battles")
        continue;
      if (o.actor1.actor < 0 || !armed(o.actor1) || Actor1Of(o) == Actor1Of(e) || lex_.Related(Actor1Of(o), Actor1Of(e)))
        continue;
      hit_first = true;
    }
    if (!hit_first) continue;
    e.acled_event_type = "Battles";
    e.acled_sub_event_type = "Armed clash";
    e.plover_mode = "firearms";
  }
}

}  // namespace marsad::events_internal
