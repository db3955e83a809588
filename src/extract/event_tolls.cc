#include "extract/event_builder.h"

#include <algorithm>
#include <optional>

#include "text/normalize.h"
#include "util/civil_time.h"

namespace marsad::events_internal {

// "دون أن تسجل إصابات", "no casualties": the event told just before had a
// toll of zero (the nearest one of the sentence before the cue, else the
// last of the sentence before).
void Builder::ZeroTolls() {
  for (const CueHit& c : cues_) {
    if (c.row->type != "no_casualties") continue;
    // The latest event before the cue in its sentence, else in the sentence
    // before; a violent one first. An interception has no toll of its own:
    // "none were hurt" after it is said of the rockets it stopped.
    auto latest = [&](auto in_scope) {
      Event* any = nullptr;
      Event* violent = nullptr;
      for (Event& e : doc_.events) {
        if (!in_scope(e) || e.acled_sub_event_type == "Disrupted weapons use") continue;
        any = &e;
        if (Violent(e.acled_event_type)) violent = &e;
      }
      return violent ? violent : any;
    };
    Event* target = latest([&](const Event& e) {
      return static_cast<int32_t>(e.sentence) == c.sentence && trig_w_[e.trigger].first < c.w0;
    });
    // "Most of the rockets were intercepted and no one was hurt": after an
    // interception, with no other event before the cue in its sentence, the
    // toll is of the rockets or drones fired — the strike or shelling told
    // in the sentence before, ahead of any battle or killing beside it.
    const bool after_interception = std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& e) {
      return static_cast<int32_t>(e.sentence) == c.sentence && trig_w_[e.trigger].first < c.w0 &&
             e.acled_sub_event_type == "Disrupted weapons use";
    });
    if (!target && after_interception)
      target = latest([&](const Event& e) {
        return static_cast<int32_t>(e.sentence) == c.sentence - 1 && e.acled_event_type == "Explosions/Remote violence";
      });
    if (!target) target = latest([&](const Event& e) { return static_cast<int32_t>(e.sentence) == c.sentence - 1; });
    if (!target || target->fatalities || target->acled_event_type == "none") continue;
    CasualtyFigure zero;
    zero.low = zero.best = zero.high = 0;
    zero.span = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
    target->fatalities = zero;
  }
}

// A looting, an agreement, a mass grave found, a bomb defused: ACLED codes
// no dead on a strategic development, so a toll read near one (a running
// toll beside a truce, the bodies in a grave) is none of its own.
// A rape is coded apart from any killing of the same raid ("women were raped
// during the attack"): a rape that kills is an attack, so the dead read
// beside a sexual-violence event are the attack's, never its own.
// "No one was hurt" told of an arson or looting itself (ZeroTolls), an act
// that could have hurt those around it, is its own toll of zero and stays;
// "without losses" of a withdrawal or a transfer is no toll of an act.
void Builder::NoTollsOfDevelopments() {
  // An abduction is coded apart from the killing of the same raid too
  // ("stormed the village, shooting dozens and abducting 15 women"; اختطف
  // مسلحون 27 شخصاً … وقتلوا ثلاثة رجال): with an attack of its day and
  // place that carries no toll, the dead read for the abduction are the
  // attack's. Told alone, an abduction keeps the dead of its raid.
  for (Event& taken : doc_.events) {
    if (taken.acled_sub_event_type != "Abduction/forced disappearance" || !taken.fatalities) continue;
    for (Event& attack : doc_.events) {
      if (attack.acled_sub_event_type != "Attack" || attack.fatalities || attack.place != taken.place ||
          DayOf(attack) != DayOf(taken))
        continue;
      attack.fatalities = taken.fatalities;
      attack.civilian_fatalities = taken.civilian_fatalities;
      taken.fatalities.reset();
      taken.civilian_fatalities.reset();
      break;
    }
  }
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Strategic developments" && e.acled_sub_event_type != "Sexual violence") continue;
    const bool told_zero = e.acled_sub_event_type == "Looting/property destruction" && e.fatalities &&
                           e.fatalities->low == 0.0 && e.fatalities->best == 0.0 && e.fatalities->high == 0.0;
    if (!told_zero) e.fatalities.reset(), e.civilian_fatalities.reset();
  }
}

// A crowd's own clause saying it acted peacefully (`peaceful_manner` cue:
// "marched in silence", "protested peacefully", اعتصاماً سلمياً): whatever dead
// the sentence holds, no force met this crowd.
bool Builder::ToldPeaceful(const Event& e) const {
  // Named copies, not a structured binding: clang before 16 cannot capture
  // a binding in a lambda (the fuzz tier builds with clang).
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  return AnyCue(sent_[tw0], "peaceful_manner", [&](const CueHit& c) { return CueApplies(c, tw0, tw1, e.trigger); });
}

// ACLED codes no dead on a peaceful protest nor on a protest met with force
// short of killing: once force kills, the event is excessive force against
// protesters. So a dispersal that carries dead is that; a crowd told by its
// own deed, its crowd named as the doer ("thousands marched in silence",
// تظاهر العشرات مطالبين بالتحقيق في مقتل …), took no lives, and a toll read
// beside it (the killing it protests, the disaster it mourns) belongs
// elsewhere. A protest named with no crowd as its doer and dead beside it
// (مقتل متظاهر خلال احتجاج، الاحتجاجات التي قتل فيها 600) is the crackdown
// itself. "No one was hurt" stays a toll of zero.
void Builder::NoTollsOfPeacefulCrowds() {
  // Force short of killing that wounds protesters with bullets (a `gunfire`
  // cue in the dispersal's sentence: أصيب ثلاثة برصاص القوات خلال قمعها
  // مسيرة، "fired tear gas and live bullets, wounding seven") is serious
  // harm by firearms: ACLED's excessive force, not a protest with
  // intervention. Tear gas, batons or rubber bullets alone stay that.
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Protest with intervention" || !e.injuries) continue;
    if (e.injuries->low.value_or(0) <= 0 && e.injuries->best.value_or(0) <= 0) continue;
    const int32_t sentence = sent_[trig_w_[e.trigger].first];
    if (!SameTollSentence(*e.injuries, sentence)) continue;
    // Shots "in the air" (a `not_event` row right after the bullets: الرصاص
    // في الهواء) hit no one: the wounds came from batons or the crush. Rubber
    // or plastic bullets (a `less_lethal` row right after or right before
    // them: برصاص مطاطي، "rubber-coated rounds") are force short of firearms.
    const bool aimed = AnyCue(sentence, "gunfire", [&](const CueHit& g) {
      const auto beside = [&](const CueHit& n) { return n.w0 >= g.w1 && n.w0 <= g.w1 + 1; };
      const auto before = [&](const CueHit& n) { return n.w1 == g.w0; };
      return !AnyCue(sentence, "not_event", beside) &&
             !AnyCue(sentence, "less_lethal", [&](const CueHit& n) { return beside(n) || before(n); });
    });
    if (aimed) e.acled_sub_event_type = "Excessive force against protesters";
  }
  for (Event& e : doc_.events) {
    if ((e.acled_event_type != "Protests" && e.acled_sub_event_type != "Violent demonstration") || !e.fatalities)
      continue;
    const bool dead = e.fatalities->low.value_or(0) > 0 || e.fatalities->best.value_or(0) > 0;
    if (!dead) continue;
    // The dead of a later sentence (a youth who died of a police bullet in
    // another town) are another event's, not the dispersal's.
    const Span toll = e.fatalities->span;
    const bool told_apart = toll.end > toll.begin && !SameTollSentence(*e.fatalities, sent_[trig_w_[e.trigger].first]);
    // A riot's stone-throwing told after the sentence of the dead (a youth
    // shot when the police broke up the march; then youths threw stones
    // elsewhere) did not kill them: they fell to the force that met the
    // crowd. Dead told after the riot ("A protester was killed") are its own.
    const bool told_before = told_apart && toll.begin < doc_.sentences[sent_[trig_w_[e.trigger].first]].span.begin;
    if (e.acled_sub_event_type == "Violent demonstration") {
      if (told_before) e.fatalities.reset(), e.civilian_fatalities.reset();
    } else if (e.acled_sub_event_type == "Protest with intervention" && told_apart) {
      e.fatalities.reset();
      e.civilian_fatalities.reset();
    } else if (e.acled_sub_event_type == "Protest with intervention") {
      e.acled_sub_event_type = "Excessive force against protesters";
    } else if (e.acled_sub_event_type == "Peaceful protest" &&
               ((e.actor1.actor >= 0 && !e.actor1.implicit) || ToldPeaceful(e))) {
      e.fatalities.reset();
      e.civilian_fatalities.reset();
    } else if (e.acled_sub_event_type == "Peaceful protest") {
      e.acled_sub_event_type = "Excessive force against protesters";
    }
  }
}

// "احتجاجاً على مقتل شاب"، "in protest at the killing of a fisherman": a
// toll a few words after a `topic` cue of the crowd's clause is the death
// the crowd reacts to, told before the crowd gathered, not one its protest
// or riot caused.
void Builder::NoTollsOfGrievances() {
  // "نظم مئات السكان وأقارب الضحية اعتصاماً", "relatives of the victims held
  // a vigil": a death word right after a `kin_of` cue (أقارب، ذوي, "families
  // of") names whose kin the crowd are — dead told before, not dead of the
  // crowd's act. True when the sentence has death words and each is so told.
  const auto only_kin_of_the_dead = [&](int32_t sentence) {
    bool any = false;
    for (int32_t t : Bucket(s_triggers_, sentence)) {
      if (doc_.triggers[t].acled_event_type != "casualty") continue;
      const size_t dw0 = trig_w_[t].first;
      any = true;
      if (!AnyCue(sentence, "kin_of", [&](const CueHit& c) { return c.w1 <= dw0 && dw0 - c.w1 <= 1; })) return false;
    }
    return any;
  };
  // أضرم شبان النار في مفوضية الشرطة بعد وفاة شاب موقوف داخلها، احتجاجات
  // إثر مقتل متظاهر: a death word (a casualty event word) right after a
  // `lead_up` cue (بعد، إثر، عقب) tells what came before the crowd acted,
  // its cause; the victim told right after that word (word `toll_w`) is
  // that death's, not one the crowd's own act caused.
  // "اعتدوا بالضرب على سائق شاحنة بعد حادث سير أودى بحياة طفل": an Arabic
  // death word may also stand three words at most after a `lead_up` cue of
  // its clause, no other event word between (the mishap it names, told
  // between them).
  const auto death_led_up_to = [&](size_t toll_w) {
    const int32_t sentence = sent_[toll_w];
    for (int32_t t : Bucket(s_triggers_, sentence)) {
      if (doc_.triggers[t].acled_event_type != "casualty") continue;
      const size_t dw0 = trig_w_[t].first, dw1 = trig_w_[t].second;
      if (dw1 > toll_w || toll_w - dw1 > 1 || clause_[dw0] != clause_[toll_w]) continue;
      const bool arabic = !Latin(doc_.triggers[t]);
      if (AnyCue(sentence, "lead_up", [&](const CueHit& c) {
            return c.w1 == dw0 || (arabic && c.w1 <= dw0 && dw0 - c.w1 <= 3 && clause_[c.w0] == clause_[dw0] &&
                                   !TriggerBetween(c.w1, dw0));
          }))
        return true;
    }
    // "marched a day after the leader of their union was shot dead": an
    // English death word (a passive, the toll read at its first word) whose
    // victim stands between it and the `lead_up` cue of its clause, no other
    // event word between.
    for (int32_t t : Bucket(s_triggers_, sentence)) {
      if (doc_.triggers[t].acled_event_type != "casualty" || !Latin(doc_.triggers[t])) continue;
      const size_t dw0 = trig_w_[t].first;
      if (dw0 != toll_w) continue;
      if (AnyCue(sentence, "lead_up", [&](const CueHit& c) {
            return c.w1 < dw0 && dw0 - c.w1 <= 8 && clause_[c.w0] == clause_[dw0] && !TriggerBetween(c.w1, dw0);
          }))
        return true;
    }
    return false;
  };
  for (Event& e : doc_.events) {
    if ((e.acled_event_type != "Protests" && e.acled_event_type != "Riots") || !e.fatalities) continue;
    const Span toll = e.fatalities->span;
    if (toll.empty()) continue;
    const size_t tw0 = trig_w_[e.trigger].first;
    size_t first = tw0;
    while (first > 0 && sent_[first - 1] == sent_[tw0]) --first;
    // The toll's first word, in the crowd's sentence or a later one (a
    // quote's teller "whose cousin was killed" told after the riot).
    size_t toll_w = SIZE_MAX;
    for (size_t w = first; w < words_.size(); ++w)
      if (doc_.tokens[words_[w].first].span.begin >= toll.begin) {
        toll_w = w;
        break;
      }
    if (toll_w == SIZE_MAX) continue;
    const bool grievance = AnyCue(sent_[toll_w], "topic", [&](const CueHit& c) {
      return c.w1 <= toll_w && toll_w - c.w1 <= 4 && clause_[c.w0] == clause_[toll_w];
    });
    if (grievance || death_led_up_to(toll_w) || only_kin_of_the_dead(sent_[toll_w]))
      e.fatalities.reset(), e.civilian_fatalities.reset();
  }
}

// "Killed since the offensive began", منذ بدء الهجوم: the offensive that
// starts a running toll is the fighting the toll counts, a battle, not
// the announcement of an operation.
void Builder::FightingOfRunningTolls() {
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Strategic developments") continue;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    for (int32_t ci : Bucket(s_cues_, sent_[tw0])) {
      const CueHit& c = cues_[ci];
      if (c.row->type != "cumulative" || c.w1 <= tw0 || c.w0 >= tw1) continue;
      e.acled_event_type = "Battles";
      e.acled_sub_event_type = "Armed clash";
      e.plover_event_type = "ASSAULT";
      e.plover_mode = "firearms";
    }
  }
}

// "killing a 16-year-old boy", "wounding a soldier": one victim, told with
// the article ("a number of people", "a dozen" are no count of one: a
// `not_one_count` cue after the article).
std::optional<CasualtyFigure> Builder::EnglishOneVictim(size_t tw1) const {
  if (tw1 == 0 || tw1 + 1 >= words_.size() || !Latin(tw1)) return {};
  if (!WordCue(tw1, "indefinite_article")) return {};
  if (WordCue(tw1 + 1, "not_one_count")) return {};
  CasualtyFigure f;
  f.low = f.best = f.high = 1;
  f.span = doc_.SpanOf(TokenRange{words_[tw1].first, words_[tw1].end});
  return f;
}

// "killing the driver", "beat him to death", "killing both men inside": an
// active toll verb's object told definite — "the" and a singular person
// head of up to three words, a singular pronoun, or "both" and a plural —
// is one dead (two for "both"). Not a plural head nor a collective ("the
// people", "the crew", "the rest": `collective_head` cues); the phrase ends
// at a `victim_phrase_end` word ("the driver inside").
std::optional<CasualtyFigure> Builder::EnglishDefiniteVictims(size_t tw1) const {
  if (tw1 >= words_.size() || !Latin(tw1)) return {};
  const std::string_view first = words_[tw1].text();
  CasualtyFigure f;
  size_t end = tw1 + 1;
  if (first == "him" || first == "her" || first == "himself" || first == "herself") {
    // "blew himself up …, killing himself and a guard": a bomber killed by
    // his own blast is one of its dead (ACLED counts the attacker).
    f.low = f.best = f.high = 1;
  } else if (first == "both" && tw1 + 1 < words_.size() && words_[tw1 + 1].is_word && NumberStartingAt(tw1 + 1) < 0) {
    f.low = f.best = f.high = 2;
    end = tw1 + 2;
  } else if (first == "both" && (tw1 + 1 >= words_.size() || !words_[tw1 + 1].is_word ||
                                 words_[tw1 + 1].clause_break || sent_[tw1 + 1] != sent_[tw1])) {
    // "exploded under two boys, killing both": the pronoun standing alone
    // is the two told before.
    f.low = f.best = f.high = 2;
  } else if (first == "the" || ((first == "its" || first == "his" || first == "their") &&
                                 WordCue(tw1, "singular_opener") != nullptr)) {
    // "killing its driver", "shot dead his brother": a possessive opens a
    // definite phrase as "the" does.
    auto boundary = [&](size_t k) {
      if (k >= words_.size() || words_[k].clause_break || !words_[k].is_word || sent_[k] != sent_[tw1]) return true;
      return WordCue(k, "victim_phrase_end") != nullptr;
    };
    size_t k = tw1 + 1;
    while (k < tw1 + 4 && !boundary(k)) {
      if (NumberStartingAt(k) >= 0 || TriggerStartingAt(k)) return {};
      ++k;
    }
    if (k == tw1 + 1 || !boundary(k)) return {};
    const std::string_view head = words_[k - 1].text();
    if (head.size() < 3 || (head.ends_with("s") && !head.ends_with("ss"))) return {};
    if (WordCue(k - 1, "collective_head")) return {};
    f.low = f.best = f.high = 1;
    end = k;
  } else {
    return {};
  }
  if (InNoCasualtiesCueAt(tw1)) return {};
  f.span = doc_.SpanOf(TokenRange{words_[tw1].first, words_[end - 1].end});
  return f;
}

// The auxiliary may stand apart from the verb: an adverb between ("was
// publicly executed", "was reportedly killed"), or the perfect ("has been
// killed", "had been shot dead"), still of one subject.
size_t Builder::SingularPassiveAux(size_t tw0, bool had) const {
  auto adverb = [&](size_t w) {
    return (words_[w].text().size() > 4 && words_[w].text().ends_with("ly")) || WordCue(w, "passive_adverb");
  };
  if (words_[tw0].text() == "was") return tw0;
  if (tw0 >= 1 && words_[tw0 - 1].text() == "was") return tw0 - 1;
  if (tw0 >= 2 && words_[tw0 - 2].text() == "was" && adverb(tw0 - 1)) return tw0 - 2;
  if (tw0 >= 2 && words_[tw0 - 1].text() == "been" &&
      (words_[tw0 - 2].text() == "has" || (had && words_[tw0 - 2].text() == "had")))
    return tw0 - 2;
  return SIZE_MAX;
}

// "A soldier was killed", "the mayor was shot dead": an English passive
// toll in the singular, with no count, has one victim; not when a
// no-casualties cue tells it ("no one was killed").
std::optional<CasualtyFigure> Builder::EnglishPassiveOne(const TriggerMention& tr, size_t tw0) const {
  if (tr.voice != "passive" || !Latin(tr)) return {};
  const size_t aux = SingularPassiveAux(tw0, /*had=*/true);
  if (aux == SIZE_MAX || InNoCasualtiesCueAt(aux)) return {};
  CasualtyFigure f;
  f.low = f.best = f.high = 1;
  f.span = doc_.SpanOf(TokenRange{words_[aux].first, words_[aux].end});
  return f;
}

// "A farmer and his son were shot dead", "a student, a trader and a
// nurse were killed": a plural passive whose subject is person phrases in
// the singular, each opened by an article or a possessive (a
// `singular_opener` cue) and joined by
// commas and "and", has as many dead as phrases. Any count but an age, an
// event word or a plural head leaves the subject to the counts.
std::optional<CasualtyFigure> Builder::EnglishJoinedSubjects(const TriggerMention& tr, size_t tw0) const {
  if (tr.voice != "passive" || !Latin(tr) || tw0 == 0) return {};
  size_t aux = tw0;
  if (words_[tw0].text() != "were") {
    if (words_[tw0 - 1].text() == "were") aux = tw0 - 1;
    else if (tw0 >= 2 && words_[tw0 - 1].text() == "been" && words_[tw0 - 2].text() == "have") aux = tw0 - 2;
    else return {};
  }
  size_t end = aux, first = SIZE_MAX;
  int phrases = 0;
  bool joined = false;
  while (end > 0 && phrases < 8) {
    const std::string_view head = words_[end - 1].text();
    if (head.size() < 3 || (head.ends_with("s") && !head.ends_with("ss"))) return {};
    size_t open = SIZE_MAX;
    for (size_t k = end; k-- > 0 && end - k <= 7;) {
      const std::string_view t = words_[k].text();
      const bool hyphen = t == "-" || t == "\xE2\x80\x90";
      const int32_t n = NumberStartingAt(k);
      if (n >= 0 && !EnglishAge(static_cast<size_t>(n))) return {};
      if ((!words_[k].is_word && !hyphen && n < 0) || t == "and" || t == "or" || TriggerStartingAt(k)) return {};
      if (WordCue(k, "singular_opener")) {
        open = k;
        break;
      }
    }
    if (open == SIZE_MAX) return {};
    ++phrases;
    first = open;
    if (open == 0) break;
    const std::string_view before = words_[open - 1].text();
    if (before == "and") joined = true;
    else if (before != "," || !joined) break;
    end = open - 1;
  }
  if (phrases < 2 || !joined || InNoCasualtiesCueAt(first)) return {};
  CasualtyFigure f;
  f.low = f.best = f.high = static_cast<double>(phrases);
  f.span = doc_.SpanOf(TokenRange{words_[first].first, words_[aux - 1].end});
  return f;
}

// "the 63-year-old driver died at the scene", "a student died after police
// struck him", "he died in hospital": "died" after a subject in the singular
// — a pronoun, or a noun phrase opened by an article or a possessive (a
// `died_subject_opener` cue), of a
// few words, its head no plural — is one dead.
std::optional<CasualtyFigure> Builder::EnglishOneWhoDied(const TriggerMention& tr, size_t tw0) const {
  if (!Latin(tr) || tw0 == 0 || doc_.norm(tr.span) != "died") return {};
  const std::string_view head = words_[tw0 - 1].text();
  size_t opener = SIZE_MAX;
  if (head == "he" || head == "she") {
    opener = tw0 - 1;
  } else {
    if (head.size() < 3 || (head.ends_with("s") && !head.ends_with("ss"))) return {};
    for (size_t k = tw0 - 1; k-- > 0 && tw0 - k <= 8;) {
      // Within the subject: no punctuation but an age's hyphens (which may
      // break the clause), no conjunction, no event word.
      const std::string_view t = words_[k].text();
      const bool hyphen = t == "-" || t == "\xE2\x80\x90";
      // An age ("the 63-year-old driver") describes the one; any other count counts.
      const int32_t n = NumberStartingAt(k);
      if (n >= 0 && !EnglishAge(static_cast<size_t>(n))) return {};
      if ((!words_[k].is_word && !hyphen && n < 0) || t == "and" || t == "or" || TriggerStartingAt(k)) return {};
      if (WordCue(k, "died_subject_opener")) {
        opener = k;
        break;
      }
    }
  }
  if (opener == SIZE_MAX || InNoCasualtiesCueAt(opener)) return {};
  // "youths burned tyres after a street vendor died of his injuries": a
  // death in a subordinate clause is why the main clause's act happened,
  // not a death of that act.
  if (opener > 0 && Subordinator(opener - 1)) return {};
  CasualtyFigure f;
  f.low = f.best = f.high = 1;
  f.span = doc_.SpanOf(TokenRange{words_[opener].first, words_[tw0 - 1].end});
  return f;
}

// "At least nine people, seven of them children, were killed", "Around 40
// members of the militia, who fight alongside the army, were killed": an
// English passive toll's count is its subject's, which an apposition or a
// relative clause may hold far from the verb — the sentence's first count
// before the verb, when no other event word stands between them.
int32_t Builder::EnglishSubjectCount(size_t tw0, int32_t sentence) const {
  if (!Latin(tw0)) return -1;
  // "a man was killed", "a guard has been shot dead": a verb in the singular
  // has a subject in the singular — no count above one is its subject ("had
  // been" is either number).
  const bool singular = SingularPassiveAux(tw0, /*had=*/false) != SIZE_MAX;
  for (int32_t n : Bucket(s_numbers_, sentence)) {
    const size_t w = num_w_[n].first;
    if (w >= tw0) break;
    const NumberMention& m = doc_.numbers[n];
    if (m.kind != NumberMention::Kind::kCardinal || NumberInDate(n) || EnglishAge(n) || NumberInActorName(n) ||
        InNoCasualtiesCue(n))
      continue;
    if (singular && m.value && *m.value > 1) continue;
    // "shelled 14 villages of the district; …": a count of places (its noun
    // a `settlement` word) counts no victims, and a semicolon closes the
    // clause a count was told in.
    if (num_w_[n].second < words_.size() && WordCue(num_w_[n].second, "settlement")) continue;
    bool semicolon = false;
    for (size_t k = num_w_[n].second; k < tw0 && !semicolon; ++k) semicolon = words_[k].text() == ";";
    if (semicolon) continue;
    // A figure with an event word after it ("the 3R group ambushed …", "a
    // two-hour firefight in which four soldiers were killed") belongs to
    // that word's clause: the subject's count is a later one.
    const bool event_between = std::any_of(Bucket(s_events_, sentence).begin(), Bucket(s_events_, sentence).end(),
                                           [&](int32_t k) {
                                             const size_t ew = trig_w_[doc_.events[k].trigger].first;
                                             return ew > w && ew < tw0;
                                           });
    if (event_between) continue;
    if (std::find(used_numbers_.begin(), used_numbers_.end(), n) != used_numbers_.end()) return -1;
    return n;
  }
  return -1;
}

// قال مسؤول إن 11 مقاتلاً على الأقل قُتلوا، إن ستة من أفراد العصابة قتلوا:
// after the complementizer of what is said, the subject comes before its
// verb, and a casualty verb with no count of its own counts that subject —
// the cardinal opening the clause, when no other event word stands between.
int32_t Builder::ArabicSubjectCount(int32_t t) const {
  const size_t tw0 = trig_w_[t].first;
  if (Latin(tw0)) return -1;
  const int32_t sentence = sent_[tw0];
  size_t comp = SIZE_MAX;
  for (size_t k = tw0; k-- > 0 && tw0 - k <= 12 && sent_[k] == sentence;)
    if (WordCue(k, "complementizer")) {
      comp = k;
      break;
    }
  if (comp == SIZE_MAX) return -1;
  for (int32_t n : Bucket(s_numbers_, sentence)) {
    const size_t w = num_w_[n].first;
    if (w <= comp) continue;
    if (w > comp + 2 || w >= tw0 || !UsableCount(n)) return -1;
    for (int32_t u : Bucket(s_triggers_, sentence))
      if (u != t && trig_w_[u].first > w && trig_w_[u].first < tw0) return -1;
    return n;
  }
  return -1;
}

// "abducted four farmers and shot them dead", "seized three men and
// executed them": the pronoun object of an English killing verb stands for
// the count told before it in the sentence — the nearest cardinal before
// the verb that no toll has taken.
int32_t Builder::EnglishThemCount(size_t tw0, size_t object) const {
  if (object >= words_.size() || !Latin(object) || words_[object].text() != "them") return -1;
  int32_t found = -1;
  for (int32_t n : Bucket(s_numbers_, sent_[tw0])) {
    if (num_w_[n].first >= tw0) break;
    if (UsableCount(n)) found = n;
  }
  return found;
}

bool Builder::TollWordBetween(int32_t t, size_t from, size_t to) const {
  for (int32_t u : Bucket(s_triggers_, sent_[from < words_.size() ? from : trig_w_[t].first]))
    if (u != t && doc_.triggers[u].acled_event_type == "casualty" && trig_w_[u].first >= from && trig_w_[u].first < to)
      return true;
  return false;
}

// "اصابه" for إصابة: a ta marbuta written as ه is no pronoun.
static bool TaMarbutaAsHa(std::string_view surface, std::string_view lemma) {
  static constexpr std::string_view kTa = "\xD8\xA9";  // ة
  if (!lemma.ends_with(kTa) || !surface.ends_with("\xD9\x87")) return false;
  return NormalizeKey(surface) == NormalizeKey(lemma);
}

// مقتلهما، فقتلوهما، أرداهما: an Arabic toll word ending in the dual pronoun
// هما has two victims, the two told before (أطلقوا النار على شابين فقتلوهما).
static bool DualPronounOn(const Doc& doc, const TriggerMention& tr) {
  static constexpr std::string_view kHuma = "\xD9\x87\xD9\x85\xD8\xA7";  // هما
  const Token& last = doc.tokens[tr.tokens.end - 1];
  const std::string_view surface = doc.OriginalText(last.span);
  return last.piece == Piece::kEnclitic ? surface == kHuma
                                        : surface.ends_with(kHuma) && !tr.lemma.ends_with(kHuma) &&
                                              surface.size() > kHuma.size();
}

// فقتلوهم، أعدموهن: an Arabic toll verb ending in the plural object pronoun
// (هم، هن), split off by the segmenter or left on the verb its row spells.
static bool PluralPronounOn(const Doc& doc, const TriggerMention& tr) {
  static constexpr std::string_view kHum = "\xD9\x87\xD9\x85", kHunna = "\xD9\x87\xD9\x86";  // هم هن
  if (tr.tokens.end <= tr.tokens.begin) return false;
  const Token& last = doc.tokens[tr.tokens.end - 1];
  if (last.script == Script::kLatin) return false;
  const std::string_view surface = doc.OriginalText(last.span);
  if (last.piece == Piece::kEnclitic) return surface == kHum || surface == kHunna;
  return (surface.ends_with(kHum) || surface.ends_with(kHunna)) && !tr.lemma.ends_with(kHum) &&
         !tr.lemma.ends_with(kHunna) && surface.size() > kHum.size() + 4;
}

// مقتله، إصابتها، أردوه: an Arabic toll word ending in its own singular
// pronoun, its victim.
bool Builder::SingularPronounOn(const TriggerMention& tr) const {
  if (Latin(tr)) return false;
  static constexpr std::string_view kHa = "\xD9\x87", kHaa = "\xD9\x87\xD8\xA7";  // ه ها
  const Token& last = doc_.tokens[tr.tokens.end - 1];
  const std::string_view surface = doc_.OriginalText(last.span);
  return last.piece == Piece::kEnclitic
             ? (surface == kHa || surface == kHaa)
             // unsplit (مقتله): an ending the lemma lacks (a ta marbuta is no ه)
             : (surface.ends_with(kHa) || surface.ends_with(kHaa)) && !tr.lemma.ends_with(kHa) &&
                   !tr.lemma.ends_with(kHaa) && !TaMarbutaAsHa(surface, tr.lemma);
}

// "قتل طفل"، "مقتل جندي"، "شاب أصيب"، "مقتله": a toll word whose victim is
// one person noun in the singular (`one_victim` cue), right after it or
// right before a verb, or its own singular pronoun, counts one; the cue's
// kind says whether a civilian.
std::optional<Builder::OneVictim> Builder::ArabicOneVictim(const TriggerMention& tr, size_t tw0, size_t tw1) const {
  if (Latin(tr)) return {};
  // مقتله، إصابتها: the toll word's own pronoun is one person.
  if (SingularPronounOn(tr)) return OneVictim{tw0, false};
  if (DualPronounOn(doc_, tr)) return OneVictim{tw0, false, 2};
  // سقوط قتيل، ارتقاء شهيد: a one-word toll noun in the singular is itself
  // one victim; not after "between" (بين قتيل وجريح: some dead, some hurt,
  // how many untold).
  // Not with the article: القتيل، الشهيد ("أحد أقارب القتيل") is the dead
  // one told already, no toll of its own.
  if (tw1 == tw0 + 1 && WordCue(tw0, "one_victim") && !(tw0 > 0 && WordCue(tw0 - 1, "range"))) {
    if (words_[tw0].article_bytes > 0) return {};
    return OneVictim{tw0, false};
  }
  // Another toll word (قتيل وجريح) is no victim noun of this one.
  int count = 1;
  // "اشتباكات قُتل فيها جندي": a preposition with the pronoun of the event
  // told before (`resumptive`) stands between the verb and its victim.
  size_t after = tw1;
  if (tr.voice != "nominal")
    AnyCue(sent_[tw0], "resumptive", [&](const CueHit& c) {
      if (c.w0 != tw1) return false;
      after = c.w1;
      return true;
    });
  if (after < words_.size() && clause_[after] == clause_[tw0] && !TriggerStartingAt(after))
    if (const CueRow* c = VictimNounCue(after, &count)) return OneVictim{after, CivilianVictim(c, after), count};
  if (tr.voice != "nominal" && tw0 > 0 && clause_[tw0 - 1] == clause_[tw0] && !TriggerStartingAt(tw0 - 1))
    if (const CueRow* c = VictimNounCue(tw0 - 1, &count)) return OneVictim{tw0 - 1, CivilianVictim(c, tw0 - 1), count};
  // "إن شاباً (27 عاماً) استشهد برصاص …": a short bracketed aside (an age, a
  // name) between the victim noun and its verb.
  if (tr.voice != "nominal" && tw0 > 2 && words_[tw0 - 1].text() == ")")
    for (size_t k = tw0 - 2; k > 0 && tw0 - k <= 6; --k) {
      const std::string_view t = words_[k].text();
      if (t == ")") break;
      if (t != "(") {
        if (words_[k].clause_break) break;
        continue;
      }
      if (sent_[k - 1] == sent_[tw0] && !TriggerStartingAt(k - 1))
        if (const CueRow* c = VictimNounCue(k - 1, &count)) return OneVictim{k - 1, CivilianVictim(c, k - 1), count};
      break;
    }
  // أن أحد المهربين قُتل، سائق الشاحنة أصيب: the singular noun before the verb
  // may head a construct with a definite noun after it.
  if (tr.voice != "nominal" && tw0 > 1 && clause_[tw0 - 2] == clause_[tw0] && words_[tw0 - 1].is_word && !Latin(tw0 - 1) &&
      words_[tw0 - 1].article_bytes > 0 &&
      !TriggerStartingAt(tw0 - 1) && !TriggerStartingAt(tw0 - 2) && !WordInDate(tw0 - 1))
    if (const CueRow* c = VictimNounCue(tw0 - 2, &count)) return OneVictim{tw0 - 2, CivilianVictim(c, tw0 - 2), count};
  return {};
}

// Whether the `one_victim` noun at word w, read by its row c, is a civilian:
// a civilian row, or a rank or post row (نقيب، عميد، رئيس، مدير) heading a
// civil body right after it in its clause (a `civil_institution` cue: نقيب
// المحامين "the head of the bar", عميد الكلية "the college's dean") — the
// title of a civilian, no man of a force. A force's word right after the
// body (a `force_institution` cue: عميد الكلية الحربية "the military
// academy's dean", مدير المستشفى العسكري) makes it a force's body, its head
// no civilian.
bool Builder::CivilianVictim(const CueRow* c, size_t w) const {
  if (c->kind == "civilian") return true;
  if (!c->kind.empty() || w + 1 >= words_.size() || clause_[w + 1] != clause_[w]) return false;
  if (WordCue(w + 1, "civil_institution") == nullptr) return false;
  return w + 2 >= words_.size() || clause_[w + 2] != clause_[w] || WordCue(w + 2, "force_institution") == nullptr;
}

// راعياً، حارساً: the indefinite accusative of a singular person noun the
// `one_victim` cues list (the object of a killing verb: قتلوا راعياً), its
// alif written with or without the tanween; the cue table need not spell the
// accusative of every noun. Not a `partitive` noun: أحداً is "anyone" after
// a negation (لم يُصب أحداً); nor a word with the article (the accusative
// takes none).
static const CueRow* AccusativeVictimCue(const EventLexicon& lex, const LexWord& word) {
  if (!word.is_word || word.article_bytes > 0) return nullptr;
  static constexpr std::string_view kAlif = "\xD8\xA7";  // ا
  const std::string key = NormalizeKey(word.bare());
  if (!key.ends_with(kAlif)) return nullptr;
  const std::string_view stem = std::string_view(key).substr(0, key.size() - kAlif.size());
  if (stem.size() < 6) return nullptr;  // three letters at least
  const CueRow* c = lex.KeyCue(stem, "one_victim");
  return c != nullptr && c->kind == "partitive" ? nullptr : c;
}

// A `one_victim` person noun at word w, in the singular (count 1) or in the
// dual (count 2).
const CueRow* Builder::VictimNounCue(size_t w, int* count) const {
  *count = 1;
  // يوم الأحد "Sunday" is written as أحد "one of" with the article: a word
  // of a date names no person.
  if (WordInDate(w)) return nullptr;
  if (const CueRow* c = WordCue(w, "one_victim")) return c;
  const CueRow* dual = DualVictimCue(w);
  // "مقرّباً من طالبان": a word the actor lexicon reads as a name (the
  // Taliban), not a generic noun, is no dual of a person noun (طالب).
  if (dual && sent_[w] >= 0)
    for (int32_t a : Bucket(s_actors_, sent_[w]))
      if (actor_w_[a].first <= w && w < actor_w_[a].second && !doc_.actors[a].alias_kind.empty() &&
          doc_.actors[a].alias_kind != "generic")
        dual = nullptr;
  if (dual) *count = 2;
  if (dual) return dual;
  if (const CueRow* c = AccusativeVictimCue(lex_, words_[w])) return c;
  // مقتل سائقها، مقتل قائده: a singular person noun with the pronoun of the
  // vehicle, unit or person told before is still one victim. By the ending
  // alone, since the segmenter keeps a noun it does not know whole with its
  // pronoun; a ة written as such is no pronoun ه.
  if (!words_[w].is_word || words_[w].article_bytes > 0) return nullptr;
  const LexWord& word = words_[w];
  const std::string_view original = doc_.OriginalText(doc_.SpanOf(TokenRange{word.first, word.end}));
  // هما ها هم هن ه: the third-person pronouns, longest first.
  static constexpr std::string_view kPronouns[] = {"\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD8\xA7",
                                                   "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x86", "\xD9\x87"};
  for (std::string_view pronoun : kPronouns) {
    if (!original.ends_with(pronoun)) continue;
    const std::string_view stem = original.substr(0, original.size() - pronoun.size());
    if (stem.size() < 6) return nullptr;  // three letters at least
    if (const CueRow* c = lex_.KeyCue(NormalizeKey(stem), "one_victim")) return c;
    // مرافقته، زوجته: a ة is written ت before the pronoun.
    static constexpr std::string_view kTa = "\xD8\xAA", kTaMarbuta = "\xD8\xA9";
    if (!stem.ends_with(kTa)) return nullptr;
    const std::string singular = std::string(stem.substr(0, stem.size() - kTa.size())) + std::string(kTaMarbuta);
    return lex_.KeyCue(NormalizeKey(singular), "one_victim");
  }
  return nullptr;
}

// The dual of any singular person noun the `one_victim` cues list, so the
// cue table need not spell every dual: the nominative -ان always (راعيان،
// مهندسان، طفلتان from طفلة), and the oblique -ين only where the writer marks
// it with a fatha (مهندسَين) or the noun is defective (راعيين), since bare
// -ين is also the sound plural (مهندسين "engineers", a count untold).
const CueRow* Builder::DualVictimCue(size_t w) const {
  // المتظاهرَين: a definite dual refers back to two already told.
  if (w >= words_.size() || !words_[w].is_word || words_[w].article_bytes > 0) return nullptr;
  static constexpr std::string_view kAn = "\xD8\xA7\xD9\x86";           // ان
  static constexpr std::string_view kYn = "\xD9\x8A\xD9\x86";           // ين
  static constexpr std::string_view kFathaYn = "\xD9\x8E\xD9\x8A\xD9\x86";  // َين
  static constexpr std::string_view kTa = "\xD8\xAA", kTaMarbuta = "\xD8\xA9", kYa = "\xD9\x8A";
  const std::string key = NormalizeKey(words_[w].bare());
  std::string_view stem;
  if (key.ends_with(kAn)) {
    stem = std::string_view(key).substr(0, key.size() - kAn.size());
  } else if (key.ends_with(kYn)) {
    const LexWord& word = words_[w];
    const std::string_view original = doc_.OriginalText(doc_.SpanOf(TokenRange{word.first, word.end}));
    stem = std::string_view(key).substr(0, key.size() - kYn.size());
    // راعيين، محاميين: a defective noun (راع، محام) keeps its ي before the
    // oblique dual ending, while its sound plural drops it (محامين) or it
    // has a broken one (رعاة); so -يين over a defective singular is a dual
    // unmarked. A nisba noun (مدنيين، صحفيين) has no such singular (مدن).
    const bool defective_dual = stem.ends_with(kYa) && stem.size() - kYa.size() >= 4 &&
                                lex_.KeyCue(NormalizeKey(stem.substr(0, stem.size() - kYa.size())), "one_victim");
    if (!original.ends_with(kFathaYn) && !defective_dual) return nullptr;
  } else {
    return nullptr;
  }
  if (stem.size() < 4) return nullptr;  // two letters at least: a stem, not a particle
  std::vector<std::string> singulars{std::string(stem)};
  // طفلتان: a feminine singular's ta marbuta is written ت before the ending.
  if (stem.ends_with(kTa)) singulars.push_back(std::string(stem.substr(0, stem.size() - kTa.size())) + std::string(kTaMarbuta));
  // راعيان: a defective noun's singular drops its ي (راع).
  if (stem.ends_with(kYa)) singulars.push_back(std::string(stem.substr(0, stem.size() - kYa.size())));
  for (const std::string& s : singulars)
    if (const CueRow* c = lex_.KeyCue(NormalizeKey(s), "one_victim")) return c;
  return nullptr;
}

// "قيادي سابق في الفصائل ومرافقه"، "رجلاً وزوجته": person nouns in the
// singular (`one_victim`, bare or with a possessive pronoun) joined by و to a
// first victim at word w, within eight words of its clause and before word
// `until`; how many. Stops at an event word or a count (مقتل جندي وإصابة اثنين).
Builder::MoreVictims Builder::MoreArabicVictims(size_t w, size_t until) const {
  static constexpr std::string_view kWa = "\xD9\x88";  // و
  MoreVictims more{0, w + 1};
  for (size_t k = w + 1; k < words_.size() && k < until && k <= w + 8 && clause_[k] == clause_[w]; ++k) {
    if (TriggerStartingAt(k) || NumberStartingAt(k) >= 0) break;
    // By the clitic grammar, not the tokens: the segmenter keeps a noun it
    // does not know whole with its pronoun (وزوجته), and a cue noun is
    // still one more victim.
    bool victim = false;
    for (const std::string& stem : lex_.clitics->StemsAfter(words_[k].text(), kWa))
      victim |= lex_.KeyCue(NormalizeKey(stem), "one_victim") != nullptr;
    if (victim) ++more.count, more.end = k + 1;
  }
  return more;
}

// "shot dead at least five protesters", "gunned down three farmers",
// "executed 12 prisoners": an English verb that itself kills counts its
// object as the dead.
void Builder::LethalVerbTolls() {
  for (Event& e : doc_.events) {
    if (e.fatalities) continue;
    const TriggerMention& tr = doc_.triggers[e.trigger];
    if (!Latin(tr)) continue;
    const std::string_view form = doc_.norm(tr.span);
    // An adverb may open the form ("summarily executed", "publicly executed").
    bool lethal = form.ends_with(" dead") || form.ends_with("to death") || form == "gunned down" ||
                  form == "executed" || form.ends_with(" executed") || form == "lynched" || form.starts_with("killed ");
    size_t w1 = trig_w_[e.trigger].second;
    // "a teacher was publicly shot dead", "three guards were summarily
    // executed": a lethal verb in the passive counts its subject as the dead.
    if (lethal && tr.voice == "passive") {
      const size_t tw0 = trig_w_[e.trigger].first;
      if (const int32_t n = EnglishSubjectCount(tw0, sent_[tw0]); n >= 0) {
        e.fatalities = Figure(doc_.numbers[n]);
        used_numbers_.push_back(n);
      } else {
        e.fatalities = EnglishPassiveOne(tr, tw0);
        if (!e.fatalities) e.fatalities = EnglishJoinedSubjects(tr, tw0);
      }
      continue;
    }
    // "beat to death a man", "burned to death a trader": the outcome told
    // right after the verb, before its object, makes it lethal; the object
    // follows the outcome.
    if (!lethal && w1 < words_.size())
      AnyCue(sent_[w1], "lethal_outcome", [&](const CueHit& c) {
        if (c.w0 != w1 || clause_[c.w0] != clause_[w1 - 1]) return false;
        lethal = true;
        w1 = c.w1;
        return true;
      });
    for (int32_t n : Bucket(s_numbers_, sent_[w1 - 1])) {
      const size_t nw = num_w_[n].first;
      if (nw < w1 || nw > w1 + 1 || doc_.numbers[n].kind != NumberMention::Kind::kCardinal) continue;
      if (NumberInDate(n) || EnglishAge(n)) continue;
      // "beat two men to death", "shot three guards dead": the outcome
      // after the object makes any verb lethal.
      if (!lethal && !DeathAfter(num_w_[n].second)) break;
      if (std::find(used_numbers_.begin(), used_numbers_.end(), n) != used_numbers_.end()) break;
      e.fatalities = Figure(doc_.numbers[n]);
      used_numbers_.push_back(n);
      break;
    }
    if (!e.fatalities && (lethal || DeathAfter(w1 + 1)))
      if (const int32_t them = EnglishThemCount(trig_w_[e.trigger].first, w1); them >= 0) {
        e.fatalities = Figure(doc_.numbers[them]);
        used_numbers_.push_back(them);
      }
    // "shot dead a shopkeeper": a lethal verb's object in the singular is one
    // dead; so is any verb's when the outcome follows a short object ("beat a
    // 38-year-old trader to death", "shot a farmer dead").
    if (e.fatalities) continue;
    if (!lethal) {
      bool outcome = false;
      for (size_t w = w1 + 2; w < words_.size() && w <= w1 + 5 && !outcome; ++w) outcome = DeathAfter(w);
      if (!outcome) continue;
    }
    e.fatalities = EnglishOneVictim(w1);
    if (!e.fatalities) {
      e.fatalities = EnglishDefiniteVictims(w1);
      continue;
    }
    const double n = 1.0 + static_cast<double>(MoreSingularVictims(w1 + 1));
    e.fatalities->low = e.fatalities->best = e.fatalities->high = n;
  }
}

// "a social leader, his wife and their son": victims in the singular joined
// to the first by a comma or "and", each opened by an article or a
// possessive; how many follow word w (stops at any other word that could
// open a phrase: a preposition, a verb, an event word).
size_t Builder::MoreSingularVictims(size_t w) const {
  size_t more = 0;
  const int32_t sentence = w < words_.size() ? sent_[w] : -1;
  for (size_t k = w, seen = 0; k + 1 < words_.size() && sent_[k] == sentence && seen < 5; ++k, ++seen) {
    const std::string_view t = words_[k].text();
    if (TriggerStartingAt(k)) break;
    if (t != "," && t != "and") continue;
    size_t d = k + 1;
    if (d < words_.size() && words_[d].text() == "and") ++d;
    if (d >= words_.size()) break;
    const std::string_view det = words_[d].text();
    if (det != "his" && det != "her" && det != "their" && det != "a" && det != "an") break;
    if (SpeakerPhrase(d)) break;
    // "killing a rider, a claim the police did not address": an aside on
    // what was told, no victim.
    if (d + 1 < words_.size() && WordCue(d + 1, "remark_noun")) break;
    ++more, k = d, seen = 0;
  }
  return more;
}

// "wounded a fourth, a local official said": a noun phrase from word w that
// runs, within its sentence and before any comma, into a speech verb (an
// `attribution` cue of scope `quote`) is the speaker who tells the toll, no
// further victim.
bool Builder::SpeakerPhrase(size_t w) const {
  if (w >= words_.size()) return false;
  const int32_t sentence = sent_[w];
  for (size_t k = w + 1; k < words_.size() && k <= w + 8 && sent_[k] == sentence; ++k) {
    const std::string_view t = words_[k].text();
    if (t == "," || t == ";" || t == "." || TriggerStartingAt(k)) return false;
    if (AnyCue(sentence, "attribution", [&](const CueHit& c) { return c.row->scope == "quote" && c.w0 == k; }))
      return true;
  }
  return false;
}

// A lethal_outcome cue ("dead", "to death") starting within three words
// from w, in w's clause: the outcome told after a verb's object.
bool Builder::DeathAfter(size_t w) const {
  if (w >= words_.size()) return false;
  // The words where such a cue starts are listed once (Index): LethalVerbTolls
  // asks this of every word after a toll verb, and a sentence holds many cues.
  for (size_t k = w; k < w + 3 && k < lethal_outcome_at_.size(); ++k)
    if (lethal_outcome_at_[k] && sent_[k] == sent_[w] && clause_[k] == clause_[w]) return true;
  return false;
}

// "The offensive has killed more than 41,000": a running total of a war or
// campaign, not the toll of the event told just before.
bool Builder::PresentPerfect(size_t tw0) const {
  if (tw0 == 0 || (words_[tw0 - 1].text() != "has" && words_[tw0 - 1].text() != "have")) return false;
  // "claimed to have killed 100 soldiers", "said to have died": a perfect
  // infinitive tells one past deed, no running total.
  return !(tw0 >= 2 && words_[tw0 - 2].text() == "to");
}

// A number after an `age` cue ("two boys aged 9 and 12", أطفال تتراوح
// أعمارهم بين 8 و13 عاماً), or a later member of the list of numbers it opens
// (joined by commas, and/or/to, و، إلى، بين): an age, never a count.
bool Builder::AfterAgeCue(size_t n) const {
  const int32_t sentence = sent_[num_w_[n].first];
  auto in_number = [&](size_t w) {
    for (int32_t m : Bucket(s_numbers_, sentence))
      if (num_w_[m].first <= w && w < num_w_[m].second) return true;
    return false;
  };
  static constexpr std::string_view kJoins[] = {"and", "or", "to", "between", "\u0648", "\u0628\u064a\u0646", "\u0625\u0644\u0649"};
  // "في الرابعة عشرة من عمره": an age cue of scope `preceding` right after the figure.
  const size_t after = num_w_[n].second;
  if (AnyCue(sentence, "age", [&](const CueHit& c) { return c.row->scope == "preceding" && c.w0 == after; }))
    return true;
  size_t k = num_w_[n].first;
  for (int steps = 0; k > 0 && steps < 10; ++steps) {
    if (AnyCue(sentence, "age", [&](const CueHit& c) { return c.row->scope != "preceding" && c.w1 == k; })) return true;
    const size_t w = k - 1;
    if (sent_[w] != sentence) return false;
    const std::string_view t = words_[w].text();
    const bool join = std::find(std::begin(kJoins), std::end(kJoins), t) != std::end(kJoins);
    if (!join && !in_number(w) && !(words_[w].clause_break && t == ",")) return false;
    k = w;
  }
  return false;
}

// "a 16-year-old boy": an age, never a count of the dead.
bool Builder::EnglishAge(size_t n) const {
  if (AfterAgeCue(n)) return true;
  // "17-year-old", "17 years old": the hyphens may be words of their own
  // and "year-old" one hyphenated word.
  size_t w = num_w_[n].second;
  // "nine-year-old": a spelled figure and its hyphens make one word.
  if (w > 0) {
    const std::string_view whole = words_[w - 1].text();
    if (whole.find("-year-old") != std::string_view::npos || whole.find("-years-old") != std::string_view::npos ||
        whole.find("-month-old") != std::string_view::npos)
      return true;
  }
  auto dash = [&](size_t k) { return k < words_.size() && (words_[k].text() == "-" || words_[k].text() == "\xE2\x80\x90"); };
  while (dash(w)) ++w;
  if (w >= words_.size() || !(words_[w].text().starts_with("year") || words_[w].text().starts_with("month"))) return false;
  if (words_[w].text().find("old") != std::string::npos) return true;
  size_t k = w + 1;
  while (dash(k)) ++k;
  return k < words_.size() && words_[k].text().starts_with("old");
}

// A number inside a name (اللواء 444، "Brigade 444") counts nobody. A
// number that is the whole mention (a dual person noun: رجلين، طفلان names
// two people and counts them) is a count, also when the mention keeps the
// word's conjunction (ضابط وجنديان: the mention is وجنديان, the dual جنديان).
bool Builder::NumberInActorName(size_t n) const {
  const Span s = doc_.numbers[n].span;
  for (int32_t a : Bucket(s_actors_, sent_[num_w_[n].first])) {
    const Span as = doc_.actors[a].span;
    // A word that is both a count and an actor (جنديين: two soldiers, the
    // army) counts, when the actor is a generic noun; when it is a name
    // (طالبان: the Taliban, not the dual of طالب), it counts nobody.
    if ((as.begin == s.begin && as.end == s.end) || actor_w_[a] == num_w_[n]) {
      if (!doc_.actors[a].alias_kind.empty() && doc_.actors[a].alias_kind != "generic") return true;
      continue;
    }
    if (as.begin <= s.begin && s.end <= as.end) return true;
  }
  return false;
}

bool Builder::CivilianUnit(const NumberMention& m) const {
  if (m.unit.empty()) return false;
  std::string key = NormalizeKey(m.unit);
  const std::vector<int32_t>* ids = lex_.alias_table.Find(key);
  if (!ids) return false;
  for (int32_t id : *ids)
    if (const ActorInfo* a = lex_.Actor(lex_.aliases[id].actor); a && a->acled_inter == "Civilians") return true;
  return false;
}

// The ACLED inter code of the people a count counts ("soldiers": State
// forces), or "" when its noun names no one side.
std::string Builder::VictimKind(const NumberMention& m) const {
  if (m.unit.empty()) return "";
  const std::vector<int32_t>* ids = lex_.alias_table.Find(NormalizeKey(m.unit));
  if (!ids) return "";
  std::string kind;
  for (int32_t id : *ids)
    if (const ActorInfo* a = lex_.Actor(lex_.aliases[id].actor); a && !a->acled_inter.empty()) {
      if (!kind.empty() && kind != a->acled_inter) return "";
      kind = a->acled_inter;
    }
  return kind;
}

// "four police officers and three assailants were killed … the group said
// it had killed more than ten members of the security forces": a party's
// claim counts one side's dead, those of its enemy. The dead of the neutral
// list who are of another kind (the attackers, when the claim is of the
// security forces; the security forces, when it is of the attackers) are
// dead on top of the claim. A claim whose noun names no side ("more than
// ten" of a quote) is of the state's forces when the list has some: parties
// claim the soldiers they killed. Civilians are added by Absorb's rule.
// "seven of the attackers", سبعة من المهاجمين: a count whose noun (right
// after it, or after من/"of") refers back to the doers of the attack
// (`doer_anaphor`) counts the attacking side, whoever it is: a side of its
// own, never that of the soldiers beside it; so does a count of the noun
// `counted_doers` right after it ("30 attackers", 25 مهاجماً). A row of kind `event` ("killed
// ten during the attack") names the attack, not whom the count counts.
std::string Builder::SideOfCount(const NumberMention& m) const {
  std::string kind = VictimKind(m);
  const size_t n = static_cast<size_t>(&m - doc_.numbers.data());
  if (!kind.empty() || n >= num_w_.size()) return kind;
  const size_t after = num_w_[n].second;
  const int32_t s = sent_[num_w_[n].first];
  const bool doers = AnyCue(s, "doer_anaphor",
                            [&](const CueHit& c) { return c.row->kind != "event" && c.w0 >= after && c.w0 <= after + 1; });
  // "30 attackers", قُتل 25 مهاجماً: the counted noun right after the number
  // (`counted_doers`) is the attacking side as much.
  const bool counted = AnyCue(s, "counted_doers", [&](const CueHit& c) { return c.w0 == after; });
  return doers || counted ? "attacking side" : "";
}

double Builder::DeadBesideTheClaimed(const CasualtyFigure& toll, const NumberMention& claim) const {
  const auto side_of = [&](const NumberMention& m) { return SideOfCount(m); };
  std::vector<std::pair<std::string, double>> parts;
  bool state_part = false;
  for (const NumberMention& m : doc_.numbers) {
    if (&m == &claim || m.kind != NumberMention::Kind::kCardinal || !m.value) continue;
    if (m.span.begin < toll.span.begin || m.span.end > toll.span.end) continue;
    const std::string kind = side_of(m);
    if (kind.empty()) return 0;  // a part of no known side: no telling whose dead it is
    parts.emplace_back(kind, *m.value);
    state_part = state_part || kind == "State forces";
  }
  std::string claimed = side_of(claim);
  if (claimed.empty() && state_part) claimed = "State forces";
  if (claimed.empty() || parts.size() < 2) return 0;
  double others = 0;
  for (const auto& part : parts)
    if (part.first != claimed && part.first != "Civilians") others += part.second;
  return others;
}

CasualtyFigure Builder::Figure(const NumberMention& m) {
  CasualtyFigure f;
  f.span = m.span;
  if (m.low) f.low = m.low;
  else if (m.value) f.low = m.value;
  if (m.high) f.high = m.high;
  else if (m.value && !m.low) f.high = m.value;  // "about 10": UCDP codes the figure given as all three
  // "several", "a few", عدة، بضعة: an unnumbered plural is at least three;
  // the lexicon's guess at its top is no figure of the source's.
  if (m.vague && m.high && *m.high < 10) f.high.reset();
  if (m.value) f.best = m.value;
  else if (!m.vague && m.low) f.best = m.low;
  return f;
}

// Two groups of dead of one event add up ("six of the attackers were killed,
// two of our fighters fell": eight); a bound open on either side stays open.
void Builder::AddFigure(CasualtyFigure& into, const CasualtyFigure& more) {
  auto add = [](std::optional<double>& a, const std::optional<double>& b) {
    a = a && b ? std::optional<double>(*a + *b) : std::nullopt;
  };
  add(into.low, more.low);
  add(into.best, more.best);
  add(into.high, more.high);
  if (more.span.end > more.span.begin) {
    into.span.begin = std::min(into.span.begin, more.span.begin);
    into.span.end = std::max(into.span.end, more.span.end);
  }
}

// The "one" of "no one was killed" counts nobody.
bool Builder::InNoCasualtiesCue(size_t n) const { return InNoCasualtiesCueAt(num_w_[n].first); }

// Whether word w is inside a no_casualties cue ("no one was killed").
bool Builder::InNoCasualtiesCueAt(size_t w) const {
  return AnyCue(sent_[w], "no_casualties", [&](const CueHit& c) { return c.w0 <= w && w < c.w1; });
}

// A cardinal that may count the dead: no date, age, name or subset, and not
// taken by another toll.
bool Builder::UsableCount(int32_t n) const {
  if (doc_.numbers[n].kind != NumberMention::Kind::kCardinal) return false;
  if (NumberInDate(n) || AfterSubsetCue(n) || EnglishAge(n) || NumberInActorName(n)) return false;
  if (InNoCasualtiesCue(n)) return false;
  return std::find(used_numbers_.begin(), used_numbers_.end(), n) == used_numbers_.end();
}

// "wounded", "dead", "hurt" standing alone after the count they take ("five
// gunmen dead and two soldiers wounded"): an English toll told as a
// participle or adjective after its noun, not a verb before its object.
bool Builder::PostposedToll(int32_t u) const {
  const TriggerMention& tr = doc_.triggers[u];
  if (tr.acled_event_type != "casualty" || !Latin(tr)) return false;
  if (trig_w_[u].second - trig_w_[u].first != 1) return false;
  const std::string_view form = doc_.norm(tr.span);
  return form == "dead" || form == "hurt" || form.ends_with("ed");
}

// Whether count n is the subject of another toll word right after it (the
// "two" of "... and two soldiers wounded" is the wounded's, not the dead's;
// in Arabic, a toll noun right after the count).
bool Builder::CountOfPostposedToll(int32_t t, int32_t n) const {
  const size_t end = num_w_[n].second;
  // The toll word itself takes the count right before it (32 قتيلاً).
  // t is -1 when the count is asked for a coordinated item, with no toll word.
  bool own_count_before = false;
  if (t >= 0)
    for (int32_t m : Bucket(s_numbers_, sent_[num_w_[n].first]))
      if (num_w_[m].second == trig_w_[t].first) own_count_before = true;
  // Whether toll word u is followed in its clause by an object of its own:
  // a word that opens a noun phrase (an `object_opener` or a
  // `singular_opener`: "a", "the", "its") or an object pronoun. A
  // participle after its noun ("two soldiers wounded") takes none.
  const auto object_after = [&](int32_t u) {
    const size_t w = trig_w_[u].second;
    if (w >= words_.size() || !words_[w].is_word || clause_[w] != clause_[trig_w_[u].first]) return false;
    const std::string_view next = words_[w].text();
    return WordCue(w, "object_opener") != nullptr || WordCue(w, "singular_opener") != nullptr || next == "him" ||
           next == "them";
  };
  for (int32_t u : Bucket(s_triggers_, sent_[num_w_[n].first])) {
    const size_t uw = trig_w_[u].first;
    if (u == t || uw < end || uw - end > 3 || clause_[uw] != clause_[num_w_[n].first]) continue;
    // "killed four people and wounded 12": a toll word with a count of its
    // own right after it is a verb before its object, not a participle after.
    // "killed two men and wounded a boy", "killed four and wounded the
    // driver": nor one with an object phrase of its own after it (an
    // article, a possessive, a pronoun).
    if (PostposedToll(u) && NumberStartingAt(trig_w_[u].second) < 0 && !object_after(u)) return true;
    // An Arabic count takes the toll noun right after it: in 32 قتيلاً
    // و220 جريحاً, the dead's word has its own count before it and the 220
    // are the wounded's.
    if (uw == end && own_count_before && doc_.triggers[u].acled_event_type == "casualty" &&
        !Latin(doc_.triggers[u]))
      return true;
  }
  return false;
}

// "مقتل شرطيين ومدني"، "ثلاثة من عناصر الأمن ومدنيين اثنين", "three soldiers
// and two civilians": victims joined by "and" after the count are counted
// with it, until another toll or event word takes over the clause. Returns
// their sum and marks their figures used.
// "مقتل أربعة جنود وأحد المارة": و fused to أحد / إحدى "one of" is kept
// whole, read as the numeral واحد; the hamza the writer wrote shows the
// conjunction (واحد "one" has a bare alif).
static bool FusedWaOneOf(std::string_view surface) {
  return surface.starts_with("\xD9\x88\xD8\xA3\xD8\xAD\xD8\xAF") ||  // وأحد
         surface.starts_with("\xD9\x88\xD8\xA5\xD8\xAD\xD8\xAF");     // وإحد
}

std::optional<CasualtyFigure> Builder::CoordinatedCount(size_t from, int32_t clause) {
  const auto FusedWaOne = [&](size_t w) {
    return !Latin(w) && FusedWaOneOf(doc_.OriginalText(doc_.tokens[words_[w].first].span));
  };
  std::optional<CasualtyFigure> sum;
  coordinated_civilians_.reset();
  for (size_t w = from, seen = 0; w < words_.size() && seen < 6; ++w, ++seen) {
    if (clause_[w] != clause || TriggerStartingAt(w)) break;
    // "two fighters of the Syrian Democratic Forces and a passer-by": a
    // force's name after the count's noun is one word of the way.
    if (!JoinedByAnd(w, w) && !FusedWaOne(w)) {
      size_t past = w;
      for (int32_t a : Bucket(s_actors_, sent_[w]))
        if (actor_w_[a].first == w && actor_w_[a].second > past + 1) past = actor_w_[a].second - 1;
      if (past > w && past < words_.size() && clause_[past] == clause) {
        w = past;
        continue;
      }
    }
    // The coordinator: "and" before the item, or و fused to its first word.
    const bool latin = JoinedByAnd(w, w + 1);
    if (!latin && !JoinedByAnd(w, w) && !FusedWaOne(w)) continue;
    const size_t c = latin ? w + 1 : w;
    if (c >= words_.size() || clause_[c] != clause || TriggerStartingAt(c)) break;
    // "four soldiers and an unknown number of rebels", أربعة جنود وعدد غير
    // معروف من المسلحين: victims joined with no count (`unnumbered`) add none
    // for certain, and leave the toll with no upper bound.
    size_t uncounted_end = SIZE_MAX;
    AnyCue(sent_[c], "unnumbered", [&](const CueHit& h) {
      if (h.w0 != c) return false;
      uncounted_end = h.w1;
      return true;
    });
    if (uncounted_end != SIZE_MAX) {
      CasualtyFigure open;
      open.low = open.best = 0;
      open.span = doc_.SpanOf(TokenRange{words_[c].first, words_[uncounted_end - 1].end});
      if (sum) AddFigure(*sum, open);
      else sum = open;
      break;
    }
    std::optional<CasualtyFigure> item;
    for (int32_t n : Bucket(s_numbers_, sent_[c])) {
      if ((num_w_[n].first != c && !(num_w_[n].first == c + 1 && CountAfterItsNoun(c, n))) || !UsableCount(n))
        continue;
      if (CountOfPostposedToll(-1, n)) break;
      item = Figure(doc_.numbers[n]);
      // "nine soldiers and two civilians": the civilian item of a list is
      // the toll's civilian subset.
      if (CivilianUnit(doc_.numbers[n]) && !coordinated_civilians_) coordinated_civilians_ = item;
      used_numbers_.push_back(n);
      w = num_w_[n].second - 1;
      break;
    }
    // "four patients and a nurse": an English victim in the singular.
    if (!item && latin && (item = EnglishOneVictim(c))) w = c + 1;
    // "killing three policemen and the attacker": a singular noun referring
    // back to the doer of the attack (`doer_anaphor`) is one more dead
    // (ACLED counts the attacker killed by his own deed or by those he hit).
    if (!item && latin)
      AnyCue(sent_[c], "doer_anaphor", [&](const CueHit& h) {
        if (h.w0 != c || h.row->kind == "event" || h.w1 <= c + 1 || clause_[h.w1 - 1] != clause) return false;
        const std::string_view head = words_[h.w1 - 1].text();
        if (head.ends_with("s")) return false;  // the attackers: a plural with no count
        // Only when it closes the coordinated object: the sentence's end, a
        // clause break, a mark or a preposition after it ("and the attacker
        // in X"), not a verb ("and the attacker fled": a clause of its own).
        const size_t after = h.w1;
        if (after < words_.size() && sent_[after] == sent_[c] && clause_[after] == clause && words_[after].is_word &&
            !words_[after].clause_break && !WordCue(after, "victim_phrase_end") && !AfterPrepositionWord(after + 1) &&
            !TriggerBetween(after, after + 1))
          return false;
        item = CasualtyFigure{};
        item->low = item->best = item->high = 1;
        item->span = doc_.SpanOf(TokenRange{words_[c].first, words_[h.w1 - 1].end});
        w = h.w1 - 1;
        return true;
      });
    if (!item && !latin && WordCue(c, "one_victim")) {
      item = CasualtyFigure{};
      item->low = item->best = item->high = 1;
      item->span = doc_.SpanOf(TokenRange{words_[c].first, words_[c].end});
      w = c;
    }
    if (!item) break;
    if (sum) AddFigure(*sum, *item);
    else sum = item;
    seen = 0;
  }
  return sum;
}

// "leaving four guards and an unknown number of bandits dead": a count, its
// noun (two words at most), "and" and victims with no count (`unnumbered`:
// "an unknown number of", "many") whose noun ends right before a postposed
// toll word in [num_end, toll_w). The count is the toll's, though farther from
// it than a count's noun alone; CoordinatedCount then adds the open item.
// "leaving three clan members and a police officer dead": so does a victim
// in the singular, opened by "a"/"an" (`EnglishOneVictim`), of up to three
// words of no other count, event word or punctuation, right before the toll
// word.
bool Builder::OpenItemJoinedBefore(size_t num_end, size_t toll_w) const {
  for (size_t w = num_end; w < toll_w && w <= num_end + 2; ++w) {
    if (!JoinedByAnd(w, w + 1)) continue;
    bool open = false;
    AnyCue(sent_[w], "unnumbered", [&](const CueHit& h) {
      open = h.w0 == w + 1 && h.w1 < toll_w && toll_w - h.w1 <= 2;
      return open;
    });
    if (open) return true;
    const size_t c = w + 1;
    if (!Latin(w) || toll_w <= c + 1 || toll_w - c > 4 || !EnglishOneVictim(c)) return false;
    for (size_t k = c + 1; k < toll_w; ++k)
      if (!words_[k].is_word || words_[k].clause_break || TriggerStartingAt(k) || NumberStartingAt(k) >= 0 ||
          words_[k].text() == "and")
        return false;
    return true;
  }
  return false;
}

// "استشهد رئيس البلدية وخمسة آخرون", "the commander and four of his escorts
// were shot dead", "مقتل جندي وثلاثة مدنيين": a count joined by and/و to a
// victim named before it counts that victim too — when no count, event or
// other toll word stands between the toll word (or the clause's start, six
// words at most) and the "and". How many victims: one, or in Arabic the
// first person noun and those joined to it (قتل مزارع وابنه وثلاثة آخرون).
size_t Builder::VictimsJoinedBefore(int32_t n, int32_t t) const {
  const size_t w = num_w_[n].first;
  size_t and_w = SIZE_MAX;
  if (JoinedByAnd(w, w)) and_w = w;
  else if (w > 0 && JoinedByAnd(w - 1, w)) and_w = w - 1;
  // "a woman and her two children": the count opened by a possessive.
  else if (w > 1 && Latin(w) && CountAfterItsNoun(w - 1, n) && words_[w - 1].text() != "the" && JoinedByAnd(w - 2, w - 1))
    and_w = w - 2;
  if (and_w == SIZE_MAX || and_w == 0) return 0;
  size_t seen = 0;
  for (size_t k = and_w, steps = 0; k-- > 0 && steps < 6; ++seen, steps += InsideActorName(k) ? 0 : 1) {
    if (sent_[k] != sent_[w] || words_[k].clause_break) break;
    if (k >= trig_w_[t].first && k < trig_w_[t].second) break;
    if (TriggerStartingAt(k) || !words_[k].is_word) return 0;
    for (int32_t m : Bucket(s_numbers_, sent_[w]))
      if (num_w_[m].first <= k && k < num_w_[m].second) return 0;
  }
  if (seen == 0) return 0;
  if (!Latin(and_w))
    for (size_t k = and_w - seen; k < and_w; ++k)
      if (WordCue(k, "one_victim")) return 1 + MoreArabicVictims(k, and_w).count;
  return 1;
}

// "Two soldiers of the Uganda People's Defence Forces and four rustlers":
// a word past the first of a party's name that is the complement of "of"
// or من (the victims' own party: ثلاثة من مقاتلي جيش الشعب الجديد وجندياً); that name is one step back to the count before
// it, however long.
bool Builder::InsideActorName(size_t k) const {
  for (int32_t a : Bucket(s_actors_, sent_[k])) {
    const size_t a0 = actor_w_[a].first;
    if (!(a0 < k && k < actor_w_[a].second) || a0 == 0) continue;
    size_t before = a0 - 1;
    if (words_[before].text() == "the" && before > 0) --before;
    if (words_[before].text() == "of" || words_[before].text() == "\xD9\x85\xD9\x86") return true;  // من
  }
  return false;
}

// "ومدنيين اثنين", "and the three", "and her two children": a count one word
// after the joined word only when it is an Arabic one or two (which follow
// their noun) or follows "the" or a possessive; "and displaced about 60,000"
// joins another deed, not more dead.
bool Builder::CountAfterItsNoun(size_t c, int32_t n) const {
  if (Latin(c)) {
    // "the two", "her two children": a determiner before the count.
    return WordCue(c, "count_determiner") != nullptr;
  }
  const NumberMention& m = doc_.numbers[n];
  return m.value && *m.value <= 2;
}

// Whether the words [from, to) are only "and", or to's word begins with a
// fused و (وعشرة، و10).
bool Builder::JoinedByAnd(size_t from, size_t to) const {
  if (to >= words_.size()) return false;
  // "and", or و standing apart before a figure in digits (10 و 15).
  if (to == from + 1) return words_[from].text() == "and" || words_[from].text() == "\xD9\x88";
  if (to != from) return false;
  const Token& tk = doc_.tokens[words_[to].first];
  return tk.script != Script::kLatin && tk.piece == Piece::kProclitic && doc_.OriginalText(tk.span) == "\xD9\x88";
}

// وجندياً: a person noun (`one_victim`) with a fused و that the segmenter
// kept whole, as it keeps a noun it does not know.
bool Builder::JoinedPersonNoun(size_t w) const {
  static constexpr std::string_view kWa = "\xD9\x88";  // و
  for (const std::string& stem : lex_.clitics->StemsAfter(words_[w].text(), kWa))
    if (lex_.KeyCue(NormalizeKey(stem), "one_victim")) return true;
  return false;
}

// "leaving 14 militants and three soldiers dead", "ثلاثة من المقاتلين
// وجندياً واحداً قُتلوا": the count told right before a toll word, joined
// by and/و to a count of other victims before it — within four words of
// its noun, with no event word between — counts those too. Marks that
// count used.
std::optional<CasualtyFigure> Builder::CountJoinedBefore(int32_t n, int32_t t) {
  const size_t w = num_w_[n].first;
  if (w >= trig_w_[t].first) return {};
  size_t and_w = SIZE_MAX;
  if (JoinedByAnd(w, w)) and_w = w;
  else if (w > 0 && JoinedByAnd(w - 1, w)) and_w = w - 1;
  // وجندياً واحداً: the و on the noun a one or two follows.
  else if (w > 0 && !Latin(w) && CountAfterItsNoun(w - 1, n) && (JoinedByAnd(w - 1, w - 1) || JoinedPersonNoun(w - 1)))
    and_w = w - 1;
  if (and_w == SIZE_MAX || and_w == 0) return {};
  for (size_t k = and_w, seen = 0; k-- > 0 && seen < 5; seen += InsideActorName(k) ? 0 : 1) {
    if (sent_[k] != sent_[w] || words_[k].clause_break) return {};
    // The earlier count first: one in digits (14 militants) is no word.
    for (int32_t m : Bucket(s_numbers_, sent_[w])) {
      if (m == n || num_w_[m].first > k || k >= num_w_[m].second) continue;
      const size_t mw = num_w_[m].first;
      if (!UsableCount(m) || AnyCue(sent_[mw], "range", [&](const CueHit& c) { return c.w1 == mw; })) return {};
      used_numbers_.push_back(m);
      return Figure(doc_.numbers[m]);
    }
    if (!words_[k].is_word || TriggerStartingAt(k)) return {};
  }
  return {};
}

// "ما بين سبعة وعشرة", "between 7 and 10": a count right after a range cue,
// with a second one joined to it by and/و, is a toll's low and high; the
// source gives no best figure. Marks the second count used.
std::optional<CasualtyFigure> Builder::RangeFrom(int32_t n) {
  const size_t w = num_w_[n].first;
  // From count `low` to count `high`; count `used` is marked used.
  auto range = [&](int32_t low, int32_t high, int32_t used) {
    const CasualtyFigure a = Figure(doc_.numbers[low]), b = Figure(doc_.numbers[high]);
    CasualtyFigure f;
    f.low = a.low;
    f.high = b.high ? b.high : b.best;
    f.span = Span{a.span.begin, b.span.end};
    used_numbers_.push_back(used);
    return f;
  };
  if (!AnyCue(sent_[w], "range", [&](const CueHit& c) { return c.w1 == w; })) {
    // The second count of a range read first ("between 12 and 20 soldiers
    // killed": the count nearest the toll word): the same range.
    for (int32_t m : Bucket(s_numbers_, sent_[w])) {
      if (m == n || !JoinedByAnd(num_w_[m].second, w)) continue;
      const size_t mw = num_w_[m].first;
      if (!AnyCue(sent_[mw], "range", [&](const CueHit& c) { return c.w1 == mw; })) continue;
      if (std::find(used_numbers_.begin(), used_numbers_.end(), m) != used_numbers_.end()) continue;
      return range(m, n, m);
    }
    return {};
  }
  for (int32_t m : Bucket(s_numbers_, sent_[w])) {
    if (m == n || !UsableCount(m) || !JoinedByAnd(num_w_[n].second, num_w_[m].first)) continue;
    return range(n, m, m);
  }
  return {};
}

// Whether figure f was read in the given sentence.
bool Builder::SameTollSentence(const CasualtyFigure& f, int32_t sentence) const {
  if (sentence < 0 || static_cast<size_t>(sentence) >= doc_.sentences.size()) return false;
  const Span s = doc_.sentences[sentence].span;
  return f.span.end > f.span.begin && s.begin <= f.span.begin && f.span.end <= s.end;
}

// "ما أدى إلى مقتل خمسة", "leaving at least 19 people dead": a toll told as
// what an act led to is the toll of an event told before the result cue.
// Returns where that cue starts (ending at most four words before toll word
// tw0, in its clause) when an event of the sentence comes before it, else
// SIZE_MAX.
size_t Builder::ResultBefore(size_t tw0) const {
  size_t at = SIZE_MAX;
  const int32_t sentence = sent_[tw0];
  AnyCue(sentence, "result", [&](const CueHit& c) {
    if (c.w1 > tw0 || tw0 - c.w1 > 4 || clause_[c.w0] != clause_[tw0]) return false;
    for (int32_t k : Bucket(s_events_, sentence))
      if (doc_.events[k].acled_event_type != "none" && trig_w_[doc_.events[k].trigger].first < c.w0) {
        at = c.w0;
        return true;
      }
    return false;
  });
  return at;
}

// From `from` to `to` the only clause breaks are short parentheses: another
// name for what precedes them ("the death toll from clashes with the
// Special Deterrence Force (Radaa) has risen to 47"), up to three words
// with no number in them (not an age: "(27 عاماً)").
bool Builder::ClauseAcrossShortParentheses(size_t from, size_t to) const {
  for (size_t w = from; w < to && w < words_.size(); ++w) {
    if (sent_[w] != sent_[from]) return false;
    if (!words_[w].clause_break) continue;
    if (words_[w].text() != "(") return false;
    size_t k = w + 1;
    for (; k < to && k <= w + 4; ++k) {
      if (words_[k].text() == ")") break;
      if (words_[k].clause_break || doc_.tokens[words_[k].first].kind == TokenKind::kNumber) return false;
    }
    if (k == w + 1 || k >= to || words_[k].text() != ")") return false;
    w = k;
  }
  return true;
}

// The largest figure a count allows: its high bound, else its point figure
// ("dozens": 99, "more than 100": 101).
static std::optional<double> FigureTop(const CasualtyFigure& f) {
  return f.high ? f.high : f.best ? f.best : f.low;
}

// Two sources' counts of the same dead: the lower count (its low and best)
// is the toll, and the larger of both counts' tops its high bound.
static CasualtyFigure OtherSourcesFigure(const CasualtyFigure& a, const CasualtyFigure& b) {
  auto floor = [](const CasualtyFigure& f) { return f.best ? *f.best : f.low ? *f.low : 0.0; };
  const CasualtyFigure& lo = floor(b) < floor(a) ? b : a;
  const CasualtyFigure& hi = &lo == &a ? b : a;
  CasualtyFigure f = lo;
  std::optional<double> top = FigureTop(hi);
  if (lo.high && (!top || *lo.high > *top)) top = lo.high;
  f.high = top;
  f.span.begin = std::min(a.span.begin, b.span.begin);
  f.span.end = std::max(a.span.end, b.span.end);
  return f;
}

// Kinds of event that kill no one by themselves (ACLED codes their dead,
// if any, to the fighting beside them). Burning, looting or wrecking
// property is such a kind too: "gunmen killed two farmers and set fire to
// their huts", قتل مسلحون مزارعين وأحرقوا منازلهم — the killing is an
// attack of its own, the arson another event.
static bool DeathlessKind(const Event& e) {
  const Label& sub = e.acled_sub_event_type;
  return sub == "Disrupted weapons use" || sub == "Headquarters or base established" || sub == "Agreement" ||
         sub == "Looting/property destruction";
}

void Builder::AttachCasualty(int32_t t) {
  // Where victims told as a plural with no count (`unnumbered` cues: "many",
  // عدداً من) stand right after toll word [tw0, tw1), past a quote mark;
  // SIZE_MAX when they do not.
  auto unnumbered_at = [&](size_t tw0, size_t tw1) -> size_t {
    for (size_t w = tw1; w < words_.size() && w <= tw1 + 1 && sent_[w] == sent_[tw0]; ++w) {
      if (words_[w].quote_mark) continue;
      if (clause_[w] == clause_[tw0] && WordCue(w, "unnumbered")) return w;
      break;
    }
    return SIZE_MAX;
  };
  // Whether a speech verb (an `attribution` cue of scope `quote`: "said",
  // قال، زعمت) starts in the sentence at a byte offset in [from, to).
  auto speech_verb_between = [&](int32_t s, uint32_t from, uint32_t to, bool or_witness = false) {
    return AnyCue(s, "attribution", [&](const CueHit& c) {
      if (c.row->scope != "quote" && !(or_witness && c.row->kind == "witness")) return false;
      const uint32_t at = doc_.tokens[words_[c.w0].first].span.begin;
      return at >= from && at < to;
    });
  };
  // Whether the sentence tells a party's claim: a claim of responsibility
  // (`responsibility`: تبنت، "claimed the attack") or a one-word claim verb
  // among the `unverified` cues (زعمت، ادعى، "claimed").
  auto claim_in = [&](int32_t s) {
    return AnyCue(s, "responsibility") ||
           AnyCue(s, "unverified", [&](const CueHit& c) { return c.w1 == c.w0 + 1; });
  };
  const TriggerMention& tr = doc_.triggers[t];
  const size_t tw0 = trig_w_[t].first, tw1 = trig_w_[t].second;
  const int32_t sentence = sent_[tw0], clause = clause_[tw0];
  // "The group said it had killed 20 officers", قال التنظيم إن مقاتليه قتلوا
  // 35 جندياً: an active killing verb after a speech verb is the speaking
  // party's own count of whom it killed — a claim, with no claim word.
  // A count dated on its own is of its own period, one naming a place
  // beyond the event's ("in Syria and Iraq") of its own area.
  auto about_the_event = [&](const Event& e) {
    if (!Bucket(s_dates_, sentence).empty()) return false;
    for (int32_t p : Bucket(s_places_, sentence))
      if (e.place < 0 || (p != e.place && !Encloses(p, e.place))) return false;
    return true;
  };
  auto party_says_it_killed = [&](const Event& e) {
    return tr.voice == "active" && about_the_event(e) && speech_verb_between(sentence, 0, tr.span.begin);
  };
  // An English toll verb with its auxiliary ("was killed", "were reportedly
  // shot dead"; the auxiliary may open the trigger's words): a passive, whatever voice its lexicon row gives.
  const bool passive_verb = Latin(tr) && (WordCue(tw0, "passive") || (tw0 >= 1 && WordCue(tw0 - 1, "passive")) ||
                                          (tw0 >= 2 && WordCue(tw0 - 2, "passive") &&
                                           (words_[tw0 - 1].text().ends_with("ly") || WordCue(tw0 - 1, "passive_adverb"))));
  const bool own_object = tr.voice == "active" && (SingularPronounOn(tr) || DualPronounOn(doc_, tr));
  // The count: the nearest cardinal of the clause, after the word first.
  int32_t num = -1;
  size_t best = SIZE_MAX;
  for (int32_t n : Bucket(s_numbers_, sentence)) {
    const NumberMention& m = doc_.numbers[n];
    size_t w = num_w_[n].first;
    if (m.kind != NumberMention::Kind::kCardinal) continue;
    if (clause_[w] != clause && !(w >= tw1 && ClauseAcrossShortParentheses(tw1, w))) continue;
    if (!UsableCount(n)) continue;
    // "clashes in several neighbourhoods … rose to 55 dead", "three
    // villages", في أحياء عدة: a count of places (its noun a `settlement`
    // word, after it, or right before a vague quantity that follows its
    // noun) counts no victims.
    if (!(w >= tw0 && w < tw1) &&
        ((num_w_[n].second < words_.size() && WordCue(num_w_[n].second, "settlement")) ||
         (m.vague && w > 0 && WordCue(w - 1, "settlement"))))
      continue;
    // The word itself when it is a dual (قتيلين، شهيدين); before the word
    // only right next to it ("300 قتيل", "five people were killed"; a
    // postposed "dead" may follow a longer noun: "five suspected gunmen dead").
    const bool own = w >= tw0 && w < tw1;
    const size_t reach = PostposedToll(t) ? 3 : 2;
    // "one member of the vigilante group died": an English count whose noun
    // takes an "of" phrase (up to six words in all, no event word, count or
    // punctuation in them) is the subject of the toll verb right after it.
    const auto of_phrase = [&](size_t from, size_t to) {
      if (!Latin(from) || to <= from + 2 || to - from > 6 || words_[from + 1].text() != "of") return false;
      for (size_t k = from; k < to; ++k)
        if (!words_[k].is_word || words_[k].clause_break || TriggerStartingAt(k) || NumberStartingAt(k) >= 0) return false;
      return true;
    };
    if (!own && w < tw1 && (num_w_[n].second > tw0 || tw0 - num_w_[n].second > reach) &&
        !(PostposedToll(t) && OpenItemJoinedBefore(num_w_[n].second, tw0)) &&
        !(num_w_[n].second < tw0 && of_phrase(num_w_[n].second, tw0)))
      continue;
    if (w >= tw1 && CountOfPostposedToll(t, n)) continue;
    // "Gunmen shot dead two men and wounded a boy": an English count right
    // after another event word is that verb's object, not the subject of a
    // toll word after it.
    if (!own && w < tw0 && Latin(tr) &&
        std::any_of(Bucket(s_triggers_, sentence).begin(), Bucket(s_triggers_, sentence).end(),
                    [&](int32_t u) { return u != t && trig_w_[u].second == w; }))
      continue;
    // An English passive takes no object: "a boy was killed and five others
    // were injured" — a count after it is another verb's subject (its own
    // subject came before it, EnglishSubjectCount below).
    if (w >= tw1 && passive_verb) continue;
    // An Arabic verb with its object pronoun (قتلوه، أردوه) has its one
    // victim: a figure after it counts something else (بعدة طلقات).
    if (w >= tw1 && own_object) continue;
    size_t dist = own ? 0 : w >= tw1 ? w - tw1 : (tw0 - num_w_[n].second) + 2;
    // "مقتل شاب وإصابة أربعة آخرين": a figure after another toll word is its.
    if (w >= tw1 && TollWordBetween(t, tw1, w)) continue;
    // "shooting eight residents dead and abducting at least 20 women": in
    // English a count after an event word joined by "and" is that verb's
    // object, not the toll's. (An event word that is no verb of its own may
    // stand between: "the death toll from clashes … rose to 47".)
    if (w >= tw1 && Latin(tr) &&
        std::any_of(Bucket(s_triggers_, sentence).begin(), Bucket(s_triggers_, sentence).end(), [&](int32_t u) {
          const size_t uw = trig_w_[u].first;
          return u != t && uw > tw1 && trig_w_[u].second <= w && words_[uw - 1].text() == "and";
        }))
      continue;
    if (dist < best) best = dist, num = static_cast<int32_t>(n);
  }
  // "shot dead three smugglers and wounded a fourth": a participle with an
  // object of its own right after it is an active verb, its subject no count.
  // A definite object ("and wounded the driver", "wounded his son") makes
  // one too, unless an auxiliary shows the passive ("were wounded the day
  // before").
  const bool object_follows =
      Latin(tr) && tw1 < words_.size() && clause_[tw1] == clause &&
      (WordCue(tw1, "object_opener") != nullptr || (!passive_verb && WordCue(tw1, "singular_opener") != nullptr));
  if (num < 0 && tr.voice == "passive" && !object_follows) num = EnglishSubjectCount(tw0, sentence);
  if (num < 0 && tr.tokens.begin < tr.tokens.end) num = ArabicSubjectCount(t);
  // "أنزلوا تسعة عمال وأطلقوا عليهم النار فقتلوهم": an Arabic killing verb
  // with the plural object pronoun (هم، هن) kills those counted before it in
  // its sentence — the nearest count before the verb that no toll has taken.
  // So does a toll noun with it (استهدفت سيارة تقل ثلاثة أشخاص، ما أدى إلى
  // مقتلهم): the plural pronoun is those counted before.
  if (num < 0 && (tr.voice == "active" || tr.voice == "nominal") && PluralPronounOn(doc_, tr))
    for (int32_t n : Bucket(s_numbers_, sentence)) {
      if (num_w_[n].first >= tw0) break;
      if (UsableCount(n) && std::find(used_numbers_.begin(), used_numbers_.end(), n) == used_numbers_.end()) num = n;
    }
  // The civilian subset: the figure after a subset cue in the sentence.
  int32_t civ = -1;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    const CueHit& c = cues_[ci];
    if (c.row->type != "subset" || c.row->scope == "preceding" || c.w0 < tw0) continue;
    for (int32_t n : Bucket(s_numbers_, sentence))
      if ((num_w_[n].first == c.w1 || num_w_[n].first == c.w1 + 1) && CivilianUnit(doc_.numbers[n])) civ = static_cast<int32_t>(n);
    if (civ >= 0) break;
  }
  bool cumulative = AnyCue(sentence, "cumulative");
  // "فقُتل اثنان منهم، وفق المنظمة التي سجلت نزوح 1,200 شخص منذ منتصف
  // الشهر", "…, killing two, said the agency, which has counted 1,200
  // displaced since October": a since-date in a later clause than the toll
  // counts what that clause tells, not the dead; before the toll, in its own
  // clause or an opening one (ومنذ بدء الهجوم، قُتل …), it runs the toll.
  // (A bracketed gloss between, "(FARC)", parts no clause here.)
  auto runs_toll = [&](int32_t d) {
    if (!doc_.dates[d].since) return false;
    for (size_t w = tw0 + 1; w < date_w_[d].first && w < words_.size(); ++w) {
      const std::string_view x = words_[w].text();
      if (IsComma(x) || x == ";" || x == "\xD8\x9B") return false;  // ; ؛
    }
    return true;
  };
  for (int32_t d : Bucket(s_dates_, sentence))
    if (runs_toll(d) && !OldDate(doc_.dates[d]))
      cumulative = true;
  if (PresentPerfect(tw0) && !ClauseHasDate(tw0)) cumulative = true;  // "the war has killed 40,000"
  // A total counted in its clause since a day a month or more before the
  // report ("since October 7", منذ أيلول 2024), or told in the present perfect ("the
  // violence has killed more than 1,600"), is a war's or a campaign's
  // running total: never the toll of an event of an earlier sentence, nor of
  // a protest or announcement beside it.
  bool campaign_total = PresentPerfect(tw0);
  // (Counted since a day a month or more back, in its clause or fronted
  // before it in its sentence — "Since January, troops have killed …": no
  // single act, whatever its verb.)
  bool long_since = false;
  if (const std::optional<CivilDay> ref = ParseIsoDay(ref_day_))
    for (int32_t d : Bucket(s_dates_, sentence)) {
      if (!doc_.dates[d].since) continue;
      const bool same_clause = clause_[date_w_[d].first] == clause;
      if (!same_clause && date_w_[d].first >= tw0) continue;
      // "… since 2019, when troops killed 30 protesters": a when-clause
      // right after the since-date tells what happened on that date — a
      // toll in it is that act's, no running count.
      if (const size_t when = TimeClauseAfter(d); when != SIZE_MAX && when < tw0) continue;
      if (const std::optional<CivilDay> from = ParseIsoDay(doc_.dates[d].value))
        if (DaysFromCivil(*ref) - DaysFromCivil(*from) >= 30) {
          long_since = true;
          if (same_clause) campaign_total = true;
        }
    }

  // A toll told as grown ("ارتفعت حصيلة", "the death toll rose": a
  // `cumulative` cue of kind rise) updates the toll of the event it counts.
  const bool rise = AnyCue(sentence, "cumulative", [](const CueHit& c) { return c.row->kind == "rise"; });
  bool risen = false;

  // The event to attach to.
  // The nearest violent event of the sentence (the dead of "the fighting
  // forced us to redeploy" died in the fighting), else the nearest event.
  int32_t target = -1;
  size_t tdist = SIZE_MAX;
  bool violent = false;
  const size_t result_w = ResultBefore(tw0);
  // An event word a `not_event` cue makes background ("Gunmen killed four
  // traders, as fighting intensified") will be dropped, and any toll with
  // it: the toll is an act's own when it has a doer, below. A toll word
  // joined after it in its clause is background too ("suspected of the
  // kidnapping and killing of …").
  int32_t background = -1;
  // Force used on protesters, and a mob's beating, kill like any violent act:
  // the dead of "police fired on fishermen protesting a fishing ban, killing
  // one" died of the firing, not of the ban the protest was about.
  const auto killing_kind = [](const Event& e) {
    return Violent(e.acled_event_type) || e.acled_sub_event_type == "Excessive force against protesters" ||
           e.acled_sub_event_type == "Mob violence";
  };
  // An English toll participle set off by a comma (", killing one man") tells
  // what the act before it did: an event told after it in the sentence (a
  // denial, a source's aside) is not its cause.
  const bool participle_after_act =
      Latin(tr) && CommaParticiple(tw0) &&
      std::any_of(Bucket(s_events_, sentence).begin(), Bucket(s_events_, sentence).end(), [&](int32_t k) {
        return doc_.events[k].acled_event_type != "none" && trig_w_[doc_.events[k].trigger].first < tw0;
      });
  // A background word right before the toll in its clause may still be the
  // killer ("fighting that raged all week killed five"), but not over a
  // violent event told before it there: in "a landmine left over from
  // earlier fighting killed two children" the mine killed.
  const bool violent_fore = std::any_of(Bucket(s_events_, sentence).begin(), Bucket(s_events_, sentence).end(),
                                        [&](int32_t k) {
                                          const Event& e = doc_.events[k];
                                          const size_t ew = trig_w_[e.trigger].first;
                                          return ew < tw0 && clause_[ew] == clause && killing_kind(e) &&
                                                 !ToldAsBackground(e);
                                        });
  for (int32_t k : Bucket(s_events_, sentence)) {
    const Event& e = doc_.events[k];
    if (e.acled_event_type == "none") continue;  // demands, threats: ACLED counts no dead there
    // "قضت على ثلاثة إرهابيين واسترجعت مسدساً": goods taken back (no ground)
    // are no fight, and no event: the dead are the killing's own.
    if (TerritoryTaken(e) && CaptureOfGoods(e)) continue;
    size_t ew = trig_w_[e.trigger].first;
    if (ew >= result_w) continue;
    if (participle_after_act && ew > tw0) continue;
    // "the town has been attacked repeatedly since 2019, when bandits killed
    // 30 villagers": a toll in the when-clause of a since-date told after
    // the event word is the toll of what happened on that date, not of it.
    if (ew < tw0 && std::any_of(Bucket(s_dates_, sentence).begin(), Bucket(s_dates_, sentence).end(), [&](int32_t d) {
          const size_t when = doc_.dates[d].since ? TimeClauseAfter(d) : SIZE_MAX;
          return date_w_[d].first > ew && when != SIZE_MAX && when < tw0;
        }))
      continue;
    if ((!(ew < tw0 && clause_[ew] == clause) || violent_fore) && ToldAsBackground(e)) {
      if (background < 0) background = static_cast<int32_t>(k);
      continue;
    }
    // "استعادت السيطرة على البلدة بعد أسابيع من سيطرة المسلحين عليها، وقتلت
    // عشرات الإرهابيين": an event told in the clause a `lead_up` word (بعد،
    // إثر، عقب) opens after a killing event of the sentence is what that
    // event came after; a toll told in a later clause is the main event's.
    // (Fighting told there after ground taken, استعادت … بعد معارك مع
    // الجيش، is left to the fold of fighting into captures: it may be the
    // toll's own. After a blast or an attack — فجّر انتحاري حزامه بعد أن أطلق
    // الجنود النار عليه، ما أدى إلى مقتله — the blast killed.)
    // So is one after a time subordinator (بعد أن، قبل أن), whose clause
    // tells a time of its own.
    const auto opens_lead_up = [&](const CueHit& c) {
      if (c.w0 >= ew || clause_[c.w0] != clause_[ew]) return false;
      for (int32_t j : Bucket(s_events_, sentence)) {
        const Event& m = doc_.events[j];
        const size_t mw = trig_w_[m.trigger].first;
        // An abduction told first (وقعت عملية الخطف بعد ساعات من اشتباك
        // …، خلّف سبعة قتلى) took no lives: the fight after بعد did.
        if (j != k && mw < c.w0 && killing_kind(m) && !ToldAsBackground(m) && m.acled_event_type != "none" &&
            !TakesNoLife(m) && (e.acled_sub_event_type != "Armed clash" || !TerritoryTaken(m)))
          return true;
      }
      return false;
    };
    if (clause_[ew] != clause && ew < tw0 &&
        (AnyCue(sentence, "lead_up", opens_lead_up) || AnyCue(sentence, "time_subordinator", opens_lead_up)))
      continue;
    // "فجّر انتحاري نفسه قرب حاجز، فقُتل شرطي ومدنيان، فيما انفجرت عبوة
    // ناسفة …": an event told after a writer's turn (`writer_turn`: فيما،
    // بينما، في حين; not a row of kind `not`, فيما بعد) that follows the toll
    // is other news; the toll is of what was told before it — when a killing
    // event is told before the turn to take it, or the toll word is an active
    // verb (مسلحون قتلوا عدداً من الأهالي، فيما خُطف …: its doer's own act).
    // With neither (قُتل مدنيان فيما أصيب آخرون بانفجار عبوة …؛ قُتل جنود بينما
    // كانوا يفككون عبوة انفجرت بهم) the event after the turn is the toll's
    // only host.
    const auto killing_before = [&](size_t w) {
      for (int32_t j : Bucket(s_events_, sentence)) {
        if (j == static_cast<int32_t>(k)) continue;
        const Event& m = doc_.events[j];
        if (trig_w_[m.trigger].first < w && killing_kind(m) && m.acled_event_type != "none" && !ToldAsBackground(m))
          return true;
      }
      return false;
    };
    if (size_t turn = 0;
        ew >= tw1 && WriterTurnBetween(sentence, tw1, ew, &turn) && (tr.voice == "active" || killing_before(turn)))
      continue;
    size_t dist = ew >= tw0 ? ew - tw0 : tw0 - ew;
    const bool v = killing_kind(e);
    if ((v && !violent) || (v == violent && dist < tdist)) tdist = dist, target = static_cast<int32_t>(k), violent = v;
  }
  // قتلت قوات الأمن سبعة مسلحين في عملية قرب X، فيما فجّر انتحاري نفسه …:
  // an active toll verb whose doer is named is its own act, never the toll of
  // an event told only after it in another clause.
  // The casualty word read as an event of its own (its subject, or a
  // passive's agent phrase), built once for the two tests below.
  std::optional<Event> own;
  const auto probe_of = [&]() -> Event& {
    if (!own) {
      own.emplace();
      own->trigger = t;
      FillArguments(*own, t);
    }
    return *own;
  };
  if (target >= 0 && tr.voice == "active") {
    const size_t ew = trig_w_[doc_.events[target].trigger].first;
    // (A taking told after it is left to KillingBesideTaking.)
    // (Nor when an event word stands before it in its clause: "Fighting
    // between A and B has killed 60, with the heaviest clashes around X".)
    const bool event_before = std::any_of(Bucket(s_events_, sentence).begin(), Bucket(s_events_, sentence).end(),
                                          [&](int32_t k) {
                                            const size_t kw = trig_w_[doc_.events[k].trigger].first;
                                            return kw < tw0 && clause_[kw] == clause;
                                          });
    // (Nor a generic word after it, which may name the killing itself: "…,
    // in one of the bloodiest attacks this year".)
    if (ew > tw1 && clause_[ew] != clause && !event_before && !Generic(doc_.events[target]) &&
        !TakesNoLife(doc_.events[target])) {
      const Event& probe = probe_of();
      // The doer is the verb's subject, right before it (an auxiliary may
      // stand between: "troops have killed"), not a name further back.
      if (probe.actor1.actor >= 0 && !probe.actor1.implicit && actor_w_[probe.actor1.actor].first < tw0 &&
          actor_w_[probe.actor1.actor].second + 2 >= tw0 && clause_[actor_w_[probe.actor1.actor].first] == clause)
        target = -1, violent = false;
    }
  }
  // "Six soldiers were killed in a suicide attack that targeted the base,
  // while the group claimed it had killed 20", قُتل ستة جنود في هجوم انتحاري
  // استهدف القاعدة، فيما زعمت الحركة أنها قتلت 20: an active toll verb told
  // after a speech verb, with no event word between them, is the speaker's
  // count of the dead told before that verb in the sentence — the event
  // carrying them, not a word of it told nearer (استهدف). So is any toll
  // word told after a definite generic word referring back there (زعمت
  // الحركة أن الهجوم أوقع 11 قتيلاً).
  if (target >= 0 && !doc_.events[target].fatalities && tr.acled_sub_event_type != "injuries") {
    size_t speech = SIZE_MAX;
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (c.row->type == "attribution" && c.row->scope == "quote" && c.w1 <= tw0 &&
          (speech == SIZE_MAX || c.w0 > speech))
        speech = c.w0;
    }
    // The trigger's event is a definite generic word (الهجوم، "the attack").
    const auto reference = [&](int32_t u) {
      for (int32_t k : Bucket(s_events_, sentence))
        if (doc_.events[k].trigger == u) return Generic(doc_.events[k]) && Definite(doc_.events[k]);
      return false;
    };
    bool referred = false;
    const bool told_after = [&] {
      if (speech == SIZE_MAX) return false;
      const Event& te = doc_.events[target];
      if (trig_w_[te.trigger].first >= speech && !(reference(te.trigger) && trig_w_[te.trigger].first < tw0)) return false;
      for (int32_t u : Bucket(s_triggers_, sentence)) {
        if (u == t || trig_w_[u].first <= speech || trig_w_[u].first >= tw0) continue;
        if (!reference(u)) return false;
        referred = true;
      }
      return true;
    }();
    if (told_after && (tr.voice == "active" || referred))
      for (int32_t k : Bucket(s_events_, sentence)) {
        const Event& e = doc_.events[k];
        if (!Violent(e.acled_event_type) || !e.fatalities || e.cumulative || trig_w_[e.trigger].first >= speech ||
            e.fatalities->span.end > doc_.tokens[words_[speech].first].span.begin)
          continue;
        target = k;
        break;
      }
  }
  if (target >= 0 && campaign_total && !violent && doc_.events[target].acled_event_type != "Riots" &&
      doc_.events[target].acled_sub_event_type != "Excessive force against protesters")
    return;
  // A seizure, a base set up or an agreement takes no dead: a toll word
  // naming its own killer beside one ("troops killed two gunmen and
  // recovered their rifles") tells an event of its own.
  // A destruction's dead told after it in a clause of their own are what it
  // did ("destroyed a convoy near X, killing several fighters"): the
  // destruction's own toll, not a killing of its own. Bodies found (a
  // `remains` word) were killed by no doer of the sentence.
  const bool looting_target = target >= 0 && doc_.events[target].acled_sub_event_type == "Looting/property destruction";
  const bool deathless_target =
      target >= 0 && !violent && DeathlessKind(doc_.events[target]) &&
      !(looting_target && ((trig_w_[doc_.events[target].trigger].first < tw0 &&
                            clause_[trig_w_[doc_.events[target].trigger].first] != clause) ||
                           WordCue(tw0, "remains")));
  // Its sentence names a place or a day of its own, and no armed party of
  // its clause is among the dead (a soldier shot dead was fought).
  const auto shot_dead_on_its_own_scene = [&] {
    if (Bucket(s_places_, sentence).empty() && Bucket(s_dates_, sentence).empty()) return false;
    for (int32_t a : Bucket(s_actors_, sentence))
      if (victim_[a] && Armed(doc_.actors[a].acled_inter) && clause_[actor_w_[a].first] == clause) return false;
    return true;
  };
  // "The youth was shot dead by the troops during their storming of the
  // camp", اقتحمت القوات البلدة وقتلت أربعة من المعتصمين: a storming that
  // names no armed side against it is no battle of its own (the storming
  // fold in events.cc), so a toll word naming its own killer is the killing
  // the storming led into, when the dead were unarmed.
  // Protesters among the toll's victims, named after the toll word in its
  // clause (قتلت أربعة من المعتصمين، "killed four of the protesters").
  const bool protester_dead = [&] {
    for (int32_t a : Bucket(s_actors_, sentence))
      if (victim_[a] && doc_.actors[a].acled_inter == "Protesters" && actor_w_[a].first >= tw1 &&
          clause_[actor_w_[a].first] == clause)
        return true;
    return false;
  }();
  // A storming told before an active toll verb whose dead are protesters
  // (اقتحمت القوات الساحة وقتلت أربعة من المعتصمين) is the way in to the
  // force used on them, whose doer is the storming's.
  bool storming_on_protesters = false;
  const bool storming_target = [&] {
    if (target < 0) return false;
    const Event& e = doc_.events[target];
    if (!LemmaCue(doc_.triggers[e.trigger], "storming")) return false;
    if (e.acled_sub_event_type != "Armed clash") return false;
    // Only a storming told after the toll, as its circumstance (خلال
    // اقتحامها، "during a raid"): "raids on the province killed 200" and
    // "stormed a village, killing 21" tell the storming as the deed itself.
    const size_t sw = trig_w_[e.trigger].first;
    if (e.actor2.actor >= 0 && !e.actor2.implicit && InterOf(e.actor2) != "Civilians") return false;
    if (sw < tw0 && tr.voice == "active" && protester_dead) {
      storming_on_protesters = true;
    } else {
      if (sw < tw1) return false;
      // ... and framed as one by a `circumstance` word right before it (في،
      // خلال، during; an English article or modifier may stand between).
      if (!AnyCue(sentence, "circumstance", [&](const CueHit& c) { return c.w1 <= sw && sw - c.w1 <= 2; }))
        return false;
    }
    // A sentence that tells fighting beside it tells the storming's fight.
    for (int32_t k : Bucket(s_events_, sentence))
      if (k != target && doc_.events[k].acled_event_type == "Battles") return false;
    return true;
  }();
  // "Since January, troops in Cauca have neutralised 147 members of armed
  // groups": a total counted since a day a month or more back tells a
  // campaign's many acts, never a killing of its own however its doer is
  // named.
  if (target < 0 && long_since) return;
  if (target < 0 || deathless_target || storming_target) {
    // An explicit perpetrator makes the casualty word an event of its own:
    // its subject, or a passive's agent phrase — English "was shot dead by
    // X", Arabic قُتل … برصاص X / بنيران X / على يد X (the word's prep roles).
    Event& probe = probe_of();
    // The casualty word as a killing of its own (an attack on civilians or a
    // clash), made the toll's target.
    // "A Turkish drone killed two fighters", "a jet killed five": an aircraft
    // word (a `weapon` cue of kind aerial) at most three words before the
    // casualty word, in its clause, is the killer — an air or drone strike,
    // whoever was hit.
    // So is a rocket, shell or missile (kind heavy-weapons: "a rocket
    // killed two people") — a shelling or missile attack.
    size_t weapon_w = SIZE_MAX;
    const CueRow* weapon_killer = [&]() -> const CueRow* {
      for (size_t w = tw0, back = 0; w-- > 0 && back < 3; ++back) {
        if (clause_[w] != clause_[tw0]) break;
        if (const CueRow* c = WordCue(w, "weapon"); c && (c->kind == "aerial" || c->kind == "heavy-weapons")) {
          weapon_w = w;
          return c;
        }
      }
      return nullptr;
    }();
    const bool aerial_killer = weapon_killer != nullptr && weapon_killer->kind == "aerial";
    const bool heavy_killer = weapon_killer != nullptr && weapon_killer->kind == "heavy-weapons";
    const auto add_killing = [&](bool civilians, const char* plover_mode) {
      probe.acled_event_type = civilians ? "Violence against civilians" : "Battles";
      probe.acled_sub_event_type = civilians ? "Attack" : "Armed clash";
      probe.plover_event_type = "ASSAULT";
      probe.plover_mode = plover_mode;
      if (aerial_killer) {
        probe.acled_event_type = "Explosions/Remote violence";
        probe.acled_sub_event_type = "Air/drone strike";
        probe.plover_mode = "aerial";
      } else if (heavy_killer && Latin(tr) && tr.voice == "active") {
        probe.acled_event_type = "Explosions/Remote violence";
        probe.acled_sub_event_type = "Shelling/artillery/missile attack";
        probe.plover_mode = "heavy-weapons";
      }
      probe.status = tr.default_status.empty() ? "reported" : tr.default_status;
      probe.sentence = static_cast<uint32_t>(std::max(0, sentence));
      probe.quote = tok_quote_[tr.tokens.begin];
      AddEvent(std::move(probe));
      target = static_cast<int32_t>(doc_.events.size() - 1);
    };
    // مقتل راعيين برصاص مسلحين: a toll noun with its killer after a
    // preposition (its row's prep roles) reads as the passive does.
    const bool passive = tr.voice == "passive" || tr.voice == "nominal";
    // "Two policemen were shot dead by gunmen", قُتل شرطيان برصاص مسلحين: a
    // passive's subject is its victim, counted as the toll and so read by no
    // slot; a force named there, right before the word or after it, is the side
    // hit (actor 2), and an armed side hit was fought, not a civilian attacked.
    if (passive && probe.actor1.actor >= 0 && probe.actor2.actor < 0)
      for (int32_t a : Bucket(s_actors_, sentence)) {
        if (!victim_[a] || minor_victim_[a] || a == probe.actor1.actor || doc_.actors[a].person ||
            !Armed(doc_.actors[a].acled_inter) || clause_[actor_w_[a].first] != clause)
          continue;
        // Arabic puts it after the word, its count between (قُتل ثلاثة جنود).
        if (actor_w_[a].second == tw0 || (actor_w_[a].first >= tw1 && actor_w_[a].first <= tw1 + 1)) {
          probe.actor2.actor = a;
          break;
        }
      }
    // A toll noun's killer is told after it (مقتل X برصاص Y), never the
    // subject of a verb of telling before it (أعلنت الشرطة مقتل).
    const bool noun_killer_after =
        tr.voice != "nominal" || (probe.actor1.actor >= 0 && actor_w_[probe.actor1.actor].first >= tw1 &&
                                  actor_w_[probe.actor1.actor].first <= tw1 + 4 &&
                                  clause_[actor_w_[probe.actor1.actor].first] == clause);
    if (storming_on_protesters) {
      // The verb's own subject may be left unsaid (وقتلت) or misread as
      // the protesters it names: the doer is the storming's.
      probe.actor1 = doc_.events[target].actor1;
      probe.actor1.implicit = true;
      if (probe.actor2.actor >= 0 && probe.actor2.actor == probe.actor1.actor) probe.actor2 = EventArgument{};
      add_killing(/*civilians=*/true, "");
    } else if (probe.actor1.actor >= 0 && !probe.actor1.implicit && (tr.voice == "active" || passive) && noun_killer_after) {
      // مسلحون قتلوا رجلاً: one civilian person noun after the word is a civilian victim too.
      const std::optional<OneVictim> one = num < 0 ? ArabicOneVictim(tr, tw0, tw1) : std::nullopt;
      const bool one_civilian = one.has_value() && one->civilian;
      // قتل مسلحون جندياً سابقاً في الجيش، شرطياً سابقاً: a victim named with
      // the force he served in before (a `former` cue — جندياً سابقاً، ضابط
      // سابق — on the mention or ending at most two words before it, after
      // the word, in its clause) is out of service: no armed side (ACLED:
      // former soldiers and police are civilians), so he was attacked.
      const bool former_of_force = [&] {
        if (probe.actor2.actor < 0 || probe.actor2.implicit || !Armed(doc_.actors[probe.actor2.actor].acled_inter))
          return false;
        const size_t a0 = actor_w_[probe.actor2.actor].first, a1 = actor_w_[probe.actor2.actor].second;
        if (a0 < tw1) return false;
        return AnyCue(sentence, "former", [&](const CueHit& c) {
          return c.w0 >= tw1 && c.w0 <= a1 && a0 <= c.w1 + 2 && clause_[c.w0] == clause;
        });
      }();
      if (former_of_force) probe.actor2.coded_id = "gen.civilians";
      bool civilians = civ >= 0 || one_civilian || former_of_force ||
                       (probe.actor2.actor >= 0 && doc_.actors[probe.actor2.actor].acled_inter == "Civilians") ||
                       (num >= 0 && CivilianUnit(doc_.numbers[num])) ||
                       // "Gunmen killed six people": persons of no side, with no
                       // armed party named but the killers, were unarmed.
                       (num >= 0 && PersonCountUnit(num) && probe.actor2.actor < 0 &&
                        [&] {
                          probe.sentence = static_cast<uint32_t>(std::max(0, sentence));
                          return NoArmedPartyButDoers(probe, /*unnamed_are_doers=*/true,
                                                      background >= 0 ? trig_w_[doc_.events[background].trigger].first : SIZE_MAX);
                        }()) ||
                       // A passive's victim is its subject: no armed party there, a person was attacked.
                       (passive && (probe.actor2.actor < 0 || !Armed(doc_.actors[probe.actor2.actor].acled_inter)));
      // Beside a storming only dead told as civilians make the killing: a
      // passive's bare victim may be one of the fighters it met.
      const bool told_civilians =
          civ >= 0 || one_civilian || (num >= 0 && CivilianUnit(doc_.numbers[num])) ||
          std::any_of(Bucket(s_actors_, sentence).begin(), Bucket(s_actors_, sentence).end(), [&](int32_t a) {
            return victim_[a] && doc_.actors[a].acled_inter == "Civilians" && clause_[actor_w_[a].first] == clause;
          });
      if (!storming_target || told_civilians) add_killing(civilians, "");
    } else if (background < 0 && !storming_target && !deathless_target && Latin(tr) && tr.voice == "active" &&
               weapon_killer != nullptr && weapon_w > 0 &&
               WordCue(weapon_w - 1, "indefinite_article") &&
               shot_dead_on_its_own_scene()) {
      // "In March 2023 a rocket killed two people near the port": an
      // indefinite weapon as the subject of a killing verb, in a sentence
      // naming its own place or day, is a strike of its own however its
      // doer goes untold (a definite one, "the rocket", refers back).
      probe.actor1 = EventArgument{};
      add_killing(/*civilians=*/false, "");
    } else if (storming_target) {
      // no doer of its own: the storming's toll, as before
    } else if (deathless_target) {
      // no doer: the toll stays with the event beside it
    } else if (background < 0 && passive && tr.plover_mode == "firearms" && shot_dead_on_its_own_scene()) {
      // "In Pietermaritzburg, a ward councillor was shot dead at his home":
      // a toll word that names its weapon is a killing however its doer
      // goes untold; a sentence naming its own place or day tells a new
      // scene, not the toll of the event told before.
      probe.actor1 = EventArgument{};
      add_killing(/*civilians=*/true, "firearms");
    } else if (background >= 0) {
      target = background;  // no doer: the dead of the background, dropped with it
    } else {
      // The toll of a later sentence is the last event told before it; a
      // sentence with no event between them (a witness's quote) does not
      // cut the toll off from it.
      // Of that sentence's events, the last that kills (a clash, not the
      // weapons seized after it: تبادلت إطلاق النار مع مهربين وحجزت سيارات …
      // وأوضحت أن أحد المهربين قُتل), else the last.
      // An abduction or a rape told there takes no lives: dead told after
      // it (bodies found, a count of its own) are no toll of it, and with no
      // other event there the toll is left to none.
      for (int32_t s = sentence - 1; s >= 0 && s >= sentence - 2 && !campaign_total; --s) {
        if (Bucket(s_events_, s).empty()) continue;
        bool killing_found = false;
        for (int32_t k : Bucket(s_events_, s)) {
          const Event& e = doc_.events[k];
          if (TakesNoLife(e)) continue;
          const bool kills = killing_kind(e) && !ToldAsBackground(e);
          if (kills || !killing_found) target = k;
          killing_found |= kills;
        }
        break;
      }
      if (target >= 0 && TollToldElsewhere(sentence, static_cast<int32_t>(doc_.events[target].sentence))) return;
    }
  }
  if (target < 0) return;
  // "وارتفعت حصيلة قتلى الاشتباكات إلى خمسة": the definite event word a
  // grown toll counts refers back to the event of its kind told before with
  // a toll; the grown toll is that one's.
  if (rise && !campaign_total && doc_.events[target].sentence == static_cast<size_t>(sentence) &&
      Definite(doc_.events[target])) {
    const Event& told = doc_.events[target];
    int32_t before = -1;
    for (size_t k = 0; k < doc_.events.size(); ++k) {
      const Event& p = doc_.events[k];
      if (p.sentence < told.sentence && p.acled_sub_event_type == told.acled_sub_event_type && p.fatalities &&
          !p.cumulative && Happened(p.status) && (before < 0 || p.sentence >= doc_.events[before].sentence))
        before = static_cast<int32_t>(k);
    }
    if (before >= 0) target = before;
  }
  if (tr.acled_sub_event_type != "injuries") target = KillingBesideTaking(t, target);
  // "Protesters stormed the governor's office after the bodies of three
  // abductees were found": the dead counted as bodies (`remains`) were killed
  // before, by others; the crowd they stirred took no lives.
  // The crowd's event may still carry its word's own type (أحرق، اقتحم):
  // its doers tell it. The bodies go to the killing or abduction told
  // beside them, if any.
  if (WordCue(tw0, "remains")) {
    const auto crowd = [&](const Event& e) {
      const std::string inter = InterOf(e.actor1);
      const bool storming_or_burning = e.acled_event_type == "Battles" || e.acled_event_type == "Strategic developments";
      return e.acled_event_type == "Protests" || e.acled_event_type == "Riots" ||
             (storming_or_burning && (inter == "Protesters" || inter == "Rioters"));
    };
    if (crowd(doc_.events[target])) {
      target = -1;
      size_t nearest = SIZE_MAX;
      for (int32_t k : Bucket(s_events_, sentence)) {
        const Event& e = doc_.events[k];
        if (crowd(e) || !Violent(e.acled_event_type)) continue;
        const size_t ew = trig_w_[e.trigger].first;
        const size_t dist = ew >= tw0 ? ew - tw0 : tw0 - ew;
        if (dist < nearest) nearest = dist, target = k;
      }
      if (target < 0) return;
    }
  }
  Event& e = doc_.events[target];
  const bool injuries = tr.acled_sub_event_type == "injuries";
  auto& slot = injuries ? e.injuries : e.fatalities;
  // Where the counted victims end, for more joined to them by "and".
  size_t counted_end = SIZE_MAX;
  std::optional<CasualtyFigure> range = num >= 0 ? RangeFrom(num) : std::nullopt;
  if (num >= 0 && !slot) {
    slot = range ? *range : Figure(doc_.numbers[num]);
    if (const size_t before = range ? 0 : VictimsJoinedBefore(num, t)) {
      CasualtyFigure named;
      named.low = named.best = named.high = static_cast<double>(before);
      AddFigure(*slot, named);
    } else if (std::optional<CasualtyFigure> joined = range ? std::nullopt : CountJoinedBefore(num, t)) {
      AddFigure(*slot, *joined);
    }
    used_numbers_.push_back(num);
    if (!range) counted_end = num_w_[num].second;
  } else if (num >= 0 && !injuries && !SameTollSentence(*slot, sentence) && !campaign_total && rise &&
             !e.cumulative) {
    // "وارتفعت حصيلة القتلى إلى خمسة بعد وفاة جريحين", "the death toll
    // rose to five": the toll of the event told before, grown since — the
    // new, larger figure is its toll, not a running total of its own.
    CasualtyFigure now = range ? *range : Figure(doc_.numbers[num]);
    const std::optional<double> was = slot->best ? slot->best : slot->low;
    const std::optional<double> grown = now.best ? now.best : now.low;
    used_numbers_.push_back(num);
    if (grown && (!was || *grown > *was)) {
      *slot = now;
      risen = true;
    }
  } else if (num >= 0 && SameTollSentence(*slot, sentence) && !cumulative && !e.cumulative &&
             tok_quote_[tr.tokens.begin] < 0) {
    const uint32_t told_at = std::min(doc_.numbers[num].span.begin, tr.span.begin);
    // Witnesses telling what they saw ("residents said they had seen 12
    // bodies") are another source as much as a speech verb is.
    if (speech_verb_between(sentence, slot->span.end, told_at, /*or_witness=*/true)) {
      // "the rebels said they killed 18 soldiers; police said two were
      // killed", قالت الجماعة إنها قتلت 12 بينما أكد الجيش مقتل ستة: a
      // figure told by another speaker is another count of the same dead,
      // not more dead — the lower is the toll, the higher its high bound.
      CasualtyFigure other = range ? *range : Figure(doc_.numbers[num]);
      used_numbers_.push_back(num);
      if (!range)
        if (std::optional<CasualtyFigure> more = CoordinatedCount(num_w_[num].second, clause_[num_w_[num].second - 1]))
          AddFigure(other, *more);
      *slot = OtherSourcesFigure(*slot, other);
    } else {
      // A second toll word of the sentence on the same event counts other
      // dead (the attackers, then the defenders).
      AddFigure(*slot, range ? *range : Figure(doc_.numbers[num]));
      used_numbers_.push_back(num);
      if (!range) counted_end = num_w_[num].second;
    }
  } else if (num >= 0 && !SameTollSentence(*slot, sentence) && !cumulative && !e.cumulative && !PresentPerfect(tw0) &&
             (claim_in(sentence) || party_says_it_killed(e))) {
    // "Al-Shabaab claimed the bombing, saying it had killed 13 soldiers",
    // زعمت الجماعة أنها قتلت أكثر من مئة: a party's own larger figure for
    // the dead of an event counted before is its claim about them, the
    // toll's high bound (UCDP); the count told first stays the toll.
    CasualtyFigure claim = range ? *range : Figure(doc_.numbers[num]);
    used_numbers_.push_back(num);
    std::optional<double> top = FigureTop(claim);
    const std::optional<double> floor = slot->best ? slot->best : slot->low;
    if (top && !range) *top += DeadBesideTheClaimed(*slot, doc_.numbers[num]);
    if (top && floor && *top > *floor) {
      Event counted;
      counted.fatalities = slot, counted.civilian_fatalities = e.civilian_fatalities;
      *top += CiviliansBesideFighters(counted, Event{});
    }
    if (top && floor && *top > *floor && (!slot->high || *top > *slot->high)) slot->high = top;
  } else if (num >= 0 && !SameTollSentence(*slot, sentence) && !cumulative && !e.cumulative && !PresentPerfect(tw0) &&
             about_the_event(e) && speech_verb_between(sentence, 0, UINT32_MAX)) {
    // "JNIM said it killed more than 20 soldiers. The army said three soldiers
    // were killed": another speaker's count of the event told before, in a
    // sentence that adds no day or place of its own, is another count of the
    // same dead — the lower is the toll, the higher its high bound.
    CasualtyFigure other = range ? *range : Figure(doc_.numbers[num]);
    used_numbers_.push_back(num);
    *slot = OtherSourcesFigure(*slot, other);
  } else if (num < 0 && !slot) {
    if (auto one = EnglishOneVictim(tw1)) {
      // "killing a woman and her son", "a couple's son, his wife and two
      // neighbours": the victims joined to the first, then counts joined.
      const size_t more = MoreSingularVictims(tw1 + 1);
      one->low = one->best = one->high = 1.0 + static_cast<double>(more);
      slot = one;
      // Coordinated counts go on only past the last victim joined to the
      // first: "a woman and a child" are two, not the child counted again
      // as "a" joined by "and" ("a woman, her son and three neighbours": 5).
      size_t last_victim = tw1;
      for (size_t k = tw1 + 1, found = 0; found < more && k + 1 < words_.size(); ++k) {
        if (words_[k].text() != "," && words_[k].text() != "and") continue;
        size_t d = k + 1;
        if (d + 1 < words_.size() && words_[d].text() == "and") ++d;
        const std::string_view det = words_[d].text();
        if (det != "his" && det != "her" && det != "their" && det != "a" && det != "an") continue;
        ++found, last_victim = k = d;
      }
      counted_end = last_victim + 1;
      one->span.end = doc_.SpanOf(TokenRange{words_[last_victim].first, words_[last_victim].end}).end;
    } else if (auto definite = tr.voice == "active" ? EnglishDefiniteVictims(tw1) : std::nullopt) {
      slot = definite;
      counted_end = tw1 + 1;
    } else if (auto passive_one = EnglishPassiveOne(tr, tw0)) {
      slot = passive_one;
    } else if (auto joined = EnglishJoinedSubjects(tr, tw0)) {
      slot = joined;
    } else if (auto died = EnglishOneWhoDied(tr, tw0)) {
      slot = died;
    } else if (const int32_t them = tr.voice == "active" ? EnglishThemCount(tw0, tw1) : -1; them >= 0) {
      slot = Figure(doc_.numbers[them]);
      used_numbers_.push_back(them);
    }
    else if (const std::optional<OneVictim> one_victim = ArabicOneVictim(tr, tw0, tw1)) {
      slot = CasualtyFigure{};
      const MoreVictims more = MoreArabicVictims(one_victim->word);
      slot->low = slot->best = slot->high = static_cast<double>(one_victim->count + more.count);
      const LexWord& told = words_[one_victim->word];
      slot->span = doc_.SpanOf(TokenRange{told.first, words_[more.end - 1].end});
      if (!injuries && one_victim->civilian && !e.civilian_fatalities) e.civilian_fatalities = slot;
      // The victims joined to the first are counted already; coordinated
      // counts go on only past the last of them (مزارع وزوجته وثلاثة من أبنائه).
      if (one_victim->word >= tw1) counted_end = more.end;
    } else if (std::optional<CasualtyFigure> object;
               tr.voice == "active" &&
               (object = ArabicObjectVictims(t, e.trigger == t ? e.actor1.actor : -1, /*counts=*/false))) {
      // "قتل حشد غاضب الثلاثاء رجلاً": an active killing verb's object, past
      // its doer and time words.
      slot = object;
    } else if (const size_t many = unnumbered_at(tw0, tw1); many != SIZE_MAX) {
      // "killed many fighters", قتلت عدداً منهم: victims told as a
      // plural with no count are at least three, with no best or high figure.
      slot = CasualtyFigure{};
      slot->low = 3;
      slot->span = doc_.SpanOf(TokenRange{words_[many].first, words_[many].end});
    } else if (tw1 == tw0 + 1 && !injuries && words_[tw0].article_bytes == 0 && WordCue(tw0, "plural_toll") &&
               e.sentence == static_cast<size_t>(sentence) && trig_w_[e.trigger].second <= tw0 &&
               !InNoCasualtiesCueAt(tw0) && !AnyCue(sentence, "negation", [&](const CueHit& c) {
                 return c.w1 <= tw0 && tw0 - c.w1 <= 4 && clause_[c.w0] == clause;
               })) {
      // "ما أدى إلى سقوط قتلى وجرحى": an Arabic toll noun in the plural
      // (`plural_toll`: قتلى، شهداء), indefinite and with no count, is three
      // dead or more — the dual would be two — with no best or high figure,
      // as victims told with no count are; only as what the event told before
      // it in its sentence led to: a headline's "شهداء وجرحى في قصف …" is
      // counted in the lines after it, and that count is the toll. Not dead
      // denied (نفى الجيش سقوط قتلى: a negation a few words before it in its
      // clause).
      slot = CasualtyFigure{};
      slot->low = 3;
      slot->span = doc_.SpanOf(TokenRange{words_[tw0].first, words_[tw0].end});
    }
  }
  if (counted_end < words_.size())
    if (std::optional<CasualtyFigure> more = CoordinatedCount(counted_end, clause_[counted_end - 1])) {
      AddFigure(*slot, *more);
      if (!injuries && !e.civilian_fatalities && coordinated_civilians_ && !(num >= 0 && CivilianUnit(doc_.numbers[num])))
        e.civilian_fatalities = coordinated_civilians_;
    }
  // "all six attackers were killed in the gunfight along with four
  // soldiers", "two soldiers were killed along with the bomber": victims
  // joined by "along with" a few words after an English toll word, past
  // the words that say where or how, died with those counted.
  if (slot && num >= 0 && Latin(tw0) && SameTollSentence(*slot, sentence))
    for (size_t w = tw1; w + 2 < words_.size() && w < tw1 + 10 && sent_[w] == sentence; ++w) {
      if (w > tw1 && TriggerStartingAt(w)) {
        bool toll_word = false;
        for (int32_t o : Bucket(s_triggers_, sentence))
          toll_word = toll_word || (trig_w_[o].first == w && doc_.triggers[o].acled_event_type == "casualty");
        if (toll_word) break;
      }
      if (words_[w].text() != "along" || words_[w + 1].text() != "with") continue;
      const size_t c = w + 2;
      std::optional<CasualtyFigure> item;
      for (int32_t n : Bucket(s_numbers_, sentence))
        if (num_w_[n].first == c && UsableCount(n) &&
            std::find(used_numbers_.begin(), used_numbers_.end(), n) == used_numbers_.end()) {
          item = Figure(doc_.numbers[n]);
          used_numbers_.push_back(n);
          break;
        }
      if (!item) item = EnglishOneVictim(c);
      if (!item) item = EnglishDefiniteVictims(c);
      if (item) AddFigure(*slot, *item);
      break;
    }
  if (!injuries && !e.civilian_fatalities) {
    // "Seven civilians were killed, three of them children": all seven are
    // the civilian subset; the children are a subset of it.
    if (num >= 0 && CivilianUnit(doc_.numbers[num])) {
      e.civilian_fatalities = Figure(doc_.numbers[num]);
    } else if (civ >= 0) {
      e.civilian_fatalities = Figure(doc_.numbers[civ]);
      used_numbers_.push_back(civ);
    }
  }
  // (A toll grown since an event told before is that event's, no running total.)
  risen = risen || (rise && !campaign_total && e.sentence < static_cast<size_t>(sentence));
  if (cumulative && !risen && (num >= 0 || civ >= 0)) {
    e.cumulative = true;
    // A running toll is dated by its since-date.
    for (int32_t d : Bucket(s_dates_, sentence))
      if (runs_toll(d) && !doc_.dates[d].value.empty()) {
        e.date = static_cast<int32_t>(d);
        e.time_basis = "text";
      }
  }
}

// The word after a trigger's whole form: of a gapped form (أقدم … على قتل)
// past the words after the gap, where its object starts.
size_t Builder::FormEndWord(int32_t t) const {
  size_t w = trig_w_[t].second;
  const uint32_t end = doc_.triggers[t].span.end;
  while (w < words_.size() && doc_.tokens[words_[w].first].span.begin < end) ++w;
  return w;
}

// A form written around a gap (ضرب ... حتى الموت): its evidence runs past
// the words that name it.
bool Builder::GappedForm(int32_t t) const {
  const TriggerMention& tr = doc_.triggers[t];
  return tr.tokens.end > tr.tokens.begin && tr.span.end > doc_.tokens[tr.tokens.end - 1].span.end;
}

// "اغتال مسلحان": a count of two at the word right after an active Arabic
// verb, in the nominative dual (ending in -ان), is the verb's subject: its
// doers. Its victims, the object, stand in the oblique dual (رجلين).
bool Builder::DualDoerAt(int32_t t, int32_t n) const {
  const TriggerMention& tr = doc_.triggers[t];
  if (Latin(tr) || tr.voice != "active" || !doc_.numbers[n].value || *doc_.numbers[n].value != 2.0) return false;
  static constexpr std::string_view kAn = "\xD8\xA7\xD9\x86";  // ان
  return words_[num_w_[n].first].text().ends_with(kAn);
}

// An execution or assassination kills its victims: "أعدمت الحركة رجلين"
// has two dead (roles: victim/dead). The count is the first cardinal of
// the clause within four words after the verb.
void Builder::AttachDeadOfLethalActs() {
  for (Event& e : doc_.events) {
    if (e.fatalities) continue;
    const std::vector<RoleSlot>& slots = *trig_roles_[e.trigger];  // parsed once by Index()
    if (std::none_of(slots.begin(), slots.end(), [](const RoleSlot& r) { return r.Has("dead"); })) {
      // "ضرب شاباً … حتى الموت": a beating told to its lethal end killed its
      // one victim.
      const size_t tw1 = FormEndWord(e.trigger);
      const bool outcome = AnyCue(sent_[tw1 - 1], "lethal_outcome", [&](const CueHit& c) {
        return c.w0 >= tw1 && c.w0 <= tw1 + 10 && clause_[c.w0] == clause_[tw1 - 1];
      });
      // Its victims are its object, one or counted (ضرب حتى الموت رجلين),
      // whether the act is told by its verb or by its doers (حشد غاضب).
      if (outcome && (e.fatalities = ArabicObjectVictims(e.trigger, e.actor1.actor, /*counts=*/true)) &&
          e.acled_event_type == "Violence against civilians")
        e.civilian_fatalities = e.fatalities;
      if (e.fatalities && e.fatalities->span.end > e.fatalities->span.begin)
        for (int32_t n : Bucket(s_numbers_, sent_[tw1 - 1]))
          if (doc_.numbers[n].span.begin == e.fatalities->span.begin) used_numbers_.push_back(n);
      continue;
    }
    // "ضرب حشد غاضب رجلين حتى الموت": a gapped form holds its doer and its
    // victims inside the gap, before the words that make it lethal.
    if (GappedForm(e.trigger) &&
        (e.fatalities = ArabicObjectVictims(e.trigger, e.actor1.actor, /*counts=*/true, /*in_gap=*/true))) {
      if (e.acled_event_type == "Violence against civilians") e.civilian_fatalities = e.fatalities;
      for (int32_t n : Bucket(s_numbers_, sent_[trig_w_[e.trigger].first]))
        if (doc_.numbers[n].span.begin == e.fatalities->span.begin) used_numbers_.push_back(n);
      continue;
    }
    const size_t tw1 = FormEndWord(e.trigger);
    for (int32_t n : Bucket(s_numbers_, sent_[trig_w_[e.trigger].first])) {
      const size_t w = num_w_[n].first;
      if (w < tw1 || w > tw1 + 8 || clause_[w] != clause_[tw1 - 1]) continue;
      if (doc_.numbers[n].kind != NumberMention::Kind::kCardinal || NumberInDate(n) || NumberInActorName(n) ||
          EnglishAge(n))
        continue;
      if (std::find(used_numbers_.begin(), used_numbers_.end(), n) != used_numbers_.end()) continue;
      // "shot dead a (retired) teacher and his two sons": the victim joined
      // by and/و before the count is its object too, and one more dead; the
      // count may then stand further from the verb.
      const size_t joined = VictimsJoinedBefore(n, e.trigger);
      if (w > tw1 + 4 && !joined) continue;
      // "اغتال مسلحان … ناشطاً": the nominative dual (-ان) right after an
      // active Arabic verb is its subject, who killed: no toll.
      if (w == tw1 && DualDoerAt(e.trigger, n)) continue;
      e.fatalities = Figure(doc_.numbers[n]);
      if (joined) {
        CasualtyFigure named;
        named.low = named.best = named.high = static_cast<double>(joined);
        AddFigure(*e.fatalities, named);
      }
      if (e.acled_event_type == "Violence against civilians" || CivilianUnit(doc_.numbers[n]))
        e.civilian_fatalities = e.fatalities;
      used_numbers_.push_back(n);
      break;
    }
    if (!e.fatalities && (e.fatalities = LethalActOneVictim(e)) && e.acled_event_type == "Violence against civilians")
      e.civilian_fatalities = e.fatalities;
  }
}

// "اغتال مسلحون مجهولون صباح اليوم قيادياً سابقاً": an Arabic execution or
// assassination with no count whose object is one person noun in the
// singular (`one_victim`), past the doer and the time words of its clause,
// killed one. The doer's own words are not its object.
std::optional<CasualtyFigure> Builder::LethalActOneVictim(const Event& e) const {
  const TriggerMention& tr = doc_.triggers[e.trigger];
  if (tr.voice == "nominal") return {};
  // وضربهما حتى الموت، فأعدموه: the verb's own object pronoun, split off by
  // the segmenter, is its victims: one for ه or ها, two for the dual هما.
  if (!Latin(tr)) {
    static constexpr std::string_view kHa = "\xD9\x87", kHaa = "\xD9\x87\xD8\xA7",
                                      kHuma = "\xD9\x87\xD9\x85\xD8\xA7";  // ه ها هما
    const LexWord& verb = words_[trig_w_[e.trigger].first];
    for (size_t k = verb.first; k < verb.end; ++k) {
      if (doc_.tokens[k].piece != Piece::kEnclitic) continue;
      const std::string_view pronoun = doc_.OriginalText(doc_.tokens[k].span);
      const int count = pronoun == kHuma ? 2 : (pronoun == kHa || pronoun == kHaa) ? 1 : 0;
      if (count == 0) break;
      CasualtyFigure victims;
      victims.low = victims.best = victims.high = static_cast<double>(count);
      victims.span = doc_.SpanOf(TokenRange{verb.first, verb.end});
      return victims;
    }
  }
  return ArabicObjectVictims(e.trigger, e.actor1.actor, /*counts=*/false);
}

// The victims an Arabic verb at trigger t acts on, told as its object past
// its doer (actor `doer`, skipped) and the time words of its clause, within
// ten words: one person noun in the singular (`one_victim`) is one; with
// `counts`, a cardinal met first (رجلين، ثلاثة أشخاص) is their number.
// Without `counts` a cardinal met first ends the search: a count not read
// as the dead is left alone. `in_gap`: the object inside a gapped form's
// gap, right after the words that name it.
std::optional<CasualtyFigure> Builder::ArabicObjectVictims(int32_t t, int32_t doer, bool counts, bool in_gap) const {
  const TriggerMention& tr = doc_.triggers[t];
  if (Latin(tr)) return {};
  const size_t tw1 = in_gap ? trig_w_[t].second : FormEndWord(t);
  if (tw1 == 0 || tw1 >= words_.size()) return {};
  size_t doer0 = SIZE_MAX, doer1 = 0;
  if (doer >= 0) doer0 = actor_w_[doer].first, doer1 = actor_w_[doer].second;
  for (size_t w = tw1; w < words_.size() && w < tw1 + 10 && clause_[w] == clause_[tw1 - 1]; ++w) {
    if (w >= doer0 && w < doer1) continue;
    const int32_t n = NumberStartingAt(w);
    if (w == tw1 && n >= 0 && DualDoerAt(t, n)) continue;  // اغتال مسلحان: its doers, not its object
    if (counts && n >= 0) return UsableCount(n) ? std::optional(Figure(doc_.numbers[n])) : std::nullopt;
    if (int count = 1; VictimNounCue(w, &count)) {
      CasualtyFigure one;
      const MoreVictims more = MoreArabicVictims(w);
      one.low = one.best = one.high = static_cast<double>(count + more.count);
      one.span = doc_.SpanOf(TokenRange{words_[w].first, words_[more.end - 1].end});
      return one;
    }
    if (n >= 0) return {};  // a count not read as the dead: leave it
  }
  return {};
}

void Builder::AttachQuantities() {
  for (size_t n = 0; n < doc_.numbers.size(); ++n) {
    const NumberMention& m = doc_.numbers[n];
    if (std::find(used_numbers_.begin(), used_numbers_.end(), static_cast<int32_t>(n)) != used_numbers_.end()) continue;
    if (m.kind != NumberMention::Kind::kPercent && m.unit.empty()) continue;
    if (NumberInDate(n) || AfterSubsetCue(n) || NumberInActorName(n)) continue;
    size_t w = num_w_[n].first;
    if (w >= words_.size()) continue;
    // A figure counted by a casualty word belongs to the toll, not here.
    bool near_casualty = false;
    for (int32_t t : Bucket(s_triggers_, sent_[w]))
      if (doc_.triggers[t].acled_event_type == "casualty" && clause_[trig_w_[t].first] == clause_[w]) near_casualty = true;
    if (near_casualty) continue;
    int32_t before = -1, after = -1;
    for (int32_t k : Bucket(s_events_, sent_[w])) {
      size_t ew = trig_w_[doc_.events[k].trigger].first;
      if (ew < w) {
        if (before < 0 || ew > trig_w_[doc_.events[before].trigger].first) before = static_cast<int32_t>(k);
      } else if (after < 0) {
        after = static_cast<int32_t>(k);
      }
    }
    int32_t k = before >= 0 ? before : after;
    if (k >= 0) doc_.events[k].quantities.push_back(static_cast<int32_t>(n));
  }
}


// "قُتل راعيان واقتيد ثالث"، "killed three women and abducted eight
// children", "a man was shot dead and his wife raped": a killing told before
// an abduction or a rape of its sentence is an act of its own (ACLED codes
// the killing as an attack, the taking or the rape apart; the abduction kills
// no one). The toll goes to another violent act of the sentence that can
// kill ("stormed the village, killed five and abducted ten"), else it makes
// an attack by the same doers on the same side, at the same place and day.
// Returns the event the toll belongs to.
int32_t Builder::KillingBesideTaking(int32_t toll, int32_t target) {
  const Event& taking = doc_.events[static_cast<size_t>(target)];
  const size_t tw0 = trig_w_[toll].first;
  const int32_t sentence = sent_[tw0];
  // A killing told after the taking (خطف المنسق وقتله، "kidnapped and killed
  // him") is most often the fate of those taken: one event, with its toll.
  // Unless the dead are others than those taken ("abducted six herders and
  // killed two others", وقتلوا اثنين آخرين: an `other_victims` word within
  // four words after the kill word, in its clause): an attack of its own.
  const size_t tw1 = trig_w_[toll].second;
  bool others = false;
  for (size_t k = tw1; k < tw1 + 4 && k < words_.size() && clause_[k] == clause_[tw0]; ++k)
    others |= WordCue(k, "other_victims") != nullptr;
  if (!TakesNoLife(taking) || static_cast<int32_t>(taking.sentence) != sentence || taking.trigger == toll ||
      (trig_w_[taking.trigger].first < tw0 && !others) || WordCue(tw0, "remains"))
    return target;
  int32_t other = -1;
  size_t nearest = SIZE_MAX;
  for (int32_t k : Bucket(s_events_, sentence)) {
    const Event& e = doc_.events[static_cast<size_t>(k)];
    // A generic word ("in an attack on a village") names no act of its own.
    if (k == target || TakesNoLife(e) || !Violent(e.acled_event_type) || Generic(e) || ToldAsBackground(e)) continue;
    const size_t ew = trig_w_[e.trigger].first;
    const size_t dist = ew >= tw0 ? ew - tw0 : tw0 - ew;
    if (dist < nearest) nearest = dist, other = k;
  }
  if (other >= 0) return other;
  Event killing = taking;
  killing.trigger = toll;
  const bool armed_victims = killing.actor2.actor >= 0 && Armed(doc_.actors[killing.actor2.actor].acled_inter);
  killing.acled_event_type = armed_victims ? "Battles" : "Violence against civilians";
  killing.acled_sub_event_type = armed_victims ? "Armed clash" : "Attack";
  killing.plover_event_type = "ASSAULT";
  killing.plover_mode = "";
  killing.fatalities.reset(), killing.injuries.reset(), killing.civilian_fatalities.reset();
  killing.quantities.clear();
  AddEvent(std::move(killing));
  return static_cast<int32_t>(doc_.events.size() - 1);
}

// "Five were shot dead in Inanda on Thursday … In Pietermaritzburg, a
// councillor was shot dead on Wednesday", "وفي الموصل قُتل مختار مساء الأربعاء":
// a toll of a later sentence with no event of its own is the earlier
// event's only when it could have happened there. A sentence naming a town
// of its own, far from every place of the earlier event's sentence (30 km,
// neither holding the other), on a day of its own none of that sentence's
// days is, tells another killing; the toll is left to no event.
bool Builder::TollToldElsewhere(int32_t toll_sentence, int32_t event_sentence) const {
  const auto places_of = [&](int32_t s) {
    std::vector<int32_t> out;
    for (int32_t p : Bucket(s_places_, s))
      if (doc_.places[p].resolved && !Dateline(p) && !Coarse(p)) out.push_back(p);
    return out;
  };
  const auto days_of = [&](int32_t s) {
    std::vector<std::string> out;
    for (int32_t d : Bucket(s_dates_, s))
      if (!doc_.dates[d].since && date_w_[d].first >= dateline_end_) out.push_back(doc_.dates[d].value);
    return out;
  };
  // An event told with no place or day of its own (a quoted witness) has
  // those of the sentence before that names them.
  std::vector<int32_t> there;
  for (int32_t s = event_sentence; s >= 0 && there.empty(); --s) there = places_of(s);
  std::vector<std::string> then;
  for (int32_t s = event_sentence; s >= 0 && then.empty(); --s) then = days_of(s);
  const std::vector<int32_t> here = places_of(toll_sentence);
  const std::vector<std::string> today = days_of(toll_sentence);
  if (here.empty() || there.empty() || today.empty() || then.empty()) return false;
  for (const std::string& d : today)
    if (std::find(then.begin(), then.end(), d) != then.end()) return false;
  for (int32_t p : here)
    for (int32_t q : there)
      if (!PlacesApart(p, q)) return false;
  return true;
}

// "The PKK said its fighters had attacked a Turkish base, killing eleven
// soldiers, while Turkey's Defence Ministry said only that one soldier was
// lightly wounded": a count of the dead that the doer's own side tells (a
// speech verb before it whose speaker is of actor 1's side), answered in its
// sentence after it or in the next by another party that tells only wounded
// of the same event (its injuries, told after that party's speech verb) and
// no dead, is a claim the other account gainsays: the toll is none at least
// and the claim at most (low 0, no best, high the claim). A bare denial is
// left alone: the sets code a denied claim both ways. Run once the
// speakers and statuses are settled (after SettleClaims).
void Builder::GainsaidClaims() {
  for (Event& e : doc_.events) {
    if (!e.fatalities || !e.fatalities->best || *e.fatalities->best <= 0 || e.fatalities->low != e.fatalities->best ||
        e.fatalities->high != e.fatalities->best || e.cumulative)
      continue;
    if (e.acled_event_type != "Battles" && e.acled_event_type != "Explosions/Remote violence") continue;
    if (e.status != "reported" && e.status != "claimed") continue;
    const std::string a1 = Actor1Of(e);
    if (a1.empty() || e.fatalities->span.end <= e.fatalities->span.begin) continue;
    const size_t fw = WordAtByte(e.fatalities->span.begin);
    if (fw >= words_.size()) continue;
    const int32_t s = sent_[fw];
    const auto speaker_of = [&](const CueHit& c, int32_t sentence) {
      int32_t sp = ActorNear(c.w1, c.clause, c.w0, c.w1);
      if (sp < 0) sp = SpeakerEndingAt(c.w0, sentence);
      return sp >= 0 && !doc_.actors[sp].id.empty() ? sp : -1;
    };
    bool doer_tells = false;
    for (int32_t ci : Bucket(s_cues_, s)) {
      const CueHit& c = cues_[ci];
      if (c.row->type != "attribution" || c.row->scope != "quote" || c.w1 > fw) continue;
      const int32_t sp = speaker_of(c, s);
      if (sp >= 0 && lex_.Related(doc_.actors[sp].id, a1)) doer_tells = true;
    }
    if (!doer_tells) continue;
    // Only wounded the other party tells can gainsay the dead: none counted,
    // no claim is gainsaid.
    if (!e.injuries || e.injuries->span.end <= e.injuries->span.begin) continue;
    bool gainsaid = false;
    for (int32_t t : {s, s + 1}) {
      if (t >= static_cast<int32_t>(doc_.sentences.size())) break;
      for (int32_t ci : Bucket(s_cues_, t)) {
        const CueHit& c = cues_[ci];
        if (c.row->type != "attribution" || c.row->scope != "quote") continue;
        if (t == s && c.w0 <= fw) continue;
        const int32_t sp = speaker_of(c, t);
        if (sp < 0 || lex_.Related(doc_.actors[sp].id, a1)) continue;
        const size_t hw = WordAtByte(e.injuries->span.begin);
        if (hw >= words_.size() || hw <= c.w0 || sent_[hw] != t) continue;
        bool dead = false;
        for (int32_t u : Bucket(s_triggers_, t)) {
          const TriggerMention& tr = doc_.triggers[u];
          if (tr.acled_event_type == "casualty" && trig_w_[u].first > c.w0 && tr.acled_sub_event_type != "injuries")
            dead = true;
        }
        if (!dead) gainsaid = true;
      }
    }
    if (!gainsaid) continue;
    e.fatalities->low = 0;
    e.fatalities->best.reset();
  }
}

// "Militants attacked an army base on Tuesday. Officials said four soldiers
// were killed, while the group claimed it had seized the base": dead told
// first in their sentence, before its only event words (a capture told
// after them), are the dead of the fight of the sentence before at the
// same place and day that carries no toll of its own, not of the capture.
// The same place is the same entry (SamePlaceKey), however often it is named:
// "near Baidoa" and "in Baidoa" are one place.
void Builder::DeadBeforeClaimedCapture() {
  for (Event& e : doc_.events) {
    if (!TerritoryTaken(e) || !e.fatalities || e.fatalities->span.empty() ||
        !SameTollSentence(*e.fatalities, static_cast<int32_t>(e.sentence)))
      continue;
    const uint32_t toll_at = e.fatalities->span.begin;
    bool told_first = true;
    for (const Event& o : doc_.events)
      if (o.sentence == e.sentence && doc_.triggers[o.trigger].span.begin < toll_at) told_first = false;
    if (!told_first || e.sentence == 0) continue;
    Event* fight = nullptr;
    for (Event& o : doc_.events)
      if (o.sentence + 1 == e.sentence && o.acled_sub_event_type == "Armed clash" && !o.fatalities &&
          Happened(o.status) && (o.place == e.place || SamePlaceKey(o, e)) && DayOf(o) == DayOf(e))
        fight = &o;
    if (!fight) continue;
    fight->fatalities = std::move(e.fatalities);
    fight->civilian_fatalities = std::move(e.civilian_fatalities);
    e.fatalities.reset();
    e.civilian_fatalities.reset();
  }
}

}  // namespace marsad::events_internal
